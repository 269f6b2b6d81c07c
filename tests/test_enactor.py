"""English actors and third parties: own names read as common words, and further third-party shapes."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def test_the_lower_case_word_of_a_one_word_own_name_is_not_us():
    # "Bank" is one of the policy's own names (from "Prairie Trust Bank"); "the recipient's bank" is another bank
    text = ("# Prairie Trust Bank privacy notice\n\nPrairie Trust Bank, N.A. offers accounts. Prairie Trust Bank "
            "protects your data. Prairie Trust Bank keeps records. Bank staff are trained. Bank branches are "
            "audited. Bank systems are secure.\n\nFor each payment, we send the network operator the amount and the "
            "recipient's email address, and the recipient's bank receives your name and the payment amount so "
            "that it can credit the funds.")
    found = _found(text)
    assert ("identity.name", "share", "first_party", "third_party") in found
    assert ("contact.email", "share", "first_party", "third_party") in found
    assert ("identity.name", "collect", "first_party", None) not in found
    # written as the name, the word is still ours
    assert ("identity.name", "collect", "first_party", None) in _found(
        text.replace("the recipient's bank receives", "Bank receives"))


def test_an_inclusion_list_takes_the_practice_an_earlier_item_states_on_the_same_data():
    text = ("# Acme privacy\n\n## Crash Reporting\n- Crash dumps may be sent to Backtrace.io for diagnostic purposes\n"
            "- Each crash report transfer requires explicit user consent\n- Crash dumps contain:\n"
            "  - System information\n  - Machine hostname\n  - In-game screenshot\n")
    found = _found(text)
    assert {("device", "share", "first_party", "third_party"), ("network", "share", "first_party", "third_party"),
            ("media.photos", "share", "first_party", "third_party")} <= found
    assert ("device", "use", "first_party", None) not in found


def test_a_sentence_with_no_subject_under_a_heading_naming_a_party_is_that_partys():
    text = ("# Acme privacy\n\n## Cookies\n\nThis site uses cookies.\n\n#### Stripe\n\nUses cookies to remember your "
            "last order and your country so it knows what card types to offer for payments.\n")
    found = _found(text)
    assert ("usage.cookies", "use", "stripe", None) in found
    assert ("location.coarse", "use", "stripe", None) in found
    assert ("location.coarse", "use", "first_party", None) not in found
    # under a heading that is no party's name, the sentence is not read as another party's
    assert not any(actor == "stripe" for _, _, actor, _ in _found(text.replace("#### Stripe", "#### Payments")))


def test_a_condition_between_a_coordinator_and_its_conjunct_leaves_the_conjunct_to_the_verb():
    found = _found("# Acme privacy\n\nAcme is a smart speaker. When you use a third-party skill, the skill developer "
                   "receives the transcript of your request and, if you grant permission, your postcode or email "
                   "address, but never your voice recording.")
    assert ("contact.email", "share", "first_party", "third_party") in found
    assert ("location.coarse", "share", "first_party", "third_party") in found
    assert ("contact.email", "collect", "first_party", None) not in found
