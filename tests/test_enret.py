"""English retention statements: a retention table or list states the storage of its data, not its collection."""

from __future__ import annotations

from conftest import tuples


def test_retention_only_table_stores_without_collecting():
    text = ("# Privacy\n\nWe keep personal data only for as long as we need it, and in particular:\n\n"
            "| Data | Retention period |\n|---|---|\n"
            "| Account details | Until you close your account, and then for 30 days |\n"
            "| IP addresses and device identifiers used for fraud screening | 13 months |\n")
    found = tuples(text, fmt="md", name="policy.md")
    assert (8, "network.ip", "store", "first_party") in found
    assert (7, "account", "store", "first_party") in found
    assert not any(action == "collect" for _, _, action, _ in found)


def test_table_whose_introduction_collects_keeps_the_collection():
    text = ("# Privacy\n\nWe collect the following data and keep it as below:\n\n"
            "| Data | Retention period |\n|---|---|\n"
            "| IP addresses | 13 months |\n")
    found = tuples(text, fmt="md", name="policy.md")
    assert (7, "network.ip", "store", "first_party") in found
    assert (7, "network.ip", "collect", "first_party") in found
