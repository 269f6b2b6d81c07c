"""English statements whose practice verb the parse hides: clauses before a semicolon, verbs read as nouns,
object-controlled infinitives."""

from __future__ import annotations

from conftest import pairs


def test_clause_before_a_semicolon_keeps_no_subject_of_the_later_clause():
    # the parser hangs "have to provide" on "create" after the semicolon; "we" is not who provides
    assert pairs("To register you have to provide a username and an email address; without them we can't create "
                 "an account.") == {("account.credentials", "collect"), ("contact.email", "collect")}
    assert pairs("To register you have to provide a username and an email address; otherwise we can't create an "
                 "account.") == {("account.credentials", "collect"), ("contact.email", "collect")}
