"""English first-party recall of data types: a YES / NO "Collected" column of a table of categories and Android manifest
entries that remove a permission."""

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
