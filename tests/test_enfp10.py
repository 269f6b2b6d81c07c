"""English first-party precision: lines whose gold has only a share (or its denial), where the extractor also gave a
practice of our own. A clause saying the data was collected, on the "of" object of a nominal sharing practice ("no
transfer to third parties of the personal data collected as part of …"), only names the data and gives no (denied)
collection (GUIDELINES: relative clauses); a verb of giving listed with verbs of passing on ("will not disclose, give,
sell, or transfer") gives the data away as they do, no collection."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_collected_data_of_a_nominal_sharing_practice_is_shared_only():
    assert _found("There will be no transfer to third parties of the personal data collected as part of the "
                  "newsletter service.") == {(3, "personal_info", "not_share", "first_party")}
    assert _found("There is no sharing of the personal data we collect.") == {
        (3, "personal_info", "not_share", "first_party")}
    assert _found("No sale of personal information collected through the site takes place.") == {
        (3, "personal_info", "not_share", "first_party")}
    # a verb with the data as its object keeps its own practice; a restricted sale states none
    assert _found("We may share the personal data collected through the site with partners.") == {
        (3, "personal_info", "share", "first_party")}
    assert _found("You can opt out of the sale of personal information we collect.") == set()
    # the clause stays the practice where no sharing is named
    assert _found("We store the personal data collected through the site.") == {
        (3, "personal_info", "store", "first_party")}


def test_giving_listed_with_verbs_of_passing_on_is_a_disclosure():
    assert _found("FDA will not disclose, give, sell, or transfer any personal information about our visitors unless "
                  "it is required:") == {(3, "personal_info", "not_share", "first_party")}
    assert _found("We may give, sell or transfer your email address to partners.") == {
        (3, "contact.email", "share", "first_party")}
    # a list that names a collection too keeps its denied collection
    assert _found("We do not collect, give, sell or rent any personal information to third parties for commercial "
                  "marketing.") == {(3, "personal_info", "not_collect", "first_party"),
                                    (3, "personal_info", "not_share", "first_party")}
    # the user giving data stays our collection
    assert _found("You may give or disclose your email address when you register.") == {
        (3, "contact.email", "collect", "first_party")}


def test_gerund_of_a_fronted_by_phrase_gives_the_items_no_practice():
    assert _found("By signing up and using the Platform, you consent to the public display and sharing with third "
                  "parties of any Personal Data that may be part of your public profile:\n\n* Your name") == {
        (3, "personal_info", "share", "first_party"), (3, "account.profile", "share", "first_party"),
        (5, "identity.name", "share", "first_party")}
    # alone, the gerund's clause keeps the items' practice
    assert _found("By using our website, you agree that we may collect the following:\n\n* Your name") == {
        (5, "identity.name", "collect", "first_party")}
