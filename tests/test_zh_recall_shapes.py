"""Chinese extraction recall: data wordings and sentence shapes of SDK lists, sharing and advertising paragraphs that
were missed."""

from __future__ import annotations

from conftest import pairs, statements_of


def _types(text: str) -> set[str]:
    return {s.data_type for s in statements_of(text)}


def test_advertising_data_and_ad_records_are_usage():
    # the ads' impressions, clicks and conversions, and the records of ads shown or played, are interactions with the
    # service (usage)
    assert ("usage", "use") in pairs("我们可能使用您的设备标识符（如IMEI、OAID等），广告数据（如曝光、点击、转化数据等），用于广告投放。")
    assert ("usage", "share") in pairs("我们可能会与提供该服务的指定合作伙伴共享您的相关信息（例如：视频播放记录、广告展示记录）。")
    assert ("usage", "share") in pairs("我们可能会与合作伙伴共享您的相关信息（含广告播放/展示记录、设备标识符）。")


def test_user_ids_written_in_latin_or_as_account_codes_are_credentials():
    assert "account.credentials" in _types("该SDK需要获取您的手机IMEI、IMSI、User ID、Android ID等信息，用于实现推送服务。")
    assert "account.credentials" in _types("该SDK需要采集用户 ID、时间、应用版本、操作系统等信息。")
    assert "account.credentials" in _types("我们会收集您的设备识别码、账号UID、订单号。")
    assert "account.credentials" in _types("我们会收集您的设备识别码、账号识别码、支付订单。")


def test_running_programs_are_the_app_list():
    assert "device.apps" in _types("该SDK需要采集您的手机终端唯一标志信息（IMEI号）、正在运行程序。")
    assert "device.apps" in _types("为判断是否弹出客服窗口，我们需要获取当前运行程序。")


def test_local_network_permission_is_network_data():
    assert ("device.network", "collect") in pairs("当您需要使用投屏功能时，我们需要申请您的本地网络权限。")


def test_shared_text_beside_its_pictures_is_content():
    assert ("content", "share") in pairs(
        "您可以通过我们的服务与您的好友分享您的相关信息。例如，您在本平台公开分享的视频、文字和照片。")
    # text as the means of an interaction, or a record of text or voice, is not posted content
    assert "content" not in _types("我们会收集您的沟通记录（您与我们的文字或语音记录）。")


def test_posts_may_contain_list_goes_on_after_such_as_your():
    # "，如您的交易信息" gives an example ("such as your"), it does not open a condition ("如您…", if you) that would end
    # what the posts may contain
    found = pairs("请注意，您在使用我们服务时自愿发布甚至公开分享的信息，可能会涉及您或他人的个人信息，如您的交易信息，"
                  "以及您在评价时选择上传包含个人信息的文字、图片或视频等各种形式的信息。")
    assert {("financial.transactions", "collect"), ("content", "collect"), ("media.photos", "collect")} <= found


def test_broadband_and_platform_account_ids_are_credentials():
    assert ("account.credentials", "collect") in pairs("本APP需要您提供登录手机号码或宽带账号。")
    assert ("account.credentials", "collect") in pairs("加入会员计划时，我们将获取您的淘宝ID、手机号以及淘宝头像。")
    assert ("account.credentials", "collect") in pairs("当您参加活动时，我们需要收集您的Open ID，作为您在店铺内的标识。")


def test_a_banks_account_information_is_payment_data():
    found = pairs("当您使用短信通知服务时，我行会收集您的手机号码、账户信息及交易信息，以便及时向您发送账户资金变动通知。")
    assert ("financial.payment", "collect") in found and ("account", "collect") not in found
    # an account glossed by its avatar and nickname stays the account, also in a bank's policy
    found = pairs("我行使用了微信SDK，该SDK需要从微信获取您授权共享的账户信息（头像、昵称）。")
    assert "financial.payment" not in {t for t, _ in found}
    # outside a bank the account information is the account
    assert ("account", "use") in pairs("我们可能使用您的账户信息、设备信息，用于判断账号安全。")


def test_email_among_contact_data_is_the_email_address():
    assert ("contact.email", "collect") in pairs("为了方便与您联系，我们可能需要您提供姓名、手机号码、电子邮件。")
    # alone, e-mail is the channel of a notice, no data
    assert "contact.email" not in _types("我们会通过电子邮件通知您政策的变更，并收集您的设备信息。")


def test_relation_to_the_user_in_a_list_is_a_family_relationship():
    assert ("identity.marital_status", "collect") in pairs(
        "添加就诊人时，您需要提供就诊人的姓名、身份证号码、性别、出生日期、手机号码以及与您的关系。")


