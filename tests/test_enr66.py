"""English round (66) families: a bold lead phrase continued by ", such as" / ", including" is a broad phrase with its
examples, not a run-in label (GUIDELINES: run-in labels)."""

from __future__ import annotations

from conftest import ROOT, gold_line_tuples, markdown_policy_tuples, tuples

INTRO = "Personal information that you directly submit through our Services includes:\n"


def _item(text: str) -> set[tuple]:
    """Tuples of the list item `text` under a collecting introduction (the item is line 4)."""
    return {t[1:] for t in markdown_policy_tuples(INTRO + text) if t[0] == 4}


def test_bold_lead_continued_by_such_as_keeps_its_broad_type():
    assert _item("- **Basic contact information**, such as name, address, phone number, and email.") == {
        ("contact", "collect", "first_party"), ("identity.name", "collect", "first_party"),
        ("contact.address", "collect", "first_party"), ("contact.phone", "collect", "first_party"),
        ("contact.email", "collect", "first_party")}
    assert _item("- **Account information**, such as username and password, which we collect when you create an "
                 "account.") == {("account", "collect", "first_party"), ("account.credentials", "collect", "first_party")}
    assert _item("- **Location information**, such as approximate location based on IP address.") == {
        ("location", "collect", "first_party"), ("location.coarse", "collect", "first_party"),
        ("network.ip", "use", "first_party")}


def test_bold_lead_continued_by_including_or_eg_keeps_its_broad_type():
    assert _item("- **Device information**, including your operating system type.") == {
        ("device", "collect", "first_party"), ("device.hardware", "collect", "first_party")}
    assert _item("- **Account information** (e.g. username and password).") == {
        ("account", "collect", "first_party"), ("account.credentials", "collect", "first_party")}


def test_a_colon_label_over_its_data_stays_a_title():
    # "**Basic contact information**: name, …": a run-in label over the list of its data adds no type of its own
    assert _item("- **Basic contact information**: name, address, phone number, and email.") == {
        ("identity.name", "collect", "first_party"), ("contact.address", "collect", "first_party"),
        ("contact.phone", "collect", "first_party"), ("contact.email", "collect", "first_party")}
    assert ("contact", "collect", "first_party") not in _item("- **Contact information.** We collect your email.")


def test_promptfoo_bold_leads_match_gold():
    text = (ROOT / "corpora" / "eval" / "en" / "en-r60-promptfoo-privacy.md").read_text(encoding="utf-8")
    found = tuples(text, name="en-r60-promptfoo-privacy.md")
    for line in (15, 16, 23):
        assert {t[1:] for t in found if t[0] == line} >= gold_line_tuples("en-r60-promptfoo-privacy", line)
