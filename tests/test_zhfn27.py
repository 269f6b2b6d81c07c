"""Chinese first-party misses (zhfn27): a later purpose column of a data table whose sentence says what we collect
("客户服务 | 沟通内容 | …我们将收集您与我们客服的沟通内容（可能涉及您的订单号、手机号…）"); a run of denials that repeats its
negation ("不收集、不存储任何个人信息", "不收集也不共享") gives each denied verb the object of the last one; terms missing from
mappings/terms/zh.yaml (QIMEI, renewals of a membership, itemised income)."""

from __future__ import annotations

from conftest import tuples

SERVICE_TABLE = ("2.5 耐克微信小程序\n"
                 "功能场景 | 您的个人信息 | 收集目的及用途\n"
                 "退货上门取件 | 取件地址、寄件人姓名和手机号 | 用于完成上门取件和退货。\n"
                 "客户服务 | 沟通内容 | 当您与我们客服联系或提出服务需求时，我们将收集您与我们客服的沟通内容（可能涉及您的订单号、"
                 "手机号、快递单号、收件地址、开票信息），用于以下目的：\n")


def test_a_later_purpose_column_saying_what_we_collect_gives_the_collection():
    found = tuples(SERVICE_TABLE)
    assert {(4, "communication.messages", "collect", "first_party"), (4, "contact.phone", "collect", "first_party"),
            (4, "contact.address", "collect", "first_party"),
            (4, "financial.transactions", "collect", "first_party")} <= found


def test_a_later_purpose_column_naming_data_without_our_collection_gives_none():
    found = tuples("功能场景 | 您的个人信息 | 收集目的及用途\n"
                   "客户服务 | 沟通内容 | 用于在您的订单号、手机号有误时向您说明。\n")
    assert not any(line == 2 and data_type in ("contact.phone", "financial.transactions")
                   for line, data_type, *_ in found)


def test_each_denied_verb_of_a_run_repeating_its_negation_takes_the_object():
    assert (1, "personal_info", "not_collect", "first_party") in tuples(
        "本应用不收集、不传输、不存储任何个人信息至外部服务器。\n")
    assert (1, "location", "not_collect", "first_party") in tuples("我们不收集、不存储您的位置信息。\n")
    assert (1, "location", "not_collect", "first_party") in tuples("我们不收集也不存储您的位置信息。\n")
    found = tuples("我们不会收集、也不会共享您的位置信息。\n")
    assert {(1, "location", "not_collect", "first_party"), (1, "location", "not_share", "first_party")} <= found


def test_a_practice_after_a_denial_is_no_denial_run():
    found = tuples("我们收集您的位置信息，也不会共享。\n")
    assert (1, "location", "collect", "first_party") in found
    assert not any(action == "not_collect" for _, _, action, _ in found)


def test_qimei_renewals_and_itemised_income():
    assert (1, "device.id", "use", "first_party") in tuples(
        "为向您提供消息推送技术服务，我们需要使用您的Android ID、QIMEI、OAID及IP地址以进行链路调节。\n")
    assert (1, "financial.transactions", "collect", "first_party") in tuples(
        "为验证您的会员身份，我们将收集您的会员状态、会员时长有效期、开通及续费VIP记录。\n")
    assert (1, "financial.credit", "collect", "first_party") in tuples(
        "我们可能会收集您的真实姓名、职业、学历以及收入明细信息。\n")


def test_sending_back_to_us_is_collecting():
    assert (1, "media", "collect", "first_party") in tuples("我们会将你主动选择的视频/音频文件回传至服务器进行识别处理。\n")
    found = tuples("我们不会回传、储存或共享您的任何面部特征值信息。\n")
    assert (1, "biometric.face", "not_collect", "first_party") in found


def test_a_recipient_between_two_verbs_of_a_run_keeps_the_run():
    found = tuples("我们不会收集、存储或与第三方共享您的人脸信息。\n")
    assert {(1, "biometric.face", "not_collect", "first_party"), (1, "biometric.face", "not_share", "first_party")} <= found
    found = tuples("我们不会回传或向第三方提供你的任何人脸信息。\n")
    assert (1, "biometric.face", "not_collect", "first_party") in found
    assert (1, "location", "collect", "first_party") in tuples("我们会收集、存储并与第三方共享您的位置信息。\n")


def test_the_pixels_of_the_face_are_face_data():
    found = tuples("除非另有明确说明并征得您的同意，我们不会收集、回传、储存或共享您的任何面部像素信息。\n")
    assert (1, "biometric.face", "not_collect", "first_party") in found
