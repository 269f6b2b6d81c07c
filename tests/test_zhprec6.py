"""Chinese first-party precision: words read as data where the sentence names none."""

from __future__ import annotations

from conftest import pairs


def test_comment_as_act_with_object_names_no_content():
    found = pairs("（2）基于摄像头（相机）的附加功能：当您使用学习通中的扫一扫、写笔记（评论笔记）、写话题（评论话题）、"
                  "发视频、上传头像、创建课程、上传证书时，您可以选择授权学习通开启您设备的摄像头（相机），以实现信息的发布。")
    assert ("content", "collect") not in found
    assert ("media.camera", "collect") in found


def test_comment_as_place_names_no_content():
    found = pairs("为了维护网络安全、保障良好生态，您的IP地址所对应的归属地域信息将会展示在您的个人资料页、笔记发布页和评论中。")
    assert ("content", "collect") not in found
    # shown to others on the pages listed ("笔记发布页": 发布 modifies 页, no collection of its own), as the gold of
    # zh-r2-xiaohongshu:12 has it
    assert ("location.coarse", "share") in found
    assert ("location.coarse", "collect") not in found


def test_comment_as_data_keeps_its_practice():
    assert ("content", "collect") in pairs("在绑定账号后，您可以快捷发表评论或进行活动相关提现。")
    assert ("content", "collect") in pairs("我们会收集您的浏览记录、评论等信息。")


def test_correspondent_named_by_their_field_is_no_address_book():
    found = pairs("1.5.1 当你使用QQ邮箱邮件收发功能时，我们会收集你发送和收取的邮件内容、附件、往来联系人邮箱地址并存储在我们的服务器中，"
                  "因存储是实现这一功能所必需的。")
    assert ("social.contacts", "collect") not in found
    assert ("contact.email", "collect") in found
    assert ("social.contacts", "collect") in pairs("我们会读取您的通讯录联系人。")


def test_permission_to_place_calls_reads_no_phone_state():
    assert pairs("4.为了便于您在APP内直接拨打电话，我们需要获取您拨打电话权限，如您不授权该权限将不能使用所对应的功能服务。") == set()
    assert ("device.id", "collect") in pairs("为了实现该功能，我们需要读取您的电话权限。")


def test_mobile_network_as_the_way_online_is_no_network_data():
    assert pairs("开启无线数据：您可以通过连接无线网络或开启蜂窝网络来实现本软件需要的联网功能；") == set()
    assert ("device.network", "collect") in pairs("我们会收集您的网络类型（WiFi或蜂窝网络）。")


def test_payment_information_glossed_by_payment_details_is_a_transaction():
    found = pairs("（2） 支付功能：当您使用在线支付功能购买平台各类商品或服务时，我们会上传您的支付信息（支付金额、支付时间、购买明细、"
                  "订单号信息）、设备类型、设备型号、操作系统。")
    assert ("financial.transactions", "collect") in found
    assert ("financial.payment", "collect") not in found
    assert ("financial.payment", "collect") not in pairs(
        "我们会收集您的订单信息，包括收货人姓名、地址、联系电话、支付时间、支付金额、支付渠道等支付信息。")
    assert ("financial.payment", "collect") in pairs("我们会收集您的支付信息，包括银行卡号和支付密码。")


def test_software_information_beside_the_operating_system_is_hardware():
    found = pairs("当您使用我们提供的产品和/或服务时，我们会自动收集您使用我们服务的详细情况，并作为网络日志和交易流水日志进行保存，"
                  "网络日志包括您使用的语言、访问的日期和时间以及您请求我行的网页记录、操作系统、软件信息、设备MAC地址信息、登录IP信息。")
    assert ("device", "collect") not in found
    assert ("device.hardware", "collect") in found
    assert ("device", "collect") in pairs("我们会通过您使用本服务的软件信息（包括版本号、语言类型、渠道号、渠道类型）、设备信息进行判断。")


def test_youth_mode_password_and_password_reset_are_no_credentials():
    found = pairs("在您需要重置青少年模式的密码时，我们还需要您上传您的手持身份证照片信息进行人工的申诉。")
    assert ("account.credentials", "collect") not in found
    assert ("identity.id_number", "collect") in found
    assert pairs("我们可能会向您发送通知，帮助您完成操作请求,如密码重置请求。") == set()
    assert ("account.credentials", "collect") in pairs(
        "您注册APP账号时，您需要向我们提供您本人的手机号作为登录账户名并设置登录密码，您的登录密码会被加密存储。")


def test_camera_as_a_part_of_the_phone_is_no_camera_access():
    found = pairs("为了保证光线情况，我们会调用光线传感器，以便当光线较暗的时候，提醒您打开相机灯。")
    assert ("media.camera", "collect") not in found
    assert ("device.sensors", "collect") in found
    assert ("media.camera", "collect") in pairs("当您更换头像时，我们会请求您的相机权限。")


def test_refusal_by_you_or_not_giving_to_us_is_a_condition_not_a_denial():
    assert ("contact.phone", "not_collect") not in pairs(
        "手机号码是履行国家法律法规关于网络实名制要求的必要信息，如果你不提供手机号码用于注册、登录，我们可能无法为你提供信息发布、评论等功能。")
    found = pairs("4）出生年月日：我们会基于您提供的出生年月日判断您的年龄，如果您低于18周岁或者在注册时不向我们提供您的出生年月日信息的，"
                  "您将无法注册成为我们的用户并继续使用本产品与/或服务。")
    assert ("identity.birthdate", "not_collect") not in found
    assert ("contact.phone", "not_collect") in pairs("我们不会收集你的手机号码。")


def test_birthday_inside_occurrence_day_and_product_pictures_are_no_data():
    assert pairs("当“签到”的服务功能发生日时，我们会收集相关信息并通知您。") == set()
    assert pairs("我们会在事故发生日期后收集相关信息。") == set()
    assert pairs("我们会根据您长按商品或服务的图片收集您的偏好。") == set()
    assert ("identity.birthdate", "collect") in pairs("我们会收集您的生日和性别。")
