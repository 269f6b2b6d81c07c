"""English first-party precision: lines whose gold gives the data type to another party, where the extractor gave
the practice to us because the sentence's own subject was another party's. What a named party does its work by,
"using" it, is used by that party ("our geolocation provider, GeoComply Solutions Inc., determines the precise
location of your device using GPS, nearby Wi-Fi access points and cell towers"), as cookies a named party collects
data by already were (GUIDELINES: cookies, by the party that sets them; a named party as the subject of the
practice); apps and sites others build or host on the service ("Apps built with Appsemble", "Sites hosted on
WordPress.com") are theirs, not the service's, and so are social media websites ("User information is retained by
social media websites"). Records that another sentence of the paragraph says a named tool collects or gets, said
not to include named data ("The mobile app uses Sentry to collect crash reports and diagnostic data. Crash reports do
not contain the text of your messages"), do not share it with that tool (GUIDELINES: `not_share` with the party the
data would go to), where the extractor had our `not_collect`."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def test_what_a_named_party_works_by_using_it_is_used_by_that_party():
    assert _found("Each time you open the app, our geolocation provider, GeoComply Solutions Inc., determines the "
                  "precise location of your device using GPS, nearby Wi-Fi access points and cell towers, and returns "
                  "to us a pass or fail result.") == {
        (3, "location.precise", "use", "first_party"), (3, "location.precise", "use", "third_party"),
        (3, "device.network", "use", "third_party"), (3, "location.coarse", "use", "third_party")}
    # cookies as before
    assert _found("Google Analytics collects the pages you visit, using cookies set in your browser.") == {
        (3, "usage.history", "collect", "google_analytics"), (3, "usage.cookies", "use", "google_analytics")}
    # our own or the user's "using" stays ours
    assert _found("We determine the approximate area of your device using nearby Wi-Fi access points and cell "
                  "towers.") >= {(3, "device.network", "use", "first_party"), (3, "location.coarse", "use",
                                                                            "first_party")}


def test_apps_and_sites_built_or_hosted_on_the_service_are_other_parties():
    assert _found("Apps built with Acme may request user profile information the user has shared with Acme.") == {
        (3, "account.profile", "collect", "third_party")}
    assert _found("Also apps built using Acme may request user information if they require a login.") == {
        (3, "personal_info", "collect", "third_party")}
    assert _found("Sites hosted on Acme may use cookies to track your online activity.") == {
        (3, "usage.cookies", "use", "third_party"), (3, "usage", "collect", "third_party")}
    # built with something not ours, or our app itself: ours
    assert _found("Apps built with React may request your location.") == {(3, "location", "collect", "first_party")}
    assert _found("The Acme app may request your location.") == {(3, "location", "collect", "first_party")}


def test_social_media_websites_are_other_parties():
    assert _found("User information is retained by social media websites in accordance with the website’s "
                  "policies.") == {(3, "personal_info", "store", "third_party")}
    assert _found("Your comments are stored by social networking sites.") == {(3, "content", "store", "third_party")}


def _recipients(text: str) -> set[tuple[str, str, str | None]]:
    return {(s.data_type, s.action, s.recipient) for s in statements_of("# Acme privacy\n\n" + text + "\n",
                                                                         name="policy.md")}


def test_what_records_a_named_tool_gets_leave_out_is_not_shared_with_it():
    # GUIDELINES' own example: the reports are what the tool collects, in the sentence before
    assert _recipients("The mobile app uses Sentry to collect crash reports and diagnostic data. Crash reports do not "
                       "contain the text of your messages.") == {
        ("usage.logs", "collect", None), ("communication.messages", "not_share", "sentry")}
    assert ("network.ip", "not_share", "sentry") in _recipients(
        "We use Sentry for crash reports. Crash reports never include your IP address.")
    # records of ours, no tool named: not collected, as before
    assert _found("We collect crash reports. Crash reports do not contain your email address.") == {
        (3, "usage.logs", "collect", "first_party"), (3, "contact.email", "not_collect", "first_party")}
    assert _found("Usage metrics never include page addresses.") == {(3, "usage.history", "not_collect",
                                                                      "first_party")}
