"""Chinese extraction: provisions at another party's request, permission appendices, word senses."""

from __future__ import annotations

from conftest import pairs, tuples


def test_provision_at_a_guardians_request_is_a_share():
    text = ("2.1我们如何共享您的信息\n通常情况下，除以下情形外，未经您同意，我们不会与任何第三方共享您的个人信息：\n"
            "（2）应您的监护人合法要求而提供您的信息；\n")
    assert (3, "personal_info", "share", "first_party") in tuples(text)
    assert (3, "personal_info", "collect", "first_party") not in tuples(text)
    assert ("personal_info", "share") in pairs(
        "当我们被司法机关强制要求，或者需要应权利人因识别涉嫌侵权行为人的要求而提供您的信息时，我们将善意地披露您的资料。")


def test_numbered_title_naming_indirectly_collected_information_is_no_collection():
    text = "7、我们通过间接方式收集到的您的个人信息：\n基于您选择使用的服务，我们可能从关联方获取您授权共享的相关信息。\n"
    assert not any(line == 1 for line, *_ in tuples(text))
