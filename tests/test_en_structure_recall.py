"""English structure: practices carried from one sentence to the next, and past the clauses that bound them."""

from __future__ import annotations

from conftest import pairs


def test_detailing_sentence_takes_the_practice_of_any_noun_before_it():
    # "This includes …" details what the sentence before it practised, also when that names no data type itself
    assert pairs("All sightings submitted to our database will be stored permanently on the website. This includes "
                 "all data and metadata, including GPS coordinates, and images.") == {
        ("location.precise", "store"), ("media.photos", "store")}
    assert pairs("Teachers create student accounts by uploading a class roster. A roster contains each student's "
                 "email address.") == {("contact.email", "collect")}
    # with no detailing sentence after it, a noun naming no data carries nothing
    assert pairs("All sightings submitted to our database will be stored permanently. You can see GPS "
                 "coordinates on the map.") == set()


def test_practice_verb_right_before_a_colon_takes_the_list_after_it():
    assert pairs("The developer says the extension will collect: browsing activity, website content") == {
        ("usage.history", "collect"), ("content", "collect")}
    # the third-person verb after a name, read by the tagger as a plural noun
    assert pairs("SimpleX Directory stores: your search requests, the messages and the members profiles in the "
                 "registered groups.") == {("usage.history", "store"), ("communication.messages", "store"),
                                           ("account.profile", "store")}
    # a label ending in a noun that is also a verb ("records") introduces nothing
    assert ("account", "collect") not in pairs("- Family tree, photos and records: until you delete them or close "
                                               "your account.")


def test_denied_wanting_of_named_data_is_a_denied_collection():
    assert pairs("In other words, we don’t want any private information — except that we want to be able to identify "
                 "and fix crashing bugs.") == {("personal_info", "not_collect")}
    assert pairs("If you are under 13, we do not want your Personal Information.") == {
        ("personal_info", "not_collect")}
    # not a wish about the reader, nor a retention period
    assert pairs("We want you to know what information we collect about you.") == set()
    assert ("personal_info", "not_collect") not in pairs(
        "We also don't want your personal information for any longer than we need it, so we only keep it long enough.")
