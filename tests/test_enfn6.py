"""English first-party recall of data types: a YES / NO "Collected" column of a table of categories, Android manifest
entries that remove a permission, what the records of a service are said to exclude, the user's transcripts and
personal content, and the service's records of how it handled requests and accounts (log data)."""

from __future__ import annotations

from conftest import markdown_policy_tuples

_found = markdown_policy_tuples

CATEGORY_TABLE = ("#### Categories We Collect\n"
                  "| **Category** | **Collected** | **Usage** |\n"
                  "|--------------|---------------|-----------|\n"
                  "| Precise geolocation | ❌ No | N/A |\n"
                  "| Health information | NO | N/A |\n"
                  "| Audio recordings | ✅ Yes | Voice notes for transcription only |")


def test_collected_column_no_cells_deny_collection():
    found = _found(CATEGORY_TABLE)
    rows = {t for t in found if t[0] >= 6}
    assert (6, "location.precise", "not_collect", "first_party") in rows
    assert (7, "health", "not_collect", "first_party") in rows
    assert (8, "media.audio", "collect", "first_party") in rows
    assert not {t for t in rows if t[0] in (6, 7) and t[2] == "collect"}


def test_collected_column_only_for_yes_no_cells():
    # a table with no "Collected" column keeps the practice of its heading
    found = _found("#### Categories We Collect\n"
                   "| **Category** | **Usage** |\n"
                   "|--------------|-----------|\n"
                   "| Precise geolocation | Maps |")
    assert (6, "location.precise", "collect", "first_party") in found
    assert not any(t[2] == "not_collect" for t in found)


MANIFEST = ("To protect user privacy, the following permissions have been manually removed from the app’s manifest:\n"
            "```\n"
            '<uses-permission android:name="com.google.android.gms.permission.AD_ID" tools:node="remove" />\n'
            '<uses-permission android:name="android.permission.ACCESS_ADSERVICES_AD_ID" tools:node="remove" />\n'
            "```")


def test_removed_manifest_permissions_are_denied():
    found = _found(MANIFEST)
    assert (5, "device.id.ad_id", "not_collect", "first_party") in found
    assert (6, "device.id.ad_id", "not_collect", "first_party") in found
    assert not any(t[2] == "collect" for t in found)


def test_removed_entry_denies_under_a_requesting_introduction():
    found = _found("The app's manifest declares the following permissions:\n"
                   "```\n"
                   '<uses-permission android:name="android.permission.CAMERA" />\n'
                   '<uses-permission android:name="com.google.android.gms.permission.AD_ID" tools:node="remove" />\n'
                   "```")
    assert (5, "media.camera", "collect", "first_party") in found
    assert (6, "device.id.ad_id", "not_collect", "first_party") in found
    assert (6, "device.id.ad_id", "collect", "first_party") not in found


def test_records_that_exclude_data_deny_it():
    assert (3, "content", "not_collect", "first_party") in _found("Error logs exclude all personal content.")
    assert (3, "network.ip", "not_collect", "first_party") in _found("Our crash reports exclude your IP address.")
    # an exclusion by something other than records is no denial of collection
    assert (3, "network.ip", "not_collect", "first_party") not in _found(
        "Our customers exclude your IP address from their lists.")


def test_transcripts_and_personal_content_are_content():
    assert (3, "content", "not_collect", "first_party") in _found("No transcript content is ever logged or stored.")
    found = _found("We use your information to:\n- Deliver transcription results via email")
    assert (4, "content", "use", "first_party") in found
    assert not any(t[1] == "usage.history" for t in found)
    assert (3, "content", "not_collect", "first_party") in _found("Error logs exclude all personal content.")


def test_records_of_the_service_handling_are_logs():
    found = _found("We automatically collect:\n"
                   "- Account creation timestamp\n"
                   "- Processing success/failure status\n"
                   "- Processing metadata")
    assert {(4, "usage.logs", "collect", "first_party"), (5, "usage.logs", "collect", "first_party"),
            (6, "usage.logs", "collect", "first_party")} <= found


def test_records_data_that_does_not_include_data_denies_it():
    assert _found("Analytics data does not include your name or email address.") == {
        (3, "identity.name", "not_collect", "first_party"), (3, "contact.email", "not_collect", "first_party")}
    assert (3, "contact.email", "not_collect", "first_party") in _found("Crash data never contains your email address.")
    # the later conjunct of an inclusion takes the records subject of the first
    assert (3, "identity.name", "not_collect", "first_party") in _found(
        "Usage metrics include the pages you visit, but do not include your name.")
    # data that is not records: a definition, no denial
    assert _found("Personal data does not include anonymised data.") == set()


def test_counts_of_use_are_usage():
    found = _found("We automatically collect:\n- Number of transcriptions processed\n- The number of reports submitted")
    assert {(4, "usage", "collect", "first_party"), (5, "usage", "collect", "first_party")} <= found
    # a count inside a sentence is left to the sentence ("the number of characters sent to your computer")
    assert not any(t[1] == "usage" for t in _found(
        "We log the page you requested and the number of characters sent to your computer."))
