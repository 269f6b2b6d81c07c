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
