"""English actors: a named tool whose services we use to record data is the tool, also when the parser hung the
infinitive on the last conjunct of the object ("We use DataDog's monitoring, tracing, and logging services to record
… logs"), and a name written with a capital inside ("AddThis", "DataDog") that the tagger did not read as a proper
noun is a party other than us."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of, tuples


def _tuples(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def _policy(text: str) -> set[tuple]:
    return {t[1:] for t in markdown_policy_tuples(text)}


def test_services_of_a_named_tool_record_for_the_tool():
    # corpus line en-r59-bluesky-privacy:40 (gold: collect usage.logs by datadog)
    assert _policy("- DataDog. We use DataDog's monitoring, tracing, and logging services to record application and "
                   "server metrics, logs, and related debugging information.") == {
        ("usage.logs", "collect", "datadog")}
    assert _tuples("We use Mixpanel's monitoring, tracing, and logging services to record application and server "
                   "metrics, logs, and related debugging information.") == {("usage.logs", "collect", "mixpanel")}


def test_services_naming_no_party_stay_ours_or_the_unnamed_tool():
    assert _tuples("We use our servers to record application logs.") == {("usage.logs", "collect", "first_party")}
    assert _tuples("We use cookies to collect your IP address.") == {
        ("network.ip", "collect", "first_party"), ("usage.cookies", "use", "first_party")}


def test_a_name_with_an_inner_capital_is_a_third_party():
    # corpus line en-r54-nih-gov-privacy:96 ("_AddThis_ collects non-personal data …"), tagged as a determiner
    assert _policy("NIH uses the AddThis service to allow you to bookmark content. AddThis collects non-personal "
                   "data, including the aggregate and summary statistics on browsers and usage patterns.") == {
        ("usage", "collect", "third_party")}
    assert _policy("We use the TeamViewer tool for support. TeamViewer stores your IP address.") == {
        ("network.ip", "store", "third_party")}


def test_the_catalogued_spelling_with_an_inner_capital_is_that_sdk():
    assert ("network.ip", "collect", "datadog") in _policy(
        "We send crash data to a monitoring service. DataDog collects your IP address.")


def test_our_own_name_with_an_inner_capital_stays_ours():
    text = "# BirdWatch privacy policy\n\nBirdWatch collects your location.\n"
    assert {t[1:] for t in tuples(text, name="policy.md")} == {("location", "collect", "first_party")}


def test_a_tool_named_after_coordinated_data_of_a_nominal_practice_is_its_actor():
    # corpus line en-w7-gdpr-saas:58 (gold: not_collect location.precise by mixpanel)
    assert _tuples("We have disabled the collection of IP addresses and precise location data in Mixpanel.") == {
        ("network.ip", "not_collect", "mixpanel"), ("location.precise", "not_collect", "mixpanel")}
    assert _tuples("We have disabled the collection of precise location data in Mixpanel.") == {
        ("location.precise", "not_collect", "mixpanel")}
