"""Chinese third-party recall: parties carried to list items and later sentences."""

from __future__ import annotations

from conftest import tuples


def test_purpose_item_of_embedded_sdks_is_collected_by_them():
    text = ("（一）共享\n"
            "1、为实现本政策中声明的目的，我们会接入第三方服务商提供的SDK或其他类似的应用程序与第三方合作，以便向您提供更好的"
            "客户服务和用户体验。为实现我们服务而委托处理或共享个人信息的情形如下：\n"
            "（1）用于广告相关服务，包括广告展示、广告数据监测/统计；\n"
            "（2）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息；\n")
    found = tuples(text)
    assert {(4, "location", "collect", "third_party"), (4, "device", "collect", "third_party"),
            (4, "usage.logs", "collect", "third_party")} <= found
    assert not any(t[0] == 4 and t[3] == "first_party" for t in found)


def test_purpose_item_without_sdk_introduction_stays_ours():
    text = ("我们会在以下情形中使用您的个人信息：\n"
            "（1）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息；\n")
    found = tuples(text)
    assert (2, "device", "collect", "first_party") in found


def test_also_predicate_goes_on_with_the_processor_of_the_sentence_before():
    found = tuples("客户服务：为及时处理你的投诉、建议以及其他诉求，客户服务提供商需要使用你的帐号及相关信息，以及时了解、处理和"
                   "响应你的需求。如有必要，也可能需要使用你的手机号码或通过其他通讯方式与你取得联系。")
    assert (1, "contact.phone", "share", "first_party") in found
    assert (1, "contact.phone", "use", "first_party") not in found


def test_also_predicate_goes_on_with_the_party_named_before():
    found = tuples("我们的产品和服务可能包括第三方的产品和服务，以及第三方网站的链接。当您使用这些产品或服务时，也可能收集您的信息。")
    assert found == {(1, "personal_info", "collect", "third_party")}


def test_also_predicate_after_our_own_practice_stays_ours():
    found = tuples("我们会收集您的设备信息。如有必要，也可能需要使用你的手机号码。")
    assert (1, "contact.phone", "use", "first_party") in found


def test_denied_sharing_after_a_personal_information_copula_is_kept():
    found = tuples("您的个人信息是我方为您提供产品与/或服务的重要依据和组成部分，对于您的个人信息，我方仅在本隐私政策所述目的和范围内"
                   "或根据法律法规的要求收集和使用，并严格保密，不会与第三方公司、组织和个人共享您的个人信息，除非存在以下一种或多种情形：")
    assert (1, "personal_info", "not_share", "first_party") in found
    assert tuples("个人信息是以电子或者其他方式记录的各种信息。") == set()
