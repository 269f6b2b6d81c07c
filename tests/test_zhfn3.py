"""Chinese recall: top-ups named among wallet data, 自动 inside a denial, SDK items whose name is followed by 、 and
what the SDK does, uploads by us to another party, and "these features" of a third party's service."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_top_ups_named_among_wallet_data_are_transactions():
    # zh-r2-xiaohongshu:20
    assert _found("为了方便您查询虚拟财产，【钱包】会记录您的充值、余额与使用情况。") == {
        ("financial.transactions", "collect", "first_party"), ("financial.credit", "collect", "first_party"),
        ("usage", "collect", "first_party")}
    # alone, or among features, 充值 is the act or the feature
    assert _found("当您使用话费充值、转账等功能时，我们会收集您的手机号码。") == {("contact.phone", "collect", "first_party")}
    assert _found("您可以使用充值、提现、转账功能。") == set()


def test_automatically_inside_a_denial_keeps_the_denial():
    # zh-r35-hyperisland:73, zh-r10-soul:77
    assert _found("当前 Aptabase Kotlin SDK 也不会自动上传应用崩溃、异常消息或堆栈。") == {
        ("usage.logs", "not_collect", "third_party")}
    assert ("media.photos", "not_collect", "first_party") in _found(
        "请您知悉，我们不会自动读取您本地相册的存储内容，仅在您同意开启此权限并在相册中主动选择相应图片后才会获取图片/视频数据。")
    # ... but not a relative clause on the object of 把 (zh-r36-tianya-mingyuedao:23)
    assert ("usage.logs", "not_collect", "first_party") not in _found(
        "我们会使用Cookie收集您的IP地址，我们不会把自动收集的日志数据与我们收集的其他信息进行关联。")


def test_sdk_item_with_its_verb_after_a_comma_mark():
    # zh-r12-xuexitong:49 and 51
    found = _found("（25）.UC啄木鸟SDK、获取设备标识符、系统版本，用于提高服务稳定性。")
    assert found == {("device.id", "collect", "umeng"), ("device.hardware", "collect", "umeng")}
    found = _found("我们可能会接入由第三方提供的软件开发包（SDK）实现相关目的：\n（26）.ijk视频播放器SDK、开源视频播放器\n"
                   "（27）.听云SDK、访问电话状态、WiFi状态 用于系统异常信息的采集")
    assert found == {("device.id", "collect", "tingyun"), ("device.network", "collect", "tingyun")}
    # a list of SDK names stays a list of names
    assert ("device.id", "collect", "wechat_opensdk") in _found("我们接入了QQ登录SDK、微信登录SDK，会获取设备标识符。")


def test_uploading_to_another_party_is_sharing():
    # zh-r34-zorvai:206, 222
    assert _found("不会将你的聊天内容上传至与应用功能无关的第三方；") == {
        ("communication.messages", "not_share", "first_party")}
    assert _found("我们会将您的姓名上传至第三方。") == {("identity.name", "share", "first_party")}
    # to our own servers it stays a collection, and so does the person's own upload to a party
    assert _found("我们会将您的照片上传至服务器。") == {("media.photos", "collect", "first_party")}
    assert _found("您可以将照片上传至第三方平台。") == {("media.photos", "collect", "third_party")}
    # a party before the verb is no destination of the upload ("与其他玩家互动或者拍摄、上传、保存图片")
    assert ("biometric.fingerprint", "not_share", "first_party") not in _found(
        "我们只能通过系统验证，并不会获取指纹信息，同时我们也不会向服务端上传任何指纹信息。")


def test_these_features_of_a_third_party_service_collect_themselves():
    # zh-r18-cctv-video:75, zh-r36-wangyi-diablo:64
    text = ("您利用“分享”键将某些内容分享到我们的服务，或您利用第三方连线服务登录我们的服务。这些功能可能会收集您的相关信息（包括"
            "您的日志信息），并可能在您的电脑装置 cookies，从而正常运行上述功能；")
    assert _found(text) == {("personal_info", "collect", "third_party"), ("usage.logs", "collect", "third_party"),
                            ("usage.cookies", "use", "third_party")}
    # our own features stay ours
    assert ("location", "collect", "first_party") in _found(
        "您可以使用附近的人和同城推荐功能。这些功能可能会收集您的位置信息。")


def test_location_permission_named_after_its_platform():
    # zh-r36-tianya-mingyuedao:15 and 19
    intro = "1. 我们收集和使用的个人信息\n我们可能在具体业务场景下向您申请部分系统权限，您可以自主选择是否授权。这些系统权限包括：\n"
    assert _found(intro + "Android-定位：用于体验客栈社区位置定位游戏功能。") == {("location", "collect", "first_party")}
    assert _found(intro + "iOS-定位：用于获取客栈中个人城市定位功能。") == {("location", "collect", "first_party")}
    # a screen path naming the location service is no permission item
    assert _found("您可以在【设置-定位服务】中关闭。") == set()
