"""English retention statements: retention lists whose values or labels the rest of the extraction does not read."""

from __future__ import annotations

from conftest import pairs, tuples


def _kept(text: str) -> set[tuple[int, str]]:
    return {(line, data_type) for line, data_type, action, _ in tuples(text, "markdown", "policy.md")
            if action == "store"}


def test_a_retention_item_kept_until_an_event_or_while_a_state_lasts_is_stored():
    # GUIDELINES: data said to be kept until then states its retention
    text = ("## How long we keep your data\n\n"
            "- **Names you gave to faces:** until you remove them or close your account.\n"
            "- **Your account itself:** until you close it.\n")
    assert {(3, "identity.name"), (4, "account")} <= _kept(text)
    assert ("identity.name", "collect") not in pairs("- **Names you gave to faces:** until you remove them.")


def test_a_bare_content_or_media_label_of_a_retention_item_is_the_data_kept():
    text = ("## Data Retention\n\n"
            "- Content: Retained until you delete it\n"
            "- Media: Retained unless orphaned (unused for 90 days)\n"
            "- **Content**: 30 days\n")
    assert {(3, "content"), (4, "media"), (5, "content")} <= _kept(text)


def test_a_bare_analytics_or_monitoring_label_of_a_retention_item_is_the_data_kept():
    text = ("## Data Retention\n\nData is retained as follows:\n\n"
            "- **Analytics**: Up to 14 months\n"
            "- **Performance Monitoring**: 90 days\n")
    assert {(5, "usage"), (6, "usage.logs")} <= _kept(text)


def test_bare_content_media_and_analytics_outside_a_retention_label_name_no_data():
    assert pairs("We share content on social media.") == set()
    assert pairs("Media: we may talk to journalists about our work.") == set()
    assert pairs("Analytics: we use Plausible to count visits.") == set()
    assert pairs("- Content: the pages of this site are licensed under CC BY 4.0.") == set()


def test_a_retention_stated_of_a_demonstrative_before_a_type_noun_is_no_storage():
    # GUIDELINES: demonstratives, also before an English type noun ("We store these logs for 1 year" -> no store)
    found = pairs("When you visit our site, we receive your IP address as part of our standard server logs. "
                  "We store these logs for 1 year.")
    assert found == {("network.ip", "collect"), ("usage.logs", "collect")}
    assert pairs("These logs are deleted after 7 days.") == set()
    assert pairs("We keep this login data for as long as your product account is active.") == set()
    # the data named by a possessive or bare keeps its retention
    assert pairs("We keep your messages for 30 days.") == {("communication.messages", "store")}
    assert pairs("Server logs are deleted after 7 days.") == {("usage.logs", "store")}
