"""The thirty-first gold consistency pass (English dev files): the service's own team said to have access to, see or
view named data is a `use` by `first_party` (the moderators rule of the guidelines: "their access or review a `use`"),
never a `collect`; data the user need not give is a `not_collect` also beside the `collect` of the case where it
is given; a line saying some of the service needs cookies, or that the service places them, states `use`
`usage.cookies`; support tools keeping data and the denial rows of recipient tables were found consistent (the
guidelines' rules on a processor or tool keeping data, "stored on a named host's servers", and on table rows)."""

from __future__ import annotations

from conftest import dev_gold_statements
from conftest import gold_line_tuples as _tuples


def _statements(policy, line):
    """(data type, action, actor, recipient) of each gold statement of `policy` on `line`."""
    return {
        (s["data_type"], s["action"], s["actor"], s.get("recipient"))
        for s in dev_gold_statements(policy)
        if s["line"] == line
    }


def test_own_team_having_access_to_named_data_uses_it():
    # "Members of the GOV.UK Pay team have access to information about payments and transactions" -> use, not collect
    tuples = _tuples("en-r19-govuk-pay", 44)
    assert ("financial.transactions", "use", "first_party") in tuples
    assert ("financial.transactions", "collect", "first_party") not in tuples
    # "CodeSandbox team members have access to user information only to the extent …"
    assert ("personal_info", "use", "first_party") in _tuples("en-r14-codesandbox", 64)
    # "only staff who need access to player data to do their jobs can see it"
    assert ("personal_info", "use", "first_party") in _tuples("en-w6-kids-game", 123)
    # "only those employees who need access to your personal data to perform their duties have access to it"
    assert ("personal_info", "use", "first_party") in _tuples("en-w7-gdpr-saas", 67)
    # as the corpus lines already read so
    assert ("usage.logs", "use", "first_party") in _tuples("en-r33-openrct2-game", 34)
    assert ("content", "use", "first_party") in _tuples("en-r49-engineering-guidance-home-office-privacy", 23)


def test_data_the_user_need_not_give_is_a_denial_beside_the_case_where_it_is_given():
    # "You do not need to register, provide your name, or supply any personal information. … However, if you provide
    # your name or other personally identifiable information (PII), the information you provide will appear …"
    tuples = _tuples("en-r54-nih-gov-privacy", 118)
    assert {("personal_info", "not_collect", "first_party"), ("identity.name", "not_collect", "first_party")} <= tuples
    assert {("personal_info", "collect", "first_party"), ("identity.name", "collect", "first_party")} <= tuples
    # "Generally, you need not provide any personal information in order to access this website. To assist you, we
    # will ask for personal information …": the denial is hedged by "Generally" and gives no not_collect (re-read by
    # the thirty-fourth pass, tests/test_goldcons34.py); the collect of the case where it is asked for stays
    tuples = _tuples("en-r50-treasurydirect-privacy", 11)
    assert ("personal_info", "collect", "first_party") in tuples
    assert ("personal_info", "not_collect", "first_party") not in tuples
    # "Without providing personal information (other than the automatic provision of Your IP address), You will still
    # be able to access and use iNaturalist on a read-only basis."
    assert ("personal_info", "not_collect", "first_party") in _tuples("en-r15-seek-inaturalist-app", 12)
    # as the corpus lines already read so
    assert ("personal_info", "not_collect", "first_party") in _tuples("en-r16-data-gov-au", 9)
    assert ("personal_info", "not_collect", "first_party") in _tuples("en-r51-cdc-gov-privacy", 88)
    assert ("personal_info", "not_collect", "third_party") in _tuples("en-r54-nih-gov-privacy", 96)


def test_a_line_saying_features_need_cookies_or_that_the_service_places_them_states_their_use():
    # "the use of cookies may be necessary to provide certain services" (beside the user's controls)
    assert ("usage.cookies", "use", "first_party") in _tuples("en-r25-godot-engine", 90)
    # "certain features of our websites may not function properly without the aid of cookies", as the line two
    # below it, "Web-based software applications like Cerb require cookies to be enabled"
    assert ("usage.cookies", "use", "first_party") in _tuples("en-r25-cerb-cloud", 101)
    assert ("usage.cookies", "use", "first_party") in _tuples("en-r25-cerb-cloud", 103)
    # "you agree that we can place these types of cookies on your computer or device" (placing is use)
    assert ("usage.cookies", "use", "first_party") in _tuples("en-r39-npm-privacy", 229)
    # what happens when the user disables them stays unannotated
    assert not {t for t in _tuples("en-r9-open-humans", 55) if t[0] == "usage.cookies"}


def test_support_tools_and_recipient_table_denials_stay_as_read():
    # "stored on Zendesk servers" is the hosting rule; Zendesk storing tickets "on our behalf" a share only
    statements = _statements("en-r29-trustroots", 41)
    assert ("communication.messages", "store", "first_party", None) in statements
    assert ("communication.messages", "share", "first_party", "zendesk") in statements
    assert _statements("en-w15-sports-betting", 27) == {("communication.messages", "share", "first_party", "zendesk")}
    assert ("communication.messages", "store", "first_party", None) not in _statements("en-w9-password-manager", 56)
    # "Anonymous prompts only — never your device ID or any identifying information" in a "Data they receive" table
    assert ("device.id", "not_share", "first_party", "google") in _statements("en-r24-ai-trivia-game", 45)
    # a denial beside the hosting share on one line keeps both
    statements = _statements("en-r42-warm-homes-local-grant", 73)
    assert {("personal_info", "share", "first_party", "amazon"),
            ("personal_info", "not_share", "first_party", "amazon")} <= statements
