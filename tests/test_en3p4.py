"""English third-party statements: parties named by a possessive, others' servers, employers."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def test_software_of_another_party_named_by_its_possessive_is_that_partys():
    found = _found("# Acme privacy\n\nAcme is a shop. At hand-off, the courier's app records the GPS coordinates.")
    assert ("location.precise", "collect", "third_party", None) in found
    assert ("location.precise", "collect", "first_party", None) not in found
    # our own app, by our name or the user's, stays ours
    assert ("location", "collect", "first_party", None) in _found(
        "# Acme privacy\n\nAcme is a shop. Acme's app collects your location.")
    assert ("location", "collect", "first_party", None) in _found(
        "# Acme privacy\n\nAcme is a shop. Your app collects your location.")


def test_other_servers_of_our_own_kind_are_third_parties():
    text = ("# Privacy Policy for Lesser\n\nWelcome to Lesser, a serverless platform.\n\n"
            "- Your data may be shared with other Lesser servers\n- Your data is stored on Lesser servers\n")
    found = {(s.line, s.data_type, s.action, s.recipient) for s in statements_of(text, name="policy.md")}
    assert (5, "personal_info", "share", "third_party") in found
    assert (5, "personal_info", "collect", None) not in found
    assert (6, "personal_info", "store", None) in found


def test_employers_are_another_party():
    found = _found("# Acme privacy\n\nAcme is a job board. Some jobs are open only to people aged 18 or older, and "
                   "employers may ask you to confirm your age when you apply.")
    assert ("identity.age", "collect", "third_party", None) in found


def test_data_our_software_sends_to_no_one_named_reaches_us():
    found = _found("# Acme privacy\n\nAcme is an app. A single telemetry entry is also sent by the installer when a "
                   "successful installation happens.")
    assert ("usage", "collect", "first_party", None) in found
    assert ("usage", "share", "first_party", "third_party") not in found
    found = _found("# Acme privacy\n\nThe App requires an internet connection for the exposure logging feature, and "
                   "so that it can receive and transmit test results.")
    assert ("health", "collect", "first_party", None) in found
    assert ("health", "share", "first_party", "third_party") not in found
    # "it" with no product of ours named before it stays a disclosure
    assert ("contact.email", "share", "first_party", "third_party") in _found(
        "# Acme privacy\n\nAcme is an app. If you ask, it sends your email address.")


def test_the_object_of_a_purpose_infinitive_carries_no_details_listed_after_it():
    text = ("# Acme privacy\n\nTo assist you, we will ask for personal information to enable us to issue securities, "
            "process transactions, make payments, identify owners and their accounts, and provide required reports "
            "to the Internal Revenue Service (IRS). This information may include:\n\n"
            "* your name, address, phone number, e-mail address\n* Social Security Number\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}
    assert (5, "identity.name", "collect") in found
    assert (5, "identity.name", "share") not in found
    assert (6, "identity.id_number", "share") not in found
    assert (6, "identity.id_number", "collect") in found


def test_an_sdk_item_of_a_developer_writing_alone_names_the_sdk_collecting_with_them():
    text = ("# Acme privacy\n\nAcme is an app.\n\n- Crashlytics - To help prevent crashes, and to improve your "
            "experience, I collect logs when the app crashes or encounters an error.\n")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text, name="policy.md")}
    assert {("usage.logs", "collect", "first_party"), ("usage.logs", "collect", "crashlytics")} <= found


def test_a_listed_service_whose_function_is_storage_is_a_host_we_share_with():
    text = ("# Acme privacy\n\n## Third-party services\n\nWe use the following third-party services:\n\n"
            "• Sentry: Error tracking\n\n• Cloudflare R2: Secure media file storage\n")
    found = {(s.line, s.data_type, s.action, s.entity) for s in statements_of(text, name="policy.md")}
    assert (9, "media", "share", "cloudflare") in found
    assert (9, "media", "collect", "cloudflare") not in found


def test_a_listed_service_labelled_by_name_whose_function_is_storage_is_also_a_host():
    text = ("# Acme privacy\n\nAcme is a social network.\n\n### Service Providers\n\n"
            "We use these AWS services which process your data:\n\n- **Amazon S3**: Media file storage\n")
    found = {(s.line, s.data_type, s.action, s.entity) for s in statements_of(text, name="policy.md")}
    assert (9, "media", "share", "amazon") in found
    assert (9, "media", "store", "first_party") in found
