"""Chinese first-party precision: data that other parties' features or SDKs collect, credited to us before (the
features a sentence before has just named, the kinds of SDKs an introduction lists)."""

from __future__ import annotations

from conftest import tuples


def test_the_features_the_sentence_before_names_are_the_subject():
    # the sharing buttons and third-party login of the sentence before collect, not us (GUIDELINES: third parties'
    # own collection)
    text = ("• 您利用“分享”键将某些内容分享到我们的服务，或您利用第三方连线服务登录我们的服务。这些功能可能会收集您的相关信息"
            "（包括您的日志信息），并可能在您的电脑装置 cookies，从而正常运行上述功能；")
    assert tuples(text) == {(1, "personal_info", "collect", "third_party"), (1, "usage.logs", "collect", "third_party"),
                            (1, "usage.cookies", "use", "third_party")}
    # features of our own, with no other party named before, stay ours
    assert tuples("我们提供分享功能。这些功能可能会收集您的信息（包括您的日志信息）。") == {
        (1, "personal_info", "collect", "first_party"), (1, "usage.logs", "collect", "first_party")}


def test_an_item_of_the_kinds_of_sdks_we_embed_is_what_those_sdks_do():
    text = ("3、其他接入第三方服务的情形。例如，为实现本政策中声明的目的，我们可能会接入第三方服务商提供的SDK或其他类似的应用程序"
            "（如以嵌入代码、插件等形式），以便向您提供更好的客户服务和用户体验。目前，我们接入的第三方服务商主要包括以下几种类型：\n"
            "（1）用于广告相关服务，包括广告展示、广告数据监测/统计等；\n"
            "（4）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息等；\n")
    assert {t for t in tuples(text) if t[0] == 3} == {
        (3, "location", "collect", "third_party"), (3, "device", "collect", "third_party"),
        (3, "usage.logs", "collect", "third_party")}
    # an item of purposes under an introduction that lists no kinds of SDKs stays ours
    plain = ("我们会收集您的以下信息：\n"
             "（1）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息等；\n")
    assert (2, "device", "collect", "first_party") in tuples(plain)
