"""English lists and short lines: what an SDK's list of data gives to whom, purposes after a list item, cookie names
in code spans, short denials."""

from __future__ import annotations

from conftest import pairs, tuples

SDK_LIST = """The Service uses a third-party service, Google ML Kit, which may collect, but not limited to, the following data:
-  Error codes. Used for diagnostics.
-  Performance metrics. Used for diagnostics and usage analytics.
"""


def test_items_of_a_list_an_sdk_introduces_are_collected_by_it_only():
    # using the SDK is no practice of the first party on the items its relative clause collects
    found = tuples(SDK_LIST, fmt="markdown", name="policy.md")
    assert (2, "usage.logs", "collect", "google_mlkit") in found
    assert (3, "usage.logs", "collect", "google_mlkit") in found
    assert not any(actor == "first_party" for _, _, _, actor in found)


def test_a_purpose_after_for_is_no_data():
    # "Used for diagnostics and usage analytics": what the item serves, not data the item names
    assert pairs("Used for diagnostics and usage analytics.") == set()
    assert pairs("For diagnostics, we log aggregated counts such as the number of messages.") == set()
    assert pairs("We only collect limited data for app functionality and diagnostics:") == set()
    # diagnostics named as data stay data
    assert ("usage.logs", "collect") in pairs("We collect diagnostics when the app crashes.")


def test_cookies_listed_by_name_under_a_cookie_lead_in():
    text = "### Cookies\n\n**Authorised cookies:**\n- `_gid` for Google Analytics\n- `_my_session`: keeps you signed in\n"
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (4, "usage.cookies", "use", "google_analytics") in found
    assert (5, "usage.cookies", "use", "first_party") in found
    # a headerless table of names, the party named in the description
    rows = ("The following cookies are used by our site:\n\n"
            "| `_cfduid`, `biz_uid` | Used by the CloudFlare content delivery network to identify users. |\n")
    assert (3, "usage.cookies", "use", "cloudflare") in tuples(rows, fmt="markdown", name="policy.md")
    # names of other things under a lead-in that is not about cookies stay no cookies
    assert not any(t[1] == "usage.cookies" for t in tuples(
        "The following settings are stored:\n- `dark_mode` for the theme\n", fmt="markdown", name="policy.md"))


def test_short_denials_of_tracking_and_of_user_metrics():
    # a short sentence saying the service does not use tracking or analytics at all denies collecting usage data
    assert pairs("This site does not use tracking.") == {("usage", "not_collect")}
    assert pairs("This app doesn't use any analytics.") == {("usage", "not_collect")}
    # not the tools of that practice, nor a use for a purpose
    assert ("usage", "not_collect") not in pairs("We do not use tracking cookies.")
    assert ("usage", "not_collect") not in pairs("We do not use analytics to sell your data.")
    # metrics about a user, named in a link's text
    assert pairs("We do not collect or use [user specific metrics](https://example.com/metrics).", fmt="markdown") == {
        ("usage", "not_collect")}


def test_technical_details_about_an_error_are_diagnostic_data():
    # details of an error or crash are the crash report's, not the device's (as "technical data about the crash")
    assert pairs("We collect technical details about the error.") == {("usage.logs", "collect")}


def test_retention_of_a_tools_data_is_the_tools_storage_too():
    found = tuples("Google Analytics data for inactive sessions are retained for 14 months.")
    assert (1, "usage", "store", "google_analytics") in found
    assert (1, "usage", "store", "first_party") in found
    # data not named by a tool stays the first party's only
    assert not any(t[3] == "google_analytics" for t in tuples("Analytics data is retained for 14 months."))
