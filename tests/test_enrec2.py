"""English recall of missed data types: wording of the data a practice handles."""

from __future__ import annotations

from conftest import pairs


def test_information_about_the_visit_is_usage():
    assert ("usage", "collect") in pairs(
        "However, the website may collect a limited amount of information about your visit for the purposes of "
        "website analytics.")
    assert ("usage", "collect") in pairs("npm collects data about visits, user accounts, and forum data.")
    # visits that reach other websites are the browsing history
    found = pairs("Advertisers may use web beacons to collect information about your visits to the Site and other "
                  "websites.")
    assert ("usage.history", "collect") in found and ("usage", "collect") not in found


def test_data_names_of_mail_relays_error_reports_tenants_and_documents():
    assert ("communication.messages", "store") in pairs(
        "Outgoing and incoming messages (SMTP) are stored for transit on behalf of their users.")
    assert ("communication.messages", "store") in pairs("E-Mail-Messages are stored for the recipient.")
    assert ("usage.logs", "collect") in pairs(
        "When the bot errors, we collect the module that errored and the local stack variables.")
    assert ("usage.logs", "collect") in pairs("We collect error descriptions with file paths removed.")
    assert ("financial.transactions", "share") in pairs(
        "Your on-time rent payments are reported to Experian RentBureau each month.")
    assert ("content", "collect") in pairs("We collect the extracted text and OCR output of your documents.")
    assert ("content", "store") in pairs("We store your saved articles, highlights and notes until you delete them.")
    assert ("content", "use") in pairs("The server processes your toots and your profile.")
    assert ("usage.history", "collect") in pairs(
        "We collect your IP address and the pathways navigated through the website.")


def test_teacher_qualifications_and_the_contact_identifier_of_coppa():
    assert ("identity.education", "collect") in pairs(
        "We collect the name of the institution that awarded your qualified teacher status (QTS).")
    assert ("contact", "collect") in pairs(
        "We collect your name and any other identifier that permits us to make physical or online contact with you.")
    assert ("contact", "collect") in pairs(
        "We collect any other identifier by which you may be contacted online or offline.")


def test_funds_wage_statements_forum_data_and_classifications():
    assert ("financial", "store") in pairs(
        "Identity verification records and source-of-funds documents are kept for five years after your account "
        "is closed.")
    assert ("financial.credit", "collect") in pairs("We collect income documents such as Forms W-2.")
    assert ("content", "collect") in pairs("npm collects data about visits, user accounts, and forum data.")
    assert ("content", "collect") in pairs("We collect the classifications you make.")


def test_messages_a_server_keeps_removes_or_scans():
    assert ("communication.messages", "store") in pairs("The server unconditionally removes messages after 20 days.")
    assert ("communication.messages", "store") in pairs("We will keep logs of messages in transit for a limited time.")
    assert ("communication.messages", "collect") in pairs("We automatically scan messages for links and phrases used in scams.")
    # a service's own notices are no messages of the user's
    assert ("communication.messages", "store") not in pairs("We keep marketing messages short.")


def test_client_staff_and_sync_data_and_account_content():
    assert ("personal_info", "store") in pairs("We keep staff data for as long as is required by Dutch law.")
    assert ("personal_info", "store") in pairs("Your sync data is stored unencrypted in our database.")
    assert ("personal_info", "not_collect") in pairs("They do not have access to any client data outside of email communication.")
    assert ("content", "store") in pairs(
        "We will permanently delete the content in your account from our servers 30 days after cancellation.")


def test_sign_in_names_and_a_unit_address():
    assert ("account.credentials", "collect") in pairs("When your device joins the network, we log your NetID.")
    assert ("account.credentials", "collect") in pairs("We collect your GitHub username if you are logged in.")
    assert ("contact.address", "share") in pairs(
        "We pass your name, unit address and lease start date to our insurance partner.")


def test_information_identifying_the_user_indirectly_or_as_an_individual():
    assert ("identity", "collect") in pairs("We do collect data that may indirectly identify you.")
    assert ("identity", "collect") in pairs(
        "If you register, we collect certain information that identifies you as an individual.")
    assert ("identity", "not_share") not in pairs(
        "We do not disclose information that identifies you as having requested specific video materials.")


def test_events_and_programs_the_user_searches_for_or_watches():
    assert ("usage.history", "collect") in pairs(
        "We obtain information about how you interact with the Services, such as the events you search for.")
    assert ("usage.history", "not_collect") in pairs("Solara does not receive the programs you watch within those apps.")
