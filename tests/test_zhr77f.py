"""Chinese wording of open-source projects' notices (round 77): the person's country or place as a jurisdiction ("根据你的
所在地和适用法律", "在你所在国家或地区以外处理") is no location data; the operator's name and contact details and the region
a service is hosted in ("应确认项目运营主体名称、联系方式、托管地区") are no data of the person; advice not to submit, post or
keep data ("请不要提交敏感个人信息…") states no practice; display names, support messages and user messages are data terms
(not the notices of 用户消息告知); data processed and kept on the device ("在本地处理和存储以下数据：") is used, not retained
by us; the items of a list of masked values ("敏感请求值会在保存前被脱敏，包括：") are kept by no one."""

from __future__ import annotations

from conftest import pairs, tuples


def test_jurisdiction_of_the_person_is_no_location():
    assert pairs("根据你的所在地和适用法律，你可能拥有以下权利：") == set()
    assert pairs("使用本服务即表示信息可能会在你所在国家或地区以外处理和存储。") == set()
    found = pairs("我们可能在您所在国家/地区以外的服务器上处理和存储您的信息。")
    assert not {p for p in found if p[0].startswith("location")}
    assert ("personal_info", "store") in found
    # the person's place as data stays location data
    assert ("location.coarse", "collect") in pairs("我们会收集您的所在地和手机号码。")


def test_operator_contact_and_hosting_region_are_no_data():
    assert pairs("在公开上线前，应确认项目运营主体名称、联系方式、托管地区、分析工具和特定司法辖区的合规义务。") == set()
    assert pairs("如有隐私问题或请求，请创建 GitHub issue，除非项目运营方公布了专门联系方式。") == set()
    assert ("contact", "collect") in pairs("我们会收集您的联系方式。")


def test_advice_not_to_submit_data_is_no_practice():
    assert pairs("请不要提交敏感个人信息、机密数据、支付信息、密钥、私钥，或任何你不希望外部提供商处理的信息。") == set()
    assert pairs("请勿在公共设备上保存真实简历，或使用后及时清除。") == set()
    # what we collect before the advice stays
    assert pairs("我们会收集您提交的手机号码。请勿提交他人信息。") == {("contact.phone", "collect")}


def test_display_names_and_user_messages_are_data_terms():
    text = "# P\n\n服务可能收集以下信息：\n\n- 用户名或显示名称\n- 反馈、issue 报告、下架请求或支持消息\n"
    found = tuples(text, name="policy.md")
    assert (5, "account.profile", "collect", "first_party") in found
    assert (6, "communication.messages", "collect", "first_party") in found
    found = tuples("如果启用助手或聊天功能，用户消息可能会发送到配置的 AI 提供商或兼容 API 端点以生成回复。\n")
    assert (1, "communication.messages", "share", "first_party") in found
    assert pairs("我们可能会向其中的一种或多种发送多类通知，用于用户消息告知、身份验证、安全验证。") == set()


def test_items_processed_and_kept_on_the_device_are_used():
    text = ("# P\n\n智能预加载可能会在本地处理和存储以下数据：\n\n- 页面 URL、站点、标题和导航跳转关系。\n"
            "- 启用书签预加载功能时的书签标题和 URL。\n")
    found = tuples(text, name="policy.md")
    assert (5, "usage.history", "use", "first_party") in found
    assert not {t for t in found if t[2] == "store"}


def test_masked_items_are_kept_by_no_one():
    text = ("# P\n\n## 数据存储\n\nEasyCurl 会使用浏览器扩展存储，在本地保存请求历史。\n\n默认情况下，敏感请求值会在保存前被脱敏，包括：\n\n"
            "- `Authorization`\n- `Cookie`\n- `Set-Cookie`\n")
    assert not {t for t in tuples(text, name="policy.md") if t[1] == "usage.cookies"}
    # a list a practice introduces keeps its items
    assert (5, "usage.cookies", "collect", "first_party") in tuples("# P\n\n我们会收集以下信息：\n\n- Cookie\n", name="policy.md")
