"""English round (66) families: a bold lead phrase continued by ", such as" / ", including" is a broad phrase with its
examples, not a run-in label (GUIDELINES: run-in labels); an item labelled "When denied:" states the consequence of
refusing a permission, no practice (GUIDELINES: hypotheticals about the user refusing)."""

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


# The consequence of refusing a permission, under a run-in label saying so, names what will not work, no practice
# (GUIDELINES: hypotheticals about the user refusing), in every sentence of its item.
PERMISSIONS = """- **ACCESS_FINE_LOCATION**
  - Allows the app to retrieve your location for navigation.
  - **When denied**: You will have the ability to mock your location under Settings > Sensors > GPS. Weather will be unavailable.
- **CAMERA**
  - Allows the app to use your camera for taking photos.
  - **When denied**: You will not be able to use the QR Code Scanner. You will need to pick an existing photo to use for Photo Maps.
"""


def test_items_labelled_when_denied_state_no_practice():
    found = markdown_policy_tuples(PERMISSIONS)
    assert {t for t in found if t[0] in (5, 8)} == set()
    assert (4, "location", "collect", "first_party") in found
    assert (7, "media.camera", "collect", "first_party") in found


def test_other_refusal_labels_and_an_unlabelled_item():
    for label in ("If denied:", "If the permission is not granted:", "If you deny this permission:",
                  "Without this permission:", "When access is revoked:"):
        assert markdown_policy_tuples(f"- {label} You will need to enter your location by hand.") == set(), label
    # an item that only mentions refusing inside its sentence keeps its practice
    assert (3, "location", "collect", "first_party") in markdown_policy_tuples(
        "- We collect your location when you use the map, unless denied.")


def test_trail_sense_denial_items_match_gold():
    text = (ROOT / "corpora" / "eval" / "en" / "en-r60-trail-sense-privacy.md").read_text(encoding="utf-8")
    found = tuples(text, name="en-r60-trail-sense-privacy.md")
    for line in (9, 12, 15, 18, 21, 24):
        assert {t for t in found if t[0] == line} == set()
    assert {t[1:] for t in found if t[0] == 11} == gold_line_tuples("en-r60-trail-sense-privacy", 11)
