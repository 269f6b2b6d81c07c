"""English data-type vocabulary re-authored from public taxonomies of the field (mappings/terms/en.yaml): CCPA and
GDPR category lists, the Google Play Data safety and Apple App Store privacy-label data types, OVRseen / PoliGraph
synonyms. Each phrase is typed on its own, in sentences unlike the corpus lines, and ambiguous bare words stay
untyped."""

from __future__ import annotations

import pytest

from conftest import pairs


def types_of(text: str) -> set[str]:
    return {data_type for data_type, _ in pairs(text)}


@pytest.mark.parametrize("text, data_type", [
    # CCPA commercial information and sensitive personal information
    ("We keep your purchasing or consuming histories for seven years.", "financial.transactions"),
    ("The retailer receives your reservation history.", "financial.transactions"),
    ("We collect the contents of your emails when you forward them to the assistant.", "communication.messages"),
    # Google Play Data safety / Apple privacy labels
    ("The app records the search keywords you enter.", "usage.history"),
    ("We measure page load times.", "usage.logs"),
    # ID documents and card codes
    ("We collect your state identification card number to verify your age.", "identity.id_number"),
    ("You enter the card verification code at checkout and we collect it.", "financial.payment"),
])
def test_taxonomy_phrases_are_typed(text, data_type):
    assert data_type in types_of(text)


def test_ambiguous_bare_words_stay_untyped():
    # "history", "activity" and "content" alone are not data; "purchasing" alone is no record
    assert "financial.transactions" not in types_of("We handle purchasing for the company.")
    assert "usage.history" not in types_of("We read the history of the project.")


@pytest.mark.parametrize("text, data_type", [
    # what the user makes in the service: the kind of thing and a clause saying the user made or shared it
    ("We store the recipes you share so that other cooks can find them.", "content"),
    ("We store the drawings that users publish.", "content"),
    ("We keep the reminders and routines you create until you delete them.", "content"),
    # what the user listens to, watches, reads or follows in a catalogue
    ("We record the songs you listen to in order to recommend music.", "usage.history"),
    ("We collect the podcasts that you subscribe to.", "usage.history"),
    ("We keep the playlists you create.", "usage.history"),
    # the places the user goes to
    ("The app collects the places you visit while tracking is on.", "location"),
])
def test_kinds_of_things_named_by_what_the_user_does_with_them(text, data_type):
    assert data_type in types_of(text)


def test_things_of_the_service_are_not_the_users():
    # nothing the user made, listened to or went to: the service's own catalogue and venues
    assert "usage.history" not in types_of("We license the songs from record labels.")
    assert "location" not in types_of("We list the places where our offices are.")
    assert "content" not in types_of("We publish release notes for each version.")


@pytest.mark.parametrize("text, data_type", [
    # the second factors and keys that unlock an account (NIST SP 800-63B authenticator types)
    ("We store your recovery codes in encrypted form.", "account.credentials"),
    ("We store the public key of your security key.", "account.credentials"),
    ("We store your passkeys so that you can sign in on other devices.", "account.credentials"),
    # records of payments named by their detail or fraud screening
    ("We collect invoice details from the vendor.", "financial.transactions"),
    ("We share details of suspected fraudulent transactions with fraud prevention agencies.", "financial.transactions"),
])
def test_authenticators_and_payment_records(text, data_type):
    assert data_type in types_of(text)


def test_a_bank_account_linked_for_deposits_is_no_transaction_record():
    assert "financial.transactions" not in types_of("If you link a bank account for deposits and withdrawals, "
                                                    "Plaid obtains your bank login.")


@pytest.mark.parametrize("text, data_type", [
    # the US federal website notice template of what is logged per visit
    ("We automatically collect the amount of data transmitted from Example.gov to your computer.", "usage.logs"),
    ("We collect the Internet address, or URL, of the website that connected you to our site.", "usage.history"),
    # the follow graph named in the third person
    ("We disclose the other users the user follows.", "social"),
    # a country or city tied to an IP address or an account
    ("We collect the country and city associated with your IP address.", "location.coarse"),
])
def test_federal_visit_items_follow_graph_and_coarse_places(text, data_type):
    assert data_type in types_of(text)


def test_followers_as_an_audience_are_no_follow_list():
    assert "social" not in types_of("We show your progress so that the people who follow you can see it.")


@pytest.mark.parametrize("text, data_type", [
    # the items of a visit log: what is clicked or tapped, the browser used
    ("We collect the items clicked on a page.", "usage"),
    ("We log the browser and operating system used.", "device.hardware"),
    ("We collect the types of devices used to access the site.", "device.hardware"),
    # a token the user provides to connect a service
    ("The app uses the URL and access token you provide to reach your server.", "account.credentials"),
])
def test_visit_log_items_and_tokens(text, data_type):
    assert data_type in types_of(text)


def test_the_browser_as_the_actor_is_no_browser_type():
    assert "device.hardware" not in types_of("When you visit our website, the browser used on your end device "
                                             "automatically sends information to our server.")


@pytest.mark.parametrize("text, data_type", [
    # the data of Android runtime permissions, typed as mappings/permissions.yaml types the permission
    ("The app reads locations from your media collection.", "location.precise"),
    ("The headset collects eye tracking data.", "biometric"),
    ("We collect face tracking data to animate your avatar.", "biometric.face"),
    ("The app reads the accounts on your device.", "account"),
    ("The app collects the names of paired Bluetooth devices.", "device.network"),
    ("The app collects activity recognition data.", "device.sensors"),
])
def test_android_permission_data(text, data_type):
    assert data_type in types_of(text)


@pytest.mark.parametrize("text, data_type", [
    # records, logs and details of the user's health, job, schooling and friends
    ("The app keeps a log of your runs.", "health"),
    ("We keep records of your care.", "health"),
    ("We collect details of your employment.", "identity.occupation"),
    ("We keep records of your education.", "identity.education"),
    ("We collect information about your friends.", "social"),
])
def test_details_and_records_of_the_users_life(text, data_type):
    assert data_type in types_of(text)


def test_replies_votes_and_favourites_beside_other_data():
    assert "content" in types_of("We store your email address, replies and votes.")
    assert "usage.history" in types_of("Applications may access your followers, your posts and your favourites.")
    # alone, a favourite is a setting or a feature
    assert "usage.history" not in types_of("We collect your favourites.")
