"""Chinese first-party precision: a relative clause on what a purpose shows the person ends no purpose, a short run-in
label over a body that names its data is a title, and data kept on the device's own storage is no retention."""

from __future__ import annotations

from conftest import tuples


def test_what_the_person_may_like_is_named_inside_the_purpose():
    # "您可能感兴趣的…" is a relative clause inside the purpose, not the subject of the main clause
    assert tuples("为了向您展示、推荐或推送您可能感兴趣的图文视频/智能辅助聊天内容，我们会使用您注册时提供的性别。") == {
        (1, "identity.gender", "use", "first_party")}
    # the person as the subject of the main clause still ends the purpose
    assert tuples("为了完成注册，您需要提供您的手机号码。") == {(1, "contact.phone", "collect", "first_party")}


def test_a_short_run_in_label_over_a_body_that_names_its_data_is_a_title():
    heading = "一、我们如何收集和使用您的个人信息\n\n"
    # GUIDELINES: run-in labels are titles when the rest of the item names the data
    assert tuples(heading + "(3) 支付信息：当您使用充值功能时，您可以选择支付宝进行付款。我们会将您的订单支付相关信息与支付信息服务提供方共享。"
                  ) == {(3, "financial.payment", "share", "first_party"),
                        (3, "financial.transactions", "share", "first_party")}
    assert (3, "financial.payment", "collect", "first_party") not in tuples(
        heading + "2) 支付信息 在您下单后，您可通过第三方支付机构完成支付，但我们需将您的订单号、交易金额与支付机构共享。")
    # a label whose data only the label names keeps the heading's practice
    assert (3, "media.audio", "collect", "first_party") in tuples(
        heading + "麦克风：语音输入、与智能机器人进行语音互动。说明：系统默认分配APP读取用户应用列表权限。")


def test_data_kept_on_the_devices_own_storage_is_no_retention():
    # GUIDELINES: data kept only on the user's own device is not `store`
    assert tuples("当您使用搜索服务时，您的搜索记录会被保存在设备本地，便于您查看搜索记录或再次搜索。") == set()
    assert tuples("我们会收集您的搜索记录并保存在设备本地。") == {(1, "usage.history", "collect", "first_party")}
    assert tuples("我们会保存您的搜索记录。") == {(1, "usage.history", "store", "first_party")}
