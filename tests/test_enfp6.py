"""English first-party precision: words that name a cookie's name, the service's own account, the mailing system's
generated data, an account a feature makes usable or the service's own mail content are no data of the user."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def _types(text: str) -> set[str]:
    return {data_type for _, data_type, _, _ in _found(text)}


def test_the_name_a_cookie_is_set_under_is_no_personal_name():
    assert _found("Cookies with the name “has_js” are used to track if a user’s browser has Javascript enabled.") == {
        (3, "usage.cookies", "use", "first_party")}
    assert "identity.name" not in _types("Several persistent cookies measure website metrics on our site. These have "
                                         "a name that begin with _utm and are unique.")
    # a person's name stays
    assert (3, "identity.name", "collect", "first_party") in _found(
        "We collect your name and the cookies with the name “session” when you sign in.")


def test_the_username_of_an_official_account_is_no_credential():
    found = _found("On Twitter, the agency automatically archives “tweets” from official agency accounts, “direct "
                   "messages” sent to or from official agency accounts, and “mentions” (tweets from other users to "
                   "official agency accounts; these tweets contain an @ and the username of an official agency "
                   "account).")
    assert "account.credentials" not in {data_type for _, data_type, _, _ in found}
    assert (3, "communication.messages", "store", "first_party") in found
    assert (3, "account.credentials", "collect", "first_party") in _found("We collect your username and password.")


def test_generated_email_data_is_no_email_address():
    assert not _found("Automatically generated email data will be retained by the agency until the end of the "
                      "current Administration.")
    assert (3, "contact.email", "store", "first_party") in _found(
        "We will keep your email data until your access to the service is no longer required.")


def test_an_account_a_feature_makes_usable_is_no_account_data():
    assert _found("Single-session cookies are used for technical purposes, such as enabling better navigation "
                  "through the site, facilitating the use of user accounts, and generating statistics.") == {
        (3, "usage.cookies", "use", "first_party")}


def test_the_services_own_email_content_is_no_message():
    assert "communication.messages" not in _types(
        "We may use cookies to measure the effectiveness of our email communications and to better tailor email "
        "content.")


def test_tracking_individuals_denied_beside_aggregate_visit_data_names_no_personal_information():
    assert not _found("With this aggregate data, we learn about the number of visitors to our site. We never track or "
                      "record information about individuals and their visits.")
    assert (3, "personal_info", "not_collect", "first_party") in _found(
        "We do not track or record personal information about individuals and their visits.")


def test_local_storage_named_without_cookies_is_no_cookie_use():
    assert not _found("The App uses local storage on your device to save your settings.")
    assert "usage.cookies" not in _types("We use Flash Local Storage Objects to store your preferences and to "
                                         "personalize your visit.")
    assert (3, "usage.cookies", "use", "first_party") in _found(
        "We use various technologies to collect information, including cookies, local storage and web beacons.")


def test_a_use_for_no_other_purposes_is_a_restriction():
    assert not _found("Except for authorized law enforcement investigations, no other attempts are made to identify "
                      "individual users or their usage habits. Raw data logs are used for no other purposes and are "
                      "scheduled for regular destruction in accordance with National Archives guidelines.")
    assert (3, "usage.logs", "use", "first_party") in _found("We use server logs to fix bugs.")


def test_a_list_that_does_not_include_some_data_states_its_scope_not_a_denial():
    found = _found("These cookies do not capture personally identifiable information, such as your name or email.\n"
                   "This list does not include cookies associated with third-party content or functionality.")
    assert not any(line == 4 for line, _, _, _ in found)
    assert (3, "identity.name", "not_collect", "first_party") in found
    # what a record of ours leaves out is still denied
    assert (4, "identity.name", "not_collect", "first_party") in _found(
        "We keep your crash reports.\nThese reports do not include your name.")


def test_what_a_privacy_act_record_system_retrieves_is_no_collection():
    assert not _found("If the agency operates a record system designed to retrieve information about you in order to "
                      "accomplish its mission, a Privacy Act Notification Statement should be displayed.")
    assert (3, "personal_info", "store", "first_party") in _found(
        "If we store your personal information in a record system designed to retrieve information about you by "
        "personal identifier, we will tell you.")
