"""English round (84) families: block quotes and bold section numbers in Markdown keep each sentence on its own line;
metric tables of a telemetry notice; term senses (a Google Pixel phone, "Email and text messages", a geolocation
service, a Google account to create, an app inventory, a device's IMEI); a restriction of use in the active voice."""

from __future__ import annotations

from conftest import markdown_policy_tuples

from policycheck.ingest.text import markdown_blocks


def _lines(text: str) -> list[tuple[str, int, str]]:
    return [(block.kind, block.line, block.text) for block in markdown_blocks(text)]


def test_a_block_quote_list_keeps_its_items_on_their_lines():
    text = ("**7.**  The information we receive depends upon what you do -\n"
            "> **a.** If you visit our site to read information:\n"
            ">   * We collect and store only the following information about you: your IP address.\n"
            ">   * We use the information we collect to measure the number of visitors.\n"
            "> **b.** If you identify yourself by sending an E-mail:\n"
            ">   * You also may decide to send us your e-mail address.\n")
    blocks = _lines(text)
    assert [line for _, line, _ in blocks] == [1, 2, 3, 4, 5, 6]
    assert blocks[2][0] == "list_item" and blocks[2][2].startswith("We collect and store only")
    assert {t for t in markdown_policy_tuples(text) if t[1] == "network.ip"} == {
        (5, "network.ip", "collect", "first_party"), (5, "network.ip", "store", "first_party")}


def test_a_block_quote_ends_the_list_item_before_it():
    blocks = _lines("* the completion status of the request.\n> We collect your e-mail address.\n")
    assert [(kind, line) for kind, line, _ in blocks] == [("list_item", 1), ("paragraph", 2)]


def test_a_bold_section_number_after_a_list_opens_a_paragraph():
    blocks = _lines("**2.**  We collect the following:\n* the date and time\n* the completion status.\n"
                    "**3.**  This system uses these statistics for such purposes as:\n* assessing interest\n")
    assert [line for _, line, _ in blocks] == [1, 2, 3, 4, 5]
    assert blocks[3][2].startswith("3. This system uses")


def test_a_bold_section_number_with_a_short_title_is_a_heading():
    blocks = _lines("**8.**   Information Collected from Forms\n* We offer forms.\n**9.**   Cookies:\n"
                    "* Cookies are small files.\n**10.**  The information we receive depends upon what you do.\n")
    assert [(kind, line) for kind, line, _ in blocks] == [
        ("heading", 1), ("list_item", 2), ("heading", 3), ("list_item", 4), ("paragraph", 5)]
    assert markdown_policy_tuples("**8.**   Information Collected from Interactive Forms\n* We offer forms.\n"
                                  "**9.**   Cookies:\n* Cookies are small files.\n* SBA does not use cookies.") == set()


def test_a_restriction_of_use_in_the_active_voice_states_no_use():
    assert markdown_policy_tuples("We use raw data logs for no other purposes and scheduled these logs for regular "
                                  "destruction in accordance with National Archives General Schedule 20.") == set()
    assert ("usage.logs", "use", "first_party") in {
        t[1:] for t in markdown_policy_tuples("We use server logs to keep the site secure.")}


METRICS = ("## Dimensions\n"
           "| Metric | Description | Justification |\n|:--|:--|:--|\n"
           "| `version` | The version of Desktop. | To visualize update rates. |\n"
           "| `guid` | The unique ID of a Desktop installation. | To aggregate metrics across days. |\n"
           "| `dotComAccount` | Flag that is set if the user is logged in with a GitHub.com account | Planning. |\n"
           "| `theme` | The name of the currently selected theme. | To understand usage patterns of the theme. |\n"
           "| `loadTime` | The time (in milliseconds) it takes from when loading begins to loading end. | Speed. |\n"
           "| `commits` | The number of commits made. | To understand usage patterns of commits. |\n")


def test_each_row_of_a_metric_table_is_collected_with_the_data_it_names():
    assert markdown_policy_tuples(METRICS) == {
        (6, "device.hardware", "collect", "first_party"),
        (7, "device.id", "collect", "first_party"),
        (8, "account", "collect", "first_party"),
        (10, "usage.logs", "collect", "first_party"),
        (11, "usage", "collect", "first_party"),
    }


def test_a_table_without_a_metric_column_is_read_as_before():
    text = METRICS.replace("| Metric |", "| Feature |")
    assert (11, "usage", "use", "first_party") in markdown_policy_tuples(text)


def test_product_and_service_words_are_no_data():
    found = markdown_policy_tuples("Your organization can always see:\n- Device model, such as *Google Pixel*\n"
                                   "- Email and text messages")
    assert found == {(4, "device.hardware", "share", "first_party"),
                     (5, "communication.messages", "share", "first_party"),
                     (5, "communication.sms", "share", "first_party")}
    assert markdown_policy_tuples("The collected reports can be sent to a third-party geolocation service.") == set()
    assert markdown_policy_tuples("Before Microsoft Intune can establish a connection, you must create a Google "
                                  "account.") == set()
    assert ("usage.cookies", "use", "first_party") in {
        t[1:] for t in markdown_policy_tuples("We use the Google pixel tag and cookies.")}
    assert ("contact.email", "collect", "first_party") in {
        t[1:] for t in markdown_policy_tuples("We collect your email address and text messages.")}


def test_an_app_inventory_and_the_storage_size_are_device_data():
    found = markdown_policy_tuples("Your organization can always see:\n"
                                   "- App inventory and app names, such as *Microsoft Word*\n"
                                   "  - On corporate-owned Android devices, your organization can only see the apps "
                                   "installed in your work profile.\n")
    assert found == {(4, "device.apps", "share", "first_party"), (5, "device.apps", "share", "first_party")}
    assert markdown_policy_tuples("We collect your storage size.") == {(3, "storage", "collect", "first_party")}


def test_a_device_identifier_named_after_the_device_is_data():
    assert markdown_policy_tuples("We collect the Device IMEI.") == {(3, "device.id.imei", "collect", "first_party")}
    assert markdown_policy_tuples("We collect the domain name.") == set()


def test_a_quote_less_indented_than_a_nested_item_ends_it_and_an_alert_label_is_no_text():
    blocks = _lines("- App inventory\n  - On personal devices, your organization can see your apps.\n"
                    " > [!NOTE]\n > Organizations cannot see all app inventory.\n")
    assert [(kind, line) for kind, line, _ in blocks] == [("list_item", 1), ("list_item", 2), ("paragraph", 4)]
    assert blocks[2][2] == "Organizations cannot see all app inventory."
    # a quote indented into its item stays part of it
    assert [line for _, line, _ in _lines("- item one\n  > quoted inside\n- item two\n")] == [1, 3]
