"""English third-party recall: trackers another party is said to place ("Cloudflare creates a single cookie on your
computer", "advertising partners, including Google, Meta and LinkedIn, which place cookies, pixels and software
development kits on our websites") are that party's `use` of cookies, wherever they are placed. An item naming only
analytics tools under a denial ("We do NOT use third-party analytics services like:" / "- ❌ Google Analytics") denies
`usage` collected by us and by the tools."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples


def test_a_named_party_creating_a_cookie_on_the_device_uses_it():
    found = tuples("Cloudflare creates a single cookie on your computer when you use this website.")
    assert (1, "usage.cookies", "use", "cloudflare") in found
    assert (1, "usage.cookies", "use", "first_party") not in found


def test_each_party_placing_trackers_on_our_site_uses_them():
    found = tuples("We also work with advertising partners, including Google, Meta and LinkedIn, which place cookies, "
                   "pixels and software development kits on our websites and apps.")
    for party in ("google", "facebook", "linkedin"):
        assert (1, "usage.cookies", "use", party) in found


def test_our_own_placing_and_a_denied_placing_keep_their_readings():
    assert (1, "usage.cookies", "use", "first_party") in tuples("We place cookies on your device.")
    assert not {t for t in tuples("Google does not place cookies on our website.") if t[3] == "google"}


DENIED_TOOLS = """### No Analytics or Tracking

FireFlag does **NOT**:
- Use Google Analytics or similar services
- Track user behavior

### No Third-Party Analytics

We do NOT use third-party analytics services like:
- ❌ Google Analytics
- ❌ Advertising networks

### Services we use

We use the following services:
- Google Analytics
"""


def test_an_item_naming_only_an_analytics_tool_under_a_denial_denies_it():
    found = markdown_policy_tuples(DENIED_TOOLS)
    for party in ("first_party", "google_analytics", "third_party"):
        assert (6, "usage", "not_collect", party) in found
    for party in ("first_party", "google_analytics"):
        assert (12, "usage", "not_collect", party) in found
    assert not {t for t in found if t[0] == 18 and t[2] == "not_collect"}


def test_an_analytics_tool_item_under_a_denied_sharing_is_no_denied_collection():
    found = markdown_policy_tuples("We do not share your data with:\n- Google Analytics\n")
    assert not {t for t in found if t[0] == 4}
