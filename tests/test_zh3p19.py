"""Chinese third-party practices: data named in sharing sentences whose wording was no known term (the documents a
real-name check needs, what an order bought, a remitter's account and address, the last login time, the click time of a
tile), shared with the party the sentence names."""

from __future__ import annotations

from conftest import statements_of


def _line(text: str, line: int = 1, fmt: str | None = None) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, fmt) if s.line == line}


SHARE = ("share", "first_party", "third_party")


def test_documents_a_real_name_check_needs_are_identity():
    # zh-r28-longzhiguo-wuyu:46, zh-r36-wangyi-diablo:47, zh-r4-netease-music:112
    text = ("我们需要向第三方共享您的信息，包括：（1）向提供支付服务的第三方支付机构共享对应的交易订单信息；（2）向实名认证服务商"
            "共享实名认证所需资料。")
    assert any(t[0] == "identity" and t[1] == "share" and t[3] == "third_party" for t in _line(text))


def test_what_was_bought_is_a_transaction():
    # zh-r25-qq:75: the children's transaction contents shared with the guardian
    text = "我们会将部分儿童个人信息（如儿童用户名、帐号、密码，以及该儿童用户在我们某些产品和服务中的交易内容等）与监护人进行分享。"
    assert ("financial.transactions",) + SHARE in _line(text)
    # zh-r20-migu-video:95: purchases named beside page views and interactions
    text = "我们可能会与我们的关联公司共享个人信息，包括昵称、头像、手机号码、页面访问、内容使用、社交互动、订购消费。"
    assert ("financial.transactions",) + SHARE in _line(text)


def test_a_remitters_account_and_address():
    # zh-r18-psbc:90: a cross-border remittance's details sent abroad
    text = ("当您使用跨境金融服务时，我行获得您的授权同意后，您的个人信息（如跨境汇款业务中的客户姓名、汇款人账号、汇款人地址）"
            "可能会被传输到境外机构用于业务处理。")
    found = _line(text)
    assert ("financial.payment",) + SHARE in found
    assert ("contact.address",) + SHARE in found


def test_last_login_time_and_click_time_are_logs():
    # zh-r19-alibaba-1688:79
    text = "在您选择“成为卖家”时，我们会将您的姓名，联系方式、您的注册时间和最近登录系统时间提供服务提供商以便其联系您。"
    assert ("usage.logs",) + SHARE in _line(text)
    # zh-r40-firefox-tw:43: the Traditional click time of a sponsored tile (as 点击时间)
    text = "我們會和 AdMarketplace（第三方轉介平台）分享您的國家、您點閱的區塊及點閱時間等資訊，以便確認您已導覽前往該網站。"
    assert any(t[0] == "usage.logs" and t[1] == "share" for t in _line(text))


def test_a_summary_script_handed_to_a_speech_service_is_content():
    # zh-r42-podcastclip:15: a table row of the data sent to each recipient
    table = ("## 会发送给第三方的数据\n"
             "\n"
             "| 接收方 | 发送的数据 | 触发条件 |\n"
             "| --- | --- | --- |\n"
             "| TTS 服务 | 生成后的摘要脚本和音色设置 | 生成 MP3 时 |\n")
    assert ("content",) + SHARE in _line(table, 5, "md")


def test_what_an_sdk_makes_use_of_is_its_collection():
    # zh-r12-xuexitong:41: 用到 as 使用到, with the SDK as its subject
    text = "（17）.百度地图SDK会用到GPS定位和获取Wi-Fi信息，获取用户的位置，用于位置签到WiFi打卡功能的服务。"
    found = _line(text)
    assert ("location.precise", "collect", "baidu_map", None) in found
    assert not any(t[2] == "first_party" for t in found)


def test_video_works_attached_to_a_cv_are_videos():
    # zh-r3-boss-zhipin:12: collected with the CV; passed on "将其" (a pronoun naming no data, GUIDELINES), so no share
    text = ("对于求职者，在进行简历投递前，您需要先上传一份附件简历（含视频作品），BOSS直聘会收集您的附件简历，以便将其通过平台传递至"
            "招聘者或通过邮箱发送至招聘企业邮箱。")
    found = _line(text)
    assert ("media.photos", "collect", "first_party", None) in found
    assert ("media.photos",) + SHARE not in found
