"""The person's own country or city (您的国家、您的城市, Traditional 您的國家) as what a service reads, shares or tailors by is
the approximate location (GUIDELINES: 国家、城市 → location.coarse), as 所在国家 and 所在城市 are; the laws and borders of
that country are no location."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs


def test_the_persons_country_and_state_read_for_recommendations_are_approximate_location():
    assert pairs("Firefox 會使用您的 IP 位址，然後根據您的國家及州別提出相關建議內容。") == {
        ("network.ip", "use"), ("location.coarse", "use")}
    assert ("location.coarse", "use") in pairs("我们会根据您的国家推荐内容。")


def test_the_persons_city_and_country_recognised_from_the_address_are_collected():
    found = markdown_policy_tuples("* __地點資料__：為了安全起見，我們會儲存存取您 Firefox 帳戶的 IP 位址，藉此大略辨識您的城市與"
                                   "國家/地區。")
    assert (3, "location.coarse", "collect", "first_party") in found
    assert (3, "network.ip", "collect", "first_party") in found


def test_a_country_and_region_shared_with_a_partner_are_approximate_location_shared():
    assert pairs("我們會和 AdMarketplace（第三方轉介平台）分享您的國家、地區、郡別（如果您位於美國）等資訊。") == {
        ("location.coarse", "share")}
    assert pairs("我们会收集您的国家、城市和语言。") == {("location.coarse", "collect")}


def test_the_country_of_a_geographic_location_is_no_precise_place():
    found = pairs("我們會根據您的網頁瀏覽記錄、語言及國家地理位置等資訊推薦內容。")
    assert ("location.coarse", "use") in found
    assert not any(data_type == "location" for data_type, _ in found)


def test_the_laws_and_borders_of_the_persons_country_are_no_location():
    assert not any(t.startswith("location") for t, _ in pairs("我们可能在您的国家/地区以外的服务器上存储您的信息。"))
    assert not any(t.startswith("location") for t, _ in pairs("我们会依照您的国家/地区的法律处理您的信息。"))
    # a country without the person's possessive stays a list word only
    assert not pairs("我们会根据国家推荐内容。")


def test_coming_to_know_the_persons_data_is_collection():
    # 得知 as 获知 (GUIDELINES: 获取、获知 → collect)
    assert pairs("我們會透過以下途徑得知您的個人資訊：") == {("personal_info", "collect")}
    assert pairs("我们在以下情况下可以得知关于您的信息。") == {("personal_info", "collect")}


def test_the_written_variant_of_disclosing_is_a_share():
    assert pairs("當我們收到此種要求時，我們會只透漏您的個人資訊。") == {("personal_info", "share")}
    assert pairs("我们不会透漏您的个人信息。") == {("personal_info", "not_share")}


def test_a_bold_label_describing_its_data_titles_the_paragraph_that_details_it():
    # the first sentence names no data; the next names what the update check uses: the label is a title (GUIDELINES:
    # run-in titles), not a use of "technical data" besides the system named
    found = markdown_policy_tuples("**更新使用的技術資料**：桌面版 Firefox 會持續連線至 Mozilla 伺服器，以便檢查瀏覽器更新內容。"
                                   "系統將會使用您的 Firefox 版本、語言以及裝置作業系統套用正確的更新內容。")
    assert found == {(3, "device.hardware", "use", "first_party")}
    found = markdown_policy_tuples("* __附加元件封鎖清單使用的技術資料__：桌面版 Firefox 會定期連線至 Mozilla。系統需使用您的"
                                   " Firefox 版本、語言、裝置作業系統，才能更新附加元件封鎖清單。")
    assert found == {(3, "device.hardware", "use", "first_party")}


def test_a_bold_label_over_a_paragraph_naming_no_other_data_keeps_its_data():
    assert markdown_policy_tuples("**更新使用的技術資料**：桌面版 Firefox 會持續連線至 Mozilla 伺服器，以便檢查瀏覽器更新內容。") == {
        (3, "device", "use", "first_party")}
    # a bold whole sentence is no label
    assert ("location.precise", "collect") in {(t, a) for _, t, a, _ in markdown_policy_tuples(
        "- **当您使用户外跑步功能时，我们需要在您授权后获取您的精确位置信息。**我们不会公开您的运动轨迹。")}
