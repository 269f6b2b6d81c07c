"""Chinese lines that name data without a practice on it: feature names, ... (precision on the Chinese corpus)."""

from __future__ import annotations

from conftest import pairs


def test_message_face_scan_and_bank_card_in_feature_names():
    # a message, a face scan or a bank card named in the name of a feature is the feature, not data
    got = pairs("8．通知权限：如您使用订阅专辑，以及私信、群聊等功能，我们可能会使用到通知权限来推送专辑更新内容和消息提醒。")
    assert not any(data_type.startswith("communication") for data_type, _ in got)
    got = pairs("云闪付APP是一款集合了银行卡功能使用及管理的综合性支付应用软件，我们主要向您提供的基础业务功能围绕 账户注册、登录、"
                "支付、银行卡管理、查询银行优惠、积分管理 等功能。")
    assert ("financial.payment", "use") not in got
    got = pairs("我行不会采集您的指纹，在使用刷脸、声纹等实现识别身份、认证等功能后删除采集终端中的原始信息。")
    assert ("biometric.face", "use") not in got
    # the posted message itself is still collected
    got = pairs("当您发送私信时，我们会收集您发送的私信内容。")
    assert ("communication.messages", "collect") in got


def test_id_information_is_the_account_identifier():
    # "ID信息" synced from a third-party platform or shared with a related platform is the account's user ID
    got = pairs("经您授权，第三方平台将与我们同步您的手机号码、头像、昵称和ID信息。")
    assert ("account.credentials", "collect") in got
    # longer terms keep their own type
    got = pairs("我们会收集您连接的WiFi的SSID信息。")
    assert not any(data_type.startswith("account") for data_type, _ in got)


def test_third_party_accounts_listed_in_a_parenthesis_are_login_means():
    # the accounts listed before 登录 are what the person logs in with, also after a longer list in a parenthesis
    got = pairs("当您使用第三方帐号（包括微信、QQ、微博、Apple ID）登录知乎时，您需要授权知乎读取您在该第三方平台上公布的公开信息"
                "（包括昵称、头像）。")
    assert ("account.credentials", "collect") not in got
    got = pairs("当你使用QQ帐号进行注册、登录时，我们将收集你使用的QQ头像、昵称。")
    assert ("account.credentials", "collect") not in got
    assert ("account.profile", "collect") in got


def test_usage_analysed_only_as_statistics_names_no_usage_data():
    # the usage of the service counted as statistics, or analysed for partners who get only non-identifying statistics
    got = pairs("8.我行会对我行的服务或功能使用情况进行统计，并可能会与公众或第三方共享这些统计信息，以展示我行的服务或功能的整体使用趋势。")
    assert not any(data_type.startswith("usage") for data_type, _ in got)
    got = pairs("为了更好地分析您对耐克产品与/或服务的使用情况，我们可能向分析数据的服务提供商提供耐克用户的数量、地区分布、活跃情况等数据，"
                "但我们仅会向这些合作方提供不能识别个人身份的统计信息。")
    assert not any(data_type.startswith("usage") for data_type, _ in got)
    # a person's usage analysed without such a statement stays a use
    got = pairs("为了更好地分析您对产品的使用情况，我们会使用您的使用情况信息进行分析。")
    assert ("usage", "use") in got


def test_footnote_defining_a_term_is_no_list_item():
    # a footnote under a sharing list that defines 设备信息 names what the term covers, no practice
    got = pairs("4．我们向合作伙伴及第三方共享您的个人信息的情形逐项列举：\n"
                "备注：设备信息包括IMEI、MAC、Serial、SIM卡、设备型号、操作系统、唯一设备标识符、设备分辨率等\n")
    assert not any(data_type.startswith("device") for data_type, _ in got)
    # a list item after the same introduction keeps the practice
    got = pairs("4．我们向合作伙伴及第三方共享您的个人信息的情形逐项列举：\n"
                "设备信息：IMEI、MAC、设备型号\n")
    assert ("device.id.imei", "share") in got


def test_phone_storage_written_to_is_files():
    # the phone's storage named as where downloads are written counts as the files on it, not device storage data
    got = pairs("（6）在您开启读取、修改、写入SD权限或存储权限后，我们会下载游戏资源并储存在SD卡上或者手机存储空间上。")
    assert ("storage", "store") not in got
    assert ("storage.files", "collect") in got  # as the gold of zh-r26-tuyou-doudizhu:60
    # the free space of the phone's storage among device details stays storage
    got = pairs("我们会收集您的设备型号、手机存储可用空间。")
    assert ("storage.files", "collect") not in got


