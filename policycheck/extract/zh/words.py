"""Word sets and regexes of the Chinese analyser, shared by its stages: conjunctions, recipient and subject markers,
modals, purpose and example openers, the gaps allowed between them. Only the fixed function words of the code are
here; the vocabulary that is data (verbs, cues, party words) is in mappings/cues/zh.yaml (`..lexicon.Lexicon`)."""

from __future__ import annotations

import re

from ..lexicon import MERGER_EVENTS


CLAUSE_PUNCT = set("，,；;：:。！？!?|")
# the comma of a company name before its legal form ("Airbnb, Inc.", "Acme, LLC"): part of the name, no clause end
NAME_COMMA = re.compile(r",(?=\s?(?:Inc|LLC|L\.L\.C|Ltd|Co\.|Corp|GmbH|Limited|Pte|S\.A|B\.V)(?![A-Za-z]))")
CONJUNCTIONS = {"和", "及", "与", "、", "并", "或", "以及", "或者", "及其", "并且", "和/或", "/", "或是", "并会", "进而"}
# before a recipient: a verb right after one describes the recipient ("与提供广告服务的合作伙伴共享"). Narrower than
# RECIPIENT_BEFORE: 和/跟 also join list items ("账号状态和注册时间") and 对 marks an object ("对您的信息进行加密").
RECIPIENT_MARKERS = {"与", "向", "给", "同"}
LIST_SEPARATORS = {"、", "和", "及", "以及", "或", "或者"}
RECIPIENT_BEFORE = {"向", "与", "和", "同", "跟", "给", "对"}
# before the user: a preposition whose object the user is, not the subject ("按您授权情况披露您的个人信息")
OBJECT_MARKERS = {"将", "把"}  # before the user: the disposal marker, whose object the user's data is
USER_AS_STANDARD = {"按", "按照", "依", "依照", "依据", "遵照"}
RECIPIENT_AFTER = {"给", "至", "予", "到", "往"}  # (往: "发往你配置的大模型服务", sent to that party)
# Sending or uploading to the developer, named bare or as the app's or extension's own ("不把…访问记录发送给开发者",
# "不会把个人数据上传给开发者或其他服务"), sends the data to the service's maker: our collection, not a disclosure
# (GUIDELINES: a denial that data is shared with the service's own developer is our not_collect). Not someone else's
# developer (第三方开发者, 小程序开发者: the window then starts at that word), nor handing over (提供给开发者, a platform's).
SENDING_VERBS = {"发送", "上传", "传输", "传送", "回传", "上报", "发往", "发", "传"}  # (传: jieba cuts 上传给 as 上 / 传给)
# verbs of submitting with the place the data goes to (share cues: "提交至公安部…平台"); submitted to us, it is collected
SUBMITTING_VERBS = {"提交给", "提交至", "提交到", "递交给", "递交至"}
# a bare 发送, whose object goes to a party named before it after 向 ("它会向配置的 DeepSeek 端点发送 API Key"; not "向您
# 发送通知", "向您的设备发送一个或多个 Cookie")
BARE_SENDING_VERB = "发送"
OWN_DEVELOPER = re.compile(r"\s*(?:本|该|此)?(?:应用|扩展|插件|App|APP|app)?的?开发者(?!平台|账号|帐号|服务[^器端])")
PASSIVE = {"由", "被", "经由"}
DISPOSAL_NOT_AFTER = {"会", "要", "可能", "可以", "在", "于", "来", "是"}  # "将会…": 将 as "will", not the disposal marker
LIGHT_VERBS = {"进行", "加以", "予以", "作", "做", "作为"}  # "将…进行处理": the predicate of a 将 clause
# between two parties of a coordinated subject: a conjunction and perhaps a relative clause on the second
# ("我们和提供认证服务的第三方认证机构", "我们以及在应用程序中嵌入的应用安全SDK")
SUBJECT_CONJUNCTION = re.compile(r"\s*(?:和|与|及|以及|或|或者|、|及其|和/或)\s*(?:[^，,。；;：:（）()]{0,16}的[\u4e00-\u9fff]{0,2})?\s*")
# between a coordinated subject and its verb: a modal or adverb ("可能通过Cookie或同类技术", "将在后台自动"), which
# tells the parties from a recipient after 与/和 ("我们与第三方共享")
REQUEST_GAP = re.compile(r"[^，,。；;：:向给与和对把将]{0,4}")  # before 需要 / 要求, itself the modal
SUBJECT_VERB_GAP = re.compile(r"[^，,。；;：:向给把将]{0,3}(?:会|将|可能|可以|可|需要|需|须|应|均|都|也|还|仅)[^，,。；;：:向给与和对把]{0,16}")
# between a coordinated subject and its verb: the means the parties work through, whose own list may join words by 和
# ("我们和第三方合作伙伴可能通过COOKIES和WEB BEACON收集和使用您的信息", "我们或我们合作伙伴可能会使用Cookie和同类技术收集")
SUBJECT_MEANS_GAP = re.compile(r"[^，,。；;：:向给与和把将]{0,4}(?:通过|利用|借助|使用|采用)[^，,。；;：:向给把将]{1,30}?"
                               r"(?:技术|cookies?|beacons?|sdk|工具)\s*", re.IGNORECASE)
