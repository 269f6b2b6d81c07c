"""English recall: files the user picks for the service or that customers upload are content, and the records and
contract identifiers of EV charging are transactions and account identifiers (GUIDELINES: content the user
submits; orders and transaction records; a user ID -> account.credentials)."""

from __future__ import annotations

from conftest import statements_of


def _markdown(text: str) -> set[tuple[int, str, str]]:
    """(line, data type, action) of a Markdown policy."""
    return {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}


def test_files_our_customers_upload_are_stored_content():
    found = _markdown("Files that our customers upload are stored on servers that use modern techniques.\n")
    assert (1, "content", "store") in found


def test_files_the_user_selects_for_conversion_are_content():
    found = _markdown("We process the files you select for conversion in memory.\n")
    assert (1, "content", "collect") in found or (1, "content", "use") in found


def test_charging_history_is_a_transaction_record():
    found = _markdown("We do not disclose your charging history to insurers, data brokers or advertisers.\n")
    assert (1, "financial.transactions", "not_share") in found


def test_session_records_of_charge_points_are_transactions():
    found = _markdown("The site host receives the session records for its charge points.\n")
    assert (1, "financial.transactions", "share") in found


def test_session_records_of_a_website_are_no_transactions():
    found = _markdown("We keep session records of your visits to our website for 30 days.\n")
    assert not any(t[1] == "financial.transactions" for t in found)


def test_a_contract_identifier_identifies_the_account():
    found = _markdown("The partner's charge point operator receives your contract identifier (eMAID).\n")
    assert (1, "account.credentials", "share") in found


def test_comments_named_by_their_writer_are_content():
    found = _markdown("Parents see their own child's assignments, grades, teacher comments and reading recordings.\n")
    assert (1, "content", "share") in found


def test_bug_comments_made_public_are_content():
    found = _markdown("Bug comments are visible to other users.\n")
    assert (1, "content", "share") in found
