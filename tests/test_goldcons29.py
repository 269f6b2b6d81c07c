"""The twenty-ninth gold consistency pass: data stored on a named host's servers (no period) is the service's own
`store` and a `share` with the host, never a `store` by the host; a host or other processor keeping data with no
period states no `store` of its own, and a tool named as the agent of the collecting verb collects alone (English dev
files; the hosting and tool rules of the guidelines, "stored on a named host's servers" and "We collect information
through Plausible")."""

from __future__ import annotations

from conftest import dev_gold_statements
from conftest import gold_line_tuples as _tuples


def _statements(policy, line):
    """(data type, action, actor, recipient) of each gold statement of `policy` on `line`."""
    return {
        (s["data_type"], s["action"], s["actor"], s.get("recipient"))
        for s in dev_gold_statements(policy)
        if s["line"] == line
    }


def test_mailing_list_server_hosted_with_linode_shares_the_addresses_with_the_host():
    # en-r43-zooniverse-privacy 85: "Our mailing list server, which contains a copy of subscribed email addresses …,
    # is hosted on a virtual private server with Linode in the UK" -> store by first_party and share with the host
    statements = _statements("en-r43-zooniverse-privacy", 85)
    assert ("contact.email", "store", "first_party", None) in statements
    assert ("contact.email", "share", "first_party", "third_party") in statements
    # the AWS line above it already read so
    assert ("personal_info", "share", "first_party", "amazon") in _statements("en-r43-zooniverse-privacy", 83)


def test_hosting_providers_keeping_traffic_data_with_no_period_collect_it_and_store_nothing():
    # en-r54-mobile-libraries-privacy 7: "website hosting providers can store web traffic data that could include
    # information such as your IP address" -> collect network.ip by the hosts, no store by them
    tuples = _tuples("en-r54-mobile-libraries-privacy", 7)
    assert ("network.ip", "collect", "third_party") in tuples
    assert ("network.ip", "store", "third_party") not in tuples
    assert ("personal_info", "not_collect", "first_party") in tuples
    # as GitHub Pages' logging of visitor IP addresses elsewhere in the corpus
    assert ("network.ip", "collect", "github") in _tuples("en-r64-framewiki-privacy", 9)
    assert ("network.ip", "store", "github") not in _tuples("en-r64-framewiki-privacy", 9)


def test_named_host_lines_keep_the_services_store_and_the_share():
    # the guidelines' own examples and their corpus lines
    statements = _statements("en-w8-telematics", 75)
    for data_type in ("device.sensors", "location", "account"):
        assert (data_type, "store", "first_party", None) in statements
        assert (data_type, "share", "first_party", "amazon") in statements
    statements = _statements("en-w7-gdpr-saas", 42)
    assert ("content", "store", "first_party", None) in statements
    assert ("content", "share", "first_party", "hetzner") in statements
    statements = _statements("en-r29-trustroots", 47)
    assert ("personal_info", "store", "first_party", None) in statements
    assert ("personal_info", "share", "first_party", "hetzner") in statements


def test_data_kept_with_a_tool_is_shared_with_the_tool_only():
    # en-r26-biosimulations 13: MongoDB Atlas hosts the database (store and share), Google Analytics is the tool
    # used to store the behaviour data (share only)
    statements = _statements("en-r26-biosimulations", 13)
    assert ("contact.email", "store", "first_party", None) in statements
    assert ("contact.email", "share", "first_party", "mongodb_atlas") in statements
    assert ("usage", "share", "first_party", "google_analytics") in statements
    assert ("usage", "store", "first_party", None) not in statements
    assert ("usage", "store", "google_analytics", None) not in statements


def test_tool_as_agent_of_the_collecting_verb_collects_alone():
    # "We use Google Analytics software to collect information about how you use …" -> the tool only
    assert _tuples("en-r21-home-office-design-system-cookies", 14) == {("usage", "collect", "google_analytics")}
    assert ("usage", "collect", "first_party") not in _tuples("en-r11-govuk-notify", 66)
    # "We collect information through Plausible" -> both
    tuples = _tuples("en-r17-beis-regulated-professions-register", 31)
    assert {("usage", "collect", "first_party"), ("usage", "collect", "plausible")} <= tuples
