"""English: practices a party other than us performs on data, not first-party collection or use."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_party_bound_or_entrusted_to_process_is_a_processor():
    # the party bound, entitled or entrusted to process the data handles it for us: our sharing, no use of our own
    assert _found("Zendesk is required to process and protect your personal data under strict conditions.") == {
        ("personal_info", "share", "zendesk")}
    assert _found("Workable is only entitled to process your personal data in accordance with our instructions.") == {
        ("personal_info", "share", "workable")}
    assert ("personal_info", "use", "first_party") not in _found(
        "We may entrust cloud service providers (such as Alibaba Cloud) to process your personal information on our "
        "behalf.")
    # the user required to give data still gives it to us; so do we when we are the ones bound
    assert _found("You are required to provide your email address.") == {("contact.email", "collect", "first_party")}
    assert _found("We are required to process your personal data.") == {("personal_info", "use", "first_party")}
