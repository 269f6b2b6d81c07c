"""Chinese third-party recall: the records of a push service's message delivery, listed among what an SDK collects,
are logs (usage.logs)."""

from __future__ import annotations

from conftest import pairs, tuples


def test_message_delivery_records_of_a_push_sdk_are_logs():
    assert ("usage.logs", "collect") in pairs("华为推送SDK会收集应用标识信息、消息下发记录，用于在华为设备上推送消息。")
    assert ("usage.logs", "collect") in pairs("该SDK需要获取您的设备标识符、消息推送记录，用于推送消息。")
    # a push service only sending messages names no records
    assert ("usage.logs", "collect") not in pairs("我们会通过推送服务向您下发消息。")


def test_message_delivery_records_in_an_sdk_table_row_go_to_the_sdk():
    text = ("| SDK名称 | 公司名称 | 使用目的 | 收集的个人信息 |\n| --- | --- | --- | --- |\n"
            "| 华为推送 | 华为软件技术有限公司 | 用于在华为设备上推送消息 | 应用标识信息、消息下发记录、读取/写入存储 |\n")
    found = {(d, a, actor) for _, d, a, actor in tuples(text, name="policy.md")}
    assert ("usage.logs", "collect", "huawei_push") in found
