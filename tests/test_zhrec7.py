"""Chinese first-party recall: data phrases and readings that name first-party data the extractor used to miss."""

from __future__ import annotations

from conftest import pairs, statements_of


def test_information_under_a_third_party_login_account_is_account_data():
    text = ("如您使用第三方平台的账号登录的，我们将根据您的授权获取该第三方账号下的相关信息（包括：用户名、昵称、头像）。")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert ("account", "collect", "first_party") in found
    assert ("account.profile", "collect", "first_party") in found
    # the refusal names no practice, and "该等账号下的相关信息" keeps its examples only
    assert pairs("若您拒绝提供第三方账号下的信息，则您无法选择使用第三方账号登录。") == set()
    assert ("account", "collect") not in pairs(
        "如您使用第三方平台的帐号登录本产品时，我们将根据您的授权获取该等账号下的相关信息（例如：用户名、昵称、头像）。")


def _parties(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_we_or_our_partners_both_collect_through_the_means_they_use():
    # the subject set off by a comma before the means ("，可能通过放置安全的 Cookie 及相关技术收集")
    found = _parties("我们或我们的第三方合作伙伴，可能通过放置安全的 Cookie 及相关技术收集您的信息，目的是为您提供更个性化的用户体验和服务。")
    assert {("personal_info", "collect", "first_party"), ("personal_info", "collect", "third_party")} <= found
    # the means named by 使用 ("可能会使用Cookie和同类技术收集"), and "我们合作伙伴" a possessive without 的
    found = _parties("在您使用我们的产品与/或服务时，我们或我们合作伙伴可能会使用Cookie和同类技术收集您的一些个人信息，"
                     "包括：您访问网站的习惯、您的浏览信息、您的登录信息，以便为您提供更优质的服务体验。")
    assert {("usage.history", "collect", "first_party"), ("usage.history", "collect", "third_party"),
            ("account.credentials", "collect", "first_party")} <= found
    assert {("device", "collect", "first_party"), ("device", "collect", "third_party")} <= _parties(
        "我们或我们合作伙伴可能会收集您的设备信息。")
    # a recipient after 与 stays a recipient
    assert ("device", "collect", "third_party") not in _parties("我们与第三方合作伙伴共享您的设备信息。")


def test_the_person_given_a_short_name_is_no_name_of_the_service():
    text = ("完美世界集团（以下简称“完美世界”或“我们”）尊重并保护用户个人信息。我们将按照本政策处理用户（以下简称为“您”）在完美世界应用中的个人信息。\n"
            "您通过我们的客服参加调研时，我们可能需要您在填写调查问卷时填写您的姓名、电话或其他与调研活动相关的信息。\n")
    found = {(s.line, s.data_type, s.action, s.entity) for s in statements_of(text)}
    assert {(2, "identity.name", "collect", "first_party"), (2, "contact.phone", "collect", "first_party")} <= found


def test_the_account_other_data_are_linked_with_is_used():
    assert ("account", "use") in pairs("例如，我们可能会将您的设备信息或电话号码与您的百度帐户相关联。")
    # a product linked with an account names no account data of the person's
    assert ("account", "use") not in pairs(
        "我们可能会在淘宝平台服务中显示您的上述个人信息，以及您在淘宝平台上或与淘宝平台账户相关联的产品和服务中执行的操作。")


def test_a_games_app_and_identifying_details_are_the_apps_on_the_device():
    assert ("device.apps", "collect") in pairs(
        "为保障您的游戏账号安全，营造公平、健康及安全的游戏环境，我们会收集您的游戏应用信息、设备信息（设备ID、设备序列号）。")
    assert ("device.apps", "collect") in pairs(
        "为保障您的游戏账号安全，我们会收集您的游戏识别信息、硬件及操作系统信息、进程及游戏崩溃记录等信息。")


def test_what_the_person_searched_for_and_viewed_is_history():
    assert ("usage.history", "collect") in pairs(
        "我行会收集以下基础信息，包括您的设备型号、服务日志信息（如您在手机银行搜索、查看的信息、服务故障信息）。")


def test_what_we_obtain_from_the_persons_interactions_with_partners_is_personal_information():
    assert ("personal_info", "collect") in pairs(
        "我们可能会收集您使用我们的产品或服务时的其他信息做一些其他合理用途，包括：调查问卷回复、运营活动、"
        "您与我们的合作伙伴之间互动时我们获得的相关信息，以用于研发和改进。")


def test_the_phone_information_permission_reads_device_identifiers():
    assert ("device.id", "collect") in pairs(
        "在您同意访问电话信息权限后，您允许我们获取您的设备信息以作为您设备的唯一性标识，以便识别异常状态。")
