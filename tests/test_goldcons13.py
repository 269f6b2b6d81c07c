"""The thirteenth gold consistency pass: the same wording read alike across dev files."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_processing_the_users_payments_as_a_purpose_uses_the_transaction_records():
    # "We may use the information … to: - process payments, refunds and Resale Exchange payouts using the card or bank
    # details you have supplied" (GUIDELINES, processing payments named as a purpose), as fleet 62, rideshare 47, hipaa 71
    assert {("financial.transactions", "use", "first_party"),
            ("financial.payment", "use", "first_party")} <= _tuples("en-w16-ticketing", 38)
    for slug, line in [("en-r15-fleet-device-management", 62), ("en-w5-rideshare", 47), ("en-w7-hipaa", 71)]:
        assert ("financial.transactions", "use", "first_party") in _tuples(slug, line), (slug, line)
