"""English: own names of US government notices (page titles, initials, domains), user acts called voluntary,
and wording of the visit-data lists of such notices."""

from __future__ import annotations

from conftest import statements_of

from policycheck.extract import get_extractor
from policycheck.extract.party_names import policy_names
from policycheck.ingest import parse_policy


def _own(text: str) -> tuple[str, ...]:
    extractor = get_extractor()
    return policy_names(parse_policy(text, "policy.md"), extractor.entities, extractor.lexicons).own


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.entity) for s in statements_of(text, name="policy.md")}


def test_a_page_titles_site_name_is_ours():
    own = _own("# Privacy Policy | Federal Trade Commission\n\nWhen you contact us, the FTC may collect your name. "
               "The FTC shares complaints with law enforcement.\n")
    assert "Federal Trade Commission" in own and "FTC" in own  # the initials the policy writes alone
    assert "USA.gov" in _own("# Privacy and Security: USA.gov\n\nWe collect NO personal information.\n")
    own = _own("# CDC Digital Media Channel Privacy Policy Notice | Other | CDC\n\nCDC does not collect PII.\n")
    assert "CDC" in own and "Other" not in own
    # the policy's words with no name beside them, or a subtitle, give none
    assert _own("# Privacy notice: how we use your data\n\nWe collect your name.\n") == ()
    assert "v0.1" not in _own("# Privacy Policy - v0.1\n\nWe collect your name.\n")


def test_our_name_as_a_domain_is_ours():
    text = ("# USAID: Privacy and Security Information\n\nThank you for visiting the USAID website.\n\n"
            "USAID.gov uses single-session cookies to serve technical purposes.\n")
    # the domain is not listed as a name of its own: the actor reading recognises any own name with a site's ending
    assert "USAID" in _own(text) and "USAID.gov" not in _own(text)
    assert (5, "usage.cookies", "use", "first_party") in _found(text)
    assert (3, "usage.cookies", "use", "first_party") in _found(
        "# Acme Privacy Policy\n\nAcme runs a website. Acme.org uses session cookies to keep you signed in.\n")


def test_an_agency_named_by_its_title_acts_as_first_party():
    text = ("# CDC Digital Media Channel Privacy Policy Notice | Other | CDC\n\n"
            "The Centers for Disease Control and Prevention (CDC) is committed to maintaining your privacy.\n\n"
            "CDC does not collect any personally identifiable information (PII) when you visit our websites.\n")
    found = _found(text)
    assert (5, "personal_info", "not_collect", "first_party") in found
    assert not any(entity != "first_party" for (_, _, _, entity) in found)


def test_a_users_act_called_voluntary_is_no_practice():
    found = _found("# Acme privacy\n\nAcme runs a website. Sharing your information is voluntary.\n")
    assert not any(line == 3 for (line, *_rest) in found)
    found = _found("# Acme privacy\n\nAcme runs a website. Furnishing personal information is voluntary; however, "
                   "without the information we may be unable to act upon your requests.\n")
    assert (3, "personal_info", "collect", "first_party") not in found
    # named data the user may give stays given
    found = _found("# Acme privacy\n\nAcme runs a survey. Providing a contact email address in the survey is "
                   "optional.\n")
    assert (3, "contact.email", "collect", "first_party") in found


def test_a_users_act_called_voluntary_and_not_required_denies_the_collection():
    found = _found("# Acme privacy\n\nAcme runs a website. Submitting personal information (name, address, telephone "
                   "number, email address, etc.) is voluntary and is not required to access information on our "
                   "website.\n")
    assert {(3, "identity.name", "not_collect", "first_party"), (3, "contact.email", "not_collect", "first_party"),
            (3, "contact.phone", "not_collect", "first_party")} <= found
    assert (3, "identity.name", "collect", "first_party") not in found


VISIT_LIST = "# Acme privacy\n\nWhen you visit Acme.gov, we may store some or all of the following:\n\n* the IP address\n* {}\n"


def test_a_list_item_ending_in_used_names_what_the_user_uses():
    # "* the browser and operating system used": read as a clause with "used" for its verb, it is still an item of the
    # list, which gives the practice
    for item, data_type in (("the browser and operating system used", "device.hardware"),
                            ("the operating system used", "device.hardware"),
                            ("the type of browser used", "device.hardware")):
        found = _found(VISIT_LIST.format(item))
        assert (6, data_type, "store", "first_party") in found, item
        assert (6, data_type, "use", "first_party") not in found, item


def test_visit_data_wording():
    found = _found(VISIT_LIST.format(
        "the amount of data (measured in number of bytes) transmitted from Acme.gov to your computer"))
    assert {data_type for (line, data_type, _, _) in found if line == 6} == {"usage.logs"}


def test_a_location_named_by_the_level_of_a_city_region_or_country_is_coarse():
    found = _found("# Acme privacy\n\nAcme is an app. The provider may collect the city, region and country location of "
                   "users.\n")
    assert (3, "location.coarse", "collect", "third_party") in found or (3, "location.coarse", "collect",
                                                                        "first_party") in found
    assert not any(data_type == "location" for (_, data_type, _, _) in found)



def test_date_or_place_of_birth_names_both():
    found = _found("# Acme privacy\n\nAcme runs a website. Acme does not collect PII (personally identifiable "
                   "information) such as social security numbers, date or place of birth.\n")
    assert {(3, "identity.birthdate", "not_collect", "first_party"), (3, "identity", "not_collect", "first_party")} <= found


def test_how_people_use_the_service_is_no_collection_when_the_block_says_the_data_is_aggregated():
    text = ("# Sky Map privacy\n\nSky Map uses Firebase Analytics to help us understand how people use the app. We use "
            "this information to improve the app. The data is aggregated and anonymized by Google before we receive "
            "it.\n")
    assert not any(data_type == "usage" and action == "collect" for (_, data_type, action, _) in _found(text))
    # without that sentence the purpose names what the analytics tool obtains
    text = ("# Sky Map privacy\n\nSky Map uses Firebase Analytics to help us understand how people use the app. We use "
            "this information to improve the app.\n")
    assert any(data_type == "usage" and action == "collect" for (_, data_type, action, _) in _found(text))


def test_a_restriction_to_the_stated_practices_is_no_practice_of_its_own():
    found = _found("# Acme privacy\n\nAcme runs a website. We will usually only share your information as set out "
                   "above.\n")
    assert not any(line == 3 for (line, *_rest) in found)
    found = _found("# Acme privacy\n\nAcme runs a website. Acme will only use your personal information for the purpose "
                   "for which it was provided, such as to respond to your message.\n")
    assert (3, "personal_info", "use", "first_party") not in found
    # a pointer to what follows introduces the practice it restricts
    found = _found("# Acme privacy\n\nAcme runs a website. We share personal information only as described below.\n")
    assert (3, "personal_info", "share", "third_party") in found


def test_comments_a_service_collected_are_content():
    found = _found("# Acme privacy\n\nAcme runs official pages. We may, for example, publish compilations of messages "
                   "or comments collected through official social media pages and provide them to members of the press.\n")
    assert {(3, "content", "share", "third_party"), (3, "communication.messages", "share", "third_party")} <= found


def test_the_address_of_the_referring_website_is_browsing_history():
    found = _found(VISIT_LIST.format("The internet address, or URL, of the website that connected you to our site, if "
                                     "you accessed Acme.gov via a link on another page"))
    assert (6, "usage.history", "store", "first_party") in found
