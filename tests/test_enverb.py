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


def test_information_of_a_named_person_is_personal_information():
    # as "user's information" is: the data of the child, minor or patient the sentence is about
    assert pairs("A parent or legal guardian, who provides the minor's information.") == {("personal_info", "collect")}
    assert pairs("We collect your child's information.") == {("personal_info", "collect")}
    assert pairs("We share the patient's information with the clinic.") == {("personal_info", "share")}


def test_a_party_told_the_data_is_given_it():
    # a passive "tell" with another party as its subject shares the data, as "is sent" / "is given" does
    assert pairs("The breakdown service is told your location and the phone number on which you can be reached.") == {
        ("location", "share"), ("contact.phone", "share")}
    assert pairs("The courier is told your address and phone number.") == {
        ("contact.address", "share"), ("contact.phone", "share")}
    assert pairs("The courier is not told your phone number.") == {("contact.phone", "not_share")}
    # the user told something is no recipient
    assert pairs("Users are told your username.") == set()
