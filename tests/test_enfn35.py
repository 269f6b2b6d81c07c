"""English first-party recall: system properties named in items and table rows (a window or browser resolution, the
command shell a tool runs in, the network protocol of a connection) and a person's nickname named with the place it
is used in ("Your server nickname")."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs


def test_window_and_browser_resolution_are_device_hardware():
    assert ("device.hardware", "collect") in pairs("We collect the OS, locale, language and window resolution.")
    assert ("device.hardware", "collect") in pairs("The SDK collects the device/browser resolution.")


def test_the_shell_a_tool_runs_in_is_device_hardware():
    found = markdown_policy_tuples("We collect the following information:\n\n"
                                   "- **Shell environment**: Type of shell being used (bash, zsh, PowerShell, etc.)\n")
    assert (5, "device.hardware", "collect", "first_party") in found


def test_the_protocol_type_of_a_connection_is_device_network():
    found = markdown_policy_tuples("We collect the following information:\n\n"
                                   "- Protocol type (such as HTTP, HTTPS, etc.)\n")
    assert (5, "device.network", "collect", "first_party") in found


def test_a_nickname_named_with_the_server_it_is_used_on_is_profile_data():
    found = markdown_policy_tuples("The bot may collect and store the following information about you:\n\n"
                                   "- Your server nickname, if you have one\n")
    assert (5, "account.profile", "collect", "first_party") in found


def test_a_server_or_domain_name_stays_no_data():
    found = pairs("We collect the domain name and the server name.")
    assert not any(data_type == "identity.name" for data_type, _ in found)


def test_data_aggregated_after_a_time_span_is_kept_until_then():
    found = markdown_policy_tuples("## Data Retention\n\n- Performance metrics: Aggregated after 7 days\n"
                                   "- Error logs: Anonymized after 90 days\n")
    assert (5, "usage.logs", "store", "first_party") in found
    assert (6, "usage.logs", "store", "first_party") in found


def test_data_a_label_calls_anonymised_stays_without_a_tuple():
    found = markdown_policy_tuples("## Analytics\n\n- **Analytics Data:** Anonymized data retained for 12 months\n"
                                   "- Performance metrics: Aggregated\n")
    assert not found
