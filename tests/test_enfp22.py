"""English first-party precision: words read by what their sentence does with them. The traffic of a website that is
measured or understood is aggregate data, no usage of a user; the payment method or payment data named beside the
amount and date of a payment is part of the transaction record; bare "recordings" of an interview, an exam or a
research session are media (video and audio), not audio alone; the VIN and the state of charge of a
vehicle obtained from its maker or named as a licence-plate or insurance detail fit no ID; "the installed app" is one
app, not the app inventory; a denial of recording only the full IP address states no practice."""

from __future__ import annotations

from conftest import pairs


def test_measuring_website_traffic_names_no_usage():
    assert not {p for p in pairs("- Measuring website traffic") if p[0].startswith("usage")}


def test_understanding_website_traffic_from_reports_names_no_usage():
    found = pairs("We use reports provided by these analytics tools to help us understand website traffic and usage.")
    assert not {p for p in found if p[0].startswith("usage")}


def test_website_traffic_data_sent_to_analytics_stays_usage():
    found = pairs("Google Analytics collects information about website traffic and usage.")
    assert ("usage", "collect") in found


def test_analyzing_site_traffic_stays_usage():
    assert ("usage", "use") in pairs("- Analyze site traffic and usage trends")


def test_payment_method_in_a_record_with_amount_and_date_is_the_transaction():
    found = pairs("For every deposit and withdrawal, a record is created that includes the amount, date, time, payment "
                  "method and outcome.")
    assert ("financial.transactions", "collect") in found
    assert not {p for p in found if p[0] == "financial.payment"}


def test_payment_information_about_bookings_is_the_transaction():
    found = pairs("We collect dates, durations and payment information about bookings.")
    assert ("financial.transactions", "collect") in found
    assert not {p for p in found if p[0] == "financial.payment"}


def test_payment_method_with_a_card_number_stays_payment():
    found = pairs("We collect your payment method, such as your card number and expiry date, and the amount.")
    assert ("financial.payment", "collect") in found


def test_recordings_of_research_sessions_are_media():
    found = pairs("Recordings of research sessions in which you could be identified will be deleted within 2 years.")
    assert ("media", "store") in found
    assert not {p for p in found if p[0] == "media.audio"}


def test_recordings_under_an_interview_recordings_label_are_media():
    found = pairs("- Interview recordings: we keep recordings for 12 months after the interview date.")
    assert ("media", "store") in found
    assert not {p for p in found if p[0] == "media.audio"}


def test_recordings_of_calls_stay_audio():
    found = pairs("Recordings of support calls are deleted after 12 months.")
    assert ("media.audio", "store") in found


def test_vehicle_data_from_the_manufacturers_connected_car_service_fits_no_id():
    found = pairs("If you link your vehicle, we obtain its battery state of charge and its vehicle identification number "
                  "(VIN) from the manufacturer's connected-car service.")
    assert not {p for p in found if p[0] in ("device.sensors", "device.id.serial")}


def test_a_vin_named_beside_the_licence_plate_fits_no_id():
    found = pairs("Drivers must submit information about each vehicle, such as its make, model, license plate number and "
                  "vehicle identification number.")
    assert not {p for p in found if p[0] == "device.id.serial"}


def test_the_vin_of_the_services_own_connected_car_stays_its_serial():
    found = pairs("To activate the app, the owner links the car by typing in its vehicle identification number (VIN).")
    assert {p for p in found if p[0] == "device.id.serial"}


def test_the_installed_app_is_one_app_not_the_app_inventory():
    found = pairs("The app asks for this permission to open links directly in the installed app when it is clicked.")
    assert not {p for p in found if p[0] == "device.apps"}


def test_the_installed_apps_stay_the_app_inventory():
    assert ("device.apps", "collect") in pairs("We collect information about the installed apps on your device.")


def test_a_denial_of_recording_the_full_ip_address_states_no_practice():
    found = pairs("We do not record the full IP address of users (which is anonymised to the first 3 octets).")
    assert not {p for p in found if p[0] == "network.ip"}


def test_a_denial_of_recording_the_ip_address_stays_a_denial():
    assert ("network.ip", "not_collect") in pairs("We do not record your IP address.")


def test_the_referrer_of_a_referral_programme_is_a_person_not_a_page():
    found = pairs("We store the referral code connected to the Referrer's wallet and the referee's account.")
    assert not {p for p in found if p[0] == "usage.history"}


def test_a_logged_referrer_stays_the_page_a_visit_came_from():
    found = pairs("Requests to the website are logged with the client IP address, user agent and referrer.")
    assert ("usage.history", "collect") in found