SOURCE_MARKERS = {"从", "自"}  # 从第三方获取: the party after it is where the data comes from
# before a verb of obtaining, the party after these is where the data comes from too ("通过您选择的支付机构收集",
# "向小程序开发者及技术服务提供方支付宝公司获取"); an SDK after 通过 is the means we collect with, and collects itself
OBTAINED_THROUGH = {"通过", "向"}
# after other users: a relative clause on the data produced by using the service ("…及其他用户使用莉莉丝游戏产品及服务
# 过程中产生的游戏日志信息"): the users only say which data, they handle none of it
OTHER_USER_PARTY = re.compile(r"(?:其他|其它|所有)?(?:用户|玩家|会员)")
USE_PRODUCED_AFTER_USERS = re.compile(r"(?:在)?使用[^，,。；;：:]{1,30}?(?:过程中|期间|时)?所?产生的")
ACCOUNT_AT_PARTY = re.compile(r"\s?(?:帐号|账号|帐户|账户|头像|昵称|用户名|ID\b)")  # after a party: its user's account
PARTY_SUFFIXES = {"方", "商", "者", "人"}  # after a verb, a party's noun: 提供方, 服务商, 开发者
# the phone makers' push SDKs named as one ("上述手机厂商Push SDK", "手机厂商提供的推送服务"), in folded text
MAKERS_PUSH = re.compile(r"(?:手机|终端|设备)?厂商(?:提供的)?\s?(?:push|推送)\s?(?:sdk|服务)?")
# an SDK item whose name is followed by what it does, set off by 、 instead of a space ("（25）.UC啄木鸟SDK、获取设备标识符、系统
# 版本，用于…", "听云SDK、访问电话状态、WiFi状态 用于…"): the SDK is the subject of that verb, as in "友盟SDK 通过获取IMEI", not
# one more name of a list of SDKs (the 、 is read as a space, same length)
SDK_THEN_VERB = re.compile(r"(?i)(?<=sdk)、(?=\s*(?:获取|访问|收集|采集|读取))")
PHONE_MAKERS = ("huawei", "honor", "xiaomi", "oppo", "vivo", "meizu")  # companies whose phones bring their push SDK
MAKER_LIST_GAPS = {"", "/", "、", "和", "与", "及", "或"}  # between makers listed before a push SDK: "华为/OPPO/魅族Push SDK"
# the merger clause (GUIDELINES: a transfer of personal information, `share` with third_party): the corporate event
# ("因合并、分立、解散、被宣告破产等原因", "进行企业并购、重组", "资产转让") with the transfer or its new holder ("需要转移",
# "向其披露", "要求新的控制者继续保护", "接收方")
MERGER_EVENT = re.compile(MERGER_EVENTS)
# 合并 of data is combining it, no corporate event: "将您的个人信息与其他信息合并分析", "合并处理", "数据合并"
DATA_COMBINING = re.compile(r"(?:信息|数据|资料|记录)[^，。；,;]{0,8}合并|合并(?:分析|处理|使用|计算|统计|展示|汇总|存储|保存)")
MERGER_TRANSFER = re.compile(r"转让|转移|传输|移交|披露|共享|分享|接收方|受让方|新的(?:控制者|持有|公司|主体)")
# between the parties of a coordinated recipient ("向支付宝或微信支付提供", "共享给支付宝、微信支付"), after the first
# one's quoted or bracketed product or example ("向Apple“健康”或华为运动健康同步")
PARTY_CONJUNCTION = re.compile(r"(?:[“\"][^”\"]{0,8}[”\"]|（[^（）]{0,16}）|\([^()]{0,16}\))?\s*(?:、|或|或者|和|及其|及|以及|与|/)\s*")
AGENT_PRONOUNS = {"其", "他们", "对方", "该第三方", "该等第三方", "第三方"}
WEAK_VERBS = {"需要", "所需", "使用到", "涉及", "处理", "应用", "展示", "显示", "验证", "核验", "校验", "匹配", "统计", "识别", "检测"}
NEGATION_WINDOW = 24
# 了解 with we or a named party as subject and the person's data as object is a collection ("我们会了解您设备安装的应用信息")
LEARNING_VERB = "了解"
# (not how the person uses something, "了解您如何使用", a purpose naming usage; how the person interacts with the service,
# "我们通过 Google Analytics 了解您如何与我们的网站互动", is what the tool records of that use)
LEARNT_ABOUT_PERSON = re.compile(r"(?:一些|更多)?(?:您|你|用户)(?!(?:如何|怎样|怎么)(?![与和同][^，,。；;]{1,30}?(?:互动|交互))|是否)")
LEARNER_GAP = re.compile(r"[^，,。；;您你]{0,8}")  # between the party and 了解: "可能会通过", "能够", "更好地"
# 收到 with the person's data as its object is a receipt, a collection ("Mozilla 会收到您的帐户记录", "我们收到您的信息时", "Mozilla
# 不會收到您的搜尋字串"): the wording of translated notices for "receives"; not a message or notice the person gets ("如您不希望
# 收到手机银行APP页面上的消息通知") nor the time a server gets a message ("服务端收到这个消息的时间"); so is 收到 with what is
# about the person or the service as its object ("我們會收到有關 Focus 的使用頻率", "收到有关您的设备的基本信息"), not a complaint
# or request about it ("收到有关您的投诉")
RECEIVING_VERB = "收到"
RECEIVED_FROM_PERSON = re.compile(r"(?:有关|关于)?(?:您|你)的|(?:有关|关于)(?![^，,。；;]{0,30}(?:投诉|举报|请求|要求|申请|通知|问题|消息))")
# 收到 with a data term of the person's account right after it ("我們會在您提出後收到使用者名稱和大頭照資料"): a receipt, as with
# 您的; not a message, notice or e-mail the person is sent ("收到電子郵件", "收到短信通知")
RECEIVED_DIRECT_TYPES = ("account.",)
# Receiving with another party as subject: we send it the data ("Twilio 会接收您的电话号码", "合作伙伴将收到…")
PARTNER_RECEIVING_VERBS = {"接收", "收到"}
# "帮助我们了解", "以便我们可以了解", "使我们了解"; not the 使 of 使用 ("我们使用 Google Analytics 更好地了解您…")
LEARNER_PURPOSE = re.compile(r"为|帮助|协助|有助|使(?!用)|让|令|便于|用于|(?<!可)以")
# "或以其他合法方式" between two practice verbs of a run ("收集、储存或以其他合法方式使用"): the run goes on
MANNER_LINK = re.compile(r"(?:或|或者|和|及|并|、)?以(?:其他|其它)(?:合法|合理|适当|正当)?的?方式")
MANNER_LINK_WORDS = {"或", "或者", "和", "及", "并", "、", "以", "其他", "其它", "合法", "合理", "适当", "正当", "的", "方式",
                     "其他合法", "合法方式", "其他方式", "以其他", "以其它"}
UNKNOWN_CHAINED_VERB = re.compile(r"[\u4e00-\u9fff]{1,4}")  # a word passed over inside a run of practice verbs
PURPOSE_VERBS = {"用于", "用来", "用作", "以便", "以便于"}
# a verb of detecting right after 用于, whose object is the data the purpose reads ("用于检测媒体播放信息")
DETECTING_VERBS = {"检测", "监测"}
LIST_JOINS = {"或", "、", "和", "及", "与"}  # before 用于 that opens a relative clause on a listed item
# an account created or registered with the data just named ("通过手机号创建百度通用账号", "使用邮箱注册帐号")
CREATES_ACCOUNT = re.compile(r"(?:码)?(?:注册|创建|开通)[^，,。；;]{0,10}?(?:账号|帐号|账户|帐户)")
# the handling of the person's complaints, named by the terms' patterns ("客服投诉处理", "处理您的投诉")
COMPLAINT_HANDLING = re.compile(r"投诉处理|^(?:您|你)的投诉$")
# words after which a recipient's phrase has ended ("提供给某某公司以完成支付", "共享给某某公司并…")
RECIPIENT_PHRASE_BREAKS = PURPOSE_VERBS | {"以", "为了", "从而", "进而", "并", "并且", "进行", "来", "时"}
# an agent inside a recipient's phrase is the subject of a clause on a noun the phrase has not reached yet ("同步到抖音和/或
# 其他由我们的关联方或第三方合法运营的产品"): no party phrase ends before that noun
RECIPIENT_AGENT_MARKERS = {"由", "被"}
PURPOSE_END = "，,；;。！？!?）)|\t"  # a purpose phrase runs to the end of its clause, parenthesis or table cell
OBJECT_FILLER = re.compile(r"[、，,和及与或以及/（）()\s]|您的|你的|用户的|您|的")
USER_MODALS = {"可以", "可", "需要", "需", "须", "应", "应当", "能", "能够", "也", "还", "将", "会", "在"}  # "您可以…的"
POSSESSIVE = re.compile(r"(您|你|用户|我们|我|其)的$")
# a permission item whose label is followed by the features it serves, with no purpose marker ("2. 相机权限：拍照识字、扫码
# 登录电视版；可随时关闭"): the features are its purpose; not a when-clause, request or practice after the label
# ("相册权限：仅在您更换头像时申请", "存储权限：读取您的文件"), nor a question on the permission ("您可否关闭权限：可以")
PERMISSION_LABEL_PURPOSE = re.compile(r"^\s*(?:[（(]?\d{1,2}[)）.．、]\s*)?(?![^：:]{0,10}(?:关闭|可否|是否))"
                                      r"[\u4e00-\u9fffA-Za-z]{1,10}权限\s*[：:]\s*"
                                      r"(?P<purpose>[^；;。，,：:（()）]{2,40})")
NOT_LABEL_PURPOSE = re.compile(r"时|申请|开启|关闭|授权|调用|获取|读取|访问|使用|允许|收集|仅|不|将|会|需|请|您|你|我们")
NOT_PURPOSE = re.compile(r"(可|能|可以|您|你|我们|用户)$")  # "可用于…的信息", "您用于登录的帐号"
# Where a purpose phrase ends inside its clause: the subject of the main clause, or 所必需的, after which the noun is
# the data needed for the purpose ("为实现支付功能所必需的其他信息"); not the person of a relative clause on what the
# purpose shows them ("为了向您推送您可能感兴趣的图文视频/智能辅助聊天内容": what they may like, not a subject)
PURPOSE_SUBJECT = re.compile(r"所(?:必需|必要|需要?)的|我们|我行|本应用|(?<![向为给让使帮助对与])您(?!可能(?:会)?(?:感兴趣|喜欢))"
                             r"(?=需要|须|可以|可|会|将|能|应|必须|同意|授权|选择|使用|提供|填写|上传|输入|开启|主动)")
