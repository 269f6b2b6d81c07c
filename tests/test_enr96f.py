"""English round (96) families: a denial of four practice verbs whose second the tagger read as a noun ("does not
collect, process, store, or transmit"), carried to the items of its list; the items of a list introduced by a denial of
integrating tools ("it does not integrate any of the following:") that name analytics or crash-reporting tools by kind,
with their examples after "e.g."; a bracketed "(anonymized)" closing a list item; "that" before a data noun as a
demonstrative; "No" before a company's name, which the parser reads as an interjection, denying the staff it opens
(and the gold of that line corrected to not_collect); an outside company named by apposition
as the subject of the relative clause describing it; "interaction patterns" as usage; a clause the parser hung on
a denied clause after a dash keeping its own polarity (the card number going straight to the payment processor)."""

from __future__ import annotations

from conftest import assert_gold_has, markdown_policy_tuples


def test_a_four_verb_denial_with_a_noun_read_verb_stays_a_denial():
    found = markdown_policy_tuples("The App does not collect, process, store, or transmit your name.")
    assert (3, "identity.name", "not_collect", "first_party") in found
    assert (3, "identity.name", "collect", "first_party") not in found


def test_the_four_verb_denial_reaches_the_items_of_its_list():
    found = markdown_policy_tuples(
        "The App does not collect, process, store, or transmit any of the following:\n"
        "- **Identity information**: name, email address, phone number.\n"
        "- **Usage data**: which screens you view, session length.")
    assert {(4, "identity.name", "not_collect", "first_party"), (4, "contact.email", "not_collect", "first_party"),
            (5, "usage", "not_collect", "first_party")} <= found
    assert not {t for t in found if t[2] == "collect"}


def test_tool_kinds_under_a_denied_integration_are_denied_tools_with_their_examples():
    found = markdown_policy_tuples(
        "The App contains **no** third-party libraries, SDKs, or services. Specifically, it does not integrate any "
        "of the following:\n"
        "- Advertising networks (e.g., Google AdMob, Unity Ads).\n"
        "- Analytics platforms (e.g., Google Analytics for Firebase, Mixpanel, Amplitude).\n"
        "- Crash reporting (e.g., Firebase Crashlytics, Sentry, Bugsnag).\n"
        "- Payment processors.")
    assert {(5, "usage", "not_collect", actor)
            for actor in ("first_party", "third_party", "firebase_analytics", "mixpanel", "amplitude")} <= found
    assert {(6, "usage.logs", "not_collect", actor)
            for actor in ("first_party", "third_party", "crashlytics", "sentry", "bugsnag")} <= found
    assert not {t for t in found if t[0] in (4, 7)}


def test_tool_kinds_under_a_denial_naming_no_third_party_are_ours_and_the_examples():
    found = markdown_policy_tuples("We don't use any of these:\n- Analytics tools (e.g., Mixpanel)")
    assert {(4, "usage", "not_collect", "first_party"), (4, "usage", "not_collect", "mixpanel")} <= found
    assert (4, "usage", "not_collect", "third_party") not in found


def test_tool_kinds_under_a_list_of_tools_used_are_no_denial():
    assert not markdown_policy_tuples("We use the following:\n- Analytics platforms (e.g., Mixpanel)")


def test_examples_after_e_g_are_read_in_a_sentence_denial():
    found = markdown_policy_tuples("The App does not use any analytics platforms (e.g., Mixpanel, Amplitude).")
    assert {(3, "usage", "not_collect", "mixpanel"), (3, "usage", "not_collect", "amplitude")} <= found


def test_a_bracketed_anonymity_qualifier_closing_an_item_covers_its_list_and_label():
    found = markdown_policy_tuples(
        "## Automatically Collected Information\n"
        "- **Usage Analytics**: App usage patterns, feature interactions (anonymized)\n"
        "- **Performance Data**: Crash reports, error logs (anonymized)\n"
        "- Crash reports, error logs (anonymized)\n"
        "- **Device Information**: Device type, operating system version\n"
        "- **Performance Data**: Crash reports, error logs (optional)")
    assert not {t for t in found if t[0] in (4, 5, 6)}
    assert (7, "device.hardware", "collect", "first_party") in found
    assert (8, "usage.logs", "collect", "first_party") in found


def test_that_before_a_data_noun_is_a_demonstrative():
    found = markdown_policy_tuples(
        "When you contact us by email, we retain that correspondence — including your email address — so we have "
        "a record of past interactions.")
    assert (3, "contact.email", "store", "first_party") in found
    assert (3, "communication.messages", "store", "first_party") not in found
    assert (3, "communication.messages", "store", "first_party") in markdown_policy_tuples(
        "We retain your correspondence with us.")


def test_no_before_a_company_name_denies_the_staff_it_opens():
    found = markdown_policy_tuples(
        "No Actually Reliable employee reads your content except in narrow, specific circumstances with your explicit "
        "permission — for example, to diagnose an error that has halted an automated process.")
    assert found == {(3, "content", "not_collect", "first_party")}
    assert (3, "content", "collect", "first_party") in markdown_policy_tuples("No, we read your content.")


def test_the_corrected_gold_reads_the_staff_denial_as_not_collect():
    assert_gold_has("en-r75-cohesivemail-privacy", 30, "content", "not_collect")


def test_a_company_named_by_apposition_does_what_its_relative_clause_says():
    found = markdown_policy_tuples(
        "Our website analytics are powered by Simple Analytics, a privacy-first service that operates without "
        "cookies and does not collect personal data.")
    assert found == {(3, "personal_info", "not_collect", "third_party")}
    assert markdown_policy_tuples("We use Plausible, a service that does not collect personal data.") == {
        (3, "personal_info", "not_collect", "plausible")}
    assert markdown_policy_tuples("We are Acme, a company that collects your email address.") == {
        (3, "contact.email", "collect", "first_party")}


def test_interaction_patterns_are_usage():
    found = markdown_policy_tuples(
        "When you sign in, our CAPTCHA provider evaluates signals such as your IP address, time on the page, and "
        "interaction patterns to determine whether activity appears to be automated.")
    assert (3, "usage", "use", "third_party") in found


def test_a_clause_before_a_dash_keeps_its_own_polarity():
    found = markdown_policy_tuples(
        "Your full credit card number goes directly to our payment processor — it never touches our servers.")
    assert found == {(3, "financial.payment", "collect", "third_party")}
