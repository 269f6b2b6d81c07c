"""Chinese first-party recall: the storage permission described by the file verbs it allows (写入/下载/保存/…), terms
for pay, groups, searches and posted records, and data detected under a purpose (用于检测…)."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_file_verb_run_of_the_storage_permission_names_the_files():
    # zh-r-keep:6
    found = _found("为了给您提供写入外部存储的功能，经过您的授权，我们将写入/下载/保存/修改/删除图片、文件、崩溃日志信息。")
    assert ("storage.files", "collect", "first_party") in found
    # zh-r38-turing-h5-sdk:173 (a permission table's cell)
    found = _found("使用使用场景与目的：允许App写入/下载/保存/缓存/修改/删除图片、文件、崩溃日志等信息")
    assert ("storage.files", "collect", "first_party") in found
    # a single verb before the data is no such run
    assert ("storage.files", "collect", "first_party") not in _found("您可以保存图片。")


def test_terms_for_pay_groups_searches_and_posted_records():
    # zh-r18-icbc-rongexing:5
    assert ("financial.credit", "collect", "first_party") in _found(
        "当您使用养老规划测算功能时，我行可能需要收集您的出生年月、参加工作时间、每月工资等信息。")
    assert ("social", "collect", "first_party") in _found("我们会收集您的群组信息和群成员列表。")
    assert ("usage.history", "collect", "first_party") in _found("我们会收集您的搜索数据。")
    # zh-r27-zhangshang-chuanyuehuoxian:15
    assert ("content", "collect", "first_party") in _found("我们会收集您的日志信息，例如点赞记录、投稿记录、发帖记录。")
    # zh-w3-novel:48
    assert ("content", "collect", "first_party") in _found("当您举报违规内容时，我们会收集您填写的举报理由。")


def test_data_detected_under_a_purpose_is_the_object_of_the_detecting_verb():
    # zh-r41-airlyrics:25
    found = _found("通知访问权限只在设备本地用于检测媒体播放信息，例如播放应用、标题、歌手、专辑、播放状态和可用媒体控制。"
                   "AirLyrics 不会上传通知内容。")
    assert {("usage", "collect", "first_party"), ("usage", "not_collect", "first_party")} <= found
    assert ("location", "collect", "first_party") in _found("该权限用于检测您的位置信息。")
    # a purpose whose object names no data gives none ("用于检测盗版"), and 用于 before other verbs keeps its reading
    assert _found("我们会申请该权限，用于检测盗版、扫描外挂。") == set()
