"""English actors: tools taken up by a plural demonstrative with no party named for them ("These tools collect …"
under "Website analytics tools") and a bare "this" recording data after a party was named ("… cached by Fastly, a CDN
provider. This may also log your IP address") are that party, not us."""

from __future__ import annotations

from conftest import statements_of, tuples


def _tuples(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_demonstrative_tools_under_a_heading_are_a_third_party():
    text = ("# Policy\n\n## Website analytics tools:\n\nThese tools collect basic site usage information, like:\n\n"
            "- The pages visited\n- Types of devices used\n")
    assert tuples(text, name="policy.md") == {
        (5, "usage", "collect", "third_party"), (7, "usage.history", "collect", "third_party"),
        (8, "device.hardware", "collect", "third_party")}
    assert _tuples("These tools collect basic site usage information, like the pages visited.") == {
        ("usage", "collect", "third_party"), ("usage.history", "collect", "third_party")}


def test_demonstrative_tools_named_before_stay_those_tools():
    assert _tuples("We use Google Analytics. These tools collect basic site usage information, like the pages "
                   "visited.") == {("usage", "collect", "google_analytics"),
                                   ("usage.history", "collect", "google_analytics")}


def test_our_own_tools_and_services_stay_ours():
    assert _tuples("Our tools collect your IP address.") == {("network.ip", "collect", "first_party")}
    assert _tuples("These services collect your IP address.") == {("network.ip", "collect", "first_party")}


def test_a_bare_this_recording_data_is_the_party_named_before():
    assert _tuples("The downloads from our website are cached by Fastly, a CDN provider. This may also log your IP "
                   "address.") == {("network.ip", "collect", "third_party")}
    assert _tuples("We use Google Analytics. This may also log your IP address.") == {
        ("network.ip", "collect", "google_analytics")}


def test_a_bare_this_with_no_party_before_stays_ours():
    assert _tuples("We keep your account safe. This may also log your IP address.") == {
        ("network.ip", "collect", "first_party")}


def test_this_including_our_collection_stays_ours():
    # "This may include collecting …": "this" is the subject of "include", the collection ours
    assert ("contact.address", "collect", "first_party") in _tuples(
        "If you participate in one of our contests or giveaways on Facebook, we will collect the minimum amount of "
        "personal information needed to administer the activity. This may include collecting age to ensure that you "
        "meet contest age requirements, email to notify the winner, or physical address to mail a prize or giveaway.")
