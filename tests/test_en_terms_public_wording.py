"""English data-type wording frequent in public policy corpora (OPP-115, PoliGraph phrase map) that the term lists of
mappings/terms/en.yaml did not cover."""

from __future__ import annotations

from conftest import pairs


def types_of(text: str) -> set[str]:
    return {data_type for data_type, _ in pairs(text)}


def test_landing_pages_among_logged_pages_are_browsing_history():
    assert ("usage.history", "collect") in pairs("Our servers record landing pages, IP addresses and browser types.")
    # alone, the service's own landing pages are no data
    assert "usage.history" not in types_of("You can learn more about our plans on our landing pages.")


def test_ads_clicked_among_visit_data_are_interactions():
    assert ("usage", "collect") in pairs("Our ad server logs the browser type, the time and date and the "
                                         "advertisements clicked during your visit.")


def test_action_tags_and_spacer_gifs_are_tracking_pixels():
    assert ("usage.cookies", "use") in pairs("Our advertising partners use action tags to measure how well their ads "
                                             "perform on our site.")
    assert ("usage.cookies", "use") in pairs("We place spacer GIFs in our newsletters to learn whether they were "
                                             "opened.")


def test_spelt_out_mobile_identifiers():
    assert ("device.id.imsi", "collect") in pairs("The app collects the international mobile subscriber "
                                                  "identification number of your SIM card.")
    assert ("device.id.imei", "collect") in pairs("The app collects the international mobile equipment "
                                                  "identification of your phone.")
    assert ("device.id.android_id", "collect") in pairs("The SDK collects the Android UDID of your device.")
