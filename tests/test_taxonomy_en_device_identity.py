"""English vocabulary of device, network, identity, contact, financial, location, health and biometric data: words
that name such data without a listed data-type phrase."""

from __future__ import annotations

from conftest import pairs


def types(text: str) -> set[str]:
    return {data_type for data_type, _ in pairs(text)}


def test_versions_of_runtimes_and_clients_are_device_hardware():
    # the version of a runtime, engine or client a program runs with, like an OS or browser version
    assert types("We collect your Python version and the Ruby runtime version.") == {"device.hardware"}
    assert types("We collect the name and version of the chat client you use.") == {"device.hardware"}
    assert types("We collect the build architecture and the number of processors.") == {"device.hardware"}
    assert types("Update checks send us basic data about your version of the desktop app.") == {"device.hardware"}
    # a new edition of the program names no data
    assert types("Changes to this notice will ship with new extension versions.") == set()


def test_operating_environment_is_device_data():
    assert types("We collect details of your operating environment.") == {"device"}


def test_health_identity_and_biometric_words():
    assert types("We collect your exercise logs and your breathing rate.") == {"health"}
    assert types("We store the length of your cycle.") == {"health"}
    assert types("We ask whether you are legally authorized to work in Canada.") == {"identity"}
    assert types("Age verification may be required before you post.") == {"identity.age"}
    # the purpose of another field is no age data of its own
    assert "identity.age" not in types("We collect your birthday, an optional field for age verification.")
    assert types("We use your DNA to produce your ancestry composition.") >= {"identity.ethnicity"}
    assert types("We collect your degree stage and your academic institution.") == {"identity.education"}
    assert types("The app performs a liveness check and never uploads any image of your face.") >= {
        "biometric.face"}


def test_addresses_and_bluetooth():
    assert types("We do not collect your address of residence.") == {"contact.address"}
    assert types("We infer your organisation from your email domain.") >= {"contact.email"}
    # a domain name written with the word "email" in it is no email address
    assert "contact.email" not in types("We run websites on the `example.email` domains.")
    assert types("We use Bluetooth permissions to detect your car.") == {"device.network"}
    assert types("The app asks for permission to find devices on your local network.") == {"device.network"}


def test_positions_are_locations():
    assert types("The car sends us its last three positions of the car each hour.") >= {"location"}
    assert types("In an emergency we send the exact position of the vehicle to the rescue service.") >= {
        "location.precise"}
    # an idiom of being able to
    assert types("We are not in a position to read your messages.") == {"communication.messages"}


def test_list_words_and_details_of_an_employer():
    # bare "email" and "institution" as items of a list of data terms
    assert types("We collect the owner's name, email and institution.") >= {
        "identity.occupation", "contact.email"}
    assert types("We collect your name and details about your employer.") == {"identity.name", "identity.occupation"}


def test_amounts_and_currencies_of_payments():
    assert types("The extension stores the currencies and amounts of payments on each site.") == {
        "financial.transactions"}


def test_identifiable_information_is_identity():
    assert types("We do not collect any information that directly identifies you.") == {"identity"}
    assert types("We will not share directly identifiable information with researchers.") == {"identity"}
    # information said not to identify anyone is not identity data
    assert "identity" not in types("We collect non-identifiable information about your use of our Services.")


def test_interactions_beside_other_data_are_usage():
    assert "usage" in types("We collect your username, IP address and other interactions with services.")
    assert "usage" in types("Other servers receive your public posts and interactions.")