# the person as the subject of a purpose phrase, right after its marker ("以供您上传…", "方便您输入…", "以便您能够在本产品内
# 查看…"), with what may stand between them and the verb (a modal, a place or a manner of at most a few characters)
PERSON_OPENS_PURPOSE = re.compile(r"\s*(?:您|你|用户)(?:[^，,。；;：:、的]{0,10})$")
# the person's own acts with data a purpose names (what they will do with a permission or a feature), not their
# providing it to us (提供, 提交, 授权 keep their collection)
PURPOSE_USER_ACTS = {"上传", "保存", "查看", "输入", "浏览", "发布", "分享", "编辑", "选择", "设置", "更换", "拍摄", "下载",
                     "填写", "使用", "调用", "读取", "导出"}
# "为申请授信、使用授信所必须的姓名", "为您提供服务所需的个人信息": the purpose named in a relative clause on the data
# it is needed for
NEEDED_FOR = {"为", "为了"}
NEEDED_RELATIVE = re.compile(r"所(?:必需|必要|必须|需要?)的")
# ... and right after the verb that takes the data, with or without 所: the object of the needing verb, then the
# relative ("收集[提供服务]所需的信息", "收集[提供服务]必须的基础信息")
VERB_NEEDED_RELATIVE = re.compile(r"[^，,。；;：:的]{1,8}?所?(?:必需|必要|必须|需要?)的")
CONSENT_VERBS = {"同意", "授权", "允许"}
NEED_MODALS = {"需要", "需"}  # (所需 is a noun's relative: "所需的信息")
REQUEST_WORDS = {"要求", "请", "请求", "需要", "需", "须", "应", "要"}
OBLIGATION_WORDS = {"要求", "督促", "约束", "责令", "确保", "保障", "监督", "禁止"}
OBLIGED = {"其", "他们", "对方", "该", "该等", "受托方", "受托人", "接收方", "合作方", "第三方", "服务商", "供应商", "其严格"}
# a duty to act by given rules, laid on another party: "要求新的持有您个人信息的公司、组织继续按照本政策处理…",
# "明确要求合作方仅按照我们的要求…来处理…", "房东有义务遵守适应法律和我们的条款…处理和使用…"
DUTY_WORDS = OBLIGATION_WORDS | {"明确要求", "严格要求", "义务"}
CONFORMITY_WORDS = {"按照", "依照", "遵守", "遵循", "按"}  # (按: "要求新的公司继续按本隐私政策接收、管理、使用…")
SAFEGUARD_WORDS = {"加密", "脱敏", "去标识化", "匿名化", "安全", "隔离", "加密后"}
# display verbs: data shown to other people (向其他用户展示 / 其他用户可以看到 / 供各方查看) is shared, as the guidelines count it
# "我们委托阿里云计算有限公司为本App提供云服务器和数据存储服务": a processor engaged to store data (see _entrusted_storage)
ENTRUSTED_STORAGE = re.compile(r"委托(?P<party>[^。；;，,]{2,30}?)(?:为[^。；;，,]{0,8})?提供[^。；;，,]{0,16}(?:存储|云服务|服务器)")
DISPLAY_VERBS = {"展示", "显示", "看到", "查看", "可见", "看见"}
SHOWING_VERBS = {"展示", "显示"}  # display verbs whose subject shows the data (查看 / 看到 have the viewer as subject)
# a share verb used as an adverb of the verb right after it ("您公开发布的作品": published publicly, not a disclosure by us)
ADVERBIAL_VERBS = {"公开"}
OTHER_PEOPLE = ("其他用户", "他人", "好友", "访客", "公众", "其他人", "所有人", "各方", "粉丝", "其他会员", "招聘者", "求职者", "房东", "房客")
# the person's consent to a disclosure or display named after it in the same sentence ("您知晓并同意我们…将您填写的收件
# 信息…共享至前述物流服务提供方", "您同意您的个人信息可以向班级里的老师…公开", "在您没有主动或同意交换的情况下，不会展示给其他
# 用户"): the consent gives the data to no one; the disclosure is the practice (its own share or denial)
CONSENT_VERBS = {"同意"}
CONSENTED_DISCLOSURE = re.compile(r"^[^。；;！!？?]{0,80}?(?:共享|公开|展示|显示|转移|交换|披露|(?:提供|分享|发送)给)")
DISCLOSURE_WORDS = ("共享", "公开", "展示", "显示", "转移", "交换", "披露", "提供给", "分享给", "发送给")
SENTENCE_STOPS = {"。", "；", ";", "！", "!", "？", "?"}
HANDED_OVER = {"上传", "提供", "填写", "提交", "授权", "录入", "输入"}  # other users' verbs that give data to us (posts: _posts_may_contain)
# what a party 授权/允许 by the user does with data: "您授权该共同房东访问您的信息" shares it with that party
GRANTED_VERBS = {"访问", "使用", "获取", "读取", "查看", "查询"}
# 委托第三方处理…, 委托实名认证服务商查询、核验…: what a processor does for us; entrusting it is sharing with it
ENTRUSTED_VERBS = {"处理", "使用", "查询", "核验", "验证", "收集", "采集", "获取"}
# 验证 / 核验 after what the data is checked against ("将采集的居民身份证号码、姓名、面容信息与您预留信息进行验证比对") or
# by ("通过人脸扫描验证您的身份", "通过实名身份信息校验判断…是否为未成年人"): the data is the reference or the means of a
# check, used; verifying named data is collecting it (GUIDELINES)
COMPARED_WITH = re.compile(r"(?:与|同|通过|借助)[^，,。；;与]{1,30}?(?:进行|作|做)?$")
VERIFY_VERBS = {"验证", "核验", "校验"}
# between the data list and a verb that passes it on ("…、网银客户号并提交给", "…、操作系统，并共享给"): list separators,
# the rest of the items' words, list closers ("及其他法律要求的必要信息"), the person's relative clauses ("及您选择添加的
# 位置"), 并 or a bare comma ("收集您的姓名、…银行预留手机号码，给到第三方支付机构") and the party the data goes to
# ("…并与这些合作机构共享"; not "并将收货信息提供给…", which names its own object)
PASSED_ON_GAP = re.compile(r"(?:[、，,和及与或/\s]|以及|等|相关|的|信息|数据|其他[^、，,。；;并]{0,12}?(?:信息|数据)"
                           r"|[您你][^、，,。；;并]{0,8}?的)*(?:[，,]?\s*(?:并|并且|并会)|[，,])(?:(?:与|和|同|向)[^，,。；;、]{1,20})?")
