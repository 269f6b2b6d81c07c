"""Chinese first-party false positives from the person's use of a service read as the predicate of the data it
describes ("以及使用盛付通服务的操作日志", "以及您使用我们服务的操作日志"): the list goes on with the verb before."""

from __future__ import annotations

from conftest import tuples  # (line, data_type, action, actor)


def test_a_service_use_in_a_listed_item_continues_the_list():
    found = tuples("为了给您提供支付服务，支付宝可能需要您提供真实姓名、网络使用习惯以及使用支付宝服务的操作日志、应用列表。")
    # the items after the description are what the person provides to the same party, as those before it
    assert not any(who == "first_party" for _, _, _, who in found)
    assert {(1, "usage.logs", "collect", "alipay"), (1, "device.apps", "collect", "alipay")} <= found


def test_a_service_use_in_a_listed_item_is_no_act_of_the_recipient():
    found = tuples("我们会向支付宝提供您的设备信息以及您使用我们服务的操作日志。")
    assert (1, "usage.logs", "share", "first_party") in found
    assert not any(who == "alipay" for _, _, _, who in found)
    # a use of the data itself stays
    assert (1, "usage.logs", "use", "first_party") in tuples("我们会使用您使用我们服务时的日志信息。")
