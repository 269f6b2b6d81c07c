"""Chinese first-party precision: lines with no first-party statement (the user's controls and rights, numbered
titles of cases, denials read as practices) give no first-party tuple."""

from __future__ import annotations

from conftest import pairs, statements_of


def test_turning_a_feature_or_setting_on_or_off_is_a_user_control():
    # GUIDELINES: user rights and controls
    assert pairs("您可以通过手机银行“安全中心-安全验证-刷脸”开启或关闭上述单独一项或多项功能，您也可以在该菜单栏进行人脸信息更新。") == set()
    assert pairs("您可以在【设置】-【账号与安全中心】-【简历隐私保护】中，通过【隐藏简历联系方式】开启/关闭相应的简历隐私保护功能。") == set()
    # a practice of ours in the sentence keeps it, and so does a grant the user gives us
    assert ("location", "collect") in pairs("您可以开启位置权限，我们会收集您的位置信息。")
    assert ("personal_info", "collect") in pairs("您开启任一权限即代表您授权我们可以收集和使用相关个人信息。")


def test_numbered_title_of_cases_and_rights_introduction_state_no_practice():
    # GUIDELINES: a numbered title naming a kind of case, also when it ends in 包括：; user rights
    assert pairs("（二）您可自主选择提供个人信息的情形包括：") == set()
    assert pairs("根据相关法律法规，您对自己的个人信息享有以下权利：") == set()
    # an unnumbered introduction of the scenarios states its practice
    assert ("personal_info", "collect") in pairs("在您使用我们的产品时，您需要授权我们收集和使用个人信息的场景包括：")


def test_bare_bu_zai_before_a_place_denies_the_verb():
    assert pairs("我们不在服务器上收集您的位置信息。") == {("location", "not_collect")}
    # a denial of storage gives none (GUIDELINES: denials of use or storage)
    assert pairs("我们不在我们的服务器上保留您的任何个人数据。") == set()
    # 不在 as "not in a place" in a condition denies nothing after it
    assert pairs("如您不在中国境内，我们会收集您的位置信息。") == {("location", "collect")}


def test_item_title_with_the_use_of_the_service_as_the_time_states_no_practice():
    # GUIDELINES: headings, "（b）您在使用APP提供的举报服务时主动上传的信息" over its items
    assert pairs("（b）您在使用APP提供的举报服务时主动上传的信息") == set()
    # an item that goes on to list the data keeps it
    assert ("contact.phone", "collect") in pairs("（c）您在使用app提供的身份验真功能时提供的信息 -您亲自填写的手机号码、姓名、身份证号码；")


def test_classifying_note_policy_update_and_unsubscribing_state_no_practice():
    assert pairs("（第2-5条所述信息均构成您的“订单信息”）") == set()
    assert pairs("本声明随应用版本更新可能调整，最新版本以本页为准。") == set()
    assert pairs("如您不想接收我们的推送消息，您可通过【设置-消息设置】中关闭你拒绝接收的消息类型，或按照短信内容的提示退订推送功能，"
                 "我们将会停止向您推送上述消息。") == set()
    # our use before the user's way out stays
    assert ("contact.phone", "use") in pairs("我们会使用您的手机号码向您发送营销信息，如果您不想接收，可随时按照提示退订。")


def test_data_anonymised_before_the_analysis_the_sentence_before_states():
    # GUIDELINES: aggregate, statistical or de-identified data
    text = ("我们会根据用户使用本服务的频率和情况、故障信息、性能信息等分析我们产品的运行情况，以确保服务的安全性。"
            "但我们会将相关信息进行匿名化或去标识化处理后用于分析。")
    assert pairs(text) == set()
    # without the qualifier the analysis uses the data
    assert pairs("我们会根据您使用本产品的频率和情况、故障信息、性能信息等分析我们产品的运行情况，以确保服务的安全性。") == {
        ("usage", "use"), ("usage.logs", "use")}


def test_person_sharing_through_the_social_features_is_shown_to_others():
    # GUIDELINES: making data visible to other users is share with third_party, not our collection
    assert pairs("当您使用我们的服务中的社交网络功能时，您将可能分享一些个人信息。") == {("personal_info", "share")}
    # sharing with no social feature named stays what the person gives us
    assert pairs("您可以分享您的照片。") == {("media.photos", "collect")}


def test_item_with_a_party_of_its_own_gives_the_inherited_collection_to_that_party():
    # GUIDELINES: an item that names data takes its tuple with its party
    text = ("为了向您提供服务，我们会收集以下信息：\n"
            "（1）.百度地图SDK会用到GPS定位和获取Wi-Fi信息，获取用户的位置，用于位置签到功能的服务。\n"
            "（2）.我们会用到GPS定位，用于位置签到功能的服务。\n")
    got = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert (2, "location.precise", "collect", "baidu_map") in got
    assert (2, "location.precise", "collect", "first_party") not in got
    assert (3, "location.precise", "collect", "first_party") in got


def test_group_companies_receiving_our_data_are_another_party():
    # GUIDELINES: affiliates and group companies are parties the data is shared with; their use is not ours
    assert pairs("我们在我们的公司集团内共享您的个人信息，这些相关的集团公司只能根据本隐私政策使用您的个人信息。") == {
        ("personal_info", "share")}
