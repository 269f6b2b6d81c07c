"""Chinese first-party precision: generic personal information named in lines about its security, the recipients'
duties or how to reach us, where the line states no practice."""

from __future__ import annotations

from conftest import tuples


def test_pledges_to_keep_the_data_safe_state_no_practice():
    # GUIDELINES: security measures give no tuple, also when they name the data they protect
    assert tuples("我们将采取所有合理必要的措施，确保您的个人信息得到安全妥善的处理，并符合本隐私政策以及可适用的数据保护法律。") == set()
    assert tuples("我们通过以下方式保护您的个人信息：") == set()
    assert tuples("无论您的个人信息存储在何处或在何处访问，我们均承诺维护其隐私和完整性。") == set()
    assert tuples("我重视您对向我们提供您的个人信息的信任，因此我们努力使用商业上可接受的方式来保护它。") == set()
    # a practice beside the pledge keeps its own sentence
    assert tuples("我们会收集您的手机号码。我们通过以下方式保护您的个人信息：") == {(1, "contact.phone", "collect", "first_party")}


def test_the_duties_of_the_recipients_state_no_practice():
    assert tuples("我们已建立完善的合同保护机制，确保接收个人数据的实体必须按照 Mozilla 的指示处理数据。") == set()


def test_a_long_condition_before_how_to_reach_us_states_no_practice():
    assert tuples("如您在访问过程中遇到操作问题需获取其他前述无法获知的个人信息内容，您可通过本隐私权政策提供的方式联系我们。") == set()


def test_typing_a_password_more_often_after_refusing_cookies_is_no_collection():
    assert tuples("如果浏览器允许，您可以拒绝 Cookie，届时可能无法使用某些功能，或许需要在会话期间更频繁地输入密码。") == set()
    assert tuples("您可以拒絕接受我們的 Cookie，不過這樣一來，您可能無法使用部份功能，且在同一工作階段內可能必須輸入更多次密碼。") == set()
    # our collection of what is typed stays
    assert tuples("我们会收集您输入的密码。") == {(1, "account.credentials", "collect", "first_party")}


def test_asking_to_download_ones_data_is_the_time_of_a_practice_not_one():
    assert tuples("· 当您要求下载个人信息时，我们将收集您填写的电子邮箱地址用于把对应资料生成文件发送至您指定的邮箱。") == {
        (1, "contact.email", "collect", "first_party")}
