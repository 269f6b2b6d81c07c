from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def test_data_stored_and_processed_on_a_named_hosts_servers_is_entrusted_to_the_host():
    # GUIDELINES: processors, data stored on a named host's servers: `store` by us and `share` with the host, also
    # when the place hangs on the verb coordinated with the storing one
    found = _found("We store and process your personal data on Amazon Web Services (AWS) servers within the "
                   "European Economic Area (EEA).")
    assert ("personal_info", "store", "first_party", None) in found
    assert ("personal_info", "share", "first_party", "amazon") in found


def test_data_stored_in_our_database_hosted_by_a_named_party_is_entrusted_to_it():
    found = _found("The author profiles and user email addresses are stored in our MongoDB database hosted by "
                   "MongoDB Atlas.")
    assert ("contact.email", "share", "first_party", "mongodb_atlas") in found
    assert ("contact.email", "store", "first_party", None) in found
    # our own database, run by no one else, is no recipient
    assert not {f for f in _found("We store your messages in our database for 30 days.") if f[1] == "share"}


def test_data_stored_using_or_with_a_named_product_is_entrusted_to_it():
    found = _found("Your data is stored securely using **Firebase Firestore**, a cloud database provided by Google "
                   "(Firebase).")
    assert ("personal_info", "share", "first_party", "firebase_firestore") in found
    assert ("personal_info", "store", "first_party", None) in found
    assert ("personal_info", "share", "first_party", "supabase") in _found("We store your data with Supabase.")
    assert not {f for f in _found("We store your data with care.") if f[1] == "share"}


def test_collecting_using_a_named_tool_hung_on_the_object_is_the_tools_collection_too():
    # GUIDELINES: "We collect information through Plausible …" -> `collect` by `first_party` and the tool
    found = _found("We collect usage statistics using Mixpanel.")
    assert {("usage", "collect", "first_party", None), ("usage", "collect", "mixpanel", None)} <= found
    assert {f[2] for f in _found("We collect your email address using a form.")} == {"first_party"}


def test_service_names_as_policies_spell_them_resolve_to_their_entries():
    from policycheck.extract import load_entities

    entities = load_entities()

    def named(text: str) -> list[str]:
        return sorted({m.value for m in entities.find_named(text, "en")})

    assert named("* BugSnag: used for crash reporting") == ["bugsnag"]
    assert named("- [ZenDesk](http://www.zendesk.com) to handle any feedback that you leave.") == ["zendesk"]
    assert named("*[Visual Studio AppCenter](https://visualstudio.microsoft.com/app-center/)*") == ["app_center"]
    assert named("a push token registered with Google Firebase Cloud Messaging") == ["fcm"]


def test_a_tool_said_to_be_used_for_collecting_collects_alone():
    # GUIDELINES: a collecting verb with the tool as its agent gives the `collect` to the tool alone (Google Analytics
    # "used for tracking feature usage")
    for text in ("Google Analytics is used for tracking feature usage and anonymized information about users.",
                 "- **Google Analytics** — used for tracking feature usage and anonymized information about users.",
                 "- Google Analytics: used for tracking feature usage and the browser and country of users."):
        assert {(f[0], f[2]) for f in _found(text)} == {("usage", "google_analytics")}, text
    assert ("usage.logs", "collect", "sentry", None) in _found("- **Sentry**: used to collect crash reports.")
    # what no party is named for stays ours
    assert {f[2] for f in _found("Cookies are used for tracking your browsing history.")} == {"first_party"}


def test_a_tool_named_before_a_dash_and_used_to_collect_collects():
    # "Sentry - used to collect crash reports": the name before the dash is read as an adverbial noun of "used"
    found = _found("Sentry - used to collect crash reports")
    assert ("usage.logs", "collect", "sentry", None) in found
    assert ("usage.logs", "collect", "first_party", None) not in found
