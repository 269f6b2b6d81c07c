"""English first-party precision: the name of a thing is no person's name. A platform, an entity of a home system, a
team or a workspace has a name of its own ("platform name", "Entity names or IDs", "Team identifier and names,
Channel identifier and names"), as a room, a channel or a project had (GUIDELINES: `identity.name` is a person's
name). A use of cookies in the passive that names no user ("These cookies are used to store information …")
goes on with whoever the sentence before it in the paragraph says uses cookies ("Google Analytics uses cookies to
track visitor interactions"), not with us (GUIDELINES: cookies, by the party that sets them). Data the user agrees
or chooses to send to other parties named as a category ("you agree to send relevant stack trace and code … to
third-party AI subprocessors") is our `share` with them, as data the user chooses to share was, not our collection. Usage data called anonymous by a bracket right after it ("Crash
reports (anonymous, no personal data)"), by the run-in label it is the value of ("**Anonymous Telemetry:** Basic usage
metrics collected …") or by its verb ("anonymously tracks how visitors interact", "retained in anonymized form") gives
no tuple (GUIDELINES: anonymous usage statistics, an adverb on the verb being such a qualifier). Embedded content
("Embedded videos may set a cookie") is another party's."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of

_found = markdown_policy_tuples


def test_the_name_of_a_platform_entity_team_or_workspace_is_no_identity_name():
    assert _found("In the future we may collect browser version, platform name, display settings and user's filter "
                  "settings.") == {(3, "device.hardware", "collect", "first_party")}
    assert _found("We never collect:\n\n- Entity names or IDs\n- Your location") == {
        (6, "location", "not_collect", "first_party")}
    assert _found("Slack messages contain Team identifier and names, Channel identifier and names, User identifiers "
                  "and user names, as well as message text as needed to send the message.") == {
        (3, "account.credentials", "collect", "first_party"), (3, "communication.messages", "collect", "first_party")}


def test_a_persons_name_stays_identity_name():
    assert _found("We collect your name and email address.") == {
        (3, "contact.email", "collect", "first_party"), (3, "identity.name", "collect", "first_party")}
    assert _found("We collect the name of each team member you invite.") >= {(3, "identity.name", "collect",
                                                                             "first_party")}


def test_a_passive_use_of_cookies_goes_on_with_the_party_that_uses_them_before():
    assert _found("Google Analytics uses cookies to track visitor interactions. These cookies are used to store "
                  "information, such as what time the current visit occurred.") == {
        (3, "usage", "collect", "google_analytics"), (3, "usage.cookies", "use", "google_analytics")}
    assert _found("We allow third parties to use analytics cookies to understand how visitors use our websites. For "
                  "example, cookies are used to gather information about the pages our users visit most often.") == {
        (3, "usage", "collect", "third_party"), (3, "usage.cookies", "use", "third_party")}


def test_our_own_cookies_stay_ours():
    assert _found("We use cookies to keep you signed in. These cookies are used to remember your preferences.") == {
        (3, "usage.cookies", "use", "first_party")}
    assert _found("Cookies are used to remember your preferences.") == {(3, "usage.cookies", "use", "first_party")}
    # the sentence speaking of our own network keeps the cookies ours
    assert (3, "usage.cookies", "use", "first_party") in _found(
        "Some cookies are set by advertisers. Some of these cookies are set across our whole network.")


def test_data_the_user_sends_to_other_parties_is_our_share():
    assert _found("By opting in, you agree to send relevant stack trace and code from your linked repositories to "
                  "third-party AI subprocessors.") == {
        (3, "content", "share", "first_party"), (3, "usage.logs", "share", "first_party")}
    statements = statements_of("# Policy\n\nYou may send your location to other users.\n", name="policy.md")
    assert {(s.data_type, s.action, s.recipient) for s in statements} == {("location", "share", "third_party")}
    # sent to us it stays our collection
    assert _found("You can send us your email address.") == {(3, "contact.email", "collect", "first_party")}
    assert _found("If you send an email to our support team, we receive your email address.") == {
        (3, "contact.email", "collect", "first_party")}


def test_usage_data_called_anonymous_by_a_bracket_a_label_or_its_verb_gives_no_tuple():
    assert _found("## What we collect\n\n- Crash reports (anonymous, no personal data)") == set()
    assert _found("- **Anonymous Telemetry:** Basic usage metrics collected unless opted out") == set()
    assert _found("This technology anonymously tracks how visitors interact with the site.") == set()
    assert _found("We track how visitors interact with the site anonymously.") == set()
    assert _found("Game statistics may be retained in anonymized form for analytics.") == set()


def test_usage_data_not_called_anonymous_keeps_its_tuple():
    assert _found("## What we collect\n\n- Crash reports (sent when the app crashes)") == {
        (5, "usage.logs", "collect", "first_party")}
    assert _found("- **Telemetry:** Basic usage metrics collected unless opted out") == {
        (3, "usage", "collect", "first_party")}
    assert _found("This technology tracks how visitors interact with the site.") == {(3, "usage", "collect",
                                                                                     "first_party")}
    # an identifier called anonymous stays an identifier
    assert _found("We anonymously collect a random device ID.") == {(3, "device.id", "collect", "first_party")}


def test_data_sent_to_a_mailbox_of_ours_stays_our_collection():
    statements = statements_of("# Policy\n\nWhen visitors send email messages containing personal information to the "
                               "general NIH.gov email box, we read them.\n", name="policy.md")
    assert {(s.data_type, s.action, s.actor) for s in statements} == {
        ("communication.messages", "collect", "first_party"), ("personal_info", "collect", "first_party")}


def test_embedded_content_is_another_party():
    assert _found("Embedded videos may set a cookie when they are played.") == {
        (3, "usage.cookies", "use", "third_party")}
    assert _found("In these cases, Facebook may set a persistent cookie as a result of the embedded content.") == {
        (3, "usage.cookies", "use", "facebook")}


def test_a_cookie_under_a_run_in_label_naming_a_party_is_that_partys():
    assert _found("* Google Analytics: A tier 2 cookie sets when the page is loaded - used to improve web metrics "
                  "capabilities.") == {(3, "usage.cookies", "use", "google_analytics")}
    # not a label naming no party, nor a sentence in which we use the cookies
    assert _found("* Session: A cookie sets when the page is loaded.") == set()
    assert _found("* Google Analytics: We use cookies to count visits.") == {(3, "usage.cookies", "use",
                                                                              "first_party")}


def test_anonymous_statistics_of_what_is_counted_give_no_tuple():
    assert _found("Using the search functionality will interact with their services to provide search results, "
                  "collecting anonymous statistics of search terms, their overall frequency and missing search "
                  "results.") == set()
    # not statistics called nothing, nor the data itself
    assert _found("We collect statistics of search terms.") == {(3, "usage.history", "collect", "first_party")}
    assert _found("We collect your search terms.") == {(3, "usage.history", "collect", "first_party")}
