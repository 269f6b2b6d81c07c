"""The thirty-fourth gold consistency pass (English dev files): lines worded alike in different files made to agree
with the guidelines. An access safeguard is a security measure (no `use`), while the team's own access to named data
is a `use`; a way to use the service without giving data is a denial of the party the data need not be given to; a
denial hedged by "generally", "in general" or "as a general rule" gives no tuple; quiz answers in a learning service
are `usage`; a run-in label that is the only place an item names data carries the item's action; processing the
user's payment named as a purpose is `use` of the transactions."""

from __future__ import annotations

from conftest import assert_gold_has
from conftest import gold_line_tuples as _tuples


def test_an_access_safeguard_states_no_use_while_the_team_having_access_does():
    # "access to precise location and vehicle data is limited to the members of our engineering and support teams
    # who need it" -> none, as "access to Viewing Information within BrightView is restricted to staff who need it"
    assert not any(data_type == "location.precise" for data_type, _, _ in _tuples("en-w14-ev-charging", 134))
    assert _tuples("en-w3-brightview-tv", 88) == set()
    assert _tuples("en-w8-telematics", 85) == set()
    # "Only the admins of FOSS Responders (core contributors) get access to your email address" -> use, not collect
    tuples = _tuples("en-r18-foss-responders", 36)
    assert ("contact.email", "use", "first_party") in tuples
    assert ("contact.email", "collect", "first_party") not in tuples
    # "Only the admin has access to the HTTP requests. The logs may be shared …" -> use usage.logs, as line 50
    assert_gold_has("en-r29-contentdb-luanti", 48, "usage.logs", "use")
    assert_gold_has("en-r29-contentdb-luanti", 50, "contact.email", "use")


def test_data_the_user_need_not_give_is_denied_by_the_party_it_need_not_be_given_to():
    # "without submitting any Personal Information to us, you can download and use the Scratch app offline … If you
    # upload your projects …, we will collect your Personal Information"
    assert_gold_has("en-r11-scratch", 4, "personal_info", "not_collect", "collect")
    # "If you use the AddThis service to share content, you do not need to register or provide any personal
    # information" -> by AddThis; the NIH WordPress instance's own "You do not need to register" -> by first_party
    assert_gold_has("en-r54-nih-gov-privacy", 96, "personal_info", "not_collect", actor="third_party")
    assert_gold_has("en-r54-nih-gov-privacy", 118, "personal_info", "not_collect")


def test_a_hedged_denial_gives_no_tuple():
    # "Generally, you need not provide any personal information in order to access this website."
    tuples = _tuples("en-r50-treasurydirect-privacy", 11)
    assert ("personal_info", "not_collect", "first_party") not in tuples
    assert ("personal_info", "collect", "first_party") in tuples
    # "In general, it is not Creative Commons' practice to disclose personal information to third parties."
    tuples = _tuples("en-r7-creative-commons", 61)
    assert ("personal_info", "not_share", "first_party") not in tuples
    assert ("personal_info", "share", "first_party") in tuples
    # as "As a general rule, the Department of Labor does not collect personally-identifying information …"
    assert not any(action.startswith("not_") for _, action, _ in _tuples("en-r60-dol-gov-privacy", 3))


def test_quiz_answers_in_a_learning_service_are_usage():
    # "Canvas stores your assignment submissions, quiz answers and discussion posts"
    tuples = _tuples("en-w8-university", 50)
    assert {("usage", "share", "first_party"), ("content", "share", "first_party")} <= tuples
    assert_gold_has("en-r29-oppia", 37, "usage", "collect")


def test_a_login_data_label_carries_the_items_collect_and_a_payment_purpose_its_use():
    # "**Social Media Login Data.** … we will collect the information described in the section …" -> account,
    # as "_Google Login Data._" in the same template
    assert_gold_has("en-r14-langfuse-cloud", 33, "account", "collect")
    assert_gold_has("en-r50-trailya-app-privacy", 32, "account", "collect")
    # "We may collect data necessary to process your payment …" -> use financial.transactions in both files
    assert_gold_has("en-r63-ultrahope-privacy", 3, "financial.transactions", "use")
    assert_gold_has("en-r14-langfuse-cloud", 32, "financial.transactions", "use")


def test_a_support_tool_managing_and_answering_queries_receives_them():
    # "We use Zendesk to manage and respond to your queries" -> use by first_party and share with zendesk
    for slug, line in [("en-r24-dfe-teaching-qualifications", 39), ("en-r24-dfe-online-chat", 18)]:
        assert ("communication.messages", "use", "first_party") in _tuples(slug, line)
        assert ("communication.messages", "share", "first_party") in _tuples(slug, line)
