"""English round (68) families: a paragraph opening a section that says all data is anonymised as it is sent
qualifies the list right after it, whose items take no collection from the section's heading (GUIDELINES: anonymous
data, a qualifier covering the list given as that data); what some websites use cookies for and government guidance
on the use of cookies in general are background, not the service's cookie use (GUIDELINES: background, a general
explanation of cookies)."""

from __future__ import annotations

from conftest import ROOT, gold_line_tuples, markdown_policy_tuples, tuples

ANONYMISED_SECTION = (
    "## Information We Collect\n"
    "We collect only the minimum data necessary to ensure stability and improve the App. All data is transmitted "
    "securely over HTTPS and anonymized before upload.\n"
    "1. **Usage (Optional)** Helps us understand how often certain features are used so we can improve them.\n"
    "  - Examples: App launches, settings toggled, or feature usage counts.\n"
    "2. **Stability (Required)** Crash and error reports help us identify and fix common or critical issues.\n"
    "  - Examples: Error messages, stack traces, OS version, App version.\n"
    "  - These reports do **not** include user data, chat content, or identifiers.\n")


def test_items_after_a_paragraph_saying_the_data_is_anonymised_before_upload_take_no_collection():
    found = markdown_policy_tuples(ANONYMISED_SECTION)
    # lines 5-8 are the items; the denial of line 9 is the item's own and stays
    assert {t for t in found if 5 <= t[0] <= 8} == set()
    assert {t[1:] for t in found if t[0] == 9} == {("communication.messages", "not_collect", "first_party")}


def test_items_after_a_plain_paragraph_keep_the_heading_collection():
    # without the qualifier, the same items are the data the heading says is collected
    plain = ANONYMISED_SECTION.replace(" All data is transmitted securely over HTTPS and anonymized before upload.", "")
    found = markdown_policy_tuples(plain)
    assert ("usage.logs", "collect", "first_party") in {t[1:] for t in found if t[0] == 7}
    assert {("usage.logs", "collect", "first_party"), ("device.hardware", "collect", "first_party")} <= {
        t[1:] for t in found if t[0] == 8}


def test_a_paragraph_naming_data_with_a_practice_does_not_qualify_the_list():
    # the paragraph collects an e-mail address of its own: it is no qualifier over the list after it
    named = ANONYMISED_SECTION.replace("We collect only the minimum data necessary to ensure stability and improve the "
                                       "App.", "We collect your email address when you sign up.")
    found = markdown_policy_tuples(named)
    assert ("usage.logs", "collect", "first_party") in {t[1:] for t in found if t[0] == 7}


def test_identifiers_in_the_list_keep_the_heading_collection():
    with_id = ANONYMISED_SECTION.replace("OS version, App version.", "OS version, App version, a random installation ID.")
    found = markdown_policy_tuples(with_id)
    assert {t[1:] for t in found if t[0] == 8} == {("device.id", "collect", "first_party")}


def _corpus_tuples(slug: str) -> set[tuple]:
    text = (ROOT / "corpora" / "eval" / "en" / f"{slug}.md").read_text(encoding="utf-8")
    return tuples(text, name=f"{slug}.md")


def test_everywhere_section_items_take_no_collection():
    found = _corpus_tuples("en-r61-everywhere-privacy")
    for line in (11, 12, 14, 15, 17, 19, 20):
        assert {t[1:] for t in found if t[0] == line} == gold_line_tuples("en-r61-everywhere-privacy", line) == set()
    assert {t[1:] for t in found if t[0] == 25} == gold_line_tuples("en-r61-everywhere-privacy", 25)


def test_cookies_some_websites_use_are_background():
    for sentence in ("Some websites use the technology called a cookie.",
                     "There are two types of cookies used on some websites, session cookies and persistent cookies.",
                     "Many websites use persistent cookies to remember your preferences."):
        assert markdown_policy_tuples(sentence) == set(), sentence


def test_guidance_on_the_use_of_cookies_is_background():
    for sentence in ("The federal government has guidelines on the use of persistent cookies.",
                     "The Office of Management and Budget Memorandum M-10-22, Guidance for Online Use of Web "
                     "Measurement and Customization Technologies defines conditions under which Federal agencies may "
                     "use session and persistent cookies."):
        assert markdown_policy_tuples(sentence) == set(), sentence


def test_our_own_cookie_use_stays():
    assert markdown_policy_tuples("We use persistent cookies on some pages, following the federal guidelines on the "
                                  "use of cookies.") == {(3, "usage.cookies", "use", "first_party")}
    assert markdown_policy_tuples("This website uses session cookies to keep track of your visit.") >= {
        (3, "usage.cookies", "use", "first_party")}


def test_federal_notices_explaining_cookies_in_general():
    found = _corpus_tuples("en-r61-energy-gov-privacy")
    for line in (17, 19):  # what cookies some websites use; the federal guidelines on persistent cookies
        assert {t[1:] for t in found if t[0] == line} == gold_line_tuples("en-r61-energy-gov-privacy", line) == set()
    # the third-party providers' persistent cookies of line 20 are still their use
    assert ("usage.cookies", "use", "third_party") in {t[1:] for t in found if t[0] == 20}
    found = _corpus_tuples("en-r61-uspto-gov-privacy")
    assert {t[1:] for t in found if t[0] == 9} == gold_line_tuples("en-r61-uspto-gov-privacy", 9) == set()


def test_no_on_the_modifier_opening_the_subject_denies_the_subject():
    # the parser hangs "no" on "user" of "user installed apps"; the whole subject is denied
    assert markdown_policy_tuples("No user installed apps will be retrieved.") == {
        (3, "device.apps", "not_collect", "first_party")}
    assert markdown_policy_tuples("This permission is only used to retrieve prebuilt ROM system apps, and no user "
                                  "installed apps will be retrieved.") == {
        (3, "device.apps", "collect", "first_party"), (3, "device.apps", "not_collect", "first_party")}


def test_personal_privacy_data_is_personal_information():
    assert markdown_policy_tuples("- No user personal privacy data will be collected on user's phone") == {
        (3, "personal_info", "not_collect", "first_party")}


def test_lowleveldetector_denials():
    found = _corpus_tuples("en-r61-lowleveldetector-privacy")
    for line in (4, 21):
        assert {t[1:] for t in found if t[0] == line} == gold_line_tuples("en-r61-lowleveldetector-privacy", line)
