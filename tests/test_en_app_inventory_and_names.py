"""English: the app inventory of a device, names of things that are not a person, denials in relative clauses."""

from __future__ import annotations

from conftest import pairs


def test_app_inventory_wording_is_device_apps():
    assert ("device.apps", "collect") in pairs(
        "We collect information about Android application packages installed on the device.")
    assert ("device.apps", "collect") in pairs("We collect the install source of each app.")
    assert ("device.apps", "collect") in pairs("We collect the package name of the app.")


def test_name_of_a_thing_is_not_the_users_name():
    for text in ("We collect the threat name and category.",
                 "We collect the vendor name of each app.",
                 "We collect the name and package name of the app.",
                 "We collect app package info, including name, version, and upgrade status."):
        assert not any(t == "identity.name" for t, _ in pairs(text)), text
    assert ("identity.name", "collect") in pairs("We collect your name and email address.")


def test_denial_in_a_relative_clause_on_the_data_is_not_collect():
    assert pairs("We log you in through your credentials, which we never have access to.") == {
        ("account.credentials", "not_collect")}
    # a relative clause that describes the data, or denies another practice, leaves the collection alone
    assert ("contact.email", "collect") in pairs("We collect your email address, which we do not share.")
