"""English third-party shapes: what the person gives on another party's platform (its account, its site)."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(
        "# Acme privacy\n\nAcme is a website.\n\n" + text, name="policy.md")}


def test_data_given_when_opening_an_account_of_another_platform_is_its_collection():
    found = _found("In order to join our group on LinkedIn, you must register for a LinkedIn account and provide your "
                   "first and last name and e-mail address.")
    assert {("identity.name", "collect", "linkedin"), ("contact.email", "collect", "linkedin")} <= found
    assert not any(actor == "first_party" for _, _, actor in found)
    found = _found("To comment, you must create a Twitter account and provide your name and email address.")
    assert found == {("identity.name", "collect", "twitter"), ("contact.email", "collect", "twitter")}
    # "an account" opened again in the next sentence is the one the sentence before named
    found = _found("If you want to follow us, you must create a Twitter account at www.twitter.com. To create an "
                   "account, you must provide some personal information, such as your name, user name, password and "
                   "email address.")
    assert ("contact.email", "collect", "twitter") in found and ("account.credentials", "collect", "twitter") in found
    assert not any(actor == "first_party" for _, _, actor in found)


def test_data_given_on_another_partys_site_is_its_collection():
    found = _found("However, to submit a comment, you must navigate directly to the Polldaddy site, provide your name, "
                   "and e-mail address.")
    assert {("identity.name", "collect", "third_party"), ("contact.email", "collect", "third_party")} <= found
    assert ("identity.name", "collect", "first_party") not in found


def test_own_accounts_roles_and_time_clauses_stay_ours():
    # a role, not a platform, names the account; no account of another party is opened
    assert ("identity.name", "collect", "first_party") in _found(
        "To create a Candidate account, you provide your name, email address and a password.")
    assert ("identity.name", "collect", "first_party") in _found(
        "To create an account, you must provide your name and email address.")
    # a time clause: the account of a forum the service runs with that software
    assert ("identity.name", "collect", "first_party") in _found(
        "When signing up for a Discourse account, you provide a name and email address.")
    # given to us in so many words
    assert ("contact.email", "collect", "first_party") in _found(
        "To create a Twitter account, you provide us with your email address.")


def test_an_agentless_collection_denial_after_tools_that_collect_is_theirs_too():
    found = _found("Webtrends and Google Analytics collect information automatically and continuously. No personally "
                   "identifiable information is collected.")
    assert {("personal_info", "not_collect", "first_party"),
            ("personal_info", "not_collect", "google_analytics")} <= found
    found = _found("Gnucash Android uses the third party service Crashlytics for collecting the crash log data (if "
                   "enabled). This information is used by the app developers to fix issues in the app.\n\nNo "
                   "personally identifiable information is automatically collected as part of this process.")
    assert ("personal_info", "not_collect", "crashlytics") in found


def test_denials_after_other_mentions_of_tools_stay_ours():
    # the nearest sentence naming a party does not say it collects
    assert ("financial.payment", "not_collect", "google_analytics") not in _found(
        "We use Google Analytics. We do not share data with Google. No payment information is collected.")
    # where the data does not go, not a collection denied
    found = _found("The App uses the token once, to mark the purchase as consumed with Google. The purchase token is "
                   "not stored on your device or sent to our leaderboard service.")
    assert not any(actor == "google" for _, action, actor in found if action == "not_collect")
