"""English round (72) families: a sub-processor list whose entries are a heading naming the party over a paragraph
defining its service (the data that paragraph says is collected or accessed is that party's, GUIDELINES: a
sub-processor item that names data); a sentence set in bold on a line of its own is no title, and a block quote right
under a paragraph is a block of its own (their denials keep their own lines); a denial of using "analytics or
tracking"; and the records sent to a named tool that leave out personal data ("These reports … do not include any
personally identifiable information (PII), such as your IP address") are not shared with that tool, also when the
sentence naming the tool calls them "an error report", and the broad phrase given with an example is denied with it."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of

from policycheck.ingest.text import markdown_blocks

SUBPROCESSORS = ("## Services\n"
                 "Sendgrid, Inc.\n"
                 "Provides email delivery to dashboard and admin users for site notifications and other messages.\n"
                 "## Monitoring\n"
                 "New Relic\n"
                 "Application performance analytics. Data collected can include user data and visitor data used "
                 "within application code.\n"
                 "## Support\n"
                 "Intercom, Inc.\n"
                 "Dashboard user reporting and analytics. Data collected can include user information like email "
                 "address and IP address. This is only used on our application dashboard.\n"
                 "FrontApp, Inc.\n"
                 "Customer email support service. Can have access to user data, including user email and IP "
                 "address.\n")


def _with_recipients(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_subprocessor_entry_data_is_the_partys():
    found = markdown_policy_tuples(SUBPROCESSORS)
    assert (8, "personal_info", "collect", "new_relic") in found
    assert {(11, "personal_info", "collect", "intercom"), (11, "contact.email", "collect", "intercom"),
            (11, "network.ip", "collect", "intercom")} <= found
    # an uncatalogued company among the entries of the list is a third party
    assert {(13, "contact.email", "collect", "third_party"), (13, "network.ip", "collect", "third_party")} <= found
    assert not any(actor == "first_party" and line in (8, 11, 13) for line, _, _, actor in found)


def test_prose_under_a_party_heading_keeps_its_own_subjects():
    # a paragraph whose first sentence has a subject of ours is prose, not the definition of the party's service
    found = markdown_policy_tuples("## Intercom\n"
                                   "We use this provider for support. Data collected can include user information like "
                                   "email address.\n")
    assert (4, "contact.email", "collect", "first_party") in found
    assert not any(actor == "intercom" for _, _, _, actor in found)
    found = markdown_policy_tuples("## Intercom\n"
                                   "Support chat provider. Data collected can include user information like email "
                                   "address.\n")
    assert found == {(4, "personal_info", "collect", "intercom"), (4, "contact.email", "collect", "intercom")}
    # a company heading with no list of party entries before it is no entry of one
    found = markdown_policy_tuples("## Acme, Inc.\n"
                                   "Data collected can include your email address.\n")
    assert not any(actor == "third_party" for _, _, _, actor in found)


def test_bold_sentence_on_its_own_line_is_no_title():
    blocks = markdown_blocks("### What We Collect\n**The App does NOT collect any personal data.**\n"
                             "Specifically, we do NOT collect:\n- Phone numbers\n")
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph", "list_item"]
    found = markdown_policy_tuples("### What We Collect\n**The App does NOT collect any personal data.**\n"
                                   "Specifically, we do NOT collect:\n- Phone numbers\n")
    assert (4, "personal_info", "not_collect", "first_party") in found
    # a title in bold over its text stays a title
    titled = markdown_blocks("**Information You Provide to Us.**\nWe collect your name.\n")
    assert titled[0].kind == "heading"


def test_block_quote_under_a_paragraph_keeps_its_line():
    text = ("## Summary\n**In Plain English:**\n> **Acme does not collect any personal data.**\n"
            "> Everything stays on your phone.\n")
    blocks = markdown_blocks(text)
    assert [b.text for b in blocks][1:] == ["In Plain English:",
                                            "Acme does not collect any personal data. Everything stays on your phone."]
    found = markdown_policy_tuples(text)
    assert {line for line, data_type, action, _ in found if data_type == "personal_info"} == {5}


def test_denial_of_using_analytics_or_tracking():
    found = markdown_policy_tuples("## What We DON'T Do\n- ❌ We do NOT use analytics or tracking\n")
    assert (4, "usage", "not_collect", "first_party") in found
    assert markdown_policy_tuples("We do not use analytics or tracking cookies.\n") == set()


def test_records_sent_to_a_tool_leave_out_pii_with_its_example():
    found = _with_recipients("If a request fails, we send an error report to [Sentry](https://sentry.io/), our "
                             "error-tracking service. These reports contain technical data about the error but do not "
                             "include any personally identifiable information (PII), such as your IP address.")
    assert {(3, "usage.logs", "share", "first_party", "sentry"),
            (3, "personal_info", "not_share", "first_party", "sentry"),
            (3, "network.ip", "not_share", "first_party", "sentry")} <= found
    assert not any(action == "not_collect" for _, _, action, _, _ in found)
    # alone, "no personal information" only characterises the records (GUIDELINES): no type left out
    alone = _with_recipients("We send crash reports to Sentry. Crash reports never include personal information.")
    assert not any(data_type == "personal_info" for _, data_type, _, _, _ in alone)


def test_no_analytics_item_under_a_denied_use_of_services():
    found = markdown_policy_tuples("**We do NOT use any third-party services**, including:\n"
                                   "- ❌ No analytics (Google Analytics, Firebase, etc.)\n"
                                   "- ❌ No crash reporting (Crashlytics, Sentry, etc.)\n"
                                   "- ❌ No crash reporting tools\n")
    assert {(4, "usage", "not_collect", "first_party"), (4, "usage", "not_collect", "google_analytics"),
            (4, "usage", "not_collect", "firebase"), (5, "usage.logs", "not_collect", "first_party"),
            (5, "usage.logs", "not_collect", "crashlytics"), (5, "usage.logs", "not_collect", "sentry")} <= found
    # a crash-reporting tool denied is the crash reports not collected too (GUIDELINES: "No crash reporting services")
    assert (6, "usage.logs", "not_collect", "first_party") in found


def test_model_and_provider_names_of_a_record_are_no_person_names():
    found = markdown_policy_tuples("For each generation event, we send your customer ID, generation cost in "
                                   "microdollars, AI model name, provider name, and generation ID to Polar for metered "
                                   "billing purposes.\n")
    assert not any(data_type == "identity.name" for _, data_type, _, _ in found)
    assert (3, "identity.name", "collect", "first_party") in markdown_policy_tuples(
        "We collect your health care provider name.\n")


def test_no_item_under_a_positive_introduction_keeps_no_denial():
    # "may use:" / "- ❌ NO tracking cookies": the item's "no" only withdraws the introduction's use
    found = markdown_policy_tuples("The website may use:\n- ✅ Essential cookies for functionality (if needed)\n"
                                   "- ❌ NO tracking cookies\n")
    assert not any(action.startswith("not_") for _, _, action, _ in found)
