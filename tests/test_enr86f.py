"""English round (86) families: event tables of a diagnostic-data notice; a catalogued company asked about its own
practices in its FAQ is the first party, also as "it" after its name; random per-installation IDs; a practice verb
the tagger reads as a noun in the middle of a series ("collect, process, and store"); information about the user's
account taken by a practice verb."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples

EVENT_TABLE = ("## List of Diagnostic Data Events\n\n### General\n\n"
               "| Event Name | Description |\n|---|---|\n"
               "| Acme.RunnerLaunch | Indicates when the Acme Runner is launched. |\n"
               "| Acme.PasteError | Occurs when an error is encountered during the paste process. |\n"
               "| Acme.ClipboardItemClicked | Occurs when a clipboard item is selected from the menu. |\n"
               "| Acme.EndpointUsageEvent | Logs the AI provider, model, and processing duration for each call. |\n"
               "| Acme.TimedKeepAwake | Triggered when the system is kept awake for a specified time duration. |\n")


def test_an_event_table_under_a_diagnostic_data_heading_gives_collected_usage():
    found = markdown_policy_tuples(EVENT_TABLE)
    rows = {line: {(t[1], t[2], t[3]) for t in found if t[0] == line} for line in range(9, 14)}
    assert rows[9] == {("usage", "collect", "first_party")}
    assert rows[10] == {("usage.logs", "collect", "first_party")}
    assert rows[11] == {("usage", "collect", "first_party")}  # the event is the selection, not the clipboard
    assert rows[12] == {("usage", "collect", "first_party"), ("usage.logs", "collect", "first_party")}
    assert rows[13] == {("usage", "collect", "first_party")}  # a setting's duration is no timing


def test_an_event_table_with_no_collecting_context_is_not_read():
    text = EVENT_TABLE.replace("## List of Diagnostic Data Events", "## Calendar").replace("### General", "### Talks")
    assert not {t for t in markdown_policy_tuples(text) if t[1] in ("usage", "usage.logs")}


FAQ = ("# Data Privacy for Mobile\n\n"
       "### What data does Sentry collect from users of my app?\n\n"
       "Sentry collects only the data that you configure to be sent to Sentry.\n\n"
       "### How does Sentry use my data?\n\n"
       "Sentry processes the data you send to it.\n\n"
       "### Does Sentry use my data to track users?\n\n"
       "Sentry does not use your data to track users.\n\n"
       "### Does Sentry use the device ID to identify a user?\n\n"
       "No. Sentry doesn't use device ID. Instead, it uses IDs which are randomly generated per device, per app, "
       "and per installation.\n\n"
       "By default, Sentry uses randomly generated IDs.\n")


def test_a_catalogued_company_answering_its_customers_faq_is_the_first_party():
    found = tuples(FAQ, name="faq.md")
    assert (19, "device.id", "use", "first_party") in found
    assert (17, "device.id", "use", "first_party") in found
    assert not {t for t in found if t[3] == "sentry"}


def test_a_question_without_the_asker_keeps_the_sdk_a_third_party():
    text = ("# Acme privacy\n\n| Question | Answer |\n|---|---|\n| What data does Sentry collect? | Crash reports |\n\n"
            "Sentry collects crash reports. Sentry stores crash reports. Sentry uses crash reports.\n")
    assert {t[3] for t in tuples(text, name="p.md") if t[1] == "usage.logs"} == {"sentry"}


def test_a_verb_in_the_middle_of_a_series_is_a_practice():
    assert markdown_policy_tuples("We collect, use, and store your email address.") == {
        (3, "contact.email", "collect", "first_party"), (3, "contact.email", "use", "first_party"),
        (3, "contact.email", "store", "first_party")}
    assert (3, "contact.email", "use", "first_party") in markdown_policy_tuples(
        "We collect, process and store your email address.")


def test_information_about_the_users_account_taken_by_a_practice_verb():
    found = markdown_policy_tuples("Acme may collect, process, and store the following information about "
                                   "**your Discord account**:\n- Your user ID")
    assert {(3, "account", action, "first_party") for action in ("collect", "use", "store")} <= found
    assert not {t for t in markdown_policy_tuples(
        "We use your email address to tell you important information about your account.") if t[1] == "account"}


def test_a_later_series_coordinated_to_another_verb_lends_it_no_practice():
    found = markdown_policy_tuples(
        "Swiftly will obtain through Checkr, Inc. a consumer report, which may include criminal history records, and "
        "Swiftly may periodically re-run such checks, and collect, use, store and disclose the results thereof, for so "
        "long as you maintain an active account.")
    assert not {t for t in found if t[1] == "identity.criminal_record" and t[2] == "use"}
