"""English vocabulary of usage, browsing history, account and camera data: wordings that name such data without a
listed data-type phrase."""

from __future__ import annotations

from conftest import pairs


def test_progress_the_service_tracks_or_saves_is_usage():
    assert ("usage", "collect") in pairs("We track your progress through this service to improve it.")
    assert ("usage", "store") in pairs("We use the information described above to save your progress and sync it "
                                       "across devices.")
    assert ("usage", "store") in pairs("We use your data to run the Games and keep your progress in sync across your "
                                     "devices.")
    # progress the user keeps or loses is no data the service handles
    assert "usage" not in {t for t, _ in pairs(
        "Speaking exercises can be switched off at any time without losing your progress; we collect your email "
        "address.")}


def test_learning_history_is_usage():
    assert ("usage", "store") in pairs("Your account, profile and learning history are kept for as long as your "
                                       "account is open.")


def test_how_residents_or_people_find_and_use_a_service_is_usage():
    assert ("usage", "use") in pairs("We use your information to analyze how residents use the Portal.")
    assert ("usage", "collect") in pairs(
        "Google Analytics collects data to help agencies understand how people find, access, and use government "
        "services online.")


def test_saved_pages_and_items_are_browsing_history():
    assert ("usage.history", "collect") in pairs(
        "When you use MDN Plus features, we receive the data required to provide them: if you set saved pages, we "
        "receive your saved pages.")
    assert ("usage.history", "collect") in pairs("We collect your saved items so that you can sync them.")


def test_record_of_a_subscription_and_linked_accounts_are_account_data():
    found = pairs("Mozilla receives a record of your subscription and information about the status of your "
                  "account's subscription and payment.")
    assert {("account", "collect"), ("financial.transactions", "collect")} <= found
    assert ("account", "collect") in pairs("We collect information you give the bot, such as linked accounts.")


def test_closed_circuit_television_is_images():
    assert ("media.photos", "collect") in pairs(
        "We record closed-circuit television (CCTV) images in the lobbies of each Building.")
    assert ("media.photos", "share") in pairs("We share CCTV recordings with the police on request.")
    assert ("media.photos", "store") in pairs("We keep CCTV images for 31 days.")


def test_routes_and_tracks_the_user_records_are_location():
    assert "location" in {t for t, _ in pairs(
        "We use this data to calculate the distance of your trips and to record the start and end points of your route.")}
    assert ("location", "store") in pairs("The GPX tracks that are imported are stored in Apple's iCloud service.")
    assert ("location", "not_share") in pairs("We do not send your walk paths to Google.")
