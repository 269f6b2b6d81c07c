"""Chinese extraction: examples opening a sentence, cookies named as collected data, identity-verification SDKs."""

from __future__ import annotations

from conftest import pairs, tuples


def test_sentence_of_examples_goes_on_with_the_sentence_before():
    found = tuples("我们会收集您的设备信息。例如设备型号、IMEI和MAC地址。")
    assert {(t[1], t[2]) for t in found} >= {("device.hardware", "collect"), ("device.id.imei", "collect"),
                                            ("device.id.mac", "collect")}
    found = tuples("我们会收集您的设备信息。即设备型号、IMEI。")
    assert ("device.id.imei", "collect") in {(t[1], t[2]) for t in found}


def test_example_that_is_a_condition_takes_no_practice():
    found = tuples("我们会使用您的地区信息为您推荐。例如，若您的所在地位于北京，则我们会为您推荐北京的用户。")
    assert ("location.coarse", "collect") not in {(t[1], t[2]) for t in found}


def test_cookies_named_among_collected_data_are_collected():
    assert ("usage.cookies", "collect") in pairs("我们会收集您的设备信息、Cookie、IP地址。")
    assert ("usage.cookies", "collect") in pairs("我们会收集您的Cookie信息。")
    # the means of a collection, or cookies placed on the device, are used
    assert ("usage.cookies", "use") in pairs("我们可能会使用Cookie和同类技术收集您的信息。")
    assert ("usage.cookies", "collect") not in pairs("我们可能会使用Cookie和同类技术收集您的信息。")
    assert pairs("我们会在您的计算机上存储名为Cookie的小数据文件。") == {("usage.cookies", "use")}


def test_feature_information_is_no_credit_information():
    found = pairs("我们会收集您的设备信息（包括设备型号、设备环境等特征信息）。")
    assert not any(t.startswith("financial") for t, _ in found)
    assert ("device", "collect") in found


def test_item_title_naming_only_bare_information_gives_no_tuple():
    assert tuples("关于儿童的个人信息") == set()
    assert tuples("从其他来源收集的个人信息，例如：") == set()
    assert tuples("（a）您在注册账户时根据APP要求提供的个人信息") == set()
    # a sentence whose verb takes the data as its object keeps its practice
    assert pairs("我们会收集您提供的个人信息。") == {("personal_info", "collect")}
    assert pairs("我们可能会向第三方提供您的个人信息。") == {("personal_info", "share")}


def test_data_words_naming_the_scenes_of_a_use_name_features():
    found = pairs("（1）摄像头，用于识别二维码，在扫一扫、头像设置、刷脸认证场景中使用。")
    assert not any(t in ("account.profile", "biometric.face") for t, _ in found)
    # the verb inside the phrase keeps its data
    assert ("contact.phone", "collect") in pairs("在收集手机号码的场景中，我们会收集您的手机号码。")


def test_time_online_and_play_data_are_usage():
    assert ("usage", "collect") in pairs("为满足防沉迷要求，我们会记录您的在线时长。")
    assert ("usage", "collect") in pairs("我们会记录您的训练完成情况和签到情况。")


def test_demonstrative_subject_of_a_later_clause_takes_the_data_named_before():
    assert pairs("您的订购记录、消费记录，这些信息会存储于我们的服务器中。") == {("financial.transactions", "store")}
    assert pairs("您产生的订购记录，上述信息将保存在我们的服务器中。") == {("financial.transactions", "store")}


def test_promise_for_a_feature_the_policy_does_not_describe_states_no_practice():
    assert tuples("如上文所述，如果某一需要收集您的个人信息的功能或产品/服务未能在本《某某隐私政策》中予以说明的，或者我们超出了"
                  "与收集您的个人信息时所声称的目的及具有直接或合理关联范围的，我们将在收集和使用你的个人信息前，通过更新本"
                  "《某某隐私政策》、页面提示、弹窗、消息通知、网站公告或其他便于您获知的方式另行向您说明，并为您提供自主选择"
                  "同意的方式，且在征得您明示同意后收集和使用。") == set()


def test_limit_to_the_scope_of_consent_states_no_practice():
    assert tuples("我们仅会在您的授权同意的范围内收集并使用您的个人信息。") == set()
    assert pairs("我们会收集并使用您的个人信息。") == {("personal_info", "collect"), ("personal_info", "use")}


def test_forms_of_a_correspondence_are_no_data_of_their_own():
    assert pairs("我们还会收集您与我们的沟通信息（包括文字/图片/音视频/通话记录形式）。") == {
        ("communication.messages", "collect")}
    assert pairs("我们会收集您与我们的以文字/图片/音视频/通话记录形式存在的沟通信息。") == {
        ("communication.messages", "collect")}
