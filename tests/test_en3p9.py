"""English third-party recall: a heading naming the tool that collects (or does not) its section's data, the tool
named as the means of our own collection, recipients named beside "us" as other parties, and records named only as
what data is filtered out of."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def _shared(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_a_heading_naming_the_collecting_tool_gives_it_the_items():
    found = _found("Acme uses Sentry for error monitoring.\n\n## Data NOT Collected (by Sentry)\n\n"
                   "- **IP addresses** - never attached to error events\n- **API keys**")
    assert (7, "network.ip", "not_collect", "sentry") in found
    assert (8, "account.credentials", "not_collect", "sentry") in found
    assert not any(actor == "first_party" and action == "not_collect" for (_, _, action, actor) in found)
    assert (5, "usage.logs", "collect", "sentry") in _found("## What Sentry collects\n\n- Error reports (stack traces)")
    assert (5, "device", "collect", "sentry") in _found(
        "## Data collected by Sentry\n\n- Device information (OS version, app version)")


def test_the_bare_sibling_of_a_heading_naming_the_tool_is_the_same_tools():
    found = _found("Acme uses Sentry for error monitoring.\n\n## Data Collected\n\n- Error reports (stack traces)\n\n"
                   "## Data NOT Collected (by Sentry)\n\n- **IP addresses**")
    assert (7, "usage.logs", "collect", "sentry") in found
    assert (11, "network.ip", "not_collect", "sentry") in found
    assert (7, "usage.logs", "collect", "first_party") not in found


def test_a_heading_naming_a_source_or_our_own_name_keeps_the_first_party():
    # a party the data comes from is no collector
    found = _found("## Information Collected About You from Slack\n\n- Your email address")
    assert (5, "contact.email", "collect", "first_party") in found
    assert not any(actor == "slack" for (*_, actor) in found)
    # the policy's own name in the heading is us
    found = _found("Acme Cloud is a service of ours.\n\n## What information Acme collects\n\n- Your email address")
    assert (7, "contact.email", "collect", "first_party") in found


def test_collecting_beside_our_use_of_a_named_tool_is_the_tools_too():
    found = _found("The app does use Firebase Analytics and will therefore collect only the default analytics data.")
    assert {(3, "usage", "collect", "first_party"), (3, "usage", "collect", "firebase_analytics")} <= found
    found = _found("The app uses Firebase Crashlytics and thereby collects crash reports.")
    assert {(3, "usage.logs", "collect", "first_party"), (3, "usage.logs", "collect", "crashlytics")} <= found
    # the tool as the means of an infinitive collects alone (GUIDELINES), and a denied use adds no collecting tool
    # (the denial itself is the tool's as well as ours: GUIDELINES, a denial of a named tool denies it for both alike)
    assert _found("We use Google Analytics to collect usage data.") == {(3, "usage", "collect", "google_analytics")}
    assert not any(actor == "firebase_analytics" and action == "collect" for (*_, action, actor) in _found(
        "We do not use Firebase Analytics and collect only crash reports."))


def test_other_parties_beside_us_as_where_data_is_not_sent_are_third_parties():
    found = _shared("Your OpenAI API Key is stored locally on your device and is not transmitted to us or any other "
                    "parties.")
    assert (3, "account.credentials", "not_collect", "first_party", None) in found
    assert (3, "account.credentials", "not_share", "first_party", "third_party") in found
    assert (3, "account.credentials", "not_share", "first_party", "third_party") in _shared(
        "Your API key is never sent to us or to another organisation.")


def test_records_data_is_filtered_out_of_are_no_data_of_the_item():
    found = _found("## Data NOT Collected (by Sentry)\n\n- **API keys** - Filtered from error reports")
    assert found == {(5, "account.credentials", "not_collect", "sentry")}
    assert not any(t == "usage.logs" for (_, t, _, _) in _found(
        "We do not collect:\n\n- **API keys** - removed from crash logs"))
    # a clause of its own saying the data is removed from the records keeps the records it names
    assert (3, "usage.logs", "store", "first_party") in _found(
        "We do not log IP addresses together with wallet addresses, and IP addresses are removed from our server logs "
        "after 48 hours.")
