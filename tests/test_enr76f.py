"""English round (76): data kept on the device under a keeping heading, services listed each with the data it receives."""

from __future__ import annotations

from conftest import statements_of

SERVICES = """# Privacy
We created a simple privacy policy for you. Personal Data is collected for the following purposes and using the following services:
### Analytics
* Google Analytics
* Personal Data: Cookies and Usage Data
### Content
* Google Fonts
* Personal Data: Usage Data and various types of Data as specified in the privacy policy of the service
* BootstrapCDN
* Personal Data: Usage Data and various types of Data as specified in the privacy policy of the service
### Forms
* TinyLetter/MailChimp _(Newsletter)_
* Personal Data: Cookies and various types of Data as specified in the privacy policy of the service
* Google Forms _(Contact Us, Child Care RSVP, & Sponsorship Application)_
* Personal Data: Cookies and various types of Data as specified in the privacy policy of the service
"""


def actors(text: str, fmt: str | None = None, name: str = "policy.txt") -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, fmt, name)}


def test_data_kept_on_the_device_takes_no_keeping_of_its_section():
    found = actors("# Privacy Policy\n## Data stored on your device\nAll project data, photos, and settings remain on "
                   "your computer.\n## Data Retention\n- Settings and API key remain in local Chrome storage until the "
                   "user clears them.\n", "markdown", "policy.md")
    assert found == set()
    # data the line keeps elsewhere still takes its section's keeping; so does an item a clause describes as kept locally
    found = actors("# Privacy Policy\n## Data we store\nYour photos remain on our servers.\n## Information we collect\n"
                   "- Device ID, which is stored locally on your device\n", "markdown", "policy.md")
    assert (3, "media.photos", "store", "first_party") in found
    assert (5, "device.id", "collect", "first_party") in found


def test_services_listed_each_with_the_data_it_receives():
    found = actors(SERVICES, "markdown", "policy.md")
    # collected through each service: both collect, the cookies an item of the collection list
    assert {(5, "usage.cookies", "collect", "first_party"), (5, "usage.cookies", "collect", "google_analytics"),
            (5, "usage", "collect", "first_party"), (5, "usage", "collect", "google_analytics")} <= found
    # an uncatalogued service's data is its own, not the service's listed before it
    assert (10, "usage", "collect", "third_party") in found
    assert (10, "usage", "collect", "google") not in found
    assert (10, "usage", "collect", "first_party") in found
    # a service named with a note after it
    assert (15, "usage.cookies", "collect", "google") in found
    assert (15, "usage.cookies", "collect", "mailchimp") not in found


def test_service_list_without_collecting_introduction_keeps_the_services_alone():
    text = SERVICES.replace("Personal Data is collected for the following purposes and using the following services:",
                            "We list the services our website embeds and what they may do on their own.")
    found = actors(text, "markdown", "policy.md")
    assert (5, "usage", "collect", "google_analytics") in found
    assert (5, "usage", "collect", "first_party") not in found


def test_items_sent_to_the_recipient_of_their_introduction():
    text = ("# Privacy Policy\nIf you enable it in Settings, the app may send the following to Sentry (a third-party "
            "error-reporting service) to help us fix bugs:\n"
            "- **Crash reports** – When the app crashes, diagnostic information (stack traces, system info) is sent.\n"
            "- **Error details** – When unexpected errors occur, we receive error messages and context.\n")
    found = actors(text, "markdown", "policy.md")
    # what the item says is sent goes to Sentry, no collection of ours
    assert (3, "usage.logs", "share", "first_party") in found
    assert (3, "usage.logs", "collect", "first_party") not in found
    # what we receive is ours, and goes to Sentry as well
    assert {(4, "usage.logs", "collect", "first_party"), (4, "usage.logs", "share", "first_party")} <= found
    # an introduction sharing with no named party leaves the items' own collection alone
    found = actors(text.replace("to Sentry (a third-party error-reporting service) ", ""), "markdown", "policy.md")
    assert (3, "usage.logs", "share", "first_party") not in found


def test_list_introduction_collecting_through_services_gives_the_third_party_too():
    found = actors("# Privacy\nPersonal Data is collected for the following purposes and using the following services:\n"
                   "- Sentry for error tracking\n", "markdown", "policy.md")
    assert {(2, "personal_info", "collect", "first_party"), (2, "personal_info", "collect", "third_party")} <= found
    # our own collection with no services named after it
    found = actors("# Privacy\nPersonal Data is collected for the following purposes:\n- to reply to you\n", "markdown",
                   "policy.md")
    assert (2, "personal_info", "collect", "third_party") not in found


def test_item_titles_and_run_in_labels_over_their_paragraph_give_no_practice():
    found = actors("# Privacy Policy\nOur app shows ads. Please note the following:\n1. Ads Integration\nWe show ads.\n"
                   "2. Collection of Advertising ID\nOur app collects the Advertising ID from your device.\n"
                   "## Collection of Personal Information\nError logs and crash reports:\nNo automated collection of "
                   "user-related data such as error logs or crash reports is performed.\n", "markdown", "policy.md")
    assert (5, "device.id.ad_id", "collect", "first_party") not in found
    assert (6, "device.id.ad_id", "collect", "first_party") in found
    assert (8, "usage.logs", "collect", "first_party") not in found
    assert (9, "usage.logs", "not_collect", "first_party") in found
    # a label over a list of items still introduces them
    found = actors("# Privacy Policy\n## Information we collect\nError logs and crash reports:\n- your IP address\n",
                   "markdown", "policy.md")
    assert (4, "network.ip", "collect", "first_party") in found


def test_items_of_a_run_and_labelled_items_are_no_titles_or_services():
    # the last item of a numbered list over a paragraph is still an item of the list
    found = actors("# Privacy\nWe collect:\n\n1.  Email address\n2.  Cookies and Usage Data\n\nWe may use your Personal "
                   "Data to contact you.\n", "markdown", "policy.md")
    assert (5, "usage", "collect", "first_party") in found
    # a labelled item naming a service with a note is no service's record
    found = actors("# Privacy\nYou can:\n- **Disable Sentry** (Built from Source): Simply don't set the variables\n"
                   "- **Delete Crash Data**: Request deletion via your Sentry project dashboard\n"
                   "- **Export Your Data**: Download crash reports from Sentry's web interface\n", "markdown", "policy.md")
    assert not any(actor == "sentry" for _, _, _, actor in found)
