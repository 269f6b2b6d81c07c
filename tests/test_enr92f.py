"""English round (92) families: a browser's offer to save log-in details and what the user's own act lets someone
else do, "we don't know who you are", data sent "directly" to an API, a processor named by an item's label that
stores the data, a "but no X" closing a verbless item, using a product without giving personal information,
body-composition values, a denied analytics service described by what it tracks, and a product named as the
collector of the information it lists."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of, tuples


def test_a_browsers_offer_to_save_credentials_is_no_storage_of_ours():
    found = markdown_policy_tuples(
        "When prompted by a browser to save your Acme authentication credentials such as your email address and "
        "password, you should decline this option.")
    assert not found


def test_what_the_users_own_act_lets_or_keeps_someone_else_from_doing_is_no_practice():
    found = markdown_policy_tuples(
        "Saving this information could potentially allow persons who gain access to a shared workstation to access "
        "your personal information.\n\n"
        "Logging out prevents someone else from accessing your personal information if you use a public computer.")
    assert not found


def test_who_we_do_not_know_you_are_takes_no_section_practice():
    found = tuples("# Acme privacy\n\n## Information Collected and Stored Automatically\n\n"
                   "We may know what path(s) you took on our Web sites, but we don't know who you are.\n",
                   name="policy.md")
    assert "identity" not in {t[1] for t in found}


def test_data_sent_directly_to_an_api_is_our_share():
    found = markdown_policy_tuples("- Selected text is sent directly to the MyMemory API for translation")
    assert (3, "content", "share", "first_party") in found
    assert not {t for t in found if t[2] == "collect"}


def test_data_passed_directly_to_a_processor_stays_its_collection():
    found = markdown_policy_tuples("Your card number is passed directly to Stripe.")
    assert (3, "financial.payment", "collect", "stripe") in found


def test_a_labelled_processor_that_stores_the_data_is_shared_with():
    statements = statements_of(
        "# Acme privacy\n\n## Service Providers\n\n"
        "- [Supabase](https://supabase.com/) - Handles sign-in (email/Google/Microsoft/Apple) and stores your data "
        "securely\n- **Supabase**: we store your data there\n", name="policy.md")
    found = {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements}
    assert (5, "personal_info", "share", "first_party", "supabase") in found
    assert (5, "personal_info", "store", "first_party", None) not in found
    assert (6, "personal_info", "store", "first_party", None) in found  # our own keeping, "we store"


def test_but_no_personal_data_closing_a_verbless_item_is_no_denial():
    found = markdown_policy_tuples(
        "Crash reports might be sent to Sentry.io for analysis. This includes:\n\n"
        "- System information, error logs, and potentially IP addresses, but no personal user data unless provided "
        "by the user in reports.")
    assert (5, "network.ip", "share", "first_party") in found
    assert not {t for t in found if t[2].startswith("not_")}


def test_using_the_extension_without_giving_personal_information_under_rights_is_a_denial():
    found = markdown_policy_tuples(
        "You have the right to:\n\n- Use the extension without providing personal information\n"
        "- Clear your translation history at any time")
    assert (5, "personal_info", "not_collect", "first_party") in found
    assert len(found) == 1


def test_body_composition_values_are_health():
    found = markdown_policy_tuples(
        "Acme only collects information that's needed to make the service work:\n\n"
        "- Body fat percentage (if your scale provides it)\n- Muscle mass and bone mass")
    assert (5, "health", "collect", "first_party") in found
    assert (6, "health", "collect", "first_party") in found


def test_product_opening_a_paragraph_as_collector_is_us():
    found = tuples("# Privacy Policy\n\nWe know your privacy matters, so let's be clear about how we handle your data "
                   "at TrendWeight.\n\n## What We Collect\n\n"
                   "TrendWeight only collects information that's needed to make the service work:\n\n"
                   "- Your email address (for signing in)\n", name="policy.md")
    assert (9, "contact.email", "collect", "first_party") in found
    assert not {t for t in found if t[3] != "first_party"}


def test_denied_analytics_service_described_by_what_it_tracks_is_denied_for_both():
    found = markdown_policy_tuples(
        "- **Analytics**: We do not use third-party analytics services that track user behavior within our software.")
    assert (3, "usage", "not_collect", "first_party") in found
    assert (3, "usage", "not_collect", "third_party") in found


def test_notice_promised_should_any_page_use_a_cookie_is_no_use():
    found = markdown_policy_tuples(
        "Persistent cookies are generally not used by Acme, unless there is a compelling reason for their use. If any "
        "Acme Web page uses a Persistent Cookie, then the Limited Privacy Policy for that Web page will clearly state "
        "the purpose and legal authority for such use.\n\nWe use Session Cookies to maintain your online session.")
    assert not {t for t in found if t[0] == 3}
    assert (5, "usage.cookies", "use", "first_party") in found


def test_but_no_other_information_after_a_verb_stays_a_denial():
    found = markdown_policy_tuples(
        "To deliver them we use Firebase Cloud Messaging, which receives a push token for the device and the text of "
        "the notification, but no other information about the player.")
    assert (3, "personal_info", "not_share", "first_party") in found
