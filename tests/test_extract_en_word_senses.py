"""Bare words that name data in some sentences and none in others: errors, comments, feedback."""

from __future__ import annotations

from policycheck.taxonomy import data_matcher


def _types(text: str) -> set[str]:
    return {m.value for m in data_matcher("en").find(text)}


def test_errors_a_purpose_detects_or_fixes_name_no_logs():
    assert "usage.logs" not in _types("Sentry is used for detecting browser errors that occur while using the website.")
    assert "usage.logs" not in _types("We use this data for identifying common errors or issues.")
    assert "usage.logs" not in _types("We use it to diagnose and debug technical errors.")


def test_errors_that_are_collected_stay_logs():
    assert "usage.logs" in _types("The extension may collect data associated with JavaScript errors.")
    assert "usage.logs" in _types("Certain usage data and errors are collected.")
    assert "usage.logs" in _types("Browser errors are reported to our error tracking provider.")


def test_a_comment_field_or_a_specific_comment_names_no_content():
    assert "content" not in _types("Visitors type into a text field on a Site, like a comment field or a sign-up form.")
    assert "content" not in _types("We collect visitor activities such as login attempts and comment submission.")
    assert "content" not in _types(
        "We require a court order before providing information relating to a specific post or a specific comment.")


def test_comments_the_service_answers_are_correspondence():
    assert _types("Respond to your inquiries or comments.") == {"communication.messages"}
    assert "communication.messages" in _types("Our Support team also responds to every question or comment that comes in.")
    assert "content" not in _types("Our Support team also responds to every question or comment that comes in.")


def test_comments_the_user_posts_stay_content():
    assert "content" in _types("When a visitor leaves a comment on a Site, we collect that comment.")
    assert "content" in _types("We may display comments you post even after you delete your account.")


def test_feedback_named_as_a_channel_a_survey_sent_or_a_figure_is_no_content():
    assert "content" not in _types(
        "If you fill out the feedback or contact us form on any of our pages we will collect the email address you provide.")
    assert "content" not in _types("Unless a SMS with a feedback survey has not been sent.")
    assert "content" not in _types(
        "We may assess trends and use these indicators as feedback to assess, improve and direct development of the game.")


def test_feedback_the_user_gives_stays_content():
    assert "content" in _types("We use a customer service management system to process some personal data, such as "
                               "feedback you send us.")
    assert "content" in _types("For example, we'll look at any feedback you give us about our services.")


def test_a_players_performance_is_usage_not_logs():
    assert _types("Player performance metrics and ranking data") >= {"usage"}
    assert "usage.logs" not in _types("Player performance metrics and ranking data")
    assert "usage.logs" in _types("App performance metrics")
