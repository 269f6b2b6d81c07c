"""English action choice: which practice a data phrase takes when the sentence has more than one verb."""

from __future__ import annotations

from conftest import pairs


def test_what_data_could_be_used_for_is_no_use():
    # GUIDELINES: "information which could be used to identify you" names the data by what it could do; the verb the
    # noun is the argument of states the practice
    found = pairs("While using our Service, we may ask you to provide us with certain personally identifiable "
                  "information that can be used to contact or identify you (“Personal Data”).")
    assert found == {("personal_info", "collect")}


def test_tools_used_to_collect_leave_the_collected_list_to_the_collect_verb():
    # GUIDELINES (tools used to collect): the tools take `use`, the data they collect `collect`, also where the parser
    # broke the sentence at the later items of the list
    found = pairs("These third parties may use cookies, web beacons and other technologies to collect information "
                  "about your use of the services and other websites, including your IP address, web browser, pages "
                  "viewed, time spent on pages, links clicked and conversion information.")
    assert ("usage.history", "collect") in found
    assert ("usage.history", "use") not in found
    assert ("usage.cookies", "use") in found