# after a party right after 提供: words that make the party part of what is provided ("将…提供第三方服务", "提供合作方的
# 产品"), not its recipient
PROVIDED_THING_AFTER = re.compile(r"的|服务|产品|功能|技术|支持|接口|SDK|sdk|插件|内容|链接|页面|入口")
# the place of a person's act named between the act and its time ("最近登录系统时间", "登录平台时间"): a noun phrase
ACT_PLACE_NOUNS = {"系统", "平台", "账号", "帐号", "账户", "帐户", "应用", "客户端", "网站"}
# "将与您投诉、起诉相关的个人身份信息…提供给该机构", "与您有关的信息": after 与/和/同/跟, the person is what the data is
# about, no recipient
# (not "与您分享相关的信息", where the person receives it)
ABOUT_THE_PERSON_AFTER = re.compile(r"(?:(?!分享|共享|提供|披露|发送|传输|展示)[^，,。；;：:]){0,20}?(?:相关|有关|相关联|关联)的")
# "提供给我们合作的物流公司", "共享给我们委托的服务商": 我们 only describes the party the data goes to
OUR_PARTNER_AFTER = re.compile(r"(?:所)?(?:合作|委托|授权|指定|聘请|签约|选定|认可|运营)[^，,。；;的]{0,4}?的")
# ... and a longer relative clause between us and the party it leads to ("发送至我们基于共有或共同控制关系的关联企业"): the
# words up to the 的 before that party (the party is looked up right after it)
OUR_DESCRIBED_PARTY_AFTER = re.compile(r"[^，,。；;的]{2,16}的")
# 使用 of a permission or a device function ("使用您设备上的相机拍摄功能", "使用手机通讯录权限", "使用位置权限、摄像头、麦克风、
# 相册权限相关敏感权限"): the word after the data names the permission or function
PERMISSION_USE_VERBS = {"使用", "利用"}
PERMISSION_AFTER = re.compile(r"(?:[、/和及与或][^，,。；;的]{1,6}?)*?(?:拍摄|读取及存储|读取|识别|定位)?(?:权限|功能)")
# "用于…的信息：": a label naming information used for a purpose; the items after its colon are data
USED_FOR_LABEL = re.compile(r"[^，,。；;：:]{1,30}的(?:个人)?(?:信息|数据)[：:]")
# words that open a clause of examples of the object named before ("…，包括姓名、身份证号")
EXAMPLE_OPENERS = {"包括", "包含", "例如", "比如", "如", "即", "诸如", "包括但不限于", "含"}
# words between 对 and the data it marks as an object ("对您的个人信息", "对儿童的个人信息")
DUI_MODIFIERS = {"您的", "你的", "的", "您", "你", "用户", "儿童", "其", "这些", "上述", "该等", "相关", "您个人", "个人"}
# ... and the participle that names the data by its having been collected or kept ("对留存的常用收货信息进行增加、修改、删除操作",
# "对所收集的个人信息进行加密"): it only says which data is meant, no practice of its own (GUIDELINES: a restrictive
# participle or clause identifying the data by its keeping or collection adds no store or collect)
DUI_PARTICIPLES = {"已", "已经", "所", "收集", "采集", "获取", "保存", "留存", "存储", "储存", "所收集", "常用"}
TITLE = re.compile(r"《[^》]{1,60}》")
# the text of a Markdown link naming another notice ("根据我们的 [Mozilla 网站、通信和 Cookie](https://…) 声明收集…") or a
# feature ("如[密码管理器](…)和[全面 Cookie 保护](…)"): a title, no data
LINKED_TITLE = re.compile(r"\[[^\[\]]{1,40}\]\([^()\s]{1,300}\)(?=\s*(?:隐私)?(?:声明|政策|通知|条款))"
                          r"|\[[^\[\]]{0,20}(?:保护|管理器|管理工具)\]\([^()\s]{1,300}\)")
# a feature named after the data it is based on ("基于位置信息的附加功能", "基于摄像头（相机）的服务功能", "基于位置的服务",
# "使用基于位置的功能时"): it reads that data (see analyze)
BASED_FEATURE = re.compile(r"基于(?P<name>[^，,。；;：:的]{1,16}?)(?:授权)?的[^，,。；;：:]{0,14}?(?:功能|服务)")
# the name of a feature or service the person uses ("当您使用信用卡申请功能时", "若您使用收货地址管理和手机充值功能",
# "当您使用“我的订单”功能时"), or a list of them ("您可使用扫码支付、银行卡识别、人脸识别等服务" under a permission
# heading): data named in it is the feature's name, no practice (GUIDELINES)
USED_FEATURE = re.compile(r"(?:您|你)(?:首次|正常|需要|选择)?使用(?P<name>[^，,。；;：:（()）]{1,24}?)(?:等)?(?:相关)?"
                          r"(?:功能|服务(?![商方器提])|业务)"
                          r"|(?:您|你)(?:可|可以|首次|正常|需要|选择)?使用(?P<list>[^，,。；;：:]{1,100}?)等(?:相关)?(?:业务)?"
                          r"(?:功能|服务(?![商方器提])|业务)"
                          r"|(?<=当)(?:您|你)(?:首次|正常|需要|选择)?使用(?P<long>[^。；;：:]{1,160}?)等(?:相关)?(?:业务)?"
                          r"(?:功能|服务(?![商方器提])|业务)(?=时)")
# the user's own act in a when-clause ("当您上传头像时", "当用户使用录制视频、语音搜索…等时", "在您选择照片、图像上传为个人
# 头像时", "仅在您更换头像…时"), in a sentence that asks for a permission or names one as its topic ("需要调用您设备的存储权限",
# "相册权限：")
USER_ACT_WHEN = re.compile(r"(?:(?:当|在|仅在|只在)(?:您|你|用户)|(?:^|(?<=[，,：:]))\s*(?:您|你)(?:仅|只)?在)[^，,。；;：:]{1,60}?时")
# ... and the purpose clause that opens a permission request, naming what the person will do with the permission
# ("为了实现添加或接收附件或图片，我们将申请获取你的存储权限", "为了获取您上传的文档并为您保存处理后的文档，我们需要调用您的相机、
# 存储权限"): the request must follow in the next clause (PERMISSION_REQUEST_AFTER)
PURPOSE_BEFORE_PERMISSION = re.compile(r"(?:^[\s\d.．、（）()]*|(?<=[，,：:。；;]))\s*(?:为了|为方便|为便于|为)(?:您|你)?"
                                       r"[^，,。；;：:]{1,60}?(?=[，,])")
PERMISSION_REQUEST_AFTER = re.compile(r"[，,]\s*(?:我们|本应用|本软件|App|APP)?[^，,。；;：:]{0,12}?(?:申请|调用|获取|请求|开启|访问)"
                                      r"[^，,。；;：:]{0,24}?权限")
PARTY_IN_CLAUSE = re.compile(r"我们|我方|我行|本应用|第三方|SDK|授权|同意|允许|开启")
# a path through the app's screens: labels in quotes or brackets joined by dashes or arrows ("【设置】-【账号与安全中心】-
# 【简历隐私保护】", "“个人信息”—“我的认证”"), or one label with such steps inside ("“我的-收货地址”")
_UI_LABEL = r"(?:“[^“”]{1,20}”|【[^【】]{1,20}】|「[^「」]{1,20}」)"
UI_PATH = re.compile(rf"{_UI_LABEL}(?:\s*(?:[-—–>＞→]+)\s*{_UI_LABEL})+"
                     r"|[“【「][^“”【】「」]{0,20}?[\u4e00-\u9fff][-—–>＞→]+[\u4e00-\u9fff][^“”【】「」]{0,20}[”】」]")
