"""English third-party precision: what is sent along with data is no recipient ("sent with an identifier unique to your
device"), while requests carry data to whom they go; the catalogued company whose own terms a document's title names
is the first party there; the spelled-out form of an own name in initials ("U.S. Geological Survey" of "USGS") is
ours; the service's own moderators and officers are the first party."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    """(data type, action, actor) of each statement, the recipient in place of the actor for a share."""
    return {(s.data_type, s.action, s.recipient if s.action in ("share", "not_share") else s.actor)
            for s in statements_of(text)}


def test_what_goes_along_is_no_recipient():
    found = _found("Diagnostic data is sent using HTTPS and stored on Microsoft servers. On Windows devices, diagnostic "
                   "data is sent with an identifier unique to your device.")
    assert ("device.id", "collect", "first_party") in found
    assert ("device.id", "share", "third_party") not in found
    # a party after "with" stays the recipient
    assert ("contact.email", "share", "google") in _found("Your email address is sent with Google.")
    assert ("contact.email", "share", "third_party") in _found("Your email address is transmitted with our partners.")


def test_requests_carry_data_to_where_they_go():
    # the ad requests go to the ad networks: a denial of sending with them is a sharing denial
    assert ("device.id.ad_id", "not_share", "third_party") in _found(
        "No advertising identifier is sent with these requests.")
    # ... and a request to our backend brings the data to us
    found = _found("The device ID is stored only on your device and is sent with each request to our backend so we "
                   "can validate purchases.")
    assert ("device.id", "collect", "first_party") in found
    assert ("device.id", "share", "third_party") not in found


def _markdown(text: str) -> set[tuple[int, str, str, str]]:
    """(line, data type, action, actor or recipient) of a Markdown policy."""
    return {(s.line, s.data_type, s.action, s.recipient if s.action in ("share", "not_share") else s.actor)
            for s in statements_of(text, name="policy.md")}


def test_company_of_its_own_terms_is_the_first_party():
    found = _markdown("# GitHub Terms for Additional Products and Features\n\n"
                      "When you use GitHub, you may be given access to lots of additional products.\n\n"
                      "In order to prevent abuse of GitHub Actions, GitHub may monitor your use of GitHub Actions.\n")
    assert (5, "usage", "collect", "first_party") in found
    assert not {t for t in found if t[3] == "github"}


def test_spelled_out_initials_of_our_name_are_ours():
    text = ("# USGS Privacy Policy\n\n"
            "Thank you for visiting the U.S. Geological Survey Web site.\n\n"
            "The USGS protects your privacy. The U.S. Geological Survey does not collect personally identifiable "
            "information about visitors.\n")
    found = _markdown(text)
    assert (5, "personal_info", "not_collect", "first_party") in found
    assert not {t for t in found if t[0] == 5 and t[3] == "third_party"}


def test_our_moderators_and_officers_are_ours():
    found = _found("Wildfire Games stores a log of the public chat messages to meet the following purposes:\n"
                   " 1. Moderators may screen chat messages to enforce the Terms of Use.\n")
    assert ("communication.messages", "use", "first_party") in found
    assert ("communication.messages", "use", "third_party") not in found
    found = _found("For all requests, please send your name and street address to our Data Protection Officer.")
    assert {("identity.name", "collect", "first_party"), ("contact.address", "collect", "first_party")} <= found
    assert not {t for t in found if t[1] == "share"}


def test_what_browsers_make_available_is_our_collection():
    found = _markdown("# Acme privacy\n\n### Website Usage\n\nLike most website operators, we collect "
                      "non-personally-identifying information of the sort that web browsers and servers typically "
                      "make available, such as:\n\n* Browser version\n* Referring site\n")
    assert {(7, "device.hardware", "collect", "first_party"), (8, "usage.history", "collect", "first_party")} <= found
    assert not {t for t in found if t[2] == "share"}


def test_capitalised_data_term_is_no_party():
    found = _found("Device ID and subscription status: kept on our backend until your subscription expires.")
    assert {("device.id", "store", "first_party"), ("financial.transactions", "store", "first_party")} <= found
    assert not {t for t in found if t[2] == "third_party"}
    assert ("network.ip", "collect", "google_analytics") in _found("Google Analytics collects your IP address.")


def test_advice_to_take_care_over_sharing_is_no_practice():
    assert not _found("So please be extra cautious when sharing Personal Data.")
    assert not _found("Please exercise caution before revealing any information that may identify you in the real "
                      "world to other users.")
    assert ("personal_info", "share", "third_party") in _found("We share your personal data with advertisers.")


def test_platforms_distributing_our_app_get_no_data():
    found = _found("We also receive aggregate data from the platforms that distribute our App (currently the iTunes "
                   "Store and Google Play Store), such as the number of people who download the App and mobile set-up "
                   "information (e.g., device model, App version, country, language, and mobile carrier).")
    assert not {t for t in found if t[1] == "share"}
    assert ("device.hardware", "share", "third_party") in _found("We share your device model with advertisers.")


def test_where_collected_data_was_published_is_no_disclosure():
    found = _found("Optionally, we collect profiles of the owners of projects published to BioSimulations and "
                   "simulation tools published to BioSimulators.")
    assert {("account.profile", "collect", "first_party"), ("content", "collect", "first_party")} <= found
    assert not {t for t in found if t[1] == "share"}
    assert ("content", "share", "third_party") in _found("Your reviews are published on the site.")
