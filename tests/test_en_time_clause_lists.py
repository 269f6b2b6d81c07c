"""A time clause by the user inside a list of collected data ("the sites you visit just before or just after you use
the Service, the pages you view, and the dates …") does not take the items after it: the parser hangs them on the
clause's verb, but they go on the list of the collecting verb (policycheck/extract/en/clauses.py,
_list_item_taken_by_time_clause)."""

from __future__ import annotations

from conftest import pairs

LOG_TEMPLATE = ("This automatically collected information may include your IP address or other device address or ID, "
                "web browser and/or device type, the web pages or sites that you visit just before or just after you "
                "use the Service, the pages or other content you view or otherwise interact with on the Service, and "
                "the dates and times that you visit, access, or use the Service.")


def test_items_after_a_time_clause_joined_to_its_object_stay_on_the_list():
    found = pairs("We may also automatically record certain information from your device. " + LOG_TEMPLATE)
    assert ("usage.logs", "collect") in found
    assert ("network.ip", "collect") in found


def test_items_read_as_a_second_object_of_the_time_clause_stay_on_the_list():
    found = pairs("We collect your IP address, the web pages or sites that you visit just before or just after you use "
                  "the Service, the pages you view, and the dates and times that you visit the Service.")
    assert ("usage.logs", "collect") in found


def test_device_address_or_id_is_a_device_identifier():
    assert ("device.id", "collect") in pairs("We collect your IP address or other device address or ID.")