# the basis a region is derived from, right before the IP address ("（基于IP地址对应的）国家/地区信息")
IP_BASIS_BEFORE = re.compile(r"(?:基于|根据|依据|通过)(?:您的|你的)?$")
# a topic set out before the clause that acts on it ("就您发布的内容，…", "对于您提供的信息，…")
TOPIC_PREPOSITION = re.compile(r"\s*(?:就|对于|针对|关于)")
# the means a location is got by (on folded text): "通过 IP 地址、GPS 或基站等途径获取您的地理位置信息", "从您的 IP 地址、设备
# 或互联网服务中获取位置数据"; "获取您的位置信息（准确度会有所不同），这些技术包括 IP 地址、GPS…"
LOCATION_MEANS = (
    re.compile(r"(?:通过|从|利用|借助)(?P<means>[^。;,!?]{1,80}?)(?:等)?(?:途径|方式|技术|手段)?(?:中|来)?"
               r"(?:获取|获得|收集|确定|判断|定位|计算|推断)[^。;,]{0,12}?(?:位置|地理|所在地|所在城市)"),
    re.compile(r"(?:位置|定位)[^。;]{0,40}?这些(?:技术|方式|途径|手段)(?:包括|有)(?P<means>[^。;]{1,120})"),
)
LOCATION_SOURCES = {"network.ip", "device.network", "device.sensors"}
# the IP address, then a verb of working a place out of it, then the place ("利用 IP 地址估算您的所在位置", "使用 IP 地址来大致
# 判断您的地理位置", "使用您的IP地址识别设备连接至互联网时的所在位置", "根据您的IP地址确定您所在的城市"): the place is inferred
# from the IP address (GUIDELINES: a location derived from the IP address is coarse)
IP_INFERENCE_BEFORE = re.compile(r"IP\s*地址(?:信息)?\s*(?:来|以)?(?:大致|大概|粗略)?(?:地)?"
                                 r"(?:估算|判断|识别|确定|推断|推测|得出|定位|查看|估计)[^，,。；;]{0,16}$", re.IGNORECASE)
# the place an IP address belongs to, right after it ("IP地址归属省份", "IP地址所对应的归属地域信息", "IP属地")
IP_PLACE_AFTER = re.compile(r"(?:所对应的|对应的|的)?(?:归属|属地|所在地|所属地)[^，,。；;、（(）)]{0,4}")
# the metadata of a photo or video, right after it ("拍摄或上传的共享照片或录像的日期、时间或地点", "共享的照片包含的地理标记
# 信息"): the photo owns what is collected, it is no data of its own
MEDIA_METADATA_AFTER = re.compile(r"(?:(?:或|和|及|、|/)(?:录像|视频|照片|图片|影片))?(?:中|所|内)?(?:包含的|含有的|"
                                  r"的(?:拍摄)?(?:日期|时间|地点|位置|地理))")
MEDIA_TIME = re.compile(r"日期|时间")  # ... the metadata named is when it was taken or shared
# the quoted name of a feature or screen ("在“订单列表”功能中填写的发票信息", "“收货地址”页面"): a label, no data
# the title of a section of the policy, quoted and named as a part of it ("实现“我们如何收集和使用您的信息”部分所述目的",
# "本政策「个人信息处理与目的」章节所描述的原因"): data named in it is the title's, no practice
QUOTED_SECTION = re.compile(r"[“「\"][^“”「」\"]{2,40}[”」\"](?=\s*(?:部分|章节|一节|一章|条款|节))")
QUOTED_FEATURE = re.compile(r"[“「【][^“”「」【】]{1,12}[”」】](?=功能|页面|界面|栏目|板块|入口|模块)"
                            # ... and the quoted label of a setting ("取消勾选“允许 Firefox 向 Mozilla 发送技术和交互数据”选项")
                            r"|[“「【][^“”「」【】。]{1,40}[”」】](?=选项|开关|复选框)"
                            # ... and the quoted label of a control that undoes or removes, which the person uses
                            # ("用户可以通过“断开 Google 相册”清理", "点击“删除照片”按钮")
                            r"|(?<=通过|点击|点按|轻点|选择|使用)[“「【]\s*(?:断开|取消|撤销|退出|清除|清空|删除|关闭|移除)"
                            r"[^“”「」【】。]{1,20}[”」】]")
# "…，才会在…时访问", "…也将与 X 共享": the modal that makes a later clause the predicate of the sentence's topic
TOPIC_MODALS = {"将", "会", "才会", "也将", "均会", "都会", "亦将", "将会", "也会"}
# ... or the topic's own clause says it may leave the person's device, a sending clause naming only where it goes
# following ("对话内容可能离开本机，发送给模型服务商")
LEAVES_DEVICE_CLAUSE = re.compile(r"(?:可能|会|将|将会|也会)离开(?:您的?|你的?)?(?:本机|设备|手机|电脑|终端)")
SENT_TO_REST = re.compile(r"^(?:给|至|到|往)?[^，,。；;]{1,24}$")
# ... whose object, if any, refers back to that topic ("收集并保存您发送的上述信息内容", "收集此信息", "保存其内容")
TOPIC_OBJECT = re.compile(r"上述|这些|此类|此信息|该等|该信息|该类|前述|以上|相关信息|相关权限|相应(?:的)?(?:权限|信息)"
                          r"|^(?:并|和|及|或)?[\u4e00-\u9fff]{0,2}?(?:其|它们)")
# ... or the practice of an agent named with 由 ("由其直接向你收集"), after at most an opening connective ("此外，")
# a clause opening with a demonstrative of the data named before it ("这些信息会存储于…", "上述信息将保存在…")
DEMONSTRATIVE_SUBJECT = re.compile(r"^\s*(?:(?:这些|上述|以上|前述|该等|此类|该类)(?:个人)?(?:信息|数据|内容|记录)?|其)(?:均|都|也|亦|将|会)")
# a clause that lists further contents of data named before ("…；这种资料也包括一组 Google 广告识别码…", "…，并且还包含…")
CONTENTS_CLAUSE = re.compile(r"^\s*(?:并且|并|而且|且)?\s*(?:(?:这种|这些|这类|此类|该等?|上述)(?:资料|数据|信息))?"
                             r"(?:也|还|亦|同时)*(?:包括|包含|含有)")
# the words before a keeping verb whose agent 由 names the party that keeps the data ("这些数据由我们的分析供应商保存")
KEPT_BY_AGENT = re.compile(r"由[^，,。；;由]{1,30}?(?:会|将|负责)?$")
# a retention period stated in a sentence ("保存 90 天", "留存三年")
KEPT_PERIOD = re.compile(r"[\d一二三四五六七八九十百]+\s*(?:个)?(?:天|日|周|星期|个月|月|年|小时)")
# the SDKs the app integrates being initialised, which collect what we collect then ("我们将进行集成 SDK 的初始化工作，
# 会收集您的 OpenUDID、AndroidID…"), and data collected in the form of an SDK ("您的应用列表（应用名称…，通过 SDK 形式）")
SDK_INITIALISED = re.compile(r"(?i)(?:集成|接入|嵌入)的?\s*(?:第三方)?\s*SDK\s*的?初始化")
SDK_FORM_AFTER = re.compile(r"(?i)\s*[（(][^（）()]{0,40}?通过\s*(?:第三方)?\s*SDK\s*的?(?:形式|方式)[）)]")
# a service or feature another party provides, named before our denial of collecting its data ("我们会请您进行人脸识别验证，
# 该服务由第三方（阿里云）提供，我们仅收集验证结果，不会收集您的面部信息"): the provider collects the data
SERVICE_PROVIDED_BY = re.compile(r"(?:服务|功能)由(?P<party>[^，,。；;]{1,30}?)(?:负责)?(?:提供|运营)")
AGENT_CLAUSE = re.compile(r"^由(?:其|他们|该等?第三方|第三方)(?:直接)?向(?:您|你)$")
OPENING_CONNECTIVE = re.compile(r"(?:此外|另外|同时|其次)?[，,]?")
LIST_ANNOUNCERS = {"以下", "如下", "下列", "下述"}  # "提供以下信息": the object is the list that follows
INTRO_WORDS = re.compile(r"(包括|如下|以下|下列|下述|具体|例如|比如|主要有|分别为|如：)")

