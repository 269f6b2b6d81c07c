"""Chinese extraction: predicates, negation scope, conditions, lists, headings, SDK lists."""

from __future__ import annotations

from conftest import ROOT, pairs, statements_of, tuples

from policycheck.extract import extract
from policycheck.ingest import parse_policy


def test_collection_with_enumeration_and_examples():
    found = pairs("为保障账号安全，我们会收集您的设备信息，包括设备型号、操作系统版本、IMEI、MAC地址和Android ID。")
    assert found == {("device", "collect"), ("device.hardware", "collect"), ("device.id.imei", "collect"),
                     ("device.id.mac", "collect"), ("device.id.android_id", "collect")}


def test_user_provides_means_collection_by_first_party():
    statements = statements_of("当您注册账号时，您需要向我们提供手机号码和密码。")
    assert {(s.data_type, s.action, s.actor) for s in statements} == {
        ("contact.phone", "collect", "first_party"), ("account.credentials", "collect", "first_party")}
    assert statements[0].condition == "当您注册账号时"


def test_negation_scope():
    assert pairs("我们不会收集您的通讯录和通话记录。") == {("social.contacts", "not_collect"),
                                                     ("communication.call_log", "not_collect")}
    assert pairs("您无需提供任何个人信息即可浏览商品。") == {("personal_info", "not_collect")}
    assert pairs("我们不会向第三方出售您的个人信息。") == {("personal_info", "not_share")}


def test_negated_limit_of_scope_is_not_a_statement():
    assert pairs("我们不会超出必要范围收集您的个人信息。") == set()
    assert pairs("我们不会将您的个人信息用于本政策未载明的其他用途。") == set()


def test_protected_words_are_not_negations():
    # 未经 (without) and 包括但不限于 (including but not limited to) contain 未/不 but deny nothing
    assert pairs("未经您的同意，我们不会将您的位置信息提供给第三方。") == {("location", "not_share")}
    found = pairs("我们会收集您的信息，包括但不限于手机号码、设备信息。")
    assert {("contact.phone", "collect"), ("device", "collect")} <= found
    assert all(action == "collect" for _, action in found)


def test_refusal_clause_is_a_condition_not_a_practice():
    assert pairs("如您拒绝提供位置信息，将无法使用附近门店功能。") == set()
    assert pairs("在您授权后，我们会获取您的精确位置信息，如您拒绝，将无法为您推荐附近商家。") == {
        ("location.precise", "collect")}


def test_user_control_is_not_a_practice():
    assert pairs("您可以在设置中删除您的浏览记录。") == set()


def test_purpose_and_condition_are_attached():
    statement = statements_of("在您授权后，我们会获取您的精确位置信息，用于向您推荐附近的商家。")[0]
    assert statement.purposes == ["向您推荐附近的商家"]
    assert "在您授权后" in statement.condition


def test_the_chu_of_a_deletion_verb_opens_no_exception():
    """除 opens an exception ("除您另行同意外"), but not inside 删除 / 清除 / 解除, which are verbs of their own."""
    statement = statements_of("我们会收集您的手机号码用于登录，您删除账号后我们将清除您的手机号码。")[0]
    assert (statement.data_type, statement.action) == ("contact.phone", "collect")
    assert "除" not in (statement.condition or "")
    denial = statements_of("除您另行同意外，我们不会向第三方提供您的手机号码。")[0]
    assert denial.action == "not_share" and "除您另行同意外" in denial.condition


def test_a_postcode_item_is_a_coarse_location_but_not_inside_the_address():
    """GUIDELINES: a postcode named as its own item is location.coarse; named within the address it is part of it."""
    assert ("location.coarse", "collect") in pairs("我们可能需要用户提供个人信息（手机号、邮编、地址信息），以便寄送奖品。")
    within = pairs("您可以填写包含收货人姓名、电话、详细地址、邮政编码在内的收货地址信息。")
    assert ("contact.address", "collect") in within and ("location.coarse", "collect") not in within


def test_share_with_recipient_and_service_to_user_is_not_share():
    statements = statements_of("我们会将您的设备信息共享给广告合作伙伴，用于广告投放。")
    assert [(s.data_type, s.action, s.recipient) for s in statements] == [("device", "share", "third_party")]
    # "为您提供" is a service to the user, not a disclosure
    assert pairs("我们会根据您的位置信息为您提供天气服务。") == set() or all(
        a != "share" for _, a in pairs("我们会根据您的位置信息为您提供天气服务。"))


def test_uncatalogued_recipient_keeps_its_words():
    from policycheck.report.extraction import extraction_table, statement_json

    # a company name the catalogue lacks, after 提供给 and between 向 and the verb
    statement = statements_of("我们会将您的收货地址提供给北京星河云途科技有限公司，用于配送您购买的商品。")[0]
    assert (statement.data_type, statement.action, statement.actor, statement.recipient, statement.recipient_text) == (
        "contact.address", "share", "first_party", "third_party", "北京星河云途科技有限公司")
    assert statement_json(statement)["recipient_text"] == "北京星河云途科技有限公司"
    statement = statements_of("为完成支付，我们会向星河支付提供您的银行卡号。")[0]
    assert (statement.data_type, statement.action, statement.recipient_text) == (
        "financial.payment", "share", "星河支付")
    # a party phrase, as written: coordinated parties, a relative clause on the party, 委托…处理
    statement = statements_of("我们可能会与提供广告、分析服务的合作伙伴共享您的设备信息。")[0]
    assert (statement.data_type, statement.recipient_text) == ("device", "提供广告、分析服务的合作伙伴")
    statement = statements_of("我们可能根据法律法规的要求向相关行政、司法机关披露您的身份证号码。")[0]
    assert (statement.data_type, statement.action, statement.recipient_text) == (
        "identity.id_number", "share", "相关行政、司法机关")
    statement = statements_of("我们会委托青禾数据服务商处理您的手机号码。")[0]
    assert (statement.action, statement.recipient, statement.recipient_text) == ("share", "third_party", "青禾数据服务商")
    statement = statements_of("我们不会将您的个人信息转让给星河集团以外的任何公司、组织和个人。")[0]
    assert (statement.action, statement.recipient_text) == ("not_share", "星河集团以外的任何公司、组织和个人")
    assert "-> third_party (" in extraction_table(extract(parse_policy(  # (the table cuts the actor column)
        "我们会将您的收货地址提供给北京星河云途科技有限公司。", "policy.txt")))
    # a bare 第三方 or "任何公司、组织" names no one in particular; a place, the person and data are no recipient's words;
    # a catalogued recipient is its id alone
    assert statements_of("未经您的同意，我们不会将您的位置信息提供给任何第三方。")[0].recipient_text is None
    assert statements_of("我们不会将您的个人信息转让给任何公司、组织和个人。")[0].recipient_text is None
    assert statements_of("我们需要向境外提供您的手机号码。")[0].recipient_text is None
    statement = statements_of("我们会将您的设备信息共享给支付宝，用于支付风控。")[0]
    assert (statement.recipient, statement.recipient_text) == ("alipay", None)
    # a party that owns what the data goes to is not the whole recipient ("该医院的挂号系统")
    statement = statements_of("我们会将就诊人的手机号码发送给该医院的挂号系统。")[0]
    assert (statement.action, statement.recipient_text) == ("share", None)


def test_party_after_the_verb_is_not_the_recipient_before_it():
    # 向其他方 names the recipient; 我们 after 转让 is the subject of the relative clause on the data
    statements = statements_of("获得您明确同意后，我们会向其他方转让我们已经获取的您的个人信息。")
    assert [(s.data_type, s.action, s.actor, s.recipient) for s in statements] == [
        ("personal_info", "share", "first_party", "third_party")]


def test_what_other_users_upload_reaches_the_service():
    # GUIDELINES: the user's information in what other users upload or provide is collected by the first party
    assert tuples("如果其他用户上传的通讯录中包含您的联系方式等信息，我们可能会基于该信息把您推荐给相应用户。") >= {
        (1, "contact", "collect", "first_party")}
    assert not any(actor != "first_party" for *_, actor in tuples(
        "如果其他用户上传的通讯录中包含您的联系方式等信息，我们可能会基于该信息把您推荐给相应用户。"))


def test_list_introduced_by_colon_inherits_the_predicate():
    text = "我们会收集以下信息：\n手机号码\n设备序列号\n我们不会收集以下信息：\n通讯录\n"
    assert tuples(text) == {(2, "contact.phone", "collect", "first_party"),
                            (3, "device.id.serial", "collect", "first_party"),
                            (5, "social.contacts", "not_collect", "first_party")}


def test_heading_gives_context_to_verbless_items():
    text = "一、我们收集的信息\n1. 手机号码：用于注册登录\n二、您的权利\n1. 浏览记录\n"
    assert tuples(text) == {(2, "contact.phone", "collect", "first_party")}


def test_sdk_text_record():
    text = ("三、第三方SDK目录\n1. 极光推送SDK\n使用目的：消息推送\n收集个人信息类型：设备标识符（IMEI、OAID）、网络信息\n"
            "第三方主体：深圳市和讯华谷信息技术有限公司\n")
    statements = statements_of(text)
    assert {(s.line, s.data_type, s.action) for s in statements} == {
        (4, "device.id", "collect"), (4, "device.id.imei", "collect"), (4, "device.id.ad_id", "collect"),
        (4, "device.network", "collect")}
    assert all(s.source == "sdk_table" and s.purposes == ["消息推送"] for s in statements)
    assert all(s.actor != "first_party" for s in statements)


def test_sdk_html_table():
    html = """<h2>第三方SDK目录</h2><table>
<tr><th>SDK名称</th><th>第三方公司</th><th>使用目的</th><th>收集的个人信息</th></tr>
<tr><td>某某统计SDK</td><td>某某科技有限公司</td><td>统计分析</td><td>设备型号、IP地址</td></tr>
<tr><td>某某支付SDK</td><td>某某支付有限公司</td><td>支付</td><td>不收集个人信息</td></tr>
</table>"""
    statements = statements_of(html, fmt="html")
    assert {(s.line, s.data_type, s.action, s.actor, s.actor_text) for s in statements} == {
        (3, "device.hardware", "collect", "third_party", "某某统计SDK"),
        (3, "network.ip", "collect", "third_party", "某某统计SDK"),
        (4, "personal_info", "not_collect", "third_party", "某某支付SDK"),
    }


def test_first_party_alias_from_definition():
    text = "示例科技有限公司（以下简称“示例App”）非常重视隐私。\n示例App会收集您的手机号码。\n"
    assert (2, "contact.phone", "collect", "first_party") in tuples(text)


def test_third_party_actor():
    statements = statements_of("第三方SDK可能会收集您的设备信息和位置信息。")
    assert {(s.data_type, s.actor) for s in statements} == {("device", "third_party"), ("location", "third_party")}


def test_ignored_phrases_are_not_data():
    assert pairs("我们会收集非个人信息，用于统计分析。") == set()


def test_sharing_to_us_is_our_collection():
    statements = statements_of("当您使用一键登录功能时，运营商会将您的手机号码发送给我们。")
    assert [(s.action, s.actor) for s in statements if s.data_type == "contact.phone"] == [("collect", "first_party")]


def test_notice_descriptions_and_contents_are_not_practices():
    assert pairs("下文将帮助您详细了解我们如何收集、使用、存储和共享您的个人信息。") == set()
    assert pairs("1、我们如何收集和使用个人信息\n") == set()


def test_traditional_chinese_is_folded_onto_simplified_rules():
    statements = statements_of("我們不會收集您的通訊錄。我們會蒐集您的裝置識別碼與手機號碼，用於驗證您的身分。")
    assert {(s.data_type, s.action) for s in statements} == {
        ("social.contacts", "not_collect"), ("device.id", "collect"), ("contact.phone", "collect")}
    assert statements[1].term in ("裝置識別碼", "手機號碼")  # evidence keeps the original characters


def test_label_ending_in_sdk_names_the_sdk_not_a_name_field():
    # "SDK：X" would be a name field; "银联出行SDK：…" is the SDK itself, and its data are listed after the colon
    statements = statements_of("（2）银联出行SDK：当您使用银联乘车码时，我们使用了银联的SDK，采集您的网银客户号、地理位置信息并传输至银联系统。")
    found = {(s.data_type, s.action) for s in statements}
    assert ("location", "collect") in found
    assert all(s.actor != "first_party" for s in statements if s.data_type == "location" and s.action == "collect")
    # (and we send it on to 银联系统: a share, GUIDELINES)
    assert ("location", "share") in found


def test_storage_as_a_permission_name():
    found = pairs("当您使用发布功能时，我们会请求您授权存储（相册、媒体和其他文件）、相机（摄像头）、麦克风（录音）权限。")
    # the storage permission reads and writes the files on the device, not the storage itself
    assert {("storage.files", "collect"), ("media.camera", "collect"), ("media.audio", "collect")} <= found
    assert ("storage", "collect") not in found
    # as a verb, 存储 stays a verb
    assert pairs("我们会收集、存储、使用您的位置信息。") == {("location", "collect"), ("location", "store"),
                                                      ("location", "use")}


def test_bare_list_words_count_only_inside_data_lists():
    assert ("location.coarse", "collect") in pairs("我们会收集您的昵称、性别、地区。")
    assert pairs("本政策适用于中国境内地区。") == set()


def test_a_run_of_three_activity_words_is_a_list_of_what_the_user_did():
    assert pairs("我们会收集您的浏览、搜索、点击、收藏、交易、关注、分享、发布等信息。") == {
        ("usage.history", "collect"), ("usage", "collect"), ("financial.transactions", "collect"), ("social", "collect"),
        ("content", "collect")}
    assert pairs("我们将记录你的点击、点赞（喜欢/收藏）、搜索、浏览等操作行为信息。") == {
        ("usage.history", "collect"), ("usage", "collect")}
    # fewer than three, features rather than data, or a word inside a longer one: the verbs themselves
    assert pairs("我们会收集您在浏览、搜索时的设备信息。") == {("device", "collect")}
    assert pairs("如您拒绝提供，不影响您使用浏览、搜索、播放等基本功能。") == set()
    assert pairs("这些文件可能是Cookie、Flash Cookie，或您的浏览器提供的其他本地存储。") == set()


def test_the_persons_qualified_information_is_personal_information():
    assert pairs("我们可能会与我们的相关合作伙伴共享您的必要信息。") == {("personal_info", "share")}
    # the feedback in the list is used with the rest (GUIDELINES: a relative clause on data the user provides that is
    # the object of another practice gives no collect)
    assert pairs("我们还可能使用您的其他信息，包括您与客服联系时提供的反馈内容。") == {
        ("personal_info", "use"), ("content", "use")}
    assert pairs("我们需要收集您的相关信息进行身份验证。") == {("personal_info", "collect")}


def test_payment_progress_obtained_from_the_payment_institution_is_transaction_data():
    assert pairs("为使我们及时获悉并确认您的支付进度及状态，您同意我们可自您所选择的交易对象或其他金融机构处收集与支付进度"
                 "相关信息。") == {("financial.transactions", "collect")}


def test_a_public_personal_profile_is_the_account_profile():
    assert pairs("我们可能会在第三方网站上展示您的部分公开个人资料。") == {("account.profile", "share")}


def test_the_information_of_an_account_is_account_data():
    assert pairs("对违规帐号、欺诈行为进行处罚公告时，我们可能会披露相关帐号的信息。") == {("account", "share")}
    assert pairs("我们会披露相关账号的必要信息。") == {("account", "share")}


def test_setting_sending_or_assigning_a_cookie_is_a_use_of_cookies():
    assert pairs("我们可能会设置认证与保障安全性的Cookie 或匿名标识符，使我们确认你是否安全登录服务。") == {
        ("usage.cookies", "use")}
    assert pairs("我们会在您的计算机或移动设备上发送一个或多个名为Cookies的小数据文件。") == {("usage.cookies", "use")}
    assert pairs("我们会为您分配一个或多个Cookie。") == {("usage.cookies", "use")}
    # without a cookie after it, 设置 is no practice
    assert pairs("您可以在设置中查看您的设备信息。") == set()


def test_browsing_behaviour_and_activity_are_browsing_history():
    assert pairs("我们会根据您的浏览行为向您推荐商品。") == {("usage.history", "use")}
    assert pairs("我们会记录您在本网站上的浏览活动。") == {("usage.history", "collect")}


def test_legal_exemption_variants_and_their_numbered_items_are_not_practices():
    assert pairs("在以下情形中，我们可以在不征得您的授权同意的情况下收集、使用一些必要的个人信息：\n"
                 "（1）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；\n") == set()
    assert pairs("以下情形中，我们可能会收集、使用您的相关个人信息无需征求您的授权同意：\n") == set()
    # "在不事先征得…的前提下": the same exemption, for the disclosures
    assert pairs("在以下情形中，我们会在不事先征得您的授权同意的前提下，共享、转让、公开披露您的特定个人信息：\n"
                 "（1）与国家安全、国防安全有关的；\n") == set()
    text = ("4. 共享、转让、公开披露个人信息时事先征得授权同意的例外：\n4.1 与国家安全、国防安全直接相关的；\n"
            "4.2 个人信息主体自行向社会公众公开的个人信息；\n5. 我们会收集您的手机号码。\n")
    assert pairs(text) == {("contact.phone", "collect")}
    # an introduction numbered 3. may number its own items from 1.
    assert pairs("3. 我们会收集以下信息：\n1. 手机号码\n2. 设备型号\n") == {("contact.phone", "collect"),
                                                              ("device.hardware", "collect")}


def test_permission_label_is_the_data_and_the_object_of_yongyu_is_a_purpose():
    found = pairs("以下功能中，您可选择是否授权我们使用您的个人信息或权限：\n（12）存储权限：用于信用卡账单、在线客服。\n")
    # the introduction uses the permissions, which reads their data (zh-r2-boc:53 → collect storage.files)
    assert ("storage.files", "collect") in found
    assert not any(data_type.startswith("financial") for data_type, _ in found)
    assert ("storage.files", "collect") in pairs("涉及权限：网络访问、写入外部存储、读取外部存储")


def test_data_named_in_a_purpose_phrase_is_what_a_permission_is_for():
    found = pairs("（2）相册和文件存储：用于文件缓存、识别二维码、人脸识别认证、头像设置功能。")
    assert not {"biometric.face", "account.profile"} & {data_type for data_type, _ in found}
    assert pairs("您需要提供真实姓名和身份证号，以便核验您的身份信息。") == {
        ("identity.name", "collect"), ("identity.id_number", "collect")}
    # ... unless the phrase itself collects it, directly or as a list of data
    assert ("location", "collect") in pairs("我们需要获取您的位置权限，以便获取您的地理位置信息。")
    found = pairs("（11）手机/电话权限，用于获取手机设备信息、运营商网络和本机手机号，保障您的交易安全。")
    assert {("device.network", "collect"), ("contact.phone", "collect")} <= found
    # a fronted purpose ends where the main clause begins; "可用于…的信息" and "使用以上" are no purpose phrases
    assert ("contact.phone", "collect") in pairs("为了创建账户您需要至少向我们提供您的手机号码和密码。")
    assert pairs("我们不会与广告主分享可用于识别您个人身份的信息。") == {("identity", "not_share")}
    assert ("contact.address", "collect") in pairs("我们将您使用以上服务中提供的邮寄地址存储为常用信息。")


def test_a_clause_of_examples_continues_the_practice_of_the_data_it_follows():
    assert pairs("我们不会与广告主分享可用于识别您个人身份的信息，例如您的姓名或电子邮件地址。") == {
        ("identity", "not_share"), ("identity.name", "not_share"), ("contact.email", "not_share")}
    found = pairs("我们需要验证您的身份信息，包括手机号码、姓名、证件号码。")
    # (verifying named data collects it, GUIDELINES)
    assert {("contact.phone", "collect"), ("identity.name", "collect"), ("identity.id_number", "collect")} <= found


def test_recipients_and_subjects_inside_relative_clauses():
    # the user who filled the data in is not the subject of sending it
    assert pairs("我们会将您填写的姓名和手机号发送给您想要联系的服务提供商。") == {
        ("identity.name", "share"), ("contact.phone", "share")}
    # the recipient is the head noun after 的, not "我们" inside its description
    assert tuples("我们可能会将您的个人信息提供给支持我们功能的服务提供商。") == {
        (1, "personal_info", "share", "first_party")}
    assert ("contact.phone", "share") in pairs("我们可能会与我们的关联公司共享您的昵称、头像、手机号码。")
    # "在您同意的情况下" is a condition, not the subject
    assert pairs("我们可能会在您同意的情况下向您指定的他人提供您的个人信息。") == {("personal_info", "share")}
    # "您可以…" stays the user's own action
    assert pairs("您可以通过“我的”页面访问、更正您的账号信息。") == set()


def test_data_protected_from_a_passive_practice_is_not_collected():
    assert pairs("为了保障软件与服务的安全运行，防止您的个人信息被非法获取，我们会收集您的设备信息。") == {
        ("device", "collect")}


def test_purpose_phrases_start_at_a_word():
    statements = statements_of("为了保障账号安全，我们会收集您的设备信息。")
    assert [s.purposes for s in statements] == [["保障账号安全"]]  # not also "了保障账号安全"
    statements = statements_of("我们将您使用以上服务中提供的邮寄地址存储为常用信息，以便您直接选择使用。")
    assert [s.purposes for s in statements] == [["您直接选择使用"]]  # no "用以" inside "使用以上"


def test_chuansong_to_a_party_is_sharing():
    found = pairs("我们会向第三方服务商传送您的姓名、身份证号码。")
    assert found == {("identity.name", "share"), ("identity.id_number", "share")}


def test_data_the_user_gives_a_third_party_is_collected_by_that_party():
    assert tuples("当您使用第三方支付服务时，您需要向支付机构提供您的银行卡号。") == {
        (1, "financial.payment", "collect", "third_party")}
    assert tuples("您可以向其他用户分享您的位置信息。") == {(1, "location", "collect", "third_party")}
    # ... but "we" asking stays ours, and giving it to us is collection by us
    assert tuples("我们不会要求您向第三方提供您的身份证号。") == {(1, "identity.id_number", "not_collect", "first_party")}
    assert tuples("您需要向我们提供您的手机号码。") == {(1, "contact.phone", "collect", "first_party")}


def test_bare_duanxin_is_sms_in_a_list_or_as_yours():
    assert ("communication.sms", "not_collect") in pairs("我们不会读取您的通讯录、短信或相册。")
    assert pairs("我们不会读取您的短信来识别行程。") == {("communication.sms", "not_collect")}
    assert pairs("我们会通过短信通知您。") == set()  # a channel, not data


def test_descriptions_of_the_policy_and_consent_promises_are_not_practices():
    assert pairs("我们将通过本政策向您说明，在您使用本应用的过程中，我们如何收集、使用、存储、共享您的个人信息。") == set()
    assert pairs("如在上述情形之外收集或使用您的信息，我们会事先征求您的同意。") == set()
    assert pairs("对我们与之共享个人信息的公司、组织和个人，我们会与其签署严格的保密协定。") == set()
    # a practice stated plainly is still one
    assert pairs("我们会收集您的手机号码。") == {("contact.phone", "collect")}


def test_id_photo_is_the_id_document_and_public_display_is_sharing():
    found = pairs("我们可能会收集您的真实姓名、身份证件号码或照片。")
    assert ("identity.id_number", "collect") in found and ("media.photos", "collect") not in found
    assert pairs("我们会将您的昵称、头像公开展示给其他用户。") == {("account.profile", "share")}


def test_scope_rights_purpose_limits_and_questions_are_not_practices():
    assert pairs("本政策适用于App及智能设备在联网使用时涉及的个人信息处理活动。") == set()
    assert pairs("其中涉及敏感个人信息及向境外提供个人信息的条款，我们以加粗方式提示您重点阅读。") == set()
    assert pairs("您有权查阅、复制、更正、删除您的个人信息，以及请求将您的个人信息转移至您指定的个人信息处理者。") == set()
    assert pairs("我们仅会出于合法、正当、必要、特定、明确的目的共享您的个人信息。") == set()
    assert pairs("如您对个人信息处理有任何疑问，请联系我们。") == set()


def test_password_reset_and_account_login_features_are_not_credentials():
    assert pairs("如您选择通过人脸识别功能进行转账、重置密码时，需向我们提供您的人脸图像信息。") == {("biometric.face", "collect")}
    assert pairs("为保障您和其他用户的帐号与财产安全，我们会使用您的设备信息。") == {("device", "use")}


def test_violations_deletion_requests_security_and_future_consent_are_not_practices():
    assert pairs("3.我们违反了与您的约定来使用和处理您的个人信息。") == set()
    assert pairs("若我们决定响应您的删除请求，我们还将同时通知从我们获得您的个人信息的实体。") == set()
    assert pairs("我们会部署访问控制机制，确保只有授权人员才可访问个人信息。") == set()
    assert pairs("本政策仅适用于我们所收集的您的个人信息，并不适用于任何第三方对您的个人信息的收集。") == set()
    assert pairs("如存在其他共享您的个人信息的情形时，我们会征得您对上述行为的明示同意。") == set()
    assert pairs("敏感个人信息是一旦泄露或者非法使用，容易导致人身、财产安全受到危害的个人信息。") == set()
    # fraud prevention is a purpose, not a security measure
    assert pairs("为预防安全事件，我们会收集您的设备信息。") == {("device", "collect")}


def test_everyone_but_the_operator_is_a_third_party_and_a_trailing_exception_is_no_exclusion():
    assert pairs("本行不会与本行以外的任何公司、组织和个人共享您的个人信息。") == {("personal_info", "not_share")}
    assert pairs("我们不会与任何第三方共享您的个人信息，但以下情形除外：") == {("personal_info", "not_share")}
    assert pairs("我们会收集您的设备信息，但IMEI除外。") == {("device", "collect"), ("device.id.imei", "not_collect")}


def test_a_sale_denial_does_not_swallow_a_sharing_denial_on_the_same_line():
    from policycheck.extract import extract
    from policycheck.ingest import parse_policy

    text = "我们不会向任何第三方出售您的个人信息。未经您的同意，我们不会与任何公司共享您的个人信息。\n"
    statements = extract(parse_policy(text, "p.txt")).statements
    assert sorted(s.verb for s in statements if s.action == "not_share") == ["共享", "出售"]


def test_a_permission_label_names_its_data():
    found = pairs("我们会申请以下权限：\n（1）存储权限：用于下载和更新游戏资源包、保存游戏截图。\n")
    assert ("storage.files", "collect") in found


def test_demonstrative_references_to_personal_information_are_not_resolved():
    # GUIDELINES: "该等个人信息" refers back to data named earlier; it is not a statement about personal information
    assert pairs("您开启该权限即视为您授权我们可以访问、获取、收集、使用您的该等个人信息。") == set()


def test_a_purpose_before_the_data_in_an_sdk_record():
    from policycheck.extract import extract
    from policycheck.ingest import parse_policy

    text = "第三方SDK目录\n2. 百度定位SDK（北京百度网讯科技有限公司）：用于网点查询定位，收集位置信息、设备标识符；\n"
    statements = extract(parse_policy(text, "p.txt")).statements
    assert statements and all(s.purposes == ["网点查询定位"] for s in statements if s.actor == "baidu_location")


def test_a_bare_account_word_is_no_credential_in_either_script():
    # 帐号 alone is not a data term; its Traditional form 帳號 (folded to 帐号) must not make it one
    assert pairs("您可注销此前注册的帐号。") == set()
    assert ("account.credentials", "collect") in pairs("我們會收集您的帳號、密碼。")


def test_data_left_out_of_a_stated_practice_is_denied_for_that_practice():
    # "(展示时不包含您的账号信息)": not shown to other users — not a denial of collecting it
    found = pairs("经审核后可能向其他用户公开展示（展示时不包含您的账号信息）。")
    assert ("account", "not_share") in found and ("account", "not_collect") not in found


def test_data_excluded_in_parentheses_is_not_an_example():
    assert pairs("我们会收集您的设备信息（不包括IMEI）。") == {("device", "collect"), ("device.id.imei", "not_collect")}
    assert pairs("我们会收集您的设备信息（IMEI除外）。") == {("device", "collect"), ("device.id.imei", "not_collect")}


def test_checking_whether_an_app_is_installed_reads_the_app_list():
    assert ("device.apps", "collect") in pairs("本行会检测您的设备上是否安装了已知的恶意应用。")


def test_a_recipient_joined_to_its_preposition_by_the_tokenizer():
    # jieba reads "向银联" as one word; "向银联以外的任何公司" is still everyone but 银联
    assert pairs("我们不会向银联以外的任何公司、组织和个人提供您的个人信息。") == {("personal_info", "not_share")}


def test_a_party_left_out_after_the_verb_is_no_recipient():
    # "转让给除X外的任何公司": everyone but X, as "与X以外的任何公司" before the verb; not a transfer to X (nor, when X is
    # our own name, a collection by us)
    for text in ("我们不会将您的个人信息转让给除腾讯公司外的任何公司、组织和个人，但以下情况除外：",
                 "我们不会将您的个人信息转让给除本公司外的任何公司、组织和个人，但以下情况除外：",
                 "我们不会将您的个人信息提供给中国银联以外的任何公司。"):
        assert {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)} == {
            ("personal_info", "not_share", "first_party", "third_party")}


def test_a_third_party_in_a_condition_is_the_subject_of_the_conditions_own_verb():
    # "当您…且第三方获取…时": the condition's verb has its own subject; a party in an exception (除…外) stays none
    got = tuples("当您与第三方产生交易且第三方获取您的联系方式、收货地址为提供产品服务所必需时，我们会将地址信息提供给第三方。")
    assert (1, "contact", "collect", "third_party") in got and (1, "contact", "collect", "first_party") not in got
    found = {(s.data_type, s.action, s.actor, s.recipient)
             for s in statements_of("除以下情形外，我们不会与除本公司的关联公司外的任何第三方公司、组织和个人分享您的信息：")}
    assert found == {("personal_info", "not_share", "first_party", "third_party")}


def test_a_third_party_in_a_condition_not_on_the_person_is_no_subject_of_the_clause_after_it():
    # "如…需要第三方配送，": a condition whatever its subject; the clause after it with no party of its own is ours
    got = tuples("在您成功下单后，如商品/服务系第三方商家提供或商品/服务需要第三方配送，需要获知您的收货人信息（包括姓名、地址、联系电话）。")
    assert (1, "contact.address", "collect", "first_party") in got
    assert not any(actor == "third_party" for _, _, _, actor in got)


def test_a_party_of_a_relative_clause_inside_an_earlier_object_is_no_subject_of_a_later_clause():
    # "…整合…以及合作伙伴取得您授权或者依法共享的信息，根据…": the partners only say which data we combine
    got = tuples("我们可能会使用或整合您的个人信息以及我们的关联方、合作伙伴取得您授权或者依法共享的信息，"
                 "根据您的使用习惯和常用软件信息等来综合判断您的账号及交易风险。")
    assert {(1, "usage", "use", "first_party"), (1, "device.apps", "use", "first_party")} <= got
    assert not any(actor == "third_party" for _, _, _, actor in got)


def test_a_party_left_out_with_its_affiliates_is_no_recipient():
    # "与本公司及其关联公司以外的任何公司": everyone but us and our affiliates, not a sharing with us (a collection)
    for text in ("我们不会与本公司及其关联公司以外的任何公司、组织和个人共享您的个人信息。",
                 "我们不会向腾讯公司及其关联方以外的任何公司提供您的个人信息。"):
        assert {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)} == {
            ("personal_info", "not_share", "first_party", "third_party")}


def test_others_the_user_names_and_a_pronoun_agent():
    assert pairs("在您同意的情况下，我们会向您指定的他人提供您的个人信息。") == {("personal_info", "share")}
    assert tuples("您知悉由其直接收集和处理您的个人信息。") >= {(1, "personal_info", "collect", "third_party")}


def test_dui_before_the_users_data_marks_the_object():
    assert pairs("我们会对您的个人信息进行公开。") == {("personal_info", "share")}


def test_a_leak_is_an_incident_not_a_practice():
    assert pairs("对于一些合作方如果出现泄露您的信息等侵犯您个人权益的行为，我们承担相应的责任。") == set()
    assert pairs("对于我们向其提供个人信息的公司、组织，我们会与其签署严格的数据处理协议。") == set()


def test_a_verb_inside_a_later_list_item_does_not_govern_the_earlier_items():
    # "注册的设备" and "注册时间" are list items; the items before them are still collected
    assert pairs("我们收集您的账户详细信息，包括注册手机号、电子邮件地址、注册的设备、账号状态和注册时间。") == {
        ("contact.phone", "collect"), ("contact.email", "collect"), ("device", "collect")}
    # a verb that ends the clause still governs: "进行收集和存储" is not a list item
    assert pairs("我们会对您的手机号进行收集和存储。") == {("contact.phone", "collect"), ("contact.phone", "store")}


def test_a_run_in_label_before_a_space_is_a_title_when_the_item_names_its_data():
    text = ("(一) 我们向您收集哪些信息\n"
            "•账号信息 您的账户详细信息，包括注册手机号、电子邮件地址。\n"
            "•位置信息 精确位置、IP地址。\n"
            "•银行卡信息 例如发卡银行名称或其他信息。\n")
    found = tuples(text)
    assert {(2, "contact.phone", "collect", "first_party"), (2, "contact.email", "collect", "first_party"),
            (3, "location.precise", "collect", "first_party"), (3, "network.ip", "collect", "first_party")} <= found
    assert not {t for t in found if t[1] in ("account", "location") and t[0] in (2, 3)}
    # the label is kept when it is the only place the data is named
    assert (4, "financial.payment", "collect", "first_party") in found


def test_classifying_data_as_sensitive_is_not_a_practice():
    text = "(一) 我们向您收集哪些信息\n•生物识别信息 指纹。生物识别信息属于敏感个人信息。\n"
    assert {(t[1], t[2]) for t in tuples(text)} == {("biometric.fingerprint", "collect")}
    assert ("identity.id_number", "collect") in pairs("我们会收集您的身份证号码，身份证号码属于敏感个人信息。")


def test_bank_passwords_in_a_verbless_list_are_data_not_user_controls():
    text = "(一) 我们向您收集哪些信息\n•个人金融鉴别信息 登陆密码、查询密码、动态口令、卡片CVN2。\n"
    assert {"account.credentials", "financial.payment"} <= {t[1] for t in tuples(text)}


def test_a_tab_separated_permission_table_reads_the_permission_column_only():
    text = ("设备权限\t对应业务功能\t功能场景说明\t是否可关闭\n"
            "麦克风（录音）\t1.内容发布 2.消息和聊天\t发布内容时进行录音\t可以\n"
            "存储（相册、媒体和其他文件）\t1.内容发布\t发布内容时读取相册\t可以\n")
    found = tuples(text)
    assert {(2, "media.audio", "collect", "first_party"), (3, "storage.files", "collect", "first_party"),
            (3, "media.photos", "collect", "first_party")} <= found
    assert not [t for t in found if t[1] in ("content", "communication.messages")]  # features, not data


def test_table_rows_under_a_cell_spanning_rows_keep_their_columns():
    # "业务/功能场景" spans two rows; the second row has only the data and purpose cells, then a line break in a cell
    text = ("业务/功能场景\t可能收集的个人信息字段/获取的系统权限类型\t收集/获取目的\n"
            "帐号公开信息\t头像、昵称\t用于丰富个人信息\n"
            "您的关注列表、粉丝列表\t用于展示\n"
            "您的性别\n"
            "实名认证\t真实姓名\t用于完成实名认证\n")
    found = tuples(text)
    assert {(2, "account.profile", "collect", "first_party"), (3, "social", "collect", "first_party"),
            (4, "identity.gender", "collect", "first_party"),
            (5, "identity.name", "collect", "first_party")} <= found
    assert not [t for t in found if t[1] == "personal_info"]  # "用于丰富个人信息" is a purpose


def test_a_verb_inside_parentheses_governs_only_the_data_inside_them():
    text = ("统计SDK读取您的运营商名称，（基于IP地址对应的）国家信息，设备型号，唯一设备标识符（Android_id，可能会多次获取），"
            "WIFI热点的MAC地址，用于性能监控。")
    found = pairs(text)
    assert {("device.hardware", "collect"), ("device.network", "collect"), ("device.id", "collect")} <= found
    assert not [p for p in found if p[1] == "use"]  # 基于 inside the parenthesis does not govern 设备型号


def test_a_decimal_section_number_ends_an_unnumbered_introduction():
    text = ("我们会与以下合作伙伴共享您的信息：\n"
            "1.2.1 设备信息\n")
    assert not [t for t in tuples(text) if t[0] == 2]


def test_a_place_of_household_registration_is_identity_not_location():
    assert pairs("我们会收集您的户籍所在地。") == {("identity", "collect")}


def test_incidents_protection_staff_and_contact_channels_are_not_practices():
    for text in ("若发生个人信息泄露、损毁、丢失等安全事件，我们会启动应急预案。",
                 "我们已经设置了个人信息保护专职部门，并指定了专人负责儿童个人信息保护。",
                 "我们通过培训课程和考试，不断加强员工对于保护个人信息重要性的认识。",
                 "位置信息属于敏感信息，拒绝提供该信息仅会使您无法使用与位置信息相关的功能。",
                 "银行卡号及手机号码是个人敏感信息，这些信息是支付功能所必需的信息，拒绝提供将导致您无法使用支付功能。",
                 "如您需要您的个人信息的副本，您可以通过本隐私政策文末提供的方式联系我们。",
                 "注册地址/常用办公地址：合肥市高新开发区望江西路666号，联系电话：0551-65000000。"):
        assert pairs(text) == set(), text
    assert pairs("我们会收集您的日志信息，您可以通过客服电话联系我们。") == {("usage.logs", "collect")}


def test_governance_pledges_notices_and_relatives_requests_are_not_practices():
    for text in ("如果某一需要收集您的个人信息的功能或产品/服务未能在本政策中予以说明的，我们会再次向您告知并征得您的同意。",
                 "我们将积极建立数据分类分级制度、数据安全管理规范来管理规范个人信息的存储和使用。",
                 "我们承诺：共享您的个人信息时，系基于合法正当目的，且共享的个人信息仅以达成必要目的为限。",
                 "为了充分保护去世用户的个人信息权益，申请人需要提交去世用户的身份证明文件。",
                 "若确需修改，请您按照本隐私政策第8条的联系方式与我们联系解决。",
                 "（5）我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化时；"):
        assert pairs(text) == set(), text


def test_a_wifi_ip_address_is_an_ip_address_not_a_postal_address():
    assert pairs("需要采集的信息包括WIFI mac地址、WiFi IP地址。") == {("device.id.mac", "collect"), ("network.ip", "collect")}


def test_wifi_passwords_are_network_settings_and_family_members_are_not_marital_status():
    assert pairs("我们需要获取您手机当前连接的Wi-Fi名称（SSID），并由您输入Wi-Fi密码。") == {("device.network", "collect")}
    assert pairs("您需要提供家庭成员的手机号码。") == {("contact.phone", "collect")}


def test_the_profile_a_user_fills_in_is_the_profile_not_all_personal_data():
    assert pairs("我们会收集您填写个人资料、您的浏览记录。") == {("account.profile", "collect"), ("usage.history", "collect")}
    assert pairs("我们会收集您的个人资料。") == {("personal_info", "collect")}


def test_an_sdk_record_that_collects_nothing_denies_collection():
    text = "3. 微信OpenSDK\n第三方主体：深圳市腾讯计算机系统有限公司\n使用目的：微信账号登录、微信支付\n收集个人信息类型：无\n"
    assert {(t[0], t[1], t[2]) for t in tuples(text)} == {(4, "personal_info", "not_collect")}


def test_a_party_described_by_a_relative_clause_after_yu_is_the_recipient():
    assert tuples("除非得到您的许可，否则我们不会将您的个人身份信息与提供广告、分析服务的合作伙伴共享。") == {
        (1, "identity", "not_share", "first_party")}
    assert tuples("向我们提供服务的合作伙伴会收集您的设备信息。") == {(1, "device", "collect", "third_party")}
    assert tuples("您的个人信息可能会与我们的关联公司共享。") == {(1, "personal_info", "share", "first_party")}


def test_the_affiliates_of_our_company_named_in_parentheses_are_the_recipient():
    # "我司（公司全名）的关联公司": the party after 的 past the parenthesised name of ours, not us (a collection)
    found = {(s.data_type, s.action, s.actor, s.recipient)
             for s in statements_of("您的个人信息可能会与我司（厦门鸿天创视科技有限公司）的关联公司进行共享。")}
    assert found == {("personal_info", "share", "first_party", "third_party")}


def test_media_and_other_files_are_items_of_a_permission_list():
    # the label's media are the files themselves (the storage permission "存储（相册、媒体和其他文件）")
    assert pairs("我们会读取您的相册、媒体和其他文件。") == {("media.photos", "collect"), ("storage.files", "collect")}
    assert pairs("我们会在社交媒体上发布活动信息。") == set()


def test_a_party_in_parentheses_of_a_modifier_is_not_the_subject():
    text = ("您还可能需要根据服务提供方（包括票务销售方、基础电信运营商等）的要求提供您的实名信息，"
            "包括您的姓名、电话号码。")
    found = tuples(text)
    assert {(1, "identity", "collect", "first_party"), (1, "identity.name", "collect", "first_party"),
            (1, "contact.phone", "collect", "first_party")} <= found


def test_a_bracketed_feature_label_is_a_title_when_the_item_names_its_data():
    text = "一、我们如何收集和使用您的个人信息\n· 【发布内容】你拍摄歌单封面时，需要开启摄像头权限。\n· 【位置信息】用于推荐附近的内容。\n"
    found = tuples(text)
    assert not [t for t in found if t[1] == "content"]
    assert (3, "location", "use", "first_party") in found  # the label is the only data named: it stays


def test_a_list_word_glued_to_a_term_is_part_of_it_not_a_list_item():
    # 地址 right after "WIFI网卡MAC" is the rest of the MAC address, not a postal address; "ROM/RAM/SD卡容量" is the
    # device's hardware (RAM, ROM) and its storage (the card's capacity; GUIDELINES)
    assert pairs("设备风险SDK收集WIFI网卡MAC地址、WIFI热点的MAC地址和ROM/RAM/SD卡容量。") == {
        ("device.id.mac", "collect"), ("device.network", "collect"), ("device.hardware", "collect"),
        ("storage", "collect")}
    assert pairs("我们会自动收集某些信息，将其存储在日志文件中。") == {("usage.logs", "store")}  # not storage.files
    # separated by 、 or 和, bare 电话 and 地址 are list items
    assert pairs("我们收集您的姓名、电话和地址。") == {
        ("identity.name", "collect"), ("contact.phone", "collect"), ("contact.address", "collect")}


def test_a_permission_tables_purpose_cell_names_data_it_acquires():
    text = ("<table><tr><th>权限</th><th>使用目的</th><th>是否必需</th></tr>"
            "<tr><td>相机</td><td>扫描身份证件或护照、录入家庭成员面部照片</td><td>否</td></tr>"
            "<tr><td>相册（存储）权限</td><td>上传评价图片、更换头像、用于人脸识别认证</td><td>是</td></tr>"
            "</table>")
    found = {(t[1], t[2], t[3]) for t in tuples(text, fmt="html")}
    assert {("media.camera", "collect", "first_party"), ("identity.id_number", "collect", "first_party"),
            ("biometric.face", "collect", "first_party"), ("account.profile", "collect", "first_party")} <= found
    # 人脸识别认证 is the feature the permission serves: no acquiring verb before it in its clause
    assert not [t for t in tuples(
        "<table><tr><th>权限</th><th>使用目的</th></tr><tr><td>相册</td><td>用于人脸识别认证</td></tr></table>",
        fmt="html") if t[1] == "biometric.face"]


def test_descriptions_of_browsing_match_the_term_patterns_in_simplified_and_traditional_text():
    assert pairs("当您使用搜索功能时，我们会自动收集以下信息：搜索的内容、剪切板。") >= {("usage.history", "collect")}
    assert ("usage.history", "collect") in pairs("我們會收集您瀏覽的網頁。")


def test_a_list_introduction_without_its_colon_still_introduces_the_list_zh():
    html = "<h2>概述</h2><p>我们会收集您的以下信息</p><ul><li>手机号码</li><li>设备型号</li></ul>"
    found = {(t[1], t[2]) for t in tuples(html, fmt="html", name="policy.html")}
    assert {("contact.phone", "collect"), ("device.hardware", "collect")} <= found


def test_a_later_clause_sharing_it_by_pronoun_names_no_data():
    """GUIDELINES: a personal pronoun (其) is read as a demonstrative and names no data for the share."""
    assert pairs("我们会收集您的手机号码，并将其共享给短信服务商。") == {("contact.phone", "collect")}
    assert pairs("我们会收集您的位置信息，并将其用于推荐附近商家。") == {("location", "collect")}


def test_a_supposed_practice_is_no_statement():
    assert pairs("如监护人发现我们在未获同意的情况下收集了儿童个人信息，可以联系我们删除。") == set()
    assert pairs("一旦发生个人信息泄露，我们将及时告知您。") == set()
    # a transfer in a merger is a (conditional) transfer, as annotators read it; the denial before it stays
    assert pairs("在涉及合并、收购或破产清算时，如涉及到个人信息转让，我们会要求新的持有您个人信息的公司继续受本政策的约束。") == {
        ("personal_info", "share")}
    assert pairs("我们不会将您的个人信息转让给任何公司，但在涉及合并时，如涉及到个人信息转让，我们会向您告知。") == {
        ("personal_info", "not_share"), ("personal_info", "share")}
    # an objection supposed, to the end of its clause; a later clause with a practice of its own stays
    assert pairs("如果您对第三方使用您的个人信息有异议，我们建议您终止相关操作。") == set()
    assert pairs("如您对于我们提供的产品服务有疑问时，可能需要您提供您的身份信息进行核验。") == {("identity", "collect")}


def test_data_after_dui_with_a_duty_or_right_is_no_list_item():
    # a list would continue the earlier clause's verb; "对 + data + 承担/采取/进行保密…" is a clause of its own
    assert pairs("云闪付APP小程序功能向第三方提供接入服务，该类第三方将在其平台内对您的个人信息承担管理职责。") == set()
    assert pairs("我们会将您的设备信息共享给第三方供应商，并要求供应商对您的信息采取保护措施。") == {("device", "share")}
    assert pairs("您对您的个人信息享有以下权利：") == set()
    # 对 + data + a practice noun after 进行 still states the practice of the earlier clause
    assert pairs("在为您提供收派服务的过程中，如涉及电话沟通，我们可能会对通话内容进行录音。") >= {("media.audio", "collect")}
    # a list continuing the earlier verb is unchanged
    assert pairs("我们会收集您的手机号码，设备型号、IMEI。") == {
        ("contact.phone", "collect"), ("device.hardware", "collect"), ("device.id.imei", "collect")}


def test_taiwan_wordings_of_search_strings_and_interaction_data():
    assert pairs("Firefox Lite 向我們傳送您與 Firefox Lite 互動的資料（瀏覽網頁數量與停留時間）。") >= {("usage", "collect")}
    assert pairs("Mozilla 不會接收您的搜尋字串。") == {("usage.history", "not_collect")}


def test_a_cards_password_is_payment_data_and_one_time_codes_are_no_credentials():
    assert pairs("在可能存在风险的情况下，我行可能会向您收集银行卡号（账号）密码、动态口令码。") == {("financial.payment", "collect")}
    assert pairs("我们会收集您的账号密码。") == {("account.credentials", "collect")}


def test_face_pictures_and_videos_are_face_data():
    assert pairs("您同意我们收集您的人脸照片、面部视频和人脸图片。") == {("biometric.face", "collect")}


def test_required_information_lists_are_collection():
    # "所需信息包括…" names what the service needs: collection, like 需要
    assert pairs("预订服务：所需信息包括您的姓名、电话号码、电子邮件地址。") == {
        ("identity.name", "collect"), ("contact.phone", "collect"), ("contact.email", "collect")}
    assert pairs("身份验证：所需信息如您的电话号码、身份证件号码。") == {
        ("contact.phone", "collect"), ("identity.id_number", "collect")}


def test_unique_identifiers_and_pages_viewed():
    assert pairs("我们会收集唯一识别符、崩溃数据。") >= {("device.id", "collect")}
    assert pairs("我们会收集您在使用本应用之前或之后查看或操作过的页面。") == {("usage.history", "collect")}


def test_identifiable_is_no_verb_and_encrypted_storage_is_a_safeguard():
    # 可识别的 (identifiable) describes the data; "进行加密传输和存储" is a safeguard, not retention
    assert pairs("我们会对可识别的个人身份信息和个人敏感信息进行加密传输和存储，以确保数据的保密性。") == set()
    assert pairs("我们会识别您的设备信息。") == {("device", "collect")}


def test_examples_after_a_purpose_continue_the_object_before_it():
    assert pairs("您需要向我们提供您本人的身份信息用于身份核验，包括真实的姓名、身份证号。") == {
        ("identity", "collect"), ("identity.name", "collect"), ("identity.id_number", "collect")}
    # without examples, what follows a purpose is still the purpose
    assert pairs("（5）用于第三方授权服务，包括第三方帐号登陆；") == set()


def test_transfer_abroad_is_sharing():
    assert pairs("您的信息不会被我们主动传输到境外。") == {("personal_info", "not_share")}
    # GUIDELINES: a transfer abroad that names no recipient, only countries or regions, is processing (`use`)
    assert pairs("我们会将从您处收集的个人信息传输到新加坡和香港特区。") == {("personal_info", "use")}


def test_letting_another_party_access_data_is_sharing():
    assert pairs("您授权该共同房东访问和更新您的信息，包括但不限于您的姓名、电话号码。") == {
        ("personal_info", "share"), ("identity.name", "share"), ("contact.phone", "share")}
    assert pairs("您授权第三方应用读取您的通讯录。") == {("social.contacts", "share")}
    # our own access after the user's authorisation is collection
    assert pairs("在您授权后，我们会获取您的位置信息。") == {("location", "collect")}


def test_booking_records_are_transactions():
    assert pairs("预订服务：所需信息包括您的姓名、预订以及入住/退房信息。") >= {("financial.transactions", "collect")}


def test_spending_orders_and_withdrawals_are_transactions():
    # 消费情况 (what the person spent), 订购信息 (what they ordered), 提现记录 (their withdrawals) are transaction records
    assert pairs("我们会使用您的消费情况和设备信息形成用户画像。") == {("financial.transactions", "use"), ("device", "use")}
    assert pairs("我们可以将您的相关订购信息共享给该第三方。") == {("financial.transactions", "share")}
    assert ("financial.transactions", "collect") in pairs("我们需要收集您的提现记录信息以完成提现工作。")


def test_wallet_numbers_are_payment_data():
    assert pairs("我们会记录您的APP账号关联的数字钱包编号。") >= {("financial.payment", "collect")}


def test_data_shown_to_other_people_is_shared():
    assert pairs("您的昵称和头像将向其他用户展示。") == {("account.profile", "share")}
    assert pairs("其他爱彼迎用户可能能够看到您与他们拥有的共同好友。") == {("social", "share")}
    assert pairs("您在本平台上的活动可能会向您的好友显示。") == {("usage", "share")}
    # shown to the user, or seen by the user: no sharing
    assert pairs("我们会向您展示您的订单信息。") == {("financial.transactions", "use")}
    assert pairs("您可以看到您的订单信息。") == set()


def test_a_viewer_other_than_us_or_the_user_is_shown_the_data():
    # the subject of 看到 / 查看, named or not, in its clause or (a clause opening with its modal) the clause before
    assert tuples("当您打赏作品后，作者可以在作家后台看到您的昵称及打赏金额。") == {
        (1, "account.profile", "share", "first_party"), (1, "financial.transactions", "share", "first_party")}
    assert pairs("您可以选择分享的对象，他们将看到您的昵称。") == {("account.profile", "share")}
    assert pairs("被邀请的家庭成员接受邀请后，可以查看摄像机画面。") == {("media.camera", "share")}
    assert pairs("被您加入黑名单的用户仅不能和您互动，但仍可以查看您的头像。") == {("account.profile", "share")}
    # the user, us, our staff: no sharing
    assert pairs("用户可以查看自己的订单信息。") == set()
    assert tuples("我们的客服人员将看到您的订单信息。") == {(1, "financial.transactions", "use", "first_party")}


def test_a_need_after_the_data_is_the_modal_of_the_verb_after_it():
    assert pairs("如对方接受了您的面试邀请，您的手机号码需要向对方进行展示。") == {("contact.phone", "share")}
    assert pairs("您的手机号码需要向对方展示。") == {("contact.phone", "share")}
    assert pairs("注册时，您的手机号码需要提供给我们。") == {("contact.phone", "collect")}


def test_a_page_other_people_visit_and_the_persons_consent_to_our_display():
    # jieba splits 账号主页面 (主 / 页面): the page is found in the clause text; the consent verb gives way to our act
    assert pairs("您理解并同意我们在您的账号主页面展示您的头像。") == {("account.profile", "share")}
    assert pairs("您同意我们按本政策所述目的和方式来处理您的个人敏感信息。") == {("personal_info", "use")}
    assert pairs("我们将汇总您的关注记录并在「我的」主页中向您展示。") == {("social", "use")}


def test_a_used_for_label_introduces_data_not_purposes():
    assert pairs("用于个性化体验的信息：您的搜索和预订记录、设备信息。") == {
        ("usage.history", "use"), ("financial.transactions", "use"), ("device", "use")}
    # a permission's purposes are no data: "存储权限：用于查看订单信息"
    assert ("financial.transactions", "use") not in pairs("存储权限：用于查看订单信息、在线客服。")


def test_duties_on_data_after_dui_and_supposed_new_uses_state_no_practice():
    assert pairs("针对以上情形，我们会确保依据本政策对您的个人信息提供足够的保护。") == set()
    assert pairs("在超出存储期限后，我们会对您的个人信息进行删除或匿名化处理。") == set()
    assert pairs("若我们将您的个人信息用于本政策未载明的其他用途，或者超出与收集时所声称的目的相关的范围，我们将再次征得您的同意。") == set()
    # a practice on data after 对 still counts
    assert pairs("我们会对您的手机号进行收集和存储。") == {("contact.phone", "collect"), ("contact.phone", "store")}


def test_cessations_and_pointers_to_other_documents_state_no_practice():
    assert pairs("如我们停止运营本款产品或服务，我们会通知您，同时立即停止收集您的个人信息。") == set()
    assert pairs("关闭上述系统权限，即代表您撤回这些授权，我们将不再继续收集和使用您的这些个人信息。") == set()
    assert pairs("关于本平台如何收集、处理、认证主播的个人信息，具体可见《主播认证协议》。") == set()
    # a pointer at the end of an SDK's entry leaves the entry's practice alone
    assert pairs("作业帮APP集成百度地图SDK，收集您的位置信息，具体请见《百度地图隐私政策》；") == {("location", "collect")}


def test_a_can_verb_clause_describing_the_data_is_no_practice():
    # the 可 clause takes no verb of its own; what it names, identifying the person, is identity (GUIDELINES)
    assert pairs("我们不会将可以联系或识别您身份的个人信息与授权合作伙伴共享。") == {("personal_info", "not_share"),
                                                                                  ("identity", "not_share")}
    assert pairs("我们可以识别您的设备信息。") == {("device", "collect")}  # 您的: the object's owner


def test_what_withdrawing_consent_does_not_affect_is_no_denial():
    assert pairs("但您撤回同意的决定，不会影响此前基于您的授权而开展的个人信息处理。") == set()
    assert pairs("我们不会收集您的通讯录。") == {("social.contacts", "not_collect")}


def test_jin_xing_shi_yong_is_a_practice_not_a_right():
    # 进行使用 contains 行使 (exercise a right) across its two words: it is use all the same
    assert pairs("我们会对您的个人信息进行使用。") == {("personal_info", "use")}
    assert pairs("您可以对您的个人信息行使以下权利。") == set()


def test_your_reviews_and_operation_data():
    assert pairs("我们会收集您的评价、评分。") == {("content", "collect")}
    assert pairs("我们会收集您的操作使用信息。") == {("usage", "collect")}
    assert pairs("我们会对服务质量进行评价。") == set()  # 评价 as a verb names no data


def test_the_users_own_access_after_zixing_is_no_practice():
    assert pairs("依照本法规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；") == set()
    assert pairs("您可以自主填写您的昵称。") == {("account.profile", "collect")}  # 自主 + 填写: the user still provides it


def test_data_describing_a_later_noun_is_no_practice():
    # "V + data + 的 + noun": the clause describes the staff, conduct or period (cue `described_nouns`)
    assert pairs("我们要求可能接触到您个人信息的工作人员履行保密义务。") == set()
    assert pairs("如果我们处理个人信息的行为严重违反了与您的约定；") == set()
    assert pairs("或者您个人信息的保存期限已届满；") == set()
    assert pairs("处理您个人信息的目的已实现、无法实现或者为实现处理目的不再必要；") == set()
    # a purpose that is not itself the topic leaves the practice before it
    assert pairs("我们收集您的位置信息的目的是为了向您推荐附近的商家。") == {("location", "collect")}
    assert pairs("我们会存储您的个人信息的副本。") == {("personal_info", "store")}
    assert pairs("对接受我们委托处理您个人信息的公司、组织和个人，我们会与其签署严格的保密协定。") == set()
    assert pairs("您可以通过以下方式改变或者撤回您授权我们收集和处理您的个人信息的范围：") == set()
    # where data is stored is a storage statement
    assert pairs("存储您个人信息的服务器位于中国境内。") == {("personal_info", "store")}


def test_a_subsection_title_numbers_the_items_of_the_unnumbered_introduction_after_it():
    text = ("2.4. 征得授权同意的例外\n"
            "您充分知晓，根据相关法律法规之规定，以下情形中，我们收集、使用您的个人信息无须征得您的授权同意:\n"
            "2.4.1. 与国家安全、国防安全有关的;\n"
            "2.4.6. 从合法公开披露的信息中收集个人信息的，如合法的新闻报道、政府信息公开等渠道;\n"
            "2.5. 我们会收集您的手机号码。\n")
    assert pairs(text) == {("contact.phone", "collect")}
    # a single number before the introduction is the previous list item, not a title: items "7." "8." are not its own
    text = ("6.邀请您参与有关我们产品和服务的调查\n"
            "以下情形中，我们会收集您的以下信息：\n"
            "7.手机号码\n")
    assert pairs(text) == {("contact.phone", "collect")}


def test_cases_in_which_the_person_may_demand_deletion_are_no_practice():
    text = ("在以下情形中，您可向我们提出删除个人信息的请求:\n"
            "1) 我们处理个人信息的行为违反法律法规;\n"
            "2) 我们收集、使用您的个人信息，却未征得您的明确同意;\n")
    assert pairs(text) == set()
    assert pairs("当您发现我们处理的关于您的个人信息有错误时，您有权要求我们做出更正。") == set()


def test_a_topic_pointing_to_another_document_and_a_question_are_no_practice():
    assert pairs("关于我们的合作方（委托处理）收集个人信息类型及收集目的，详情请参阅《与第三方共享个人信息清单》。") == set()
    assert pairs("当您对您所监护的未成年人是否向我们提供信息有任何疑问时，请您及时与我们联系。") == set()
    # a practice stated before the pointer stays
    assert pairs("我们会收集您的设备信息，详见《第三方SDK清单》。") == {("device", "collect")}


def test_access_restrictions_and_safeguards_after_collection_are_no_practice():
    assert pairs("我们仅允许有必要知晓这些信息的员工、合作伙伴访问个人信息，并为此设置了严格的访问权限控制。") == set()
    assert pairs("在收集您的个人信息后，我们将通过技术手段对数据进行去标识化处理。") == set()
    # letting another party read data is still sharing; a condition without data keeps the practice after it
    assert pairs("您可以授权第三方应用读取您的通讯录。") == {("social.contacts", "share")}
    assert pairs("在取得您的同意后，我们会收集您的位置信息。") == {("location", "collect")}


def test_our_access_to_device_data_is_collection_and_the_persons_access_is_their_right():
    assert pairs("我们会访问您的相册。") == {("media.photos", "collect")}
    assert pairs("在取得您的同意后，我们会访问您的设备的相机、麦克风。") == {("media.camera", "collect"),
                                                                  ("media.audio", "collect")}
    assert pairs("您可以访问您的个人信息。") == set()
    assert pairs("（一）访问您的个人信息") == set()


def test_unnumbered_cases_of_a_legal_exemption_stay_in_it():
    text = ("另外，根据相关法律法规及国家标准，以下情形中，我们可能会收集、使用您的相关个人信息无需征求您的授权同意：\n"
            "与国家安全、国防安全等国家利益直接相关的；\n"
            "所收集的个人信息是您自行向社会公众公开的；\n"
            "从合法公开披露的信息中收集个人信息的，如合法的新闻报道、政府信息公开等渠道；\n"
            "我们会收集您的手机号码，用于注册账号。\n")
    assert pairs(text) == {("contact.phone", "collect")}


def test_the_persons_access_in_a_rights_section_is_no_collection():
    text = ("6. 您的权利\n"
            "6.1 访问个人信息\n"
            "访问微信号、QQ号、头像、昵称等基本信息：\n"
            "1) 进入腾讯视频后，点击“个人中心”；\n"
            "2) 点击头像栏；\n"
            "6.4 撤回同意\n"
            "撤回电话信息、位置信息、相机、麦克风授权同意：\n"
            "1) 进入腾讯视频后，点击“个人中心”；\n")
    assert pairs(text) == set()
    # outside a rights section, or with our side as the subject, 访问 is collection
    assert pairs("我们会访问您的相册。") == {("media.photos", "collect")}
    assert pairs("6. 您的权利\n为核实您的身份，我们会获取您的订单信息。\n") == {("financial.transactions", "collect")}
    assert pairs("请您理解，每个业务功能需要一些基本的个人信息才能得以完成。") == set()


def test_share_codes_in_the_clipboard_and_password_advice_are_no_credentials():
    assert pairs("我们需要访问您的剪切板，读取其中包含的口令、分享码、链接，以实现跳转。") == {("clipboard", "collect")}
    assert pairs("请使用复杂密码，协助我们保证您的账号安全。") == set()
    assert ("account.credentials", "collect") in pairs("注册时您需要提供手机号码和登录密码。")


def test_the_security_of_data_and_the_rights_over_it_are_no_data_mention():
    assert pairs("3.2 建立数据安全专项部门，负责安全应急响应组织，来推进和保障个人信息安全；") == set()
    assert pairs("适用的数据保护法律明确要求采取的其他个人信息保护措施。") == set()
    assert pairs("我们会尽全力保障您对于个人信息的访问、更正、删除以及其他法定权利。") == set()
    assert pairs("我们会收集您的个人信息，用于保障您的账号安全。") == {("personal_info", "collect")}


def test_warnings_about_other_peoples_data_and_stopping_operations_are_no_practice():
    # (what the person's shares may contain is collected: test_what_posts_may_contain_is_collected)
    assert pairs("若您提供的信息中含有其他用户的个人信息，在向我们提供这些个人信息之前，您需确保您已经取得合法的授权。") == set()
    assert pairs("当我们的产品或服务发生停止运营的情形时，我们将以推送通知、公告等形式通知您，并删除或匿名化处理您的个人信息。") == set()
    assert pairs("我们会收集您发布的图片。") == {("media.photos", "collect")}


def test_a_classification_as_sensitive_information_is_no_practice():
    assert pairs("请注意，您的手机号码、身份证号码、真实姓名、面部特征识别信息等属于个人敏感信息。") == set()
    assert pairs("我们会收集您的身份证号码（属于敏感个人信息），用于实名认证。") == {("identity.id_number", "collect")}
    assert pairs("我们会收集您的位置信息，位置信息属于敏感个人信息。") == {("location", "collect")}


def test_a_cessation_with_words_between_and_a_rights_heading_with_commas_are_no_practice():
    text = "请您注意，您开启任一权限即代表您授权我们可以收集和使用相关个人信息来为您提供对应服务，您一旦关闭任一权限即代表您取消了授权，我们将不再基于对应权限继续收集和使用相关个人信息。"
    assert pairs(text) == {("personal_info", "collect"), ("personal_info", "use")}
    assert pairs("三、我们如何委托处理、共享、转让，或公开披露您的个人信息") == set()
    assert pairs("6. 您的权利\n(一)查阅、更正和补充您的个人信息\n") == set()


def test_product_images_and_promotional_texts_sent_to_the_person_are_not_their_data():
    assert pairs("如您不感兴趣，可以通过长按被推荐的商品或服务图片，选择减少推荐。") == set()
    assert pairs("如您不想接收商业性短信，可以根据短信内容提示，来取消我们给您发送的手机促销短信。") == set()
    assert ("media.photos", "collect") in pairs("我们会收集您上传的图片。")


def test_the_persons_use_of_the_service_is_usage_data():
    assert pairs("我们会收集您的使用信息。") == {("usage", "collect")}
    assert pairs("我们会根据您使用本产品的频率和情况分析我们产品的运行情况。") == {("usage", "use")}
    # a 使用信息 label keeps its verb-free reading
    assert pairs("使用信息：我们会收集您的设备型号。") == {("device.hardware", "collect")}


def test_the_services_own_audio_and_video_are_not_the_persons_media():
    assert pairs("当您使用我们音视频、电子读物等服务内容的浏览、播放功能时，我们会收集您的播放记录。") == {("usage.history", "collect")}
    assert ("media", "collect") in pairs("我们会收集您上传的音视频。")


def test_more_suppositions_and_descriptions_state_no_practice():
    assert pairs("如果我们发现自己在未事先获得可证实的父母同意的情况下收集了未成年人的个人信息，则会设法尽快删除相关数据。") == set()
    assert pairs("3、终止运营：如果发生终止运营等情形，我们将会至少提前30天通知您，并在终止运营后删除您的个人信息。") == set()
    assert pairs("请注意，您上传、发布或共享的信息可能导致您或他人的个人信息甚至敏感个人信息被公开。") == set()
    assert pairs("对于经父母或监护人同意而收集未成年人个人信息的情况，我们只会在法律法规允许时使用。") == set()
    assert pairs("我们还会制定儿童个人信息保护的内部专门制度。") == set()


def test_a_sensitivity_label_in_parentheses_names_no_data():
    assert pairs("我们会收集麦克风收集的语音信息（个人敏感信息）。", "zh") == {("media.audio", "collect")}
    assert pairs("我们将存储您的姓名(敏感个人信息)。", "zh") == {("identity.name", "store")}


def test_the_scope_list_of_information_the_policy_involves_is_no_practice():
    assert pairs("本隐私政策中涉及的个人敏感信息包括：个人生物识别信息（包括面部特征）、身份证件号码。", "zh") == set()


def test_cross_border_transfer_verbs_and_the_disposal_marker():
    assert pairs("目前我们不会跨境传输或存储您的个人信息。", "zh") == {("personal_info", "not_share")}
    assert pairs("我们不会未经您的明确同意将您的个人信息进行转让。", "zh") == {("personal_info", "not_share")}
    assert pairs("您同意我们将您的位置信息提供给第三方。", "zh") == {("location", "share")}
    assert pairs("我们强烈建议您采取积极措施保护个人信息的安全，包括但不限于使用复杂密码、定期修改密码、不将自己的帐号密码"
                 "透露给他人等。", "zh") == set()


def test_transferring_data_is_sharing_it():
    assert pairs("未经您的同意，我们不会将您的个人信息转移至第三方公司、组织或个人。", "zh") == {
        ("personal_info", "not_share")}


def test_data_in_an_exception_ending_de_chuwai_is_excluded():
    # the exception is no denial; being the merger clause, it states the transfer (GUIDELINES: not_share and share)
    assert pairs("本行不会将您的个人信息转让给任何公司、组织和个人，但因本行合并、分立等原因需要转移个人信息的除外。", "zh") == {
        ("personal_info", "not_share"), ("personal_info", "share")}


def test_storage_in_a_slash_list_of_permissions_is_the_permission():
    assert pairs("我们会请求您授权相机/存储读写/麦克风权限。", "zh") == {("media.camera", "collect"), ("media.audio", "collect")}


def test_what_a_person_can_do_with_keke_yi_is_a_predicate_not_an_adjective():
    assert pairs("您还可以完善相关的网络身份识别信息（头像、昵称）。", "zh") == {
        ("account", "collect"), ("account.profile", "collect")}
    assert pairs("我们会收集可识别的个人身份信息。", "zh") == {("identity", "collect")}


def test_verbs_jieba_joins_with_zidong_are_still_verbs():
    assert pairs("我们会自动记录您的搜索关键词信息。", "zh") == {("usage.history", "collect")}


def test_a_clause_opening_with_a_modal_keeps_the_persons_subject():
    assert pairs("您可以通过点击右上角的“我的”进入个人信息界面，可以查看个人头像、注册时间。", "zh") == set()


def test_a_verb_that_is_part_of_a_noun_is_no_predicate():
    assert pairs("您需要向我们提供兑换申请码以及收货人姓名、收货地址。", "zh") == {
        ("identity.name", "collect"), ("contact.address", "collect")}


def test_entrusting_a_party_with_processing_is_sharing_with_it():
    assert pairs("我们可能会委托第三方代表我们处理您的个人信息。", "zh") == {("personal_info", "share")}


def test_place_of_residence_is_coarse_location():
    assert pairs("如果您选择填写性别、居住地，我们可以为您提供会员服务。", "zh") >= {("location.coarse", "collect")}


def test_records_of_calls_with_us_are_correspondence_not_the_call_log():
    assert pairs("我们可能会保存您与我们的沟通、通信/通话记录及相关内容。", "zh") == {("communication.messages", "store")}
    assert pairs("我们的系统可能会记录您与客服之间的通讯记录。", "zh") == {("communication.messages", "collect")}
    assert pairs("我们会申请通话记录权限，以读取您的通话记录。", "zh") >= {("communication.call_log", "collect")}


def test_friend_and_group_lists_are_the_social_graph():
    assert pairs("我们会保存您的好友列表和群组列表。", "zh") == {("social", "store")}
    assert pairs("我们会申请通讯录权限。", "zh") == {("social.contacts", "collect")}


def test_cookie_identifiers_and_the_information_from_the_time_of_use():
    # GUIDELINES: "您在使用某项服务时的信息" (information from the time of use) is personal_info, "您使用某项服务的信息" usage
    found = pairs("我们可能会向您的设备发送一个或多个Cookie或匿名标识符，以收集、标识和存储您访问、使用本产品时的信息。", "zh")
    assert ("personal_info", "store") in found
    assert not any(data_type == "usage" for data_type, _ in found)
    assert pairs("我们会收集您在使用我们服务时的信息。", "zh") == {("personal_info", "collect")}
    assert pairs("我们会收集您使用我们服务的信息。", "zh") == {("usage", "collect")}
    assert not any(data_type.startswith("device.id") for data_type, _ in found)
    assert pairs("使用此类技术可以帮助您省去重复您填写个人信息的步骤和流程。", "zh") == set()


def test_a_retention_period_phrased_as_deletion_is_storage_and_anonymising_is_no_use():
    assert pairs("当您注销后，相关账号信息将在15个工作日内被删除或匿名化处理。", "zh") == {("account", "store")}
    assert pairs("我们会在收到您的删除请求后15个工作日内删除您的个人信息。", "zh") == set()
    assert pairs("我们会删除或者匿名化处理您的个人信息。", "zh") == set()
    assert pairs("我们会处理您的个人信息。", "zh") == {("personal_info", "use")}


def test_what_is_not_personal_information_and_the_parties_data_is_shared_with():
    assert pairs("个人信息经匿名化处理后所得的信息不属于个人信息。", "zh") == set()
    assert pairs("我们与之共享个人信息的其他公司、组织和个人，我们会与其签署严格的保密协议。", "zh") == set()


def test_a_share_code_is_no_password():
    assert pairs("我们将检测您的剪切板，如发现您复制了链接或口令，我们将自动打开对应的链接。", "zh") <= {("clipboard", "collect"),
                                                                                        ("clipboard", "use")}
    assert pairs("我们会收集您的用户名和登录口令。", "zh") >= {("account.credentials", "collect")}


def test_a_cv_is_occupation_data():
    assert pairs("当您投递职位时，我们会收集您的简历。", "zh") == {("identity.occupation", "collect"), ("identity.education", "collect")}


def test_information_shared_with_the_person_is_no_content_of_theirs():
    path = ROOT / "corpora" / "eval" / "zh" / "zh-r4-netease-music.txt"
    found = statements_of(path.read_text(encoding="utf-8"), name=path.name)
    # "在您分享或接收被分享的信息…情形下，我们需要访问您的剪切板": the clipboard is read, nothing the person posted
    assert not any(s.line == 42 and s.data_type == "content" for s in found)
    assert any(s.line == 42 and s.data_type == "clipboard" for s in found)


def test_the_device_state_a_sensor_judges_is_sensor_data():
    assert pairs("我们会调用您的陀螺仪、加速度传感器，以判断您的设备状态。", "zh") == {("device.sensors", "collect")}


def test_language_and_time_zone_settings_are_no_device_data():
    assert pairs("我们会收集您的系统语言和时区。") == set()
    assert pairs("我们会收集您的系统语言、设备型号和时区。") == {("device.hardware", "collect")}


def test_an_ignored_phrase_is_one_token_so_its_words_are_no_verbs():
    # "使用的语言" must not leave a verb 使用 whose subject is the carrier (运营商) named just before it
    found = statements_of("日志信息：我们会自动收集下列信息，包括您的搜索和浏览记录、播放时长、IP地址、WLAN网络、"
                          "电信运营商网络、使用的语言、访问日期和时间。")
    assert ("usage.logs", "collect", "first_party") in {(s.data_type, s.action, s.actor) for s in found}
    assert not any(s.action == "use" for s in found)


def test_a_carrier_named_as_a_party_is_not_network_data():
    # the carrier that sends the phone number is a party; as an item of a data list, or "运营商信息", it is the network
    assert pairs("基于我们与通信运营商的合作，当您使用一键登录功能时，经过您的同意，运营商会将您的手机号码发送给我们。") == {
        ("contact.phone", "collect")}
    assert pairs("我们会收集您的IP地址、操作系统的版本、访问的日期和时间、电信运营商、网络请求等。") == {
        ("network.ip", "collect"), ("device.hardware", "collect"), ("usage.logs", "collect"),
        ("device.network", "collect")}
    assert pairs("我们会收集您的手机号码和网络运营商信息。") == {("contact.phone", "collect"), ("device.network", "collect")}


def test_a_third_party_account_used_to_log_in_is_not_a_credential():
    # "第三方账号" names the login route; the data is what is read from it (a named account such as 微信账号 still is)
    assert pairs("当您使用第三方账号登录时，经过您的明示同意，我们会收集第三方账号的昵称、头像、地区、性别。") == {
        ("account.profile", "collect"), ("identity.gender", "collect"), ("location.coarse", "collect")}
    assert pairs("您也可以使用第三方账号（如微信、微博、QQ）登录，我们会获取您的微信账号。") == {
        ("account.credentials", "collect")}


def test_the_kinds_of_data_said_to_vary_by_feature_are_no_practice():
    assert pairs("因不同用户选择使用的具体产品范围存在差异，故基本/附加功能及对应收集使用的个人信息类型、范围会有所区别，"
                 "请以具体的产品功能为准。") == set()
    assert pairs("因此收集的您的个人信息类型也会因产品与/或服务的内容不同而有所区别。") == set()
    assert pairs("我们会收集您的个人信息类型和设备信息。") == {("personal_info", "collect"), ("device", "collect")}


def test_data_identifying_no_one_counted_as_personal_information_is_no_practice():
    assert pairs("请注意，单独的设备信息、服务日志信息是无法识别特定自然人身份的信息。如果我们将这类非个人信息与其他信息结合用于"
                 "识别特定自然人身份，或者将其与个人信息结合使用，则在结合使用期间，这类非个人信息将被视为个人信息。") == set()
    assert pairs("当您的信息可以单独或结合其他信息识别到您时，或我们把没有与任何特定个人建立联系的数据与您的个人信息结合使用时，"
                 "我们会将其作为您的个人信息，按照本隐私政策进行处理与保护。") == set()
    assert pairs("这些信息在结合使用期间，将作为您的个人信息按照本政策处理与保护。") == set()


def test_duties_laid_on_partners_and_processors_are_no_practice():
    assert pairs("我们会对授权合作伙伴获取有关信息的软件工具开发包（SDK）进行严格的安全检测，并与授权合作伙伴约定严格的数据保护"
                 "措施，令其按照本政策以及其他任何相关的保密和安全措施来处理个人信息。") == set()
    assert pairs("对于委托处理个人信息的场景，我们会与受托合作方根据法律规定签署相关处理协议，并对其个人信息使用活动进行监督。") == set()
    assert pairs("我们会将您的手机号码共享给配送合作方，令其按照本政策处理。") == {("contact.phone", "share")}


def test_what_a_system_prompt_may_report_is_no_practice():
    assert pairs("有些手机设备的系统会提示应用正在读取剪切板或相册，但该系统提示无法区分是本地处理还是回传服务器，"
                 "且由于统计方式的差异，不排除误报的可能。") == set()
    assert pairs("部分手机设备可能会提示应用正在读取您的剪切板，但该系统提示是不区分是本地处理还是上传。") == set()


def test_a_call_recording_is_audio_and_a_message():
    assert pairs("我们可能将您的通话录音存储在第三方客服系统中。") == {
        ("communication.messages", "store"), ("media.audio", "store")}
    assert pairs("当您与商家、骑手间出现服务纠纷时，平台可调取并使用录音信息作为解决纠纷的参考依据。") == {
        ("communication.messages", "use"), ("media.audio", "use")}
    assert pairs("我们需要您授权我们访问您的麦克风权限/录音权限。") == {("media.audio", "collect")}


def test_a_list_announced_by_an_earlier_verb_takes_that_verb():
    # "提供以下额外信息…：例如昵称": the items are what the user provides, not the service provided to the user
    assert pairs("在注册过程中，如果您提供以下额外信息，将有助于我们给您提供个性化的推荐：例如您的昵称、性别、生日。") == {
        ("account.profile", "collect"), ("identity.gender", "collect"), ("identity.birthdate", "collect")}
    assert pairs("如果您愿意额外补充如下个人信息，将有助于我们向您提供更为个性化的服务：包括您的性别、生日。") == {
        ("personal_info", "collect"), ("identity.gender", "collect"), ("identity.birthdate", "collect")}


def test_a_platform_id_is_a_credential():
    assert pairs("你可以自主修改或填写头像、昵称、剪映号、性别、个人简介来完善你的信息。") == {
        ("account.profile", "collect"), ("account.credentials", "collect"), ("identity.gender", "collect")}
    assert pairs("如您使用苹果手机，则我们将收集您的AppleID。") == {("account.credentials", "collect")}
    assert pairs("我们需要收集您的姓名、邮箱、扫描全能王注册账户ID（选填）。") == {
        ("identity.name", "collect"), ("contact.email", "collect"), ("account.credentials", "collect")}


def test_typed_text_and_uploaded_documents_are_user_content():
    assert pairs("在“文本朗读”功能中，我们会收集你主动输入的文字信息进行内部数据分析。") == {("content", "collect")}
    assert pairs("当您使用传真服务时，我们需要收集您上传的文档、您发送对象的传真号码。") == {("content", "collect"),
                                                                       ("contact", "collect")}
    assert pairs("我们会通过技术方式自动识别您输入的内容并向您推荐相关标签。") == {("content", "collect")}


def test_face_photos_and_scans_for_verification_are_face_data():
    assert pairs("在办理需要面签的业务时，我们将采集您的实人头像照片，连同个人姓名、身份证明号码等信息。") == {
        ("biometric.face", "collect"), ("identity.name", "collect"), ("identity.id_number", "collect")}
    assert pairs("我们会通过人脸扫描验证您的身份。") == {("biometric.face", "use")}
    # 校验 is such a check too: the identity it is done by is used, the data it checks collected
    assert pairs("我们会通过实名身份信息校验判断相关账号的实名信息是否为未成年人。") == {("identity", "use")}
    assert pairs("您需要按照页面提示校验您此前已提供的昵称、性别。") == {
        ("account.profile", "collect"), ("identity.gender", "collect")}
    assert pairs("姓名、身份证号码、个人面部生物识别信息用于核实您的身份；") == {
        ("identity.name", "use"), ("identity.id_number", "use"), ("biometric.face", "use")}


def test_a_request_to_provide_data_after_a_withdrawal_in_its_clause_is_a_collection():
    # the withdrawal of consent is one of the requests the check is needed for, not a refusal whose consequence follows
    assert pairs("更正、删除个人信息、撤回个人信息授权、注销账号可能需要您提供实名身份信息进行身份核验。") == {
        ("identity", "collect")}
    assert pairs("如您撤回授权，我们将无法继续收集您的位置信息。") == set()


def test_questions_put_to_customer_service_and_chat_data_are_messages():
    assert pairs("当您通过在线客服咨询问题时，我们会收集您的咨询内容。") == {("communication.messages", "collect")}
    assert pairs("我们会委托第三方客服服务商处理您的客服咨询记录。") == {("communication.messages", "share")}
    assert pairs("我们会保存您与其他用户之间的聊天数据。") == {("communication.messages", "store")}


def test_a_personal_profile_shown_on_the_service_is_the_profile():
    assert pairs("我们可能会通过淘宝平台账户集中展示您的个人资料、交易订单。") == {
        ("account.profile", "use"), ("financial.transactions", "use")}
    assert pairs("我们会收集您的个人资料。") == {("personal_info", "collect")}


def test_the_actions_a_user_performs_on_the_service_are_usage():
    assert pairs("我们可能会在平台服务中显示您在淘宝平台上或与淘宝平台账户相关联的产品和服务中执行的操作。") == {("usage", "use")}


def test_shopping_cart_and_after_sales_items_continue_an_activity_run():
    # 添加购物车 / 售后 no longer break the run, and 关注分享信息 is an item, not the verb 分享
    assert pairs("我们会收集您的浏览、搜索、点击、收藏、添加购物车、交易、售后、关注、分享、发布等信息。") == {
        ("usage.history", "collect"), ("usage", "collect"), ("financial.transactions", "collect"), ("social", "collect"),
        ("content", "collect")}
    # (under an introduction that collects: the label's list has no verb of its own, 点击查看记录 being a noun)
    assert pairs("我们会收集以下信息：\n服务日志信息：包括浏览记录、点击查看记录、搜索查询记录、收藏、交易、售后、关注分享信息、发布信息，"
                 "以及IP地址。\n") == {
        ("usage.history", "collect"), ("financial.transactions", "collect"), ("social", "collect"),
        ("content", "collect"), ("network.ip", "collect")}


def test_reading_progress_and_browsing_use_are_history():
    # the chapters read are history; the time spent reading and the place reached, usage (GUIDELINES: 阅读进度 -> usage)
    assert pairs("我们会记录您的阅读时长、阅读章节，并将阅读进度同步保存至我们的服务器。") == {
        ("usage.history", "collect"), ("usage", "collect"), ("usage", "store")}
    assert pairs("我们会根据您的设备信息和您使用拼多多平台时的浏览使用信息，提取您的偏好特征。") == {
        ("device", "use"), ("usage.history", "use")}


def test_browsing_records_with_their_times_are_history_and_timestamps():
    assert pairs("当您使用搜索功能时，我们会收集您搜索的字词、浏览记录和时间。") == {
        ("usage.history", "collect"), ("usage.logs", "collect")}


def test_a_retention_period_named_as_a_noun_is_no_storage():
    # "保留期限" names a period stated nowhere on the line; the deletion after it is a bare deletion promise
    assert pairs("在您的个人信息超出保留期限后，我们会根据适用法律的要求删除或者匿名化处理您的个人信息。") == set()
    # GUIDELINES: a deletion once the necessary period is over states the retention until then
    assert pairs("在您主动删除个人信息、注销账号或超出必要的存储期限后，我们会对您的个人信息进行删除或匿名化处理。") == {
        ("personal_info", "store")}
    # a period whose length is stated is a retention statement
    assert pairs("日志信息存储期限不少于6个月。") == {("usage.logs", "store")}


def test_a_restriction_of_the_practices_to_cases_the_line_names_states_them():
    # GUIDELINES: the practices restricted to the cases the line names (the law allowing it, the guardian's consent) are
    # stated on the data they name; over a demonstrative they give none
    assert pairs("我们根据国家相关法律法规的规定保护未成年人的个人信息，只会在法律允许、父母或其他监护人明确同意或保护未成年人所必要的情况下"
                 "收集、使用、共享或披露未成年人的个人信息。") >= {
        ("personal_info", "collect"), ("personal_info", "use"), ("personal_info", "share")}
    assert pairs("我们只会在法律允许或监护人同意的情况下储存儿童的个人信息。") == {("personal_info", "store")}
    assert pairs("我们只会在法律允许或监护人明确同意的情况下使用或披露此信息。") == set()
    # a retention within what the law requires is still storage
    assert pairs("当您成功申请注销账户后，我们仅在法律规定范围内最短期限保存您的个人信息。") == {("personal_info", "store")}


def test_what_a_technology_saves_the_person_from_doing_states_no_practice():
    # (the example of what is recorded, "（示例：记录搜索）", is history collected: see the last tests)
    assert ("personal_info", "collect") not in pairs(
        "使用此类技术可以帮助您省去重复您填写个人信息、输入搜索内容的步骤和流程（示例：记录搜索、表单填写）。")
    assert pairs("借助于Cookie，网站能够存储您的偏好等数据，以此帮助您免去重复填写个人信息、输入历史搜索内容等繁琐。") == set()


def test_new_features_and_unrelated_purposes_state_no_practice():
    assert pairs("随之我们可能会不时推出新的或优化后的功能，可能需要收集、使用新的个人信息或变更个人信息使用目的或方式。") == set()
    assert pairs("原则上，当新功能或服务与我们当前提供的功能或服务相关时，收集与使用的个人信息将与原处理目的具有直接或合理关联。") == set()
    assert pairs("在与原处理目的无直接或合理关联的场景下，我们收集、使用你的个人信息，会再次进行告知，并征得你的同意。") == set()
    # an activity for new services still collects what it names
    assert pairs("夸克会不时针对新推出的服务和功能发起运营活动，如果您参加相关运营活动，我们会通过运营活动界面收集您的联系方式。") == {
        ("contact", "collect")}


def test_de_identified_data_excepted_from_a_denial_is_no_share():
    assert pairs("我们不会向第三方共享、转让您的个人信息，除非经过您本人事先授权同意，或者共享、转让的个人信息是去标识化处理后的信息，"
                 "且共享第三方无法重新识别此类信息的自然人主体。") == {("personal_info", "not_share")}


def test_what_a_safeguard_prevents_states_no_practice():
    assert pairs("防止您的个人信息遭到未经授权的访问、公开披露、使用、修改、损坏或丢失。") == set()
    assert pairs("建立完整的审计机制，防止您的个人信息遭遇未授权的访问、公开披露、使用、修改。") == set()
    # the practice the safeguard justifies still counts
    assert pairs("为保障您的账户安全，防止用户账号数据丢失，我们会收集您的设备信息。") == {("device", "collect")}


def test_a_practice_supposed_only_to_seek_consent_states_no_practice():
    assert pairs("除了上述情况外，我们如果对其他任何公司、组织和个人共享您的个人信息，会再次征求您的明确同意或授权。") == set()
    assert pairs("当我行要将您的个人信息用于本政策未载明的其他用途时，会再次采用以下方式征得您的同意。") == set()
    # a practice stated before the consent it needs still counts
    assert pairs("第三方客服SDK将会启动并可能收集您的设备信息，征求您的麦克风权限。") == {
        ("device", "collect"), ("media.audio", "collect")}


def test_pointers_on_controlling_cookies_through_the_browser_state_no_practice():
    assert pairs("以下链接提供了有关如何在所有主流浏览器中控制 Cookie 的说明：") == set()
    assert pairs("您可以通过浏览器设置拒绝或管理Cookie以及同类技术的使用。") == set()


def test_how_a_retention_period_is_decided_states_no_practice():
    assert pairs("我们判断个人信息的必要存储期限主要依据以下标准：（1）维护相应交易及业务记录，以应对您可能的查询或投诉。") == set()


def test_a_data_word_inside_the_products_own_name_names_no_data():
    # the product named before "及相关服务" again and again ("轻颜相机") is the first party, not camera data
    body = ("当你使用轻颜相机及相关服务时，我们会收集你的硬件型号。\n"
            "为帮助我们更好地了解轻颜相机及相关服务的运行情况，我们会记录网络日志。\n"
            "在使用轻颜相机及相关服务前，应在你的父母监护下阅读本隐私政策。\n")
    assert ("media.camera", "collect") not in pairs(body)
    assert ("device.hardware", "collect") in pairs(body)
    # the same from a plain title line
    titled = "“轻颜相机”隐私政策简明版：个人信息保护指引\n轻颜相机会收集你的手机号码，以便联系你。\n"
    assert pairs(titled) == {("contact.phone", "collect")}
    # a camera the product asks for is still camera data
    assert ("media.camera", "collect") in pairs(body + "为实现拍摄功能，我们需要获取你的相机权限。\n")


def test_a_demonstrative_sdk_subject_is_each_sdk_named_before_it():
    text = ("1. 定位热点位置：如果您使用上述服务时，可能涉及的SDK包括腾讯地图SDK、高德地图SDK，用于确认用户的位置，"
            "此类SDK会收集您的设备标识信息（IMEI）、位置信息。\n")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert {("device.id.imei", "collect", "tencent_map"), ("device.id.imei", "collect", "amap"),
            ("location", "collect", "tencent_map"), ("location", "collect", "amap")} <= found
    assert not any(actor == "third_party" for _, _, actor in found)
    # without a demonstrative the generic subject stays generic
    plain = "我们接入了腾讯地图SDK。第三方SDK会收集您的位置信息。\n"
    assert ("location", "collect", "third_party") in {(s.data_type, s.action, s.actor) for s in statements_of(plain)}

def test_a_denial_hedged_by_in_principle_or_usually_states_no_practice():
    assert pairs("原则上，我们不会将您的个人信息控制权向其他公司、组织和个人转让，但以下情况除外：") == set()
    assert pairs("一般情况下，我们不会与任何公司、组织和个人共享您的个人信息，但以下情况除外：") == set()
    assert pairs("通常情况下，我们不会与任何公司、组织和个人共享您的个人信息。") == set()
    # also when an exception or a consent condition stands between the hedge and the denial
    assert pairs("通常情况下，除以下情形外，未经您同意，我们不会与任何第三方共享您的个人信息：") == set()
    # ... also past exception or consent clauses between the hedge and the denial
    assert pairs("通常情况下，除以下情形外，未经您同意，我们不会与本公司以外的任何第三方共享您的个人信息：") == set()
    assert pairs("一般情况下，未经您的同意，我们不会向第三方提供您的个人信息。") == set()
    # a practice stated after the hedge is kept
    assert ("location", "collect") in pairs("通常情况下，我们会收集您的位置信息，不会收集您的通讯录。")
    # an unhedged denial still counts
    assert pairs("我们不会与任何公司、组织和个人共享您的个人信息，但以下情况除外：") == {("personal_info", "not_share")}


def test_a_warning_that_posts_may_involve_other_peoples_data_states_no_practice():
    assert pairs("若您公开发布的信息中涉及他人个人信息的，您需在发布前征得他人的同意。") == set()
    assert pairs("您上传的内容中如包含其他用户个人信息，请确保已取得授权。") == set()


def test_what_a_search_keyword_is_combined_with_states_no_practice():
    found = pairs("当您使用搜索服务时，我们会收集您的搜索关键词信息。当搜索关键词信息与您的其他信息结合可以识别您的个人身份时，"
                  "我们将在结合期间将您的搜索关键词信息作为您的个人信息，对其加以保护处理。")
    assert ("personal_info", "use") not in found and ("personal_info", "collect") not in found
    assert ("usage.history", "collect") in found


def test_verbless_data_after_a_protecting_verb_takes_no_section_practice():
    found = tuples("# 个人信息的共享、转让与公开披露\n\n我们非常重视保护您的个人信息。\n\n我们会与支付机构共享您的订单信息。\n", "md")
    assert found == {(5, "financial.transactions", "share", "first_party")}


def test_a_use_bounded_by_the_persons_consent_states_no_practice():
    assert pairs("我们将在您单独同意的授权范围内使用您的相关信息。") == set()
    assert pairs("我们将根据与第三方的约定，在您授权同意范围内使用您的相关信息。") == set()


def test_data_said_to_leave_out_personal_information_states_no_denial():
    assert pairs("特别说明：单纯的传感器数据仅为设备性能、设备状态数据，并不包含你的个人隐私信息。") == set()
    assert pairs("该统计数据不包含任何能够识别您个人身份的信息。") == set()
    assert ("personal_info", "not_collect") not in pairs("我们会获取您的实际成交情况（不含个人敏感信息）。")
    # a practice left out of a permission is still denied
    assert ("personal_info", "not_share") in pairs(
        "我们可能与其他公司交换用户个人信息，但并不包括违反本政策中所作的承诺而为获利目的出售、共享或以其它任何方式披露的个人信息。")


def test_cases_of_the_statutory_consent_exemptions_state_no_practice():
    assert pairs("(8)从合法公开披露的信息中收集个人信息的，如通过合法的新闻报道、政府信息公开等渠道。") == set()
    assert pairs("13.4 为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；") == set()
    assert pairs("学术研究机构基于公共利益开展统计或学术研究所必要，且对外提供学术研究或描述的结果时，对结果中所包含的个人信息进行去标识化处理的；") == set()
    assert pairs("(7)您自行向社会公众公开的您的个人信息；") == set()
    assert pairs("13.5 依照《个人信息保护法》规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；") == set()


def test_a_sensitivity_label_in_a_list_of_examples_names_no_data():
    found = pairs("您需要提供基本注册或登录信息，包括手机号码、验证码匹配结果(个人敏感信息)，并创建您的账号、用户名和密码。")
    assert ("personal_info", "collect") not in found and ("account", "collect") in found
    assert pairs("您需要向我们提供您的手机号码之个人敏感信息。") == {("contact.phone", "collect")}


def test_a_safeguard_that_conditions_a_disclosure_keeps_the_disclosure():
    assert pairs("我们仅会在以下情况下，且采取符合业界标准的安全防护措施的前提下，才会公开披露您的个人信息：") == {
        ("personal_info", "share")}
    assert pairs("我们会采取符合业界标准的安全防护措施保护您的个人信息。") == set()


def test_the_kinds_of_data_as_a_topic_state_no_practice():
    assert pairs("本节详细说明我们向您收集的个人信息类型、处理目的和各类个人信息的保留期限。") == set()
    assert pairs("您可以查看并阅读第三方SDK的隐私政策，了解第三方SDK获取个人信息的类型、业务功能及目的。") == set()


def test_a_practice_supposed_to_exceed_the_stated_purposes_is_no_statement():
    assert pairs("若我们超出以下用途使用您的信息，我们将再次向您进行说明，并征得您的同意。") == set()
    assert pairs("如我们使用您的个人信息，超出了与收集时所声称的目的及具有直接或合理关联的范围，我们将在使用您的个人信息前，"
                 "再次向您告知并征得您的明示同意。") == set()

def test_a_verification_code_sent_to_the_person_is_no_sms_data():
    assert pairs("当您注册时，您需要向我们提供您本人的手机号码，我们将通过发送短信验证码的方式来验证您的身份是否有效。") == {
        ("contact.phone", "collect")}
    # nor is the code the person types back (the guidelines: a verification code fits no data type), even in a list
    assert ("communication.sms", "collect") not in pairs("当您使用手机号码注册时，您需要提供手机号码并输入短信验证码。")
    assert ("communication.sms", "collect") not in pairs("您需要提供手机号码和短信验证码注册账号。")
    # the person's SMS still are their messages
    assert ("communication.sms", "collect") in pairs("经您授权后，我们会收集您的短信内容和短信验证码。")


def test_location_naming_a_service_provider_or_setting_is_no_location_data():
    assert pairs("例如，语言设定、位置设定、个性化的帮助服务。") == set()
    assert pairs("其中包括短信、VOIP、支付卡处理和验证、翻译、位置和地图、客服，以及内容交付服务提供商。") == set()
    assert ("location", "share") not in pairs(
        "当您使用地理位置相关服务时，我们会通过SDK或相关技术将GPS信息与位置服务提供商（高德地图）进行共享以便可以向您返回位置结果。")


def test_the_payment_method_of_an_order_record_is_transaction_data():
    assert pairs("我们会收集您的订单信息（如订单编号、所订购的内容或服务、下单时间、服务门店、您应支付的金额及支付方式）。") == {
        ("financial.transactions", "collect")}
    # with the payment account it is payment data too
    assert ("financial.payment", "collect") in pairs(
        "为完成订单支付，我们需要收集您的交易金额、下单时间、订单编号、支付方式、支付帐号、支付状态信息。")


def test_a_storage_permission_for_photos_is_photo_access():
    assert pairs("当您使用修改头像功能时，我们需要您授权我们访问您设备的相机权限、存储权限，并收集您上传的图片信息。") == {
        ("media.camera", "collect"), ("media.photos", "collect")}
    # for documents it is file access
    assert ("storage.files", "collect") in pairs(
        "当您使用PDF文档类型转换服务时，我们需要调用您设备的存储权限，以获取您需进行转换的文档或图片按照您的需求进行文档类型转换处理。")


def test_statistics_of_how_the_service_is_used_are_no_usage_data():
    assert pairs("分析产品使用情况：为分析我们服务的使用情况，提升用户使用的体验，可能会与关联方或第三方共享产品使用情况（崩溃、闪退）的"
                 "统计性数据。") == set()
    assert pairs("我们会对我们的服务使用情况进行统计，并可能会与公众或第三方分享这些统计信息，以展示我们的产品或服务的整体使用趋势。") == set()
    # the person's own usage is still collected
    assert pairs("我们会自动收集您对我们服务的详细使用情况，作为有关网络日志保存。") >= {("usage", "collect")}


def test_an_order_being_carried_out_or_delivered_is_no_transaction_data():
    assert pairs("当您下单并选择货到付款或在线完成支付后，商户和第三方配送公司将为您完成订单的交付。") == set()
    assert ("financial.transactions", "collect") not in pairs(
        "为了保证服务体验、处理服务纠纷，您在订单履行过程中拨打或者接听开启号码保护（隐私号）的电话时，您与商家、骑手间的通话信息可能会被录音。")
    # the order's record is
    assert ("financial.transactions", "collect") in pairs("您需要在订单页面中填写必要的订单信息。")


def test_audio_and_video_naming_a_feature_is_no_media_data():
    assert ("media", "collect") not in pairs("您使用发布图片、音视频功能时，我们会申请您设备系统的相机、照片、录音权限。")
    assert pairs("在您使用音视频展示、播放的过程中，我们需要收集您使用过程中产生的浏览和播放历史、收藏等。") == {
        ("usage.history", "collect")}
    # uploaded audio and video are media
    assert ("media", "collect") in pairs("我们将收集您发布的评论、提问、回答内容以及上传的图片、音视频。")


def test_app_versions_are_the_devices_software_make_up():
    assert pairs("为了保障服务安全稳定运行、排查故障，我们会收集设备型号、操作系统版本、应用版本号及崩溃日志。") == {
        ("device.hardware", "collect"), ("usage.logs", "collect")}


def test_data_said_not_to_identify_the_person_names_no_identity_data():
    assert pairs("此类汇聚融合的信息不包含可以直接识别您个人身份的信息，我们会保障信息在汇聚融合后的安全处理。") == set()
    assert ("identity", "use") not in pairs(
        "我们可能与业务的服务商、供应商和其他合作伙伴共享分析去标识化的设备信息或统计信息，这些信息难以与您的身份信息相关联。")
    # a denial of sharing what identifies the person still counts
    assert ("identity", "not_share") in pairs("我们不会与广告主分享可用于识别您个人身份的信息，例如您的姓名或电子邮件地址。")


def test_a_warning_that_posts_may_hold_other_peoples_data_states_no_practice():
    assert pairs("若您公开发布的信息中涉及他人个人信息的，您需在发布前征得他人的同意。") == set()
    assert pairs("若您公开发布的信息中涉及未成年人个人信息的，需在发布前取得所涉及未成年人的监护人授权同意。") == set()
    # what other users' posts hold about the person is still collected
    assert ("personal_info", "collect") in pairs("例如，其他用户发布的信息中可能含有您的部分信息，我们会收集这些信息。") | pairs(
        "2.用户因使用我们的产品或者服务而被我们收集的信息，例如其他用户发布的信息中可能含有您的部分信息。")


def test_what_posts_may_contain_is_collected():
    # GUIDELINES: personal information the person's own posts, uploads or shares may contain, and the person's
    # information in what other users post, reaches the service: collect by the first party, with the types named
    assert tuples("请注意，您公开发布的信息中可能会涉及您或他人的个人信息甚至敏感个人信息，如您在评价时选择上传包含个人信息的图片。"
                  "请您更加谨慎地考虑，是否在使用我们的服务时共享甚至公开分享相关信息。") == {
        (1, "personal_info", "collect", "first_party"), (1, "media.photos", "collect", "first_party")}
    assert tuples("请注意，您在使用我们服务时自愿共享甚至公开分享的信息，可能会涉及您或他人的个人信息甚至敏感个人信息。") == {
        (1, "personal_info", "collect", "first_party")}
    assert ("personal_info", "collect") in pairs("您发布的信息中 可能包含他人的个人信息，请您务必取得他人的合法授权，避免非法泄露他人的个人信息。")
    assert tuples("例如，其他用户发布的照片或分享的视频中可能包含您的信息。") == {(1, "personal_info", "collect", "first_party")}
    # the person's act as a time is no data ("在分享、评论时")
    assert ("content", "collect") not in pairs(
        "您在使用社区功能时发布的公开信息可能涉及您或他人的个人信息，如您在分享、评论时选择上传的包括个人信息的图片或视频。")
    # what we share is no post of the person's, nor is a relative clause a caution ("可能涉及的第三方SDK"); a condition on
    # the person's post states nothing
    assert ("device.id.mac", "collect", "first_party") not in {t[1:] for t in tuples(
        "如果您发布的内容时需要使用位置服务，可能涉及的第三方SDK包括：腾讯地图SDK，此类SDK会收集您的设备标识信息（MAC地址）。")}
    assert ("device", "collect") not in pairs("我们与第三方共享的信息可能涉及您的设备信息。")
    assert pairs("若您公开发布的信息中涉及他人个人信息的，您需在发布前征得他人的同意。") == set()


def test_the_caller_and_callee_as_parties_are_no_call_log_data():
    assert ("communication.call_log", "not_share") not in pairs(
        "平台将切实保障通话双方的隐私安全，录音将上传至服务器保存，各方无法自行下载、调取或播放录音；除以下情形外，平台不会将录音提供给"
        "任何人（包括通话主叫方、被叫方）。")


def test_not_filling_in_without_consequence_is_a_condition_not_a_denial():
    assert ("financial.transactions", "not_collect") not in pairs(
        "您可以另外填写收货人的联系电话、邮箱地址信息以增加更多的联系方式确保商品可以准确送达，但不填写这些信息不影响您订单的生成。")
    assert pairs("不填写信息不会影响你使用抖音帐号及服务。") == set()


def test_the_companys_listed_contact_details_are_no_contact_data():
    assert pairs("对难以直接在客户端访问、修改、复制、删除的个人信息，或者行使其他法定权利，您也可以通过本政策提供的联系方式，"
                 "将相关申请提交给我们。") == set()
    # the contact details the person gives are
    assert ("contact", "collect") in pairs("我们会收集您的姓名以及您主动向我们提供的联系方式。")


def test_advice_to_take_care_states_no_practice():
    assert pairs("因此，请您谨慎考虑通过我们的服务上传、发布和交流的信息内容。") == set()
    assert pairs("您需要谨慎地考虑，是否在使用我们的服务时披露相关敏感个人信息。") == set()


def test_location_related_services_name_a_feature_not_location_data():
    assert ("location", "use") not in pairs(
        "当您使用地理位置相关服务时，我们会通过SDK或相关技术将GPS信息与位置服务提供商（高德地图）进行共享以便可以向您返回位置结果。")


def test_an_account_written_as_an_alternative_to_a_card_number_is_a_bank_account():
    assert pairs("（7）当您使用投资理财功能时，我行将收集您的姓名、银行卡卡号/账号信息。") == {
        ("identity.name", "collect"), ("financial.payment", "collect")}
    assert pairs("支付服务：我们需要的信息包括您的身份证号码、银行账户或付款账户信息。") == {
        ("identity.id_number", "collect"), ("financial.payment", "collect")}


def test_a_record_of_shopping_cart_additions_is_activity_history():
    assert ("financial.transactions", "collect") not in pairs(
        "在您使用上述功能的过程中，我们会收集包括您的添加购物车的记录、关注、分享历史在内的服务日志信息用于实现上述功能及其他我们明确告知的目的。")
    assert ("usage.history", "collect") in pairs("我们会收集包括您的收藏及添加购物车的记录、关注关系、分享历史在内的服务日志信息。")


def test_an_orders_delivery_details_are_contact_data():
    assert pairs("为保证您购买的商品能够顺利送达，我们会向为淘宝平台提供物流信息系统和技术服务的浙江菜鸟供应链管理有限公司披露订单相关的配送信息。") == {
        ("contact", "share")}


def test_payment_channels_are_parties_not_payment_data():
    assert pairs("当您在游戏内购买虚拟道具时，支付由App Store、华为应用市场、微信支付或支付宝等支付渠道完成，我们会收集您的充值记录、订单号。") == {
        ("financial.transactions", "collect")}


def test_an_archive_is_no_stored_file():
    assert pairs("请您理解，为配合有权部门组织实施的统计、档案管理活动，我行仅在前述领域继续使用此前收集的信息。") == set()
    assert ("storage.files", "collect") not in pairs("请您在向我们提供学生的个人信息建立班级以及学生档案前，告知学生及监护人。")

def test_cities_a_person_registers_or_lives_in_are_coarse_location():
    assert pairs("您需要校验您此前已提供的昵称、注册城市、常用城市等信息。") == {
        ("account.profile", "collect"), ("location.coarse", "collect")}
    assert pairs("如果您愿意额外补充如下个人信息：包括您的性别、常居地。") >= {("location.coarse", "collect")}
    # "精确或粗略的位置信息" names both grains
    assert pairs("我们会收集您的地理位置信息，例如精确或粗略的位置信息。") == {
        ("location", "collect"), ("location.precise", "collect"), ("location.coarse", "collect")}


def test_wordings_of_how_the_service_is_used_are_usage():
    assert pairs("当您使用搜索功能时，我们需要收集您搜索的字词、搜索的时间以及与它们互动的次数。") >= {("usage", "collect")}
    assert pairs("我们可能会收集、存储关于您使用的服务以及使用方式的信息并将这些信息进行关联。") >= {
        ("usage", "collect"), ("usage", "store")}
    assert pairs("我们的服务器会依法自动记录您的活动信息。") == {("usage", "collect")}
    # the informal 你 of some policies reads like 您
    assert pairs("我们将根据你使用相关服务的情况，向你展示你可能更感兴趣的广告。") == {("usage", "use")}


def test_published_works_and_picture_and_video_posts_are_content():
    assert pairs("我们将收集您发布的信息，包括但不限于您发布的图文/视频内容。") >= {("content", "collect"), ("media.photos", "collect")}
    assert pairs("我们会收集你发布的作品。") == {("content", "collect")}


def test_what_the_person_uploads_posts_or_submits_with_coordinated_verbs_is_content():
    # the verbs coordinated, or a place between the person and the verb: the person's own content
    assert pairs("我们会收集你在小组云空间上传、发布、共享的所有内容。") == {("content", "collect")}
    assert pairs("我们需要您提供必要的个人信息，包括您提交的内容及联系方式。") >= {("content", "collect")}
    assert ("content", "share") in pairs("我们可能会在第三方网站上展示您向公众公开的其他内容。")
    # content shown to the person is no content of theirs
    assert not [t for t in pairs("我们会向您展示您可能感兴趣的内容。") if t[0] == "content"]


def test_follow_records_are_the_social_graph():
    # 关注记录 (whom the person follows), also as the elided "关注" of "浏览记录、关注、播放记录", is the social graph
    assert pairs("我们将汇总您的关注记录并在「我的」主页中向您展示。") == {("social", "use")}
    assert ("social", "collect") in pairs("我们会收集您的日志信息，包括您的搜索和浏览记录、关注、播放记录。")


def test_a_list_word_counts_across_one_unnamed_item_of_its_list():
    # 城市 is data only in a list of data; an item no term names (首选语言, 个人风格) between does not end the list
    assert pairs("我们会收集您的个人照片、首选语言、城市和个人描述。") == {("media.photos", "collect"), ("location.coarse", "collect")}
    assert ("location.coarse", "collect") in pairs("如果您选择提供昵称、头像、性别、个人风格、城市、星座等个人资料，我们可以为您提供个性化服务。")


def test_a_denial_of_sharing_beside_a_security_measure_still_counts():
    assert pairs("在我们向您提供产品/服务时，我们会采取严格的安全措施，我们不会与本平台以外的任何公司、组织和个人共享您的个人信息。") == {
        ("personal_info", "not_share")}
    assert pairs("我们会采取严格的安全措施保护您的个人信息。") == set()


def test_what_the_person_favourites_likes_or_types_as_keywords_is_history():
    assert pairs("当您通过快影和其他用户进行社交互动时，我们会收集您收藏的内容并向您展示内容。") == {("usage.history", "collect")}
    assert pairs("当您使用搜索功能时，您需要向我们提供您输入的关键字信息，用于为您展示您需要的内容。") == {
        ("usage.history", "collect")}


def test_browsing_habits_and_click_data_are_usage_too():
    assert pairs("我们可能会收集您的浏览记录、浏览习惯进行数据分析。") == {("usage.history", "collect"), ("usage", "collect")}
    assert pairs("我行会收集您的搜索关键词信息和点击数据。") == {("usage.history", "collect"), ("usage", "collect")}
    assert ("usage", "collect") in pairs("我们可能会使用Cookie和同类技术收集您的一些个人信息，包括：您访问网站的习惯、您的浏览信息。")


def test_phone_in_a_list_of_device_permissions_is_the_phone_permission():
    assert ("device.id", "collect") in pairs("上述功能可能需要您在您的设备中开启您的相机（摄像头）、麦克风、蓝牙、存储空间、电话、短信的访问权限。")
    assert ("contact.phone", "collect") not in pairs("上述功能可能需要您在您的设备中开启您的相机（摄像头）、麦克风、蓝牙、存储空间、电话、短信的访问权限。")
    # among contact details it is the phone number
    assert ("contact.phone", "collect") in pairs("我们要求未成年人不要向我们提供自己的姓名、联系地址、电话等个人信息。")


def test_storage_done_safely_or_in_a_place_is_storage():
    assert pairs("我们会通过安全的方式存储您的信息，包括本地存储、数据库和服务器日志。") >= {("personal_info", "store")}
    # (stored on a named host's servers: also entrusted to the host, GUIDELINES; zh-w4-wearable line 92)
    assert pairs("您的账号信息和健康数据将加密存储于阿里云位于中国境内的服务器中。") == {
        ("account", "store"), ("health", "store"), ("account", "share"), ("health", "share")}
    # encrypted storage as a safeguard is no retention statement
    assert pairs("我们会对您的个人信息进行加密存储。") == set()


def test_subscribing_and_forwarding_continue_a_run_of_activities():
    assert ("social", "collect") in pairs("我们会收集您的发布记录、关注、订阅、收藏及分享。")


def test_a_practice_limited_to_the_stated_purposes_is_no_statement():
    assert pairs("我们仅会出于本政策所述的目的，收集和使用您的个人信息。") == set()
    assert pairs("如果超过以下目的收集和使用您的个人信息，我们将以合理的方式告知您，并在收集前再次征得您的同意。") == set()


def test_a_case_opened_by_involving_data_is_no_practice():
    assert tuples("# 我们如何收集和使用您的个人信息\n\n涉及未成年人个人信息的，我们会将停止运营的通知及时告知未成年人监护人。\n", "md") == set()
    assert tuples("# 我们如何收集和使用您的个人信息\n\n若其中涉及未成年人个人信息的，您需在发布前取得对应未成年人监护人的同意。\n", "md") == set()


def test_commonly_used_software_is_the_app_list():
    assert ("device.apps", "use") in pairs(
        "我们可能会使用或整合您的个人信息，根据您的使用习惯和常用软件信息等来综合判断您的账号及交易风险。")


def test_the_content_of_communications_is_messages():
    assert pairs("我们可能会审核、查阅或分析您在平台上的通信内容，用于欺诈防范、风险评估。") == {("communication.messages", "use")}


def test_advice_to_keep_credentials_safe_states_no_practice():
    assert pairs("# 三、我们如何存储您的个人信息\n\n您的账户均有安全保护功能，请妥善保管您的账户及密码信息。", "markdown") == set()
    assert pairs("为保证用户账号安全，游酷盛世有权审查用户注册所提供的身份信息是否真实、有效；用户有义务妥善保管其账号及密码，"
                 "并正确、安全地使用其账号及密码。") == {("identity", "collect")}


def test_the_name_the_policys_own_documents_begin_with_is_the_product():
    text = ("具体请查阅《WiFi万能钥匙收集个人信息清单》。\n"
            "相关权限请查阅《WiFi万能钥匙权限申请与使用情况说明》。\n"
            "在您浏览WiFi万能钥匙内容的过程中，我们会记录您的点击、浏览信息。\n"
            "当您登录WiFi万能钥匙时，我们会收集您的手机号码。\n")
    found = pairs(text)
    assert ("device.network", "collect") not in found
    assert ("contact.phone", "collect") in found
    # titles sharing only a topic (个人信息…) name no product
    topic = ("详见《个人信息第三方共享清单》和《个人信息收集清单》。\n我们会与合作伙伴共享您的个人信息。\n")
    assert ("personal_info", "share") in pairs(topic)


def test_an_alipay_account_bound_or_used_to_log_in_is_no_payment_account():
    assert pairs("通过绑定淘宝账号、支付宝账号，您可以参与支付宝/淘宝在本平台举办的营销活动、优惠券领取、便捷提现等服务。") == set()
    assert ("financial.payment", "collect") not in pairs(
        "您也可以使用微信、QQ、支付宝账号授权登录本App，在您同意授权后，我们将获取您在第三方平台注册的头像、昵称。")
    assert ("financial.payment", "collect") in pairs("为完成订单支付，您需要绑定支付宝账户并选择付款方式。")


def test_a_camera_feature_a_motion_sensor_serves_is_sensor_data():
    assert pairs("你使用本App“拍摄”功能时，为了适配你的设备状态，我们会调用设备动态传感器，以识别你的设备方向状态。") == {
        ("device.sensors", "collect")}
    assert ("media.camera", "collect") in pairs("您在使用直播功能时需要打开摄像头，我们会获取屏幕朝向传感器，来矫正视频的方向。")


def test_the_contact_person_of_an_order_is_contact_details():
    assert ("contact", "collect") in pairs(
        "您在本平台下单美食、超市便利等服务时，您需要根据所选择的服务类型提供联系人信息（姓名、性别、电话号码等）、地址信息（收货地址）。")
    assert ("social.contacts", "collect") not in pairs(
        "您在本平台下单美食、超市便利等服务时，您需要根据所选择的服务类型提供联系人信息（姓名、性别、电话号码等）、地址信息（收货地址）。")

def test_data_a_payment_account_authorises_us_to_get_is_collected():
    found = pairs("在您使用微博钱包功能时，我们将收集您的支付宝账号授权我们获取的信息（包括姓名、昵称、头像、性别、地区）。")
    assert {("identity.name", "collect"), ("account.profile", "collect"), ("identity.gender", "collect"),
            ("location.coarse", "collect")} <= found


def test_the_searches_a_technology_records_as_an_example_are_history():
    assert pairs("使用此类技术可以帮助您省去重复您填写个人信息、输入搜索内容的步骤和流程（示例：记录搜索、表单填写）。") == {
        ("usage.history", "collect")}


def test_tracking_the_click_on_a_link_we_sent_collects_usage():
    assert ("usage", "collect") in pairs(
        "例如，我们向您发送的电子邮件可能含有链接至我们网站内容的地址链接，如果您点击该链接，我们则会跟踪此次点击，"
        "帮助我们了解您的产品或服务偏好以便于我们主动改善客户服务体验。")
    # a tracking technology or permission is no act of tracking
    assert pairs("我们使用Cookie或类似的跟踪技术来记住您的登录账号和密码。") == pairs(
        "我们使用Cookie或类似的技术来记住您的登录账号和密码。")


def test_the_identifier_or_account_activity_is_recorded_under_is_used():
    found = pairs("如果你未登录帐号，我们会通过设备对应的标识符信息来记录你的浏览、点击、下载、分享等操作行为信息。")
    assert ("device.id", "use") in found and ("device.id", "collect") not in found
    found = pairs("如果你已登录帐号，我们会通过你的剪映帐号记录你的浏览、点击、下载、分享等操作行为信息。")
    assert ("account", "use") in found


def test_province_and_region_in_a_list_are_coarse_location():
    assert ("location.coarse", "collect") in pairs("我们会收集您的姓名、手机号码、省份、学校。")
    assert ("location.coarse", "use") in pairs("我们会根据您的设备信息、服务日志信息、区域信息、浏览点击记录等提取您的偏好特征。")


def test_display_of_what_the_user_publishes_is_sharing():
    # shown alongside what the user publishes, to whoever reads it: sharing, as the guidelines count display
    assert pairs("当您发布评论和问答时，我们将收集您发布的评论内容，并展示您的昵称、头像和发布内容。") >= {
        ("account.profile", "share"), ("content", "collect")}
    assert ("account.profile", "share") in pairs("您的游戏账号基本信息（头像、昵称）将会在您的个人主页中进行展示。")
    # shown to the user, or looked at by the user: no sharing
    assert ("usage.history", "share") not in pairs("当您发布内容后，我们会向您展示您的搜索历史记录。")
    assert not any(action == "share" for _, action in pairs("发布招聘信息时，我们会收集您的位置信息，以便您查看通勤路线。"))

def test_the_persons_acts_in_a_feed_template_and_followed_accounts_posts_are_no_data():
    found = pairs("当你关注帐号、进行浏览、评论、关注、收藏/喜欢/点赞或分享时，我们会收集你关注的帐号，并展示关注帐号发布内容。")
    assert ("content", "collect") not in found and ("content", "use") not in found
    assert ("usage.history", "collect") not in found
    assert ("content", "collect") not in pairs("例如其他用户发布的信息中可能含有你的部分信息。")


def test_the_profile_of_a_social_app_is_the_account_profile():
    found = pairs("如果您选择提供昵称、头像、性别等非注册必须的个人资料，我们可以为您提供更加个性化的用户服务。")
    assert ("personal_info", "collect") not in found and ("account.profile", "collect") in found
    found = pairs("您的个人资料、您的获赞、粉丝及关注列表将在您的个人空间页公开展示。")
    assert ("account.profile", "share") in found and ("personal_info", "share") not in found
    assert ("personal_info", "share") not in pairs("您的IP属地将会展示在您的个人资料页、笔记发布页和评论中。")


def test_a_glossary_entry_under_a_definitions_heading_is_no_practice():
    text = ("第一部分 相关定义\n"
            "IP 地址： 每台上网的设备都会指定一个编号，称为互联网协议 (IP)地址。IP地址通常可用于识别设备连接至互联网时所在的位置。\n"
            "WIFI ： Wi-Fi 是一种允许电子设备连接到一个无线局域网（ WLAN）的技术，即通常我们所说的无线网络。\n"
            "第二部分 我们如何收集信息\n"
            "我们会收集您的IP地址。\n")
    assert tuples(text) == {(5, "network.ip", "collect", "first_party")}


def test_the_server_logs_data_is_kept_in_are_no_log_data():
    assert pairs("我们会通过安全的方式存储您的信息，包括本地存储（例如利用APP进行数据缓存）、数据库和服务器日志。") == {
        ("personal_info", "store")}


def test_a_warning_that_data_may_contain_sensitive_information_is_no_practice():
    # what the person's uploads may contain is collected (GUIDELINES: the person's own posts, uploads or shares)
    found = pairs("我们会收集您拍摄后上传的视频信息。您提供的视频可能包含个人敏感信息，请您谨慎提供。")
    assert ("personal_info", "collect") in found and ("media.photos", "collect") in found
    # a sensitivity label in parentheses still goes with the data it labels
    assert ("personal_info", "collect") in pairs("我们会收集您需要发布的照片或视频信息（可能包含个人敏感信息）。")


def test_the_systems_data_is_kept_in_described_for_security_are_no_practice():
    assert pairs("我们存储您个人信息的底层云技术取得了数据中心联盟颁发的“可信云”认证三级认证。") == set()
    assert ("personal_info", "use") not in pairs("匿名化：指通过对个人信息的技术处理，使得个人信息主体无法被识别的过程。")
    assert ("personal_info", "store") in pairs("我们会将您的个人信息存储在中国境内的服务器上。")


def test_clearing_cookies_as_a_topic_is_no_practice():
    assert tuples("我们收集的信息\nCookie的清除：如你使用网页版，大多数浏览器均为用户提供了清除浏览器缓存数据的功能，"
                  "你可以在浏览器设置中操作清除Cookie数据。\n") == set()
    assert ("usage.cookies", "use") in pairs("我们会使用Cookie来记住您的登录状态。")


def test_what_data_is_said_to_be_only_is_a_description():
    found = tuples("1. 我们如何收集和使用个人信息\n我们会调用设备动态传感器，以识别你的设备方向状态。特别说明：单纯的传感器数据仅为"
                   "设备性能、设备状态数据，并不包含你的个人隐私信息。\n")
    assert (2, "device", "collect", "first_party") not in found
    assert (2, "device.sensors", "collect", "first_party") in found


def test_a_photo_taken_to_check_the_person_is_a_face_photo():
    found = pairs("办理满分审验教育过程中，需要采集您的学习现场照片，确认您本人参加网上学习。")
    assert ("biometric.face", "collect") in found and ("media.photos", "collect") not in found
    assert ("media.photos", "collect") in pairs("我们会收集您上传的照片，用于发布动态。")


def test_a_video_listed_with_face_images_is_a_face_video():
    found = pairs("您需要向我们提供您本人的身份信息用于身份核验，包括真实的姓名、身份证号、人脸图像及视频。")
    assert ("biometric.face", "collect") in found and ("media.photos", "collect") not in found

def test_a_blocking_verb_inside_a_gloss_does_not_block_the_data_after_it():
    found = pairs("我们会通过你的帐号记录你的浏览、点击、下载（导出）、分享、关注、点赞（喜欢/收藏）、评论等操作行为信息。")
    assert {("social", "collect"), ("content", "collect"), ("usage", "collect")} <= found
    found = pairs("我们可能会收集您的唯一设备标识符【MAC地址信息（均已去标识化处理）】、IP地址、应用列表。")
    assert {("network.ip", "collect"), ("device.apps", "collect")} <= found


def test_data_shown_on_the_personal_homepage_is_shared():
    assert pairs("3.您公开发布的作品、关注将会在个人主页中展示。") == {("content", "share"), ("social", "share")}
    found = pairs("你的粉丝数和粉丝列表、关注数和关注列表，你公开发布的作品，你已购买的模板等将会在帐号的个人主页中公开展示。")
    assert {("social", "share"), ("content", "share")} <= found
    # a viewer looking at a homepage shares nothing
    assert ("content", "share") not in pairs("设置后你仍可进入Ta的个人主页查看Ta发布的内容。")


def test_a_conjunct_with_a_modifier_ending_in_de_takes_the_shared_head():
    found = pairs("我们的合作方可能会使用必要的设备、帐号及日志信息。")
    # (a partner using data for us is a processor we share it with: GUIDELINES, processors)
    assert {("device", "share"), ("account", "share"), ("usage.logs", "share")} <= found
    # the head names what is protected: no data
    assert pairs("使您拥有充分的能力维护您的隐私和个人信息安全。") == set()


def test_a_voice_recording_of_a_conversation_is_a_message_as_well_as_audio():
    found = pairs("此外，当您需要与卖家、客服或者快递员进行语音交互时，我们会收集您的录音内容以响应您的客服或争议处理等需求。")
    assert {("communication.messages", "collect"), ("media.audio", "collect")} <= found
    # a voice search is audio only
    found = pairs("当您使用语音搜索功能时，我们会收集您的语音信息。")
    assert ("media.audio", "collect") in found and ("communication.messages", "collect") not in found


def test_how_the_user_uses_the_service_in_detail_is_usage():
    assert ("usage", "use") in pairs("（2）分析用户使用我们服务的情况。")
    assert ("usage", "collect") in pairs("我们会自动收集您使用我们服务的详细情况，并作为网络日志进行保存。")


def test_an_exception_for_cases_exempt_from_consent_opens_no_exemption_list():
    text = ("三、我们如何对外提供您的个人信息\n"
            "我们仅在以下情形中向第三方提供您的信息，我们会征得您的单独同意，但根据法律法规的要求无需获得您同意的情形除外。\n"
            "1. 在我们的关联方向您提供服务的情况下，我们可能向我们的关联方提供您的个人信息。\n"
            "2. 除非获得您的明确授权和同意，否则我们不会向第三方提供您的个人信息。\n")
    found = {(line, data_type, action) for line, data_type, action, _ in tuples(text)}
    assert {(3, "personal_info", "share"), (4, "personal_info", "not_share")} <= found


def test_fuzzy_location_and_the_city_one_is_in_are_coarse_location():
    assert ("location.coarse", "use") in pairs("我们将基于您的IP地址进行模糊地理位置匹配。")
    assert ("location.coarse", "collect") in pairs("如您未授权，我们会根据您的IP地址获取您所在的城市。")


def test_a_feature_label_before_prose_about_sdks_leaves_the_prose_to_sentence_analysis():
    text = ("B. 使用第三方SDK\n"
            "1.定位位置：如果您发布的内容时需要使用位置服务，可能涉及的第三方SDK包括：高德地图SDK，此类SDK会收集您的位置信息。\n"
            "2.分享功能：如果您需要将内容进行分享服务，可能涉及的第三方SDK包括：微信SDK，此类SDK会收集您的设备标识信息"
            "（MAC地址、IMEI）、网络信息，此类信息的收集是实现上述SDK功能所必须的信息。\n")
    found = {(line, data_type) for line, data_type, _, _ in tuples(text)}
    assert {(3, "device.id.mac"), (3, "device.id.imei"), (3, "device.network")} <= found


def test_information_related_to_the_user_is_personal_information():
    assert ("personal_info", "collect") in pairs("学习通提供服务时，可能会收集、储存和使用下列与您有关的信息：")
    assert ("personal_info", "store") in pairs("我们收集的有关您的信息和资料将保存在我们的服务器上。")


def test_an_emergency_contact_is_contact_data_not_the_address_book():
    # a person to reach (the guidelines), not the phone's address book (social.contacts)
    found = pairs("为保护您的账号安全，我们会收集您的密码、紧急联系人和电子邮件地址。")
    assert ("contact", "collect") in found and ("social.contacts", "collect") not in found


def test_clicks_are_usage_not_browsing_history():
    # clicks are interactions with the service (usage); what was viewed or searched is history (the guidelines)
    assert pairs("我们会收集您的点击记录和浏览记录。") == {("usage", "collect"), ("usage.history", "collect")}

def test_a_call_recording_kept_for_a_period_before_deletion_is_a_stored_message():
    assert ("communication.messages", "store") in pairs(
        "（3）录音在保存7天后将自动永久删除，如遇差评、投诉、尚未处理完毕的纠纷等，平台将适当延长录音保存期限。")


def test_counts_the_user_received_leave_a_listed_topic_to_the_display_verb_ending_the_sentence():
    found = pairs("您的关注数和关注列表、您的获赞数、获得的喜欢数、获得的收藏数、您公开发布的内容（含提问、回答、文章等）、"
                  "您的收藏内容，将会在您知乎帐号的个人主页中公开展示。")
    assert {("social", "share"), ("content", "share"), ("usage.history", "share")} <= found
    assert all(action == "share" for _, action in found)


def test_a_denied_transfer_abroad_after_storage_at_home_denies_sharing_the_stored_data():
    assert ("personal_info", "not_share") in pairs("儿童个人信息均存储于中华人民共和国境内，不会向境外传输。")
    assert ("personal_info", "not_share") in pairs(
        "我们在境内运营过程中收集和产生的未成年人个人信息存储于中华人民共和国境内，不会传输或存储至境外。")


def test_the_devices_an_account_was_used_on_are_device_data():
    assert ("device", "collect") in pairs("当您通过建行生活平台进行信息管理时，我行可能会验证您的手机号短信验证码、原使用设备、账号信息。")
    assert ("device", "collect") in pairs("我们会收集您的账户详细信息，包括注册手机号、电子邮件地址、注册的设备和注册时间。")
    assert ("device", "collect") in pairs("您需要提供此前已提供的昵称、注册城市、常用城市、常用设备等信息。")

def test_an_account_used_to_log_in_is_not_collected_as_a_credential():
    found = pairs("你可以使用第三方帐号（例如：抖音帐号、Apple ID）授权登录并使用本产品，为此，你将授权我们获取你在该第三方平台"
                  "注册的公开信息（头像、昵称）。")
    assert ("account.profile", "collect") in found
    assert not any(data_type == "account.credentials" for data_type, _ in found)
    assert not any(data_type == "account.credentials" for data_type, _ in pairs("你可以使用抖音帐号便捷地登录、使用本App相关服务及功能。"))
    assert ("account.credentials", "collect") in pairs("您需要向我们提供您的手机号码及登录密码。")


def test_a_warning_that_what_the_person_shares_may_reach_others_is_no_practice():
    # (the public-area caution itself shares what is published: test_a_public_area_caution_shares_what_the_person_publishes)
    assert not pairs("请注意，您上传的信息可能会被他人收集并加以使用。")
    assert not pairs("您应当理解，您在使用本服务过程中，可以向特定的人发送照片、身份信息、位置信息等个人信息。")
    assert ("content", "collect") in pairs("您在评论时，我们将收集您发布的信息。")


def test_the_alipay_account_whose_verified_identity_is_looked_up_is_no_payment_account():
    found = pairs("为实现认证目的，您需要主动提供相关真实身份信息（姓名、证件号码），或授权我们自支付宝公司处获取您绑定支付宝账户的必要认证信息。")
    assert ("identity.name", "collect") in found
    assert not any(data_type == "financial.payment" for data_type, _ in found)
    assert ("financial.payment", "collect") in pairs("为完成订单支付，您需要绑定支付宝账户并选择付款方式。")


def test_the_statutory_list_of_what_personal_information_includes_is_a_definition():
    text = ("个人信息是指以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息。个人信息包括姓名、出生日期、身份证件号码、"
            "住址、行踪轨迹等。其中一旦泄露、非法提供或滥用可能危害人身和财产安全的个人信息为个人敏感信息，包括身份证件号码、宗教信仰。\n")
    assert not tuples(text)
    assert ("identity.name", "collect") in pairs("我们收集的个人信息包括姓名、出生日期。")


def test_what_is_sensitive_information_by_its_statutory_definition_is_no_practice():
    assert not pairs("非法提供或滥用可能危害人身和财产安全，极易导致个人名誉受到损害等的信息为个人敏感信息，主要包括：身份证件号码、"
                     "个人生物识别信息、金融账户、行踪轨迹。")
    assert ("identity.id_number", "collect") in pairs("我们会收集您的身份证件号码，身份证件号码为个人敏感信息。")


def test_a_purpose_of_learning_how_the_person_uses_the_service_is_no_description_of_the_policy():
    found = pairs("为帮助我们更加了解您如何接入和使用我们的产品与/或服务，我们可能会收集您的IP地址、设备信息（设备MAC地址、IMEI）。")
    assert {("network.ip", "collect"), ("device", "collect"), ("device.id.imei", "collect")} <= found
    assert not pairs("本政策将帮助您了解我们如何收集、使用您的个人信息。")


def test_an_activity_word_listed_among_data_is_no_predicate():
    found = pairs("我们可能会收集、使用你的设备信息以及在使用本产品时的行为信息，行为信息包括你的内容浏览、各类点击行为、"
                  "内容播放时长、分享、下载、付费课程购买记录、点赞等操作记录。")
    assert ("financial.transactions", "use") in found
    assert not any(action == "share" for _, action in found)
    assert ("usage.logs", "collect") in pairs("我们会收集您的网络质量数据、操作、使用、服务日志。")
    assert ("usage.logs", "use") not in pairs("我们会收集您的网络质量数据、操作、使用、服务日志。")
    # an item made of a noun and its activity word ("页面访问", "内容使用") between two 、 is no predicate either
    found = pairs("我们可能会与我们的关联公司共享相关的个人信息，包括昵称、头像、手机号码、地理位置、页面访问、内容使用、社交互动。")
    assert {("account.profile", "share"), ("contact.phone", "share"), ("location", "share")} <= found
    assert not any(action in ("collect", "use") for _, action in found)


def test_content_browsing_and_clicks_on_results_are_usage_data():
    assert ("usage", "collect") in pairs("当您使用搜索功能时，我们会收集和存储您查询的关键字和您在搜索结果中的点击情况。")
    assert ("usage.history", "use") in pairs("我们会根据你在使用抖音过程中的内容浏览相关行为对推荐模型进行实时反馈。")
    assert not pairs("剪映的基本功能服务包括基本视频创作、剪辑功能，基本的视频内容浏览功能等。")


def test_a_later_clause_denying_the_upload_denies_collecting_the_data_kept_on_the_device():
    assert pairs("未登录或未开启“云书架”时，您的书架和阅读进度仅保存在您的设备本地，不会上传至我们的服务器。") == {
        ("usage.history", "not_collect"), ("usage", "not_collect")}
    found = pairs("摄像头画面仅在您的设备本地实时分析，不会上传至服务器，也不会被保存。")
    assert ("media.camera", "not_collect") in found and ("media.camera", "use") in found
    assert ("clipboard", "not_collect") in pairs("请您知悉，我们所有访问剪切板内容的操作仅在本地处理，不会上传到我们的服务器。")


def test_a_bold_sentence_is_no_heading_and_what_is_shown_only_on_the_device_is_not_used():
    html = ("<h3>（六）消息通知与来电提醒</h3><p><strong>来电号码、联系人姓名、短信内容及其他应用的消息预览仅在您的穿戴设备上"
            "显示，不会上传至我们的服务器。</strong></p>")
    found = {(t[1], t[2]) for t in tuples(html, fmt="html", name="policy.html")}
    assert {("identity.name", "not_collect"), ("communication.sms", "not_collect")} <= found
    assert not any(action == "use" for _, action in found)
    html = "<p><strong>（一）我们如何收集您的信息</strong></p><p>我们会收集您的手机号码。</p>"
    assert {(t[1], t[2]) for t in tuples(html, fmt="html", name="policy.html")} == {("contact.phone", "collect")}


def test_more_wordings_of_contact_details_identifiers_and_media():
    found = pairs("当您使用信用卡申请功能时，我行将会收集姓名、手机号、职位职务、收入、联系人信息。")
    assert ("contact", "collect") in found and ("social.contacts", "collect") not in found
    assert ("contact", "collect") in pairs("当您使用保险功能时，可能收集您的住址、婚姻状况、职业、通讯方式。")
    assert ("device.id", "collect") in pairs("我们会收集您设备的品牌、设备型号、系统版本、设备标志码等信息。")
    assert ("media", "share") in pairs("当您使用内容发布、评论等功能时，我们将展示您的昵称、头像、发布内容（图文、视音频）。")
    assert ("storage.files", "collect") in pairs("当您使用语音识别功能时，我们需要获取录音权限和读取SD卡权限。")


def test_more_wordings_of_notes_tips_login_places_and_account_identifiers():
    assert ("content", "store") in pairs("如您开启“云书架”，我们会将您书架中的书籍列表、阅读进度、书签和读书笔记同步保存至我们的服务器。")
    assert ("financial.transactions", "collect") in pairs("当您为喜欢的作品打赏时，我们会记录打赏金额、打赏作品及时间。")
    assert ("location", "collect") in pairs("我方可能需要您提供身份信息、手机号码、经常登录地点、经常登录设备。")
    assert ("account.credentials", "collect") in pairs("使用第三方账号登录时，我们会获取您授权共享的昵称、头像及账号唯一标识。")


def test_a_short_line_naming_the_persons_data_after_an_unfinished_item_is_the_next_item():
    text = ("1.1. 搜索、浏览所需收集的信息\n为了向您展示相关程度更高的内容，我们的服务器会依法自动记录您的活动信息，包括以下：\n您输入的搜索关键词信息\n"
            "您输入的通勤、常用地址、行程信息、设置的常用功能信息\n您的设备信息\n您的其他日志信息\n")
    found = {(t[0], t[1], t[2]) for t in tuples(text)}
    assert (5, "device", "collect") in found and (6, "usage.logs", "collect") in found


def test_yongyu_right_after_a_verb_describes_its_object():
    found = pairs("我们可能与委托我们进行推广和广告投放的合作伙伴共享信息，但我们不会共享用于识别您个人身份的信息（姓名、身份证号）。")
    assert {("identity", "not_share"), ("identity.name", "not_share"), ("identity.id_number", "not_share")} <= found
    assert not pairs("存储权限：用于信用卡账单。")


def test_a_cv_is_education_too_and_more_wordings_of_student_call_and_network_data():
    found = pairs("对于求职者，在进行简历投递前，您需要先上传一份附件简历，BOSS直聘会收集您的附件简历。")
    assert ("identity.education", "collect") in found and ("identity.occupation", "collect") in found
    assert ("identity.education", "collect") in pairs("为了核实您的在校生身份，我们还将收集并验证您的校园邮箱、学信网信息、学生证信息或校园卡信息。")
    assert ("communication.call_log", "collect") in pairs("如您开启“来电提醒”，本App需要您授予电话权限，以读取来电号码。")
    assert ("device.network", "collect") in pairs("我们会收集您的相关网络日志信息，包括App崩溃、系统活动信息、设备联网情况。")
    assert ("identity.education", "collect") not in pairs("您需要提供您的身份证、军官证、学生证等有效证件。")


def test_the_persons_contact_email_is_an_email_address_but_the_companys_is_not():
    assert ("contact.email", "use") in pairs("对于您在使用过程中提供的您的联系方式（包括联系电话、联系邮箱），我们在运营中可能会向其中的一种或多种发送通知。")
    assert not pairs("如您有任何疑问，可以通过我们的个人信息保护投诉举报专职邮箱来联系我们，联系邮箱：issue@example.com。")


def test_the_persons_contact_address_is_a_postal_address_but_the_companys_is_not():
    assert ("contact.address", "collect") in pairs("快影会适时推出各类营销活动，您选择参加时，根据活动情况您须提供姓名、联系地址及联系方式。")
    assert not pairs("北京某某科技有限公司，联系地址：北京市海淀区学院路1号。")


def test_what_we_ask_the_person_to_grant_is_collected():
    found = pairs("你进行视频创作时，我们会根据你具体使用到的功能类型分别向你请求授权相册、摄像头、麦克风权限。")
    assert {("media.photos", "collect"), ("media.camera", "collect"), ("media.audio", "collect")} <= found
    assert ("media.photos", "collect") in pairs("为向你提供云存储功能，我们会向你请求授权相册权限，如你拒绝授权，将无法使用前述功能。")

def test_masking_or_de_identifying_data_to_keep_it_safe_is_a_security_measure():
    assert not pairs("当我们展示您的个人信息时，我们会采用包括去标识化或者匿名化处理方式对您的信息进行脱敏，以保护您的信息安全。")
    assert not pairs("当我们展示您的个人信息时，我们会采用包括内容替换、匿名处理等方式对您的信息进行脱敏展示，以保护您的信息安全。")
    assert not pairs("如我们与上述第三方分享您的信息，我们将会采用加密、匿名化处理等手段保障您的信息安全。")
    assert ("personal_info", "share") in pairs("我们会与授权合作伙伴共享您的个人信息。")


def test_a_numbered_title_over_a_paragraph_is_no_list_item_of_its_introduction():
    text = ("以下是您在使用我们服务时，我们获取的信息：\n"
            "（1）日志信息\n"
            "指您使用我们服务时，系统可能通过cookies自动采集的技术信息，包括IP地址。\n"
            "（2）设备信息\n"
            "我们会收集您的设备型号。\n")
    found = tuples(text)
    assert not any(line in (2, 4) for line, *_ in found)
    assert (5, "device.hardware", "collect", "first_party") in found
    listed = tuples("我们会收集以下信息：\n（1）日志信息\n（2）设备信息\n")
    assert (2, "usage.logs", "collect", "first_party") in listed


def test_a_numbered_title_over_items_of_a_deeper_numbering_is_no_list_item():
    text = ("我们会为您提供的各项具体功能场景包括：\n"
            "（一）您需要授权我们收集和使用个人信息的场景\n"
            "1、帮助您成为我们的用户\n"
            "当您注册时，我们会收集您的手机号码。\n")
    found = tuples(text)
    assert not any(line == 2 for line, *_ in found)
    assert (4, "contact.phone", "collect", "first_party") in found


def test_other_or_future_practices_supposed_after_a_denial_are_no_practice():
    assert pairs("目前，我们不会主动共享或转让您的个人信息至第三方，如存在其他共享或转让您的个人信息或您需要我们将您的个人信息"
                 "共享或转让至第三方情形时，我们会直接或确认第三方征得您对上述行为的明示同意。") == {("personal_info", "not_share")}
    assert not pairs("如未来为业务发展需要从第三方间接获取您的个人信息，我们会在获取前向您告知个人信息的来源、类型及使用范围。")
    assert ("personal_info", "share") in pairs("我们会与授权合作伙伴共享您的个人信息。")


def test_where_the_person_checks_which_permissions_are_on_is_no_practice():
    assert not pairs("您可在您的设备设置或我们的相关客户端“设置-隐私-系统权限”中逐项查看上述权限的状态，并可自行决定这些权限随时的开启或关闭。")
    assert not pairs("您可在您的设备设置或腾讯会议手机客户端“我的头像-隐私安全-系统权限”中逐项查看权限的状态。")
    assert ("device", "collect") in pairs("我们会查看您的设备信息。")


def test_the_purposes_or_kinds_of_data_the_person_is_told_of_are_a_notice():
    assert not pairs("在您使用相应业务功能时，我们会另行以弹窗提示的方式同步告知申请权限、收集个人信息的目的，征得您的同意后开启。")
    assert not pairs("我们会逐一说明我们收集的个人信息类型及其对应的用途，以便您了解我们针对某一特定功能所收集的具体个人信息的类别、用途及收集方式。")
    assert ("personal_info", "collect") in pairs("为向您提供服务，我们会收集您的个人信息。")


def test_a_definition_citing_a_standard_and_the_kinds_and_purposes_it_announces_are_no_practice():
    assert not pairs("本隐私政策所涉及的个人信息或个人敏感信息所包含的内容出自于《个人信息安全规范》。")
    assert not pairs("个人敏感信息（出自于GB/T 35273-2020《信息安全技术 个人信息安全规范》）：是指一旦泄露、非法提供或滥用可能危害人身和财产安全的个人信息。")
    assert not pairs("我们将在本条第（一）、第（二）款中详细论述我们基于以下所述功能，收集和使用您的个人信息的类型和目的。")
    assert ("personal_info", "collect") in pairs("我们会收集您的个人信息类型和设备信息。")


def test_limits_on_who_may_access_the_data_are_a_security_measure():
    assert not pairs("我们对可能接触到您个人信息的工作人员采取最小够用授权原则，并定期核查访问人员名单和访问记录。")
    assert not pairs("我们对我们用户数据平台的访问权限做了严格管控，旨在防止您的信息遭受未经授权的访问和使用；")
    assert not pairs("我们存储用户个人信息的服务器系统均为安全加固后的操作系统。")
    assert ("personal_info", "collect") in pairs(
        "若我们从第三方处间接获取您的信息的，我们的专业安全团队对个人信息会进行安全加固（包括敏感信息加密存储、访问权限控制）。")


def test_what_the_person_can_look_up_is_their_own_access():
    assert not pairs("登录交管12123手机客户端，您可以通过点击首页右上角的“我的”进入个人信息界面，可以查看个人头像、注册时间、"
                     "身份证信息、手机号码、电子邮箱、邮寄地址等信息。")
    assert not pairs("2) 您可以通过微信小程序腾讯健康系统查询您用于登录腾讯游戏的微信帐号或QQ账号对应的实名信息（姓名、身份证号）。")
    # what the person will look up, named as the purpose of a collection, gives no tuple of its own (GUIDELINES: data
    # named only in the purpose, as what the user will do with it; the gold of zh-r21-xinyue-club 11 and
    # zh-r29-menghuan-xinzhuxian 46 reads so)
    assert pairs("我们会收集您的日志信息，以便您能够在本产品内查看您的使用历史记录。") == {("usage.logs", "collect")}


def test_the_right_to_a_copy_of_ones_data_is_no_practice():
    assert not pairs("如您需要获取我们收集的您的个人信息副本，在符合相关法律规定且技术可行的前提下，我们将根据您的要求向您提供您的个人信息副本。")
    assert not pairs("在技术可行的前提下，如数据接口已匹配，我们还可按您的要求，直接将您的个人信息副本传输给您指定的第三方。")
    assert ("usage.logs", "store") in pairs("您的某些信息副本（例如日志记录）可能会保留在我们的数据库中。")


def test_statistics_taken_of_product_use_are_no_usage_data():
    assert not any(t == "usage" for t, _ in pairs("学习通可能会对产品使用情况进行统计。"))
    assert not any(t == "usage" for t, _ in pairs(
        "为统计我们的产品/服务使用情况，我们会对经过技术处理的用户数据进行汇总、分析和使用。"))
    assert ("usage", "collect") in pairs("当您使用我们的服务时，我们会自动收集您对我们服务的详细使用情况，作为服务日志保存。")


def test_a_denial_limited_to_unrelated_data_is_a_limit_of_scope():
    assert not pairs("遵循合法、正当、必要的原则，不收集与所提供服务无关的个人信息。")
    assert not pairs("学习通承诺绝不会收集任何与业务功能无关的个人信息和非必要信息。")
    assert ("personal_info", "not_collect") in pairs("我们不会收集您的个人信息。")


def test_a_fingerprint_or_face_unlock_method_is_a_feature_name():
    assert not pairs("登录成功后，你可以自行选择是否使用手机自带的指纹/面容ID启用快捷登录。")
    assert not pairs("如您使用的软件版本和硬件设备支持指纹或面容ID支付，您还可以在支付设置中选择开启或关闭对应的指纹或面容ID支付功能。")
    assert ("biometric.face", "collect") in pairs("当您使用实名认证功能时，我们会收集您的面部特征信息。")


def test_a_data_term_naming_an_sdk_is_no_data():
    # "指纹认证SDK", "人脸识别SDK", "设备指纹SDK": the rest of an SDK's name after the data term
    assert pairs("我行使用北京市商汤科技开发有限公司的人脸识别SDK，获取您的摄像头权限。") == {("media.camera", "collect")}
    assert pairs("我们使用了设备指纹SDK，需要采集您的系统版本、手机型号。") == {("device.hardware", "collect")}
    assert ("biometric.face", "collect") in pairs("我们使用了商汤科技的SDK，采集您的人脸识别信息。")


def test_game_coupons_and_payment_amounts_are_transactions():
    assert ("financial.transactions", "share") in pairs(
        "当您使用本产品购买关联游戏点券时，我们需要将您购买的点券信息提供给关联游戏。")
    assert ("financial.transactions", "collect") in pairs("当您购买卡券时，我们会收集您所购买的卡券名称、您的卡券使用信息。")
    assert ("financial.transactions", "collect") in pairs("我们会收集您的消费金额、缴费金额及交易日期。")


def test_syncing_to_our_servers_or_the_own_phone_is_no_sharing():
    # GUIDELINES: 同步 follows the direction; to the actor's servers it is collected, to the person's phone it goes nowhere
    assert pairs("当你有新邮件时，我们会把邮箱帐号同步到推送服务器。") == {("contact.email", "collect")}
    assert pairs("也可以将邮件中的日程同步到手机系统中，我们会访问你手机日历权限。") == {("calendar", "collect")}
    assert pairs("我们会将您的运动数据同步至华为运动健康App。") == {("health", "share")}


def test_publishing_the_persons_data_is_sharing():
    assert pairs("我们发布违规处罚公告时，会公布违规帐号的昵称等信息。") == {("account.profile", "share")}
    assert pairs("除在公布中奖活动名单时会脱敏展示中奖者手机号或登录名外，原则上我们不会将您的信息进行公开披露。") == {
        ("contact.phone", "share"), ("account.credentials", "share")}
    assert not pairs("如果您有任何疑问，请通过本《隐私政策》公布的联系方式与我们联系。")


def test_advice_to_the_person_is_no_practice():
    assert not pairs("互联网并非绝对安全的环境，我们强烈建议您在使用拼多多服务时不要使用非拼多多推荐的通信方式发送个人信息。")
    assert not pairs("若您是18周岁以下的未成年人，学习通建议您请您的父母或监护人仔细阅读本规则，并建议您在提交您的个人信息之前寻求父母或监护人的同意。")
    assert ("contact.phone", "collect") in pairs("我们建议您注册账号，注册时我们会收集您的手机号码。")


def test_measures_that_keep_data_safe_are_no_storage():
    assert not tuples("三、我们如何存储您的个人信息\n"
                      "我方将通过向其它服务器备份、对用户密码进行加密等安全措施确保您的信息不丢失，不被滥用和变造。\n")
    assert not pairs("转转会按现有技术提供相应的安全措施来保护您的信息，提供合理的安全保障。")
    assert ("personal_info", "share") in pairs("我们仅会在以下情况下，且采取符合业界标准的安全防护措施的前提下，才会公开披露您的个人信息：")


def test_what_the_person_should_do_to_keep_data_safe_is_no_practice():
    assert not pairs("因此，您应采取积极措施保证个人信息的安全，例如定期修改账号密码，不将自己的账号密码等个人信息透露给他人。")
    assert not pairs("在使用这些第三方网络之前，您应当仔细阅读其隐私政策，确保您同意其收集和分享您个人信息的方式。")
    assert ("personal_info", "not_share") in pairs("我们不会将您的个人信息透露给他人。")


def test_having_no_ability_to_protect_data_elsewhere_is_no_denial():
    assert not pairs("一旦您离开微博，浏览或使用其他网站、服务及内容资源，我们即没有能力及义务保护您在微博以外的网站提交的任何个人信息。")
    assert ("personal_info", "not_collect") in pairs("我们没有收集您的个人信息。")


def test_data_de_identified_before_it_is_shared_is_not_annotated():
    assert not pairs("根据法律规定，当共享、转让经采取技术措施处理的个人信息，使得数据接收方无法复原并重新识别特定个人身份时，我们将不会另行向您通知。")
    assert not pairs("请您了解，共享、转让经匿名化处理的个人信息，且确保数据接收方无法复原并重新识别个人信息主体的，无需另行向您通知。")
    assert ("personal_info", "share") in pairs("我们会与授权合作伙伴共享您的个人信息。")


def test_an_account_that_is_created_or_registered_is_no_account_data():
    assert not pairs("如你此前从未注册过抖音帐号，系统将为你创建一个抖音帐号。")
    assert not pairs("如果没有父母或监护人的同意，儿童不应创建自己的用户账号。")
    assert ("account.credentials", "collect") in pairs("当您注册时，您需要向我们提供您的手机号码，并创建账号密码。")


def test_more_ways_to_reach_the_recipient_is_a_purpose_not_contact_data():
    found = pairs("您可以另外填写收货人的固定电话号码、邮箱地址以增加更多的联系方式确保商品可以准确送达，但不填写这些信息不影响您订单的生成。")
    assert ("contact", "collect") not in found
    assert {("contact.phone", "collect"), ("contact.email", "collect")} <= found


def test_a_minor_told_to_get_a_guardians_consent_before_providing_information_is_no_practice():
    assert not pairs("我们会根据相关法律法规的规定，要求不满十四周岁的未成年人在使用腾讯视频的服务或向我们提供个人信息前，应当事先取得自己的监护人（比如自己的父母）的授权同意。")
    assert not pairs("如您为未成年人，建议请您的父母或监护人阅读本政策，并在征得您父母或监护人同意的前提下使用我们的服务或向我们提供您的信息。")
    assert ("personal_info", "collect") in pairs("在征得监护人同意后，我们会收集儿童的个人信息。")


def test_the_operation_record_of_browsing_and_clicking_is_usage():
    found = pairs("前述个人上网记录包括：您使用我们的音视频浏览、点击、搜索、播放、交流互动、下单、活动参与等我们提供的产品与/或服务时的操作记录。")
    assert ("usage", "collect") in found and ("usage.logs", "collect") not in found
    assert ("usage.logs", "collect") in pairs("在您使用App远程控制智能设备时，我们会收集设备的运行状态、操作记录及告警信息。")


def test_an_account_logged_into_at_the_time_of_a_practice_is_no_account_data():
    assert not pairs("你可以在注册登录页面，或者登录帐号后在【我】-【设置】-【隐私政策】页面查看本隐私政策。")
    assert ("account.credentials", "collect") not in pairs("在您登录华为账号并在华为运动健康App中授权后，我们会将您的步数同步至华为运动健康App。")
    assert ("account.credentials", "collect") in pairs("单位用户注册需提供个人姓名、登录账号（学号/工号）以便单位进行管理。")


def test_the_means_by_which_the_person_posts_is_no_data():
    found = pairs("您可以选择开启系统的相机权限，通过使用拍照、录视频、扫码等功能授权美团访问您的相机，以便于您可以实现“扫一扫”、"
                  "或者通过拍摄照片或录制视频等方式发布内容，如果您需要录制并发布有声视频时，您还需开启麦克风权限。")
    assert ("media.camera", "collect") in found
    assert ("media.photos", "collect") not in found and ("content", "collect") not in found

def test_merger_case_closed_by_de_is_a_transfer():
    assert ("personal_info", "share") in pairs(
        "我们不会将您的个人信息转让给任何公司、组织和个人，但因合并、收购或破产清算涉及个人信息转让的，我们会要求新的持有方继续受本政策约束。")
    assert ("personal_info", "not_share") in pairs(
        "我们不会将您的个人信息转让给任何公司、组织和个人，但因合并、收购或破产清算涉及个人信息转让的，我们会要求新的持有方继续受本政策约束。")
    assert ("content", "share") in pairs("我们在此提示您，由于对商品的留言和评论内容是公开发布的，如其中含有个人信息将给您带来一定风险。")


def test_elliptical_denial_of_providing_keeps_the_earlier_recipient():
    assert ("identity", "not_share") in pairs(
        "但我们仅会向这些委托方提供推广的覆盖面和有效性的信息，而不会提供您的个人身份信息，或者我们将这些信息进行汇总，以便它不会识别您个人。")
    assert ("personal_info", "not_share") in pairs(
        "对于广告合作方，我行可能会向其提供有关其广告覆盖面和有效性的信息，而不会提供您的个人信息。")
    assert not pairs("我们会为您提供服务，不会提供您的手机号码。")


def test_cookies_that_help_us_are_used():
    assert ("usage.cookies", "use") in pairs(
        "（1）记住您的身份。例如：COOKIES或同类技术有助于我们辨认您作为我们的注册用户的身份，或保存您向我们提供有关您的喜好或其他信息；")
    assert ("usage.cookies", "use") in pairs("Cookie可帮助我们按照您所希望的服务样式、外观的个性化设置为您提供服务。")


def test_permission_label_with_only_a_refused_consequence_keeps_its_data():
    found = tuples("一、我们如何收集和使用您的个人信息\n14. 应用设备权限调用说明\n（一）APP各项业务功能对系统权限的获取情况如下\n"
                   "位置：用于自动定位、搜索餐厅、基于地点位置的服务推荐、参加互动活动，如您选择不开启此权限，您将无法自动定位，"
                   "不会收到基于所在地点位置的推荐服务。\n")
    assert (4, "location", "collect", "first_party") in found


def test_user_as_the_standard_of_a_practice_is_not_its_subject():
    assert ("personal_info", "share") in pairs("1、获得您明确同意后，按您授权情况披露您的个人信息。")
    assert ("identity.age", "use") in pairs("如二者比对结果一致，即成功通过认证，并按用户实际年龄段匹配相应的游戏时限。")


def test_processor_bound_by_our_instructions_states_no_practice():
    assert ("personal_info", "use") not in pairs(
        "我们委托第三方客服服务商处理您的客服咨询记录。受托方仅能按照我们的要求处理个人信息，不得将其用于其他目的。")
    assert ("personal_info", "use") not in pairs(
        "我们会聘请关联方为我们提供客户支持服务。对我们委托处理个人信息的公司，我们会与其签署协议，要求其按照协议约定来处理个人信息。")


def test_pictures_the_app_caches_are_files_of_its_storage():
    found = pairs("为了提升软件运行的速度，我们在服务的过程中会对部分信息（包括图片、版本记录）进行本地化加密的临时存储读写。")
    assert ("storage.files", "collect") in found
    assert ("media.photos", "collect") not in found
    assert ("media.photos", "collect") in pairs("当您上传图片时，我们会收集您的图片。")


def test_data_shared_or_used_after_de_identification_is_not_annotated():
    assert not pairs("在适用法律允许的范围内，我们可能会对您的部分个人信息（例如您的电子邮件地址）进行去标识化处理后将这些信息与社交媒体平台共享。")
    assert not pairs("为统计我们的产品/服务使用情况，我们会对经过技术处理的用户数据进行汇总、分析和使用。")
    assert ("personal_info", "share") in pairs("我们可能会将您的个人信息与社交媒体平台共享。")


def test_deletion_deadline_after_closing_the_account_is_a_retention_period():
    assert pairs("您可以在“我的-设置”中申请注销账号。注销后，我们将停止为您提供服务，并在15个工作日内删除您的个人信息或对其进行匿名化处理。") == {
        ("personal_info", "store")}
    assert not pairs("注销账号后，我们将删除您的个人信息。")  # a deletion with no period is a bare promise
    assert ("account", "store") in pairs("相关账号信息将在15个工作日内被删除。")


def test_position_of_the_face_is_no_location():
    found = pairs("当您授权使用护眼模式时，我们会使用TrueDepth APIs来获取您面部的空间位置信息，用于实时计算您面部和设备屏幕之间的距离。")
    assert not any(data_type == "location" for data_type, _ in found)
    assert ("location", "collect") in pairs("我们会获取您的位置信息，用于为您推荐附近的商家。")

def test_party_of_a_relative_clause_in_an_earlier_clause_is_no_subject():
    found = pairs("您可通过我们为您提供的评论、问答、论坛、个人主页、直播及其他信息发布功能，选择公开发布图文/视频/直播内容，发表评价及问答内容。")
    assert ("content", "collect") in found
    assert ("media.photos", "collect") in found


def test_demonstrative_detail_naming_the_data_again_continues_the_practice():
    found = tuples("我们需要收集您的一些信息来保障账号安全，包括您的设备信息、服务日志信息。\n"
                   "前述服务日志信息包括：正在安装的应用信息或正在运行的进程信息、应用程序的总体运行、使用情况与频率、"
                   "应用崩溃情况、总体安装使用情况、性能数据、应用来源等。\n")
    assert (2, "usage.logs", "collect", "first_party") in found
    assert (2, "device.apps", "collect", "first_party") in found
    assert not {t for t in tuples("我们会收集您的个人信息。\n以上个人信息和个人敏感信息包含的内容分别与国家标准的附录一致。\n") if t[0] == 2}


def test_entering_data_coordinated_with_an_edit_verb_still_provides_it():
    found = pairs("1.5 当您编辑个人信息页面时，您可以填写或修改您的会员昵称、头像、性别及出生日期，以完善您的会员资料。")
    assert ("identity.gender", "collect") in found
    assert ("identity.birthdate", "collect") in found
    assert not pairs("您可以在设备的设置功能中开启或关闭地理位置、通讯录、摄像头等权限。")


def test_cookies_that_help_us_determine_pages_and_time_collect_usage():
    found = pairs("COOKIES能帮助我们确定您连接的页面和内容，您在网易云音乐上花费的时间和您所选择的服务。")
    assert ("usage.history", "collect") in found
    assert ("usage", "collect") in found


def test_a_benefit_cookies_bring_to_the_service_is_their_use():
    assert pairs("COOKIES使得我们能更好、更快地为您服务，并且使您在网易云音乐上的经历更富个性化。") == {("usage.cookies", "use")}
    assert pairs("Cookie可以使得我们更好、更快地为您提供服务。") == {("usage.cookies", "use")}

def test_like_glossed_by_its_other_name_is_usage_history():
    found = pairs("（3）你公开发布的作品、粉丝数量、喜欢（点赞）的作品将会在个人主页中展示。")
    assert ("usage.history", "share") in found
    assert ("usage.history", "collect") in pairs("你主动提供的信息：点赞(喜欢)、取消点赞（取消喜欢）")


def test_topic_named_before_a_later_clause_takes_its_practice():
    found = pairs("通讯录、位置、相机、相册（存储，下同）、麦克风、日历等系统权限，均不会默认开启，只有经过您单独同意后，才会在为实现特定服务/功能时访问。")
    assert ("social.contacts", "collect") in found and ("calendar", "collect") in found
    found = pairs("当您在游戏中通过文字、图片、语音、视频与其他玩家进行互动，我们可能会收集并保存您发送的上述信息内容。")
    assert ("media.photos", "store") in found
    assert not pairs("如果您从微信帐号切换为 WeChat 帐号，本隐私政策将从我们的系统记录该切换之日起适用于您。")


def test_account_with_its_related_information_is_account_data():
    found = pairs("（）客户服务：为及时处理你的投诉、建议以及其他诉求，客户服务提供商需要使用你的帐号及相关信息，以及时了解、处理和响应你的需求。")
    assert any(data_type == "account" for data_type, _ in found)


def test_communication_records_and_content_are_correspondence():
    found = pairs("当您与我们联系时，我们可能会保存您的通信/通话记录和内容或您留下的联系方式及相关信息，以便与您联系或帮助您解决问题。")
    assert ("communication.messages", "store") in found
    assert ("communication.call_log", "store") not in found

def test_run_in_title_sentence_of_an_item_is_only_a_title():
    text = ("1.2 我们在您使用产品或服务时获取的信息\n"
            "1.2.1 日志信息。当您使用我们的产品或服务时，我们可能会自动收集相关信息并存储为服务日志信息。\n"
            "(1) 设备信息。 例如，设备型号、操作系统版本、唯一设备标识符、电池、信号强度等信息。\n"
            "(5) 通讯日志信息。 例如，您在使用我们产品或服务时曾经通讯的账户、通讯时间和时长。\n"
            "(3) IP 地址。\n")
    found = {(line, data_type) for line, data_type, _, _ in tuples(text)}
    assert (3, "device.hardware") in found and (3, "device.id") in found
    assert (3, "device") not in found
    assert (4, "communication") in found and (4, "usage.logs") in found
    assert (5, "network.ip") in found


def test_stopping_or_forbidding_our_collection_is_a_control():
    assert not pairs("通讯录联系人姓名信息属于敏感个人信息，您可以随时通过取消系统授权百度地图访问，停止我们对您的通讯录联系人姓名信息的收集。")
    assert not pairs("对于本款产品而言，您可以通过手机的设置功能关闭我们对您位置、面部ID、相机、相册等权限的使用。")
    assert not pairs("您可以通过设备级设置禁止收集和使用您的位置数据。")
    assert ("calendar", "collect") in pairs("我们可能会申请设备系统的日历权限，您可以随时通过取消系统授权停止我们对您的日历信息的收集。")


def test_biometrics_checked_on_the_device_are_not_collected():
    found = pairs("您选择使用面容解锁或指纹解锁时，我们将调用您在设备中已设置的面容ID或指纹ID，我们仅接收验证结果，"
                  "并不收集您的指纹ID信息或面容ID信息。")
    assert ("biometric.fingerprint", "not_collect") in found and ("biometric.face", "not_collect") in found
    assert ("biometric.fingerprint", "collect") not in found and ("biometric.face", "collect") not in found
    found = pairs("智能门锁的指纹和面部信息仅存储在门锁本地的安全芯片中，我们不会收集、上传您的指纹和面部识别信息。")
    assert ("biometric.fingerprint", "store") not in found and ("biometric.fingerprint", "not_collect") in found
    assert ("biometric.face", "collect") in pairs("在人脸识别过程中，我们会获取您的人脸图像及视频信息，用于身份核验。")


def test_caching_is_no_retention():
    found = tuples("1.4.15 作业帮APP集成支付宝(中国)网络技术有限公司的支付宝SDK，支付宝SDK收集您的国际移动设备识别码（IMEI）、"
                   "手机状态、系统版本、网络状态，用于处理和缓存您的支付订单及支付状态。\n")
    assert (1, "device.id.imei", "collect", "alipay") in found
    assert not any(action == "store" for _, _, action, _ in found)
    assert ("location", "collect") in pairs("我们会收集并缓存您的位置信息，以便为您推荐附近的商家。")
    assert ("location", "store") in pairs("我们会将您的位置信息保存在服务器上。")


def test_inventory_list_documents_and_their_summary_are_no_practice():
    assert not pairs("详细的与合作方共享个人信息清单请查看《第三方合作个人信息共享》。")
    assert not pairs("对于我们收集的个人信息清单明细，您可以查阅以下《斗鱼已收集个人信息清单》。")
    assert not pairs("为使您便捷了解我们有关您的个人信息收集、使用的主要情况，我们制定了《个人信息收集清单》。")
    assert ("personal_info", "share") in pairs("我们可能会与合作方共享您的个人信息，详见《第三方共享个人信息清单》。")


def test_someone_elses_data_with_a_request_to_make_sure_they_agreed_is_a_caution():
    assert not pairs("如果您在收货信息中提供他人的个人信息，请您确保已经获得他人的同意。")
    assert not pairs("请您注意：如果您提供的是他人个人信息，请确保已取得相关个人信息主体的授权或同意。")
    found = pairs("当您为未成年人预订产品（如儿童机票）时，我们会收集该未成年人的姓名、证件号码和出生日期，请您确保已取得其监护人的同意。")
    assert ("identity.name", "collect") in found and ("identity.id_number", "collect") in found


def test_photo_of_an_identity_document_is_the_document():
    found = pairs("房东可能会直接通过爱彼迎平台收集您的一些信息，例如您的姓名、联系方式、政府签发的身份证件的号码或照片。")
    assert ("identity.id_number", "collect") in found and ("media.photos", "collect") not in found
    found = pairs("涉及跨境交易时您需要提供您的真实姓名、身份证件号码以及身份证件正反面照片以完成清关。")
    assert ("identity.id_number", "collect") in found and ("media.photos", "collect") not in found
    assert ("media.photos", "not_collect") in pairs("我们不会要求提供儿童的真实姓名、身份证号码、照片或学校名称。")


def test_bare_relative_phrase_of_what_is_shared_is_no_content():
    assert not pairs("第三方搜索引擎可能会为您在爱彼迎平台上公开分享的信息建立索引。")
    assert not pairs("我们可能会获得您在使用第三方合作伙伴产品或服务时所产生或分享的信息。")
    assert ("content", "collect") in pairs("您在美团外卖上主动对商家的产品/服务进行评价或发布其他内容时，我们将收集您发布的信息。")


def test_masked_or_deidentified_data_shared_is_not_annotated():
    assert not pairs("为维护您和其他微博用户的正当合法权益，我们会与数据安全合作伙伴共享脱敏后的您的设备信息、联网信息。")
    assert not pairs("为分析我们服务的使用情况，可能会与关联方或第三方共享产品使用情况（崩溃、闪退、使用时长）的去标识化数据。")
    assert ("device", "share") in pairs("我们会与数据安全合作伙伴共享您的设备信息。")


def test_what_a_major_change_covers_and_the_varies_by_service_disclaimer_state_no_practice():
    assert not pairs("如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等；")
    assert not pairs("（1）我们的服务模式发生重大变化，如处理个人信息的目的、处理的个人信息的类型、个人信息的使用方式；")
    assert not pairs("请您知悉和了解，本指引中所述服务和对应个人信息收集和使用情况，可能因为您选择使用的具体服务，以及您使用的设备型号、系统版本等因素存在差异。")
    assert not pairs("（2）请你了解，本隐私政策中所述的醒图及相关服务可能会根据你所使用的设备型号、系统版本、软件应用程序版本等因素而有所不同。")
    assert ("device.hardware", "collect") in pairs("我们会收集您使用的设备型号、系统版本，不同设备收集的信息可能存在差异。")


def test_changing_or_withdrawing_consent_and_rules_that_change_state_no_practice():
    assert not pairs("您可以通过删除信息、关闭或开启特定产品功能、关闭或开启特定产品获取的设备权限（具体权限因用户使用的设备型号、系统版本不同而存在差异），变更对我们收集和使用您的个人信息的授权范围。")
    assert not pairs("部分个人信息收集和使用对应我们服务的基础功能，如您希望撤回相关个人信息收集和使用的授权可能导致我们无法为您提供服务。")
    assert not pairs("对于额外收集的个人信息的收集和使用，您可以随时给予或收回您的授权同意。")
    assert not pairs("当本指引所述的个人信息收集和使用规则和其他法律法规规定事项发生变更时，我们会在版本更新时以适当的方式向您提示变更后的指引。")
    assert not pairs("具体个人信息收集和使用规则会在您绑定账号时向您同步，并在获取您的授权同意后完成账号绑定和信息共享。")
    assert ("location", "collect") in pairs("我们会收集您的位置信息，您可以通过系统设置关闭位置权限。")


def test_glossary_entries_rights_limits_and_access_limits_state_no_practice():
    assert not pairs("去标识化：指个人信息经过处理，使其在不借助额外信息的情况下无法识别特定自然人的过程。")
    assert not pairs("直接使用特定自然人的个人信息，形成该自然人的特征模型，称为直接用户画像。")
    assert not pairs("但对于超出我们个人信息存储范围、超过合理限度，或者响应您的请求将导致您或其他第三方合法权益严重受损等情形下，我们可能无法响应您的申请。")
    assert not pairs("但请您注意，在您联系我们进行个人信息权利响应申请时，为保障账号和个人信息安全，我们可能会对您的身份、账号安全状态等进行验证。")
    assert not pairs("请您理解，由于不同终端设备操作系统的原因，在不同终端上的权限名称会有所区别。")
    assert not pairs("对于未成年人的个人信息收集情况，详见本指引第7条。")
    assert not pairs("1）您可以填写个人信息和隐私问题反馈问卷与我们联系；")
    assert not pairs("我们采取严格的数据使用和访问制度，确保只有授权人员才可访问你的个人信息。")
    assert not pairs("如果授权合作伙伴将您的信息用于我们未委托的用途，其将单独征得您的同意。")
    assert ("location", "collect") in pairs("（b）位置信息：指您开启设备定位功能并使用我们基于位置提供的相关服务时，我们收集的您的位置信息。")


def test_bold_clause_notes_state_no_practice():
    # the consent implied by continued use states the practices it consents to (GUIDELINES), see
    # test_extract_zh_families.py
    assert not pairs("涉及本政策中与您的权益（可能）存在重大关系的条款以及涉及敏感个人信息的处理，我们已经以字体加粗、下划线或其他合理方式提示您重点阅读。")
    assert ("personal_info", "collect") in pairs("您于线上点击同意本政策，或者您的孩子使用/继续使用网易服务、提交个人信息，都表示您同意我们按照本政策收集、使用您孩子的个人信息。")


def test_disclaimers_on_what_the_user_discloses_state_no_practice():
    assert not pairs("特别提示：使用知乎的过程中，您主动公开分享、共享的个人信息，不受本指引限制（如向其他互联网平台转发内容）。")
    assert not pairs("如您将信息通过上述渠道公开或共享，由此造成您的信息泄露，我们不承担责任。")
    found = pairs("您充分了解，当您自行作出披露时，知乎仅是存储了包含该等信息的内容或系统日志，但不会主动识别该等信息属于您的个人信息。")
    assert ("personal_info", "not_collect") not in found and ("usage.logs", "store") in found


def test_users_own_choice_of_whom_to_communicate_with_is_no_practice():
    assert not pairs("当您通过我们的服务创建交流、交易或分享时，您可以自主选择沟通、交易或分享的对象，作为能够看到您的交易内容、联络方式、交流信息或分享内容等相关信息的第三方。")
    assert not pairs("当您通过我们的服务进行沟通交流、分享内容时，您可以自主选择沟通、分享的对象，作为能够看到您的联络方式、交流信息等相关信息的第三方。")
    assert ("contact.address", "share") in pairs("在使用菜鸟APP进行寄件操作时，您不可避免地要向合作快递物流服务商披露自己的个人信息，如联络方式或联系地址。")


def test_what_incognito_mode_clears_on_the_device_is_no_practice():
    assert not pairs("在您使用无痕浏览模式时，您的搜索历史、网页浏览历史、cookie和本地存储的缓存，会在您退出无痕浏览模式或者重启浏览器之后全部清除。")
    # 上述 governs the whole list it opens: data resumed by a demonstrative gives no tuple (GUIDELINES: demonstratives)
    assert not pairs("在无痕浏览模式下，我们仍然会收集上述设备信息、服务日志信息数据。")


def test_other_means_of_contact_as_a_channel_name_no_data():
    found = pairs("如有必要，也可能需要使用你的手机号码或通过其他通讯方式与你取得联系。")
    assert ("contact.phone", "use") in found and ("contact", "use") not in found
    assert ("contact", "collect") in pairs("我们会收集您的联系方式，以便与您取得联系。")


def test_scope_restrictions_of_collection_are_no_denial():
    assert not pairs("我们会采取一切合理可行的措施，确保未收集无关的个人信息。")
    assert not pairs("特别需要指出的是，即使经过您的授权，我们获得了这些敏感权限，也不会在相关功能或服务不需要时而收集您的信息。")
    assert ("social.contacts", "not_collect") in pairs("我们不会收集您的通讯录信息。")


def test_what_sensor_data_alone_lacks_and_teaching_children_state_no_practice():
    assert not pairs("请您理解，单独的设备传感器数据不涉及任何个人位置信息且无法与其他信息结合用于识别特定自然人的身份。")
    assert not pairs("我们希望请您与我们共同保护儿童的个人信息，教育引导儿童增强个人信息保护意识和能力，指导、提醒和要求他们在未经您同意的情况下，不向任何网络产品和服务提供者提供任何个人信息。")
    assert ("location", "not_collect") in pairs("我们不会收集您的位置信息。")


def test_section_headings_of_banks_and_on_transfers_or_rights_state_no_practice():
    text = ("个人信息保护政策\n\n本《个人信息保护政策》将帮助您了解以下内容：\n\n1．我行如何收集和使用您的个人信息\n\n"
            "3．我行如何共享、转让和公开披露您的个人信息\n\n5．您控制个人信息的权利\n\n7、您的个人信息如何在全球范围转移\n\n"
            "我行会收集您的手机号码。\n")
    assert {line for line, *_ in tuples(text)} == {13}
    assert ("personal_info", "collect") in pairs("2、第三方共享的您的信息。亦即第三方使用网易云音乐服务时所提供有关您的共享信息。")


def test_steps_of_a_path_through_the_apps_screens_state_no_practice():
    text = ("个人信息保护指引\n\n您可以通过以下路径查看您的资料：\n\n（1）进入QQ邮箱后，点击【简历】；\n\n"
            "5) 点击【编辑资料】，显示昵称、性别等基本信息；\n\n我们会收集您的昵称。\n")
    assert {line for line, *_ in tuples(text)} == {9}


def test_where_the_user_views_and_manages_a_grant_is_a_control():
    assert not pairs("您可以在关联产品【设置】页面根据提示查看和管理您的游戏历史信息授权，或选择是否向其他用户展示您的游戏历史信息。")
    # (the game history is a record of the person's use of the game, usage, as 战绩 and 段位 are: mappings/terms/zh.yaml)
    assert ("usage", "share") in pairs("我们会向其他用户展示您的游戏历史信息。")


def test_exclusion_closed_in_parentheses_leaves_out_only_what_it_names():
    got = pairs("关于通信的一般信息，例如，通信的时间、日期和持续时间（但不包括此类通信的内容）、关于您的使用情况的统计，及流量数据。")
    assert ("usage", "collect") in got and ("usage", "not_collect") not in got
    assert ("device.id.imei", "not_collect") in pairs("我们会收集您的设备信息，但不包括IMEI。")


def test_account_activity_is_recorded_under_and_the_login_state():
    got = pairs("如果您已登录账号，我们会通过您的WiFi万能钥匙账号记录您的【点击、浏览、分享、评论等】。")
    assert ("account", "use") in got and not any(t == "account.credentials" for t, _ in got)
    got = pairs("如果你已登录帐号，我们会通过你所登录的抖音帐号记录你的【点击、播放、分享、评论等】。")
    assert ("account", "use") in got and not any(t == "account.credentials" for t, _ in got)
    assert ("account.credentials", "collect") in pairs("您需要提供您的抖音帐号。")


def test_use_of_the_service_named_as_information_is_usage():
    assert ("usage", "store") in pairs("即构实时音视频SDK记录并保存您登录和使用本服务的信息，将收集您的IP 地址。")
    got = pairs("我们也会收集一些您使用我们服务的日志信息，例如访问过的页面或者点击过的链接。")
    assert ("usage", "collect") in got and ("usage.logs", "collect") in got
    assert not any(t == "usage" for t, _ in pairs("您可以按照提示查询更多有关您使用本游戏产品和服务的信息。"))


def test_bare_device_and_network_at_the_head_of_an_ad_data_list():
    got = pairs("广告合作方可能需要使用你的设备、网络、广告点击、浏览、展示以及广告转化数据等信息，用于分析广告的有效性。")
    assert {("device", "use"), ("device.network", "use"), ("usage", "use")} <= got
    assert not any(t == "usage.history" for t, _ in got)


def test_what_the_merchant_or_courier_gets_to_know_is_collected_by_them():
    got = pairs("在您成功下单后，如商品/服务需要第三方配送，第三方商家及物流服务提供方不可避免地会获知您的收货人信息。")
    assert ("contact", "collect") in got
    got = pairs("商家及第三方配送公司在发货及配送环节内不可避免地会获知您的交易商品订单信息、收货人信息。")
    assert {("contact", "collect"), ("financial.transactions", "collect")} <= got
    # couriers named without 第三方 are third parties too (GUIDELINES: what the user unavoidably discloses to a courier)
    got = tuples("您知晓并同意相应物流配送主体不可避免地获知及使用您的配送信息，用于完成交付目的。")
    assert {(1, "contact", "collect", "third_party"), (1, "contact", "use", "third_party")} <= got
    assert (1, "contact", "collect", "first_party") not in got
    assert tuples("配送员会获知您的收货地址。") == {(1, "contact.address", "collect", "third_party")}
    assert {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of("我们会向物流服务商提供对应的订单信息。")} == {
        ("financial.transactions", "share", "first_party", "third_party")}


def test_the_device_storage_the_app_is_let_into_is_the_files_on_it():
    got = pairs("当您使用本地音乐功能时，我们需访问您的设备存储权限，以及您设备中的本地音乐信息。")
    assert ("storage.files", "collect") in got and ("storage", "collect") not in got
    got = pairs("当您使用学习通产生缓存、下载图书至本机时，将读取您的SD卡，以实现信息的读取和存储。")
    assert ("storage.files", "collect") in got and not any(t == "storage" for t, _ in got)
    got = pairs("上述功能可能需要您向我行开启您的相机（摄像头）、麦克风、存储空间、电话、NFC的访问权限。")
    assert ("storage.files", "collect") in got
    assert ("storage", "collect") in pairs("该SDK需要获取设备型号、设备存储信息，用于实现推送服务。")


def test_our_access_after_the_users_consent_is_ours():
    got = pairs("为了验证您的身份信息，我们会在您授权同意后，访问您的设备信息、微信OpenID。")
    assert {("device", "collect"), ("account.credentials", "collect")} <= got
    assert ("device.apps", "collect") in pairs("为了将您所安装的应用分享给好友，我们会在获得您的明示同意后，访问您的应用列表。")


def test_what_an_order_records_is_collected_with_it():
    got = pairs("同时该订单中会载明您所购买的商品及/或服务信息、具体订单号、下单时间、您应支付的金额、支付方式。")
    assert ("financial.transactions", "collect") in got
    assert not pairs("如您不满意，还可以通过本隐私政策第九条载明的客服联系方式发起投诉。")


def test_follows_and_followers_among_other_data_are_the_social_graph():
    assert ("social", "share") in pairs("您公开发布的作品、关注将会在个人主页中展示。")
    got = pairs("您的个人资料、您的获赞、粉丝、关注及泡泡圈列表、您的动态将在您的个人空间页公开展示。")
    assert ("social", "share") in got
    assert not any(t == "social" for t, _ in pairs("我们会收集您的昵称、头像、等级、粉丝牌等帐号相关信息。"))


def test_information_related_to_a_kind_of_data_is_that_data():
    got = pairs("您可以修改和补充您的昵称、性别、生日以及您的实名认证相关信息，这些信息均属于您的个人信息。")
    assert ("identity", "collect") in got
    got = pairs("我们可在必要范围内向该企业披露与预订相关的信息（例如预订日期、房源详情等）。")
    assert ("financial.transactions", "share") in got
    assert ("device", "collect") in pairs("在基本功能模式下，我们会收集与您的移动设备相关的信息，包括设备MAC地址。")

def test_device_parameters_software_used_and_the_phone_information_permission():
    # GUIDELINES, Data types: the name fits no child ID (device), the model is hardware
    assert pairs("我们会收集您的设备参数信息（设备名称、设备型号）。") == {("device", "collect"), ("device.hardware", "collect")}
    assert pairs("为确保操作环境的安全或提供服务所需，我们会收集有关您使用的移动应用和其他软件的信息。") == {
        ("device.apps", "collect")}
    got = pairs("我们的服务器可能会自动记录一些信息，包括IP地址、下载、安装或使用本软件的信息以及访问服务的日期、时间。")
    assert any(t == "usage" for t, _ in got) and not any(t in ("device", "device.apps") for t, _ in got)
    got = pairs("在您开启电话权限或手机信息权限后，我们将会收集您的手机号码及设备的IMEI。")
    assert ("device.id", "collect") in got and ("device", "collect") not in got


def test_the_sd_card_is_its_files_and_the_call_state_the_phone_permission():
    assert pairs("当您下载图书至本机时，我们将读取您的SD卡，以实现信息的读取和存储。") == {("storage.files", "collect")}
    assert pairs("我们会收集设备内存、剩余内置和外置SD卡空间容量。") == {("storage", "collect")}
    got = pairs("当您使用语音通话功能时，我们会读取您的手机通话状态，用于判断您是否有系统通话正在进行中。")
    assert ("device.id", "collect") in got and not any(t == "communication.call_log" for t, _ in got)
    assert ("communication.call_log", "collect") in pairs("我们需要记录您的聊天信息、语音通话状态信息（非通话内容）。")


def test_the_purpose_activity_or_scope_of_a_handling_is_a_topic():
    assert pairs("关联公司如要改变个人信息的处理目的，将再次征求您的授权同意。") == set()
    assert pairs("我们将对个人信息的共享活动事先进行个人信息保护影响评估，对输出形式、流转、使用等采取有效的技术保护措施。") == set()
    assert pairs("如变更个人信息使用目的时，我们将要求该公司、组织重新取得您的明确同意。") == set()
    assert ("personal_info", "store") in pairs("我们对您的个人信息的存储时间将限于实现您授权使用的目的所必需的最短时间。")


def test_video_recorded_as_the_occasion_of_microphone_use_names_no_camera():
    got = pairs("请您知晓，即使您已同意开启麦克风权限，我们也仅会在您主动点击客户端内麦克风图标或录制视频时通过麦克风获取语音信息。")
    assert ("media.audio", "collect") in got and not any(t == "media.camera" for t, _ in got)


def test_features_named_as_examples_of_identity_verification_name_no_content():
    got = pairs("（4）你同意并理解，在你使用需要进行身份认证的功能或相关服务时（例如：你通过本应用实现的用户内容上传、发布、分享、评论等），"
                "根据相关法律法规，你应保证你所使用的相关第三方帐号已完成实名制注册登记；或者你可能需要提供你的真实身份信息（如姓名、身份证号）。")
    assert ("identity.name", "collect") in got and not any(t == "content" for t, _ in got)


def test_classing_data_as_sensitive_names_no_personal_information():
    got = pairs("根据活动可能需要您提供姓名、银行账号信息。这些信息可能包括个人敏感信息（如个人电话号码），如果您拒绝提供这些信息，可能影响您参加相关活动。")
    assert ("identity.name", "collect") in got and not any(t == "personal_info" for t, _ in got)
    got = pairs("我们会记录您的APP账号关联的数字钱包编号。数字钱包编号是您的敏感个人信息，如您不同意我们记录前述信息，您将无法关联数字钱包。")
    assert not any(t == "personal_info" for t, _ in got)


def test_childrens_data_collected_with_or_without_consent_as_a_topic_is_no_practice():
    assert pairs("对于已经过未成年人的父母或法定监护人同意而收集的未成年人个人信息，我们只会在法律允许、父母或法定监护人明确同意、"
                 "保护未成年人所必要的情况下使用或公开披露相关信息。") == set()
    assert pairs("如果您认为我们未经家长/监护人同意和确认而持有任何儿童的任何个人信息，请联系我们的数据保护官。") == set()
    assert pairs("如果本应用确实存在在未事先获得父母或法定监护人同意的情况下收集了未成年人的个人信息，则将设法尽快删除相关数据。") == set()
    assert ("personal_info", "not_collect") in pairs("我们不会主动直接向未成年人收集其个人信息。")


def test_a_collection_limited_to_when_a_feature_needs_it_is_a_restriction():
    assert pairs("即使经过您的授权，我们已获得这些权限，我们也仅会在相关功能或服务需要时而收集您的信息。") == set()
    assert pairs("我们将按照本政策所述，仅为实现我们产品或服务的功能，收集、使用您的信息。") == set()
    assert pairs("我们仅会在您使用相关功能时收集您的位置信息。") == {("location", "collect")}


def test_feature_words_before_a_feature_ending_name_a_feature():
    assert pairs("在您使用发布、评论及其他要求实名认证的功能与服务前，我们将另行收集您的手机号码以完成实名认证。") == {
        ("contact.phone", "collect")}
    assert pairs("当您使用录制视频功能时我们将访问您的设备麦克风和录音相关权限，我们需要收集您的语音信息。") == {
        ("media.audio", "collect")}
    got = pairs("当您使用我们视频、音频、直播、电子读物等服务内容的浏览、播放功能时，我们需要收集您的设备信息、日志信息。")
    assert ("device", "collect") in got and not any(t.startswith("media") for t, _ in got)
    got = pairs("在您使用微博内提供的拍摄道具、影集制作等工具时，我们将需要识别您的面部特征值信息。")
    assert not any(t == "media.camera" for t, _ in got)
    assert ("content", "collect") in pairs("我们会收集您发布的评论。")


def test_a_refusal_span_runs_over_a_comma_inside_a_bracket_it_opened():
    assert pairs("1）您可以在您使用的游戏产品中查询和访问您的账号基础信息（账号头像、昵称，以及其他您选择填写的个人信息）、"
                 "游戏历史信息（如角色等级、成就、战绩，以及各个产品特定的游戏信息）。") == set()
    assert pairs("您可以在本产品内查阅您的帐号基础信息（帐号头像、昵称，以及其他您选择填写的个人信息，具体以特定游戏设置功能为准）。") == set()


def test_the_persons_access_to_their_own_data_is_a_right_not_a_collection():
    assert pairs("您可以在登录后访问您的个人信息。") == set()
    assert pairs("我们将尽一切可能采取适当的技术手段，保证您可以访问、更新和更正自己的注册信息或使用我们的服务时提供的其他个人信息。") == set()
    assert pairs("您可通过【设置→绑定信息】访问您的手机号、微信、QQ、微博绑定信息") == set()
    assert ("health", "collect") in pairs("您可以允许我们访问您的活动与体能训练记录，通过读取您的活动与体能训练，记录步频和步数信息。")


def test_an_upload_denial_in_an_sdk_record_denies_collecting_the_data_before_it():
    got = pairs("（15）云闪付SDK：当您使用云闪付功能时，我们使用了银联的云闪付SDK，采集您的IMEI、android id设备信息，只用于客户端密钥生成，"
                "并不传输至后台。")
    assert {("device.id.imei", "collect"), ("device.id.imei", "not_collect"), ("device", "not_collect")} <= got
    got = pairs("小米推送SDK\n数据类型：设备标识（OAID）、设备相关信息【如设备型号、SIM卡运营商名称、当前网络类型（其中当前网络类型仅在设备本地读取，"
                "不会上传至小米服务器）】")
    assert ("device.network", "not_collect") in got and ("device.hardware", "not_collect") not in got


def test_sensitive_data_handling_as_the_condition_of_separate_consent_is_no_practice():
    assert pairs("百度地图会不时针对新推出的服务和功能发起运营活动，如推出的新服务需要处理您的个人信息或申请设备系统权限，且此前未经过您的授权同意，"
                 "我们会另行获得您的同意，其中，如涉及敏感个人信息的处理，我们会另行获得您的单独同意。") == set()


def test_data_stored_as_log_information_names_no_log_data():
    got = pairs("3.1我们或我们的第三方合作伙伴可能通过COOKIES或同类技术获取和使用用户信息，并将该信息储存为日志信息。")
    assert ("personal_info", "collect") in got and not any(t == "usage.logs" for t, _ in got)


def test_a_title_line_naming_a_topic_states_no_practice():
    assert pairs("一、我们如何收集和使用您的个人信息\n（四）敏感信息及密码保护提示：\n2.1 传感器应用场景声明") == set()
    assert pairs("4.我方共享、转让、公开披露您个人信息的方式") == set()
    assert pairs("目前我们不存在向境外提供您的个人信息的场景。") == {("personal_info", "not_share")}


def test_learning_records_are_usage():
    assert pairs("课程学习时，我们会记录儿童的学习进度、答题结果，并收集您的学习记录，以便核实您的学习情况。") == {
        ("usage", "collect")}


def test_labels_over_lettered_items_state_no_practice():
    text = ("1.4 美化工具\n"
            "为实现这些功能及服务，我们会收集和使用以下信息：\n"
            "面部识别信息\n"
            "a.你选择使用某些美化工具时，我们需要在本地客户端识别、处理你的面部特征信息用于渲染效果。\n"
            "（2）以下是您在使用我们服务时，我们获取的信息：\n"
            "（a）设备信息\n"
            "您设备的品牌、设备型号、系统版本等信息。\n")
    lines = {line for line, *_ in tuples(text)}
    assert 3 not in lines and 6 not in lines
    assert (4, "biometric.face", "use", "first_party") in tuples(text)
    assert (7, "device.hardware", "collect", "first_party") in tuples(text)


def test_relative_clause_inside_data_term_leaves_our_verb():
    assert pairs("我们会将您上传的照片共享给合作方，以便完成冲印服务。") == {("media.photos", "share")}
    assert pairs("我们会将您上传的内容储存在服务器。") == {("content", "store")}


def test_browsing_named_as_behaviour_is_history():
    assert pairs("个性化推荐：我们将基于您在百度文库内的搜索、浏览等使用行为信息、设备信息，以便向您推荐您可能更感兴趣的内容。") == {
        ("usage", "use"), ("usage.history", "use"), ("device", "use")}
    assert pairs("58同城可能使用您在58同城网站浏览的行为数据，根据您的兴趣喜好展现与您兴趣相关的信息。") == {
        ("usage.history", "use")}


def test_labelled_items_continue_their_introduction():
    text = ("我们可能会收集您选择向我们提供的额外个人信息。这些信息可能包括：\n"
            "基于位置的服务的信息：地理位置信息，例如精确或粗略的位置信息。如果您启用地理位置信息，我们也可能会收集此信息。\n"
            "服务改进与平台研发：您的使用信息、移动设备上的应用程序列表、日志数据，以及通过cookies所获取的信息。\n")
    found = tuples(text)
    assert (3, "device.apps", "collect", "first_party") in found
    assert (3, "usage.logs", "collect", "first_party") in found
    assert (3, "usage", "collect", "first_party") in found


def test_restated_head_of_details_is_named():
    text = ("当您使用浏览、播放功能时，我们需要记录您的设备信息。\n"
            "前述设备信息包括：网络相关信息（IP地址、网络状态）和设备参数信息（设备名称、设备型号）。\n")
    found = tuples(text)
    assert (2, "device", "collect", "first_party") in found
    assert (2, "network.ip", "collect", "first_party") in found

def test_data_treated_leaked_or_carrying_a_duty_takes_no_section_practice():
    text = ("三、我们如何共享、转让、公开披露您的个人信息\n"
            "我们会以高度的勤勉义务对待您的信息。\n"
            "对于一些合作方如果出现泄露您的信息等侵犯您个人权益的行为，我们承担相应的责任。\n"
            "我们知晓对外共享、转让、公开披露个人信息所承担的相应法律责任。\n"
            "我们会与合作伙伴共享您的设备信息。\n")
    lines = {line for line, *_ in tuples(text)}
    assert not lines & {2, 3, 4}
    assert (5, "device", "share", "first_party") in tuples(text)


def test_bluetooth_as_the_link_to_the_persons_device_is_no_data():
    assert pairs("在您佩戴穿戴设备并完成绑定后，穿戴设备会通过光电传感器采集心率，并在您打开本App时通过蓝牙同步至本App。") == {
        ("device.sensors", "collect"), ("health", "collect")}
    assert not any(t == "device.network" for t, _ in pairs("本App会读取您的短信内容，并通过蓝牙转发至手表显示。"))
    assert ("device.network", "collect") in pairs("9．蓝牙权限：如您使用蓝牙连接智能设备时，我们可能会使用到蓝牙权限。")


def test_pointers_to_another_partys_rules_state_no_practice():
    assert pairs("关于第三方服务具体如何收集、使用您的个人信息，建议您参考第三方服务的相关服务协议及隐私政策。") == set()
    assert pairs("关于第三方SDK具体调用的设备权限类型，以及如何收集、使用您的个人信息，建议您参考第三方SDK的相关服务协议及隐私政策。") == set()
    assert pairs("若您希望了解第三方服务提供商收集个人信息的具体规则，请参阅您选择的第三方付款服务提供商的隐私政策。") == set()
    assert pairs("第三方小程序可能收集、使用您的相关信息，以便您使用其提供的服务。") == {
        ("personal_info", "collect"), ("personal_info", "use")}


def test_data_shown_under_de_identification_is_no_use():
    assert pairs("您在美团外卖上生成的订单中，将可能包含您的身份信息、联络信息、地址信息、支付信息等，这些都属于敏感信息，请您谨慎向他人展示"
                 "或对外提供，我们也将会在展示订单信息时，在保证信息可用性的基础上尽量去标识化处理。") == set()
    assert pairs("我们会在订单页面展示您的订单信息。") == {("financial.transactions", "use")}


def test_glossary_definitions_of_tracking_technologies_state_no_practice():
    assert pairs("Cookie 是一种可让网站服务器将数据存储于客户端或从客户端中读取数据的中立技术。") == set()
    assert pairs("ET Tag 是在互联网浏览器与互联网服务器之间背后传送的 HTTP协议标头，可代替 Cookie，用以追踪个别使用者。") == set()
    assert pairs("Web beacon 是装嵌在网站或电邮内的电子图像文件案或其他技术，可用于计算访客数目、记录您是否及何时阅览电邮或网站。") == set()
    assert pairs("此后，客户端发起的该范围内的HTTP请求都将把该状态信息的当前值从客户端返回给服务器，这个状态信息被称为Cookie。") == set()
    assert ("usage.cookies", "use") in pairs("我们会使用Cookie来记住您的偏好设置。")


def test_storage_verb_naming_a_retention_span_is_no_storage():
    assert pairs("在您的个人信息超出保留期间后，我们会根据适用法律的要求删除您的个人信息，或使其匿名化处理。") == set()
    assert ("personal_info", "store") in pairs("我们会在6个月的保留期间内存储您的个人信息。")


def test_order_and_emergency_contact_persons_are_contact_details():
    got = pairs("您有可能会在与我行的客服人员沟通时，提供除上述信息外的其他信息，例如：当您要求我行变更配送地址、联系人或联系电话时。")
    assert ("contact", "collect") in got and not any(t == "social.contacts" for t, _ in got)
    assert pairs("您可能需要提供您的紧急联络人信息。") == {("contact", "collect")}
    assert ("social.contacts", "collect") in pairs("我们会收集您的通讯录联系人。")


def test_data_third_parties_cannot_provide_is_requested_from_the_user():
    assert pairs("（3）对于我们需要但第三方无法提供的个人信息，我们仍会要求你提供。如果你拒绝提供，将会导致你无法使用相关服务。") == {
        ("personal_info", "collect")}
    assert pairs("如果你拒绝提供，将会导致你无法使用相关服务。") == set()


def test_activities_sharing_one_record_word_are_history():
    got = pairs("我们将基于此标识符记录您当前身份下的操作信息，即您浏览、收藏等记录，并以日志文件的形式进行保存。")
    assert ("usage.history", "collect") in got
    assert ("usage.history", "collect") in pairs("我们会收集您的搜索和播放记录。")


def test_data_made_the_login_account_is_collected_and_used():
    got = pairs("当你使用“一键登录”功能时，经过你的同意，我们会使用运营商提供的功能，将你设备中的手机号码作为你的注册、登录帐号"
                "并免于密码或动态验证码核验，为你提供快捷的注册、登录服务。")
    assert {("contact.phone", "collect"), ("contact.phone", "use")} <= got
    assert not any(t.startswith("account") for t, _ in got)


def test_topic_data_taken_by_an_agent_named_with_you():
    got = pairs("此外，为实现具体支付功能或服务所必需的其他信息（包括但不限于你的姓名、银行卡信息、手机号码等）将适用第三方支付机构与你达成的"
                "具体协议，由其直接向你收集并承担数据相关的法律责任。")
    assert got == {("identity.name", "collect"), ("financial.payment", "collect"), ("contact.phone", "collect")}


def test_purpose_restriction_introducing_its_listed_purposes_states_the_practice():
    for text in ("我们仅会出于以下合法目的，收集和使用您的个人信息及其他信息：",
                 "在快影开发及升级过程中，我们会不断完善产品功能，我们仅会出于本政策所述的以下目的，收集和使用您的个人信息："):
        assert pairs(text) == {("personal_info", "collect"), ("personal_info", "use")}
    assert pairs("我们仅会出于本政策所述的目的收集和使用您的个人信息。") == set()
    assert pairs("我们仅会出于合法、正当、必要、特定、明确的目的共享您的个人信息。") == set()


def test_recipient_the_user_chooses_is_another_party():
    got = tuples("如您选择由其他金融机构为您提供支付服务，我们还会将您的包括银行卡号、有效期在内的银行卡支付必要信息与您选择的"
                 "相应金融机构共享。")
    assert got == {(1, "financial.payment", "share", "first_party")}
    assert pairs("我们会向您提供您的订单信息。") == set()


def test_calls_among_the_forms_of_support_correspondence_are_messages():
    got = pairs("另外，我们还会收集您与我们的沟通信息（包括文字/图片/音视频/通话记录形式）、与您的需求相关联的其他必要信息。")
    assert ("communication.messages", "collect") in got and not any(t == "communication.call_log" for t, _ in got)
    got = pairs("我们会通过第三方客服系统保存通话录音，其中可能包含通信/通话记录，用于与您联系。")
    assert not any(t == "communication.call_log" for t, _ in got)
    assert ("communication.call_log", "collect") in pairs("我们会收集您的通讯录和通话记录。")


def test_data_relating_to_the_transaction_is_transactions():
    got = pairs("您通过UC浏览器进行浏览或其他服务，如进行商品、服务购买，我们会根据您的选择，将您与交易有关的必要信息共享给相关商品或"
                "服务的提供者，以实现您的交易、配送及售后服务需求。")
    assert got == {("financial.transactions", "share")}
    assert ("financial.transactions", "share") in pairs("为实现产品的支付功能，我们将向支付服务提供商共享您与交易有关的必要信息。")


def test_text_the_user_publishes_or_uploads_is_content():
    got = pairs("当您使用评论、动态、照片墙功能时，您上传的文字、图片、语音、短视频、点赞信息会存储在我们的服务器中。")
    assert ("content", "store") in got
    got = pairs("您在发布「瞬间」或对他人「瞬间」进行评论时，您需要向我们提供您发布/发送的文本信息、上传的图片、音频、视频。")
    assert got == {("content", "collect"), ("media.photos", "collect"), ("media.audio", "collect")}
    assert not any(t == "content" for t, _ in pairs("当您使用私聊功能时，我们会收集您发送的文字、表情及语音消息。"))


def test_how_the_person_uses_the_service_learned_as_a_purpose_is_usage():
    text = ("（二）我们可能将收集到的您的个人信息用于以下目的：\n"
            "（3）使我们更加了解您如何使用我们的服务，从而针对性地满足您的个性化需求，例如语言设定、位置设定。")
    assert (2, "usage", "use", "first_party") in tuples(text)
    # learnt through cookies, it is what the cookies obtain (GUIDELINES: collect)
    assert ("usage", "collect") in pairs("我们可利用cookies和web beacon来了解您使用我们的服务进行什么活动，或哪些服务最受您的欢迎。")
    # a purpose clause of a sentence that names its own data is no usage
    got = pairs("为帮助我们更加了解您如何接入和使用我们的产品与/或服务，我们可能会收集您的IP地址、设备信息。")
    assert not any(t == "usage" for t, _ in got)


def test_storage_permission_label_media_and_other_files_is_no_media():
    got = pairs("当您使用发布、编辑内容功能时，我们会请求您授权存储（相册、媒体和其他文件）、相机（摄像头）、麦克风（录音）权限。")
    assert got == {("media.photos", "collect"), ("storage.files", "collect"), ("media.camera", "collect"),
                   ("media.audio", "collect")}


def test_a_denial_of_these_data_in_the_next_sentence_denies_the_data_named_before():
    text = "（1）大部分的特效道具、美化工具等功能，仅会在本地客户端完成面部特征信息识别、效果渲染。我们不会将这些信息回传至服务器。"
    assert tuples(text) == {(1, "biometric.face", "use", "first_party"),
                            (1, "biometric.face", "not_collect", "first_party")}
    text = ("如您选择使用需要与图像中的人脸贴合的工具，我们将需要识别您的面部特征值信息，以提供更好的视觉效果。在此过程中，除非另有明确"
            "说明并征得你的单独同意，我们不会回传、存储或向第三方提供上述信息。")
    assert ("biometric.face", "not_collect") in pairs(text)
    # the exception is for uploads of what stays on the device: a disclosure of "these data" stays a demonstrative
    assert ("biometric.face", "not_share") not in pairs(text)
    assert pairs("我们会收集您的设备信息。未经您的同意，我们不会将这些信息对外披露。") == {("device", "collect")}
    # a limit of the transfer is no denial of the data
    assert pairs("我们会收集您的设备信息。我们不会将上述信息传输至境外。") == {("device", "collect")}
    # nor is what is not collected after a refusal
    text = "登录时您需要向我们提供您的京东账号信息。若您不提供这类信息，您将无法登录，我们将不会收集您的上述个人信息。"
    assert not any(action.startswith("not_") for _, action in pairs(text))


def test_publishing_in_a_slash_run_of_activity_records_is_the_record_not_content():
    text = "前述个人上网记录包括：浏览/点击/播放记录、收藏/关注/预约记录、点赞/分享/发布记录、访问日期/时间/时长、互动的次数等。"
    got = pairs(text)
    assert ("usage.history", "collect") in got and ("content", "collect") not in got
    got = pairs("我们会收集您的个人上网记录，包括浏览/搜索/播放/发布/互动记录。")
    assert ("usage.history", "collect") in got
    assert not any(t == "content" for t, _ in got)
    # the published content itself, or a comment in the run, stays content (a bare 发布记录, the record of posting,
    # is usage.history as the log lists of the corpus have it)
    assert ("content", "collect") in pairs("我们会收集您发布的内容。")
    assert ("content", "collect") in pairs("我们会收集您的点赞/分享/评论/互动记录。")


def test_data_a_relative_clause_says_was_collected_is_stored_where_the_sentence_says():
    text = "我们在中华人民共和国境内运营中收集和产生的个人信息，将存储在中国境内。以下情形下，我们会在履行法律规定的义务后，向境外实体提供您的个人信息。"
    got = pairs(text)
    assert ("personal_info", "store") in got and ("personal_info", "collect") not in got
    text = "存储地点：本公司会按照法律法规的规定，将在境内运营过程中收集和产生的个人信息存储于中华人民共和国境内，且不会将该等信息向境外进行传输。"
    assert pairs(text) == {("personal_info", "store")}  # 该等信息 carries no not_share (GUIDELINES: demonstratives)
    assert pairs("我们依照法律法规的规定，将在境内运营过程中收集和产生的你的个人信息存储于中华人民共和国境内。") == {
        ("personal_info", "store")}
    # 或 between the relative verbs, 用户 before the data, and 均 before the storing verb leave it so
    assert pairs("我们会按照法律法规规定，将境内收集或产生的用户个人信息存储于中国境内。") == {("personal_info", "store")}
    assert pairs("我们在中华人民共和国境内收集和产生的个人信息均存储在中华人民共和国境内。") == {("personal_info", "store")}
    assert pairs("我们在中华人民共和国境内运营中收集和产生的个人信息，均存储在中国境内。") == {("personal_info", "store")}
    # a collection stated for itself stays one
    assert pairs("我们会收集您的手机号码，并将其存储在我们的服务器上。") >= {("contact.phone", "collect")}


def test_the_relative_position_of_a_tap_is_no_location():
    text = ("另外，我们还可能会通过腾讯健康系统收集您在游戏过程中产生的游戏行为数据（如您在终端设备操作游戏时形成的点击压力和半径、"
            "点击相对位置、加速度方向、重力方向等数据，以及您在游戏中通过在线语音等方式与其他玩家进行互动时产生的语音数据）来构建算法模型。")
    got = pairs(text)
    assert ("usage", "collect") in got
    assert not any(t.startswith("location") for t, _ in got)


def test_how_data_or_permissions_are_collected_and_used_names_no_usage():
    text = ("您同意隐私政策表示您已了解应用提供的功能，以及功能运行所需的必要个人信息，并给予相应的收集使用授权，但并不代表您已单独同意"
            "开启附加功能、处理非必要个人信息，相关附加功能的开启、处理非必要个人信息以及处理敏感个人信息，我们会根据您的实际使用情况单独征求您的同意。")
    assert not any(t == "usage" for t, _ in pairs(text))
    assert not pairs("你可以阅读抖音权限申请与使用情况说明，以了解抖音申请和使用系统权限的情况。")
    assert not pairs("SDK的具体信息收集和使用情况请以SDK运营方的隐私政策或相关声明为准。")
    # the person's own usage stays usage
    assert pairs("我们会根据您的实际使用情况为您推荐内容。") == {("usage", "use")}


def test_places_on_a_screen_or_in_a_file_are_no_location():
    text = "我们还会收集相应的文件名称、音视频播放和文档浏览记录，以便我们帮助您快速定位到您上一次播放或浏览的位置。"
    got = pairs(text)
    assert ("usage.history", "collect") in got and not any(t.startswith("location") for t, _ in got)
    text = "此外，为了保障您的账号安全，在登录验证场景下，我们会收集并使用您在操作验证过程中所产生的光标移动速度以及点击位置等信息。"
    assert not any(t.startswith("location") for t, _ in pairs(text))


def test_use_information_after_a_possessive_or_a_data_term_is_usage():
    text = "我们可能使用Cookies或类似技术来收集麦当劳网站与麦当劳应用的使用信息。"
    assert ("usage", "collect") in pairs(text)
    text = "浏览和搜索房源/体验：我们需要您的日志数据、设备信息和使用信息，包括您使用爱彼迎的详细情况。"
    got = pairs(text)
    assert ("usage", "collect") in got and ("usage", "use") not in got
    # the verb phrase "收集和使用信息" names no data
    assert not pairs("本指引第一条“我们如何收集和使用信息”部分所述目的。")


def test_numbered_section_titles_naming_the_handling_of_data_state_no_practice():
    text = ("本政策将帮助您了解以下内容：\n一、个人信息的收集与使用\n二、Cookie的使用\n三、 个人信息的共享、转让和公开披露\n"
            "四、您的个人信息权利\n五、本政策的更新")
    assert tuples(text) == set()
    # numbered items naming data still take the practice of their introduction
    text = "我们会收集以下信息：\n1、您的手机号码\n2、您的设备信息\n3、您的浏览记录"
    assert tuples(text) == {(2, "contact.phone", "collect", "first_party"), (3, "device", "collect", "first_party"),
                            (4, "usage.history", "collect", "first_party")}


def test_titles_naming_the_data_a_practice_takes_state_no_practice():
    text = ("本政策将帮助您了解以下内容：\n一、我们可能收集的个人信息\n二、我们收集哪些个人信息\n"
            "三、我们可能共享、转让和披露的儿童个人信息\n四、我们会收集哪些个人信息？")
    assert tuples(text) == set()
    text = "我们会收集以下信息：\n1、我们收集的您的手机号码\n2、您的设备信息"
    assert tuples(text) == {(2, "contact.phone", "collect", "first_party"), (3, "device", "collect", "first_party")}


def test_payment_method_information_among_order_details_is_the_order_record():
    text = ("当您使用建行生活平台提供的下单服务时，您需要在订单页面中填写必要的订单信息，同时该订单中会载明订单号、您所购买的商品或服务信息、"
            "您应支付的金额及支付方式信息，我行收集这些信息为您完成交易。")
    got = pairs(text)
    assert ("financial.transactions", "collect") in got and ("financial.payment", "collect") not in got


def test_a_spot_on_a_page_or_of_the_face_is_no_location():
    text = "如其他用户关注了您或您关注了其他用户，当被关注帐号产生新的动态时，关注人将可在特定页面或特定位置（如「动态」频道等）查看到该动态详情。"
    assert not any(t.startswith("location") for t, _ in pairs(text))
    text = "您在使用该功能时，我们会识别您的皮肤和五官参数，用于定位您面部五官位置，根据位置判断结果为您匹配上妆或提供相应的特效。"
    assert not any(t.startswith("location") for t, _ in pairs(text))


def test_interaction_information_glossed_by_its_examples_takes_only_their_types():
    got = pairs("同时，我们会收集您的互动信息，包括点赞/分享/评论/收藏等互动记录。")
    assert ("usage.history", "collect") in got and ("usage", "collect") not in got
    # named alone it stays usage
    assert pairs("我们会收集您的互动信息。") == {("usage", "collect")}


def test_features_named_after_a_phone_number_and_call_recordings_are_no_number():
    text = "（3）当您使用手机号转账、话费充值涉及通讯录的功能时，我行仅获取您从通讯录中选择的联系人信息。"
    got = pairs(text)
    assert ("social.contacts", "collect") in got and not any(t == "contact.phone" for t, _ in got)
    got = pairs("我们可能会保存您的联系方式以及您与我们的沟通记录，包括线上沟通记录、电话录音，以便尽快为您解决问题。")
    assert ("media.audio", "store") in got and not any(t == "contact.phone" for t, _ in got)


def test_the_user_before_a_data_term_after_jiang_owns_it_and_is_no_subject():
    text = "我们可能会接入第三方SDK服务，并将我们依照本政策收集的您某些信息共享给该等第三方服务商，以便提高更好的客户服务。"
    assert ("personal_info", "share") in pairs(text)
    assert ("personal_info", "share") in pairs("我们会将您个人信息提供给合作伙伴。")
    # the user stays the subject of a relative clause on the object
    assert ("identity", "collect") in pairs("必要时，我们可能会将您提供的身份信息向发证机关进行核验。")


def test_information_named_by_identifying_the_user_is_identity_beside_personal_information():
    text = "但我们仅会向这些合作伙伴提供广告推广的覆盖面、有效性以及统计类等信息，而不会共享可以识别您身份的个人信息。"
    assert pairs(text) == {("personal_info", "not_share"), ("identity", "not_share")}
    got = pairs("请您放心，除得到您的明确同意，我们不会将可以联系或识别您身份的个人信息与授权合作伙伴共享。")
    assert ("identity", "not_share") in got


def test_data_associated_with_the_account_is_used_and_an_associated_noun_is_no_verb():
    got = pairs("我们可能会将您的设备信息或电话号码与您的知乎帐号相关联，以用于身份验证、安全防范。")
    assert ("device", "use") in got and ("contact.phone", "use") in got
    # 相关联的 describes the information the user provides
    got = pairs("当您购买商品时，您需要提供一些与完成交易相关联的信息，包括收货人姓名、手机号码。")
    assert ("identity.name", "collect") in got and ("contact.phone", "collect") in got


def test_party_the_data_comes_from_is_not_the_collector():
    # 从/自 … (处) names the source; the collector is the subject before it
    found = tuples("如您选择授权使用第三方账号登录时，我们会从第三方获取您共享的账号信息（如头像、昵称、性别等信息）。")
    assert {(dt, actor) for _, dt, _, actor in found} == {
        ("account", "first_party"), ("account.profile", "first_party"), ("identity.gender", "first_party")}
    found = tuples("您同意我们可自您选择的交易对象、支付方式所对应的支付机构处收集与支付进度相关的信息。")
    assert {actor for _, _, _, actor in found} == {"first_party"}
    found = tuples("我们可能从百度平台、关联公司、合作伙伴及其他受信任的第三方供应商处接收您的个人信息。")
    assert {t[1:] for t in found} == {("personal_info", "collect", "first_party")}


def test_each_party_of_a_coordinated_subject_performs_the_practice():
    found = tuples("我们或我们的第三方合作伙伴可能通过Cookie或同类技术收集您的设备信息。")
    assert {(dt, action, actor) for _, dt, action, actor in found} >= {
        ("device", "collect", "first_party"), ("device", "collect", "third_party")}
    found = tuples("我们与合作方可能需要使用你的姓名、通信地址等信息。")
    assert {actor for _, dt, _, actor in found if dt == "identity.name"} == {"first_party", "third_party"}
    found = tuples("我们以及在应用程序中嵌入的应用安全SDK将在后台自动收集您的设备信息。")
    assert {actor for _, _, _, actor in found} == {"first_party", "third_party"}
    # 与 before the party and no modal between it and the verb: the recipient, not a second subject
    found = statements_of("我们与第三方共享您的设备信息。")
    assert [(s.data_type, s.action, s.actor, s.recipient) for s in found] == [
        ("device", "share", "first_party", "third_party")]


def test_we_and_the_sdk_we_embed_both_collect():
    found = tuples("我们在应用程序中嵌入我们关联公司开发的应用安全SDK收集您的设备信息、服务日志信息，并可能使用或整合您的会员信息、"
                   "交易信息，来综合判断您账户及交易风险。")
    by_type = {}
    for _, dt, _, actor in found:
        by_type.setdefault(dt, set()).add(actor)
    assert by_type["device"] == {"first_party", "third_party"}
    assert by_type["usage.logs"] == {"first_party", "third_party"}
    # the clause after the SDK's own keeps our subject
    assert by_type["financial.transactions"] == {"first_party"}
    # "我们接入的第三方": a relative clause on the subject, not an embedding that we perform
    found = tuples("我们接入的第三方可能涉及收集用户信息，用于向用户提供服务。")
    assert {actor for _, _, _, actor in found} == {"third_party"}


def test_display_with_what_the_user_publishes_when_the_dictionary_joins_the_publication_word():
    # the user dictionary reads "发布内容" / "发布的信息" as one token; the sentence is still about publishing
    found = statements_of("您发布内容、评论或回答时，我们将收集您发布的信息，并展示您的昵称、头像、发布内容等。")
    shown = {(s.data_type, s.action, s.recipient) for s in found if s.data_type == "account.profile"}
    assert shown == {("account.profile", "share", "third_party")}


def test_possessor_in_an_earlier_clause_is_not_the_subject():
    found = tuples("即构实时音视频SDK记录并保存您登录和使用本服务的信息，将收集您的IP地址、浏览器的类型。")
    assert {actor for _, dt, _, actor in found if dt == "network.ip"} == {"zego"}


def test_short_name_given_to_another_company_is_a_third_party():
    text = ("【连尚钱包】功能由上海盛付通电子支付服务有限公司（以下简称“盛付通”）向您提供。\n\n"
            "当您点击连尚钱包时，盛付通会收集您的手机号码。\n\n"
            "我们将会将您的手机号码传输给中信科技发展有限公司（简称“中信科技”），以便由中信科技为您完成注册。\n")
    found = tuples(text)
    assert (3, "contact.phone", "collect", "third_party") in found
    assert (3, "contact.phone", "collect", "first_party") not in found


def test_what_another_party_asks_the_user_to_give_is_collected_by_it():
    found = tuples("为了给您提供支付服务，第三方支付机构可能需要您提供真实姓名、银行卡信息。")
    assert {actor for _, _, _, actor in found} == {"third_party"}
    found = tuples("在实名认证的过程中，我们和提供认证服务的第三方认证机构需要您提供真实姓名、身份证号码。")
    assert {actor for _, dt, _, actor in found if dt == "identity.name"} == {"first_party", "third_party"}
    assert {actor for _, _, _, actor in tuples("我们需要您提供手机号码。")} == {"first_party"}


def test_uncatalogued_sdk_named_after_its_provider_is_the_providers():
    found = tuples("作业帮APP集成谷歌公司（Google Inc.）的Zxing二维码扫描SDK，Zxing二维码扫描SDK获取照片信息、网络状态信息。")
    assert {actor for _, _, _, actor in found} == {"google"}
    text = ("第三方SDK列表\n\n（3）安全风控SDK：我们使用了腾讯公司的安全风控SDK，当您使用安卓版客户端时，采集您的手机设备信息包括"
            "android ID、imei。\n")
    found = tuples(text)
    assert found and {actor for _, _, _, actor in found} == {"tencent"}


def test_sdk_record_with_an_uncatalogued_label_takes_the_sdks_its_text_says_are_used():
    # GUIDELINES (named parties): the most specific catalogued entry written in the row, here in the record's text
    text = "第三方SDK\n（11）字节SDK（仅涉及安卓）：为了更新资源，我行使用了字节跳动SDK，该SDK需要读取手机电话状态。\n"
    assert {actor for _, _, _, actor in tuples(text)} == {"bytedance"}
    text = ("第三方SDK\n（14）页面统计SDK（js组件）：为了统计页面的访问情况，我行使用了百度统计SDK和友盟+（站长统计）SDK，"
            "此SDK需要获取您的设备唯一标识。\n")
    assert tuples(text) == {(2, "device.id", "collect", "baidu_mobstat"), (2, "device.id", "collect", "umeng")}
    text = "（3）使用的第三方SDK： 用户反馈需要用到阿里云反馈SDK，此时将收集使用您的设备信息。\n"
    assert {actor for _, _, _, actor in tuples(text)} == {"aliyun_feedback"}
    # a label naming no SDK used in its text stays a third party
    assert {actor for _, _, _, actor in tuples("第三方SDK\n（2）统计SDK：用于统计，收集您的设备信息。\n")} == {"third_party"}


def test_section_headings_and_generic_short_names_are_not_first_party_aliases():
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import policy_names
    from policycheck.ingest import parse_policy

    text = ("# 一、我们如何收集和使用您的个人信息\n\n"
            "我们通过在客户端中嵌入的软件工具开发包（软件工具开发包在本政策中简称“SDK”）提供支付功能。\n\n"
            "您可以选择与我们合作的第三方支付机构（包括微信支付、支付宝等，以下称“支付机构”）完成支付。\n\n"
            "我们会收集您的姓名、手机号码、收件地址（简称“活动信息”）。\n\n"
            "欢迎您使用示例科技有限公司（以下简称“我们”）开发的示例App（以下简称“本应用”）。\n")
    extractor, document = get_extractor(), parse_policy(text, "policy.md")
    aliases = list(policy_names(document, extractor.entities, extractor.lexicons).own)
    assert aliases == ["示例科技有限公司", "本应用"]


def test_demonstrative_party_points_back_to_the_sentence_before():
    found = tuples("# 第三方SDK接入说明\n\n您在使用电商服务时，可能涉及开普勒SDK，该SDK主要用于京东商品购买页面的跳转。"
                   "此SDK会直接收集您的设备唯一识别信息（Mac地址）。\n", name="policy.md")
    assert found == {(3, "device.id.mac", "collect", "jd_kepler"), (3, "device.id", "collect", "jd_kepler")}
    # another paragraph: not the same record
    found = tuples("# 第三方SDK接入说明\n\n可能涉及开普勒SDK。\n\n此SDK会直接收集您的Mac地址。\n", name="policy.md")
    assert found == {(5, "device.id.mac", "collect", "third_party")}


def test_sdk_record_with_a_web_address_line_keeps_its_sdk():
    # "SDK官网：https://…" is a Chinese field line (the address is no English text), and "收集的个人信息的类型/字段"
    # labels the record's data
    text = ("我们使用到的SDK目录\nSDK名称：友盟+SDK\n公司名称：友盟同欣（北京）科技有限公司\nSDK官网：https://www.umeng.com/\n"
            "使用目的：友盟数据统计\n收集的个人信息的类型/字段：设备信息（IMEI/MAC）\n")
    statements = statements_of(text)
    assert {(s.line, s.data_type, s.action, s.actor) for s in statements} == {
        (6, "device", "collect", "umeng"), (6, "device.id.imei", "collect", "umeng"),
        (6, "device.id.mac", "collect", "umeng")}
    assert all(s.source == "sdk_table" and s.purposes == ["友盟数据统计"] for s in statements)



def test_a_party_word_read_as_an_item_of_the_data_list_is_no_actor():
    # 电信运营商 among the data items is the carrier, not a party that collects
    text = "当您使用我们提供的产品时，我们会收集您的浏览信息，其中包括您的IP地址、访问的日期和时间、电信运营商、网络请求等。"
    assert {(s.data_type, s.actor) for s in statements_of(text) if s.data_type in ("network.ip", "device.network")} == {
        ("network.ip", "first_party"), ("device.network", "first_party")}


def test_an_unnumbered_paragraph_after_an_sdk_record_goes_on_with_its_sdk():
    text = ("第三方SDK\n（3）安全风控SDK：我们使用了腾讯公司的安全风控SDK，当您使用安卓版客户端时，采集您的手机设备信息包括android ID、"
            "手机序列号、imei、SIM卡序列号、imsi、蓝牙地址、可用内存、可用存储空间、设备型号、系统版本，用于保障您的交易安全。\n"
            "当您使用iOS版客户端时，需要采集的信息包括IDFA标识码（广告标识符）、IDFV标识码、移动网络IP地址、WIFI mac地址、"
            "WiFi IP地址、当前电池电量、CPU型号、磁盘大小、时区，用于保障您的交易安全。\n")
    line3 = {(s.data_type, s.actor) for s in statements_of(text) if s.line == 3}
    assert ("device.id.ad_id", "tencent") in line3 and ("network.ip", "tencent") in line3
    assert all(actor == "tencent" for _, actor in line3)


def test_sdks_pointed_back_to_keep_the_uncatalogued_one_as_a_third_party():
    text = "如果您选择一键登录，可能会使用移动登录SDK、闪验SDK。此类SDK会直接收集您的手机号码。"
    assert {(s.data_type, s.actor) for s in statements_of(text)} == {
        ("contact.phone", "shanyan"), ("contact.phone", "third_party")}
    # a generic party named with them is not one of the SDKs
    assert {(s.data_type, s.actor) for s in statements_of("我们接入了第三方SDK、闪验SDK。此类SDK会直接收集您的手机号码。")} == {
        ("contact.phone", "shanyan")}


def test_entrusting_a_processor_with_its_own_verb_is_sharing_with_it():
    # GUIDELINES, processors: entrusting data to a processor is `share` by the first party, its handling is not annotated
    assert {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "我们会委托服务合作方代表我们处理您的某些个人信息。")} == {("personal_info", "share", "first_party", "third_party")}
    assert {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "我们会委托服务商核验您的姓名。")} == {("identity.name", "share", "first_party", "third_party")}
    # "其委托的代理商" is a relative clause on the party that collects
    assert {(s.data_type, s.action, s.actor) for s in statements_of(
        "广告主及/或其委托的投放代理商会收集您在相关广告页面主动填写的联系电话。")} == {("contact.phone", "collect", "third_party")}


def test_a_party_named_as_the_subjects_role_is_no_actor():
    text = "我们会作为受托方，根据合作商委托收集您的手机号码，并将前述信息传输给该合作商。"
    assert ("contact.phone", "collect", "first_party") in {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_the_product_name_is_not_the_start_shared_by_cited_law_titles():
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import product_name
    from policycheck.ingest import parse_policy

    text = ("我们依据《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》制定本政策。\n"
            "详见《知乎隐私保护指引》与《知乎儿童个人信息保护指引》。\n")
    assert product_name(parse_policy(text, "p.txt"), get_extractor().lexicons["zh"]) == "知乎"


def test_a_party_data_is_obtained_through_or_from_is_no_subject():
    # 通过/向 + party + a verb of obtaining: the party is where the data comes from, we obtain it
    assert {(s.data_type, s.actor) for s in statements_of(
        "我们会通过您基于交易所选择的交易对象、支付机构、物流公司等收集您的交易信息。")} == {("financial.transactions", "first_party")}
    assert {(s.data_type, s.actor) for s in statements_of(
        "我们需向小程序开发者及技术服务提供方支付宝公司获取您的设备信息。")} == {("device", "first_party")}
    # the party named after 向 is a recipient of 提供, while the one after 授权 collects
    assert ("personal_info", "collect", "first_party") in {(s.data_type, s.action, s.actor) for s in statements_of(
        "您可能需要向我行提供或授权我行收集相应服务所需的个人信息。")}


def test_a_party_holding_the_users_account_is_no_actor():
    # "Facebook 帐号", "第三方帐号": the account the person has there, not a party of the practice
    assert {(s.data_type, s.actor) for s in statements_of("您的Facebook 帐号和手机号码将被收集。")} == {
        ("contact.phone", "first_party"), ("account.credentials", "first_party")}
    assert {s.actor for s in statements_of("在使用第三方帐号进行登录时，可能需要将实现登录所必需的信息在剪切板中写入与读取。")} == {
        "first_party"}


def test_the_act_of_a_time_phrase_does_not_govern_the_data_after_it():
    # 在注册时提供的: when the data was given, not the practice; 使用 before it is the predicate
    assert pairs("我们使用您在注册账号时提供的手机号码来识别您的身份。") == {("contact.phone", "use")}
    # with no other predicate the phrase's verb still gives the data its practice
    assert pairs("您在使用我们的产品时所提供的所有个人信息，将持续授权我们使用。") != set()


def test_contact_details_given_and_used_to_reach_the_person_are_used():
    # the relative clause (您提供的) only says which contact details; reaching the person through them is their use
    assert pairs("我们会通过您提供的手机号码邀请您参与调研。") == {("contact.phone", "use")}
    assert pairs("对于您在使用服务的过程中提供的您的联系方式（例如：联系电话），我们在运营中可能会向其中的一种或多种发送多类通知。") == {
        ("contact", "use"), ("contact.phone", "use")}
    # an item of a list the person fills in stays collected
    assert pairs("您需要在订单中填写您的收货人姓名、收货地址、联系电话。") >= {("contact.phone", "collect")}


def test_named_examples_of_a_recipient_are_recipients_each():
    # GUIDELINES: one tuple per example in sdks.yaml, the category kept when the list is open (等)
    text = "我们可能会通过SDK等技术与终端设备制造商（华为、小米、OPPO、VIVO等）共享手机型号。"
    assert {(s.actor, s.recipient) for s in statements_of(text) if s.action == "share"} == {
        ("first_party", party) for party in ("huawei", "xiaomi", "oppo", "vivo", "third_party")}
    assert {s.recipient for s in statements_of("我们会将您的订单信息共享给第三方支付机构（如支付宝、微信支付等）。")} == {
        "alipay", "wechat_opensdk", "third_party"}


def test_examples_take_the_weak_verb_of_the_clause_before_them():
    # 核验 is weak, yet the 包括 items are its object, not that of the purpose clause further back (使用我们相关服务)
    text = "为完成实名认证，使您顺利使用我们相关服务，我们会委托实名认证服务商查询、核验您的实名认证相关信息，包括您的姓名、身份证相关信息。"
    assert {(s.data_type, s.action, s.recipient) for s in statements_of(text)} >= {
        ("identity.name", "share", "third_party"), ("identity.id_number", "share", "third_party")}
    # a weak verb of a relative clause only describes the object
    assert {(s.data_type, s.action) for s in statements_of(
        "我们不会与广告主分享可用于识别您个人身份的信息，例如您的姓名或电子邮件地址。")} >= {("identity.name", "not_share")}


def test_a_verb_after_shifou_in_a_list_item_names_a_flag():
    # "是否使用VPN标识" is an item of the list, not the verb 使用 of the items after it
    text = "需要采集的信息包括设备型号、是否使用VPN标识、代理信息IP和端口。"
    assert {action for _, action in pairs(text)} == {"collect"}


def test_dui_before_the_data_and_jinxing_before_the_verb_make_the_later_verb_its_predicate():
    # 对X进行记录: X is the object of 记录, not of 使用 before it
    assert ("usage.history", "collect") in pairs("我们可能会使用Cookie对浏览活动进行记录，用于向你推荐信息。")


def test_a_partner_using_data_for_our_security_or_analysis_is_a_processor_we_share_with():
    # GUIDELINES, processors: partners said to use data for the service's security, customer service or product
    # analysis get it from us (share), advertising partners keep their use
    text = "为分析我们产品的使用和表现情况，我们的合作方可能需要使用该产品使用情况（崩溃、闪退）、设备标识信息。"
    assert {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)} >= {
        ("device.id", "share", "first_party", "third_party")}
    text = "提供广告统计分析服务的广告合作方可能需要使用你的设备标识信息。"
    assert {(s.data_type, s.action, s.actor) for s in statements_of(text)} == {("device.id", "use", "third_party")}


def test_items_after_a_clause_saying_what_the_data_is_kept_as_continue_the_main_verb():
    text = "我们会自动收集您对我们服务的详细使用情况，作为服务日志保存，包括浏览、搜索查询、IP地址。"
    found = pairs(text)
    # GUIDELINES: the items of a log said to be kept are collected and stored, not the head only
    assert ("network.ip", "collect") in found and ("network.ip", "store") in found


def test_what_the_person_discloses_to_the_other_party_is_collected_by_it():
    # GUIDELINES: "您不可避免地要向交易对方或潜在的交易对方披露自己的个人信息" is collect by third_party, not share by us
    text = "在网上交易时，您不可避免地要向交易对方或潜在的交易对方披露自己的个人信息，如联络方式或联系地址。"
    assert {(s.data_type, s.action, s.actor) for s in statements_of(text)} >= {
        ("personal_info", "collect", "third_party"), ("contact.address", "collect", "third_party")}


def test_an_sdk_named_after_its_provider_with_a_chinese_product_name_is_the_providers():
    text = "作业帮APP集成阿里云计算有限公司的阿里Quinox框架开放SDK，阿里Quinox框架开放SDK收集您的MAC地址、IMEI。"
    assert {s.actor for s in statements_of(text)} == {"alibaba"}


def test_an_sdk_given_a_provider_in_an_earlier_sentence_of_the_block_keeps_it():
    text = ("作业帮APP集成北京数美时代科技有限公司的设备风险SDK（数美SDK）。设备风险SDK将获取您的网络连接状态信息。"
            "同时，设备风险SDK收集您的设备IP地址。")
    assert {s.actor for s in statements_of(text)} == {"shumei"}


def test_a_catalogued_name_the_policy_uses_again_and_again_is_its_own_product():
    # "使用百度地图" / "登录百度地图" ten times: 百度地图 is this policy's product, first party, not the baidu_map SDK
    text = "".join(f"{i}. 当您使用百度地图的第{i}项功能时，请先登录百度地图。\n" for i in range(1, 6))
    text += "您也可以使用第三方账号登录百度地图。此时，您将授权百度地图获取您在该第三方账号注册的昵称、头像。\n"
    assert {s.actor for s in statements_of(text) if s.data_type == "account.profile"} == {"first_party"}
    # a few uses name a means, not the product
    assert {s.actor for s in statements_of("您将授权百度地图获取您的昵称、头像。")} == {"baidu_map"}


def test_a_catalogued_name_used_ten_times_is_the_policys_own_product():
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import own_catalogued_names
    from policycheck.ingest import parse_policy

    entities = get_extractor().entities
    text = "\n".join(["欢迎使用百度地图。"] * 10 + ["我们使用微信登录。"])
    assert own_catalogued_names(parse_policy(text, "p.txt"), entities) == ["百度地图"]
    assert own_catalogued_names(parse_policy("\n".join(["欢迎使用百度地图。"] * 9), "p.txt"), entities) == []


def test_the_company_of_our_own_catalogued_product_is_ours():
    # 百度地图 used ten times is our product: 百度 and 百度公司, the company whose brand opens its name, are us too, while
    # the company's other products (百度智能云) and its affiliates (度小满) stay parties of their own
    text = "".join(f"{i}. 当您使用百度地图的第{i}项功能时，请先登录百度地图。\n" for i in range(1, 6))
    text += ("运用Cookie技术，百度公司能够了解您的使用习惯。\n我们会将您的订单信息共享给度小满。\n"
             "百度智能云会收集您的IP地址。\n")
    found = {(s.data_type, s.actor, s.recipient) for s in statements_of(text)}
    assert ("usage", "first_party", None) in found
    assert ("financial.transactions", "first_party", "duxiaoman_pay") in found
    assert ("network.ip", "baidu", None) in found
    # in another app's policy, 百度公司 stays baidu
    assert {s.actor for s in statements_of("运用Cookie技术，百度公司能够了解您的使用习惯。")
            if s.data_type == "usage"} == {"baidu"}


def test_a_quoted_product_name_used_again_and_again_is_ours():
    # "使用“百度”移动应用" ten times: 百度 is this policy's own name, as "使用百度地图" is in 百度地图's
    text = "".join(f"{i}. 当您使用“百度”移动应用的第{i}项功能时，请先登录“百度”移动应用。\n" for i in range(1, 6))
    text += "此时，您将授权“百度”移动应用获取您在该第三方帐号注册的公开信息（包括您的昵称、头像）。\n"
    assert {s.actor for s in statements_of(text) if s.data_type == "account.profile"} == {"first_party"}


def test_a_category_named_again_takes_the_examples_an_earlier_sentence_gave_it():
    text = ("您可以选择与我们合作的第三方支付机构（如支付宝、微信支付等，合称“支付机构”）所提供的支付服务进行支付。"
            "为实现支付服务的需要，我们会将您的订单编号与交易金额分享给这些支付机构。")
    shares = {(s.actor, s.recipient) for s in statements_of(text) if s.action == "share"}
    assert shares == {("first_party", "third_party"), ("first_party", "alipay"), ("first_party", "wechat_opensdk")}
    # the category named again with its own words is the subject that collects
    text = ("您可以选择与我们合作的第三方支付机构（包括支付宝、微信支付等支付通道）所提供的支付服务。"
            "第三方支付机构可能需要收集您的姓名、手机号码。")
    assert {s.actor for s in statements_of(text) if s.data_type == "contact.phone"} == {
        "third_party", "alipay", "wechat_opensdk"}
    # with no examples before, the category stays third party only
    assert {s.recipient for s in statements_of("我们会将您的订单编号分享给这些支付机构。")} == {"third_party"}


def test_what_cookies_let_us_learn_is_collected():
    found = pairs("我们可能会利用Cookie和同类技术了解您的偏好和使用习惯，以改善产品服务。")
    assert ("usage", "collect") in found and ("usage", "use") not in found
    found = pairs("我们使用Cookie或类似的跟踪技术更好地了解您使用产品的频率。")
    assert ("usage", "collect") in found and ("usage", "use") not in found
    # 了解 with no cookie before it stays the verb's own practice
    assert pairs("我们会使用您的浏览记录了解您的需求。") == {("usage.history", "use")}


def test_cookies_as_the_means_of_a_collection_are_used():
    found = pairs("我们或我们的第三方合作伙伴可能通过cookie或同类技术收集您的设备信息、浏览信息。")
    assert ("usage.cookies", "use") in found and ("usage.cookies", "collect") not in found
    assert ("device", "collect") in found
    assert pairs("这些信息一般通过我们使用的cookie或者类似的追踪科技来进行收集。") == {("usage.cookies", "use")}


def test_a_party_in_a_means_phrase_is_not_the_subject():
    text = ("我们会将您的订单支付相关信息通过在网站或客户端中嵌入的第三方支付平台软件工具开发包（SDK）及其他安全方式"
            "与第三方支付平台公司共享。")
    assert {(s.actor, s.recipient) for s in statements_of(text)} == {("first_party", "third_party")}


def test_records_of_an_sdk_list_keep_their_own_sdk():
    text = ("联通一键登录\n使用目的：实现“一键登录”功能\n数据类型：手机号码，IP地址\n隐私政策：https://cuopen.10010.com\n"
            "电信一键登录 （中国电信天翼号码认证 SDK）\n使用目的：实现“一键登录”功能\n数据类型：手机号码，设备型号\n"
            "穿山甲SDK（字节跳动广告SDK、今日头条广告SDK）\n由此SDK引入：字节跳动SDK、字节跳动utility SDK\n"
            "使用目的：用于获取广告\n数据类型：设备标识信息【IMEI、OAID】、IP地址\n")
    found = tuples(text)
    assert (3, "network.ip", "collect", "unicom_login") in found
    assert (7, "device.hardware", "collect", "telecom_login") in found
    assert {actor for line, _, _, actor in found if line == 11} == {"pangle"}


def test_data_shown_where_other_people_see_it_is_shared():
    # a clause after the display in which other people see
    text = "当您打赏作品时，您的昵称、头像和打赏金额将展示在该作品的“粉丝榜”中，其他用户均可看到。"
    assert {(s.data_type, s.action, s.recipient) for s in statements_of(text)} >= {
        ("account.profile", "share", "third_party"), ("financial.transactions", "share", "third_party")}
    # a ranking or list of winners, and a live stream, are seen by others
    assert pairs("您参与平台组织的活动时，您的头像、昵称可能会在排行榜、中奖名单等榜单中展示。") == {("account.profile", "share")}
    assert ("account.profile", "share") in pairs("您在使用直播服务时，我们将收集您直播的音视频信息，并展示您的昵称、头像。")
    # shown to the person, no one else
    assert ("account.profile", "share") not in pairs("我们会在设置页面中展示您的昵称、头像。")


def test_the_payment_company_of_the_policys_own_group_stays_a_third_party():
    # 腾讯 used ten times is this policy's own product; 财付通, the group's payment company, is a recipient of its own
    text = "\n".join([f"{i}. 当您使用腾讯游戏的第{i}项功能时，请遵守本规则。" for i in range(1, 11)]
                     + ["为完成支付，我们会将您的订单信息提供给财付通支付科技有限公司。"])
    shares = {(s.data_type, s.action, s.recipient) for s in statements_of(text) if s.line == 11}
    assert shares == {("financial.transactions", "share", "tencent")}


def test_the_product_name_is_not_a_company_whose_policies_are_cited():
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import product_name
    from policycheck.ingest import parse_policy

    extractor = get_extractor()
    # a catalogued company's documents (the SDK list cites them)
    text = "具体请见《百度统计隐私政策》。\n具体请见《百度慧推隐私政策》。\n具体请见《百度地图开放平台产品和服务隐私政策》。\n"
    assert product_name(parse_policy(text, "p.txt"), extractor.lexicons["zh"], extractor.entities) == ""
    # two privacy policies of one name: another company's products, not ours (a policy has one of its own)
    text = "详见《美团打车隐私政策》。\n详见《美团金融隐私政策》。\n"
    assert product_name(parse_policy(text, "p.txt"), extractor.lexicons["zh"], extractor.entities) == ""
    text = "详见《星河互动隐私政策》与《星河互动儿童个人信息保护规则》。\n"
    assert product_name(parse_policy(text, "p.txt"), extractor.lexicons["zh"], extractor.entities) == "星河互动"


def test_a_synchronisation_goes_to_or_comes_from_the_party_it_names():
    found = {(s.action, s.recipient) for s in statements_of("在您授权后，我们会将您的步数、睡眠数据同步至华为运动健康App。")}
    assert found == {("share", "huawei")}
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "为此我们必需向该等第三方支付机构同步你的设备识别信息。")}
    assert found == {("device.id", "share", "third_party")}
    assert pairs("经您授权，第三方平台将与我们同步您的手机号码、头像。") == {("contact.phone", "collect"),
                                                           ("account.profile", "collect")}
    # with no party, 同步 says no way the data goes
    assert not any(s.action == "share" for s in statements_of("本App的基本业务功能为连接穿戴设备并同步、展示运动健康数据。"))


def test_an_sdk_record_sending_the_data_on_to_a_party_shares_it():
    text = ("第三方SDK列表\n1）电子社保卡SDK：为了向您提供电子社保卡服务，我行使用了人社局的电子社保卡SDK，需要获取您的姓名、"
            "身份证信息，传输至人力资源和社会保障局，用于电子社保卡在线签发服务。\n")
    shares = {(s.data_type, s.actor, s.recipient) for s in statements_of(text) if s.action == "share"}
    assert shares == {("identity.name", "first_party", "third_party"), ("identity.id_number", "first_party", "third_party")}
    # a denied upload sends nothing on
    text = ("第三方SDK列表\n小米推送SDK：收集设备型号、当前网络类型（其中当前网络类型仅在设备本地读取，不会上传至小米服务器）\n")
    assert not any(s.action == "share" for s in statements_of(text))


def test_the_persons_act_ending_in_shi_before_a_relative_clause_is_a_time_phrase():
    # "使用您注册时提供的基本资料": 注册 says when the data was given, 使用 is the practice
    text = "为了向您推荐内容，我们会使用您注册时提供的基本资料（包括年龄/生日、性别、所在地）。"
    assert {action for _, action in pairs(text)} == {"use"}
    assert pairs("为了核实您的账号是本人持有，我们还将使用您注册时使用的实名手机号码进行认证。") == {("contact.phone", "use")}
    assert {action for _, action in pairs("我们会根据您注册、购物时向平台提供的姓名、手机号码帮您自动填充表单信息。")} == {"use"}


def test_a_network_address_is_the_ip_address():
    found = pairs("我们会收集您的网络信息（网络类型、网络地址）。")
    assert ("network.ip", "collect") in found and not any(t == "contact.address" for t, _ in found)


def test_what_a_category_named_before_contains_takes_that_categorys_practice():
    text = ("我们会收集您的个人上网记录，并结合您的设备信息，向您推荐您可能感兴趣的内容。\n"
            "前述个人上网记录包括：您浏览、点击、搜索、播放时的操作记录。\n"
            "前述设备信息包括：设备标识信息（IMEI、Android ID）、应用列表。\n")
    found = tuples(text)
    assert {(t, a) for line, t, a, _ in found if line == 3} == {
        ("device", "use"), ("device.id", "use"), ("device.id.imei", "use"), ("device.id.android_id", "use"),
        ("device.apps", "use")}
    assert all(a == "collect" for line, _, a, _ in found if line == 2)


def test_a_party_the_person_gives_data_and_lets_use_it_collects_and_uses_it():
    text = "如您选择其他方式进行支付的，请按照步骤提示提供并授权该服务方（即某某科技有限公司）使用您的个人信息，包括个人姓名、手机号码。"
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert found == {(t, a, "third_party") for t in ("personal_info", "identity.name", "contact.phone")
                     for a in ("collect", "use")}
    # a grantee after a demonstrative, with no giving: we let it act, a share
    found = {(s.action, s.recipient) for s in statements_of("您可以授权该服务方（即某某科技有限公司）读取您的通讯录。")}
    assert found == {("share", "third_party")}


def test_a_basis_word_after_a_verb_adds_no_practice():
    text = "为了实现编辑的功能，我们会收集并根据您的设备信息（包括设备型号、操作系统版本）进行适配。"
    assert {action for _, action in pairs(text)} == {"collect"}
    assert ("device", "use") in pairs("我们会根据您的设备信息向您推荐内容。")


def test_spaces_inside_words_of_a_pdf_conversion_do_not_hide_practices():
    # "共 享给物 流公司": spaces left where the PDF's lines broke; the statement quotes the sentence without them
    [statement] = statements_of("我们会将您的收货地址共 享给物 流公司，以便为您配 送商品。")
    assert (statement.data_type, statement.action, statement.recipient) == ("contact.address", "share", "third_party")
    assert statement.text == "我们会将您的收货地址共享给物流公司，以便为您配送商品。"
    assert pairs("为完成支付，我们需要收 集您的银 行卡号和手 机号码。") == {
        ("financial.payment", "collect"), ("contact.phone", "collect")}


def test_phone_makers_push_sdks_named_as_one():
    # "上述手机厂商Push SDK" stands for each maker's push SDK the sentence names; an open list ("等品牌") keeps third_party
    found = {(s.data_type, s.actor) for s in statements_of(
        "如您通过部分手机厂商（如小米、华为等品牌）的手机使用本应用，我们接入的上述手机厂商Push SDK需要收集手机唯一标识信息。")}
    assert found == {("device.id", "mipush"), ("device.id", "huawei_push"), ("device.id", "third_party")}
    found = {(s.data_type, s.actor) for s in statements_of(
        "如您使用小米、魅族手机，我们接入的上述手机厂商Push SDK需要收集手机唯一标识信息。")}
    assert found == {("device.id", "mipush"), ("device.id", "meizu_push")}
    # makers listed right before one maker's push SDK: each maker's push SDK
    found = {(s.data_type, s.actor) for s in statements_of("如您使用华为/Oppo/魅族手机时，华为/Oppo/魅族Push SDK需要读取您的设备信息。")}
    assert found == {("device", "huawei_push"), ("device", "oppo_push"), ("device", "meizu_push")}
    # one maker's push SDK alone stays itself
    assert {s.actor for s in statements_of("如您使用华为手机时，华为Push SDK需要读取您的设备信息。")} == {"huawei_push"}


def test_maker_sdk_in_push_text_is_its_push_sdk():
    # GUIDELINES: an SDK named by its maker and its kind is the catalogued product: a maker's bare SDK in a text about
    # push is the maker's push SDK; elsewhere the company stays
    assert {s.actor for s in statements_of("（11）.小米SDK 获取常用设备信息、设备标识符，用于向用户推送消息。")} == {"mipush"}
    assert {s.actor for s in statements_of("（14）.OPPO SDK 获取设备标识符，用于向用户推送消息。")} == {"oppo_push"}
    assert {s.actor for s in statements_of("华为SDK获取您的摄像头权限，用于人脸认证。")} == {"huawei"}
    # a kind word right after a kind negation (sdks.yaml `kind_negations`) names no kind: "非广告用途" is not ads
    assert {s.actor for s in statements_of("百度SDK获取设备标识符，仅用于非广告用途。")} == {"baidu"}
    assert {s.actor for s in statements_of("百度SDK获取设备标识符，用于广告投放。")} == {"baidu_mobads"}
    # a Latin kind word only as a word of its own (or right before "SDK"): the "push" of "Pushover" names no kind
    assert {s.actor for s in statements_of("小米SDK获取设备标识符，用于Pushover通知的兼容。")} == {"xiaomi"}
    assert {s.actor for s in statements_of("小米SDK获取设备标识符，用于push通知。")} == {"mipush"}


def test_maker_and_kind_name_the_makers_sdk_of_that_kind():
    # GUIDELINES: an SDK named by its maker and its kind is the catalogued product (kind words: sdks.yaml `kinds`)
    assert {s.actor for s in statements_of("（21）.中国电信SDK 获取当前手机号码掩码，用于用户使用本机手机号码快捷登陆。")} == {
        "telecom_login"}
    assert {s.actor for s in statements_of("当您进行一键登录时，中国移动SDK需要收集您的手机号码。")} == {"cmcc_login"}
    # the kind word right after the maker: "百度TTS" is Baidu's speech SDK
    assert {s.actor for s in statements_of("百度TTS会收集您的设备标识符。")} == {"baidu_speech"}
    # ... only where the Latin kind word ends there (or runs into "SDK"): the "push" of "小米Pushover" is no kind word
    assert {s.actor for s in statements_of("小米Pushover会收集您的设备标识符。")} == {"xiaomi"}
    assert {s.actor for s in statements_of("小米pushSDK会收集您的设备标识符。")} == {"mipush"}
    # a product of its own between maker and kind word is no catalogued entry: the maker stays
    assert {s.actor for s in statements_of("腾讯珊瑚广告SDK会收集您的设备标识符。")} == {"tencent"}
    # a maker with several SDKs of the kind named stays the maker
    assert {s.actor for s in statements_of("阿里云SDK获取常用设备信息，用于向用户推送消息。")} == {"alibaba"}


def test_sdk_table_row_naming_its_maker_is_the_sdk_of_its_purpose():
    # a row naming only the maker ("快手", and the brand "微信" of sdks.yaml `makers`) is its SDK of the kind the
    # purpose column names; the provider column does not make it the company
    html = """<h2>第三方SDK目录</h2><table>
<tr><th>SDK名称</th><th>场景描述</th><th>个人信息字段</th><th>第三方机构名称</th></tr>
<tr><td>快手</td><td>广告投放</td><td>设备信息</td><td>北京快手广告有限公司</td></tr>
<tr><td>微信</td><td>登录、将页面分享至微信好友或朋友圈</td><td>设备唯一标识码</td><td>深圳市腾讯计算机系统有限公司</td></tr>
<tr><td>腾讯</td><td>崩溃分析</td><td>设备唯一标识码</td><td>深圳市腾讯计算机系统有限公司</td></tr>
</table>"""
    assert {(s.line, s.actor) for s in statements_of(html, fmt="html")} == {
        (3, "kuaishou_ads"), (4, "wechat_opensdk"), (5, "tencent")}


def test_sdk_described_with_its_provider_and_kind_is_the_providers_sdk_of_that_kind():
    # "（6）语音识别SDK：…我们使用了科大讯飞的语音识别SDK" names the maker (iflytek) and the kind (语音): iflytek_speech
    text = "（6）语音识别SDK：为了向您提供语音文本识别服务，我们使用了科大讯飞的语音识别SDK，该SDK需要获取您的语音信息。"
    assert {(s.data_type, s.actor) for s in statements_of(text)} == {("media.audio", "iflytek_speech")}


def test_latin_name_written_straight_before_sdk_is_that_sdk():
    # the word-bounded name matcher misses "Talkingdata" in "TalkingdataSDK": the catalogued name before "SDK" is it
    assert {s.actor for s in statements_of("统计类：\n3.TalkingdataSDK：定位权限、MAC地址权限\n")} == {"talkingdata"}


def test_latin_named_uncatalogued_sdk_is_a_third_party():
    # Chinese text is matched folded (lower-cased): a Latin name before "SDK" is still an SDK's name
    assert {(s.data_type, s.action, s.actor) for s in statements_of(
        "作业帮APP集成Apache SDK，用于建立网络连接，Apache SDK并不收集您的信息。")} == {
        ("personal_info", "not_collect", "third_party")}
    assert {s.actor for s in statements_of("Acme SDK会收集您的设备标识符。")} == {"third_party"}
    # the makers' push SDKs named as one still stand for the makers ("push sdk" inside them is no SDK of its own)
    found = {s.actor for s in statements_of("如您使用小米、魅族手机，我们接入的上述手机厂商Push SDK需要收集手机唯一标识信息。")}
    assert found == {"mipush", "meizu_push"}


def test_zhongyi_sdk_is_china_mobile_login_sdk():
    # 中移 (中移互联网有限公司, the vendor of China Mobile's number-authentication SDK): "中移SDK" is that SDK
    assert {s.actor for s in statements_of("当您使用一键登录服务时，中移SDK会收集您的IP地址。")} == {"cmcc_login"}


def test_merger_clause_transfers_personal_information():
    # GUIDELINES: the merger clause states a transfer of personal information (share with third_party), also when its
    # verbs only say the data stays protected or when it is the exception of a denial
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "如果发生合并、收购、资产转让等交易，我们将告知你相关情形，按照法律法规继续保护或要求新的控制者继续保护你的个人信息。")}
    assert found == {("personal_info", "share", "third_party")}
    found = {(s.data_type, s.action) for s in statements_of(
        "我们不会将您的个人信息转让给第三方，除非因合并、收购、资产转让等原因需要，且接收方继续受本指引约束。")}
    assert found == {("personal_info", "not_share"), ("personal_info", "share")}
    # a merger item that names no data gives nothing; nor does personal information protected outside a merger
    assert statements_of("涉及合作、联营、合并、收购、资产转让或其他类似交易时。") == []
    assert statements_of("我们将按照法律法规的要求继续保护您的个人信息，并告知接收方。") == []
    # 合并 of data is combining it, not a merger: the denial stands alone
    found = {(s.data_type, s.action) for s in statements_of(
        "我们会将您的个人信息与其他信息合并分析，但不会向第三方披露您的个人信息。")}
    assert ("personal_info", "share") not in found and ("personal_info", "not_share") in found


def test_agent_pronoun_points_back_to_the_named_sdks():
    # "将由其收集": 其 is each SDK the sentence names, with third_party for the category they are examples of
    found = {(s.data_type, s.actor) for s in statements_of(
        "我们会接入第三方SDK，包括移动一键登录SDK、电信一键登录SDK为您实现手机号一键登录的功能，将由其收集您的手机号码。")}
    assert found == {("contact.phone", "cmcc_login"), ("contact.phone", "telecom_login"), ("contact.phone", "third_party")}
    found = {(s.data_type, s.actor) for s in statements_of("我们会接入微信SDK为您实现第三方授权登录的功能，将由其收集您的设备标识信息。")}
    assert found == {("device.id", "wechat_opensdk")}
    # with no party named before it, 其 stays an unnamed third party
    assert {s.actor for s in statements_of("当您使用第三方服务时，您知悉由其直接收集您的设备信息。")} == {"third_party"}


def test_recipients_joined_by_huo_are_each_a_recipient():
    # "向A或B" / "共享给A、B": each party is a recipient, and the second one is no subject of the verb
    found = {(s.actor, s.recipient) for s in statements_of("我们会向支付宝或微信支付共享您的订单信息。")}
    assert found == {("first_party", "alipay"), ("first_party", "wechat_opensdk")}
    found = {(s.actor, s.recipient) for s in statements_of("我们会将您的订单信息共享给支付宝、微信支付。")}
    assert found == {("first_party", "alipay"), ("first_party", "wechat_opensdk")}
    found = {(s.actor, s.recipient) for s in statements_of("经您授权，我们会将您的步数向Apple“健康”或华为运动健康同步。")}
    assert found == {("first_party", "apple"), ("first_party", "huawei")}
    # a coordinated subject stays the subject
    assert {s.actor for s in statements_of("我们和第三方合作伙伴可能通过Cookie收集您的设备信息。")} >= {"first_party", "third_party"}


def test_consultation_records_are_health_data_not_a_recording_verb():
    # 问诊记录 (an online consultation's record) is health data; its 记录 is no verb of collection
    assert pairs("我们不会向保险公司、用人单位提供您的问诊记录和处方信息。", "zh") == {("health", "not_share")}


def test_verbs_asked_about_with_ruhe_state_no_practice():
    # a title or topic in question form ("我们如何收集…") names what a section or page tells, not a practice
    assert pairs("• 我们如何收集您的个人信息？", "zh") == set()
    assert pairs("关于该等营销活动如何收集、使用您的个人信息，您可以参考相应页面内的提示文本。", "zh") == set()
    assert pairs("为了解您如何使用我们的服务，我们会收集您的设备信息。", "zh") == {("device", "collect")}


def test_refusal_after_stacked_modals_or_with_us_as_recipient_is_no_practice():
    # "您可以选择拒绝…" (two modals before the refusal) and "如果您不向我们提供…" state what the person may withhold
    assert pairs("您可以选择拒绝向我们提供学生的个人信息。", "zh") == set()
    assert pairs("如果您不向我们提供学生的个人信息，您可能无法实现上述功能。", "zh") == set()
    assert pairs("如您拒绝提供位置信息，将无法使用附近门店功能。", "zh") == set()


def test_data_after_a_control_verb_is_its_object_not_that_of_a_describing_verb():
    # "删除观看历史…等您在使用…时提供的…个人信息": 使用 only describes the data that 删除 takes
    found = pairs("您可以自主选择删除观看历史、收藏、订阅等您在使用本服务时提供的和产生的个人信息。", "zh")
    assert not any(data_type == "usage.history" for data_type, _ in found)
    # not across a bracket the data is in
    assert ("personal_info", "store") in pairs(
        "我们会删除您的个人信息，或者在删除不可能实现（包括您的个人信息已经在备份中存储）的时候，安全地存储您的个人信息。", "zh")


def test_a_section_on_accessing_or_managing_ones_data_is_a_rights_section():
    # "访问和管理个人信息", "您如何管理自己的信息": the person's operations there (查看, 登录…) are no collection
    text = ("6、访问和管理个人信息\n"
            "（1）管理您的信息\n"
            "进入首页后，进入“用户信息管理”可以查看和修改用户个人信息。\n"
            "（2）用户账号管理\n"
            "登录手机客户端，进入“我的”，点击右上角“设置”，可以进行登录密码修改、手势密码修改、删除账号。\n")
    assert pairs(text) == set()
    # a heading on our access stays a heading of a practice, and 登录 outside a rights section still takes the data
    assert pairs("二、我们如何访问您的信息\n我们会访问您的相册。\n") == {("media.photos", "collect")}
    assert ("account.credentials", "collect") in pairs("您可以使用账号和登录密码登录客户端。")


def test_data_words_in_a_path_through_the_apps_screens_name_no_data():
    # "“个人信息”—“我的认证”", "【设置】-【手机号管理】", "“我的-收货地址”": the names of screens, not data
    assert pairs("请在阅读“个人信息”—“我的认证”页面显示的协议后，再进行相应的实名认证。", "zh") == set()
    assert pairs("部分手机把该权限归到“手机信息——手机号及通话状态”下，实际上我们并未读取您的通话记录。", "zh") == {
        ("communication.call_log", "not_collect")}
    # a single label, or a hyphen inside a Latin word, is no path
    assert ("contact.address", "collect") in pairs("我们会收集您在“收货地址”中填写的地址信息。", "zh")
    assert ("device.network", "collect") in pairs("我们会收集您的“Wi-Fi”网络信息。", "zh")


def test_yiju_is_the_preposition_of_a_rule_followed_not_a_use():
    # 依据 "according to": the data in its phrase is not used, the practice is the verb after it
    assert pairs("我们可能会依据所要求的个人信息类型和披露方式公开披露您的个人信息。", "zh") == {("personal_info", "share")}
    assert pairs("订单信息依据《中华人民共和国电子商务法》自交易完成之日起保存三年。", "zh") == {
        ("financial.transactions", "store")}
    # 根据 before the data a service is based on stays a use
    assert pairs("我们会根据您的浏览记录为您推荐商品。", "zh") == {("usage.history", "use")}


def test_data_named_by_a_relative_clause_takes_the_generic_verb_after_it():
    # 收集的 only says which data; 处理 (a generic verb) is the practice stated of it
    assert pairs("第三方SDK收集的个人信息将由其依据各自的隐私政策进行处理。", "zh") == {("personal_info", "use")}
    assert pairs("我们收集的个人信息将依据本政策进行处理。", "zh") == {("personal_info", "use")}
    # with a strong verb after it, that verb as before
    assert pairs("我们收集的个人信息将用于改进服务。", "zh") == {("personal_info", "use")}


def test_the_persons_use_inside_a_condition_is_no_use_of_ours():
    # "当您使用…时": the person uses the data (providing it), no use by the service
    assert pairs("当您使用手机号码注册时，您需要向我们提供您的手机号码。", "zh") == {("contact.phone", "collect")}
    # data named in the feature or service the person uses is the feature's name
    assert pairs("当您使用信用卡申请功能时，我行将会收集姓名、手机号。", "zh") == {
        ("identity.name", "collect"), ("contact.phone", "collect")}
    assert pairs("在您使用发现通讯录好友功能时，我们将收集您的通讯录信息。", "zh") == {("social.contacts", "collect")}
    # our use after the condition stays ours
    assert ("location", "use") in pairs("当您使用地图时，我们会使用您的位置信息为您导航。", "zh")


def test_verifying_named_data_collects_it_and_checking_against_it_uses_it():
    # GUIDELINES: the check receives the data the person or the device presents
    assert pairs("当您进行信息管理时，我行可能会验证您的原使用设备、账号信息、身份信息。", "zh") == {
        ("device", "collect"), ("account", "collect"), ("identity", "collect")}
    # the data a check compares with a reference is used
    assert pairs("身份认证时，我们会将您的身份证号码、姓名与您预留信息进行验证比对。", "zh") == {
        ("identity.id_number", "use"), ("identity.name", "use")}
    # a check as a purpose names no practice on its data
    assert pairs("为了验证您的身份信息，我们会收集您的手机号。", "zh") == {("contact.phone", "collect")}


def test_using_a_permission_or_a_device_function_collects_its_data():
    # GUIDELINES: permissions count as their data; using one reads it
    assert pairs("当您同意开启此项权限后，我们会使用您设备上的相机拍摄功能。", "zh") == {("media.camera", "collect")}
    assert pairs("开启此功能需要您单独同意我们使用手机通讯录权限。", "zh") == {("social.contacts", "collect")}
    # named information stays used, also next to a permission
    assert pairs("我们会使用您的位置信息为您推荐附近的功能。", "zh") == {("location", "use")}
    assert ("location", "use") in pairs("我们会使用您的定位信息和通知栏权限进行信息的推送。", "zh")


def test_a_party_we_work_with_is_a_recipient_not_us():
    # "我们合作的物流公司": 我们 only describes the party the data is given to
    assert pairs("我们会将您的姓名和收货地址提供给我们合作的物流公司用于寄送。", "zh") == {
        ("identity.name", "share"), ("contact.address", "share")}
    # given to us, it stays our collection
    assert pairs("运营商会将您的手机号码提供给我们。", "zh") == {("contact.phone", "collect")}


def test_data_collected_and_passed_on_with_bing_is_shared_too():
    # "收集…并提交给…": the data list the first verb takes is also given to the party
    assert pairs("我行会收集您的充值号码、网银客户号并提交给话费充值服务商。", "zh") >= {
        ("account.credentials", "collect"), ("account.credentials", "share")}
    assert ("device.hardware", "share") in pairs("我们会上传您的设备类型、设备型号，并共享给第三方支付SDK。", "zh")
    # a second verb with an object of its own takes only that object
    assert ("identity.name", "share") not in pairs("我们会收集收货人姓名、联系电话，并将收货信息提供给物流公司。", "zh")


def test_a_feature_based_on_data_reads_it():
    # "基于X的附加功能": the feature the data is the base of reads it, no use of it
    assert ("media.camera", "collect") in pairs("基于相机授权的附加功能：您可使用该附加功能完成扫码功能。", "zh")
    assert ("media.camera", "use") not in pairs("基于相机授权的附加功能：您可使用该附加功能完成扫码功能。", "zh")
    # data a service is based on stays used
    assert pairs("我们会基于您的地理位置为您展示同城用户的内容。", "zh") == {("location", "use")}


def test_the_persons_records_shown_back_to_them_are_no_use():
    # "向您展示您的搜索历史记录": shown to the person whose records they are; the keeping on the person's own device is
    # no store either (GUIDELINES: "部分搜索关键字会暂时存储在您的本地存储设备之中")
    assert pairs("搜索关键字信息会暂时存储在您的设备中，因此当您再次使用搜索功能时，我们会向您展示您的搜索历史记录。", "zh") == set()
    assert ("usage.history", "store") in pairs("搜索关键字信息会暂时存储在我们的服务器中。", "zh")
    # shown to other people it is a share
    assert ("account.profile", "share") in pairs("我们会向其他用户展示您的昵称、头像。", "zh")


def test_data_stored_with_an_entrusted_processor_is_shared_with_it():
    # a processor engaged (委托) to store data: stored by us and passed on to it
    got = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(
        "我们委托阿里云计算有限公司为本App提供云服务器和数据存储服务，您的账号信息和健康数据将加密存储于阿里云位于中国境内的服务器中。")}
    assert ("health", "store", "first_party", None) in got
    assert ("health", "share", "first_party", "alibaba") in got
    assert ("account", "share", "first_party", "alibaba") in got
    assert not any(action == "store" and actor != "first_party" for _, action, actor, _ in got)


def test_a_basis_of_needs_is_no_use_of_data():
    # "根据实际情况可能有所不同": the basis is the case at hand, not the data named before it
    got = pairs("我们需要收集您的运营者身份信息（可能包括姓名、身份证相关信息、人脸信息）、银行卡相关信息，根据实际情况可能有所不同，"
                "且身份证相关信息及人脸信息仅在与您签署合作协议时，为确保协议的顺利签署进行收集。", "zh")
    assert ("identity.id_number", "collect") in got
    assert ("identity.id_number", "use") not in got and ("biometric.face", "use") not in got
    # data as the basis stays used
    assert ("location.coarse", "use") in pairs("我们会根据您的IP地址确定您所在的城市。", "zh")


def test_data_shown_for_all_parties_to_see_is_shared():
    # "供各方查看": shown to the other parties of a shared document, which the guidelines count as sharing
    assert pairs("在进行在线文档协作时，我们会展示您的头像、昵称和修改痕迹，并供各方查看文档的历史版本。", "zh") == {
        ("account.profile", "share")}


def test_storage_read_or_written_named_as_a_permission_is_files():
    # 读写存储 / 读取存储 named among the permissions an SDK needs is the storage permission (storage.files)
    found = pairs("我们使用了QQ SDK，可能需要访问您的本机设备信息（IMEI号）、读写存储、android_id。")
    assert ("storage.files", "collect") in found
    assert ("storage.files", "collect") in pairs("我们使用了该SDK，需要获取您的网络状态、读取存储，进行扫描二维码。")
    # data read that is stored on the device is that data, not the storage permission
    assert ("storage.files", "collect") not in pairs("我们会读取存储在您设备中的照片。")


def test_storage_permission_for_attachments_is_files():
    # the storage permission asked for attachments as well as pictures is file access (GUIDELINES: 存储权限 for files)
    found = pairs("为了实现添加或接收附件或图片，我们将申请获取你的存储权限。")
    assert ("storage.files", "collect") in found
    # for pictures alone it stays photo access
    assert ("storage.files", "collect") not in pairs("为了实现上传图片，我们将申请获取你的存储权限。")


def test_duty_to_follow_rules_laid_on_another_party_is_no_use():
    # GUIDELINES (processor contracts): the rules a recipient or host must process data by are a duty, not a practice
    assert ("personal_info", "use") not in pairs(
        "同时要求新的持有您个人信息的公司、组织继续按照本政策处理您的个人信息。")
    assert ("personal_info", "use") not in pairs(
        "这时，房东有义务遵守适应法律和我们的条款处理和使用房客和同行人的个人信息。")
    # our own use stays
    assert ("personal_info", "use") in pairs("我们会处理您的个人信息。")


def test_bare_processing_limited_to_a_scope_is_no_use():
    # GUIDELINES (restrictions of purpose or scope): "仅会在必要范围内处理" states a limit, no practice
    assert ("personal_info", "use") not in pairs("请注意，我们仅会在必要范围内处理您的个人信息。")
    assert ("media.photos", "use") not in pairs(
        "即使您已同意开启相机权限，也仅会在您主动拍摄或选择的照片范围内进行相关处理。")


def test_display_to_others_inside_a_purpose_is_a_share():
    # GUIDELINES (display): data shown to other users is `share`, also when the display is the purpose of a collection
    found = pairs("我们会收集您的地理位置信息，用于在您发帖时展示您的地理位置。")
    assert found == {("location", "collect"), ("location", "share")}
    # shown back to the person only: no share
    assert ("social.contacts", "share") not in pairs(
        "我们会收集您的通讯录信息，用于向您展示通讯录中的好友，您的好友也能看到您使用小红书服务。")


def test_collected_list_passed_on_to_a_party_named_before_the_share_verb():
    # "收集…并与这些合作机构共享": the party between 并 and the share verb, and a closing "及其他…信息" of the list
    found = pairs("我们需要收集您的订单信息、对账信息及其他法律要求的必要信息并与这些合作机构共享，以确认您的支付指令。")
    assert found == {("financial.transactions", "collect"), ("financial.transactions", "share")}
    found = pairs("我们会收集您发布的文字、图片及您选择添加的位置，并向其他用户公开展示。")
    assert ("location", "share") in found and ("content", "share") in found


def test_person_entering_data_after_disposal_marker_is_no_subject():
    # "将您在…中填写的地址信息提供给…": 您 opens the object after 将, the person being the subject of the relative
    # clause only; we share the data
    found = pairs("我们会将您在“收货地址”功能中填写的地址信息及您提供的联系方式提供给为您提供产品或服务的第三方。")
    assert found == {("contact.address", "share"), ("contact", "share")}


def test_quoted_feature_name_is_no_data():
    # "在“订单列表”功能中": the quoted name of a feature or screen names no data
    assert pairs("我们会将您在“订单列表”功能中填写的发票信息提供给为您提供产品或服务的第三方。") == set()


def test_what_a_courier_unavoidably_learns_is_our_disclosure_to_it():
    # the merchant or courier we hand the order to learns the data: their collection and our share with them
    found = pairs("我们为了安全、准确向您完成货物的交付及配送，商家及第三方配送公司在发货及配送环节内不可避免地会获知您的收货人信息。")
    assert ("contact", "share") in found and ("contact", "collect") in found
    # what the person discloses to the other party stays their collection only (GUIDELINES)
    assert ("contact", "share") not in pairs("您不可避免地要向交易对方披露自己的个人信息，如联络方式。")


def test_data_entrusted_to_a_party_is_shared_with_it():
    # GUIDELINES (processors): entrusting data to a processor (委托给) is `share` with it
    found = pairs("我们会把您的物流订单相关信息（如收件人手机号码、包裹信息等）委托给物流信息合作伙伴。")
    assert ("contact.phone", "share") in found


def test_place_of_an_ip_address_is_a_coarse_location_derived_by_using_the_address():
    # GUIDELINES (location derived from the IP address): the IP 属地 shown with posts -> share location.coarse, use network.ip
    found = pairs("我们会在您的个人空间页、评论及其他信息发布页面，展示您的IP地址归属省份/直辖市。")
    assert found == {("location.coarse", "share"), ("network.ip", "use")}
    found = pairs("您的IP地址所对应的归属地域信息将会展示在您的个人主页。")
    assert found == {("location.coarse", "share"), ("network.ip", "use")}
    assert pairs("我们会收集您的IP地址。") == {("network.ip", "collect")}


def test_visible_to_a_group_of_other_people_is_a_share():
    # GUIDELINES (display): data made visible to other users is `share`; 可见 to a named group after 对 / 仅
    assert pairs("您的昵称、头像和跑团内的运动排名将对团内成员可见。") == {("account.profile", "share"), ("usage", "share")}
    assert ("identity.education", "share") in pairs("则您的简历仅您投递的招聘方可见。")
    # visible to the person only: no practice
    assert pairs("您的运动轨迹默认仅您本人可见。") == set()
    # the person's publication visible to everyone is shown to other users (GUIDELINES: "您选择公开发布的信息原则上将对所有用户
    # 可见" → `share` `content` with `third_party`); what it may contain, as the condition of a caution, gives none
    assert pairs("您选择公开发布的信息原则上将对所有用户可见，如其中涉及您的个人信息，请您谨慎考虑。") == {("content", "share")}
    assert ("content", "share", "third_party") in {(s.data_type, s.action, s.entity) for s in statements_of(
        "您选择公开发布的信息原则上将对所有用户可见，如其中涉及您的个人信息甚至敏感个人信息，请您谨慎考虑。")}


def test_time_of_the_persons_act_is_a_noun_and_a_demonstrative_recipient_points_back():
    # "绑定时间" is the time of binding, not a verb taking the phone number; "此类服务提供商" are the operators named before
    statements = statements_of("本业务中的手机号码二次号检查服务由第三方中国电信运营商、中国联通运营商、中国移动运营商提供，"
                               "我们可能会将您的手机号、手机号在大众点评的绑定时间（精确到天）提供给此类服务提供商。")
    found = {(s.data_type, s.action, s.recipient) for s in statements if s.action == "share"}
    assert found == {("contact.phone", "share", party) for party in ("china_telecom", "china_unicom", "china_mobile")}


def test_data_passed_to_a_party_with_chuan_gei_is_shared():
    # 传给 (pass to) a party, as 传递给 / 发送给
    assert pairs("届时我们会将您的手机号码传给第三方合作方以满足公安部要求。") == {("contact.phone", "share")}


def test_collected_list_passed_on_after_a_bare_comma():
    # the share verb of the next clause has no object of its own: it passes on the whole list (给到: give to)
    found = pairs("当您在绑定您的银行卡时，我们需要收集您的姓名、身份证号码、银行预留手机号码，给到第三方支付机构进行银行卡鉴权。")
    assert {("identity.name", "share"), ("identity.id_number", "share"), ("contact.phone", "share")} <= found
    # a clause that names its own object keeps it to itself
    assert ("identity.name", "share") not in pairs("我们会收集您的姓名，并将订单信息提供给配送公司。")


def test_users_act_in_a_when_clause_before_a_permission_is_no_data():
    # what the user does with a permission names no data of its own; the permission keeps its data
    found = pairs("在您上传相关图片视频（包括上传头像、公司LOGO）时，需要调用您设备的存储权限。")
    assert ("account.profile", "collect") not in found and ("media.photos", "collect") in found
    assert ("account.profile", "collect") not in pairs("相册权限：仅在您更换头像或在书友圈发布图片时申请，用于从相册选择图片。")
    # without a permission the user's upload is still the collection
    assert ("account.profile", "collect") in pairs("当您上传头像时，我们会将其展示在您的个人主页。")


def test_a_cause_limit_classification_or_safeguard_takes_no_practice_from_its_heading():
    # a sentence whose own predicate is background names data the heading's practice does not reach
    heading = "# 一、我们如何收集和使用您的个人信息\n"
    for sentence in ("（1）因登录密码关涉您的资金安全，我们需充分核实您的身份才可帮您找回登录密码。",
                     "（4）受网络状态稳定性等限制，极端情况下，可能会出现无法录音的情形。",
                     "单独的设备信息、日志信息以及其他无法与特定个人直接建立联系的信息，不属于个人信息或个人敏感信息。",
                     "对于该类账号信息所涉的个人信息，我们将严格予以保护。",
                     "2.5 采取专门的数据和技术安全审计，设立日志审计和行为审计多项措施。"):
        assert tuples(heading + sentence + "\n") == set(), sentence
    # verbless items under the heading keep it, also one that classifies data in parentheses
    assert tuples(heading + "1. 手机号码\n2. 精准定位信息（属于敏感个人信息）\n") == {
        (2, "contact.phone", "collect", "first_party"), (3, "location.precise", "collect", "first_party")}
    # data a practice verb of the sentence takes keeps that practice
    assert (2, "location", "collect", "first_party") in tuples(
        heading + "（2）由于配送需要，我们会收集您的位置信息。\n")
    # 因此 opens a consequence, not a cause: a verbless item keeps the heading
    assert tuples(heading + "（3）因此我们需要的信息，包括手机号码\n") == {(2, "contact.phone", "collect", "first_party")}


def test_data_named_by_a_relative_clause_of_collection_under_a_safeguard_is_no_practice():
    # the clause on getting the data only says which data is protected, anonymised or deleted (GUIDELINES: security)
    assert pairs("我们将尽一切合理努力保护我们获得的您的个人信息，防止您的个人信息被非法访问。") == set()
    assert pairs("我们会通过技术手段对收集的您的个人信息进行匿名化处理。") == set()
    assert pairs("对已收集的个人信息我们会进行删除或匿名化处理。") == set()
    # a practice on the data so named stays
    assert pairs("我们会对收集的您的位置信息进行分析。") == {("location", "use")}


def test_a_statutory_exemption_case_after_a_bullet_is_no_practice():
    # the case of the consent exemption is recognised after a bullet as after a number
    for bullet in ("·", "•", "3. "):
        assert pairs(bullet + "为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；") == set()


def test_a_topic_that_only_points_to_the_document_listing_it_is_no_practice():
    # GUIDELINES: pointers to another document; the list introduction itself stays
    assert pairs("产品业务功能所收集使用您的信息逐项列举，请查阅《用户信息收集清单》。") == set()
    assert pairs("更多有关我们使用Cookie和同类技术的情况，请查阅爱奇艺Cookie政策。") == set()
    assert tuples("# 一、我们如何收集和使用您的个人信息\n（四）京东APP涉及嵌入第三方代码、插件传输个人信息的情形逐项列举，请见此处。\n") == set()
    assert pairs("我们向合作伙伴及第三方共享您的个人信息的情形逐项列举：") == {("personal_info", "share")}


def test_the_contract_with_a_named_processor_is_no_sharing():
    # GUIDELINES: the contracts imposed on processors give no share, also when the processor is named in the case
    assert pairs("对我们委托合作伙伴处理个人信息的，我们会与其签署数据保护协议，要求其按照协议约定处理个人信息。") == set()
    assert pairs("我们可能会委托合作伙伴处理您的个人信息。") == {("personal_info", "share")}


def test_a_denied_transfer_abroad_of_a_demonstrative_object_is_no_denial():
    # GUIDELINES: "…存储于中华人民共和国境内，且不会将该等信息向境外进行传输" -> store only; an objectless denial stays
    assert pairs("本公司会将在境内运营过程中收集和产生的个人信息存储于中华人民共和国境内，且不会将该等信息向境外进行传输。") == {
        ("personal_info", "store")}
    assert pairs("儿童个人信息均存储于中华人民共和国境内，不会向境外传输。") == {
        ("personal_info", "store"), ("personal_info", "not_share")}


def test_a_promise_of_consent_for_services_not_yet_listed_is_no_practice():
    # practices of services the policy has not listed or will add later are promised to be consented, not stated
    assert pairs("如果您选择使用本隐私政策中尚未列明的其他产品与/或服务时，我们会在收集您的个人信息前通过协议、页面提示等方式"
                 "向您详细说明信息收集的目的、方式、范围并征求您的同意。") == set()
    assert pairs("后续新增服务或功能如涉及获取用户授权时，我们会在收集您的个人信息前通过弹窗、页面提示等方式，向您明确提示并在"
                 "取得您授权同意后才会获取该功能所需权限。") == set()
    assert pairs("如果某一功能或服务未在前述说明中且可能收集你的个人信息，我们会在前述功能或服务正式启用前，通过页面提示、"
                 "交互流程、网站公告等方式另行向你说明信息收集的内容、范围和目的，以征得你的同意。") == set()


def test_a_practice_denied_only_as_the_premise_of_another_is_no_denial():
    # "在不…的前提下": the condition of the analysis, not a denial of disclosure
    assert pairs("在不公开披露、对外提供您个人信息的前提下，百度公司有权对匿名化处理后的用户数据库进行挖掘、分析和利用。") == set()
    assert ("personal_info", "not_share") not in pairs("我们可以在不透露您个人信息的前提下，对统计结果进行商业化的利用。")
    assert pairs("我们不会透露您的个人信息。") == {("personal_info", "not_share")}


def test_a_list_of_services_the_person_may_use_names_features_not_data():
    # "您可使用 A、B、C 等服务" after a permission heading: the items are the features the permission serves (GUIDELINES:
    # data named only in the name of a feature the user uses), the heading keeps its own data
    found = pairs("（1）基于相机（摄像头）的功能：您可使用扫码支付、银行卡识别、身份证识别、人脸识别、远程视频审核等服务。", "zh")
    assert ("media.camera", "collect") in found
    assert not {t for t, _ in found} & {"biometric.face", "financial.payment", "identity.id_number"}
    assert ("biometric.voiceprint", "collect") not in pairs("（4）基于麦克风的功能：您可使用声纹识别、语音搜索、语音转账等服务。", "zh")


def test_installed_applications_are_the_app_list():
    # 安装的应用程序, the simplified form of 安裝的應用程式: the apps installed on the device
    assert ("device.apps", "collect") in pairs("快手短视频SDK：获取手机/电话权限、系统安装的应用程序权限、所在位置信息。", "zh")
    assert ("device.apps", "collect") in pairs("我们会收集您设备上已安装的应用程序。", "zh")


def test_a_yes_no_flag_with_words_before_its_verb_does_not_end_the_list():
    # "、是否首日访问、": a flag in an SDK's field list; its verb starts no clause, the items after it keep the SDK's verb
    found = statements_of("（12）神策SDK。为了向您提供更优质的服务，我们使用了神策SDK，该SDK由神策网络科技(北京)有限公司提供，"
                          "需要采集用户 ID、时间、应用版本、是否首日访问、操作系统、设备ID（包括IMEI、MAC地址）、IP、城市。", "zh")
    third = {(s.data_type, s.action) for s in found if s.actor == "sensorsdata"}
    assert {("device.id.imei", "collect"), ("network.ip", "collect"), ("location.coarse", "collect")} <= third


def test_a_photo_that_only_owns_the_metadata_collected_is_no_data():
    # "共享照片或录像的日期、时间或地点": the date, time and place are collected, the photo only owns them
    found = pairs("我们会收集您分享的内容所包含的信息，例如上传的共享照片或录像的日期、时间或地点等。", "zh")
    assert ("media.photos", "collect") not in found
    assert ("media.photos", "share") not in pairs("例如您或其他人共享的照片包含的地理标记信息。", "zh")
    assert ("media.photos", "collect") in pairs("我们会收集您上传的照片。", "zh")


def test_a_feature_based_on_the_storage_is_the_storage_permission():
    # a permission-based feature named after the storage reads the files on it (GUIDELINES: storage permissions)
    assert pairs("（7）基于存储的功能：用于手机银行登录、登录头像图片保存等功能或服务。", "zh") == {("storage.files", "collect")}
    assert pairs("（14）基于存储空间的功能：用于缓存您在使用电子银行过程中产生的图文信息。", "zh") == {
        ("storage.files", "collect")}


def test_a_recipient_before_the_verb_described_by_we_is_another_party():
    # "与我们运营的…共享": 我们 only describes the party the data goes to, as in "提供给我们合作的物流公司"
    found = statements_of("我们可能与我们运营的店长直聘、看准网共享您的个人信息（包括手机号码、头像）。", "zh")
    assert {(s.data_type, s.action, s.recipient) for s in found} >= {("contact.phone", "share", "third_party"),
                                                                     ("account.profile", "share", "third_party")}
    assert not any(s.action == "collect" for s in found)


def test_the_feedback_the_person_gives_is_content():
    # GUIDELINES: feedback the user gives about the service is text the user submits, content
    assert ("content", "collect") in pairs("我行会收集您反馈意见建议或举报时提供的信息，收集您参与问卷调查时向我行反馈的信息。", "zh")
    # the service answering the person names no feedback
    assert ("content", "share") not in pairs("我们会在服务器做校验后向您反馈您所需的内容。", "zh")


def test_a_grant_the_sdk_we_use_needs_is_collected_by_the_sdk():
    # GUIDELINES: after "we use the SDK", a clause with no party of its own says what the SDK obtains
    found = tuples("15. 为了向您提供客服服务，我们使用视频客服SDK，在您首次使用语音视频客服服务时需要您授权本机的麦克风、摄像头权限。", "zh")
    assert {(d, a, actor) for _, d, a, actor in found} == {("media.audio", "collect", "third_party"),
                                                           ("media.camera", "collect", "third_party")}
    # without an SDK the grant stays ours
    assert pairs("我们会需要您授权相机权限。", "zh") == {("media.camera", "collect")}
    assert {s.actor for s in statements_of("我们会需要您授权相机权限。", "zh")} == {"first_party"}


def test_a_row_led_by_its_own_sdk_name_starts_the_next_record():
    # the second row names its data under a later label ("访问权限："); it is still its own SDK's row, not the first one's
    text = ("14. 腾讯手Q游戏SDK：您在本APP使用游戏服务时，我们使用了腾讯手Q游戏SDK，可能需要获取您的登录信息、设备信息。\n"
            "15.百度音视频直播 SDK：为了您能够使用直播观看功能，我们使用了百度音视频直播 SDK，需要您授权以下内容的访问权限："
            "相机、麦克风。\n")
    second = {(s.data_type, s.actor) for s in statements_of(text, "zh") if s.line == 2}
    assert ("media.camera", "baidu") in second and not any(actor == "tencent_msdk" for _, actor in second)


def test_a_product_name_holding_a_data_word_names_no_data():
    # "QQ邮箱" named as an app and repeated is the product, not an e-mail address; its own 邮箱地址 stays data
    text = ("在你使用QQ邮箱服务的过程中，我们会收集你的信息。\n\n1.1 当你使用QQ邮箱APP时，我们将收集你的手机号码。\n\n"
            "1.2 当你在QQ邮箱的登录界面扫码登录时，你需开启相机权限。\n\n1.3 当你使用QQ邮箱写信功能时，我们会收集你的设备型号。\n\n"
            "1.4 QQ邮箱会收集往来联系人的邮箱地址。\n")
    found = {(line, data_type) for line, data_type, _, _ in tuples(text)}
    assert not any(data_type == "contact.email" and line != 9 for line, data_type in found)
    assert (9, "contact.email") in found and (3, "contact.phone") in found


def test_a_geotag_is_a_location_not_a_precise_one():
    found = pairs("我们会收集您共享的照片包含的地理标记信息。")
    assert ("location", "collect") in found and ("location.precise", "collect") not in found


def test_identifiable_with_an_adverb_is_an_adjective_not_a_practice():
    # "可以直接识别您个人身份的信息" describes the data; the denial is of entrusting it to the partners (a share)
    statements = statements_of("未经您有效授权，我们不会将可以直接识别您个人身份的信息委托第三方合作伙伴处理。")
    assert {(s.data_type, s.action, s.recipient) for s in statements} == {("identity", "not_share", "third_party")}


def test_storage_and_location_named_in_a_list_of_permissions():
    # any item of a list that ends in 权限 is a permission name, also in an SDK row
    found = pairs("需要获取您的麦克风、摄像头、网络、定位、存储、运行前台服务权限，用于推送账户变动信息。")
    assert {("location", "collect"), ("storage.files", "collect")} <= found
    text = "1）畅通卡SDK：为了向您提供充值服务，我行使用了畅通卡SDK，获取您的网络、NFC读写、存储、定位、蓝牙权限，用于充值服务。\n"
    assert {("location", "collect"), ("storage.files", "collect")} <= {(d, a) for _, d, a, _ in tuples(text)}
    # storage asked for the photos the person uploads is photo access
    assert ("storage.files", "collect") not in pairs("我们需要调用您的相机、相册、存储、网络权限，以获取您需要上传的照片。")


def test_storage_labelling_a_row_on_what_it_is_used_for_is_the_storage_permission():
    # GUIDELINES: "存储：用于缓存…文本、图像、日志" counts as the files on the storage
    text = ("我们访问您的各项设备权限是为了向您提供服务，经您授权后我们会开启相关权限。\n\n（一）APP各项业务功能对系统权限的获取情况如下\n\n"
            "存储：用于缓存您在使用APP过程中产生的文本、图像、日志等内容，以确保APP内容正常展示及运行。\n")
    assert (5, "storage.files") in {(line, data_type) for line, data_type, _, _ in tuples(text)}


def test_coordinated_verbs_of_a_relative_clause_only_say_which_data():
    # "未自行公开或者其他未合法公开的" describes the data; the denial is of disclosing it
    assert pairs("我们不会公开披露您未自行公开或者其他未合法公开的个人信息。") == {("personal_info", "not_share")}
    # the person's own act inside the object of a control verb stays no practice of ours
    assert ("personal_info", "collect") not in pairs("您可以访问、修改和删除您提供的注册信息和其他个人信息。")


def test_the_browsers_web_storage_is_a_cookie_like_technology():
    found = pairs("为此目的，我们还可能会使用浏览器网络存储等机制（包括HTML5）和应用数据缓存，收集您设备上的信息并进行本地存储。")
    assert ("usage.cookies", "use") in found


def test_data_kept_only_on_own_device_is_no_retention():
    # GUIDELINES: data kept only on the user's own device is not `store`, also with no upload denial after it
    assert pairs("您的聊天记录仅存储在您的设备上。") == set()
    assert pairs("聊天记录仅会储存在你的终端设备。") == set()
    assert pairs("部分搜索关键字会暂时存储在您的本地存储设备之中。") == set()
    assert pairs("聊天数据仅存储在您的设备以及您已向其发送通信的用户之设备上。") == set()
    assert pairs("我们会将您的搜索记录保存在服务器中。") == {("usage.history", "store")}


def test_collected_data_kept_by_a_verb_joined_with_bing_is_stored_too():
    # a keeping verb joined by 并 with no object of its own keeps the data collected before it (GUIDELINES: keeping
    # data on the actor's servers is store)
    found = pairs("我们会收集您的聊天记录，并保存在我们的服务器上。")
    assert {("communication.messages", "collect"), ("communication.messages", "store")} <= found
    assert ("contact.email", "store") in pairs("我们会收集你往来的邮箱地址并存储在我们的服务器中。")
    # kept on the person's own device it is no store by us
    assert ("contact.phone", "store") not in pairs("我们收集您的手机号码并保存在您的设备本地。")
    # without 并 a later clause does not take it over
    assert ("contact.phone", "store") not in pairs("我们会收集您的手机号码，保存期限见下文。")


def test_our_own_need_to_provide_to_a_party_is_shared():
    # 我们需要向…提供: our need to give a party the data is our provision, not a request to the person (GUIDELINES: a
    # provision to a party abroad stays share)
    assert pairs("我们需要向境外提供您的信息。") == {("personal_info", "share")}
    # a request to the person to provide stays the collection
    assert pairs("我们需要您向支付机构提供银行卡号。") == {("financial.payment", "collect")}
    assert pairs("我们不会要求您向第三方提供您的信息。") == {("personal_info", "not_collect")}


def test_denial_of_viewing_gives_no_tuple():
    # a denial of viewing or analysing is a denial of use, which gets no tuple (GUIDELINES), not not_collect
    assert pairs("我们不会查看或分析您的聊天内容。") == set()
    assert pairs("除依法配合主管部门外，我们不会查看您的私信内容。") == set()
    # a denial of collecting stays
    assert pairs("我们不会收集您的聊天内容。") == {("communication.messages", "not_collect")}
    # other people denied the view of the data keep the not_share
    assert ("social", "not_share") in pairs("我们不会允许其他用户查看您的关注列表。")


def test_review_of_named_data_is_use():
    # reviewing data (审核, 审查) is use of it when the line names its type (GUIDELINES)
    assert pairs("对您反馈的信息进行审核。") == {("content", "use")}
    assert pairs("我们会对您发布的内容进行审查。") == {("content", "use")}
    # what fits no data type gives none
    assert pairs("我们审核你提供的证明资料。") == set()


def test_online_information_content_is_no_network_data():
    # 网络信息内容 (as in 网络信息内容生态治理, the regulation's name) is online content, not the device's network information
    assert pairs("为履行网络信息内容生态治理义务，我们会对您发布的内容进行审核。") == {("content", "use")}


def test_passive_display_of_the_persons_data_is_shared():
    # data shown (被展示) goes to whoever sees it; its denial is not_share (GUIDELINES: display to others)
    assert pairs("您的精确位置不会被展示。") == {("location.precise", "not_share")}
    assert pairs("您的昵称和头像会被展示。") == {("account.profile", "share")}


def test_data_left_out_of_a_display_to_others_is_not_shared():
    # the exclusion in brackets is of what is shown, not of what is collected (GUIDELINES)
    assert pairs("经审核后可能向其他用户展示（展示时不包含您的账号信息）。") == {("account", "not_share")}


def test_upload_denial_with_its_own_subject_and_pronoun_object():
    # "我们不会将其上传至服务器": the denial names us and the data by 其, which points back to the data kept locally
    assert pairs("您收藏的文章和阅读记录仅保存在您的手机中，我们不会将其上传至服务器。") == {("usage.history", "not_collect")}


def test_ip_address_a_region_is_based_on_is_used():
    # the region read is based on the IP address: the region is collected, the IP address used (GUIDELINES)
    found = pairs("读取您的运营商名称、地区，（基于IP地址对应的）国家/地区信息。")
    assert {("location.coarse", "collect"), ("network.ip", "use")} <= found and ("network.ip", "collect") not in found


def test_topic_set_out_with_jiu_is_the_object_of_a_later_use():
    # "就…，我们会…进行审核": the topic set out with 就 is what the later clause reviews (GUIDELINES: review is use)
    assert pairs("就您发布的内容，我们会通过机器及人工等方式进行审核。") == {("content", "use")}
    # a topic without such a preposition does not take a later use
    assert pairs("您发布的内容，我们会进行审核。") == set()


def test_a_provider_named_beside_its_one_sdk_is_that_sdk():
    # GUIDELINES (named parties): the most specific catalogued name written in the line
    found = {(s.data_type, s.actor) for s in statements_of(
        "我们使用了小米推送SDK，该SDK由小米科技有限责任公司提供，需要采集您的设备型号、Android ID。")}
    assert found == {("device.hardware", "mipush"), ("device.id.android_id", "mipush")}
    found = {(s.data_type, s.actor) for s in statements_of(
        "腾讯Bugly（深圳市腾讯计算机系统有限公司）：崩溃分析；收集设备型号、崩溃日志。")}
    assert found == {("device.hardware", "bugly"), ("usage.logs", "bugly")}
    # a company named alone keeps its own id
    assert {s.actor for s in statements_of("小米科技有限责任公司会收集您的设备型号。")} == {"xiaomi"}


def test_correspondence_with_support_and_email_contents_are_messages():
    # GUIDELINES: the records of the person's communications with the service or its support are
    # communication.messages only, not communication
    assert pairs("验证成功后，我们可能会收集您与我们的沟通信息。") == {("communication.messages", "collect")}
    assert pairs("我们会收集您与客服的沟通内容。") == {("communication.messages", "collect")}
    assert ("communication.messages", "collect") in pairs("我们会收集你发送和收取的邮件内容。")
    assert ("communication", "collect") not in pairs("我们会收集你发送和收取的邮件内容。")


def test_login_information_is_credentials():
    # GUIDELINES: the login data kept with a cookie ("您的登录信息") is account.credentials
    found = pairs("借助于Cookie我们将记录您的登录信息。")
    assert ("account.credentials", "collect") in found and ("account", "collect") not in found


def test_a_sharing_conditioned_notice_is_sharing_unless_beyond_those_described():
    # GUIDELINES: the disclosure a notice commitment is conditioned on is share; one beyond those the policy describes
    # is a procedure
    assert pairs("如业务需要对外共享或转让您的个人信息，我行会向您告知共享或转让个人信息的目的、处理方式、个人信息种类、数据接收方的名称或者"
                 "姓名以及联系方式，并征得您的单独同意。") == {("personal_info", "share")}
    assert pairs("除上述外，如果我们向其他个人信息处理者提供您的个人信息的，我们将向您告知接收方的名称或者姓名、联系方式、处理目的、处理方式和"
                 "个人信息的种类。") == set()


def test_sdk_records_named_with_their_provider_in_brackets_keep_each_sdk():
    # the whole run-in label names the SDK, also when longer than a field label; a catalogued SDK's name with no
    # "SDK" in it starts the next record of the list
    text = ("4. 第三方SDK：\n"
            "（1）微信OpenSDK（深圳市腾讯计算机系统有限公司）：监护人微信登录、微信支付、分享作品；收集设备型号、网络类型；\n"
            "（2）支付宝SDK（支付宝（中国）网络技术有限公司）：监护人使用支付宝购买课程；收集设备标识符（Android ID）、网络类型；\n"
            "（3）Firebase Crashlytics（Google LLC）：仅在海外版中使用，用于崩溃分析，收集崩溃日志、设备型号。\n")
    found = tuples(text)
    assert {actor for line, _, _, actor in found if line == 2} == {"wechat_opensdk"}
    assert {actor for line, _, _, actor in found if line == 4} == {"crashlytics"}


def test_an_api_named_in_an_sdk_list_starts_a_record_of_its_own():
    text = ("播放类：\n1.PP视频SDK：手机/电话权限、定位权限\n2.腾讯X5：手机/电话权限、存储权限\n"
            "3.头条短视频API：获取IMEI权限、MAC地址权限、手机号权限\n")
    found = tuples(text)
    assert {actor for line, _, _, actor in found if line == 3} == {"tencent_x5"}
    assert {actor for line, _, _, actor in found if line == 4} == {"third_party"}


def test_a_denial_after_the_data_an_sdk_record_collects_denies_only_what_follows_it():
    text = "第三方SDK：\n（1）腾讯Bugly（深圳市腾讯计算机系统有限公司）：崩溃分析；收集设备型号、崩溃日志，不收集设备标识符。\n"
    assert {(t[1], t[2], t[3]) for t in tuples(text) if t[0] == 2} == {
        ("device.hardware", "collect", "bugly"), ("usage.logs", "collect", "bugly"), ("device.id", "not_collect", "bugly")}


def test_the_sdk_a_sentence_is_about_stays_the_subject_of_its_later_clauses():
    text = ("作业帮APP集成网易七鱼SDK，网易七鱼SDK采集您的网络信息（网络状态、IP地址），用于了解设备的网络状态和变化，"
            "从而最大程度保持网络连接的稳定性；当开启传感器信息权限后，会收集距离传感器信息，用于感知手机是否被举耳边。")
    assert {(t[1], t[3]) for t in tuples(text)} == {
        ("device.network", "qiyu"), ("network.ip", "qiyu"), ("device.sensors", "qiyu")}
    # a party named after it takes over
    assert (1, "device.sensors", "collect", "first_party") in tuples(
        "网易七鱼SDK采集您的网络信息，用于了解网络状态，从而保持连接的稳定性；此外，我们会收集距离传感器信息。")


def test_the_sdks_a_sentence_is_about_are_the_subject_of_a_next_sentence_naming_no_party():
    text = ("7.为了便于您使用在线支付，我们使用微信SDK、支付宝SDK、度小满（百度）。需要访问您的本机设备信息、查看wifi状态权限，"
            "用于保障您的正常支付。")
    assert {(t[1], t[3]) for t in tuples(text)} == {
        (data, party) for data in ("device", "device.network") for party in ("wechat_opensdk", "alipay", "duxiaoman_pay")}
    # also after an SDK that is the subject, and on to the next sentence naming no party
    assert {(t[1], t[3]) for t in tuples("友盟SDK通过获取IMEI，用于统计新增用户数量。通过获取位置信息，用于统计用户所属地域。")} == {
        ("device.id.imei", "umeng"), ("location", "umeng")}
    # a sentence naming a party of its own, us included, keeps it; a new block does not take the SDK
    assert (1, "location", "collect", "first_party") in tuples("我们使用友盟SDK统计新增用户数量。我们会获取位置信息，用于统计用户所属地域。")
    assert (3, "location", "collect", "first_party") in tuples("我们使用友盟SDK统计新增用户数量。\n\n需要获取位置信息，用于统计用户所属地域。")


def test_a_verb_the_user_opens_a_later_list_item_with_does_not_govern_the_items_before_it():
    # "…以及您使用财付通服务的操作行为记录": a relative clause on the last item, not the predicate of the list
    text = "支付宝SDK、微信SDK，此类SDK收集的信息包括：硬件设备型号、网络日志以及您使用财付通服务的操作行为记录。"
    found = tuples(text)
    assert {(1, "device.hardware", "collect", "wechat_opensdk"), (1, "usage.logs", "collect", "wechat_opensdk")} <= found
    assert not {(1, "device.hardware", "collect", "first_party"), (1, "usage.logs", "collect", "first_party")} & found


def test_unknown_word_inside_a_run_of_practice_verbs_keeps_the_run():
    # 标识 is no cue verb; it does not cut 收集 off from 存储 and the data they both take
    assert pairs("我们会使用Cookie，以收集、标识和存储您访问、使用本产品时的信息。") == {
        ("usage.cookies", "use"), ("personal_info", "collect"), ("personal_info", "store")}
    # nor does 回传 in a denial, nor 和/或 between two verbs
    assert pairs("我们不会收集、回传、储存或共享您的面部信息。") >= {("biometric.face", "not_collect"),
                                                        ("biometric.face", "not_share")}
    assert pairs("相关小程序可能收集、使用、保留、共享和/或存储您的信息。") == {
        ("personal_info", "collect"), ("personal_info", "use"), ("personal_info", "share"), ("personal_info", "store")}
    # a word after the run's last verb is not passed over
    assert pairs("我们会收集、标识您的设备信息。") == {("device", "collect")}


def test_learning_about_the_person_is_collection_only_with_us_as_subject():
    # GUIDELINES: what we learn about the person we collect
    assert pairs("我们会了解您设备安装的应用信息和运行的进程信息，以预防病毒、木马程序。") == {("device.apps", "collect")}
    assert ("usage.history", "collect") in pairs("我们可能会通过了解一些您的浏览记录来判断风险。")
    # the person learning, a purpose, or how the person uses the service: no collection by 了解
    assert pairs("您可以了解您设备安装的应用信息。") == set()
    assert ("device.apps", "collect") not in pairs("帮助我们了解您设备安装的应用信息。")
    assert ("usage", "collect") not in pairs("为使我们更加了解您如何使用我们的服务，从而满足您的需求。")


def test_purpose_ends_at_er_before_the_main_predicate():
    # 为了…而 + predicate: the data after 而 is the object of the practice, not part of the purpose
    assert pairs("为了保护用户的财产安全而向第三方提供您的个人信息。") == {("personal_info", "share")}


def test_recipient_after_the_object_with_gei():
    # 提供 + object + 给 + party: the party receives it (not a collection by us)
    statements = statements_of("我们会提供您的个人信息给第三方。")
    assert [(s.data_type, s.action, s.recipient) for s in statements] == [("personal_info", "share", "third_party")]
    assert pairs("在法律要求的范围内，为了保护社会公众的利益免遭损害而有必要提供您的个人信息给第三方。") == {
        ("personal_info", "share")}


def test_data_terms_of_bank_courier_and_telecom_policies():
    # the registration place of the person's card is a coarse location; a transaction account is a payment account,
    # not a transaction record; a courier app's record of parcels sent is an order record
    assert pairs("当您登录后，我们会记录您持有卡片的注册地信息。") == {("location.coarse", "collect")}
    assert pairs("我们可能会收集您的交易帐号类信息。") == {("financial.payment", "collect")}
    assert pairs("我们会储存您的寄件记录，以便您随时查询。") == {("financial.transactions", "store")}
    # a phone plan's usage is the use of the service
    assert pairs("我们会使用您的套餐使用信息向您推荐产品。") == {("usage", "use")}
    # GUIDELINES: the SIM card named as a whole is the device; a push token is a device ID; application file information
    # and the apps installed on the device are the device's apps, not files
    assert pairs("我们会获取您的手机卡信息。") == {("device", "collect")}
    # the information of a paired wearable, read to bind it, is the device's
    assert ("device", "collect") in pairs("我们会获取您的手环信息，用于手环绑定。")
    assert pairs("华为推送SDK会获取您的华为设备token。") >= {("device.id", "collect")}
    assert pairs("我们会收集应用程序文件信息。") == {("device.apps", "collect")}
    assert ("device.apps", "collect") in pairs("此SDK会收集您的设备应用信息。")


def test_survey_answers_are_content():
    # GUIDELINES: the answers the user gives to a survey are text the user submits (content), a survey named only as an
    # activity is no data
    assert ("content", "collect") in pairs("我们可能会收集调查问卷回复。")
    assert pairs("我们会收集您参与问卷调查时向我们发送的信息。") == {("content", "collect")}
    assert ("content", "collect") not in pairs("若您参加我们的运营和互动活动，如抽奖、答题、问卷调查时，您需要提交身份证信息。")


def test_later_items_of_an_example_list_keep_the_practice_of_the_list():
    # the items after 包括 that are only a noun with a relative clause take the practice of the data the list names, not
    # the relative verb of an earlier item (GUIDELINES: relative clause on data the user provides)
    found = pairs("我们还可能使用您的其他信息，包括您与客服联系时您提供的相关信息，您参与问卷调查时向我们发送的问卷答复信息。")
    assert found == {("personal_info", "use"), ("content", "use")}
    # an item with a main verb of its own keeps it
    assert ("contact.phone", "share") in pairs("我们会使用您的其他信息，包括您的订单信息，我们会将您的手机号码提供给快递公司。")


def test_sdk_table_product_column_names_the_sdk_not_its_company():
    # "第三方公司名称 | 产品/服务 | 涉及个人信息 | …": the product column names the SDK (GUIDELINES: the most specific
    # party written in the row); the company column only stands in for a product that names no catalogued SDK
    text = ("第三方公司名称\t产品/服务\t涉及个人信息\t使用场景\n"
            "深圳市腾讯计算机系统有限公司\tBugly\t日志信息、设备ID\t定位崩溃时\n"
            "深圳市腾讯计算机系统有限公司\tMTP（ACE）\t设备型号、IMEI\t游戏安全检测时\n")
    assert {(s.line, s.actor) for s in statements_of(text)} == {(2, "bugly"), (3, "tencent")}


def test_sdk_table_row_of_a_game_channel_is_the_makers_game_union_sdk():
    # a channel SDK table: "对通过OPPO渠道进入游戏的玩家，提供账号登录、支付…" names the channel the game came through,
    # whose SDK (the maker's game union SDK) brings the channel's login and payment; a push channel is no such row
    text = ("第三方公司名称\t产品/服务\t涉及个人信息\t使用场景\n"
            "广东欢太科技有限公司\tOPPO SDK\t设备识别码\t对通过OPPO渠道进入游戏的玩家，提供账号登录、支付以及实名制服务时\n"
            "华为软件技术有限公司\t华为 SDK\t设备识别码\t对通过华为渠道进入游戏的玩家，提供华为账号登录、支付及实名制服务时\n"
            "华为软件技术有限公司\t华为 SDK\t设备识别码\t通过华为推送渠道向您推送消息\n")
    assert {(s.line, s.actor) for s in statements_of(text)} == {(2, "oppo_game"), (3, "hms_game"), (4, "huawei_push")}


def test_a_credit_reporting_agency_is_a_party_not_credit_data():
    # 征信 alone names credit information ("查询您的征信"), but 征信机构 / 征信中心 is the agency that keeps it
    # (the documents the check needs are identity data, shared with the agency: no credit data)
    assert pairs("向实名认证机构（如个人征信机构、政府部门等）提供实名认证所需资料。") == {("identity", "share")}
    assert ("financial.credit", "collect") in pairs("我们会收集您在征信机构的征信报告。")


def test_data_the_person_makes_public_is_shared_with_third_parties():
    # GUIDELINES: public display is share with third_party, not a collection by us
    assert tuples("例如，您在阿瓦隆平台公开分享的文字和照片。") == {(1, "media.photos", "share", "first_party"),
                                                         (1, "content", "share", "first_party")}
    assert ("personal_info", "share") in pairs("请注意，您主动公开的个人信息可能会被他人看到。")
    assert ("content", "share") in pairs("一旦您开通直播功能，您在直播过程中的直播内容将被公开。")
    # the person's friends named after 与您的 are other people, not the person
    assert ("personal_info", "share") in pairs("您可以通过我们的服务与您的好友、家人及其他用户分享您的相关信息。")
    # a caution to the person is no display
    assert pairs("请您谨慎公开您的个人信息。") == set()


def test_the_devices_storage_named_as_a_noun_is_no_storing():
    # 存储 naming the device's storage (a permission or data item) is no store verb: the permission request is collect
    assert pairs("您在反馈问题时，需要调取您的相机权限、文件存储，用于对应文件的拍照上传。") == {
        ("media.camera", "collect"), ("storage.files", "collect")}
    found = pairs("我们可能需要在征得您单独同意后收集您的存储（相册、媒体和其他文件）、相机（摄像头）权限。")
    assert ("media.photos", "collect") in found and not {a for _, a in found} & {"store"}
    assert {a for _, a in pairs("此类SDK收集的信息包括：设备型号、存储信息、运营商信息。")} == {"collect"}
    # storing on our servers stays a store
    assert ("storage.files", "store") in pairs("我们会将您的照片和文件存储在我们的服务器上。")


def test_contact_details_given_through_which_we_reach_the_person_are_used():
    # GUIDELINES: use when the line does not say the data is collected; the relative clause only says which details
    assert pairs("我们可能会通过您提供的联系方式，邀请您参与有关我们服务的调查。") == {("contact", "use")}
    assert pairs("我们可能会通过你在使用产品的过程中所提供的联系方式（例如：电话号码），向你发送通知。") == {
        ("contact", "use"), ("contact.phone", "use")}
    # the person giving the details for another end is their collection
    assert ("contact", "collect") in pairs("您需要提供您的联系方式，以便我们邀请您参与调查。")


def test_the_signals_a_location_is_got_from_are_used():
    # GUIDELINES: a location derived from data is use of the source; the location keeps its collection
    assert pairs("我们可能会通过 IP 地址 、 GPS 、 WiFi 或 基站 等 途径获取您的地理位置信息。") >= {
        ("network.ip", "use"), ("device.network", "use"), ("location", "collect")}
    assert pairs("我们会自动从您的 IP 地址、设备或互联网服务中获取位置数据，以用于保护安全。") == {
        ("location", "collect"), ("network.ip", "use")}
    found = pairs("我们会使用有关技术获取您的位置信息（准确度会有所不同），这些技术包括 IP 地址、GPS、蓝牙和基站、传感器信息等。")
    assert {("network.ip", "use"), ("device.network", "use"), ("device.sensors", "use")} <= found
    assert not {t for t, a in found if a == "collect"} & {"network.ip", "device.network", "device.sensors"}
    # a collection of the signals themselves stays one
    assert pairs("我们会收集您的IP地址和WiFi信息。") == {("network.ip", "collect"), ("device.network", "collect")}


def test_a_relative_clause_with_the_complement_dao_only_says_which_data():
    # GUIDELINES: a restrictive clause that only identifies the data as what the actor collects adds no collect
    assert pairs("我们可能将收集到的您的个人信息用于以下目的：") == {("personal_info", "use")}
    assert pairs("我们可能将收集到的您的个人信息用于统计分析。") == {("personal_info", "use")}
    assert pairs("我们会收集到您的个人信息。") == {("personal_info", "collect")}


def test_a_basis_whose_data_a_time_phrase_describes_is_a_use():
    # "在使用产品过程中" says when the data arises; 根据 states its use (GUIDELINES: use when not said to be collected)
    assert pairs("我们会根据你在使用产品过程中的浏览行为对推荐模型进行实时反馈，不断调整优化推荐结果。") == {("usage.history", "use")}
    assert pairs("我们会根据您使用产品过程中的浏览行为，对推荐模型进行实时反馈。") == {("usage.history", "use")}
    assert pairs("我们会收集您在使用服务过程中的操作记录。") == {("usage.logs", "collect")}


def test_a_basis_named_by_a_relative_clause_carries_its_use_to_the_next_clause():
    # "基于收集的信息": the relative clause only says which data is the basis; the analysis after it uses the location
    assert pairs("我们会基于收集的信息，对您的偏好、习惯、位置作特征分析和用户画像。") == {("location", "use")}
    assert ("location", "collect") in pairs("我们会收集您的信息，包括您的位置。")


def test_an_affiliate_app_that_syncs_the_data_receives_it():
    # the affiliate app, subject of a bare 同步, takes the data over from us; the person's 注册/登录/使用 only say which
    # data is meant (GUIDELINES: a relative clause on the user's act in the object of another practice adds no collect)
    text = "适用统一账号体系的关联公司App将同步您注册、登录、使用我们的产品的一些个人信息，可能包括以下信息：(1)您的设备信息；(2)您的昵称。"
    assert {(s.data_type, s.action, s.recipient) for s in statements_of(text)} == {
        ("personal_info", "share", "third_party"), ("device", "share", "third_party"),
        ("account.profile", "share", "third_party")}
    assert pairs("关联App将同步您的昵称。") == {("account.profile", "share")}
    # with no party, a bare 同步 states nothing
    assert not {a for _, a in pairs("连接穿戴设备并同步、展示运动健康数据。")} & {"share", "collect"}


def test_examples_with_relative_clauses_on_later_items_continue_the_share():
    # "例如，" right before the items, and 所上传 / 上传或发布的 only naming the items: the public share continues to them
    # (GUIDELINES: public display is share with third_party; a relative clause on the user's act adds no collect)
    found = pairs("我们的多项服务，可让您与使用该服务的所有用户公开分享您的相关信息，例如，您在我们的服务中所上传或发布的信息、"
                  "您对其他人上传或发布的信息作出的回应，以及包括与这些信息有关的位置数据和日志信息。")
    assert {("content", "share"), ("location", "share"), ("usage.logs", "share")} <= found
    assert not {a for _, a in found} & {"collect"}


def test_other_users_sharing_information_about_the_person_is_collected_by_the_service():
    # GUIDELINES: the user's information contained in what other users upload, publish or share → collect by first_party
    assert {(s.data_type, s.action, s.actor) for s in statements_of(
        "使用我们服务的其他用户也有可能分享与您有关的信息（包括位置数据和日志信息）。")} == {
        ("personal_info", "collect", "first_party"), ("location", "collect", "first_party"),
        ("usage.logs", "collect", "first_party")}
    # other users as the recipients of a display stay a share
    assert pairs("第三方将在您的授权范围内向您或该第三方其他用户公开您的相关信息。") == {("personal_info", "share")}


def test_a_sentence_opening_with_a_bare_baokuo_lists_examples_of_the_sentence_before():
    # "包括，…" details what the sentence before shares publicly; 所上传或发布的 only names the items (GUIDELINES: public
    # display is share with third_party; a relative clause on the user's act adds no collect)
    found = {(s.data_type, s.action) for s in statements_of(
        "部分服务功能可让您与使用该项服务的所有用户公开分享您的相关信息。包括，您在服务中所上传或发布的信息（包括您的照片）、"
        "您对其他人上传或发布的信息做出的回应。")}
    assert found == {("personal_info", "share"), ("content", "share"), ("media.photos", "share")}


def test_storing_cookies_on_the_device_is_their_use():
    # GUIDELINES: setting, placing, storing or using cookies is `use` of `usage.cookies`; the cookie is kept in the
    # person's browser or device, no retention by the service
    assert pairs("为确保网站正常运转，我们会在您的计算机或移动设备上存储名为Cookie的小数据文件。") == {("usage.cookies", "use")}
    assert ("usage.cookies", "store") not in pairs("Cookie可以存放票据信息，能够由服务器验证是否是你本人登录。")
    # nor is reading or placing them a collection of the cookies; what they obtain stays collected
    assert pairs("我们通过在我们网站上使用网络Beacon，计算用户访问数量，并通过访问Cookie辨认注册用户。") >= {
        ("usage.cookies", "use")}
    assert ("usage.cookies", "collect") not in pairs(
        "我们通过在我们网站上使用网络Beacon，计算用户访问数量，并通过访问Cookie辨认注册用户。")
    found = pairs("我们可能通过放置安全的Cookie及相关技术收集您的信息，包括：您的浏览信息。")
    assert ("usage.cookies", "use") in found and ("usage.cookies", "collect") not in found
    assert ("usage.history", "collect") in found
    # other data stored stays stored
    assert ("personal_info", "store") in pairs("我们会将您的个人信息存储在中国境内的服务器上。")


def test_sdk_table_header_of_permissions_then_data_is_its_data_column():
    # "获取的权限/信息" heads the data column as "获取的信息/权限" does: the rows are the table's, each SDK's collection,
    # not sentences of ours
    text = ("第三方服务名称\t合作伙伴名称\t获取的权限/信息\t用途\n"
            "乐变热更新\t上海卓盟信息科技有限公司\t存储权限、设备信息\t热更新\n")
    assert {(s.data_type, s.actor, s.source) for s in statements_of(text)} == {
        ("storage.files", "third_party", "sdk_table"), ("device", "third_party", "sdk_table")}


def test_sdk_table_run_in_label_in_the_data_cell_is_a_title():
    # "用户信息/数据类型：设备标识信息": the label before the colon names no data of its own when data follows it
    # (GUIDELINES: run-in labels), a data label with the data named after it keeps that data
    text = ("第三方服务名称\t合作伙伴名称\t获取的权限/信息\t用途\n"
            "小米渠道SDK\t小米科技有限责任公司\t访问联网。用户信息/数据类型：设备标识信息\t识别渠道用户\n"
            "支付宝支付\t浙江蚂蚁小微金融服务集团股份有限公司\t用户信息/数据类型：付款信息：有关你的付款方式的数据\t支付\n")
    assert tuples(text) == {(2, "device.id", "collect", "xiaomi_game"), (3, "financial.payment", "collect", "alipay")}


def test_the_outcome_or_status_of_a_verification_names_no_data():
    # GUIDELINES: 实名认证结果, 认证结果, 实名认证状态, 指纹认证结果 say whether a check passed, not who the person is
    assert pairs("该SDK需要获取您设备的指纹认证结果。") == set()
    assert pairs("我们会获取您的设备指纹验证结果。") == set()
    assert pairs("我们会查询您的实名认证状态。") == set()
    # the data verified is still data
    assert ("biometric.fingerprint", "collect") in pairs("该SDK需要获取您的指纹信息。")


def test_data_processed_together_with_a_party_is_used_by_it_too():
    # GUIDELINES: 与运营商处理 is use by first_party and by the carrier, with no share between them
    found = {(s.data_type, s.action, s.actor) for s in statements_of("我们会与运营商处理您的手机号码，用于一键登录。")}
    assert {("contact.phone", "use", "first_party"), ("contact.phone", "use", "third_party")} <= found
    assert not any(action == "share" for _, action, _ in found)
    # the person the data is checked with is no party
    assert {s.actor for s in statements_of("客服会与您核验您的账号信息。")} <= {"first_party"}


def test_the_account_a_datum_is_made_names_no_credentials():
    # GUIDELINES: the phone number made the account ("作为…登录账号", "作为登录账户名") is the number, no account.credentials
    assert pairs("将您设备中的手机号码作为您的注册、登录账号。") == {("contact.phone", "collect"), ("contact.phone", "use")}
    assert ("account.credentials", "collect") not in pairs("您需要向我们提供您本人的手机号作为登录账户名。")
    # the login account collected is still a credential
    assert ("account.credentials", "collect") in pairs("我们会收集您的登录账号和密码。")


def test_the_content_of_our_texts_given_to_the_sms_provider_is_no_sms_of_the_person():
    # GUIDELINES: the texts the service sends through an SMS provider are its own messages → share contact.phone only
    assert pairs("短信渠道服务方，提供短信发送服务，我们会向其提供您的手机号码、短信内容。") == {("contact.phone", "share")}
    # reading the person's texts keeps them
    assert ("communication.sms", "collect") in pairs("短信服务商需要读取您的短信内容。")
    assert ("communication.sms", "collect") in pairs("我们会收集您的短信内容。")


def test_data_synchronised_to_a_linked_app_named_as_the_receiver_is_shared():
    # GUIDELINES: 同步给 / 同步至 another app of the group named as the receiver (关联游戏) is share with third_party
    found = {(s.data_type, s.action, s.recipient)
             for s in statements_of("我们需要将您购买的订单信息同步给关联游戏，以完成对应游戏账号的充值。")}
    assert ("financial.transactions", "share", "third_party") in found
    assert ("account", "share", "third_party") in {
        (s.data_type, s.action, s.recipient) for s in statements_of("我们会将您的账号信息同步至关联游戏。")}


def test_a_chinese_numbered_title_with_a_full_stop_is_a_heading():
    # "（三）…情况。": a short title under Chinese-numeral numbering keeps its heading role despite the full stop, so
    # the permission table under it takes the collection its section states, and the title states no practice
    text = ("（三）我行个人掌银设备权限调用情况。\n"
            "我行个人掌银可能会调用您的一些设备权限（详见下表）。\n"
            "调取设备权限\t应用场景/服务\t调用权限目的\t关闭/拒绝权限调取的影响\n"
            "麦克风\tK宝、语音搜索\t方便您使用音频K宝、语音搜索功能\t音频K宝、语音搜索功能无法使用\n"
            "（一）我行存储您个人信息的情况。\n"
            "我行会将您的个人信息存储在中华人民共和国境内。\n")
    found = tuples(text)
    assert (4, "media.audio", "collect", "first_party") in found
    assert not any(line == 5 for line, *_ in found)
    # a numbered sentence with a comma stays a sentence
    assert ("personal_info", "collect") in pairs("（一）我们会收集您的个人信息，用于提供服务。")


def test_a_numbered_label_over_a_paragraph_states_no_practice():
    # GUIDELINES: a numbered item title standing on its own line only names the data its text then describes
    # ("1.日志信息：" over "当您使用…时，我们会收集…"); the paragraph keeps its own practice
    text = ("（二）向您提供产品和/或服务中我们主动收集和使用的个人信息\n"
            "为满足法律法规的基本要求，我们会收集您在使用我们服务过程中产生的下述信息。\n"
            "1.日志信息：\n"
            "当您使用个人网银时，我们会收集您的登录IP地址。\n"
            "2.设备信息：\n"
            "当您使用个人网银时，我们会收集您的设备型号。\n")
    found = tuples(text)
    assert not any(line in (3, 5) for line, *_ in found)
    assert (6, "device.hardware", "collect", "first_party") in found
    # an introduction ending in a colon still introduces its items
    listed = tuples("我们会收集以下信息：\n1.日志信息；\n2.设备信息。\n")
    assert (2, "usage.logs", "collect", "first_party") in listed


def test_sharing_beyond_the_described_cases_is_a_procedure():
    # GUIDELINES: a sharing supposed beyond those the policy describes, with the notice and consent it would need, is a
    # procedure ("除上述外，如果我们向其他个人信息处理者提供…", "如我行因本政策所披露的共享情形以外的其他业务，需要对外共享…")
    assert ("personal_info", "share") not in pairs(
        "如我行因本政策所披露的共享情形以外的其他业务，需要对外共享您的个人信息，我行会根据相关法律法规的要求，另行向您明确告知"
        "个人信息共享的有关情况，并征得您的单独授权或同意。")
    assert ("personal_info", "share") in pairs("我行会向合作机构共享您的个人信息。")


def test_the_personal_identity_verified_is_identity_information():
    # GUIDELINES: verifying named data is `collect` of it ("我们将验证你的个人身份、安全状态、设备信息" → `collect`
    # `identity`, `device`); 个人身份 that is only identified names no data ("无法识别您的个人身份")
    found = pairs("当你注销帐号，我们将验证你的个人身份、安全状态、设备信息等并给予一定的冷静期。")
    assert ("identity", "collect") in found and ("device", "collect") in found
    assert ("identity", "collect") in pairs("找回密码时，我们需要核实您的个人身份。")
    assert not any(t == "identity" for t, _ in pairs("统计信息无法单独识别您的个人身份，我们会使用统计信息改进服务。"))


def test_a_biometric_verification_service_is_a_feature_name():
    # "指纹认证服务", "生物特征认证功能" name a verification feature, not data; the SDK's verification result is no
    # biometric data either (GUIDELINES: 指纹认证结果 gives no `biometric`), also in an SDK list item
    text = ("11）指纹认证SDK：为了向您提供便捷的指纹认证服务，我行使用了华为、三星的指纹认证SDK，获取您的设备指纹验证结果，"
            "用于提供指纹登录、指纹支付服务。")
    assert not any(t.startswith("biometric") for t, _ in pairs(text))
    assert not any(t.startswith("biometric") for t, _ in pairs(
        "对于某些品牌或型号的手机终端自身的本地生物特征认证功能，其信息由手机终端提供商进行处理，我行不留存您应用手机终端相关功能中的信息。"))
    assert ("biometric.fingerprint", "collect") in pairs("华为SDK：收集您的指纹信息，用于指纹认证。")


def test_the_persons_synchronisation_to_another_platform_is_shared_by_the_service():
    # GUIDELINES: data synchronised to another party, platform or app ("同步到我们运营的BOSS直聘校招平台") is `share`; the
    # person granting the synchronisation does not make it a collection by us
    found = {(s.data_type, s.action, s.entity) for s in statements_of(
        "您将已持有的BOSS直聘账号及相关信息授权同步到我们运营的BOSS直聘校招平台、有了精选后，您可通过同一BOSS直聘账号使用"
        "BOSS直聘和BOSS直聘校招平台、有了精选小程序的相关服务和功能。")}
    assert ("account", "share", "third_party") in found
    assert not any(action == "collect" for _, action, _ in found)
    # a grant to us to obtain data stays a collection
    assert ("contact.phone", "collect") in pairs("您可以授权我们获取您的手机号码。")


def test_a_practice_the_person_prevents_is_no_practice():
    # "来阻止该SDK获取您的个人信息": the SDK's collection is what the person's act prevents
    assert pairs("您可通过拒绝相关系统权限或者不使用相关功能，来阻止该SDK获取您的个人信息。") == set()
    assert ("device", "collect") in pairs("该SDK会获取您的设备信息。")
    # the kinds of data shared, as a topic, name no sharing ("共享的个人信息的具体种类")
    assert pairs("我们与第三方共享的个人信息的具体种类和目的，您可详见《个人信息第三方共享目录》。") == set()


def test_completing_the_persons_information_is_a_purpose_not_more_data():
    # "…填写X、Y来完善您的信息": completing the person's information is what the fields are filled in for; only
    # the fields are collected (GUIDELINES: filling in profile fields)
    assert pairs("您还可以根据自身需求选择填写性别、生日和签名来完善您的信息。") == {
        ("identity.gender", "collect"), ("identity.birthdate", "collect")}
    assert pairs("您可以自主填写您的昵称、头像，以完善您的个人信息。") == {("account.profile", "collect")}
    # fields named as what is completed stay collected
    assert ("account.profile", "collect") in pairs("您可以提供非注册必须信息来完善网络身份识别信息（如头像、昵称）。")


def test_a_minors_providing_under_a_guardians_consent_is_guidance():
    # a minor's providing of data named as what a guardian's consent or guidance governs is guidance to the minor, not
    # a practice of ours
    assert pairs("未满十八周岁的用户应在监护人明确同意和指导下提交个人信息。") == set()
    assert pairs("如果你的父母不同意你使用本应用或向我们提供个人信息，请你停止使用本应用。") == set()
    assert pairs("若你是未成年人，请你在注册以及提交个人信息前征得父母的同意和指导。") == set()
    # a practice of ours in an earlier clause of the sentence keeps its tuple, and so does our own provision after
    # the guardian's consent
    assert pairs("我们不会主动向未成年人收集其个人信息，如需使用，应在监护人同意后提交个人信息。") == {
        ("personal_info", "not_collect")}
    assert ("personal_info", "share") in pairs("在取得监护人同意后，我们才会向第三方提供儿童的个人信息。")
    assert ("personal_info", "collect") in pairs("用户应提交个人信息。")


def test_clauses_set_in_bold_name_no_practice():
    # "我们已使用加粗字体标注…个人信息的条款": how the document marks its clauses, not a use of the data
    assert pairs("我们已使用加粗字体标注涉及儿童个人信息的条款，请你仔细阅读。") == set()


def test_what_data_is_needed_for_is_no_predicate_of_it():
    # "向其提供您的为申请授信所必须的姓名": the verbs of a 为…所需的 relative clause name what the data is needed for; the
    # verb before the clause governs the data, and a later clause of the list continues it
    found = tuples("合作机构：当您申请分期付款时，我们会向其提供您的为申请贷款、使用额度所必须的姓名、身份证号码，"
                   "为风险控制所必需的设备信息。")
    assert {(d, a) for _, d, a, _ in found} == {
        ("identity.name", "share"), ("identity.id_number", "share"), ("device", "share")}
    # a party's collection of what it needs to serve the person stays that collection
    assert pairs("合作方可能会收集为您提供服务所需的个人信息。") == {("personal_info", "collect")}
    # a verb with no such clause keeps its data
    assert pairs("为了申请贷款，我们会收集您的姓名。") == {("identity.name", "collect")}


def test_seeking_a_permission_is_asking_for_it():
    # "征求您的麦克风权限、相机权限授权": seeking the person's grant of a permission is a permission request, a collection
    # by the party that seeks it; seeking consent or views names no data
    assert tuples("当您使用客服功能时，第三方客服SDK将会启动，征求您的麦克风权限、相机权限授权。") == {
        (1, "media.audio", "collect", "third_party"), (1, "media.camera", "collect", "third_party")}
    assert pairs("我们会事先征求您的同意。") == set()


def test_the_video_the_camera_takes_in_is_the_camera():
    # "摄像头输入的视频信息", "实时摄像头视频信息": the camera's feed (media.camera), not a stored video (media.photos)
    assert pairs("当您使用连麦功能时，我们会收集您摄像头输入的视频信息。") == {("media.camera", "collect")}
    assert pairs("我们会获取实时摄像头视频信息以实现对应功能。") == {("media.camera", "collect")}
    assert pairs("我们会收集您上传的视频信息。") == {("media.photos", "collect")}


def test_anomalies_of_account_activity_are_no_login_name():
    # "综合分析用户账号活动异常、多端登录、流量异常": the signals analysed, not the account's login name
    assert pairs("我们会综合分析用户账号活动异常、多端登录、流量异常等情况。") == set()
    assert pairs("我们会收集您的用户账号。") == {("account.credentials", "collect")}


def test_what_the_person_posts_publicly_is_shared():
    # "选择公开发布图文内容": what the person posts publicly reaches us and is shown to everyone (collect and share
    # with third_party); the relative 公开发布的 only says which data a later predicate takes
    assert tuples("您可通过我们提供的评论功能，选择公开发布照片、评论内容。") == {
        (1, "media.photos", "collect", "first_party"), (1, "media.photos", "share", "first_party"),
        (1, "content", "collect", "first_party"), (1, "content", "share", "first_party")}
    assert ("media.photos", "share") not in pairs("您可以发布照片。")
    assert ("personal_info", "share") not in pairs("您公开发布的信息中可能会涉及您的个人信息。")


def test_the_app_before_a_data_term_is_no_verb():
    # "包括应用IMEI信息": 应用 right before the data term is the app the data is of; the list continues the sharing
    assert pairs("我们会将您的个人信息共享给安全服务商，包括应用IMEI信息。") == {
        ("personal_info", "share"), ("device.id.imei", "share")}
    assert pairs("我们会应用您的位置信息。") == {("location", "use")}


def test_the_persons_guardian_or_parents_after_the_verb_are_a_third_party():
    # "提供给您的监护人": someone the person has receives the data, not the person
    def shared(text):
        return {(s.data_type, s.action, s.recipient) for s in statements_of(text)}
    assert shared("我们可能将您的登录信息提供给您的监护人。") == {("account.credentials", "share", "third_party")}
    assert shared("我们会将你的使用时长提供给你的父母。") == {("usage", "share", "third_party")}
    # ... while the person alone after the verb is no recipient
    assert shared("我们会将您的登录信息提供给您。") == set()


def test_a_verb_right_after_a_list_number_opens_the_clause():
    # the 、 of "6、" is no list separator: 读取 is the item's verb, not an activity listed among data
    assert pairs("6、读取已安装应用列表，扫描手机设备是否存在仿冒建行APP应用") == {("device.apps", "collect")}
    assert pairs("9、获取粗略位置权限，用于提供APP基础服务正常运作") == {("location.coarse", "collect")}
    assert pairs("为了保障安全，我们会：1、收集设备型号；2、获取IMEI。") == {
        ("device.hardware", "collect"), ("device.id.imei", "collect")}


def test_model_brand_battery_sound_and_balance_are_data_only_in_a_list_of_data():
    assert ("device.hardware", "collect") in pairs("该SDK需要获取您的IMEI、型号，用于实现消息推送服务。")
    assert ("device.hardware", "collect") in pairs(
        "我们会收集您的MAC地址、网络类型、WIFI名称、附近可连接WIFI名称、品牌、是否Root。")
    assert ("device.hardware", "collect") in pairs("我们会收集您的剪切板信息、电池、信号强度、网络类型、运营商。")
    assert ("media.audio", "collect") in pairs(
        "我们会在您授权同意后获取您手机终端存储权限，并接收您手机终端的图片、声音、视频等多媒体内容。")
    assert ("financial.credit", "collect") in pairs(
        "为了方便您查询虚拟财产，并尽量降低可能存在的风险， 【钱包】会记录您的充值、余额与使用情况。")
    # alone, the words name no data: a brand partnership, a sound played, a balance to pay
    found = pairs("当您申请品牌合作功能时，为了验证您的个人身份，我们可能会收集您的真实姓名、身份证件号码。")
    assert ("device.hardware", "collect") not in found and ("identity.name", "collect") in found
    assert pairs("我们会在收到新消息时播放提示声音。") == set()
    assert pairs("我们会收集您的余额不足提醒设置。") == set()


def test_a_sensitivity_note_does_not_hide_the_clause_after_it():
    assert pairs("该类信息属于敏感信息，拒绝提供实名认证信息能会导致您无法登录或在游戏过程中受到相应限制；为加强未成年保护措施，"
                 "在特定情况下还需要提供您的人脸信息以进行实人验证，拒绝提供实人认证信息可能会导致您在游戏过程中受到相应的防沉迷"
                 "限制。") == {("biometric.face", "collect")}
    assert pairs("身份证号码属于敏感个人信息，我们还会收集您的设备信息，如您拒绝提供将无法使用该功能。") == {("device", "collect")}
    assert pairs("地理位置信息属于敏感信息，拒绝提供该信息不影响您正常使用doki社区的其他功能，您也可以随时关闭您的地理位置信息授权；"
                 "我们还会收集您的手机号码，用于校验您的用户信息。") == {("contact.phone", "collect")}
    # the note with its refusal alone states no practice
    assert pairs("地理位置信息属于敏感信息，拒绝提供该信息不影响您正常使用doki社区的其他功能，您也可以随时关闭您的地理位置"
                 "信息授权；") == set()


def test_a_disposal_object_list_runs_over_the_comma_to_its_verb():
    statements = statements_of("我们会将您的手机号码、设备信息，提供给第三方。")
    assert {(s.data_type, s.action, s.actor, s.recipient) for s in statements} == {
        ("contact.phone", "share", "first_party", "third_party"), ("device", "share", "first_party", "third_party")}
    assert pairs("例如，将您在使用我们某项服务时的信息，用于个性化的服务体验、用户研究分析与统计等服务。") == {
        ("personal_info", "use")}
    assert ("biometric.face", "store") in pairs("我行将获取的人脸等数据，加密后存储于系统后台数据库中。")
    # 将 as "will", a 将 clause with its own predicate, a later clause with its own subject: no continuation
    assert pairs("或者我行会将个人信息进行匿名化处理，不会识别到您个人。") == set()
    assert ("media.audio", "store") not in pairs("视频问诊过程将全程录音录像，诊疗记录保存不少于15年。")
    assert ("financial.transactions", "share") not in pairs(
        "当您需要我们提供与您订单信息相关的客服与售后服务时，我们将会查询您的订单信息您有可能会在与我们的客服人员沟通时，"
        "提供给出上述信息外的其他信息。")


def test_a_basis_after_a_list_number_opens_a_title_not_a_clause():
    assert pairs("3、基于相册（图片库/视频库）的图片/视频访问及上传的附加服务：您可在开启相册权限后使用该功能上传您的照片/图片/视频，"
                 "以实现更换头像、发表评论/分享、与客服沟通提供证明等功能。") == {("media.photos", "collect")}


def test_face_features_are_not_credit_information():
    # 面容特征信息 holds 征信 across a word boundary; the longer biometric term wins
    assert pairs("我们会收集您的面容特征信息用于登录验证。") == {("biometric.face", "collect")}


def test_information_we_gather_unnamed_is_detailed_by_the_next_sentence():
    # "我们会自动收集某些信息": a collection of data the sentence does not name; "此信息包括…" lists what it was
    text = ("如大多数网站一样，我们会自动收集某些信息以分析累积趋势并管理我们的网站。此信息包括互联网协议（IP）地址、浏览器类型、"
            "引用/退出页面、日期/时间戳。")
    assert pairs(text) == {("network.ip", "collect"), ("device.hardware", "collect"), ("usage.history", "collect"),
                           ("usage.logs", "collect")}
    # what a technology does, with no one of ours doing it, carries nothing
    assert pairs("Log files 储存自动收集的若干数据。该等数据包括互联网协议（IP）地址、浏览器类型。") == set()


def test_data_on_how_the_person_uses_the_service_is_usage():
    assert ("usage", "collect") in pairs("我们可能会收集和存储有关你如何使用我们的服务的详细信息，包括搜索查询。")
    assert ("usage", "use") in pairs("我们使用关于用户如何使用我们的网站、App、微信小程序的功能和服务的数据来了解用户的整体行为及偏好。")


def test_a_public_area_caution_shares_what_the_person_publishes():
    """GUIDELINES: what the person publishes in areas other users see, which others may then collect, is shown to them
    (share with third_party); the demonstrative that closes the caution adds no collection by others."""
    caution = ("请注意，如您在途游服务中其他用户可见的公开区域内上传或发布的信息、您对其他人上传或发布的信息作出的回应中公开您的"
               "信息，该等信息可能会被他人收集并加以使用。")
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(caution)}
    assert found == {("content", "share", "third_party"), ("personal_info", "share", "third_party")}
    later = {(s.data_type, s.action) for s in statements_of(
        "请您注意，您在公开区域上传或发布的信息可能会被他人收集并加以使用，且这些信息中可能包括个人敏感信息，请您谨慎提供。")}
    assert ("content", "share") in later and ("personal_info", "share") not in later
