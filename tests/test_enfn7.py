"""English first-party recall of data types in list items: the items of an introduction that says it is a list of data
it names with a practice ("Here is a non-exhaustive list of the kinds of data we maintain about users")."""

from __future__ import annotations

from conftest import markdown_policy_tuples

_found = markdown_policy_tuples

DATA_LIST = ("Here is a non-exhaustive list of the kinds of data we maintain about users and projects.\n"
             "\n"
             "- Username\n"
             "- The other users the user follows\n")


def test_list_of_data_gives_its_practice_to_the_items():
    found = _found(DATA_LIST)
    assert (5, "account.credentials", "store", "first_party") in found
    assert (6, "social", "store", "first_party") in found


def test_list_of_data_names_the_data_with_its_practice():
    # the introduction states its own practice on the data it lists
    assert (3, "personal_info", "store", "first_party") in _found(DATA_LIST)


def test_list_of_other_things_gives_no_practice():
    # a list of reasons or of anything but data practised gives its items nothing
    found = _found("Here is a list of the people who helped us build the app.\n"
                   "\n"
                   "- Username\n")
    assert not {t for t in found if t[0] == 5}
