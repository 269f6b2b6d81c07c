"""English retention statements: a retention table or list states the storage of its data, not its collection."""

from __future__ import annotations

from conftest import pairs, tuples


def test_retention_only_table_stores_without_collecting():
    text = ("# Privacy\n\nWe keep personal data only for as long as we need it, and in particular:\n\n"
            "| Data | Retention period |\n|---|---|\n"
            "| Account details | Until you close your account, and then for 30 days |\n"
            "| IP addresses and device identifiers used for fraud screening | 13 months |\n")
    found = tuples(text, fmt="md", name="policy.md")
    assert (8, "network.ip", "store", "first_party") in found
    assert (7, "account", "store", "first_party") in found
    assert not any(action == "collect" for _, _, action, _ in found)


def test_table_whose_introduction_collects_keeps_the_collection():
    text = ("# Privacy\n\nWe collect the following data and keep it as below:\n\n"
            "| Data | Retention period |\n|---|---|\n"
            "| IP addresses | 13 months |\n")
    found = tuples(text, fmt="md", name="policy.md")
    assert (7, "network.ip", "store", "first_party") in found
    assert (7, "network.ip", "collect", "first_party") in found


def test_restrictive_clause_on_retained_data_adds_no_collection():
    # the participle only identifies the data whose keeping the sentence states
    assert pairs("Check images captured through mobile deposit are kept for seven years.") == {("media.photos", "store")}
    assert ("personal_info", "collect") not in pairs(
        "Personal data collected for the purposes of our legitimate interests shall be retained for five years.")
    # so does a clause on data another practice moves: the sharing is stated, the clause names the data (GUIDELINES:
    # "We disclose Personal Information that we collect through the Scratch Website" -> share only)
    assert pairs("Location data we collect is shared with our partners.") == {("location", "share")}


def test_need_bounding_a_retention_is_no_collection():
    assert pairs("Read the Docs will retain User Personal Information for as long as your account is active or as "
                 "needed to provide you services.") == {("personal_info", "store")}
    assert ("contact.email", "collect") not in pairs(
        "We keep your email address for as long as we need the email address for the purposes of the service.")
    # needing data outside a retention states its collection or use
    assert pairs("We need your email address to send receipts.") & {("contact.email", "collect"),
                                                                    ("contact.email", "use")}


def test_participle_parsed_as_root_before_a_retention_only_identifies_the_data():
    # the parser roots these sentences in the participle; the retention conjunct states the practice
    found = pairs("Copies of identity documents scanned or photographed at activation are deleted within 30 days after "
                  "your identity is verified.")
    assert ("identity.id_number", "store") in found
    assert ("identity.id_number", "collect") not in found
    found = pairs("The domain names logged by our DNS resolver are deleted after 30 days, and records of data usage "
                  "are kept for 18 months.")
    assert ("usage.history", "store") in found
    assert ("usage.history", "collect") not in found


def test_retention_item_with_a_choice_of_periods_only_stores():
    text = ("# Retention\n\nEach kind of data is kept only for as long as the purpose it was gathered for requires:\n\n"
            "- **Cloud recordings and snapshots:** 7, 30 or 60 days depending on your plan.\n"
            "- **Sound clips:** 14 days.\n")
    found = tuples(text, fmt="md", name="policy.md")
    assert (5, "media.photos", "store", "first_party") in found
    assert (5, "media.photos", "collect", "first_party") not in found


def test_title_sentence_before_a_retention_period_is_kept():
    text = ("# Retention\n\nData is kept for the periods below and then erased or irreversibly anonymised:\n\n"
            "- *Diagnostic data and fault codes.* Five years from the date of the reading, linked to the VIN, because "
            "of product liability and recall obligations.\n")
    found = tuples(text, name="policy.md")
    assert (5, "usage.logs", "store", "first_party") in found
    assert (5, "usage.logs", "use", "first_party") not in found


def test_account_deleted_after_a_span_of_inactivity_on_its_subject():
    # the span of no activity qualifying the subject is how long the account is kept, as in "deleted after 6 months
    # of inactivity" (GUIDELINES: a stated retention period is `store`)
    assert pairs("Accounts with no activity for 6 months are automatically deleted.") == {("account", "store")}
    assert pairs("Accounts without a login for two years are removed.") == {("account", "store")}
    found = tuples("# Retention\n\n- ✅ Accounts with no activity for 6 months are automatically deleted\n",
                   fmt="md", name="policy.md")
    assert found == {(3, "account", "store", "first_party")}


def test_inactive_account_deleted_with_no_span_is_a_bare_deletion():
    assert pairs("Accounts with no activity are deleted.") == set()
    assert pairs("Accounts with two-factor authentication for 6 months are deleted.") == set()


def test_the_messages_deleted_after_a_period_are_stored():
    assert pairs("The messages are deleted after 21 days.") == {("communication.messages", "store")}
    # not a retention statement: "the messages" alone names no data
    assert pairs("The messages are about your account.") == set()


def test_data_aggregated_after_a_period_is_kept_until_then():
    # aggregating after a stated period bounds how long the data is kept, as anonymising does (GUIDELINES)
    assert pairs("IP addresses are aggregated after 30 days.") == {("network.ip", "store")}
    assert pairs("Usage data is aggregated in 5-minute intervals.") == set()
