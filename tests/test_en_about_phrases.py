"""What information is said to be about: "information about your health" names health data, as "information about
your device" names device data (mappings/terms/en.yaml, patterns)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.mark.parametrize("text, data_type", [
    ("We may collect information about your health when you use the symptom checker.", "health"),
    ("We process data concerning health only with your explicit consent.", "health"),
    ("The app stores details about your sleep and diet.", "health"),
    ("We collect information regarding your employment history.", "identity.occupation"),
    ("We ask for information about your education.", "identity.education"),
    ("We collect information about your finances to assess your application.", "financial"),
    ("We collect information about your phone, such as its model.", "device"),
    ("The app collects information about your internet connection.", "device.network"),
    ("We store information about your calls.", "communication.call_log"),
    ("We collect information about your identity to verify you.", "identity"),
    ("We collect information about your card to process the payment.", "financial.payment"),
])
def test_information_about_a_category_of_the_user_names_that_category(text, data_type):
    assert (data_type, "collect") in {(t, "collect") for t, action in pairs(text) if action in
                                      ("collect", "use", "store")}


def test_health_insurance_and_workplace_safety_are_not_health_data():
    assert "health" not in {t for t, _ in pairs("We collect information about your health insurance plan.")}
    assert "health" not in {t for t, _ in pairs("We keep data concerning health and safety incidents at our "
                                                "offices.")}


def test_accounts_named_by_their_state_in_a_retention_rule_are_account_data():
    assert ("account", "store") in pairs("Inactive accounts and related data may be deleted after 12 months of "
                                         "inactivity.")
    assert ("account", "store") in pairs("Dormant accounts are deleted after two years.")


def test_a_storage_permission_counts_as_the_files_on_the_storage():
    # GUIDELINES: a storage permission counts as the files on the storage, never the parent `storage`
    found = pairs("The app asks for the storage permission to save your exports.")
    assert ("storage.files", "collect") in found and ("storage", "collect") not in found


def test_the_phone_permission_reads_the_device_identity():
    assert ("device.id", "collect") in pairs("The app requests the phone permission to pause playback during calls.")
