"""English denials and non-practices common in app and online-service privacy policies."""

from __future__ import annotations

from conftest import pairs


def types_of(text: str) -> set[str]:
    return {data_type for data_type, _ in pairs(text)}


def test_examples_of_a_denied_phrase_share_its_denial():
    found = pairs("We collect your usage data, but not any directly identifiable user information such as your name "
                  "or email address.")
    assert ("identity.name", "not_collect") in found and ("contact.email", "not_collect") in found
    assert ("identity.name", "collect") not in found
    # a denied link: no practice on the examples at all
    assert not {"identity.name", "contact.email"} & types_of(
        "This information is associated with a randomly generated identifier, not any directly identifiable user "
        "information such as your name or email address.")
    # examples of an affirmed phrase stay affirmed
    assert ("identity.name", "collect") in pairs("We collect contact information such as your name, but not your "
                                                 "password.")


def test_a_developer_tools_code_and_ai_prompts_are_content_and_messages():
    found = pairs("We do not collect personally identifiable information, your code, or AI prompts.")
    assert ("content", "not_collect") in found and ("communication.messages", "not_collect") in found
    assert ("content", "collect") in pairs("GitHub Copilot may collect snippets of Your Code.")
    # a code the user types to sign in or redeem is no source code
    assert "content" not in types_of("A PIXL CODE is not secret. Anyone who types your code into one of our games "
                                     "can read the settings stored under it.")