BASIS_WORDS = {"根据", "基于", "依据"}  # prepositions of a basis that the lexicon also reads as use
# ... whose basis is the person's or the case's needs, not data ("根据实际情况可能有所不同", "您可以根据实际需要对相关权限进行管理",
# "根据提示开启"), nor the person's choice, setting or authorisation ("将根据您的选择向您本人或其他用户或好友展示", "只有在您点击
# 提交按钮之后才会根据您的授权进行共享"): no practice of the data named elsewhere in the clause, whose own verb governs it.
# (A law as basis, "根据法律法规要求…", is left alone: the clause's data then has no other predicate the rules read.)
NON_DATA_BASIS = re.compile(r"^(?:(?:您|你|用户)的?)?(?:自身|自己|个人|特定|实际|具体|业务|服务)?的?(?:需要|需求|意愿|提示|实际情况)"
                            r"|^(?:您|你|用户)的?(?:选择|设置|授权|指示)(?!的)"  # not "基于您授权的通讯录信息"
                            # nor the policy's own text as the basis of a relative clause on the data ("将根据本指引收集的
                            # 您的相关个人信息提供给该境外接收方")
                            r"|^本(?:隐私)?(?:指引|政策|协议|声明|规则)(?:所述)?(?:收集|获取|取得|采集)的")
GRANTEE_DEMONSTRATIVE = re.compile(r"该|此|上述|这些|该等|前述")  # "授权该服务方使用…"
# "儿童个人信息均存储于中华人民共和国境内，不会向境外传输": a later clause denying a transfer abroad, with no object of its
# own, denies it for the data stored before it (not one with an object of its own, "且不会将该等信息向境外进行传输": a
# demonstrative object carries no type, GUIDELINES)
ABROAD_DENIAL = re.compile(r"[，,]\s*(?:且|并且?|也|均)?(?:不会|并不会|绝不会|不(?!存在))(?:(?!将|把)[^，,。；;]){0,8}境外")
STORED_IN_COUNTRY = re.compile(r"(?:存储|储存|保存|存放)(?:于|在)[^，,。；;]{0,12}境内")
# 不会 opening a relative clause on the people a feature serves, as what they cannot do ("方便不会操作手机输入法的用户快捷的输入
# 发布的信息": people unable to use an input method): no denial of the verb after the people it describes
UNABLE_PEOPLE = re.compile(r"(?:操作|打字|识字|写字|上网)[^，,。；;]{0,16}的(?:用户|人群|老人|老年人|人士|人)"
                           r"(?![\u4e00-\u9fff]?(?:信息|数据|资料|名|账号|帐号))")
# "阅读进度仅保存在您的设备本地，不会上传至我们的服务器", "…，我们不会将其上传至服务器", "采集您的IMEI…，并不传输至后台",
# "以下数据只保存在你的设备本地，不会发往开发者的服务器": a later clause denying, with no object of its own or only 其,
# that the data named before it is uploaded to the service denies collecting it (GUIDELINES)
UPLOAD_DENIAL = re.compile(r"[，,]\s*(?:但|而|且|并且?|也|均|都)?(?:我们|我方)?(?:不会|并不会?|绝不会|不)"
                           r"(?:被|将其|把其|将它们|把它们|将这些信息|将该等信息)?(?:(?:上传|传输|回传|传送|上报|发送)(?:至|到)|发往)"
                           r"(?:我们的?|我方的?|[\u4e00-\u9fff]{1,4}?)?(?:服务器|服务端|后台|云端)")
# where 同步到 / 同步至 sends data that names no party: the actor's servers ("同步到推送服务器", "同步到百度云端"), which collect
# it, or the person's own phone ("同步到手机系统中"), which takes it nowhere (GUIDELINES: the direction of 同步)
SYNCED_TO_SERVER = re.compile(r"(?:我们的?|我方的?|[\u4e00-\u9fff]{1,4}?)?(?:服务器|服务端|后台|云端)")
# a place abroad a transfer goes to, naming no one who receives the data ("将您的个人信息传输至其他区域时", "您的个人信息
#可能需要转移到境外", "被传输到境外"): processing by the actor, not a disclosure (GUIDELINES: a transfer abroad that names
# no recipient, only countries or jurisdictions, is `use`); not a party there ("境外接收方", "境外机构", "境外的合作方")
PARTY_ABROAD_NOUNS = r"接收方|机构|主体|合作方|公司|企业|组织|服务商|提供商|供应商|伙伴|实体"
# ... also named countries and regions ("传输到新加坡和香港特区") and the computers there ("您的資訊可能會傳輸到這些位在其他
# 國家／地區的電腦": the place opens on 这些 and the 位于 / 位在 that locates them), and what lies beyond a jurisdiction
# ("可能会传输到位于其他政府管辖范围之外的计算机", "传输到其他司法管辖区")
ABROAD_PLACES = (r"境外|海外|国外|其他(?:国家|地区|区域|法域)(?:或|和|及|/|／)?(?:地区)?|前述区域外|新加坡|香港(?:特区|特别行政区)?"
                 r"|其他司法管辖区域?|[\u4e00-\u9fff]{0,6}?管辖(?:范围|区域|区|地区)(?:之|以)外"
                 r"|澳门|美国|日本|韩国|欧盟|欧洲|英国|德国|法国|荷兰|爱尔兰|加拿大|澳大利亚|印度")
SENT_ABROAD = re.compile(r"(?:(?:这些|那些)?[\u4e00-\u9fff]?(?:位于|位在|设在|在))?(?:中华人民共和国|中国)?(?:" + ABROAD_PLACES + ")"
                         r"(?![\u4e00-\u9fff]{0,4}?(?:" + PARTY_ABROAD_NOUNS + "))")
# ... or across the border ("跨境传输您的个人信息"), to no one named in the rest of the clause (a party there, or 第三方)
CROSS_BORDER = ("跨境", "出境")
PARTY_ABROAD = re.compile(PARTY_ABROAD_NOUNS + "|第三方")
CLAUSE_END = re.compile(r"[，,。；;]")
SYNCED_TO_OWN_DEVICE = re.compile(r"(?:您的?|你的?)?(?:手机|设备|终端)?(?:系统|本地)(?:上|中|里|之中)?(?![\u4e00-\u9fff])")
# the person's own device as a place: "本地", "终端", "设备上", "手机之中", "设备以及…" (a list of such places)
OWN_DEVICE_PLACE = r"(?:本地|终端|本机(?!号)|(?:设备|手机)(?:上|中|之中|里|以及|本地))"
# "对话记录…默认存储于本机，不会自动上传", "诊断日志写入本机…目录，不会主动外传", "…仅存储在您的本地设备上，不会被传输至任何外部
# 服务器": data kept on the person's own device (本机, this phone) by a keeping verb, then a later clause denying, with no
# object of its own and no party as its destination, that it is uploaded or sent out: not collected by us (GUIDELINES:
# device-local data, the upload denial leaving the destination unsaid)
KEPT_LOCALLY = re.compile(r"(?:存储|储存|保存|存放|写入|记录)(?:(?:在|于|至|到)[^，,。；;]{0,8}?)?(?:本机(?!号)|"
                          + OWN_DEVICE_PLACE + ")")
UNSAID_UPLOAD_DENIAL = re.compile(r"[，,]\s*(?:但|而|且|并且?|也|均|都)?(?:我们|我方)?(?:不会|并不会?|绝不会|不|无法)(?:被)?"
                                  r"(?:自动|主动|擅自)?(?:(?:读取|访问|查看)(?:、|或|和|及))?(?:上传|传输|回传|传送|上报|外传|同步)"
                                  r"(?:(?:至|到)(?:任何)?(?:外部|远程|云端)?(?:服务器|服务端|云端))?"
                                  r"(?:(?:、|或|和|及)(?:共享|分享|公开))?(?=[。；;，,：:]|$)")
