"""Chinese third-party precision: the policy's own organisation named by its brand is the first party (a Latin name
written twice or more as the subject of a practice verb), a host permission's label names no actor, and a party in a
relative clause on the recipient is not the recipient."""

from __future__ import annotations

from conftest import tuples

from policycheck.extract import get_extractor
from policycheck.extract.party_names import policy_names
from policycheck.ingest import parse_policy

# a notice titled after the product, whose organisation the text names as the subject of its practices
BRAND_NOTICE = """# Firefox 隐私声明

Firefox 由 Mozilla 开发。Mozilla 会收集某些数据，以便改进 Firefox。

Mozilla 收集技术和交互数据，例如新标签页内容的位置。

如有疑问，请联系 Mozilla。Mozilla 的地址见下文。

{line}
"""


def _own_names(text: str) -> tuple:
    extractor = get_extractor()
    return policy_names(parse_policy(text, "policy.md"), extractor.entities, extractor.lexicons).own


def test_the_organisation_named_as_the_subject_of_practices_is_an_own_name():
    assert "Mozilla" in _own_names(BRAND_NOTICE.format(line="我们会处理您的数据。"))


def test_a_tool_the_policy_uses_is_no_own_name():
    text = BRAND_NOTICE.format(line="我们使用 Mozilla 统计访问量。")
    assert "Mozilla" not in _own_names(text)


def test_data_sent_to_the_own_organisations_servers_is_collected_by_the_first_party():
    text = BRAND_NOTICE.format(line="当您请求总结时，页面内容将被发送至 Mozilla 服务器进行处理。")
    assert (9, "content", "collect", "first_party") in tuples(text, name="policy.md")


def test_a_party_in_a_relative_clause_on_the_recipient_is_not_the_recipient():
    text = BRAND_NOTICE.format(line="Firefox 会将 DNS 请求路由到已同意 Mozilla 严格的解析器隐私标准的解析器服务。")
    statements = tuples(text, name="policy.md")
    assert (9, "usage.history", "share", "first_party") in statements
    assert not any(s[0] == 9 and s[2] == "collect" for s in statements)


def test_the_sites_of_a_host_permission_label_are_no_actor():
    assert tuples("x.com 与 twitter.com 主机权限：识别支持的页面，并只读取所选动作需要的页面内容。") == {
        (1, "content", "collect", "first_party")}


def test_our_partners_named_by_the_bare_word_are_another_party():
    assert tuples("我们可能会和我们的伙伴分享地点信息，但是伙伴不会收到您的IP地址。") == {
        (1, "location", "share", "first_party"), (1, "network.ip", "not_collect", "third_party")}


NAME_LIST = """# 示例浏览器隐私声明

如果您启用加密 DNS，请求会发送给以下提供商之一：

* [__Cloudflare__](https://developers.cloudflare.com/privacy/)
* [__NextDNS__](https://nextdns.io/privacy)

**更新使用的技术资料**：桌面版浏览器会持续连线至我们的服务器，以便检查浏览器更新内容。{line}如需更多信息，请参阅支持页面。
"""


def test_a_labelled_paragraph_after_a_list_of_names_is_no_record_of_the_last_name():
    text = NAME_LIST.format(line="系统将会使用您的浏览器版本、语言以及设备操作系统套用正确的更新内容。")
    assert (8, "device.hardware", "use", "first_party") in tuples(text, name="policy.md")


def test_the_partners_data_comes_from_are_its_source():
    assert tuples("我们可能会从商业伙伴处合法获取用户个人数据。") == {(1, "personal_info", "collect", "first_party")}
