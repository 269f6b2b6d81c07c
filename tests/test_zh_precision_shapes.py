"""Chinese sentence shapes that name data without a practice on it (precision on the Chinese corpus)."""

from __future__ import annotations

from conftest import pairs, statements_of, tuples


def test_sdk_record_purpose_names_no_data():
    # an SDK record written as a sentence: what the SDK is for ("为了…银行卡识别服务", "用于…人脸登录") names no data
    got = {(s.data_type, s.action) for s in statements_of(
        "（8）OCR识别SDK：为了向您提供证件及银行卡快速识别服务，我行使用北京市商汤科技开发有限公司的OCR识别SDK，获取您的摄像头"
        "权限、存储权限，用于手机银行证件有效期更新、身份核查、银行卡识别。")}
    assert got == {("media.camera", "collect"), ("storage.files", "collect")}
    got = {(s.data_type, s.action) for s in statements_of(
        "（8）微信SDK：为了向您提供微信授权登录融e行移动端的服务，我行使用了微信SDK，该SDK需要从微信获取您授权共享的账户信息"
        "（头像、昵称、地区、性别），用于您的微信账户与您的融e行账户绑定，使您可以通过微信账户直接登录。")}
    assert ("account.credentials", "collect") not in got
    assert ("account.profile", "collect") in got
    # "用于崩溃分析，收集崩溃日志": the clause after the purpose takes data again
    got = {(s.data_type, s.action) for s in statements_of(
        "- **Firebase Crashlytics**（Google LLC）：仅在海外版中使用，用于崩溃分析，收集崩溃日志、设备型号、安装ID。", fmt="md")}
    assert ("usage.logs", "collect") in got and ("device.hardware", "collect") in got


def test_means_of_interaction_name_no_data():
    # the forms an interaction with other players takes; what is sent is the demonstrative after them
    got = pairs("当您在游戏中通过文字、图片、语音和视频方式与其他玩家进行互动，我们可能会收集并保存您发送的上述信息内容用于过滤"
                "色情、暴力、政治、辱骂、恶意广告的不当内容。")
    assert not any(data_type.startswith("media") for data_type, _ in got)


def test_data_holding_an_example_is_no_example():
    # the account profile and the shared photo only hold the location examples; an uploaded photo is still collected
    got = pairs("您使用服务中提供的信息中可能包含相应地理位置信息，例如您在账号资料中设置的地区信息或您上传的图片、视频中的地理标记"
                "信息。")
    assert ("account", "collect") not in got
    assert ("location.coarse", "collect") in got and ("media.photos", "collect") in got
    got = pairs("您或其他用户在使用服务时提供的信息中可能包含您所在地理位置信息，例如您或其他人共享的照片包含的地理标记信息。")
    assert got == {("location", "collect")}


def test_sim_card_number_is_the_iccid():
    got = pairs("为准确识别免流量用户身份，我们需要收集您的设备信息、IP地址、SIM卡卡号（ICCID）、运营商信息。")
    assert ("device.id.iccid", "collect") in got and ("financial.payment", "collect") not in got


def test_conditional_ru_opens_no_examples():
    # "，如您不授权…" is a condition, not examples of the data before it
    got = pairs("为了方便您在APP上使用免密登录功能，我们会在您授权同意后获取您的手机识别码，如您不授权该权限则只能通过服务密码或"
                "短信随机码进行APP登录。")
    assert ("communication.sms", "collect") not in got and ("account.credentials", "collect") not in got
    # "，如您的交易信息" still gives examples
    got = pairs("请注意，您在使用我们服务时自愿发布甚至公开分享的信息，可能会涉及您或他人的个人信息甚至个人敏感信息，如您的交易信息。")
    assert ("financial.transactions", "collect") in got


def test_way_to_log_in_is_an_option():
    got = pairs("若您拒绝使用免密登录或免密登录失败，可以通过服务密码或短信随机码进行登录。")
    assert got == set()


def test_what_need_not_be_typed_is_no_denial():
    got = pairs("当您开启定位功能时，我们会收集和使用您的位置信息以便为您推荐周边的生活服务（例如，您不需要手动输入所在地理位置就可"
                "获得相关服务）。")
    assert ("location", "not_collect") not in got and ("location", "collect") in got


def test_stopping_a_sharing_is_no_sharing():
    got = pairs("例如，若您在使用地理位置相关服务时，希望停止分享您的地理位置信息，您可通过手机定位关闭功能停止分享。")
    assert ("location", "share") not in got


def test_permission_label_rest_names_what_the_person_does():
    assert pairs("访问相机：您可以使用摄像头扫码进行扫一扫、直接拍摄并上传图片进行晒图或分享；") == {("media.camera", "collect")}
    assert pairs("访问照片：您可以直接选择手机内的照片或图片进行上传评论或与客服沟通时提供证明；") == {("media.photos", "collect")}
    # a rest in which we act on data keeps its practices
    got = pairs("访问电话：通过您的电话状态权限我们记录您的国际移动设备识别码（IMEI）。")
    assert ("device.id.imei", "collect") in got


def test_phone_models_where_a_permission_differs_are_no_data():
    got = pairs("您可以选择开启系统的相册权限（部分机型中为存储权限），通过主动上传图片、视频等方式授权我们访问您的相册。")
    assert ("device.hardware", "collect") not in got and ("media.photos", "collect") in got
    got = pairs("相机权限和存储权限需要您授权后方可使用，上述权限在不同移动终端和/或不同的系统版本上存在不同描述。")
    assert not any(data_type.startswith("device") for data_type, _ in got)


