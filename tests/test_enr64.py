"""Markdown reference-style links: a link reference definition ("[CAMERA]: https://…#CAMERA") is no text of the
policy and states nothing, and a reference link ("[BLUETOOTH][BLUETOOTH]", "[data privacy][google-analytics]") reads
as its text."""

from __future__ import annotations

from conftest import ROOT, gold_line_tuples, markdown_policy_tuples, tuples

from policycheck.ingest.text import markdown_blocks, strip_inline_markdown

PERMISSIONS = """## Permissions
### [CAMERA][CAMERA]
Required to read a barcode from the camera image.
### [BLUETOOTH][BLUETOOTH] and [BLUETOOTH_CONNECT][BLUETOOTH_CONNECT]
[BLUETOOTH][BLUETOOTH] is required before Android S. [BLUETOOTH_CONNECT][BLUETOOTH_CONNECT] from Android S on.
[CAMERA]: https://developer.android.com/reference/android/Manifest.permission#CAMERA
[BLUETOOTH]: https://developer.android.com/reference/android/Manifest.permission#BLUETOOTH
[BLUETOOTH_CONNECT]: <https://developer.android.com/reference/android/Manifest.permission#BLUETOOTH_CONNECT> "Bluetooth"
"""


def test_link_definitions_state_no_permission_and_reference_links_read_as_their_text():
    found = markdown_policy_tuples(PERMISSIONS)
    # the definitions (lines 8-10) state nothing; the sentence naming the Bluetooth permissions by reference links
    # requests them (GUIDELINES: a permission counts as its data, requesting it is collect)
    assert {t for t in found if t[0] >= 8} == set()
    assert {t for t in found if t[0] == 7} == {(7, "device.network", "collect", "first_party")}


def test_a_definition_gives_no_block_and_a_reference_link_keeps_its_text():
    blocks = markdown_blocks("See [their page][ga] for details.\n[ga]: https://policies.google.com/privacy\n"
                             "[email]: mailto:support@example.org 'Support'\n")
    assert [block.text for block in blocks] == ["See their page for details."]
    assert strip_inline_markdown("We use [Google Analytics][] and [Sentry][sentry].") == \
        "We use Google Analytics and Sentry."
    # a bracketed text that is no link stays as it is
    assert strip_inline_markdown("Fields [optional] and [required] are listed.") == \
        "Fields [optional] and [required] are listed."


def test_corpus_binary_eye_definitions_and_reference_links():
    text = (ROOT / "corpora" / "eval" / "en" / "en-r59-binary-eye-privacy.md").read_text(encoding="utf-8")
    found = tuples(text, name="policy.md")
    assert {t for t in found if t[0] >= 27} == set()
    assert {t[1:] for t in found if t[0] == 11} == gold_line_tuples("en-r59-binary-eye-privacy", 11) == {
        ("device.network", "collect", "first_party")}



CONTENTS = """This Privacy Policy explains our practices.
1. SCOPE OF THIS PRIVACY POLICY
2. PERSONAL INFORMATION WE COLLECT
3. HOW WE USE YOUR PERSONAL INFORMATION
4. RETENTION OF PERSONAL INFORMATION
## 1. SCOPE OF THIS PRIVACY POLICY
This Privacy Policy applies to our apps.
## 2. PERSONAL INFORMATION WE COLLECT
We collect your email address.
"""


def test_a_table_of_contents_gives_no_practice_also_for_sections_the_file_lacks():
    found = markdown_policy_tuples(CONTENTS)
    # the entries (lines 4-7) are navigation, also "RETENTION OF PERSONAL INFORMATION" whose section is not there
    assert {t for t in found if 4 <= t[0] <= 7} == set()
    assert (11, "contact.email", "collect", "first_party") in found


def test_a_list_of_titled_items_not_repeated_as_headings_keeps_its_practices():
    # only one item is a later heading's title: a list of what is collected, not a table of contents
    found = markdown_policy_tuples("We collect:\n- Your email address\n- Your phone number\n- Your name\n"
                                   "## Your email address\nWe use it to answer you.\n")
    assert {t for t in found if 4 <= t[0] <= 6} == {
        (4, "contact.email", "collect", "first_party"), (5, "contact.phone", "collect", "first_party"),
        (6, "identity.name", "collect", "first_party")}


def test_corpus_bluesky_table_of_contents():
    text = (ROOT / "corpora" / "eval" / "en" / "en-r59-bluesky-privacy.md").read_text(encoding="utf-8")
    found = tuples(text, name="policy.md")
    assert {t for t in found if 3 <= t[0] <= 14} == set()


def test_a_policy_designed_to_help_you_understand_our_practices_describes_itself():
    # the document's own description names the practices it explains: no practice (as "This policy explains how …")
    assert markdown_policy_tuples(
        "This Privacy Policy is designed to help you understand how Acme, Inc. (“Acme,” “we,” “us,” or “our”) collects, "
        "uses, processes, and shares your "
        "personal information, and to help you understand and exercise your privacy rights.") == set()
