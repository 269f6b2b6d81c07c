"""English first-party precision (enfp19): HTTP headers fit no data type; the contact details a policy gives at a
place of its own are the company's."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_http_headers_fit_no_type():
    found = markdown_policy_tuples(
        "By default, the Sentry SDK sends HTTP headers to Sentry but filters out any headers that contain sensitive "
        "data.\n\nWhen you visit the site, we receive your IP address and user-agent header as part of our standard "
        "server logs.")
    # "# Acme privacy" and a blank line come first: the text's first line is line 3
    assert not {t for t in found if t[0] == 3 and t[1] == "usage.logs"}
    assert (5, "network.ip", "collect", "first_party") in found
    assert (5, "device.hardware", "collect", "first_party") in found


def test_contact_details_the_policy_gives_are_the_companys():
    found = markdown_policy_tuples(
        "Any requests to exercise user rights can be directed to CodeCombat through the contact details provided in "
        "this document.\n\n"
        "You may revoke your consent anytime by contacting us at the contact details provided at the end of this "
        "document.\n\n"
        "We collect your contact details when you register.")
    assert not {t for t in found if t[0] in (3, 5)}
    assert (7, "contact", "collect", "first_party") in found


def test_file_transfer_protocol_names_no_files():
    found = markdown_policy_tuples(
        "File Transfer Protocol (FTP) - Many of our sites using the file transfer protocol may also store your e-mail "
        "address if your Web browser is configured to provide it.\n\n"
        "You can send messages and file transfers to other users.")
    assert not {t for t in found if t[0] == 3 and t[1] == "content"}
    assert (5, "content", "share", "first_party") in found


def test_sibling_media_named_together_take_their_parent():
    found = markdown_policy_tuples(
        "We collect the following:\n\n| Data | Why |\n|---|---|\n"
        "| Student-uploaded images, sounds, or videos (for App Lab Projects) | To show projects |\n"
        "| Audio, electronic, visual, or similar information | Performing services |\n\n"
        "We collect images, sounds or videos you upload.")
    assert {(7, "media"), (8, "media"), (10, "media")} <= {(t[0], t[1]) for t in found}
    assert not {t for t in found if t[1] in ("media.photos", "media.audio")}
