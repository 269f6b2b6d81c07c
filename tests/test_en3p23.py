"""English third-party recall: cookies or a survey taken up by "these" / "this" as the catalogued party the sentence
before named ("Google Analytics sets one or more cookies … These cookies do not collect personally identifiable
information"), and what the user chooses to share publicly or make public, shown by the service to anyone."""

from __future__ import annotations

from conftest import statements_of


def _recipients(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_these_cookies_take_up_the_catalogued_party_named_before():
    found = _recipients("Here is how it works: Google Analytics sets one or more cookies on your computer so that it "
                        "can recognize your computer if you visit the website in the future. These cookies do not "
                        "collect personally identifiable information.")
    assert (3, "personal_info", "not_collect", "google_analytics", None) in found
    assert (3, "personal_info", "not_collect", "first_party", None) not in found
    assert (3, "network.ip", "collect", "google_analytics", None) in _recipients(
        "We use Google Analytics. These cookies collect your IP address.")
    assert (3, "contact.email", "not_collect", "typeform", None) in _recipients(
        "We use Typeform to run our feedback survey. This survey does not collect your email address.")


def test_these_cookies_stay_ours_with_no_catalogued_party_before():
    assert (3, "network.ip", "collect", "first_party", None) in _recipients(
        "We use cookies. These cookies collect your IP address.")
    # a category of parties in a definition of cookies names no one
    found = _recipients("Cookies are small files that a site or its service provider transfers to your computer. "
                        "These cookies enable the site to recognise your account.")
    assert not any(actor == "third_party" for _, _, _, actor, _ in found)


def test_what_the_user_chooses_to_share_publicly_is_shown_to_anyone():
    found = _recipients("Optionally, a user may also choose to share the following information publicly:\n\n"
                        "- Their real name\n- An avatar\n- Their location\n")
    for line, data_type in ((5, "identity.name"), (6, "account.profile"), (7, "location")):
        assert (line, data_type, "share", "first_party", "third_party") in found
        # the collection of what the user gives stays beside it
        assert (line, data_type, "collect", "first_party", None) in found
    assert (3, "content", "share", "first_party", "third_party") in _recipients("You can post your reviews publicly.")
    assert (3, "account.profile", "share", "first_party", "third_party") in _recipients(
        "You may choose to make your profile public.")
    assert (3, "content", "share", "first_party", "third_party") in _recipients(
        "You can make your posts publicly available.")


def test_sharing_with_us_or_keeping_private_is_no_display():
    assert not any(action == "share" for _, _, action, _, _ in _recipients("You can share your location with us."))
    assert not any(action == "share" for _, _, action, _, _ in _recipients("You can make your profile private."))
    assert not any(action == "share" for _, _, action, _, _ in _recipients(
        "You do not have to share your location publicly."))


def test_a_participle_hung_on_the_last_purpose_is_a_further_predicate():
    # the parser hangs "sold" on "profiling", the last noun of "for advertising, profiling"
    found = _recipients("- **No advertising**: Your data is never used for advertising, profiling, or sold to third "
                        "parties.")
    assert (3, "personal_info", "not_share", "first_party", "third_party") in found
    found = _recipients("Your data is used for analytics, research, or shared with our partners.")
    assert (3, "personal_info", "share", "first_party", "third_party") in found
    # a deletion coordinated so shares nothing, and the keeping stays
    found = _recipients("Your messages are stored for debugging, analytics, and deleted after 30 days.")
    assert not any(action == "share" for _, _, action, _, _ in found)
    assert (3, "communication.messages", "store", "first_party", None) in found
