"""Chinese first-party precision: audio and video named as what the service recommends or as a review by video call,
and the permissions whose purpose names them, state no media of the person; a payment account's password is payment data."""

from __future__ import annotations

from conftest import tuples


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(d, a, actor) for _, d, a, actor in tuples(text)}


def test_recommended_audio_and_video_are_no_media_of_the_person():
    assert _triples("我们会收集您的个人上网记录，并结合您主动选择的个性化标签（仅适用于音视频内容推荐）、大致地理位置信息，"
                    "向您推荐相关性更强的图文/音视频内容。") == {
        ("usage.history", "collect", "first_party"), ("location.coarse", "use", "first_party")}
    assert _triples("5．位置权限：您可以打开您的位置权限，获取您所在地附近的资讯和所在地相关音视频内容和相关电影周边观影场所推荐。") == {
        ("location.coarse", "collect", "first_party")}
    # the person's own audio and video stay media
    assert ("media", "collect", "first_party") in _triples("我们会收集您上传的音视频内容。")


def test_a_review_by_video_call_is_no_media_of_the_person():
    assert _triples("（8）基于电话的功能：用于读取手机设备ID等基础信息。当您使用账户挂失等功能的音视频审核服务时，需要确认电话状态，"
                    "避免在通话过程中进入音视频通讯而出现设备占用等异常状态。") == {("device.id", "collect", "first_party")}


def test_the_password_of_a_payment_account_is_payment_data():
    assert _triples("乐元素并不会获取与您付款相关的支付账号、密码信息。") == {("financial.payment", "not_collect", "first_party")}
    assert _triples("我们并不会获取与您付款相关的支付账号、密码等信息。") == {("financial.payment", "not_collect", "first_party")}
    # an account's password and a login password stay credentials
    assert ("account.credentials", "collect", "first_party") in _triples("我们会收集您的账号、密码信息。")
    assert _triples("我们会收集您的支付账号和登录密码。") == {
        ("financial.payment", "collect", "first_party"), ("account.credentials", "collect", "first_party")}
