"""English third-party recall in list items: the recipients a sharing introduction lists with the task each does
for us."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    """(line, data_type, action, actor, recipient) of `text` under the heading "# Acme privacy" (first line 3)."""
    return {(s.line, s.data_type, s.action, s.actor, s.recipient)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_an_item_naming_a_recipient_and_its_task_shares_the_data_of_the_task():
    found = _found("We may share certain data with the following third parties:\n\n"
                   "- Cloud hosting providers to store and secure user data\n"
                   "- Email providers to send you newsletters to your email address\n"
                   "- Mailchimp, to send emails to your email address\n"
                   "- Software collaboration platforms when you share research, feedback or make a suggestion")
    # a hosting task keeps our own storage beside the sharing (data stored on a host's servers)
    assert {(5, "personal_info", "share", "first_party", "third_party"),
            (5, "personal_info", "store", "first_party", None)} <= found
    assert (6, "contact.email", "share", "first_party", "third_party") in found
    assert (7, "contact.email", "share", "first_party", "mailchimp") in found
    assert (8, "content", "share", "first_party", "third_party") in found
    # the task is the recipient's, not a use or collection of ours
    assert not {t for t in found if t[0] in (6, 7, 8) and t[2] in ("use", "collect")}


def test_a_product_named_in_capitalised_words_before_its_task_is_the_recipient():
    found = _found("The organisations we share your personal information with are:\n\n"
                   "- [MOJ Forms](https://moj-forms.example/) to collect feedback. See their terms of use.")
    assert (5, "content", "share", "first_party", "third_party") in found
    assert not {t for t in found if t[0] == 5 and t[2] == "collect"}


def test_the_task_of_a_recipient_outside_a_sharing_list_stays_its_own_practice():
    # under an introduction that shares nothing the item's own verb is read as before
    found = _found("We use the following tools:\n\n- Email providers to send you newsletters to your email address")
    assert not {t for t in found if t[2] == "share"}
    # under a collecting introduction too
    found = _found("We collect the following:\n\n- Your email address to send you newsletters")
    assert (5, "contact.email", "collect", "first_party", None) in found
    assert not {t for t in found if t[2] == "share"}


def test_performance_related_information_a_tool_gathers_is_its_logs():
    found = _found("- **Firebase Performance** gathers performance related information, e.g. how quickly the app was "
                   "able to determine your device's location.")
    assert (3, "usage.logs", "collect", "firebase_performance", None) in found
    assert (3, "usage.logs", "collect", "first_party", None) in _found(
        "We collect performance-related data about the app.")
