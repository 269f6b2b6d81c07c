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
