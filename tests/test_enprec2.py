"""English statements that are no practice of the service: advice, purposes and names."""

from __future__ import annotations

from conftest import pairs


def test_advice_to_the_reader_states_no_practice():
    # a first-person recommendation of what the reader should do, and a sentence-opening imperative of advice
    assert pairs("We recommend keeping your browser and operating system updated to ensure the best protection of "
                 "any locally stored data.") == set()
    assert pairs("We recommend contacting support via chat when it is possible, and avoid sharing any personal "
                 "information.") == set()
    assert pairs("Consider balancing the risks versus the benefits of analyzing personal data.") == set()
    assert pairs("Limit your disclosure to our payment processors: Use a payment method with minimal exposure of "
                 "personal or financial information (e.g. PayPal).") == set()
    # not what the service suggests or avoids doing itself, nor an invitation to the user
    assert pairs("We have configured them to avoid collecting personally identifiable information.") == {
        ("personal_info", "not_collect")}
    assert pairs("We encourage you to use an alias if you are not comfortable providing your legal name.") >= {
        ("identity.name", "collect")}
    assert pairs("We suggest profiles to you based on your location.") == {("location", "use")}


def test_what_a_thing_is_used_for_is_a_purpose_not_data():
    assert pairs("Gravatar may be used for profile images.") == set()
    assert pairs("In the future, it is likely that Twilio will also be utilized as a provider of telephony services "
                 "for phone numbers serviced outside of the US.") == set()
    assert ("usage.logs", "use") not in pairs("The SDK version. Used for diagnostics and usage analytics.")
    # data that is itself used for a purpose keeps its use
    assert pairs("We use your email address for marketing.") == {("contact.email", "use")}
    assert pairs("Your IP address is used for security.") == {("network.ip", "use")}


def test_the_operating_system_as_what_acts_or_is_asked_is_no_data():
    assert ("device.hardware", "collect") not in pairs(
        "When the app asks the operating system for a friendly place name, the service may process the location.")
    assert ("device.hardware", "collect") not in pairs(
        "Location access is requested as well, simply because the operating system insists on it.")
    assert pairs("Crash reports are sent to Apple via the operating system.") == {("usage.logs", "share")}
    # the operating system as data stays
    assert pairs("We collect your operating system and browser type.") == {("device.hardware", "collect")}
    assert pairs("The operating system you use is logged.") == {("device.hardware", "collect")}


def test_a_data_word_naming_a_feature_a_thing_or_an_event_is_no_data():
    assert pairs("Google Maps: optionally used for photo geo tagging.") == set()
    assert ("content", "collect") not in pairs(
        "If the user provides an e-mail address in that feedback text box, we rely on their consent.")
    assert ("health", "collect") not in pairs(
        "The app requests camera access only to scan the barcode on a prescription label.")
    assert ("media.photos", "collect") not in pairs(
        "If an employer invites you to a recorded or live video interview, the app will ask for access to your camera.")
    # a noun of the list itself stays data ("mailing address and confirmation", "microphone and screen")
    assert ("contact.address", "collect") in pairs(
        "For sweepstakes we collect your name, mailing address and confirmation that you are of legal age.")


def test_what_the_service_sends_out_is_its_own_mailing():
    assert pairs("We will also use it to send out notifications, reminders and feedback questionnaires.") == set()
    # a denial of sending data out stays
    assert pairs("The app does not send out any private information.") == {("personal_info", "not_collect")}


def test_a_word_of_a_quoted_label_or_command_is_no_data():
    assert ("location", "collect") not in pairs(
        'The usage information records only that a feature was used, for example that you pressed "My location".')
    assert pairs('Revoke the permissions at any time, or turn the composer suggestions off under Settings → Compose '
                 'Settings → "Suggest workouts to share".') == set()
    assert ("media.camera", "collect") not in pairs(
        'We receive only the command that results from it (say, "show the nursery camera") and never the sound of '
        'your voice.')
    # a quoted name of data stays data
    assert ("usage", "share") in pairs('Firefox OS sends "Application Usage Information" (e.g., active use time) to '
                                       'Mozilla.')
    assert pairs('We use "cookies" to collect information.') == {("usage.cookies", "use")}


def test_what_a_law_permits_for_data_in_general_is_no_practice():
    assert pairs("Note: under Data Protection legislation, and in compliance with the relevant data processing "
                 "conditions, personal data can be kept for longer periods of time when processed purely for "
                 "archiving in the public interest.") == set()
    # a party's own practice, or one on the user's data, stays
    assert ("personal_info", "share") in pairs("Under the GDPR, your data may be shared with processors.")
    assert ("financial.transactions", "store") in pairs(
        "Under tax law, invoices and payment records may be kept by us for seven years.")


def test_what_a_bare_class_of_parties_does_in_general_is_background():
    assert pairs("A chatmail server is very unlike classic e-mail servers (for example Google Mail servers) that ask "
                 "for personal data and permanently store messages.") == set()
    assert pairs("You may want to consult a legal professional, especially when implementing online services that "
                 "collect and process personal data, such as the MetaDeck service.") == set()
    assert pairs("The Board issued guidelines with specific recommendations for EU-based businesses transferring "
                 "personal data out of the EU.") == set()
    # a class the service uses or that acts for it stays
    assert ("identity", "collect") in pairs(
        "The app does use third party services that may collect information used to identify you.")
    assert ("device.id.ad_id", "collect") in pairs(
        "Ads in the App are served by advertising networks that may collect your advertising ID.")
    assert ("network.ip", "collect") in pairs("We use services that collect your IP address.")
    assert pairs("We do not run servers that collect or share your location.") == {
        ("location", "not_collect"), ("location", "not_share")}
    assert ("usage.history", "collect") in pairs(
        "We work with companies that track how users found or were referred to the Services.")
