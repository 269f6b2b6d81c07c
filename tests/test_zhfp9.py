"""Chinese sharing clauses: the items of a 将 object that a comma divides are all shared by the sharing verb after them,
not taken by a verb of an earlier clause as our own collection or use."""

from __future__ import annotations

from conftest import tuples  # (line, data_type, action, actor): a share is by first_party

SOUL = ("为了提高产品与/或服务系统的安全性、保护账户安全、监控账号风险、记录并分析风险链接、排查本平台系统问题及异常信息，"
        "并进行反欺诈和反伪盗，我们可能会将您的手机号码，身份证号码、地理位置信息，登录IP地址提供给负责系统搭建、维护、管理、"
        "评测的技术服务提供方，以分析我们服务的使用方式。")


def test_comma_divided_items_of_a_shared_object_are_shared():
    found = tuples(SOUL)
    for data_type in ("contact.phone", "identity.id_number", "location", "network.ip"):
        assert (1, data_type, "share", "first_party") in found
    # the purpose clause's 记录并分析 takes none of them
    assert not any(action in ("collect", "use") for _, _, action, _ in found)


def test_comma_divided_items_without_an_earlier_verb():
    found = tuples("我们可能会将您的手机号码，身份证号码提供给技术服务提供方。")
    assert {(1, "contact.phone", "share", "first_party"), (1, "identity.id_number", "share", "first_party")} <= found


def test_a_comma_part_with_a_verb_still_ends_its_clause():
    # "并在您同意后" is no data item: the first clause keeps its own reading
    found = tuples("我们会将您的手机号码，并在您同意后将身份证号码提供给技术服务提供方。")
    assert (1, "identity.id_number", "share", "first_party") in found
    assert (1, "contact.phone", "share", "first_party") not in found
