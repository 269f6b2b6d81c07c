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

