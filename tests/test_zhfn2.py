"""Chinese recall: data received (收到) about the person or the service, Taiwan words longer than their mainland
reading inside a data term, bare 账号 among other data, terms of AI services, backups and crashes, a denial to an
"unrelated third party" and a list of sale verbs before the person's data."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_receiving_information_about_the_device_or_the_service_is_collecting_it():
    # zh-r35-focus-tw:15, a run-in item of a Traditional Chinese notice
    assert _found("* __技術資料__：我們可能會收到有關您的裝置及 Focus 的基本資訊，如安裝版本、作業系統、系統當機及錯誤的基本資訊、"
                  "系統時區與語系等。") == {
        ("device", "collect", "first_party"), ("device.hardware", "collect", "first_party"),
        ("usage.logs", "collect", "first_party")}
    assert ("usage", "collect", "first_party") in _found(
        "* __互動資料__：我們會收到有關 Focus 的使用頻率，以及和特定功能或指示互動的頻率等資訊。")
    # how the person uses a feature, closed by a data word after a comma (zh-r35-focus-tw:27)
    assert ("usage", "collect", "first_party") in _found(
        "我們會收到有關您如何使用 Firefox Focus 搜尋功能，以及您透過我們的搜尋夥伴所要求的搜尋次數等資料。")
    # a complaint about the person received is no data received
    assert _found("如果我们收到有关您的投诉，我们会及时处理。") == set()


def test_a_data_term_written_with_a_longer_taiwan_word_is_read_whole():
    # 使用者資訊 is read "用户信息  ", not "用户 信息" (zh-r35-pocket-tw:88)
    assert _found("如果其他公司收購我們或我們的特定資產，則轉讓資產中可能會包括使用者資訊。") == {
        ("personal_info", "share", "first_party")}
    assert _found("我們會收集使用者資訊。") == {("personal_info", "collect", "first_party")}


def test_bare_account_among_other_data_is_the_login_account():
    # GUIDELINES: 账号、密码、用户名 → account.credentials (zh-r35-hyperisland:73)
    assert _found("匿名统计不会收集 Android ID、广告 ID、电话号码、账号、精确位置。") == {
        ("device.id.android_id", "not_collect", "first_party"), ("device.id.ad_id", "not_collect", "first_party"),
        ("contact.phone", "not_collect", "first_party"), ("account.credentials", "not_collect", "first_party"),
        ("location.precise", "not_collect", "first_party")}
    # ... not the number of a payment account glossed, the account kept safe or its state
    assert ("account.credentials", "collect", "first_party") not in _found(
        "我们需要收集您的收款账户信息（账号、开户行/支付机构名称、户名）以支持您的收款需求。")
    assert ("account.credentials", "collect", "first_party") not in _found(
        "我们会收集您的注册手机号、电子邮件地址、账号状态和注册时间。")
    # a game account told to a guardian is the account
    assert ("account", "share", "first_party") in _found(
        "我们将尝试联系其监护人，将其相关的游戏账号、游戏时长、消费交易记录告知其监护人。")


def test_what_is_sent_to_an_ai_service_the_user_configures():
    # zh-r35-hyperisland:47: prompts are content, an API key a credential
    assert _found("如果您主动启用并配置 AI 通知功能，应用会按照您填写的接口地址，将处理通知所需的文本、提示词、模型参数和您提供的 API 密钥"
                  "发送给该第三方服务。") == {
        ("content", "share", "first_party"), ("account.credentials", "share", "first_party")}
    # search suggestions are no prompt the person writes
    assert ("content", "collect", "first_party") not in _found(
        "我们还可能会记录你在使用搜索时输入查询词，点击历史词、提示词和点击的链接。")


def test_backups_are_files_and_crashes_are_logs():
    assert ("storage.files", "collect", "first_party") in _found(
        "应用可能读取用户设置、模块配置、图片路径以及用户主动创建的备份文件。")
    assert ("media.photos", "collect", "first_party") not in _found(
        "应用可能读取用户设置、模块配置、图片路径以及用户主动创建的备份文件。")
    assert _found("我们不会上传应用崩溃、异常消息或堆栈。") == {("usage.logs", "not_collect", "first_party")}
    # a crash the app does not cause is no crash data
    assert _found("任何权限均可在系统设置中随时查看与撤销，撤销仅影响该功能，不会造成应用崩溃。") == set()


def test_denial_to_an_unrelated_third_party_and_a_run_of_sale_verbs():
    # zh-r35-yuying:17
    assert _found("未经您的事先许可，我们不会向任何无关第三方提供、出售、出租、分享或交易您的个人信息。") == {
        ("personal_info", "not_share", "first_party")}
    # a run of verbs before the person's data names no activity data; a run of activities before 等信息 does
    assert _found("我们不会向任何第三方出售、分享或交易您的个人信息。") == {("personal_info", "not_share", "first_party")}
    assert _found("我们会收集您的浏览、搜索、交易等信息。") == {
        ("usage.history", "collect", "first_party"), ("financial.transactions", "collect", "first_party")}
    # data unrelated to the service stays a limit of scope, no denial
    assert _found("我们不会收集与服务无关的个人信息。") == set()
    assert _found("我们亦不允许任何与我们提供服务无关的第三方以任何手段收集您的个人信息。") == set()


def test_information_about_the_person_after_another_item_kept_by_cookies_is_used():
    # zh-r18-cctv-video:60, zh-r4-netease-music:103: the cookie keeps what the person gave us (no 的): a use
    assert _found("• 记住您的身份。例如：cookies有助于我们辨认您作为我们的注册用户的身份，或保存您向我们提供有关您的喜好或其他信息；") == {
        ("usage.cookies", "use", "first_party"), ("personal_info", "use", "first_party")}
    assert _found("我们会收集有关您的喜好或其他信息。") == {("personal_info", "collect", "first_party")}


def test_a_service_the_person_uses_is_a_third_party_recipient():
    # zh-r35-focus-tw:29, zh-r-firefox-lite-tw:47: the person's search provider receives the search strings
    assert _found("* __搜尋建議__：啟用此功能之後，Firefox Focus 會向您的搜尋服務提供商傳送搜尋字串，以便協助您找到其他人曾經搜尋過的"
                  "常用語彙。") == {("usage.history", "share", "first_party")}
    assert ("usage.history", "share", "first_party") in _found(
        "Mozilla 不會收到您的搜尋字串。查詢字串資料是傳送到您的搜尋服務網站，這些網站有自己的隱私權政策。")
    assert _found("我们会向您的搜索服务提供商传送搜索记录。") == {("usage.history", "share", "first_party")}
    recipients = {s.recipient for s in statements_of("我们会向您的搜索服务提供商传送搜索记录。")}
    assert recipients == {"third_party"}
    # the person is no third party
    assert _found("我们会向您提供您的搜索记录。") == set()