def test_our_contact_channel_is_not_the_persons_contact():
    assert pairs("3.按照本政策文末所列明的公开联系方式，与我们取得联系。") == set()
    assert pairs("如果您不想接收我们的营销信息，可随时退订，或者通过本隐私政策中提供的联系信息与我们取得联系。") == set()


def test_user_act_with_subject_first_before_permission():
    got = pairs("您在发布图文/视频内容时，需要调用您设备的存储权限（Android系统）/相册权限（iOS系统）。")
    assert ("content", "collect") not in got and ("media.photos", "collect") in got


def test_denied_manner_is_no_denial():
    got = pairs("您的密码将以加密形式进行自动存储、传输、验证，我们不会以明文方式存储、传输、验证您的密码。")
    assert ("account.credentials", "not_collect") not in got


def test_caution_to_think_carefully_states_no_practice():
    assert pairs("因此，请您认真考虑您通过我们的产品或服务上传、发布和交流的信息内容。") == set()


def test_other_way_to_log_in_left_open_is_an_option():
    got = pairs("如您拒绝授权此类信息，则您将无法使用第三方平台的账号登录我们平台，但不影响使用手机号码登录正常使用。")
    assert ("contact.phone", "use") not in got


def test_sdk_record_refusal_names_no_data_taken():
    got = {(s.data_type, s.action) for s in statements_of(
        "（3）使用的第三方SDK：用户反馈需要用到阿里云反馈SDK，此时将收集使用您的设备信息、网络信息，如果您拒绝提供此类信息，"
        "可通过客服微信号、电子邮箱反馈问题。")}
    assert ("device", "collect") in got
    assert ("contact.email", "collect") not in got and ("account.credentials", "collect") not in got


def test_deleting_what_the_device_keeps_is_a_control():
    got = pairs("如果您的浏览器允许，您可以通过您的浏览器的设置以管理、（部分/全部）拒绝Cookie与/或同类技术；或删除已经储存在您的"
                "计算机、移动设备或其他装置内的Cookie与/或同类技术，从而实现我们无法全部或部分追踪您的个人信息。")
    assert ("personal_info", "store") not in got and ("personal_info", "collect") not in got


def test_numbered_title_of_what_we_obtain_states_no_practice():
    got = tuples("3、我们获取的您的信息。您在使用竞技世界服务时，我们收集、汇总、记录的信息，例如日志信息、位置信息、设备信息等。")
    assert (1, "personal_info", "collect", "first_party") not in got
    assert (1, "usage.logs", "collect", "first_party") in got


def test_safeguards_before_indirect_collection_state_no_practice():
    got = pairs("此外，我们会在间接收集您的个人信息前，明确以书面形式（如协议、承诺书）要求该第三方在已经取得您明示同意后收集个人信息。")
    assert ("personal_info", "collect") not in got


def test_persons_own_posting_to_another_platform_is_no_sharing():
    got = pairs("请您知悉：您可以通过使用本产品提供的功能，主动公开、共享您的相关信息到第三方平台（如微信好友/朋友圈/ QQ等）。")
    assert ("personal_info", "share") not in got
    got = pairs("只有当您主动将运动记录分享至社区或第三方平台时，您的轨迹才会对他人可见。")
    assert ("health", "share") not in got


def test_sdk_record_duty_of_partners_names_no_data_taken():
    got = {(s.data_type, s.action) for s in statements_of(
        "（3）第三方SDK类服务商：为保障我们的客户端的稳定运行、功能实现，我们的应用中会嵌入业务合作伙伴的SDK。我们会对业务合作"
        "伙伴获取信息的软件工具开发包（SDK）、应用程序接口（API）进行严格的安全监测，令其按照本政策以及其他任何相关的保密和安全"
        "措施来处理个人信息，以保护数据安全。")}
    assert ("personal_info", "collect") not in got


def test_kits_partners_obtain_data_through_are_described():
    got = pairs("我行会对合作方获取个人信息的应用程序接口（API）、软件工具开发包（SDK）进行严格的安全检测。")
    assert ("personal_info", "collect") not in got


def test_feature_named_after_pictures_is_no_data():
    got = pairs("对非必要的个人信息，我们会用于以下用途，包括实时天气、用于客服咨询投诉的图片上传功能、用户问卷调查、语音聊天。")
    assert ("media.photos", "collect") not in got


def test_what_a_chosen_basic_mode_leaves_out_is_no_denial():
    got = pairs("在基本功能模式下，我们不会收集设备MAC地址、设备标识信息（Android端如：Android ID/OAID/GAID）等可能识别您个人身份的"
                "设备信息。")
    assert not any(action == "not_collect" for _, action in got)
    got = pairs("在“基本功能模式”下，西瓜视频仅为保障软件及服务的安全运行，依据法律法规的相关规定收集你的个人信息，不收集你的其他个人信息。")
    assert got == {("personal_info", "collect")}


def test_permissions_not_enabled_by_default_are_not_denied():
    got = pairs("位置、相机、相册（存储）、麦克风、日历等系统权限并不会默认开启，只有在您触发相关业务功能时，我们才会向您申请相关权限。")
    assert not any(action == "not_collect" for _, action in got)
    # 默认 not right before the verb: still a denial
    assert ("location", "not_share") in pairs("我们不会将您的运动轨迹默认公开。")


def test_not_setting_without_effect_is_a_refusal():
    got = pairs("您可以选择是否设置头像，但不设置头像不影响您使用。")
    assert ("account.profile", "not_collect") not in got


def test_limit_of_the_service_names_no_data():
    assert pairs("请您了解，受限于电视设备型号、功能原因，“投电视”服务可能不适用于所有电视设备。") == set()
