"""Chinese third-party statements: recipients, SDK records and their purposes."""

from __future__ import annotations

from conftest import statements_of


def shares(text: str) -> set[str]:
    return {s.data_type for s in statements_of(text) if s.action == "share"}


def test_provider_noun_after_recipient_marker_is_no_predicate():
    # 提供 + 方 after 与 names the party the data goes to; the share verb after it governs the list
    found = shares("我们会将您的游戏账户名、对应的支付机构账户名、订单支付相关信息、订单安全相关设备信息与支付信息服务提供方共享。")
    assert {"account.credentials", "financial.transactions", "financial.payment", "device"} <= found


def test_hardware_and_software_features_are_device_make_and_model():
    found = {(s.data_type, s.actor) for s in statements_of(
        "第三方软件或技术可能会收集您的设备信息（唯一设备标识符的软硬件特征信息）。")}
    assert ("device.hardware", "third_party") in found and ("device", "third_party") in found


def test_how_the_person_uses_our_service_is_usage():
    found = {s.data_type for s in statements_of(
        "我们可能会接入提供该服务的指定合作伙伴（广点通、热云、秒针），以分析您使用我们的服务情况，评估、优化广告投放效果。")}
    assert "usage" in found


def test_coordinated_subject_across_the_means_it_works_through():
    found = {(s.data_type, s.actor) for s in statements_of(
        "我们和第三方合作伙伴可能通过COOKIES和WEB BEACON收集和使用您的信息，并将该等信息储存。")}
    assert ("personal_info", "third_party") in found and ("personal_info", "first_party") in found


def test_the_users_information_is_personal_information():
    found = {(s.data_type, s.actor) for s in statements_of(
        "我们和第三方合作伙伴可能通过COOKIES或同类技术收集和使用用户的信息，并将该信息储存。")}
    assert ("personal_info", "third_party") in found


def test_what_a_review_guards_against_is_no_practice():
    assert not statements_of("我们也会审查该管理制度、流程和组织，以防未经授权的人员擅自访问、使用或披露用户的信息。")


def test_sharing_through_the_service_with_anyone_is_a_display_by_the_service():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "您可以基于竞技世界服务与第三人（包括不特定对象）共享您的个人信息或其他信息，但因您的共享行为而导致的信息泄露与竞技世界无关。")}
    assert found == {("personal_info", "share", "first_party")}


def test_identity_checked_through_an_authentication_institution_is_shared_with_it():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "为实现认证目的，您需要主动提供相关真实身份信息（姓名、证件号码等证件信息或面部识别信息）并授权我们通过"
        "国家权威可信身份认证机构进行信息核验。")}
    assert ("identity", "share", "first_party") in found
    assert ("identity.name", "share", "first_party") not in found  # the items glossing it keep their collection only


def test_data_used_for_display_of_what_the_person_publishes_is_shared():
    found = {(s.data_type, s.action) for s in statements_of(
        "您在使用紫龙服务时、上传和/或发布信息以及进行相关互动行为时，我们将收集您上传、发布或形成的信息，"
        "并使用您的昵称、头像和发布内容以作展示。")}
    assert ("account.profile", "share") in found and ("account.profile", "use") in found


def test_game_id_is_a_credential():
    found = {s.data_type for s in statements_of("我们会收集您的游戏ID。")}
    assert found == {"account.credentials"}


def test_public_as_an_attribute_makes_nothing_public():
    found = {(s.data_type, s.action) for s in statements_of(
        "我们使用SDK或其他相关技术同步剪映和剪映关联版本中的帐号和内容，其中可能包括：头像、昵称、性别、个人简介等你主动设置的公开帐号信息。")}
    assert ("account.profile", "share") not in found


def test_a_public_profile_is_still_shown():
    found = {(s.data_type, s.action) for s in statements_of(
        "您使用我们网站、App等渠道的某些社交功能时，可建立含有您的帐户名称等信息的公开简介。")}
    assert ("account.credentials", "share") in found


def test_cookies_collecting_non_personal_information_are_not_what_is_shared():
    found = {(s.data_type, s.action) for s in statements_of(
        "我们为上述目的使用COOKIES或同类技术的同时，可能将通过COOKIES或同类技术收集的非个人身份信息汇总提供给广告商和其他伙伴。")}
    assert ("usage.cookies", "use") in found and ("usage.cookies", "share") not in found


def test_part_of_the_persons_basic_information_is_personal_information():
    found = {(s.data_type, s.action) for s in statements_of(
        "我行可能会向合作方（推送服务或移动设备厂商）提供您的部分基础信息，包括您的设备型号。")}
    assert ("personal_info", "share") in found
