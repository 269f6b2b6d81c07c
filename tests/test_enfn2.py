"""English recall of data types: verbs of taking data into one's hands, the page text a browser extension reads, and
how often or how users in general use the app."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_taking_possession_of_data_is_collecting_it():
    assert (3, "contact.email", "collect", "first_party") in _found("We take possession of your email address.")
    found = _found("NIH staff respond to comments, but the staff never takes possession of the personal information "
                   "belonging to you as a Twitter follower.")
    assert (3, "personal_info", "not_collect", "first_party") in found
    # the role the user is known by is no follower data
    assert not any(t == "social" for (_, t, _, _) in found)
    # the user taking possession of goods gives nothing
    assert not _found("You take possession of the goods at the counter.")


def test_text_of_the_page_or_tab_an_extension_reads_is_content():
    found = _found("| Permission | Purpose |\n| --- | --- |\n"
                   "| `activeTab` | Access the current page's text for translation |")
    assert (5, "content", "collect", "first_party") in found
    found = _found("- `activeTab`: lets the extension read the address, title and text of the tab you are on, only "
                   "when you click the button.")
    assert {(3, "content", "collect", "first_party"), (3, "usage.history", "collect", "first_party")} <= found
    found = _found("The extension reads text, images and links (DOM contents) in order to determine what song is "
                   "playing.")
    assert (3, "content", "collect", "first_party") in found


def test_how_often_the_app_is_used_and_how_users_in_general_use_it_are_usage():
    assert (3, "usage", "collect", "first_party") in _found(
        "We collect information about how often the app is being used.")
    assert (3, "usage", "collect", "firebase_analytics") in _found(
        "- **Firebase Analytics** gathers information about how users in general use the app.")


def test_our_use_of_personal_data_to_be_lawful_is_its_use():
    # the actor introducing its legal bases states its use (GUIDELINES), unlike processing in general
    assert (3, "personal_info", "use", "first_party") in _found(
        "In order for our use of your personal data to be lawful, we need to meet one (or more) conditions in the "
        "data protection legislation.")
    assert not _found("For the processing of personal data to be lawful, a legal basis is required.")


def test_domain_from_which_the_visitor_accessed_the_internet_is_network_data():
    intro = "When you browse our site, we can collect the following types of information about your visit, including:\n\n"
    assert (5, "device.network", "collect", "first_party") in _found(
        intro + "- Domain from which you accessed the internet (like Verizon.com if you're using a Verizon account).")
    assert (5, "device.network", "collect", "first_party") in _found(
        intro + "* Domain (for example, comcast.com, if you are using a Comcast account) from which you accessed the "
                "Internet")


def test_web_measurement_technologies_obtain_how_the_public_uses_the_site():
    # the web measurement and customization technologies of US federal sites (OMB M-10-22) are tracking tools: how the
    # site is used, their purpose, is what they collect
    found = _found("NIH uses web measurement and customization technologies to help our Web sites function better for "
                   "visitors and to better understand how the public uses the online resources we provide.")
    assert (3, "usage", "collect", "first_party") in found
    assert (3, "usage", "collect", "first_party") in _found(
        "We use web measurement technologies to understand how visitors use the site.")
