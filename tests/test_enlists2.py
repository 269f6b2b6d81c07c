"""English lists: which items take their introduction's practice and which introductions open one."""

from __future__ import annotations

from conftest import tuples


def test_one_item_with_nested_comment_among_plain_data_items_is_data():
    # the siblings name data with nothing nested under them: the one item with a nested comment names data too
    text = ("# Crash data\n\nWe collect the following at crash time:\n\n* Exception information\n"
            "  * Could, in rare cases, contain paths to applications on your computer\n"
            "* Version number (e.g. 2.0.x.x)\n* App state (e.g. is shutting down)\n"
            "* Time between starting and crashing (e.g. 30 minutes)\n")
    assert (5, "usage.logs", "collect", "first_party") in tuples(text, fmt="markdown", name="p.md")
    # a run of titles, each over nested details, stays a run of titles
    titles = ("We store the following:\n\n1. Identity and cryptographic keys\n   - Your keys are stored locally.\n"
              "2. Nickname, preferences, and relationships\n   - Your nickname is stored locally.\n")
    assert not any(line == 3 for line, *_ in tuples(titles, fmt="markdown", name="p.md"))


def test_request_introduction_after_an_address_block_opens_its_list():
    # the address lines a party's name leads are no record whose data field the introduction would be
    text = ("### Submitting requests\n\nPlease serve requests to:\n\n```\nGitHub, Inc.\n"
            "c/o Incorporating Services, Ltd.\n7801 Folsom Boulevard\n```\n\n"
            "You may also send a courtesy copy to legal@example.com.\n\n"
            "Please make your requests as specific and narrow as possible, including the following information:\n\n"
            "- The name and badge/ID of the responsible agent\n"
            "- An official email address and contact phone number\n")
    found = tuples(text, fmt="markdown", name="p.md")
    assert (16, "contact.email", "collect", "first_party") in found
    assert (16, "contact.phone", "collect", "first_party") in found


def test_coordinated_list_introduction_continues_the_practice_before():
    text = ("Like most website operators, we collect non-personally-identifying information that web browsers "
            "make available, such as:\n\n* Browser version\n\n* Referring site\n\nAnd certain Personal Data like:\n\n"
            "* Internet Protocol (IP) addresses\n")
    assert (9, "network.ip", "collect", "first_party") in tuples(text, fmt="markdown", name="p.md")


def test_item_on_how_the_user_uses_something_is_data_of_the_introduction():
    text = ("The personal data we collect from you includes:\n\n"
            "- how you use our emails - for example whether you open them and which links you click on\n")
    assert (3, "usage", "collect", "first_party") in tuples(text, fmt="markdown", name="p.md")
    # an entry of what a notice explains states no practice
    toc = "This notice explains:\n\n- how you can complain if you think we have done something wrong\n"
    assert not tuples(toc, fmt="markdown", name="p.md")
