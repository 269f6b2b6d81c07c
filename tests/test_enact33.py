"""English: a hyphenated party word the parser splits ("a mini-program" read as "mini", "-", "program") still names
that party as the subject of a practice."""
from conftest import tuples


def test_mini_program_requesting_data_is_another_party():
    found = tuples("If a mini-program requests your nickname, avatar, mobile phone number or location, we will display "
                   "a pop-up window to ask for your separate authorisation.\n")
    assert (1, "location", "collect", "third_party") in found
    assert (1, "contact.phone", "collect", "third_party") in found
    assert not any(actor == "first_party" and action == "collect" for _, _, action, actor in found)


def test_plural_mini_programs_as_subject():
    found = tuples("Mini-programs may collect your location.\n")
    assert found == {(1, "location", "collect", "third_party")}


def test_our_record_of_mini_programs_stays_ours():
    found = tuples("We will record the mini-programs you have opened and the time you used them.\n")
    assert found and all(actor == "first_party" for _, _, _, actor in found)