def test_device_state_checks_and_install_ids_in_sdk_rows():
    # root / jailbreak, an emulator and the system's start time are the device's state (device); the installation's and
    # the ROM's unique identifiers are device identifiers; the click position and cursor speed are interactions (usage)
    found = _types("该SDK会收集设备型号、是否Root、ROM的唯一标识、系统启动时间、是否运行在模拟器，用于反作弊。")
    assert {"device", "device.id"} <= found
    found = _types("该SDK会收集应用名称、是否越狱、安装唯一标识、光标移动的速度、点击的位置，用于人机验证。")
    assert {"device", "device.id", "usage"} <= found
    # the phone held upright or sideways, read from the sensors, is not a datum of its own
    assert "device" not in _types("我们会调用设备的重力、加速度等传感器，以识别你的设备横竖屏状态。")


def test_network_identity_identifiers_are_the_network_type():
    # 网络身份标识 is the taxonomy's own name for `network` (network identifiers), not the account
    found = pairs("当您注册或使用本产品服务时，我们会收集您的网络身份标识信息及个人常用设备信息，用于标记您为本产品的用户。")
    assert ("network", "collect") in found and ("account", "collect") not in found


def test_citizen_identity_number_is_the_id_number():
    # 公民身份号码 is the statutory name of the ID-card number
    assert ("identity.id_number", "share") in pairs(
        "我们会向第三方审核服务商共享您的个人信息，如真实姓名、公民身份号码、电话号码等必要个人敏感信息。")


def test_device_wordings_of_sdk_rows():
    # the phone's battery level is its state (device), the device's related information is device data, and the
    # device's "(identifying) information" is device data and its identifiers
    assert "device" in _types("该SDK需要获取您的Android ID、CPU、手机电量、网络状态等信息，用于性能监控。")
    assert "device" in _types("同盾SDK会收集设备的相关信息，包括IP地址、操作系统信息，用于风险控制。")
    assert {"device", "device.id"} <= _types("该SDK会获取用户信息/数据类型：设备（标识）信息（设备mac地址、设备IMEI号），用于广告统计。")


def test_information_tied_to_the_persons_identity_is_identity():
    assert ("identity", "not_share") in pairs("我们不会向合作伙伴分享与你的个人身份有直接关联的信息（例如你的姓名或电子邮件地址），除非你明确授权。")
    assert ("identity", "not_share") in pairs("我们不会共享您的个人标识信息，例如名字或电子邮件地址，除非您允许我们这样做。")


def test_subject_chain_set_off_by_a_comma_before_its_verb():
    # "A SDK、B SDK、C SDK，需要收集…": every SDK of the chain is the subject of the verb after the comma
    statements = statements_of("当您进行一键登录时，阿里云号码认证SDK、中国移动SDK、中国联通SDK、中国电信SDK，需要收集当前手机号码的掩码、"
                               "设备标识符、运营商信息，以实现一键登录功能。")
    actors = {s.actor for s in statements if s.data_type == "device.id" and s.action == "collect"}
    assert len(actors) == 4 and "first_party" not in actors
    # a party before the comma that is not a chain keeps the earlier reading
    assert {s.actor for s in statements_of("我们与友盟SDK，需要收集您的设备标识符。") if s.data_type == "device.id"} <= {
        "first_party", "umeng"}


def test_purchase_logs_and_fax_numbers():
    assert ("financial.transactions", "collect") in pairs(
        "我们会收集您的游戏日志信息，包括登录日志、物品日志、商店购买日志、活动日志。")
    assert ("contact", "collect") in pairs("当您使用传真服务时，我们需要收集您上传的文档、您发送对象的传真号码。")


def test_the_network_connection_permission_is_network_data():
    assert "device.network" in _types("我们使用了QQ SDK，可能需要访问您的本机设备信息（IMEI号）、读写存储、查看网络连接权限，用于分享。")
    # building a network connection is what an SDK does, no data
    assert "device.network" not in _types("我们集成了Apache SDK，用于建立网络连接，不会收集您的设备信息。")


def test_unique_device_identifying_information_is_the_device_identifier():
    assert "device.id" in _types("此SDK会直接收集您的网络信息、设备唯一识别信息（Mac地址、Android_ID）。")


def test_phone_makers_accounts_are_credentials():
    # like 小米账号 and 华为账号: the login account of a phone maker's channel SDK
    assert ("account.credentials", "collect") in pairs("联想SDK会收集联想账号、设备唯一标识码、设备型号，用于账号登录。")
    assert ("account.credentials", "collect") in pairs("OPPO SDK会收集您的OPPO账号和订单号，用于账号登录和支付。")
