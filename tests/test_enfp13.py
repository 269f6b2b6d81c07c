"""English first-party precision: the name of a thing is no person's name. A platform, an entity of a home system, a
team or a workspace has a name of its own ("platform name", "Entity names or IDs", "Team identifier and names,
Channel identifier and names"), as a room, a channel or a project had (GUIDELINES: `identity.name` is a person's
name)."""

from __future__ import annotations

from conftest import markdown_policy_tuples

_found = markdown_policy_tuples


def test_the_name_of_a_platform_entity_team_or_workspace_is_no_identity_name():
    assert _found("In the future we may collect browser version, platform name, display settings and user's filter "
                  "settings.") == {(3, "device.hardware", "collect", "first_party")}
    assert _found("We never collect:\n\n- Entity names or IDs\n- Your location") == {
        (6, "location", "not_collect", "first_party")}
    assert _found("Slack messages contain Team identifier and names, Channel identifier and names, User identifiers "
                  "and user names, as well as message text as needed to send the message.") == {
        (3, "account.credentials", "collect", "first_party"), (3, "communication.messages", "collect", "first_party")}


def test_a_persons_name_stays_identity_name():
    assert _found("We collect your name and email address.") == {
        (3, "contact.email", "collect", "first_party"), (3, "identity.name", "collect", "first_party")}
    assert _found("We collect the name of each team member you invite.") >= {(3, "identity.name", "collect",
                                                                             "first_party")}
