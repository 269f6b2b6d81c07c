"""Own names of English policies: catalogued brands and platforms, generic titles, a self-described operator's
initials."""

from policycheck.extract import get_extractor
from policycheck.extract.party_names import policy_names
from policycheck.ingest import parse_policy


def _own(text: str, fmt: str = "markdown") -> tuple[str, ...]:
    extractor = get_extractor()
    return policy_names(parse_policy(text, "policy.md", fmt=fmt), extractor.entities, extractor.lexicons).own


def test_a_catalogued_brand_or_platform_repeated_is_no_own_name():
    text = ("# Launcher Privacy Policy\n\n"
            + "\n\n".join(["Firmus works on Android and plays clips from YouTube when you ask it to.",
                           "On Android the launcher reads your installed apps, and YouTube may set cookies.",
                           "We never send your app list anywhere; Android keeps it and YouTube only gets a video id.",
                           "Older Android versions ask for storage access; YouTube clips stream directly.",
                           "If Android backs up the settings, YouTube history is not part of them.",
                           "We store your launcher layout on your device."]))
    own = _own(text)
    assert "Android" not in own and "YouTube" not in own


def test_a_title_of_generic_product_words_names_no_one():
    text = ("# Web Site Privacy Policy\n\n"
            "Thank you for visiting the Selective Service System website. This service and its website is owned and "
            "operated by the Selective Service System and is committed to protecting the privacy of our visitors.\n\n"
            "SSS uses social media to share information. SSS will not collect PII that becomes available through "
            "third-party websites.\n\n"
            "We collect your e-mail address when you write to us.")
    own = _own(text)
    assert "Web Site" not in own and "Web" not in own
    assert "Selective Service System" in own and "SSS" in own


def test_a_named_title_is_still_taken():
    own = _own("# Acme Notes Privacy Policy\n\nWe collect your e-mail address when you sign up.")
    assert "Acme Notes" in own


def test_a_chinese_title_is_still_taken():
    assert "轻颜相机" in _own("“轻颜相机”隐私政策\n\n我们会收集你的手机号码。", fmt="text")
