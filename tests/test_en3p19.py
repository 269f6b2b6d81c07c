"""English display to other users or the public (GUIDELINES: making data visible to other users or to the public is
`share` with `third_party`): named data passively kept private is a denial of display, not a retention; data that
appears next to what the user posts is shown with it; a viewer read by the tagger as the complement of a participle
("the named insured, as parent or guardian, can see …"); people named by what they did as owners of a name ("the names
of winners"); hometowns, the distance shown to other members, a review shown to others and the submitter's e-mail as
data."""

from __future__ import annotations

from conftest import statements_of


def _shared(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


SHARE = ("share", "first_party", "third_party")
NOT_SHARE = ("not_share", "first_party", "third_party")


def test_data_kept_private_is_not_shown_and_not_a_retention():
    # corpus line en-r31-bonfire-instance:3 (gold: not_share account.credentials, contact.email with third_party)
    found = _shared("Your e-mail, password, and the list of user profiles linked to your account are kept private, "
                    "as well the list of contact circles you define.")
    assert {("contact.email", *NOT_SHARE), ("account.credentials", *NOT_SHARE)} <= found
    assert not any(t[1] == "store" for t in found)
    assert _shared("Your email address is kept private.") == {("contact.email", *NOT_SHARE)}


def test_keeping_data_private_ourselves_or_staying_private_is_no_denial_of_display():
    # a safeguard of ours, or data that stays on the device, names no audience it is kept from
    assert not any(t[1] == "not_share" for t in _shared("We keep your information private."))
    assert not any(t[1] == "not_share" for t in _shared("Your data stays private, on your device."))


def test_data_appearing_next_to_what_the_user_posts_is_shown():
    # corpus line en-w5-publisher:15 (gold: share account.credentials, account.profile with third_party)
    assert {("account.credentials", *SHARE), ("account.profile", *SHARE)} <= _shared(
        "Your user name and profile photo will appear next to anything you post.")
    assert ("identity.name", *SHARE) in _shared("Your name will appear beside your reviews.")
    assert ("identity.name", *SHARE) in _shared("Your name appears alongside your comments.")


def test_data_appearing_next_to_something_else_is_not_shown():
    assert _shared("Your name appears next to your device name in the app.") == set()
    assert _shared("Your photo appears next to the search bar.") == set()


def test_a_viewer_read_as_the_complement_of_a_participle_sees_the_data():
    # corpus line en-w8-telematics:63 (gold: share location, device.sensors with third_party)
    assert _shared("For a driver under 18, the named insured, as parent or guardian, can see the teen's trip routes, "
                   "speeding alerts and phone-handling events.") == {("location", *SHARE), ("device.sensors", *SHARE)}


def test_names_and_hometowns_of_winners_are_published():
    # corpus line en-w5-publisher:14 (gold: share identity.name, location.coarse with third_party)
    assert _shared("We may publish the names and hometowns of winners in the newspaper and on the Site.") == {
        ("identity.name", *SHARE), ("location.coarse", *SHARE)}
    assert _shared("We may publish the name of the room.") == set()


def test_distance_shown_to_other_members_is_location():
    # corpus lines en-w12-dating:31 and :50 (gold: share location with third_party)
    assert _shared('Other members see your distance rounded to the nearest mile or kilometre (for example, "3 miles '
                   'away").') == {("location", *SHARE)}
    assert ("location", *SHARE) in _shared("Your profile, including your first name, age, photos and your distance, "
                                           "is visible to other Kindling members.")
    assert ("location", *SHARE) in _shared("Other members see your profile and how far away you are.")
    # a distance walked or recorded is no location
    assert not any(t[0].startswith("location") for t in _shared("The app shows your distance walked today."))
    assert not any(t[0].startswith("location") for t in _shared("We record your distance and pace."))


def test_a_review_shown_to_other_users_is_content():
    # corpus lines en-w3-basketly:77 and en-w13-superapp:61 (gold: share content with third_party)
    assert {("content", *SHARE), ("identity.name", *SHARE)} <= _shared(
        "If you post a product review, the review may be displayed to other users of the Services together with "
        "your first name and last initial.")
    assert ("content", *SHARE) in _shared("When you post a review of a merchant, your nickname, avatar and the "
                                          "content of the review will be displayed publicly to other users.")
    assert _shared("We make this policy available for your review.") == set()


def test_the_submitter_email_moderators_view_is_shown_to_them():
    # corpus line en-r13-arxiv-cornell:112 (gold: share contact.email, identity.name with third_party)
    assert _shared("As part of the article submission and moderation process, arXiv moderators can view the author "
                   "list, submitter name, submitter email, and, if the submitter was endorsed by another user, "
                   "moderators can view the name of the endorser.") == {
        ("contact.email", *SHARE), ("identity.name", *SHARE)}


def test_data_other_people_can_look_up_or_find_is_shown_to_them():
    # corpus lines en-r6-matrix-org:50 and en-w9-job-board:69 (gold: share account.credentials, account.profile)
    assert ("account.credentials", *SHARE) in _shared(
        "Your email address and/or telephone number are used so that other users can look up your Matrix ID from "
        "these identifiers via the Matrix.org Identity Server.")
    assert ("account.profile", *SHARE) in _shared(
        "Employers with a Talentbridge Recruit subscription can find your profile and view your headline.")
    assert ("account.credentials", *SHARE) in _shared("Your username can be looked up by anyone.")


def test_the_user_or_we_looking_up_or_finding_data_shows_it_to_no_one():
    assert _shared("Users can find their settings in the app.") == set()
    assert not any(t[1] == "share" for t in _shared("You can look up your order history."))
    assert not any(t[1] == "share" for t in _shared("We may look up your email address in our records."))
    assert not any(t[1] == "share" for t in _shared("Users can look up their account details."))


def test_public_packages_a_user_publishes_are_content_shown_to_anyone():
    # corpus lines en-r17-hex-pm:7 and :43 (gold: share content with third_party; GUIDELINES: "public packages you
    # published stay public")
    assert ("content", *SHARE) in _shared("The public packages you own are also public.")
    assert ("content", *SHARE) in _shared("Erasure has limits: published public packages stay public, a deleted "
                                          "account's username stays reserved.")
    # log entries about the packages are the records kept, not the packages
    assert not any(t[0] == "content" for t in _shared(
        "Entries about public packages and other public content are kept even after the account is deleted."))


def test_data_publicly_recorded_or_associated_is_shown_to_anyone():
    # the parser reads "be publicly and permanently recorded" as a copula and its complement
    assert _shared("Your IP address will be publicly and permanently recorded.") == {("network.ip", *SHARE)}
    # corpus line en-r29-metabrainz:63 (gold: collect content; share content, account.credentials with third_party)
    found = _shared("Any translations you make will be submitted to our Git repositories and publicly associated "
                    "with your username.")
    assert {("content", *SHARE), ("account.credentials", *SHARE)} <= found
    assert ("account.credentials", "collect", "first_party", None) not in found


def test_a_participle_saying_how_data_relates_is_still_no_practice():
    assert _shared("Identifiers associated with the TV are stored.") == set()
    assert not any(t[1] == "share" for t in _shared("Your IP address will be permanently recorded."))


def test_what_the_data_appears_next_to_is_the_place_not_data_shown_or_denied():
    assert _shared("Your email address will not appear next to your comments.") == {("contact.email", *NOT_SHARE)}
    assert _shared("Your name will appear beside your reviews.") == {("identity.name", *SHARE)}
