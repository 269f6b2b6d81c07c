"""English first-party recall of data types: the fields of the federal web access log list (the host computer's name
and numerical internet address, the number of characters sent), data gathered on the features of a service, the
history of actions a cookie or log keeps, and what a denied step cannot go without (required data, no denial)."""

from __future__ import annotations

from conftest import markdown_policy_tuples

LOG_INTRO = ("Like most Web servers on the Internet, our servers collect and store within Web access logs all of the "
             "information that your Web browser sends when it requests a Web page, including:\n\n")


_found = markdown_policy_tuples


def test_host_computer_name_and_numerical_address_are_network_data():
    found = _found(LOG_INTRO + "* the name, domain, and numerical internet address of the host computer (typically a "
                               "computer belonging to your Internet Service Provider) from which you access the Internet;")
    assert {(5, "network", "collect", "first_party"), (5, "network.ip", "collect", "first_party"),
            (5, "network.ip", "store", "first_party")} <= found
    # the host's name is no name of the visitor
    assert not any(t == "identity.name" for (_, t, _, _) in found)
    assert (3, "network.ip", "collect", "first_party") in _found("We collect your numerical internet address.")
    # the visitor's own name beside it stays a name
    assert (3, "identity.name", "collect", "first_party") in _found(
        "We collect your name and the name of the host computer.")


def test_number_of_characters_sent_is_log_data():
    found = _found(LOG_INTRO + "* the page you requested from our site and the number of characters sent to your "
                               "computer; and")
    assert {(5, "usage.logs", "collect", "first_party"), (5, "usage.logs", "store", "first_party"),
            (5, "usage.history", "collect", "first_party")} <= found


def test_data_gathered_on_features_is_usage():
    found = _found("Additionally, we collect data on specific functionalities such as shortcut usage and collection "
                   "creation to help us assess and schedule product updates.")
    assert (3, "usage", "collect", "first_party") in found
    assert (3, "usage", "collect", "first_party") in _found("We track information about which features you click.")
    # information about features the service sends is no data of the user's
    assert _found("We may send you information about new features.") == set()


def test_history_of_actions_is_usage():
    assert (3, "usage", "store", "first_party") in _found("We keep a history of your actions on the site.")


def test_what_a_denied_step_cannot_go_without_is_required():
    assert _found("A National Science Foundation Update account cannot be created without a valid e-mail "
                  "address.") == {(3, "contact.email", "collect", "first_party")}
    assert _found("You cannot register without providing an email address.") == {
        (3, "contact.email", "collect", "first_party")}
    # a practice done without the data, or denied without consent, keeps its reading
    assert _found("Reports are sent without your name.") == {(3, "identity.name", "not_collect", "first_party")}
    assert _found("We do not share your email address without your consent.") == {
        (3, "contact.email", "not_share", "first_party")}


def test_communication_to_us_is_a_message():
    found = _found("Personal information about children under 13 years of age may be needed to respond to their "
                   "communication to us, such as to receive a publication.")
    assert {(3, "personal_info", "collect", "first_party"), (3, "communication.messages", "collect", "first_party")} <= found


def test_account_activity_is_usage():
    found = _found("We will delete your personal data when your user account is no longer required. We keep records "
                   "of the user account activity for up to an additional 2 years.")
    assert (3, "usage", "store", "first_party") in found
    found = _found("User account-related activities (e.g. login, password or name change) will be logged for auditing "
                   "purposes.")
    assert (3, "usage", "collect", "first_party") in found
    assert not any(t == "account" for (_, t, _, _) in found)
    assert (3, "usage", "collect", "first_party") in _found(
        "All of the above data are stored in the local database for logging and showing statistics of usages.")


def test_platform_account_ids_are_credentials():
    found = _found("We collect the following information:\n\n"
                   "* Google or Facebook account IDs for users that use Single Sign-On (SSO) methods.")
    assert (5, "account.credentials", "collect", "first_party") in found
    assert not any(t == "account" for (l, t, _, _) in found if l == 5)
    # the platform account itself stays an account
    assert (3, "account", "collect", "first_party") in _found("We collect information about your Facebook account.")
