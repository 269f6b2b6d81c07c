"""English first-party list items: items and lines that name our own site as the place the data comes from or the
party using a tool keep the practice as ours."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    """(line, data_type, action, party) of `text` under a Markdown heading "# Acme privacy" (first line is line 3), the
    party being who ends up with the data: the recipient of a sharing, else the actor."""
    return {(s.line, s.data_type, s.action, s.entity)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_the_site_linked_from_to_our_site_is_no_recipient():
    found = _found("If you visit our site, we collect the following information:\n\n"
                   "* The Internet address of the website from which you linked directly to our site.")
    assert (5, "usage.history", "collect", "first_party") in found
    assert not any(party == "third_party" for (_, _, _, party) in found)


def test_our_website_using_cookies_is_us():
    found = _found("Our website uses cookies and pixel tags, and the App uses SDKs, to remember your cart, keep you "
                   "signed in and collect information about how you use our services.")
    assert (3, "usage.cookies", "use", "first_party") in found
    assert not any(party == "third_party" for (_, _, _, party) in found)
    # a site of others stays theirs
    found = _found("The partner's website uses cookies to remember your cart.")
    assert not any(party == "first_party" and dt == "usage.cookies" for (_, dt, _, party) in found)


def test_answering_questions_named_as_a_purpose_uses_the_correspondence():
    found = _found("We use your personal information to:\n\n"
                   "- To process and answer questions\n"
                   "- respond to comments and questions, and otherwise provide customer support")
    assert (5, "communication.messages", "use", "first_party") in found
    assert (6, "communication.messages", "use", "first_party") in found
    # the words stay no data alone, or in a form's "short answer questions"
    assert not _found("If you have comments or questions, contact us at help@acme.example.")
    found = _found("We collect your job application materials (full name, your answers to any short answer "
                   "questions required in the application).")
    assert not any(dt == "communication.messages" for (_, dt, _, _) in found)


def test_data_of_a_later_coordinated_verb_takes_no_practice_of_the_first():
    found = _found("We may use your personal information to:\n\n"
                   "- provide customer support for the Service, and respond to your requests, questions and feedback;")
    assert {(5, "communication.messages", "use", "first_party"), (5, "content", "use", "first_party")} <= found
    assert not any(action == "share" for (_, _, action, _) in found)
    # examples after "such as" on a verb the parser made a conjunct still take the practice before them
    found = _found("If you connect a calendar, we will receive basic information about your calendar invites such as "
                   "the title, date, stated location, the name and emails of the attendees.")
    assert (3, "contact.email", "collect", "first_party") in found
