"""Chinese first-party precision: data of the wrong type on lines that state other practices."""

from __future__ import annotations

from conftest import pairs


def test_posting_or_viewing_that_dates_a_practice_names_no_content():
    # GUIDELINES: data named only in a clause that dates another practice gets no tuple of its own
    assert pairs("当你使用轻颜相机及其提供的道具、特效、滤镜、贴纸等工具进行拍摄并发布内容时，我们会根据你的操作以及使用的工具类型"
                 "使用传感器（包括加速度传感器、重力传感器），以识别你的设备横竖屏状态并适配拟选用的工具。") >= {
        ("device.sensors", "use")}
    assert ("content", "collect") not in pairs(
        "当你使用轻颜相机及其提供的道具、特效、滤镜、贴纸等工具进行拍摄并发布内容时，我们会根据你的操作以及使用的工具类型使用传感器，"
        "以识别你的设备横竖屏状态并适配拟选用的工具。")
    assert pairs("当您使用投屏服务播放视频或查看直播内容时，我们需要进行本地网络链接，收集您的网络信息及TV端硬件设备名称、厂商、"
                 "设备型号。") == {("device.network", "collect"), ("device", "collect"), ("device.hardware", "collect")}
    # the main clause taking up what is posted keeps the content, and so does content the main clause names itself
    assert pairs("当您与服务其他用户进行互动、或主动发布信息时，我们可能会收集并保存您发送的相关信息内容。") >= {
        ("content", "collect"), ("content", "store")}
    assert ("content", "collect") in pairs("当您使用评论功能发表评论时，我们会收集您的评论内容。")


def test_wechat_account_beside_the_alipay_account_for_a_payment_is_a_payment_account():
    # GUIDELINES: 支付宝账户 as a payment instrument → financial.payment; its WeChat neighbour is one too
    assert pairs("如您使用金币提现功能，我们需要收集您的支付宝账号、微信账号") == {("financial.payment", "collect")}
    assert ("account.credentials", "collect") not in pairs(
        "为履行我们与您的交易订单，我们需要您提供支付宝/微信账户、或选择其他付款方式完成订单支付。")
    assert ("financial.payment", "collect") in pairs(
        "为履行我们与您的交易订单，我们需要您提供支付宝/微信账户、或选择其他付款方式完成订单支付。")
    assert ("account.credentials", "collect") not in pairs(
        "取决于您添加的付款方式，我们会进一步收集您的付款信息，例如您使用的支付工具、支付宝用户ID、日期和时间、支付金额。")
    # a WeChat account alone, or a member name, stays a credential
    assert pairs("我们会收集您的微信账号。") == {("account.credentials", "collect")}
    assert ("account.credentials", "collect") in pairs("我们会收集您的用户ID，用于支付。")


def test_images_the_service_makes_are_no_photos_of_the_person():
    # a ranking board or check-in card the app draws is read by what it shows
    assert pairs("为方便您将爱心值排行榜图片保存到本地相册，我们需要获取您的外置存储读取权限，当您开启该权限后，我们会收集爱心值排行榜"
                 "图片信息，包括家长姓名、学生姓名和爱心值。") == {("storage.files", "collect"), ("identity.name", "collect")}
    assert ("media.photos", "collect") not in pairs(
        "为方便您将特训营打卡图片保存到本地相册，我们需要获取您的外置存储读取权限，当您开启该权限后，我们会收集特训营打卡图片，"
        "包括学生头像、学生学习打卡天数。")
    # what an AI generates, and the service's own image display
    assert ("media.photos", "store") not in pairs("用途：知识库文档的导入与导出、文件读写，以及 AI 生成内容（文档 / 图片 / 代码等）的本地保存。")
    assert not {("media.photos", "store"), ("media.photos", "use")} & pairs(
        "为保障咪咕视频正常运行图片展示的功能，我们使用了fresco库来提升图片加载性能，由于图片处理涉及到设备的存储功能，在首次运行APP时"
        "我们会请求您授权咪咕视频使用存储权限。")
    # the person's own pictures stay photos
    assert ("media.photos", "collect") in pairs("我们会收集您上传的图片。")
