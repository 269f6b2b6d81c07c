"""English first- and third-party misses (task enfn26): data the user gives us that a relative clause says we show to
others, pass on or keep keeps our collection beside that practice (GUIDELINES: relative clauses)."""

from __future__ import annotations

from conftest import pairs, statements_of


def test_data_the_user_provides_and_we_display_is_collected_and_shared():
    found = pairs("You may choose to provide a nickname that is displayed on public leaderboards.")
    assert found == {("account.profile", "collect"), ("account.profile", "share")}
    assert pairs("You provide a nickname, which is displayed on public leaderboards.") == {
        ("account.profile", "collect"), ("account.profile", "share")}


def test_data_the_user_posts_where_others_see_it_stays_a_share_only():
    # the user's own act of putting data before others is no collection of ours
    assert pairs("You may post a nickname, which is displayed publicly.") == {("account.profile", "share")}


def test_data_the_user_provides_and_we_pass_on_or_keep_is_collected_as_well():
    assert pairs("You provide your phone number, which is shared with our SMS provider.") == {
        ("contact.phone", "collect"), ("contact.phone", "share")}
    assert pairs("You provide your phone number, which is stored on our servers.") == {
        ("contact.phone", "collect"), ("contact.phone", "store")}
    assert pairs("You provide your phone number, which is not shared with advertisers.") == {
        ("contact.phone", "collect"), ("contact.phone", "not_share")}


def test_party_named_by_the_clause_receives_from_us_not_from_the_user():
    found = {(s.data_type, s.action, s.actor, s.recipient)
             for s in statements_of("You provide your phone number, which we share with Twilio.")}
    assert found == {("contact.phone", "collect", "first_party", None),
                     ("contact.phone", "share", "first_party", "twilio")}


def test_request_addresses_and_searched_topics_are_usage_history():
    assert ("usage.history", "collect") in pairs("We collect the URL path and timestamp of each request.")
    assert ("usage.history", "collect") in pairs("We log the full request URL of each HTTP request.")
    assert ("usage.history", "use") in pairs("We use cookies to learn about the topics searched.")


def test_error_data_is_log_data():
    assert pairs("However, we do collect error data to aid in development.") == {("usage.logs", "collect")}
