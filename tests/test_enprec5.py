"""English first-party precision: data named in sentences that state no practice of the service."""

from __future__ import annotations

from conftest import pairs


def test_data_named_as_what_is_protected_or_at_risk_states_no_practice():
    # GUIDELINES: security measures and breach handling give no tuple, also when they name the data protected
    assert pairs("We require all third parties to respect the security of your personal information.") == set()
    assert pairs("We take measures to prevent unauthorized access to your personal information.") == set()
    assert pairs("We use encryption to ensure the confidentiality of your messages.") == set()
    # the practice stated beside it stays
    assert pairs("We collect your email address and protect it with encryption.") == {("contact.email", "collect")}


def test_data_words_modifying_a_request_name_no_data():
    assert pairs("While we do process private information removal requests as quickly as possible, it may take some "
                 "time for your request to be reviewed.") == set()


def _lines(text: str) -> set[tuple[int, str, str]]:
    from conftest import statements_of
    return {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}


def test_a_list_item_that_is_a_clause_about_another_subject_takes_no_practice_of_its_introduction():
    text = ("We collect the following:\n\n"
            "- We display leaderboards showing the number of recordings users make.\n"
            "- Wildfire Games may address or resolve bug reports indicated by players in the chat room.\n"
            "- Your email address\n")
    found = _lines(text)
    assert (5, "contact.email", "collect") in found
    assert not {item for item in found if item[0] in (3, 4)}


def test_list_items_naming_data_or_handing_it_to_the_service_keep_the_introduction():
    text = ("We collect the following:\n\n"
            "- Posts may contain media attachments, such as pictures.\n"
            "- Google returns to the App a product identifier and a purchase token.\n")
    found = _lines(text)
    assert (3, "media.photos", "collect") in found
    assert (4, "financial.transactions", "collect") in found


def test_data_named_in_the_label_of_a_setting_switched_by_a_capitalised_verb_gets_no_tuple():
    # GUIDELINES: data named only in the name of a feature the user uses gets no tuple
    assert pairs("Toggle the Show me search and site suggestions using my typed characters setting.") == set()
    assert pairs("Toggle off the Offer to save passwords setting.") == set()
    assert pairs("Turn off the Send diagnostic data setting.") == set()
    assert pairs("Select Personal info and toggle the Save and fill personal info setting.") == set()
    assert pairs("We save your passwords when you turn on sync.") == {("account.credentials", "store")}