# ... and the keeping there, on the person's own device, is no retention by us ("仅保存在您的设备本地")
ON_OWN_DEVICE = re.compile(r"(?:仅|只)[^，,。；;]{0,10}" + OWN_DEVICE_PLACE)
# uploading verbs: the data goes to wherever it is uploaded ("上传至医保结算系统", "上传至无关第三方"), a share when that is
# another party than us
UPLOAD_VERBS = {"上传", "上报"}
# ... such as the system of a public body or a card network ("上传至医保结算系统", "上报至公安机关的系统"), never ours
OUTSIDE_BODY_SYSTEM = re.compile(r"\s*(?:国家|当地|各地|相关)?(?:医保|医疗保障|社保|社会保障|公积金|税务|公安|政府|监管"
                                 r"|人民银行|银联)[^，,。；;]{0,10}?(?:系统|平台)")
# looking at data (GUIDELINES: "不会查看或分析您的聊天内容" denies a use, not a collection)
VIEWING_VERBS = {"查看", "查阅", "浏览", "翻看", "察看"}
# "…并保存在您的设备本地": a keeping place on the person's own device, right after the keeping verb
ON_OWN_DEVICE_AFTER = re.compile(r"[^，,。；;]{0,3}?(?:在|于|至)[^，,。；;]{0,6}?" + OWN_DEVICE_PLACE)
# data whose keeping the sentence places only on the person's own device ("您的聊天记录仅存储在您的设备上", "仅保存在您的
#手机中", "暂时存储在您的本地存储设备之中"): no retention by us, even with no upload denial after it (GUIDELINES)
# ... and so does keeping data in the browser's or the extension's local storage ("…连接信息保存在 `chrome.storage.local`",
# "它会保存在 Chrome 扩展的本地存储中"), a website's or extension's storage on the person's own device
KEPT_ON_OWN_DEVICE = re.compile(
    r"(?:(?:仅|只)(?:会|将|可)?[^，,。；;]{0,3}?(存储|储存|保存|存放)(?:在|于|至)[^，,。；;]{0,6}?" + OWN_DEVICE_PLACE + ")"
    # ... or on the device's own storage ("您的搜索记录会被保存在设备本地", "存储在您的手机本地")
    r"|(?:(存储|储存|保存|存放)(?:在|于)(?:(?:您|你)的?|(?:(?:您|你)的?)?(?:设备|手机|终端|电脑)(?:的)?)本地)"
    # "日志保留在本机并由 Mac 所有者控制": kept on this machine, the person's own, with no 仅 needed
    r"|(?:(存储|储存|保存|存放|保留)(?:在|于)本机(?!号))"
    # ... or on the device or in the browser of the person, named as theirs ("日志和快照都保留在用户设备上", "凭据始终保留在
    # 用户选择并正在运行的 Google Chrome 或 Brave Browser 中")
    # (unless the sentence keeps it somewhere else as well, as below)
    r"|(?:(存储|储存|保存|存放|保留)(?:在|于)(?:用户|您|你)(?:的|自己的)?(?:设备|手机|终端|电脑|计算机)(?:上|中|里|内|本地)"
    r"(?![^。；;]*(?:存储|储存|保存|存放|保留)))"
    r"|(?:(存储|储存|保存|存放|保留)(?:在|于)(?:用户|您|你)[^，,。；;]{0,40}?(?:浏览器|Browser)\s*(?:中|里|内)"
    r"(?![^。；;]*(?:存储|储存|保存|存放|保留)))"
    r"|(?:(存储|储存|保存|存放)(?:在|于|到|至)[^，,。；;]{0,16}?(?:(?:浏览器|扩展|插件)[^，,。；;]{0,6}?本地存储"
    r"|storage\.local|localStorage|sessionStorage|会话级存储|本地存储[（(]Local ?Storage[）)])"
    # ... or in the browser's IndexedDB ("保存在插件本地 IndexedDB", "保存在扩展私有 IndexedDB"), a store of the browser
    r"|(?:(存储|储存|保存|存放)(?:在|于|到|至)[^，,。；;]{0,12}?IndexedDB)"
    # ... or on the person's own computer ("將儲存至位於您電腦中 ULogViewer 目錄內的 *.json 檔案"), a desktop app's folder
    # there, unless the sentence keeps it somewhere else as well ("…儲存於您電腦中…，也將…儲存於部署在 Azure 之…資料庫中")
    r"|(?:(存储|储存|保存|存放)(?:在|于|到|至)(?:位于)?(?:您|你)的?(?:电脑|计算机)(?:中|上|里|内)"
    r"(?![^。；;]*(?:存储|储存|保存|存放)))"
    # ... or in the app-data or configuration folder of the person's account on it ("用户名和配置存储在公开的应用程序数据
    # 文件夹中", "API 密钥会写入当前用户应用配置目录中的 `.env` 文件"), a desktop app's folder there
    r"|(?:(存储|储存|保存|存放|写入)(?:在|于|到|至)[^，,。；;]{0,8}?(?:应用程序|应用)(?:数据|配置)(?:文件夹|目录)))",
    re.IGNORECASE)

# ... and so is the keeping the sentence puts before the data it keeps on the device, as a relative clause ("您的设备本地临时
# 存储的聊天记录和文件") or as its means, the browser's local storage ("我们使用本地存储（Local Storage）保存聊天记录")
KEPT_LOCALLY_BEFORE = re.compile(
    r"(?:设备|手机|浏览器)?本地(?:临时|缓存)?(存储|储存|保存|存放|缓存)的"
    r"|(?:使用|通过|利用)(?:浏览器的?)?本地存储(?:（[^（）]{0,30}）|\([^()]{0,30}\))?(?:来)?(存储|储存|保存|存放|缓存)"
    # ... or the browser's own store named as the subject of the keeping ("`chrome.storage.local` 仅存放小型设置与 API Key")
    r"|(?:storage\.local|localStorage|sessionStorage|IndexedDB)`?\s*(?:中|里|内)?(?:仅|只)?(?:会|将|用于)?(存储|储存|保存|存放)"
    # ... or the person's own computer, phone or browser, with the app on it, opening its clause as the keeper ("App 和配对
    # 电脑会保存运行所需的凭据、加密材料", "您的手机会保存…"): the device keeps what follows, no retention by us
    r"|(?:^|(?<=[。；;，,]))\s*(?:(?:App|应用|客户端)\s*(?:和|与|及)\s*)?(?:(?:您|你|用户)的?)?(?:配对的?)?"
    r"(?:电脑|手机|浏览器)(?:会|将|也|还|只|仅)*(?:在本地)?(存储|储存|保存|存放|缓存)",
    re.IGNORECASE)

# "核心个人数据不离开您的设备", "您的照片不会离开您的手机": data said never to leave the person's own device is not
# collected by us (GUIDELINES: "This list never leaves your device" -> not_collect)
LEAVES_NO_DEVICE = re.compile(r"(?:不会|并不会?|绝不会|从不|从来不|不)(?:离机|离开(?:您|你)?的?(?:设备|手机|本机|终端|电脑|本地浏览器))")
# ... also as a clause or table cell of its own after the data ("播放器时间仅在本机用于时间轴同步与跳转，不离机", "| Cookie 快照 | …
# | **不离开本地浏览器**"): the data named before it in its sentence
LEAVES_NO_DEVICE_CLAUSE = re.compile(r"[，,|]\s*(?:\*\*)?(?:但|而|且|并且?|也|均|都)?" + LEAVES_NO_DEVICE.pattern
                                     + r"(?=\s*(?:\*\*)?\s*(?:[。；;，,|]|$))")


# "当前扩展没有：", "本应用不做：": an introduction over what the service does not have or do, whose items (analytics,
# usage tracking, an account database) are denied, as under "我们不收集：" (not the person's: "如果您没有：")
HAS_NONE_INTRO = re.compile(r"^(?![^：:]*(?:您|你|用户))[^：:。；;，,]{0,30}?(?:没有|不做|不进行|不开展)\s*[：:]\s*$")


