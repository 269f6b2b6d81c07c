"""Chinese first-party false positives: a network request named as a noun ("在这些请求中", "请求不携带…") is no request for
data; the policy's own text as the basis of a relative clause ("根据本指引收集的…个人信息提供给…") is no use of the data;
words that name a menu path, the service's material, a course or what a purchase is of are no data of the person;
a social media page visited is a page viewed."""

from __future__ import annotations

from conftest import tuples


def test_a_network_request_named_as_a_noun_requests_no_data():
    # (what the requests are said not to carry is not shared with the service they go to, as the gold of
    # zh-r41-airlyrics:37 and zh-r47-paper-mind:9 has it: no collect, a not_share; test_zh3p34.py)
    assert tuples("AirLyrics 不会在这些请求中主动加入个人标识、账号、统计标识或广告标识。") == {
        (1, "account.credentials", "not_share", "first_party"), (1, "device.id.ad_id", "not_share", "first_party")}
    assert tuples("剪藏引用的图片可能从来源网站下载，请求不携带 Cookie、凭据或 Referrer。") == {
        (1, "usage.cookies", "not_share", "first_party"), (1, "account.credentials", "not_share", "first_party"),
        (1, "usage.history", "not_share", "first_party")}
    assert tuples("版本检查代码不会主动把提示词、模型凭据、MAC 地址或硬件序列号附加到该请求。") == set()
    assert tuples("外部请求会向目标服务暴露 IP 地址等正常连接信息。") == set()


def test_requesting_a_permission_or_data_stays_a_collection():
    assert tuples("同时我们可能请求你的相机权限/相册权限。") == {
        (1, "media.camera", "collect", "first_party"), (1, "media.photos", "collect", "first_party")}
    assert tuples("我们会向关联第三方请求您的个人信息。") == {(1, "personal_info", "collect", "first_party")}


def test_the_policy_as_basis_of_the_collection_leaves_the_transfer_its_verb():
    assert tuples("为了进行游戏安全分析，我们可能会将根据本指引收集的您的相关个人信息提供给该境外接收方。") == {
        (1, "personal_info", "share", "first_party")}
    assert tuples("您可以根据本指引所述管理您的个人信息以及相关授权。") == set()
    assert tuples("我们会根据您的浏览记录为您推荐内容。") == {(1, "usage.history", "use", "first_party")}


def test_an_avatar_in_a_menu_path_is_no_profile_data():
    assert tuples("您可以在设置-头像-账号管理处设置你关联的微信账号与手机号以完善您的信息。") == {
        (1, "account.credentials", "collect", "first_party"), (1, "contact.phone", "collect", "first_party")}
    assert (1, "account.profile", "collect", "first_party") in tuples("我们会收集您的头像/昵称/性别。")


def test_the_services_videos_pictures_and_courses_are_no_data_of_the_person():
    assert tuples("我们通过算法分析后向您推送您可能感兴趣的特定短视频信息或服务。") == set()
    assert tuples("我们会收集你输入的文字信息并为你实现文字、图片及音视频素材标签的自动匹配。") == {
        (1, "content", "collect", "first_party")}
    assert tuples("当您向学习通申请学校培训时，系统将自动填写您注册账户时所登记的手机号码。") == {
        (1, "contact.phone", "collect", "first_party")}
    assert (1, "identity.education", "collect", "first_party") in tuples("您可以选择填写学校、年级。")


def test_the_virtual_currency_a_purchase_is_of_is_no_holding_of_the_person():
    assert tuples("为进行正常结算，我们会收集您购买和消费虚拟货币（直播盐粒）的交易记录（包括交易内容、金额、交易时间）。") == {
        (1, "financial.transactions", "collect", "first_party")}
    assert tuples("其中蛋蛋鸡中的金蛋可以作为虚拟货币，您可以购买产品或服务。") == set()
    assert tuples("我们会收集您的虚拟财产信息。") == {(1, "financial", "collect", "first_party")}


def test_a_social_media_page_visited_is_browsing_history():
    assert tuples("我们会收集您使用的网页搜索词语、访问的社交媒体页面url地址。") == {
        (1, "usage.history", "collect", "first_party")}
    assert tuples("我们会收集您的社交媒体页面URL地址。") == {(1, "account.profile", "collect", "first_party")}
