"""Chinese third-party recall: a table column naming who receives each row's data ("接收方", "目的及接收方") shares
the row's data with the party its cell names, not when the cell names only the service itself or the device."""

from __future__ import annotations

from conftest import statements_of


def _shares(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.recipient) for s in statements_of(text) if s.action == "share"}


TABLE = """| 场景 | 触发方式 | 可能处理的信息 | 目的及接收方 |
| --- | --- | --- | --- |
| 访问官网 | 您在浏览器中打开官网 | IP 地址 | 官网托管和网络基础设施用于提供页面和安全防护。 |
| 邮件支持 | 您主动发送 | 邮箱地址 | 我们 |
"""


def test_a_recipient_column_shares_a_rows_data_with_the_party_it_names():
    assert _shares(TABLE) == {(3, "network.ip", "third_party")}


def test_a_recipient_column_before_the_data_sent_still_names_the_parties():
    text = """| 接收方 | 发送的数据 | 触发条件 |
| --- | --- | --- |
| 文本模型服务 | 原始标题、转录稿或字幕文本 | 生成笔记时 |
"""
    assert (3, "content", "third_party") in _shares(text)


def test_a_used_for_clause_before_the_data_describes_it_and_is_no_purpose():
    text = "启用 API compression 后，用于压缩的对话内容会从扩展直接发送给你选择的 API 提供商。"
    assert _shares(text) == {(1, "communication.messages", "third_party")}
    assert _shares("我们会将用于验证的手机号码发送给运营商。") == {(1, "contact.phone", "third_party")}


def test_a_used_for_purpose_after_the_data_stays_a_purpose():
    statements = statements_of("我们会收集您的位置信息，用于推荐附近的商家。")
    assert {(s.data_type, s.action) for s in statements} == {("location", "collect")}


LEAVES_DEVICE = """| 数据 | 说明 | 存储位置 | 是否离机 |
|---|---|---|---|
| 字幕文本与视频身份(BVID/CID/分P) | 获取的字幕内容 | 本地 IndexedDB | 仅发送至您选择的服务商(用于 AI 总结) |
| 当前视频页信息(播放器时间等) | 用于时间轴同步与跳转 | 不保存 | **不离机** |
| 备份文件 | 您主动导出的加密备份 | 由您自行保管 | 由您控制 |
"""


def test_a_column_of_whether_data_leaves_the_device_shares_what_is_sent_on():
    assert _shares(LEAVES_DEVICE) == {(3, "content", "third_party"), (3, "usage.history", "third_party")}
