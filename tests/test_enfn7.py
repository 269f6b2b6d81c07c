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


ACCESS_LOG = ("The following data is also collected:\n"
              "\n"
              "- Transmitted data volume (or packet length)\n"
              "- Notification of successful retrieval.\n"
              "- the access status (file transferred, file not found, etc.) and\n")


def test_access_log_fields_are_log_data():
    # the GUIDELINES' fields of an access log: how much a request moved and how it ended
    found = _found(ACCESS_LOG)
    for line in (5, 6, 7):
        assert (line, "usage.logs", "collect", "first_party") in found


def test_access_status_of_an_account_is_no_log_field():
    assert not any(t[1] == "usage.logs" for t in _found("We may change your access status to the account at any time."))


APPLICATION = ("In order to complete an application we will request the following information from you:\n"
               "\n"
               "* Close or family relations with someone at the organisation\n"
               "* Whether you have the right to work in the UK\n")


def test_declared_family_relations_and_right_to_work():
    found = _found(APPLICATION)
    assert (5, "identity.marital_status", "collect", "first_party") in found
    assert (6, "identity", "collect", "first_party") in found


def test_a_right_granted_to_work_with_us_is_no_identity():
    assert not any(t[1] == "identity" for t in _found("You have the right to work with us on any request."))


def test_information_about_the_browsers_is_the_browser_type():
    found = _found("We collect the following information:\n\n- Basic information about the browsers on the device.\n")
    assert (5, "device.hardware", "collect", "first_party") in found
    assert not any(t[1] == "device" for t in found)


def test_browser_and_device_used_are_the_device_and_the_browser_type():
    found = _found("We collect information about your visit, such as:\n\n"
                   "- what browser or device you are using to visit the Site;\n"
                   "- which browsers and devices you have used to view the site\n"
                   "- your IP address\n")
    for line in (5, 6):
        assert (line, "device.hardware", "collect", "first_party") in found
        assert (line, "device", "collect", "first_party") in found
    assert (7, "device", "collect", "first_party") not in found
