"""English structure: practices carried from one sentence to the next, and past the clauses that bound them."""

from __future__ import annotations

from conftest import pairs


def test_detailing_sentence_takes_the_practice_of_any_noun_before_it():
    # "This includes …" details what the sentence before it practised, also when that names no data type itself
    assert pairs("All observations submitted to our database will be stored permanently on the website. This includes "
                 "all data and metadata, including GPS coordinates, and images.") == {
        ("location.precise", "store"), ("media.photos", "store")}
    assert pairs("Teachers create student accounts by uploading a class roster. A roster contains each student's "
                 "email address.") == {("contact.email", "collect")}
    # with no detailing sentence after it, a noun naming no data carries nothing
    assert pairs("All observations submitted to our database will be stored permanently. You can see GPS "
                 "coordinates on the map.") == set()
