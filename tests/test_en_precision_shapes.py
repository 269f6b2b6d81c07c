"""English sentence shapes that state no data practice (precision): each case asserts the reading removed and a
nearby true reading that stays."""

from __future__ import annotations

from conftest import pairs, tuples


def test_what_the_notice_relates_to_or_wants_known_is_no_practice():
    # what the notice covers, or our wish that the reader know our practices (GUIDELINES: the policy itself)
    for text in ("This privacy notice only relates to how the Department uses your data in connection with the "
                 "service and covers the processing of your personal data.",
                 "We value the privacy of our members and want you to be familiar with how we collect, use, and "
                 "disclose personal information from and about you.",
                 "We let you know, in our [Privacy Statement](/privacy), what purposes we have for collecting and "
                 "using your information, who we share that information with and what access you have to your data."):
        assert not tuples(text), text
    assert ("personal_info", "use") in pairs("We use your personal data to provide the service.")


def test_a_long_pointer_to_more_information_is_no_practice():
    for text in ("For more information about each category of personal information, purpose of use, and third "
                 "parties to which we disclose personal information, please see the \"What we collect\" section.",
                 "For more information about your rights to your data, please view our general privacy policy; all "
                 "the rights outlined there also apply to your data as a candidate."):
        assert not tuples(text), text
    assert ("personal_info", "share") in pairs("We disclose personal information to our payment processor.")


def test_their_right_to_object_said_with_they_is_no_practice():
    text = ("EU users should know that, should their personal data be processed for direct marketing purposes, they "
            "can object to that processing at any time without providing any justification.")
    assert not tuples(text)
    assert ("personal_info", "use") in pairs("We process your personal data for direct marketing purposes.")


def test_the_users_opt_out_is_a_control_not_a_practice():
    # GUIDELINES: user rights and controls, also when the practice opted out of is named
    for text in ("You can opt-out of telemetry collection by turning on the Do Not Track feature in your browser.",
                 "To opt out of the telemetry feature, set the DOTNET_CLI_TELEMETRY_OPTOUT environment variable to 1.",
                 "By default, telemetry collection is off and if you turn it on, you can opt out of telemetry at any "
                 "time."):
        assert not tuples(text), text
    # a relative clause on a practice the line states keeps that practice
    text = ("However, allowing advertising partners to place cookies on our public website may be considered "
            "\"sharing\" for cross-context behavioral advertising, which you can opt out of through the \"Your Privacy "
            "Choices\" link.")
    assert any(t[1] == "usage.cookies" for t in tuples(text))


def test_advice_on_keeping_ones_own_credentials_safe_is_no_practice():
    for text in ("It is also important that you maintain the security and control of your account credentials, and "
                 "not share your password with anyone.",
                 "You must make sure no one else has access to your PIN, so it stays safe and private.",
                 "Never trust anyone or any site that asks you to enter your private keys or wallet seed.",
                 "We strongly encourage people not to reuse passwords because hackers can access other accounts "
                 "using the same account credentials."):
        assert not tuples(text), text
    assert ("account.credentials", "not_collect") in pairs("We never ask for your private keys.")


def test_what_apps_websites_or_web_servers_do_in_general_is_no_practice():
    for text in ("The nature of the Internet is such that Web servers automatically collect certain information about "
                 "a visit to a website, including the visitor's Internet Protocol (IP) address.",
                 "Web servers automatically log the IP addresses of visitors to their sites.",
                 "I know how irritating it is when apps collect your data without your knowledge."):
        assert not tuples(text), text
    # our own apps, with a determiner, keep their practice
    assert ("media.camera", "collect") in pairs("The mobile apps ask for camera access only when you scan a QR code.")


def test_what_a_law_governs_or_requires_is_no_practice():
    text = ("We believe in the importance of protecting the privacy of children online. The Children’s Online Privacy "
            "Protection Act governs information gathered online from or about children under the age of 13. "
            "Verifiable consent from a child’s parent or guardian is required before collecting, using, or "
            "disclosing personal information from a child under age 13.")
    assert not tuples(text)
    assert ("personal_info", "not_collect") in pairs(
        "We do not knowingly collect personal information from children under age 13.")


def test_seeing_who_gets_ones_data_is_a_control():
    assert not tuples("You can see who your information is shared with by logging into your account and selecting "
                      "the Share link.")
    assert ("personal_info", "share") in pairs("We share your information with the researchers you choose.")


def test_a_browser_profile_and_a_storage_location_are_where_data_is_kept():
    text = ("## Data Storage\n\n"
            "- **Location**: All data is stored on secure servers in the United States\n"
            "- **Storage Location:** All data is stored using the `browser.storage.local` API, which keeps data on "
            "your device in Firefox's profile directory.\n"
            "- The setting is used for all profiles associated with the installation of Microsoft Edge on your "
            "device.\n")
    assert not any(t[1] in ("location", "account.profile") for t in tuples(text, fmt="md"))
    # the person's own profile and location stay
    assert ("account.profile", "collect") in pairs("We collect your profile when you sign up.")
    assert ("location", "collect") in pairs("We collect your location to show nearby stops.")


def test_audio_and_images_the_service_generates_are_no_user_media():
    text = ("The app sends the following to our translation provider:\n\n"
            "- Text-to-speech audio\n\n"
            "We use OpenAI to:\n\n"
            "- Generate AI content (flashcards, images, audio) and provide chat assistance\n")
    assert not any(t[1].startswith("media") for t in tuples(text, fmt="md"))
    assert ("media.audio", "collect") in pairs("We collect audio recordings of your voice when you practise.")


def test_followers_named_as_where_posts_go_are_recipients_not_data():
    for text in ("Public posts are shared with all followers' servers.",
                 "Your public and followers-only posts are delivered to the servers where your followers reside.",
                 "Followers-only posts are delivered to your followers and users who are mentioned in them."):
        assert not any(t[1] == "social" for t in tuples(text)), text
    # the follower list itself stays social data
    assert ("social", "collect") in pairs("The access token is used to retrieve the user's follower list.")


def test_the_timestamp_of_something_other_than_use_is_no_log():
    assert not any(t[1] == "usage.logs" for t in tuples("We store the expiry timestamp keyed by your device ID."))
    text = "The extension stores the following data locally:\n\n- Last modified timestamps\n- Timestamps of changes\n"
    assert not any(t[1] == "usage.logs" for t in tuples(text, fmt="md"))
    assert ("usage.logs", "collect") in pairs("We collect the timestamp of each request you make.")


def test_a_postcode_or_city_within_the_postal_address_is_part_of_it():
    # GUIDELINES: contact.address only where the line names the postcode within the address
    for text in ("We may ask you to provide your full name, email address and postal code or school street address.",
                 "We collect your name and street address, city, state, and zip code to ship your order."):
        found = tuples(text)
        assert not any(t[1] == "location.coarse" for t in found), text
        assert any(t[1] == "contact.address" for t in found), text
    # a ZIP code named on its own stays a coarse location
    assert ("location.coarse", "collect") in pairs(
        "When you register, we ask for your name, e-mail address, ZIP code, year of birth and gender.")
