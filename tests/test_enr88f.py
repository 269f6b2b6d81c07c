"""English round (88) families: the documentation of an SDK's maker about the data its own SDK collects ("via our
SDKs", "The Braze SDK") is the first party's, its bare "SDK" heading no section of another party's SDKs."""

from __future__ import annotations

from conftest import tuples

OWN_SDK_DOC = ("# SDK data collection\n\n"
               "Braze is designed to allow for flexible data collection via our SDKs and APIs. The Braze SDK can be "
               "integrated in two ways.\n\n"
               "## Minimum integration\n\n"
               "The following lists the data received by Braze when an integrator initializes the SDK.\n\n"
               "| Attribute | Platform | Description |\n| --- | --- | --- |\n"
               "| Device ID | Android, iOS | Device identifier, a randomly generated string. |\n")


def test_the_makers_own_sdk_heading_opens_no_section_of_another_party():
    found = tuples(OWN_SDK_DOC, name="sdk.md")
    assert (11, "device.id", "collect", "first_party") in found
    assert not {t for t in found if t[3] != "first_party"}


def test_a_bare_sdk_heading_of_an_app_policy_stays_a_third_party_section():
    text = OWN_SDK_DOC.replace("via our SDKs and APIs", "via its APIs").replace("The Braze SDK", "It")
    text = text.replace("Braze is designed", "Acme is designed").replace("received by Braze", "received")
    found = tuples(text, name="sdk.md")
    assert (11, "device.id", "collect", "first_party") not in found


def test_an_operator_the_policy_says_it_describes_is_ours_with_its_initials():
    text = ("This privacy policy informs you about how Acme Harbour Foundation Ltd. (AHF) processes your personal "
            "data when you visit the market.\n\nAHF processes the following personal data.\n\n"
            "If you contact us via e-mail, AHF will collect, use and store your e-mail address.\n\n"
            "AHF stores your e-mail address for 30 days.\n")
    found = tuples(text, name="p.md")
    assert (5, "contact.email", "collect", "first_party") in found
    assert not {t for t in found if t[3] != "first_party"}


def test_a_legal_instrument_we_use_is_no_tool_of_another_party():
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import other_party_names
    from policycheck.ingest import load_policy
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "p.md")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("We use Standard Contractual Clauses (SCC) to provide appropriate safeguards. We use Kestrel "
                         "to count visits.\n")
        names = other_party_names(load_policy(path), get_extractor().entities)
    assert names == ["Kestrel"]


def test_a_cookie_glossary_sends_no_cookie_to_anyone():
    text = ("A cookie is a small file that stores Internet settings. The next time you open this website with the "
            "same device, the cookie and the information stored in it are either sent back to the website that "
            "created it (first-party cookie) or sent to another website it belongs to (third-party cookie).\n")
    assert not {t for t in tuples(text, name="p.md") if t[1] == "usage.cookies"}


def test_local_storage_compared_with_cookies_is_no_cookie():
    text = ("Acme also uses local storage and session storage, which have similar functionality to cookies. We use "
            "your web storage to remember your page preferences.\n")
    assert not {t for t in tuples(text, name="p.md") if t[1] == "usage.cookies"}
    assert {t[1] for t in tuples("We use cookies, local storage and web beacons to remember you.\n")} == {
        "usage.cookies"}


def test_terms_of_the_round():
    from policycheck.taxonomy import data_matcher
    matcher = data_matcher("en")

    def types(text: str) -> set[str]:
        return {m.value for m in matcher.find(text)}

    assert types("read and modify the browser's download history") == {"usage.history"}
    assert "usage" in types("log Custom Attributes, Custom Events and Purchase Events")
    assert types("Information collected includes user stats in CSGO") == {"usage"}
    assert types("By default we will use your GitHub name") == {"account.credentials"}
    assert types("App-Version-Name | App version name.") == {"device.hardware"}
    assert not types("messaging channels such as in-app messages and Content Cards")
    assert "communication.messages" not in types("Push direct opens, in-app message interactions")
    assert types("we collect the date, time and content of in-app messages") >= {"communication.messages"}
    assert not types("we will post notifications of changes on the website and in change logs on the repository")
    assert not types("Input data to the clipboard:")
    assert types("Get data from the clipboard:") == {"clipboard"}
