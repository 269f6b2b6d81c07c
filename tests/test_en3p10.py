"""English third-party recall: data kept where anyone can see it ("publicly attributed", "publicly recorded")."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_data_publicly_attributed_or_recorded_is_shared_with_the_public():
    found = _found("However, if you contribute without signing in, your contribution will be publicly attributed to "
                   "the IP address associated with your device.")
    assert found == {("network.ip", "share", "first_party", "third_party")}
    found = _found("Your username will be publicly associated with the rooms you joined.")
    assert ("account.credentials", "share", "first_party", "third_party") in found
    # a denial of it denies the sharing
    assert ("network.ip", "not_share", "first_party", "third_party") in _found(
        "Your IP address is not publicly recorded.")
    # without "publicly" the record is ours alone
    found = _found("Your IP address will be recorded.")
    assert found == {("network.ip", "collect", "first_party", None)}

