"""English third-party precision: what the service's own notices and e-mails to the person are about is not handed
on, an e-mail the service forwards to other staff is that message (not an address), a transfer "to these countries"
is a transfer abroad (processing, no disclosure), and data said to receive a level of protection is not received by
anyone."""

from __future__ import annotations

from conftest import tuples


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(t[1], t[2], t[3]) for t in tuples(text)}


def test_notice_topic_is_not_shared():
    # the topic of updates the service sends, the updates parsed as a conjunct of the verb
    found = _found("- Process orders and to send information and updates pertaining to orders")
    assert ("financial.transactions", "use", "first_party") in found
    assert not {t for t in found if t[1] == "share"}
    # the topic of the e-mail the service sends "you"
    assert not {t for t in _found("Please note that even if you opt out of promotional e-mail, we may still send you "
                                  "e-mail about your account, your subscription or any transactions you have made "
                                  "with us.") if t[1] == "share"}
    assert not {t for t in _found("We will send you updates regarding your purchases and location.")
                if t[1] == "share"}


def test_examples_of_sent_messages_are_not_shared():
    found = _found("We send exclusively transactional emails (e.g., password reset, email address confirmation, "
                   "security-relevant system messages).")
    assert ("contact.email", "share", "first_party") not in found


def test_data_sent_to_a_party_stays_shared():
    assert ("contact.email", "share", "first_party") in _found("We send your email address to our payment processor.")
    found = _found("We may send your purchase history and location to advertisers.")
    assert {("financial.transactions", "share", "first_party"), ("location", "share", "first_party")} <= found


def test_forwarded_email_is_the_message():
    found = _found("Sometimes we forward your e-mail to other government employees or authorized concessioners who "
                   "may be better able to help you.")
    assert ("communication.messages", "share", "first_party") in found
    assert ("contact.email", "share", "first_party") not in found
    # the address itself forwarded stays an address; a bare "forward emails" (the forwarding feature) names no message
    assert ("contact.email", "share", "first_party") in _found("We forward your email address to our mailing "
                                                               "provider.")
    assert ("contact.email", "use", "first_party") in _found("We may use your email for that purpose.")


def test_transfer_to_these_countries_is_processing():
    for text in ("By using the MetaDeck service, you consent to the transfer of your information to these countries.",
                 "By using the Platform, you consent to transferring your data to these territories."):
        found = _found(text)
        assert ("personal_info", "use", "first_party") in found
        assert not {t for t in found if t[1] == "share"}


def test_data_receiving_protection_is_not_received():
    found = _found("Your data receives the same level of protection in the EEA as it does in the UK through the "
                   "safeguard of Adequacy Decisions.")
    assert not {t for t in found if t[1] in ("share", "collect")}
    assert ("personal_info", "share", "first_party") in _found("Our partners receive your data.")


def test_practice_named_as_a_yardstick_is_not_stated():
    found = _found("We only disclose IP addresses under the same circumstances that we use and disclose personally "
                   "identifying information as described below.")
    assert ("network.ip", "share", "first_party") in found
    assert ("personal_info", "share", "first_party") not in found
    # a clause of circumstances without "the same" stays a practice
    assert ("contact.email", "share", "first_party") in _found(
        "We disclose your email address to partners under the circumstances that we describe below.")


def test_quoted_potentially_identifying_information_is_personal_info():
    found = _found('We also collect "potentially personally identifying" information like Internet Protocol (IP) '
                   'addresses for website visitors.')
    assert {("personal_info", "collect", "first_party"), ("network.ip", "collect", "first_party")} <= found


def test_data_passed_on_only_in_aggregate_is_not_shared():
    for text in ("And we may make some of this information available to the public in pseudo-anonymised forms or in "
                 "aggregate, e.g. as a report on usage trends.",
                 "No information about other Users of the App is made publicly available, except in aggregate form to "
                 "report on usage patterns and trends for the App.",
                 "Once sent to Mozilla, usage statistics are stored in an aggregate form and made available to a broad "
                 "range of developers, including both Mozilla employees and public contributors."):
        assert not {t for t in _found(text) if t[1] == "share"}, text
    # also passed on verbatim: the share stays
    assert ("content", "share", "first_party") in _found(
        "We may share non-personally identifiable information with others, including the public, in aggregated form "
        "(for instance, in a list of our most popular search engine queries), in partial or edited form (such as in a "
        "report summarizing responses to a questionnaire), or verbatim (for example, in a complete listing of survey "
        "responses).")
    assert ("usage", "share", "first_party") in _found("We may make your usage data available to our partners.")
