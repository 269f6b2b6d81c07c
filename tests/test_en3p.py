from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


RETENTION_TABLE = """## How long we keep personal data

We keep personal data only for as long as we need it, and in particular:

| Data | Retention period |
|---|---|
| Account details | Until you close your account, and then for 30 days |
| Support conversations and call recordings | 24 months after the ticket is closed, in Zendesk |
| Crash reports | 30 days in Sentry |
| Proctoring recordings | 180 days in Proctorio |
| Invoices | 7 years in accordance with tax law |
"""


def test_a_retention_table_cell_naming_the_tool_the_data_is_kept_in_is_that_tools_store():
    # GUIDELINES: processors, "Error reports: 30 days in Sentry" -> `store` by the tool, in a table's cell alike
    found = _found(RETENTION_TABLE)
    stores = {(line, data_type, actor) for line, data_type, action, actor, _ in found if action == "store"}
    assert (8, "communication.messages", "zendesk") in stores
    assert (9, "usage.logs", "sentry") in stores
    assert (9, "usage.logs", "first_party") not in stores
    # a tool no catalogue knows is a third party
    assert (10, "media", "third_party") in stores
    # a bare period, or one "in accordance with" a law, stays the service's own
    assert (7, "account", "first_party") in stores
    assert any(line == 11 and actor == "first_party" for line, _, actor in stores)


def test_a_retention_item_kept_at_an_uncatalogued_tool_is_a_third_partys_store():
    found = _found("## How long we keep data\n\n- Proctoring recordings: 180 days in Proctorio.\n"
                   "- Exam results: 5 years in Europe.\n")
    assert (3, "media", "store", "third_party", None) in found
    assert not any(line == 4 and actor == "third_party" for line, _, _, actor, _ in found)


def test_each_agent_of_a_passive_written_with_its_own_by_performs_the_practice():
    found = _found("The audio and video of a call pass through Agora's servers in real time but are not recorded by "
                   "Kindling or by Agora.")
    assert (1, "media", "not_collect", "agora", None) in found
    found = _found("Crash reports are collected by us and by Sentry.")
    assert {(1, "usage.logs", "collect", "first_party", None), (1, "usage.logs", "collect", "sentry", None)} <= found


def test_cookies_a_participle_says_a_named_party_provides_or_sets_are_that_partys_use():
    # GUIDELINES: cookies, "analytics cookies provided by Google Analytics" -> `google_analytics`
    found = _found("Our website uses strictly necessary cookies to keep you signed in and, if you accept them, "
                   "analytics cookies provided by Google Analytics, which record the pages you visit.")
    assert {(1, "usage.cookies", "use", "first_party", None),
            (1, "usage.cookies", "use", "google_analytics", None)} <= found
    found = _found("Our site uses cookies placed by Google and Meta.")
    assert {(1, "usage.cookies", "use", "google", None), (1, "usage.cookies", "use", "facebook", None)} <= found


def test_data_deleted_from_a_partys_tool_at_the_end_of_its_period_was_kept_by_that_party():
    # GUIDELINES: processors, a retention period of data kept in or at a processor's tool is that tool's `store`
    found = _found("Telemetry data is retained for a period of 14 months, after which it is automatically deleted "
                   "from Google Analytics.")
    assert (1, "usage", "store", "google_analytics", None) in found
    assert (1, "usage", "store", "first_party", None) not in found
    found = _found("Crash reports are deleted from Sentry after 90 days.")
    assert (1, "usage.logs", "store", "sentry", None) in found
    # a party no catalogue knows, by its systems
    found = _found("Error logs are deleted from Lumenmatch's systems within 24 hours.")
    assert any(action == "store" and actor == "third_party" for _, _, action, actor, _ in found)
    # our own servers stay ours
    assert (1, "usage.logs", "store", "first_party", None) in _found(
        "Crash reports are deleted from our servers after 90 days.")


def test_the_google_ads_tag_is_googles_not_the_admob_sdks():
    # GUIDELINES (cookies): "the Meta Pixel and the Google Ads tag … record which pages of the website you visit" ->
    # `facebook` / `google`; Google Ads, the advertising platform, is not the AdMob mobile ads SDK
    found = _found("The Meta Pixel and the Google Ads tag record the pages you visit.")
    assert {(1, "usage.cookies", "use", "google", None), (1, "usage.history", "collect", "google", None)} <= found
    assert not any(actor == "admob" for _, _, _, actor, _ in found)
    assert any(actor == "admob" for _, _, _, actor, _ in _found("The app shows ads through the Google Mobile Ads SDK, "
                                                                 "which collects your advertising ID."))


def test_the_kind_of_party_the_sentence_before_gave_named_examples_of_is_those_parties():
    # GUIDELINES: a category followed by named examples gives one tuple per catalogued example and the category
    found = _found("We obtain a credit report about you from one or more consumer reporting agencies, such as Equifax, "
                   "Experian or TransUnion. To do so, we give the agency your name and Social Security number.")
    for party in ("equifax", "experian", "transunion", "third_party"):
        assert (1, "identity.name", "share", "first_party", party) in found
    found = _found("Many of these services use a data aggregator, such as Plaid, to reach your account. When you "
                   "authorize a connection, we send the aggregator your account and routing numbers.")
    assert (1, "financial.payment", "share", "first_party", "plaid") in found
    # no examples named before: the category alone
    found = _found("We work with a credit reference agency. We give the agency your name.")
    assert {f[4] for f in found if f[2] == "share"} == {"third_party"}


def test_a_party_putting_a_file_called_a_cookie_in_the_browser_uses_the_cookie():
    # GUIDELINES (cookies): placing a cookie is its use by the party that places it; the place may hang on the
    # participle that names the file a cookie
    found = _found("When you visit this site the Google Analytics program puts a small file called a cookie in your "
                   "browser.")
    assert (1, "usage.cookies", "use", "google_analytics", None) in found
    assert (1, "usage.cookies", "use", "first_party", None) not in found
