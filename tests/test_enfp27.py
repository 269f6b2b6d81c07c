"""English first-party precision: "set out" / "set forth" says where the document states something, and "setting" is
a setting or the person's act of setting something; neither sets the data it names, while setting cookies stays a use
of cookies and the practice the sentence states elsewhere keeps its tuple. Telemetry named as the feature switched on
or off, as the name of a setting or as the channel other data goes through is no usage data; telemetry collected or
sent stays usage."""

from __future__ import annotations

from conftest import pairs


def test_data_set_out_in_the_notice_is_no_use():
    found = pairs("In those instances we may need to disclose the personal data set out in this Notice to law "
                  "enforcement.")
    assert ("personal_info", "use") not in found
    assert ("personal_info", "share") in found


def test_data_set_forth_below_is_no_use():
    found = pairs("Carrying out other business purposes stated when collecting your Personal Data or as otherwise set "
                  "forth in applicable data privacy laws.")
    assert ("personal_info", "use") not in found


def test_use_of_personal_data_as_set_out_in_the_notice_stays_use():
    found = pairs("Your use of our service means you agree to our use of your personal data as set out in this "
                  "privacy notice.")
    assert ("personal_info", "use") in found


def test_a_data_setting_is_no_use_of_the_data():
    found = pairs("For Microsoft Edge on Windows 10 and later, sending Optional diagnostic data is determined by your "
                  "Windows diagnostic data setting.")
    assert ("usage.logs", "use") not in found


def test_setting_a_profile_to_private_is_no_use_of_the_profile():
    found = pairs("Setting your profile to private in Settings hides it from everyone except friends you have "
                  "accepted.")
    assert not {p for p in found if p[0] == "account.profile"}


def test_setting_cookies_stays_a_use_of_cookies():
    found = pairs("We may track you by setting cookies on your device.")
    assert ("usage.cookies", "use") in found


def test_cookies_we_set_stay_used():
    found = pairs("We set cookies in a number of different locations across our services.")
    assert ("usage.cookies", "use") in found


def test_telemetry_enabled_as_a_condition_names_no_usage():
    found = pairs("If telemetry is enabled, this anonymous data is sent to our server and used solely to improve the "
                  "tool.")
    assert not {p for p in found if p[0] == "usage"}


def test_choosing_to_enable_telemetry_names_no_usage():
    found = pairs("The app does not upload your projects, photos, or identification data to any server unless you "
                  "explicitly choose to enable telemetry.")
    assert not {p for p in found if p[0] == "usage"}
    assert ("media.photos", "not_collect") in found


def test_a_telemetry_profile_setting_names_no_usage():
    found = pairs("The SDK also sends the telemetry profile, an optional value set by the user.")
    assert not {p for p in found if p[0] == "usage"}


def test_telemetry_collected_stays_usage():
    assert ("usage", "collect") in pairs("We collect limited telemetry data to help us understand usage patterns.")
    assert ("usage", "not_collect") in pairs("The app does not include any telemetry services.")


def test_telemetry_as_the_channel_names_no_usage():
    found = pairs("As part of our server's logging system, some network information such as your IP address may be "
                  "logged as telemetry when you access our Catalogue service.")
    assert ("network.ip", "collect") in found
    assert not {p for p in found if p[0] == "usage"}
    assert not {p for p in pairs("Error traces and statistical information obtained from telemetry may be shared "
                                 "openly.") if p[0] == "usage"}


def test_telemetry_named_as_an_example_of_activity_stays_usage():
    assert ("usage", "collect") in pairs("We collect telemetry, such as the features you use.")
