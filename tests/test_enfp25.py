"""English first-party false positives: own names written as data words, SDK name labels over sentences."""

from __future__ import annotations

from conftest import tuples


def markdown(text: str) -> set[tuple]:
    return tuples(text, name="policy.md")


def test_a_one_word_own_name_is_no_data_word():
    # the app called Bookmarks (a name repeated five times and more) names no browsing history; "your bookmarks" does
    text = ("# Privacy Policy\n\nBookmarks does not collect any personal data.\n\nBookmarks is a client for Pinboard. "
            "Bookmarks synchronizes data with Pinboard.\n\nBookmarks stores nothing else.\n\n"
            "Bookmarks works offline.\n\nBookmarks keeps your bookmarks on your device and sends your bookmarks to "
            "our server.\n")
    found = markdown(text)
    assert not any(t[0] == 5 and t[1] == "usage.history" for t in found)
    assert (11, "usage.history", "share", "first_party") in found or (11, "usage.history", "collect",
                                                                      "first_party") in found


def test_cookie_is_no_own_name_of_a_cookie_policy():
    # "Cookie" repeated as a capitalised word (a cookie table's column) is no name of ours: the glossary paragraph
    # that names neither us nor our names states no use of cookies
    tables = "".join(f"### Kind {i}\n\n| Cookie | Purpose |\n|---|---|\n| _k{i} | Keeps setting {i} of the page. |\n\n"
                     for i in range(5))
    text = ("# Cookie Policy\n\nCookies are small pieces of data, stored in text files, that are stored on your computer "
            "when websites are loaded in a browser. Cookies may be set by the site that you are visiting, or by third "
            "parties, such as those who serve content or provide analytics services on the website.\n\n"
            "### Types of Cookie\n\n" + tables)
    assert not any(t[0] == 3 and t[1] == "usage.cookies" for t in markdown(text))


def test_a_processor_label_over_a_sentence_is_no_sdk_record():
    text = ("# Privacy\n\n## Data processing and retention\n\n"
            "- **Processor**: Sentry, Inc. (USA) processes telemetry data on our behalf. Sentry is GDPR-compliant.\n"
            "- **Retention**: We configure Sentry to retain error data for 90 days.\n"
            "- **No sale of data**: We do not sell, rent, or trade your data to third parties.\n")
    found = markdown(text)
    assert (5, "usage", "share", "first_party") in found
    assert (7, "personal_info", "not_share", "first_party") in found
    assert not any(t[0] == 7 and t[2] == "collect" for t in found)


def test_a_run_in_title_over_a_body_naming_other_data_is_only_a_title():
    # GUIDELINES (run-in labels): the label words are not annotated when the rest of the item names the data itself
    found = tuples("Inquiries and Feedback. If you contact us, we will collect the information that you provide us, "
                   "such as your contact information and the contents of your communication with us.")
    assert found == {(1, "contact", "collect", "first_party"), (1, "communication.messages", "collect", "first_party")}
    # a body that speaks of the title's thing again ("a report", "an order") still gives the title its practice
    assert (1, "usage.logs", "share", "first_party") in tuples(
        "(h) Crash reports. If the app crashes, a report describing what went wrong and the model of device it "
        "happened on is sent to Firebase Crashlytics.")
    assert (1, "financial.transactions", "collect", "first_party") in tuples(
        "Online orders. When you place an order, you provide your name and address.")