def test_real_identity_verification_requirement_names_no_identity_data():
    # the legal requirement of real-name verification is named, not identity data
    got = pairs("收集手机号码是履行国家法律法规关于网络实名制（互联网用户帐号真实身份信息认证）要求的必要信息，如果您拒绝提供手机号码，"
                "您将无法完成注册。")
    assert not any(data_type.startswith(("identity", "account")) for data_type, _ in got)
    got = pairs("收集这些信息是为了帮助您完成注册，及满足相关法律法规的真实身份信息认证要求。")
    assert not any(data_type.startswith("identity") for data_type, _ in got)
    # real identity information collected stays
    got = pairs("我们会收集您的真实身份信息以完成实名认证。")
    assert ("identity", "collect") in got


def test_proof_of_employment_and_identity_materials():
    # 工作证明材料 is proof of employment (occupation), not the 工作证 ID card read inside it; 身份证明材料 is identity in general
    got = pairs("如您选择进行职业认证，您还需要填写您的行业、职业，并上传工作证明材料（包括纸质名片/工牌/在职证明）。")
    assert ("identity.id_number", "collect") not in got
    assert ("identity.occupation", "collect") in got
    got = pairs("如您选择公众人物认证，您还需要填写社会身份、您在其他平台的身份证明材料。")
    assert got == {("identity", "collect")}


def test_redemption_code_on_the_clipboard_is_the_clipboard():
    got = pairs("当您复制产品内信息进行分享时，我们需要在设备本地访问您的剪切板，读取其中的口令、兑换码和其他相关的信息，用于实现福利获取。")
    assert ("clipboard", "collect") in got
    assert not any(data_type.startswith("financial") for data_type, _ in got)


def test_promise_to_treat_data_with_care_is_a_safeguard():
    got = pairs("您应知悉，手机号码和验证码匹配结果属于您的个人敏感信息，请您谨慎考虑是否提供。我们亦会高度对待和谨慎处理您的手机号码及短信信息"
                "（包括高强度加密保护）。")
    assert not any(data_type.startswith("communication") for data_type, _ in got)
    # reading the texts stays a collection
    got = pairs("我们会读取您的短信信息以自动填写验证码。")
    assert ("communication.sms", "collect") in got


def test_photos_or_online_video_as_the_way_images_are_taken():
    got = pairs("通过核验后，我们将通过拍照或在线视频方式获得您的影像资料，办理入网手续。")
    assert ("media.camera", "collect") not in got
    assert ("media.photos", "collect") in got


def test_duty_to_keep_data_secret_is_no_practice():
    got = pairs("在我们与业务合作伙伴共享信息时，协议严格约定了业务合作伙伴的用户信息保密义务，包括信息的保管、使用和流转等均应满足"
                "我们的管控要求。")
    assert not any(data_type == "personal_info" for data_type, _ in got)


def test_standard_of_protection_names_no_use():
    got = pairs("我们会使用不低于我们对直接收集的用户个人信息同等的保护手段与措施对间接收集的个人信息进行保护。")
    assert ("personal_info", "use") not in got


def test_demonstrative_before_a_type_noun_names_no_data():
    # 上述 / 前述 / 该等 before a type noun resume data named before: no tuple from that phrase
    got = pairs("在无痕浏览模式下，我们仍然会收集上述设备信息。")
    assert ("device", "collect") not in got
    got = pairs("为实现身份认证的目的，您同意并授权我们可能自行或委托第三方向有关身份认证机构（包括个人征信机构、政府部门及其他机构）"
                "提供、查询、核对您的前述身份信息。")
    assert not any(data_type.startswith("identity") for data_type, _ in got)
    # the head of the details that follow keeps its practice ("前述设备信息包括：…" continues a collection)
    got = pairs("我们会收集您的设备信息。前述设备信息包括：设备型号、操作系统版本。")
    assert ("device", "collect") in got and ("device.hardware", "collect") in got


def test_device_running_state_is_device_data():
    got = pairs("我们会收集您的软件列表、设备运行状态信息、系统版本。")
    assert ("device", "collect") in got


def test_operating_system_as_place_owner_or_subject_is_no_data():
    got = pairs("快捷登录所使用的指纹/面容ID信息存储在您的手机操作系统本地。")
    assert ("device.hardware", "store") not in got
    got = pairs("我们通过《应用权限清单》将可能申请、使用的相关操作系统权限进行说明。")
    assert not any(data_type.startswith("device") for data_type, _ in got)
    # the system's version named as data keeps its tuple
    got = pairs("我们会收集您的设备型号、操作系统版本。")
    assert ("device.hardware", "collect") in got
