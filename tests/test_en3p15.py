"""English third-party recall: data words of a table of services (what each service receives), the usage statistics
an analytics tool is said to be used for or an item names beside its tool, permissions said removed from the manifest,
and data kept on a provider's servers."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def _tuples(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


SERVICE_TABLE = """We use the following third-party services that may process your data:

| **Service** | **Purpose** | **Data Shared** | **Privacy Policy** |
|-------------|-------------|-----------------|-------------------|
| **Mailgun** | Email delivery of transcriptions | Your email address and transcription results | [https://www.mailgun.com/privacy-policy](https://www.mailgun.com/privacy-policy) |
| **Cloudflare** | Database services (D1) and security | Account metadata and system metrics | [https://www.cloudflare.com/privacy](https://www.cloudflare.com/privacy) |"""


def test_a_service_table_gives_each_service_the_data_its_row_names():
    # the text a transcription service returns is the user's content; data about the account is account data
    found = _found(SERVICE_TABLE)
    assert {(t[0], t[1], t[3]) for t in found if t[0] in (7, 8)} == {
        (7, "contact.email", "mailgun"), (7, "content", "mailgun"), (8, "account", "cloudflare")}


def test_transcription_results_and_account_metadata_are_data_words():
    assert _tuples("We share your email address and transcription results with Mailgun.") == {
        ("contact.email", "share", "first_party", "mailgun"), ("content", "share", "first_party", "mailgun")}
    assert _tuples("We share account metadata with Cloudflare.") == {("account", "share", "first_party", "cloudflare")}
    # the content of transcripts is the user's content, not the text of voice requests
    assert _tuples("No transcript content is ever logged or stored.") == {("content", "not_collect", "first_party", None)}


def test_an_analytics_tool_used_for_usage_statistics_collects_them_with_us():
    # GUIDELINES: usage statistics an analytics SDK sends; "ZerØ Analytics for usage metrics" -> both collect
    assert _tuples("Firebase Analytics (owned by Google) is used for general app usage statistics.") == {
        ("usage", "collect", "first_party", None), ("usage", "collect", "firebase_analytics", None)}
    assert _tuples("Google Analytics is used for usage statistics.") == {
        ("usage", "collect", "first_party", None), ("usage", "collect", "google_analytics", None)}
    # what another kind of thing is used for stays a purpose
    assert _tuples("Gravatar may be used for profile images.") == set()
    assert _tuples("Crashlytics by Firebase (owned by Google) is used for crash reporting.") == set()


def test_permissions_said_removed_from_the_manifest_are_not_requested():
    # items under an introduction saying the permissions were removed are not requested, whatever the tool named
    # before would request (GUIDELINES: requesting a permission is collect)
    text = ("## Analytics Tools\n\n- Firebase Analytics (owned by Google) is used for general app usage statistics.\n\n"
            "Firebase libraries may automatically request advertising-related permissions. To protect user privacy, the "
            "following permissions have been manually removed from the app's manifest:\n\n```\n"
            '<uses-permission android:name="com.google.android.gms.permission.AD_ID" tools:node="remove" />\n```')
    found = _found(text)
    assert {t for t in found if t[0] == 10} == {(10, "device.id.ad_id", "not_collect", "first_party")}
    assert {t for t in found if t[0] == 5} == {(5, "usage", "collect", "first_party"),
                                               (5, "usage", "collect", "firebase_analytics")}


def test_an_item_naming_a_tool_and_the_data_it_is_for_gives_the_tool_the_collect():
    # GUIDELINES: "ZerØ Analytics for usage metrics" -> collect usage by first_party and third_party; "Sentry for error
    # tracking" names no data
    intro = "Technical information are collected by using the following trackers:\n\n"
    found = _found(intro + "- [ZerØ Analytics](https://github.com/ncarlier/za) for usage metrics\n"
                   "- [Sentry](https://sentry.io) for error tracking")
    assert {t for t in found if t[2] == "collect" and t[0] == 5} == {(5, "usage", "collect", "first_party"),
                                                                       (5, "usage", "collect", "third_party")}
    assert not any(t[0] == 6 for t in found)
    found = _found(intro + "- Google Analytics for usage metrics")
    assert (5, "usage", "collect", "google_analytics") in found
    # a product name containing "for" is no tool serving data
    assert not any(t[0] == 5 for t in _found(intro + "- Google Analytics for Firebase"))


def test_data_stored_on_a_providers_servers_is_entrusted_to_the_provider():
    # GUIDELINES: data stored on a host's servers is our store and a share with the host
    assert _tuples("Your personal data is stored on our hosting provider's servers.") == {
        ("personal_info", "store", "first_party", None), ("personal_info", "share", "first_party", "third_party")}
    assert ("personal_info", "share", "first_party", "third_party") in _tuples(
        "The personal data collected on this website is stored on the hoster's servers.")
    assert ("personal_info", "share", "first_party", "third_party") in _tuples(
        "We may store and process your Personal Data in locations outside of our direct control, for example, on "
        "servers or databases managed by cloud hosting providers.")
    # our own servers and the user's device are no host
    assert _tuples("We store and process your data on our servers.") == {
        ("personal_info", "store", "first_party", None), ("personal_info", "use", "first_party", None)}
    assert not any(t[1] == "share" for t in _tuples("We store and analyse your data in a MySQL database."))
