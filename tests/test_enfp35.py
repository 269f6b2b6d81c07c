"""English first-party precision: other parties named by a generic noun are not us, and what the user posts, named by
that verb in a relative clause, takes the line's action.

- "your organization", "your school", "your IT administrator" (mappings/actors.yaml) name the organisation that manages
  the user's account or device: as the subject of a practice they are a third party, never us.
- A noun that names the user (`USER_NOUNS`) possessed by the user ("your Shopper", "your teacher") is a person the user
  deals with: what that person records or scans is theirs, while what such a person gives ("your customers upload")
  still reaches us.
- "the X you post / publish" names the user's posts (GUIDELINES: what the user publishes or posts, named by that verb):
  no collection of its own beside the line's action."""

from __future__ import annotations

from conftest import statements_of, tuples


def _actors(text: str) -> set[tuple[str, str, str, str | None]]:
    """(data type, action, actor, recipient) of a one-line policy."""
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_your_organization_collecting_is_a_third_party():
    found = _actors("Your organization may collect your phone number.")
    assert ("contact.phone", "collect", "third_party", None) in found
    assert not any(t[2] == "first_party" for t in found)


def test_your_it_administrator_collecting_is_a_third_party():
    found = _actors("Your IT administrator may record your phone number.")
    assert ("contact.phone", "collect", "third_party", None) in found
    assert not any(t[2] == "first_party" for t in found)


def test_our_organization_stays_first_party():
    assert ("contact.phone", "collect", "first_party", None) in _actors("Our organization collects your phone number.")


def test_sharing_with_your_organization_is_a_share_with_a_third_party():
    found = _actors("We share your device name with your organization.")
    assert ("device", "share", "first_party", "third_party") in found


def test_your_school_name_stays_data():
    assert ("identity.education", "collect", "first_party", None) in _actors("We collect your school name.")


def test_a_shopper_possessed_by_the_user_scanning_is_a_third_party():
    found = _actors("At the time of delivery, your Shopper will scan the barcode on your driver's license.")
    assert ("identity.id_number", "collect", "third_party", None) in found
    assert not any(t[2] == "first_party" for t in found)


def test_your_teacher_recording_is_a_third_party():
    found = _actors("Your teacher may record your phone number.")
    assert ("contact.phone", "collect", "third_party", None) in found


def test_what_your_customers_upload_still_reaches_us():
    assert ("contact.phone", "collect", "first_party", None) in _actors(
        "Your customers may upload their phone numbers.")


def test_customers_as_the_user_still_provide_to_us():
    assert ("contact.phone", "collect", "first_party", None) in _actors("Customers provide their phone number.")


def test_content_that_you_have_posted_is_no_collection():
    found = tuples("If you are unable to remove any personal data that you wish to remove from content that you have "
                   "posted, please contact us.")
    assert (1, "content", "collect", "first_party") not in found


def test_anything_you_post_there_is_no_collection():
    found = tuples("The repository, including the issue tracker and anything you post there, is public.")
    assert not any(t[1] == "content" and t[2] == "collect" for t in found)


def test_we_collect_the_comments_you_post():
    assert (1, "content", "collect", "first_party") in tuples("We collect the comments you post.")

