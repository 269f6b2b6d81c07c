"""List words that name data only beside other data: transactions and clicks."""

from __future__ import annotations

from conftest import pairs, statements_of

from policycheck.taxonomy import data_matcher


def _types(text: str) -> set[str]:
    return {m.value for m in data_matcher("en").find(text)}


def test_transactions_and_clicks_beside_other_data_are_data():
    assert "financial.transactions" in _types("We collect your name, email address and transactions.")
    assert "usage" in _types("Google Analytics records page views, clicks and the time spent on each page.")
    assert ("financial.transactions", "not_collect") in pairs(
        "We never ask for your banking password and do not read your account balances or transactions.")


def test_transactions_alone_or_of_the_company_are_no_data():
    assert "financial.transactions" not in _types("All transactions are encrypted.")
    assert "financial.transactions" not in _types(
        "in connection with a merger, acquisition or other business transactions, your name, email and address")


def test_a_list_word_read_as_no_data_heads_no_list_item():
    text = ("We may share your information as follows:\n"
            "- Corporate transactions and legal requests. Personal information may be transferred as part of a merger.\n")
    assert not any(s.data_type == "financial.transactions" for s in statements_of(text, fmt="markdown", name="p.md"))
