"""Chinese extraction: families of wordings common to many policies (GB/T 35273 templates, app policies, SDK lists)."""

from __future__ import annotations

from conftest import pairs, statements_of


def test_use_as_a_noun_in_a_merger_clause_is_no_security_measure():
    # "使用目的、使用规则、安全保护措施" lists what the new holder must keep to; the clause still transfers the data
    # (GUIDELINES: the merger clause is `share` `personal_info`)
    text = ("如我们进行兼并、收购、重组、分立、破产、资产转让或类似的交易，而您的个人信息有可能作为此类交易的一部分而被转移，"
            "我们会要求新持有人继续遵守和履行该隐私政策的全部内容（包括使用目的、使用规则、安全保护措施等），"
            "否则我们将要求其重新获取您的明示授权同意；")
    assert pairs(text) == {("personal_info", "share")}
    # a security measure stays no practice
    assert pairs("我们会使用加密技术等安全保护措施保护您的个人信息。") == set()


def test_a_sensitivity_classification_names_no_personal_information():
    # "其中…为个人敏感信息", "（…属于敏感信息）" classify the data named before them (GUIDELINES: a classification is no
    # statement); the data keeps its own practice
    assert pairs("我们会收集您的真实姓名、身份证件号码。其中身份证件号码为个人敏感信息，我们将仅限于实名认证使用。") == {
        ("identity.name", "collect"), ("identity.id_number", "collect")}
    assert ("personal_info", "collect") not in pairs(
        "在您开启位置权限后，我们可以获取您的位置信息（可能包括精准位置和粗略位置，位置信息属于敏感信息），以便让您与附近的玩家互动。")


def test_the_objects_of_interactions_name_no_comments():
    # GUIDELINES: "点赞/分享/评论/互动的对象" names what the user interacted with and gives no `content`
    found = pairs("当您使用搜索功能时，我方需要收集您的一些信息，例如：您观看的视频、浏览内容和广告的次数以及与它们互动的次数、"
                  "您点赞/分享/评论/互动的对象等。")
    assert ("content", "collect") not in found
    assert ("usage.history", "collect") in found
    # the comments the person posts stay content
    assert ("content", "collect") in pairs("当您发表评论时，我们会收集您的评论内容。")


def test_consent_implied_by_continued_use_states_the_practices_consented_to():
    # GUIDELINES: "By using the service you consent to our collection and use of your information as described in this
    # policy" → `collect` and `use` `personal_info`
    assert pairs("请您仔细阅读变更后的隐私保护指引或指引内容，您继续使用腾讯游戏表示您同意我们按照更新后的隐私保护指引收集、处理或使用"
                 "您的个人信息。") == {("personal_info", "collect"), ("personal_info", "use")}
    assert pairs("您使用或继续使用我们的服务，都表示您同意我们按照本《隐私政策》收集、使用、储存和分享您的信息。") == {
        ("personal_info", "collect"), ("personal_info", "use"), ("personal_info", "store"), ("personal_info", "share")}
    # consent to the policy itself names no data
    assert not pairs("您继续使用我们的服务，即表示您同意受经修订的本政策的约束。")


def test_handling_complaints_named_as_a_purpose_uses_the_correspondence():
    # GUIDELINES: responding to the user's complaints named as a purpose → `use` `communication.messages`
    found = pairs("当您使用本产品服务时，我们会收集您的日志信息，例如登录日志、互动记录等，以便您能够在本产品内查看您的使用历史记录，"
                  "同时用于产品运营统计分析、客服投诉处理及其他产品安全分析。")
    assert ("communication.messages", "use") in found and ("usage.logs", "collect") in found
    found = pairs("为及时处理你的投诉、建议以及其他诉求，客户服务提供商需要使用你的帐号及相关信息，以及时了解、处理和响应相关问题。")
    assert ("communication.messages", "use") in found
    # a complaint procedure that states no handling of them names no correspondence
    assert ("communication.messages", "use") not in pairs("您可以通过客服电话进行投诉，我们将在15个工作日内回复投诉处理结果。")


def test_setting_an_avatar_named_among_the_uses_of_a_permission_is_no_profile_data():
    # GUIDELINES: data named only in the purpose of a permission, as what the user will do with it, gets no tuple
    found = pairs("1、基于相机/摄像头的附加功能。您可在开启相机/摄像头权限后使用该功能用于拍摄照片、视频、以及上传头像。")
    assert ("media.camera", "collect") in found
    assert not any(t == "account.profile" for t, _ in found)
    found = pairs("（1）摄像头，用于如识别二维码、人脸识别、OCR识别、设置头像、录像，拒绝授权后，上述功能将无法使用。")
    assert not any(t == "account.profile" for t, _ in found)
    # the avatar a sentence collects stays profile data, and so does a permission table's purpose cell
    assert ("account.profile", "collect") in pairs(
        "在您上传头像时，需要调用您设备的相机/相册权限以获取您自行上传的头像信息，此为上传头像功能所必须的。")


def test_other_users_posts_named_as_where_the_persons_information_lies_are_not_their_content():
    # GUIDELINES: the user's information contained in what other users publish is `collect` `personal_info`
    found = pairs("用户因使用我们的产品或者服务而被我们收集的信息，例如其他用户发布的信息中可能含有你的部分信息"
                  "（如：在评论、留言、发布图文、音视频中涉及到与你相关的信息）。")
    assert ("personal_info", "collect") in found
    assert not {t for t, _ in found} & {"content", "media", "media.photos"}


