"""English recall: sentence shapes and list structures that state a practice without the usual wording."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str, fmt: str = "markdown", name: str = "policy.md") -> set[tuple[int, str, str]]:
    return {(s.line, s.data_type, s.action) for s in statements_of(text, fmt, name)}


def test_items_under_a_how_we_use_heading_are_uses():
    # "### How We Use Your Data" over "- Display your content to authorized viewers": the heading names the practice
    # its verbless items take (GUIDELINES: a heading that names a practice introduces the lists of its section)
    text = "# Policy\n\n## How We Use Your Data\n\n### 1. To Provide Core Services\n\n- Display your content to authorized viewers\n"
    assert (7, "content", "use") in _found(text)
    text = "# Policy\n\n### What We Use AI For\n\n- **Search**: Index your public content for search\n"
    assert (5, "content", "use") in _found(text)


def test_a_use_heading_gives_no_use_to_paragraphs_or_under_a_policy_title():
    # a paragraph under the heading keeps its own reading; a policy title naming its topic is no such heading
    text = "# Policy\n\n## How we use your data\n\nOur charter explains how we deal with your personal information.\n"
    assert not _found(text)
    text = "# Privacy notice: how we use your data\n\n- think that your personal data has been misused\n"
    assert (3, "personal_info", "use") not in _found(text)


def test_the_country_of_a_user_or_an_ip_address_is_coarse_location():
    # the country tied to the user or to an IP address is what is recorded (GUIDELINES: country → location.coarse),
    # while bare "country" stays a list word only
    for text in ("We also record the IP address the payment details were entered from and the country it resolves to.",
                 "The analytics software records which country they access the websites from and how long they visit for.",
                 "We store the politician they have called and the country of the user."):
        assert any(t[1] == "location.coarse" for t in _found(f"# Policy\n\n{text}\n")), text
    assert (5, "location.coarse", "collect") in _found("# Policy\n\nTelemetry requests may contain:\n\n* the country id\n")


def test_a_country_named_as_a_place_is_no_location():
    assert not any(t[1].startswith("location") for t in _found("# Policy\n\nWe store data on servers in the country.\n"))


def test_the_identity_of_a_person_named_as_what_is_revealed_known_or_required():
    # who the person is, named as what a denial keeps back (GUIDELINES: identity is information that identifies the
    # person as such)
    for text in ("Neither the app nor the service reveals the identity of any person using the app to other users.",
                 "You can use this service without telling us who you are.",
                 "The App does not collect any data that would allow other users to infer your identity or location.",
                 "Your identity and health status will not be shared with the Government.",
                 "No phone numbers, other email addresses, or other identifiable data is currently required."):
        assert any(t[1] == "identity" for t in _found(f"# Policy\n\n{text}\n")), text


def test_a_check_of_who_the_user_is_or_non_identifiable_data_is_no_identity():
    for text in ("Federal law requires us to confirm who you are before we dispense a controlled substance.",
                 "We will verify your identity before we answer your request.",
                 "We use non-identifiable data from the codebase to provide aggregated statistics."):
        assert not any(t[1] == "identity" for t in _found(f"# Policy\n\n{text}\n")), text


def test_the_specifications_and_kind_of_the_users_machine_are_hardware():
    for item in ("System information (OS, hardware specs)", "the kind of computer you use",
                 "Name of the user's terminal software"):
        text = f"# Policy\n\nWe collect the following information:\n\n- {item}\n"
        assert (5, "device.hardware", "collect") in _found(text), item


def test_the_users_organisation_named_as_a_field_is_occupation():
    for item in ("organization if applicable and provided", "your government organisation (derived from your email domain)",
                 "Company or organization information inferred from your IP address", "your name and department / organisation"):
        text = f"# Policy\n\nWe collect the following information:\n\n- {item}\n"
        assert (5, "identity.occupation", "collect") in _found(text), item
    # the organisation as an actor names no data
    assert not any(t[1] == "identity.occupation" for t in _found(
        "# Policy\n\nIf your organisation uses single sign-on, we receive a token.\n"))


def test_how_long_and_how_deep_a_visit_goes_is_usage():
    for text in ("Google Analytics places a cookie on your device to obtain metrics such as duration people stay on the site and bounce rates.",
                 "We collect the pages you visit, the time spend on each page, and scroll depth.",
                 "We use software that collects statistics showing how long they visit for and what browser they are using."):
        assert (3, "usage", "collect") in _found(f"# Policy\n\n{text}\n") or \
            any(t[1] == "usage" for t in _found(f"# Policy\n\n{text}\n")), text


def test_the_address_a_logged_request_asked_for_is_browsing_history():
    for text in ("Each log entry contains the client IP address, the time, the request method and path and the user agent.",
                 "These logs may contain the number and timing of requests, IP addresses, and request information such as URLs and headers."):
        assert any(t[1] == "usage.history" for t in _found(f"# Policy\n\n{text}\n")), text
    text = "# Policy\n\nThe server logs the following:\n\n- the page from which the file was requested.\n"
    assert (5, "usage.history", "collect") in _found(text)


def _actors(text: str) -> set[tuple[int, str, str, str]]:
    return {(s.line, s.data_type, s.action, s.entity) for s in statements_of(text, "markdown", "policy.md")}


def test_data_stored_in_our_database_hosted_by_a_named_host_is_shared_with_the_host():
    # GUIDELINES: data stored on a named host's servers is our storage and the entrusting of the data to the host
    found = _actors("# P\n\nUser email addresses are stored in our MongoDB database hosted by MongoDB Atlas.\n")
    assert (3, "contact.email", "store", "first_party") in found
    assert (3, "contact.email", "share", "mongodb_atlas") in found
    # our own database with no host named stays our own storage
    assert not any(a == "share" for _, _, a, _ in _actors("# P\n\nWe store your email address in our database.\n"))


def test_a_host_after_a_second_verb_of_the_storing_sentence_is_a_recipient():
    # "We store and process your personal data on AWS servers": the place hangs on the object of "process"
    found = _actors("# P\n\nWe store and process your personal data on Amazon Web Services (AWS) servers within the EEA.\n")
    assert (3, "personal_info", "share", "amazon") in found
