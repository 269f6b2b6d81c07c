"""English display to other people, run-in titles and list items under a named tool."""

from __future__ import annotations

from conftest import pairs


def test_data_appearing_where_others_see_it_is_shared():
    # GUIDELINES: making data visible to other users or to the public is `share` with a third party
    assert pairs("Only the name and address of your organisation will appear on the public register.") == {
        ("contact.address", "share"), ("identity.occupation", "share")}
    assert pairs("Your email address will appear publicly.") == {("contact.email", "share")}
    assert pairs("Your email address appears to other users.") == {("contact.email", "share")}
    # not what appears on the user's own screen, nor "appears to be"
    assert pairs("Your email address appears in the app.") == set()
    assert pairs("Your email address appears to be invalid.") == set()
