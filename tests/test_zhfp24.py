"""Chinese first-party precision: generic personal information, credentials and pictures named where the line states no
practice of ours (a refusal, processing as a noun, advice, the policy describing itself, device-local keeping, a web
page's resources)."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples


def test_the_persons_refusal_of_our_collection_is_no_practice():
    assert tuples("您可以在设备的设置功能中选择关闭部分或全部权限，从而拒绝我行收集相应的个人信息。") == set()
    assert tuples("我们会收集您的个人信息。") == {(1, "personal_info", "collect", "first_party")}


def test_processing_named_as_a_noun_is_no_use():
    assert tuples("如新的控制者拟变更处理目的、处理方式的，新的控制者将就对你的个人信息的处理重新征得你同意。") == set()
    assert tuples("我们将按照您的选择提供服务，而个人信息的处理将仅影响您所体验的测肤、试妆功能的结果。") == set()
    assert tuples("若您是未成年人，请务必与您的监护人共同仔细阅读本《隐私政策》，了解其中对于您个人数据收集的相关规定，"
                  "并确保我们对您个人数据的收集已经取得监护人同意后再使用本服务。") == set()


def test_advice_on_the_persons_own_passwords_is_no_collection():
    assert tuples("如果您意识到您的帐户凭证已被泄露，您应立即更新这些帐户以及使用相同或类似帐户信息的其他服务的密码和所有其他凭证。"
                  "您有责任使用不同的强密码、安全问题、双因素身份验证、密码管理器及其他安全措施保护个人在线帐户。") == set()


def test_a_parent_learning_that_the_child_provided_data_is_no_practice():
    assert tuples("如果您是父母或监护人，并且您知道您的孩子向我们提供了个人信息，请与我联系，以便我能够采取必要的措施。") == set()


def test_a_promise_to_tell_and_a_limit_to_the_necessary_scope_are_no_practice():
    assert tuples("我们会始终告诉您我们所收集的您的个人信息。") == set()
    assert tuples("- 我们仅在必要范围内使用您的信息") == set()


def test_the_policy_describing_itself_states_no_practice():
    assert tuples("本政策说明Bilimuzhi扩展收集、使用、存储与披露用户数据的全部情形。Bilimuzhi不采集任何遥测数据。") == {
        (1, "usage", "not_collect", "first_party")}


def test_secrets_kept_in_the_browsers_own_stores_are_not_kept_by_us():
    assert tuples("- 本地权威存储为 IndexedDB(会话、字幕、归档);`chrome.storage.local` 仅存放小型设置与 API Key。") == set()
    assert tuples("- **会话隔离**：酷狗登录令牌优先存放于会话级存储，降低持久化泄露风险；") == set()
    assert tuples("我们会将您的 API Key 保存在服务器上。") == {(1, "account.credentials", "store", "first_party")}


def test_pictures_among_a_web_pages_resources_are_no_photos():
    types = {t[1] for t in tuples("我们会记录静态资源加载失败信息，例如图片、脚本、样式或字体加载失败的 URL。")}
    assert "media.photos" not in types
    assert "media.photos" not in {t[1] for t in tuples("我们会记录页面元素信息，例如 CSS 属性修改、文本修改、图片替换记录。")}
    assert tuples("我们会收集您上传的图片。") == {(1, "media.photos", "collect", "first_party")}


def test_logging_in_with_another_services_account_is_the_means_of_login():
    # GUIDELINES: logging in with a third-party account gives no tuple of its own; what is obtained from it does
    assert tuples("- **第三方分享**：您授权第三方平台分享的信息（如社交账号登录）") == set()
    assert tuples("如您授权以第三方账号，包括微博、微信、QQ或各手机品牌用户账号登录使用我们的服务时，我们将获取您授权共享的该第三方"
                  "账号下的相关信息，包括头像、昵称。") == {(1, "account.profile", "collect", "first_party"),
                                                   (1, "account", "collect", "first_party")}
    assert tuples("我们会收集您的社交账号。") == {(1, "account.credentials", "collect", "first_party")}


def test_the_account_the_person_registers_is_no_credential():
    assert tuples("1.1 当您注册QQ帐号时，我们会收集您的昵称、头像、手机号码。") == {
        (1, "contact.phone", "collect", "first_party"), (1, "account.profile", "collect", "first_party")}
    assert tuples("我们会收集您的QQ帐号。") == {(1, "account.credentials", "collect", "first_party")}


def test_a_password_recovery_feature_is_no_password():
    assert markdown_policy_tuples("## 我们如何使用您的信息\n\n#### （2）账户管理\n- 创建和维护您的用户账户\n- 验证您的身份和权限\n"
                                  "- 提供密码找回功能\n") == set()
    assert tuples("我们会收集您设置的密码。") == {(1, "account.credentials", "collect", "first_party")}
