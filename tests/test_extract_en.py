"""English extraction on dependency parses."""

from __future__ import annotations

from conftest import ROOT, pairs, statements_of, tuples


def test_user_provides_and_enumeration():
    found = pairs("When you create an account, you provide us with your name, email address and phone number.")
    assert found == {("identity.name", "collect"), ("contact.email", "collect"), ("contact.phone", "collect")}


def test_data_the_user_discloses_is_collected():
    assert pairs("We do not require you to disclose your name, organization, location or phone number.") == {
        ("identity.name", "not_collect"), ("identity.occupation", "not_collect"), ("location", "not_collect"),
        ("contact.phone", "not_collect")}
    assert pairs("Information you disclose to us includes your name and email address.") == {
        ("identity.name", "collect"), ("contact.email", "collect")}


def test_such_as_list_under_a_collect_verb():
    found = pairs("We automatically collect information about your device, such as your IP address, device model "
                  "and advertising ID.")
    assert found == {("device", "collect"), ("network.ip", "collect"), ("device.hardware", "collect"),
                     ("device.id.ad_id", "collect")}


def test_relative_clause_under_inclusion_verb():
    assert pairs("The information we collect includes your IP address and device identifiers.") == {
        ("network.ip", "collect"), ("device.id", "collect")}


def test_practice_of_a_subject_described_by_a_participle_or_limit_goes_to_its_complement():
    # the subject's practice applies to what the predicate says the data is, consists of or is limited to
    assert pairs("Collected diagnostic data is in the form of crash dumps.") == {("usage.logs", "collect")}
    assert pairs("Collected data takes the form of crash reports.") == {("usage.logs", "collect")}
    assert pairs("The data we collect is limited to your email address.") == {("contact.email", "collect")}
    assert pairs("Information shared with partners is limited to your email address.") == {("contact.email", "share")}
    assert pairs("Shared data is restricted to your IP address.") == {("network.ip", "share")}
    # a denied inclusion states no practice on what it names; a participle that is no practice gives none
    assert pairs("Collected data never includes your location.") == set()
    assert pairs("Aggregated data includes your IP address.") == set()


def test_coordinated_inclusion_verbs_of_a_relative_clause_go_on_from_its_antecedent():
    # the second "include" of "which includes A and may include B" is a clause of the record too
    assert pairs("We keep a record of each visit, which includes the pages you view and may include your IP "
                 "address.") == {("usage.history", "store"), ("network.ip", "store")}


def test_negations():
    assert pairs("We do not collect your SMS messages or call logs.") == {
        ("communication.sms", "not_collect"), ("communication.call_log", "not_collect")}
    assert pairs("No biometric data is collected.") == {("biometric", "not_collect")}
    assert pairs("We never sell your personal information.") == {("personal_info", "not_share")}
    assert pairs("We do not sell or share your personal information with third parties.") == {
        ("personal_info", "not_share")}


def test_negated_limit_of_scope_is_not_a_denial():
    assert pairs("We do not collect more personal information than necessary.") == set()


def test_refusal_and_user_control_are_not_practices():
    assert pairs("If you choose not to provide your phone number, you cannot use two-factor authentication.") == set()
    assert pairs("You can delete your browsing history in Settings.") == set()


def test_what_the_user_can_prevent_is_a_control_not_a_denial():
    assert pairs("For certain browsers, you can also prevent Google from collecting information (including your IP "
                 "address) via cookies.") == set()
    assert pairs("If you would like to prevent us from collecting information about your browsing activity, you may "
                 "use a tracking blocker.") == set()
    assert pairs("You can use content blockers to prevent analytics data collection if desired.") == set()
    # what we prevent stays a denial
    assert pairs("We prevent third parties from collecting your IP address.") == {("network.ip", "not_collect")}


def test_share_recipient_purpose_and_condition():
    statement = statements_of("We share your location with advertising partners to show you relevant ads.")[0]
    assert (statement.data_type, statement.action, statement.recipient) == ("location", "share", "third_party")
    assert statement.purposes == ["to show you relevant ads"]
    denial = statements_of("We will not share your email address with third parties without your consent.")[0]
    assert denial.action == "not_share" and "without your consent" in denial.condition


def test_purposes_are_infinitives_quoted_as_written():
    # a preposition "to" opens no purpose; an infinitive does, also after an adverb
    statement = statements_of("We may disclose your email address to third parties to better understand our "
                              "audience.")[0]
    assert statement.purposes == ["to better understand our audience"]
    statement = statements_of("When you subscribe to the newsletter on our website, we collect your email address.")[0]
    assert statement.purposes == [] and statement.condition.startswith("When you subscribe to the newsletter")
    # an all-capitals sentence is parsed lower-cased, but its purposes and conditions are quoted as written
    statement = statements_of("WE COLLECT YOUR EMAIL ADDRESS TO SEND YOU THE NEWSLETTER, WHEN YOU SUBSCRIBE TO IT.")[0]
    assert statement.purposes == ["TO SEND YOU THE NEWSLETTER"]
    assert statement.condition == "WHEN YOU SUBSCRIBE TO IT"


def test_conditions_end_with_their_clause_and_skip_relative_clauses():
    # a condition before its main clause with no comma ends where its clause ends
    statement = statements_of("If you fill out the contact form on any of our pages we will collect the email "
                              "address you provide.")[0]
    assert statement.condition == "If you fill out the contact form on any of our pages"
    # "after which" and "the country where" open relative clauses, not conditions
    statement = statements_of("We keep your IP address for 30 days, after which it is deleted.")[0]
    assert statement.condition is None
    statement = statements_of("We may transfer your email address to countries where the data protection laws may "
                              "differ from yours.")[0]
    assert statement.condition is None
    # "where" with no place before it, and a condition after its main clause, are kept as they were
    statement = statements_of("We collect your phone number where required by law.")[0]
    assert statement.condition == "where required by law"
    statement = statements_of("We collect your email address when you sign up for the newsletter and confirm it.")[0]
    assert statement.condition == "when you sign up for the newsletter and confirm it"


def test_uncatalogued_recipient_keeps_its_words():
    statement = statements_of("This policy explains how Foo Inc. handles data. We share your card number with Acme "
                              "Payments Ltd to process payments.")[0]
    assert (statement.recipient, statement.recipient_text) == ("third_party", "Acme Payments Ltd")
    from policycheck.report.extraction import statement_json
    assert statement_json(statement)["recipient_text"] == "Acme Payments Ltd"
    statement = statements_of("We share your location with advertising partners to show you relevant ads.")[0]
    assert statement.recipient_text == "advertising partners"
    # words that name no one in particular add nothing to third_party ("with third parties", "any other companies")
    assert statements_of("We share your email address with any other third parties.")[0].recipient_text is None
    assert statements_of("We may share your location with other companies.")[0].recipient_text is None
    # "with your consent" names no recipient; a catalogued recipient is its id alone
    assert statements_of("We share your email address with your consent.")[0].recipient_text is None
    statement = statements_of("We share your email address with Mailchimp.")[0]
    assert (statement.recipient, statement.recipient_text) == ("mailchimp", None)


def test_third_party_subject():
    statements = statements_of("Our analytics providers may collect your IP address and usage data.")
    assert {(s.data_type, s.action, s.actor) for s in statements} == {
        ("network.ip", "collect", "third_party"), ("usage", "collect", "third_party")}


def test_party_of_something_else_as_subject_acts_on_its_own():
    # a possessed agent noun that is neither us, the user nor catalogued: an outside party acting (not our practice)
    statements = statements_of("When you use a third-party app on the TV, the app's publisher may collect your IP "
                               "address and device identifiers.")
    assert {(s.data_type, s.action, s.actor) for s in statements} == {
        ("network.ip", "collect", "third_party"), ("device.id", "collect", "third_party")}
    statements = statements_of("When you use a mini-program, its developer will collect and use your personal "
                               "information.")
    assert {(s.data_type, s.action, s.actor) for s in statements} == {
        ("personal_info", "collect", "third_party"), ("personal_info", "use", "third_party")}
    # our own people or the user's things stay as they were
    assert {s.actor for s in statements_of("Our company's support staff may use your email address to reply.")} == {
        "first_party"}


def test_user_handing_data_to_a_named_party_is_its_collection():
    # GUIDELINES: data the user gives directly to a third party is `collect` by that party
    statements = statements_of("When you submit Payment Data to our payment processing partner Stripe, Inc.")
    assert {(s.data_type, s.action, s.actor) for s in statements} == {("financial.payment", "collect", "stripe")}
    # to us, or to an unnamed party, stays our collection ("you send messages to other users")
    assert {(s.data_type, s.action, s.actor) for s in statements_of("You provide your email address to us.")} == {
        ("contact.email", "collect", "first_party")}


def test_allow_third_parties_to_collect():
    statements = statements_of("We allow advertising partners to collect your advertising ID.")
    assert [(s.data_type, s.action, s.actor) for s in statements] == [("device.id.ad_id", "collect", "third_party")]
    denied = statements_of("We do not allow third parties to collect your precise location.")
    assert [(s.data_type, s.action, s.actor) for s in denied] == [("location.precise", "not_collect", "third_party")]


def test_list_after_colon_and_heading_context():
    text = ("# Policy\n\n## Information We Collect\n\nWe collect the following information:\n\n"
            "- Precise location, if you grant us permission.\n- Your contacts.\n\n## Your Rights\n\n- Email address\n")
    assert tuples(text, fmt="markdown") == {(7, "location.precise", "collect", "first_party"),
                                            (8, "social.contacts", "collect", "first_party")}


def test_verbs_are_not_data_terms():
    assert pairs("Please email us or address your questions to our team.") == set()


def test_non_personal_information_is_not_data():
    assert pairs("We collect non-personal information about your visits.") == set()


def test_channel_after_by_or_via_is_not_data():
    assert pairs("We send appointment reminders by SMS, email and push notification.") == set()
    assert pairs("We send a one-time code via SMS.") == set()
    assert ("contact.email", "collect") in pairs("We collect your email and phone number.")


def test_parenthesis_listing_data_details_the_practice_before_it():
    found = pairs("We may obtain information about you from social networks when you log in with them "
                  "(your name, email address and profile picture).")
    assert {("identity.name", "collect"), ("contact.email", "collect"), ("account.profile", "collect")} <= found


def test_bare_list_words_count_only_inside_data_lists():
    assert ("contact.address", "collect") in pairs("We collect your name, date of birth, address and phone number.")
    assert pairs("Please write to us at the address below.") == set()
    assert ("identity.age", "collect") not in pairs("We do not knowingly collect data from children under the age of 13.")


def test_relative_pronoun_subject_resolves_to_its_antecedent():
    # "individuals who sign up … to provide": the providers are users, so this is collection
    found = pairs("We require individuals who sign up for an account to provide an email address along with a "
                  "username or name.")
    assert {("contact.email", "collect"), ("account.credentials", "collect"), ("identity.name", "collect")} <= found


def test_how_clauses_describe_practices_without_stating_them():
    assert pairs("Financial companies choose how they share your personal information.") == set()
    assert pairs("We aim for full transparency on how we gather, use, and share your personal information.") == set()
    assert pairs("We share your personal information with our partners.") == {("personal_info", "share")}


def test_usage_events_are_usage_data():
    assert pairs("We collect app usage events and analytics events.") >= {("usage", "collect")}


def test_a_coordinated_verb_keeps_its_own_negation():
    assert pairs("Audio and video are transmitted in real time and are not recorded.") >= {("media", "not_collect")}
    assert pairs("We do not collect or share your location.") == {("location", "not_collect"), ("location", "not_share")}


def test_audio_alone_is_data():
    assert pairs("Mozilla does not record or store audio.") == {("media.audio", "not_collect")}


def test_name_of_a_thing_is_not_a_person_name():
    assert ("identity.name", "share") not in pairs("We share the name of your insurer with the clinic.")
    assert pairs("We collect the name of your child.") == {("identity.name", "collect")}


def test_rights_and_de_identified_data_are_not_practices():
    assert pairs("Under the GDPR you have the right to access, correct and delete your personal data and to object "
                 "to its processing.") == set()
    assert pairs("We improve the app using de-identified usage data only.") == set()


def test_processing_named_as_the_condition_of_a_right_is_no_practice():
    # the processing the right applies to, named without the user's data, is no practice; a condition naming the
    # user's data with a practice noun states its use (GUIDELINES: conditions and legal grounds naming the data; see
    # test_condition_naming_a_practice_on_the_users_data_before_a_right_states_it)
    assert pairs("If our processing of your Personal Data is solely based on your consent, you may also have the "
                 "right under a Relevant Law to withdraw your consent.") == {("personal_info", "use")}
    assert pairs("You may also have the right under a Relevant Law to withdraw your consent.") == set()
    assert pairs("Where personal data are processed for the legitimate interests pursued by us, EU users may object to "
                 "such processing.") == set()
    assert pairs("We process your personal data to provide the service.") == {("personal_info", "use")}


def test_cookie_table_rows_are_cookies_the_service_uses(tmp_path):
    from policycheck.extract import extract
    from policycheck.ingest import load_policy

    path = tmp_path / "cookies.md"
    path.write_text("# Cookies\n\n| Name of Cookie | Reason |\n|---|---|\n| `user_session` | Logs you in. |\n"
                    "| `tz` | Remembers your time zone.<br>Set on first visit. |\n\n| Data | Use |\n|---|---|\n"
                    "| Account name | Sign-in |\n", encoding="utf-8")
    found = {(s.line, s.data_type, s.action) for s in extract(load_policy(str(path))).statements}
    assert {(5, "usage.cookies", "use"), (6, "usage.cookies", "use")} <= found
    assert not any(line == 10 and data == "usage.cookies" for line, data, _ in found)  # not a cookie table


def test_a_cookie_table_row_naming_a_documented_cookie_of_an_sdk_is_that_sdks(tmp_path):
    text = ("## Cookies\n\n| Name | Purpose | Expires |\n|---|---|---|\n| _ga | Checks if you have visited before. | "
            "2 years |\n| `_ga_2XK7` / `_gid` | Counts visits. | 24 hours |\n| _ga, session_id | Counts visits. | 1 day |\n"
            "| session_id | Keeps you signed in. | 1 day |\n")
    found = {(s.line, s.actor) for s in statements_of(text, "markdown", "policy.md") if s.data_type == "usage.cookies"}
    # a row naming a cookie of ours beside it, or only ours, stays ours
    assert found == {(5, "google_analytics"), (6, "google_analytics"), (7, "first_party"), (8, "first_party")}


def test_a_yes_no_third_party_column_of_a_cookie_table_names_no_party(tmp_path):
    text = ("## Cookies\n\n| Name | Third party | Purpose | Expires |\n|---|---|---|---|\n"
            "| session_id | No | Keeps you signed in. | 1 day |\n| _ga | Yes | Counts visits. | 2 years |\n"
            "| ab_test | Yes | Tests page designs. | 30 days |\n")
    found = {(s.line, s.actor, s.actor_text) for s in statements_of(text, "markdown", "policy.md")
             if s.data_type == "usage.cookies"}
    # "No" is no party's name, "Yes" with a documented cookie is that cookie's SDK, else some third party
    assert found == {(5, "first_party", None), (6, "google_analytics", "_ga"), (7, "third_party", None)}


def test_a_table_of_data_definitions_declares_no_collection(tmp_path):
    from policycheck.extract import extract
    from policycheck.ingest import load_policy

    table = ("| Data Type | Description |\n|---|---|\n| Contact data | The email address you gave. |\n"
             "| Location | We infer your location from your IP address. |\n")
    path = tmp_path / "p.md"
    path.write_text("# Policy\n\n## Data definitions\n\n" + table + "\n## Data we collect\n\n" + table, encoding="utf-8")
    statements = extract(load_policy(str(path))).statements
    assert not [s for s in statements if s.line in (7, 8) and s.source == "table"]  # the table only defines…
    assert any(s.line == 8 and s.data_type.startswith("location") for s in statements)  # …a stated practice counts
    assert any(s.line == 14 and s.data_type == "contact" and s.source == "table" for s in statements)


def test_shared_head_noun_completes_earlier_conjuncts():
    # "technical data" is a term, "settings data" is not: the head still completes "technical"
    assert pairs("We collect technical and settings data to provide the service.") == {("device", "collect")}
    assert ("device", "collect") in pairs("We keep the technical, settings and interaction data we collect.") or \
        ("device", "store") in pairs("We keep the technical, settings and interaction data we collect.")


def test_the_apps_own_sending_is_collection_by_the_service():
    assert pairs("The apps send the app version and operating system version when checking for updates.") == {
        ("device.hardware", "collect")}
    assert ("contact.email", "share") in pairs("We send your email address to our partners.")


def test_the_policys_own_product_sending_is_collection_by_the_service():
    def found(text):
        return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    text = ("# NetNewsWire Privacy Policy\n\nNetNewsWire sends the app version when it checks for updates.\n\n"
            "NetNewsWire discloses your email address only when required by law.\n")
    assert (3, "device.hardware", "collect", "first_party") in found(text)
    assert (5, "contact.email", "share", "first_party") in found(text)  # a disclosure stays one
    assert (3, "contact.email", "share", "third_party") not in found(text.replace("the app version", "your email address"))


def test_misparsed_coordination_keeps_the_first_verbs_subject(tmp_path):
    from policycheck.extract import extract
    from policycheck.ingest import load_policy

    path = tmp_path / "p.md"
    path.write_text("# Third-party SDKs and permissions\n\nOn Android, the app requests the VPN service permission and, "
                    "if you use split tunnelling, reads the list of installed apps on your device.\n", encoding="utf-8")
    found = {(s.data_type, s.action, s.actor) for s in extract(load_policy(str(path))).statements}
    assert ("device.apps", "collect", "first_party") in found  # not the SDK section's default third party


def test_a_clause_after_a_semicolon_has_its_own_negation(tmp_path):
    from policycheck.extract import extract
    from policycheck.ingest import load_policy

    path = tmp_path / "p.txt"
    path.write_text("Crash reports containing your device model, OS version and a stack trace are sent to Sentry; "
                    "they do not include your IP address.\n", encoding="utf-8")
    found = {(s.data_type, s.action, s.recipient) for s in extract(load_policy(str(path))).statements}
    assert ("device.hardware", "share", "sentry") in found
    assert ("network.ip", "not_share", "sentry") in found and ("network.ip", "share", "sentry") not in found


def test_words_inside_a_web_address_are_not_data():
    assert pairs("AppNexus: https://www.appnexus.com/en/company/cookie-policy") == set()
    assert pairs("We use cookies, see https://example.com/cookies.") == {("usage.cookies", "use")}


def test_web_policy_wordings_of_usage_and_device_data():
    from policycheck.taxonomy import data_matcher

    found = {m.value for m in data_matcher("en").find(
        "We record your visits to our websites, how visitors use the site, hardware attributes and opinion polls.")}
    assert {"usage.history", "usage", "device.hardware", "content"} <= found
    assert pairs("Performance cookies collect information on how users interact with our websites.") >= {
        ("usage", "collect")}
    assert pairs("We monitor certain user activities that take place within our products.") == {("usage", "collect")}


def test_monitoring_the_use_of_a_named_product_or_the_service_is_usage():
    found = tuples("In order to prevent violations of these limitations and abuse of GitHub Actions, GitHub may monitor "
                   "your use of GitHub Actions.")
    assert {(t[1], t[2]) for t in found} == {("usage", "collect")}
    assert pairs("We may use third-party Service Providers to monitor and analyze the use of our Service.") >= {
        ("usage", "collect")}
    # what the user uses that is data or a technology stays that
    assert ("usage", "collect") not in pairs("We track your use of cookies on the site.")


def test_content_the_user_submits_is_content():
    found = tuples("We collect data when you:\n\n"
                   "- sign up and log in to an account on the Asset Library, and use it to submit content;\n", fmt="markdown")
    assert {(t[1], t[2]) for t in found} == {("content", "collect")}
    assert pairs("When you submit contributions to the project, we store them in our public repository.") >= {
        ("content", "collect")}
    # bare information the user submits names no type
    assert pairs("Information you submit may be shared with our partners.") == set()


def test_a_denied_effort_or_ability_to_handle_data_is_a_denial():
    assert pairs("We make no effort to collect your email address.") == {("contact.email", "not_collect")}
    assert pairs("Element (the company, including its employees and contractors) are unable to read your message "
                 "content in our database.") == {("communication.messages", "not_collect")}
    assert pairs("We are not able to see your payment details.") == {("financial.payment", "not_collect")}
    # an effort made, a hedged inability and the user's own inability are no denial
    assert pairs("We make every effort to collect only your email address.") == {("contact.email", "collect")}
    assert pairs("We may be unable to see your payment details.") == set()
    assert pairs("You will not be able to log in or update your email address.") == set()


def test_the_parts_of_a_service_the_user_accesses_are_usage_history():
    assert pairs("We use monitoring and logging services to ensure the technical performance of the service is "
                 "adequate. These services record which parts of Probation Digital Services you access.") == {
        ("usage.history", "collect")}
    assert pairs("Which parts of the law apply to you depends on where you live.") == set()


def test_the_users_own_content_is_content():
    assert pairs("By design, we share your public content with the federated network.") == {("content", "share")}
    assert pairs("We use data and content you produce in our public-facing services to attribute it to you.") == {
        ("content", "use")}
    # the topic of a notice, and what content is chosen by, name no content
    assert ("content", "use") not in pairs("The email address you provide may be used to send you notifications about "
                                           "other people interacting with your content.")
    assert pairs("You can change your content preferences at any time in the settings.") == set()


def test_logged_requests_are_logs():
    assert pairs("Logged HTTP requests are automatically deleted within 2 weeks.") == {("usage.logs", "store")}
    assert pairs("Logged HTTP requests may be used for debugging ContentDB and combating abuse.") == {
        ("usage.logs", "use")}


def test_where_the_user_is_as_what_is_tracked_or_included_is_location():
    assert pairs("The usage information records only that a feature was used. It does not include where you were, "
                 "what you searched for, or the names of any places around you.") >= {("location", "not_collect")}
    assert pairs("The app tracks where you go.") == {("location", "collect")}
    assert pairs("Depending on where you live, you may have additional rights.") == set()


def test_route_coordinates_are_precise_location():
    assert pairs("Mapbox receives your route coordinates and IP address to draw maps.") >= {("location.precise", "share")}


def test_a_named_sdk_after_in_is_the_actor_of_a_nominal_practice():
    assert tuples("We have disabled the collection of the advertising ID in Firebase.") == {
        (1, "device.id.ad_id", "not_collect", "firebase")}


def test_remembered_sentence_analyses_do_not_leak_between_policies():
    """The same sentence in two policies: only one of them calls itself Brightfold."""
    from policycheck.extract import extract
    from policycheck.ingest import parse_policy

    sentence = "Our partners send your email address to Brightfold.\n"
    own = parse_policy('Lumen is developed by Brightfold Studio Ltd. ("Brightfold", "we", "us").\n' + sentence, "a.txt")
    other = parse_policy('Lumen is developed by Acme Corp. ("Acme", "we", "us").\n' + sentence, "b.txt")
    for _ in range(2):  # the second round reads remembered analyses
        assert {(s.action, s.actor) for s in extract(own).statements if s.line == 2} == {("collect", "first_party")}
        assert {(s.action, s.recipient) for s in extract(other).statements if s.line == 2} == {
            ("share", "third_party")}


def test_a_negated_object_is_denied():
    found = pairs("Adobe Analytics receives usage data and a device identifier, but never your account numbers.")
    assert ("financial.payment", "not_share") in found and ("device.id", "share") in found
    assert pairs("We collect your name and not your address.") == {("identity.name", "collect"),
                                                                   ("contact.address", "not_collect")}


def test_a_not_before_an_appositive_item_denies_that_item_only():
    # the parser hangs "not" on the first object ("address"), before the appositive "password" it denies
    assert pairs("We collect your email address, not your password.") == {
        ("contact.email", "collect"), ("account.credentials", "not_collect")}
    assert pairs("We keep your age band, not your date of birth.") >= {("identity.age", "store")}
    assert pairs("We use your location, not your contacts, to suggest friends.") >= {("location", "use")}


def test_having_access_to_data_is_collection_by_the_holder():
    statements = statements_of("Google Analytics has access to your IP address.")
    assert [(s.data_type, s.action, s.actor) for s in statements] == [("network.ip", "collect", "google_analytics")]
    # a category of recipients having access is given the data by us (GUIDELINES: Actors and recipients)
    assert pairs("These advertising partners do not have access to your name or email address.") == {
        ("identity.name", "not_share"), ("contact.email", "not_share")}
    # the user's own access is a right, not a practice
    assert pairs("You have access to your personal information at any time.") == set()
    assert pairs("Enrolled students can obtain access to their personal information.") == set()


def test_an_enumeration_continues_through_a_possessive_but_not_into_a_new_clause():
    found = tuples("Sentry receives crash reports, device model, operating system and the app's device identifier; "
                   "names and health information are removed from them.")
    assert (1, "device.id", "share", "first_party") in found
    assert not {"identity.name", "health"} & {t[1] for t in found}


def test_an_infinitive_with_its_own_object_is_a_purpose_not_the_practice():
    found = tuples("Our service providers have access to your personally identifiable information as necessary to "
                   "provide certain services on our behalf.")
    assert found == {(1, "personal_info", "share", "first_party")}


def test_a_relative_clause_on_a_recipient_names_the_recipient():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We send prescriptions to the pharmacy you select, which receives your name and address.")}
    assert ("identity.name", "share", "third_party") in found


def test_it_and_they_stand_for_the_party_named_before_them():
    # (the purpose "helps us understand how customers use the App" keeps a first-party tuple of its own, which the
    # guidelines would give to the tool alone; only the pronoun is tested here)
    assert (1, "usage", "collect", "adobe_experience") in tuples(
        "Adobe Analytics helps us understand how customers use the App; it receives usage data.")
    # across sentences of one paragraph, not beyond it
    assert tuples("We work with Stripe. When you pay, they collect your card number.") == {
        (1, "financial.payment", "collect", "stripe")}
    assert tuples("Privacy Policy\n\nWe work with Stripe to take payments.\n\nWhen you pay, they collect your card "
                  "number.") == {(5, "financial.payment", "collect", "first_party")}
    # "it" after our own app is the app; "our servers" are ours
    assert tuples("The app collects your location and it sends your IP address to our servers.") == {
        (1, "location", "collect", "first_party"), (1, "network.ip", "collect", "first_party")}


def test_them_or_those_partners_as_recipient_stand_for_the_parties_named_before_in_the_sentence():
    def shared(text):
        return {(s.data_type, s.recipient) for s in statements_of(text) if s.action == "share"}
    # a list of names: each is a recipient
    assert shared("Sentry, Postmark and Zendesk are based in the United States, so account details are transferred "
                  "to them there.") == {("account", p) for p in ("sentry", "postmark", "zendesk")}
    # a category with its named examples: the category and each example
    assert {("contact.email", p) for p in ("third_party", "facebook", "google")} <= shared(
        "We allow advertising partners such as Meta and Google to collect device IDs, and we upload hashed email "
        "addresses to those partners so that they can show ads.")
    # no name before: the category alone
    assert shared("We work with advertising partners, and we upload hashed email addresses to those partners.") == {
        ("contact.email", "third_party")}


def test_named_examples_hung_on_a_recipients_relative_clause_are_recipients():
    found = {(s.data_type, s.recipient) for s in statements_of(
        "We share personal information with service providers that host our services and provide payment processing "
        "and customer support on our behalf, including Lumenmatch Inc., Amazon Web Services and Braintree.")}
    assert found == {("personal_info", p) for p in ("third_party", "amazon", "braintree")}
    # examples of the clause's data name no party
    found = {(s.data_type, s.recipient) for s in statements_of(
        "We share your email address with providers that send our messages, including newsletters.")}
    assert found == {("contact.email", "third_party")}


def test_named_examples_written_after_a_category_recipient_are_recipients_however_parsed():
    def shared(text):
        return {(s.data_type, s.actor, s.recipient) for s in statements_of(text) if s.action == "share"}
    # "like" after a participle on the category, hung by the parser on the verb
    assert shared("We may share the personal information you provide us with third-party vendors or services needed "
                  "to operate the club, like Slack for communication or Stripe for payment processing.") == {
        ("personal_info", "first_party", p) for p in ("third_party", "slack", "stripe")}
    # bracketed examples of the second of two recipients
    assert shared("Your bank card information will be transmitted to the issuing bank and to clearing institutions "
                  "(such as China UnionPay).") == {
        ("financial.payment", "first_party", p) for p in ("third_party", "unionpay")}
    # "such as when …" opens a clause, not examples
    assert shared("We share your email address with service providers, such as when you ask us to send a newsletter "
                  "through Mailchimp's form.") == {("contact.email", "first_party", "third_party")}


def test_what_trackers_set_by_a_party_collect_is_that_partys_collection():
    def found(text):
        return {(s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert ("device.hardware", "collect", "mixpanel") in found(
        "Mixpanel sets cookies which collect your device model and the pages you visit.")
    assert ("network.ip", "collect", "third_party") in found("Advertisers place pixels that record your IP address.")
    # our own cookies stay ours
    assert ("network.ip", "collect", "first_party") in found("We use cookies that collect your IP address.")


def test_a_name_whose_last_words_the_parser_hung_elsewhere_is_the_whole_name():
    def actors(text):
        return {(s.data_type, s.action, s.actor) for s in statements_of(text)}
    # "for Firebase" hung on the first name of the subject list: each name is a collector
    assert actors("Google Analytics and Google Analytics for Firebase collect the pages and screens you view and "
                  "your IP address.") == {(d, "collect", a) for d in ("usage.history", "network.ip")
                                          for a in ("google_analytics", "firebase_analytics")}
    # "for Firebase" hung on the verb of "uses X to …"
    assert actors("The app uses Google Analytics for Firebase to measure which screens you open.") == {
        ("usage.history", "collect", "firebase_analytics")}


def test_each_party_of_a_list_before_which_is_given_the_data_receives_it():
    # as "Apple Push Notification service and Firebase Cloud Messaging, which receive a push token" does
    found = {(s.data_type, s.recipient) for s in statements_of(
        "To deliver notifications we use Braze and Firebase Cloud Messaging, which are given a push token for your "
        "device.") if s.action == "share"}
    assert found == {("device.id", "braze"), ("device.id", "fcm")}


def test_coordinated_passives_share_their_agent():
    assert tuples("Payment information, which is collected and processed by our payment processors.") == {
        (1, "financial.payment", "collect", "third_party"), (1, "financial.payment", "use", "third_party")}


def test_each_named_party_of_a_coordinated_subject_is_an_actor():
    found = tuples("We allow Meta (Facebook) and Google to collect device identifiers, IP address and in-app events "
                   "through their SDKs to measure and target our ads.")
    assert {(1, "network.ip", "collect", "facebook"), (1, "network.ip", "collect", "google"),
            (1, "device.id", "collect", "google")} <= found
    assert not any(actor == "first_party" for *_, actor in found)  # "to measure and target our ads" is a purpose


def test_one_notion_of_a_negated_verb():
    from policycheck.extract.en.negation import _negation
    from policycheck.extract.nlp import english_pipeline

    nlp = english_pipeline()
    for text, verb in (("We never sell data.", "sell"), ("We do not sell data.", "sell"),
                       ("We can not share data.", "share")):
        doc = nlp(text)
        assert _negation(next(t for t in doc if t.text == verb)) is not None, text
    doc = nlp("We sell data.")
    assert _negation(next(t for t in doc if t.text == "sell")) is None
    assert ("contact.email", "not_share") in pairs("We do not sell your email address, nor share it with anyone.")


def test_a_negation_covers_a_list_of_verbs_the_parser_broke():
    assert pairs("We will not sell, rent, swap or share your email address.") == {("contact.email", "not_share")}


def test_a_clausal_subject_of_include_is_the_practice():
    found = pairs("Information we may access about you, with your consent, from a Social Network may include your "
                  "basic Social Network information, your location data, your list of contacts, friends or followers.")
    assert {("location", "collect"), ("social.contacts", "collect")} <= found


def test_a_markdown_table_of_services_names_each_row_s_collector():
    text = ("## Third-party services\n\n| Service | Purpose | Data shared or collected |\n|---|---|---|\n"
            "| WalletConnect | Connecting to decentralised apps | Wallet address, IP address |\n"
            "| Sentry | Crash reporting | Crash reports, device model |\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (5, "network.ip", "collect", "third_party") in found  # the header cell names the data column
    assert (6, "usage.logs", "collect", "sentry") in found
    assert not any(actor == "first_party" for *_, actor in found)


def test_a_practice_verb_tagged_as_a_noun_after_and_still_counts():
    found = tuples("The types of personal information we collect and share depend on the product you have with us.")
    assert {(1, "personal_info", "collect", "first_party"), (1, "personal_info", "share", "first_party")} <= found


def test_the_object_of_a_purpose_infinitive_is_a_purpose_not_data():
    assert pairs("The app reads your clipboard only when you tap Paste in the send screen, to insert a wallet address.") \
        == {("clipboard", "collect")}
    assert pairs("If you order a publication from us, we will collect your name, and mailing address to fulfill your "
                 "order.") == {("identity.name", "collect"), ("contact.address", "collect")}


def test_a_cryptocurrency_address_is_a_payment_account_not_a_postal_address():
    # GUIDELINES: a cryptocurrency wallet address is the user's payment account (financial.payment)
    assert pairs("We collect your Ethereum address, transaction history, tokens, and amounts.") \
        == {("financial.payment", "collect"), ("financial.transactions", "collect")}
    assert pairs("We store the Bitcoin address you enter to receive payouts.") == {("financial.payment", "store")}
    assert pairs("We collect your name, email and address.") \
        == {("identity.name", "collect"), ("contact.email", "collect"), ("contact.address", "collect")}


def test_items_an_introduction_keeps_on_the_users_device_take_no_practice_of_the_section():
    # GUIDELINES: data kept only on the user's own device is no practice; with no denial, the items give none
    text = ("## Data Collection\n\nThe Application stores the following data locally on your computer:\n"
            "- Game profiles and key mappings (JSON files)\n- Crash logs\n\nWe collect your IP address.\n")
    assert tuples(text) == {(7, "network.ip", "collect", "first_party")}
    denied = ("## Data Collection\n\nThe following data is stored on your device only and is never sent to us:\n"
              "- Your email address\n")
    assert tuples(denied) == {(4, "contact.email", "not_collect", "first_party")}
    assert tuples("## Information we collect\n\nWe store the following data:\n- Your email address\n") \
        == {(4, "contact.email", "store", "first_party")}


def test_an_item_introducing_a_practice_ends_what_the_list_keeps_on_the_users_device():
    # the kept-on-device mark of the list stopped only when the list closed: the items of an item that introduces a
    # practice of its own took none
    text = ("# Privacy\n\nThe app stores the following data locally on your device:\n\n1. Your bookmarks\n"
            "2. We collect the following information from you:\n   - your email address\n   - your phone number\n")
    assert tuples(text) == {(7, "contact.email", "collect", "first_party"),
                            (8, "contact.phone", "collect", "first_party")}


def test_data_an_opening_in_addition_to_adds_to_states_no_practice_of_its_own():
    assert pairs("In addition to your credentials, Thunderbird needs certain technical information from your "
                 "account providers.") == {("device", "collect")}
    assert pairs("In addition to log files, some of our websites use Matomo to understand what parts of the "
                 "website are important.") == set()
    assert pairs("In addition to the log files, they may also be stored for no more than a few minutes.") == set()
    # a phrase with a verb of its own still states the practice, and so does the main clause
    assert pairs("In addition to the photos you choose to upload, we collect your email address.") \
        == {("media.photos", "collect"), ("contact.email", "collect")}
    assert pairs("We collect your name in addition to your email address.") \
        == {("identity.name", "collect"), ("contact.email", "collect")}


def test_the_activities_of_a_fitness_platform_are_health_data_not_usage():
    assert pairs("We collect details on your activities from Strava, with your permission.") == {("health", "collect")}
    assert pairs("HRVibe only collects personal health and activity data from Garmin Connect after explicit user "
                 "consent.") == {("health", "collect")}
    assert pairs("We collect information about your activity on our services.") == {("usage", "collect")}


def test_a_system_where_something_is_configured_or_enabled_is_a_place_not_device_data():
    assert pairs("We collect the language configured in your operating system.") == set()
    assert pairs("The necessary notification function is already enabled in the operating system.") == set()
    assert pairs("We collect the name of your operating system.") == {("device.hardware", "collect")}
    assert pairs("We collect the type of browser and operating system you use.") == {("device.hardware", "collect")}


def test_a_full_clause_after_the_items_ends_the_list():
    text = ("We collect the following:\n\n- Your email address\n- Trip start and end times\n\n"
            "The items in the list above are called \"Driving Data\" in this notice.\n")
    assert tuples(text) == {(3, "contact.email", "collect", "first_party"),
                            (4, "usage.logs", "collect", "first_party")}
    cookies = ("We use the following cookies:\n\n- Analytics cookies\n\n"
               "Users can manage or disable cookies via their browser settings.\n")
    assert not any(line == 6 for line, *_ in tuples(cookies))
    # a short verbless line after the items still continues them
    short = "We collect the following:\n\n- Your email address\n\nYour phone number.\n"
    assert (5, "contact.phone", "collect", "first_party") in tuples(short)


def test_a_header_row_of_column_labels_states_no_practice():
    text = ("## Cookies we use\n\n| Category of cookies | Why we use these cookies |\n|---|---|\n"
            "| Analytics | These cookies collect information about how you use our websites. |\n")
    lines = {t[0] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert 3 not in lines and 5 in lines


def test_a_glba_sharing_table_shares_or_denies_by_its_answer_column():
    text = ("## What we share\n\n"
            "| Reasons we can share your personal information | Does Acme Bank share? | Can you limit this sharing? |\n"
            "|---|---|---|\n"
            "| For our marketing purposes – to offer our products and services to you | Yes | No |\n"
            "| For our affiliates' everyday business purposes – information about your creditworthiness | No | "
            "We don't share |\n")
    found = {(s.line, s.data_type, s.action, s.recipient) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {(5, "personal_info", "share", "third_party"), (6, "personal_info", "not_share", "third_party"),
                     (6, "financial.credit", "not_share", "third_party")}


def test_a_limit_word_in_the_next_predicate_does_not_block_a_denial():
    assert pairs("We will not collect your advertising ID and will only show non-personalised ads.") == {
        ("device.id.ad_id", "not_collect")}


def test_a_denial_with_an_exception_that_is_no_data_is_still_a_denial():
    # GUIDELINES: denials with an exception are still denials ("other than as described", "beyond what is needed")
    assert pairs("We will not share your personal information other than as described here.") == {
        ("personal_info", "not_share")}
    assert pairs("We never gather personal data beyond what the sign-up form asks for.") == {
        ("personal_info", "not_collect")}
    # data named after "beyond" is the exception, and takes the practice the denial withholds
    assert pairs("The app does not sell or rent your data to advertisers beyond the crash reports mentioned above.") == {
        ("personal_info", "not_share"), ("usage.logs", "share")}
    assert pairs("We never share your health data beyond your doctor.") == {("health", "not_share")}
    # a limit of quantity stays no denial
    assert pairs("We do not collect more personal information than necessary.") == set()


def test_the_items_of_a_list_that_is_the_exception_of_a_denial_take_its_practice():
    # GUIDELINES: an exception that names the data left out of a denial states its practice; here the list is it
    assert pairs("We do not collect any personal information except the following:\n\n"
                 "- your email address\n- your IP address\n", fmt="md") == {
        ("personal_info", "not_collect"), ("contact.email", "collect"), ("network.ip", "collect")}
    assert pairs("We do not share any data with third parties other than the following data:\n\n"
                 "- your phone number\n", fmt="md") == {("contact.phone", "share")}
    # the cases or purposes of an exception are no exception of data: the items stay denied
    assert pairs("We do not share your data with third parties other than for these purposes:\n\n"
                 "- your email address\n", fmt="md") == {
        ("personal_info", "not_share"), ("contact.email", "not_share")}


def test_a_denied_system_denies_every_coordinated_practice_of_its_relative_clause():
    # "collect or store": the second verb shares the relative pronoun of the first; "beyond" then limits the system
    assert pairs("Tab Genius does not maintain any external servers that collect or store your data beyond the "
                 "analytics service.") == {("personal_info", "not_collect")}
    assert pairs("We do not run servers that collect or share your location.") == {
        ("location", "not_collect"), ("location", "not_share")}
    # a denied retention of the data itself is still a retention period
    assert pairs("Your IP address is not stored beyond the session.") == {("network.ip", "store")}


def test_a_denied_use_of_a_system_denies_the_practice_of_its_relative_clause():
    assert pairs("The application does NOT use any proxy server that could access your data in transit.") == {
        ("personal_info", "not_collect")}
    # a system's relative clause with "beyond" stays denied whichever rule finds the denied system
    assert pairs("- **No External Servers**: Tab Genius does not maintain any external servers that collect or store "
                 "your data beyond the analytics service.", fmt="md") == {("personal_info", "not_collect")}


def test_only_closing_a_denying_introduction_is_no_exception_list():
    # "on the device only:" says where the items stay, not that they are the denial's exception
    assert ("social.contacts", "collect") not in pairs(
        "CleverDrawer never stores nor transmits, but does collect the following kinds of data for local processing "
        "and storage on the Android device only:\n\n* Information about your contacts\n", fmt="md")


def test_support_emails_are_messages():
    assert pairs("Support emails are kept for two years.") == {("communication.messages", "store")}


def test_cookie_definitions_security_measures_and_advice_to_the_user_are_not_practices():
    for text in ("Cookies are small data files placed on your computer by websites you visit.",
                 "A cookie is a text file that is stored in your computer's memory.",
                 "Data is encrypted in transit and at rest, and access to medical records is restricted to providers.",
                 "Please store your recovery phrase offline and never share it with anyone.",
                 "Please remember your password and never share it with anyone."):
        assert pairs(text) == set(), text
    assert pairs("We store your email address on our servers.") == {("contact.email", "store")}
    # "Please remember that …" is a note on what we do, no advice
    assert pairs("Please remember that certain information is retained indefinitely, such as your IP address.") == {
        ("network.ip", "store")}


def test_a_singular_generic_party_is_a_third_party():
    assert tuples("The partner collects your name to comply with anti-money-laundering rules.") == {
        (1, "identity.name", "collect", "third_party")}
    assert tuples("An advertiser may place a cookie on your browser.") == {(1, "usage.cookies", "use", "third_party")}


def test_a_passive_agent_provider_is_a_third_party():
    # (kept by the provider with no period: our sharing with it, GUIDELINES: processors)
    found = {(s.data_type, s.action, s.entity) for s in statements_of(
        "We keep your email address, which is stored by our email provider.")}
    assert ("contact.email", "share", "third_party") in found


def test_how_our_users_navigate_is_usage():
    assert tuples("We use Google Analytics to collect information about how our users, in general, navigate through "
                  "and use GitHub.") == {(1, "usage", "collect", "google_analytics")}


def test_diagnosis_codes_and_session_durations():
    assert pairs("Your health plan receives your name, date of birth and diagnosis codes.") >= {("health", "share")}
    assert ("usage", "collect") in pairs("We record the time and duration of sessions.")


def test_a_predicate_demoted_under_a_data_term_root_still_governs():
    # the parser reads "the pages visited" as the main clause and hangs "are monitored to gather" under it
    assert pairs("Visits to Tulsaworld.com are monitored to gather statistical information, including the number of "
                 "visits to the site, the pages visited, which domains visitors come from and the browsers used to "
                 "visit the site.") >= {("usage.history", "collect")}


def test_examples_hung_on_the_users_clause_belong_to_the_main_object():
    assert pairs("We may also collect certain information when you visit our web pages or use our applications, such "
                 "as the type of browser you are using, your IP address and your device identifiers.") == {
        ("device.hardware", "collect"), ("network.ip", "collect"), ("device.id", "collect")}
    # examples of a noun the user's clause really is about stay the user's
    assert pairs("When you use our services, such as our newsletters, you can unsubscribe at any time.") == set()


def test_examples_hung_on_the_users_relative_clause_belong_to_the_main_object():
    assert pairs("We may collect information about the device you use to access our services, such as IP address, "
                 "unique device identifiers and browser type.") >= {
        ("network.ip", "collect"), ("device.id", "collect"), ("device.hardware", "collect")}


def test_a_practice_verb_tagged_as_a_noun_with_an_object_is_a_verb():
    assert pairs("Our cookies store randomly assigned user identification numbers, the country where you are located, "
                 "and your first name to welcome you back.") >= {("identity.name", "store")}


def test_visits_to_this_site_and_public_activities_are_usage():
    assert pairs("Information about your visits to this site is used to serve ads to you.") == {("usage.history", "use")}
    assert pairs("Our website is scanned for vulnerabilities to make your visit to our site as safe as possible.") == set()
    assert ("usage", "collect") in pairs("We will track and aggregate your public activities on that Web Site.")


def test_an_item_whose_only_verbs_are_in_its_when_clause_is_still_verbless():
    text = ("Information you provide us directly:\n\n"
            "Your username, password and e-mail address when you register for an Instagram account.\n")
    assert {(t[0], t[1], t[2]) for t in tuples(text)} == {(3, "account.credentials", "collect"),
                                                          (3, "contact.email", "collect")}


def test_browsing_wordings_are_history_and_usage():
    assert pairs("These features may collect which page you are visiting on our site.") == {("usage.history", "collect")}
    assert pairs("Ad networks may use cookies to track users activities on this website.") >= {("usage", "collect")}


def test_a_one_word_term_read_as_a_verb_is_the_verb():
    assert pairs("The site also logs non-personally-identifiable information such as IP address and browser type.") >= {
        ("network.ip", "collect"), ("device.hardware", "collect")}


def test_general_location_is_coarse_location():
    assert pairs("We collect general location information.") == {("location.coarse", "collect")}


def test_data_that_is_one_of_the_transferred_assets_is_shared():
    assert pairs("In the event of a sale, personally identifiable information may be one of the business assets "
                 "transferred or sold.") == {("personal_info", "share")}
    assert pairs("In such transactions, customer information generally is one of the transferred business assets.") == {
        ("personal_info", "share")}
    assert pairs("Your privacy is one of our most important assets.") == set()


def test_these_companies_are_third_parties():
    assert tuples("These companies may collect your IP address.") == {(1, "network.ip", "collect", "third_party")}


def test_the_enclosing_practice_governs_data_described_by_what_the_user_does():
    assert pairs("We do not collect any information about the emails you send or the websites you visit.") == {
        ("communication.messages", "not_collect"), ("usage.history", "not_collect")}
    assert pairs("We will use the email address you provide to send you the newsletters.") == {("contact.email", "use")}


def test_things_users_create_are_content():
    assert pairs("We store the documents you create, your notes and your drafts.") == {("content", "store")}


def test_products_you_buy_are_transactions():
    assert pairs("We collect the products you buy and details of your transactions.") == {
        ("financial.transactions", "collect")}
    assert pairs("Fraud prevention services provide us with risk scores for your transactions.") == set()


def test_what_users_watch_and_read_is_browsing_history_and_what_they_click_usage():
    # GUIDELINES: clicking is an interaction (usage), beside the pages viewed on the same line (usage.history)
    assert pairs("We collect what you click on, the videos you watch and the articles you read.") == {
        ("usage.history", "collect"), ("usage", "collect")}


def test_descriptions_of_browsing_match_the_term_patterns():
    assert pairs("We collect information about the pages of our Site that visitors view and the links users click.") == {
        ("usage.history", "collect")}
    assert tuples("These companies may use information about your visits to this and other Web sites.") == {
        (1, "usage.history", "use", "third_party")}
    # data a cookie keeps is carried by the cookie, its use (GUIDELINES: a cookie carrying data is its `use`)
    assert pairs("Cookies save data such as the pages of the Site viewed by the visitor.") == {
        ("usage.cookies", "use"), ("usage.history", "use")}
    assert pairs("We collect information about how subscribers use our emails.") == {("usage", "collect")}
    # a visit as a time, and clicking through a link, are no data
    assert pairs("We scan our site to make your visit to our site safe.") == set()
    assert pairs("We are not responsible for information collected when visitors click through links.") == set()


def test_a_list_item_the_parser_made_the_object_of_the_users_relative_clause_continues_the_list():
    assert pairs("They may record the type of device and operating system you are using, general location "
                 "information, as well as events that occur within our apps.") == {
        ("device.hardware", "collect"), ("location.coarse", "collect")}


def test_a_participle_on_the_exemplified_noun_governs_its_examples():
    assert pairs("We display ads based on personal information provided by our users, including zip code.") == {
        ("personal_info", "collect"), ("location.coarse", "collect")}
    assert pairs("Information collected on our site, including your IP address, is used for research.") == {
        ("network.ip", "collect")}


def test_each_party_of_a_coordinated_subject_is_an_actor_generic_parties_too():
    assert tuples("We and our service providers automatically collect your IP address.") == {
        (1, "network.ip", "collect", "first_party"), (1, "network.ip", "collect", "third_party")}
    assert tuples("You and your friends share photos.") == {(1, "media.photos", "collect", "first_party")}


def test_a_list_introduction_without_its_colon_still_introduces_the_list():
    html = ("<h2>About</h2><p>We collect the following information about you</p>"
            "<ul><li>Your name and email address</li><li>Your IP address</li></ul>")
    found = {(t[1], t[2]) for t in tuples(html, fmt="html", name="policy.html")}
    assert {("identity.name", "collect"), ("contact.email", "collect"), ("network.ip", "collect")} <= found


def test_a_party_using_a_tool_to_collect_is_the_collector():
    assert tuples("Third-party advertisers may use cookies to collect information about your browsing.") >= {
        (1, "usage.history", "collect", "third_party")}
    assert (1, "usage", "collect", "google_analytics") in tuples(
        "We use Google Analytics to collect information about how you use our app.")


def test_potentially_personal_information_is_not_personal_information_as_such():
    assert pairs("This feature also sends Potentially Personal Information to Mozilla, such as your IP address.") == {
        ("network.ip", "share")}


def test_subscription_data_and_more_browsing_descriptions():
    assert pairs("We share subscription data with our payment provider.") == {("financial.transactions", "share")}
    assert ("usage", "collect") in pairs(
        "Our advertising partners may collect information about the ads you see and tap.")
    assert ("usage.history", "collect") in pairs(
        "Performance cookies collect information on how users interact with our websites, including what pages are "
        "visited most.")
    # what the user sees is a purpose, not data
    assert ("usage.history", "use") not in pairs("We use cookies to customize the advertising and content you see.")


def test_a_such_as_list_hung_on_the_users_who_set_the_object_exemplifies_the_object():
    assert pairs("These cookies are used to store preferences set by users such as account name, language, and "
                 "location.") == {("usage.cookies", "use"), ("account.credentials", "use"), ("location", "use")}


def test_a_cookie_tables_descriptions_say_what_the_cookie_records():
    table = ("| Cookie | Purpose |\n|---|---|\n| ads | Tracks if a visitor has clicked an ad before. |\n"
             "| nux_flow_name | Identifies which signup flow was shown. |\n")
    found = tuples(table, fmt="markdown", name="policy.md")
    assert (3, "usage", "collect", "first_party") in found
    assert {s.source for s in statements_of(table, fmt="markdown", name="policy.md")} == {"table"}
    assert not [t for t in found if t[1] == "identity.name"]  # "name" inside the identifier nux_flow_name


def test_data_something_is_based_on_is_used():
    assert pairs("The ads you see may be targeted to you based on your current GPS location or ZIP code.") == {
        ("location.precise", "use"), ("location.coarse", "use")}
    assert ("usage.history", "use") in pairs("We may tailor advertisements to you based on your browsing activity.")


def test_letting_a_third_party_use_data_is_sharing_it():
    assert tuples("We will not share, sell, rent, swap or authorize any third party to use your email address for "
                  "commercial purposes without your permission.") == {(1, "contact.email", "not_share", "first_party")}


def test_data_under_a_clause_and_subject_of_a_practice_takes_both():
    found = pairs("Any personal information collected from our customers is used by us only, and is not sold, shared or "
                  "distributed to any third party.")
    assert found == {("personal_info", "collect"), ("personal_info", "use"), ("personal_info", "not_share")}
    # "location-based" is no predicate
    assert pairs("We do not access or track any location based information from your device.") == {
        ("location", "not_collect")}


def test_more_browsing_and_usage_descriptions():
    assert ("usage.history", "collect") in pairs(
        "Social media features may collect your IP address and the page you are visiting on our site.")
    assert ("usage", "collect") in pairs("We collect their viewing and participation patterns.")
    assert ("usage", "collect") in pairs("We collect how long each visitor stayed on the site.")
    # "the site you are visiting" sets cookies: a party, not data
    assert ("usage.history", "collect") not in pairs("Cookies may be collected by the site that you are visiting.")


def test_a_long_paragraph_with_a_run_in_label_continues_the_list_introduction():
    html = ("<p>There are six categories of information we collect that include the following: <br> <br></p>"
            "<p>Contact/Registration information: for example, your telephone number or e-mail address, where you have "
            "subscribed to a service such as program updates; name, age, gender or interests when you register for an "
            "account.</p>")
    found = {(t[1], t[2]) for t in tuples(html, fmt="html", name="policy.html")}
    assert {("contact.phone", "collect"), ("contact.email", "collect"), ("identity.age", "collect")} <= found


def test_an_including_list_hung_on_the_users_verb_exemplifies_the_main_object():
    found = pairs("We collect information about the computers and devices you use to access our services, including "
                  "their location.")
    assert found == {("device", "collect"), ("location", "collect")}


def test_the_country_or_state_a_user_is_in_is_coarse_location():
    assert ("location.coarse", "collect") in pairs(
        "Precise location is not collected; the state you are located in at the time of a visit is asked for.")
    assert ("location.coarse", "use") in pairs("We use their IP address to learn what country they are in.")


def test_a_negative_subject_denies_the_practice():
    assert pairs("None of these partners receives your precise location from us.") == {("location.precise", "not_collect")}
    assert pairs("No third party receives your email address.") == {("contact.email", "not_share")}
    assert pairs("No one at Acme reads your messages.") == {("communication.messages", "not_collect")}
    assert pairs("Our partners receive your email address.") == {("contact.email", "share")}


def test_camera_footage_voice_recordings_and_device_models_described_in_words():
    assert pairs("Footage captured by your camera is uploaded to our cloud.") >= {("media.photos", "collect")}
    assert ("media.audio", "collect") in pairs("Your voice is recorded and a short clip is sent to our vendor.")
    assert ("device.hardware", "share") in pairs(
        "A report describing what went wrong and the model of device it happened on is sent to Crashlytics.")
    assert pairs("We keep billing records and invoices for seven years.") == {("financial.transactions", "store")}


def test_data_shown_to_other_people_is_shared():
    # the guidelines' convention: making data visible to other users or the public is sharing with third parties
    assert pairs("Your first name may be displayed to other users.") == {("identity.name", "share")}
    assert pairs("Your first name is shown publicly on a leaderboard.") == {("identity.name", "share")}
    assert pairs("Other users can see your username.") == {("account.credentials", "share")}
    # the user seeing their own data, or ads shown to the user, is no sharing
    assert pairs("You can see your order history in the app.") == set()
    assert pairs("Ads are shown to you based on your browsing history.") == {("usage.history", "use")}


def test_data_delivered_to_other_people_or_their_servers_is_shared():
    # federation: posts delivered to other people, or to servers run by others, are shared with third parties
    assert {(s.data_type, s.action, s.entity) for s in statements_of(
        "Your public posts are delivered to different servers.")} == {("content", "share", "third_party")}
    assert pairs("Your posts may be sent to or downloaded by other servers in the federated network.") == {
        ("content", "share")}
    assert pairs("Your profile picture is delivered to the servers of its recipients.") == {
        ("account.profile", "share")}
    assert pairs("Your comments can be downloaded by other users.") == {("content", "share")}
    # not to the user, to our own servers, nor a message delivered to the recipients the user chose
    assert pairs("Your comments are delivered to our servers.") == set()
    assert pairs("Your comments are delivered to you.") == set()
    assert pairs("Private messages are delivered only to their recipients.") == set()


def test_data_listed_or_posted_publicly_is_shared():
    assert pairs("The list of people you follow is listed publicly.") == {("social", "share")}
    assert pairs("Your comments are posted publicly.") == {("content", "share")}


def test_interaction_data_and_documentation_pointers():
    assert pairs("Mozilla receives data from interactions with Firefox Relay.") == {("usage", "collect")}
    # pointers to documentation state no practice
    assert pairs("Read the telemetry documentation for Firefox Relay.") == set()
    assert pairs("For more information, and to see examples of real crash reports, see Crash Data.") == set()
    assert pairs("You can see a complete list of the technical data we collect.") == set()


def test_a_camera_that_is_the_device_is_no_camera_data():
    assert pairs("We access your camera to scan QR codes.") == {("media.camera", "collect")}
    assert pairs("The app requests camera access.") == {("media.camera", "collect")}
    # counted, plural, the agent of a practice, or a modifier: the device, not its data
    assert pairs("Footage captured by your camera is uploaded to our cloud.") == {("media.photos", "collect")}
    assert ("media.camera", "collect") not in pairs("Each camera sends us its serial number.")
    assert pairs("We store the camera names you choose.") == set()


def test_a_camera_as_a_place_owner_or_choice_is_the_device():
    assert pairs("The motion zones you draw are saved as part of the camera's settings.") == set()
    assert pairs("Clips are stored on the camera until you delete them.") == set()
    assert pairs("We keep the logs from your camera.") == {("usage.logs", "store")}
    assert pairs("Guests can see which camera you watched.") == set()
    # "access to your camera" is the permission
    assert pairs("The app asks for access to your camera so that you can scan the code.") == {
        ("media.camera", "collect")}


def test_an_object_list_the_parser_made_the_subject_of_a_later_clause():
    # "receives A, B and C, and crash logs go to Y": spaCy makes "A … C" the subject of "go"
    assert pairs("Google Analytics for Firebase receives the screens you visit, your app-instance ID and your device "
                 "type, and crash logs go to Firebase Crashlytics.") >= {("device.id", "share"),
                                                                        ("device.hardware", "share")}


def test_messages_described_by_who_exchanges_them():
    assert pairs("The messages you exchange with us are kept.") == {("communication.messages", "store")}
    assert pairs("Messages to and from our support team are kept for two years.") == {("communication.messages", "store")}
    assert pairs("We send you messages about your account.") == set()  # messages we send are no data of yours


def test_a_person_the_user_deals_with_seeing_data_is_sharing():
    assert pairs("Your Shopper does not see your last name or email address.") == {
        ("identity.name", "not_share"), ("contact.email", "not_share")}
    assert pairs("Your browser can see your location.") == set()  # a thing of the user's, not a person


def test_all_capitals_passages_are_parsed_as_ordinary_text():
    assert pairs("WE DO NOT KNOWINGLY COLLECT PERSONAL INFORMATION FROM CHILDREN UNDER 13.") == {
        ("personal_info", "not_collect")}


def test_screenshots_and_how_old_you_are():
    assert pairs("We receive any screenshots you attach.") == {("media.photos", "collect")}
    assert pairs("We ask how old you are.") == {("identity.age", "collect")}


def test_a_sentence_pointing_to_a_table_below_introduces_its_rows():
    html = ("<p>In the past 12 months, we have collected the categories of personal information listed below and "
            "disclosed them to the recipients shown.</p>\n<table>\n<tr><th>Category</th><th>Examples</th>"
            "<th>Disclosed to</th></tr>\n<tr><td>Identifiers</td><td>Name, email address, IP address</td>"
            "<td>Service providers</td></tr>\n</table>\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(html, "html", "policy.html")}
    assert {(4, "identity.name", "collect"), (4, "contact.email", "share"), (4, "network.ip", "collect")} <= found


def test_a_disclosed_to_cell_naming_parties_shares_with_each_of_them():
    html = ("<table>\n<tr><th>Category</th><th>Examples</th><th>Disclosed to</th></tr>\n"
            "<tr><td>Support records</td><td>Chat transcripts, email address</td><td>Zendesk</td></tr>\n"
            "<tr><td>Payments</td><td>Order amount, billing address</td><td>Adyen, our payment processor</td></tr>\n"
            "<tr><td>Online identifiers</td><td>IP address</td><td>Google (Google Analytics), Meta (Meta Pixel), "
            "hosting providers</td></tr>\n"
            "<tr><td>Return data</td><td>Social Security numbers</td><td>The tax agency of your state</td></tr>\n"
            "</table>\n")
    shared = {(s.line, s.data_type, s.recipient) for s in statements_of(html, "html", "policy.html")
              if s.action == "share"}
    assert {(3, "contact.email", "zendesk"), (4, "contact.address", "adyen"), (5, "network.ip", "google_analytics"),
            (5, "network.ip", "facebook"), (5, "network.ip", "third_party"),
            (6, "identity.id_number", "third_party")} <= shared
    assert not {(line, recipient) for line, _, recipient in shared if line in (3, 4) and recipient == "third_party"}


def test_a_recipients_table_with_why_and_what_they_receive_columns():
    md = ("Data leaves us only for the recipients below:\n\n| Recipient | Why | What they receive |\n|---|---|---|\n"
          "| Adyen | Card payments | Card number and expiry date, billing address |\n")
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(md, name="policy.md")}
    assert {("financial.payment", "share", "first_party", "adyen"),
            ("contact.address", "share", "first_party", "adyen")} <= found


def test_a_recipients_table_row_naming_several_parties_shares_with_each():
    md = ("Data leaves us only for the recipients below:\n\n| Recipient | Why | What they receive |\n|---|---|---|\n"
          "| Meta and Google | Ad measurement | Your hashed email address |\n"
          "| Google LLC (Google Analytics) | Analytics | Your IP address |\n")
    found = {(s.line, s.data_type, s.recipient) for s in statements_of(md, name="policy.md") if s.action == "share"}
    assert {(5, "contact.email", "facebook"), (5, "contact.email", "google")} <= found
    # a company and its product in parentheses is one party, not a list
    assert {recipient for line, _, recipient in found if line == 6} == {"google_analytics"}


def test_what_you_are_watching_and_content_fingerprints():
    found = pairs("The TV sends a digital fingerprint of the picture to our servers to identify what you are watching.")
    assert {data_type for data_type, _ in found} == {"usage.history"}


def test_viewing_information_and_ad_impressions():
    assert pairs("We do not share Viewing Information with advertisers.") == {("usage.history", "not_share")}
    assert pairs("We collect ad impressions and completions.") == {("usage", "collect")}


def test_crash_traces_are_logs():
    assert pairs("Sentry receives crash traces and the phone model.") >= {("usage.logs", "share")}


def test_which_apps_are_installed_is_the_app_list():
    assert pairs("We record which apps are installed on your device.") == {("device.apps", "collect")}
    # the installed packages or extensions of one platform
    text = "We may collect the following information:\n\n- A list of installed Python packages and their versions\n"
    assert {(t[1], t[2]) for t in tuples(text, fmt="markdown", name="policy.md")} == {("device.apps", "collect")}
    assert pairs("We have installed the packages and security plugins the site needs.") == set()


def test_a_header_row_of_longer_column_labels_states_no_practice():
    html = ("<table>\n<tr><th>Category of personal information</th><th>Examples</th><th>Disclosed to</th></tr>\n"
            "</table>\n")
    assert statements_of(html, "html", "policy.html") == []


def test_a_marked_header_row_of_long_column_labels_states_no_practice():
    text = ("## Our handling\n\n| Category of personal information collected in last 12 months | Categories of third "
            "parties with whom the personal information is shared | Categories of personal information disclosed for a "
            "business or commercial purpose |\n| --- | --- | --- |\n| We collect your email address at sign-up | Service "
            "providers | Yes |\n")
    lines = {t[0] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert 3 not in lines and 5 in lines


def test_the_practices_of_a_table_header_carry_to_the_data_of_its_rows():
    text = ("## Our handling\n\n| Category of personal information collected | Sources | Categories of third parties "
            "with whom the personal information is shared |\n| --- | --- | --- |\n| Geolocation data | Your device | "
            "Service providers |\n")
    assert tuples(text, fmt="markdown", name="policy.md") == {(5, "location", "collect", "first_party"),
                                                              (5, "location", "share", "first_party")}
    plain = "## Our handling\n\n| Category | Sources |\n| --- | --- |\n| Geolocation data | Your device |\n"
    assert tuples(plain, fmt="markdown", name="policy.md") == set()


def test_a_column_label_stating_a_practice_on_the_row_data_carries_it_over_the_table_introduction():
    text = ("### Categories of Personal Data We Collect\n\nThis chart details the categories of Personal Data that we "
            "may collect. Please note that many of these categories of Personal Data will only be collected if you "
            "choose to provide them to us:\n\n| **Category of Personal Data** | **Examples of Personal Data We "
            "Collect** | **Categories of Third Parties With Whom We Share this Personal Data:** |\n| --- | --- | --- |\n"
            "| **Profile or Contact Data** | - Display name<br>- Email address | - Service Providers |\n")
    assert {(7, "account.profile", "share", "first_party"), (7, "contact.email", "share", "first_party"),
            (7, "contact.email", "collect", "first_party")} <= tuples(text, fmt="markdown", name="policy.md")


def test_column_labels_state_a_practice_only_on_the_data_they_point_to():
    from policycheck.extract import _column_practice
    from policycheck.extract.lexicon import load_lexicon
    lexicon = load_lexicon("en")
    actions = {label: [f.action for f in _column_practice(label, lexicon)] for label in (
        "How long we keep it", "How and when is the data collected?", "Data stored by Acme", "Is it shared?",
        "Cookies used", "Sold or shared", "Purpose")}
    assert actions == {"How long we keep it": ["store"], "How and when is the data collected?": ["collect"],
                       "Data stored by Acme": ["store"], "Is it shared?": [], "Cookies used": [], "Sold or shared": [],
                       "Purpose": []}


def test_the_data_a_subprocessor_table_row_names_is_shared_with_its_processor():
    text = ("## Subprocessors\n\n| Name of Subprocessor | Description of Processing | Location of Processing |\n"
            "|---|---|---|\n| Braintree (PayPal) | Subscription credit card payment processor | United States |\n"
            "| AWS Amazon | Data hosting | United States |\n")
    found = {(s.line, s.data_type, s.action, s.recipient) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {(5, "financial.payment", "share", "braintree")}


def test_a_row_label_giving_examples_is_a_broad_phrase_not_a_title():
    text = ("## Our handling\n\n| Category of personal information collected | Sources | Purposes |\n"
            "| --- | --- | --- |\n| Geolocation data (such as IP address) | Your device | Performing services (user "
            "profile) |\n| Geolocation data | Your device | Performing services (user profile) |\n")
    found = {(line, data_type) for line, data_type, action, actor in tuples(text, fmt="markdown", name="policy.md")}
    assert {(5, "location"), (5, "network.ip")} <= found
    # under a header naming it ("Category of personal information collected"), the first cell is the row's data, not
    # a title: the purposes cell's "(user profile)" names no data of the row (GUIDELINES: CCPA tables)
    assert (6, "location") in found and not {(5, "account.profile"), (6, "account.profile")} & found


def test_ccpa_unique_personal_identifier_and_consumer_profile_are_no_personal_info_or_account_profile():
    assert pairs("We collect identifiers such as your real name, a unique personal identifier and Internet Protocol "
                 "address.") == {("identity.name", "collect"), ("network.ip", "collect")}
    assert pairs("We collect inferences drawn from any of the information identified above to create a profile about a "
                 "consumer reflecting the consumer's preferences.") == set()


def test_demonstrative_personal_information_is_not_annotated():
    # the guidelines: demonstratives ("such information", "the above information") name no data of their own
    assert pairs("We use the personal information described above for the following purposes:") == set()
    assert pairs("We share such personal information with our partners.") == set()
    assert pairs("This category of personal information has been disclosed for a business or commercial purpose.") \
        == set()
    assert pairs("We may disclose these categories of personal data to service providers.") == set()
    assert pairs("We share your personal information with our partners.") == {("personal_info", "share")}


def test_the_last_four_digits_of_a_card_are_payment_data():
    assert pairs("We keep the card brand and last four digits of your card.") == {("financial.payment", "store")}
    assert pairs("Stripe sends us the last 4 digits of your credit card number.") >= {("financial.payment", "collect")}


def test_the_status_of_a_subscription_is_transaction_data():
    assert pairs("We receive the status of your account's subscription.") == {("financial.transactions", "collect")}


def test_a_run_in_label_parsed_as_a_second_subject_is_not_the_actor():
    md = "- **A buyer of our business:** if we are sold, your personal data would pass to the new owner.\n"
    assert {(s.data_type, s.action, s.actor) for s in statements_of(md, name="policy.md")} == {
        ("personal_info", "share", "first_party")}
    assert {(s.data_type, s.actor) for s in statements_of(
        "Web Beacons: Our websites may also use web beacons to collect your browsing history.")} == {
        ("usage.cookies", "first_party"), ("usage.history", "first_party")}


def test_cycle_tracking_data_is_health_data():
    assert ("health", "store") in pairs("Your cycle data is stored on our servers unless you turn off backup.")
    assert ("health", "collect") in pairs("We collect your period dates, symptoms and basal body temperature.")
    assert ("health", "not_share") in pairs("We never share your sexual activity or contraception with advertisers.")


def test_two_verbs_parsed_as_each_others_clause_do_not_loop():
    # the parser made "entered … and are tokenized" and "retain" each other's clausal complement: finding the subject
    # had recursed without end
    text = ("Card numbers and security codes are entered into fields hosted by our payment processor, Braintree (a PayPal "
            "service), and are tokenized by Braintree before any payment details are made available to Swiftly; Swiftly "
            "does not receive or store your full card number or security code, but we do retain the card type, the last "
            "four digits, the expiration date and the billing ZIP code associated with your payment method.")
    assert ("financial.payment", "not_collect") in pairs(text)


def test_a_voice_profile_is_a_voiceprint_not_an_account_profile():
    assert pairs("We do not share voice profiles with third parties.") == {("biometric.voiceprint", "not_share")}


def test_an_italic_list_introduction_after_a_the_following_is_sentence_introduces_its_items():
    text = ("The following is a summary of the information that we may collect and store.\n\n"
            "1.  _Basic account information, such as:_\n\n"
            "*   Username\n*   Email address\n")
    found = {(t[1], t[2]) for t in tuples(text, fmt="markdown", name="policy.md")}
    assert ("contact.email", "collect") in found and ("contact.email", "store") in found


def test_a_long_table_header_row_states_no_practice():
    text = ("| **Category of Personal Data** | **Examples of Personal Data We Collect** | **Categories of Third Parties With "
            "Whom We Share this Personal Data:** |\n| --- | --- | --- |\n"
            "| **Device/IP Data** | - IP address | - Service Providers |\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert not [t for t in found if t[0] == 1]
    # a CCPA table's header of long labels (up to 100 characters and 12 words a cell)
    text = ("| **Category of personal information collected in last 12 months** | **Category of sources from which the "
            "personal information has been collected** | **Categories of personal information disclosed for a business "
            "or commercial purpose** |\n| --- | --- | --- |\n| Geolocation data (such as IP address) | Information consumer "
            "provides automatically | Service providers |\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert not [t for t in found if t[0] == 1]


def test_including_but_not_limited_to_keeps_its_examples():
    # the parser made "limited" a negated verb conjoined with "collect" and hung the examples under it
    assert pairs("We collect personal information including, but not limited to, your name and email address.") == {
        ("personal_info", "collect"), ("identity.name", "collect"), ("contact.email", "collect")}
    assert pairs("We may share, without limitation, your name with partners.") == {("identity.name", "share")}


def test_reviewing_data_is_using_it():
    assert pairs("We may review your messages to resolve disputes.") == {("communication.messages", "use")}
    assert pairs("You can review and update your profile information at any time.") == set()


def test_pickup_and_drop_off_locations_and_saved_places_are_locations():
    assert pairs("We collect the pickup and drop-off locations of each trip.") == {("location", "collect")}
    assert ("location", "collect") in pairs("You may provide saved places such as Home or Work.")


def test_suppositions_of_what_the_person_thinks_or_we_learn_state_no_practice():
    text = ("We do not knowingly collect personal data from children. If you think a child has given us personal data, "
            "contact us and we will delete it.")
    assert pairs(text) == {("personal_info", "not_collect")}
    assert pairs("If we learn that we have collected personal information from a child under 13, we will delete it.") == set()


def test_understanding_how_people_use_the_service_uses_usage_data():
    # with cookies on the line, how visitors use the service is what the cookies obtain (GUIDELINES)
    assert pairs("Performance cookies allow us to understand how visitors use our Services.") == {
        ("usage", "collect"), ("usage.cookies", "use")}
    assert pairs("You understand that you can delete your account at any time.") == set()


def test_reading_app_data_terms():
    assert pairs("Your highlights and notes are synced to your account.") == {("content", "collect")}
    assert pairs("We store the page addresses and the billing country.") == {("usage.history", "store"),
                                                                           ("location.coarse", "store")}


def test_email_opens_are_usage_and_store_beacons_are_no_cookies():
    assert pairs("We collect email opens and clicks.") == {("usage", "collect")}
    assert ("usage.cookies", "collect") not in pairs("We collect your in-store location from Bluetooth beacons.")


def test_a_negation_after_a_semicolon_does_not_reach_back():
    text = ("The provision of your name, email address and billing details is required for the conclusion of the "
            "contract; without them we cannot provide the Platform to you.")
    assert pairs(text) == {("identity.name", "collect"), ("contact.email", "collect"), ("financial.payment", "collect")}


def test_workspace_content_and_email_events():
    assert pairs("We store workspace content, such as projects, tasks and time entries.") >= {("content", "store")}
    # a catalogued email service receiving them is our share with it
    assert pairs("Mailjet receives your email address and opening and click events.") >= {("usage", "share")}


def test_message_content_login_codes_and_visit_reasons():
    assert pairs("When you send a message, we collect the content of the message.") >= {("communication.messages", "collect")}
    # a one-time code fits no data type (the guidelines)
    assert pairs("Twilio sends the one-time login codes.") == set()
    assert pairs("You need to provide your mobile phone number and the SMS verification code we send.") == {
        ("contact.phone", "collect")}
    assert pairs("You tell us the reason for the visit when you book.") <= {("health", "collect")}


def test_information_we_collect_as_the_object_of_another_practice_takes_that_practice():
    assert pairs("We will not share information we collect about you with nonaffiliated third parties.") == {
        ("personal_info", "not_share")}
    # alone, the clause is the practice
    assert pairs("This is the information we collect about you.") == {("personal_info", "collect")}


def test_education_records_driving_data_and_numbers_called():
    assert pairs("We collect your grades, academic standing and enrollment status.") == {("identity.education", "collect")}
    assert pairs("We never sell your driving data.") == {("device.sensors", "not_share")}
    assert pairs("We keep the numbers you call for billing.") == {("communication.call_log", "store")}
    # transcripts of voice requests are no academic transcripts
    assert ("identity.education", "store") not in pairs("We keep transcripts of your voice requests.")


def test_carrier_network_data_terms():
    assert pairs("We keep cell site records for billing.") == {("location.coarse", "store")}
    assert ("usage.history", "use") in pairs("Our systems process the DNS queries your device makes.")
    assert pairs("We do not sell CPNI.") == {("communication", "not_share")}


def test_an_introduction_whose_verb_the_tagger_read_as_a_noun_still_introduces_its_list():
    text = ("Depending on what you track, the app records:\n\n"
            "- **Body signs**: basal body temperature, cervical fluid and weight.\n")
    assert {(t[1], t[2]) for t in tuples(text, fmt="markdown", name="policy.md")} == {("health", "collect")}


def test_any_lexicon_verb_of_the_software_read_as_a_noun_introduces_its_list():
    # "The app uploads:" is tagged as a noun phrase ("app uploads") like "the app records:"; the verb's action holds
    text = "# Privacy\n\nThe app uploads:\n- crash reports\n\nOur servers receive:\n- your IP address\n"
    assert tuples(text, fmt="markdown", name="policy.md") == {(4, "usage.logs", "collect", "first_party"),
                                                              (7, "network.ip", "collect", "first_party")}
    # a noun that is no verb of the lexicon after the software introduces no practice
    assert tuples("The app permissions:\n- crash reports\n", fmt="markdown", name="policy.md") == set()


def test_an_introduction_ending_with_access_to_gives_its_items_to_the_holder():
    # "We have access to:": the stranded "to" takes the items, collection by the holder (GUIDELINES: access)
    text = "# Privacy\n\nWe have access to:\n- your calendar events\n- your device model\n"
    assert tuples(text, fmt="markdown", name="policy.md") == {(4, "calendar", "collect", "first_party"),
                                                              (5, "device.hardware", "collect", "first_party")}
    assert {(t[1], t[2]) for t in tuples("We do not have access to:\n- your calendar events\n", fmt="markdown",
                                         name="policy.md")} == {("calendar", "not_collect")}
    # the user's own access is no practice of the service
    assert tuples("You have access to:\n- your calendar events\n", fmt="markdown", name="policy.md") == set()


def test_a_named_tool_whose_verb_the_tagger_read_as_a_noun_introduces_its_list():
    # "Google Analytics stores" read as one noun phrase: the tool collects the items (an SDK the first party embeds)
    text = ("Google Analytics stores information about:\n\n"
            "- the pages you visit\n- how long you spend on each page\n")
    assert {(t[1], t[2], t[3]) for t in tuples(text, fmt="markdown", name="policy.md")} == {
        ("usage.history", "collect", "google_analytics"), ("usage", "collect", "google_analytics")}
    # data the introduction calls anonymised gives no tuple (GUIDELINES)
    text = "Google Analytics stores anonymised information about:\n\n- the pages you visit\n"
    assert tuples(text, fmt="markdown", name="policy.md") == set()


def test_being_told_data_is_collecting_it():
    assert pairs("Paddle tells us your plan and the last four digits of your card.") >= {("financial.payment", "collect")}
    assert pairs("Most browsers will tell you how to prevent your browser from accepting cookies.") == set()
    assert ("contact.email", "not_collect") in pairs("Cookies do not tell us your e-mail address.")


def test_a_ccpa_category_table_reads_its_examples_and_what_its_columns_say():
    text = ("## California\n\n"
            "| Category | Examples | Disclosed to | Sold or shared? |\n|---|---|---|---|\n"
            "| Identifiers | Name, email address | Service providers | No |\n"
            "| Characteristics of protected classifications | Date of birth | None | Yes |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {(5, "identity.name", "collect"), (5, "contact.email", "collect"),
                     (5, "identity.name", "share"), (5, "contact.email", "share"),
                     (5, "identity.name", "not_share"), (5, "contact.email", "not_share"),
                     (6, "identity.birthdate", "collect"), (6, "identity.birthdate", "share")}
    # the statutory label "Characteristics of protected classifications" names no type (GUIDELINES: CCPA tables)


def test_a_data_table_with_a_retention_column_stores_each_rows_data():
    text = ("## Data we process\n\n| Data category | What it includes | How long we keep it |\n|---|---|---|\n"
            "| Voice | Voice recordings of your requests | 18 months |\n")
    found = {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {("media.audio", "collect"), ("media.audio", "store")}


def test_neither_nor_denies_both_items():
    assert pairs("Neither your name nor your email address is collected.") == {
        ("identity.name", "not_collect"), ("contact.email", "not_collect")}
    assert pairs("We collect neither your name nor your email address.") == {
        ("identity.name", "not_collect"), ("contact.email", "not_collect")}


def test_a_run_in_title_is_the_data_when_the_rest_of_its_item_names_none():
    text = ("## Retention\n\nData is kept for the periods below:\n\n- *Voice recordings.* 30 days.\n"
            "- *Location data partners.* We share your precise location with them.\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "media.audio", "store") in found
    assert (6, "location.precise", "share") in found and (6, "location", "store") not in found


def test_data_a_table_cell_excludes_is_denied():
    text = ("## Partners\n\n| Partner | Purpose | Data |\n|---|---|---|\n"
            "| HERE | Maps | The car's position and the destination entered, without the VIN |\n")
    found = {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {("location", "collect"), ("device.id.serial", "not_collect")}


def test_an_introduction_restricting_the_previous_sentences_data_introduces_its_list():
    text = ("## Account\n\nWe collect information about you when you register. This information is restricted to:\n\n"
            "* Username\n* Email\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert {(5, "account.credentials", "collect"), (6, "contact.email", "collect")} <= found


def test_data_that_never_leaves_the_device_or_reaches_us_is_not_collected():
    assert pairs("Your master password never leaves your device.") == {("account.credentials", "not_collect")}
    assert pairs("Your password never reaches our servers.") == {("account.credentials", "not_collect")}
    assert pairs("Please leave your phone number and we will call you.") == set()


def test_a_coordinated_leave_or_reach_denies_the_clauses_data():
    # the place left or reached is no data of its own: the coordinated verb keeps the clause's data (and data that
    # never reaches us is the receiving party's collection, not our sharing)
    assert pairs("Your bank login credentials are sent to Plaid and never reach our servers.") == {
        ("account.credentials", "collect"), ("account.credentials", "not_collect")}
    assert pairs("Your password will never leave the device.") == {("account.credentials", "not_collect")}
    assert pairs("Only a notice is sent to us; the rest of the audio never leaves the camera.") == {
        ("media.audio", "not_collect")}
    # a clause with its own subject keeps its own data
    assert pairs("We receive your email address from them, and your password never reaches us.") == {
        ("contact.email", "collect"), ("account.credentials", "not_collect")}


def test_resumes_are_occupation_data_and_extracting_data_collects_it():
    assert pairs("We send resumes to the employers you apply to.") == {("identity.occupation", "share"),
                                                                       ("identity.education", "share")}
    assert ("identity.occupation", "collect") in pairs(
        "When you upload a file, we parse it to extract your contact details and work history.")


def test_a_list_item_labelled_with_a_company_name_involves_that_company():
    text = ("<h2>Who we share personal data with</h2>\n"
            "<p>The following service providers process personal data on our behalf:</p>\n<ul>\n"
            "<li><strong>Zendesk, Inc.</strong>: customer support tickets (your name and email address).</li>\n"
            "<li><strong>Hostwell Ltd</strong>: your email address, for the newsletter.</li>\n</ul>\n")
    found = {(s.line, s.data_type, s.entity) for s in statements_of(text, "html", "policy.html")}
    # "service providers process … on our behalf": they are the subject, and a processor's handling is our sharing
    # with it (GUIDELINES: processors)
    assert (2, "personal_info", "third_party") in found
    assert {(4, "identity.name", "zendesk"), (4, "contact.email", "zendesk"),
            (5, "contact.email", "third_party")} <= found
    assert {s.action for s in statements_of(text, "html", "policy.html")} == {"share"}


def test_showing_data_to_other_people_in_the_active_voice_is_sharing():
    assert pairs("We show your profile photo to other users.") == {("account.profile", "share")}
    assert pairs("We show you ads based on your location.") == {("location", "use")}


def test_trip_locations_webcams_and_app_ids_are_data():
    assert pairs("Trip locations are never shared with advertisers.") == {("location", "not_share")}
    assert pairs("Proctorio records video from your webcam.") >= {("media.camera", "collect")}


def test_therapy_vocabulary_is_health_data():
    assert pairs("We store your intake answers and journal entries.") == {("health", "store")}


def test_bookings_are_transactions_and_an_adult_providing_data_gives_it_to_us():
    assert pairs("We record your booking history and your itinerary.") == {("financial.transactions", "collect")}
    assert ("identity.birthdate", "collect") in pairs("The adult provides the child's name and date of birth.")


def test_the_last_four_digits_of_a_social_security_number_are_an_id_number():
    assert pairs("We ask for the last four digits of your Social Security number.") == {("identity.id_number", "collect")}


def test_sentences_explaining_peoples_rights_state_no_practice():
    assert pairs("Subject to certain exceptions, California residents have the right to request that we disclose the "
                 "personal information we collected.") == set()
    assert pairs("If you live in California, the CCPA gives you the right to know what personal information we "
                 "collect.") == set()


def test_a_third_party_receiving_data_is_our_sharing_it_with_them():
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of("Sentry receives crash reports.")}
    assert found == {("usage.logs", "share", "first_party", "sentry")}
    assert pairs("Google receives your email address from you directly.") == {("contact.email", "collect")}
    found = {(s.data_type, s.action, s.actor) for s in statements_of("Stripe receives your card number directly.")}
    assert found == {("financial.payment", "collect", "stripe")}
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Your credit card number is passed directly to our payment processor Stripe.")}
    assert found == {("financial.payment", "collect", "stripe")}
    assert pairs("We receive your name from Google.") == {("identity.name", "collect")}


def test_an_unnamed_outside_party_receiving_or_having_access_is_our_sharing_with_a_third_party():
    # a common noun no catalogue knows is neither us nor the default actor (GUIDELINES: Actors and recipients)
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    assert found("The recipient's bank receives your name.") == {("identity.name", "share", "first_party", "third_party")}
    assert ("communication.messages", "share", "first_party", "third_party") in found(
        "Bots and Widgets currently have access to all the messages and files in any room in which they participate.")
    # our own people and things stay ours
    assert found("Our employees receive your email address.") == {("contact.email", "collect", "first_party", None)}
    assert found("Our servers receive your IP address.") == {("network.ip", "collect", "first_party", None)}
    assert found("We primarily use analytics to receive crash reports.") == {("usage.logs", "collect", "first_party", None)}


def test_usage_events_named_alone_are_usage_data():
    assert pairs("Amplitude collects app usage events.") == {("usage", "collect")}


def test_permission_to_access_data_is_the_permitted_partys_access():
    assert pairs("If you grant the app permission to access your location, we show nearby stores.") == {
        ("location", "collect")}


def test_donations_and_order_amounts_are_transactions():
    # (processed by payment partners: our sharing with those processors, GUIDELINES: processors)
    assert pairs("Donations are processed by our payment partners.") == {("financial.transactions", "share")}


def test_correspondence_and_the_content_of_a_message_are_messages():
    assert pairs("If you contact us, we may keep a record of that correspondence.") == {("communication.messages", "store")}


def test_handing_data_over_is_sharing():
    assert pairs("We will not hand over your cycle data to police, prosecutors or courts.") == {("health", "not_share")}
    assert pairs("No insurer or data broker is handed your speed readings.") == {("device.sensors", "not_share")}


def test_signing_up_with_data_gives_it_to_the_service():
    assert pairs("You sign up with your email address and a password.") == {
        ("contact.email", "collect"), ("account.credentials", "collect")}
    assert pairs("You can sign in with your phone number.") == {("contact.phone", "collect")}
    assert pairs("Sign in to your account to change your email address.") == set()


def test_a_retention_period_phrased_as_deletion_is_storage():
    assert pairs("Server logs are deleted after 30 days.") == {("usage.logs", "store")}
    assert pairs("Accounts, with their email address, are deleted 24 months after the last sign-in.") >= {
        ("contact.email", "store")}
    assert pairs("You can delete your location history at any time.") == set()
    assert pairs("Your photos are deleted within 30 days of your request.") == {("media.photos", "store")}


def test_support_correspondence_is_messages_and_audio_with_video_is_media():
    assert pairs("Support tickets are retained for three years after they are closed.") == {
        ("communication.messages", "store")}
    assert pairs("We never record the audio or video of your therapy sessions.") == {("media", "not_collect")}
    assert pairs("We collect your communications.") == {("communication", "collect")}


def test_friends_lists_are_the_social_graph_and_settings_are_no_device_data():
    assert pairs("We access your friends list.") == {("social", "collect")}
    assert pairs("We collect your email address, locale and time zone.") == {("contact.email", "collect")}


def test_a_table_of_sub_processors_is_our_sharing_with_each():
    text = ("| Sub-processor | Purpose | Data |\n|---|---|---|\n"
            "| Stripe, Inc. | Payments | Payment card details, billing address |\n")
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}
    assert ("financial.payment", "share", "first_party", "stripe") in found
    assert not any(action == "collect" for _, action, _, _ in found)




def test_a_table_introduced_as_our_processors_is_our_sharing_with_each_row():
    # GUIDELINES, processors: the introduction entrusts the data to the parties listed, whatever the header says
    for intro in ("We share personal information with the sub-processors listed below.",
                  "We use these service providers, who process data only on our instructions:"):
        text = (f"{intro}\n\n| Provider | What for | Data they receive |\n|---|---|---|\n"
                "| Stripe, Inc. | Payments | Payment card details, billing address |\n")
        found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}
        assert ("financial.payment", "share", "first_party", "stripe") in found
        assert not any(action == "collect" for _, action, _, _ in found)
    # partners said to collect from the device keep their collection
    text = ("These partners may collect information directly from your device.\n\n"
            "| Partner | Purpose | Information the partner receives |\n|---|---|---|\n"
            "| Stripe, Inc. | Payments | Payment card details, billing address |\n")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text, name="policy.md")}
    assert ("financial.payment", "collect", "stripe") in found


def test_a_processor_processing_or_handling_data_is_our_sharing_with_it():
    # GUIDELINES, processors: the processor's own handling is our sharing with it
    def found(text):
        return {(s.data_type, s.action, s.entity) for s in statements_of(text)}
    assert found("Payment details are processed by Stripe.") == {("financial.payment", "share", "stripe")}
    assert found("Intercom may process your contact information.") == {("contact", "share", "intercom")}
    assert found("Our service providers process your contact information.") == {("contact", "share", "third_party")}
    assert found("Donations are processed by our payment partners including Stripe and PayPal.") == {
        ("financial.transactions", "share", "third_party"), ("financial.transactions", "share", "stripe"),
        ("financial.transactions", "share", "paypal")}
    # a controller under its own terms, also said in the sentence before, uses the data itself
    assert found("Stripe processes payment data as an independent controller. For this purpose, Stripe may also "
                 "process information about your device.") == {("financial.payment", "use", "stripe"),
                                                                ("device", "use", "stripe")}
    # advertisers, and an uncatalogued name that may be the policy's own, are not processors of ours
    assert found("In these cases, advertisers may process personal data.") == {("personal_info", "use", "third_party")}
    assert {a for _, a, _ in found("Acme GmbH processes personal data when you use the platform.")} == {"use"}

def test_data_kept_by_a_processor_with_no_period_is_shared_with_it():
    # GUIDELINES, processors: "All payment data is stored by Stripe" → share with stripe only; a period keeps the store
    found = {(s.data_type, s.action, s.entity) for s in statements_of("All payment data is stored by Stripe.")}
    assert found == {("financial.payment", "share", "stripe")}
    found = {(s.data_type, s.action, s.entity) for s in statements_of("Crash reports are kept by Sentry for 30 days.")}
    assert found == {("usage.logs", "store", "sentry")}
    # entered in the party's own form: it collects and keeps the data itself
    found = {(s.data_type, s.action, s.entity) for s in statements_of(
        "Card details are entered in a payment form run by Adyen, our payment processor, and are held by Adyen.")}
    assert ("financial.payment", "share", "adyen") not in found


def test_tax_returns_are_financial_data_and_sign_in_times_are_logs():
    assert pairs("We use your tax return information to prepare and file your returns.") == {("financial", "use")}
    assert pairs("Our servers record your IP address and your sign-in times.") == {
        ("network.ip", "collect"), ("usage.logs", "collect")}


def test_a_subject_shared_by_a_coordinated_practice_verb():
    assert pairs("Your highlights and notes then stay in the browser on your device and are never uploaded.") == {
        ("content", "not_collect")}


def test_setting_or_placing_cookies_is_using_them():
    found = {(s.data_type, s.action, s.actor) for s in statements_of("Advertisers may place cookies on your device.")}
    assert found == {("usage.cookies", "use", "third_party")}
    assert pairs("Thunderbird itself does not set any cookies.") == set()


def test_sending_cookies_to_the_users_own_device_is_placing_them_not_sharing():
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    assert found("We use various technologies to collect information, and this may include sending cookies to your "
                 "computer.") == {("usage.cookies", "use", "first_party", None)}
    assert found("Cookies are sent to your browser by Google Analytics.") == {
        ("usage.cookies", "use", "google_analytics", None)}
    # sent with no sender named: how cookies work, neither a use nor a disclosure
    assert found("You have the option to either accept or refuse these cookies and know when a cookie is being sent "
                 "to your device.") == set()
    assert ("usage.cookies", "share", "first_party", "third_party") not in found(
        "The telephone number is stored in the cookie which is sent to the browser in an encrypted way.")
    # a cookie sent to someone else is still passed on
    assert found("We share cookies with our advertising partners.") == {
        ("usage.cookies", "share", "first_party", "third_party")}


def test_a_display_coordinated_with_a_passive_shares_its_auxiliary():
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    # "displayed" shares the passive "is" of "retained": shown to whoever sees it, a share besides the retention
    assert found("Please remember that certain information is retained and displayed indefinitely, such as your IP "
                 "address.") == {("network.ip", "store", "first_party", None),
                                 ("network.ip", "share", "first_party", "third_party")}
    assert found("Your email address is stored and listed publicly.") == {
        ("contact.email", "store", "first_party", None), ("contact.email", "share", "first_party", "third_party")}
    # shown on the user's own screen is no display to others
    assert found("Your IP address is logged and displayed on your screen.") == {
        ("network.ip", "collect", "first_party", None)}


def test_the_service_submitting_data_to_another_party_shares_it():
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    assert found("If crash reporting is enabled, the app submits crash reports to Backtrace.") == {
        ("usage.logs", "share", "first_party", "third_party")}
    assert found("Error reports are submitted to Sentry when the app crashes.") == {
        ("usage.logs", "share", "first_party", "sentry")}
    # the user submitting data to the service is its collection
    assert found("You submit your email address to us when you sign up.") == {
        ("contact.email", "collect", "first_party", None)}


def test_sentences_announcing_what_the_policy_covers_state_no_practice():
    assert pairs("This Master Privacy Policy explains the collection, use, and disclosure of personal information "
                 "by Creative Commons.") == set()
    assert pairs("The Let's Encrypt Privacy Policy describes how we collect, use, and disclose your information.") == set()
    assert pairs("Please read this Privacy Policy to learn how we treat your personal data.") == set()


def test_a_pointer_to_another_partys_terms_states_no_practice():
    assert pairs("Please see Stripe's terms of service and privacy policy for information on its use and storage of "
                 "your Personal Data.") == set()


def test_bare_email_is_a_channel_unless_it_is_a_list_item_of_data():
    assert pairs("We collect your name, email and phone number.") >= {("contact.email", "collect")}
    assert pairs("We use vendors for cloud hosting, customer support and email delivery.") == set()
    assert pairs("Please send an email to privacy@example.com.") == set()


def test_a_lone_list_word_item_is_data():
    text = "We collect the following:\n\n* Name\n* Email\n* Address\n"
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert {(4, "contact.email"), (5, "contact.address")} <= found


def test_a_list_word_ending_a_conjunct_of_a_coordinated_item_is_data():
    text = ("We do not collect:\n\n* User input, documents, or data files\n* Your PDF documents or their contents.\n"
            "* Directory paths or filenames\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {(3, "storage.files", "not_collect"), (4, "storage.files", "not_collect")}
    # not a clause ("Send you … messages") nor a phrase with a relative clause
    text = ("We use your data to:\n\n- Send you notices, updates, and administrative messages;\n\n"
            "We share data with:\n\n- the National Student Clearinghouse, which verifies degrees for employers.\n")
    assert statements_of(text, "markdown", "policy.md") == [] or all(
        s.line == 1 for s in statements_of(text, "markdown", "policy.md"))


def test_court_and_garnishment_orders_are_no_purchases():
    path = ROOT / "corpora" / "eval" / "en" / "en-w4-payroll.html"
    found = statements_of(path.read_text(encoding="utf-8"), name=path.name)
    assert not any(s.line == 21 and s.data_type == "financial.transactions" for s in found)  # "garnishment orders"
    assert any(s.line == 21 and s.data_type == "financial.credit" for s in found)


def test_the_time_of_an_event_is_a_log_record():
    assert pairs("Voice History also records the time of each request.") == {("usage.logs", "collect")}
    assert pairs("Our servers record your IP address and the times at which you sign in.") == {
        ("network.ip", "collect"), ("usage.logs", "collect")}
    assert pairs("We collect the date, time of day and duration of each trip.") == {("usage.logs", "collect")}
    assert pairs("We record the time your session started.") == {("usage.logs", "collect")}
    # a time that dates the practice, and the time of a phone call, are not a log record
    assert pairs("We collect your email address at the time of registration.") == {("contact.email", "collect")}
    assert ("usage.logs", "collect") not in pairs("We collect the date, time and duration of each call.")


def test_attachments_and_listed_notes_are_user_content():
    assert pairs("If you chat with us in the app, we keep the chat transcript and any attachments you send.") == {
        ("communication.messages", "store"), ("content", "store")}
    assert pairs("When you send a message to your care team, we collect the content of the message and any photos or "
                 "documents you attach.") == {
        ("communication.messages", "collect"), ("media.photos", "collect"), ("content", "collect")}
    assert pairs("We cannot read your passwords, notes, card numbers or passkeys.") == {
        ("account.credentials", "not_collect"), ("content", "not_collect"), ("financial.payment", "not_collect")}
    assert pairs("Clinical notes, diagnoses and prescriptions are added to your record.") == {("health", "collect")}


def test_messages_sent_to_the_user_are_a_channel_not_data():
    assert pairs("We share personal information with companies that host our website, send emails and text "
                 "messages and process payments.") == {("personal_info", "share")}
    assert pairs("We use Amazon Web Services for hosting and Twilio for text messages.") == set()
    assert pairs("Twilio sends the text messages containing your one-time login codes.") == set()
    assert pairs("We do not read your text messages.") == {("communication.sms", "not_collect")}


def test_a_service_named_by_the_data_it_handles_is_not_that_data():
    assert pairs("We use vendors for cloud hosting, customer support, email and text message delivery and call "
                 "recording providers.") == set()
    assert pairs("We disclose personal information to Twilio (SMS delivery).") == {("personal_info", "share")}
    assert pairs("We share your location with our partners.") == {("location", "share")}


def test_password_vault_items_are_user_content():
    assert pairs("We keep your account information and encrypted vault for as long as your account is open.") == {
        ("account", "store"), ("content", "store")}
    assert pairs("Your apps upload the following vault items to our servers only in encrypted form.") == {
        ("content", "collect")}
    assert pairs("We cannot hand over your master password or the unencrypted contents of your vault.") == {
        ("account.credentials", "not_share"), ("content", "not_share")}


def test_answers_essays_contributions_and_family_trees_are_user_content():
    assert pairs("We keep a copy of each application, including your screening answers, for 3 years.") == {
        ("content", "store")}
    assert pairs("We keep applications, including transcripts, test scores and essays, for three years.") == {
        ("identity.education", "store"), ("content", "store")}
    assert pairs("Certain information is retained indefinitely, such as any public contributions to the sites.") == {
        ("content", "store")}
    assert pairs("Other users can see your family tree and the photos you attached to it.") == {
        ("content", "share"), ("identity.marital_status", "share"), ("media.photos", "share")}
    assert pairs("Everything in your profile, including answers to profile prompts, is visible to other members.") == {
        ("account.profile", "share"), ("content", "share")}


def test_opting_out_of_or_limiting_a_practice_is_no_practice():
    assert pairs("To opt out of the sale or sharing of personal information, select Your Privacy Choices.") == set()
    assert pairs("You may opt out of DoubleClick's use of cookies for interest-based advertising.") == set()
    assert pairs("Because we limit our use of sensitive personal information to permitted purposes, we do not offer "
                 "a right to limit.") == set()
    assert pairs("We have disabled the collection of the advertising ID.") == {("device.id.ad_id", "not_collect")}


def test_announced_changes_to_how_we_handle_data_state_no_practice():
    assert pairs("If we change how we use or share your health information, we will tell you before the change "
                 "takes effect.") == set()
    assert pairs("If we make material changes to the way we use Personally Identifiable Information, we will post "
                 "a notice on the Site.") == set()
    assert pairs("We use your location to show nearby stores.") == {("location", "use")}


def test_an_identifier_the_app_makes_for_the_device_is_a_device_id():
    assert pairs("We collect your device model and an identifier that the app creates when it is installed.") == {
        ("device.hardware", "collect"), ("device.id", "collect")}
    assert pairs("Amplitude receives app events and the app-generated identifier.") == {
        ("usage", "share"), ("device.id", "share")}
    assert pairs("We collect identifiers assigned to your device.") == {("device.id", "collect")}
    assert pairs("Every command is logged together with the identifier of the phone that sent it.") >= {
        ("device.id", "collect")}


def test_diagnostic_reports_fault_codes_and_response_times_are_logs():
    assert pairs("We use diagnostic reports to find and fix problems.") == {("usage.logs", "use")}
    assert pairs("The dealer receives your name, the VIN and fault codes.") == {  # a third party: shared with it
        ("identity.name", "share"), ("device.id.serial", "share"), ("usage.logs", "share")}
    assert pairs("We collect the screens you open and response times.") == {("usage.history", "collect"),
                                                                           ("usage.logs", "collect")}


def test_wifi_network_names_signal_and_access_points_are_network_data():
    assert pairs("We may receive information about your device and your network connection.") == {
        ("device", "collect"), ("device.network", "collect")}
    assert pairs("We collect the access points your device connects to and how strong your Wi-Fi signal is.") == {
        ("device.network", "collect")}
    assert pairs("We keep the name of the network with your account.") == {("device.network", "store")}


def test_a_cv_is_education_and_occupation():
    assert pairs("We store your CV and cover letter for six months after the application process ends.") >= {
        ("identity.education", "store"), ("identity.occupation", "store")}
    assert pairs("When you apply, we collect your resume.") == {
        ("identity.education", "collect"), ("identity.occupation", "collect")}


def test_the_profile_as_the_place_data_is_shown_or_saved_is_not_profile_data():
    assert pairs("You may add your sexual orientation to your profile.") == {("identity.sexual_orientation", "collect")}
    # the profile is where the gender goes, a page other people visit: the gender is shared, no profile data
    assert pairs("Your gender is shown on your profile.") == {("identity.gender", "share")}
    assert pairs("Everything in your profile is visible to other members.") == {("account.profile", "share")}
    assert pairs("We access certain information from your profile.") == {("account.profile", "collect")}


def test_an_account_status_or_a_loyalty_number_is_no_account_data():
    assert pairs("Administrators can see each member's account status.") == set()
    assert pairs("We send your membership number to our partner airlines.") == set()
    assert pairs("We collect your account information.") == {("account", "collect")}


def test_which_law_governs_the_data_states_no_practice():
    assert pairs("California residents: the California Consumer Privacy Act does not apply to personal information "
                 "we collect, process or disclose under the Gramm-Leach-Bliley Act.") == set()
    assert pairs("Most of the personal information we collect about our customers is subject to the Gramm-Leach-Bliley "
                 "Act and is therefore exempt from the California Consumer Privacy Act.") == set()
    assert pairs("We collect personal information when you apply.") == {("personal_info", "collect")}


def test_the_pages_of_pages_and_screens_you_view_are_browsing_history():
    assert pairs("We collect your IP address and the pages and screens you view.") == {
        ("network.ip", "collect"), ("usage.history", "collect")}


def test_searches_as_an_item_of_a_list_of_data_are_search_history():
    assert pairs("We collect your IP address, searches and crash logs.") == {
        ("network.ip", "collect"), ("usage.history", "collect"), ("usage.logs", "collect")}


def test_what_we_never_see_we_do_not_receive_and_what_others_never_see_is_not_shown():
    assert pairs("Apple or Google collect your payment details, and we never see your card number.") == {
        ("financial.payment", "collect"), ("financial.payment", "not_collect")}
    assert ("financial.payment", "not_share") in pairs(
        "Your therapist can read your intake answers, but never sees your payment details.")


def test_a_sharing_form_written_as_paragraphs_answers_each_reason():
    text = ("Reasons we can share your personal information:\n"
            "(a) For our marketing purposes – to offer our products to you. Does Acme share? Yes. Can you limit this "
            "sharing? No.\n"
            "(b) For nonaffiliates to market to you. Does Acme share? No. We don't share.\n")
    assert {(s.line, s.data_type, s.action) for s in statements_of(text)} == {
        (2, "personal_info", "share"), (3, "personal_info", "not_share")}


def test_the_name_of_a_person_without_a_possessive_is_a_name():
    assert pairs("You may also give us the name and phone number of an emergency contact.") == {
        ("identity.name", "collect"), ("contact.phone", "collect")}
    assert pairs("We store the names of your relatives.") == {("identity.name", "store")}


def test_relationships_family_trees_and_filing_status_are_family_data():
    assert pairs("You enter each dependant's name, relationship to you and date of birth.") == {
        ("identity.name", "collect"), ("identity.marital_status", "collect"), ("identity.birthdate", "collect")}
    assert ("identity.marital_status", "collect") in pairs("We collect your filing status and your family tree.")
    assert ("identity.marital_status", "collect") in pairs(
        "We ask whether you are single or married and whether you have children.")


def test_amounts_paid_plans_bought_balances_and_repayment_history():
    assert pairs("PayPal tells us the amount and date of each payment.") == {("financial.transactions", "collect")}
    assert pairs("Apple or Google tell us which plan you bought.") == {("financial.transactions", "collect")}
    assert pairs("We share your repayment history with our bank partner.") == {("financial.credit", "share")}
    assert pairs("We receive the current and available balances of the account.") == {("financial", "collect")}


def test_messages_and_files_users_exchange_are_messages_and_content():
    assert pairs("We store and distribute the messages and files you share using the Service.") == {
        ("communication.messages", "store"), ("communication.messages", "share"), ("content", "store"),
        ("content", "share")}
    assert pairs("Bots currently have access to all the messages and files in any room in which they participate.") == {
        ("communication.messages", "share"), ("content", "share")}  # GUIDELINES: shared with the bots
    assert pairs("We may send you messages and other content about our products.") == set()


def test_this_means_that_introduces_a_consequence_not_a_definition():
    assert pairs("This means that your username and display name are sometimes shared with other services.") == {
        ("account.credentials", "share"), ("account.profile", "share")}


def test_data_seen_by_other_users_is_shared_with_them():
    assert pairs("Other users in the room will be able to see your messages and files.") == {
        ("communication.messages", "share"), ("content", "share")}
    assert ("content", "share") in pairs("Whatever you post on our sites can be seen and used by everyone.")
    assert pairs("Your posts can be viewed by our engineers.") == set()


def test_the_financial_privacy_model_form_explanation_states_no_practice():
    assert pairs("How? All financial companies need to share customers' personal information to run their everyday "
                 "business.") == set()
    assert pairs("Reasons we can share your personal information:") == set()
    assert pairs("We share your personal information with our affiliates.") == {("personal_info", "share")}


def test_call_recordings_are_audio_and_messages_and_voice_messages_are_messages():
    assert pairs("Recordings of calls with Customer Care are retained for 90 days.") == {
        ("media.audio", "store"), ("communication.messages", "store")}
    assert pairs("Voice messages are stored until they have been played.") == {("communication.messages", "store")}
    assert pairs("We use vendors such as cloud hosting and call recording providers.") == set()


def test_steps_are_health_data_only_in_a_list_of_data():
    assert pairs("To fulfil a contract or take steps linked to a contract with you.") == set()
    assert pairs("We take reasonable steps to protect your information.") == set()
    assert pairs("The app records your heart rate, steps and sleep.") == {("health", "collect")}


def test_an_account_at_another_service_signed_in_with_is_a_method():
    assert pairs("Connecting a Facebook account lets us see which of your Facebook friends also learn with us.") == set()
    assert pairs("You may share content with others through your Twitter or Facebook account.") == set()
    # the account data is kept with is still the account
    assert pairs("Google may associate your phone number with your Google Account.") == {
        ("contact.phone", "use"), ("account", "use")}


def test_legal_orders_are_no_purchase_orders():
    assert pairs("Law enforcement agencies from outside the US may obtain these types of orders through the MLAT "
                 "process.") == set()
    assert pairs("We keep records of your orders.") == {("financial.transactions", "store")}


def test_an_email_alias_is_no_profile_alias():
    assert pairs("Firefox Relay uses AWS to receive emails sent to your alias email address and to forward them.") \
        == set()
    assert ("account.profile", "use") in pairs(
        "We encourage you to use an alias or nickname if you are not comfortable providing your legal name.")


def test_driving_and_room_readings_are_sensor_data():
    assert pairs("Once enabled, the car measures how hard you brake, how quickly you accelerate and take corners, and "
                 "how fast you drive compared with the posted limit.") == {("device.sensors", "collect")}
    assert pairs("We share your SteadyDrive score and total mileage with another insurer.") == {
        ("device.sensors", "share")}
    assert pairs("Crash readings, such as the speed before impact and the force of the impact, are kept for ten "
                 "years.") == {("device.sensors", "store")}
    assert pairs("The car sends us the battery's state of charge and the estimated range.") == {
        ("device.sensors", "collect")}
    assert pairs("We record your speed compared with the posted speed limit.") == {("device.sensors", "collect")}
    assert pairs("We collect the temperature and humidity of the room.") == {("device.sensors", "collect")}


def test_a_verb_read_as_a_noun_before_a_wh_clause_states_the_practice():
    assert pairs("Mixpanel records which features you use.") == {("usage", "collect")}
    assert pairs("Google records which pages you visit.") == {("usage.history", "collect")}
    # GUIDELINES (cookies): a pixel or tag recording what the user does is its use beside the collection
    assert pairs("The Meta Pixel and the Google Ads tag record which pages you visit.") == {
        ("usage.cookies", "use"), ("usage.history", "collect")}


def test_bare_messages_opening_a_retention_statement_or_label_are_messages():
    assert pairs("Messages are kept for as long as both members' accounts exist.") == {
        ("communication.messages", "store")}
    assert pairs("- Messages: we keep messages for as long as both participants' accounts exist.") == {
        ("communication.messages", "store")}
    assert pairs("- messages to customer support are kept in Zendesk for 24 months.") == {
        ("communication.messages", "store")}
    assert pairs("We may send you messages about new features.") == set()


def test_voice_request_transcripts_and_listening_history_are_usage_history():
    assert pairs("We keep your voice recordings and transcripts with your account.") == {
        ("media.audio", "store"), ("usage.history", "store")}
    assert pairs("Your listening history is kept for 18 months.") == {("usage.history", "store")}
    assert pairs("We collect your grades, transcripts and academic standing.") == {("identity.education", "collect")}


def test_health_reports_disability_and_test_results_are_health():
    assert pairs("We do not give your genetic data or your health reports to insurance companies.") == {
        ("biometric", "not_share"), ("health", "not_share")}
    assert pairs("We store your gender, race or ethnicity, disability and veteran status separately.") == {
        ("identity.gender", "store"), ("identity.ethnicity", "store"), ("health", "store")}
    assert pairs("Drug test results are sent to the NCAA's drug testing administrator.") == {("health", "share")}
    assert pairs("We offer short-term disability insurance to our employees.") == set()


def test_document_images_and_camera_or_interview_recordings_are_photos():
    assert pairs("Onfido deletes the images of your identity document within 30 days.") == {
        ("media.photos", "store"), ("identity.id_number", "store")}
    assert pairs("The app captures images of the front and back of your check.") == {("media.photos", "collect")}
    assert pairs("Security camera video is kept for 30 days.") == {("media.photos", "store")}


def test_an_account_opening_a_retention_statement_is_stored():
    assert pairs("Your account and profile are kept while your account is active.") == {
        ("account", "store"), ("account.profile", "store")}
    assert pairs("Student accounts are kept for 60 days after the end of the subscription.") == {("account", "store")}
    assert pairs("Your account is important to us.") == set()


def test_ccpa_table_with_business_purpose_and_not_sold_columns():
    text = ("| Category of personal information | Examples | Disclosed for a business purpose to | Sold or shared |\n"
            "|---|---|---|---|\n"
            "| Identifiers | Email address, phone number | Payment processors, shipping carriers | Not sold or shared |\n"
            "| Geolocation data | Precise location | None | Not sold. Shared with advertising partners. |\n")
    found = {(s.data_type, s.action) for s in statements_of(text, name="policy.md")}
    assert {("contact.email", "collect"), ("contact.email", "share"), ("contact.email", "not_share"),
            ("contact.phone", "share"), ("location.precise", "not_share")} <= found
    assert ("location.precise", "share") not in found  # the "None" recipients cell discloses nothing

def test_data_excluded_or_replaced_by_other_data_is_no_practice_on_it():
    assert pairs("Voice recordings are sent to reviewers without your name or email address.") == {
        ("media.audio", "share"), ("identity.name", "not_share"), ("contact.email", "not_share")}
    assert pairs("Our catering partners receive only the meal code and seat number, not your name.") == {
        ("identity.name", "not_share")}
    assert pairs("Mixpanel receives a pseudonymous user ID instead of your name.") == {("account.credentials", "share")}
    assert pairs("These companies may use information (not including your name, address or telephone number) about "
                 "your visits to this and other websites.") == {("usage.history", "use")}


def test_orders_carried_out_are_no_transaction_data_but_their_records_are():
    assert pairs("We use your personal information to process and fulfill your orders.") == {("personal_info", "use")}
    assert pairs("Service providers help us deliver your purchases and process donations.") == set()
    assert pairs("We keep a record of your orders and purchases.") == {("financial.transactions", "store")}
    assert pairs("We share your name and the items ordered with that retailer.") == {
        ("identity.name", "share"), ("financial.transactions", "share")}


def test_a_right_to_ask_whether_or_which_practice_happens_is_no_practice():
    assert pairs("Washington and Nevada consumers may confirm whether we collect, share or sell their consumer health "
                 "data, access it and request its deletion.") == set()
    assert pairs("You can ask which third parties received your consumer health data.") == set()
    assert pairs("We share your health data with your pharmacy.") == {("health", "share")}


def test_a_clause_classifying_data_as_a_category_is_no_practice():
    text = ("We use your personal data on the following legal bases:\n\n"
            "- **Consent:** Voice ID (explicit consent under Article 9 GDPR, because voice profiles are biometric data), "
            "precise location and personalised recommendations.\n")
    assert tuples(text, name="policy.md") == {(1, "personal_info", "use", "first_party"),
                                             (3, "location.precise", "use", "first_party")}
    assert pairs("We keep your voice profile until you turn Voice ID off, because voice profiles are biometric data.") == {
        ("biometric.voiceprint", "store")}


def test_matches_and_administrators_who_see_data_are_other_people():
    assert pairs("Matches cannot see your raw DNA file, your health reports or your email address.") == {
        ("biometric", "not_share"), ("health", "not_share"), ("contact.email", "not_share")}
    assert pairs("Your teacher and school administrators can see your name and the lessons you completed.") == {
        ("identity.name", "share")}


def test_a_data_phrase_naming_who_acts_in_a_passive_is_no_data():
    # the device is no data; storing on the user's own device is no practice of ours either
    assert pairs("Your face data is stored and verified by your device's operating system.") == set()
    # the username that acts is no data, while the actions it took are the use of the service (GUIDELINES: a log of the
    # actions of users -> usage)
    assert pairs("Some information about the actions taken by your username is made publicly available.") == {
        ("usage", "share")}
    assert pairs("Information collected by cookies is used to measure traffic.") == {("usage.cookies", "use")}
    assert pairs("Your location is collected by our advertising partners.") == {("location", "collect")}


def test_identity_documents_are_id_numbers_like_an_identity_document():
    assert pairs("We never receive your identity documents or card details.") == {
        ("identity.id_number", "not_collect"), ("financial.payment", "not_collect")}
    assert pairs("We keep copies of your identity documents for five years.") == {("identity.id_number", "store")}


def test_codes_sent_to_the_users_own_phone_are_messages_not_shared_data():
    assert pairs("If you sign up for account alerts, we send alerts and one-time passcodes by text message to your mobile "
                 "phone number.") == {("contact.phone", "use")}
    assert pairs("We send your username and password to our hosting provider.") == {("account.credentials", "share")}


def test_advice_not_to_send_or_post_data_is_no_practice():
    assert pairs("Please do not send us sensitive information, such as your credit card or social security numbers, "
                 "via e-mail.") == set()
    assert pairs("Please do not contribute any information that you are uncomfortable making public, like revealing "
                 "your real name or location.") == set()

def test_screens_opened_are_history_and_how_the_service_is_used_is_usage():
    # an app's screens are its pages: the ones a person opens are browsing history (usage.history), as in the guidelines
    assert pairs("Firebase Analytics records which screens of the app are opened.") == {("usage.history", "collect")}
    assert pairs("The app records which screens you open.") == {("usage.history", "collect")}
    # an analytics service on the line obtains it (GUIDELINES: collect by the party running the service)
    assert tuples("We may use analytics providers to analyze how you interact and engage with the Services.") == {
        (1, "usage", "collect", "third_party")}
    assert pairs("We use diagnostic reports to understand how the Products are used.") == {
        ("usage", "use"), ("usage.logs", "use")}
    assert pairs("We do not control how your information is used.") == set()


def test_where_the_device_is_and_the_area_you_are_in_are_locations():
    assert pairs("Hollis Voice needs to know where your speaker is to give you the weather.") == {("location", "collect")}
    assert pairs("We collect your IP address and the approximate area you are in.") == {
        ("network.ip", "collect"), ("location.coarse", "collect")}
    assert pairs("We use the IP address in order to approximate your location.") == {
        ("network.ip", "use"), ("location.coarse", "collect")}
    assert pairs("We may process your personal information on a server located outside the country where you live.") == {
        ("personal_info", "use")}


def test_page_addresses_and_the_page_you_are_on_are_browsing_history():
    assert pairs("We do not send the page address, your name or your email address to OpenAI.") == {
        ("usage.history", "not_share"), ("identity.name", "not_share"), ("contact.email", "not_share")}
    assert pairs("The app records the address of the site where it was filled.") == {("usage.history", "collect")}
    assert pairs("The app sends us logs of error messages (which include the page you were on when you encountered "
                 "the error).") == {("usage.logs", "collect"), ("usage.history", "collect")}
    assert pairs("The information we collect includes your IP address and the web page last visited.") == {
        ("network.ip", "collect"), ("usage.history", "collect")}
    assert pairs("BrightView OS records what you search for.") == {("usage.history", "collect")}
    assert pairs("Please contact us at the website address listed above.") == set()


def test_when_something_happened_as_the_object_of_a_recording_verb_is_a_log():
    assert pairs("Canvas records when you log in.") == {("usage.logs", "collect")}
    assert pairs("We may receive information regarding when you are logged on.") == {("usage.logs", "collect")}
    assert pairs("Tell us about when you want to be contacted.") == set()
    assert pairs("We collect your email address when you register.") == {("contact.email", "collect")}


def test_the_devices_of_an_account_and_their_names_are_device_information():
    assert pairs("We keep the list of devices authorised on your account until you remove a device.") == {
        ("device", "store")}
    assert pairs("We keep a list of the devices you have trusted for sign-in.") == {("device", "store")}
    assert pairs("Device names, rooms and states are stored.") == {("device", "store")}
    assert pairs("We use this information to recognize devices that you have used before.") == set()


def test_in_game_events_and_streaks_are_usage():
    assert pairs("Firebase Analytics collects the app instance ID and in-game events such as levels completed.") == {
        ("device.id", "collect"), ("usage", "collect")}
    assert pairs("Partners may collect your IP address and events within the app, such as when you place an order.") == {
        ("network.ip", "collect"), ("usage", "collect")}
    assert pairs("Your username and streak length are visible to other users on leaderboards.") == {
        ("account.credentials", "share"), ("usage", "share")}


def test_routes_location_patterns_and_how_far_away_you_are_are_location():
    assert pairs("When you turn it on, the route you took is recorded and kept for 90 days.") == {
        ("location", "collect"), ("location", "store")}
    assert pairs("We detect fraud by analyzing device information and location patterns.") == {
        ("device", "use"), ("location", "use")}
    assert pairs("Other members see your profile and how far away you are.") == {
        ("account.profile", "share"), ("location", "share")}


def test_bare_usage_in_a_list_of_data_is_usage_and_usage_logs_are_logs():
    assert pairs("We use your call detail records and data usage to calculate your bill.") == {
        ("communication.call_log", "use"), ("usage", "use")}
    assert pairs("Usage logs are kept for 12 months.") == {("usage.logs", "store")}

def test_a_ccpa_category_label_names_data_and_not_disclosed_denies_sharing():
    html = ("<table>\n<tr><th>Category of personal information</th><th>Examples</th><th>Disclosed to</th></tr>\n"
            "<tr><td>Geolocation data</td><td>Approximate location derived from IP address</td>"
            "<td>Service providers</td></tr>\n"
            "<tr><td>Sensitive personal information</td><td>Account password</td><td>Not disclosed</td></tr>\n"
            "<tr><td>Audio, electronic, visual or similar information</td><td>Customer Care call recordings</td>"
            "<td>Service providers</td></tr>\n</table>\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(html, "html", "policy.html")}
    assert {(3, "location", "collect"), (3, "location", "share"), (4, "personal_info", "collect"),
            (4, "personal_info", "not_share"), (4, "account.credentials", "not_share"), (5, "media", "share")} <= found
    assert (4, "account.credentials", "share") not in found


def test_recorded_calls_are_audio_and_messages():
    assert pairs("Calls to our contact centre are recorded for training and quality purposes.") == {
        ("media.audio", "collect"), ("communication.messages", "collect")}
    assert pairs("When you call our support line, we record the call for quality and training purposes.") == {
        ("media.audio", "collect"), ("communication.messages", "collect")}
    assert pairs("We do not record the content of your calls.") == {("communication.messages", "not_collect")}
    assert pairs("You can call us at any time.") == set()


def test_a_saliva_sample_or_dna_file_is_biometric():
    assert pairs("Our contracted laboratory receives your saliva sample labelled only with a barcode.") == {
        ("biometric", "share")}  # a laboratory is another party: shared with it
    assert pairs("A parent may submit their child's saliva sample.") == {("biometric", "collect")}
    assert pairs("Customers may upload a raw DNA file from another testing service.") == {("biometric", "collect")}


def test_choosing_a_password_gives_it_to_the_service():
    assert pairs("To create an account, you provide your email address and choose a password.") == {
        ("contact.email", "collect"), ("account.credentials", "collect")}
    assert pairs("You choose a username, password and security questions.") == {("account.credentials", "collect")}
    assert pairs("You can choose which emails you receive.") == set()
    assert ("identity.name", "not_collect") not in pairs(
        "You cannot change your profile name, although you may re-register and choose a new name.")


def test_support_and_reported_conversations_are_messages():
    assert pairs("Reported conversations are kept for 2 years after the report is closed.") == {
        ("communication.messages", "store")}
    assert pairs("Intercom receives your name and support conversations.") >= {("communication.messages", "share")}


def test_matches_administrators_and_invited_people_seeing_data_is_sharing():
    assert pairs("Matches cannot see your raw DNA file or your email address.") == {
        ("biometric", "not_share"), ("contact.email", "not_share")}
    assert pairs("The person you invite can see your fertile window.") == {("health", "share")}
    assert pairs("Administrators cannot see your passwords.") == {("account.credentials", "not_share")}


def test_federal_state_and_filed_tax_returns_are_financial_data():
    assert pairs("We transmit your federal return to the IRS and your state returns to the tax agencies.") == {
        ("financial", "share")}
    assert pairs("We keep copies of your filed returns for seven years.") == {("financial", "store")}
    assert pairs("Returns and refunds are handled by the retailer.") == set()


def test_a_school_in_a_list_or_the_school_you_attended_is_education():
    assert ("identity.education", "collect") in pairs("You may add your job title, the school you attended and a bio.")
    assert ("identity.education", "not_share") in pairs(
        "We will not disclose your full name, email address, school or grade without your consent.")
    assert pairs("Our app is used in school.") == set()


def test_a_two_word_account_kind_opening_a_retention_item_is_stored():
    assert ("account", "store") in pairs(
        "Bramble Bear accounts, with their email address and username, are kept while the account is in use.")
    md = "- **Inactive free accounts:** deleted after 24 months without a sign-in.\n"
    assert ("account", "store") in {(s.data_type, s.action) for s in statements_of(md, name="policy.md")}


def test_a_diagnosis_and_health_insurance_details_are_health_data():
    assert pairs("We never receive your diagnosis.") == {("health", "not_collect")}
    assert ("health", "collect") in pairs("The name of your insurer and your insurance member ID are requested.")


def test_an_enumeration_goes_on_after_a_parenthetical_list():
    found = pairs("In order to ensure the safe and stable operation of the services and to prevent risks, we will "
                  "collect your device information, including device model, operating system version, device "
                  "settings, unique device identifiers (such as Android ID, OAID, IDFA and IDFV), MAC address, IP "
                  "address, network type and the list of installed applications related to payment security, as "
                  "well as log information such as the pages you visit, your search records, click records and "
                  "crash records.")
    assert {("device.id.mac", "collect"), ("network.ip", "collect"), ("device.network", "collect"),
            ("device.apps", "collect")} <= found


def test_a_label_with_a_value_before_another_item_is_not_a_title():
    md = ("We keep each category of personal information as follows:\n\n"
          "- Customer service call recordings: 90 days. Security camera footage: 30 days, unless it is needed "
          "for an investigation.\n")
    found = {(s.data_type, s.action) for s in statements_of(md, name="policy.md")}
    assert ("media.audio", "store") in found


def test_student_data_is_personal_information_but_a_student_information_system_is_not():
    assert pairs("We do not sell student data.") == {("personal_info", "not_share")}
    assert ("personal_info", "store") in pairs("We keep student data for as long as the school's agreement is in effect.")
    assert "personal_info" not in {d for d, _ in pairs("Ellucian hosts our student information system.")}

def test_document_scope_and_consent_to_the_policy_are_no_practice():
    assert pairs("This Privacy Notice applies to personal information that we collect through the App.") == set()
    assert pairs("The following table shows which personal data we process for which purposes.") == set()
    assert pairs("By accessing the service, you acknowledge and agree to this Privacy Policy.") == set()
    assert ("personal_info", "collect") in pairs("We collect your personal information when you register.")


def test_a_profile_photograph_or_main_photo_is_profile_data_not_a_photo():
    assert pairs("You may elect to provide a profile photograph and a preferred name.") == {
        ("account.profile", "collect"), ("identity.name", "collect")}
    assert pairs("We send only that member's first name, age and main photo.") == {
        ("account.profile", "share"), ("identity.age", "share"), ("identity.name", "share")}


def test_the_name_of_a_merchant_or_of_a_thing_is_not_the_users_name():
    assert pairs("The merchant sends us the merchant's name and the shipping address you gave the merchant.") == {
        ("contact.address", "collect")}
    assert pairs("You can view the rules of each SDK by clicking its name.") == set()
    assert ("identity.name", "share") not in pairs("An invitation is sent to each person you invite in your name.")
    assert ("identity.name", "collect") in pairs("We collect your name and email address.")


def test_a_name_as_it_appears_on_a_passport_is_no_passport_number():
    assert pairs("We collect your full name as it appears on your passport, your date of birth and gender.") == {
        ("identity.name", "collect"), ("identity.birthdate", "collect"), ("identity.gender", "collect")}
    assert ("identity.id_number", "collect") in pairs("We collect your passport number and your full name.")


def test_the_ccpa_network_activity_category_names_usage():
    assert pairs("We collect internet or other electronic network activity, such as pages viewed.") >= {("usage", "collect")}
    assert pairs("We keep internet and network activity for 13 months.") == {("usage", "store")}


def test_enumerated_data_the_parse_leaves_without_a_predicate_take_the_verb_before_them():
    assert pairs("We keep your application information, your consumer reports, your Plan and repayment history and "
                 "recordings of calls with us for seven (7) years after your account is closed or your last Plan is "
                 "paid in full, whichever is later.") == {
        ("financial.credit", "store"), ("communication.messages", "store"), ("media.audio", "store")}
    assert pairs("The categories of personal information we collect depend on how you interact with the Services.") == {
        ("personal_info", "collect")}


def test_a_data_word_tagged_as_a_verb_inside_a_list_of_data_is_still_data():
    assert pairs("We keep your profile, resumes and job preferences while your account is active.") >= {
        ("account.profile", "store"), ("identity.education", "store"), ("identity.occupation", "store")}
    assert pairs("Please email us with any questions.") == set()


def test_a_run_in_label_whose_value_is_a_retention_period_names_what_is_kept():
    found = tuples("<h2>How long we keep your data</h2>\n<ul>\n<li>call recordings: 90 days; emails and chat messages: "
                   "3 years;</li>\n</ul>", "html", "policy.html")
    assert ("media.audio", "store") in {(d, a) for _, d, a, _ in found}


def test_a_record_of_the_account_and_the_account_type_are_account_data():
    assert ("account", "collect") in pairs("We receive a record of your account (including your billing address and the "
                                           "last four digits of your payment method) and the status of your "
                                           "account's subscription.")
    assert ("account", "collect") in pairs("We record the type of account (free or paid).")


def test_messages_people_exchange_in_the_service_and_a_clause_after_a_stopping_verb():
    assert ("communication.messages", "store") in pairs(
        "- Messages between parents and teachers are stored in Chalkpath and are visible to school administrators. "
        "At the parent's request, we delete them.")
    assert ("communication.messages", "use") in pairs(
        "Messages in the substitutions chat are linked to your order and may be reviewed by our Customer Care team.")
    assert pairs("When you do, we stop comparing your DNA with theirs, although messages you have already sent remain "
                 "visible to their recipients.") == {("communication.messages", "share")}


def test_the_payments_transfers_and_tips_the_user_makes_are_transactions():
    assert ("financial.transactions", "collect") in pairs(
        "We also record the date and time of each login, the pages you view in online banking and the transfers and "
        "payments you initiate.")
    assert ("financial.transactions", "use") in pairs(
        "We use your data to process payments, including the tips you leave, and prevent, detect and investigate "
        "fraudulent transactions.")


def test_the_information_a_service_holds_about_its_users_is_personal_information():
    assert pairs("Much of the information that we store about our Firefox Account users is easily accessible by "
                 "logging into your account.") == {("personal_info", "store")}
    assert ("personal_info", "store") in pairs("We retain commenter information unless the owner of the site on which "
                                               "the comment appears deletes the comment.")


def test_a_participle_saying_where_data_is_kept_does_not_govern_it():
    assert pairs("Administrators cannot see the contents of members' private vaults, including the passwords, notes "
                 "and cards stored in them, unless a member shares an item with them.") >= {
        ("account.credentials", "not_share"), ("content", "not_share")}

def test_a_leading_section_number_does_not_mislead_the_parser():
    assert ("usage.history", "share") in pairs(
        "10.3 Disclosing Viewing Information and the SAID to advertising partners may be considered a \"sale\" "
        "under some state laws.")


def test_data_analysed_as_the_means_of_preventing_fraud_is_used_not_denied():
    found = pairs("- to detect, prevent and investigate fraud and payment abuse, including by analyzing device "
                  "information and location patterns;")
    assert {("device", "use"), ("location", "use")} <= found
    assert not any(action.startswith("not_") for _, action in found)


def test_a_report_that_contains_data_continues_the_previous_practice():
    found = tuples("When the app hits an error, it sends an error report to Sentry.\n\n"
                   "A report contains the stack trace, your browser and operating system versions and the time of the error.")
    assert {(3, "device.hardware", "share", "first_party"), (3, "usage.logs", "share", "first_party")} <= found


def test_short_items_of_a_numbered_list_after_sentence_items_are_items_not_headings():
    text = ("We use the Driving Data of each driver to calculate a score. The score is based on:\n"
            "1. hard braking and rapid acceleration events per 100 miles;\n"
            "2. minutes of phone handling while the vehicle is moving;\n"
            "3. the share of miles driven between midnight and 4 a.m.; and\n"
            "4. total annual mileage.\n")
    found = tuples(text)
    assert (4, "device.sensors", "use", "first_party") in found
    assert (5, "device.sensors", "use", "first_party") in found


def test_a_stop_verb_in_another_clause_does_not_deny_a_retention_period():
    found = pairs("If you leave SteadyDrive but keep your policy, the App stops recording trips and your trip locations "
                  "are deleted within 90 days; the score used for your discount is kept until your next renewal.")
    assert ("location", "store") in found
    assert pairs("We have stopped collecting your precise location.") == {("location.precise", "not_collect")}
    # a clause after "but" with its own subject is not stopped either
    assert pairs("If you switch notifications off, we stop sending them, but your streak and progress are still "
                 "kept in your account.") == {("usage", "store")}


def test_data_worked_out_or_determined_from_a_source_is_collected():
    # the IP address the country is worked out from is used (GUIDELINES: location derived from the IP address)
    assert pairs("We work out your country from your IP address when you open the app.") == {
        ("location.coarse", "collect"), ("network.ip", "use")}
    assert ("location.coarse", "collect") in pairs(
        "We determine the approximate location of your TV from its IP address in order to show local channels.")
    assert pairs("We work with partners to show you ads.") == set()


def test_a_run_in_title_that_alone_names_the_data_takes_the_practice_of_its_block():
    found = tuples("(h) Crash reports. If the app crashes or freezes, a report describing what went wrong and the "
                   "model of device it happened on is sent to Firebase Crashlytics.")
    assert (1, "usage.logs", "share", "first_party") in found
    # a title naming the parent of what the block names is only a title
    assert "device" not in {d for _, d, _, _ in tuples(
        "Technical data. Mozilla receives your browser version and operating system.")}


def test_a_denial_does_not_reach_a_coordinated_clause_with_its_own_subject():
    assert pairs("We do not record the specific web pages you visit over Guest Wi-Fi, but we log the domain names "
                 "your device looks up.") == {("usage.history", "not_collect"), ("usage.history", "collect")}
    assert ("personal_info", "collect") in {(d, a) for _, d, a, _ in tuples(
        "It is not our usual policy, but from time to time we may permit other companies to place advertising on "
        "our website, and these companies may collect information about you.")}
    # (the cookies are the means of the denied collection, not denied themselves)
    assert pairs("No personal information is collected through our cookies nor do we allow third-party companies to "
                 "collect such information.") == {("personal_info", "not_collect")}


def test_how_often_users_visit_and_the_time_they_spend_name_usage():
    assert ("usage", "collect") in pairs("Google Analytics collects information such as how often users visit the Site.")
    assert ("usage", "collect") in pairs("We record the time you spend completing each application field.")


def test_data_that_is_hidden_from_others_is_not_shared():
    found = pairs("Employers can find your profile and view your work history, but your name, email address and "
                  "phone number are hidden until you apply to one of their jobs.")
    assert {("identity.name", "not_share"), ("contact.email", "not_share"), ("contact.phone", "not_share")} <= found
    assert ("identity.occupation", "share") in found
    assert pairs("You can hide your email address.") == set()

def test_stock_description_under_a_protection_verb_states_no_practice():
    assert pairs("Our service providers are required by contract to safeguard any personal information they receive "
                 "from us.") == set()
    assert pairs("We use encryption to protect the personal information we collect.") == set()
    assert ("personal_info", "share") in pairs("We share the personal information we collect with our service "
                                               "providers.")


def test_a_nominal_practice_under_a_denied_predicate_is_a_denial():
    assert pairs("This program does not involve the collection of any personal information from students.") == {
        ("personal_info", "not_collect")}
    assert pairs("Collection of the advertising identifier is disabled in every mode.") == {
        ("device.id.ad_id", "not_collect")}
    assert pairs("We do not engage in the sale of your email address.") == {("contact.email", "not_share")}
    assert pairs("There is no collection of your contacts.") == {("social.contacts", "not_collect")}
    assert pairs("Our Privacy Policy does not apply to their collection and use of your information.") == set()
    assert pairs("The collection of your location helps us show nearby stores.") == {("location", "collect")}


def test_a_denial_stops_at_a_contrasting_or_separate_clause():
    assert pairs("We will not sell your data but may share your email address with partners.") == {
        ("personal_info", "not_share"), ("contact.email", "share")}
    assert pairs("We never sell your email address, and our partners collect your device ID.") == {
        ("contact.email", "not_share"), ("device.id", "collect")}
    assert pairs("We do not allow tracking by other websites, nor do we share your information with advertisers.") == {
        ("personal_info", "not_share")}
    assert pairs("We do not collect, store or share your location.") == {
        ("location", "not_collect"), ("location", "not_share")}


def test_the_ccpa_opt_out_link_is_no_denial():
    assert pairs('You can opt out at any time by tapping "Do Not Sell or Share My Personal Information" in the '
                 'Settings.') == set()
    assert pairs('To opt out, click the "Do Not Sell My Personal Information" link at the bottom of our website.') == set()
    assert pairs("We do not sell your personal information.") == {("personal_info", "not_share")}


def test_what_the_policy_goes_on_to_describe_is_no_practice():
    assert pairs("In this Privacy Notice, we explain what data Mozilla Location Services collects and shares about "
                 "your location, and why.") == set()
    assert pairs("The following categories describe the ways that we may use and disclose your health "
                 "information.") == set()
    assert pairs("We use your health information to treat you.") == {("health", "use")}


def test_camera_recordings_are_images_and_voice_recordings_audio():
    assert pairs("Cloud recordings and snapshots from your camera are kept for 30 days.") == {("media.photos", "store")}
    assert pairs("Recordings of your voice commands are kept for 90 days.") == {("media.audio", "store")}
    assert pairs("We keep recordings of calls with our support team for one year.") >= {("media.audio", "store")}


def test_what_the_users_own_device_does_is_no_practice_of_ours():
    assert pairs("If you enable Touch ID, your fingerprint or face data is stored and verified by your device's "
                 "operating system.") == set()
    assert pairs("Log file information is automatically sent by your browser each time you visit a page.") == {
        ("usage.logs", "collect")}
    assert pairs("Your fingerprint is stored by our servers.") == {("biometric.fingerprint", "store")}


def test_finding_that_we_have_collected_a_childs_data_is_a_hypothetical():
    assert pairs("If we find that we have collected the personal information of a minor under 14 without the prior "
                 "consent of the guardian, we will delete the relevant information as soon as possible.") == set()
    assert pairs("If we determine that we have collected personal information from a child, we will delete it.") == set()
    assert pairs("We collect your personal information when you register.") == {("personal_info", "collect")}


def test_translated_section_headings_state_no_practice():
    text = ("I. How we collect and use your personal information\n"
            "(II) Real-name authentication\n"
            "We collect your name and ID card number to verify your identity.\n"
            "II. How we entrust the processing of, share, transfer and publicly disclose your personal information\n"
            "We share your phone number with couriers.\n")
    assert tuples(text) == {(3, "identity.name", "collect", "first_party"),
                            (3, "identity.id_number", "collect", "first_party"),
                            (5, "contact.phone", "share", "first_party")}


def test_preamble_of_translated_policies_states_no_practice():
    assert pairs("We deeply understand the importance of personal information to you.") == set()
    assert pairs("Before using our products or services, please read carefully and fully understand this Policy, "
                 "especially the terms marked in bold, which concern your sensitive personal information.") == set()
    assert pairs("We use your personal information to provide the services.") == {("personal_info", "use")}


def test_a_request_the_user_may_make_of_us_is_no_practice():
    assert pairs("You can ask us to stop using your information for marketing.") == set()
    assert pairs("You may request that we not share your personal information with unaffiliated third parties.") == set()
    assert pairs("Object to us processing your information.") == set()
    assert pairs("We do not share your personal information with unaffiliated third parties.") == {
        ("personal_info", "not_share")}


def test_photo_verification_names_a_check_not_a_photo():
    assert pairs("We use Veriff for photo verification and Twilio for sending verification codes.") == set()
    assert pairs("The selfie you take for photo verification is deleted within 30 days.") == {("biometric.face", "store")}
    assert pairs("We collect your photos and your name.") == {("media.photos", "collect"), ("identity.name", "collect")}


def test_practices_the_policy_leaves_out_are_no_practice():
    assert pairs("Any other personal information that we may collect which is not described specifically in this "
                 "Privacy Policy will only be collected and used in accordance with the Principles.") == set()
    assert pairs("Other uses and disclosures of health information not covered by this Notice will be made only with "
                 "your written authorization.") == set()
    assert ("personal_info", "share") in pairs("We may share your information for reasons not described in this policy.")


def test_password_resets_and_credit_card_applications_are_no_credentials_or_card_data():
    assert ("account.credentials", "share") not in pairs("We send account emails, such as password resets, to your "
                                                         "email address.")
    assert pairs("We collect your income and employer when you apply for a credit card or loan.") == {
        ("financial.credit", "collect"), ("identity.occupation", "collect")}
    assert pairs("We collect your password and your credit card number.") == {
        ("account.credentials", "collect"), ("financial.payment", "collect")}


def test_an_emergency_contact_is_contact_data():
    assert ("contact", "share") in pairs("When you are matched, your therapist receives your first name, intake answers "
                                         "and emergency contact.")


def test_links_clicked_are_usage_not_browsing_history():
    # clicks are interactions with the service, like buttons tapped (the guidelines); pages viewed are history
    assert pairs("We record the links you click and the pages you view.") == {("usage", "collect"),
                                                                             ("usage.history", "collect")}

def test_shown_on_a_place_other_people_can_see_is_sharing():
    assert pairs("A student's first name and streak are shown on a leaderboard that only classmates can see.") == {
        ("identity.name", "share")}


def test_data_said_to_be_public_information_is_shared():
    # "is public information" says what "is public" says: the data is open to anyone (GUIDELINES: "may be made public")
    assert pairs("Your basic profile information on Open Humans is public information.") == {("account.profile", "share")}
    assert pairs("Your username is public information.") == {("account.credentials", "share")}
    assert pairs("Your name is not public information.") == {("identity.name", "not_share")}


def test_data_shown_on_a_profile_or_to_no_one_named_is_shared():
    # a profile or leaderboard is a page other people visit (as 个人主页 / 排行榜)
    assert pairs("We show your age, calculated from your date of birth, on your profile.") >= {("identity.age", "share")}
    assert pairs("We may display your first name and photo in our leaderboard.") == {
        ("identity.name", "share"), ("media.photos", "share")}
    # the person's data shown to no one named is shown to whoever sees it, and its denial is a denial of sharing
    assert pairs("Submitter name is displayed with the article posting.") == {("identity.name", "share")}
    assert ("identity.birthdate", "not_share") in pairs("Your full date of birth is never shown.")
    # not what is shown on the user's own screen, nor to the user, nor a display named as the occasion of another act
    assert pairs("Your email address is displayed on your screen.") == set()
    assert pairs("Your email address is shown to you when you sign in.") == set()
    assert pairs("Gravatar loads wherever a profile picture is shown.") == set()


def test_a_parenthesis_between_subject_and_verb_keeps_the_practice():
    assert pairs("Your listening history on Hollis (the tracks, stations and podcasts played on your speakers) is kept "
                 "for 18 months.") == {("usage.history", "store")}


def test_the_outcome_and_history_of_payments_are_transactions():
    assert ("financial.transactions", "collect") in pairs(
        "Stripe tells us the card brand, the last four digits and whether each payment succeeded.")
    assert ("financial.transactions", "collect") in pairs(
        "We receive only the last four digits of the card and a confirmation of the payment.")
    assert ("financial.transactions", "store") in pairs(
        "We keep only the card brand and the history of your payments and refunds.")


def test_text_the_user_submits_or_selects_is_content():
    assert pairs("The extension then sends the passage you selected to the OpenAI API.") == {("content", "share")}
    assert pairs("OpenAI may keep the submitted text for up to 30 days.") == {("content", "store")}


def test_opening_an_account_with_data_gives_it_to_the_service():
    assert pairs("To activate the service, the owner opens an account with a name, an email address, a mobile number "
                 "and a password.") == {("identity.name", "collect"), ("contact.email", "collect"),
                                        ("contact.phone", "collect"), ("account.credentials", "collect")}


def test_a_bare_transcript_is_the_text_of_a_request_unless_a_school_or_chat_record():
    assert ("usage.history", "store") in pairs(
        "Recordings are deleted as soon as your request has been processed, and only the transcript is kept, for 30 days.")
    assert ("communication.messages", "store") in pairs(
        "If you chat with us in the app, we keep the chat transcript and any attachments you send.")
    assert ("usage.history", "store") not in pairs(
        "If you chat with us in the app, we keep the chat transcript and any attachments you send.")


def test_a_general_or_approximate_region_is_coarse_location():
    assert pairs("With Personalized Ads off, the ads you see are chosen based on the channel being watched and the "
                 "general region of the TV.") == {("location.coarse", "use")}


def test_the_date_of_the_last_sign_in_is_a_log_but_not_a_retention_start():
    assert ("usage.logs", "share") in pairs("The plan owner and administrators can see each member's name and the date "
                                            "of the member's last sign-in.")
    assert ("usage.logs", "store") not in pairs("Accounts are deleted 24 months after the date of the last sign-in.")

def test_aggregate_products_made_from_personal_data_state_no_practice_on_it():
    assert pairs("We may create aggregated and de-identified statistics from Employee Personal Data (such as average "
                 "wage growth by industry and region), which we may publish or use to improve the Services.") == set()
    assert pairs("We may also create de-identified or aggregated information from the personal information we "
                 "collect, which we maintain and use in de-identified form.") == set()
    assert pairs("We collect personal information from your employer.") == {("personal_info", "collect")}


def test_a_bare_photo_in_a_profile_is_a_profile_field_and_attached_screenshots_are_content():
    assert pairs("When you register, we ask for your name, and you may also add a photo and a short biography to your "
                 "profile.") == {("identity.name", "collect"), ("account.profile", "collect")}
    assert pairs("When you contact our support team, we collect your email address and any attachments you send, such "
                 "as screenshots.") == {("contact.email", "collect"), ("content", "collect")}
    assert ("media.photos", "collect") in pairs("We collect the photos you add to your profile.")


def test_an_order_in_progress_or_being_shipped_is_the_transaction_not_its_record():
    assert pairs("We collect the messages you send your Shopper while your order is being shopped.") == {
        ("communication.messages", "collect")}
    assert pairs("Our fulfillment vendor will be given access to your shipping address solely for the purpose of "
                 "shipping your order.") == {("contact.address", "share")}
    assert ("financial.transactions", "collect") in pairs("We collect details of your orders.")


def test_a_wi_fi_password_is_network_configuration_not_account_credentials():
    assert pairs("You then pick your home Wi-Fi network and enter its password, and the password is never uploaded "
                 "to us.") == {("device.network", "collect"), ("device.network", "not_collect")}
    assert pairs("The app asks for your Wi-Fi password to connect the camera.") == {("device.network", "collect")}
    assert pairs("We collect your email address and password.") == {("contact.email", "collect"),
                                                                     ("account.credentials", "collect")}


def test_bluetooth_beacons_tell_where_the_person_is_and_web_beacons_stay_tracking():
    assert pairs("If you turn on Bluetooth, the app detects these beacons while you are in the store.") == {
        ("location", "collect")}
    assert ("usage.cookies", "collect") not in pairs("We do not use beacons to follow you outside the airport, even "
                                                     "if Bluetooth is on.")
    assert ("usage.cookies", "use") in pairs("We use web beacons in our emails.")


def test_profiles_a_company_builds_for_advertising_are_not_the_account_profile():
    assert pairs("We also use this information to build a profile of your shopping preferences.") == set()
    assert pairs("These partners may collect your IP address and use it to build interest profiles across apps.") == {
        ("network.ip", "collect")}
    assert ("account.profile", "collect") in pairs("We collect your profile information.")


def test_content_fingerprints_a_tv_takes_are_viewing_history_not_biometrics():
    assert pairs("With automatic content recognition, the TV will capture fingerprints of the content displayed on the "
                 "screen and transmit those fingerprints to us.") == {("usage.history", "collect")}
    assert pairs("We do not collect your fingerprint; Touch ID is performed by your device.") == {
        ("biometric.fingerprint", "not_collect")}


def test_time_spent_above_a_speed_limit_is_a_sensor_measurement_not_usage():
    assert pairs("The App records your speed compared with the posted speed limit, and the time spent more than 10 mph "
                 "above it.") == {("device.sensors", "collect")}
    assert ("usage", "collect") in pairs("We collect the time spent in the app.")


def test_a_location_inferred_from_the_ip_address_is_only_coarse():
    assert ("location", "collect") not in pairs("We infer your location from your IP address at the level of your "
                                                "country, city, or region.")
    assert ("location", "collect") in pairs("We collect your location when you use the app.")


def test_an_account_being_optional_is_a_condition_of_use_not_a_denial():
    assert pairs("You do not need to create an account to use Hubs.") == set()
    assert pairs("We do not require an account, and we do not collect your name, phone number or contacts.") == {
        ("identity.name", "not_collect"), ("contact.phone", "not_collect"), ("social.contacts", "not_collect")}
    assert pairs("You need an account to use the service.") == set()


def test_a_students_grade_level_and_academic_progress_are_education():
    assert ("identity.education", "collect") in pairs(
        "When a teacher sets up a class, they may give us each student's first name, grade level and the class they "
        "belong to.")
    assert ("identity.education", "share") in pairs(
        "We report your academic progress and eligibility to the athletic conference.")


def test_a_location_determined_based_on_the_ip_address_is_derived():
    assert pairs("If you turn off the location permission, we will only determine the city you are in based on your IP "
                 "address.") == {("location.coarse", "collect"), ("network.ip", "use")}


def test_domain_names_a_dns_resolver_looks_up_are_browsing_history():
    assert pairs("If you use our default DNS resolver, the resolver keeps a log of the domain names it looks up for up "
                 "to 30 days.") == {("usage.history", "store")}
    # elsewhere a bare domain name is no network identifier; the provider the visitor connects through is their network
    assert pairs("We collect the domain name of your Internet service provider.") == {("device.network", "collect")}
    assert pairs("We log all resolved IP addresses for any domain names requested.") == {("network.ip", "collect")}


def test_online_identifiers_fit_no_single_id_and_the_internet_domain_is_network_information():
    assert pairs("We collect your name, email address and online identifiers.") == {
        ("identity.name", "collect"), ("contact.email", "collect")}
    assert pairs("We collect online identifiers such as mobile advertising IDs.") == {("device.id.ad_id", "collect")}
    assert pairs("We automatically collect the internet domain name and your IP address.") == {
        ("device.network", "collect"), ("network.ip", "collect")}


def test_files_a_user_uploads_are_content_not_files_on_the_device():
    assert pairs("Students submit typed answers and uploaded files.") == {("content", "collect")}
    assert pairs("We store the files you upload.") == {("content", "store")}


def test_vehicle_crashes_detected_from_motion_sensors_are_not_app_crash_logs():
    assert pairs("The Driver app may access data from your device's accelerometer and gyroscope during a trip in order "
                 "to detect possible crashes.") == {("device.sensors", "collect")}
    assert ("usage.logs", "collect") in pairs("We collect information about crashes of the app.")


def test_a_denial_of_asking_for_data_by_a_channel_is_not_collect():
    assert pairs("We will never ask for your password by email (but may send you a temporary password via email if you "
                 "have requested a password reset).") == {("account.credentials", "not_collect")}
    assert pairs("We will never ask for your full Social Security number by email or over the phone.") == {
        ("identity.id_number", "not_collect")}


def test_what_the_records_we_receive_never_include_is_not_collected():
    assert pairs("Usage metrics never include page addresses or your email address.") == {
        ("usage.history", "not_collect"), ("contact.email", "not_collect")}
    assert pairs("Crash reports do not contain your email address.") == {("contact.email", "not_collect")}
    assert pairs("Personal information does not include publicly available information.") == set()


def test_data_said_to_hold_no_personal_information_gives_no_denial():
    # calling the data non-personal names no type left out (GUIDELINES: a characterisation, like a label)
    assert pairs("Crash reports do not contain any personal information.") == set()
    assert tuples("We collect the following data:\n\n* Stack traces from crashes. No personally identifiable "
                  "information is ever part of this data.\n") == {(3, "usage.logs", "collect", "first_party")}
    assert pairs("These services may process data globally, but never include personally identifiable information or "
                 "health data.") == set()
    assert pairs("No personal information is collected.") == {("personal_info", "not_collect")}


def test_a_clause_before_a_semicolon_takes_no_denial_from_the_next_one():
    found = pairs("Apple or Google charge the card you have stored with them and let us know only which plan you are on "
                  "and when it renews; your card details never reach us.")
    assert ("financial.transactions", "not_collect") not in found
    assert ("financial.payment", "not_collect") in found


def test_each_passive_clause_keeps_its_own_subject_data():
    assert pairs("The announcement and photographs will be published in the newspaper and on the Site, but your address "
                 "and telephone number will not be published.") == {
        ("media.photos", "share"), ("contact.address", "not_share"), ("contact.phone", "not_share")}


def test_phrases_naming_two_media_or_generic_communications_take_the_parent():
    assert pairs("Students submit audio or video recordings of themselves reading aloud.") == {("media", "collect")}
    assert pairs("Our baby monitors and cameras capture images and sounds of children.") == {("media", "collect")}
    assert ("communication", "share") in pairs("We may disclose in-app communications to law enforcement.")


def test_limited_use_promises_of_an_extension_deny_a_purpose_not_a_disclosure():
    assert pairs("We do not use or transfer user data for purposes that are unrelated to the extension's single "
                 "purpose.") == set()
    assert pairs("We do not use or transfer user data to determine creditworthiness or for lending purposes.") == set()
    assert pairs("We do not sell or transfer user data to third parties.") == {("personal_info", "not_share")}


def test_names_given_to_things_or_a_browsers_name_are_not_a_persons_name():
    assert pairs("The names you give to your cameras and the rooms you assign them to are saved with your "
                 "account.") == set()
    assert ("identity.name", "collect") not in pairs(
        "Each time an app connects to our servers, we record the device type, browser name and version and your IP "
        "address.")
    assert ("identity.name", "store") in pairs("The names you give to faces are held with your account.")


def test_a_digit_pin_or_a_number_transfer_pin_is_a_credential():
    assert ("account.credentials", "collect") in pairs(
        "A four-digit PIN must be entered before the car is unlocked or started remotely.")
    assert ("account.credentials", "share") in pairs(
        "We send the transfer PIN you give us to your previous carrier.")
    assert pairs("MediaNews may share PIN with advertisers.") == set()  # a bare PIN is often a site's own acronym

def test_third_party_apps_and_clients_are_another_party_not_us_or_the_user():
    assert tuples("Be aware that third party Matrix clients may gather usage data.") == {
        (1, "usage", "collect", "third_party")}
    assert tuples("Third-party applications may collect your IP address.") == {
        (1, "network.ip", "collect", "third_party")}
    assert tuples("Our app collects your IP address.") == {(1, "network.ip", "collect", "first_party")}


def test_other_people_who_receive_the_data_are_shown_it_and_a_notice_they_receive_is_not_data():
    assert pairs("Parents receive the dates of their teen's sessions and the amounts charged, but not the content of "
                 "their teen's messages or intake answers.") == {
        ("financial.transactions", "share"), ("communication.messages", "not_share"), ("health", "not_share")}
    assert pairs("Guests receive your name and photo.") == {("identity.name", "share"), ("media.photos", "share")}
    assert pairs("The user of that line receives a text message notice.") == set()


def test_a_relative_clause_verb_read_as_a_noun_before_a_wh_clause_is_the_practice():
    assert pairs("Meta and LinkedIn place advertising pixels that record which pages you visit, so that we can "
                 "measure our advertising.") == {("usage.cookies", "use"), ("usage.history", "collect")}


def test_data_that_never_includes_other_data_denies_collecting_it():
    assert pairs("Usage metrics never include page addresses or your email address.") == {
        ("usage.history", "not_collect"), ("contact.email", "not_collect")}
    assert pairs("Crash reports do not contain your name.") == {("identity.name", "not_collect")}
    assert pairs("Every username is generated from our word lists, so it cannot contain a real name.") == set()
    assert pairs("We recommend you not include any personal information in comments.") == set()


def test_counted_page_views_are_usage_not_browsing_history():
    assert tuples("|lr_nw|Counts and tracks pageviews on Longreads.com.|") >= {(1, "usage", "collect", "first_party")}
    assert ("usage.history", "collect") not in pairs("Counts and tracks pageviews on Longreads.com.")
    assert pairs("We collect page views and referring URLs.") == {("usage.history", "collect")}


def test_data_we_purchase_is_collected_but_items_purchased_are_no_practice():
    assert pairs("We may also purchase demographic information, such as household income and age range, from "
                 "third-party data providers.") == {
        ("identity", "collect"), ("financial.credit", "collect"), ("identity.age", "collect")}
    assert pairs("Any defective items purchased directly from Lodge are eligible for full refund.") == set()


def test_what_the_user_buys_or_rents_is_a_transaction_but_the_goods_shipped_are_not_data():
    assert pairs("6.2 We keep a record of the titles you rent or buy, with the date and price, so that you can watch "
                 "them again.") == {("financial.transactions", "store")}
    assert pairs("We collect information about the services that you order.") == {("financial.transactions", "collect")}
    assert pairs("We use it for producing and shipping the products that you order.") == set()


def test_an_account_opening_a_list_that_is_kept_is_stored():
    assert pairs("Your account, profile and learning history are kept for as long as your account is open.") == {
        ("account", "store"), ("account.profile", "store"), ("usage", "store")}


def test_how_two_coordinated_services_are_used_is_usage():
    assert ("usage", "use") in pairs("We use your information to understand how the public website and app are used "
                                     "so that we can improve them.")


def test_a_disclosure_without_consent_the_user_can_opt_out_of_is_no_statutory_exemption():
    text = ("# Directory information\n\nWe may disclose directory information without your consent unless you opt out:"
            "\n\n| Directory item | Where it may appear |\n|---|---|\n| University email address | Online directory |\n")
    assert (7, "contact.email", "share", "first_party") in tuples(text, name="policy.md")
    text = "# Disclosures\n\nWe may disclose your information without your consent in the following cases:\n\n- your email address\n"
    assert not any(t[1] == "contact.email" for t in tuples(text, name="policy.md"))


def test_the_number_of_clicks_in_a_log_file_list_is_usage():
    assert pairs("Our web servers record the date and time of your visit and the number of clicks.") == {
        ("usage.logs", "collect"), ("usage", "collect")}


def test_web_beacons_that_count_the_users_who_visited_pages_collect_usage():
    assert pairs("Web beacons allow us to count the users who have visited those pages, and to learn whether you "
                 "opened one of our e-mails.") == {("usage", "collect"), ("usage.cookies", "use")}
    assert ("usage", "collect") in pairs("We may also use web beacons, which allow us to count users who have visited "
                                         "specific pages.")


def test_a_name_before_date_of_birth_or_of_someone_is_a_persons_name():
    assert pairs("The outcome of each age verification check, together with the name and date of birth shown on the "
                 "ID, is kept for three years.") == {("identity.name", "store"), ("identity.birthdate", "store")}
    assert pairs("We collect the name and phone number of someone we may call.") == {
        ("identity.name", "collect"), ("contact.phone", "collect")}
    assert ("identity.name", "collect") not in pairs("We collect the name of your insurer.")


def test_type_named_again_with_its_own_practice_does_not_inherit_the_section():
    text = ("# Information we collect\n\nNetwork location is not the same as GPS: we do not receive the GPS location of "
            "your phone.\n")
    assert tuples(text, name="policy.md") == {(3, "location.precise", "not_collect", "first_party")}


def test_advice_not_to_give_data_is_no_practice():
    assert pairs("If you are under 13, please do not send any information about yourself to us, including your name, "
                 "address, telephone number or email address.") == set()
    assert pairs("Children under 16 should not send us personal information.") == set()
    assert pairs("You should not include sensitive data in your messages; we store your messages for 30 days.") == {
        ("communication.messages", "store")}


def test_what_the_person_may_request_under_their_rights_is_no_practice():
    assert pairs("You may request a copy of the personal information we hold about you.") == set()
    assert pairs("California residents are entitled to request information about the categories of personal "
                 "information we disclosed to third parties for their direct marketing purposes.") == set()
    assert pairs("You may request a copy of the personal information we hold about you, but we never sell your "
                 "personal information.") == {("personal_info", "not_share")}


def test_bold_only_markdown_line_is_a_heading_not_a_list_item():
    text = ("## Information we collect automatically\n\n**Device and Connection Information**\n\n"
            "Currently, we log the IP addresses of everyone who accesses the Service.\n")
    assert tuples(text, name="policy.md") == {(5, "network.ip", "collect", "first_party")}


def test_tool_named_by_the_data_it_handles_is_no_data():
    assert pairs("Unless you opt out, the apps send us usage telemetry: which features you use, such as the password "
                 "generator.") == {("usage", "collect")}
    assert pairs("If you send us a request via one of our feedback mechanisms, we reserve the right to publish your "
                 "request.") == set()

def test_a_retention_period_hung_on_a_relative_clause_ending_the_object_is_still_a_retention_period():
    assert ("account", "store") in pairs("When you close your account, we delete your account data and the content of "
                                         "workspaces you own within 30 days.")


def test_the_subject_of_the_main_clause_read_as_a_conjunct_of_a_fronted_list_takes_the_main_verb():
    assert pairs("If Keyvault is involved in a merger, acquisition or sale of assets, your account information and "
                 "encrypted vault may be transferred to the successor, which will remain bound by this policy.") == {
        ("account", "share"), ("content", "share")}


def test_bare_balances_in_a_list_of_financial_data_are_financial():
    assert ("financial", "not_share") in pairs("We do not share your account numbers, balances, transaction history or "
                                               "any information from your credit report with advertising partners.")
    assert not any(t == "financial" for t, _ in pairs("We do our best to balance those responsibilities and we "
                                                      "collect your name."))


def test_never_in_a_processor_table_cell_denies_the_whole_list_after_it():
    text = ("| Sub-processor | Purpose | Data |\n|---|---|---|\n"
            "| Helix Labs | Laboratory analysis | Saliva sample and kit barcode, never your name or contact details |\n"
            "| Plaid Inc. | Bank verification | Online banking credentials (never received by us), bank account "
            "and routing numbers |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}
    assert (3, "contact", "not_share") in found and (3, "contact", "share") not in found
    assert (4, "financial.payment", "share") in found


def test_they_continuing_a_clause_of_teachers_who_enter_data_is_the_user_giving_it_to_us():
    assert ("identity.education", "collect") in pairs(
        "Teachers upload assignments, worksheets and instructional videos, and they enter grades, rubric scores and "
        "written comments on student work.")
    assert ("identity.education", "collect") in pairs("Teachers submit letters of recommendation to us and they "
                                                      "enter grades for each course.")


def test_a_two_word_last_conjunct_still_completes_the_earlier_conjuncts_of_a_data_phrase():
    assert ("usage", "use") in pairs("For this we use technical, location and settings data, as well as interaction "
                                     "and system performance data.")
    assert ("device", "share") not in pairs("We may disclose the location of a device and other personal information "
                                            "to emergency responders.")


def test_card_processing_named_as_a_service_or_a_purpose_names_no_payment_data():
    assert pairs("We use other companies to perform services on our behalf, such as processing credit card payments, "
                 "printing and delivering the newspaper and hosting the Site.") == set()
    assert pairs("We rely on third-party services such as credit card payment processing, order processing and "
                 "shipment.") == set()
    assert ("financial.transactions", "collect") not in pairs(
        "We collect location information, if you allow it, to help detect fraudulent card transactions.")
    assert ("financial.payment", "share") in pairs("We may share your credit card number with a credit card "
                                                   "processing company.")


def test_the_text_of_voice_searches_is_search_history_not_audio():
    assert pairs("The text of your voice searches is stored with your viewing information and is used for "
                 "recommendations.") == {("usage.history", "store"), ("usage.history", "use")}
    assert pairs("Voice recordings are kept for 90 days, and the text of voice searches is kept for 12 months.") == {
        ("media.audio", "store"), ("usage.history", "store")}


def test_a_pointer_to_documentation_with_a_long_title_states_no_practice():
    assert pairs("Read the technical and interaction data collection documentation here. We use the data to "
                 "improve performance and stability for our users.") == set()
    assert ("usage", "collect") in pairs("We collect technical and interaction data, such as the features you use.")


def test_data_kept_only_on_the_persons_own_device_is_not_stored_by_us():
    assert ("health", "store") not in pairs("Your health data is stored only on your phone unless you turn on "
                                            "backup.")
    assert ("location", "store") not in pairs("If you enable the location-based feature, your current location will "
                                              "be stored locally on your device.")
    assert ("health", "store") in pairs("Your health data is stored on your phone and on our servers.")
    assert ("health", "store") in pairs("Your health data is stored on our servers for two years.")


def test_data_kept_on_the_device_or_in_its_keychain_is_not_stored_by_us():
    # "the device" of an app's policy is the one the app runs on; the device's keychain is a store on it
    assert pairs("The access token is encrypted and stored on the device to protect against unauthorized "
                 "access.") == set()
    assert pairs("Connection data (e.g. server credentials) is securely stored in the device’s keychain.") == set()
    assert ("account.credentials", "store") in pairs("Your password is stored in the cache.")
    assert ("account.credentials", "store") in pairs("We store your password on the server and on the device.")


def test_data_kept_locally_in_a_file_or_as_a_passive_predicate_is_not_stored_by_us():
    # "locally" places a file of the person's too on the device; only a server beside it makes the keeping ours
    assert pairs("Your device ID is stored locally in a configuration file.") == set()
    assert ("device.id", "store") in pairs("Your device ID is stored locally and on our servers.")
    # "is kept on your device" (the parser's predicate "on") and a verbless item "X: kept on your device"
    assert pairs("Your search history is kept on your device.") == set()
    assert pairs("- Your search history: kept on your device.") == set()
    # data kept so with a later denial of sending it is denied, not stored
    assert pairs("Your search history is kept on your device and is never transmitted to us.") == {
        ("usage.history", "not_collect")}


def test_a_denial_that_anything_leaves_the_device_denies_data_its_line_keeps_there():
    assert pairs("Nothing is uploaded to our servers. Your sleep data stays on your phone.") == {
        ("health", "not_collect")}
    assert pairs("Your sleep data stays on your phone. None of it is ever uploaded.") == {("health", "not_collect")}
    assert pairs("- Search history: kept on your device until you remove the app. We never receive it.") == {
        ("usage.history", "not_collect")}
    # a denial of passing data on to others, or data not kept on the device, is no such denial
    assert pairs("Your sleep data stays on your phone. Nothing is shared with advertisers.") == set()
    assert ("health", "not_collect") not in pairs("Nothing is uploaded automatically. We store your sleep data on "
                                                  "our servers.")


def test_a_relative_clause_saying_an_item_is_kept_locally_leaves_it_the_introductions_practice():
    assert pairs("We collect:\n\n- an installation ID, which is stored locally on your computer\n"
                 "- your IP address\n") == {("device.id", "collect"), ("network.ip", "collect")}
    # a run-in label the parser hangs the sentence on is no antecedent
    assert pairs("## Data storage\n\n- **Local storage**: your settings are stored locally in your browser.\n") == set()


def test_opting_out_of_a_practice_named_by_a_verb_or_hyphenated_opt_out_states_no_practice():
    assert pairs("To opt out of sharing information about your creditworthiness with our affiliates, call "
                 "1-800-555-0199.") == set()
    assert pairs("It is possible to opt out of your personal information being transferred.") == set()
    assert pairs("You may opt-out of having your personally identifiable information shared with business "
                 "partners.") == set()
    assert pairs("You may opt-out of the use of your information for tailored advertising purposes.") == set()
    assert ("contact.email", "collect") in pairs("When you create an account, you may opt to provide an email "
                                                 "address.")
    assert ("contact.email", "share") in pairs("We share your email address with partners unless you opt out.")


def test_app_usage_is_usage_not_history_and_app_usage_logs_are_logs():
    assert pairs("We operate and improve our stores, app and website, including by analyzing app usage and store "
                 "traffic.") == {("usage", "use")}
    assert pairs("Website and app usage logs are kept for 13 months and then deleted.") == {("usage.logs", "store")}
    assert ("usage.history", "collect") in pairs("We collect your app usage history.")


def test_sex_as_an_activity_drive_or_offender_registry_is_not_gender():
    assert pairs("We collect your sexual activity: whether you had sex, whether it was protected, and your sex "
                 "drive.") == {("health", "collect")}
    found = pairs("We obtain a consumer report, which may include criminal history records and sex offender registry "
                  "status.")
    assert ("identity.gender", "collect") not in found
    assert ("identity.criminal_record", "collect") in found
    assert ("identity.gender", "collect") in pairs("We collect your name, age and sex.")


def test_a_cookie_banner_consent_or_notice_names_no_cookies():
    assert ("usage.cookies", "use") not in pairs(
        "If you have consented via our cookie banner or in your account settings, we use the analytics service "
        "Mixpanel to understand how the product is used.")
    assert ("usage.cookies", "share") not in pairs(
        "We share pages of our public website you visit with Meta, only with cookie consent.")
    assert ("usage.cookies", "use") in pairs("We use analytics cookies only if you accept them in our cookie banner.")

def test_bare_usage_as_what_is_tracked_or_the_users_own_usage_is_usage_data():
    assert ("usage", "use") in pairs("Monitor and analyze trends, usage and activities in connection with our Services;")
    assert ("usage", "use") in pairs("We use cookies to analyze the usage of our sites and Services.")
    assert ("usage", "collect") in pairs("The partner carrier sends us records of your usage so that we can bill you.")
    assert ("usage", "use") not in pairs("We are committed to the responsible usage of artificial intelligence.")


def test_what_the_user_opens_or_is_watching_is_browsing_history():
    assert ("usage.history", "collect") in pairs("We will record the mini-programs you have opened and the time you "
                                                 "used them.")
    assert ("usage.history", "collect") in pairs("Canvas records when you log in and which course pages and files "
                                                 "you open.")
    assert ("usage.history", "use") in pairs("Ads may be selected based on the channel you are watching and the "
                                             "approximate location of your TV.")
    assert ("usage.history", "use") not in pairs("Cookies may be set by the site that you are visiting.")


def test_the_page_visited_before_however_named_is_browsing_history():
    assert ("usage.history", "collect") in pairs("This cookie tracks the referring source for signup analytics.")
    assert ("usage.history", "collect") in pairs("We collect the website which referred you to our site.")
    assert ("usage.history", "collect") in pairs("We work with companies that track how users found or were "
                                                 "referred to the Services.")
    assert ("usage.history", "share") not in pairs("You can share your referral link with your friends.")


def test_your_message_or_inquiry_in_the_singular_is_a_message_to_us():
    assert ("communication.messages", "collect") in pairs(
        "If you write to us or report a problem from inside the app, we receive your message and any screenshots "
        "you attach.")
    assert ("communication.messages", "store") in pairs("If you email us, we may keep your message and email "
                                                        "address.")
    assert ("communication.messages", "share") in pairs("We will be happy to forward your inquiry to the third party.")


def test_keeping_data_confidential_or_secret_is_a_safeguard_not_storage():
    assert ("contact.phone", "store") not in pairs("Caribou keeps your cell phone number private at all times.")
    assert ("account.credentials", "store") not in pairs(
        "You are responsible for maintaining the secrecy of your unique password and account information.")
    assert ("personal_info", "store") not in pairs(
        "We require our service providers to keep your personal information confidential.")
    assert ("contact.email", "store") in pairs("We keep your email address for as long as your account is open.")


def test_denial_stops_at_a_coordinated_clause_with_its_own_subject_and_auxiliary():
    assert ("contact.email", "share") in pairs("We do not sell your data, and your email address is shared with our "
                                               "partners.")
    assert ("location", "share") in pairs("We do not record your calls, and your location is shared with our "
                                          "partners.")
    assert ("network.ip", "collect") in pairs("Messages are not stored on our servers, and your IP address is logged "
                                              "for security.")
    assert ("contact.email", "not_share") in pairs("We do not sell or share email addresses gathered on our site.")


def test_means_before_a_clause_with_its_own_subject_is_a_consequence_not_a_definition():
    # GUIDELINES: "you agree to our use of your personal data as set out in this notice" -> use
    assert pairs("Your use of our service means you agree to our use of your personal data as set out in this "
                 "privacy notice.") == {("personal_info", "use")}
    assert pairs("Personal data means any information relating to you.") == set()


def test_means_as_a_noun_is_not_a_definition():
    assert ("network.ip", "collect") in pairs(
        "For example, through these means, we may automatically collect information such as your browser type, "
        "operating system and IP address.")
    assert ("device.hardware", "collect") in pairs(
        "Our third party vendors may collect additional information by automated means when you visit our website, "
        "such as browser type or operating system.")
    assert ("personal_info", "collect") not in pairs('"Personal information" means information that identifies you.')
    assert pairs("We capture your email address, if you ask us to verify it, so that we have a means of communication "
                 "with you.") == {("contact.email", "collect")}


def test_quoted_or_reversed_ip_abbreviations_and_web_addresses_are_not_postal_addresses():
    found = pairs('Our servers record your web request, Internet Protocol ("IP") address, browser type and the pages '
                  'you view.')
    assert ("network.ip", "collect") in found and ("contact.address", "collect") not in found
    found = pairs("We may collect information such as IP (internet protocol) address, ISP and browser type.")
    assert ("contact.address", "collect") not in found
    found = pairs("We automatically collect the following: IP address, the type of browser, and the address from "
                  "which you linked directly to our site.")
    assert ("usage.history", "collect") in found and ("contact.address", "collect") not in found
    assert ("device.id.mac", "collect") in pairs('We may collect your system Media Access Control ("MAC") address '
                                                 'and browser type.')
    assert ("contact.address", "collect") in pairs("We collect your name, email address and address.")


def test_how_the_browser_can_refuse_cookies_and_what_follows_is_no_practice():
    assert pairs("You can set your web browser to refuse all cookies or to indicate when a cookie is being sent.") == set()
    assert pairs("Most browsers are initially set to accept cookies, but you can change your settings to notify you "
                 "when a cookie is being set or updated, or to block cookies altogether.") == set()
    assert pairs("If you refuse cookies, you will not be able to open a shopping cart on the Site.") == set()
    assert ("network.ip", "collect") in pairs("You can disable cookies; however, we will still collect your IP "
                                              "address.")
    assert ("usage.cookies", "use") in pairs("We use cookies to remember your preferences, and you can disable them "
                                             "in your browser settings.")


def test_our_contact_details_given_for_the_user_to_reach_us_are_not_the_users():
    assert pairs("If you have any questions regarding our Privacy Policy, please contact the Privacy Coordinator using "
                 "the contact information provided below.") == set()
    assert pairs("If you do not wish certain information to be shared for these purposes, send a letter to the Online "
                 "Privacy Coordinator whose contact information is listed at the end of this Privacy Notice.") == set()
    assert ("contact", "collect") in pairs("Please provide your contact information below so that we can respond.")


def test_what_we_urge_or_advise_the_user_to_do_is_no_practice():
    assert pairs("We encourage you to review the privacy policies of those other web sites so you can understand how "
                 "they collect, use and share your information.") == set()
    assert pairs("We urge you to keep your username, password, and other account access information in a safe place "
                 "and not to divulge it to anyone.") == set()
    assert pairs("It is important for you to protect against unauthorized access to your password and to your "
                 "computer.") == set()
    assert pairs("Do not share your passwords with anyone.") == set()
    assert ("account.credentials", "not_share") in pairs("We do not share your password with anyone.")


def test_a_pointer_to_another_section_or_page_is_no_practice():
    assert pairs("For information about your choices relating to these activities, see Cookies and Tracking "
                 "Technologies.") == set()
    assert pairs("Please see the Cookies and Targeted Advertising sections below for more information.") == set()
    assert pairs("Click here for more information about the personal information that we gather.") == set()
    assert ("usage.cookies", "use") in pairs("We use cookies to remember your preferences; see below for details.")


def test_a_disclaimer_of_responsibility_for_what_others_do_is_no_practice():
    assert pairs("We do not control, and are not responsible for, any such third-party websites' collection and use "
                 "of your information.") == set()
    assert pairs("We are not responsible for the use made of resumes by third parties who access such resumes.") \
        == set()
    assert ("personal_info", "store") in pairs(
        "Please note that we may retain your personal information in back-up storage after deactivation, and we are "
        "not responsible for removing information about you from the database of any third parties.")


def test_what_the_shine_the_light_law_requires_is_no_practice():
    assert pairs("California's \"Shine the Light\" law, Civil Code section 1798.83, requires certain businesses to "
                 "respond to requests from California customers asking about the businesses' practices related to "
                 "disclosing personal information to third parties for the third parties' direct marketing "
                 "purposes.") == set()
    assert ("personal_info", "share") in pairs("Under California law, we may share your personal information with "
                                               "our affiliates for their direct marketing purposes.")


def test_usage_data_named_after_the_device_or_service_it_comes_from():
    assert ("usage.logs", "collect") in pairs("We collect device diagnostics to fix problems with the app.")
    assert ("usage.logs", "store") in pairs("We keep camera diagnostics for 90 days.")
    assert not any(t == "identity.name" for t, _ in pairs("We collect the company name of your employer."))


def test_activity_on_the_site_is_usage():
    assert ("usage", "collect") in pairs("We may use web beacons to gather information related to your visit to and "
                                         "activity on the Site.")
    assert ("usage", "use") in pairs("This information is used to generate statistics and measure site activity.")


def test_shortening_or_discarding_data_after_a_period_is_retention():
    assert ("network.ip", "store") in pairs("IP addresses are shortened to the first three octets after seven days.")
    assert ("network.ip", "store") in pairs("We discard your IP address after 24 hours.")
    assert pairs("You can discard your changes at any time.") == set()


def test_a_deletion_deadline_after_a_request_is_a_retention_period():
    assert pairs("We delete your email address within 30 days of the request.") == {("contact.email", "store")}
    assert pairs("You can ask us to delete your email address.") == set()


def test_the_tracked_use_of_a_site_is_usage():
    assert ("usage", "collect") in pairs("We use cookies to store your preferences and track your use of our Sites.")
    assert ("usage", "store") in pairs("Our servers may automatically keep an activity log of your use of our Sites.")
    assert pairs("Please read the Terms of Use, which govern your use of the Site.") == set()


def test_tracked_movements_internet_usage_and_visits_are_usage():
    assert ("usage", "collect") in pairs("Clear gifs are tiny graphics with a unique identifier, similar in function "
                                         "to cookies, and are used to track the online movements of Web users.")
    assert ("usage", "collect") in pairs("We use cookies to track use of our Sites and online services.")
    assert ("usage", "collect") in pairs("They may, however, track your Internet usage anonymously over time and "
                                         "across other websites in their networks.")
    assert ("usage.history", "store") in pairs("We assign you one or more unique identifiers to help keep track of "
                                               "your future visits.")


def test_the_analysed_or_tracked_use_of_named_services_is_usage():
    assert ("usage", "use") in pairs("We and third parties use beacons for a variety of purposes, including to analyze "
                                     "the use of our Services.")
    assert ("usage", "collect") in pairs("We use various Internet technologies to manage and track use of the SIDEARM "
                                         "Services.")
    assert ("usage.history", "use") in pairs("Advertisers may serve ads to you based on their tracking of what content "
                                             "you looked at or interacted with on our Websites.")
    assert not any(t == "usage" for t, _ in pairs("We may publish aggregate statistics about the use of our services."))


def test_a_nominal_practice_without_a_data_span_does_not_fail():
    # the data span of "the information we collect and use" does not align with the parse: no failure, no statement
    assert pairs("Below is a more detailed explanation of the information we collect and use.") == set()

def test_items_under_a_denying_heading_are_denied():
    text = ("## What the app collects\n\n### The app has no way of knowing\n\n- Your location.\n- Your name or address.\n\n"
            "### We never sell\n\n- Your email address.\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert {(5, "location", "not_collect"), (6, "identity.name", "not_collect"),
            (10, "contact.email", "not_share")} <= found
    assert not {a for _, _, a in found} & {"collect", "share"}


def test_a_titled_list_item_keeps_its_text_on_its_own_line():
    text = ("The App also requires the following permissions:\n- Camera\n"
            "The App requires access to the camera to read the QR code when registering a test.\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (3, "media.camera", "collect") in found


def test_denied_data_that_would_reveal_a_type_denies_that_type():
    assert pairs("The app does not collect any data that would allow us to infer your health status or "
                 "location.") == {("health", "not_collect"), ("location", "not_collect")}
    assert ("location", "collect") in pairs("We collect data that would allow us to infer your location.")


def test_an_inserted_qualifier_does_not_end_an_enumeration_of_data():
    assert ("health", "use") in pairs("The legal basis for the processing of your contact data and, if applicable, "
                                      "health data (if the App determines that you may have been infected) is your "
                                      "consent.")


def test_the_definition_of_a_quoted_term_and_its_examples_state_no_practice():
    text = ("## Information we collect\n\n\"User Personal Information\" is any information about one of our users which "
            "could, alone or together with other information, personally identify him or her. Information such as a "
            "user name and password, an email address, a real name, and a photograph are examples of \"User Personal "
            "Information.\"\n\nWe collect your email address.\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {(5, "contact.email", "collect")}


def test_a_permission_denied_or_never_asked_for_denies_the_access():
    assert pairs("COVID Alert does not have permission to use location services.") == {("location", "not_collect")}
    assert pairs("The app has no permission to access your camera.") == {("media.camera", "not_collect")}
    assert pairs("We ask for permission to access your camera.") == {("media.camera", "collect")}


def test_using_a_sensor_or_a_permission_asked_for_obtains_its_data():
    # GUIDELINES: requesting a permission is `collect`, and permissions count as their data
    assert pairs("The app asks for permission to use your camera and microphone.") == {
        ("media.camera", "collect"), ("media.audio", "collect")}
    assert pairs("The app asks to use the phone's camera.") == {("media.camera", "collect")}
    assert pairs("The Splitly app uses the camera only when you capture your identity document.") == {
        ("media.camera", "collect")}
    assert pairs("Camera access is used to scan QR codes. Photo-library access is used when you choose an image.") == {
        ("media.camera", "collect"), ("media.photos", "collect")}
    assert pairs("2. Microphone permission (RECORD_AUDIO): used for voice search.") == {("media.audio", "collect")}
    # data used is not a sensor: still `use`
    assert pairs("We use your location and camera data to improve our models.") == {
        ("location", "use"), ("media.camera", "use")}
    assert ("account.credentials", "use") in pairs("The collected access token is used solely for retrieving the "
                                                   "user's follower list.")


def test_data_needed_for_a_purpose_named_by_an_infinitive_is_used():
    # GUIDELINES: `use` when the line does not say the data is collected; "we need X" alone asks for it
    assert pairs("We need your personal data to ensure that only legitimate users can send notifications.") == {
        ("personal_info", "use")}
    assert pairs("We may need your personal information to establish, bring or defend legal claims.") == {
        ("personal_info", "use")}
    assert pairs("We need your name and email address.") == {("identity.name", "collect"), ("contact.email", "collect")}
    assert pairs("For authentication to establish a secure account, we need your name and email address.") == {
        ("identity.name", "collect"), ("contact.email", "collect")}
    assert pairs("To do this, the app needs access to your Health data.") == {("health", "collect")}
    assert pairs("We collect the minimum amount of personal information needed to administer the activity.") == {
        ("personal_info", "collect")}


def test_contacts_with_other_people_are_encounters_not_an_address_book():
    assert pairs("This serves to track possible contacts with other users of the App who are infected.") == set()
    assert pairs("The app records encounters (contacts) with other users.") == set()
    assert pairs("We access your contacts to find friends.") == {("social.contacts", "collect")}


def test_the_users_questions_and_comments_are_messages():
    assert ("communication.messages", "use") in pairs("We use your information to respond to your questions.")
    text = "We use the information we collect to:\n\n- respond to your comments and questions and provide customer service;\n"
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (3, "communication.messages", "use") in found and not any(t == "content" for _, t, _ in found)


def test_the_consequence_of_not_providing_data_is_no_denial():
    # the consequence of the person not giving data is a hypothetical about the user, no practice
    assert pairs("Consequences of not providing the personal data: we cannot create an account for you.") == set()
    assert pairs("The consequences, if any, resulting from your refusal to provide personal information.") == set()
    assert ("personal_info", "collect") in pairs("We collect personal data when you create an account.")


def test_a_table_row_label_stating_a_practice_is_a_title_for_its_cells():
    text = ("# When you contact us\n\n| Specific personal data we collect | Full name; Email address; Message; Any other "
            "data that you decide to supply/provide us |\n| The purpose of data collection | To provide support |\n")
    found = {(t, a) for _, t, a, _ in tuples(text, fmt="md", name="policy.md")}
    assert ("contact.email", "collect") in found and ("identity.name", "collect") in found
    assert ("personal_info", "collect") not in found  # the row label names no data of its own


def test_announced_changes_to_a_named_practice_state_none():
    assert pairs("If we implement significant changes to the use of your Personal Data in a manner different from "
                 "that stated at the time of collection, we will notify you by posting a notice on our Website.") == set()
    assert pairs("We will notify you of any material changes in the collection, use or disclosure of your personal "
                 "information.") == set()
    assert pairs("The most current version of the policy will govern our use of your information.") == set()
    assert ("personal_info", "use") in pairs("We use your personal data to provide the service.")


def test_advice_to_minors_and_suppositions_in_the_event_state_none():
    assert pairs("If you are under the age of eighteen (18), do not provide any Personal Data to us without "
                 "involvement of a parent or a guardian.") == set()
    assert pairs("In the event that we learn that we have collected personal information from a child under age 13 "
                 "without parental consent, we will delete that information as quickly as possible.") == set()
    assert ("personal_info", "collect") in pairs("If you are a customer, we collect personal information from you.")


def test_no_longer_denies_the_practice_it_qualifies():
    assert ("account.profile", "not_share") in pairs("This means your user profile will no longer be visible on our "
                                                     "site.")
    assert ("location", "not_collect") in pairs("We will no longer collect your location.")
    assert ("usage.logs", "store") in pairs("We keep server logs for no longer than 180 days.")

def test_ads_seen_or_tapped_are_interactions_not_pages_viewed():
    got = pairs("Our advertising partners may collect your advertising ID and information about the ads you see and "
                "tap.")
    assert ("usage", "collect") in got and ("usage.history", "collect") not in got
    got = pairs("These SDKs collect the advertising identifier and the ads you interact with directly from your device.")
    assert ("usage", "collect") in got and ("usage.history", "collect") not in got
    assert ("usage.history", "collect") in pairs("We collect the web pages, content and advertisements you view.")
    assert not any(t.startswith("usage") for t, _ in pairs("Google may serve some of the advertisements you see on "
                                                           "our Site."))


def test_lettered_items_in_parentheses_continue_their_introduction():
    text = ("We use your personal information to:\n"
            "(a) create and run your account;\n"
            "(b) provide subscriptions, restore your purchases on a new device and handle refund requests;\n"
            "(c) confirm through photo verification that your profile photos show you.\n")
    got = {(line, data_type) for line, data_type, _, _ in tuples(text)}
    assert (3, "financial.transactions") in got and (4, "account.profile") in got


def test_data_a_purpose_item_names_is_used_for_that_purpose():
    # GUIDELINES: `use` when the line does not say the data is collected; an item saying it is gathered keeps `collect`
    text = ("We use this information to:\n"
            "- monitor the use of the site for security threats\n"
            "- to gather feedback from you to improve our services\n")
    assert {(line, t, a) for line, t, a, _ in tuples(text)} == {(2, "usage", "use"), (3, "content", "collect")}
    text = ("We use your personal data for the following purposes:\n"
            "- to detect and prevent fraud, including screening card transactions and unusual booking patterns;\n")
    assert (2, "financial.transactions", "use") in {(line, t, a) for line, t, a, _ in tuples(text)}


def test_an_object_list_interrupted_by_a_condition_keeps_the_main_verb():
    got = pairs("If you create one, we collect your name, email address and password and, if you rent or buy movies on "
                "the TV, your billing ZIP code and the card type and last four digits of your payment card.")
    assert ("location.coarse", "collect") in got and ("financial.payment", "collect") in got


def test_accounts_deleted_after_a_period_of_inactivity_are_retained_until_then():
    assert ("account", "store") in pairs("We delete your account, articles and notes from our servers within 30 days.")
    assert ("account", "store") in pairs("Accounts of students who have not signed in for 18 months are deleted "
                                         "automatically.")
    assert ("account", "store") in pairs("We delete inactive accounts after 24 months.")
    assert pairs("You can delete your account at any time.") == set()
    # a hedged deletion after a period keeps the account until then as a certain one does
    assert pairs("Your account may be deleted after 12 months of inactivity.") == {("account", "store")}
    assert pairs("Inactive accounts might be removed after two years.") == {("account", "store")}
    assert pairs("Your account may be deleted if you break these terms.") == set()


def test_a_viewer_tagged_as_a_participle_still_sees_shared_data():
    assert ("location", "share") in pairs("The named insured can see each household driver's trip routes.")
    assert pairs("Your browser can see your trip routes.") == set()

def test_a_question_standing_as_its_own_sentence_is_a_title():
    assert pairs("With whom do we share personal information?") == set()
    assert pairs("WHAT GAMEPLAY INFORMATION DOES THE COMPANY COLLECT?") == set()
    assert pairs("3. Will we share your personal information with third parties?") == set()
    assert ("personal_info", "share") in pairs("We share your personal information with our service providers.")


def test_what_a_safeguard_protects_of_the_data_is_no_collection():
    assert pairs("We take reasonable measures to protect the confidentiality, security, and integrity of the personal "
                 "information collected from our website visitors.") == set()
    assert pairs("We maintain safeguards to protect against unauthorized use, disclosure, alteration or destruction "
                 "of the personally-identifiable information we collect on this website.") == set()
    assert pairs("We consider the protection of all personally identifiable information we receive from our Web site "
                 "visitors as critical to our mission.") == set()
    # aggregating data named as sent or collected is no practice (GUIDELINES, anonymising with no period)
    assert pairs("We aggregate location points sent to Mozilla from users around the world.") == set()


def test_a_practice_named_as_the_topic_of_something_else_is_no_practice():
    assert pairs("We offer you choices regarding the collection, use, and sharing of your Personal Information.") == set()
    assert pairs("Acme complies with the U.S.-EU Safe Harbor Framework as set forth by the U.S. Department of Commerce "
                 "regarding the collection, use, and retention of personal information from European Union member "
                 "countries.") == set()
    assert pairs("If you have questions about the use of your information, please write to us.") == set()
    assert ("usage", "collect") in pairs("We collect information about your use of our Services.")
    assert any(t == "network.ip" for t, _ in pairs("Ad networks may set cookies to collect information about "
                                                   "visitors' use of a Site and across other websites, such as a "
                                                   "visitor's IP address."))


def test_advice_to_check_something_before_giving_data_is_no_practice():
    assert pairs("You should always read the privacy policy of a third-party site before disclosing any personal "
                 "information on that site.") == set()
    assert pairs("If you are under 18, get your parent's consent before giving out any personal information "
                 "online.") == set()
    assert pairs("Please read the Co-branded Policy for each Co-branded Site before providing any Personal "
                 "Information.") == set()
    assert ("personal_info", "share") in pairs("We will verify that the requesting party is the parent of the child "
                                               "before providing a child's personal information to such person.")


def test_an_indirect_question_naming_a_practice_is_a_title():
    assert pairs("What gameplay information we may collect") == set()
    assert pairs("With whom, if anyone, your personal information will be shared") == set()
    assert pairs("When and with whom we share your personal information; and") == set()
    assert ("contact.email", "collect") in pairs("When you register, we collect your email address.")


def test_logging_into_an_account_is_signing_in_not_logging_data():
    assert pairs("If you wish, we will delete your account information; to do so, please log into Dictionary.com "
                 "using the account you wish to close.") == set()
    assert pairs("You can change your preferences by logging into your account and removing these geocaches from "
                 "your Watchlist or bookmarks.") == set()
    assert ("account.credentials", "use") in pairs("We use cookies to maintain your session when you log in or to "
                                                     "remember your username in the login field.")
    assert ("network.ip", "collect") in pairs("IP addresses are logged in our server logs.")


def test_a_glossary_definition_of_cookies_as_bits_of_data_is_no_practice():
    assert pairs("A cookie is a small amount of data, which often includes an anonymous unique identifier, sent to "
                 "your browser from a websites computers and stored on your computers hard drive.") == set()
    assert pairs('"Cookies" are small text files that allow websites to store and retrieve information about you '
                 'from your computer system.') == set()
    assert ("usage", "collect") in pairs('"Cookies" are small files that we place on your computer\'s hard drive to '
                                         'collect information about your activities on the Site.')


def test_a_plural_noun_tagged_as_a_verb_in_a_list_of_nouns_is_data():
    assert ("identity.education", "share") in pairs("We send your applications, resumes and screening answers to the "
                                                    "employers you apply to.")
    assert ("identity.occupation", "share") in pairs("We share your applications and resumes with employers.")


def test_a_country_or_city_derived_from_the_ip_address_is_coarse_location():
    assert ("location.coarse", "collect") in pairs("The country or city associated with your account is worked out "
                                                   "from your IP address.")
    assert ("location.coarse", "collect") in pairs("We infer your city and country from your IP address.")


def test_voice_clips_camera_images_and_written_notes_are_data_in_passive_denials():
    assert ("media.audio", "not_share") in pairs("Voice clips are never sold and are not shared with advertisers.")
    assert ("media.camera", "not_collect") in pairs("The camera image is processed on your device and is never "
                                                    "uploaded.")
    assert ("content", "not_share") in pairs("Your written notes are never shared with your therapist unless you "
                                             "share a specific entry.")


def test_the_profiles_you_view_are_browsing_history_not_your_profile():
    found = pairs("We record how you use the Service, including the profiles you view, like and pass on, your matches "
                  "and the features you use.")
    assert ("usage.history", "collect") in found and ("account.profile", "collect") not in found
    assert ("usage.history", "collect") in pairs("We record the profiles you view.")


def test_clock_in_times_and_swipe_records_are_logs():
    assert ("usage.logs", "store") in pairs("We keep your clock-in and clock-out times for payroll.")
    assert ("usage.logs", "store") in pairs("We keep card swipe records for one year.")


def test_cookies_that_help_or_enable_us_state_their_use():
    assert ("usage.cookies", "use") in pairs("Cookies help us and advertisers identify users on our Sites and on other "
                                             "sites.")
    assert ("usage.cookies", "use") in pairs("Web beacons enable us to recognize a browser's cookie when a browser "
                                             "visits this site.")
    assert ("usage.cookies", "use") in pairs("Persistent cookies enable us to track and target the interests of our "
                                             "users to enhance the experience on our site.")
    assert pairs("Because cookies allow you to take advantage of some of our essential features, we recommend that "
                 "you leave them turned on.") == set()


def test_information_we_have_or_have_collected_about_you_is_personal_information():
    assert ("personal_info", "share") in pairs("If another entity acquires us or any of our assets, information we have "
                                               "collected about you may be transferred to such entity.")
    assert ("personal_info", "use") in pairs("We may use the information we collect from and about you to contact you "
                                             "from time to time.")
    assert ("personal_info", "use") in pairs("We use data we have about you to determine whether you might be "
                                             "interested in the products of a partner.")


def test_data_remaining_somewhere_for_a_time_span_is_stored():
    assert ("personal_info", "store") in pairs("Your personal information may remain in our backup systems for up to "
                                               "90 days.")
    assert ("content", "store") in pairs("Your comments remain on the site for 30 days.")
    assert pairs("Copies of your information may remain in our archives.") == set()


def test_data_remaining_after_the_account_is_closed_is_stored():
    # GUIDELINES: named data kept beyond the account's deletion states its retention
    assert pairs("Your comments may remain on the Site even after your account is closed.") == {("content", "store")}
    assert ("personal_info", "store") in pairs(
        "Personal information associated with Observations may remain attached to Observations, even after You have "
        "closed Your account.")
    assert ("media.photos", "store") in pairs("Your photos may persist in our backups after account deletion.")
    # not on the user's own device, and not after some other event
    assert pairs("Your data may remain on your device after you delete your account.") == set()
    assert pairs("Your comments may remain on the Site after you log out.") == set()


def test_a_category_of_parties_having_access_is_given_the_data():
    # GUIDELINES: a party said to have access to the data is a recipient of what the service passes on
    assert pairs("Third parties will not have access to any personally identifiable information.") == {
        ("personal_info", "not_share")}
    assert pairs("Service providers may have access to your personal information.") == {("personal_info", "share")}
    # data reaching the party straight from the user is its collection
    assert pairs("Our partners have access to your email address directly.") == {("contact.email", "collect")}


def test_data_staying_in_a_kept_state_is_stored():
    # GUIDELINES: named data kept beyond the account's deletion states its retention, with no period
    assert pairs("After you delete your account, your username stays reserved.") == {("account.credentials", "store")}
    assert pairs("Your posts remain archived.") == {("content", "store")}
    # not on the user's own device, not denied, and staying visible is no retention
    assert pairs("Your messages remain stored on your device.") == set()
    assert pairs("Your username does not stay reserved.") == set()


def test_nonpublic_and_private_information_of_the_user_is_personal_information():
    assert ("personal_info", "not_share") in pairs("We do not sell or rent your nonpublic information, nor do we give "
                                                   "it to others to sell you anything.")
    assert ("personal_info", "not_share") in pairs("We will never sell your private information to anyone.")

def test_a_name_opening_with_read_that_is_a_subject_is_no_pointer():
    assert ("personal_info", "store") in pairs("Read the Docs will retain User Personal Information for as long as "
                                               "your account is active.")
    assert ("personal_info", "share") in pairs("Read the Docs may disclose personally-identifying information to law "
                                               "enforcement in response to a subpoena.")
    assert pairs("Read the telemetry documentation for more information about the data we collect.") == set()


def test_server_access_data_with_a_determiner_is_logs():
    assert ("usage.logs", "use") in pairs("The legal basis for the processing of your access data and health data is "
                                          "your consent.")
    # a demonstrative names no data, also before a type noun (GUIDELINES: demonstratives, "This access data is only
    # processed to secure and maintain the technical infrastructure" gives no `use` `usage.logs`)
    assert ("usage.logs", "use") not in pairs("This access data is only processed to secure and maintain the technical "
                                              "infrastructure.")
    assert ("usage.logs", "collect") not in pairs("The app may access data from your device's sensors.")


def test_a_policy_that_does_not_cover_some_information_states_no_practice():
    assert pairs("This policy does not cover personal information collected by third parties.") == set()
    assert pairs("Our Privacy Policy does not cover the information practices of other companies who may use cookies "
                 "to serve ads.") == set()
    assert ("personal_info", "collect") in pairs("We collect personal information that does not identify you "
                                                 "directly.")


def test_having_access_to_data_the_user_shared_is_the_practice():
    # other users' access is a display to them (GUIDELINES: data visible to other users), as the gold of
    # en-r9-open-humans has it (`not_share` with `third_party`)
    assert pairs("Other users will no longer have access to the personal data you shared with them.") == {
        ("personal_info", "not_share")}
    assert pairs("Other users will no longer have access on our site to the personal data you've shared with "
                 "them.") == {("personal_info", "not_share")}


def test_a_list_word_filling_a_table_cell_is_data():
    text = ("#### When you purchase our cloud plan\n\n| Specific personal data we collect | Address |\n"
            "| The purpose of data collection | For payment processing purposes |\n")
    assert (3, "contact.address", "collect", "first_party") in tuples(text, name="policy.md")
    assert (3, "personal_info", "collect", "first_party") not in tuples(text, name="policy.md")


def test_the_rights_you_have_state_no_practice_but_the_processing_they_are_conditioned_on_does():
    # the rights themselves are no practice; the condition naming the user's data with a practice verb states it
    # (GUIDELINES: hypotheticals; gold of en-r9-corona-warn-app 143, en-r21-explore-education-statistics 35)
    assert pairs("You also have the following data protection rights under applicable law.") == set()
    assert pairs("Where we process your personal data, you have certain rights under applicable law.") == {
        ("personal_info", "use")}
    assert ("personal_info", "use") in pairs("We process your personal data to provide the service.")


def test_get_with_an_object_receives_it():
    assert pairs("If you share your random codes, nobody will get any information about you or the time you were "
                 "near them.") == {("personal_info", "not_collect")}
    assert pairs("We may get information about you from our partners.") == {("personal_info", "collect")}
    assert ("financial.transactions", "collect") not in pairs("Minors must get the permission of their parents "
                                                              "before making purchases on this Service.")


def test_a_list_word_given_as_an_example_is_data():
    assert ("content", "share") in pairs("We may also continue to display some information you have made publicly "
                                         "available through Open Humans (comments, for example).")
    assert ("identity.age", "store") not in pairs("If you enter information during your session, such as age "
                                                  "verification data, this will be stored as a cookie.")


def test_a_practice_verb_read_as_a_compound_noun_in_a_purpose_list():
    assert ("usage.history", "collect") in pairs("We use such information to analyze trends, administer the Website, "
                                                 "track users' movement around the Website, and gather demographic "
                                                 "information.")
    assert ("usage", "collect") in pairs("This data is used to manage the website, track usage and improve the "
                                         "website services.")
    assert ("identity.name", "collect") in pairs("To enable payment, we collect and store name, address and "
                                                 "telephone number.")
    assert ("usage.cookies", "store") not in pairs("We use cookies (and Local Shared Objects, HTML5, cache cookies, "
                                                   "web beacons, or clear gifs) to understand usage of the Services.")

def test_a_verbless_for_example_sentence_takes_the_practice_it_exemplifies():
    text = ("We automatically collect the following information about how you use the Service:\n\n"
            "(b) **Information about how you use the App**. For example, how frequently you access the App, the "
            "time you access the App and how long you use it for, the approximate location that you access the App "
            "from, the website pages you visit, the links you click, and other actions you take in the App.\n")
    found = {t[:3] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert (3, "location.coarse", "collect") in found
    assert (3, "usage.history", "collect") in found
    assert pairs("For example, you can change your email address in Settings.") == set()


def test_identifiers_associated_with_a_device_take_the_practice_they_depend_on():
    found = pairs("When you access our site from a mobile device, we may collect unique identification numbers "
                  "associated with your device.")
    assert ("device.id", "collect") in found and ("device.id", "use") not in found
    assert ("device.id", "use") in pairs("Cookies may be used to store a unique identification number tied to your "
                                           "computer or device.")
    assert not any(data_type == "location" for data_type, _ in pairs(
        "We may be able to approximate a device's location by analyzing other information, like an IP address."))


def test_a_participle_of_association_without_an_agent_states_no_practice():
    # a participle says how data relates to other data, not that anyone links it
    assert pairs("Information associated with your user account can be viewed on your user dashboard.") == set()
    assert pairs("If you would like to opt in or out of a unique identifier being associated with your data, open "
                 "the add-on preferences.") == set()
    # a passive clause and an active verb state the linking
    assert ("contact.email", "use") in pairs("Your email address is associated with your interaction data.")
    assert pairs("We associate your device ID with your account.") == {("device.id", "use")}
    # on data a practice is on, the participle's "with" object is used
    assert ("network.ip", "use") in pairs("We obtain demographic details associated with your IP address.")


def test_data_words_modifying_a_noun_of_data_protection_name_no_data():
    # "data" in "your data protection rights" modifies the rights; the phrase names no data
    assert pairs("The Information Commissioner's Office makes further information about your data protection rights "
                 "available in their guide.") == set()
    assert pairs("We share your data with our processors.") == {("personal_info", "share")}


def test_data_said_to_be_necessary_or_mandatory_is_collected():
    assert pairs("However, some information, such as your name and address, may be necessary for the performance of "
                 "our contractual obligations.") == {("identity.name", "collect"), ("contact.address", "collect")}
    assert pairs("Your phone number is mandatory for two-factor authentication.") == {("contact.phone", "collect")}
    assert pairs("You should note that cookies may be necessary to provide you with certain features.") == set()


def test_usage_purpose_with_modified_people_or_a_domain():
    assert ("usage", "use") in pairs("We collect this information to better understand how our website visitors use "
                                     "Read the Docs, and to protect the security of the website.")
    assert ("usage", "use") in pairs("We collect information related to web traffic such as IP addresses to analyze "
                                     "how and where RubyGems.org is used.")
    assert ("usage", "use") in pairs("We automatically collect certain information to help us understand how our "
                                     "users use the Services.")


def test_records_of_or_information_about_your_transactions():
    assert pairs("We keep records of your transactions.") == {("financial.transactions", "store")}
    assert pairs("Records of your payments are kept for seven years.") == {("financial.transactions", "store")}
    assert ("financial.transactions", "collect") in pairs("We collect information about your transactions with us.")


def test_information_about_the_devices_you_use():
    assert pairs("We may automatically collect information about the devices you use to access the Services.") == {
        ("device", "collect")}
    assert ("device", "collect") in pairs("We collect information about the device, browser, and operating system "
                                          "you use when accessing our site.")


def test_comments_coordinated_with_questions_or_requests_are_correspondence():
    assert pairs("We use information about you to: Respond to your comments, questions and requests and provide "
                 "customer service.") == {("communication.messages", "use")}
    assert pairs("We use information to respond to your requests or questions.") == {("communication.messages", "use")}

def test_location_identifying_technologies_name_a_tracking_technology_not_location_data():
    found = pairs("We typically collect this information through a variety of tracking technologies, including "
                  "cookies, web beacons, embedded scripts, location-identifying technologies, file information, and "
                  "similar technology.")
    assert ("usage.cookies", "use") in found
    assert not any(data_type.startswith("location") for data_type, _ in found)


def test_a_denied_link_of_data_with_other_data_is_no_denial_of_the_practice():
    assert pairs("Your IP address is not connected to any other information in the system, like one-time keys or "
                 "random codes.") == set()
    found = pairs("We do not log IP addresses together with wallet addresses, and we do not share your email "
                  "address with advertisers.")
    assert ("network.ip", "not_collect") not in found and ("contact.email", "not_share") in found
    assert ("social.contacts", "not_collect") in pairs("We do not collect your contacts.")


def test_a_contracted_or_perfect_refusal_condition_is_no_denial():
    found = pairs("We infer the area you are in from your IP address or, if you have not granted location "
                  "permission, from the delivery address you have entered.")
    assert ("location", "not_collect") not in found and ("contact.address", "not_collect") not in found
    assert ("media.camera", "not_collect") not in pairs("If you don't allow access to your camera, you can still "
                                                         "type the code.")
    assert ("location", "not_collect") in pairs("The app does not access your location.")


def test_what_something_depends_on_is_a_condition_not_data():
    text = ("## Information we collect automatically\n\n"
            "Most browsers also allow you to change your cookie settings to block certain cookies. Depending on your "
            "mobile device and operating system, you may not be able to delete or block all cookies.\n")
    found = {t[1] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert not any(data_type.startswith("device") for data_type in found)
    assert ("device.hardware", "collect") in pairs("We collect the type of your mobile device and operating system.")

def test_items_under_a_bare_denial_or_a_rights_or_deletion_introduction():
    text = ("## What we do with your data\n\nWe will not:\n\n- sell or rent your data to third parties\n"
            "- share your data with third parties for marketing purposes\n\n"
            "## How long we keep your data\n\nWhen we close your account we'll delete your:\n\n- name\n"
            "- mobile phone number\n\n## Your rights\n\nUnder the GDPR, you have the right to:\n\n"
            "1. Access the personal data we hold about you.\n1. Request the transfer of your personal data to another "
            "party.\n")
    found = {t[:3] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert found == {(5, "personal_info", "not_share"), (6, "personal_info", "not_share")}


def test_a_nominal_practice_that_a_scope_or_responsibility_is_about_states_none():
    assert pairs("The Scratch Foundation is the entity responsible for the processing of your Personal "
                 "Information.") == set()
    assert pairs("This Privacy Policy applies only to the processing of your Personal Information by Scratch.") == set()
    assert pairs("Military is not responsible for that company's use of your personal information.") == set()
    assert ("personal_info", "collect") in pairs("We are responsible for the website and we collect your personal "
                                                 "information when you register.")


def test_data_as_the_subject_of_a_revealing_verb_states_no_sharing():
    found = pairs("We ask that you select a username that does not disclose your real name or other information that "
                  "could identify you.")
    assert not any(action == "not_share" for _, action in found)
    assert pairs("When you order these products, we collect details of your purchases, which may reveal information "
                 "about your health.") == {("financial.transactions", "collect")}
    assert ("personal_info", "share") in pairs("We may disclose your personal information to our partners.")


def test_a_bold_title_line_right_after_a_finished_item_or_paragraph_is_a_title_of_its_own():
    text = ("### Information you provide\n\n- When you create an account, we ask for a username and password.\n"
            "**Communications**\nIf you contact us directly, we collect the personal information that you provide "
            "in your message.\n**Cookies**\nWhen you use the website, we use cookies to remember your settings.\n")
    found = {t[:3] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert (5, "personal_info", "collect") in found and (5, "communication.messages", "collect") in found
    assert (7, "usage.cookies", "use") in found
    assert not any(line in (4, 6) for line, _, _ in found)


def test_a_short_unpunctuated_item_over_deeper_items_is_their_title():
    text = ("## Data stored on your device\n\n1. **Nickname, preferences, and relationships**\n"
            "   - Your nickname and settings are stored locally on your device.\n\n"
            "2. **Queued private messages**\n   - An outgoing private message may remain for up to 24 hours.\n")
    found = {t[:3] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert not any(line in (3, 6) for line, _, _ in found)
    assert (7, "communication.messages", "store") in found


def test_a_name_and_expiry_table_under_a_cookie_heading_lists_cookies():
    text = ("## Essential cookies\n\nEssential cookies keep your information secure.\n\n| Name | Purpose | Expires |\n"
            "|---|---|---|\n| notify_admin_session | Used to keep you signed in | 20 hours |\n\n## Our offices\n\n"
            "| Name | Address | Opening hours |\n|---|---|---|\n| Main office | 1 High Street | 9 to 5 |\n")
    found = {t[:3] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert (7, "usage.cookies", "use") in found
    assert not any(line == 13 for line, _, _ in found)


def test_an_unindented_capitalised_line_after_a_list_item_is_a_paragraph_of_its_own():
    text = ("We will not:\n- sell or rent your data to third parties\n"
            "- share your data with third parties for marketing purposes\n"
            "We will share your data if we are required to do so by law.\n")
    found = {t[:3] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert (4, "personal_info", "share") in found
    assert (3, "personal_info", "not_share") in found


def test_data_the_parser_made_the_subject_of_an_infinitive_after_need_is_its_object():
    assert ("personal_info", "use") in pairs("We need your Personal Information to provide our services, including "
                                                 "for account registration.")
    assert ("account.profile", "share") in pairs("If you are a member, you can allow your profile to be viewable by "
                                                 "the public.")

def test_a_bold_title_line_after_a_list_item_or_sentence_keeps_the_next_paragraph_on_its_line():
    text = ("## Personal information you provide\n\n"
            "- When you create an account, we ask for a username and password.\n"
            "**Communications**\n"
            "If you contact us directly, we collect the personal information that you provide in your message.\n"
            "We reply by email.\n"
            "**Legal**\n"
            "We may use your personal information to comply with our legal obligations.\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (5, "personal_info", "collect", "first_party") in found
    assert (8, "personal_info", "use", "first_party") in found
    assert not any(line in (4, 7) for line, *_ in found)  # the bold titles state nothing


def test_country_of_citizenship_is_identity_and_geolocation_limited_to_a_city_is_coarse():
    found = pairs("We report your name, date of birth, country of citizenship and passport details to the agency.")
    assert ("identity", "share") in found and not any(d.startswith("location") for d, _ in found)
    found = pairs("In the preceding 12 months we have collected the following categories of personal information: "
                  "identifiers (such as your email address); geolocation data limited to your country or city; and "
                  "inferences about your language level.")
    assert ("location.coarse", "collect") in found and ("location", "collect") not in found


def test_a_country_named_as_a_jurisdiction_or_transfer_origin_is_no_location():
    found = pairs("We may transfer your Personal Information to countries other than the country where you are located, "
                  "including to the U.S.")
    # a transfer abroad naming no recipient is processing (GUIDELINES), not a disclosure
    assert ("personal_info", "use") in found and not any(d.startswith("location") for d, _ in found)
    assert not any(d.startswith("location") for d, _ in pairs(
        "Your usage of the site constitutes consent to the transfer of your data out of your country and to the "
        "United States."))
    assert not any(d.startswith("location") for d, _ in pairs(
        "We may disclose your information to public authorities, including authorities outside your country of "
        "residence."))
    assert ("location.coarse", "collect") in pairs("When you sign up we collect your name, email address and country "
                                                   "of residence.")


def test_what_a_policy_governs_or_was_written_for_states_no_practice():
    assert pairs("This privacy policy governs how we use, collect and store Personal Data we collect or receive from "
                 "or about you.") == set()
    assert pairs("This Privacy Policy applies only to the processing of your Personal Information by Scratch.") == set()
    assert pairs("We wrote this privacy policy to explain what Personal Information we collect through our website.") == set()
    assert pairs("This Privacy Notice does not govern the independent practices of merchants or other third parties "
                 "that may receive personal information from us.") == set()
    assert ("personal_info", "collect") in pairs("We collect personal information through our website.")


def test_contact_data_of_a_contact_tracing_app_are_encounters_not_contact_details():
    found = pairs("The App will only process the contact data generated and stored by your smartphone if the App's "
                  "exposure logging feature is enabled.")
    assert not any(d.startswith("contact") for d, _ in found)
    found = pairs("Your random IDs and the other contact data (date and time of the contact, duration of the contact, "
                  "signal strength of the contact) are recorded by your smartphone in an exposure log.")
    assert not any(d.startswith(("contact", "usage", "device")) for d, _ in found)
    assert ("contact", "collect") in pairs("We collect contact data such as your email address when you sign up.")


def test_a_numbered_title_item_over_nested_sentences_states_no_practice():
    text = ("## What the app stores on your device\n\n"
            "1. **Media attachments**\n"
            "   - Voice notes and images you send or receive are stored on your device so they remain playable.\n"
            "2. **Optional location-channel state**\n"
            "   - Your selected channel and bookmarks are stored locally so the app can restore them.\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert not any(line in (3, 5) for line, *_ in found)
    text = ("## Information we collect\n\n1. **Media attachments**\n"
            "   - We collect the photos and audio recordings you send so that we can deliver them.\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert found and all(line == 4 for line, *_ in found)


def test_online_activities_over_time_and_across_websites_are_browsing_history():
    found = pairs("We may allow third parties to collect information about your online activities over time and "
                  "across different web sites when you use the Services.")
    assert ("usage.history", "collect") in found and ("usage", "collect") not in found
    assert ("usage.history", "collect") in pairs("Ad companies place cookies on your computer to track your "
                                                 "activities across various sites.")
    assert ("usage", "collect") in pairs("We record your activity on our site.")


def test_a_recipient_item_that_names_its_own_data_takes_no_data_of_its_introduction():
    text = ("## How we share your information\n\n"
            "We share personal information with the following categories of recipients:\n\n"
            "- (a) Fraud prevention providers. We share your name and email address with Onfido to verify your "
            "identity.\n"
            "- (b) Hosting providers. Heroku provides website and database hosting.\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (5, "personal_info", "share", "first_party") not in found
    assert (5, "identity.name", "share", "first_party") in found
    assert not any(t[0] == 6 for t in found)  # a recipient item naming no data adds no tuple (GUIDELINES)


def test_feedback_the_service_asks_for_or_a_feedback_screenshot_is_no_content():
    found = pairs("If you have supplied your email address, we may occasionally send you an email to tell you about "
                  "new features or solicit your feedback.")
    assert ("content", "collect") not in found and ("contact.email", "collect") in found
    assert ("content", "collect") not in pairs("From time to time we may contact you, including sending you marketing "
                                               "messages and asking for your feedback on our services.")
    assert ("content", "collect") in pairs("We collect the feedback you send us.")


def test_the_contents_of_your_communication_with_us_are_messages():
    found = pairs("If you contact us, we will collect the information that you provide us, such as your contact "
                  "information and the contents of your communication with us.")
    assert ("communication.messages", "collect") in found and ("contact", "collect") in found
    found = pairs("When you contact us directly, e.g. by email or through our feedback form, we will record your "
                  "comments and opinions.")
    assert ("communication.messages", "collect") in found and ("content", "collect") not in found

def test_bold_label_line_inside_a_paragraph_starts_a_new_block():
    # a "**Label**" line right after a finished sentence, with no blank line between, titles the next line's text:
    # that sentence keeps its own line
    text = ("## How We Use Your Information\n"
            "The main purpose is to provide our services. An overview of the uses:\n"
            "**Analytics**\n"
            "We use Personal Information that we collect, such as your location, to analyze usage of the Website.\n")
    found = {(line, data_type) for line, data_type, _, _ in tuples(text, fmt="markdown", name="policy.md")}
    assert (4, "personal_info") in found and (4, "location") in found
    assert not any(line in (2, 3) for line, _ in found)


def test_removed_within_a_period_is_a_retention_period():
    assert pairs("Your photos are removed from the album within 24 hours and from our backups within 35 days.") == {
        ("media.photos", "store")}
    assert pairs("We remove the entirety of the IP address after 6 months.") == {("network.ip", "store")}
    assert pairs("You can remove your photos at any time.") == set()


def test_deleted_within_named_periods_is_a_retention_period():
    assert pairs("The verification selfie is deleted within the periods set out in Section 2.") == {
        ("biometric.face", "store")}
    assert pairs("Your messages are deleted after the retention period.") == {("communication.messages", "store")}


def test_items_under_a_bare_denial_are_denied():
    text = ("## What we do with your data\n\n"
            "We will not:\n\n"
            "- sell or rent your data to third parties\n"
            "- share your data with third parties for marketing purposes\n\n"
            "We use your email address to send you notifications.\n")
    assert tuples(text, fmt="markdown", name="policy.md") == {
        (5, "personal_info", "not_share", "first_party"), (6, "personal_info", "not_share", "first_party"),
        (8, "contact.email", "use", "first_party")}


def test_capitalised_line_after_an_item_is_its_own_paragraph_in_unwrapped_markdown():
    # lines are whole paragraphs: the unindented sentence after the last item is no lazy continuation of it
    text = ("## What we do with your data\n"
            "We use your data to check that you are allowed to access the service and to record your activity.\n"
            "We will not:\n"
            "- sell or rent your data to third parties\n"
            "- share your data with third parties for marketing purposes\n"
            "We will share your data if we are required to do so by law, for example by court order.\n"
            "## How long we keep your data\n"
            "We keep your email address for as long as your account is open, so that we can contact you about your "
            "account and about changes to the service, and we delete it within 30 days after you close the account.\n"
            "## Your rights\n"
            "You can ask for a copy of your data.\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (6, "personal_info", "share", "first_party") in found
    assert (5, "personal_info", "not_share", "first_party") in found


def test_name_and_expiry_table_under_a_cookie_heading_is_a_cookie_table():
    text = ("## Essential cookies\n"
            "Essential cookies keep your information secure while you use the service.\n\n"
            "| Name | Purpose | Expires |\n"
            "|---|---|---|\n"
            "| admin_session | Used to keep you signed in | 20 hours |\n"
            "| consent_choice | Saves your consent settings | 1 year |\n\n"
            "## Our partners\n"
            "| Name | Role | Retention |\n"
            "|---|---|---|\n"
            "| Acme Hosting | Hosts the website | 30 days |\n")
    found = {(line, data_type) for line, data_type, _, _ in tuples(text, fmt="markdown", name="policy.md")}
    assert {(6, "usage.cookies"), (7, "usage.cookies")} <= found
    assert (12, "usage.cookies") not in found


def test_counts_of_feature_use_are_usage():
    assert pairs("We use Firebase Analytics to count how often each feature is used.") == {("usage", "collect")}
    assert pairs("We use this data to see which features are used most.") == {("usage", "use")}
    # a count of visitors is aggregate (GUIDELINES: "count how many people visit our site")
    assert ("usage", "collect") not in pairs("We use cookies that help us count how many people visit our site.")


def test_interview_and_exam_recordings_hold_video_and_audio():
    assert pairs("We keep interview recordings for 12 months.") == {("media", "store")}
    assert pairs("Proctorio keeps exam recordings for 180 days and then deletes them.") == {("media", "store")}
    assert ("media", "use") in pairs("We rely on your consent to process your video interview recordings.")


def test_processing_transactions_as_a_purpose_uses_transaction_records():
    assert ("financial.transactions", "use") in pairs(
        "We use your personal information to open and service your accounts, process transactions, verify your "
        "identity and detect fraud.")
    assert pairs("For our everyday business purposes – such as to process your transactions, maintain your "
                 "account(s) and respond to court orders.") == {("financial.transactions", "use")}


def test_glba_reasons_name_the_data_shared_or_the_transactions_processed():
    text = ("## What we share\n\n"
            "| Reasons we can share your personal information | Does Acme Bank share? | Can you limit this sharing? |\n"
            "|---|---|---|\n"
            "| For our everyday business purposes – such as to process your transactions and maintain your account(s) "
            "| Yes | No |\n"
            "| For our affiliates' everyday business purposes – information about your transactions and experiences "
            "| Yes | No |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert {(5, "financial.transactions", "use"), (6, "financial.transactions", "share")} <= found
    paragraphs = ("Reasons we can share your personal information:\n"
                  "(e) For our affiliates' everyday business purposes – information about your creditworthiness. "
                  "Does Acme share? No. We don't share.\n")
    assert (2, "financial.credit", "not_share") in {(s.line, s.data_type, s.action) for s in statements_of(paragraphs)}

def test_list_word_right_before_a_term_modifies_it():
    found = pairs("Teachers sign in with a picture password, or with their school Google account.")
    assert ("account", "collect") in found and not any(t == "identity.education" for t, _ in found)
    assert ("identity.education", "collect") in pairs("We may obtain your school name and address from your teacher.")
    assert ("identity.age", "collect") in pairs("We collect your name, age and address.")


def test_a_denied_retention_longer_than_a_need_is_a_retention_period():
    assert ("personal_info", "store") in pairs(
        "The DfE will not keep your personal data longer than we need it for the purpose(s) of research.")
    assert ("contact.email", "store") in pairs(
        "We do not store your email address for longer than reasonably necessary to send the invitation.")
    assert ("personal_info", "not_collect") not in pairs("We do not collect more personal data than we need.")
    # the limit a few words after the data ("for a period longer than necessary"), or a denial by "no"
    assert ("personal_info", "store") in pairs(
        "We will not retain your personal data for a period longer than necessary to fulfill the purposes described "
        "in this policy.")
    assert ("biometric", "store") in pairs("In any case no biometric data is kept longer than three years.")


def test_information_from_and_about_users_and_data_named_by_its_people_are_personal_information():
    assert ("personal_info", "collect") in pairs("We collect information from and about you.")
    assert ("personal_info", "collect") in pairs(
        "We collect several types of information from and about users of our App, including information:")
    assert ("personal_info", "share") in pairs("We’ll share candidate data with UCAS.")
    assert ("personal_info", "share") in pairs(
        "We share teacher training applicant and referee data with the teacher training providers.")
    assert ("personal_info", "not_share") in pairs("We do not share or sell visitor data for the purposes of advertising.")
    assert not any(t == "personal_info" for t, _ in pairs(
        "We may share aggregated, anonymous data about our users as a group for any lawful business purpose."))
    assert not any(t == "personal_info" for t, _ in pairs(
        "We obtain information from consumer data companies, which provide us with lifestyle details."))


def test_the_version_of_the_browser_or_operating_system_is_device_hardware():
    assert ("device.hardware", "collect") in pairs("We may collect the version of the web browser you use.")
    assert ("device.hardware", "collect") in pairs(
        "We collect the version of your device's operating system and your IP address.")


def test_a_without_clause_in_a_list_introduction_is_a_condition_not_a_denial():
    text = ("## What data we collect\n\n"
            "If you use the Teaching Vacancies service without creating an account we may collect the following "
            "information about you:\n\n* your IP address\n* your name\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert {(5, "network.ip", "collect"), (6, "identity.name", "collect")} <= found
    assert not any(action == "not_collect" for _, _, action in found)


def test_which_browser_or_device_the_user_has_is_device_hardware():
    assert ("device.hardware", "collect") in pairs(
        "If you accept analytics cookies, Google Analytics records which pages you visit and what kind of device you use.")
    assert ("device.hardware", "collect") in pairs(
        "We also collect usage metrics, for example which features are used and which browser you use.")


def test_cover_letters_and_personal_statements_are_user_content():
    assert ("content", "use") in pairs(
        "If you apply for a position with us, we process your name, your contact details, your CV, certificates and "
        "cover letter for the purpose of the application procedure.")
    assert ("content", "collect") in pairs("We collect your personal statement when you apply.")


def test_the_users_own_address_a_message_is_sent_to_is_used_not_shared():
    found = pairs("We may send you service notices, bill reminders and marketing messages to your mobile number or "
                  "email address.")
    assert {("contact.phone", "use"), ("contact.email", "use")} <= found
    assert not any(action == "share" for _, action in found)
    assert pairs("We will send a verification code to your phone number.") == {("contact.phone", "use")}
    assert ("contact.email", "share") in pairs("We share your email address with our advertising partners.")

def test_gerund_practice_after_a_topic_word_is_no_practice():
    assert pairs("Schools, trusts and local authorities will have their own policy for processing your "
                 "information.") == set()
    assert pairs("If you have questions about sharing your information, please contact us.") == set()
    assert pairs("Each partner has its own policies on the collection and use of your information.") == set()
    assert pairs("If you are unhappy with our use of your personal data, please let us know.") == set()
    assert ("contact.email", "not_share") in pairs("We have a policy of not sharing your email address with anyone.")
    assert ("personal_info", "share") in pairs("We may share your personal information with our partners.")


def test_list_introduction_takes_no_practice_from_a_verb_inside_its_condition():
    # the user using a service or sign-in, inside the condition clause, is no use of ours
    for intro in ("When you create an account or sign in using your organisation's identity provider, we collect:",
                  "If you're a candidate using Apply for teacher training, we may collect the following information "
                  "about you:"):
        text = f"{intro}\n\n- your email address\n- your name\n"
        found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
        assert {(3, "contact.email", "collect"), (4, "identity.name", "collect")} <= found
        assert not any(action == "use" for _, _, action in found)


def test_list_introduction_takes_the_main_clause_practice_not_the_condition():
    text = ("If you use the service without creating an account we may collect the following information about you:\n\n"
            "* your Internet Protocol (IP) address\n"
            "* your email address\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert {(3, "network.ip", "collect"), (4, "contact.email", "collect")} <= found
    assert not any(action.startswith("not_") for _, _, action in found)


def test_name_of_a_thing_and_block_height_are_no_personal_data():
    assert pairs("Private group members receive the group's name and roster.") == set()
    # (the location the service passes to Apple's processing is shared with Apple: GUIDELINES, processors)
    assert pairs("Apple's service may process the location to give a friendly place name.") == {("location", "share")}
    assert pairs("We receive the device IP address and the block height to which your wallet is "
                 "synchronized.") == {("network.ip", "collect")}
    assert ("identity.name", "collect") in pairs("We collect your name and the name of the group you join.")
    assert ("health", "collect") in pairs("We collect your height and weight.")


def test_wish_or_purpose_to_exercise_a_right_states_no_practice():
    assert pairs("If you wish to access the personal data we hold about you, contact us.") == set()
    assert pairs("To request access to the personal information we hold about you, contact us.") == set()
    text = "You have the right:\n\n* to ask us what information we hold about you\n* to have your data corrected\n"
    assert statements_of(text, "markdown", "policy.md") == []
    assert ("contact.email", "collect") in pairs("If you would like to access our services, we collect your email "
                                                 "address.")


def test_items_of_a_recipient_list_naming_no_data_add_no_tuple():
    text = ("We may also share your personal information with these third party vendors who work on our behalf:\n\n"
            "- Optimizely provides website A/B testing.\n- Heroku provides website and database hosting.\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (1, "personal_info", "share") in found
    assert not any(line in (3, 4) for line, *_ in found)


def test_advice_not_to_send_data_states_no_practice():
    assert pairs("WE STRONGLY RECOMMEND THAT YOU DO NOT TRANSMIT ANY PERSONALLY IDENTIFIABLE INFORMATION TO US VIA "
                 "THESE OR ANY OTHER METHODS.") == set()
    assert pairs("We ask that you not send us, and you not disclose, any sensitive personal information (e.g., social "
                 "security numbers) on or through the Services.") == set()
    assert pairs("We do not collect your location.") == {("location", "not_collect")}


def test_the_data_minimisation_principle_states_no_collection():
    assert pairs("We collect only the minimum amount of personal data necessary, unless you choose to provide "
                 "more.") == set()
    assert pairs("The App is designed to process as little personal data as possible.") == set()
    assert pairs("FOSS Responders collect the bare minimum of personal data necessary, and we do not sell your "
                 "data.") == {("personal_info", "not_share")}
    assert pairs("We do our best to protect everyone's privacy: we strive to collect only the personal information we "
                 "actually need.") == set()
    assert pairs("We comply with the GDPR principles, including minimal collection of personal data.") == set()
    assert ("personal_info", "collect") in pairs("We collect only the personal information we need to provide the "
                                                 "service.")


def test_a_restriction_of_purpose_states_no_practice():
    # GUIDELINES: restrictions of purpose or scope that deny no collection give no tuple; one that introduces the
    # purposes it then lists keeps its practice, and so does a retention limit
    assert pairs("We will only process your personal data for the purposes stated in this notice.") == set()
    assert pairs("We only ever share your information as permitted by applicable law.") == set()
    assert pairs("Customer information is collected and used only where strictly necessary to run the shop.") == set()
    assert pairs("We only use your data for the following purposes:") == {("personal_info", "use")}
    assert pairs("We only use your information for the purposes described below.") == {("personal_info", "use")}
    assert pairs("We only keep your personal data for as long as necessary.") == {("personal_info", "store")}
    # named data keeps its collection
    assert pairs("We only collect your email address for the purposes described here.") == {
        ("contact.email", "collect")}


def test_a_commitment_to_a_transfer_frameworks_principles_states_no_practice():
    assert pairs("Acme has certified that it adheres to the EU-U.S. Data Privacy Framework Principles with regard to "
                 "the processing of personal data received from the European Union.") == set()
    assert pairs("We are committed to subjecting all personal data we receive from the UK to the applicable "
                 "Principles.") == set()
    assert pairs("We receive personal data from the European Union.") == {("personal_info", "collect")}


def test_generic_information_about_visitors_followed_by_a_possessive_names_their_thing():
    # "information about a visitor's interactions" is about the interactions, not personal information as a whole
    assert pairs("We collect information about a customer's interactions with our shop.") == set()
    assert pairs("We collect information about a customer's browsing history on our shop.") == {
        ("usage.history", "collect")}
    assert ("personal_info", "collect") not in pairs("Partners may collect information about visitors’ use of the "
                                                     "sites.")
    assert pairs("We collect information about customers.") == {("personal_info", "collect")}


def test_a_hyphenated_practice_word_before_its_noun_names_the_data():
    # "location-tracking data" is location data; the sentence's own verb is the practice
    assert pairs("We never hand over location-tracking data without a subpoena.") == {("location", "not_share")}
    assert ("location", "collect") not in pairs("We never hand over location-tracking data without a subpoena.")


def test_logs_after_the_data_they_hold_is_the_noun():
    # "IP address logs" are logs holding IP addresses; the tagger's verb reading ("address logs") is no logging
    found = pairs("We do not hand IP address logs to advertisers.")
    assert ("network.ip", "not_share") in found and ("network.ip", "not_collect") not in found


def test_a_risk_the_data_runs_with_no_one_doing_it_is_no_practice():
    assert pairs("In case of server compromise or physical access to storage media, your data could be "
                 "accessed.") == set()
    assert pairs("Even if you use a pseudonym, your data could be connected to your identity.") == set()
    assert ("personal_info", "collect") in pairs("Your data could be accessed by our support staff.")
    assert ("personal_info", "collect") in pairs("In general, we will collect the minimum amount of personal "
                                                 "information needed to administer the app.")


def test_what_the_users_isp_or_carrier_can_see_is_no_sharing():
    assert pairs("Your ISP, and anyone else listening in on the Internet, can see every site you visit and every app "
                 "you use, even if their content is encrypted.") == set()
    assert pairs("Your mobile carrier can see the websites you visit.") == set()
    assert ("location", "share") in pairs("Your driver can see your first name and pickup location.")


def test_items_of_an_aggregate_list_introduction_state_no_practice():
    text = ("All of the logs are deleted within 25 hours.\n\nCloudflare may make the following aggregations:\n\n"
            "* Number of queries, response codes and response code quantiles by day, region, name and type.\n\n"
            "We may share aggregated statistics such as:\n\n* the pages users visit\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert not any(line in (5, 9) for line, *_ in found)
    plain = "We may share the following information:\n\n* the pages you visit\n"
    assert (3, "usage.history", "share") in {(s.line, s.data_type, s.action)
                                             for s in statements_of(plain, "markdown", "policy.md")}


def test_no_data_named_in_a_processor_table_cell_is_denied():
    text = ("<table>\n<tr><th>Sub-processor</th><th>Purpose</th><th>Data</th><th>Location</th></tr>\n"
            "<tr><td>Datadog, Inc.</td><td>Infrastructure monitoring</td><td>IP addresses and error logs; no "
            "Employee Personal Data is sent to Datadog</td><td>United States</td></tr>\n</table>\n")
    found = {(s.data_type, s.action.startswith("not_")) for s in statements_of(text, "html", "policy.html")}
    assert ("personal_info", True) in found and ("personal_info", False) not in found
    assert ("network.ip", False) in found


def test_mms_and_picture_messages_are_sms():
    # MMS, picture and multimedia messages are text messages (communication.sms), also when coordinated with "SMS" or
    # "text" before one head noun, and not messages in general
    assert pairs("We collect your SMS/MMS messages.") == {("communication.sms", "collect")}
    assert pairs("We collect the text and picture messages you send.") == {("communication.sms", "collect")}


def test_text_messages_as_the_service_channel_are_no_sms():
    # the service writing to the user by text message names a channel, not the user's SMS messages
    assert pairs("We will remind you of appointments by email, push notification or, if you added a phone number, "
                 "text message.") == {("contact.phone", "collect")}
    assert pairs("If you choose SMS as your second step, you give us your mobile phone number.") == {
        ("contact.phone", "collect")}
    assert pairs("We do not read your text messages.") == {("communication.sms", "not_collect")}


def test_pronoun_passive_subject_carries_no_data():
    # a coordinated passive clause with a pronoun subject does not take the data of the clause before it
    assert pairs("We will use your email address to communicate with you but it is not shared publicly.") == {
        ("contact.email", "use")}
    assert pairs("We collect your phone number and it is not sold.") == {("contact.phone", "collect")}


def test_counting_how_many_people_visit_is_aggregate():
    # a count of visitors is aggregate data (GUIDELINES), while how often each feature is used stays usage
    assert pairs("We use cookies to count how many people visit our site.") == {("usage.cookies", "use")}
    assert pairs("We count how often each feature is used.") == {("usage", "collect")}


def test_names_and_addresses_of_things_coordinated():
    # names coordinated with the URLs of rooms, the names of the user's cameras and the address of a place looked up
    # are no personal name or address
    assert pairs("We receive and store data about Room URLs and names.") == set()
    assert ("identity.name", "share") not in pairs(
        "If you link your account to Amazon Alexa, the list of your cameras, their names and whether each one is "
        "online are shared with Amazon.")
    assert pairs("When the app needs the name or address of somewhere near you, your coordinates are sent to a "
                 "search service.") == {("location.precise", "share")}


def test_usage_telemetry_is_usage():
    # telemetry qualified as usage names the user's use of the app, not logs
    assert pairs("We collect a small amount of device information and usage telemetry.") == {
        ("device", "collect"), ("usage", "collect")}

def test_server_logs_read_as_a_noun_root_keep_their_conjoined_predicate():
    # the parser reads "server logs" as subject and verb and joins "are deleted" to it as a conjunct
    assert ("usage.logs", "store") in pairs("Our web server logs for readthedocs.org, readthedocs.com, and "
                                           "Documentation Sites are deleted after 10 days barring legal obligations.")


def test_details_of_referees_are_contact_details():
    text = "We collect the following information:\n\n* Qualifications and employment\n  * Details of your referees\n"
    found = {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert ("contact", "collect") in found
    assert ("contact", "collect") in pairs("We will ask for referee details when you apply for a job.")


def test_which_client_the_user_used_is_device_software():
    text = "For each session we record:\n\n* which client you used\n* when it was last active\n"
    found = {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert ("device.hardware", "collect") in found
    assert ("device.hardware", "collect") in pairs("We log which email client you are using when you open a newsletter.")


def test_a_category_label_over_a_block_naming_other_data_is_only_a_title():
    text = ("__Firefox Account information.__ This service requires a Firefox Account, which sends us your email "
            "address, locale, and IP address.\n")
    found = {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert ("contact.email", "collect") in found and ("network.ip", "collect") in found
    assert not any(d == "account" for d, _ in found)
    assert ("financial.transactions", "collect") in pairs("We collect the billing address, the date and time of your "
                                                          "transaction and products / services purchased.")


def test_a_rights_list_introduction_with_an_interposed_phrase_gives_its_items_no_practice():
    text = ("If you are from the European Economic Area, you have the right, under certain circumstances, to:\n\n"
            "* Access your Personal Information;\n* Request portability of the Personal Information that you have "
            "given us; and\n* To object to the processing of your Personal Information.\n")
    assert not statements_of(text, "markdown", "policy.md")
    text = ("In certain cases, you may also have a right under Relevant Law, with respect to your Personal Data "
            "collected and used in our In-scope Processing, to:\n\n- obtain a copy of your Personal Data in an easily "
            "accessible format;\n\n- request the deletion of your Personal Data; and\n")
    assert not statements_of(text, "markdown", "policy.md")


def test_data_described_by_a_participle_inside_a_safeguard_is_no_collection():
    assert not pairs("We follow generally accepted industry standards to protect the personal information submitted "
                     "to us.")
    assert not pairs("We have established reasonable procedures to protect the confidentiality, security, and "
                     "integrity of personal information obtained through the Sites.")
    assert not pairs("We de-identify and aggregate Personal Information collected through the Website for "
                     "statistical analysis.")


def test_data_a_negated_copula_says_something_is_not_is_no_practice():
    text = ("## What we store on your device\n\nOn first run the App generates a random string and stores it on your "
            "device. It is not your advertising ID, Android ID, IMEI, MAC address, or any other hardware or system "
            "identifier.\n")
    found = {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert not any(d.startswith("device.id") for d, _ in found)


def test_verbless_no_items_deny_what_their_list_introduction_states():
    text = ("If you create a code, the App sends and retrieves the following:\n\n- Your settings: shell theme, sound "
            "on/off\n- A timestamp\n\nThe sync carries preferences and nothing else — no campaign progress, no "
            "purchases, no entitlements.\n")
    found = {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert ("financial.transactions", "collect") not in found


def test_the_contact_details_the_user_reaches_us_with_and_sections_named_by_data_are_no_data():
    assert not pairs("You may contact us using the contact details provided in the “Contact Information” section "
                     "below for more information or to exercise your rights.")
    assert not pairs("To obtain additional information on the transfers, please contact us using the contact "
                     "information below.")
    assert ("contact", "use") in pairs("We will contact you using the contact information you provided.")
    assert ("contact.email", "use") in pairs("If you send us an email, we will use your email address to respond "
                                             "directly to your questions or comments.")


def test_aggregating_data_is_no_use():
    assert ("usage.logs", "use") not in pairs("We use Datadog to aggregate metrics and application performance data.")
    assert not pairs("We may anonymize and aggregate any of the personal information we collect (so that it does not "
                     "directly identify you).")
    assert not pairs("We may share aggregated demographic information with third parties.")


def test_the_statutory_items_of_a_right_to_know_name_no_practice():
    text = ("California consumers have the right to request that a business disclose the information listed below.\n\n"
            "1. The categories of personal information it has collected about that consumer.\n"
            "2. The business or commercial purpose for collecting or selling personal information.\n"
            "3. The categories of third parties with whom the business shares personal information.\n")
    assert not statements_of(text, "markdown", "policy.md")
    text = "We collect:\n\n- the categories of websites and apps you visit, derived from the DNS queries seen on our network;\n"
    assert ("usage.history", "collect") in {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}

def test_a_clause_on_the_object_keeps_the_main_verb_practice():
    # the main verb's practice on its object and the relative clause's own practice both come out
    assert pairs("We collect your phone number, which is not shared with advertisers.") == {
        ("contact.phone", "collect"), ("contact.phone", "not_share")}
    assert pairs("We collect your email address, which we never sell.") == {
        ("contact.email", "collect"), ("contact.email", "not_share")}
    # a restrictive clause that only says the data is collected names the data; the denial is the practice
    assert pairs("We do not share personal information gathered from our web servers.") == {
        ("personal_info", "not_share")}


def test_affiliation_in_a_list_of_data_is_occupation():
    # a bare "affiliation" among listed data names the user's institution, as "employer" does
    found = pairs("We collect your name, email address, affiliation, country and contact information.")
    assert ("identity.occupation", "collect") in found and ("location.coarse", "collect") in found


def test_a_list_word_joins_a_list_across_one_unnamed_item():
    # "ORCID" names no type; "country" after it is still an item of the list of data
    assert ("location.coarse", "collect") in pairs("We collect your name, email address, ORCID, country.")

def test_a_data_table_row_naming_no_known_data_is_of_the_kind_its_header_names():
    text = ("**What the app reads:**\n\n| Health Connect data type | Permission | What it is used for |\n"
            "| --- | --- | --- |\n| ElevationGained | `READ_ELEVATION_GAINED` | Your weekly climb average. |\n"
            "| Steps | `READ_STEPS` | Your weekly step average. |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "health", "collect") in found and (6, "health", "collect") in found


def test_a_table_rows_first_cell_is_a_label_over_the_data_its_other_cells_name():
    text = ("This chart details the categories of Personal Data that we may collect and may have collected from or "
            "about you over the past 12 months. Please note that many of these categories of Personal Data will only "
            "be collected if you choose to provide them to us:\n\n"
            "| **Category of Personal Data** | **Examples of Personal Data We Collect** | **Categories of Third "
            "Parties With Whom We Share this Personal Data:** |\n"
            "| --- | --- | --- |\n| **Social Network Data** | - Email address<br>- User name | - Service Providers |\n")
    found = {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert ("contact.email", "collect") in found
    assert not any(d == "social" for d, _ in found)


def test_a_ccpa_row_answered_not_collected_denies_its_examples_and_category():
    text = ("# Categories of personal information we collect\n\n| Category | Examples | Collected |\n"
            "| --- | --- | --- |\n| Identifiers | Real name, postal address, email address | YES |\n"
            "| Audio information | Images, audio or call recordings | Not collected |\n"
            "| Biometric information | We do not collect this category | — |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "contact.email", "collect") in found
    assert (6, "media.audio", "not_collect") in found and (6, "media.audio", "collect") not in found
    assert (7, "biometric", "not_collect") in found and (7, "biometric", "collect") not in found


def test_institutional_and_author_affiliations_are_occupation():
    assert ("identity.occupation", "collect") in pairs("We collect your name, email address and institutional "
                                                       "affiliation when you donate.")
    assert ("identity.occupation", "collect") in pairs("We collect author names and author affiliations from "
                                                       "submitters.")


def test_information_named_by_identifying_the_user_is_identity():
    # information named by what it does, identifying the user, is identity information (GUIDELINES)
    assert pairs("The app uses this key so it does not have to collect any information that could identify "
                 "you.") == {("identity", "not_collect")}
    assert pairs("The app does not collect any information which could be used to personally identify the user(s) "
                 "of the device.") == {("identity", "not_collect")}
    assert pairs("Federal law requires us to obtain, verify and record information that identifies you.") == {
        ("identity", "collect")}


def test_a_delimiter_row_of_single_hyphens_is_no_table_row():
    # "|- |- |" is the table's delimiter row (one hyphen per cell), not a row of dash cells answering "no"
    text = ("Data processed when you use the app:\n\n| Personal Data | Purpose(s) | Legal basis |\n|- |- |- |\n"
            "| Your email address | To answer your support request | Legitimate interest |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert not any(line == 4 for line, _, _ in found)
    # the row gives its data with its purpose under a header and introduction that say nothing of collecting: `use`
    assert (5, "contact.email", "use") in found


def test_gdpr_rights_to_object_and_to_withdraw_consent_state_no_practice():
    # rights items and sentences under the GDPR name the data only as what the right concerns
    assert pairs("Object to the processing of your personal data;") == set()
    assert pairs("Withdraw your consent to process your personal data (only if consent was asked for a processing "
                 "activity).") == set()
    assert pairs("A copy of the Personal Data undergoing processing can be requested.") == set()
    assert ("contact.email", "collect") in pairs("We collect your email address when you sign up.")


def test_items_of_a_security_measures_introduction_state_no_practice():
    text = ("## How we protect and store Personal Data\n\nWe implement appropriate technical and organisational "
            "measures to ensure a level of security appropriate to the risk, including inter alia as appropriate:\n\n"
            "- pseudonymisation and encryption of Personal Data;\n"
            "- the ability to restore the availability and access to Personal Data in a timely manner in the event of "
            "a physical or technical incident;\n")
    assert not statements_of(text, "markdown", "policy.md")


def test_policy_scope_with_aliases_plural_parts_and_openness_states_no_practice():
    assert pairs('This privacy notice for Langfuse GmbH (doing business as Langfuse) ("we," "us," or "our"), '
                 'describes how and why we might collect, store, use, and/or share ("process") your information when '
                 'you use our services.') == set()
    assert pairs("The sections below describe the ways Code.org collects and uses personal data.") == set()
    assert pairs("We want to be transparent about the personal data we collect, why we collect it, and what we do "
                 "with it.") == set()
    assert pairs("Our goal is to minimize the personal data we collect.") == set()
    assert pairs("If you are a resident of the United States, you are granted specific rights regarding access to "
                 "your personal information.") == set()
    assert ("network.ip", "share") in pairs("We aim to minimize the amount of personal information shared, but we "
                                            "share your IP address with Sentry.")


def test_a_contrasting_verbless_clause_does_not_take_the_denial_before_it():
    text = ("We automatically collect certain information when you visit, use, or navigate the Services. This "
            "information does not reveal your specific identity (like your name or contact information) but may "
            "include device and usage information, such as your IP address, browser and device characteristics, "
            "operating system, device name, country, location, and other technical information.")
    found = pairs(text)
    assert not any(data_type in ("network.ip", "device", "location") and action.startswith("not_")
                   for data_type, action in found)
    assert ("health", "collect") in pairs("We also collect information from outside sources that may include, but "
                                          "is not limited to, your driving record, medical information and credit "
                                          "information.")

def test_a_data_column_headed_by_what_we_store_reads_each_row_as_collected_and_stored():
    # "Data stored by X if a User creates an account | How and when is it collected? | How it is used": the first
    # column lists the data collected and stored, its rows are not sentences with a subject of their own
    text = ("# Student accounts\n\n| Data stored by Example if a User creates an account| How and when is the data "
            "collected?| How this data is used|\n| --- | --- | --- |\n"
            "| Login time, IP address, and other technical data| Automatically collected as the Services are used.| "
            "This data helps us troubleshoot problems.|\n"
            "| Race| Optionally provided by the Student.| Students aged 13 and over may indicate it.|\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "network.ip", "collect") in found and (5, "network.ip", "store") in found
    assert (5, "usage.logs", "collect") in found
    assert (6, "identity.ethnicity", "collect") in found and (6, "identity.ethnicity", "store") in found


def test_a_data_table_row_denying_a_practice_on_its_own_data_keeps_the_denial_beside_the_columns():
    # the columns say the row's data is collected and stored; a cell's own sentence denies collecting it from some
    # users, which is a second statement of the other polarity (data named only in passing is not the row's)
    text = ("# Learner accounts\n\n| Data stored by Example if a User creates an account| How and when is the data "
            "collected?| How this data is used|\n| --- | --- | --- |\n"
            "| Gender| Optionally given by the Learner.| Learners over 16 may give their gender. For younger learners "
            "we do not ask for gender at all.|\n"
            "| Drawings| Collected as a Learner draws.| Learners are told never to upload photos of their passport.|\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "identity.gender", "collect") in found and (5, "identity.gender", "not_collect") in found
    assert not any(line == 6 and action.startswith("not_") for line, _, action in found)


def test_what_this_information_may_include_after_a_contrasted_denial_takes_the_previous_practice():
    # "This information does not reveal your identity but may include X": the denial stops at "but", and the items
    # of "This information … may include" are what the previous sentence collects
    found = pairs("We automatically collect technical information when you visit the Services. This information does "
                  "not reveal your specific identity but may include device and usage information, such as your IP "
                  "address, country, location, and other technical information.")
    assert ("network.ip", "collect") in found and ("location.coarse", "collect") in found
    assert not any(action == "not_share" and data in ("network.ip", "location.coarse", "location")
                   for data, action in found)
    assert ("financial.credit", "collect") in pairs(
        "We also collect information from outside sources that may include, but is not limited to, your driving "
        "record and credit information.")


def test_each_coordinated_recipient_and_named_example_receives_the_data():
    def recipients(text):
        return {(s.data_type, s.action, s.recipient) for s in statements_of(text)}

    assert recipients("We send a hashed version of your email address to Meta and Google.") == {
        ("contact.email", "share", "facebook"), ("contact.email", "share", "google")}
    assert recipients("We may provide your email address to advertising platforms, such as Google and Meta.") == {
        ("contact.email", "share", "third_party"), ("contact.email", "share", "google"),
        ("contact.email", "share", "facebook")}
    assert recipients("Personal data is transferred to Mixpanel, Inc. in the USA.") == {
        ("personal_info", "share", "mixpanel")}


def test_a_coordinated_clause_with_its_own_subject_shares_with_its_own_recipient():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We share your name with Onfido to verify your identity, and we share device information and IP addresses "
        "with Sift to detect fraud.")}
    assert found == {("identity.name", "share", "onfido"), ("device", "share", "sift"), ("network.ip", "share", "sift")}


def test_them_or_these_partners_as_recipient_are_the_parties_of_the_sentence_before():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We work with advertising partners, including Google and Meta. These partners may place cookies on our "
        "website, and we may provide them with a hashed version of your email address.") if s.action == "share"}
    assert found == {("contact.email", "share", "third_party"), ("contact.email", "share", "google"),
                     ("contact.email", "share", "facebook")}


def test_sdk_list_item_with_a_dash_label_names_the_collecting_sdk():
    text = ("# Privacy\n\n## SDKs\n\nThe App includes the following SDKs:\n\n"
            "- Firebase Analytics (Google) – usage statistics and device identifiers.\n"
            "- Adjust – install attribution; collects advertising ID and IP address.\n")
    assert tuples(text, fmt="markdown") == {
        (7, "usage", "collect", "firebase_analytics"), (7, "device.id", "collect", "firebase_analytics"),
        (8, "device.id.ad_id", "collect", "adjust"), (8, "network.ip", "collect", "adjust")}


def test_data_entered_into_another_partys_form_is_collected_by_that_party():
    def actors(text):
        return {(s.data_type, s.action, s.actor) for s in statements_of(text)}

    assert actors("You enter your card details directly into Stripe's payment form.") == {
        ("financial.payment", "collect", "stripe")}
    assert actors("Card details are entered on a payment page hosted by our payment processor, Stripe.") == {
        ("financial.payment", "collect", "stripe")}
    assert actors("You enter your card details in a payment form provided by Adyen.") == {
        ("financial.payment", "collect", "adyen")}
    assert actors("You enter your email address in the form on our website.") == {
        ("contact.email", "collect", "first_party")}


def test_a_relative_subject_stands_for_the_named_parties_before_it():
    def actors(text):
        return {(s.data_type, s.action, s.actor) for s in statements_of(text)}

    # the parser reads "which collects" as a clause of "uses", not of the SDK's name
    assert actors("Our app uses Google Analytics for Firebase, which collects a device identifier and your approximate "
                  "location.") == {("device.id", "collect", "firebase_analytics"),
                                   ("location.coarse", "collect", "firebase_analytics")}
    assert actors("We work with AdMob and AppLovin, which collect your advertising identifier.") == {
        ("device.id.ad_id", "collect", "admob"), ("device.id.ad_id", "collect", "applovin")}


def test_dealers_retailers_laboratories_and_collection_agencies_are_third_parties():
    statements = statements_of("The dealer you select receives your name and your phone number.")
    assert {(s.data_type, s.action, s.recipient) for s in statements} == {
        ("identity.name", "share", "third_party"), ("contact.phone", "share", "third_party")}
    statements = statements_of("By default, the laboratory destroys your saliva sample within 30 days.")
    assert {(s.data_type, s.action, s.actor) for s in statements} == {("biometric", "store", "third_party")}


def test_whole_line_markdown_lines_are_blocks_of_their_own():
    # one paragraph per line: the items after "includes:" and a sentence after a verbless line keep their own lines
    text = ("# Privacy Policy\n\n## What we collect\n"
            "Information we collect from you includes:\nIP address;\nLanguage information;\n"
            "Contact information, such as your email address;\n"
            "## Use\nTo comply with law\nWe use your personal information to respond to requests from authorities.\n")
    found = {(line, data_type) for line, data_type, _, _ in tuples(text, fmt="markdown", name="policy.md")}
    assert {(5, "network.ip"), (7, "contact.email"), (10, "personal_info")} <= found
    assert not {line for line, _ in found} & {4, 9}


def test_deletion_bounded_by_the_purpose_or_a_named_period_is_retention():
    assert pairs("We delete your personal data when it is no longer needed.") == {("personal_info", "store")}
    assert pairs("We erase your Personal Data automatically when they are no longer required for the purposes "
                 "listed above.") == {("personal_info", "store")}
    assert pairs("Once the retention period expires, personal data shall be deleted.") == {("personal_info", "store")}
    # the user's own deletion is no period: a bare deletion promise
    assert pairs("We delete your personal data when you close your account.") == set()


def test_deletion_bounded_by_the_purpose_where_the_parser_hangs_the_clause_elsewhere_is_retention():
    # "as soon as": the clause hangs on "soon"
    assert pairs("We erase your phone number as soon as it is no longer required for the delivery.") == {
        ("contact.phone", "store")}
    # the clause hung deep inside a coordinated "keep it in a form that …"
    assert pairs("We delete your personal data or keep it in a form that does not allow you to be identified when "
                 "it is no longer necessary.") == {("personal_info", "store")}
    # a deletion with its period taken as a measure is still the period
    assert pairs("We take reasonable steps to delete your personal data when it is no longer needed.") == {
        ("personal_info", "store")}
    # the user's own deletion stays no period
    assert pairs("We erase your phone number as soon as you close your account.") == set()


def test_handle_is_a_verb_of_use():
    assert pairs("We may handle your Personal Data when necessary to comply with applicable law.") == {
        ("personal_info", "use")}
    assert pairs("Your personal information will be handled and processed only by persons who are responsible for "
                 "the research.") == {("personal_info", "use")}


def test_how_clause_under_another_verb_is_a_description():
    # the parser hangs "how" on the subject of the clause, not on its verb
    assert pairs("If we change this policy in a way that materially affects how Viewing Information or voice "
                 "recordings are used, we will display a notice.") == set()


def test_processing_donations_named_as_a_purpose_uses_the_transactions():
    text = ("# Policy\n\nWe use your personal information as follows:\n\n"
            "* To process donations or workshop administration fees for our programs\n\n"
            "The information you provide will be used to process your donation.\n")
    found = {(line, data_type, action) for line, data_type, action, _ in tuples(text, fmt="markdown", name="p.md")}
    assert {(5, "financial.transactions", "use"), (7, "financial.transactions", "use")} <= found
    assert pairs("We process and fulfill your orders.") == set()


def test_general_wordings_of_network_location_device_id_and_education_records():
    assert pairs("By default, we collect your network's Autonomous System Number (ASN) and country code.") == {
        ("device.network", "collect"), ("location.coarse", "collect")}
    # sent with no recipient named, to the service (en-r15-microsoft-edge-privacy-whitepaper 45: collect)
    assert pairs("On Windows devices, diagnostic data is sent with an identifier unique to your device.") >= {
        ("device.id", "collect")}
    assert pairs("Student Records provided by a school are retained as directed by the school.") == {
        ("identity.education", "store")}


def test_a_practice_only_classified_or_referred_elsewhere_is_no_practice():
    assert pairs("Plaid's use of your information is governed by the Plaid End User Privacy Policy.") == set()
    assert pairs("Our collection, use, and disclosure of student data is governed by this privacy policy.") == set()
    assert pairs("The payment processor's use of your personal information is subject to their privacy notice.") == set()
    assert pairs('This is not considered to be "selling" of your personal information.') == set()
    assert pairs('Under the CCPA, providing hashed email addresses to advertising platforms may be considered "sharing" '
                 'of personal information for cross-context behavioral advertising.') == {("contact.email", "share")}
    assert pairs('Sharing precise location with data partners may be a "sale" of personal information under '
                 'California law.') == {("location.precise", "share")}
    assert pairs('Some of these disclosures may constitute a "sale" or "sharing" of personal information under '
                 'California law, as explained below.') == set()
    assert pairs("We share your personal information with advertising partners.") == {("personal_info", "share")}


def test_an_unlawful_practice_guarded_against_is_no_denial():
    assert pairs("CodeCombat takes appropriate security measures to prevent unauthorized access, disclosure, "
                 "modification, or unauthorized destruction of your personal information.") == set()
    assert pairs("We put in place safeguards designed to prevent unauthorized disclosure of your information.") == set()
    assert pairs("We prevent the disclosure of your location to advertisers.") == {("location", "not_share")}


def test_a_user_finding_out_what_a_child_provided_is_a_hypothetical():
    assert pairs("If you become aware that a child has provided us with personal information, please contact us.") == set()
    assert pairs("If you are a parent or guardian and believe your child has provided us with personal information, "
                 "please contact us.") == set()


def test_a_practice_named_after_legal_bases_is_a_topic_unless_the_basis_is_stated():
    assert pairs("If you are visiting this site from the EU, see our Notice below for our legal bases for processing "
                 "and transfer of your data.") == set()
    assert pairs("The UK GDPR and the EU GDPR require a legal basis for every use of personal data.") == set()
    assert pairs("We rely on the following legal bases for processing your personal data.") == set()
    assert pairs("The legal basis for the processing of your access data and health data is your consent.") == {
        ("health", "use"), ("usage.logs", "use")}


def test_rights_and_their_items_state_no_practice_but_our_own_clause_in_an_item_does():
    assert pairs("EU users may exercise certain rights regarding their personal data processed by CodeCombat.") == set()
    assert pairs("If you have questions about the personal information we hold, please contact us.") == set()
    assert pairs("We collect information about the websites you visit.") == {("usage.history", "collect")}
    text = ("EU users have the right to do the following:\n"
            "- Access their personal data.\n"
            "- Receive their personal data and have data transferred to another controller.\n")
    assert tuples(text) == set()
    text = ("If you are located in the EEA, you have certain rights in relation to your Personal Information:\n"
            "- Deletion: You may also request the deletion of your Personal Information. In some situations, we may "
            "need to retain your Personal Information for legal reasons.\n")
    assert {(t[1], t[2]) for t in tuples(text)} == {("personal_info", "store")}


def test_a_users_questions_or_wish_for_information_is_no_practice():
    assert pairs("Please contact us if you want further information on the specific mechanism used by us when "
                 "transferring your personal information out of the EEA.") == set()
    assert pairs("If you have questions about or need further information concerning the legal basis on which we "
                 "collect and use your Personal Information, please contact us.") == set()
    assert pairs("If you have questions, we use your email address to reply.") == {("contact.email", "use")}


def test_a_retention_period_kept_at_a_processors_tool_is_stored_by_the_processor():
    md = ("## How long we keep data\n\n- Error reports: 30 days in Sentry.\n- Analytics events: 12 months at "
          "Amplitude.\n- Support tickets: 24 months in our systems.\n")
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(md, name="policy.md")}
    assert {(3, "usage.logs", "store", "sentry"), (4, "usage", "store", "amplitude"),
            (5, "communication.messages", "store", "first_party")} <= found
    assert not {(line, actor) for line, _, _, actor in found if line in (3, 4) and actor == "first_party"}
    kept = statements_of("Messages to customer support are kept in Zendesk for 24 months after the ticket is closed.")
    assert [(s.data_type, s.action, s.actor) for s in kept] == [("communication.messages", "store", "zendesk")]
    ours = statements_of("We store your messages in our database for 30 days.")
    assert [(s.action, s.actor) for s in ours] == [("store", "first_party")]


def test_an_item_labelled_with_an_sdk_where_we_collect_is_a_collection_by_both():
    md = ("## Crash reporting\n\n* [Sentry](https://sentry.io/). If you opt in to sharing crash reports with us, we "
          "will collect sanitized technical data, including device identifier information.\n"
          "* **Contact form**: we collect your email address.\n")
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(md, name="policy.md")}
    assert {(3, "device.id", "collect", "first_party"), (3, "device.id", "collect", "sentry")} <= found
    assert {actor for line, _, _, actor in found if line == 4} == {"first_party"}


def test_a_person_who_can_read_the_data_is_shown_it():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "Your therapist can read your intake answers and your messages, but never sees your payment details.")}
    assert {("communication.messages", "share", "third_party"), ("health", "share", "third_party"),
            ("financial.payment", "not_share", "third_party")} <= found
    assert statements_of("You can read our blog.") == []


def test_what_a_practice_depends_on_is_no_data_also_as_a_wh_clause():
    assert pairs("We process your personal information for a variety of reasons, depending on how you interact with "
                 "our Services, including:") == {("personal_info", "use")}


def test_data_minimisation_for_the_service_as_a_whole_is_no_collection():
    assert pairs("We collect the minimum amount of personal data necessary to provide our services, unless you chose to "
                 "provide more voluntarily;") == set()
    assert pairs("Our policy is to maximize user privacy by collecting only the minimum amount of personal information "
                 "required to provide quality Services to our users.") == set()
    assert pairs("If you participate in one of our contests, we will collect the minimum amount of personal information "
                 "necessary to administer the activity.") == {("personal_info", "collect")}
    assert pairs("To activate the wallet, we collect the minimum amount of personal information required by law.") == {
        ("personal_info", "collect")}


def test_a_policy_that_governs_what_data_we_hold_describes_the_document():
    assert pairs("Our privacy policy governs what personal information of yours we hold, why we hold it and how we use "
                 "it.") == set()


def test_run_in_label_with_its_own_clause_keeps_the_item_data():
    text = ("We may collect the following information based on how you engage with our site:\n\n"
            "- **Donors** – name and email address.\n"
            "- **Participants in public events we may host** – contact information for those who sign up for "
            "webinars.\n")
    found = {(line, data_type, action) for line, data_type, action, _ in tuples(text, fmt="markdown")}
    assert (4, "contact", "collect") in found


def test_item_described_by_the_user_clause_keeps_the_denial_of_its_introduction():
    text = ("The following is stored on your device only and is **never** sent to us:\n\n"
            "- The display name you last entered\n"
            "- A random device identifier\n")
    found = {(line, data_type, action) for line, data_type, action, _ in tuples(text, fmt="markdown")}
    assert (3, "account.profile", "not_collect") in found
    assert (3, "account.profile", "collect") not in found
    assert pairs("We collect the display name you entered.") == {("account.profile", "collect")}


def test_definition_whose_clause_is_data_a_named_party_collects_states_the_practice():
    found = pairs("Usage data is defined as information collected automatically through CodeCombat, which can "
                  "include: the IP addresses of your computer and the pages visited.")
    assert ("network.ip", "collect") in found and ("usage.history", "collect") in found
    # a definition naming no party states no practice (GUIDELINES)
    assert pairs("\"Usage Data\" refers to data collected automatically about your usage of an App, such as the "
                 "pages visited.") == set()
    assert pairs("Usage data is defined as information collected automatically through the App, which can "
                 "include the pages visited.") == set()


def test_score_is_usage_only_in_a_game_or_learning_context():
    assert ("usage", "share") in pairs("Leaderboards and club pages show your username, avatar and score to other "
                                       "players.")
    assert pairs("Your display name, score and lost-tally are retained so the leaderboard can be shown.") >= {
        ("usage", "store")}
    assert pairs("We compute a risk score for each transaction.") == set()
    assert pairs("We may receive your credit score and fraud risk scores.") == {("financial.credit", "collect")}


def test_each_party_of_a_coordinated_receiving_subject_is_a_recipient():
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "Neither AppsFlyer nor Firebase receives your precise location.")}
    assert found == {("location.precise", "not_share", "first_party", "appsflyer"),
                     ("location.precise", "not_share", "first_party", "firebase")}
    found = {(s.actor, s.recipient) for s in statements_of(
        "To deliver them we use the Apple Push Notification service and Firebase Cloud Messaging, which receive a push "
        "token for the device.")}
    assert found == {("first_party", "apple"), ("first_party", "fcm")}
    found = {(s.actor, s.recipient) for s in statements_of(
        "We use service providers, including maps (Google Maps Platform, which receives your location) and payment "
        "processing (Braintree).")}
    assert ("braintree", "google_maps") not in found and ("first_party", "google_maps") in found


def test_every_name_of_a_list_before_which_or_whose_is_the_party():
    # the parser hangs "Google Analytics" on "Crashlytics" instead of coordinating the names
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "We use Google Analytics and Firebase Crashlytics, whose SDKs collect your IP address.")}
    assert found == {("network.ip", "collect", "google_analytics"), ("network.ip", "collect", "crashlytics")}
    found = {(s.actor, s.recipient) for s in statements_of(
        "We use Sentry and Firebase Crashlytics, which receive your IP address.")}
    # (the IP address of the device's own request reaches each of them straight from it: their collection)
    assert found == {("sentry", None), ("crashlytics", None)}


def test_an_uncatalogued_name_heading_a_list_of_recipients_is_a_third_party():
    found = {(s.action, s.recipient) for s in statements_of("We share your email address with Brevo and Zendesk.")}
    assert found == {("share", "third_party"), ("share", "zendesk")}


def test_data_stored_on_a_hosts_servers_is_also_shared_with_the_host():
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    assert found("Account data is stored in the United States on Google Cloud Platform and Amazon AWS servers.") == {
        ("account", "store", "first_party", None), ("account", "share", "first_party", "google"),
        ("account", "share", "first_party", "amazon")}
    assert ("personal_info", "share", "first_party", "amazon") in found(
        "Personal data of customers in the EU is stored in the Frankfurt region of AWS.")
    assert ("usage", "share", "first_party", "hetzner") in found(
        "Telemetry data is stored on servers operated by Hetzner.")
    assert found("We store your information on AWS servers.") == {
        ("personal_info", "store", "first_party", None), ("personal_info", "share", "first_party", "amazon")}
    # our own servers, or a place that names no host, entrust nothing
    assert found("We store your data on our servers in Germany.") == {("personal_info", "store", "first_party", None)}
    assert found("Your data is stored on servers in the European Union.") == {
        ("personal_info", "store", "first_party", None)}


def test_a_party_using_a_tool_to_help_analyze_is_the_party_that_collects():
    # "help" with no object of its own: the subject of "uses" analyzes, not the tool "cookies" nor us
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Google Analytics uses cookies to help analyze how individuals use websites they visit.")}
    assert found == {("usage.cookies", "use", "google_analytics"), ("usage", "collect", "google_analytics")}
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "We use cookies to help analyze how individuals use our website.")}
    assert found == {("usage.cookies", "use", "first_party"), ("usage", "collect", "first_party")}


def test_a_tool_named_by_an_english_word_is_the_party_that_collects():
    # an uncatalogued tool is a third party, also named by a word the tagger reads as a common word ("Useful")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "We use Fathom to collect information about how you use the service.")}
    assert found == {("usage", "collect", "third_party")}
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We use Useful to process personal information on our behalf.")}
    assert found == {("personal_info", "share", "third_party")}  # a processor (GUIDELINES: processors)
    # a defined term or a data term stays ours
    assert {s.actor for s in statements_of("We use Cookies to collect information about how you use the site.")} == {
        "first_party"}


def test_a_name_the_policy_says_it_uses_is_not_its_own_name():
    text = ("# Privacy notice\n\nWe use Fathom to collect information about how you use the service. Fathom "
            "is a web analytics tool. Fathom does not set cookies. Fathom keeps no personal data. Fathom "
            "is hosted in the EU.\n")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md") if s.line == 3}
    assert ("usage", "collect", "third_party") in found and ("usage", "collect", "first_party") not in found


def test_an_introduction_whose_subject_points_back_to_named_tools_gives_them_its_items():
    def found(text):
        return {(s.line, s.data_type, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    assert found("## Crash reports\n\nWe use Sentry and Datadog to find bugs. These services collect the following "
                 "information:\n\n- your IP address\n") == {(5, "network.ip", "sentry"), (5, "network.ip", "datadog")}
    assert found("## Crash reports\n\nWe use Crashlytics for crash reporting purposes only. This service may collect "
                 "certain information automatically, including:\n\n- your IP address\n") == {
        (5, "network.ip", "crashlytics")}
    # "this" with a noun our own service goes by, or with no party named before, stays ours
    assert {actor for _, _, actor in found("## Data\n\nWe use Crashlytics for crash reports. This platform collects "
                                           "the following information:\n\n- your IP address\n")} == {"first_party"}
    assert {actor for _, _, actor in found("## Data\n\nThanks for signing up. This service collects the following "
                                           "information:\n\n- your IP address\n")} == {"first_party"}


def test_collecting_through_a_named_tool_is_a_collection_by_us_and_the_tool():
    def found(text):
        return {(s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert found("We collect usage data through Google Analytics.") == {
        ("usage", "collect", "first_party"), ("usage", "collect", "google_analytics")}
    assert found("We collect your IP address via Sentry.") == {
        ("network.ip", "collect", "first_party"), ("network.ip", "collect", "sentry")}
    assert found("We collect information through Plausible to see how you use the service.") == {
        ("usage", "collect", "first_party"), ("usage", "collect", "plausible")}
    # a source or a channel is no tool
    assert found("We collect information about you through third parties.") == {("personal_info", "collect", "first_party")}
    assert found("Information collected through cookies, SDKs and pixels is described in Section 4.") <= {
        ("usage.cookies", "collect", "first_party"), ("usage.cookies", "use", "first_party")}


def test_a_retention_item_naming_a_processor_does_not_carry_it_to_the_next_items():
    text = ("We keep your data for these periods:\n\n- Website usage data in Google Analytics: 14 months.\n"
            "- Account data: until you delete your account.\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (3, "usage", "store", "google_analytics") in found
    assert {actor for line, _, _, actor in found if line == 4} == {"first_party"}


def test_a_clause_saying_what_the_data_was_used_for_leaves_it_to_the_main_predicate():
    for text in ("The email address that was used to upload each submission is viewable by registered arXiv users.",
                 "Users with registered arXiv accounts can view the email address that was used to upload each "
                 "submission."):
        found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
        assert found == {("contact.email", "share", "first_party", "third_party")}
    assert ("contact.email", "use") in pairs("We use the email address that you provide to send you receipts.")


def test_a_demonstrative_party_subject_points_back_to_the_parties_named_before_it():
    found = {(s.data_type, s.actor) for s in statements_of(
        "We also use Google Analytics, a web analytics service provided by Google Inc., and comScore to measure "
        "traffic on the Site. These services use cookies to collect information about your visits.")}
    assert {actor for _, actor in found} == {"google_analytics", "comscore"}
    found = {(s.actor, s.recipient) for s in statements_of(
        "We work with advertising partners, including Google and Meta, to show you ads. These partners receive your "
        "email address in hashed form.")}
    assert found == {("first_party", "third_party"), ("first_party", "google"), ("first_party", "facebook")}


def test_a_demonstrative_party_subject_points_back_to_an_uncatalogued_party_as_a_third_party():
    found = {(s.data_type, s.actor) for s in statements_of(
        "We do not track you, aside from access logs held by Hostwell and AWS as part of hosting this service. "
        "These services log typical web server access information, including source IP address.")
        if s.data_type == "network.ip"}
    assert found == {("network.ip", "amazon"), ("network.ip", "third_party")}


def test_a_demonstrative_party_subject_reaches_past_a_sentence_naming_no_party():
    found = {(s.data_type, s.actor) for s in statements_of(
        "We use Sentry and Datadog to monitor errors in the app. We chose them because they are reliable. These "
        "services receive your IP address.")}
    assert found == {("network.ip", "sentry"), ("network.ip", "datadog")}


def test_a_hyphenated_third_party_phrase_names_a_third_party():
    found = {(s.data_type, s.actor) for s in statements_of(
        "Acme uses third-party tools on its websites to support marketing. These tools may collect the pages you "
        "visit.")}
    assert found == {("usage.history", "third_party")}


def test_a_party_named_after_an_item_label_before_its_data_in_parentheses_is_the_recipient():
    text = ("<p>We disclose personal data to the following categories of recipients:</p>\n<ul>\n"
            "<li>Payment processing: Stripe Payments Europe, Ltd., Dublin, Ireland (billing name, email address and "
            "payment details);</li>\n"
            "<li>Customer support: Intercom R&amp;D Unlimited Company, Dublin, Ireland (name, email address);</li>\n"
            "</ul>\n")
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(text, "html", "policy.html")}
    assert {("financial.payment", "share", "stripe"), ("contact.email", "share", "stripe"),
            ("identity.name", "share", "intercom")} <= found
    assert not any(action == "use" for _, action, _ in found)


def test_a_company_known_by_its_legal_form_after_an_item_label_is_the_party_of_the_item():
    text = ("## Information we collect\n\nWe collect the following data through our service providers:\n\n"
            "- Newsletter: Sendinblue SAS (email address, first name)\n"
            "- Applicant management: Personio GmbH (CV)\n")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    assert {("contact.email", "collect", "third_party"), ("identity.name", "collect", "third_party")} <= found
    assert not any(actor == "first_party" for _, _, actor in found)


def test_a_retention_item_keeps_its_data_whatever_practice_introduces_it():
    text = ("## Information we collect\n\nWe collect telemetry and crash reports. Retention periods:\n\n"
            "- Telemetry: 13 months\n- Crash reports: 90 days in Sentry\n")
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    assert {(5, "usage", "store", "first_party"), (6, "usage.logs", "store", "sentry")} <= found
    assert not any(line > 3 and action == "collect" for line, _, action, _ in found)


def test_a_party_that_gives_the_user_an_identifier_in_the_passive_holds_it():
    assert tuples("Devices are given a push token by Firebase.") == {(1, "device.id", "collect", "firebase")}
    # a service provided by partners is no data
    assert not any(actor == "third_party" for _, _, _, actor in tuples(
        "Purchases of crypto are provided by independent partners, not by us."))


def test_data_sent_to_and_stored_on_a_hosts_servers_is_shared_with_that_host():
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "Trip locations are sent to and stored on AWS servers in the United States.")}
    assert found == {("location", "share", "first_party", "amazon"), ("location", "store", "first_party", None)}
    found = {(s.action, s.recipient) for s in statements_of("Your data is sent to and stored on our servers.")}
    assert ("share", "third_party") not in found and ("store", None) in found


def test_a_subject_named_across_a_prepositional_phrase_is_that_whole_name():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "Google Analytics for Firebase receives the screens you visit.")}
    assert found == {("usage.history", "share", "firebase_analytics")}


def test_a_table_party_named_as_company_and_its_product_in_parentheses_is_the_product():
    text = ("## Service providers\n\n| Provider | Purpose | Data |\n|---|---|---|\n"
            "| Google LLC (Google Maps Platform) | Maps | Your precise location |\n"
            "| Google (Google Analytics and the Google tag) | Analytics | Pages visited |\n")
    found = {(s.data_type, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {("location.precise", "google_maps"), ("usage.history", "google")}


def test_data_sent_through_a_named_party_is_shared_with_it():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "The video and audio of live interviews are transmitted through Twilio Video.")}
    assert found == {("media", "share", "twilio")}
    # an unnamed party or our own service carries nothing off: the user's giving stays our collection
    assert pairs("Please provide your phone number through the partner services.") == {("contact.phone", "collect")}


def test_a_transfer_abroad_naming_no_recipient_is_processing_not_a_disclosure():
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    assert found("We may transfer your Personal Information to countries other than the country where you are "
                 "located, including to the U.S.") == {("personal_info", "use", "first_party", None)}
    assert found("This may entail a transfer of your personal information across international borders.") == {
        ("personal_info", "use", "first_party", None)}
    # a recipient, or a business transaction that hands the data to a buyer, keeps the disclosure
    assert found("We may transfer your data to our service providers.") == {
        ("personal_info", "share", "first_party", "third_party")}
    assert found("If we are involved in a merger, your personal information may be transferred.") == {
        ("personal_info", "share", "first_party", "third_party")}


def test_a_table_headed_data_processor_lists_the_parties_we_share_with():
    text = ("| Data Processor | User types | Data | Purpose |\n|---|---|---|---|\n"
            "| Stripe | Home users | Email address | To complete purchases |\n")
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {("contact.email", "share", "first_party", "stripe")}


def test_a_cookie_table_row_is_the_use_of_the_party_whose_cookie_it_is():
    text = ("| Cookie | Description | Duration |\n|---|---|---|\n"
            "| Stripe | Detects fraudulent payments. | 1 year |\n"
            "| _ga | This cookie is used by Google Analytics. | 2 years |\n"
            "| session | Keeps you signed in. | End of session |\n")
    found = {(s.line, s.actor) for s in statements_of(text, "markdown", "policy.md")
             if s.data_type == "usage.cookies" and s.action == "use"}
    assert found == {(3, "stripe"), (4, "google_analytics"), (5, "first_party")}


def test_a_cookie_row_of_another_party_is_that_partys_cookie():
    text = ("We use the following cookies:\n\n"
            "| Cookie | Type | Duration | Purpose | Notice |\n|---|---|---|---|---|\n"
            "| Hostwell | Strictly necessary | 30 minutes | Identify and block bots. | Hostwell Cookies |\n"
            "| Fathom | Analytics | 1 year | To monitor and analyze how you use the Service. | Fathom Privacy Policy |\n"
            "| Youtube | Strictly necessary | End of Session | To display embedded videos. | Google Cookie Policy |\n"
            "| utma | Google Analytics. Gathers information about visits. | 2 years | | |\n"
            "| session | Analytics cookies | End of Session | Keeps you signed in. | Our Cookie Policy |\n")
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    assert {(line, actor) for line, data_type, action, actor in found if data_type == "usage.cookies" and line > 1} == {
        (5, "third_party"), (6, "third_party"), (7, "google"), (8, "google_analytics"), (9, "first_party")}
    assert (6, "usage", "collect", "third_party") in found and (6, "usage", "collect", "first_party") not in found
    text = ("| Cookie | Provider | Purpose |\n|---|---|---|\n| nf_ab | Hostwell | Bot protection. |\n"
            "| acme_session | Acme | Keeps you signed in. |\n")
    found = {(s.line, s.actor) for s in statements_of(text, "markdown", "acme-privacy.md")
             if s.data_type == "usage.cookies"}
    assert (3, "third_party") in found


def test_a_party_category_with_a_named_party_in_apposition_is_that_party():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We send the selfie to our verification provider, Veriff, which compares it with your photos.")}
    assert ("biometric.face", "share", "veriff") in found and not any(r == "third_party" for _, _, r in found)
    # examples of a category keep the category itself
    found = {s.recipient for s in statements_of("We share your email address with our partners, such as Google and Meta.")}
    assert found == {"third_party", "google", "facebook"}


def test_names_beside_or_after_a_category_of_recipients_are_each_a_recipient():
    found = {s.recipient for s in statements_of(
        "We may transfer your personal data to our payment processors Stripe and PayPal.")}
    assert found == {"stripe", "paypal"}
    found = {s.recipient for s in statements_of(
        "Your data may be shared with the following third parties: Google, Facebook and Twitter.")}
    assert found == {"third_party", "google", "facebook", "twitter"}


def test_a_party_that_is_given_data_in_the_passive_receives_it():
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "To deliver notifications we use Firebase Cloud Messaging, which is given a push token for your device.")}
    assert found == {("device.id", "share", "first_party", "fcm")}
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "Advertisers are never given your name or email address.")}
    assert found == {("identity.name", "not_share", "third_party"), ("contact.email", "not_share", "third_party")}


def test_a_unique_identifier_of_the_user_is_a_user_id():
    assert pairs("We do not collect the IP address or a unique identifier of the user.") == {
        ("network.ip", "not_collect"), ("account.credentials", "not_collect")}
    assert pairs("We collect a unique identifier for your device.") == {("device.id", "collect")}


def test_a_clause_on_what_the_user_or_a_browser_does_takes_no_section_practice():
    heading = "## Information we collect\n\n"
    assert pairs(heading + "You can always see what information we have in your user account.\n", "markdown") == set()
    assert pairs(heading + "Most browsers include an option to clear existing cookies or reject new ones.\n",
                 "markdown") == set()
    assert pairs(heading + "Learn more about Firefox Account data practices.\n", "markdown") == set()
    # a verbless item and the app's own doings keep the section's practice
    assert pairs(heading + "Your phone number and your email address.\n", "markdown") == {
        ("contact.phone", "collect"), ("contact.email", "collect")}
    assert pairs(heading + "The app notes which screens you open and the model of your phone.\n", "markdown") >= {
        ("device.hardware", "collect")}


def test_a_question_opening_on_a_preposition_and_a_pointer_state_no_practice():
    assert pairs("In what situations and with which parties do we share personal information?") == set()
    assert pairs("- **In what situations and with which parties do we share personal information?** We may share "
                 "information in specific situations. Learn more about [when and with whom we share your personal "
                 "information](#whoshare).", "markdown") == set()
    assert pairs("We share your personal information with our payment processor.") == {("personal_info", "share")}


def test_a_teachers_school_is_the_employer():
    assert pairs("When registering a free teacher account, we ask for your name and school name.") == {
        ("identity.name", "collect"), ("identity.occupation", "collect")}
    assert pairs("When registering a student account, we ask for your name and school name.") == {
        ("identity.name", "collect"), ("identity.education", "collect")}


def test_what_the_user_gives_in_an_item_labelled_with_a_party_goes_to_that_party():
    text = ("Our Games include the SDKs listed below.\n\n"
            "- **Helpshift** (Helpshift Inc., player support): the messages you send to support, your email address if "
            "you give it, any screenshots you attach, the installation ID and your device model.\n")
    found = {(s.data_type, s.actor) for s in statements_of(text, "markdown", "policy.md") if s.line == 3}
    assert {("media.photos", "helpshift"), ("device.hardware", "helpshift")} <= found
    assert not any(actor == "first_party" for _, actor in found)


def test_showing_a_viewer_the_data_as_an_indirect_object_is_sharing():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "If you add a parent or another person as a proxy, we show that person your grades and account balance.")}
    assert found == {("identity.education", "share", "third_party"), ("financial", "share", "third_party")}
    assert ("identity.education", "share") in pairs("We show parents their child's grades.")
    assert pairs("We show you your grades.") == set()


def test_step_counts_in_a_data_list_are_health_data():
    assert ("health", "collect") in pairs("We collect your name, email address and steps.")


def test_cookies_that_do_the_denied_practice_are_not_denied_themselves():
    # what the tracking technology leaves out is denied, not the technology
    assert pairs("These cookies do not collect personally identifiable information.") == {
        ("personal_info", "not_collect")}
    assert pairs("The analytics provider does not receive personally identifiable information through these "
                 "cookies.") == {("personal_info", "not_share")}
    assert pairs("We do not collect cookies or device identifiers.") == {
        ("usage.cookies", "not_collect"), ("device.id", "not_collect")}
    assert ("usage.cookies", "use") in pairs("These cookies collect information about how you use our website.")


def test_access_by_our_own_staff_is_our_use_unless_only_guarded():
    # the service's own team having or needing access to the data uses it (GUIDELINES: the service's own team …
    # their access or review a `use`); access only logged or restricted is a security measure, no practice; a denial
    # stays
    assert pairs("Team members have access to user information only on a need-to-know basis.") == {
        ("personal_info", "use")}
    assert pairs("Employee access to genetic data is logged and reviewed.") == set()
    assert pairs("Only staff who need access to player data to do their jobs can see it.") == {
        ("personal_info", "use")}
    assert pairs("Our staff do not have access to your messages.") == {("communication.messages", "not_collect")}
    # partners are outside parties: given the data by us (GUIDELINES: a party said to have access to the data)
    assert pairs("Our partners have access to your email address.") == {("contact.email", "share")}


def test_the_privacy_of_data_we_collect_is_what_a_safeguard_protects():
    assert pairs("To help protect the privacy of data and personal information we collect and hold, we maintain "
                 "physical, technical and administrative safeguards.") == set()


def test_data_read_as_the_subject_of_the_clause_after_a_safeguard_is_what_it_protects():
    # the parser makes the object of "protect"/"encrypt" the subject of the gerund or infinitive after it
    assert pairs("For example, we protect your data using varying levels of encryption.") == set()
    assert pairs("We host our services on Microsoft Azure Cloud, which encrypts your data to prevent it being accessed "
                 "by unauthorised people.") == set()
    # data needed for a purpose is used
    assert pairs("We need your personal data to provide our services.") == {("personal_info", "use")}


def test_what_a_security_measure_is_for_states_no_practice():
    assert pairs("This includes procedures to ensure that your Personal Information is only processed for the purposes "
                 "for which it has been collected.") == set()
    assert pairs("These measures ensure your personal information receives the same level of protection as required "
                 "under applicable data-protection laws.") == set()
    assert pairs("We implement a variety of security measures to maintain the safety of your personal information when "
                 "you enter, submit, or access your personal information.") == set()
    assert pairs("We maintain appropriate safeguards as required by applicable law for any personal information "
                 "transferred internationally.") == set()
    assert ("personal_info", "use") not in pairs(
        "Once we have received your information, we will use strict procedures and security features to try to "
        "prevent your personal data from being accidentally lost, used or accessed in an unauthorised way.")
    # a clause coordinated with the one taking the measure keeps its practice
    assert pairs("We implement security measures and share your data with our partners.") == {("personal_info", "share")}


def test_a_clause_describing_a_legal_basis_states_no_practice():
    assert pairs("Please refer to Glossary: Lawful basis to find out more about the types of lawful basis that we will "
                 "rely on to process your personal data.") == set()
    assert pairs("The legal basis under which we process your personal information depends on the context.") == set()
    assert pairs("We process personal data on the basis of our contract with you.") == {("personal_info", "use")}


def test_data_as_the_topic_of_our_practices_or_actions_is_not_handled():
    assert pairs("Please read the following carefully to understand our practices regarding your personal data.") == set()
    assert pairs("You acknowledge you have been informed of and consent to our practices with regard to your personal "
                 "information and data.") == set()
    assert pairs("To avoid taking action regarding your Personal Data at the direction of someone other than you, we "
                 "may ask you for information verifying your identity.") == set()
    assert pairs("We will contact you if there is a security issue concerning your data.") == set()
    assert pairs("We may take action regarding suspected fraud and disclose your personal information to the "
                 "police.") == {("personal_info", "share")}


def test_consent_that_can_be_revoked_is_a_right_not_a_practice():
    assert pairs("Consent to the storage of personal data that the person has given us for the newsletter dispatch can "
                 "be revoked at any time.") == set()
    assert ("contact.email", "collect") in pairs("We collect your email address based on your consent, which can be "
                                                 "withdrawn at any time.")


def test_who_may_access_the_data_under_a_restriction_is_an_access_control():
    assert pairs("We restrict who at Element (employees and contractors) can access user data to roles which require "
                 "access in order to maintain the health of the Service;") == set()


def test_data_others_keep_secure_is_safeguarded_not_shared():
    assert pairs("We also make sure that any third parties that we deal with have an obligation to keep all personal "
                 "data they process on our behalf secure.") == set()
    assert ("personal_info", "store") not in pairs("Essential cookies keep your information secure while you use "
                                                   "Notify.")
    # a relative clause naming the parties a safekeeping duty binds states no practice of theirs
    assert pairs("All third parties that process personal data for GDS are required to keep that data secure.") == set()
    assert pairs("Processors who receive your personal data are bound to protect it.") == set()
    assert pairs("Processors that receive your personal data are required to delete it.") == {("personal_info", "share")}


def test_what_parties_do_in_general_is_background_not_a_practice():
    assert pairs("Creepily, some DNS providers sell data about your Internet activity or use it to target you with "
                 "ads.") == set()
    assert pairs("Most browsers are initially set to allow cookies, but also offer the option to restrict cookies or "
                 "warn You of their use.") == set()
    assert pairs("While the details vary from browser to browser, most modern browsers can be set up to accept, "
                 "reject, or request user intervention when a site asks to set a cookie.") == set()
    # a statement of ours joined to the background keeps its practice
    assert ("usage.history", "not_collect") in pairs(
        "Most websites and apps now encrypt their traffic, and we do not receive the addresses of the pages you view "
        "on encrypted sites.")


def test_what_a_law_does_is_no_practice_unless_it_binds_us():
    assert pairs("The CCPA applies to other personal information, such as information about visitors to our website "
                 "who do not apply for a Plan and the hashed email addresses we use for advertising.") == set()
    assert pairs("When it comes to the collection of personal information from children under 13, the Children's "
                 "Online Privacy Protection Act (COPPA) puts parents in control.") == set()
    assert pairs("The Office of Management and Budget Memorandum M-10-22, Guidance for Online Use of Web Measurement "
                 "and Customization Technologies, allows Federal entities to use both session and persistent cookies "
                 "to improve the delivery of services.") == set()
    assert pairs("The law permits us to disclose personal information about you to persons that perform services for "
                 "us.") == {("personal_info", "share")}
    assert ("personal_info", "share") in pairs("Authorities, courts and law enforcement agencies receive personal "
                                               "data when we are legally obliged to disclose personal data to them.")


def test_provided_that_is_a_condition_not_a_practice():
    assert pairs("We will seek to comply with such requests, provided that we have sufficient information to identify "
                 "the Personal Information or Potentially Personal Information related to you.") == set()
    assert pairs("You provided your email address to us.") == {("contact.email", "collect")}


def test_processing_payments_as_a_purpose_uses_the_transaction_records():
    assert ("financial.transactions", "use") in pairs("We use your personal information to process payments and send "
                                                      "you statements.")
    assert ("financial.transactions", "use") in pairs("We use this information for payment processing purposes.")
    # the function of a processor is no purpose of the service's own
    for text in ("We use MailChimp to send our email campaigns, Square to process payments, and Zendesk for support.",
                 "Companies that host our systems, process payments and deliver emails handle personal data on our "
                 "behalf.",
                 "Your payment card details are sent directly to Stripe, Inc., which process your payment."):
        assert not any(data_type == "financial.transactions" for data_type, _ in pairs(text)), text


def test_the_version_of_a_named_app_or_system_is_device_data():
    text = ("# Privacy\n\nThe developers do not have access to your information, except when you\n\n"
            "- actively share debugging information (via email using the 'Crash Report' function):\n  - device type\n"
            "  - Android version\n  - Gotify version\n")
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert {(7, "device.hardware"), (8, "device.hardware")} <= found
    # an edition of the service, or a minimum version the app needs, is no device data
    assert pairs("Please note that this feature is only available if iOS version 13.5 or higher is installed on your "
                 "iPhone.") == set()
    assert not any(data_type == "device.hardware" for data_type, _ in pairs(
        "We collect your email address:\n\n- the free version\n", "markdown"))


def test_characters_typed_into_a_search_or_address_bar_are_search_history():
    assert ("usage.history", "share") in pairs("To speed up browsing and searching, characters you type into the "
                                               "address bar are sent to your default search provider.")
    assert ("usage.history", "store") in pairs("If Bing is your default search provider, the searches and typed "
                                               "characters are saved for up to six months.")


def test_the_domain_and_access_provider_a_visitor_connects_through_are_network_information():
    assert pairs("We automatically collect the domain from which you access the Internet and the name of your access "
                 "provider.") == {("device.network", "collect")}
    assert pairs("When you visit our site, we store the internet domain name of your connection.") == {
        ("device.network", "store")}


def test_an_approximate_geographical_location_is_coarse():
    assert pairs("We collect your approximate geographical location to send geo-targeted notifications.") == {
        ("location.coarse", "collect")}


def test_what_a_request_or_message_holds_is_collected_when_no_practice_precedes():
    text = ("# Privacy\n\n### Features\n\n"
            "The update check feature connects to the server once a day. The request contains the version of installed "
            "application.\n\n"
            "The Contact developer feature will create a new email message in your email client. The message includes "
            "the following technical information about the device:\n\n"
            "- The Android version\n- The device manufacturer and model\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert {(5, "device.hardware", "collect"), (7, "device", "collect"), (9, "device.hardware", "collect"),
            (10, "device.hardware", "collect")} <= found
    # the denial of a named type in it is a denial, but saying it holds no personal information at all only
    # characterises it (GUIDELINES); a demonstrative points back to a practice, and there is none
    assert pairs("The request contains no email address.") == {("contact.email", "not_collect")}
    assert pairs("The request contains no personal information.") == set()
    assert pairs("These reports include your email address.") == set()


def test_responding_to_inquiries_as_a_purpose_uses_the_correspondence():
    text = ("We collect your email address in order to:\n\n"
            "- Send information, respond to inquiries, and other requests.\n")
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert (3, "communication.messages") in found
    # a voice assistant's answers are no correspondence
    assert not any(data_type == "communication.messages" for data_type, _ in pairs(
        "It tells us what is playing so that we can answer questions such as \"What song is this?\"."))


def test_what_the_user_creates_or_publishes_is_user_content():
    assert pairs("Routines, timers, alarms, reminders and shopping lists that you create are stored in your "
                 "account.") == {("content", "store")}
    assert ("content", "collect") in pairs("We will synchronize chat messages and the 2D and 3D objects you create "
                                         "with Discord.")
    # creating an account or a link is no content
    assert not any(data_type == "content" for data_type, _ in pairs("If you create an account, we collect your email "
                                                                   "address."))


def test_website_traffic_data_is_usage_data():
    assert pairs("Our website uses analytics services which send website traffic data to servers offshore.") == {
        ("usage", "share")}


def test_identifier_style_field_names_of_account_data_are_credentials():
    assert ("account.credentials", "collect") in pairs(
        "The Service Provider may require you to provide us with certain personally identifiable information, "
        "including but not limited to email, user_name, user_id.")
    # a field name inside a cookie name is no data the user gives
    assert not any(data_type == "account.credentials" for data_type, _ in pairs(
        "We set the cookie wp-settings-{user_id}, which persists a user's configuration."))


def test_the_name_of_the_users_organization_is_occupation_data():
    assert pairs("You may optionally provide your full name or your organization’s name.") == {
        ("identity.name", "collect"), ("identity.occupation", "collect")}
    assert pairs("We collect your company or organization name and your role.") == {("identity.occupation", "collect")}


def test_the_file_or_page_a_server_log_records_as_requested_is_browsing_history():
    text = ("When you visit our website, the following information is logged:\n\n"
            " - The name and URL of the retrieved file\n - The requested URL\n")
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert {(3, "usage.history"), (4, "usage.history")} <= found
    assert (3, "identity.name") not in found  # the name of the file


def test_user_events_are_usage_data():
    text = ("When you visit our site, the web server automatically receives and stores, including:\n\n"
            "*   User events (e.g. a click);\n")
    assert (3, "usage") in {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}


def test_a_message_holding_a_link_for_the_user_is_no_collection():
    assert pairs("The email includes a link to reset your password.") == set()
    assert ("device.hardware", "collect") in pairs("The request contains the version of installed application.")


def test_oversight_or_description_of_processing_is_no_practice():
    # who advises on, monitors or describes the processing states none ("The DPO provides independent advice and
    # monitoring of our use of personal information", a GOV.UK template)
    assert pairs("The DPO provides independent advice and monitoring of our use of personal information.") == set()
    assert pairs("This Privacy Policy clarifies the nature, scope and purpose of the processing of personal data.") == set()
    # the policy that governs another service's use of data is no practice of that service
    assert pairs("Danbooru have their own privacy policy that govern their use of your data.") == set()


def test_the_name_of_a_system_computer_or_query_is_no_personal_name():
    assert pairs("Through the apps, we collect the operating system name used by the user.") == {
        ("device.hardware", "collect")}
    assert not any(t == "identity.name" for t, _ in pairs("We do not collect computer names."))
    assert not any(t == "identity.name" for t, _ in pairs("APNIC will be permitted to access query names."))


def test_data_an_unauthorised_access_or_disclosure_would_reach_is_not_collected_there():
    # the clause describing the data guarded against unlawful access (a GOV.UK template) states no collection
    assert pairs("We set up systems and processes to prevent unauthorised access to or disclosure of the data we "
                 "collect about you.") == set()


def test_a_denial_of_cookies_is_a_denial_of_their_use_and_not_annotated():
    assert pairs("The Foreman website is a static site which does not track, collect, store information or set "
                 "cookies.") == set()
    assert pairs("No cookies are needed to use the Status app secure messaging feature.") == set()
    assert pairs("Plausible does not place tracking cookies on your computer.") == set()
    assert pairs("We use cookies to remember your preferences.") == {("usage.cookies", "use")}


def test_a_first_table_row_of_short_capitalised_labels_is_a_header():
    text = ("We also set the following essential cookies:\n"
            "| Name | Purpose | Expires |\n"
            "| _session | To remember a user's logged in session. | At the end of the user's session |\n")
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert (2, "identity.name") not in found


def test_ccpa_categories_whose_statutory_label_names_no_type():
    text = ("| Category | Examples | Collected |\n|---|---|---|\n"
            "| Characteristics of protected classifications | Age range and gender | YES |\n"
            "| Inferences drawn from other personal information | Product preferences | YES |\n"
            "| Geolocation data | Precise device location | YES |\n")
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert {(3, "identity.age"), (3, "identity.gender"), (5, "location")} <= found
    assert (3, "identity") not in found and (4, "personal_info") not in found


def test_a_promise_to_ask_consent_before_other_purposes_is_a_procedure():
    assert pairs("If we need to use your User Personal Information for other purposes, we will ask your permission "
                 "first.") == set()
    assert pairs("We will not collect additional categories of Personal Data or use the Personal Data we collected "
                 "for materially different, unrelated or incompatible purposes without providing you notice.") == set()
    assert pairs("We use your email address for other purposes, such as marketing.") == {("contact.email", "use")}


def test_advice_to_the_user_in_the_passive_or_to_read_another_policy_is_no_practice():
    assert pairs("Therefore, it is recommended that you do not send sensitive personal information, such as your "
                 "Social Insurance Number, through non-secure electronic means.") == set()
    assert pairs("If you go to another website from this one, read the privacy policy on that website to find out "
                 "what it does with your information.") == set()


def test_the_users_own_duty_to_keep_credentials_safe_is_no_practice():
    assert pairs("It is your responsibility to keep your phone, login details and recovery details safe, and to "
                 "prevent others from having unauthorised access to your membership details.") == set()
    assert pairs("Users of the Services are responsible for maintaining the security of any password, user ID or "
                 "other form of authentication involved in obtaining access to secure areas.") == set()


def test_the_location_of_a_database_site_or_secure_store_is_no_personal_location():
    assert not any(t.startswith("location") for t, _ in pairs(
        "The tool collects logs from your server and uploads it to a secure location in our infrastructure."))
    assert pairs("The physical location of the database storing your application data is Ireland.") == set()
    assert pairs("We store the location of your device.") == {("location", "store")}


def test_the_receipt_after_which_a_security_measure_is_taken_is_no_practice():
    assert pairs("Once we have received your information, we will use strict procedures and security features to try "
                 "to prevent your personal data from being accidentally lost, used or accessed in an unauthorised "
                 "way.") == set()
    assert pairs("Once we have received your email address, we will send you a confirmation.") == {
        ("contact.email", "collect")}


def test_what_a_log_or_its_entries_hold_is_collected():
    # a log of the service's server, also with no article or a parenthesis before its noun, and each entry of one
    assert {("network.ip", "collect"), ("device.hardware", "collect")} <= pairs(
        "The webserver (Apache) logs will contain IP addresses, timestamps, and UserAgent strings.")
    text = ("The package repository writes an access log for every request. Each entry contains the client IP address "
            "and the user agent.\n")
    assert ("network.ip", "collect") in {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    # a log kept on the person's own device does not reach the service
    text = ("The debug feature will create log files in a folder on your device. The log may contain your IP "
            "address.\n")
    assert not any(s.data_type == "network.ip" for s in statements_of(text, "markdown", "policy.md"))
    # … also when the log introduces a list of what it holds
    text = ("The app writes log files in a folder on your device. The log files contain the following information:\n\n"
            "- IP address\n- device model\n")
    assert statements_of(text, "markdown", "policy.md") == []


def test_what_the_user_clicks_is_usage_and_how_they_got_to_the_site_is_the_referrer():
    # clicking is an interaction (usage), not a page viewed; how the visitor got to the site names the referring page
    text = ("Where you provide consent, we collect the following information:\n\n"
            "- how you got to the site\n- what you click on while you're visiting the site\n")
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert {(3, "usage.history"), (4, "usage")} <= found
    assert (4, "usage.history") not in found


def test_analytics_collected_and_past_interactions_are_usage():
    # GUIDELINES: "basic analytics" as the object of a collecting verb is usage data; the tools are not
    assert ("usage", "collect") in pairs("We use Crashlytics to collect basic analytics for crash reporting purposes.")
    assert pairs("We collect analytics services.") == set()
    # what the analytics tool helps understand is what it obtains (GUIDELINES: "to understand how visitors use …")
    assert ("usage", "collect") in pairs("We use Google Analytics on our website to understand visitor behavior.")
    assert any(data_type == "usage" for data_type, _ in pairs(
        "When there is an error, Sentry receives basic information about how you interacted with the website."))


def test_pages_of_an_app_or_a_named_site_that_the_user_visits_are_browsing_history():
    assert ("usage.history", "collect") in pairs(
        "We collect the pages of the Application that you visit and the time spent on those pages.")
    assert ("usage.history", "collect") in pairs("We collect the pages on Example.gov that you visit.")
    text = "We collect the following information:\n\n- the page(s) visited;\n- the date and time of your visit.\n"
    assert (3, "usage.history") in {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}


def test_a_list_item_of_data_with_its_purpose_takes_the_introductions_practice():
    # the parser reads "your name … to grant access" as a clause with the data as subject of the infinitive
    text = ("To help us manage the service, we will collect personal data from you. This includes:\n\n"
            "- your name and email address to grant access to the site\n"
            "- your name and email address to create your account\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert {(3, "identity.name", "collect"), (3, "contact.email", "collect"), (4, "identity.name", "collect"),
            (4, "contact.email", "collect")} <= found


def test_responses_to_enquiries_and_dealing_with_complaints_use_the_correspondence():
    # GUIDELINES: responding to inquiries, questions or complaints named as a purpose processes the correspondence
    assert ("communication.messages", "use") in pairs(
        "We use your data for support, including responses to user enquiries.")
    assert ("communication.messages", "use") in pairs(
        "We use this information to deal with enquiries and complaints made by you.")
    assert ("communication.messages", "use") in pairs("We use your data to reply and/or respond to your request or question.")


def test_organisation_as_a_list_item_of_data_is_the_occupation():
    # a list word: alone as an item of a list of data, the organisation the person works for (GUIDELINES: affiliation)
    text = "If you sign up to our mailing list, we'll collect your:\n\n- name\n- email address\n- organisation\n"
    assert (5, "identity.occupation") in {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert not any(data_type == "identity.occupation" for data_type, _ in pairs(
        "We do not share personal information with any company, organisation or individual."))


def test_precise_information_about_the_location_is_precise_location():
    # the app-policy template "does not gather precise information about the location of your mobile device"
    assert pairs("This Application does not collect precise information about the location of your mobile device.") == {
        ("location.precise", "not_collect")}


def test_items_under_a_heading_naming_the_data_we_process_are_used():
    text = ("## 3. What Data We Process\n\n**(1) Inventory Data**\n\n- Email address\n- Password\n\n"
            "## 4. Your Rights\n\n- Email address\n")
    assert tuples(text, fmt="markdown") == {(5, "contact.email", "use", "first_party"),
                                            (6, "account.credentials", "use", "first_party")}


def test_visits_requests_and_traffic_a_service_logs_are_its_logs():
    assert ("usage.logs", "collect") in pairs("We log traffic to our website, which we view in aggregate.")
    assert ("usage.logs", "collect") in pairs("Requests to the hex.pm website and API are logged with the client IP "
                                              "address.")
    assert ("usage.logs", "collect") in pairs("Downloads of the app are logged via a standard logging mechanism.")
    assert pairs("Requests to our API are answered within a day.") == set()


def test_names_versions_and_screen_size_of_the_device_and_software_are_device_data():
    text = ("Information that is collected:\n\n- The name of your device\n- Height and width of your screen\n"
            "- Version of the app\n- the browser name and version\n")
    assert tuples(text, fmt="markdown") == {(line, "device.hardware", "collect", "first_party") for line in (3, 4, 5, 6)}
    assert pairs("Please install a newer version of the app.") == set()
    assert pairs("You may use the Play Store version of the app.") == set()


def test_an_error_message_and_the_location_of_a_crash_are_diagnostic_logs():
    assert pairs("We collect the device model, the code crash location and the error message.") == {
        ("device.hardware", "collect"), ("usage.logs", "collect")}


def test_an_android_permission_constant_names_the_data_it_gives_access_to():
    text = ("## Permissions requested in the app\n\n| Permission | Purpose |\n|---|---|\n"
            "| `android.permission.ACCESS_COARSE_LOCATION` , `android.permission.ACCESS_FINE_LOCATION` | Used to "
            "provide compass functionality |\n| `android.permission.VIBRATE` | Used for vibration feedback |\n")
    assert {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")} == {
        (5, "location.coarse"), (5, "location.precise")}
    # a permission giving access to several types (READ_PHONE_STATE: IMEI, IMSI, network …) is left to the words
    assert pairs("The app requests READ_PHONE_STATE to keep your account secure.") == set()


def test_a_run_in_label_whose_participle_states_the_practice_gives_it_to_the_data_after_it():
    text = ("The app makes the following network requests:\n\n1. License validation\n"
            "   - Data sent: License key, email, instance ID\n")
    assert {(s.line, s.data_type, s.action, s.recipient) for s in statements_of(text, "markdown", "policy.md")} == {
        (4, "account.credentials", "share", "third_party"), (4, "contact.email", "share", "third_party"),
        (4, "device.id", "share", "third_party")}
    assert ("contact.email", "collect") in pairs("- Information collected: your email address\n", "markdown")


def test_data_a_label_says_is_shared_under_a_third_partys_heading_is_shared_by_us():
    text = "## Third-party services\n\n### Fathom\n\n- **Data Shared:** usage data\n"
    assert {(s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")} == {("share", "first_party")}


def test_web_server_records_are_server_logs():
    assert ("usage.logs", "store") in pairs("Our map and search servers keep the standard web server records of "
                                            "requests made to them.")


def test_the_policys_own_name_acting_is_the_first_party():
    def actors(text):
        return {(s.line, s.data_type, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    # the name the policy's first sentence opens on
    assert (4, "contact.email", "first_party") in actors(
        "### Overview\nBug Alert will never sell your data.\n\nBug Alert stores only your email address.\n")
    # the name a title gives after "Privacy Policy of", also when the parser splits it at its hyphen
    assert actors("## Privacy Policy of Multi-Calculator\n\nThis is an open source app.\n\nMulti-Calculator itself "
                  "does not collect your email address.\n") == {(5, "contact.email", "first_party")}
    # a camel-case name repeated five times or more
    text = ("# Notice\n\nThis notice explains our practices.\n\n" + "CodeCombat is a game. " * 4
            + "\n\nCodeCombat will retain your email address for 30 days.\n")
    assert actors(text) == {(7, "contact.email", "first_party")}
    # a name that is not the policy's own stays a third party
    assert (4, "contact.email", "third_party") in actors(
        "### Overview\nWe never sell your data.\n\nAcmeLytics stores your email address.\n")


def test_a_repeated_name_said_to_be_another_partys_is_no_name_of_ours():
    def actor(text, line):
        return {s.actor for s in statements_of(text, "markdown", "policy.md") if s.line == line}

    def policy(name, cue, opening="This notice explains our practices."):
        # the name five times and more, with one phrase that may say whose it is; line 7: "… <name> collects …"
        return (f"# Privacy Policy\n\n{opening}\n\n{cue} " + f"{name} is named here. " * 4
                + f"\n\nWhen you pay, {name} collects your phone number.\n")
    # the recipient of what we share or send, the provider of a thing, a partner, one that tells us things, one with
    # privacy terms of its own, an item of a list of the parties we share with: another party
    for name, cue in (("Harbour Bank", "We share your name with Harbour Bank."),
                      ("Harbour Bank", "Our credit card is issued by Harbour Bank."),
                      ("Proctorio", "We partner with Proctorio."),
                      ("FastSpring", "FastSpring tells us your plan."),
                      ("Garmin Connect", "Read Garmin Connect's terms of use.")):
        assert actor(policy(name, cue), 7) == {"third_party"}, cue
    text = ("# Privacy Policy\n\nThis notice explains our practices.\n\nWe share personal data with these providers:\n\n"
            "- Instructure (Canvas) and Proctorio, for exams\n\n" + "Proctorio is named here. " * 4
            + "\n\nWhen you pay, Proctorio collects your phone number.\n")
    assert actor(text, 11) == {"third_party"}
    # the same phrases do not outweigh what says the name is ours: its definition ("CodeSandbox B.V. ("CodeSandbox")",
    # "X (hereafter "we")"), "our X" said more often, the contact section, a word shared with the policy's title
    assert actor(policy("CodeSandbox", "Others may share your name with CodeSandbox.",
                        "CodeSandbox B.V. (“CodeSandbox”) controls your data."), 7) == {"first_party"}
    assert actor(policy("Kestrel", "We partner with Kestrel.", "Kestrel Labs OÜ (hereafter “we”) runs the app."),
                 7) == {"first_party"}
    assert actor(policy("Kestrel", "Paddle tells us your plan, and Kestrel tells us your mood.",
                        "Our Kestrel app and our Kestrel site are free."), 7) == {"first_party"}
    assert actor(policy("Kestrel", "See Kestrel's terms of use.") + "\n## Contact us\n\nIf you have questions about "
                 "this notice, write to Kestrel Labs, 1 Main Street, Springfield, or to privacy@kestrel.example.\n",
                 7) == {"first_party"}
    # nor do the like phrases said of us: what the user shares with us, our own privacy policy, what we provide
    for cue in ("The information you share with Kestrel improves the service.",
                "Kestrel's privacy policy does not extend to other sites.",
                "The unsubscribe link is provided by Kestrel.", "Kestrel never shares the data provided to us."):
        assert actor(policy("Kestrel", cue), 7) == {"first_party"}, cue
    assert actor(policy("Northstar Miles", "We share your name with Northstar Miles partners.").replace(
        "# Privacy Policy", "# Northstar Air Privacy Policy"), 7) == {"first_party"}


def test_a_catalogued_name_opening_the_policy_and_speaking_of_us_is_the_first_party():
    def actors(text):
        return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    # GitHub's own notice: the name opens its first sentence, which speaks of us, and is named again; also below a
    # date line
    assert actors("# Telemetry in the extension\n\nGitHub collects usage data and metrics to help us improve the "
                  "extension.\n\nGitHub collects the IP address of each request.\n") == {
        (3, "usage", "collect", "first_party"), (5, "network.ip", "collect", "first_party")}
    assert (5, "usage.cookies", "use", "first_party") in actors(
        "# GitHub Subprocessors and Cookies\n\nEffective date: **August 8, 2019**\n\nGitHub provides transparency "
        "about how we use your data. GitHub uses cookies to keep you logged in.\n")
    # another policy naming the service: its catalogue id
    assert actors("# Privacy\n\nThis page explains our practices.\n\nThe documentation is hosted on GitHub Pages, "
                  "which logs the visitor's IP address for security purposes.\n") == {(5, "network.ip", "collect", "github")}
    # a catalogued name opening a first sentence that does not speak of us stays that party
    assert (3, "usage.logs", "collect", "google") in actors(
        "# Privacy\n\nGoogle collects crash logs when the app crashes.\n")
    assert (3, "usage", "collect", "google") in actors("# Privacy\n\nGoogle collects usage data for us.\n")
    assert (3, "usage", "collect", "adobe_experience") in actors(
        "# Privacy\n\nAdobe Analytics helps us understand how customers use the App; it receives usage data.\n")


def test_the_name_declared_data_controller_is_the_policys_own():
    def actors(text):
        return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    text = ("# Privacy Notice\n\n## Who we are\n\nThis work is carried out by a unit of the Department for Education "
            "(DfE). The DfE is the data controller for the personal data processed.\n\nThe Department for Education "
            "will keep your personal data for five years.\n\nThe DfE stores your email address.\n")
    found = actors(text)
    assert {(7, "personal_info", "store", "first_party"), (9, "contact.email", "store", "first_party")} <= found
    # a role named as controller is no name of ours
    text = ("# Privacy Notice\n\nYour employer is the controller of your data.\n\nThe Employer stores your email "
            "address.\n")
    assert (5, "contact.email", "store", "first_party") not in actors(text)
    # a few words between the name and "the controller", the name in capitals
    text = ("# Privacy notice\n\nThe app is provided by the Robert Koch Institute (the RKI).\n\nThe RKI is also what "
            "is called the controller under data protection law.\n\nThe RKI stores your email address.\n")
    assert (7, "contact.email", "store", "first_party") in actors(text)
    text = ("# Privacy notice\n\nWe are a shop.\n\nThe Bank is not the controller of your data.\n\nThe Bank stores "
            "your email address.\n")
    assert (7, "contact.email", "store", "first_party") not in actors(text)


def test_a_short_name_in_single_quotes_beside_we_is_the_policys_own():
    found = {(s.line, s.data_type, s.actor) for s in statements_of(
        "# Wallet App - Privacy Policy\n\nThis policy describes how IOTA Foundation ( ''IOTA \", 'we', 'us', 'our') "
        "processes your data.\n\nIOTA may collect your email address.\n", "markdown", "policy.md")}
    assert (5, "contact.email", "first_party") in found


def test_a_payment_party_shown_data_is_a_third_party_it_is_shared_with():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "PayPal allows a donor to see the name and email address of the recipient.")}
    assert ("contact.email", "share", "third_party") in found
    assert {(s.data_type, s.action) for s in statements_of("The app allows you to see your email address.")} == set()


def test_cookies_named_after_a_tool_are_the_tools_as_well():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "When you give your consent, we use Google Analytics cookies to collect information about how you use the "
        "site.")}
    assert {("usage.cookies", "use", "first_party"), ("usage.cookies", "use", "google_analytics")} <= found
    assert {s.actor for s in statements_of("We use our own cookies to keep you signed in.")
            if s.data_type == "usage.cookies"} == {"first_party"}


def test_they_given_the_data_is_the_party_named_before():
    found = {(s.line, s.data_type, s.action, s.recipient) for s in statements_of(
        "Email services are provided by Twilio. They are only provided your email address.\n\n"
        "They are not provided your phone number.\n\n"
        "At this time, since Twilio is not used yet, they are only provided your email address.\n\n"
        "At this time, since Twilio is not being utilized for telephony services yet, they are only provided your "
        "email address.\n")}
    assert {(1, "contact.email", "share", "twilio"), (3, "contact.phone", "not_share", "third_party"),
            (5, "contact.email", "share", "twilio"), (7, "contact.email", "share", "twilio")} <= found


def test_telemetry_named_as_data_is_usage_statistics():
    # GUIDELINES: telemetry named as data is usage alone; usage.logs only for crash or diagnostic data beside it
    assert pairs("The app sends us telemetry data to improve the app.") == {("usage", "collect")}
    assert pairs("We collect telemetry and crash reports.") == {("usage", "collect"), ("usage.logs", "collect")}


def test_data_called_anonymous_or_aggregate_gives_no_tuple_but_an_id_stays():
    # the qualifier covers every item of its list, before the noun or in brackets after it
    assert pairs("We share anonymous usage events and properties with Mixpanel.") == set()
    assert pairs("We use Firebase to obtain anonymous usage metrics and crash reports.") == set()
    assert pairs("We share aggregated and anonymized location data with partners.") == set()
    assert pairs("We collect app usage analytics (anonymized).") == set()
    assert pairs("We collect a random anonymous user ID.") == {("account.credentials", "collect")}
    assert pairs("We collect usage metrics and crash reports.") == {("usage", "collect"), ("usage.logs", "collect")}


def test_items_of_a_list_of_rights_the_user_has_state_no_practice():
    text = ("Under data protection law, you have rights including:\n\n- **Access** - request a copy of your personal data\n"
            "- **Portability** - request transfer of your data to another service\n")
    assert statements_of(text, "markdown", "policy.md") == []
    # a list introduced by our own practice keeps its items
    assert {(s.data_type, s.action) for s in statements_of("We collect the following:\n\n- your email address\n",
                                                           "markdown", "policy.md")} == {("contact.email", "collect")}


def test_items_of_a_list_introduced_by_the_users_rights_state_no_practice():
    # the introduction ends on the user's rights or on the right, whoever the sentence's subject is
    text = ("We will comply with valid requests to exercise your data subject rights in accordance with the applicable "
            "laws in your region:\n\n- Transfer your personal information to a third-party provider of services.\n"
            "- Restrict the way that we process and disclose specific personal information about you.\n")
    assert statements_of(text, "markdown", "policy.md") == []
    text = ("Federal law gives you the right to limit only:\n\n- sharing for affiliates' everyday business purposes - "
            "information about your creditworthiness\n- affiliates from using your information to market to you\n")
    assert statements_of(text, "markdown", "policy.md") == []
    # a right we reserve introduces our own practice
    text = "We reserve the right to disclose:\n\n- your email address to law enforcement\n"
    assert ("contact.email", "share") in {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}


def test_a_data_word_inside_a_setting_key_or_address_is_no_data():
    assert pairs("Telemetry will be disabled if the global telemetry.enableTelemetry setting is set to false.") == set()
    assert pairs("We use the setting codeQL.telemetry.enableTelemetry to store your preference.") == set()


def test_items_of_a_list_of_anonymised_information_state_no_practice():
    text = ("Google Analytics processes anonymised information about:\n\n- how you arrived at the site\n"
            "- the pages you visit\n- your Internet Protocol (IP) address\n")
    assert statements_of(text, "markdown", "policy.md") == []


def test_the_name_of_an_operating_system_distribution_or_sdk_is_no_persons_name():
    # a long word before "name" is read too ("distribution name" was taken as a person's name)
    text = "Telemetry requests may contain:\n\n* the OS name and version (and distribution name, in case of Linux)\n"
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert (3, "identity.name") not in found and (3, "device.hardware") in found
    assert pairs("We collect your name and email address.") == {("identity.name", "collect"), ("contact.email", "collect")}


def test_the_height_of_a_screen_is_a_display_measure_not_health():
    text = "We collect the following:\n\n- Height and width of your screen\n"
    assert {(s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")} == {
        ("device.hardware", "collect")}
    assert ("health", "collect") in pairs("We collect your height and weight.")


def test_data_that_only_names_a_setting_or_facility_is_no_data():
    assert pairs("Crash reporting follows your telemetry setting.") == set()
    assert pairs("You can change the audio and haptics settings.") == set()
    # a settings noun that itself modifies the data noun names data
    assert ("location", "use") in pairs("For this we use technical, location and settings data.")


def test_session_data_is_the_state_of_a_session_not_usage():
    text = "Retention:\n\n- **Session data** - deleted when you sign out or close your browser\n"
    assert statements_of(text, "markdown", "policy.md") == []
    assert pairs("We collect your session length and the pages you visit.") == {("usage", "collect"), ("usage.history", "collect")}


def test_a_practice_the_policy_informs_about_is_a_topic():
    assert pairs("With this Privacy Policy, we inform you about the type, scope, and purpose of the processing of "
                 "personal data within the scope of using our service.") == set()
    assert pairs("We process personal data to provide the service.") == {("personal_info", "use")}


def test_sanitising_or_redacting_data_is_no_practice_under_a_collecting_heading():
    text = ("## Usage data being collected\n\nAll telemetry events are automatically sanitized to anonymize all paths "
            "and references to the username.\n")
    assert statements_of(text, "markdown", "policy.md") == []


def test_term_less_items_take_the_category_their_introduction_names():
    text = ("We will collect payment transaction data that includes:\n\n- payment statuses\n- payment descriptions\n"
            "- to prevent fraud\n\nWe will collect personal data that includes your:\n\n- preferred colour\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (3, "financial.transactions", "collect") in found and (4, "financial.transactions", "collect") in found
    # a purpose item, and an item under the umbrella "personal data", name no member of a category
    assert not any(line in (5, 9) for line, _, _ in found)
    # a field name in code, and an introduction naming no inclusion ("To get your UUID:"), give the item nothing
    text = ("The log holds usage data such as:\n\n- `srcCountry`\n\nTo get your UUID:\n\n- Open Spotlight\n")
    assert {s.line for s in statements_of(text, "markdown", "policy.md")} <= {1, 5}


def test_content_data_and_user_interactions_are_data_terms():
    assert pairs("We store your content data.") == {("content", "store")}
    assert pairs("We collect user interactions.") == {("usage", "collect")}


def test_a_verbless_introduction_goes_on_with_the_open_list_over_its_category():
    text = ("The app collects this information:\n\n- App Version\n\nAs well as these user interactions:\n\n"
            "- Saved a preset\n")
    assert (7, "usage", "collect") in {(s.line, s.data_type, s.action)
                                       for s in statements_of(text, "markdown", "policy.md")}


def test_a_run_in_title_names_the_category_of_the_items_its_sentence_introduces():
    text = ("## What Data We Collect\n\n**(2) Content Data** This includes all data you save in the app, e.g.:\n\n"
            "- Tasks\n- Projects\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "content", "collect") in found and (6, "content", "collect") in found


def test_named_examples_of_an_acting_category_each_act():
    # GUIDELINES (actors): a category followed by named examples gives one tuple per catalogued example and keeps
    # third_party for the open list, also when the category is the subject or the party allowed to act
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Our advertising partners, including Google AdMob and Meta, collect your advertising identifier.")}
    assert found == {("device.id.ad_id", "collect", "third_party"), ("device.id.ad_id", "collect", "admob"),
                     ("device.id.ad_id", "collect", "facebook")}
    allowed = {s.actor for s in statements_of(
        "We allow advertising partners such as Meta and Google to collect mobile advertising IDs.")}
    assert allowed == {"third_party", "facebook", "google"}
    partitive = {s.actor for s in statements_of(
        "We allow some of our service providers such as Google Analytics, Amplitude, Algolia and Vero to store "
        "cookies on your device.")}
    assert partitive == {"google_analytics", "amplitude", "algolia", "third_party"}
    # a party named with its provider is no category with examples
    assert {s.actor for s in statements_of("Google Analytics, a service provided by Google, collects your IP "
                                           "address.")} == {"google_analytics"}


def test_a_company_named_after_its_product_on_the_line_is_that_product():
    # GUIDELINES (named parties): the provider's name used in the same line for what its named service obtains
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "Google Maps powers the branch and ATM locator; when you use the locator, your location is sent to Google.")}
    assert ("location", "share", "first_party", "google_maps") in found
    assert not any("google" in (s[2], s[3]) for s in found)
    # the company named alone keeps its id
    assert {s.recipient for s in statements_of("Your location is sent to Google.")} == {"google"}


def test_the_data_a_controller_is_named_for_gives_no_practice():
    # naming the controller states no practice; the clause on the data only identifies it (GUIDELINES)
    assert pairs("The DfE is the data controller for the personal information collected from you through the "
                 "programme.") == set()
    assert pairs("For the purpose of data protection legislation, the DfE is the data controller for the personal "
                 "data processed as part of the application process.") == set()
    assert pairs("We collect the personal information you provide when you register.") == {("personal_info", "collect")}


def test_a_usage_purpose_of_aggregate_data_is_no_use_of_usage():
    # the purpose stays unannotated when the line says the data serving it is aggregated (GUIDELINES)
    assert pairs("Aggregated and anonymized location data helps the Service Provider to analyze user behavior and "
                 "identify trends.") == set()
    assert ("usage", "use") not in pairs("Other data, like the pages you visit, are aggregated into reports to help "
                                         "us better understand how the site is being used.")
    assert ("usage", "use") in pairs("We use your information to understand how the website is used.")


def test_the_quoted_title_of_a_section_names_no_data_practice():
    # a pointer to a part of the document names what it covers, no practice (GUIDELINES: pointers, headings)
    assert pairs("When you select certain preferences, we may store information to remember your choices (see the "
                 "\"Collection of Cookies and Use of Other Technologies\u201d section of this document).") == set()
    assert pairs("Use the contact form under the \u2018How to find out what personal information we hold about you\u2019 "
                 "section.") == set()
    assert pairs("We collect your email address (see the \"How we use your email address\" section below).") == {
        ("contact.email", "collect")}


def test_demonstrative_inclusion_after_a_practice_in_the_same_sentence():
    # the clause before "this includes" in the same sentence states the practice, not the sentence before
    assert pairs("You can read our blog without an account. Visits to our website are logged via a standard logging "
                 "mechanism, and this includes IP addresses.") == {
        ("usage.history", "collect"), ("network.ip", "collect")}


def test_list_item_said_not_kept_is_still_collected():
    found = tuples("Information that is collected:\n- IP of your device (not stored)\n"
                   "- credit or debit card security code - this is not kept after the payment is processed\n")
    assert found == {(2, "network.ip", "collect", "first_party"), (3, "financial.payment", "collect", "first_party")}
    # an item stating our own storage practice stays that practice only
    assert pairs("We collect the following:\n- Precise geolocation: we do not store your precise location\n") == set()


def test_contracted_perfect_in_phrase_terms():
    # "you've visited", "you’ve spent": the contraction joins the pronoun with no space before it
    found = tuples("Akita collects the following data:\n- The amount of time you've spent on each website you’ve "
                   "visited;\n- How much time you’ve spent on the site;\n")
    assert found == {(2, "usage", "collect", "first_party"), (2, "usage.history", "collect", "first_party"),
                     (3, "usage", "collect", "first_party")}


def test_replying_to_the_users_queries_uses_the_messages():
    # (the item is a purpose of the introduction's collection: the messages are used)
    assert ("communication.messages", "use") in pairs("We collect your data to:\n\n- reply to your queries\n")
    # queries an organisation raises, or an assistant's responses to a query, are no correspondence of the user
    assert pairs("We use this information to generate automated responses to your query.") == set()


def test_demonstrative_means_is_no_definition():
    assert pairs("In general, this means that we will only hold your personal data for a minimum of 1 year and a "
                 "maximum of 7 years.") == {("personal_info", "store")}
    assert pairs("Personal data means any information relating to an identified person.") == set()


def test_error_records_named_as_tracebacks_or_connection_errors():
    found = tuples("The app collects this information:\n- Python tracebacks and exception details\n"
                   "- Connection errors (wrong ID, etc)\n")
    assert found == {(2, "usage.logs", "collect", "first_party"), (3, "usage.logs", "collect", "first_party")}


def test_a_passive_introduction_after_a_tool_we_use_gives_the_tool_its_items():
    def found(text):
        return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    # "The collected information consists of the following:" names no one who collects: the tool the section says
    # is used collects as well as we do
    assert found("## Matomo\n\nSome of our websites use Matomo to understand what parts of the website are "
                 "important.\n\nThe collected information consists of the following:\n\n- The pages you visit\n") == {
        (7, "usage.history", "collect", "first_party"), (7, "usage.history", "collect", "matomo")}
    # a condition's verb before the passive is no practice of the introduction
    assert found("## Web analytics\n\nThe service uses Google Analytics to improve its websites. When your computer "
                 "requests a Web page, the following types of information are collected:\n\n- the page(s) visited\n"
                 ) == {(5, "usage.history", "collect", "first_party"),
                       (5, "usage.history", "collect", "google_analytics")}
    # "we collect" names its collector; a tool in another section is not this list's
    assert found("## Matomo\n\nSome of our websites use Matomo to count visits.\n\nWe collect the following:\n\n"
                 "- The pages you visit\n") == {(7, "usage.history", "collect", "first_party")}
    assert found("## Matomo\n\nSome of our websites use Matomo to count visits.\n\n## Accounts\n\nThe collected "
                 "information consists of the following:\n\n- your email address\n") == {
        (9, "contact.email", "collect", "first_party")}


def test_a_participle_in_the_agent_of_a_passive_is_no_viewer():
    # "hosting" is a verb here, not the host who views what a guest posts
    assert tuples("## Visits\n\nWhen you visit USDS.gov, information is automatically received and stored by the "
                  "web servers hosting USDS.gov, including:\n\n* The date and time of your visit;\n", "markdown",
                  "policy.md") == {(5, "usage.logs", "collect", "first_party"), (5, "usage.logs", "store", "first_party")}
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "Your profile photo can be seen by other users.")}
    assert found == {("account.profile", "share", "third_party")}


def test_a_company_name_opening_its_products_name_is_the_product():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We use Google SafetyNet to check if a device is rooted. Hardware information is sent to Google where it is "
        "matched against a database of devices.")}
    assert found == {("device.hardware", "share", "google_play_integrity")}
    # the company named on its own before a product keeps the company
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We share your IP address with Google (for Google Analytics).")}
    assert found == {("network.ip", "share", "google")}


def test_a_hyphenated_name_is_one_party():
    # the tokenizer splits "Call-Em-All" at its hyphens and the tagger reads "Call" as a verb
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "Telephony services are currently provided by Call-Em-All LLC. Call-Em-All will be provided your phone "
        "number if you opt to receive notices by phone or SMS.")}
    assert found == {("contact.phone", "share", "first_party", "third_party")}


def test_a_data_term_in_the_title_of_a_document_names_no_data():
    # a pointer to another document names what it covers, no practice (GUIDELINES: pointers)
    assert pairs("For more detail, use the contact form in the Personal Information Charter.") == set()
    assert pairs("The extension adheres to the Chrome Web Store User Data Policy.") == set()
    # a document named after the generic type in lower case is such a title too
    assert pairs("[Read the MHCLG personal information charter](https://www.gov.uk/charter).", "markdown") == set()
    assert pairs("We use your personal information to send you the newsletter.") == {("personal_info", "use")}
    assert ("usage.cookies", "use") in pairs("We use cookies as described in our cookie policy.")


def test_how_to_do_something_with_your_data_is_the_readers_action():
    # what the reader is told how to do is a user right or control, no practice (GUIDELINES: user rights)
    assert pairs("For further information and how to request your data, please contact our data protection "
                 "officer.") == set()
    assert pairs("We explain how to access your personal data in the next section.") == set()
    assert pairs("We request your email address to send you a receipt.") >= {("contact.email", "collect")}


def test_how_safe_the_data_a_user_gives_is_states_no_practice():
    # security measures give none, also when the data is named with a clause saying it is given or collected
    # (GUIDELINES: security measures)
    assert pairs("We want you to be confident that the personal information you give us is safe and secure with "
                 "us.") == set()
    assert pairs("We cannot guarantee that the Personal Information you supply will not be intercepted while being "
                 "transmitted to us over the Internet.") == set()
    # a data noun after the passive is no safeguard of the subject
    assert ("health", "collect") in pairs("Medical information that you share with us is also protected health "
                                          "information under HIPAA.")
    assert pairs("The personal information you give us is used to send you receipts.") == {("personal_info", "use")}


def test_a_practice_under_whether_is_asked_not_stated():
    # a clause under "whether" states no practice, it is what a request is answered about (GUIDELINES: user rights)
    assert pairs("Upon your request, we will provide you with information about whether we hold any of your "
                 "Personal Data.") == set()
    assert pairs("We hold your personal data for as long as your account is active.") == {("personal_info", "store")}


def test_a_denied_clause_without_a_practice_verb_takes_no_section_practice():
    # a sentence whose main verb is denied and is no practice does not inherit the heading's practice, but what it
    # denies to contain is denied
    assert pairs("## Information we collect\n\nUser Personal Information does not include aggregated, "
                 "non-personally identifying information.") == set()
    assert pairs("## Information we collect\n\nNotifications do not contain the content of your messages.") == {
        ("communication.messages", "not_collect")}
    assert pairs("## Information we collect\n\nUser Personal Information is important to us.") == {
        ("personal_info", "collect")}


def test_a_clause_naming_a_purpose_states_no_practice():
    # "the purpose for which you provide X" names a purpose; a label made of the noun still introduces a use
    assert pairs("To fulfill any other purpose for which you provide personal information.") == set()
    assert pairs("We would encourage you to visit our Website regularly to stay informed of the purposes for which "
                 "we process your information.") == set()
    assert pairs("We use your email address for the purposes for which you provided it.") == {("contact.email", "use")}


def test_operating_no_service_that_collects_denies_the_collection():
    # the data is the object of a relative clause on a service the policy's party denies running
    assert pairs("The project does not knowingly operate a service that collects children's personal data.") == {
        ("personal_info", "not_collect")}
    assert pairs("We do not use any tool that tracks your location.") == {("location", "not_collect")}
    assert pairs("We use a tool that tracks your location.") == {("location", "collect")}


def test_what_a_class_of_websites_collects_is_no_practice_of_ours():
    # CalOPPA background: the participle describes websites in general, not the service
    assert pairs("The law's reach stretches well beyond California to require a person or company that operates "
                 "websites collecting personally identifiable information from California consumers to post a "
                 "conspicuous privacy policy.") == set()
    assert pairs("We work with partners collecting your email address.") == {("contact.email", "collect")}


def test_data_assured_to_be_handled_safely_is_no_practice():
    # what "ensure" / "make sure" assures about the data's safety is a security assurance (GUIDELINES: security
    # measures), also when the clause has a practice verb or the section heading one
    assert pairs("We maintain our systems to make sure that your data is processed and stored safely.") == set()
    assert pairs("## Information we collect\n\nCake Labs will take all necessary steps to ensure that your data is "
                 "treated securely and in accordance with this Privacy Policy.") == set()
    assert pairs("We store your data securely on our servers.") == {("personal_info", "store")}


def test_denial_of_a_requirement_reaches_a_later_coordinated_infinitive():
    # "provide" is the second infinitive under "do not require": the denial covers it as it covers "create"
    assert pairs("We do not require Users to create an account or otherwise provide Personal Information to use "
                 "our Services.") == {("personal_info", "not_collect")}
    assert pairs("We do not require an account, and you provide your email address when you subscribe.") == {
        ("contact.email", "collect")}


def test_which_data_or_whether_to_provide_it_is_a_question_not_a_practice():
    # an indirect question on what the user provides ("which …", "whether you want to provide …") states no practice
    assert pairs("You are free to choose which personal information you want to provide to us or whether you want "
                 "to provide us with personal information at all.") == set()
    assert pairs("You are free to choose whether you want to provide us with your email address.") == set()
    assert pairs("You provide us with your email address.") == {("contact.email", "collect")}


def test_exposure_diagnosis_keys_and_technical_diagnosis_are_no_health_data():
    assert pairs("Diagnosis keys uploaded to the State Registry if the user is COVID-19 positive and agrees to "
                 "upload them.") == set()
    assert pairs("Access by the Provider occurs only if required for maintenance, diagnosis, or defense against "
                 "technical disturbances.") == set()
    assert ("health", "collect") in pairs("We collect your diagnosis and symptoms.")


def test_date_and_time_of_a_text_message_is_no_access_log():
    assert ("usage.logs", "collect") not in pairs(
        "We collect metadata associated with each SMS/MMS message, including the date and time the message was sent.")
    assert ("usage.logs", "collect") in pairs("We collect the date and time of each visit.")


def test_account_created_or_required_as_a_condition_is_no_practice():
    # GUIDELINES: creating an account or profile named as the occasion, or an account (not) being required, is a
    # condition of use
    assert pairs("When you create a profile, you choose one of three visibility settings.") == set()
    assert ("account", "collect") not in pairs(
        "When you use our site to access our online content, create a user account, upload material to our website, "
        "submit feedback or initiate a help request, we collect personal information about you.")
    assert ("account", "collect") not in pairs("You do not have to provide us with any personal information or "
                                               "create a user account to access information on our site.")
    assert pairs("The App does not require a user account or other log in.") == set()
    # a creation stated as such, and account data, stay
    assert ("account.profile", "collect") in pairs("Once you've registered, we'll ask you to create a user profile.")
    assert ("account", "collect") in pairs("When you create an account, we collect your account information.")


def test_data_named_in_a_settings_label_is_no_practice():
    assert pairs("Go to settings and turn off the Help improve Microsoft products by sending optional diagnostic data "
                 "about how you use the browser, websites you visit, and crash reports setting.") == set()
    assert pairs('You can toggle the "Save and fill personal info" setting.') == set()
    assert ("usage.logs", "collect") in pairs("We collect diagnostic data about how you use the browser.")


def test_donations_named_as_a_purpose_are_no_transaction_record():
    assert pairs("We will share Personal Information with Donorbox, PayPal, and Stripe (for charitable donations).") \
        == {("personal_info", "share")}
    assert ("financial.transactions", "use") in pairs("We use your information to process donations.")
    assert ("financial.transactions", "store") in pairs("We keep records of your donations for seven years.")


def test_where_details_can_be_found_is_a_pointer():
    assert pairs("Red Hat extensions' specific telemetry collection details can be found there:") == set()
    assert pairs("Full details of the telemetry we collect can be found in our documentation.") == set()
    # data that others can find is no pointer
    assert ("personal_info", "share") in pairs(
        "You should assume that personal information you contribute is publicly visible and can be found by search "
        "engines.")


def test_data_said_not_to_be_deleted_is_kept():
    # GUIDELINES: named data said not to be deleted or removed is retained (`store`); a hedge or a condition on others is not
    assert pairs("You can deactivate your account at any time; deactivating your account does not delete your "
                 "medical record.") == {("health", "store")}
    assert pairs("Posts are not removed, as we have a legitimate interest in retaining the history of discussions.") == {
        ("content", "store")}
    assert pairs("Deleting your account hides all Personal Information from public view, but does not remove all of "
                 "your Personal Information from our servers.") == {("personal_info", "store")}
    assert pairs("You cannot delete your username.") == set()
    # nor rewritten: the history stays
    assert pairs("Your Git commits will not be rewritten.") == {("content", "store")}
    assert pairs("We rewrite your posts.") == set()
    # an inability to delete keeps the data as well; the user's inability is no practice
    assert pairs("As a result, we may be unable to delete information, including IP addresses.") == {
        ("network.ip", "store")}
    assert pairs("You may be unable to delete your username.") == set()
    assert pairs("The following information may or may not be removed: mentions in a comment.") == set()
    assert ("health", "store") not in pairs("We may disclose health information to researchers, provided that they do "
                                            "not remove any health information from our systems.")


def test_bare_verb_items_after_when_you_are_the_users_own_acts():
    # "… except when you" / "- actively share debugging information:": the user shares it with us, no disclosure of ours
    text = ("The developers do not have access to any of your information, except when you\n\n"
            "- actively share debugging information:\n  - device type\n"
            "- actively share a review in the store:\n  - public profile information\n")
    found = {(s.line, s.data_type, s.action, s.actor, s.recipient)
             for s in statements_of(text, "markdown", "policy.md") if s.line > 1}
    assert found == {(3, "usage.logs", "collect", "first_party", None),
                     (4, "device.hardware", "collect", "first_party", None),
                     (6, "account.profile", "collect", "first_party", None)}
    # an item under another introduction keeps its own reading: "We may:" / "- share your device type with partners"
    assert {(s.action, s.recipient) for s in statements_of(
        "We may:\n\n- share your device type with our partners\n", "markdown", "policy.md")} == {("share", "third_party")}


def test_the_developer_is_the_maker_of_the_app():
    # "shared only with the developer": the app's own maker receives the reports (collect, first party)
    assert tuples("The application failure reports are shared only with the developer and contain information about "
                  "crash cause and device configuration.") == {(1, "device", "collect", "first_party"),
                                                                (1, "usage.logs", "collect", "first_party")}
    # someone else's developer stays a third party
    assert tuples("We provide your phone number to the developer of the mini-program.") == {
        (1, "contact.phone", "share", "first_party")}
    assert {s.recipient for s in statements_of("We provide your phone number to the developer of the mini-program.")} \
        == {"third_party"}


def test_sending_to_the_users_address_named_by_what_follows_it_uses_it():
    # the user's own address is where receipts or offers go: it is used, not disclosed (GUIDELINES `use`)
    assert tuples("We send receipts to the email address on your account.") == {(1, "contact.email", "use", "first_party")}
    assert tuples("Offers are sent to the email address you registered with.") == {
        (1, "contact.email", "use", "first_party")}
    assert tuples("We may send emails to an email address you provide to us for support purposes.") == {
        (1, "contact.email", "use", "first_party")}
    # a party's address is no such destination; nor is a party the parser takes the data to be listed with
    assert tuples("We send your data to the email address of our auditor.") >= {
        (1, "contact.email", "share", "first_party")}


def test_data_sent_by_no_one_named_to_no_one_named_reaches_the_service():
    # "is sent" with neither sender nor destination: the service the policy is about receives it (no disclosure)
    assert tuples("Diagnostic data, such as fault codes and battery voltage, is sent on a fixed schedule.") == {
        (1, "usage.logs", "collect", "first_party"), (1, "device.sensors", "collect", "first_party")}
    assert tuples("Your location is not sent.") == {(1, "location", "not_collect", "first_party")}
    # a destination, even a relative one or a dangling "to", keeps the disclosure; so does a passive recipient
    assert tuples("The newsletter is sent via Mailjet, to which we transmit your email address.") >= {
        (1, "contact.email", "share", "first_party")}
    assert tuples("The operator of the charging network is sent the start and end time of each charging session.") \
        <= {(1, "usage.logs", "share", "first_party"), (1, "usage", "share", "first_party")}


def test_data_naming_a_protective_technique_is_no_data():
    # GUIDELINES: anonymising or truncating with no stated period gives no tuple; "IP masking" names the safeguard
    assert pairs("Using a VPN, Tor, or other IP / UserAgent masking service will not affect your use of the project "
                 "website.") == set()
    assert ("network.ip", "use") not in pairs(
        "We minimise the amount of personal data we send to Google Analytics by using [Google Analytics’ IP address "
        "anonymisation](https://support.google.com/analytics/answer/2763052) feature.")
    assert ("network.ip", "collect") in pairs("We collect your IP address and anonymise it after 30 days.")


def test_opting_in_or_out_of_a_practice_is_a_choice():
    # GUIDELINES: user rights and controls give no tuple; a refused opt-out and an opt-in as a condition keep it
    assert pairs("You can opt in or opt out of sending us crash reports by enabling or disabling this option in the "
                 "settings.") == set()
    assert pairs("On both the mobile and desktop apps, you can opt in to sharing crash reports during the onboarding "
                 "process.") == set()
    assert pairs("You can opt out of sharing your usage data with us.") == set()
    assert ("location.coarse", "collect") in pairs(
        "You cannot opt out of sending us your country code as this information is essential.")
    assert ("usage.logs", "collect") in pairs(
        "If you opt in to sharing crash reports with us, we will collect sanitized technical information.")
    assert ("usage.logs", "collect") in pairs("During the onboarding process, users can opt in to send us crash reports.")


def test_name_of_an_organisation_after_a_pair_is_no_personal_name():
    # "of your organisation" owns both items of the pair; a person's name stays
    found = pairs("We will collect personal data from you. This includes:\n"
                  "- the name and contact details of your organisation\n", fmt="md")
    assert ("identity.name", "collect") not in found and ("contact", "collect") in found
    assert ("identity.name", "collect") in pairs("We collect the name and email address of the payer.")
    assert ("identity.name", "collect") in pairs("We collect the name, email address and details of your purchases.")


def test_what_aggregate_data_is_about_is_no_data():
    # GUIDELINES: aggregate or anonymous data gives no tuple, nor does what it is about
    assert pairs("We use cookies to:\n- Compile aggregate data about site traffic and site interactions in order to "
                 "offer better site experiences.\n", fmt="md") == {("usage.cookies", "use")}
    assert ("usage", "collect") in pairs("We collect data about site traffic.")


def test_label_whose_value_calls_the_data_anonymous_is_no_data():
    # GUIDELINES: "**Analytics Data:** Anonymized data retained for 12 months" gives none
    assert pairs("- **Analytics Data:** Anonymized data retained for 12 months", fmt="md") == set()
    assert ("usage", "store") in pairs("- **Analytics Data:** Automatically deleted after 12 months", fmt="md")


def test_websites_you_visit_as_setter_of_cookies_is_no_history():
    found = pairs("We do not collect cookies set by the websites you visit.")
    assert ("usage.cookies", "not_collect") in found and not any(t == "usage.history" for t, _ in found)
    assert ("usage.history", "not_collect") in pairs("We do not collect a list of the sites you visit.")
    assert ("usage.history", "collect") in pairs("Advertisers track you across the websites you visit.")


def test_no_way_to_is_a_denial():
    # "have no way to X" denies X as "do not X"; a denied link of data to persons gives no tuple
    assert pairs("We have no way to access your messages.") == {("communication.messages", "not_collect")}
    assert ("usage.logs", "use") not in pairs(
        "We do not collect any data that can be used to identify you, and therefore have no way to link error "
        "reports to specific individuals.")


def test_a_denial_of_automatic_collection_is_a_denial():
    # "automatically" names how data is not collected, no limit of scope like "more than" or "beyond"
    assert pairs("We do not automatically collect personal information about you when you visit this online "
                 "service.") == {("personal_info", "not_collect")}
    assert ("personal_info", "not_collect") not in pairs("We do not collect more personal data than we need.")


def test_camera_coordinated_with_the_microphone_is_the_sensor_data():
    assert pairs("The app does not record microphone or camera input while the capture screen is inactive.") == {
        ("media.audio", "not_collect"), ("media.camera", "not_collect")}
    assert pairs("The app does not access any camera or microphone.") == {
        ("media.audio", "not_collect"), ("media.camera", "not_collect")}
    assert pairs("Camera and microphone access is requested when a visit begins.") == {
        ("media.audio", "collect"), ("media.camera", "collect")}


def test_an_uncatalogued_tool_the_policy_uses_is_that_party_when_it_opens_a_later_sentence():
    # the tagger reads a sentence-initial "Plausible" as a common word; "we use Plausible" made it a name
    text = ("We use [Plausible Analytics](https://plausible.io) to measure usage.\n\n"
            "Plausible receives your IP address. Plausible does not collect your email address.\n")
    found = {(s.data_type, s.action, s.entity) for s in statements_of(text, "markdown", "policy.md") if s.line == 3}
    # (GUIDELINES: "Plausible receives the page URL, the referrer and your IP address" is its collection)
    assert found == {("network.ip", "collect", "plausible"), ("contact.email", "not_collect", "plausible")}
    # a catalogued tool the user uses stays that tool ("Plausible collects …")
    found = {(s.data_type, s.entity) for s in statements_of(
        "When you use Plausible, we collect your IP address.\n\nPlausible collects your email address.\n",
        "markdown", "policy.md")}
    assert found == {("network.ip", "first_party"), ("contact.email", "plausible")}


def test_a_tool_said_to_be_used_for_a_practice_does_it_alone():
    # GUIDELINES: the collecting verb has the tool as its agent, the service only using the tool
    def found(text):
        return {(s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert found("Sentry is used to collect crash logs.") == {("usage.logs", "collect", "sentry")}
    assert found("The app uses the third party service Crashlytics for collecting the crash log data.") == {
        ("usage.logs", "collect", "crashlytics")}
    # no party is used: the practice stays ours
    assert found("Cookies are used to collect usage data.") >= {("usage", "collect", "first_party")}
    assert found("We use your email address for sending newsletters.") == {("contact.email", "use", "first_party")}


def test_a_practice_in_the_condition_of_a_contract_or_compliance_duty_is_no_practice():
    # GUIDELINES: processor contracts and safeguards give no share; the condition only names the practice
    def found(text):
        return {(s.data_type, s.action) for s in statements_of(text)}
    assert found("When we bring on a new subprocessor who handles our Users' Personal Information, "
                 "or remove a subprocessor, we will update this page.") == set()
    assert found("If our vendors have access to User Personal Information, they must comply with our "
                 "privacy requirements.") == set()
    # also a duty we lay on others, or one they need to fulfil
    assert found("Additionally, we require that if our vendors or affiliates have access to User Personal "
                 "Information, they must comply with our privacy policies.") == set()
    assert found("Where personal data processing happens in the US, suppliers need to meet the certification "
                 "standards set out in the agreement.") == set()
    # a practice in the main clause is kept
    assert found("If you contact us, we collect your email address.") == {("contact.email", "collect")}


def test_a_list_word_opening_a_list_item_names_its_datum():
    # GUIDELINES: an item under a list introduction takes the introduction's action for the data it names; a bare
    # list word ("country") that opens the item is that datum, not only when it stands alone
    text = ("# Policy\n\nWe collect the following information:\n\n- Country you live in\n"
            "- which country you view the site from.\n- Voice notes you record\n- addresses of websites visited\n")
    found = {t for t in tuples(text, fmt="markdown") if t[1] != "usage.history"}
    assert found == {(5, "location.coarse", "collect", "first_party"), (6, "location.coarse", "collect", "first_party")}


def test_writing_a_log_records_it():
    # GUIDELINES: the actor records the data (collect); "write" is such a verb only for a log
    assert pairs("Application logs are written to the application log.") == {("usage.logs", "collect")}
    assert pairs("We don't write access logs for our documentation site.") == {("usage.logs", "not_collect")}
    assert pairs("You can write private notes in the journal.") == set()


def test_a_practice_coordinated_with_an_adjective_of_the_data_is_its_practice():
    # "X are confidential and stored privately": the copula with an adjective is no inclusion; its subject is that of
    # the practice coordinated with it
    assert pairs("Our website logs are confidential and stored privately.") == {("usage.logs", "store")}
    assert pairs("Location permission is optional and requested when you use the map.") == {("location", "collect")}


def test_a_practice_coordinated_with_what_the_data_is_not_is_its_practice():
    # "X is not Y and is not shared": saying what the data is not is no inclusion; its subject is that of the denied
    # practice coordinated with it, also where the parser split "device ID" into a root noun and a relative clause
    assert ("contact.email", "not_share") in pairs(
        "Your email address is not your username and is not shared with advertisers.")
    assert ("device.id", "not_share") in pairs(
        "The device ID is not the Android Advertising ID and is not shared with advertisers.")
    assert ("device.id", "share") not in pairs(
        "The device ID is not the Android Advertising ID and is not shared with advertisers.")


def test_an_instance_identifier_is_a_device_id():
    # "instance ID" spelled out: the identifier of one installation of the app
    assert pairs("We collect your license key and a device instance identifier.") >= {("device.id", "collect")}
    assert pairs("Google Analytics for Firebase collects an app instance identifier.") == {("device.id", "collect")}


def test_a_role_in_an_organisation_is_an_occupation():
    # the job a person holds, named by the role in the organisation; not a role in a community
    text = ("# Policy\n\nWe collect the following information:\n\n- your role in your organisation\n"
            "- your organisational roles\n- your role in our community\n")
    assert tuples(text, fmt="markdown") == {(5, "identity.occupation", "collect", "first_party"),
                                            (6, "identity.occupation", "collect", "first_party")}


def test_party_provides_us_with_data_is_our_collection():
    # "X provides us with Y": the object gets the data, "with" names it (GUIDELINES: "You provide X to us")
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    assert found("Google provides us with limited, anonymous information such as your country and device model.") == {
        ("location.coarse", "collect", "first_party", None), ("device.hardware", "collect", "first_party", None)}
    assert found("We are sent your name and email address by Apple.") == {
        ("identity.name", "collect", "first_party", None), ("contact.email", "collect", "first_party", None)}
    assert found("We are provided with your email address by Google.") == {
        ("contact.email", "collect", "first_party", None)}
    assert found("We provide Stripe with your email address.") == {("contact.email", "share", "first_party", "stripe")}
    assert found("Drivers are not provided with riders' email addresses.") == {
        ("contact.email", "not_share", "first_party", "third_party")}


def test_data_named_in_an_item_of_a_purpose_list_is_used():
    # "We collect your data to:" introduces purposes: data named in an item is used (GUIDELINES: responding to
    # inquiries, usage of the service as a purpose), not "including but not limited to:", a list of the data
    text = "We collect your personal data to:\n\n- reply to your queries\n- monitor use of the site to identify threats\n"
    assert pairs(text, "md") == {("personal_info", "collect"), ("communication.messages", "use"), ("usage", "use")}
    text = ("We collect information automatically, including but not limited to:\n\n"
            "- Device Information such as device model and operating system version\n")
    assert pairs(text, "md") == {("device", "collect"), ("device.hardware", "collect")}


def test_responding_to_what_the_user_sends_uses_it():
    # the user's clause only names the data that is answered or read (GUIDELINES: a relative clause on the user
    # providing data that is the object of another practice -> use only)
    assert pairs("We will respond to any feedback you send us.") == {("content", "use")}
    assert pairs("For example, we'll look at any feedback you give us about our services so we can improve them.") == {
        ("content", "use")}
    assert pairs("We store the feedback you send us.") == {("content", "store")}


def test_passive_agent_hung_on_a_noun_of_the_verbs_phrase():
    # the parser hangs "by the relevant payment provider" on "agreement": it is still the passive's agent
    assert tuples("Card details are securely stored for the duration of your agreement by the relevant payment "
                  "provider that's connected to the organisation.") == {
        (1, "financial.payment", "store", "third_party")}
    assert tuples("Your data is stored for the duration of the contract by law.") == {
        (1, "personal_info", "store", "first_party")}


def test_how_visitors_use_the_site_beside_tracking_tools_is_collected():
    # GUIDELINES: a purpose "to understand how visitors use the site" with cookies, pixels or an analytics service on
    # the line is what they obtain -> collect usage by the party that sets them or runs the service
    assert tuples("Our website uses cookies to understand how visitors use the site.") == {
        (1, "usage.cookies", "use", "first_party"), (1, "usage", "collect", "first_party")}
    assert tuples("We use Google Analytics to understand how visitors use our websites.") == {
        (1, "usage", "collect", "google_analytics")}
    # with a demonstrative and no tool it stays a use
    assert tuples("We collect this information to better understand how our website visitors use the site.") == {
        (1, "usage", "use", "first_party")}


def test_the_tool_that_helps_us_understand_usage_obtains_it():
    # GUIDELINES: "to understand how visitors use the site" beside an analytics service is what the service obtains
    assert tuples("We use analytics services that help us understand how people use our service.") == {
        (1, "usage", "collect", "third_party")}
    assert tuples("Google Analytics for Firebase, which helps us understand how the app is used, collects an app "
                  "instance ID.") >= {(1, "usage", "collect", "firebase_analytics")}
    assert (1, "usage", "collect", "first_party") not in tuples(
        "Adobe Analytics helps us understand how customers use the App.")


def test_what_any_party_described_by_its_practice_must_do_is_background():
    # GUIDELINES: what a law requires of businesses in general states no practice of the service
    def found(text):
        return {(s.data_type, s.action) for s in statements_of(text)}
    assert found("Under the CCPA, a business that sells California residents' personal information to others: 1) must "
                 "give notice to California residents before selling their personal information to others; and 2) "
                 "must provide the right to opt out of the sale of their personal information.") == set()
    # a party without a describing clause, or a passive subject, is no class of parties
    assert found("An authentication service may send us your email address.") == {("contact.email", "collect")}
    assert ("network.ip", "store") in found("We keep the IP address from which a site was created.")


def test_what_a_table_holds_or_where_details_are_found_is_a_pointer():
    # GUIDELINES: sentences that describe a document or point to it state no practice; the rows of the table do
    assert pairs("While the table above contains information about the categories of personal information we "
                 "collect process and share, please see the GitHub Privacy Statement for full details.") == set()
    assert pairs("This chart details the categories of Personal Data that we may collect.") == set()
    assert pairs("The categories of third parties to whom we disclosed personal information for a business or "
                 "commercial purpose can be found under \"When and With Whom Do We Share Your Personal "
                 "Information?\".") == set()
    # what another party's policy says of its own practices (GUIDELINES: pointers to another party's own policy)
    assert pairs("YouTube's privacy policy, available at https://www.google.com/intl/en/policies/privacy/, identifies "
                 "the collection, processing, and use of personally identifiable information by YouTube and "
                 "Google.") == set()
    assert pairs("Google's privacy policy describes how Google uses your personal information.") == set()
    # a practice beside a table is kept
    assert pairs("We collect the categories of personal information listed in the table below.") == {
        ("personal_info", "collect")}


def test_a_category_named_by_a_demonstrative_points_back_to_its_types():
    # the row or list the demonstrative points back to names the types (GUIDELINES: CCPA tables)
    found = {(s.data_type, s.action) for s in statements_of(
        "| Category | Disclosed |\n| --- | --- |\n| Geolocation data (such as IP address) | This category of personal "
        "information has been disclosed for a business or commercial purpose |\n", "markdown", "policy.md")}
    assert ("personal_info", "share") not in found
    assert ("personal_info", "collect") not in pairs(
        "Please note that many of these categories of Personal Data will only be collected if you choose to provide "
        "them to us.")
    # "each category" and the categories an introduction announces stay the generic type
    assert ("personal_info", "store") in pairs(
        "We keep each category of personal information for as long as reasonably necessary for the purposes described "
        "above.")


def test_this_information_includes_after_practices_on_bare_information():
    # "we gather certain information automatically and store it in logs. This information includes X": X takes every
    # practice the sentence before states on the bare information (collect and store), not only the store of "logs"
    found = pairs("As is true of most websites, we gather certain information automatically and store it in logs. "
                  "This information includes IP addresses, browser type and operating system.")
    assert {("network.ip", "collect"), ("network.ip", "store"), ("device.hardware", "collect")} <= found
    # a demonstrative object points back to data named before: "combine this information" adds no use
    found = pairs("We may receive personal information about you from our partners and combine this information "
                  "with other records. The information may include contact information.")
    assert ("contact", "collect") in found and ("contact", "use") not in found
    # what other parties do in general states no practice of ours for the next sentence to carry
    assert ("usage.history", "share") not in pairs(
        "Some DNS providers sell data about your Internet activity. This data includes the sites you visit.")


def test_examples_of_information_about_your_use_take_the_collection():
    # "information about your use of the Services, including X": the user's own use is no nominal practice, the
    # examples hung on it are what is collected (not `use`)
    found = pairs("We collect log information about your use of the Services, including the type of browser you use, "
                  "access times, pages viewed, your IP address and the page you visited before navigating to our "
                  "Services.")
    assert ("network.ip", "collect") in found and ("device.hardware", "collect") in found
    assert not any(action == "use" for _, action in found)


def test_processors_referred_to_by_they_receive_or_process_what_we_share():
    # "They process X only on our instructions", "They may use X only to provide their services to us", "They receive
    # X": the service providers of the sentence before are processors, our sharing with each of them (GUIDELINES:
    # processors)
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "We use service providers to host our servers (Amazon Web Services, in Ireland) and to send emails. They "
        "process personal information only on our instructions and may not use it for their own purposes.")}
    assert found == {("personal_info", "share", "first_party", "third_party"),
                     ("personal_info", "share", "first_party", "amazon")}
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We use service providers, including Zendesk for customer support. They may use personal information only "
        "to provide their services to us.")}
    assert ("personal_info", "share", "zendesk") in found and not any(a == "use" for _, a, _ in found)
    assert pairs("We use vendors for billing and cloud hosting. They receive the personal information they need to "
                 "perform these services.") == {("personal_info", "share")}
    # a pronoun that may stand for our own app stays its collection
    assert pairs("The app does not request the route permission, so it never receives the GPS track of a "
                 "workout.") == {("location.precise", "not_collect")}


def test_inclusion_after_a_sentence_naming_only_bare_information():
    # the sentence before names no data type, only the bare information its practice is on: it is still read for
    # that practice ("we gather certain information automatically. This information includes X" -> collect X)
    assert pairs("As part of the process, we gather certain information automatically. This information includes "
                 "your IP address.") == {("network.ip", "collect")}
    # "demographic details associated with your household's IP address": the participle describes the details that
    # the demonstrative's inclusion names, which take the previous practice; the address is what they are linked to
    found = pairs("We may obtain information from data providers and marketing partners. This can include "
                  "demographic details associated with your household's IP address.")
    assert found == {("identity", "collect"), ("network.ip", "use")}


def test_personal_identifiers_and_directory_information():
    # "personal identifiers" identify the person (identity, not personal information as a whole)
    assert pairs("We do not collect names, email addresses, or any personal identifiers.") == {
        ("identity.name", "not_collect"), ("contact.email", "not_collect"), ("identity", "not_collect")}
    # the CCPA's "unique personal identifier" is a persistent identifier that fits no single type, as "online
    # identifier"; FERPA "directory information" is a category whose items are named one by one (GUIDELINES)
    assert pairs("We collect your real name, postal address and unique personal identifier.") == {
        ("identity.name", "collect"), ("contact.address", "collect")}
    assert pairs("We may disclose directory information without your consent unless you opt out.") == set()


def test_what_cookies_are_generally_used_for_is_background():
    # a sentence on cookies in general, not on this service's cookies, states no practice (GUIDELINES: definitions)
    assert pairs("Cookies are widely used to store preferences and to enable shopping carts and log-in areas on "
                 "websites.") == set()
    assert pairs("They are widely used to \"remember\" you and your preferences, either for a single visit or for "
                 "multiple repeat visits.") == set()
    # what our cookies are used for stays a use
    assert pairs("Cookies are commonly used by our site to remember your preferences.") == {("usage.cookies", "use")}


def test_a_list_item_that_is_a_full_clause_of_the_user_or_denied_takes_no_practice_of_its_introduction():
    found = {(s.data_type, s.action, s.line) for s in statements_of(
        "We collect:\n\n- how long you spend on each page\n- You choose who you would like to see, such as their "
        "gender and age range.\n- bitchat does not persist exact latitude or longitude.\n", "markdown", "policy.md")}
    # the noun clause opened by a question word is an item of the list
    assert ("usage", "collect", 3) in found
    # the user's own clause and the denied clause state no practice of "We collect:"
    assert not {item for item in found if item[2] in (4, 5) and item[1] == "collect"}


def test_available_with_no_one_it_is_open_to_is_no_disclosure():
    # "available" / "accessible" that says only that the data exists or can be had discloses it to no one
    assert pairs("Otherwise, no exposure log with the random IDs of your contacts will be available.") == set()
    assert pairs("Once your App has been deleted, your data will no longer be available.") == set()
    assert pairs("Some features, such as showing a child's username on leaderboards, are only available in Kids Mode "
                 "with a parent's consent.") == set()
    # open to someone or to the public it is a share
    assert pairs("Your profile is available to other users.") == {("account.profile", "share")}
    assert pairs("Any personal data you include in a Cargo.toml file will be publicly available.") == {
        ("personal_info", "share")}


def test_data_open_only_to_our_own_staff_is_no_disclosure():
    # GUIDELINES: recipients are parties outside the company; which of our own people may reach the data is an access
    # control, not a share
    assert pairs("The email addresses and user behavior data are only accessible to the leader developers.") == set()
    assert pairs("Highly sensitive logs such as mail traffic logs are only accessible to a core set of root "
                 "staffers.") == set()
    assert pairs("Your profile is visible to our employees.") == set()
    # people of another organisation, or an outsider beside the staff, are recipients
    assert pairs("Messages between parents and teachers are visible to school administrators.") == {
        ("communication.messages", "share")}
    assert pairs("Your personal information is only accessible to our employees and our hosting provider.") == {
        ("personal_info", "share")}
    assert pairs("Personal data is accessible to its administration team and, where necessary, to moderators.") == {
        ("personal_info", "share")}
    assert pairs("Your personal data is available to our administrators and to the infrastructure provider.") == {
        ("personal_info", "share")}


def test_a_list_introduction_whose_only_verb_is_a_participle_of_its_condition_takes_the_section_practice():
    # "when accessing the server" dates the items; the heading "What Data We Process" states the practice (use)
    text = ("# Privacy Policy\n\n## 3. What Data We Process\n\n**(3) Meta and Log Data** Technically necessary when "
            "accessing the server:\n\n- IP address\n- Operating system\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md") if s.line > 5}
    assert found == {(7, "network.ip", "use"), (8, "device.hardware", "use")}


def test_the_ip_address_a_location_is_worked_out_from_is_used_not_collected():
    # GUIDELINES: a location derived from the IP address is location.coarse plus `use` of network.ip
    found = {(s.data_type, s.action) for s in statements_of(
        "We infer your approximate location, such as your city, from your IP address.")}
    assert found == {("location.coarse", "collect"), ("network.ip", "use")}
    found = {(s.data_type, s.action) for s in statements_of("- Approximate location derived from your IP address.")}
    assert found == {("location.coarse", "collect"), ("network.ip", "use")}
    # an IP address received from somewhere is still collected
    assert {(s.data_type, s.action) for s in statements_of("We receive your IP address from your browser.")} == {
        ("network.ip", "collect")}


def test_a_location_worked_out_from_the_data_used_is_obtained():
    # the IP address used is the source of the location it estimates: `collect` location.coarse, `use` network.ip
    assert pairs("We use your IP address to estimate which US state you are in.") == {
        ("location.coarse", "collect"), ("network.ip", "use")}
    assert pairs("Your IP address is used to work out which country you are in.") == {
        ("location.coarse", "collect"), ("network.ip", "use")}
    assert pairs("We use the IP address in order to approximate your location because the service is only "
                 "available in certain countries.") == {("location.coarse", "collect"), ("network.ip", "use")}
    assert pairs("We use cookies to determine whether you are signed in.") == {("usage.cookies", "use")}


def test_the_ip_address_a_location_is_derived_from_is_only_used_whatever_the_rows_or_lists_practice():
    # GUIDELINES: a location derived from the IP address (also in a table cell) is the line's action on the location
    # plus `use` of network.ip by the party deriving it; the row's collection and sharing are the location's
    html = ("<table>\n<tr><th>Category</th><th>Examples</th><th>Disclosed to</th><th>Sold or shared</th></tr>\n"
            "<tr><td>Geolocation data</td><td>Zip code and approximate location derived from IP address</td>"
            "<td>Service providers; advertisers</td><td>Not sold or shared</td></tr>\n</table>\n")
    found = {(s.data_type, s.action) for s in statements_of(html, "html", "policy.html") if s.line == 3}
    assert ("network.ip", "use") in found and ("location.coarse", "share") in found
    assert not {("network.ip", "collect"), ("network.ip", "share"), ("network.ip", "not_share")} & found
    text = "| Category | Examples | Disclosed to |\n|---|---|---|\n| Geolocation | IP-address-based coarse location | Analytics partners |\n"
    found = {(s.data_type, s.action) for s in statements_of(text, name="policy.md") if s.line == 3}
    assert ("network.ip", "use") in found and ("location.coarse", "share") in found
    assert not {("network.ip", "collect"), ("network.ip", "share")} & found
    # an item under a collecting heading, and a participle the tagger reads as an adjective
    text = "## Information we collect\n\n- Location: We may determine the approximate location of your device from the IP address.\n"
    found = {(s.data_type, s.action) for s in statements_of(text, name="policy.md") if s.line == 3}
    assert ("network.ip", "use") in found and ("network.ip", "collect") not in found
    assert pairs("We may collect non-precise location information (e.g., the approximate region of a device, as "
                 "determined from the IP address) to tailor updates to that region.") == {
        ("location.coarse", "collect"), ("network.ip", "use")}


def test_a_table_of_data_with_its_purpose_states_the_use_of_the_data():
    # GUIDELINES (actions): `use` when the line does not say the data is collected: a row giving data with why it is
    # used, under a header and introduction that do not say the data is collected, is its use (and the retention
    # column its `store`)
    html = ("<p>This table shows the personal data we process.</p>\n<table>\n"
            "<tr><th>Data category</th><th>What it includes</th><th>Why we use it</th><th>How long we keep it</th></tr>\n"
            "<tr><td>Account data</td><td>Name, email address</td><td>To provide your account</td><td>90 days</td></tr>\n"
            "<tr><td>Logs</td><td>Error logs collected when the app crashes</td><td>To fix bugs</td><td>30 days</td></tr>\n"
            "</table>\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(html, "html", "policy.html")}
    assert {(4, "contact.email", "use"), (4, "contact.email", "store"), (5, "usage.logs", "use"),
            (5, "usage.logs", "collect")} <= found
    assert (4, "contact.email", "collect") not in found
    # a header or an introduction saying the data is collected, and a table of permissions, keep the collection
    for collected in (html.replace("Data category", "Data collected"),
                      html.replace("This table shows the personal data we process.", "We collect the following data:")):
        assert (4, "contact.email", "collect") in {(s.line, s.data_type, s.action)
                                                   for s in statements_of(collected, "html", "policy.html")}
    text = "| Permission | Purpose |\n|---|---|\n| `ACCESS_FINE_LOCATION` | Used to provide compass functionality |\n"
    assert ("location.precise", "collect") in {(s.data_type, s.action) for s in statements_of(text, name="policy.md")}


def test_cookies_a_collection_goes_through_are_used_not_collected():
    # GUIDELINES (cookies): cookies by which data is gathered are `use` of usage.cookies
    for text in ("Like many businesses, we also collect information through cookies and similar technologies.",
                 "Information collected through cookies, pixel tags and similar technologies.",
                 "Like most other website operators, we may collect your information via cookies."):
        assert ("usage.cookies", "use") in pairs(text) and ("usage.cookies", "collect") not in pairs(text)
    # cookies themselves named as what is collected stay collected
    assert ("usage.cookies", "collect") in pairs("We collect cookies and device identifiers.")


def test_cookies_after_a_described_use_are_the_means_of_the_enclosing_collection():
    # the parser hangs ", using cookies" on the user's "use" of "how you use the site"
    for text in ("We collect information on how you use the site, using cookies and page tagging techniques.",
                 "We collect data on how users interact with the app, using cookies."):
        assert pairs(text) == {("usage", "collect"), ("usage.cookies", "use")}
    assert pairs("You can see how you use the app, using your browser's cookies settings.") == set()


def test_local_storage_where_data_is_kept_is_no_tracking_technology():
    # data kept in the browser's or app's local storage stays on the user's device (GUIDELINES: device-local data)
    assert ("usage.cookies", "use") not in pairs(
        "All information that Akita collects is stored in the web browser's local storage.")
    assert pairs("This data is stored using Tauri's secure local storage and remains on your device.") == set()
    # local storage used by the service as a technology like cookies stays its use
    assert ("usage.cookies", "use") in pairs("We use cookies and local storage to keep you signed in.")


def test_the_users_country_as_where_a_practice_happens_is_a_jurisdiction():
    # where data is processed or comes from, or which country's text applies, is no location data (GUIDELINES: law)
    assert ("location.coarse", "use") not in pairs(
        "You must be at least 16 years of age to consent to the processing of your personally identifiable "
        "information in your country.")
    assert ("location.coarse", "collect") not in pairs(
        "IOTA may collect your Personal Data directly from the country where you are based.")
    assert ("location.coarse", "share") not in pairs(
        "Please also see Your country specific disclosures including those for the EU.")
    # the country collected as data stays
    assert ("location.coarse", "collect") in pairs("We collect your country and your preferred language.")


def test_answering_the_user_as_a_purpose_without_its_own_predicate():
    # the parse attaches "respond" to the main verb or to another purpose; the messages are still used
    assert ("communication.messages", "use") in pairs(
        "We may use the Personal Information that You provide in order to deliver the Services and to administer and "
        "maintain the Websites, respond to Your inquiries, improve our services.")
    assert ("communication.messages", "use") in pairs(
        "We use your tax return information to prepare, check and file your returns, to calculate your refund or "
        "balance due, to answer your questions and to meet our legal obligations.")
    assert ("communication.messages", "use") in pairs(
        "We need your Personal Information to provide our services, including for account registration, to respond "
        "to your inquiries, or for customer support.")
    # a denied use lends no use to its exception
    assert pairs("We do not use your data except to respond to your inquiries.") == set()


def test_errors_a_service_records_are_error_logs():
    assert ("usage.logs", "collect") in pairs(
        "For a better experience, certain usage data and errors are collected for identifying issues.")
    # (the developer being the first party, sharing with it is its collection)
    assert ("usage.logs", "collect") in pairs(
        "The application failure reports are shared only with the developer.")
    # errors named as what a purpose repairs or guards against are no data
    assert not any(t == "usage.logs" for t, _ in pairs(
        "We use Sentry and New Relic to diagnose errors and improve the performance of our site."))
    assert not any(t == "usage.logs" for t, _ in pairs(
        "We collect data about you to process that payment, and to monitor our service to protect against fraud and "
        "errors."))


def test_time_spent_on_pages_is_usage_not_browsing_history():
    # GUIDELINES: how the user interacts (time spent, session length) is usage; the pages visited are the history
    found = pairs("If you accept analytics cookies, we collect:\n\n- pages you visit\n- time spent on pages\n")
    assert ("usage", "collect") in found
    assert {(s.line, s.data_type) for s in statements_of(
        "If you accept analytics cookies, we collect:\n\n- pages you visit\n- time spent on pages\n")
        if s.data_type in ("usage", "usage.history")} == {(3, "usage.history"), (4, "usage")}


def test_message_text_is_the_messages():
    assert pairs("We store the message text of each request for 30 days.") == {("communication.messages", "store")}
    # the item's purpose adds no use: it takes its introduction's collection (GUIDELINES: "used for …" items)
    assert ("communication.messages", "collect") in pairs(
        "We collect the following data:\n\n* message texts and attachments: used for processing messages\n")


def test_web_services_named_as_processors_take_their_catalogue_ids():
    # hosting, email and analytics services named in policies resolve to their mappings/sdks.yaml entries
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "We send your email address to Mailchimp to deliver our newsletter.")}
    assert ("contact.email", "share", "first_party", "mailchimp") in found
    found = {(s.data_type, s.action, s.entity) for s in statements_of(
        "Plausible receives the page URL and your IP address.")}
    # (GUIDELINES: what the page's script sends Plausible is its collection)
    assert ("network.ip", "collect", "plausible") in found


def test_a_catalogued_name_opening_many_sentences_is_the_policys_own():
    # five or more sentences opening on "Cloudflare will …": the operator's own policy, first party
    text = "\n\n".join(["Cloudflare will not sell your personal data.", "Cloudflare will retain the query logs for 25 hours.",
                        "Cloudflare will delete the truncated IP address within 25 hours.",
                        "Cloudflare will not share the logs with any third parties.", "Cloudflare may publish aggregate data."])
    assert {s.actor for s in statements_of(text, "markdown", "policy.md")} == {"first_party"}
    # named once, it stays the catalogued party
    assert {s.actor for s in statements_of("Cloudflare will retain the query logs for 25 hours.")} == {"cloudflare"}


def test_messages_of_a_chat_platform_and_their_text_are_messages():
    # the messages a bot or integration handles on a chat platform are chat messages (GUIDELINES)
    assert ("communication.messages", "store") in pairs(
        "To improve the experience of your team, we store Slack messages created using the Service.")
    assert ("communication.messages", "use") in pairs("* message texts and attachments: used for processing messages")
    assert ("communication.messages", "store") in pairs(
        "If a user sends a message and the bot replies to it, the bot may store the message itself.")
    # bare "messages" stays ambiguous, and so are the messages the service sends
    assert pairs("We may send you messages about your account.") == set()


def test_device_hardware_os_and_state_information_are_device_data():
    # "device hardware and OS information" names the hardware and operating system; "device state information" the device
    assert pairs("We collect device state information, device hardware and OS information.") == {
        ("device", "collect"), ("device.hardware", "collect")}


def test_information_about_the_way_you_use_the_app_is_usage():
    # the app-policy template "… your mobile operating system and information about the way you use the Application"
    assert ("usage", "collect") in pairs(
        "The Application may collect certain information automatically, including your mobile operating system and "
        "information about the way you use the Application.")


def test_a_name_purpose_expires_table_after_a_lead_in_on_cookies_lists_cookies():
    # "| Name | Purpose | Expires |" under a heading that does not name cookies, right after "… sets the following
    # cookies:", lists cookies; the same table after a lead-in on something else does not
    table = "| Name | Purpose | Expires |\n| _ga | Counts visits. | 2 years |\n| prefs | Keeps your settings. | 1 year |\n"
    text = "## Measuring website usage\n\nGoogle Analytics sets the following cookies:\n\n" + table
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert {(6, "usage.cookies"), (7, "usage.cookies")} <= found
    other = "## Measuring website usage\n\nWe keep the following settings:\n\n" + table
    assert not any(data == "usage.cookies" for _, data in
                   {(s.line, s.data_type) for s in statements_of(other, "markdown", "policy.md")})


def test_errors_collected_reported_or_occurring_in_the_software_are_error_logs():
    assert ("usage.logs", "collect") in pairs(
        "For a better experience, certain usage data and errors are collected for identifying issues.")
    assert ("usage.logs", "share") in pairs("Application errors are reported to the error tracking provider.")
    assert ("usage.logs", "collect") in pairs("We collect events and errors that occur within the add-on.")
    # errors named otherwise are no data
    assert pairs("Errors are shown to you on screen.") == set()


def test_counts_of_the_users_visits_are_usage():
    # a count of the visits is a measure of how the service is used, as counted page views are (GUIDELINES)
    assert pairs("Akita collects a count of your visits to websites.") == {("usage", "collect")}
    assert pairs("We record the number of visits to the site.") == {("usage", "collect")}


def test_a_license_key_is_an_account_credential():
    # the key that unlocks what the user paid for is a credential (GUIDELINES: a key that unlocks the user's account)
    assert pairs("We store your license key to validate your purchase.") == {("account.credentials", "store")}


def test_a_later_clause_with_its_own_negation_keeps_it_to_itself():
    # the data named after "we never see" is denied by us only, not collected by the parties of the first clause
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Apple and Google collect and process your payment details under their own terms, and we never see your "
        "card number or billing address.")}
    assert ("contact.address", "not_collect", "first_party") in found
    assert not any(d == "contact.address" and a == "not_collect" and actor in ("apple", "google")
                   for d, a, actor in found)
    assert ("health", "not_collect") not in pairs(
        "We collect and use consumer health data only with your consent, and we never sell consumer health data.")
    # one object for both verbs: the earlier verb keeps its practice
    assert ("personal_info", "collect") in pairs("We may receive but do NOT store information from and about users "
                                                 "of our App, including your name.")
    assert pairs("We do not collect or share your location.") == {("location", "not_collect"), ("location", "not_share")}


def test_processing_on_our_behalf_hung_on_the_object_or_by_our_instructions_is_our_sharing():
    # "on our behalf" that the parser hangs on the object, and "according to our instructions": a processor's
    # handling is our sharing with it (GUIDELINES: processors)
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "Our service providers process personal data on our behalf.")}
    assert found == {("personal_info", "share", "first_party", "third_party")}
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "Google processes your data according to our instructions.")}
    assert found == {("personal_info", "share", "first_party", "google")}
    # a later clause of the introduction that denies the processors' own use adds no denial to the items
    text = ("The following service providers process personal data on our behalf, under contracts that meet "
            "Article 28 GDPR, and may not use it for their own purposes:\n\n"
            "- **Zendesk, Inc.**: customer support tickets and chat (your name, email address and messages).")
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(text, "markdown", "policy.md") if s.line == 3}
    assert ("contact.email", "share", "zendesk") in found
    assert not any(action == "not_share" for _, action, _ in found)
    # our own processing for someone else stays our use
    assert pairs("We process personal data on behalf of our customers.") == {("personal_info", "use")}


def test_a_party_we_engage_to_process_data_is_our_processor():
    # "employ / engage X to process …" parsed as a purpose of the engaging verb: X does it, for us (GUIDELINES:
    # processors), also when X is the antecedent of "who"
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "These might include contracted partners (who we have employed to process your personal data on our behalf).")}
    assert found == {("personal_info", "share", "first_party", "third_party")}
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "We have engaged Stripe to process your payment information.")}
    assert found == {("financial.payment", "share", "first_party", "stripe")}
    # our own staff stay us
    assert {s.actor for s in statements_of("We employ staff to review your messages.")} == {"first_party"}


def test_an_uncatalogued_party_acting_for_us_is_our_processor():
    # the subject is neither us nor catalogued; "on our behalf" / "according to our instructions" makes its
    # handling our sharing with a third party (GUIDELINES: processors)
    opening = "Example App privacy policy\n\nExample App is a note-taking app.\n\nOur host is Alfahosting GmbH.\n\n"
    for sentence in ("Alfahosting processes your data only according to our instructions.",
                     "Companies that host our reservation system handle personal data on our behalf."):
        found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(opening + sentence)}
        assert found == {("personal_info", "share", "first_party", "third_party")}
    # our own processing stays our use
    assert {(s.data_type, s.action) for s in statements_of(
        opening + "We process your data according to our instructions.")} == {("personal_info", "use")}


def test_reactions_are_records_of_what_the_user_reacted_to_or_health_data():
    # reactions and reposts record what the user reacted to or shared (usage.history); reactions to medications are
    # health data
    assert pairs("We store your reactions and reposts.") == {("usage.history", "store")}
    assert pairs("We report adverse reactions to medications to the FDA.") == {("health", "share")}


def test_how_a_website_or_app_performs_is_performance_data():
    assert pairs("We use Google Analytics to collect information about how our website performs and how our users "
                 "navigate through and use the site.") == {("usage.logs", "collect"), ("usage", "collect")}
    assert ("usage.logs", "collect") in pairs("We carry out performance analysis to see how well the site performs on "
                                              "your device during your visit.")
    assert pairs("We assess how our staff perform.") == set()


def test_information_about_the_use_of_the_service_is_usage():
    assert pairs("We may collect information relating to the general use of the Trinity Wallet App.") == {
        ("usage", "collect")}
    assert ("usage", "collect") in pairs("We automatically record Personal Information about the usage of the "
                                         "Scratch Website.")
    assert pairs("GitHub collects anonymous information related to the usage of the extensions.") == set()
    assert pairs("Please see our notice for information about the use of our cookies.") == set()


def test_data_excepted_from_a_denial_is_not_denied():
    # an exception that names the data left out of a denial states its practice (GUIDELINES: denials with an exception)
    assert pairs("None of the above data will be transferred elsewhere, with the exception of message texts, which "
                 "will be sent to Google AI API.") == {("communication.messages", "share")}
    assert pairs("We do not sell your data, with the exception of your email address.") == {
        ("personal_info", "not_share"), ("contact.email", "share")}


def test_data_said_to_contain_no_identifying_information_denies_no_type():
    # calling the data non-personal names no type left out (GUIDELINES); the named types beside it stay denied
    assert pairs("The data we collect contains no identifying information, email content, or account information.") == {
        ("communication.messages", "not_collect"), ("account", "not_collect")}
    assert pairs("The data we collect never includes personal information.") == set()
    # a denied practice the inclusion verb takes is a denial
    assert pairs("This program does not involve the collection of any personal information from students.") == {
        ("personal_info", "not_collect")}


def test_a_parent_aware_that_a_child_gave_us_data_supposes_no_practice():
    # the children's clause of the common template: a supposition of what the reader knows, no collection stated
    assert pairs("If you are a parent or guardian and you are aware that your child has provided us with Personal "
                 "Information, please contact us.") == set()


def test_an_sdk_records_data_called_anonymous_gives_no_tuple_but_its_identifiers():
    # anonymised data gives no tuple, identifiers aside (GUIDELINES), in an SDK record's data field too
    text = "### PostHog\n\n- **Purpose:** Analytics and usage tracking\n- **Data Shared:** {}\n"
    assert pairs(text.format("Anonymous usage events and properties"), "markdown") == set()
    assert pairs(text.format("Usage events and properties"), "markdown") == {("usage", "collect")}
    assert ("device.id", "collect") in pairs(text.format("Anonymous usage events and a device ID"), "markdown")


def test_data_called_anonymous_and_named_again_bare_in_the_block_gives_no_tuple():
    # GUIDELINES: anonymous or aggregate data gives none, also where a later sentence names it again bare
    assert pairs("Ambie collects anonymous, aggregate telemetry. You can view the repository to see where the app "
                 "tracks telemetry. Telemetry is used to understand what parts of Ambie are used.") == set()
    # a paragraph of its own that names the data bare states its practice
    assert tuples("We collect anonymous usage data.\n\nWe collect usage data to improve the app.\n") == {
        (3, "usage", "collect", "first_party")}


def test_hyphen_joined_term_names_data_but_not_as_a_modifier():
    # a two- or three-word term written as a hyphenated compound is the same data ("user agent" -> "user-agent")
    assert pairs("When you visit the site, we receive your IP address and user-agent header as part of our server "
                 "logs.") == {("network.ip", "collect"), ("device.hardware", "collect"), ("usage.logs", "collect")}
    # not a modifier of another noun, nor a code name with underscores
    assert ("communication.messages", "collect") not in pairs(
        "The private-message outbox uses ChaCha20 with a key held in the keychain.")
    assert ("contact.phone", "collect") not in pairs("We store the phone_number flag in the settings file.")


def test_head_shared_by_coordinated_device_terms():
    # "browser and device characteristics": the head completes the first conjunct too ("browser characteristics")
    assert pairs("We automatically collect your IP address and/or browser and device characteristics.") == {
        ("network.ip", "collect"), ("device.hardware", "collect"), ("device", "collect")}


def test_denial_in_a_so_clause_stays_in_it():
    # the parser hangs the first clause under the later "so" clause; the denial there is that clause's own
    assert pairs("Your IP address is used to detect fraud, so it is never stored in full.") == {("network.ip", "use")}
    assert pairs("Your email address is shared with our partners, so it is never sold.") == {("contact.email", "share")}
    assert pairs("We do not sell your data, so it is never shared with advertisers.") == {("personal_info", "not_share")}


def test_data_excepted_from_a_denial_is_handled():
    # GUIDELINES: an exception that names the data left out of a denial states its practice
    assert pairs("We do not collect any personal information other than your IP address.") == {
        ("personal_info", "not_collect"), ("network.ip", "collect")}
    assert pairs("We do not collect any personal information except your IP address.") == {
        ("personal_info", "not_collect"), ("network.ip", "collect")}
    # a limit of scope and an exception of parties stay as they were
    assert pairs("We do not collect more personal information than necessary.") == set()
    assert pairs("Except as described in this policy, we do not share your email address.") == {
        ("contact.email", "not_share")}


def test_hedged_denial_states_no_practice():
    # GUIDELINES: a denial hedged by how often or how readily it holds is not annotated, wherever the hedge stands
    assert pairs("We do not normally access your photos.") == set()
    assert pairs("We normally do not share your email address.") == set()
    assert pairs("Generally, we do not share your email address.") == set()
    assert pairs("Generally speaking, we do not share your email address.") == set()
    assert pairs("Visitors' personal information is not usually disclosed to anyone except Government of Canada "
                 "personnel.") == set()
    assert pairs("We generally don't collect or store your location.") == set()
    assert pairs("We generally collect no personal information.") == set()
    assert pairs("Usually, no personal information is shared with third parties.") == set()
    # "never" stays a denial, and a hedge of another verb hedges nothing denied
    assert pairs("We generally never share your email address.") == {("contact.email", "not_share")}
    assert ("contact.email", "not_share") in pairs("We do not sell the email addresses we usually collect.")
    assert pairs("We usually collect your email address but do not share your phone number with advertisers.") == {
        ("contact.email", "collect"), ("contact.phone", "not_share")}
    assert pairs("We usually collect your name but no other personal information.") == {
        ("identity.name", "collect"), ("personal_info", "not_collect")}
    assert pairs("We collect no personal information.") == {("personal_info", "not_collect")}


def test_streaming_history_and_log_entries():
    assert pairs("We do not share your streaming history with advertisers.") == {("usage.history", "not_share")}
    assert pairs("Audit log entries are kept for 30 days.") == {("usage.logs", "store")}


def test_negation_in_markdown_emphasis():
    # the emphasis markers around a negation are not read as tokens of the verb group
    assert pairs("We do **not** sell your personal information.") == {("personal_info", "not_share")}
    assert pairs("We **never** share your email address.") == {("contact.email", "not_share")}
    assert pairs("We do _not_ collect your location.") == {("location", "not_collect")}
    # also with its auxiliary inside the emphasis
    assert pairs("We **do not** collect your location.") == {("location", "not_collect")}
    assert pairs("We *don't* sell your email address.") == {("contact.email", "not_share")}
    # a passive keeps its parse: the markers leave one run of blanks, after the words, not one on each side
    assert pairs("Posts are *not* removed.") == {("content", "store")}
    assert pairs("Your messages are **not** deleted when you leave a group.") == {("communication.messages", "store")}


def test_a_remark_in_brackets_on_one_item_does_not_limit_a_denied_list():
    # "only" in a bracketed remark on one item is no limit of the denial's scope ("we do not collect more than …"):
    # every item of the list stays denied
    assert pairs("We do not collect: IP addresses (only daily-salted hashes for rate-limit correlation), payment "
                 "info (no payments), location, contacts, biometrics.") == {
        ("network.ip", "not_collect"), ("financial.payment", "not_collect"), ("location", "not_collect"),
        ("social.contacts", "not_collect"), ("biometric", "not_collect")}
    # a limit outside the brackets still blocks the denial
    assert pairs("We do not collect more than your email address.") == set()


def test_cookies_and_pixels_are_used_not_collected():
    # GUIDELINES: setting, placing or using cookies, pixels or web beacons is use of usage.cookies
    assert pairs("Our newsletter contains tracking pixels that record whether you open the email.") == {
        ("usage.cookies", "use")}
    assert pairs("We collect information using cookies and web beacons.") == {("usage.cookies", "use")}
    # the identifiers a cookie holds, named as such, are collected
    assert ("usage.cookies", "collect") in pairs("Google collects your IP address and cookie identifiers.")


def test_purpose_list_introduced_by_pointing_back_to_the_practice_before():
    # "It helps us to:" / "We do this to:" introduce the purposes of the practice stated before: the data an item
    # names is used by us (GUIDELINES: data named in an item of a list of uses)
    text = ("# Privacy\n\nWe collect personal data so that you can send money.\n\nIt helps us to:\n\n"
            "- respond to your feedback if you have asked us to\n")
    assert (7, "content", "use", "first_party") in tuples(text, fmt="md")
    text = ("# Privacy\n\nWe collect information through Google Analytics to see how you use the site. We do this to:"
            "\n\n- monitor use of the site to identify security threats\n")
    found = tuples(text, fmt="md")
    assert (5, "usage", "use", "first_party") in found
    assert not any(line == 5 and actor != "first_party" for line, _, _, actor in found)


def test_consent_to_practices_on_the_users_data_states_each_practice_named():
    # the user's consent given by using the service names the practices (GUIDELINES, beside the legal-ground items),
    # also with the pointer to the policy; every coordinated practice noun governs the "of" object
    assert pairs("By using Listem, you consent to the collection, use, and processing of your personal information as "
                 "described in this Privacy Policy.") == {("personal_info", "collect"), ("personal_info", "use")}
    assert pairs("By using the Services, you consent to our collection, use, disclosure and retention of your "
                 "information as described in this Policy.") == {
        ("personal_info", "collect"), ("personal_info", "use"), ("personal_info", "share"), ("personal_info", "store")}
    assert pairs("You agree to the collection and use of information in accordance with this policy.") == set()
    # a harm guarded against stays none for every conjunct
    assert pairs("We protect against unauthorized access, use or disclosure of your personal information.") == set()


def test_items_of_a_more_details_list_are_topics_not_practices():
    # "You can get more details on:" lists documents the reader may ask for; its items state no practice
    text = ("We process your personal data.\n\nYou can get more details on:\n\n"
            "- agreements we have with other organisations for sharing information\n"
            "- circumstances where we can pass on personal information without telling you, for example, to help "
            "with the prevention or detection of crime\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert not any(line in (5, 6) for line, *_ in found)
    assert (1, "personal_info", "use") in found


def test_category_column_of_a_data_table_is_a_row_label():
    # "Category | Data | Why": the category is read when the data cell names nothing itself, a title otherwise
    text = ("## What we collect\n\n| Category | Data | Why |\n|---|---|---|\n"
            "| Telemetry | anonymous events, counters | Product analytics |\n"
            "| Documents | files you upload | Indexing |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "usage", "collect") in found
    assert (6, "content", "collect") in found and (6, "storage.files", "collect") not in found


def test_the_name_of_an_error_a_game_or_a_client_is_no_persons_name():
    text = ("We collect the following data:\n\n- Error name, message, and stack trace\n- Game names or file paths\n"
            "- the client name (VS Code) and its version\n- your name\n")
    found = {(s.line, s.data_type) for s in statements_of(text, "markdown", "policy.md")}
    assert not any(data_type == "identity.name" and line < 6 for line, data_type in found)
    assert (3, "usage.logs") in found and (6, "identity.name") in found


def test_audit_logs_are_logs():
    text = "| Data | Retention |\n|---|---|\n| Audit log | 30 days |\n\nWe keep an audit trail of changes to your account.\n"
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}
    assert (3, "usage.logs", "store") in found and (5, "usage.logs", "store") in found


def test_your_email_and_email_data_are_the_email_address():
    assert pairs("We may use your email for that purpose.") == {("contact.email", "use")}
    assert pairs("We will keep your email data until your access to the service is no longer required.") == {
        ("contact.email", "store")}
    # the settings of an email account, or a message replied to, are no address
    assert pairs("You can change your email settings in your account preferences.") == set()
    assert ("contact.email", "use") not in pairs("We use your information to reply to your email.")


def test_data_saved_on_local_storage_is_kept_on_the_device():
    # GUIDELINES: data a website or extension keeps in the browser's local storage is device-local, no store; the
    # place may hang from the object in the parse
    assert pairs("TSM saves Google login information (email address) on local storage.") == set()
    assert pairs("The extension stores your settings in local storage.") == set()
    assert ("contact.email", "store") in pairs("We save your email address in our database.")
    # cookies stored on the device are set there: a use of cookies
    assert ("usage.cookies", "use") in pairs("We allow Google Analytics to store cookies on your device.")


def test_active_conjunct_of_a_passive_verb_keeps_its_subject():
    # "whose SDKs are built into the app and collect X": the SDKs collect (GUIDELINES: an SDK embedded in the app is
    # the actor of what it collects), each of the networks listed before "whose"
    found = tuples("Ads are served through Google AdMob, AppLovin and ironSource, whose SDKs are built into the app "
                   "and collect the advertising identifier and IP address.")
    assert found == {(1, data_type, "collect", actor) for data_type in ("device.id.ad_id", "network.ip")
                     for actor in ("admob", "applovin", "ironsource")}
    assert tuples("Firebase Crashlytics is integrated in the app and collects crash logs.") == {
        (1, "usage.logs", "collect", "crashlytics")}
    # a passive conjunct stays passive: stored by us
    assert tuples("Your data is encrypted and stored on our servers.") == {(1, "personal_info", "store", "first_party")}


def test_subject_of_a_predicate_adjective_with_an_infinitive():
    # "Google may be able to get your IP address": "able" is said of Google, the provider of the service named in
    # the line (GUIDELINES, named parties)
    assert tuples("We'll ask if you agree to cookies so that we can get statistics from Google Analytics. If you "
                  "consent, Google may be able to get your IP address.") >= {
        (1, "network.ip", "collect", "google_analytics")}
    assert not any(actor == "first_party" and data_type == "network.ip" for _, data_type, _, actor in tuples(
        "If you consent, Google may be able to get your IP address."))
    # "you are free to use a nickname": the user's own choice, no practice of ours
    assert tuples("You are of course free to use a nickname and a pseudonymous email address.") == set()


def test_data_uploaded_to_another_party_is_shared_with_it():
    # uploading or synchronising to another party is a transfer to it (GUIDELINES: data sent to a third party is
    # `share`; data synchronised to another party is `share`); to our servers it is our collection
    found = statements_of("Crash logs are uploaded to Sentry.")
    assert [(s.data_type, s.action, s.actor, s.recipient) for s in found] == [
        ("usage.logs", "share", "first_party", "sentry")]
    found = statements_of("We upload hashed email addresses of Rewards members to those partners so that they can "
                          "show ads to our members on other sites.")
    assert [(s.data_type, s.action, s.recipient) for s in found] == [("contact.email", "share", "third_party")]
    assert pairs("Your photos are uploaded to our servers.") == {("media.photos", "collect")}


def test_companies_as_a_relative_antecedent_are_third_parties():
    # "Companies that track how users interact with the Services": bare "companies" are other organisations, never
    # the service itself ("the company", "our company" stay the first party)
    assert tuples("Companies that track how users interact with the Services.") == {(1, "usage", "collect",
                                                                                        "third_party")}
    assert tuples("Our company collects your email address.") == {(1, "contact.email", "collect", "first_party")}


def test_named_examples_hung_inside_the_category_phrase():
    # "Third-party SDKs integrated into the app, such as AppsFlyer": the parser hangs the examples on "app"; the
    # named examples are still those of the acting category (GUIDELINES: one tuple per catalogued example, and the
    # category's own when the list is open)
    assert tuples("Third-party SDKs integrated into the app, such as AppsFlyer, collect your advertising ID.") == {
        (1, "device.id.ad_id", "collect", "third_party"), (1, "device.id.ad_id", "collect", "appsflyer")}
    # examples of data inside the category's clause name no party
    assert tuples("Service providers that process data such as your email address may collect your IP address."
                  ) >= {(1, "network.ip", "collect", "third_party")}
    assert not any(actor not in ("third_party",) for _, _, _, actor in tuples(
        "Service providers that process data such as your email address may collect your IP address."))


def test_coordinated_agents_of_a_passive_practice():
    # "handled by Bugsnag and Sentry": each agent performs the practice, as each party of a coordinated subject
    # (GUIDELINES: when several named SDKs or companies each perform the practice, one tuple per id)
    # (processors handling the data: our sharing with each, GUIDELINES: processors)
    found = {(s.data_type, s.action, s.entity) for s in statements_of("Crash reports are handled by Bugsnag and Sentry.")}
    assert found == {("usage.logs", "share", "bugsnag"), ("usage.logs", "share", "sentry")}
    assert tuples("Your email address is collected by us and our service providers.") == {
        (1, "contact.email", "collect", "first_party"), (1, "contact.email", "collect", "third_party")}
    assert tuples("Your card number is collected by Stripe.") == {(1, "financial.payment", "collect", "stripe")}


def test_calls_anonymous_reads_whole_words_or_also_parts_of_hyphenated_ones():
    from policycheck.extract.lexicon import load_lexicon

    lex = load_lexicon("en")
    assert lex.calls_anonymous("Anonymised, aggregate") and lex.calls_anonymous("some non-personal")
    assert not lex.calls_anonymous("non-aggregate") and not lex.calls_anonymous("anonymously")
    assert lex.calls_anonymous("non-aggregate", in_compounds=True) and lex.calls_anonymous("aggregate-level", True)
    assert not lex.calls_anonymous("reaggregated", in_compounds=True)


def test_a_verbless_no_list_opening_a_line_is_not_collected():
    # "No X, Y, or Z" with no practice around it: the "no" of the first item denies every item, and what the service
    # does not have is not collected (GUIDELINES: telemetry)
    assert pairs("- **No analytics, advertising, telemetry, or tracking** — the app does not contain an analytics or "
                 "advertising SDK.", fmt="md") == {("usage", "not_collect")}
    # under a practice, the "No X" item denies that practice
    assert pairs("We share the following with partners:\n\n- No telemetry", fmt="md") == {("usage", "not_share")}
    # "No account:" says the service has no accounts, a feature, not that it lacks account data
    assert pairs("- **No account:** The project operates no account record for you to request.", fmt="md") == set()
    # a "no" phrase after a practice is that practice's own object
    assert pairs("We collect your email address but no other personal data.") == {
        ("contact.email", "collect"), ("personal_info", "not_collect")}


def test_a_question_and_answer_table_row_answered_no_denies_the_question():
    # GUIDELINES (questions): a Yes / No answer cell gives the practice the question names or its denial; the rest of
    # the answer states its own practice, not what "No" negates
    table = ("| Question | Answer |\n|----------|--------|\n"
             "| Is personal data collected? | **No** - `send_default_pii: false` (default configuration) |\n"
             "| Is my keyboard input logged? | **No** - Only application crashes are reported |\n"
             "| Do we share your data? | No |\n"
             "| Do we sell your email address? | Yes |\n")
    assert {(line, data_type, action) for line, data_type, action, _ in tuples(table, fmt="md")} == {
        (3, "personal_info", "not_collect"), (4, "usage.logs", "share"), (5, "personal_info", "not_share"),
        (6, "contact.email", "share")}


def test_a_question_and_answer_table_row_asking_which_data_gives_its_practice_to_the_answer():
    # GUIDELINES (questions): "What data does Sentry collect?" gives its collection to the data the answer cell lists
    table = ("| Question | Answer |\n|----------|--------|\n"
             "| What data does Sentry collect? | Crash reports, stack traces, version info, OS version |\n")
    assert tuples(table, fmt="md") == {(3, "usage.logs", "collect", "sentry"), (3, "device.hardware", "collect", "sentry")}


def test_item_opening_process_read_as_a_noun_is_the_items_practice():
    # the tagger reads an item's opening "process" as a compound noun of its object, which then became the subject
    # of the item's next verb (a share through "send … to"); it is the item's verb (GUIDELINES: processing orders is
    # `use` `financial.transactions`)
    intro = "We use your information to:\n"
    assert tuples(intro + "- process rentals and purchases and send receipts to the email address on your account;"
                  ) == {(1, "personal_info", "use", "first_party"), (2, "contact.email", "use", "first_party"),
                        (2, "financial.transactions", "use", "first_party")}
    assert tuples(intro + "- process payments and maintain billing records") >= {
        (2, "financial.transactions", "use", "first_party")}
    assert (2, "financial.transactions", "use", "first_party") in tuples(
        intro + "- Processing orders or other transactions; billing.")
    # an order processed is the transaction processed
    assert (1, "financial.transactions", "use", "first_party") in tuples(
        "We use this information to process your orders through the Service and collect payment.")


def test_party_accessing_data_is_a_recipient():
    # GUIDELINES (Actors and recipients): a party said to receive or access the data is a recipient of what the
    # service passes on, not a collector of its own
    assert tuples("We use vendors for hosting and customer support. They may access your information only to perform "
                  "services for us.") == {(1, "personal_info", "share", "first_party")}
    # taken from elsewhere, or by ourselves: still a collection
    assert tuples("We get your email address from Google.") == {(1, "contact.email", "collect", "first_party")}
    assert tuples("The app accesses your contacts.") == {(1, "social.contacts", "collect", "first_party")}
    # "it" after a sentence about the app is the app: its own denial, no sharing
    assert tuples("The App asks for access to your camera. It does not access your contacts, photos or calendar.") >= {
        (1, "social.contacts", "not_collect", "first_party"), (1, "calendar", "not_collect", "first_party")}
    assert not {t for t in tuples("The App asks for access to your camera. It does not access your contacts.")
                if t[2] == "not_share"}


def test_peers_and_relays_are_sent_what_they_receive_or_see():
    # GUIDELINES: what relays or peers are said to see or receive is the app's sending (share by first_party), and
    # "A relay does not see the plaintext of:" only says the messages are encrypted (no denial)
    assert tuples("Depending on the feature you use, nearby peers can receive:\n- Your chosen nickname.\n"
                  "- Radio metadata, such as approximate Bluetooth signal strength.") == {
        (2, "account.profile", "share", "first_party"), (3, "device.network", "share", "first_party")}
    assert tuples("A relay does not see the plaintext of:\n- Private Direct Messages (encrypted to the recipient).") == {
        (2, "communication.messages", "share", "first_party")}
    assert tuples("Other users cannot see your email address.") == {(1, "contact.email", "not_share", "first_party")}


def test_access_and_registration_dates_page_titles_and_call_times_are_terms():
    # GUIDELINES: dates and times of access are usage.logs; "call times and durations" are a call log
    assert pairs("We collect the date of access and the page title.") == {("usage.logs", "collect"),
                                                                         ("usage.history", "collect")}
    assert pairs("We keep your registration date.") == {("usage.logs", "store")}
    assert pairs("Twilio receives phone numbers, call times and durations.") >= {("communication.call_log", "share")}


def test_stress_levels_month_of_birth_and_conversations_are_terms():
    assert pairs("We record your stress levels.") == {("health", "collect")}
    assert pairs("We collect your year and month of birth.") == {("identity.birthdate", "collect")}
    assert pairs("We store conversations submitted through the chat tool.") == {("communication.messages", "store")}


def test_user_content_named_by_a_clause_of_making_or_publishing_it():
    # a container noun with a relative clause or participle saying the user put it into the service is user content
    assert ("content", "store") in pairs("We store the sounds you uploaded in our storage server.")
    assert ("content", "store") in pairs("All content sent to mailing lists is archived indefinitely.")
    assert ("content", "collect") in pairs("Mozilla receives the projects created in the app.")
    assert ("content", "collect") in pairs("We collect information when you register or post content to our site.")
    # what the user gives or sends in general stays the user's information, and a site's own content is no user content
    assert ("content", "collect") not in pairs("We collect the information you submit to us.")
    assert ("content", "share") not in pairs("You may share content from our Sites to a social media service.")


def test_git_commits_are_user_content():
    assert ("content", "collect") in pairs("We collect git contributions and emails.")


def test_data_said_to_stay_public_is_shared():
    # GUIDELINES: "public packages you published stay public" (data said to stay public adds share with third_party)
    assert ("content", "share") in pairs("After deletion, public packages you published stay public.")
    assert pairs("Your data stays private, on your device, only accessible by you.") == set()


def test_condition_naming_a_practice_on_the_users_data_before_a_right_states_it():
    # a right states no practice, but a condition before it that names the user's data with a practice verb or noun
    # does (GUIDELINES: conditions naming the user's data; legal grounds naming the data)
    assert pairs("Where we're processing your personal data with your consent - you have the right to withdraw that "
                 "consent.") == {("personal_info", "use")}
    assert pairs("Where our use of your personal information is based upon your consent, you have the right to "
                 "withdraw it anytime.") == {("personal_info", "use")}
    # the right alone, or a change to the practice announced, gives none
    assert pairs("You have the right to withdraw your consent to the processing of your personal data.") == set()
    assert pairs("If we implement significant changes to the use of your Personal Data in a manner different from that "
                 "stated, we will notify you by posting a notice.") == set()


def test_resource_use_of_the_device_is_device_state():
    # GUIDELINES: CPU, memory and network usage are the device's state (`device`), not its hardware nor use of the service
    assert pairs("We collect the URL, CPU usage and network usage.") >= {("device", "collect")}
    assert not {"device.hardware", "usage"} & {t for t, _ in pairs("We collect your CPU usage and memory usage.")}
    assert pairs("We collect your CPU model.") >= {("device.hardware", "collect")}


def test_a_log_of_actions_is_usage():
    # GUIDELINES: "a log of" the user's actions names the form they are kept in; the actions are the use of the service
    assert pairs("We keep high-level logs of actions taken on the bot.") == {("usage", "store")}
    assert pairs("We record an audit log of the actions performed.") == {("usage", "collect")}
    assert pairs("We keep server logs.") == {("usage.logs", "store")}


def test_the_number_of_pages_or_articles_read_is_usage():
    # GUIDELINES: counts ("number of webpages visited") are usage; the pages themselves stay usage.history
    assert pairs("We use cookies to count the number of articles you have read.") >= {("usage", "collect")}
    assert "usage.history" not in {t for t, _ in pairs("We use cookies to count the number of articles you have read.")}
    assert pairs("We collect the pages you visit.") == {("usage.history", "collect")}


def test_a_transfer_abroad_keeps_its_use_beside_a_conjunct_with_an_object_of_its_own():
    # the conjunct "processes it there" states a practice on its own object: the transfer is still the use
    assert pairs("Please note that we transfer the information, including Personal Information, to United States and "
                 "processes it there.") == {("personal_info", "use")}
    # a conjunct sharing the transferred data states the practice itself
    assert pairs("Your personal information may be transferred to and stored in the EU.") == {("personal_info", "store")}


def test_an_introduction_of_safeguards_keeps_its_own_transfer():
    # the items (safeguards) state no practice, the introduction's own clause does
    text = ("If you reside in the EEA, and we transfer your personal information to a country that has not been "
            "recognized as providing adequate protection, we will implement appropriate safeguards, including:\n\n"
            "- Using Standard Contractual Clauses approved by the European Commission, or\n"
            "- Obtaining your explicit consent for such transfers.\n")
    assert pairs(text) == {("personal_info", "use")}
    # a practice done by no one named only says when the rights apply
    assert pairs("If your personal data is processed on the basis of consent, you have the right to:\n\n"
                 "- withdraw your consent at any time\n") == set()


def test_information_that_may_be_personally_identifying_is_personal_information():
    # GUIDELINES: "information that *might* be personally-identifying, such as your IP address" -> personal_info
    assert pairs("We store all data the app sends us. This may include information that might be "
                 "personally-identifying, such as your IP address.") == {("personal_info", "store"), ("network.ip", "store")}
    # data labelled as not identifying names none
    assert ("personal_info", "collect") not in pairs("We collect usage data. This data is not personally identifiable.")


def test_upload_denial_by_pronoun_of_data_kept_on_the_device():
    # GUIDELINES, device-local data: a coordinated denial of sending it to us is not_collect of the data kept there
    assert pairs("The App keeps your game progress on your device and does not transmit it to us.") == {
        ("usage", "not_collect")}
    assert pairs("We store your photos on your device and never upload them.") == {("media.photos", "not_collect")}
    # kept on the device with no upload denial, or another denial: no tuple
    assert pairs("We store your photos on your device and do not delete them.") == set()
    assert pairs("Your cycle data is stored only on your phone.") == set()


def test_a_denial_keeps_its_polarity_before_an_exception_set_off_by_a_comma():
    # GUIDELINES: denials with an exception are still denials; the comma before "other than" changes nothing
    assert pairs("We do not collect or store any additional information about you, other than basic information "
                 "for crash reports.") == {("personal_info", "not_collect")}
    assert pairs("We do not collect any information about you other than basic information for crash reports.") == {
        ("personal_info", "not_collect")}
    # a limit of scope stays no denial
    assert pairs("We do not collect more personal information than necessary.") == set()


def test_clauses_a_negated_inclusion_leaves_out_are_denied():
    # GUIDELINES: "It does not include where you were, what you searched for" (of the usage information) → not_collect
    # (where the user was is location)
    assert tuples("We collect usage data. It does not include where you were, what you searched for, or the names "
                  "of any places around you.") == {(1, "usage", "collect", "first_party"),
                                                   (1, "location", "not_collect", "first_party"),
                                                   (1, "usage.history", "not_collect", "first_party")}
    assert tuples("We collect usage data. It does not include where you were or what you searched for.") == {
        (1, "usage", "collect", "first_party"), (1, "location", "not_collect", "first_party"),
        (1, "usage.history", "not_collect", "first_party")}
    # the same clauses included keep the practice
    assert tuples("We collect usage data. It includes where you were and what you searched for.") == {
        (1, "usage", "collect", "first_party"), (1, "location", "collect", "first_party"),
        (1, "usage.history", "collect", "first_party")}


def test_files_on_your_computer_are_stored_files():
    assert pairs("Proctorio does not access the files on your computer.") == {("storage.files", "not_collect")}
    assert pairs("The app does not scan other files on your phone.") == {("storage.files", "not_collect")}
    # a cookie is a file stored on the computer, not the user's files
    assert ("storage.files", "use") not in pairs("Cookies are small text files stored on your computer.")


def test_a_viewer_shown_or_given_the_data_in_the_passive_is_shown_it():
    # GUIDELINES, Actors and recipients: making data visible to other users is share with third_party
    assert pairs("When a trip is requested, the Driver will be shown the rider's first name and pickup location.") == {
        ("identity.name", "share"), ("location", "share")}
    assert pairs("The delivery person will be given the first name of the customer and the delivery address.") == {
        ("identity.name", "share"), ("contact.address", "share")}
    assert ("network.ip", "share") in pairs("If you edit without registering, your IP address will be seen publicly.")
    # the user given something of their own is not shown another person's data
    assert not any(action == "share" for _, action in pairs("Each user is given a unique identifier."))


def test_a_conjoined_verb_with_an_infinitive_object_of_its_own_does_not_govern_the_first_object():
    found = pairs("The delivery person will be given the first name of the customer, and may be required to upload "
                  "a photograph.")
    assert found == {("identity.name", "share"), ("media.photos", "collect")}


def test_document_number_and_order_number_name_their_records():
    assert pairs("The provider returns to us the name, date of birth and document number extracted from the "
                 "document.") == {("identity.name", "collect"), ("identity.birthdate", "collect"),
                                  ("identity.id_number", "collect")}
    assert ("financial.transactions", "collect") in pairs(
        "We will ask you to confirm your email address, phone number and a recent order number.")


def test_what_a_voice_assistant_hears_is_audio():
    assert pairs("We use your data for processing your voice requests.") == {
        ("personal_info", "use"), ("media.audio", "use")}
    assert pairs("The sound picked up by its microphones is analysed locally, on the speaker itself.") == {
        ("media.audio", "use")}
    assert pairs("Recordings of children's requests are deleted after 90 days.") == {("media.audio", "store")}
    assert pairs("The sound of the engine is analysed by the car.") == set()


def test_items_of_a_list_introduced_as_anonymous_data_give_no_tuple_but_identifiers():
    # the qualifier covers the items, whether on the introduction's verb or in the sentence the introduction goes on
    # from; a random ID stays device.id
    text = ("## 2. Information We Collect\n\n### c. Usage Data\n\nWe use Google Analytics for Firebase to collect "
            "anonymous usage data to help us improve the app. This includes:\n- App launches and session duration\n"
            "- Crash reports and performance data\n- a random installation ID\n")
    assert {(s.data_type, s.action) for s in statements_of(text, "markdown")} == {("device.id", "collect")}
    text = ("## Information we collect\n\nThe following information is transmitted to us anonymously in case of a "
            "crash:\n\n- device model\n- a random installation ID\n")
    assert {(s.data_type, s.action) for s in statements_of(text, "markdown")} == {("device.id", "collect")}
    # a label calling raw data non-personal, and a sentence naming other data, keep the items (GUIDELINES)
    text = ("## Information we collect\n\nCustomRP collects this non-personal information during the usage of the "
            "app:\n\n- Device Model\n")
    assert {(s.data_type, s.action) for s in statements_of(text, "markdown")} == {("device.hardware", "collect")}
    text = "## Information we collect\n\nWe collect your email address. This includes:\n\n- device model\n"
    assert ("device.hardware", "collect") in {(s.data_type, s.action) for s in statements_of(text, "markdown")}


def test_a_title_line_worded_as_a_denying_heading_denies_its_list():
    # "**What we DON'T collect:**" over a list is what a heading "What We Do Not Collect" would be
    text = ("## Data Collection\n\n**What we collect:**\n- Workout data from your treadmill\n\n"
            "**What we DON'T collect:**\n- Personal information\n- Location data\n")
    assert tuples(text, "markdown") == {(4, "health", "collect", "first_party"),
                                        (7, "personal_info", "not_collect", "first_party"),
                                        (8, "location", "not_collect", "first_party")}


def test_an_object_the_parser_hung_on_the_cookie_verb_belongs_to_the_verb_before_it():
    # a second direct object of "use cookies" / "set cookies" after a clause going on from that verb is the object of
    # that clause's verb (GUIDELINES: cookies; what they obtain is `collect`)
    assert ("usage", "collect") in pairs(
        "PostHog uses cookies to help PostHog identify and track visitors, their usage of the Websites, and their "
        "Website access preferences.")
    assert ("usage", "use") not in pairs(
        "PostHog uses cookies to help PostHog identify and track visitors, their usage of the Websites, and their "
        "Website access preferences.")
    found = tuples("Google Analytics sets cookies and collects the pages you visit, the site that referred you, your "
                   "browser and device type and your IP address.")
    assert (1, "usage.history", "collect", "google_analytics") in found
    assert not {t for t in found if t[1] == "usage.history" and t[2] != "collect"}
    # the users of the cookies record what they obtain, each party of a coordinated subject
    found = tuples("When you visit the Website, we and our analytics provider, Google Analytics, use cookies and "
                   "similar technologies to record the pages you view, the links you click and the site that "
                   "referred you.")
    assert {(1, "usage.history", "collect", "first_party"), (1, "usage.history", "collect", "google_analytics")} <= found
    assert not {t for t in found if t[1] == "usage.history" and t[2] == "use"}


def test_usage_that_cookies_help_understand_or_measure_is_collected():
    # "understand usage" and "understand whether you opened …" beside cookies or beacons name what they obtain
    # (GUIDELINES: a purpose "to understand / measure how visitors use the site" with cookies on the line)
    text = ("We use Web beacons to deliver cookies, count visits, understand usage and campaign effectiveness and to "
            "tell if an email has been opened.")
    assert ("usage", "collect") in pairs(text) and ("usage", "use") not in pairs(text)
    text = ("Our website and emails use cookies, pixel tags and similar technologies to keep you signed in and "
            "understand whether you opened one of our emails.")
    assert ("usage", "collect") in pairs(text) and ("usage", "use") not in pairs(text)
    # analysing usage is its use, and so is understanding usage with no tracking tool on the line
    text = ("We and our service providers may do this by reading information held in cookies set in your browser, "
            "analyzing your usage of the Website, and through other means.")
    assert ("usage", "collect") not in pairs(text)
    assert ("usage", "collect") not in pairs("We use this information to understand usage of the Service.")


def test_keeping_someone_signed_in_or_something_working_is_no_storage():
    # "keep X signed in / working" says what state X stays in, it keeps no data (GUIDELINES: store is keeping data)
    found = pairs("Our website uses cookies that keep you signed in and remember your settings.")
    assert ("usage.cookies", "use") in found and ("usage.cookies", "store") not in found
    found = pairs("Cameras send us technical readings so that we can keep them working, including the temperature "
                  "inside the camera, storage errors and the public IP address.")
    assert ("network.ip", "collect") in found and ("network.ip", "store") not in found
    assert ("communication.messages", "store") in pairs("We keep your messages for 30 days.")


def test_a_clause_inside_a_retention_items_label_only_identifies_what_is_kept():
    assert pairs("- **Camera diagnostics, including the IP addresses they record:** 90 days.") == {
        ("network.ip", "store")}
    assert pairs("- **Billing records we send you:** seven years from the end of the financial year.") == {
        ("financial.transactions", "store")}


def test_ordinary_data_noun_including_takes_its_practice():
    # "X includes Y" whose subject is an ordinary data noun: Y takes the practice the same sentence or the sentence
    # before in the paragraph states on X ("… personal information shared, but the information may include your IP
    # address" -> share; "… process your personal data. … your data also includes health data" -> use)
    assert ("network.ip", "share") in pairs(
        "We use Sentry to diagnose errors. We aim to minimize the amount of personal information shared, but the "
        "information may include your IP address.")
    assert ("health", "use") in pairs(
        "You have to consent to let the App process your personal data. If the App identifies a risk of infection, "
        "then your data also includes health data.")
    # the denial of the data named before carries too: "The information does not include your IP address"
    assert ("network.ip", "not_collect") in pairs(
        "Crashlytics is used to collect crash information. The information does not include your IP address.")
    # data no practice of the paragraph concerns carries none
    assert ("health", "use") not in pairs(
        "You can use the App without an account. Your data also includes health data.")


def test_demonstrative_denial_of_upload_after_the_data_is_not_collect():
    # "Thunderbird stores this information locally on your computer and does not transmit it to Mozilla": the data the
    # sentence before names is not collected (GUIDELINES: data kept only on the user's own device)
    found = pairs("Thunderbird stores information you enter in your address book and copies of your email messages. "
                  "Thunderbird stores this information locally on your computer and does not transmit it to Mozilla.")
    assert ("social.contacts", "not_collect") in found
    found = pairs("The app lists the applications installed on your device. This list is *NOT* sent anywhere.")
    assert ("device.apps", "not_collect") in found
    # a denial of passing it on to others is no denial of its collection
    assert ("device.apps", "not_collect") not in pairs(
        "The app lists the applications installed on your device. This list is never sent to third parties.")
    # nor is a sentence on something else
    assert ("device.apps", "not_collect") not in pairs(
        "The app lists the applications installed on your device. This information is not transferred abroad.")


def test_data_including_takes_the_practice_another_sentence_of_the_paragraph_states_on_it():
    # "A roster contains X" after "… by uploading a class roster": the roster is collected, so is what it contains
    found = pairs("Teachers create student accounts by uploading a class roster. A roster contains each student's "
                  "first and last name and grade level.")
    assert {("identity.name", "collect"), ("identity.education", "collect")} <= found
    # the sentence after may state it: "Optional diagnostic data includes X. … optional diagnostic data is sent."
    found = pairs("Optional diagnostic data includes feature usage, memory usage, and websites you visit. For "
                  "example, if you choose a website as a favorite, optional diagnostic data is sent.")
    assert {("usage", "collect"), ("device", "collect"), ("usage.history", "collect")} <= found
    # other data of the same head noun is not that data ("required diagnostic data" is not "optional diagnostic data")
    assert ("usage", "collect") not in pairs(
        "Optional diagnostic data includes feature usage. Required diagnostic data is sent to us.")


def test_directly_hung_on_the_object_list_still_means_the_party_collects():
    # "directly" the parser hung on the last objects: the party takes the data straight from the form (GUIDELINES:
    # data that reaches the party straight from the user is its `collect`), not our sharing with it
    found = tuples("The charge is made by Stripe, which receives your card number, its expiry date and your billing "
                   "address directly from the payment form.")
    assert (1, "financial.payment", "collect", "stripe") in found
    assert (1, "contact.address", "collect", "stripe") in found
    assert not any(action == "share" for _, _, action, _ in found)


def test_a_notice_described_by_a_participle_or_its_topics_states_no_practice():
    # GUIDELINES: sentences that announce what a policy document covers describe the document, not a practice
    assert pairs("To better protect your privacy, we have provided this Statement explaining our information "
                 "practices and the way your personal information is collected, used and disclosed.") == set()
    assert pairs("We provide a separate CCPA Notice describing the categories of personal information we "
                 "collect.") == set()
    assert pairs("It offers information on what personal data is processed and how it is processed.") == set()
    # a practice of the actor stays
    assert ("personal_info", "collect") in pairs("We collect personal information as described in this notice.")


def test_a_party_required_to_do_a_practice_states_that_practice_on_the_whole_list():
    # the parser hangs the end of the list on "required"; the practice is the verb the party is required to do
    found = pairs("Cake Labs may be required by authorities to disclose Personal Data which you voluntarily provide "
                  "us, including your e-mail address, Telegram username, or Reddit username.")
    assert ("account.credentials", "share") in found and ("account.credentials", "collect") not in found
    # data the user is required to give, or data itself required, stays collected
    assert pairs("You are required to provide your name and email address.") == {
        ("identity.name", "collect"), ("contact.email", "collect")}
    assert pairs("Your email address is required to sign in.") == {("contact.email", "collect")}


def test_data_called_not_required_in_a_relative_clause_is_optional_not_denied():
    # GUIDELINES: data "not required" is a denial only when no practice on it is stated
    found = pairs("We may receive personal data (such as your full name or gender) that is not required for use of "
                  "the Services.")
    assert ("identity.name", "collect") in found and ("identity.gender", "collect") in found
    assert not any(action == "not_collect" for _, action in found)
    assert pairs("We collect your email address, which is not required.") == {("contact.email", "collect")}
    # with no practice stated, "not required" stays a denial
    assert pairs("Email address is not required if an account is created by a Teacher using a picture or secret word "
                 "login.") == {("contact.email", "not_collect")}


def test_a_tool_used_to_keep_data_is_shared_with_not_a_storage():
    # GUIDELINES: a processor or tool used to keep data is the entrusting only, as "All payment data is stored by Stripe"
    assert tuples("We use Google Analytics to store the user behavior data.") == {
        (1, "usage", "share", "first_party")}
    found = statements_of("We use Zendesk to store your messages.")
    assert [(s.data_type, s.action, s.recipient) for s in found] == [("communication.messages", "share", "zendesk")]
    # keeping on the user's device with a technology names no party
    assert ("usage.cookies", "use") in pairs("We use cookies to store your preferences.")


def test_data_written_or_exported_to_a_named_party_is_shared_with_it():
    # GUIDELINES (synchronisation): writing to the platform's health store, or exporting to the user's own repository
    # on a third party's service, is share with its provider
    found = statements_of("The app writes workout data to Apple Health with your permission.")
    assert [(s.data_type, s.action, s.recipient) for s in found] == [("health", "share", "apple")]
    found = statements_of("Hadge exports your workout data to a private GitHub repository in your personal GitHub "
                          "account.")
    assert [(s.data_type, s.action, s.recipient) for s in found] == [("health", "share", "github")]
    # a log written to a file stays recorded; an export by the user to a file is no practice
    assert pairs("Errors are written to a log file.") == {("usage.logs", "collect")}
    assert pairs("You can export your data to a CSV file.") == set()


def test_health_connect_permission_constants_name_health_data():
    # Android Health Connect permissions read the user's health and fitness records; the two without a record type
    # widen that reading, and a request denied for them denies reading health data
    assert pairs("The tracker does not ask for `READ_HEALTH_DATA_HISTORY`, so it never sees older workouts.") == {
        ("health", "not_collect")}
    assert pairs("We request READ_HEART_RATE to chart your training.") == {("health", "collect")}
    assert pairs("The widget does not request READ_HEALTH_DATA_IN_BACKGROUND.") == {("health", "not_collect")}
    # the words of a constant written out are no constant
    assert pairs("Read steps one to three of the setup guide.") == set()


def test_deletion_with_its_period_of_data_described_by_a_relative_clause_is_its_retention():
    # a deletion verb is no practice on the data it deletes, unless it states how long the data is kept first
    assert pairs("We erase the information we hold about you after five years.") == {("personal_info", "store")}
    assert pairs("We will erase the data we hold on you six years after your last order.") == {
        ("personal_info", "store")}
    assert pairs("We erase the information we hold about you when you ask us to.") == set()
    assert pairs("We encrypt the information we hold about you.") == set()


def test_an_item_under_an_erasure_right_saying_data_is_not_deleted_states_its_retention():
    # the items of "the right to erase your data:" are no practice, except one saying what stays despite the right
    text = ("## Your rights\n\nYou can ask us to erase your data, within these limits of the right to erasure:\n\n"
            "- Forum posts will not be deleted\n- Your comments are *not* removed, as we keep the history\n"
            "- Request that your posts are not removed\n- Ask us why your data was not deleted\n"
            "- Your account will be deleted\n")
    assert {(line, data_type, action) for line, data_type, action, _ in tuples(text, "markdown")} == {
        (5, "content", "store"), (6, "content", "store")}


def test_data_coordinated_with_a_topic_of_questions_is_a_topic_too():
    assert pairs("If you have questions about our cookie policy, the information that we hold about you, or you wish "
                 "to use one of your rights, please write to us.") == set()
    assert pairs("We share the data we hold on you with our auditors.") == {("personal_info", "share"),
                                                                          ("personal_info", "store")}


def test_our_name_with_its_legal_form_is_the_first_party():
    # the policy calls itself "Tallyboard"; "Tallyboard GmbH" is the same company, not an uncatalogued third party
    found = tuples('Tallyboard GmbH, Oranienstraße 185, 10999 Berlin ("Tallyboard", "we", "us") runs the platform.\n\n'
                   "Tallyboard GmbH processes personal data when you use the platform.")
    assert (3, "personal_info", "use", "first_party") in found
    assert not any(actor == "third_party" for _, _, _, actor in found)


def test_our_brand_before_a_product_word_is_the_first_party():
    # the title names the policy "Nestling"; "Nestling Baby", its camera, is ours, not an uncatalogued third party
    found = tuples("# Nestling Privacy Policy\n\n"
                   "- **Nursery readings.** Nestling Baby also measures the temperature and humidity of the room "
                   "it sits in.",
                   "markdown", "policy.md")
    assert (3, "device.sensors", "collect", "first_party") in found
    assert not any(actor == "third_party" for _, _, _, actor in found)


def test_a_channel_as_agent_is_no_party():
    # "by SMS" says how the code travels, not who sends it: sent to no one named, it reaches the service
    found = tuples("The following details are requested at sign-up:\n\n"
                   "- a password, or a one-time code sent by SMS if password-free login is chosen.")
    assert (3, "account.credentials", "collect", "first_party") in found
    assert not any(action == "share" for _, _, action, _ in found)


def test_the_users_device_or_car_sending_data_to_no_one_named_is_our_collect():
    # the device or connected product reports to the service the policy is about (not a disclosure to a third party)
    assert pairs("To work out which update a vehicle needs, the car reports its VIN and the hardware and software "
                 "versions of each of its control units.") == {("device.id.serial", "collect"),
                                                               ("device.hardware", "collect")}
    found = tuples("When you use this form your device sends information such as your:\n\n- IP address")
    assert (3, "network.ip", "collect", "first_party") in found and not any(a == "share" for _, _, a, _ in found)
    # a clause of what another party is told stays a sharing with it
    assert ("usage.logs", "share") in pairs("If you call for roadside assistance, the breakdown service is told what "
                                            "the car itself reports as wrong (warning lights and fault codes).")


def test_servers_named_by_our_own_name_are_ours():
    # "Ridgeline servers" in Ridgeline's policy are "our servers": sending there is our collect
    found = tuples("# Ridgeline State University Privacy Notice\n\n"
                   "The University runs the campus app.\n\nYour location is not sent to Ridgeline servers.")
    assert (5, "location", "not_collect", "first_party") in found
    assert not any(action in ("share", "not_share") for _, _, action, _ in found)


def test_profiles_kept_on_people_are_records_of_what_they_hold():
    # a profile on our customers is the service's record of them, not an account profile; what the kept records are
    # based on is what they hold: store, not use
    assert pairs("We maintain profiles on our customers based on past interactions (e.g. email address, gender).") == {
        ("contact.email", "store"), ("identity.gender", "store")}
    assert pairs("We maintain user profiles.") == {("account.profile", "store")}
    # "based on" of a practice that keeps nothing stays the data's use
    assert pairs("We show ads based on your location.") == {("location", "use")}
    assert ("contact.email", "use") in pairs("We create profiles based on your email address.")


def test_disclosure_listed_among_harms_or_only_possible_is_no_practice():
    # a disclosure coordinated with losses and misuse is a harm guarded against, and a potential one after a breach a
    # risk; neither states a sharing
    assert pairs("Our partners enter into confidentiality agreements which require that care and precautions be taken "
                 "to prevent loss, misuse, or disclosure of your personal data.") == set()
    assert pairs("We will notify you as soon as possible if a security breach results in the potential disclosure of "
                 "any personally identifiable information.") == set()
    # a disclosure with no harm or hedge beside it stays one
    assert ("personal_info", "share") in pairs("We may be required to make a disclosure of your personal "
                                               "information to law enforcement.")
    assert ("personal_info", "share") in pairs("We allow the collection, use and disclosure of your personal data by "
                                               "our partners.")


def test_what_a_named_party_may_find_out_is_a_supposition():
    # "If Hack Club learns that …" supposes a collection against the policy's own rule, as "If we learn that …" does:
    # the remedy states no collection
    assert pairs("If Hack Club learns that personal information of persons under 13 has been collected on or through "
                 "Hack Club Services, Hack Club will take appropriate steps to delete this information.") == set()
    assert pairs("If the Service Provider discovers that a child under 13 has provided personal information, the "
                 "Service Provider will delete it.") == set()
    # the denial before it stays
    assert pairs("Hack Club does not knowingly collect personal information from persons under 13.") == {
        ("personal_info", "not_collect")}


def test_data_described_under_protective_of_is_no_practice():
    # "less protective of personal information collected in the past": how well the data is protected, the stock
    # description "collected" states no collection
    assert pairs("We will not materially change our policies and practices to make them less protective of personal "
                 "information collected in the past under a prior version of the privacy notice.") == set()


def test_denied_prevention_states_the_practice():
    # "cannot disable" denies the user's way to stop the collection, not the collection: it goes on
    assert pairs("You cannot disable the collection of crash reports.") == {("usage.logs", "collect")}
    assert pairs("The collection of crash reports cannot be disabled.") == {("usage.logs", "collect")}
    # a prevention that is not denied stays a denial, or the user's control
    assert pairs("We have disabled the collection of crash reports.") == {("usage.logs", "not_collect")}
    assert pairs("You can disable the collection of crash reports in Settings.") == set()
def test_common_names_of_game_purchase_survey_and_work_data():
    # common ways policies name data types: where someone works, a Play purchase token, survey answers, game results,
    # language test scores, fitness metrics, usage counters, performance traces, pages accessed
    found = tuples("If you process applications, we may collect information about you, for example:\n\n"
                   "- where you work\n- Answers to survey questions\n- SAT, ACT, TOEFL or IELTS scores\n")
    assert {(3, "identity.occupation", "collect", "first_party"), (4, "content", "collect", "first_party"),
            (5, "identity.education", "collect", "first_party")} <= found
    assert ("financial.transactions", "share") in pairs("The Google Play purchase token is sent to RevenueCat.")
    assert ("usage", "not_collect") in pairs("Your game results are never sent to us.")
    assert ("health", "collect") in pairs("We collect the fitness metrics you choose to log.")
    assert ("usage", "collect") in pairs("We collect usage counters (per-day uploads and queries).")
    assert ("usage.logs", "collect") in pairs("We collect app performance traces.")
    assert ("usage.history", "collect") in pairs("Our servers log the pages accessed.")
    # handles and session tokens of accounts (GUIDELINES: "Twitter Handle" → account.credentials), followees (social)
    found = tuples("By necessity, the bot collects information about your:\n\n* Bluesky handle\n* Who you follow\n"
                   "* Session tokens\n* Exception information\n")
    assert {(4, "social", "collect", "first_party"), (5, "account.credentials", "collect", "first_party"),
            (6, "usage.logs", "collect", "first_party")} <= found
    assert ("account.credentials", "collect") in pairs("We collect your e-mail or Twitter handle if you contact us.")


def test_a_clause_describing_an_item_keeps_the_disclosure_of_its_introduction():
    # the item's clause says where the data came from ("provided by the user", "you entered"); the introduction's
    # sharing still covers the item
    found = tuples("We only provide the following information to third parties:\n\n"
                   "*   Date/time stamped IP address from which a site was created\n"
                   "*   Physical address provided by the user\n"
                   "*   Email address you entered at sign-up\n")
    assert {(3, "network.ip", "share", "first_party"), (4, "contact.address", "share", "first_party"),
            (5, "contact.email", "share", "first_party")} <= found
    # an introduction that only collects keeps the item's own practice alone
    found = tuples("We collect the following:\n\n- Email address you entered at sign-up\n")
    assert not any(action == "share" for _, _, action, _ in found)


def test_follow_graph_of_a_social_service_is_social_data():
    # "Accounts that follow you", "Accounts you block or mute", "following lists": the user's follow graph -> social
    text = ("# Policy\n\n## Information we store\n\nWe store:\n\n- Accounts that follow you\n"
            "- Accounts you block or mute\n- Follow relationships with remote users\n")
    assert tuples(text, fmt="markdown") == {(7, "social", "store", "first_party"), (8, "social", "store", "first_party"),
                                            (9, "social", "store", "first_party")}
    assert pairs("Muted words and following lists are stored against your account.") == {("social", "store")}


def test_name_of_the_users_business_is_occupation_beside_its_address():
    # "the name and address of your business or organisation": its name is a company name (identity.occupation),
    # its address stays contact.address
    text = ("# Policy\n\n## The data we need\n\nThe personal data we collect about you includes:\n\n"
            "- the name and address of your business or organisation\n- date of birth\n")
    assert tuples(text, fmt="markdown") == {(5, "personal_info", "collect", "first_party"),
                                            (7, "identity.occupation", "collect", "first_party"),
                                            (7, "contact.address", "collect", "first_party"),
                                            (8, "identity.birthdate", "collect", "first_party")}
    assert pairs("We ask for the name of your business or organisation.") == {("identity.occupation", "collect")}
def test_relay_list_introduction_whose_verb_is_tagged_as_a_noun_shares_the_items():
    # "A relay you connect to sees:": the tagger reads "sees" as a noun after "connect to"; the relay is shown the
    # items (GUIDELINES: what relays or peers see is sent to them), the user's connecting is no collection
    found = statements_of("A relay you connect to sees:\n\n- Your IP address.\n- Your email address.\n", "md", "p.md")
    assert {(s.data_type, s.action, s.recipient) for s in found} == {
        ("network.ip", "share", "third_party"), ("contact.email", "share", "third_party")}
    # a clause the service's own verb heads still gives its practice
    assert ("usage.logs", "use") in pairs("The ones we rely on are the following:\n\n- Diagnostic logs.\n", "md")


def test_data_registered_with_a_named_service_is_shared_with_it():
    # a push token registered with a push service is given to that party (GUIDELINES: push token), not collected
    found = statements_of("Your device token is registered with Apple Push Notification service.")
    assert {(s.data_type, s.action, s.recipient) for s in found} == {("device.id", "share", "apple")}
    # the user registering with a service gives it nothing by that
    assert ("identity.name", "collect") in pairs("Once you've registered with Open Humans, we'll ask you for your name.")


def test_data_staying_somewhere_for_a_time_span_is_stored():
    # "stay", like "remain" and "persist", with a time span states a retention period
    assert pairs("Your comments stay on the site for 30 days.") == {("content", "store")}


def test_denied_derivation_of_a_value_states_no_practice():
    # "This ID is not derived from hardware or personal information": how an identifier is made; neither it nor what
    # it is not made from is denied, nor collected under a collecting heading
    text = ("# Policy\n\n## What We Collect\n\n- **Client ID**: A randomly generated UUID.\n"
            "    - **Privacy Design**: This ID is not derived from hardware or personal information.\n")
    assert tuples(text, fmt="markdown") == {(5, "device.id", "collect", "first_party")}
    assert pairs("The client ID is a randomly generated UUID, not derived from your machine or personal "
                 "information.") == set()
    # an active denial of working data out still denies it
    assert ("location", "not_collect") in pairs("We do not infer your location from your IP address.") or (
        "location.coarse", "not_collect") in pairs("We do not infer your location from your IP address.")


def test_personal_identification_information_is_identity():
    # "Personal identification information (name, email address, phone number)" names identity data with its
    # examples, as bare "identification information" does; the identifiable-information phrases stay personal_info
    assert pairs("We collect personal identification information (name, email address, phone number).") == {
        ("identity", "collect"), ("identity.name", "collect"), ("contact.email", "collect"),
        ("contact.phone", "collect")}
    assert ("personal_info", "collect") in pairs("We collect personally identifiable information such as your name.")


def test_linking_participle_before_its_noun_is_no_practice():
    # "associated Usage Data" says which data is meant; a user deleting it states no practice of ours
    assert pairs("Any user can delete their account and associated Usage Data from the profile page.") == set()
    # linking stated as a practice still is one
    assert pairs("We associate your device ID with your account.") == {("device.id", "use")}
    # on data a practice is on, the participle's "with" object is used
    assert ("network.ip", "use") in pairs("We obtain demographic details associated with your IP address.")
def test_purpose_clause_of_a_list_introduction_gives_its_items_no_practice():
    # "so we can process your application": the purpose clause's verb has an object of its own (the application),
    # the items take only the practice of the main clause
    text = ("We will request the following information from you so we can process your application:\n\n"
            "- Your email address\n- Your phone number\n")
    assert pairs(text, "md") == {("contact.email", "collect"), ("contact.phone", "collect")}
    # a purpose clause whose object is the data itself still states its practice
    assert ("contact.email", "use") in pairs("We collect the following information and use it to contact you:\n\n"
                                             "- Your email address\n", "md")


def test_third_party_cookies_are_used_by_the_party_that_sets_them():
    # GUIDELINES (cookies): setting cookies is `use` by the party that sets them; "third party cookies" are another
    # party's, "a mix of first-party and third-party cookies" are both
    def used(text):
        return {(s.data_type, s.action, s.entity) for s in statements_of(text)}
    assert used("Certain pages on our site may set other third party cookies.") == {
        ("usage.cookies", "use", "third_party")}
    assert used("A mix of first-party and third-party cookies are used.") == {
        ("usage.cookies", "use", "first_party"), ("usage.cookies", "use", "third_party")}
    assert used("For example, we may embed content, such as videos, from another site that sets a cookie.") == {
        ("usage.cookies", "use", "third_party")}
    assert used("We use cookies to remember your preferences.") == {("usage.cookies", "use", "first_party")}


def test_recipient_hung_on_a_word_of_the_object_read_as_a_coordinated_verb():
    # the parser reads "end" of "the start and end points" as a verb coordinated with "send" and hangs "to the Photon
    # API" on it: the recipient is still the sending verb's
    found = statements_of("When you view a trip, the app may send the GPS coordinates of the start and end points to "
                          "the Photon API (based on OpenStreetMap data) to convert them into a readable address.")
    assert ("location.precise", "share", "third_party") in {(s.data_type, s.action, s.entity) for s in found}
    assert ("location.precise", "collect") not in {(s.data_type, s.action) for s in found}


def test_table_of_recipients_states_the_disclosure_of_its_rows_not_their_collection():
    # "We share personal information only with the recipients below:" over "| Data | Who receives it | When |": each
    # row's data goes to its recipient; the table says nothing of collecting it ("receives" is the recipient's)
    text = ("<h2>How we share information</h2>\n"
            "<p>We share personal information only with the recipients below, and only the data each one needs:</p>\n"
            "<table>\n<tr><th>Data</th><th>Who receives it</th><th>When</th></tr>\n"
            "<tr><td>Name, shipping address and phone number</td><td>Parcel carriers such as USPS and UPS</td>"
            "<td>When we ship your kit</td></tr>\n"
            "<tr><td>Pages visited and device information</td><td>Google Analytics</td>"
            "<td>Only if you accept analytics cookies</td></tr>\n</table>\n")
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(text, "html", "p.html") if s.source == "table"}
    assert ("contact.phone", "share", "third_party") in found
    assert ("usage.history", "share", "google_analytics") in found
    assert not {(d, a) for d, a, _ in found if a == "collect"}
def test_device_identifier_wordings_of_the_public_data_ontologies():
    # wordings of device identifiers in the OVRseen and PoliGraph ontologies: a Wi-Fi name is the network's, not a
    # person's name, and "device identification information" identifies the device, not the user
    assert pairs("The app reads your Wi-Fi name and the identifier for your device.") == {
        ("device.network", "collect"), ("device.id", "collect")}
    assert pairs("We collect device identification information and advertisement IDs.") == {
        ("device.id", "collect"), ("device.id.ad_id", "collect")}
    assert pairs("We may receive the Android device identifier of your phone.") == {
        ("device.id.android_id", "collect")}


def test_location_wordings_of_the_public_data_ontologies():
    # OVRseen's "geographical location" wordings: geolocational information, geographic position
    assert pairs("We use your geographic position and geolocational information to show nearby events.") == {
        ("location", "use")}


def test_identity_and_contact_wordings_of_the_public_data_ontologies():
    # a school email address is an email address, not the school a teacher works at; form field names and the
    # US spelling of a driving licence are identity data (OVRseen, PoliGraph)
    assert pairs("Teachers give us their name and their school email address.") == {
        ("identity.name", "collect"), ("contact.email", "collect")}
    assert pairs("The form asks for the firstname, lastname and driving license number of the applicant.") == {
        ("identity.name", "collect"), ("identity.id_number", "collect")}


def test_financial_wordings_of_the_public_data_ontologies():
    # OVRseen's "billing information" wordings, split by our taxonomy into payment data and purchase records
    assert pairs("We keep billing-related information and purchase transactions for seven years.") == {
        ("financial.payment", "store"), ("financial.transactions", "store")}


def test_usage_and_sensor_wordings_of_the_public_data_ontologies():
    # OVRseen's usage, browsing and VR movement wordings, PoliGraph's internet-activity ones
    assert pairs("The game records your in-game activity, hand tracking data and search activity.") == {
        ("usage", "collect"), ("device.sensors", "collect"), ("usage.history", "collect")}


def test_divulging_is_disclosure():
    # "divulge" is a disclosure verb of PoliGraph's sharing patterns
    assert pairs("We do not divulge your email address to advertisers.") == {("contact.email", "not_share")}


def test_a_version_number_among_reported_data_is_the_software_version():
    # OVRseen's SDK-version wording: a version number sent with other technical data is the app's or the browser's
    # version (GUIDELINES: app version, browser version, OS version → device.hardware)
    assert pairs("Error reports include the version number and the time of the error.") == {
        ("device.hardware", "collect"), ("usage.logs", "collect")}


def test_lines_opened_by_a_symbol_or_a_bold_label_keep_their_own_line():
    # consecutive Markdown lines with no blank line between them: each "✅ **Label**:" or "**Label**:" line is an item
    # of its own, and its statements carry its line, not the paragraph's first line
    text = ("# Privacy\n\n"
            "✅ **No Personal Information**: We never collect names or phone numbers\n"
            "✅ **No Location Data**: We never collect coordinates or addresses\n"
            "✅ **No IP Address Logging**: Our servers never log IP addresses\n")
    found = tuples(text, name="policy.md")
    assert (3, "contact.phone", "not_collect", "first_party") in found
    assert (4, "location.precise", "not_collect", "first_party") in found
    assert not any(line == 3 and data_type.startswith("location") for line, data_type, _, _ in found)
    text = ("# Privacy\n\n"
            "We keep the service simple and collect as little as we can, for example\n"
            "**Crash reports**: we collect your device model when the app crashes.\n")
    assert (4, "device.hardware", "collect", "first_party") in tuples(text, name="policy.md")


def test_heading_naming_the_service_as_collector_is_a_collecting_heading():
    # "What information Scout Machine collects and why": "collects" with the service's name as subject
    text = "## What information Acme Maps collects and why\n\n- IP address\n- Browser type\n"
    found = tuples(text, fmt="markdown")
    assert (3, "network.ip", "collect", "first_party") in found


def test_generic_parties_describing_the_data_of_a_verbless_line_leave_it_to_the_heading():
    # "Information from your web browser that most websites collect such as IP …": the clause on other websites only
    # describes the data; the line's practice is its heading's
    text = ("## What information we collect\n\n"
            "Information from your web browser that most websites collect such as IP address, browser type, and "
            "operating system.\n")
    found = tuples(text, fmt="markdown")
    assert (3, "network.ip", "collect", "first_party") in found
    assert not tuples("Most websites collect your IP address and browser type.\n")


def test_recurring_names_of_data_missing_from_the_term_lists():
    # general names of data that policies use in one sense: debug logs, the length of a session, the ID of the user's
    # account on another platform, the user's role, payment transactions, cycle predictions of a period tracker
    text = ("## What we collect\n\n"
            "- Debug archives you attach to a bug report\n"
            "- The duration of the session\n"
            "- Your Discord ID\n"
            "- Your role\n"
            "- Cycle predictions\n"
            "- The URL of the requested page\n")
    found = tuples(text, fmt="markdown")
    assert (3, "usage.logs", "collect", "first_party") in found
    assert (4, "usage", "collect", "first_party") in found
    assert (5, "account.credentials", "collect", "first_party") in found
    assert (6, "identity.occupation", "collect", "first_party") in found
    assert (7, "health", "collect", "first_party") in found
    assert (8, "usage.history", "collect", "first_party") in found
    assert ("financial.transactions", "use") in pairs("We use your details to complete your payment transactions.")
    # a part the user plays in a community is no job
    assert not any(t == "identity.occupation" for t, _ in
                   pairs("We may publish your name to thank you for your role in our community."))


def test_the_browser_the_user_is_using_is_the_browser_type():
    text = ("## What we collect\n\n"
            "- the web browser and device you're using to reach the site\n"
            "- the browser/client application used\n")
    found = tuples(text, fmt="markdown")
    assert (3, "device.hardware", "collect", "first_party") in found
    assert (4, "device.hardware", "collect", "first_party") in found
    assert ("device.hardware", "collect") in pairs("Our servers collect information about the browser you are using.")
    # the browser an opt-out applies to is no data
    assert not pairs("Your choice applies only to the browser you are using when you make it.")


def test_media_named_as_files_uploads_or_attachments_and_information_related_to_the_device():
    text = ("## What we collect\n\n"
            "- Media uploads you send to your feed\n"
            "- Media attachments in your direct messages\n")
    found = tuples(text, fmt="markdown")
    assert (3, "media", "collect", "first_party") in found
    # an attachment is content the user submits, whatever it holds
    assert {(4, "media", "collect", "first_party"), (4, "content", "collect", "first_party")} <= found
    assert ("device", "collect") in pairs("We also collect information related to your device to fix bugs.")
def test_a_party_that_sees_or_learns_the_data_is_given_it():
    # a named party, or one "they" takes up, that sees or learns the data: we pass it on (GUIDELINES: recipients)
    assert {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of("Sentry sees your IP address.")} == {
        ("network.ip", "share", "first_party", "sentry")}
    assert pairs("Pages load fonts from other companies, so they see your IP address.") == {("network.ip", "share")}
    assert pairs("The insurer learns your precise location.") == {("location.precise", "share")}
    # our own learning of data is collection; learning "more about" or "that" is not
    assert pairs("We learn information about you when you contact us.") == {("personal_info", "collect")}
    assert ("location", "collect") not in pairs("You can learn more about how we use your location.")
    assert ("personal_info", "collect") not in pairs(
        "If we learn that we hold personal information of a child, we delete it.")
    # which of our own people may see the data is an access control, not a practice
    assert pairs("Our support agents cannot see your messages.") == set()


def test_recipients_reviewers_and_moderators_seeing_data_are_shown_it():
    assert pairs("The payment service lets the recipient of a transfer see the name of the sender.") == {
        ("identity.name", "share")}
    assert pairs("Volunteer moderators can view your email address.") == {("contact.email", "share")}
    assert pairs("Trusted reviewers can see your posts.") == {("content", "share")}


def test_data_that_stays_hidden_from_others_is_not_shown():
    assert pairs("Guests can watch your live video, but your payment details remain hidden from them.") >= {
        ("financial.payment", "not_share")}
    assert pairs("Your phone number stays hidden until you reply.") == {("contact.phone", "not_share")}


def test_they_after_people_who_see_data_are_those_people():
    assert pairs("Your guardian can see your step count. They cannot see your notes or your messages.") >= {
        ("content", "not_share"), ("communication.messages", "not_share")}
    assert pairs("Other members can see your first name, but they cannot see your email address.") == {
        ("identity.name", "share"), ("contact.email", "not_share")}
    # "they" after no one said to see data stays unresolved
    assert pairs("We work with analytics providers. They cannot see your email address.") == set()


def test_people_who_see_the_data_are_not_data_themselves():
    # "followers" / "contacts" as the subject of a seeing verb name who sees, not the user's social data
    assert pairs("Only your followers can see your posts.") == {("content", "share")}
    assert pairs("Your contacts can see your status.") == set()
    assert pairs("We collect your contacts.") == {("social.contacts", "collect")}
def test_indirect_question_item_names_data_of_its_list():
    # a whole item that is only a question on what the user has ("what X you are using") names the data; the user's
    # own verb in it states no practice, the introduction's does
    found = tuples("# Our practices\n\nWe record the following details:\n\n- which operating system you are running;\n"
                   "- what operating system you are using;\n", fmt="markdown")
    assert (5, "device.hardware", "collect", "first_party") in found
    assert (6, "device.hardware", "collect", "first_party") in found


def test_label_over_nested_items_ending_in_such_as_states_nothing():
    # "- browser and device information, such as:" over indented items is a label (GUIDELINES): no tuple of its own,
    # its items keep the practice of the section
    found = tuples("# Privacy\n\n## What data do we collect?\n\nOther data is data that does not name you, "
                   "including:\n\n- browser and device information, such as:\n  - what operating system you are "
                   "using;\n  - the type of computer used to reach the app;\n- totals of visits\n", fmt="markdown")
    assert not any(line == 7 for line, *_ in found)
    assert (8, "device.hardware", "collect", "first_party") in found


def test_table_row_names_mac_address_and_architecture():
    found = tuples("# Telemetry\n\nThe tool collects the following data:\n\n| Since | Data |\n|---|---|\n"
                   "| 1.0 | Hashed Media Access Control (MAC) address. |\n| 2.0 | CPU architecture |\n", fmt="markdown")
    assert {(7, "device.id.mac"), (8, "device.hardware")} <= {(line, kind) for line, kind, *_ in found}


def test_location_worked_out_from_an_ip_address_used_for_it_is_coarse():
    assert ("location.coarse", "collect") in pairs(
        "We collect a truncated IP address used to determine your geographical location.")
def test_people_named_by_their_role_provide_data_to_the_service():
    # a common-noun subject no catalogue knows ("Landlords", "Organizations with a paid plan") supplying data with no
    # recipient gives it to the service; "we provide X" stays a service
    assert pairs("Landlords must provide their bank account details and a postal address.") == {
        ("financial.payment", "collect"), ("contact.address", "collect")}
    assert pairs("Organizations with a paid plan provide billing details such as a billing name.") == {
        ("financial.payment", "collect"), ("identity.name", "collect")}
    assert not pairs("We provide location services.")


def test_practice_verb_read_as_a_noun_after_its_subject():
    # the tagger reads "stores" / "process" as a noun of the data phrase; the verb agrees with the noun before it
    assert pairs("Because your data is encrypted before it leaves your phone, our cloud provider stores only "
                 "encrypted vault data.") == {("content", "store")}
    for text in ("A few subprocessors process student data on our behalf under written contracts.",
                 "A handful of vendors process student data for us under contract."):
        assert pairs(text) == {("personal_info", "use")}
    assert not pairs("- User records, notes")


def test_practice_verb_read_as_a_noun_after_a_name_of_several_words():
    # "Games stores" read as a noun compound: a plural word closing a name names one party, which takes "stores"; the
    # data phrase the parser made the subject of a later verb is the object of the misread one
    assert pairs("Nightfall Studios stores players IP addresses and may infer their approximate location.") >= {
        ("network.ip", "store")}
    assert pairs("Nightfall Studios stores match statistics to rank players.") == {("usage", "store")}
    assert not pairs("The games stores sell gift cards.")


def test_the_name_of_a_browser_is_its_type():
    # "the name of your browser application" after an IP address is the browser's type, not a person's name
    assert pairs("When you sign in, we record the IP address you sign in from, as well as the name of your browser "
                 "application.") == {("network.ip", "collect"), ("device.hardware", "collect")}
    assert pairs("We log the name of the browser you use.") == {("device.hardware", "collect")}


def test_main_verb_hung_on_a_relative_clause_of_its_subject():
    # "receives" parsed as a complement of "use" in "whose network you use": the carrier receives, not the user
    assert pairs("The partner carrier whose network you use receives your IMSI and your phone number.") == {
        ("device.id.imsi", "share"), ("contact.phone", "share")}


def test_two_practice_verbs_read_as_nouns_after_their_subject():
    # "records and stores" read as two nouns before the data: both verbs agree with the subject before them
    assert pairs("The analytics vendor records and stores your IP address to count visits.") == {
        ("network.ip", "collect"), ("network.ip", "store")}
    assert pairs("Our partner records or shares your device identifier.") >= {("device.id", "collect")}


def test_furnishing_data_to_others_is_sharing():
    assert pairs("We furnish account information to law enforcement when a court orders it.") == {
        ("account", "share")}
def test_page_text_read_by_an_extension_is_content():
    # the text of the pages a browser extension reads or translates is user content; an API key is a credential
    text = ("# Privacy\n\n"
            "The add-on reads the text content of the tab you ask it to summarise.\n\n"
            "Page text never leaves your computer.\n\n"
            "The selected text is sent to Google Translate.\n\n"
            "Your API key is never sent to our servers.\n")
    found = tuples(text, name="policy.md")
    assert (3, "content", "collect", "first_party") in found
    assert (5, "content", "not_collect", "first_party") in found
    assert any(line == 7 and data_type == "content" and action == "share" for line, data_type, action, _ in found)
    assert any(line == 9 and data_type == "account.credentials" for line, data_type, _, _ in found)


def test_demonstrative_opening_a_section_over_a_list_introduces_it():
    # "This information …" right under a heading has nothing before it to refer to: it points to the list below
    text = ("# Privacy\n\n"
            "## About you\n\n"
            "This information is gathered when you sign up or when you use the chat.\n\n"
            "- Your full name, email and date of birth\n"
            "- Your home town\n")
    found = tuples(text, name="policy.md")
    assert (7, "contact.email", "collect", "first_party") in found
    assert (7, "identity.name", "collect", "first_party") in found
    # a demonstrative that follows a sentence of the section refers back to it, not to the list
    text = ("# Privacy\n\n"
            "## About you\n\n"
            "We keep the newsletter archive. This information is gathered when you sign up.\n\n"
            "- Your full name, email and date of birth\n")
    assert not any(line == 7 for line, _, _, _ in tuples(text, name="policy.md"))


def test_clipboard_app_terms_and_typed_text():
    # what a clipboard manager copies is clipboard data (not photos); "your text" sent to a provider is content;
    # "non-personal identification information" names no identity data
    text = ("# Privacy\n\n"
            "We never upload clipboard images, clipboard text or other copied content.\n\n"
            "If you choose an online engine, your text is sent to that provider.\n\n"
            "We may collect non-personal identification information about visitors.\n")
    found = tuples(text, name="policy.md")
    assert (3, "clipboard", "not_collect", "first_party") in found
    assert not any(line == 3 and data_type.startswith("media") for line, data_type, _, _ in found)
    assert any(line == 5 and data_type == "content" and action == "share" for line, data_type, action, _ in found)
    assert not any(line == 7 for line, _, _, _ in found)


def test_translating_or_transcribing_data_uses_it():
    text = ("# Privacy\n\n"
            "The add-on translates the page content of the current tab.\n\n"
            "The app transcribes your voice recordings on your phone.\n\n"
            "Information you publish to the public relays may be stored by them.\n")
    found = tuples(text, name="policy.md")
    assert (3, "content", "use", "first_party") in found
    assert (5, "media.audio", "use", "first_party") in found
    assert any(line == 7 and data_type == "content" for line, data_type, _, _ in found)
def test_logging_data_and_logged_information_are_logs():
    assert pairs("Logging data is kept for about two weeks and then deleted.") == {("usage.logs", "store")}
    assert pairs("We use logged information only to fix bugs.") == {("usage.logs", "use")}


def test_inclusion_list_hung_on_a_describing_clause_exemplifies_its_noun():
    # "(including …)" that the parser hung on the verb of a clause describing a noun (the user's own verb, or no
    # practice verb) exemplifies that noun and takes its practice
    found = pairs("We collect a unique ID that allows us to recognise your account (including, for example, a "
                  "persistent device identifier), and your browser type.")
    assert ("device.id", "collect") in found
    found = pairs("We receive the model of the phone you are using (possibly including unique device identification "
                  "numbers) and the version of your browser.")
    assert ("device.id", "collect") in found


def test_subjectless_inclusion_verb_joined_to_a_relative_inclusion_goes_on_from_its_antecedent():
    found = pairs("The app sends us logs of failed requests (which include the screen you were on, your operating "
                  "system, and may include your IP address).")
    assert ("network.ip", "collect") in found


def test_a_denied_means_denies_the_practice_of_its_purpose_infinitive():
    # the data is the object of an infinitive of purpose after the negated verb: the denial reaches it
    assert pairs("The assistant does not log in to your mailbox to read your email messages.") == {
        ("communication.messages", "not_collect")}
    assert pairs("We do not permit advertisers to open accounts, to upload photos of customers or to run "
                 "campaigns.") == {("media.photos", "not_collect")}
    # a purpose infinitive with its own positive verb keeps its polarity
    assert pairs("We use cookies to remember your language preference.") >= {("usage.cookies", "use")}


def test_forbidding_a_practice_denies_it():
    assert pairs("Our rules forbid advertisers from uploading photos of our members.") == {
        ("media.photos", "not_collect")}


def test_a_subject_whose_owner_is_negated_denies_the_practice():
    assert pairs("Calls go through masked numbers, so neither party's real phone number is revealed to the other.") == {
        ("contact.phone", "not_share")}
    assert pairs("No member's email address is shown to other members.") == {("contact.email", "not_share")}


def test_having_no_way_of_doing_a_practice_denies_it():
    # "no way of V-ing X" as "no way to V X": the practice is denied, not stated
    assert pairs("We have no way of accessing your location.") == {("location", "not_collect")}
    assert pairs("The app has no way of reading your contacts.") == {("social.contacts", "not_collect")}


def test_data_removed_from_records_before_they_are_sent_is_denied():
    # a clause of its own taking named data out of the records sent denies it to the party the records go to
    found = tuples("Error reports are sent to Sentry; your email address is stripped from error reports before they "
                   "are sent.")
    assert (1, "contact.email", "not_share", "first_party") in found
    assert not any(t[1] == "contact.email" and t[2] == "share" for t in found)
    # with no party named, the party receiving the records does not collect it
    assert pairs("We remove your IP address from crash reports before they leave your device.") == {
        ("network.ip", "not_collect")}
    # a removal that is itself denied, or an item saying what the records hold, denies nothing
    assert ("network.ip", "not_collect") not in pairs("We do not remove your IP address from crash reports before "
                                                      "they are sent.")
    # nor does data deleted from logs after a period, or the user's own removal
    assert ("network.ip", "not_collect") not in pairs("IP addresses are removed from our server logs after 30 days.")
    assert not any(a.startswith("not_") for _, a in pairs(
        "If you prefer, you can remove your email address from the report before sending it to us."))
def test_clause_describing_a_verbless_item_keeps_its_introductions_practice():
    # a clause with no practice of ours only says which data the item is; the item takes its introduction's practice
    text = ("# Policy\n\n## What we collect\n\nThe app records the following:\n\n"
            "- Diagnostic logs added by the updater\n"
            "- a random installation ID that the app creates when it is first opened; or\n"
            "- Local storage: your preferences are saved in the browser\n")
    found = tuples(text, fmt="markdown")
    assert (7, "usage.logs", "collect", "first_party") in found
    assert (8, "device.id", "collect", "first_party") in found
    assert not {t for t in found if t[0] == 9 and t[2] == "collect"}

def test_a_predicate_with_its_own_auxiliary_after_and_leaves_the_denial():
    # "are never shared and are deleted after 90 days": the later verb phrase of the same subject is affirmed
    assert pairs("Voice clips are never sold and are deleted after 60 days.") == {
        ("media.audio", "not_share"), ("media.audio", "store")}
    assert pairs("Your voice clips are never used for training and are kept for 60 days.") == {
        ("media.audio", "store")}
    # "or" keeps the denial over both, and a clause with its own subject has its own polarity
    assert pairs("Your voice clips never leave the speaker or get stored on our servers.") == {
        ("media.audio", "not_collect")}


def test_data_the_user_records_in_the_service_is_collected():
    # the user photographs, scans, types or answers named data: the service receives it (and the photograph, as the
    # corpus reads "you photograph the front and back of your driver's license")
    assert pairs("To open an account, you photograph your passport.") == {("identity.id_number", "collect"),
                                                                          ("media.photos", "collect")}
    assert pairs("You may answer a questionnaire about your health history.") == {("health", "collect")}
    assert pairs("You type your home address into the delivery form.") == {("contact.address", "collect")}
    # not signing in, not another subject's own verb, and no denial
    assert ("contact.email", "collect") not in pairs("You log in to change your email address.")
    assert pairs("We take steps to protect your health history.") == set()


def test_a_denied_retention_bounded_by_a_span_states_the_retention():
    # "not stored for more than 7 days", "not saved beyond the session", with the data before a passive verb as well
    assert pairs("Your IP address is not stored for more than 14 days.") == {("network.ip", "store")}
    assert pairs("Your location will not be kept beyond the end of your trip.") == {("location", "store")}
    assert pairs("We never store your IP address.") == set()
def test_data_put_on_a_public_page_is_shown_to_others():
    # putting data on anything called public, or the service listing it on its own pages, makes it visible to others
    assert pairs("We put the name of your business and your address on a public register.") == {
        ("identity.occupation", "share"), ("contact.address", "share")}
    assert pairs("We list your name and the amount you gave on this site.") >= {("identity.name", "share")}
    # ... not the service's own address listed on a page, nor what the reader is told not to put in a profile
    assert ("contact.address", "share") not in pairs(
        "Write to us at the postal address listed on the contact page of the site.")
    assert not any(action == "share" for _, action in pairs(
        "Do not include your home address in a public profile."))


def test_observing_usage_is_collecting_it():
    assert ("usage", "collect") in pairs("We use cookies to recognise visitors and observe their usage of our website.")


def test_putting_cookies_on_the_device_is_their_use():
    # setting, placing or storing cookies on the person's device is their use by whoever puts them there
    assert pairs("We store a cookie on your computer to remember your settings.") == {("usage.cookies", "use")}
    assert pairs("The site puts cookies on your computer.") == {("usage.cookies", "use")}
    # ... not how cookies work, with no one named placing them
    assert pairs("Persistent cookies are stored on your device for longer periods.") == set()


def test_host_names_of_a_computer_are_network_identifiers():
    assert pairs("The crash reporter sends the hostname of your computer to us.") == {("network", "collect")}
    assert pairs("We do not send host names or computer names.") == {("network", "not_share")}
    # the host name of a router or a website the browser reaches is no data of the user's
    assert pairs("For example, if your router uses the hostname `router`, the browser can reach it.") == set()


def test_configuration_files_are_stored_files():
    assert pairs("We do not have access to your configuration files.") == {("storage.files", "not_collect")}


def test_event_titles_and_calendar_ids_are_calendar_data():
    assert pairs("The app reads event titles and calendar IDs from your device.") == {("calendar", "collect")}


def test_query_text_and_the_tab_url_are_history():
    assert pairs("We log the query text you enter.") == {("usage.history", "collect")}
    assert pairs("The extension reads the current tab URL.") == {("usage.history", "collect")}
    assert ("usage.history", "collect") in pairs("We collect user queries to improve search results.")


def test_encrypted_and_group_messages_and_dms_are_messages():
    assert pairs("We store encrypted messages on our servers for 30 days.") == {("communication.messages", "store")}
    assert pairs("Group messages are stored on the server until every member has received them.") == {
        ("communication.messages", "store")}
    assert pairs("We do not read your DMs.") == {("communication.messages", "not_collect")}


def test_session_information_is_a_log_of_use():
    assert pairs("We collect session information (start and end times).") == {
        ("usage", "collect"), ("usage.logs", "collect")}
    # what a cookie records of the session is the cookie's
    assert pairs("We use cookies to record current session information.") == {("usage.cookies", "use")}


def test_equality_and_diversity_information_is_identity():
    assert pairs("You may choose to share equality and diversity information with us.") == {("identity", "collect")}


def test_exposing_data_is_disclosure_and_copying_it_is_keeping():
    assert pairs("The payment processor may expose the seller's phone number to buyers.") == {
        ("contact.phone", "share")}
    assert pairs("Your account data is copied every night so that backups can be restored.") == {("account", "store")}


def test_a_passive_denying_heading_denies_its_items():
    # "What is not collected" / "Data that is never shared" over verbless items, as "What we do not collect" is
    text = ("# Notice\n\n## What is NEVER collected\n\n- Your photos\n- Passwords\n\n"
            "## Data that isn't shared\n\n- Your email address\n")
    assert tuples(text, fmt="markdown", name="policy.md") == {
        (5, "media.photos", "not_collect", "first_party"), (6, "account.credentials", "not_collect", "first_party"),
        (10, "contact.email", "not_share", "first_party")}


def test_information_named_as_used_to_identify_the_user_is_identity():
    # "information used to identify you", as "information that could be used to identify you"
    assert pairs("Our ad partners may collect information used to identify you.") == {("identity", "collect")}
    assert pairs("We never store data that is used to identify you.") == set()
    assert pairs("We do not sell data used to identify you.") == {("identity", "not_share")}


def test_the_contents_of_phone_calls_are_messages():
    assert pairs("We never record the contents of your phone calls.") == {("communication.messages", "not_collect")}


def test_a_denied_system_denies_what_its_relative_clause_does():
    # "we do not run servers that collect X": there is no such server, so no such collection
    assert pairs("We do not run any servers that collect your location.") == {("location", "not_collect")}
    assert pairs("The app does not operate a backend that gathers your email address.") == {
        ("contact.email", "not_collect")}
    # not when the clause has its own subject
    assert ("location", "not_collect") not in pairs("We do not have the location data that we collect.")


def test_our_use_of_the_users_address_after_contacting_us_is_a_practice():
    # "use" with our own subject is no channel the user reaches us through
    assert pairs("When you contact us, we use your email address to reply.") == {("contact.email", "use")}
    assert pairs("Please contact us using the email address below.") == set()


def test_trust_in_providing_data_is_no_practice():
    # the user's trust or confidence in giving data is a courtesy
    assert pairs("We appreciate your trust in providing us your email address, and we protect it.") == set()
    assert pairs("Thank you for your confidence in sharing your location with us.") == set()
    assert pairs("We collect your email address in providing the service.") == {("contact.email", "collect")}


def test_a_case_we_learn_of_states_no_practice():
    # "In the case (that) we find out that a child has sent us X", as "If we find out that …"
    assert pairs("In the case that we find out that a child has sent us an email address, we delete it.") == set()


def test_a_run_of_no_phrases_opening_a_line_is_not_collected():
    # "No X, no Y, no Z" set side by side is one verbless denial list, as "No X, Y, or Z"
    assert pairs("No ads, no trackers, no email addresses.") == {("contact.email", "not_collect")}


def test_items_of_a_list_of_measures_state_no_practice():
    # "we implement a variety of measures:" introduces security measures, as "… measures, including:" does
    text = ("To keep your data safe, we implement a variety of measures:\n\n"
            "- Integrity – your data is encrypted and requires proper credentials to be accessed.\n")
    assert pairs(text, fmt="md") == set()


def test_a_platform_edition_of_the_app_is_no_system_version():
    # "the Android and iOS versions of the game" are editions of the app, not the user's system version
    assert pairs("Analytics run only in the Android and iOS versions of the game.") == set()
    assert pairs("The macOS version of the app uses Sentry.") == set()
    assert pairs("We collect the iOS version of your device.") == {("device.hardware", "collect")}


def test_our_own_systems_that_never_see_data_deny_its_receipt_by_us():
    # "see" with our servers or systems as subject is what reaches us, as "our servers never receive X"
    assert pairs("Our servers never see your password.") == {("account.credentials", "not_collect")}
    assert pairs("Our systems never see the contents of your messages.") == {
        ("communication.messages", "not_collect")}
    # also the systems of the policy's own name
    text = ("# Fernhill Privacy Policy\n\nWhen you pay, the card form is hosted by our payment processor; Fernhill's "
            "systems never see your card number.\n")
    assert (3, "financial.payment", "not_collect", "first_party") in tuples(text, name="policy.md")
    # our staff seeing data is an access control, not a receipt
    assert ("communication.messages", "not_collect") not in pairs("Our employees cannot see your messages.")


def test_data_that_goes_to_another_party_and_not_to_us_is_not_received_by_us():
    assert pairs("Your card number goes to the bank and not to us.") == {("financial.payment", "not_collect")}
    # without "not to us", data going to another party is passed to it (see
    # test_data_that_goes_to_a_party_is_passed_to_it)
    assert pairs("Your card number goes to the bank.") == {("financial.payment", "share")}
    # in a cell of a table of the parties that receive data: the party collects it, we do not
    text = ("# Tips\n\n| Service | Purpose | Data they receive |\n|---|---|---|\n"
            "| **Braintree** | Card payments | Your card details, which go to Braintree and not to us. |\n")
    assert {(t[1], t[2], t[3]) for t in tuples(text, name="policy.md") if t[0] == 5} == {
        ("financial.payment", "collect", "braintree"), ("financial.payment", "not_collect", "first_party")}
def test_indirect_question_on_the_users_browser_is_data_of_the_practice():
    """"details of which version of web browser you used": the question names the data; the user's "used" is no
    practice, the list introduction or the verb taking "details" is."""
    text = ("The personal data we gather about you includes:\n\n"
            "* your Internet Protocol (IP) address, and details of which version of web browser you used\n\n"
            "We gather your IP address, and details of which version of web browser you used.\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, "md", "policy.md")}
    assert {(3, "network.ip", "collect"), (3, "device.hardware", "collect"),
            (5, "network.ip", "collect"), (5, "device.hardware", "collect")} <= found


def test_choosing_which_data_to_provide_stays_no_practice():
    assert ("personal_info", "collect") not in pairs("You may choose which personal information you want to give us.")


def test_hyphenated_prefixed_verb_is_read_as_the_verb():
    """"re-distribute" is parsed as "redistribute": the denial covers it and the verb joined to it."""
    found = pairs("We do not re-distribute or sell the personal information we hold about our visitors.")
    assert ("personal_info", "not_share") in found
    assert ("personal_info", "collect") not in found


def test_an_item_of_a_denial_list_naming_data_with_no_practice_of_its_own_is_not_collected():
    # the introduction denies what each item names; an item whose own verb takes no practice ("Track" read as a noun)
    # or which names only data is what the service does not have
    text = ("## Tracking\n\nOrbitNotes does NOT:\n\n- Track user behavior\n- your contact list\n"
            "- sell your email address\n")
    found = {t[:3] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert (5, "usage", "not_collect") in found
    assert (6, "social.contacts", "not_collect") in found
    assert (7, "contact.email", "not_share") in found
    assert (7, "contact.email", "not_collect") not in found


def test_an_introduction_over_sub_headings_gives_their_items_its_practice():
    # the introduction's colon opens the sub-sections under it; a heading at its own level ends them, and a
    # sub-heading stating a practice of its own keeps that practice
    text = ("# Notice\n\n## Overview\n\nWe gather the following kinds of information when you play:\n\n"
            "### Your profile\n\n- your phone number\n\n### Your device\n\n- your IP address\n\n"
            "### What we never gather\n\n- your contact list\n\n## Contact us\n\n- your email address\n")
    found = {t[:3] for t in tuples(text, fmt="markdown", name="policy.md")}
    assert (9, "contact.phone", "collect") in found
    assert (13, "network.ip", "collect") in found
    assert (17, "social.contacts", "not_collect") in found
    assert (17, "social.contacts", "collect") not in found
    assert not any(t[0] == 21 for t in found)
def test_parenthesis_defining_a_short_name_does_not_break_the_sentence():
    """"the Wren Reader app (the "App")": the defining parenthesis is left out of the parse, so the consent to the
    collection of the named data is still read."""
    found = pairs('By using the Wren Reader app (the "App") you consent to the collection and processing of data '
                  'concerning your use of the App.')
    assert ("usage", "use") in found
def test_data_that_goes_to_a_party_is_passed_to_it():
    """Data as the subject of a verb of moving ("go", "travel", "flow") is passed to where "to" leads: shared with a
    party other than us, collected when it goes to us or our servers; not a place of the user's own."""
    assert {(s.data_type, s.action, s.recipient) for s in statements_of("Diagnostic logs go to Sentry.")} == {
        ("usage.logs", "share", "sentry")}
    assert pairs("When the alarm fires, a small set of data goes straight to the monitoring centre: the VIN and the "
                 "time of the alert.") >= {("device.id.serial", "share"), ("usage.logs", "share")}
    assert pairs("Your chat messages travel to our servers over an encrypted link.") == {
        ("communication.messages", "collect")}
    assert pairs("Crash logs never go to advertisers.") == {("usage.logs", "not_share")}
    # the user's own inbox or device, or the user going somewhere, is no passing on
    assert pairs("Your invoice goes to your email address.") == set()
    assert pairs("If you go to the account page, you can change your phone number.") == set()



def test_a_passive_hung_on_the_clause_before_it_shares_the_main_subject():
    """"X are fetched when you ask for them and are cached for 24 hours": the parser hangs the second passive on the
    "when" clause; with no subject of its own it is said of the main subject, and the clause is no practice."""
    assert pairs("Calendar events are refreshed when you open the app and are cached for no longer than 12 hours.") == {
        ("calendar", "store")}
    assert pairs("Calendar events are refreshed when needed and are cached for 12 hours.") == {("calendar", "store")}
def test_querying_data_obtains_it():
    # "query" reads data from where it is kept, as "read" and "retrieve" do
    assert pairs("The assistant can query your sleep data when you ask it a question.") == {("health", "collect")}
    assert pairs("We never query your contacts.") == {("social.contacts", "not_collect")}


def test_comparing_data_uses_it():
    assert pairs("Our ranking system compares your skills and work history with each vacancy.") >= {
        ("identity.occupation", "use")}


def test_turning_data_over_shares_it():
    # a verb read with its particle (cue phrasal_verbs): "turn over" hands the data to another party
    assert pairs("We will not turn your account information over to the police without a warrant.") == {
        ("account", "not_share")}
    assert pairs("We may turn over user information when a court orders us to.") == {("personal_info", "share")}
    assert pairs("You can turn off location access in your phone settings.") == set()
def test_data_kept_out_of_what_is_sent_is_not_shared():
    """A denied "include X in" records or messages that are sent denies passing X on with them; advice to the user and
    data standing where something else goes are not denials."""
    assert pairs("The app never includes your precise GPS position in the chat messages it relays.") == {
        ("location.precise", "not_share")}
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "We never put your phone number in Sentry error reports or in the messages we relay.")}
    assert found == {("contact.phone", "not_share", "sentry")}
    assert ("contact.email", "not_share") in pairs("Your email address is not included in diagnostic reports.")
    # an export is a copy sent out: what it leaves out is not passed on with it
    assert ("account.credentials", "not_share") in pairs(
        "Administrators may export all data for archival purposes. Please note that password hashes are not included "
        "in data exports.")
    assert ("contact.email", "not_share") not in pairs("Do not include your email address in bug reports.")
    assert ("communication.messages", "not_share") not in pairs("We do not include ads in your messages.")
    # the user's own choice, whichever of the cue `user_subjects` names the user ("customers", "visitors")
    assert pairs("Customers do not include their email address in crash reports.") == set()
    assert pairs("Visitors do not include their phone number in the messages.") == set()


def test_our_own_people_having_no_access_deny_that_we_obtain_the_data():
    # as "Our staff do not access X" and "We have no access to X"
    assert pairs("Our support staff have no access to your chat messages.") == {
        ("communication.messages", "not_collect")}
    # granted to our own people it is our use (GUIDELINES: the service's own team … their access a `use`)
    assert pairs("Our support staff have access to your chat messages when you report them.") == {
        ("communication.messages", "use")}


def test_no_data_needed_denies_every_item_of_its_list():
    # the participle hangs on the last item of the list, the "no" on the first: the data argument of the participle
    # climbs the list to its first item and takes that "no" as its denial
    assert pairs("Signing up is quick. No email address or phone number required.") == {
        ("contact.email", "not_collect"), ("contact.phone", "not_collect")}
    assert {(s.data_type, s.action) for s in statements_of(
        "# Accounts\n\n- **Signing up**: No name, email, phone number, or real identity needed\n", "markdown")} == {
        ("identity.name", "not_collect"), ("contact.email", "not_collect"), ("contact.phone", "not_collect")}


def test_call_times_and_platform_handles():
    # the time and length of each call are the call log; a sign-in platform's handle or identifiers are credentials
    assert pairs("We keep the date, time and duration of each call you make through the app.") >= {
        ("communication.call_log", "store")}
    assert ("communication.call_log", "share") in pairs("We pass the number you are calling to other carriers.")
    assert ("account.credentials", "collect") in pairs("We collect your Mastodon handle when you sign in.")
    assert ("account.credentials", "collect") in pairs("When you log in we receive your GitLab username.")


def test_pictures_the_user_takes_and_emails_sent_to_us():
    assert pairs("Photos taken with the scanner feature are not uploaded anywhere.") == {("media.photos", "not_collect")}
    assert ("communication.messages", "collect") in pairs("We collect communications such as email that you send to us.")


def _patch_where_looked_up(monkeypatch, name, replacement):
    """Replace the helper `name` in every module of policycheck.extract.en that looks it up, so that every call
    goes through `replacement`."""
    import importlib
    import pkgutil

    from policycheck.extract import en

    patched = []
    for info in pkgutil.iter_modules(en.__path__):
        module = importlib.import_module(f"{en.__name__}.{info.name}")
        if name in vars(module):
            monkeypatch.setattr(module, name, replacement)
            patched.append(info.name)
    assert patched, name


def test_where_moved_data_ends_up_is_worked_out_once_per_verb(monkeypatch):
    """"go" / "travel" / "leave" / "reach": whether the verb is a practice and the frame it gives come from one
    reading of where its data ends up, not two."""
    from collections import Counter

    from policycheck.extract import en, get_extractor
    from policycheck.extract.en import parties

    get_extractor().forget()  # analyse the sentences afresh, not from earlier tests
    calls: Counter = Counter()

    def counted(function):
        def wrapper(*args):
            verb = args[-1]
            calls[(function.__name__, verb.doc.text, verb.i)] += 1
            return function(*args)
        return wrapper

    _patch_where_looked_up(monkeypatch, "_crosses_to_us", counted(parties._crosses_to_us))
    _patch_where_looked_up(monkeypatch, "_not_to_us", counted(parties._not_to_us))
    monkeypatch.setattr(en.EnglishAnalyzer, "_moved_to", counted(en.EnglishAnalyzer._moved_to))
    assert {(s.data_type, s.action, s.recipient) for s in statements_of("Diagnostic logs go to Sentry.")} == {
        ("usage.logs", "share", "sentry")}
    assert pairs("Your card number goes to the bank and not to us.") == {("financial.payment", "not_collect")}
    assert pairs("Your password never reaches our servers.") == {("account.credentials", "not_collect")}
    assert pairs("Your chat messages travel to our servers over an encrypted link.") == {
        ("communication.messages", "collect")}
    assert {name for name, _, _ in calls} == {"_crosses_to_us", "_not_to_us", "_moved_to"}
    assert max(calls.values()) == 1, calls


def test_data_that_never_leaves_any_of_the_persons_own_devices_is_not_collected():
    """"never leaves your X" reads the same devices (cue `own_devices`) as "stored only on your X": a machine, a
    desktop or the keychain is the person's own as much as a phone."""
    assert pairs("Your voice recordings never leave your machine.") == {("media.audio", "not_collect")}
    assert pairs("Your photos never leave your desktop.") == {("media.photos", "not_collect")}
    assert pairs("Your passwords never leave the keychain.") == {("account.credentials", "not_collect")}
    assert pairs("Your voice recordings never leave your iPhone.") == {("media.audio", "not_collect")}
    assert pairs("Your messages never leave the car.") == {("communication.messages", "not_collect")}


def test_harms_and_connected_products_are_read_from_the_cues(monkeypatch):
    """A practice marked unlawful (cue `unlawful_modifiers`) or listed among harms (cue `harm_nouns`) is a harm
    guarded against, and a connected product (cue `product_devices`) sends its readings to its service and keeps
    what never leaves it; with a cue emptied the sentence reads as a practice."""
    from policycheck.extract import get_extractor

    lex = get_extractor().en.lex
    unlawful = "We will notify you of any unauthorized disclosure of your email address."
    harm = "Precautions are taken to prevent loss, misuse, or disclosure of your personal data."
    car = "The car reports its location when the engine starts."
    stays = "Your messages never leave the car."
    get_extractor().forget()
    assert pairs(unlawful) == pairs(harm) == set()
    assert pairs(car) == {("location", "collect")}
    assert pairs(stays) == {("communication.messages", "not_collect")}
    for key in ("unlawful_modifiers", "harm_nouns", "product_devices"):
        monkeypatch.setattr(lex, key, set())
    get_extractor().forget()
    assert pairs(unlawful) == {("contact.email", "share")}
    assert pairs(harm) == {("personal_info", "not_share")}
    assert pairs(car) == {("location", "share")}
    assert pairs(stays) == set()
    get_extractor().forget()


def test_a_denied_need_of_an_account_reads_the_requirement_verbs_cue(monkeypatch):
    """"The App does not require a user account": the account is a condition of use, no practice, because "require"
    is one of the cue `requirement_verbs`; without it the sentence reads as a denied collection of account data."""
    from policycheck.extract import get_extractor

    analyzer = get_extractor().en
    assert {"need", "require"} <= analyzer.lex.requirement_verbs
    get_extractor().forget()
    assert pairs("The App does not require a user account.") == set()
    monkeypatch.setattr(analyzer.lex, "requirement_verbs", set())
    get_extractor().forget()
    assert pairs("The App does not require a user account.") == {("account", "not_collect")}
    get_extractor().forget()


def test_a_heading_under_an_introduction_over_sub_headings_starts_from_its_context():
    """`_Context.at_heading`: a sub-heading right under an open introduction takes the introduction's practice, and
    so does a later sub-heading of its section; a heading at the introduction's own level, or one stating a practice
    of its own, starts afresh."""
    from policycheck.extract import _Context, get_extractor
    from policycheck.extract.base import Frame
    from policycheck.records import Sentence

    lexicon = get_extractor().lexicons["en"]
    intro = _Context(intro_frames=[Frame("collect")], intro_block=1)
    section = ("Notice", "Overview")
    profile = intro.at_heading(Sentence("Your profile", 5, "en", 2, 0, section + ("Your profile",), "heading"),
                               section, lexicon)
    assert [f.action for f in profile.intro_frames] == ["collect"] and profile.intro_block == 2
    profile.close_list()  # what a sub-section's own sentences do to its context leaves the introduction's alone
    device = profile.at_heading(Sentence("Your device", 9, "en", 4, 0, section + ("Your device",), "heading"),
                                None, lexicon)
    assert [f.action for f in device.intro_frames] == ["collect"] and device.intro_block == 4
    never = device.at_heading(Sentence("What we never gather", 13, "en", 6, 0, section + ("What we never gather",),
                                       "heading"), None, lexicon)
    assert never.intro_frames is None and never.over_headings is None
    contact = device.at_heading(Sentence("Contact us", 17, "en", 8, 0, ("Notice", "Contact us"), "heading"), None,
                                lexicon)
    assert contact.intro_frames is None and contact.over_headings is None


def test_a_denied_need_of_an_account_and_a_denied_prevention_read_the_verbs_negation(monkeypatch):
    """"The App does not require a user account", "You cannot disable the collection of crash reports": whether the
    verb is negated is read by `_negation` ("no longer" aside), as for every other denial."""
    from policycheck.extract import get_extractor
    from policycheck.extract.en import negation as negation_rules

    get_extractor().forget()  # analyse the sentences afresh, not from earlier tests
    asked: set[tuple[str, bool]] = set()
    negation = negation_rules._negation

    def recorded(verb, lasting=True):
        asked.add((verb.lower_, lasting))
        return negation(verb, lasting)

    _patch_where_looked_up(monkeypatch, "_negation", recorded)
    assert pairs("The App does not require a user account.") == set()
    assert ("usage.logs", "collect") in pairs("You cannot disable the collection of crash logs.")
    assert {("require", False), ("disable", False)} <= asked


def test_nothing_or_none_as_the_argument_of_the_practice_denies_it():
    # "Nothing of the following is collected:" / "We collect none of the following:" deny every item of the list
    assert {(s.line, s.data_type, s.action) for s in statements_of(
        "# Privacy\n\nNothing of the following is collected:\n- your contacts\n- your photos\n\n"
        "We collect none of the following:\n- your name\n", "markdown")} == {
        (4, "social.contacts", "not_collect"), (5, "media.photos", "not_collect"), (8, "identity.name", "not_collect")}
    # an exception after "nothing" keeps its data
    assert pairs("The service holds nothing but nicknames.") == {("account.profile", "store")}
    assert pairs("We collect nothing other than your email address.") == {("contact.email", "collect")}


def test_items_under_a_denying_introduction_keep_its_denial():
    # an item opening with a verb of its own and one whose clause only describes it are denied with the introduction
    assert {(s.line, s.data_type, s.action) for s in statements_of(
        "# Privacy\n\nWe do not collect:\n- your name or email address\n- track your precise location\n"
        "- cookies set by the websites you visit\n- sell your contacts to advertisers\n", "markdown")} == {
        (4, "identity.name", "not_collect"), (4, "contact.email", "not_collect"),
        (5, "location.precise", "not_collect"), (6, "usage.cookies", "not_collect"),
        (7, "social.contacts", "not_share")}
    # a denial with an exception or a contrast introduces items that are not denied: an item with a subject of its
    # own takes no denial (what a report contains is sent with it), and one opening with a verb keeps its own practice
    assert {(s.line, s.data_type, s.action) for s in statements_of(
        "# Privacy\n\nWe do not collect any personal data, you should however be aware of the following:\n"
        "- Crash dumps contain IP addresses and log information from your device.\n", "markdown")} == {
        (3, "personal_info", "not_collect"), (4, "network.ip", "collect"), (4, "usage.logs", "collect")}
    assert {(s.line, s.data_type, s.action) for s in statements_of(
        "# Privacy\n\nWe do not share your data except as follows:\n- share your email address with our mail "
        "provider\n", "markdown")} == {(3, "personal_info", "not_share"), (4, "contact.email", "share")}


def test_an_existential_or_verbless_no_list_of_usage_recording_denies_usage_data():
    # GUIDELINES: "No analytics, advertising, telemetry, or tracking" -> not_collect usage
    assert pairs("There are no analytics, ads, or tracking in the app.") == {("usage", "not_collect")}
    assert pairs("No analytics tools or tracking.") == {("usage", "not_collect")}
    # not the tools of that practice (the cookies denied as "No tracking cookies" are), nor a kind of tracking
    assert pairs("There are no tracking cookies in the app.") == {("usage.cookies", "not_collect")}
    assert pairs("No individual tracking or profiling.") == set()


def test_a_purchase_another_party_processes_is_its_transaction_record():
    # a single purchase or transaction as the passive subject of processing or handling by a party: that party has the
    # transaction record (as with "to process your transactions" named as a purpose)
    found = {(s.data_type, s.entity) for s in statements_of(
        "If you make an optional purchase, the transaction is handled by Google Play Billing.")}
    assert found == {("financial.transactions", "google_play_billing")}
    found = {(s.data_type, s.action, s.entity) for s in statements_of(
        "If you subscribe in the iOS app, the purchase is processed by Apple under their own privacy policies.")}
    assert found == {("financial.transactions", "use", "apple")}
    # the verb of making a purchase keeps it an event, not data
    assert pairs("If you make a purchase, we send you a receipt.") == set()


def test_a_denied_inclusion_in_data_a_practice_clause_describes_denies_that_practice():
    # GUIDELINES: a sentence saying that the data collected or sent does not include named data denies it
    assert pairs("The data we collect does not include your location.") == {("location", "not_collect")}
    assert pairs("Data collected by the app never contains your name.") == {("identity.name", "not_collect")}
    # the inclusion itself, or a denial of something else, keeps the practice
    assert pairs("The data we collect includes your location.") == {("location", "collect")}
    assert pairs("The data we collect includes your email address but not your phone number.") == {
        ("contact.email", "collect"), ("contact.phone", "not_collect")}


def test_progress_statistics_and_streaks_of_a_player_are_usage():
    text = ("# Policy\n\n## Information We Collect\n\nWe collect the following information:\n\n"
            "- Game statistics and leaderboard information\n- Your account and progress data\n"
            "- Daily-reward streak and daily-mission progress\n")
    found = tuples(text, fmt="markdown")
    assert {(7, "usage", "collect", "first_party"), (8, "usage", "collect", "first_party"),
            (9, "usage", "collect", "first_party")} <= found
    assert ("usage", "store") in pairs("We store match statistics to improve matchmaking.")
    assert pairs("We will inform you of the progress of your request.") == set()


def test_a_right_named_as_an_item_label_is_no_practice():
    # the right to erasure or restriction, named as the label of an item, names the processing it applies to only
    assert pairs("5. Right to erasure of personal data where it is not relevant to the stated purposes, if the data "
                 "was processed unlawfully or if the user objects to the processing (GDPR 17).") == set()
    assert pairs("Right to restriction of personal data processing where the accuracy of the data is contested by "
                 "the user.") == set()
    # a practice stated with the actor as subject stays
    assert pairs("We process personal data to provide the lobby.") == {("personal_info", "use")}


def test_a_guardian_who_learns_of_a_childs_data_is_asked_to_contact_us():
    assert pairs("If you are a legal guardian and believe that your child who is under 13 has provided us with "
                 "Personal Information, please contact us to have your child's information removed.") == set()
    assert pairs("If you are a parent or guardian, and you are aware that your child has provided us with personal "
                 "information, please contact us so that we can delete it.") == set()


def test_duties_of_the_controller_to_document_or_inform_state_no_practice():
    # what the controller documents or tells the users about names the processing only
    assert pairs("2. Wildfire Games documents their processing activities appropriately, in particular the "
                 "categories of processed personal data and security measures to protect it.") == set()
    assert pairs("4. Wildfire Games informs users of the purposes, legal grounds and retention periods of personal "
                 "data processing at the time it is processed.") == set()
    # the processing stated with the controller as subject stays a practice
    assert pairs("Wildfire Games processes personal data to run the lobby.") == {("personal_info", "use")}


def test_a_data_tables_column_label_after_the_data_column_names_no_data_of_the_rows():
    # "Location" heads where each row's data is kept: rows naming no known type take no location from it
    table = ("| Data | Location | Encryption |\n|------|----------|------------|\n"
             "| Sync key | Local device only | Not transmitted |\n| Session payload | Cloud database | AES-256 |\n")
    assert not [s for s in statements_of(table, fmt="markdown", name="policy.md") if s.data_type == "location"]
    # a label before the data column still names the rows' kind of data
    rows = ("| Health Connect data type | Permission | What it is used for |\n|---|---|---|\n"
            "| HeartRate | `READ_HEART_RATE` | Average heart rate per workout. |\n")
    assert ("health", "collect") in {(s.data_type, s.action) for s in statements_of(rows, fmt="markdown",
                                                                                   name="policy.md")}


def test_a_permission_tables_why_needed_column_states_what_the_permission_gets():
    # "Why It's Needed" is the purpose column; "Detect / Get the current tab's URL" acquires the page address
    table = ("| Permission | Why It's Needed |\n|---|---|\n"
             "| `activeTab` | Detect the current tab's URL to identify which site to sync |\n"
             "| `tabs` | Get the URL of the current tab for site identification |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(table, fmt="markdown", name="policy.md")}
    assert found == {(3, "usage.history", "collect"), (4, "usage.history", "collect")}


def test_interactions_named_by_whose_they_are_are_usage():
    # GUIDELINES: interactions are usage; a qualifier says whose or where they are, bare "interactions" needs none
    assert pairs("We collect player interactions and game scores.") == {("usage", "collect")}
    assert pairs("We store ActivityPub interactions from other servers.") == {("usage", "store")}
    assert ("usage", "collect") in pairs("The type and timestamp of each user interaction with the bot are recorded.")
    assert pairs("We value social interactions.") == set()


def test_clicks_on_parts_of_the_interface_are_usage():
    # GUIDELINES: clicking is an interaction (usage); a link the user is told to click is an instruction
    assert pairs("We collect clicks on the main menu.") == {("usage", "collect")}
    assert pairs("I only track events, like clicking on UI elements.") == {("usage", "collect")}
    assert pairs("You can unsubscribe by clicking on the link in the email.") == set()


def test_feature_adoption_and_which_features_are_used_are_usage():
    assert pairs("The collected data is used for measuring feature adoption and performance.") == {("usage", "collect")}
    assert pairs("We record which application features are used.") == {("usage", "collect")}
    assert pairs("We use analytical tools to learn whether users are using specific features we release.") == \
        {("usage", "use")}
    # one feature the user chooses to use is no usage data
    found = pairs("If you use the feature for sharing your test result, the app uploads your keys.")
    assert "usage" not in {data_type for data_type, _ in found}


def test_request_log_fields_are_log_data():
    # the fields of a web-server request log: the time, status code, method and duration of a request
    text = ("We log the following information about each request:\n\n- the time the request was made\n"
            "- the status code of the response\n- the method of the request\n"
            "- how long it took to complete the request.\n")
    assert pairs(text, fmt="markdown") == {("usage.logs", "collect")}
    assert {s.line for s in statements_of(text, fmt="markdown")} == {3, 4, 5, 6}
    assert pairs("We collect the HTTP status code of each response.") == {("usage.logs", "collect")}
    assert pairs("We accept every method of payment.") == set()


def test_list_restating_information_logged_in_the_paragraph_before():
    # "… information about the request may be logged." / "Information about a request is limited to:": the items take
    # the logging, also past an example parenthesis closing the fronted clause with no comma
    text = ("When you request any resource from this website (for example: a page, a font, an image, or an API "
            "endpoint) information about the request may be logged.\n\nInformation about a request is limited to:\n\n"
            "- the status code of the response\n- the requested URL\n")
    assert tuples(text, fmt="markdown") == {(5, "usage.logs", "collect", "first_party"),
                                            (6, "usage.history", "collect", "first_party")}


def test_watched_videos_and_subscribed_channels_are_history():
    # what the user watched or subscribed to on a video service is the record of what the user viewed
    assert pairs("We store a list of video IDs identifying watched videos.") == {("usage.history", "store")}
    assert pairs("We store the channels you are subscribed to.") == {("usage.history", "store")}
    assert pairs("We store your channel subscriptions.") == {("usage.history", "store")}


def test_platforms_a_product_is_tuned_for_name_no_data():
    # the range of devices or systems a purpose targets is no data about the user's device
    assert pairs("We use this information to optimize our app for different devices and operating systems.") == set()
    assert pairs("We collect your operating system version.") == {("device.hardware", "collect")}


def test_processing_one_transaction_subscription_or_order_named_as_a_purpose_uses_its_record():
    # GUIDELINES: processing transactions, payments, subscriptions or orders named as a purpose → use
    # financial.transactions; a processor's own processing stays none
    assert pairs("We collect and store this data in order to process your transaction.") == {
        ("financial.transactions", "use")}
    assert pairs("- Process your subscription") == {("financial.transactions", "use")}
    assert pairs("We may process your information to process your orders.") == {
        ("personal_info", "use"), ("financial.transactions", "use")}
    assert pairs("We use your information to enforce our agreements, including for billing and collection "
                 "purposes.") == {("personal_info", "use"), ("financial.transactions", "use")}
    assert ("financial.transactions", "use") in pairs(
        "Donors give financial information to enable the processing of the donation.")
    assert pairs("Stripe will process your subscription.") == set()
    assert pairs("We use Stripe to process your subscription.") == set()


def test_payment_identifiers_receipts_and_records_of_bookings_or_gifts_are_transactions():
    # GUIDELINES: records of purchases, bookings and payments named as data are financial.transactions
    assert pairs("Subscription and reward records are stored on our servers.") == {("financial.transactions", "store")}
    assert ("financial.transactions", "store") in pairs(
        "The Office of Advancement keeps a record of your gifts and your event attendance.")
    assert ("financial.transactions", "share") in pairs(
        "We share some information related to our users' bookings with our email provider.")
    assert pairs("We collect transaction IDs and donation receipts.") == {("financial.transactions", "collect")}
    # receipts sent to the user are a topic, no data
    assert pairs("We send you payment receipts by email.") == set()


def test_active_subscriptions_listed_as_account_data_are_transactions():
    # GUIDELINES: the subscription status or plan the user has bought is a record of that purchase
    assert ("financial.transactions", "collect") in pairs(
        "We collect your display name, email address, locale, and active product subscriptions.")


def test_denied_sending_to_external_servers_is_an_upload_denial():
    assert tuples("Your calendar data is never sent to external servers.") == {
        (1, "calendar", "not_collect", "first_party")}
    assert tuples("The password itself is never transmitted to any server.") == {
        (1, "account.credentials", "not_collect", "first_party")}
    # a server run by others is still a party the data is not shared with
    assert pairs("Your photos are never sent to third-party servers.") == {("media.photos", "not_share")}


def test_a_general_collection_denial_covers_data_its_line_keeps_on_the_device():
    assert tuples("When using the app, we do not collect any information. All game statistics remain exclusively on "
                  "your device.") == {(1, "usage", "not_collect", "first_party")}
    assert tuples("All game statistics remain exclusively on your device.") == set()


def test_a_participle_on_the_subject_read_as_its_own_clause_leaves_the_data_to_the_main_verb():
    # parsed as "[the name … entered in the form] will be shared": the data is what the main verb shares
    shared = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "The name and email address entered in the feedback form will be shared with Frobnitz.")}
    assert shared == {("identity.name", "share", "third_party"), ("contact.email", "share", "third_party")}
    assert pairs("If they do so, the name and email address entered in the form, will be shared with Frobnitz.") == {
        ("identity.name", "share"), ("contact.email", "share")}


def test_scraped_data_and_website_content_in_a_list_are_content():
    # GUIDELINES: "Website content or scraped data" among what is not collected -> not_collect content
    assert (4, "content", "not_collect", "first_party") in tuples(
        "We do not collect:\n\n- Personal information\n- Website content or scraped data\n", fmt="md")
    assert pairs("We receive the scraped data when you choose to export it.") == {("content", "collect")}
    # the site's own content is no data
    assert ("content", "use") not in pairs(
        "We use it for personalizing the Services, website content, and communications based on your preferences.")


def test_query_strings_and_request_paths_are_browsing_history():
    # GUIDELINES: "URLs, query strings, or request paths" under "What is NEVER collected" -> not_collect usage.history
    assert (4, "usage.history", "not_collect", "first_party") in tuples(
        "## What is NEVER collected\n\n- Personal information\n- URLs, query strings, or request paths\n", fmt="md")
    assert pairs("The web server does not log request paths or query strings.") == {("usage.history", "not_collect")}


def test_usage_analytics_as_a_list_item_is_usage():
    # GUIDELINES: analytics data named as the data of a practice is usage; a purpose names none
    assert (4, "usage", "not_collect", "first_party") in tuples(
        "We do not collect:\n\n- Personal information\n- Usage analytics\n- Location data\n", fmt="md")
    assert ("usage", "collect") not in pairs(
        "We collect technical information (IP, browser and operating system) used for usage analytics.")


def test_device_files_are_files_on_the_storage():
    # GUIDELINES: the files on the device's storage -> storage.files
    assert pairs("We do not access your browser history or device files.") == {
        ("usage.history", "not_collect"), ("storage.files", "not_collect")}


def test_refusal_spans_skip_patterns_without_their_literals():
    """`_spans` tries a refusal pattern only on text holding one of its required strings, in any case; the spans
    are those of every pattern run over the text, also with a non-ASCII case variant ("ſ") that folding would miss."""
    from policycheck.extract import get_extractor
    from policycheck.extract.en.clauses import _pattern_spans, _spans
    from policycheck.extract.lexicon import pattern_literals

    refusal = get_extractor().en.lex.refusal
    assert pattern_literals(next(p for p in refusal if p.pattern.startswith(r"\bplease "))) == ("please ",)

    def every_pattern(text):
        return [span for pattern in refusal for span in _pattern_spans(pattern, text)]

    texts = ["PLEASE DO NOT send us your Social Security number, we do not need it.",
             "If You Choose Not To provide your email address; we cannot reply.",
             "Pleaſe do not send us your password.",
             "We collect your name and email address to provide the service.",
             "Should you have any questions, contact us. You may request a copy of your data."]
    assert _spans(refusal, texts[0]) == [(0, texts[0].index(","))]  # to the end of its clause
    assert _spans(refusal, texts[3]) == []
    for text in texts:
        assert _spans(refusal, text) == every_pattern(text), text


def test_any_match_skips_patterns_without_their_literals_and_finds_what_searching_each_finds():
    """`any_match` tries a cue pattern only on text holding one of its required strings (in any case for a pattern
    that ignores case, and every pattern on text with a non-ASCII case variant); it finds what a plain search of
    each pattern finds, in both languages."""
    from policycheck.extract.lexicon import any_match, load_lexicon

    texts = ["**What we DON'T collect:**", "We will not:", "You have the right to:", "PLEASE DO NOT send us data.",
             "Pleaſe do not send us your password.", "We collect your name.", "我们如何收集和使用您的个人信息",
             "个人信息是指以电子或者其他方式记录的信息。", ""]
    for language in ("en", "zh"):
        lexicon = load_lexicon(language)
        for patterns in (lexicon.definitions, lexicon.denial_lists, lexicon.practice_free_lists, lexicon.refusal):
            for text in texts:
                plain = next((found for p in patterns if (found := p.search(text))), None)
                found = any_match(patterns, text)
                assert (found and found.group()) == (plain and plain.group()), (language, text)


def test_list_closed_by_etc_takes_the_upload_denial_of_the_next_sentence():
    # the items a category includes take the upload denial the next sentence states of that category
    assert pairs("History data includes page titles, URLs, access dates, etc. History data is stored only on local "
                 "storage and never sent to an external server.") == {("usage.history", "not_collect"),
                                                              ("usage.logs", "not_collect")}


def test_crash_dumps_crash_details_and_connection_data_are_named_types():
    assert pairs("We may upload crash dumps to our servers.") == {("usage.logs", "collect")}
    assert pairs("We collect technical data about the crash.") == {("usage.logs", "collect")}
    assert pairs("Hosting providers may collect connection data.") == {("device.network", "collect")}
    assert pairs("The request exposes connection metadata to the server.") == {("device.network", "share")}


def test_data_inaccessible_or_unavailable_to_us_is_not_collected():
    # whether data reaches us is its collection, not a disclosure to others
    assert tuples("Your photos are inaccessible to us.") == {(1, "media.photos", "not_collect", "first_party")}
    assert tuples("The advertising ID is not available to us.") == {(1, "device.id.ad_id", "not_collect", "first_party")}
    # a demonstrative on the same line resumes the data the sentence before named
    assert pairs("The app may ask for access to your camera. The related information stays on your device and is "
                 "inaccessible to us.") == {("media.camera", "collect"), ("media.camera", "not_collect")}


def test_private_information_and_the_files_a_viewer_opens():
    # bare "private information" is the user's personal information; the files and logs a viewer or editor opens for
    # the user are files on the user's storage, not the service's own logs
    assert pairs("The editor never collects any private information.") == {("personal_info", "not_collect")}
    assert pairs("We do not upload the contents of files you are working with.") == {("storage.files", "not_collect")}
    assert pairs("The viewer does not upload the logs you are viewing.") == {("storage.files", "not_collect")}
    assert pairs("We keep server logs for 30 days.") == {("usage.logs", "store")}


def test_logs_that_only_hold_unnamed_data_name_no_data():
    # where a demonstrative or bare piece of data is kept names the form, not data of its own; named data kept in the
    # logs still names them
    assert pairs("This information may be stored in the web server's access log file for up to 4 weeks.") == set()
    assert pairs("We store this data in log files for 30 days.") == set()
    assert pairs("Your IP address may be stored in our server logs for up to 4 weeks.") == {
        ("network.ip", "store"), ("usage.logs", "store")}
    assert pairs("We keep server logs for 30 days.") == {("usage.logs", "store")}


def test_the_users_choice_not_to_send_data_is_a_control():
    assert pairs("Players can decline sending crash reports without losing any features.") == set()
    assert pairs("You may refuse to upload your diagnostic logs.") == set()
    assert pairs("We send crash reports to our developers.") == {("usage.logs", "collect")}


def test_a_denied_send_out_with_no_recipient_is_an_upload_denial():
    assert tuples("The editor does not send out your file names or passwords.") == {
        (1, "account.credentials", "not_collect", "first_party")}
    assert tuples("We never send out your email address to anyone.") == {
        (1, "contact.email", "not_share", "first_party")}
def test_a_qualifier_calling_other_data_non_personal_denies_no_type():
    # "with no X", "without X" or a bracketed "no X" on data characterises that data (GUIDELINES), no type left out
    assert pairs("We keep only aggregate download counts with no personal identifiers.") == set()
    assert pairs("Survey answers are published in summary tables and without personally identifiable "
                 "information.") == {("content", "share")}
    assert ("personal_info", "not_collect") not in pairs("We collect error reports (anonymous, no personal data).")
    assert ("personal_info", "not_collect") not in pairs("Only aggregated statistics are collected (no PII).")
    # a named type left out stays denied, and so does a denial of its own
    assert ("identity.name", "not_share") in pairs("We share usage statistics without your name.")
    assert pairs("We collect no personal information.") == {("personal_info", "not_collect")}
    assert ("personal_info", "not_collect") in pairs(
        "You can browse the site without any personal information being collected.")


def test_a_participle_on_examples_of_denied_data_keeps_the_denial():
    # "including" (tagged as a verb) introduces examples of the denied object; a participle describing them ("entered by
    # the user") is no practice of its own, the denied verb governs them
    assert pairs("We do not collect sensitive data, including your health information or personal information "
                 "entered by the user.") == {("health", "not_collect"), ("personal_info", "not_collect")}
    assert pairs("We collect sensitive data, including your health information or personal information entered by "
                 "the user.") == {("health", "collect"), ("personal_info", "collect")}


def test_a_command_to_the_reader_not_to_give_data_is_no_denial():
    # advice to the user opening its sentence, as "please do not send us X" (GUIDELINES: advice is no practice)
    assert pairs("Do not enter any personal data into the support form unless we ask you for it.") == set()
    assert pairs("Don't post your phone number in public comments.") == set()
    # our own denial stays, and so does a lower-case item going on with the clause that introduces it
    assert ("contact.phone", "not_share") in pairs("We do not post your phone number in public comments.")
    assert pairs("We promise that we:\\n\\n1. do not disclose personal information, unless required by law.") >= {
        ("personal_info", "not_share")}


def test_an_unbulleted_label_over_items_naming_the_data_gives_no_tuple():
    # GUIDELINES (headings and labels): a label over the items that name the data gives none of its own, the items
    # keep their types and the practice of their section
    text = ("## What we do not collect\n\n"
            "❌ **Location Information:**\n\n- No coordinates (latitude, longitude)\n\n"
            "**User Content:**\n\n- No messages you write\n\n"
            "## What we collect\n\n**Contact details:**\n\n- Your email address\n")
    found = {(line, data_type, action) for line, data_type, action, _ in tuples(text, fmt="markdown", name="policy.md")}
    assert {line for line, _, _ in found} == {5, 9, 15}
    assert (5, "location.precise", "not_collect") in found
    assert (15, "contact.email", "collect") in found


def test_later_predicates_of_a_list_the_parser_read_as_a_complement_keep_their_own_polarity():
    # "X is stored …, is not synced … and is never sent to us": the parser hangs the first predicate on the second as
    # its complement; each predicate goes with X and its own negation
    assert pairs("Your browsing history is stored only on your device, is not synced between devices and is never "
                 "sent to us.") == {("usage.history", "not_collect")}
    assert pairs("Your email address is encrypted, is stored on our servers and is never shared with "
                 "advertisers.") == {("contact.email", "store"), ("contact.email", "not_share")}
def test_the_capitalised_short_name_of_our_own_product_is_us():
    # "the Games", "The Extension": the way a policy writes the short name it defines for what it covers
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Whatever the player's age, the Games do not request access to the camera or the contacts of the device.")}
    assert found == {("media.camera", "not_collect", "first_party"), ("social.contacts", "not_collect", "first_party")}
    assert {s.actor for s in statements_of("The Extension does not collect email addresses.")} == {"first_party"}
    # a name before the product word may be another party's
    assert {s.actor for s in statements_of("The Acme Analytics Service collects your IP address.")} == {"third_party"}


def test_the_short_name_given_to_the_maker_of_the_app_is_ours():
    text = ('# Privacy Policy\n\nThis privacy policy applies to the Quillnote app for mobile devices that was created '
            'by Quillnote Labs (hereby referred to as "Service Provider") as a free service.\n\n'
            'The Service Provider does not knowingly collect personally identifiable information from children.\n\n'
            'The Service Provider may share your email address with analytics partners.\n')
    found = {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {(5, "personal_info", "not_collect", "first_party", None),
                     (7, "contact.email", "share", "first_party", "third_party")}


def test_a_name_followed_by_thats_us_is_ours():
    text = ("# Firefox Screenshots\n\nWe care about your privacy. When Northwind (that's us) collects information about "
            "you, our privacy policy describes how we handle that information.\n\n"
            "Northwind automatically receives the content of your shots and technical data about your device.\n")
    found = {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "device", "collect", "first_party", None) in found
    assert not any(s[2] == "share" for s in found)


def test_the_party_permitted_to_do_a_practice_does_it():
    # the passive subject of "permitted" / "allowed" is who the infinitive's practice is said of
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Ad networks are not permitted to collect your email address or your name.")}
    assert found == {("contact.email", "not_collect", "third_party"), ("identity.name", "not_collect", "third_party")}
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Advertisers are allowed to collect your device identifier.")}
    assert found == {("device.id", "collect", "third_party")}


def test_a_name_set_beside_the_kind_of_provider_it_is_for_us_is_that_party():
    # "Cerence" opening a sentence is tagged as a common noun; the policy named it as its provider before
    text = ("# Privacy\n\nWhat you ask the assistant is recorded and sent to Cerence, our speech-recognition "
            "provider. Cerence deletes voice recordings after 30 days.\n")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {("media.audio", "store", "third_party")}
    text = ("# Privacy\n\nWe check documents through our identity verification vendor, Verilo. Verilo deletes "
            "voice recordings after 30 days.\n")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    assert found == {("media.audio", "store", "third_party")}


def test_it_after_an_uncatalogued_tool_of_the_paragraph_is_that_tool():
    text = ("# Privacy\n\nWe use a self-hosted instance of Fathom to understand aggregate use of the site.\n\n"
            "Fathom does not set cookies. It records the pages visited and the browser type.\n")
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, "markdown", "policy.md")}
    assert (5, "usage.history", "collect", "third_party") in found
    assert (5, "device.hardware", "collect", "third_party") in found
    assert not any(line == 5 and actor == "first_party" for line, _, _, actor in found)


def test_our_own_service_of_some_kind_is_us():
    text = ("# Privacy\n\nIf you choose to submit a score, the App sends the following to our leaderboard service:\n\n"
            "- Your display name\n- Your random device identifier\n")
    found = {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, "markdown", "policy.md")}
    assert (6, "device.id", "collect", "first_party", None) in found
    assert not any(action == "share" for _, _, action, _, _ in found)


def test_denial_vocabulary_names_the_data_it_denies():
    # "religious information" beside other sensitive kinds is the user's beliefs
    assert ("identity.beliefs", "not_collect") in pairs(
        "We do not knowingly collect sensitive data, such as medical records or religious information.")
    # a sync key and a bare upper-case PIN unlock the user's store or account (GUIDELINES: keys → account.credentials)
    assert ("account.credentials", "not_collect") in pairs("Your sync key is never transmitted to our servers.")
    assert ("account.credentials", "not_collect") in pairs("The PIN is checked on the watch and never sent to us.")
    assert ("account.credentials", "not_collect") in pairs("We never collect your PIN.")
    assert pairs("We store the pin you place on the map.") == set()
    # an IRS Identity Protection PIN is an identity number, not a login
    assert pairs("We store your Identity Protection PIN on our servers.") == {("identity.id_number", "store")}
    # the content of browser tabs, and bare "URLs" beside it
    assert pairs("No tab content or URLs are uploaded to external servers.") == {
        ("content", "not_collect"), ("usage.history", "not_collect")}
    assert pairs("We do not collect invite URLs or profile photos.") == {("account.profile", "not_collect")}
    # "emails" as an item among contact details, not among messages
    assert ("contact.email", "not_collect") in pairs("We never collect names, emails, or phone numbers.")
    assert ("contact.email", "collect") not in pairs("Our providers deliver emails, text messages and letters.")


def test_upload_denial_by_pronoun_of_data_the_sentence_before_keeps_on_the_device():
    # GUIDELINES (data kept only on the user's own device): the denial that repeats the data by "it", "them" or a
    # demonstrative after the sentence keeping it on the device is `not_collect` of that data, no `store`
    assert pairs("Your search history is stored only on your phone. It is never sent to us.") == {
        ("usage.history", "not_collect")}
    assert pairs("The routes you create are kept on your phone. The app never sends them to us.") == {
        ("location", "not_collect")}
    assert pairs("Your access tokens are stored on your device. We do not transmit these tokens to our servers.") == {
        ("account.credentials", "not_collect")}
    assert pairs("Your search history may be cached locally. This cache is stored on your device and is not transmitted "
                 "anywhere.") == {("usage.history", "not_collect")}
    assert pairs("- **Local game state**: kept on your device until you uninstall the app. We never receive it.") == {
        ("usage", "not_collect")}
    # a denial of passing it on to others is no denial of its collection, and keeping it alone states nothing
    assert pairs("Your search history is stored only on your phone. It is never sent to advertisers.") == set()
    assert pairs("Your search history is stored only on your phone. You can clear it at any time.") == set()
    # nor does a denial of sending something else repeat the data
    assert pairs("Your search history is stored only on your phone. We never send these newsletters to you.") == set()


def test_snippets_and_what_the_user_types_are_content():
    # GUIDELINES (user content): text the user types or keeps as snippets in an editor or clipboard tool
    assert pairs("Telemetry never includes anything you type.") == {("content", "not_collect")}
    assert ("content", "not_collect") in pairs("We do not upload clipboard contents or snippets to our servers.")
    assert pairs("We store your code snippets on our servers.") == {("content", "store")}
    # a bare "snippets" outside a list of data is no data
    assert pairs("We add snippets of code to our pages.") == set()


def test_a_passive_question_on_what_data_is_handled_states_no_practice():
    # "what personal data is being processed" asks which data, the parser hanging "what" on the verb; the statement
    # of the same practice keeps it
    assert pairs("Every dashboard comes with a summary of what personal data is being processed.") == set()
    assert pairs("Members can ask to see which contact details are being stored.") == set()
    assert pairs("Personal data is being processed to produce the dashboards.") == {("personal_info", "use")}


def test_a_question_joined_to_whether_asks_with_it():
    # "whether, how, and why X will process" asks; a statement joined to a whether-clause keeps its practice
    assert pairs("The customer decides whether, how, and why the platform will process a person's personal "
                 "data.") == set()
    assert ("financial.transactions", "share") in pairs(
        "We tell the shop whether your payment was approved and share your order number with the shop.")


def test_wherever_data_is_handled_marks_a_scope_not_a_practice():
    # the reach of a safeguard on data named generically is no practice; the user's own data keeps it
    assert pairs("Our contracts with each vendor extend the same safeguards everywhere personal data is "
                 "processed.") == set()
    assert pairs("Wherever personal information is stored, the same protections apply.") == set()
    assert ("personal_info", "store") in pairs("Wherever your personal information is stored, the same protections "
                                               "apply.")


def test_generic_processors_we_use_receive_the_data_they_are_named_for():
    # a relative clause "<processors> we use" on processors of named data entrusts the data to them
    assert {(s.data_type, s.action, s.recipient) for s in statements_of(
        "Below is a list of the personal data subprocessors we use.")} == {("personal_info", "share", "third_party")}
    assert {(s.data_type, s.action, s.recipient) for s in statements_of(
        "Here are the payment vendors we use to process your payment information.")} == {
        ("financial.payment", "share", "third_party")}
    assert pairs("Below is a list of the personal data categories we use.") != {("personal_info", "share")}


def test_the_address_of_the_site_browsed_to_is_browsing_history():
    # the IP address of the site the user visits says which site is visited; the user's own address stays network.ip
    assert pairs("We receive your IP address and the IP address of the site you are browsing to.") == {
        ("network.ip", "collect"), ("usage.history", "collect")}


def test_collecting_as_little_as_we_can_is_the_minimisation_principle():
    # "as little information about you as we can" states the data-minimisation principle, no collection
    assert pairs("We gather as little information about you as we can.") == set()
    assert pairs("We gather as little personal data as necessary.") == set()
    assert pairs("We gather information about you when you sign up.") == {("personal_info", "collect")}


def test_emails_with_the_user_are_correspondence():
    # "emails with you" are the messages exchanged, not the user's email address
    assert pairs("We keep emails with you about your application.") == {("communication.messages", "store")}
    assert pairs("We keep emails exchanged with you for our records.") == {("communication.messages", "store")}
def test_actions_and_activity_of_users_tracked_or_recorded_are_usage():
    # GUIDELINES (a log of the actions or activity of users keeps those actions, the use of the service -> usage)
    assert ("usage", "collect") in pairs("We use web beacons to track the activity on our website.")
    assert ("usage", "collect") in pairs("Tracking pixels may be used to track the actions of visitors.")
    assert pairs("The system records the pages you open and the actions you perform while using the portal.") == {
        ("usage.history", "collect"), ("usage", "collect")}
    assert ("usage", "collect") in pairs("Our logging service is used to record actions that change your settings.")
    assert ("usage", "share") in pairs("Moderators can see the audit log actions of each account.")
    assert ("usage", "collect") in pairs("The app store collects data on usage, for example how often the app opens.")
    assert ("usage", "use") in pairs("We use this information to analyze patterns of usage.")
    # bare "track activity" in what a web beacon is said to be, and actions the user is offered to share, are no data
    assert ("usage", "collect") not in pairs("A web beacon is a small image that is used to track activity.")
    assert pairs("Social features let you share actions you take on our website with other networks.") == set()



def test_workspace_and_private_repository_contents_are_content():
    # GUIDELINES (user content): what the user keeps in the service's workspaces and private code repositories
    assert ("content", "store") in pairs("After you leave, we delete the content of workspaces you created within 60 days.")
    assert pairs("With your consent we sync your private repositories.") == {("content", "collect")}
    assert ("content", "store") in pairs("We keep workspace contents on servers in Germany.")


def test_term_tagged_as_verb_but_parsed_as_subject_is_data():
    # the tagger reads the sentence-initial noun as a verb; the parser makes it the subject of the practice verb
    assert ("content", "store") in pairs("Feedback about the service may be stored in the EEA.")


def test_passive_coordinated_after_a_purpose_infinitive_keeps_its_subject():
    # the parser hangs "are never shared" on "to choose"; it is still the predicate of the subject
    assert ("location", "not_share") in pairs(
        "Your trip locations are never used to choose offers and are never shared with affiliates.")
    assert ("contact.email", "share") in pairs(
        "Your email address is used to send receipts and is shared with our payment processor.")


def test_infinitive_coordinated_after_a_small_clause_keeps_the_main_subject():
    # "collect" is parsed as coordinated with "signed" (whose subject is "you"); it goes with "keep", the app's verb
    assert ("usage", "collect") in pairs(
        "The site uses cookies, and the app uses SDKs, to remember your settings, keep you signed in and collect "
        "information about how you use the app.")
def test_question_items_under_a_collecting_introduction_take_its_practice():
    # an item worded as a question asks which value is recorded: the introduction's practice takes what it names;
    # questions under an introduction with no practice, or under a list of frequently asked questions, stay titles
    text = ("# Privacy\n\nWe record the following about each session:\n- Which device model is the app running on?\n"
            "- Is your email address verified?\n\n## Help\n\nFrequently asked questions:\n"
            "- Is my email address shared?\n- Which device model do I need?\n\n## More\n\n"
            "- Is my email address public?\n")
    assert tuples(text, fmt="markdown", name="policy.md") == {
        (4, "device.hardware", "collect", "first_party"), (5, "contact.email", "collect", "first_party")}


def test_backing_up_data_is_keeping_a_copy_of_it():
    assert pairs("We back up your messages every night.") == {("communication.messages", "store")}
    assert pairs("Your photos are backed up to our servers.") == {("media.photos", "store")}
    assert pairs("You can back up your notes to your own drive.") == set()


def test_the_page_a_visitor_came_from_is_browsing_history_under_a_definitional_introduction():
    # a definition over a nested list states no practice; the items take the section's, and "the page from which you
    # arrived" is the referring page
    text = ('# Privacy\n\n## What information do we collect?\n\n"Technical Data" is data that does not identify you '
            'by itself, including:\n\n- browsing details, such as:\n  - the page from which you arrived at the site;\n'
            '  - the pages you view;\n- your device model.\n')
    assert tuples(text, fmt="markdown", name="policy.md") == {
        (8, "usage.history", "collect", "first_party"), (9, "usage.history", "collect", "first_party"),
        (10, "device.hardware", "collect", "first_party")}
    assert pairs("We log the website from which you arrived.") == {("usage.history", "collect")}


def test_a_list_item_back_at_the_level_of_a_nested_introduction_ends_its_list():
    # "- With X — we may share …, which may include:" / nested items / "- With Y — …": the second top-level item is
    # the first one's sibling, not one of its items, and takes no practice from it
    text = ("# Requests\n\n- **With an order** — we may hand over some account details, which may include:\n\n"
            "  - Your email address\n  - Your billing address\n\n"
            "- **With a warrant** — The contents of your messages. Messages can be long.\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (5, "contact.email", "share", "first_party") in found
    assert not any(line == 8 and action == "share" for line, _, action, _ in found)


def test_data_named_again_as_what_includes_the_items_keeps_the_practice_of_the_sentence_before():
    # "We never sell X unless …. X may include:": the restated data takes the denial, not the section's practice
    text = ("# Sharing of data\n\n- We never release your device logs unless we are compelled to do so by a "
            "court order. Device logs may include:\n  - the pages you visited\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (3, "usage.logs", "not_share", "first_party") in found
    assert not any(line == 3 and action == "share" for line, _, action, _ in found)


def test_a_legal_process_condition_does_not_make_a_denying_introduction_an_exception():
    # "We will not release X without a subpoena. X may include:" / an item that parses as a clause: the legal
    # demand is no exception of ours, so the items are what the denial covers
    text = ("# Sharing of data\n\nWe will not release server logs without a valid subpoena. Server logs may "
            "include:\n\n- Error logs other than crash reports for a specific day\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (5, "usage.logs", "not_share", "first_party") in found
    assert (5, "usage.logs", "share", "first_party") not in found


def test_contents_of_an_account_and_snippets_are_content_and_settings_or_specific_qualifiers_name_no_data():
    assert pairs("We never disclose the private contents of your account.") == {("content", "not_share")}
    assert pairs("We store your gists on our servers.") == {("content", "store")}
    assert pairs("We collect analytic data about page visits.") >= {("usage", "collect")}
    # "repository settings" are settings; "IP-specific" qualifies the data, naming no IP address
    assert pairs("We do not share repository settings or IP-specific analytic data.") == {("usage", "not_share")}
def test_data_a_partner_account_sends_to_a_name_defined_as_us_is_collected_by_us():
    # "At Nimbus, we …" makes Nimbus ours: what another party sends Nimbus, we collect
    found = tuples("At Nimbus, we design products with your privacy in mind.\n\n"
                   "This service requires an account with Scroll, which sends Nimbus your email address and IP "
                   "address.\n")
    assert found == {(3, "contact.email", "collect", "first_party"), (3, "network.ip", "collect", "first_party")}


def test_a_catalogued_name_opening_list_bodies_after_a_dash_is_ours():
    lines = [f"- **Kind {i}** — Cloudflare collects security access logs." for i in range(4)]
    found = tuples("Our notice.\n\n" + "\n".join(lines)
                   + "\n- **Payments** — Cloudflare may keep your payment details.\n")
    assert (7, "financial.payment", "store", "first_party") in found
    assert all(actor == "first_party" for _, _, _, actor in found)


def test_what_the_persons_software_makes_available_is_collected_under_a_collecting_verb():
    # the relative clause describes the data we take, it is no disclosure of ours
    assert pairs("We collect the information that web browsers and mobile devices make available to a website, "
                 "such as the IP address and browser type.") == {("network.ip", "collect"),
                                                                ("device.hardware", "collect")}
    # under a sharing verb the sharing stays
    assert pairs("We share the information that your browser makes available with our analytics partners, such as "
                 "your IP address.") == {("network.ip", "share")}


def test_a_party_that_makes_data_available_to_us_passes_it_to_our_collection():
    # another party hands the data to us: our collection, not a disclosure of ours
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "The credit bureau makes your name and home address available to us when you apply.")}
    assert found == {("identity.name", "collect", "first_party", None),
                     ("contact.address", "collect", "first_party", None)}
    assert {(s.data_type, s.action) for s in statements_of(
        "Your bank makes available to us the account number and the name on the account.")} == {
        ("financial.payment", "collect"), ("identity.name", "collect")}
    # made available to others by us stays a disclosure
    assert pairs("We may make your email address available to our marketing partners.") == {
        ("contact.email", "share")}


def test_the_user_selects_or_furnishes_data_it_gives_the_service():
    assert pairs("During sign-up you select a username and a password.") == {("account.credentials", "collect")}
    assert pairs("Applicants must furnish their date of birth and phone number.") == {
        ("identity.birthdate", "collect"), ("contact.phone", "collect")}
    # selecting which messages to receive names no data; we furnish data to a party: a disclosure
    assert pairs("You can select which newsletters you receive.") == set()
    assert pairs("We furnish your email address to the event organiser.") == {("contact.email", "share")}


def test_a_recipients_table_with_an_information_disclosed_column_and_a_category_with_examples():
    md = ("We disclose personal information to these recipients:\n\n"
          "| Recipient | Information disclosed | Purpose |\n|---|---|---|\n"
          "| Tax authorities and other law enforcement | Name and transaction details | Currency transaction reports |\n"
          "| Payment providers (Adyen, PayPal) | Card details | Processing payments |\n"
          "| Email platforms (Braze) | Email address | Delivering messages |\n")
    found = {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(md, name="policy.md")
             if s.line > 1}
    # the purpose cell's "reports" is no verb of the recipient: we disclose the row's data
    assert {(5, "identity.name", "share", "first_party", "third_party"),
            (5, "financial.transactions", "share", "first_party", "third_party")} <= found
    assert not {f for f in found if f[3] != "first_party"}
    # a category with its catalogued examples: each example and the category
    assert {r for line, _, _, _, r in found if line == 6} == {"adyen", "paypal", "third_party"}
    assert {r for line, _, _, _, r in found if line == 7} == {"braze"}


def test_betting_and_wagering_records_are_transactions():
    assert pairs("We share your betting history and deposit and withdrawal amounts with state regulators.") == {
        ("financial.transactions", "share")}
    assert pairs("Our team may review your wagering activity to identify problem gambling.") == {
        ("financial.transactions", "use")}
    # the purpose of linking an account names no transaction record
    assert ("financial.transactions", "collect") not in pairs(
        "If you link a bank account for deposits and withdrawals, we collect the account number.")
def test_data_table_columns_are_recognised_by_their_longer_header_words():
    # GUIDELINES (CCPA tables): "Examples of Personal Data We Collect" is the examples column, whose cells are the data
    # read even when a cell has a clause of its own ("used to access the Services"), and the third parties' column
    # shares each row's data with them
    text = ("| **Category of Personal Data** | **Examples of Personal Data We Collect** | **Categories of Third Parties "
            "With Whom We Share this Personal Data:** |\n| --- | --- | --- |\n"
            "| **Device/IP Data** | - IP address<br>- Type of device/operating system/browser used to access the "
            "Services | - Service Providers<br>- Analytics Partners |\n")
    found = {(s.line, s.data_type, s.action, s.recipient) for s in statements_of(text, name="policy.md")}
    assert {(3, "network.ip", "collect", None), (3, "network.ip", "share", "third_party"),
            (3, "device.hardware", "collect", None), (3, "device.hardware", "share", "third_party")} <= found
    assert not any(action == "use" for _, _, action, _ in found)
    # "Category of personal information collected in last 12 months" is the data column, "Business or commercial
    # purpose(s) for collecting …" the purposes, whose data names no practice of its own
    html = ("<table>\n<tr><th>Category of personal information collected in last 12 months</th><th>Category of sources"
            "</th><th>Business or commercial purpose(s) for collecting the personal information</th><th>Categories of "
            "third parties with whom the personal information is shared</th></tr>\n<tr><td>Identifiers (such as real "
            "name, email address)</td><td>Information consumer provides directly</td><td>Performing services (user "
            "profile)</td><td>Service providers</td></tr>\n</table>\n")
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(html, "html", "policy.html") if s.line == 3}
    assert {("identity.name", "collect", None), ("identity.name", "share", "third_party"),
            ("contact.email", "share", "third_party")} <= found
    assert not any(data_type == "account.profile" for data_type, _, _ in found)


def test_a_legal_basis_table_with_purposes_and_a_stored_column_uses_and_stores_the_data():
    # GUIDELINES (actions): a row giving data with why it is used ("Purpose(s)") is its use; a "Stored" column giving
    # a period stores it
    text = ("Data processed for the technical functioning of the app:\n\n"
            "| Personal Data | Purpose(s) | Legal basis | Stored |\n|- |- |- |- |\n"
            "| IP address | To prevent excessive traffic through rate limiting | Legitimate interest | 30 days |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}
    assert {(5, "network.ip", "use"), (5, "network.ip", "store")} <= found
    assert (5, "network.ip", "collect") not in found


def test_a_markdown_line_holding_two_table_rows_run_together_reads_both():
    # a missing line break in a pasted table: the second row's data takes its own columns' practices
    text = ("| Category | Examples | Disclosed to |\n| --- | --- | --- |\n"
            "| Commercial information | Products purchased | Service providers | | Internet activity | Browsing "
            "history | Advertising partners |\n")
    found = {(s.data_type, s.action) for s in statements_of(text, name="policy.md") if s.line == 3}
    assert {("financial.transactions", "collect"), ("financial.transactions", "share"), ("usage.history", "collect"),
            ("usage.history", "share")} <= found


def test_a_purpose_row_of_a_table_read_by_rows_uses_the_data_its_value_names():
    # GUIDELINES (purposes): the purpose counts also in a purpose row: "| The purpose of data collection | For payment
    # processing purposes |" -> `use` financial.transactions, not the collection of the label's words
    text = ("| Specific personal data we collect | Full name; Email address |\n"
            "| The purpose of data collection | For payment processing purposes |\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}
    assert (2, "financial.transactions", "use") in found and (2, "financial.transactions", "collect") not in found
    assert (1, "contact.email", "collect") in found
    html = ("<p>When you contact us:</p>\n<table>\n<tr><td>Specific personal data we collect</td><td>Full name; email "
            "address; message</td></tr>\n<tr><td>The purpose of data collection</td><td>To reply to your request or "
            "question</td></tr>\n</table>\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(html, "html", "policy.html")}
    assert (3, "contact.email", "collect") in found
    assert (4, "communication.messages", "use") in found and (4, "communication.messages", "collect") not in found


def test_none_never_and_a_curly_we_dont_sell_under_a_sold_or_shared_column_deny_the_sharing():
    # GUIDELINES (CCPA tables): a NO answer of the "Sold or shared" column gives the row's not_share
    for cell in ("None", "Never", "We don’t sell or share this information"):
        text = ("| Category | Examples | Disclosed to | Sold or shared? |\n|---|---|---|---|\n"
                f"| Contact information | Email address | Service providers | {cell} |\n")
        found = {(s.data_type, s.action) for s in statements_of(text, name="policy.md") if s.line == 3}
        assert ("contact.email", "not_share") in found and ("contact.email", "share") in found, cell
    html = ("<table>\n<tr><th>Category</th><th>Examples</th><th>Sold or shared</th></tr>\n"
            "<tr><td>Geolocation data</td><td>Precise location</td><td>None</td></tr>\n</table>\n")
    found = {(s.data_type, s.action) for s in statements_of(html, "html", "policy.html") if s.line == 3}
    assert ("location.precise", "not_share") in found and ("location.precise", "share") not in found
def _by_party(text):
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_a_vendor_named_as_our_provider_or_task_system_is_another_party():
    # "our ... system" beside a name is the product we run for a task, not our own name (GUIDELINES: processors)
    assert _by_party("Teamtailor, our applicant tracking system, stores your resume.") == {
        ("identity.occupation", "share", "first_party", "third_party"),
        ("identity.education", "share", "first_party", "third_party")}
    assert _by_party("Recruitee, our recruiting platform, collects your name and email address.") == {
        ("identity.name", "collect", "third_party", None), ("contact.email", "collect", "third_party", None)}
    # our own name, or a bare "our system", stays ours
    assert {s.actor for s in statements_of("Our system, our main platform, stores your resume.")} == {"first_party"}


def test_a_named_party_we_rely_on_does_the_practice():
    assert _by_party("We rely on Stripe to process your payment information.") == {
        ("financial.payment", "share", "first_party", "stripe")}
    assert _by_party("We rely on Mixpanel to collect usage data.") == {("usage", "collect", "mixpanel", None)}
    # a generic party or a thing relied on leaves the practice ours
    assert ("usage", "collect", "first_party", None) in _by_party("We rely on cookies to collect usage data.")
    assert _by_party("We rely on service providers to collect usage data.") == {("usage", "collect", "first_party", None)}


def test_data_processed_through_a_named_party_is_entrusted_to_it():
    assert _by_party("Your payment information is processed through Stripe.") == {
        ("financial.payment", "share", "first_party", "stripe")}
    assert _by_party("We process your payment information through Stripe, our payment processor.") == {
        ("financial.payment", "share", "first_party", "stripe")}
    # a channel that names no party is no recipient
    assert _by_party("Your payment information is processed through our website.") == {
        ("financial.payment", "use", "first_party", None)}


def test_a_share_naming_no_recipient_goes_to_the_tool_the_sentence_before_says_we_use():
    assert _by_party("We use Mailchimp to send our newsletter. We share your email address and your name.") == {
        ("contact.email", "share", "first_party", "mailchimp"), ("identity.name", "share", "first_party", "mailchimp")}
    # a possible share, one on a condition of its own, or one after a sentence naming no tool we use stays unnamed
    assert _by_party("We use Mailchimp to send our newsletter. We may share your email address.") == {
        ("contact.email", "share", "first_party", "third_party")}
    assert _by_party("We use Mailchimp to send our newsletter. We share your email address if required by law.") == {
        ("contact.email", "share", "first_party", "third_party")}
    assert _by_party("Mailchimp is a newsletter service. We share your email address.") == {
        ("contact.email", "share", "first_party", "third_party")}


def test_communication_with_the_support_team_kept_with_a_named_host_is_stored_and_entrusted():
    assert _by_party("Communication with our support team is stored on Zendesk servers.") == {
        ("communication.messages", "store", "first_party", None),
        ("communication.messages", "share", "first_party", "zendesk")}


def test_data_stored_by_a_vendor_named_as_our_task_system_is_entrusted_to_it():
    assert _by_party("Your resume is stored by Teamtailor, our applicant tracking system.") == {
        ("identity.occupation", "share", "first_party", "third_party"),
        ("identity.education", "share", "first_party", "third_party")}
def _shares(text: str) -> set[tuple[str, str, str | None]]:
    return {(s.data_type, s.action, s.recipient) for s in statements_of(text)}


def test_a_relative_pronoun_after_to_or_with_names_the_party_its_clause_hangs_on():
    # "to which" / "with whom": the recipient is the noun the relative clause describes, not an unnamed party
    assert _shares("Error monitoring runs on Sentry, to which we send crash reports.") == {
        ("usage.logs", "share", "sentry")}
    assert _shares("Payments are handled by Stripe, with whom we share your card number.") >= {
        ("financial.payment", "share", "stripe")}
    # a place the relative pronoun stands for stays a transfer to a place, no party
    assert ("personal_info", "share", "third_party") not in _shares(
        "We only work in countries to which we may transfer your personal data under an adequacy decision.")


def test_a_recipient_hung_on_a_data_word_the_parser_read_as_a_verb_is_still_the_recipient():
    # "push token": the tagger reads "token" as a verb and hangs "with X" / "to X" on it
    assert _shares("We share your push token with Braze.") == {("device.id", "share", "braze")}
    assert _shares("The app sends a device token to Firebase Cloud Messaging.") == {("device.id", "share", "fcm")}


def test_a_deletion_after_which_a_period_ends_states_the_retention_of_what_is_deleted():
    # "kept for 13 months, after which X is deleted": "which" stands for the period
    assert pairs("Access logs are retained for six months, after which the IP addresses in them are deleted.") == {
        ("usage.logs", "store"), ("network.ip", "store")}
    assert pairs("We hold your chat history for 90 days, after which we erase your email address.") >= {
        ("contact.email", "store")}
    # with no period before it the deletion states none
    assert ("network.ip", "store") not in pairs(
        "You may close your account, after which we delete your IP address.")


def test_pharmacy_words_for_the_persons_medicines_and_card_tokens():
    assert pairs("We share the drug dispensed and your dispensing history with your health plan.") == {
        ("health", "share")}
    assert pairs("Your care team can see the medicines you take.") == {("health", "share")}
    assert pairs("We disclose your medicines to your doctor.") == {("health", "share")}
    assert pairs("Only a card token is stored by us.") == {("financial.payment", "store")}
    # bare medicines as goods name no data of the person
    assert pairs("We may email you about a recall affecting a medicine we sold.") == set()
    assert pairs("For refrigerated medicines, the courier collects a signature.") == set()
    # "drug" names data only as an item of a list of data
    assert pairs("We share your name, drug and email address with the copay programme.") == {
        ("identity.name", "share"), ("health", "share"), ("contact.email", "share")}
    assert pairs("We never sell your data to drug manufacturers.") == {("personal_info", "not_share")}


def test_an_identifier_we_assign_to_the_device_or_installation_is_a_device_id():
    assert pairs("We log your browser type and an identifier we assign to the installation.") >= {
        ("device.id", "collect")}
    assert pairs("We collect a random ID that we allocate to each device.") == {("device.id", "collect")}
    # an identifier of something else is no device ID
    assert ("device.id", "collect") not in pairs("We collect the ID we assign to your order.")


def test_an_outside_party_that_may_view_the_data_is_given_it():
    assert _shares("Our offshore billing contractor may view your account information.") == {
        ("account", "share", "third_party")}
    assert _shares("Sentry can view your IP address.") == {("network.ip", "share", "sentry")}
    # our own people, and we ourselves, looking at data give no sharing; "viewed" as a participle names data
    assert pairs("A support agent can view your order history while helping you.") == set()
    assert pairs("We never view your files.") == set()


def _found_types(text):
    from policycheck.taxonomy import data_matcher

    return {m.value for m in data_matcher("en").find(text)}


def test_a_bare_list_word_that_modifies_the_next_noun_names_no_data():
    # "email tickets": the tickets, not an email address
    assert "contact.email" not in _found_types("Our help desk vendor stores call recordings and email tickets for us.")
    assert "contact.email" not in _found_types("We keep chat logs and email campaigns in our CRM.")
    # an item of a list of data is still one
    assert "contact.email" in _found_types("We collect your name, email and phone number.")
    # documents named as the proof of other data are no stored files
    assert "storage.files" not in _found_types("We ask for your salary, and the documents that prove it.")
    assert "storage.files" not in _found_types("your address and documents evidencing it, such as a utility bill")
    assert "storage.files" in _found_types("We keep your notes, photos and documents.")


def test_errors_a_person_or_trade_makes_are_no_error_logs():
    assert "usage.logs" not in _found_types("We check each prescription against your allergies for dosing errors.")
    assert "usage.logs" not in _found_types("We review your records for clerical errors and billing errors.")
    # errors the app records are error logs
    assert "usage.logs" in _found_types("Application errors and crash reports are sent to our error tracker.")
    assert pairs("We collect application errors and crash reports.") >= {("usage.logs", "collect")}


def test_data_the_user_may_disguise_or_spoof_is_no_object_of_our_practice():
    # "attempts to disguise your location": the user's concealment, detected; the location is not collected by it
    assert pairs("To detect attempts to disguise your location, the vendor also inspects whether your device is "
                 "running a VPN.") == set()
    assert pairs("We use your IP address to detect attempts to spoof your location.") == {("network.ip", "use")}
    # a detect verb with the data as its own object still collects it
    assert pairs("We detect your location to show nearby stores.") >= {("location", "collect")}
    # "location-spoofing software" is a kind of program, not the location
    assert "location" not in _found_types("We check whether your phone runs location-spoofing software or a VPN.")
    assert "location" not in _found_types("Accounts caught using GPS spoofing apps are closed.")


def test_a_processor_barred_from_using_the_data_for_its_own_purposes_is_no_denial_of_our_sharing():
    assert pairs("Our service providers act on our instructions under written contracts and may not use your "
                 "personal information for their own purposes.") == set()
    assert pairs("Our vendors process your data on our behalf and may not use your email address for any other "
                 "purpose.") == {("personal_info", "share")}


def test_data_derived_then_discarded_at_once_is_not_collected():
    # the template the sentence says is discarded is described by "derived from", not collected by it
    found = pairs("The biometric template derived from your selfie is discarded by the vendor as soon as the "
                  "comparison has been made.")
    assert ("biometric", "collect") not in found
    # deleted after a period, it is kept for that period and was worked out
    assert pairs("Location data derived from your IP address is deleted after 30 days.") >= {
        ("location.coarse", "collect"), ("location.coarse", "store")}
def test_screening_data_against_lists_uses_it():
    assert pairs("We screen the names of our customers against fraud watch lists.") == {("identity.name", "use")}
    assert pairs("Your messages are screened for spam.") >= {("communication.messages", "use")}
    # "screening" as a noun's modifier and the noun "screens" are no practice
    assert ("communication.messages", "use") not in pairs("We send your screening answers and messages to the employer.")
    assert ("usage.history", "use") not in pairs("The app notes which screens you open and the pages you visit.")


def test_assigning_something_an_identifier_uses_it():
    assert pairs("We assign every installation a persistent identifier.") == {("device.id", "use")}
    # a participle saying which value is meant states no practice of its own
    assert ("contact.email", "use") not in pairs("We keep the email address assigned to your workspace.")


def test_recordings_of_calls_are_messages_and_audio_and_account_holder_identity_is_identity():
    assert pairs("Recordings of customer service phone calls are kept for one year.") == {
        ("media.audio", "store"), ("communication.messages", "store")}
    assert pairs("We keep recordings of your voice.") == {("media.audio", "store")}
    assert pairs("We report account holder identity to the tax authority.") == {("identity", "share")}


def test_a_server_that_logs_or_records_data_is_the_subject_not_a_server_log():
    # "server logs" / "server records" are data terms, but here a noun and its verb, whose object is the data
    assert pairs("Our web server logs your IP address.") == {("network.ip", "collect")}
    assert pairs("The server records your IP address when you visit.") == {("network.ip", "collect")}
    # the term stays a term where the verb's object names no data of its own
    assert ("usage.logs", "store") in pairs("We keep server logs for 30 days.")


def test_other_people_who_can_access_data_are_shown_it():
    assert pairs("Other users can access your public profile.") == {("account.profile", "share")}
    assert pairs("Other members may access your email address.") == {("contact.email", "share")}
    # the user's own access to their data is no sharing
    assert ("account.profile", "share") not in pairs("Users can access their profile at any time.")


def test_data_the_user_submits_directly_to_a_processor_is_its_collection_and_not_reaching_our_servers_denies_ours():
    found = statements_of("Credit card information is submitted directly to our payment processor and doesn't hit "
                          "our servers.")
    assert {(s.data_type, s.action, s.actor) for s in found} == {
        ("financial.payment", "collect", "third_party"), ("financial.payment", "not_collect", "first_party")}
    found = statements_of("Your card details are sent directly to Stripe and never touch our servers.")
    assert {(s.data_type, s.action, s.actor) for s in found} == {
        ("financial.payment", "collect", "stripe"), ("financial.payment", "not_collect", "first_party")}
    # without "directly" the data passes through us
    assert pairs("Credit card information is submitted to us.") == {("financial.payment", "collect")}


def test_a_company_legal_form_inside_a_sentence_does_not_end_it_for_the_parser():
    assert pairs("We obtain a consumer report from Acme Screening, Inc. that includes your credit history.") == {
        ("financial.credit", "collect")}


def test_addresses_lived_at_employment_details_and_a_post_held():
    assert ("contact.address", "collect") in pairs(
        "You must provide every address at which you have resided during the preceding five years.")
    assert pairs("You may be asked for your employer's name, your position and length of employment.") == {
        ("identity.occupation", "collect")}
    assert ("location", "collect") in pairs("We collect your current position.")


def test_referring_data_to_a_party_shares_it_and_matching_data_against_records_uses_it():
    assert pairs("We may refer the balance, together with your name and telephone number, to a collection "
                 "agency.") == {("identity.name", "share"), ("contact.phone", "share")}
    assert pairs("We verify a request by matching your name and the last four digits of your telephone number "
                 "against our records.") == {("identity.name", "use"), ("contact.phone", "use")}
    # data referred to, a request referred on, and a match made for the person are no practice
    assert pairs("The personal data referred to in this section is described above.") == set()
    assert pairs("Where your request concerns personal data, we will refer it to your employer.") == set()


def test_ccpa_table_columns_of_recipients_to_which_we_disclose_and_sell():
    table = ("| Category of personal information | Purposes of use | Categories of Third Parties to Which We Disclose "
             "this Personal Information | Categories of Third Parties to Which We Share and Sell this Personal "
             "Information |\n| --- | --- | --- | --- |\n"
             "| Contact information (such as your email address) | Provide the Services | Service providers | "
             "We do not share/sell |\n"
             "| Device information (such as your IP address) | Analytics | Service providers | Advertising networks |\n")
    found = tuples(table, fmt="markdown")
    assert (3, "contact.email", "share", "first_party") in found
    assert (3, "contact.email", "not_share", "first_party") in found
    assert (4, "network.ip", "share", "first_party") in found
    assert not any(t[0] == 4 and t[2] == "not_share" for t in found)


def test_customer_service_interactions_are_messages_and_the_company_you_work_for_is_occupation():
    assert pairs("We collect customer service interaction information.") == {("communication.messages", "collect")}
    assert pairs("We collect the name and address of the company you work for.") == {
        ("identity.occupation", "collect")}
def test_entrance_health_declarations_and_assistance_needs_are_health():
    assert pairs("We ask visitors to complete a health declaration at the front desk.") >= {("health", "collect")}
    assert pairs("Completed health questionnaires are destroyed after 14 days.") == {("health", "store")}
    assert pairs("We ask event attendees about any accessibility needs they have.") >= {("health", "collect")}
    assert pairs("Your assistance needs are passed to the ground-handling agent.") >= {("health", "share")}


def test_cctv_and_number_plate_images_are_pictures_and_sign_in_times_are_logs():
    assert pairs("CCTV images are kept for 30 days.") == {("media.photos", "store")}
    assert pairs("We may disclose CCTV recordings to the police.") == {("media.photos", "share")}
    assert pairs("Our car-park operator receives ANPR images of each vehicle.") >= {("media.photos", "collect")}
    assert pairs("Licence plate images are deleted after 48 hours.") == {("media.photos", "store")}
    assert pairs("We record the sign-in and sign-out times of every visitor.") == {("usage.logs", "collect")}
    assert pairs("Entry and exit times are kept for 90 days.") == {("usage.logs", "store")}
    # a guide on CCTV names no pictures
    assert pairs("The regulator publishes a short guide on domestic CCTV.") == set()


def test_the_source_of_a_denied_derivation_is_not_denied():
    # the derived value is denied; what it would be worked out from is only named as its source
    assert pairs("No facial template is derived from your badge photo.") == {("biometric.face", "not_collect")}
    assert pairs("We never derive your age from your photo.") == {("identity.age", "not_collect")}
    assert pairs("We do not infer your sexual orientation from the profiles you like.") == {
        ("identity.sexual_orientation", "not_collect")}
    # a denied collection from a source still denies the source
    assert pairs("We do not collect any information from your address book.") == {("social.contacts", "not_collect")}


def test_overwriting_after_a_period_states_a_retention():
    assert pairs("CCTV footage is overwritten automatically after 31 days.") == {("media.photos", "store")}
    assert pairs("Video recordings are overwritten after 72 hours unless an incident is flagged.") >= {
        ("media.photos", "store")}


def test_a_message_the_service_sends_is_no_user_communication():
    # one notice the service sends by text message is its own message, not the user's SMS
    found = pairs("Reminders are delivered by email, or as a text message sent through Twilio to your mobile number.")
    assert {t for t, _ in found} == {"contact.phone"}
    assert ("communication.sms", "share") not in pairs("We send an SMS verification token to your phone number.")
    # the user's own messages keep their type
    assert pairs("We collect the text messages you send.") == {("communication.sms", "collect")}
    assert pairs("We do not read your SMS messages.") == {("communication.sms", "not_collect")}


def test_checking_that_named_data_matches_uses_it():
    assert pairs("At the desk we confirm that the name on your ticket matches the name on your passport.") >= {
        ("identity.name", "use")}
    assert pairs("We check that your email address matches the one on file.") == {("contact.email", "use")}
    assert pairs("We match your email address against our customer list.") == {("contact.email", "use")}
    # a place or a method that "matches" uses nothing
    assert ("location.coarse", "use") not in pairs("Backups stay in the cloud region that matches your country.")
    assert pairs("Blocking works by matching company names and email domains against your profile.") == set()
def test_document_images_of_an_identity_check_are_the_document_and_photos():
    found = pairs("Our verification vendor erases the document images after 14 days.")
    assert {("identity.id_number", "store"), ("media.photos", "store")} <= found
    assert pairs("Document photos are never shown to other members.") >= {
        ("identity.id_number", "not_share"), ("media.photos", "not_share")}


def test_information_about_a_disability_is_health():
    assert pairs("We may collect information about your disability so that we can book an accessible room.") >= {
        ("health", "collect")}
    assert ("health", "store") in pairs("Details of any disability are deleted 60 days after your stay.")


def test_payout_records_are_transactions():
    assert pairs("We keep payout records for six years.") == {("financial.transactions", "store")}


def test_bare_details_taken_up_by_which_reveal_are_no_sharing():
    assert not any(action == "share" for _, action in pairs(
        "We collect the details you give us, which may reveal your health condition."))
    assert not any(action == "share" for _, action in pairs(
        "We record the information you provide, which may disclose your religious beliefs."))
    # a party taken up by "which" still shares
    assert ("contact.email", "share") in pairs("We use vendors, which may disclose your email address to their "
                                               "subcontractors.")


def test_venues_promoters_and_organisers_are_third_parties():
    found = {(t, a, actor) for _, t, a, actor, *_ in tuples(
        "At some concerts, the promoter's mailing platform receives your email address.")}
    assert ("contact.email", "share", "first_party") in found
    assert ("contact.email", "collect", "first_party") not in found
    found = {(t, a, actor) for _, t, a, actor, *_ in tuples(
        "Security guards employed by the venue compare your name with your photo ID.")}
    assert ("identity.name", "use", "third_party") in found


def test_parties_that_supply_us_with_data_do_not_collect_it_themselves():
    found = {(t, a, actor) for _, t, a, actor, *_ in tuples(
        "Retailers and insurers may supply us with your email address.")}
    assert found == {("contact.email", "collect", "first_party")}
    # parties that collect on their own keep their tuples
    found = {(t, a, actor) for _, t, a, actor, *_ in tuples("Meta and Google collect your IP address.")}
    assert {("network.ip", "collect", "facebook"), ("network.ip", "collect", "google")} <= found


def test_their_age_is_age():
    assert pairs("For junior members we ask a parent for their age.") == {("identity.age", "collect")}


def test_data_held_for_review_is_reviewed_not_kept():
    assert pairs("Purchases that look unusual may be held for manual review.") == {
        ("financial.transactions", "use")}
    # holding data for a period keeps it
    assert pairs("We hold booking records for six years.") == {("financial.transactions", "store")}


def test_named_tools_given_as_examples_of_cookies_set_them_too():
    found = {(t, a, actor) for _, t, a, actor, *_ in tuples(
        "This site relies on cookies and comparable tools, such as Google Analytics and the Meta Pixel.")}
    assert {("usage.cookies", "use", "first_party"), ("usage.cookies", "use", "google_analytics"),
            ("usage.cookies", "use", "facebook")} <= found
    # a category with no catalogued name adds no party
    found = {(t, a, actor) for _, t, a, actor, *_ in tuples("We use cookies and similar technologies.")}
    assert found == {("usage.cookies", "use", "first_party")}


def test_medical_documentation_is_health():
    assert pairs("If you claim a refund for illness, we ask for a medical certificate.") == {("health", "collect")}
    assert ("health", "not_share") in pairs("Our partners are given your booking details, but not any medical "
                                            "documentation you sent us.")


def test_records_completes_earlier_conjuncts_when_the_last_is_no_data_term():
    # "ticket records" is no data term; "order records" is
    assert pairs("We keep order and ticket records for two years.") == {("financial.transactions", "store")}


def test_information_a_copula_says_we_collect_is_collected_and_its_details_too():
    # "X is information we collect": X is collected; "This is information we collect … This may include:" passes
    # the collection to the list
    assert pairs("Log information is information we automatically collect when you use our Services.") == {
        ("usage.logs", "collect")}
    found = tuples("## Log information\n\nThis is information we automatically collect and store when you use our "
                   "Services. This may include:\n\n- your IP address\n", fmt="markdown")
    assert (5, "network.ip", "collect", "first_party") in found
    # a copula with a definition that states no practice of ours gives none
    assert pairs("Personal information is information that identifies you.") == set()


def test_cameras_that_film_people_on_premises_collect_pictures():
    assert pairs("We use CCTV cameras in our stores.") == {("media.photos", "collect")}
    assert pairs("Our stores use security cameras.") == {("media.photos", "collect")}


def test_saved_or_linked_before_a_noun_after_a_coordinator_is_no_second_verb():
    # the parser read "saved" as a verb coordinated with "share", storing the payment methods
    assert tuples("We share your email address and saved payment methods with Stripe.") == {
        (1, "contact.email", "share", "first_party"), (1, "financial.payment", "share", "first_party")}


def test_a_statement_term_is_quoted_as_written_not_as_parsed():
    # the parse lower-cases an all-capitals sentence and stands an adjective in for "saved" after "and"
    terms = {s.term for s in statements_of("WE COLLECT YOUR EMAIL ADDRESS AND YOUR PHONE NUMBER FOR MARKETING.")}
    assert terms == {"EMAIL ADDRESS", "PHONE NUMBER"}
    terms = {s.term for s in statements_of("We collect your name and saved places.")}
    assert "saved places" in terms
def test_line_broken_html_list_after_a_colon_takes_the_introduction_practice():
    html = ("<div>When you use our services, we automatically receive and record information from your browser or\n"
            "mobile device, including: Your location <br> The unique identifier for your mobile device <br>\n"
            "Your IP address <br> Time and date of access <br> </div>")
    found = {(t[0], t[1], t[2]) for t in tuples(html, fmt="html", name="policy.html")}
    assert {(2, "location", "collect"), (2, "device.id", "collect"), (3, "network.ip", "collect"),
            (3, "usage.logs", "collect")} <= found
def test_denial_reaches_a_verb_list_whose_middle_verb_is_parsed_as_an_object():
    # "access" read as the object of "collect" and "track" as its conjunct: the denial still covers "track"
    assert pairs("We will not collect, access or track your precise location.") == {("location.precise", "not_collect")}
    assert pairs("We do not ask you for, access or track any location information.") == {("location", "not_collect")}
    assert pairs("We collect, access or track your precise location.") == {("location.precise", "collect")}


def test_information_we_collect_about_the_device_is_device_data():
    # a relative clause between "information" and "about your device" keeps the device
    assert pairs("We use the information we collect about your tablet or other device to improve the app.") == {
        ("device", "use")}
    assert pairs("We may share data that we receive about your browser with our analytics vendor.") == {
        ("device", "share")}


def test_with_us_inside_a_clause_of_our_shared_object_is_no_recipient():
    # "with us" belongs to "place"; the partner after it gets the data
    assert pairs("We may share your email address and any orders you place with us with a marketing partner.") == {
        ("contact.email", "share"), ("financial.transactions", "share")}


def test_later_verb_of_an_infinitive_list_keeps_the_party_using_the_tool():
    # "advertisers use beacons to collect and track X": the advertisers track X too, not us
    found = {(t, a, actor) for _, t, a, actor, *_ in tuples(
        "Advertisers may use web beacons to collect and track your precise location.")}
    assert ("location.precise", "collect", "first_party") not in found
    assert ("location.precise", "collect", "third_party") in found


def test_information_about_the_browser_is_the_browser_type():
    # GUIDELINES: information about the browser named as such is device.hardware, no device (the arXiv policy's
    # "information about your browser" is annotated device.hardware since goldcons13)
    assert pairs("We collect information about your web browser.") == {("device.hardware", "collect")}
    assert ("device.hardware", "collect") in pairs("We collect information about your browser and your activity.")


def test_the_place_a_visit_comes_from_is_coarse_location():
    assert pairs("We log the city and region from which you visit our website.") == {("location.coarse", "collect")}


def test_compile_is_a_collection_verb():
    assert pairs("We may compile information about your browsing history.") == {("usage.history", "collect")}
    # aggregate products compiled from data state no practice
    assert pairs("We compile anonymous statistics.") == set()
def test_fronted_topic_phrase_on_personal_data_states_no_practice_of_its_own():
    # the topic phrase names what the sentence is about; the practice is stated of the clause's own object
    assert pairs("In terms of your personal data, we will be using your email address to send you reminders.") == {
        ("contact.email", "use")}
    assert pairs("Regarding your personal information, we use your phone number to send you reminders.") == {
        ("contact.phone", "use")}
    assert pairs("With regard to your personal data, we only share your name with our payment provider.") == {
        ("identity.name", "share")}
    # a pronoun or a demonstrative object stands for the topic: its practice is kept
    assert ("personal_info", "collect") in pairs("In terms of your personal data, we collect it when you sign up.")
    assert ("usage", "store") in pairs("With regard to the interaction data we collect, we keep this data for 12 "
                                       "months.")
    # the same data as the object of the practice is kept
    assert ("personal_info", "use") in pairs("We use your personal data to send you reminders.")


def test_what_makes_a_processing_lawful_states_no_practice():
    assert pairs("For the processing of personal data to be lawful, a legal basis is required.") == set()
    # the actor's own use introducing its legal bases states the practice (GUIDELINES)
    assert pairs("In order for our use of your personal data to be lawful, we need to meet one of the conditions "
                 "in the data protection legislation.") == {("personal_info", "use")}
    # the actor's own processing on a legal basis stays a practice
    assert ("personal_info", "use") in pairs("We process your personal data on the basis of our contract with you.")


def test_user_refusing_to_supply_or_obtaining_data_under_rights_states_no_practice():
    assert pairs("Visitors can always refuse to supply personally identifying information, with the caveat that "
                 "they may not be able to buy a licence.") == set()
    assert pairs("Users wishing to obtain a copy of their personal data can write to our support team.") == set()
    assert pairs("We give you the ability to access, modify or update your personal data at any time.") == set()
    assert pairs("Users may have the right to demand to see what personal data is being processed.") == set()
    # the consequence of a refusal that names a practice is read on its own; our own supply to others stays a practice
    assert ("account.profile", "store") in pairs("You can refuse to supply personal information, with the caveat "
                                                 "that doing so may prevent you from engaging in certain activities, "
                                                 "such as maintaining a profile, posting content, or making a "
                                                 "donation.")
    assert ("personal_info", "share") in pairs("We supply your personal information to our payment processor.")


def test_promise_to_inform_the_user_which_data_we_use_states_no_practice():
    assert pairs("We take our duty to inform you which of your data we use very seriously.") == set()
    assert pairs("We promise to inform you why we need your personal data.") == set()
    # informing the user is no cue when the clause names no data, nor is the data used to inform them
    assert pairs("We use your email address to inform you about changes.") == {("contact.email", "use")}
    assert ("personal_info", "use") in pairs("To inform you of updates, we use your personal data.")


def test_what_a_one_person_operator_may_discover_states_no_practice():
    assert pairs("In the case I discover that a child under 13 has provided me with personal information, I "
                 "immediately delete this from our servers.") == set()
    # "I" without "that" is no supposition: the practice after it stays
    assert pairs("When I learn about a bug, I collect the crash logs you send me.") == {("usage.logs", "collect")}
    assert ("personal_info", "collect") in pairs("I collect personal information when you write to me.")


def test_role_of_a_party_for_the_data_states_no_practice():
    assert pairs("The school that created the form is the data controller of personal data they collect using "
                 "the form.") == set()
    # the party's own practice on the data stays
    assert ("personal_info", "collect") in pairs("The school collects personal data using the form.")
    assert ("personal_info", "share") in pairs("We share your personal data with the processor of our payments.")


def test_ensuring_the_proper_use_of_data_states_no_practice():
    assert pairs("We take reasonable measures to help ensure the appropriate use of your personal information.") == set()
    assert pairs("Our officer ensures the lawful processing of personal data.") == set()
    # a use not called proper, and our own use for ensuring something, stay practices
    assert ("personal_info", "use") in pairs("We monitor the use of your personal data by our staff.")
    assert ("personal_info", "use") in pairs("We use your personal data to ensure the appropriate delivery of our "
                                             "services.")


def test_services_policies_name_as_recipients_are_catalogued_parties():
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    assert ("financial.payment", "share", "first_party", "plaid") in found(
        "We share your bank account details with Plaid.")
    assert ("contact.email", "share", "first_party", "hubspot") in found(
        "We use HubSpot to send you emails, and HubSpot receives your email address.")
    # a one-word name opening the sentence is still the party
    assert ("account.credentials", "collect", "plaid", None) in found(
        "Plaid obtains your bank credentials when you link an account.")
    assert ("contact.email", "collect", "paddle", None) in found(
        "When you pay, Paddle collects your name, email address and billing address.")
    assert ("identity.id_number", "share", "first_party", "checkr") in found(
        "We send your name and Social Security number to Checkr, Inc. for a background check.")
    assert ("financial.transactions", "share", "first_party", "revenuecat") in found(
        "Your subscription receipt is sent to RevenueCat.")
    # names that are English words count only as written: "Zoom in", "a paddle" are no party
    assert {s[2] for s in found("Zoom in on the map; we collect your location to show nearby stores.")} == {
        "first_party"}
    assert {(s[2], s[3]) for s in found("You can use a paddle to row the boat; we collect your email address.")} == {
        ("first_party", None)}


def test_with_opening_the_clause_is_no_recipient():
    def found(text):
        return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}
    assert found("With your consent, we send your name and email address to Checkr, which checks your background.") == {
        ("identity.name", "share", "first_party", "checkr"), ("contact.email", "share", "first_party", "checkr")}
    assert ("contact.email", "share", "first_party", "stripe") in found(
        "With your permission, we share your email address with Stripe.")
