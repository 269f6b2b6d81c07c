"""English round (82) families: a contracted negation written in capitals, also in Markdown emphasis ("We **DON'T**
collect", "we **WON'T** provide"), denies the practice as its lower-case form does (GUIDELINES: negation)."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_a_capital_contracted_negation_in_emphasis_denies_the_list_it_introduces():
    found = markdown_policy_tuples("We **DON'T** collect the following personal data:\n+ Name.\n+ Phone number.")
    assert found == {(3, "personal_info", "not_collect", "first_party"),
                     (4, "identity.name", "not_collect", "first_party"),
                     (5, "contact.phone", "not_collect", "first_party")}


def test_capital_contracted_negations_deny_with_or_without_emphasis():
    assert {t[1:] for t in markdown_policy_tuples("We **WON’T** sell your email address.")} == {
        ("contact.email", "not_share", "first_party")}
    assert {t[1:] for t in markdown_policy_tuples("We DON'T collect your name.")} == {
        ("identity.name", "not_collect", "first_party")}


def test_capital_affirmation_stays_a_practice():
    assert {t[1:] for t in markdown_policy_tuples("We **DO** collect your email address.")} == {
        ("contact.email", "collect", "first_party")}


def test_bold_first_words_run_on_into_the_sentence_are_its_subject():
    # "**IP address**" opens the sentence with no colon or period after it: the data stored, no run-in title
    found = markdown_policy_tuples("+ **IP address** will be stored as clear text in our website log.")
    assert ("network.ip", "store", "first_party") in {t[1:] for t in found}


def test_bold_label_with_a_colon_stays_a_title():
    found = markdown_policy_tuples("- **Analytics**: We collect your IP address.")
    assert {t[1:] for t in found} == {("network.ip", "collect", "first_party")}


def test_items_under_a_using_heading_are_uses():
    found = markdown_policy_tuples("## Using Your Personal Data\n+ **IP address** for debugging purposes.\n"
                                   "+ **Email address** to identify the license you have purchased.")
    assert {t[1:] for t in found if t[0] == 4} == {("network.ip", "use", "first_party")}
    assert {t[1:] for t in found if t[0] == 5} == {("contact.email", "use", "first_party")}


def test_environment_information_is_device_data():
    found = markdown_policy_tuples("Environment information is collected to help diagnose problems:\n"
                                   "* Operating system name, version and architecture")
    assert ("device", "collect", "first_party") in {t[1:] for t in found if t[0] == 3}


def test_lifetime_stats_kept_on_the_device_under_an_upload_denial_are_not_collected():
    found = markdown_policy_tuples("The App stores the following information on your device only (never sent to our "
                                   "backend):\n- Lifetime stats (games played, wins, losses, streak)")
    assert {t[1:] for t in found if t[0] == 4} == {("usage", "not_collect", "first_party")}


def test_the_referrer_named_by_the_visit_is_browsing_history():
    found = markdown_policy_tuples("We collect details of the Site where a visitor has come from.")
    assert ("usage.history", "collect", "first_party") in {t[1:] for t in found}


def test_a_file_name_written_with_its_path_is_no_person_name():
    found = markdown_policy_tuples("We collect the following data:\n+ **File Path/Name** you open in the app.\n"
                                   "+ **User name** you set in the app.")
    assert not any(t[1] == "identity.name" for t in found if t[0] == 4)


def test_bold_label_with_its_colon_inside_the_emphasis_stays_a_title():
    found = markdown_policy_tuples("We collect:\n- **Account details:** if you create an account, your email address.")
    assert {t[1:] for t in found if t[0] == 4} == {("contact.email", "collect", "first_party")}


def test_data_stored_in_a_database_deployed_on_a_cloud_platform_is_shared_with_its_provider():
    found = markdown_policy_tuples("+ **Device name** and **MAC address** will be stored as encrypted text in the "
                                   "product database deployed on [Azure](https://azure.microsoft.com/).")
    assert {("device", "store", "first_party"), ("device", "share", "first_party"),
            ("device.id.mac", "share", "first_party")} <= {t[1:] for t in found}
