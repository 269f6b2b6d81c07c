"""English third-party misses: a practice verb of `noun_like_verbs` the tagger read as a noun, joined by "and" / "or"
to another practice verb it also read as a noun ("GitHub logs and stores your IP address"), is parsed again with both
as verbs; how the service is used is usage also after other participles of its use ("how our website is accessed and
used")."""

from __future__ import annotations

from conftest import statements_of


def _tuples(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text, name="policy.md")}


def test_a_party_that_logs_and_stores_an_ip_address_collects_it():
    found = _tuples("When you visit Framewiki, GitHub logs and stores your IP address for security purposes.")
    assert ("network.ip", "collect", "github") in found


def test_a_relative_clause_verb_after_which_is_no_object():
    found = _tuples("Our server logs which include IP addresses are kept for 30 days.")
    assert ("network.ip", "store", "first_party") in found
    assert not {t for t in found if t[1] == "collect"}


def test_how_the_website_is_accessed_and_used_is_usage():
    found = _tuples("We collect information about how our website is accessed and used.")
    assert ("usage", "collect", "first_party") in found
