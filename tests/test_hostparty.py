"""A catalogued company's name written as an inner label of a host name, a URL or a host pattern ("chat.openai.com",
"gemini.google.com", "*.google.com") names the place data is read from or sent to, not a party acting in the
sentence: it is no subject of a collection, while a host data is sent to stays the recipient and a party the sentence
names elsewhere stays the actor."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of

PERMISSION_TABLE = "| 权限 / 域名访问 | 用途 |\n| --- | --- |\n| `storage` | 在本地保存 segments、API 设置与偏好 |\n"


def quads(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_host_names_in_a_permission_table_are_no_actor_of_the_reading():
    found = markdown_policy_tuples(PERMISSION_TABLE
                                   + "| `chatgpt.com`, `chat.openai.com` | 在 ChatGPT 读取对话与注入上下文 |\n"
                                   + "| `gemini.google.com` | 在 Gemini 读取对话与注入上下文 |")
    assert (6, "communication.messages", "collect", "first_party") in found
    assert (7, "communication.messages", "collect", "first_party") in found
    assert not {t for t in found if t[3] in ("openai", "google")}


def test_host_names_and_host_patterns_before_the_verb_are_no_subject():
    assert quads("chat.openai.com 读取您的对话内容。") == {("communication.messages", "collect", "first_party", None)}
    assert quads("*.google.com：读取您的对话内容。") == {("communication.messages", "collect", "first_party", None)}


def test_a_host_data_is_sent_to_stays_the_recipient():
    assert quads("扩展会把对话内容发送到 api.openai.com。") == {
        ("communication.messages", "share", "first_party", "openai")}


def test_a_party_named_outside_the_host_name_stays_the_actor():
    assert quads("在 gemini.google.com 上，Google 会收集您的对话内容。") == {
        ("communication.messages", "collect", "google", None)}
    # a company spelled with its domain ending is its name, not a host label
    assert quads("Sentry.io 会收集崩溃日志。") == {("usage.logs", "collect", "sentry", None)}
    # nor is a party after a section number a label of a host name: the other users stay the ones who publish
    assert quads("1.13.6.其他用户发布的评论、回复、照片、音频、视频中可能包含您的信息，此类信息可能因其他用户的发布、上传而被我们"
                 "收集或使用。") == {("personal_info", "collect", "first_party", None)}


def test_inner_labels_of_host_names():
    from policycheck.taxonomy.entities import in_host_name

    def inner(text: str, name: str) -> bool:
        start = text.index(name)
        return in_host_name(text, start, start + len(name))

    assert inner("chat.openai.com", "openai")
    assert inner("*.google.com", "google")
    assert inner("https://api.openai.com/v1", "openai")
    assert inner("https://openai.com/policies", "openai")
    assert not inner("Sentry.io", "Sentry")
    assert not inner("1.13.6.其他用户发布的评论", "其他用户")
    assert not inner("we use Google. Then", "Google")
