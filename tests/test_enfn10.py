"""English first-party denials: our own name or product denying that it uses a named tool to collect data denies the
collection for us as well as for the tool, as "we" does (GUIDELINES: "a denial that the service uses a named tool to
collect data denies it for both alike")."""

from __future__ import annotations

from conftest import tuples


def _found(text: str, title: str = "# Clipy privacy policy") -> set[tuple]:
    """(line, data_type, action, actor) of `text` under a Markdown title naming the service (first line is line 3)."""
    return tuples(title + "\n\n" + text + "\n", name="policy.md")


def test_our_name_denying_a_tool_collection_denies_ours_too():
    found = _found("Clipy does not use Firebase Analytics to collect user-created or copied content, including "
                   "clipboard contents, snippet contents, file contents, copied secrets, or personal information "
                   "entered by the user.")
    for data_type in ("clipboard", "content", "personal_info", "storage.files"):
        assert (3, data_type, "not_collect", "first_party") in found
        assert (3, data_type, "not_collect", "firebase_analytics") in found
    assert not any(action in ("collect", "share", "use", "store") for (_, _, action, _) in found)


def test_our_product_as_the_subject():
    found = _found("The app does not use Firebase Analytics to collect your email address.")
    assert found == {(3, "contact.email", "not_collect", "first_party"),
                     (3, "contact.email", "not_collect", "firebase_analytics")}
    # "we" as before
    found = _found("We do not use Firebase Analytics to collect your email address.")
    assert found == {(3, "contact.email", "not_collect", "first_party"),
                     (3, "contact.email", "not_collect", "firebase_analytics")}


def test_other_subjects_deny_for_the_tool_only():
    for subject in ("Google does", "They do", "Your bank does"):
        found = _found(subject + " not use Firebase Analytics to collect your email address.")
        assert found == {(3, "contact.email", "not_collect", "firebase_analytics")}, subject


def test_a_positive_tool_use_stays_the_tools():
    found = _found("Clipy uses Firebase Analytics to collect your email address.")
    assert found == {(3, "contact.email", "collect", "firebase_analytics")}
