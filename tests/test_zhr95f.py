"""Round (95) families (Chinese): data kept only in the browser or on the device, local-only denials ("无法远程访问",
"没有统计分析", "不传输", "从不接触…数据"), 位置 naming a storage place, an exported file's exclusions, and the gold slips
corrected after arrival."""

from __future__ import annotations

from conftest import assert_gold_has, gold_line_tuples, markdown_policy_tuples, tuples


def test_gold_anonymous_device_identifier_is_the_oaid():
    # 匿名设备标识符 alone is the Chinese name of the OAID in the MSA identifier set: an advertising ID
    assert_gold_has("zh-r54-uniappx-sdk-guide", 6, "device.id.ad_id", "collect", actor="dcloud")
    assert ("device.id", "collect", "dcloud") not in gold_line_tuples("zh-r54-uniappx-sdk-guide", 6)


def test_gold_browser_fingerprint_is_a_device_id():
    assert_gold_has("zh-r54-dovecot-io", 7, "device.id", "not_collect")
    assert ("device", "not_collect", "first_party") not in gold_line_tuples("zh-r54-dovecot-io", 7)


def test_crash_reporting_and_analytics_named_as_what_the_app_has_not():
    found = tuples("没有账号体系、没有注册、没有统计分析、没有广告 SDK、没有崩溃上报。\n")
    assert found == {(1, "usage", "not_collect", "first_party"), (1, "usage.logs", "not_collect", "first_party")}
    assert tuples("我们会进行统计分析。\n") == set()


def test_place_a_file_is_saved_to_is_no_location():
    assert tuples("您导出的备份文件经过加密，保存在您自行选择的位置，我们无法访问。\n") == set()
    assert tuples("清单存放在用户自己选择的同步位置。\n") == set()
    # a place the person picks on a map is still the location
    assert (1, "location", "collect", "first_party") in tuples("我们会收集您在地图上选择的位置。\n")


def test_never_touching_biometric_data_is_a_denial_by_the_app_itself():
    found = markdown_policy_tuples("## 权限说明\n- **相机**——仅用于导入账户时扫描二维码。画面在设备本地实时处理（ML Kit 离线内置模式）。\n"
                                   "- **生物识别 / 设备凭据**——完全由 Android 系统处理，应用本身从不接触指纹或人脸数据。")
    assert (5, "biometric.fingerprint", "not_collect", "first_party") in found
    assert (5, "biometric.face", "not_collect", "first_party") in found
    assert not any(t[0] == 5 and (t[2] != "not_collect" or t[3] != "first_party")
                   for t in found if t[1].startswith("bio"))
    # the app of a third party stays the third party's
    assert tuples("第三方应用本身会收集您的位置信息。\n") == {(1, "location", "collect", "third_party")}


def test_belief_opening_a_right_states_no_practice():
    assert tuples("5. 如你认为本站点服务器记录的访问日志涉及你的个人权益，可联系我们处理。\n") == set()


def test_denied_link_to_identity_is_no_collection_of_identity():
    found = tuples("本工具站点服务器仅记录常规访问日志，不会主动关联你的个人身份信息。\n")
    assert found == {(1, "usage.logs", "collect", "first_party")}


def test_what_an_exported_file_leaves_out_is_no_denial():
    assert tuples("设置页的导出功能生成的是清单内容的 JSON 文件，其中**不含**密码、client_secret 和令牌。\n") == set()


def test_instruction_to_follow_ones_own_situation_names_no_usage():
    assert tuples("以下是内置组件涉及到的三方SDK，请根据您的实际使用情况参考以下列表，添加对应的三方SDK信息和隐私政策。\n") == set()


def test_items_kept_in_the_browser_take_no_practice_from_the_paragraph_before():
    found = markdown_policy_tuples("## 一、我们收集哪些信息\n本工具**不收集、不存储、不上传**任何个人身份信息。\n"
                                   "本工具没有后端服务器，所有数据均保存在你的浏览器本地。\n具体来说：\n"
                                   "1. **收藏数据**：你收藏的歌曲、头像、收藏品、文件、Tips 等，保存在浏览器 `localStorage` 中。\n"
                                   "2. **缓存数据**：你下载或预览过的图片、音频等，会保存在浏览器 `IndexedDB` 中，以便下次快速加载。")
    assert found == {(4, "identity", "not_collect", "first_party")}


def test_outside_analytics_tracking_tool_denied_for_us_and_third_parties():
    found = tuples("网站不使用任何外部广告或分析追踪工具。\n")
    assert found == {(1, "usage", "not_collect", "first_party"), (1, "usage", "not_collect", "third_party")}
    assert tuples("我们使用分析追踪工具收集设备信息。\n") == {(1, "device", "collect", "first_party")}


def test_gold_request_path_is_browsing_history():
    assert_gold_has("zh-r54-phigros-viewer", 18, "usage.history", "collect")


def test_chinese_sentence_over_a_rule_is_no_heading():
    from policycheck.ingest import parse_policy

    document = parse_policy("# 隐私政策\n## 三、数据共享\n网站不使用任何外部广告或分析追踪工具。\n---\n## 四、外部链接\n", "p.md")
    assert [b.kind for b in document.blocks if "外部广告" in b.text] == ["paragraph"]
    found = markdown_policy_tuples("## 三、数据共享\n网站不使用任何外部广告或分析追踪工具。\n---\n## 四、外部链接")
    assert (4, "usage", "not_collect", "first_party") in found
    # a title underlined with hyphens stays a heading
    titled = parse_policy("# 隐私政策\n数据共享\n---\n我们不会共享您的信息。\n", "p.md")
    assert [b.kind for b in titled.blocks if b.text == "数据共享"] == ["heading"]
