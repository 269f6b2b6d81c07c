"""English third-party recall: personal information said to be among the assets transferred in a merger or sale is
shared with the buyer (GUIDELINES: the merger clause), also when a participle ("held by Acme") only names the data."""

from __future__ import annotations

from conftest import statements_of


def _markdown(text: str) -> set[tuple[int, str, str, str | None]]:
    """(line, data type, action, recipient) of a Markdown policy."""
    return {(s.line, s.data_type, s.action, s.recipient) for s in statements_of(text, name="policy.md")}


def test_personal_information_among_the_assets_transferred_is_shared():
    found = _markdown("Personal information may be among the assets transferred in a merger.\n")
    assert (1, "personal_info", "share", "third_party") in found


def test_a_participle_naming_the_transferred_data_states_no_retention():
    found = _markdown("- To a buyer or other successor in the event of a merger, divestiture or other sale of some or "
                      "all of our assets, in which personal information held by us about our users is among the "
                      "assets transferred.\n")
    assert (1, "personal_info", "share", "third_party") in found
    assert not any(t[2] == "store" for t in found)


def test_information_we_hold_is_still_kept_outside_a_transfer():
    found = _markdown("We retain personal information held by us for five years.\n")
    assert (1, "personal_info", "store", None) in found


def _actors(text: str) -> set[tuple[int, str, str, str]]:
    """(line, data type, action, actor) of a Markdown policy."""
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, name="policy.md")}


def test_a_means_phrase_is_used_by_each_party_of_a_coordinated_subject():
    found = _actors("We and third parties may collect information using cookies, log files and location data.\n")
    assert (1, "usage.cookies", "use", "third_party") in found
    assert (1, "usage.cookies", "use", "first_party") in found


def test_a_means_phrase_of_our_own_practice_stays_ours():
    found = _actors("We collect information using cookies and log files.\n")
    assert (1, "usage.cookies", "use", "first_party") in found
    assert not any(t[3] != "first_party" for t in found)
