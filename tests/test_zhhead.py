"""Heading levels of Chinese plain-text policies: a numbered title whose first sibling was read as an item of a list
(after a line ending with a colon) keeps that sibling's level, so it is not nested under the lettered headings ("A.
个人信息使用范围", "B. 使用第三方SDK") met in between, and a third-party SDK section does not lend its actor to our own
practices below it."""

from __future__ import annotations

from conftest import tuples

from policycheck.ingest import parse_policy

POLICY = "\n".join([
    "二、我们如何收集和使用您的个人信息",                                   # 1
    "我们仅会出于以下合法目的，收集和使用您的个人信息：",                    # 2
    "（一）账号服务",                                                     # 3
    "A. 个人信息使用范围",                                                # 4
    "1. 当您注册账号时，我们会收集您的手机号码。",                           # 5
    "B. 使用第三方SDK",                                                   # 6
    "1. 第三方登录：可能涉及的第三方SDK包括微信SDK，此类SDK会收集您的设备标识符。",  # 7
    "（二）其他功能及场景",                                                # 8
    "1.如使用【水印相机】服务，则需要访问您的相机权限、位置权限、存储权限。如果您决定不提供该权限，请您不要使用本服务。",  # 9
    "三、我们如何使用 Cookie 和同类技术",                                  # 10
    "（一）Cookies的使用",                                               # 11
    "（二）网络Beacon的使用",                                             # 12
])


def _levels(text: str) -> list[tuple[int, str, int]]:
    return [(b.line, b.kind, b.level) for b in parse_policy(text, "policy.txt").blocks if b.kind == "heading"]


def test_title_numbered_after_a_listed_sibling_takes_its_level():
    assert _levels(POLICY) == [(1, "heading", 1), (4, "heading", 2), (6, "heading", 2), (8, "heading", 2),
                               (10, "heading", 1), (11, "heading", 2), (12, "heading", 2)]


def test_our_practice_after_an_sdk_section_is_first_party():
    found = tuples(POLICY)
    assert {(9, "location", "collect", "first_party"), (9, "media.camera", "collect", "first_party"),
            (9, "storage.files", "collect", "first_party")} <= found
    assert not any(line == 9 and actor == "third_party" for line, _, _, actor in found)
    assert (5, "contact.phone", "collect", "first_party") in found


def test_a_title_not_next_in_number_stays_nested():
    # "（1）" under "1." is a new sublevel, not the sibling of the listed "（1）" and "（2）" items before it
    text = "\n".join(["一、收集的信息", "我们会收集以下信息：", "（1）账号信息", "（2）设备信息",
                      "1. 账号注册", "（1）注册方式", "二、信息的使用"])
    assert _levels(text) == [(1, "heading", 1), (5, "heading", 2), (6, "heading", 3), (7, "heading", 1)]
