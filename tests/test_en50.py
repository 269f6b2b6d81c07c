"""English: shapes of the US federal website notices (the log-file template, e-mail sent to the agency, logs that
only hold bare data, background on websites and laws) and their kin in other policies."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def test_items_of_the_federal_log_file_template():
    found = _found("For each HTTP request received, we collect and store only the following information:\n\n"
                   "* the originating Internet Provider address (IPA)\n* the object requested\n"
                   "* completion status of the request\n")
    assert {(5, "network.ip", "collect", "first_party"), (5, "network.ip", "store", "first_party"),
            (6, "usage.history", "collect", "first_party"), (7, "usage.logs", "store", "first_party")} <= found


def test_referring_site_named_back_and_search_engine_queries():
    found = _found("We collect:\n\n* If you linked to our website from another website, the address of that website.\n")
    assert (5, "usage.history", "collect", "first_party") in found
    found = _found("Some of our pages provide forms allowing visitors to submit search engine queries.")
    assert (3, "usage.history", "collect", "first_party") in found


def test_bare_data_kept_in_a_named_log_names_no_logs():
    assert not any(t == "usage.logs" for (_, t, _, _) in _found(
        "This information does not identify you. We maintain the above information in system logs."))
    assert not any(t == "usage.logs" for (_, t, _, _) in _found(
        "For each request received, we collect and store only the following information, in what is called a log "
        "file:"))
    assert not any(t == "usage.logs" for (_, t, _, _) in _found(
        "We want to inform you that, for each HTTP request (which is what your Web browser generates when you request "
        "a page or part of a page from a Web site) received, we collect and store only the following information, in "
        "what is called a log file:"))  # "in" on "collect", the object on "store"
    # named data kept in the logs keeps its type
    assert (3, "network.ip", "store", "first_party") in _found("We maintain IP addresses in system logs.")


def test_any_practice_on_a_demonstrative_names_no_data():
    found = _found("We collect your IP address. This includes analyzing these logs periodically to determine the "
                   "traffic through our servers.")
    assert (3, "usage.logs", "use", "first_party") not in found
    assert (3, "network.ip", "collect", "first_party") in found
    # cookies keep the use a cookie section states of them
    assert (3, "usage.cookies", "use", "first_party") in _found("We use these cookies to help identify security risks.")


def test_text_the_user_writes_stays_content_when_called_anonymous():
    assert (3, "content", "store", "first_party") in _found("We may store anonymous survey responses indefinitely.")
    assert not _found("We collect anonymous usage data.")


def test_an_email_message_sent_to_us_is_the_senders():
    found = _found("By sending us an electronic mail message, you may be sending us your name.")
    assert (3, "communication.messages", "collect", "first_party") in found
    assert (3, "identity.name", "collect", "first_party") in found


def test_what_one_of_a_class_of_websites_does_is_background():
    assert not _found("To protect your privacy, be sure to close your browser completely after you have finished "
                      "conducting business with a Web site that does use cookies.")
    # a service we use stays ours
    assert (3, "contact.email", "collect", "first_party") in _found("We use a service that collects your email address.")


def test_data_named_as_what_a_record_is_retrieved_by_is_no_collection():
    assert not any(t == "identity" for (_, t, _, _) in _found(
        "The Privacy Act of 1974 protects the personal information the federal government keeps on you in “systems "
        "of records (SOR)” (information an agency controls that can be retrieved by name or some other personal "
        "identifier)."))


def test_collection_through_3rd_party_tools_is_theirs_too():
    found = _found("Personal data is collected via 3rd party analytic tools.")
    assert {(3, "personal_info", "collect", "first_party"), (3, "personal_info", "collect", "third_party")} <= found


def test_a_part_of_the_users_email_is_no_email_address():
    assert not _found("We may retain the information as long as necessary to respond to your request or otherwise "
                      "resolve the subject matter of your e-mail.")
    assert (3, "contact.email", "use", "first_party") in _found("We may use your email for that purpose.")


def test_what_the_reader_should_keep_in_mind_is_the_statement():
    found = _found("It is important to keep in mind that we do not collect personally-identifiable information (name, "
                   "address, e-mail address, social security number, or other unique identifiers) on our web site "
                   "unless we specifically advise you that we are doing so.")
    assert {(3, "personal_info", "not_collect", "first_party"), (3, "identity.name", "not_collect", "first_party"),
            (3, "identity.id_number", "not_collect", "first_party")} <= found


def test_the_users_access_to_data_we_collect_is_no_collection():
    assert not _found("You may have access to any of the information we collect about you at this site.")
    assert not _found("You can request a copy of the personal information we hold about you.")
    # a practice of ours on the data so described stays
    assert (3, "personal_info", "share", "first_party") in _found(
        "We share the personal information we collect about you with partners.")


def test_responding_to_the_users_inquiries_uses_the_messages():
    assert (3, "communication.messages", "use", "first_party") in _found(
        "The information supplied is used to respond to the user’s inquiries or to provide services requested by the "
        "user.")


def test_examples_of_an_aggregated_form_end_with_its_bracket():
    found = _found("We may share non-personally identifiable information with others, including the public, in "
                   "aggregated form (for instance, in a list of our most popular search engine queries), in partial or "
                   "edited form (such as in a report summarizing responses to a questionnaire), or verbatim (for "
                   "example, in a complete listing of survey responses).")
    assert (3, "usage.history", "share", "first_party") not in found
    assert (3, "content", "share", "first_party") in found


def test_an_agency_name_without_its_country_is_ours():
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import policy_names
    from policycheck.ingest import parse_policy
    text = ("# Privacy and Security Notice | US EPA\n\nThank you for visiting our site.\n\n"
            "**Cookies** : EPA does not use persistent cookies to collect personally identifiable information.\n\n"
            "Some EPA pages have session cookies.\n")
    extractor = get_extractor()
    assert "EPA" in policy_names(parse_policy(text, "policy.md"), extractor.entities, extractor.lexicons).own
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, name="policy.md")}
    assert (5, "personal_info", "not_collect", "first_party") in found
    assert not any(actor == "third_party" for (*_rest, actor) in found)