# ... and the place said before the keeping verb, with a verb of processing before it ("可能会在本地处理和存储以下数据：",
# "在您的设备本地存储以下信息")
# ... or the person's browser as the keeper, opening its clause ("当前浏览器会保存：" over the device name, keys and message
# records a web app keeps there), a store on the person's own device as the browser's local storage is
KEPT_LOCALLY_AHEAD = re.compile(r"(?:在|于)(?:您|你)?的?(?:设备|手机|电脑|浏览器)?本地(?:(?:处理|读取|分析)(?:和|及|与|、|并))?"
                                r"(?:存储|储存|保存|存放|缓存)"
                                r"|(?:^|[。；;，,])\s*(?:当前|本地|本机)?(?:(?:您|你|用户)的?)?浏览器(?:会|将|只|仅)*(?:在本地)?"
                                r"(?:存储|储存|保存|存放|缓存)")

# a list introduction naming what is masked before it is kept or sent ("敏感请求值会在保存前被脱敏，包括：", "以下字段会被遮蔽："):
# the items (header or field names) are what the tool removes, no data kept or collected
REDACTED_ITEMS_INTRO = re.compile(r"(?:被|会|将|予以|进行)(?:自动|默认|本地)?(?:脱敏|遮蔽|屏蔽|打码|掩码处理)(?:处理)?[^。；;]{0,12}[：:]\s*$"
                                  r"|(?:脱敏|遮蔽|屏蔽)(?:的)?(?:字段|值|内容|请求头)(?:包括|如下)")

def keeps_on_own_device(text: str) -> bool:
    """Whether the text keeps data on the person's own device (`KEPT_ON_OWN_DEVICE`, `KEPT_LOCALLY`,
    `KEPT_LOCALLY_AHEAD`)."""
    return bool(KEPT_ON_OWN_DEVICE.search(text) or KEPT_LOCALLY.search(text) or KEPT_LOCALLY_AHEAD.search(text))


# "…保存在您的设备上，而不是自动上传到 Nonead Corporation：": the keeping on the device contrasted with an upload, to
# wherever it would go, denies the upload
UPLOAD_CONTRASTED = re.compile(r"[，,]\s*而(?:不是|非)(?:被)?(?:自动|主动)?(?P<verb>上传|传输|回传|传送|上报|发送|同步)")


def denies_upload(text: str) -> bool:
    """Whether the text denies uploading or sending out what it names (`UNSAID_UPLOAD_DENIAL`, `UPLOAD_DENIAL`,
    `UPLOAD_CONTRASTED`)."""
    return bool(UNSAID_UPLOAD_DENIAL.search(text) or UPLOAD_DENIAL.search(text) or UPLOAD_CONTRASTED.search(text))

# a list number before 、 or . ("3、获取…", "b.收集…"): the item it opens is a clause, not the next item of a data list
ENUMERATOR = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3})*|[一二三四五六七八九十]{1,3}|[a-zA-Z]")
# We gathering information named by no data type ("我们会自动收集某些信息以分析累积趋势", "我们也会自动收集某些信息，将其存储在
# 日志文件中"): the practice a next "此信息包括…" carries to its items (`SentenceAnalysis.bare_frames`); not "上述信息", a
# demonstrative, nor a clause with no one of ours doing it ("Log files 储存自动收集的若干数据": what a technology does)
BARE_INFORMATION = re.compile(r"(?:我们|我方|我行|本行|本公司|本平台)[^，,。；;：:]{0,8}?(?P<verb>收集|获取|记录|采集)(?:了|的)?"
                              r"(?:您的|你的|用户的)?(?:某些|一些|若干|部分)(?:必要的?|相关的?)?(?:信息|数据|资料)"
                              r"(?![\u4e00-\u9fff]{0,2}[：:])")
# Sending out a thing named by no data term ("Firefox 会将行动活动资料传送给我们的分析供应商 Adjust", "我们会将搜索请求发送给
# 合作伙伴"): the practice a next sentence saying what that thing includes carries to its items
# (`SentenceAnalysis.bare_frames`, `ZH_THING_CONTENTS`); not a pronoun object ("将其提供给"), whose data is named before
BARE_SHARE = re.compile(r"(?:将|把)(?!其|它|这|此|该|上述|前述|以上|相关|以下|如下)(?P<thing>[^，,。；;：:、\s]{2,12}?)"
                        r"(?P<verb>传送|发送|传输|转发|提供|共享|分享)(?:给|至)(?!您|你|用户)"
                        r"|向(?!您|你|用户)[^，,。；;：:]{1,20}?(?P<sent>发送|传送|传输|转发)(?!给)"
                        r"(?P<object>[^，,。；;：:、]{2,20}?)(?:等)?(?=[，,。；;]|$)")


def bare_share(text: str) -> tuple[int, str] | None:
    """(where its verb starts, the thing sent) of the first `BARE_SHARE` in `text`; None when there is none."""
    found = BARE_SHARE.search(text)
    if found is None:
        return None
    return (found.start("verb"), found.group("thing")) if found.group("verb") else (found.start("sent"),
                                                                                     found.group("object"))


ACT_AS_TIME = re.compile(r"[^，,。；;：:的]{0,8}?时")  # "评论时": an activity word that only dates the act
# the person's own posting or viewing, named right before the 时 of a when-clause whose main clause states a practice on
# other data ("你使用…工具进行拍摄并发布内容时，我们会…使用传感器", "当您使用投屏服务播放视频或查看直播内容时，我们需要…收集您的网络
# 信息"): the act only dates the practice, its content gets no tuple (GUIDELINES: data named in a clause that dates
# another practice), as in "当您发布内容时，…"; not where the main clause takes up what is posted ("…或主动发布信息时，我们
# 可能会收集并保存您发送的相关信息内容")
POSTED_OR_VIEWED_BEFORE = re.compile(r"(?:发布|发表|查看|观看|浏览|进行)$")
# ... and the person's entry of data right before it, as a when-clause of the person's own ("当您填写学校信息时，我们可以为您
# 推荐附近的学校信息", "当您在搜索框中输入搜索词时，我们会收集的您的输入法"): the entry only dates the practice of the main
# clause, the data entered gets no tuple there; a generic noun may close the data ("学校信息")
ENTERED_BEFORE = re.compile(r"(?:您|你)[^，,。；;：:]{0,10}?(?:填写|输入|录入)$")
ENTERED_NOUN_AFTER = re.compile(r"(?:信息|数据|内容|资料)?")
ACT_ENDS_WHEN_CLAUSE = re.compile(r"时\s*[，,]\s*(?:我们|本应用|本平台|[^，,。；;]{0,4}(?:会|将|需要))"
                                  r"(?![^。；;]*?(?:(?:发布|发送|上传|发表|提交)的|上述|前述|该等|相关信息|这些信息))")
# a practice on data named only by a demonstrative, opening a sentence (after a time or condition clause):
# "我们收集上述信息是用于…", "您使用某些游戏内的消费功能时，我们会收集前述信息，以便…"
_BACK_VERB = r"(?:收集|获取|采集|使用|记录|保存|存储)"
DEMONSTRATIVE_OBJECT = re.compile(r"^\s*(?:[^，,。；;：:]{1,30}?时[，,]\s*)?(?:我们|我方|本公司|本平台)[^，,。；;：:]{0,6}?"
                                  rf"(?P<verbs>{_BACK_VERB}(?:(?:、|和|及|并|与|或)?{_BACK_VERB})*)"
                                  r"(?:的)?(?:上述|前述|以上|这些|该等)(?:个人)?(?:信息|数据)(?![\u4e00-\u9fff]{0,2}[：:])")
