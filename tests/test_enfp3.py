"""English precision: general explanations of what websites and cookies do, a pronoun in a condition asking what a
thing holds, and the records an item's data is filtered out of."""

from __future__ import annotations

from conftest import tuples


def test_what_websites_do_in_general_states_no_practice():
    assert tuples("When you visit a website, certain personal information about you can be collected "
                  "automatically.", name="policy.md") == set()
    assert tuples("Websites may send small pieces of text called cookies along with some of the web pages that you "
                  "visit.", name="policy.md") == set()


def test_cookie_definitions_state_no_practice():
    for text in ("A session cookie is a line of text that is stored temporarily in your computer’s random access "
                 "memory (RAM) and is only available for the duration of an active browsing session.",
                 "A persistent cookie from a website is saved to a file on your hard drive and is accessed whenever "
                 "you re-visit the website that put it there.",
                 "Cookies are typically used on transactional pages as place-holders to retain context and content "
                 "during individual user sessions."):
        assert tuples(text, name="policy.md") == set(), text


def test_a_paragraph_opening_on_what_websites_do_with_cookies_explains_them():
    text = ("When you visit some websites, their web servers generate pieces of information known as cookies. The "
            "cookie allows the server to \"remember\" specific information about your visit while you are "
            "connected.\n")
    assert not any(data == "usage.cookies" for _, data, _, _ in tuples(text, name="policy.md"))


def test_our_own_cookie_sentences_keep_their_use():
    assert (1, "usage.cookies", "use", "first_party") in tuples(
        "When you visit our website, we place cookies on your computer to remember your preferences.",
        name="policy.md")
    assert (1, "usage.cookies", "use", "first_party") in tuples(
        "Our website uses session cookies. A session cookie is a line of text that is stored temporarily on your "
        "computer.", name="policy.md")


NOT_DISCLOSED_THEN_ADVICE = (
    "FDA will not disclose any personal information about our visitors unless it is required:\n\n* by law\n\n"
    "E-mail is not necessarily secure against interception. If your communication is sensitive, or if it includes "
    "personal information such as your social security number, you can send it by postal mail instead.\n")


def test_a_pronoun_in_a_condition_does_not_carry_the_practice_before():
    found = tuples(NOT_DISCLOSED_THEN_ADVICE, name="policy.md")
    assert (1, "personal_info", "not_share", "first_party") in found
    assert not any(line == 5 for line, _, _, _ in found)


def test_a_pronoun_outside_a_condition_still_carries_it():
    found = tuples("We may collect technical information about your device. It may include your IP address.",
                   name="policy.md")
    assert (1, "network.ip", "collect", "first_party") in found


DENIED_FOR_A_TOOL = ("TrayLingo uses Sentry for error monitoring.\n\n## Data NOT Collected (by Sentry)\n\n"
                     "- **API keys** - Filtered from error reports\n")


def test_records_an_item_is_filtered_from_are_not_denied_data():
    found = tuples(DENIED_FOR_A_TOOL, name="policy.md")
    assert not any(data == "usage.logs" for _, data, _, _ in found)
    assert any(data == "account.credentials" and action == "not_collect" for _, data, action, _ in found)


def test_records_named_with_a_finite_removal_keep_their_reading():
    found = tuples("Names are removed from crash reports before they are sent to Sentry.", name="policy.md")
    assert (1, "identity.name", "not_collect", "first_party") in found


def test_personally_identifying_information_is_read_as_one_noun_phrase():
    # the tagger made "identifying" a verb with "other" its subject, and the denial was lost
    assert (1, "personal_info", "not_collect", "first_party") in tuples(
        "We will receive no other personally identifying information from your e-mail unless you provide it.",
        name="policy.md")
    assert (1, "personal_info", "collect", "first_party") not in tuples(
        "We will receive no other personally identifying information from your e-mail unless you provide it.",
        name="policy.md")
    assert (1, "personal_info", "not_collect", "first_party") in tuples(
        "We do not collect personally identifying information.", name="policy.md")


def test_data_a_record_is_kept_without_gets_no_tuple():
    found = tuples("#### Error Information\n\n- **Sanitized error messages**: Error descriptions with file paths and "
                   "usernames removed\n", name="policy.md")
    assert not any(data == "account.credentials" for _, data, _, _ in found)
    assert (1, "usage.logs", "collect", "first_party") in tuples(
        "We collect crash reports with your email address removed.", name="policy.md")
    assert not any(data == "contact.email" for _, data, _, _ in tuples(
        "We collect crash reports with your email address removed.", name="policy.md"))
    assert (1, "identity.name", "collect", "first_party") in tuples("We collect your name with your consent.",
                                                                    name="policy.md")