def test_habits_that_tags_reflect_are_no_usage_data():
    # what profiling tags or an automated decision reflect ("反映您的行为习惯") describes the inference, not data handled
    found = pairs("汇聚融合：您同意我们将通过我们自身或受托方技术对您在本服务中主动或被动提供的个人信息进行汇聚融合、识别分析、数据画像或"
                  "进一步加工，并形成多种类及不同颗粒度的能够反映您的行为习惯、兴趣爱好或者信用状况等特征的标签信息（以下简称“标签信息”），"
                  "我们会将标签信息用于具体的场景和目的中进行自动化决策。")
    assert not {("usage", "use"), ("usage", "collect")} & found
    # the person's habits named as data stay usage
    assert ("usage", "collect") in pairs("我们会收集您的行为习惯、浏览记录。")


def test_the_jurisdiction_of_a_transfer_abroad_is_no_location():
    found = pairs("如您的个人信息可能会被转移到您使用产品或服务所在国家/地区的境外管辖区，或者受到来自这些管辖区的访问，我们会严格履行"
                  "法律法规规定的义务并按照法律规定事先获得您的单独同意。")
    assert not any(t.startswith("location") for t, _ in found)


def test_virtual_assets_in_an_app_are_financial_data_not_credit():
    found = pairs("如您使用虚拟币充值、虚拟物品购买赠送、会员权益开通服务，我们会收集您的充值、交易及相关虚拟资产信息。")
    assert ("financial", "collect") in found and ("financial.credit", "collect") not in found
    # a bank customer's asset information stays a credit standing
    assert ("financial.credit", "collect") in pairs("我行会收集您的资产信息，用于评估您的风险承受能力。")


def test_the_android_storage_label_names_files_not_media():
    # GUIDELINES: any storage permission counts as the files on the storage ("存储（相册、媒体和其他文件）")
    found = pairs("当您使用上传图片、视频功能时，我们会收集您主动上传的您设备上的照片、媒体内容和文件，用于提供对应服务。")
    assert ("storage.files", "collect") in found and ("media", "collect") not in found


def test_a_case_of_sensitive_information_opened_by_sheji_is_no_practice():
    # "涉及敏感信息的，…还会告知…" supposes a case of a notice, as "涉及未成年人个人信息的" does: no practice, and no denial
    # taken from the exception list it stands in
    text = ("（一）共享\n"
            "我行不会向其他任何公司、组织和个人共享或转让您的个人信息，但以下情况除外：\n"
            "1.事先获得您的明确同意。\n"
            "2.如业务需要对合作方共享您的个人信息，我行会向您告知共享个人信息的目的、数据接收方的类型，并征得您的同意。"
            "涉及敏感信息的，我行还会告知敏感信息的类型、数据接收方的身份、必要性以及对个人权益的影响，并征得您的明示授权。\n")
    found = {(s.data_type, s.action) for s in statements_of(text) if s.line == 4}
    assert ("personal_info", "share") in found and ("personal_info", "not_share") not in found


def test_saved_playlists_articles_and_pages_visited_are_history():
    # GUIDELINES: what the user saved and which pages the user visits are usage.history
    types = lambda text: {t for t, _ in pairs(text)}
    assert "usage.history" in types("我们会收集、使用你的悦读中心-书签列表下的收藏文章。")
    assert "usage.history" in types("此外，当你通过抖音帐号授权登录时，我们会获取你在抖音中收藏的歌单，以便你在剪辑时嵌入音频。")
    assert "usage.history" in types("我们可能会与我们的关联公司共享与产品业务功能相关的个人信息，包括昵称、头像、页面访问、内容使用。")


def test_the_number_an_account_is_created_with_is_collected():
    # GUIDELINES: a phone number the user provides as the login name is `collect` `contact.phone`
    assert ("contact.phone", "collect") in pairs("您可以通过手机号创建百度通用账号，并且您可以完善您的账号信息。")
    assert ("contact.email", "collect") in pairs("您也可以使用邮箱注册帐号。")


def test_the_place_named_beside_the_time_of_an_activity_is_a_location():
    # GUIDELINES: the place of an activity the service records is `location`
    assert "location" in {t for t, _ in pairs("我们会获得您通过第三方合作伙伴产品或服务使用我们服务的时间、地点，方便您进行授权管理。")}
    assert ("location", "collect") in pairs("我们会收集支付交易信息，如交易金额、交易时间、交易地点、商户名称。")
    # where information is stored, as a heading, is no location
    assert not pairs("1、信息存储的地点")


def test_taking_shared_photos_named_before_their_metadata_is_no_camera_use():
    found = pairs("我们会收集您通过我们的服务分享的内容所包含的信息（元数据），例如拍摄或上传的共享照片或录像的日期、时间或地点等。")
    assert not any(t.startswith("media") for t, _ in found)


def test_used_for_on_a_listed_item_opens_no_purpose():
    # "…或用于接入我们服务的其他程序所提供的配置信息" describes an item of the list; the data after it stays collected
    found = pairs("为保障您正常使用我们的服务，我们会收集您的移动设备、网页浏览器或用于接入我们产品或服务的其他程序所提供的配置信息、"
                  "您的IP地址、网络状态、IMSI、MAC地址。")
    assert {("network.ip", "collect"), ("device.id.imsi", "collect"), ("device.id.mac", "collect")} <= found
    # a purpose after a comma stays a purpose
    assert ("biometric.face", "collect") not in pairs("相机权限：用于扫一扫、人脸识别认证。")
