"""Chinese first-party precision: audio and video named as what the service recommends or as a review by video call,
and the permissions whose purpose names them, state no media of the person; a payment account's password is payment data."""

from __future__ import annotations

from conftest import statements_of, tuples


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


def test_features_after_a_permission_label_are_its_purpose():
    # zh-w-kids:44-46: the features after the label are what the permission is for, so the storage item's course videos
    # need not stand in as a media tuple to give the camera and microphone a purpose (check case zh-kids-doumiao)
    items = ("三、权限\n\n1. 麦克风权限：跟读测评；可随时关闭，关闭后无法使用跟读测评；\n\n2. 相机权限：拍照识字、扫码登录电视版；"
             "可随时关闭；\n\n3. 存储权限：缓存课程音视频以便离线学习；可随时关闭。")
    purposes = {s.data_type: s.purposes for s in statements_of(items)}
    assert purposes == {"media.audio": ["跟读测评"], "media.camera": ["拍照识字、扫码登录电视版"],
                        "storage.files": ["离线学习"]}
    # a when-clause or a question after the label is no purpose
    assert all(not s.purposes for s in statements_of("相册权限：仅在您更换头像或发布图片时申请。"))
    assert all(not s.purposes for s in statements_of("2. 相机权限\n\n您可否关闭权限：可以。"))
