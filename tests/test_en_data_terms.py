"""English data-type wording that names a type only in general phrasing (mappings/terms/en.yaml)."""

from __future__ import annotations

from conftest import pairs, tuples


def types_of(text: str) -> set[str]:
    return {data_type for data_type, _ in pairs(text)}


def test_medical_test_results_are_health_data():
    assert ("health", "collect") in pairs("We collect your test results from the laboratory.")
    assert ("health", "not_share") in pairs("We do not send your messages, test results or appointments to Google "
                                            "Analytics.")
    # the results of network tests, and the topic of a notice, are no medical results
    assert "health" not in types_of("We store your network ASN along with the rest of your test results.")
    assert "health" not in types_of("The user is notified locally of the identified risk and available test "
                                    "results.")


def test_country_of_origin_is_a_coarse_location():
    assert ("location.coarse", "collect") in pairs("We collect your country of origin and IP address.")
    assert "location.coarse" not in types_of("We apply the same protection to all our users, regardless of their "
                                             "country of origin, and we share data with our vendors.")


def test_date_and_time_written_with_a_slash_are_timestamps():
    assert ("usage.logs", "collect") in pairs("We collect the date/time of each visit.")
    found = tuples("We only provide the following information to third parties:\n\n"
                   "*   Date/time stamped IP address from which a site was created\n")
    assert any(line == 3 and data_type == "usage.logs" for line, data_type, _, _ in found)


def test_the_locations_of_registered_activities_are_locations():
    found = tuples("We collect the following information:\n\n- your name\n- the locations of these activities\n")
    assert (4, "location", "collect", "first_party") in found


def test_communications_with_the_services_staff_are_messages():
    assert ("communication.messages", "collect") in pairs(
        "We collect any information you provide, including subsequent communications with the helpline and "
        "personal advisers.")
    assert ("communication.messages", "collect") in pairs("We collect the e-mail you send when you send us an email.")


def test_a_device_name_alone_is_device_information():
    # GUIDELINES: a device's name named alone fits no child ID -> device
    found = pairs("We collect your device name and operating system version.")
    assert {("device", "collect"), ("device.hardware", "collect")} <= found


def test_wi_fi_networks_are_network_information():
    assert ("device.network", "collect") in pairs("The plugin reads the Wi-Fi networks visible to your computer.")
    assert "device.network" in types_of("When you visit our Service, we may collect information about your location. "
                                        "This information may be derived from WiFi positioning or your IP address.")


def test_game_scores_and_progress_are_usage():
    assert ("usage", "share") in pairs("Your submitted scores and username are shared with other players.")
    assert ("usage", "store") in pairs("Accounts, with their email address, username and progress, are kept for "
                                       "24 months.")

