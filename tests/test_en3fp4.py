"""English third-party precision: a catalogued company that opens its own documentation by committing itself to privacy
("Sentry takes data privacy very seriously") is the first party there, and its SDK, which sends to no one named,
sends to the service."""

from __future__ import annotations

from conftest import statements_of


def _markdown(text: str) -> set[tuple[int, str, str, str]]:
    """(line, data type, action, actor or recipient) of a Markdown policy."""
    return {(s.line, s.data_type, s.action, s.recipient if s.action in ("share", "not_share") else s.actor)
            for s in statements_of(text, name="policy.md")}


SENTRY_DOCS = ("# Data Collected\n\n"
               "Sentry takes data privacy very seriously and has default settings in place that prioritize data "
               "safety.\n\n"
               "By default, the Sentry SDK doesn't send the user's IP address.\n\n"
               "The full request query string of outgoing and incoming HTTP requests is always sent to Sentry.\n")


def test_company_committed_to_privacy_in_its_own_documentation_is_ours():
    found = _markdown(SENTRY_DOCS)
    # the SDK of our own name sends to our service: our denial of collecting, no sharing denial by the SDK
    assert (5, "network.ip", "not_collect", "first_party") in found
    # data sent to Sentry reaches us
    assert (7, "usage.history", "collect", "first_party") in found
    assert not {t for t in found if t[3] not in ("first_party",)}


def test_a_tool_opening_the_policy_without_a_commitment_stays_a_party():
    found = _markdown("# Data Collected\n\n"
                      "Sentry is used for crash reporting in the app.\n\n"
                      "Crash reports are sent to Sentry.\n")
    assert (5, "usage.logs", "share", "sentry") in found
    # nor is a commitment about another party's privacy ours: the name must be the subject that commits
    found = _markdown("# Privacy Policy\n\n"
                      "Acme takes your privacy very seriously.\n\n"
                      "Crash reports are sent to Sentry.\n")
    assert (5, "usage.logs", "share", "sentry") in found


TECHNOLOGIES = ("# Acme Privacy Policy\n\n"
                "We may use cookies, pixel tags, and other technologies (“Technologies”) to automatically collect "
                "information.\n\n"
                "- Performance-Related. We may use Technologies to assess the performance of our Services, including "
                "as part of our analytic practices to help us understand how individuals use our Services.\n")


def test_a_word_defined_as_the_policys_term_is_no_tool():
    found = _markdown(TECHNOLOGIES)
    # what the Technologies help us understand we learn ourselves: no party named "Technologies"
    assert (5, "usage", "use", "first_party") in found
    assert not {t for t in found if t[0] == 5 and t[3] != "first_party"}


def test_a_named_tool_we_use_stays_a_party():
    found = _markdown("# Acme Privacy Policy\n\n"
                      "We use Plausible to count visits. Plausible receives your IP address.\n")
    assert (3, "network.ip", "collect", "plausible") in found
    # the plural of a defined word stays a company's name inside a longer name
    found = _markdown("# Privacy Policy\n\n"
                      "We use Bright Technologies to help us understand how individuals use our Services.\n")
    assert (3, "usage", "use", "third_party") in found


def test_a_name_whose_history_we_speak_of_is_ours():
    found = _markdown("# AI/ML: Transparency and Choice\n\n"
                      "Throughout Sentry’s history, we’ve operated under a policy of privacy by default.\n\n"
                      "Crash reports are sent to Sentry.\n")
    assert (5, "usage.logs", "collect", "first_party") in found
    assert not {t for t in found if t[3] == "sentry"}


def test_the_short_name_given_to_our_products_is_ours():
    found = _markdown('# LedgerLeaf Privacy Policy\n\n'
                      'This notice applies when you use the LedgerLeaf online tax preparation software, mobile apps '
                      'and e-file service (the "Tax Services").\n\n'
                      'The Tax Services do not connect to your bank to read your account balances or transactions.\n\n'
                      'We integrate third-party services (the "Partner Services"). The Partner Services collect your '
                      'email address.\n')
    assert (5, "financial.transactions", "not_collect", "first_party") in found
    assert not {t for t in found if t[0] == 5 and t[3] != "first_party"}
    # a short name given to others' products stays theirs
    assert (7, "contact.email", "collect", "third_party") in found
