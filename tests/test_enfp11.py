"""English first-party precision: lines whose gold gives the data type to another party, where the extractor also
gave the practice to us. A pixel or tag named as another party's own ("the Meta Pixel", "pixels from Facebook Inc") is
used by that party, not by the service that has it on its site (GUIDELINES: cookies, by the party that sets them, the
analytics service when the line makes them its own); a purpose "to understand how people use the site" whose
sentence takes up by "this" what an analytics tool named in another sentence of the paragraph obtains is that tool's
`collect`, no `use` of ours (GUIDELINES: a purpose "to understand how visitors use the site", the service named in
another sentence of the line)."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_a_pixel_named_as_another_partys_own_is_used_by_that_party_only():
    assert _found("Our website uses the Meta Pixel and the Google tag, which place cookies in your browser and collect "
                  "the pages you view and the products you add to your cart on our website.") == {
        (3, "usage.cookies", "use", "facebook"), (3, "usage.cookies", "use", "google"),
        (3, "usage.history", "collect", "facebook"), (3, "usage.history", "collect", "google")}
    assert _found("We use the “visitor action pixels” from Facebook Inc on our website.") == {
        (3, "usage.cookies", "use", "facebook")}
    assert _found("We use Facebook pixels to measure our ads.") == {(3, "usage.cookies", "use", "facebook")}
    # our own or unowned trackers, and cookies beside a named pixel, stay ours
    assert _found("We use pixels.") == {(3, "usage.cookies", "use", "first_party")}
    assert _found("We use the Meta Pixel and cookies.") == {
        (3, "usage.cookies", "use", "first_party"), (3, "usage.cookies", "use", "facebook")}


def test_understanding_how_the_site_is_used_through_an_analytics_tool_of_the_paragraph_is_its_collection():
    assert _found("In addition to log files, some of our websites use Matomo to understand what parts of the website "
                  "are important to our users. This data allows us to better understand how users use the system, "
                  "the website, and the docs.") == {(3, "usage", "collect", "matomo")}
    assert _found("We use this information to help us understand how people use our website. We rely upon Vercel's "
                  "website analytics to collect this information.") == {(3, "usage", "collect", "vercel")}
    # with no analytics tool in the paragraph the purpose stays our use
    assert _found("We use this information to understand how people use our website. We store it on Vercel.") == {
        (3, "usage", "use", "first_party")}
    assert _found("We use this information to understand how people use our website.") == {
        (3, "usage", "use", "first_party")}


def test_our_own_catalogued_name_is_no_analytics_tool_of_the_paragraph():
    from conftest import tuples
    found = tuples("# PostHog privacy\n\nPostHog automatically collects information about your visit to our Websites. "
                   "See below for further information on these technologies. We collect this information to better "
                   "understand how visitors use our Websites.\n", name="policy.md")
    assert (3, "usage", "collect", "posthog") not in found
    assert (3, "usage", "use", "first_party") in found or (3, "usage", "collect", "first_party") in found


def test_these_features_or_sites_take_up_the_parties_the_sentence_before_named():
    assert _found("Our Services may contain social media buttons, such as Twitter and GitHub. These features may "
                  "collect your IP address.") == {(3, "network.ip", "collect", "twitter"),
                                                  (3, "network.ip", "collect", "github")}
    assert _found("We use Google Maps. These features use your location.") == {(3, "location", "use", "google_maps")}
    # with no party named before, the features are our own
    assert _found("We offer dark mode and reminders. These features use your location.") == {
        (3, "location", "use", "first_party")}
    # "this" + a feature word takes up no party
    assert _found("We use Google Maps. This feature uses your location.") == {(3, "location", "use", "first_party")}


def test_an_app_the_user_authorizes_is_another_party_whose_access_is_our_sharing():
    assert _found("When you authorize an application to use your account, depending on the scope of permissions you "
                  "approve, it may access your public profile information and all your posts. Applications can never "
                  "access your e-mail address or password.") == {
        (3, "account.profile", "share", "first_party"), (3, "content", "share", "first_party"),
        (3, "contact.email", "not_share", "first_party"), (3, "account.credentials", "not_share", "first_party")}
    # our own app taken up by "it", and apps with no authorized app before them, stay ours
    assert _found("When you install our app, it may access your posts.") == {(3, "content", "collect", "first_party")}
    assert _found("Our app is simple. Applications can access your posts.") == {
        (3, "content", "collect", "first_party")}


def test_a_transfer_abroad_whose_bracket_names_recipients_is_a_disclosure():
    assert _found("Where we transfer your Personal Data outside of EU/EEA (for example to third parties who provide us "
                  "with services), we will generally obtain contractual commitments from them to protect your Personal "
                  "Data.") == {(3, "personal_info", "share", "first_party")}
    # a bracket naming only places keeps the transfer abroad our processing
    assert _found("Where we transfer your Personal Data outside of the EEA (for example to the United States), we rely "
                  "on the standard contractual clauses.") == {(3, "personal_info", "use", "first_party")}
