"""English first-party precision: what another party is able or allowed to do to identify or link the user is a
possibility or a risk, no practice (GUIDELINES: "Your device manufacturer may be able to identify you based on the
serial number associated with the device", "a unique identifier that will allow the researcher or institution to link
other personally identifiable information" give no `use`); what we are able or allowed to do stays ours. Bare or
demonstrative information collected "in" named logs names no log data of its own (GUIDELINES: bare information kept
in named logs), while named data collected in the logs keeps `usage.logs`. The Internet service provider named as a
party (connected through, assigning addresses, co-operating, keeping records) is no network data of the person."""

from __future__ import annotations

from conftest import tuples


def test_another_party_able_to_identify_by_the_data_is_no_use():
    assert not tuples("Your device manufacturer may be able to identify you based on the serial number associated "
                      "with the device.")
    assert not tuples("Please note that in most countries, only the government is able to link your IP to your "
                      "person.")


def test_what_an_identifier_allows_a_researcher_to_link_is_no_use():
    assert not tuples("You may provide a unique identifier that will allow the researcher or institution to link "
                      "other personally identifiable information to your account.")


def test_possible_for_others_to_identify_by_combining_is_no_use():
    assert not tuples("However, it may be possible for others to identify you if they combine this information with "
                      "your health condition.")


def test_what_we_are_able_or_allowed_to_link_stays_ours():
    assert (1, "network.ip", "use", "first_party") in tuples("We are able to link your IP address to your account.")
    assert (1, "usage.cookies", "use", "first_party") in tuples("Cookies allow us to link your sessions to your "
                                                               "account.")


def test_bare_information_collected_in_system_logs_names_no_log_data():
    found = tuples("We collect this information in system logs.")
    assert not {t for t in found if t[1] == "usage.logs"}


def test_named_data_collected_in_server_logs_keeps_the_logs():
    found = tuples("We collect your IP address in our server logs.")
    assert (1, "network.ip", "collect", "first_party") in found
    assert (1, "usage.logs", "collect", "first_party") in found


def test_a_denial_of_data_that_would_allow_others_to_infer_keeps_its_types():
    found = tuples("This means that the App does not collect any data that would allow the RKI or other users to infer "
                   "your identity, health status or location.")
    assert {(1, "identity", "not_collect", "first_party"), (1, "health", "not_collect", "first_party")} <= found


def test_an_internet_service_provider_named_as_a_party_is_no_network_data():
    assert not tuples("IP addresses are unique numbers assigned by Internet Service Providers (ISP) to all devices used "
                      "to access the Internet.")
    assert not tuples("In certain circumstances, such as with the co-operation of an ISP for example, it could be used "
                      "to identify an individual using the site.")
    found = tuples("For most users accessing the Internet from an Internet service provider the IP address will be "
                   "different every time you log on.")
    assert not {t for t in found if t[1] == "device.network"}


def test_the_isp_named_as_collected_data_stays_network_data():
    assert (1, "device.network", "collect", "first_party") in tuples(
        "We collect your IP address, browser type and Internet service provider.")
    assert (1, "device.network", "collect", "first_party") in tuples("We collect the name of your ISP.")
