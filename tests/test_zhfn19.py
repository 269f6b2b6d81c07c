"""Chinese data terms that were missing (zhfn19): coming-online habits and wrong answers are usage; what was browsed or
followed is usage.history; subtitle text and what a pupil or parent posts in a class app are content; goods returned and
courses bought are financial.transactions; what a player said in chat channels is communication.messages."""

from __future__ import annotations

from conftest import pairs


def test_habits_and_wrong_answers_are_usage():
    assert ("usage", "collect") in pairs("我们可能会收集您填写的个人资料信息（包括您的性别、生日、城市、上线习惯）。")
    assert ("usage", "share") in pairs("AI 名师功能会把你最近的自测/错题摘要发送给第三方大模型服务以生成回答。")


def test_what_was_browsed_or_followed_is_usage_history():
    assert ("usage.history", "collect") in pairs("我们会收集您的浏览情况、点击记录和购买课程的信息。")
    assert ("usage.history", "collect") in pairs("您可以向我们提供您的购物偏好、关注的产品以及生日。")


def test_subtitle_text_and_class_posts_are_content():
    assert ("content", "share") in pairs("扩展从页面读取字幕文本，并发送至您选择的服务商。")
    assert ("content", "collect") in pairs("我们会收集学生的姓名、课堂表现、提交的作业、打卡信息。")
    assert ("content", "collect") in pairs("我们会收集您向我们主动提供的作业通知信息与打卡信息。")


def test_returned_goods_and_courses_bought_are_transactions_and_chat_lines_are_messages():
    assert ("financial.transactions", "collect") in pairs("我们会收集取件地址、退换商品信息、联系人姓名、联系电话，用于完成退换货。")
    assert ("financial.transactions", "collect") in pairs("我们会收集您的浏览情况、点击记录和购买课程的信息。")
    assert ("communication.messages", "collect") in pairs("我们会收集您的登录日志、对战信息、聊天频道发言记录。")
