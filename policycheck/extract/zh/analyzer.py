"""Chinese statement analysis: jieba tokens for predicates, character-level matching for data and actors.

For each data phrase the analyser finds its governing predicate: the nearest action verb before it in the same
clause, else after it in the same clause, else the last verb of an earlier clause of the sentence (lists such as
"我们会收集您的设备信息，包括设备型号、IMEI" continue the earlier predicate). The predicate's subject gives the
actor (我们 / 第三方 / a named SDK; 您 + 提供/填写/上传 means the user gives data to the service), a negation
token before it (不会、无需、未…) makes a denial unless a scope word intervenes (不会超出…收集), and sentence-level
markers give purposes (为了、用于、以便…) and conditions (当您…时、经您同意后…).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from dataclasses import dataclass, replace

import jieba

from ...records import FIRST_PARTY, THIRD_PARTY, Sentence
from ...taxonomy import EntityCatalog, PhraseMatcher, Taxonomy, data_matcher, fold
from ...taxonomy.matcher import Match
from ..base import Frame, Mention, SentenceAnalysis, unique_frames
from ..lexicon import MERGER_EVENTS, Lexicon, alternation, any_match
from ..segmenter import Tokenizer as Segmenter

CLAUSE_PUNCT = set("，,；;：:。！？!?|")
CONJUNCTIONS = {"和", "及", "与", "、", "并", "或", "以及", "或者", "及其", "并且", "和/或", "/", "或是", "并会", "进而"}
# before a recipient: a verb right after one describes the recipient ("与提供广告服务的合作伙伴共享"). Narrower than
# RECIPIENT_BEFORE: 和/跟 also join list items ("账号状态和注册时间") and 对 marks an object ("对您的信息进行加密").
RECIPIENT_MARKERS = {"与", "向", "给", "同"}
LIST_SEPARATORS = {"、", "和", "及", "以及", "或", "或者"}
RECIPIENT_BEFORE = {"向", "与", "和", "同", "跟", "给", "对"}
# before the user: a preposition whose object the user is, not the subject ("按您授权情况披露您的个人信息")
OBJECT_MARKERS = {"将", "把"}  # before the user: the disposal marker, whose object the user's data is
USER_AS_STANDARD = {"按", "按照", "依", "依照", "依据", "遵照"}
RECIPIENT_AFTER = {"给", "至", "予", "到"}
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
# ("我们和第三方合作伙伴可能通过COOKIES和WEB BEACON收集和使用您的信息")
SUBJECT_MEANS_GAP = re.compile(r"[^，,。；;：:向给与和把将]{0,4}(?:通过|利用|借助)[^，,。；;：:向给把将]{1,30}?"
                               r"(?:技术|cookies?|beacons?|sdk|工具)\s*", re.IGNORECASE)
SOURCE_MARKERS = {"从", "自"}  # 从第三方获取: the party after it is where the data comes from
# before a verb of obtaining, the party after these is where the data comes from too ("通过您选择的支付机构收集",
# "向小程序开发者及技术服务提供方支付宝公司获取"); an SDK after 通过 is the means we collect with, and collects itself
OBTAINED_THROUGH = {"通过", "向"}
ACCOUNT_AT_PARTY = re.compile(r"\s?(?:帐号|账号|帐户|账户|头像|昵称|用户名|ID\b)")  # after a party: its user's account
PARTY_SUFFIXES = {"方", "商", "者", "人"}  # after a verb, a party's noun: 提供方, 服务商, 开发者
# the phone makers' push SDKs named as one ("上述手机厂商Push SDK", "手机厂商提供的推送服务"), in folded text
MAKERS_PUSH = re.compile(r"(?:手机|终端|设备)?厂商(?:提供的)?\s?(?:push|推送)\s?(?:sdk|服务)?")
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
LEARNT_ABOUT_PERSON = re.compile(r"(?:一些|更多)?(?:您|你|用户)(?!如何|怎样|怎么|是否)")
LEARNER_GAP = re.compile(r"[^，,。；;您你]{0,8}")  # between the party and 了解: "可能会通过", "能够", "更好地"
LEARNER_PURPOSE = re.compile(r"为|帮助|协助|有助|使|让|令|便于|用于|(?<!可)以")  # "帮助我们了解", "以便我们可以了解"
# "或以其他合法方式" between two practice verbs of a run ("收集、储存或以其他合法方式使用"): the run goes on
MANNER_LINK = re.compile(r"(?:或|或者|和|及|并|、)?以(?:其他|其它)(?:合法|合理|适当|正当)?的?方式")
MANNER_LINK_WORDS = {"或", "或者", "和", "及", "并", "、", "以", "其他", "其它", "合法", "合理", "适当", "正当", "的", "方式",
                     "其他合法", "合法方式", "其他方式", "以其他", "以其它"}
UNKNOWN_CHAINED_VERB = re.compile(r"[\u4e00-\u9fff]{1,4}")  # a word passed over inside a run of practice verbs
PURPOSE_VERBS = {"用于", "用来", "用作", "以便", "以便于"}
LIST_JOINS = {"或", "、", "和", "及", "与"}  # before 用于 that opens a relative clause on a listed item
# an account created or registered with the data just named ("通过手机号创建百度通用账号", "使用邮箱注册帐号")
CREATES_ACCOUNT = re.compile(r"(?:码)?(?:注册|创建|开通)[^，,。；;]{0,10}?(?:账号|帐号|账户|帐户)")
MEANS_BEFORE = re.compile(r"(?:通过|使用|用)(?:您的|你的|您本人的|你本人的)?$")
# the handling of the person's complaints, named by the terms' patterns ("客服投诉处理", "处理您的投诉")
COMPLAINT_HANDLING = re.compile(r"投诉处理|^(?:您|你)的投诉$")
# words after which a recipient's phrase has ended ("提供给某某公司以完成支付", "共享给某某公司并…")
RECIPIENT_PHRASE_BREAKS = PURPOSE_VERBS | {"以", "为了", "从而", "进而", "并", "并且", "进行", "来", "时"}
# an agent inside a recipient's phrase is the subject of a clause on a noun the phrase has not reached yet ("同步到抖音和/或
# 其他由我们的关联方或第三方合法运营的产品"): no party phrase ends before that noun
RECIPIENT_AGENT_MARKERS = {"由", "被"}
PURPOSE_END = "，,；;。！？!?）)"  # a purpose phrase runs to the end of its clause or parenthesis
OBJECT_FILLER = re.compile(r"[、，,和及与或以及/（）()\s]|您的|你的|用户的|您|的")
USER_MODALS = {"可以", "可", "需要", "需", "须", "应", "应当", "能", "能够", "也", "还", "将", "会", "在"}  # "您可以…的"
POSSESSIVE = re.compile(r"(您|你|用户|我们|我|其)的$")
NOT_PURPOSE = re.compile(r"(可|能|可以|您|你|我们|用户)$")  # "可用于…的信息", "您用于登录的帐号"
# Where a purpose phrase ends inside its clause: the subject of the main clause, or 所必需的, after which the noun is
# the data needed for the purpose ("为实现支付功能所必需的其他信息")
PURPOSE_SUBJECT = re.compile(r"所(?:必需|必要|需要?)的|我们|我行|本应用|(?<![向为给让使帮助对与])您(?=需要|须|可以|可|会|将|能|应|必须|同意|授权|选择|使用|提供|填写|上传|输入|开启|主动)")
# "为申请授信、使用授信所必须的姓名", "为您提供服务所需的个人信息": the purpose named in a relative clause on the data
# it is needed for
NEEDED_FOR = {"为", "为了"}
NEEDED_RELATIVE = re.compile(r"所(?:必需|必要|必须|需要?)的")
CONSENT_VERBS = {"同意", "授权", "允许"}
NEED_MODALS = {"需要", "需"}  # (所需 is a noun's relative: "所需的信息")
REQUEST_WORDS = {"要求", "请", "请求", "需要", "需", "须", "应", "要"}
OBLIGATION_WORDS = {"要求", "督促", "约束", "责令", "确保", "监督"}
OBLIGED = {"其", "他们", "对方", "该", "该等", "受托方", "受托人", "接收方", "合作方", "第三方", "服务商", "供应商", "其严格"}
# a duty to act by given rules, laid on another party: "要求新的持有您个人信息的公司、组织继续按照本政策处理…",
# "明确要求合作方仅按照我们的要求…来处理…", "房东有义务遵守适应法律和我们的条款…处理和使用…"
DUTY_WORDS = OBLIGATION_WORDS | {"明确要求", "严格要求", "义务"}
CONFORMITY_WORDS = {"按照", "依照", "遵守", "遵循"}
SAFEGUARD_WORDS = {"加密", "脱敏", "去标识化", "匿名化", "安全", "隔离", "加密后"}
# display verbs: data shown to other people (向其他用户展示 / 其他用户可以看到 / 供各方查看) is shared, as the guidelines count it
# "我们委托阿里云计算有限公司为本App提供云服务器和数据存储服务": a processor engaged to store data (see _entrusted_storage)
ENTRUSTED_STORAGE = re.compile(r"委托(?P<party>[^。；;，,]{2,30}?)(?:为[^。；;，,]{0,8})?提供[^。；;，,]{0,16}(?:存储|云服务|服务器)")
DISPLAY_VERBS = {"展示", "显示", "看到", "查看", "可见", "看见"}
SHOWING_VERBS = {"展示", "显示"}  # display verbs whose subject shows the data (查看 / 看到 have the viewer as subject)
# a share verb used as an adverb of the verb right after it ("您公开发布的作品": published publicly, not a disclosure by us)
ADVERBIAL_VERBS = {"公开"}
OTHER_PEOPLE = ("其他用户", "他人", "好友", "访客", "公众", "其他人", "所有人", "各方", "粉丝", "其他会员", "招聘者", "求职者", "房东", "房客")
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
# "提供给我们合作的物流公司", "共享给我们委托的服务商": 我们 only describes the party the data goes to
OUR_PARTNER_AFTER = re.compile(r"(?:所)?(?:合作|委托|授权|指定|聘请|签约|选定|认可|运营)[^，,。；;的]{0,4}?的")
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
TITLE = re.compile(r"《[^》]{1,60}》")
# the name of a feature or service the person uses ("当您使用信用卡申请功能时", "若您使用收货地址管理和手机充值功能",
# "当您使用“我的订单”功能时"), or a list of them ("您可使用扫码支付、银行卡识别、人脸识别等服务" under a permission
# heading): data named in it is the feature's name, no practice (GUIDELINES)
# a feature named after the data it is based on ("基于位置信息的附加功能", "基于摄像头（相机）的服务功能", "基于位置的服务",
# "使用基于位置的功能时"): it reads that data (see analyze)
BASED_FEATURE = re.compile(r"基于(?P<name>[^，,。；;：:的]{1,16}?)(?:授权)?的[^，,。；;：:]{0,14}?(?:功能|服务)")
USED_FEATURE = re.compile(r"(?:您|你)(?:首次|正常|需要|选择)?使用(?P<name>[^，,。；;：:（()）]{1,24}?)(?:等)?(?:相关)?"
                          r"(?:功能|服务(?![商方器提])|业务)"
                          r"|(?:您|你)(?:可|可以)使用(?P<list>[^，,。；;：:（()）]{1,80}?)等(?:相关)?(?:功能|服务(?![商方器提])|业务)")
# the user's own act in a when-clause ("当您上传头像时", "在您选择照片、图像上传为个人头像时", "仅在您更换头像…时"), in a
# sentence that asks for a permission or names one as its topic ("需要调用您设备的存储权限", "相册权限：")
USER_ACT_WHEN = re.compile(r"(?:(?:当|在|仅在|只在)(?:您|你)|(?:^|(?<=[，,：:]))\s*(?:您|你)(?:仅|只)?在)[^，,。；;：:]{1,60}?时")
PARTY_IN_CLAUSE = re.compile(r"我们|我方|我行|本应用|第三方|SDK|授权|同意|允许|开启")
# a path through the app's screens: labels in quotes or brackets joined by dashes or arrows ("【设置】-【账号与安全中心】-
# 【简历隐私保护】", "“个人信息”—“我的认证”"), or one label with such steps inside ("“我的-收货地址”")
_UI_LABEL = r"(?:“[^“”]{1,20}”|【[^【】]{1,20}】|「[^「」]{1,20}」)"
UI_PATH = re.compile(rf"{_UI_LABEL}(?:\s*(?:[-—–>＞→]+)\s*{_UI_LABEL})+"
                     r"|[“【「][^“”【】「」]{0,20}?[\u4e00-\u9fff][-—–>＞→]+[\u4e00-\u9fff][^“”【】「」]{0,20}[”】」]")
# the place an IP address belongs to, right after it ("IP地址归属省份", "IP地址所对应的归属地域信息", "IP属地")
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
IP_PLACE_AFTER = re.compile(r"(?:所对应的|对应的|的)?(?:归属|属地|所在地|所属地)[^，,。；;、（(）)]{0,4}")
# the metadata of a photo or video, right after it ("拍摄或上传的共享照片或录像的日期、时间或地点", "共享的照片包含的地理标记
# 信息"): the photo owns what is collected, it is no data of its own
MEDIA_METADATA_AFTER = re.compile(r"(?:(?:或|和|及|、|/)(?:录像|视频|照片|图片|影片))?(?:中|所|内)?(?:包含的|含有的|"
                                  r"的(?:拍摄)?(?:日期|时间|地点|位置|地理))")
# the quoted name of a feature or screen ("在“订单列表”功能中填写的发票信息", "“收货地址”页面"): a label, no data
QUOTED_FEATURE = re.compile(r"[“「【][^“”「」【】]{1,12}[”」】](?=功能|页面|界面|栏目|板块|入口|模块)")
# "…，才会在…时访问", "…也将与 X 共享": the modal that makes a later clause the predicate of the sentence's topic
TOPIC_MODALS = {"将", "会", "才会", "也将", "均会", "都会", "亦将", "将会", "也会"}
# ... whose object, if any, refers back to that topic ("收集并保存您发送的上述信息内容", "收集此信息", "保存其内容")
TOPIC_OBJECT = re.compile(r"上述|这些|此类|此信息|该等|该信息|该类|前述|以上|相关信息|^(?:并|和|及|或)?[\u4e00-\u9fff]{0,2}?(?:其|它们)")
# ... or the practice of an agent named with 由 ("由其直接向你收集"), after at most an opening connective ("此外，")
# a clause opening with a demonstrative of the data named before it ("这些信息会存储于…", "上述信息将保存在…")
DEMONSTRATIVE_SUBJECT = re.compile(r"^\s*(?:(?:这些|上述|以上|前述|该等|此类|该类)(?:个人)?(?:信息|数据|内容|记录)?|其)(?:均|都|也|亦|将|会)")
AGENT_CLAUSE = re.compile(r"^由(?:其|他们|该等?第三方|第三方)(?:直接)?向(?:您|你)$")
OPENING_CONNECTIVE = re.compile(r"(?:此外|另外|同时|其次)?[，,]?")
LIST_ANNOUNCERS = {"以下", "如下", "下列", "下述"}  # "提供以下信息": the object is the list that follows
INTRO_WORDS = re.compile(r"(包括|如下|以下|下列|下述|具体|例如|比如|主要有|分别为|如：)")

BASIS_WORDS = {"根据", "基于", "依据"}  # prepositions of a basis that the lexicon also reads as use
# ... whose basis is the person's or the case's needs, not data ("根据实际情况可能有所不同", "您可以根据实际需要对相关权限进行管理",
# "根据提示开启"): no practice of the data named elsewhere in the clause. (A law as basis, "根据法律法规要求…", is left alone: the
# clause's data then has no other predicate the rules read.)
NON_DATA_BASIS = re.compile(r"^(?:(?:您|你|用户)的?)?(?:自身|自己|个人|特定|实际|具体|业务|服务)?的?(?:需要|需求|意愿|提示|实际情况)")
GRANTEE_DEMONSTRATIVE = re.compile(r"该|此|上述|这些|该等|前述")  # "授权该服务方使用…"
# "并将其共享给…", "把它们提供给…": an object pronoun standing for the data named before it in the sentence
PRONOUN_OBJECT = re.compile(r"(?:将|把)(?:其|它|它们|之)(?=[\u4e00-\u9fff])")
# "儿童个人信息均存储于中华人民共和国境内，不会向境外传输": a later clause denying a transfer abroad, with no object of its
# own, denies it for the data stored before it (not one with an object of its own, "且不会将该等信息向境外进行传输": a
# demonstrative object carries no type, GUIDELINES)
ABROAD_DENIAL = re.compile(r"[，,]\s*(?:且|并且?|也|均)?(?:不会|并不会|绝不会|不(?!存在))(?:(?!将|把)[^，,。；;]){0,8}境外")
STORED_IN_COUNTRY = re.compile(r"(?:存储|储存|保存|存放)(?:于|在)[^，,。；;]{0,12}境内")
# "阅读进度仅保存在您的设备本地，不会上传至我们的服务器", "…，我们不会将其上传至服务器", "采集您的IMEI…，并不传输至后台": a
# later clause denying, with no object of its own or only 其, that the data named before it is uploaded to the service
# denies collecting it (GUIDELINES)
UPLOAD_DENIAL = re.compile(r"[，,]\s*(?:但|而|且|并且?|也|均|都)?(?:我们|我方)?(?:不会|并不会?|绝不会|不)"
                           r"(?:被|将其|把其|将它们|把它们|将这些信息|将该等信息)?(?:上传|传输|回传|传送|上报)"
                           r"(?:至|到)(?:我们的?|我方的?|[\u4e00-\u9fff]{1,4}?)?(?:服务器|服务端|后台|云端)")
# where 同步到 / 同步至 sends data that names no party: the actor's servers ("同步到推送服务器", "同步到百度云端"), which collect
# it, or the person's own phone ("同步到手机系统中"), which takes it nowhere (GUIDELINES: the direction of 同步)
SYNCED_TO_SERVER = re.compile(r"(?:我们的?|我方的?|[\u4e00-\u9fff]{1,4}?)?(?:服务器|服务端|后台|云端)")
SYNCED_TO_OWN_DEVICE = re.compile(r"(?:您的?|你的?)?(?:手机|设备|终端)?(?:系统|本地)(?:上|中|里|之中)?(?![\u4e00-\u9fff])")
# the person's own device as a place: "本地", "终端", "设备上", "手机之中", "设备以及…" (a list of such places)
OWN_DEVICE_PLACE = r"(?:本地|终端|(?:设备|手机)(?:上|中|之中|里|以及|本地))"
# ... and the keeping there, on the person's own device, is no retention by us ("仅保存在您的设备本地")
ON_OWN_DEVICE = re.compile(r"(?:仅|只)[^，,。；;]{0,10}" + OWN_DEVICE_PLACE)
# looking at data (GUIDELINES: "不会查看或分析您的聊天内容" denies a use, not a collection)
VIEWING_VERBS = {"查看", "查阅", "浏览", "翻看", "察看"}
# "…并保存在您的设备本地": a keeping place on the person's own device, right after the keeping verb
ON_OWN_DEVICE_AFTER = re.compile(r"[^，,。；;]{0,3}?(?:在|于|至)[^，,。；;]{0,6}?" + OWN_DEVICE_PLACE)
# data whose keeping the sentence places only on the person's own device ("您的聊天记录仅存储在您的设备上", "仅保存在您的
#手机中", "暂时存储在您的本地存储设备之中"): no retention by us, even with no upload denial after it (GUIDELINES)
KEPT_ON_OWN_DEVICE = re.compile(
    r"(?:(?:仅|只)(?:会|将|可)?[^，,。；;]{0,3}?(存储|储存|保存|存放)(?:在|于|至)[^，,。；;]{0,6}?" + OWN_DEVICE_PLACE + ")"
    r"|(?:(存储|储存|保存|存放)(?:在|于)(?:您|你)的?本地)")

# a list number before 、 or . ("3、获取…", "b.收集…"): the item it opens is a clause, not the next item of a data list
ENUMERATOR = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3})*|[一二三四五六七八九十]{1,3}|[a-zA-Z]")
# We gathering information named by no data type ("我们会自动收集某些信息以分析累积趋势", "我们也会自动收集某些信息，将其存储在
# 日志文件中"): the practice a next "此信息包括…" carries to its items (`SentenceAnalysis.bare_frames`); not "上述信息", a
# demonstrative, nor a clause with no one of ours doing it ("Log files 储存自动收集的若干数据": what a technology does)
BARE_INFORMATION = re.compile(r"(?:我们|我方|我行|本行|本公司|本平台)[^，,。；;：:]{0,8}?(?P<verb>收集|获取|记录|采集)(?:了|的)?"
                              r"(?:您的|你的|用户的)?(?:某些|一些|若干|部分)(?:必要的?|相关的?)?(?:信息|数据|资料)"
                              r"(?![\u4e00-\u9fff]{0,2}[：:])")
ACT_AS_TIME = re.compile(r"[^，,。；;：:的]{0,8}?时")  # "评论时": an activity word that only dates the act


@dataclass(frozen=True)
class PostPatterns:
    """The regexes of `_posts_may_contain`, built once from the cue lists of what posts may contain
    (mappings/cues/zh.yaml: `posting_verbs`, `post_nouns`, …)."""
    may_contain: re.Pattern[str]  # "您公开发布的信息中可能会涉及", "其他用户发布的照片或分享的视频中可能包含"
    contents_end: re.Pattern[str]  # "。", "，请您务必取得他人的合法授权": where what they may contain ends
    we_as_party: re.Pattern[str]  # "我们与第三方共享的信息…": us as a party, not our service ("使用我们服务时")

    @classmethod
    def of(cls, lex: Lexicon) -> PostPatterns:
        posted = alternation(lex.post_nouns | lex.post_media_nouns)
        media = alternation(lex.post_media_nouns)
        return cls(
            may_contain=re.compile(
                rf"(?:{alternation(lex.posting_verbs)}[^。；;：:，,]{{0,16}}?的(?:公开)?{posted}|(?:您|你)的{media})"
                rf"[^。；;：:，,可]{{0,30}}?[，,]?\s*(?:亦|也|还)?(?:可能|或)会?{alternation(lex.post_containment_verbs)}"
                r"(?:到)?(?!的)"),
            contents_end=re.compile(rf"[。；;：:]|[，,]\s*{alternation(lex.post_contents_end_openers)}(?!在|选择|的)"),
            we_as_party=re.compile(rf"{alternation(lex.first_party_words)}(?!的?{alternation(lex.own_service_nouns)})"))


def _after_unopened_bracket(head: str) -> str:
    """The words after the last closing bracket of `head` that opened before it ("（应用商店或渠道、微信等，但不包括实名认证
    信息）我们…会获取您…的账号名称": the exclusion closed with its bracket, what follows is outside it)."""
    last = max(head.rfind("）"), head.rfind(")"))
    return head[last + 1:] if last >= 0 else head


KEPT_AS_LOGS = re.compile(r"[，,]\s*(?:并|并且)?\s*作为(?:有关的?|相关的?)?[^，,。；;]{0,10}?日志(?:信息)?(?:和[^，,。；;]{0,8}?日志)?(?:进行)?"
                          r"(?:保存|存储|储存)")


def _kept_as_logs(text: str, mentions: list[Mention]) -> None:
    """The data collected right before ", 作为有关网络日志保存" is kept as well ("我们可能会自动收集您对我们服务的详细使用情况，
    作为有关网络日志保存"): the storage verb of the clause after it has the same object."""
    for kept in KEPT_AS_LOGS.finditer(text):
        head = next((m for m in reversed(mentions) if m.end <= kept.start() and not m.skip), None)
        if head is None or not head.frames or text[head.end:kept.start()].strip() not in ("", "等", "等信息"):
            continue
        _also_kept(head)
        _log_collected_too(head, kept.start(), kept.end(), mentions)
        _kept_log_items(text, kept.end(), mentions)


def _log_collected_too(head: Mention, start: int, end: int, mentions: list[Mention]) -> None:
    """The log the collected data is kept as ("…，作为网络日志和交易流水日志进行保存") is collected as well as kept: it takes
    the head's collection beside its storage, and so do the items a later sentence says it includes ("网络日志包括…")."""
    collected = [f for f in head.frames if f.action == "collect" and not f.negated]
    for mention in mentions:
        if start <= mention.start < end and not mention.skip and mention.frames:
            mention.frames = unique_frames(mention.frames + [f for f in collected if f not in mention.frames])


def _also_kept(mention: Mention) -> None:
    """Give `mention`'s collection a `store` beside it (the log it goes into is kept), unless it is stored already."""
    _add_beside(mention, ("collect",), "store", verb="保存")


def _add_beside(mention: Mention, sources: tuple[str, ...], action: str, ours_only: bool = False, **changes) -> None:
    """Give `mention` a frame of `action` copied from its first un-negated frame of one of the `sources` actions (of the
    first party only, if `ours_only`) with `changes`, unless it has a frame of `action` already."""
    source = next((f for f in mention.frames if f.action in sources and not f.negated
                   and (not ours_only or f.actor == FIRST_PARTY)), None)
    if source is not None and not any(f.action == action for f in mention.frames):
        mention.frames = mention.frames + [replace(source, action=action, **changes)]


LOG_ITEMS_INTRO = re.compile(r"\s*[，,]\s*(?:包括|包含|例如|比如|如)[：:]?")


def _kept_log_items(text: str, start: int, mentions: list[Mention]) -> None:
    """The items the kept log is said to include ("…作为服务日志保存，包括浏览、点击查看、搜索查询…") are kept too: each
    collected item up to the sentence's end also takes the storage (GUIDELINES: items listed in a log said to be kept)."""
    intro = LOG_ITEMS_INTRO.match(text, start)
    if intro is None:
        return
    end = next((i for i in range(intro.end(), len(text)) if text[i] in "。；;"), len(text))
    for mention in mentions:
        if not mention.skip and intro.end() <= mention.start < end:
            _also_kept(mention)


def _device_files_not_stored(text: str, mentions: list[Mention]) -> None:
    """The files on the person's storage (storage.files: the storage permission and what it reaches) are read or written
    on the device, never kept by us: "我们会下载游戏资源并储存在SD卡上", "目的是为了保存图片、文件或缓存信息到你的设备",
    "截图保存" give the permission's collection, not a `store` (GUIDELINES: storage permissions count as the files). Files
    kept on our servers ("我们会将您的照片和文件存储在我们的服务器上") stay stored."""
    if re.search(r"服务器|服务端|后台|云端|云存储|云服务", text):
        return
    for mention in mentions:
        if mention.data_type != "storage.files" or not any(f.action == "store" for f in mention.frames):
            continue
        frames = []
        for frame in mention.frames:
            if frame.action == "store":
                frame = replace(frame, action="collect")
            if frame not in frames:
                frames.append(frame)
        mention.frames = frames


SHARED_ABOUT_PERSON = re.compile(r"(?:第三方|其他方|其他用户|他人)(?:合法|可能|会|也)*(?:通过[^，,。；;]{0,12}?)?(?P<verb>共享|分享)"
                                 r"(?=(?:的|与)(?:(?:您|你)有关的|(?:您|你)的?))")


def _shared_with_us(text: str, mentions: list[Mention]) -> None:
    """What others share of the person ("第三方共享的您的信息", "其他方分享的您的信息", "其他用户可能通过社交网络分享与您有关的
    信息") is data we receive from them, a collection of ours, not a share by them."""
    for shared in SHARED_ABOUT_PERSON.finditer(text):
        for mention in mentions:
            if mention.skip or not shared.end() <= mention.start <= shared.end() + 3:
                continue
            if mention.frames and all(f.action == "share" and not f.negated for f in mention.frames):
                mention.frames = [replace(mention.frames[0], action="collect", actor=FIRST_PARTY, actor_text=None,
                                          recipient=None, recipient_text=None, verb="共享")]


COOKIE_KEEPS = re.compile(r"(?i)(?:cookies?|web ?beacons?|网络 ?beacon|同类技术|类似技术)(?P<gap>[^。；;]{0,24}?)"
                          r"(?P<verb>存储|保存|储存|存放)")
OUR_KEEPING = re.compile(r"我们|我方|我行|本公司|将|把|并|(?<!可)以|收集|获取|采集|标识|记录")


def _kept_by_cookies(text: str, mentions: list[Mention]) -> None:
    """Data a cookie keeps ("Cookie可以在您进行注册、登录时，通过存储账号信息", "cookies有助于我们辨认您…，或保存您向我们
    提供的有关您的其他信息", "Cookie可以存放票据信息") stays in the person's browser: the cookie's use of it, no `store` by us
    (GUIDELINES: cookies are device-local and give no `store`)."""
    for kept in COOKIE_KEEPS.finditer(text):
        if OUR_KEEPING.search(re.split(r"[，,]", kept.group("gap"))[-1]):
            continue
        for mention in mentions:
            if mention.skip or mention.data_type == "usage.cookies":
                continue
            gap = text[kept.end():mention.start]
            if mention.start < kept.end() or len(gap) > 20 or re.search(r"[，,。；;]", gap):
                continue
            mention.frames = unique_frames([replace(f, action="use") if f.action == "store" and not f.negated else f
                                            for f in mention.frames])


ALLOWED_USE = re.compile(r"允许(?:我们|应用|本应用|App|APP)?(?:使用|利用)(?:您的|你的)?(?:设备的?|手机的?)?")


def _allowed_device_use(text: str, mentions: list[Mention]) -> None:
    """A permission described as what it allows ("相机权限	允许使用相机", "允许使用指纹	指纹登录、指纹支付") reads the device
    function's data, a collection, as using a permission does (GUIDELINES: permissions count as their data)."""
    for allowed in ALLOWED_USE.finditer(text):
        for mention in mentions:
            if (mention.skip or mention.start != allowed.end()
                    or text[mention.start:mention.end].endswith(("信息", "数据", "内容", "资料"))):
                continue
            mention.frames = unique_frames([replace(f, action="collect") if f.action == "use" and not f.negated
                                            and f.verb in PERMISSION_USE_VERBS else f for f in mention.frames])


OUR_QUERY = re.compile(r"(?:我们|我行|我方)[^，,。；;您你向从]{0,6}?查询(?:您|你)的(?:相关)?")


def _our_queries(text: str, mentions: list[Mention], actor: str, purposes: list[str], condition: str | None) -> None:
    """Data we look up of the person's own ("当您需要…售后服务时，我们将会查询您的订单信息", "我行将会查询您的订单信息"): we
    use what we hold (查询 is no verb of the lexicon, where the person's own 查询 is a right of access)."""
    if "查询" not in text:
        return
    for query in OUR_QUERY.finditer(text):
        for mention in mentions:
            # (over a request the when-clause reads: "当您需要售后服务时，我们将会查询您的订单信息")
            if mention.start == query.end() and not any(f.negated for f in mention.frames):
                mention.frames = [Frame("use", actor=actor, purposes=purposes, condition=condition)]
                mention.skip = mention.inherit = False


def _in_document_title(text: str, position: int) -> bool:
    """`position` is inside a document's title in 《》 ("我们制定了《第三方共享及SDK清单》向您…介绍…"): a verb there names
    the document, it states no practice."""
    return "《" in text and any(m.start() < position < m.end() for m in TITLE.finditer(text))


def _posts_may_contain(text: str, patterns: PostPatterns) -> list[tuple[int, int]]:
    """Spans of the data that posts or uploads by the person or other users are said to possibly contain
    ("您公开发布的信息中可能会涉及|您或他人的个人信息，如您在评价时选择上传包含个人信息的图片|。"), not of what we share
    ("我们共享的信息可能涉及…": our own practice states its verb). The service receives that data, a collection
    (GUIDELINES: the person's information in what other users publish, and in their own posts)."""
    spans = []
    for match in patterns.may_contain.finditer(text):
        clause_start = max(text.rfind(p, 0, match.start()) for p in "，,。；;：:") + 1
        if patterns.we_as_party.search(text, clause_start, match.start()):
            continue
        end = patterns.contents_end.search(text, match.end())
        spans.append((match.end(), end.start() if end else len(text)))
    return spans


@dataclass
class Token:
    word: str
    start: int
    end: int


def _words(tokens) -> str:
    """The text a run of tokens spells ("".join of their words)."""
    return "".join(t.word for t in tokens)


class ChineseAnalyzer:
    def __init__(self, taxonomy: Taxonomy, entities: EntityCatalog, lexicon: Lexicon) -> None:
        self.taxonomy = taxonomy
        self.entities = entities
        self.lex = lexicon
        self.data = data_matcher("zh")
        # determiners set aside before an unnamed recipient, longest first ("其他任何" before "其他")
        self.recipient_determiners = sorted(lexicon.recipient_determiners | set(lexicon.party_demonstratives), key=len,
                                            reverse=True)
        jieba.setLogLevel(logging.WARNING)
        self.tokenizer = Segmenter()  # jieba's, faster
        self.tokenizer.initialize()
        for word in lexicon.all_cue_words() | lexicon.user_subjects:
            if len(word) >= 2:
                self.tokenizer.add_word(word, freq=200000)
        for phrases in [*taxonomy.terms.get("zh", {}).values(), taxonomy.ignore.get("zh", [])]:
            for phrase in phrases:
                phrase = str(phrase)
                if len(phrase) >= 2 and " " not in phrase:
                    self.tokenizer.add_word(phrase, freq=50000)
        for terms in (entities.first_party_terms["zh"], entities.third_party_terms["zh"]):
            for phrase in terms:
                if len(phrase) >= 2:
                    self.tokenizer.add_word(phrase, freq=50000)
        self.refusal = lexicon.refusal + lexicon.hypotheticals  # neither states a practice of ours
        self._alias_key: tuple[str, ...] = ()
        self._alias_matcher: PhraseMatcher[str] = PhraseMatcher()
        self.blockers = lexicon.negation_blockers
        self._embedded_cache: tuple | None = None
        self._posts = PostPatterns.of(lexicon)
        # our using an SDK whose name ends the text searched ("我们使用了百度音视频直播 SDK"): `_sdk_needing_grant`
        self._we_use_sdk = re.compile(alternation(lexicon.first_party_words) + r"[^，,。；;]{0,4}?"
                                      + lexicon.uses_sdk.pattern + r"[^，,。；;]{0,20}$")
        # a phone maker -> its push SDK ("xiaomi" -> "mipush"): the catalogue's one SDK of the maker of the kind "推送"
        self._maker_push = {maker: sdk for maker in PHONE_MAKERS if (sdk := entities.sdk_of_kind(maker, "推送"))}

    # -- public --------------------------------------------------------------------------------------------
    def analyze(self, sentence: Sentence, default_actor: str = FIRST_PARTY,
                aliases: list[str] | tuple[str, ...] = (), other_names: tuple[str, ...] = ()) -> SentenceAnalysis:
        """`aliases` are the policy's names for its operator; `other_names` the short names it gives other companies."""
        original = sentence.text
        text = fold(original)  # same length: traditional characters and full-width forms folded
        data_matches = self.data.find(text)
        names = self._alias_matches(text, tuple(aliases)) if data_matches else []
        if names:
            # "轻颜相机及相关服务": a data word inside the product's own name names no data
            data_matches = [m for m in data_matches
                            if not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                                       for n in names)]
        permissions = permission_names(text, data_matches, self.data)
        if permissions:
            # the storage permission reads and writes the files on the device (WRITE_EXTERNAL_STORAGE)
            data_matches = sorted(data_matches + permissions, key=lambda m: m.start)
        intro = text.rstrip().endswith(("：", ":"))
        bare_information = None if data_matches or intro else BARE_INFORMATION.search(text)
        if not data_matches and not intro and bare_information is None:
            return SentenceAnalysis(mentions=[], frames=[], intro=False)
        tokens = [Token(w, s, e) for w, s, e in self.tokenizer.tokenize(text, HMM=False)]
        clause_of = self._clause_ids(text)
        tokens = _split_our_access(tokens, text, clause_of)
        tokens = _split_given_out(tokens)
        # a party's word the data matcher reads as data is an item of the data list ("访问的日期和时间、电信运营商、网络请求")
        # nor is a party named as the subject's role ("我们会作为受托方，根据合作商委托收集…")
        # nor one named as the holder of an account ("Facebook 帐号", "您的微信头像、微信昵称")
        actors = [a for a in self._actors(text, tuple(aliases), other_names)
                  if not any(m.start <= a.start and a.end <= m.end for m in data_matches)
                  and not text[max(0, a.start - 2):a.start] == "作为"
                  and not (ACCOUNT_AT_PARTY.match(text, a.end) and "sdk" not in a.phrase.lower())]
        refusal_spans = self._spans(self.refusal, text, to_clause_end=True)
        condition_spans = self._spans(self.lex.condition_markers, text, to_clause_end=False)
        condition_spans += [m.span(1) for m in CONDITIONAL_CLAUSE.finditer(text)]
        token_starts = {t.start for t in tokens}
        purposes = self._purposes(text, original, token_starts)
        condition = self._condition(text, refusal_spans, original)
        term_spans = [(m.start, m.end) for m in data_matches]
        verbs = [i for i, t in enumerate(tokens)
                 if (self._is_verb(t.word) and _treated_by(tokens, i) not in self.lex.blocking_verbs
                     or _deletion_period(tokens, i, clause_of, self.lex.deletion_verbs)
                     or self._sets_cookies(i, tokens, clause_of, data_matches)
                     or self._learns_about_person(i, tokens, text, clause_of, actors))
                 # "设置认证与保障安全性的Cookie": a verb right after a cookie verb describes the cookie
                 and not (i > 0 and self._sets_cookies(i - 1, tokens, clause_of, data_matches))
                 and not _inside(t.start, refusal_spans)
                 and not _in_document_title(text, t.start)  # "《第三方信息共享清单》": a word of a title
                 and not _inside(t.start, term_spans)  # "存储权限", "读取相册": the verb is part of the data term
                 # "应用IMEI信息": 应用 right before a data term is the app the data is of, not "to apply"
                 and not (t.word == "应用" and any(a == t.end for a, _ in term_spans))
                 and not _adjectival(tokens, i) and not _storage_permission(tokens, i) and not _flag_item(tokens, i)
                 and not _device_used(tokens, i)
                 and not _noun_compound(tokens, i, clause_of)
                 and not _party_noun(tokens, i, clause_of)
                 and not _public_attribute(tokens, i)
                 and not self._list_item_noun(tokens, i)
                 and not self._person_act_towards_us(tokens, i)
                 # "手机号在大众点评的绑定时间": the time of the person's act, a noun (not a storage period: "保存时间")
                 and not (t.word in self.lex.user_provides and t.word not in self.lex.verbs
                          and i + 1 < len(tokens) and tokens[i + 1].word in ("时间", "日期"))
                 # a bare 同步 goes one way only with the party it goes to or comes from ("向该等第三方支付机构同步",
                 # "第三方平台将与我们同步"), not in "同步剪映和剪映关联版本中的帐号" or "同步至云端"'s other verbs
                 and not (t.word == "同步" and self._recipient(i, tokens, clause_of, actors) is None
                          and self._syncing_party(i, tokens, clause_of, actors) is None)
                 and not self._asked_how(tokens, i)]
        has_verb = bool(verbs) and not _only_item_relative_verbs(text, tokens, verbs)

        def frames_for(verb_index: int) -> list[Frame] | None:
            return self._frames(verb_index, tokens, clause_of, actors, condition_spans, default_actor, purposes,
                                condition, original)

        purpose_spans = self._purpose_spans(text, token_starts)
        all_parentheses = _parentheses(text)
        parentheses = all_parentheses if any(_inside(tokens[v].start, all_parentheses) for v in verbs) else ()
        titles = [(m.start(), m.end()) for pattern in (TITLE, UI_PATH, QUOTED_FEATURE) for m in pattern.finditer(text)]
        used_features = [m.span("name") if m.group("name") else m.span("list") for m in USED_FEATURE.finditer(text)]
        mentions: list[Mention] = []
        posted_contents = _posts_may_contain(text, self._posts)
        for match in data_matches:
            if _inside(match.start, titles):
                continue  # 《个人信息保护政策》: a document title; "“我的-收货地址”": the name of a screen
            if _inside(match.start, posted_contents) and ACT_AS_TIME.match(text, match.end):
                continue  # "如您在分享、评论时选择上传的…图片": the person's act as a time, no data (nor an example)
            mention = Mention(data_type=match.value, term=original[match.start:match.end], start=match.start,
                              end=match.end)
            mentions.append(mention)
            if _inside(match.start, posted_contents):
                # "您公开发布的信息中可能会涉及您或他人的个人信息": what the posts may contain reaches us, a collection
                # (also inside the caution around it, which the hypotheticals otherwise leave unread)
                mention.frames = [Frame("collect", actor=default_actor, purposes=purposes, condition=condition)]
                continue
            if _inside(match.start, refusal_spans):
                mention.skip = True
                continue
            if EXCEPTION_END.match(text, match.end):
                # "不会转让…，但因合并等原因需要转移个人信息的除外": the exception to a denial is no practice of its own
                mention.skip = True
                continue
            if self._excluded(text, tokens, match, clause_of):
                if self._leaves_out_identity(text, tokens, match):
                    mention.skip = True
                    continue
                # "…可能向其他用户展示（不包含您的账号信息）": the data is left out of the practice stated before it
                # (a display to others counts: "…向其他用户展示（展示时不包含您的账号信息）" → not_share)
                earlier = [i for i in verbs if tokens[i].end <= match.start
                           and (self.lex.verbs.get(tokens[i].word) in ("collect", "share")
                                or tokens[i].word in SHOWING_VERBS
                                and any(f.action == "share" for f in frames_for(i) or []))]
                stated = frames_for(earlier[-1]) if earlier else None
                if stated and all(not f.negated for f in stated):
                    mention.frames = [replace(f, negated=True) for f in stated]
                    continue
                actor = self._nearest_actor(match.start, actors, tokens, clause_of, condition_spans, whole=True)
                mention.frames = [Frame("collect", negated=True, actor=actor or default_actor, purposes=purposes)]
                continue
            if self._object_of_predicate(match.start, match.end, tokens, clause_of):
                # "对您的个人信息提供足够的保护", "…提供接入服务，该类第三方将对您的个人信息承担管理职责": the object of a duty
                # or safeguard, not of a practice (nor an item of a list continuing an earlier clause's verb)
                mention.skip = True
                continue
            if any(any_match(self.lex.described_nouns, after) is not None
                   for after in (text[match.end:match.end + 12], _text_after_group(text, match.end, all_parentheses))):
                mention.skip = True  # "接触到您个人信息的工作人员", "处理您个人信息的目的已实现": the data describes a noun
                continue
            if match.value.startswith("media") and MEDIA_METADATA_AFTER.match(text, match.end):
                mention.skip = True  # "共享照片或录像的日期、时间或地点": the photo only owns the metadata collected
                continue
            if names_sdk_or_feature(match, text):
                mention.skip = True  # "人脸识别SDK", "指纹/面容ID快捷登录": the name of an SDK or a feature, no data
                continue
            if any(start <= match.start and match.end <= end for start, end in used_features):
                mention.skip = True  # "当您使用发现通讯录好友功能时": the name of a feature the person uses
                continue
            if (mention.term in self.lex.feature_words
                    and any_match(self.lex.feature_name_ends, text[match.end:match.end + 60]) is not None):
                mention.skip = True  # "当您使用评论功能时", "使用发布、评论等服务", "录制视频功能", "拍照购物": a feature name
                continue
            if match.value.startswith("account") and (_login_means(text, match, all_parentheses)
                                                       or _account_created(text, match)
                                                       or _account_logged_into(text, match)):
                mention.skip = True  # "使用第三方帐号（例如：抖音帐号、Apple ID）授权登录": the account logged in with
                continue
            if AS_ACCOUNT.match(text, match.end) and _made_account(tokens, match, clause_of, self.lex.negations):
                # "将您设备中的手机号码作为您的注册、登录账号": the data is taken and used as the account
                mention.frames = [Frame(action, actor=default_actor, purposes=purposes, condition=condition)
                                  for action in ("collect", "use")]
                continue
            if (match.value in ("contact.phone", "contact.email") and CREATES_ACCOUNT.match(text, match.end)
                    and MEANS_BEFORE.search(text, max(0, match.start - 8), match.start)):
                # "您可以通过手机号创建百度通用账号": the number the account is created with is given to us (GUIDELINES: a
                # number the user provides as the login name is `collect` `contact.phone`)
                mention.frames = [Frame("collect", actor=default_actor, purposes=purposes, condition=condition)]
                continue
            helps = any_match(self.lex.cookie_helps, text[match.end:match.end + 16]) if match.value == "usage.cookies" else None
            if helps and not any(tokens[v].end <= match.start and clause_of[tokens[v].start] == clause_of[match.start]
                                 for v in verbs):
                # "COOKIES或同类技术有助于我们辨认您的身份": the cookie is the subject that helps us, a use (a verb before
                # it keeps its own practice: "使用网络Beacon可以帮助网站…")
                actor = FIRST_PARTY if "us" in helps.groupdict() and helps.group("us") else default_actor
                mention.frames = [Frame("use", actor=actor, purposes=purposes, condition=condition)]
                continue
            if (match.value == "communication.messages" and COMPLAINT_HANDLING.search(mention.term)
                    and _inside(match.start, purpose_spans)):
                # "同时用于游戏运营统计分析、客服投诉处理及游戏安全分析": handling complaints named as a purpose processes
                # that correspondence (GUIDELINES), a use by the one the purpose serves
                mention.frames = [Frame("use", actor=default_actor, purposes=purposes, condition=condition)]
                continue
            verb_index = self._governing_verb(match.start, match.end, tokens, verbs, clause_of, parentheses)
            if (verb_index is not None and tokens[verb_index].word == "用于" and tokens[verb_index].end <= match.start
                    and (_used_for_item(text, tokens[verb_index].start, tokens[verb_index].end)
                         and any(v < verb_index for v in verbs)
                         or _verbless_item_list(text, tokens[verb_index].start, tokens[verb_index].end))):
                # "收集您的移动设备、网页浏览器或用于接入我们服务的其他程序所提供的配置信息、您的IP地址": 用于 opens a relative
                # clause on a listed item; the list goes on with the verb before it
                earlier = [v for v in verbs if v < verb_index]
                verb_index = earlier[-1] if earlier else None
            if verb_index is not None and self._user_act_before_permission(text, match, tokens[verb_index]):
                mention.skip = True  # "在您上传头像时，需要调用您设备的存储权限": what the user does with the permission
                continue
            if (verb_index is not None and tokens[verb_index].word in PURPOSE_VERBS and verb_index - 1 in verbs
                    and tokens[verb_index].end <= match.start):
                verb_index -= 1  # "不会共享用于识别您个人身份的信息": 用于 right after a verb opens the description of its object
            if verb_index is not None and tokens[verb_index].word in PURPOSE_VERBS and tokens[verb_index].end <= match.start:
                # "用于在您发帖时展示您的地理位置": the data is the object of the display verb inside the purpose, which
                # shows it to others (the weak display verb gives way to 用于 only when it shows nothing to anyone)
                shown = [v for v in verbs if verb_index < v and tokens[v].end <= match.start
                         and clause_of[tokens[v].start] == clause_of[match.start] and tokens[v].word in SHOWING_VERBS
                         and self._recipient(v, tokens, clause_of, actors) != "user"  # not "用于向您展示…"
                         and any(f.action == "share" for f in frames_for(v) or [])]
                verb_index = shown[-1] if shown else verb_index
            if verb_index is not None and tokens[verb_index].word in PURPOSE_VERBS and tokens[verb_index].end <= match.start:
                label = USED_FOR_LABEL.match(text, tokens[verb_index].end)
                if label and label.end() <= match.start:
                    # "用于个性化体验的信息：您浏览的页面、设备信息": the items of information used for a purpose
                    mention.frames = [Frame("use", actor=default_actor, purposes=purposes, condition=condition,
                                            verb=tokens[verb_index].word)]
                    continue
                mention.skip = True  # "存储权限：用于信用卡账单": the object of 用于 is a purpose, not data
                continue
            if self._purpose_object(text, match, verb_index, tokens, purpose_spans, data_matches) and not (
                    # "收集您的地理位置信息，用于在您发帖时展示您的地理位置": data shown to others for the purpose is shared
                    verb_index is not None and tokens[verb_index].word in SHOWING_VERBS
                    and tokens[verb_index].end <= match.start
                    and any(f.action == "share" for f in frames_for(verb_index) or [])):
                mention.skip = True  # "相册：用于文件缓存、人脸识别认证": what a permission is used for, not data
                continue
            if verb_index is not None and self._blocked(verb_index, match.start, tokens, clause_of):
                mention.skip = True  # "保护您提供的个人信息": the data is the object of 保护
                continue
            if verb_index is not None and self._safeguarded_relative(text, match, verb_index, tokens, clause_of):
                mention.skip = True  # "保护我们获得的您的个人信息": the clause on getting it only says which data is protected
                continue
            if verb_index is not None and _relative_object_of_control(text, match, tokens, clause_of,
                                                                       self.lex.blocking_verbs):
                # "您可以自主选择删除…等您在使用本服务时提供的和产生的个人信息": the data the person provided is the
                # object of the control verb; the relative clause only says which data it is
                mention.skip = True
                continue
            if (verb_index is not None and tokens[verb_index].start >= match.end
                    and _in_relative_clause(tokens, verb_index, clause_of)
                    and self._object_of_blocking_verb(match.start, tokens, clause_of, verbs)):
                # "您可以自主选择删除观看历史、订阅等您在使用本服务时提供的…个人信息": the data is the object of the
                # control verb before it; the practice verb after it only describes what the data is
                mention.skip = True
                continue
            if (verb_index is not None and tokens[verb_index].start >= match.end
                    and any(m.start >= tokens[verb_index].end and clause_of[m.start] == clause_of[match.start]
                            for m in data_matches)
                    and self._object_of_blocking_verb(match.start, tokens, clause_of, verbs)):
                # "删除个人信息、注销账号可能需要您提供实名身份信息": the data is the object of the control verb before
                # it; the practice verb after it has an object of its own
                mention.skip = True
                continue
            if verb_index is None:
                if self._user_control(match.start, tokens, clause_of) or self._after_blocking_verb(
                        match.start, tokens, clause_of):
                    mention.skip = True
                else:
                    later = self._topic_verb(text, match, tokens, verbs, clause_of, data_matches, all_parentheses)
                    later_frames = frames_for(later) if later is not None else None
                    if later_frames:
                        mention.frames = later_frames
                    else:
                        mention.inherit = True
                continue
            frames = frames_for(verb_index)
            if frames is None and tokens[verb_index].end <= match.start and _followed_by_de(tokens, verb_index):
                # "对于我们需要但第三方无法提供的个人信息，我们仍会要求你提供": a relative clause that states no practice
                # leaves the topic to the practice verb of a later clause
                later = self._topic_verb(text, match, tokens, verbs, clause_of, data_matches, all_parentheses)
                frames = frames_for(later) if later is not None else None
            if frames is not None and tokens[verb_index].end <= match.start:
                stored = _stored_topic(text, match, tokens, verbs, verb_index)
                frames = (frames_for(stored) or frames) if stored is not None else frames
            if frames is None:
                mention.skip = True
            else:
                if _recorded_under(text, tokens[verb_index], match):
                    # "通过设备对应的标识符信息来记录你的点击", "通过您的账号记录": the means of collecting is used
                    frames = [replace(f, action="use") if f.action == "collect" else f for f in frames]
                elif (match.value == "usage.cookies" and tokens[verb_index].start >= match.end
                      and COOKIE_MEANS_BEFORE.search(text, 0, match.start)):
                    # "通过cookie或同类技术收集您的信息", "通过我们使用的cookie…来进行收集": the cookies are the means
                    # of the collection, used (GUIDELINES: cookies and what they obtain)
                    frames = [replace(f, action="use") if f.action == "collect" else f for f in frames]
                elif _learnt_through_cookies(text, tokens[verb_index], match):
                    # "利用Cookie和同类技术了解您的偏好和使用习惯": what cookies let us learn they collect (GUIDELINES)
                    frames = [replace(f, action="collect") if f.action == "use" else f for f in frames]
                elif self._contacted_through(text, tokens[verb_index], match):
                    # "通过您提供的手机号码向您发送…", "对于您提供的联系方式，我们可能会向其中的一种或多种发送多类通知"
                    frames = [replace(f, action="use") if f.action == "collect" else f for f in frames]
                elif (tokens[verb_index].word in ("展示", "显示") and tokens[verb_index].end <= match.start
                      and match.value != "personal_info" and not any(f.negated for f in frames)
                      and any(t.word in ("向", "给") for t in tokens[max(0, verb_index - 3):verb_index])
                      and self._recipient(verb_index, tokens, clause_of, actors) == "user"
                      and any(self.lex.verbs.get(tokens[v].word) in ("collect", "store") for v in verbs)):
                    # "…会暂时存储在您的设备中，…我们会向您展示您的搜索历史记录": the person's own records shown back to
                    # them are no use of their own beside the sentence's collection or storage of them
                    frames = [f for f in frames if f.action != "use"]
                elif tokens[verb_index].word == "基于" and not any(f.negated for f in frames) and any(
                        m.start("name") <= match.start and match.end <= m.end("name") for m in BASED_FEATURE.finditer(text)):
                    # "基于相机授权的附加功能", "基于位置信息的个性化推荐功能": the feature reads the data it is based on
                    frames = [replace(f, action="collect") if f.action == "use" else f for f in frames]
                elif (tokens[verb_index].word in PERMISSION_USE_VERBS
                      and 0 <= match.start - tokens[verb_index].end <= 12
                      and not text[match.start:match.end].endswith(("信息", "数据", "内容", "资料"))
                      and (text[match.start:match.end].endswith("权限") or PERMISSION_AFTER.match(text, match.end))):
                    # "我们会使用您设备上的相机拍摄功能", "同意我们使用手机通讯录权限": using a permission or a device
                    # function reads its data, a collection (GUIDELINES: permissions count as their data)
                    frames = [replace(f, action="collect") if f.action == "use" and f.verb == tokens[verb_index].word
                              else f for f in frames]
                if tokens[verb_index].end <= match.start and not any(f.negated for f in frames):
                    frames = frames + self._passed_on(text, match, tokens, verbs, clause_of, data_matches, frames_for)
                mention.frames = frames
        _continue_parentheses(text, mentions)
        _continue_examples(text, mentions)
        _drop_example_holders(text, mentions)
        _drop_permission_label_uses(text, mentions)
        _drop_mode_denials(text, mentions)
        _drop_note_definitions(text, mentions)
        _drop_purpose_item_activities(text, mentions)
        _drop_demonstratives(text, mentions)
        _drop_comment_acts(text, mentions)
        _drop_system_not_data(text, mentions)
        _continue_relative_items(text, tokens, verbs, clause_of, mentions)
        _items_of_previous_sentence(text, tokens, verbs, clause_of, mentions)
        _ip_derived_location(text, original, mentions)
        _location_sources(text, mentions)
        _works_recommended_to_others(text, mentions)
        _collected_for_display(text, mentions)
        _synced_between_apps(text, mentions)
        self._continue_pronoun_objects(text, tokens, verbs, mentions, frames_for)
        _entrusted_storage(text, actors, mentions)
        _verified_through_party(text, mentions)
        _used_for_display(text, any(w in text for w in self.lex.publication_words), mentions)
        _means_of_non_personal(text, mentions)
        _collected_by_others(text, actors, mentions)
        _collected_by_passive_agent(text, actors, mentions)
        _published_in_public_areas(text, mentions)
        _cookies_as_their_use(text, mentions)
        _scene_names(text, mentions)
        _forms_of_communication(text, mentions)
        _our_queries(text, mentions, default_actor, purposes, condition)
        _kept_as_logs(text, mentions)
        _device_files_not_stored(text, mentions)
        _shared_with_us(text, mentions)
        _kept_by_cookies(text, mentions)
        _allowed_device_use(text, mentions)
        _edited_profile_fields(text, mentions, default_actor, purposes, condition)
        _deleted_after_period(text, mentions, default_actor)
        sentence_frames: list[Frame] = []
        if intro:
            last_clause = clause_of[len(text.rstrip()) - 2] if len(text.rstrip()) >= 2 else 0
            for verb_index in verbs:
                if clause_of[tokens[verb_index].start] >= last_clause - 1:
                    sentence_frames.extend(frames_for(verb_index) or [])
            if not sentence_frames:
                for verb_index in verbs:
                    sentence_frames.extend(frames_for(verb_index) or [])
            sentence_frames = _permissions_used(text, tokens, verbs, sentence_frames)
        bare_frames = [f for v in verbs if bare_information is not None
                       and tokens[v].start == bare_information.start("verb") for f in frames_for(v) or []]
        return SentenceAnalysis(mentions=mentions, frames=unique_frames(sentence_frames), intro=intro, has_verb=has_verb,
                                bare_frames=unique_frames(bare_frames), purposes=purposes, condition=condition,
                                background_clause=bool(any_match(self.lex.background_clauses, text)))

    def _passed_on(self, text: str, match, tokens: list[Token], verbs: list[int], clause_of: list[int], data_matches,
                   frames_for) -> list[Frame]:
        """The share frames of a verb that passes on the data list the mention ends or stands in, joined to it by 并
        ("我行会收集您的充值号码、网银客户号并提交给话费充值服务商", "我们会上传您的支付信息…、操作系统，并共享给第三方支付
        SDK"): the data collected is also given to that party. A keeping verb joined by 并 keeps it as well
        ("我们会收集您的聊天记录，并保存在我们的服务器上" → store), unless it keeps it on the person's own device."""
        for v in verbs:
            action = self.lex.verbs.get(tokens[v].word)
            if tokens[v].start < match.end or action not in ("share", "store") and tokens[v].word not in self.lex.provide:
                continue
            between = "".join(c for i, c in enumerate(text[match.end:tokens[v].start], match.end)
                              if not any(m.start <= i < m.end for m in data_matches))
            between = re.sub(r"[（(][^（）()]*[）)]", "", between)
            if not PASSED_ON_GAP.fullmatch(between):
                return []
            if action == "store":
                if "并" not in between or ON_OWN_DEVICE_AFTER.match(text, tokens[v].end):
                    return []
                return [f for f in frames_for(v) or [] if f.action == "store" and not f.negated]
            return [f for f in frames_for(v) or [] if f.action == "share" and not f.negated]
        return []

    def _continue_pronoun_objects(self, text: str, tokens: list[Token], verbs: list[int], mentions: list[Mention],
                                  frames_for) -> None:
        """"收集您的手机号码，并将其共享给短信服务商": a later clause's 将其 / 把它们 names the data of the clause before
        it, which is shared too (only sharing: other verbs after 将其 mostly restate how the data is handled)."""
        for found in ABROAD_DENIAL.finditer(text):
            if not STORED_IN_COUNTRY.search(text, 0, found.start()):
                continue
            denial = Frame("share", negated=True, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            for mention in mentions:
                if (mention.end <= found.start() and not mention.skip and mention.frames
                        and any(not f.negated for f in mention.frames) and denial not in mention.frames):
                    mention.frames = mention.frames + [denial]
        self._continue_upload_denials(text, mentions)
        self._drop_kept_on_own_device(text, mentions)
        _continue_merger(text, mentions)
        for found in PRONOUN_OBJECT.finditer(text):
            verb_index = next((i for i in verbs if tokens[i].start >= found.end()
                               and not any(c in text[found.end():tokens[i].start] for c in "，,；;。")), None)
            if verb_index is None:
                continue
            frames = [f for f in frames_for(verb_index) or [] if f.action == "share"]
            if not frames:
                continue
            for mention in mentions:
                if mention.end <= found.start() and mention.frames and not mention.skip:
                    mention.frames = mention.frames + [f for f in frames if f not in mention.frames]

    @staticmethod
    def _continue_upload_denials(text: str, mentions: list[Mention]) -> None:
        """Data named before a clause that denies uploading it ("…仅在您的穿戴设备上显示，不会上传至我们的服务器") is not
        collected by us; kept or shown only on the person's own device before it, it is not stored by us either."""
        for found in UPLOAD_DENIAL.finditer(text):
            denial = Frame("collect", negated=True, actor=FIRST_PARTY)
            local = ON_OWN_DEVICE.search(text, 0, found.start()) is not None
            for mention in mentions:
                if mention.end > found.start() or mention.skip or not mention.frames or denial in mention.frames:
                    continue
                kept = [f for f in mention.frames if f.negated or not (local and (f.action == "store" or f.verb in SHOWING_VERBS))]
                mention.frames = kept + [denial]

    @staticmethod
    def _drop_kept_on_own_device(text: str, mentions: list[Mention]) -> None:
        """"您的聊天记录仅存储在您的设备上": the keeping verb placing the data only on the person's own device states
        no retention by us, so its store frames go (the collection or use the sentence states otherwise stays)."""
        for found in KEPT_ON_OWN_DEVICE.finditer(text):
            verb = found.group(1) or found.group(2)
            for mention in mentions:  # the data named before it ("…，接收者将您的通信内容存储至其收藏" stays)
                if mention.frames and not mention.skip and mention.end <= found.start():
                    mention.frames = [f for f in mention.frames if f.negated or f.action != "store" or f.verb != verb]

    def is_intro_continuation(self, text: str) -> bool:
        """An intro without its own verb ("此类信息包括：") continues the previous sentence's predicate."""
        return bool(INTRO_WORDS.search(text))

    def _actors(self, text: str, aliases: tuple[str, ...], other_names: tuple[str, ...] = ()):
        """Actor mentions: named entities, generic parties, this document's names for the first party and the short
        names it gives other companies (third parties)."""
        found = self.entities.find(text, "zh")
        for push in MAKERS_PUSH.finditer(text):
            # the makers' push SDKs named as one, not the uncatalogued "push sdk" inside it
            found = [o for o in found if not (o.value == THIRD_PARTY and push.start() <= o.start and o.end <= push.end())]
            if not any(o.start < push.end() and push.start() < o.end for o in found):
                found = sorted(found + [Match(push.start(), push.end(), THIRD_PARTY, push.group())],
                               key=lambda m: m.start)
        if aliases:
            names = self._alias_matches(text, aliases)
            # an alias spelled as a catalogued name is the policy's own ("使用百度地图" in 百度地图's policy)
            found = [o for o in found if not any(m.start == o.start and m.end == o.end for m in names)]
            extra = [m for m in names if not any(o.start < m.end and m.start < o.end for o in found)]
            found = sorted(found + extra, key=lambda m: m.start)
        for name in other_names:
            folded = fold(name)
            for at in [m.start() for m in re.finditer(re.escape(folded), text)]:
                if not any(o.start < at + len(folded) and at < o.end for o in found):
                    found = sorted(found + [Match(at, at + len(folded), THIRD_PARTY, folded)], key=lambda m: m.start)
        return _providers_of_described_sdks(text, found)

    def _alias_matches(self, text: str, aliases: tuple[str, ...]):
        """Where this document's names for the first party occur in `text`."""
        if not aliases:
            return []
        if self._alias_key != aliases:
            self._alias_key = aliases
            self._alias_matcher = PhraseMatcher()
            for alias in aliases:
                self._alias_matcher.add(alias, FIRST_PARTY)
        return self._alias_matcher.find(text)

    def names_party(self, text: str, aliases: list[str] | tuple[str, ...] = (),
                    other_names: tuple[str, ...] | list[str] = ()) -> bool:
        """Whether the sentence names any party, us included (our names in `aliases`), the user aside."""
        return bool(self._actors(fold(text), tuple(aliases), tuple(other_names)))

    # -- structure -------------------------------------------------------------------------------------------
    @staticmethod
    def _clause_ids(text: str) -> list[int]:
        ids = []
        clause = 0
        depth = 0
        for char in text:
            if char in "（(【[":
                depth += 1
            elif char in "）)】]" and depth:
                depth -= 1
            ids.append(clause)
            if char in CLAUSE_PUNCT and (depth == 0 or char in "；;。"):
                clause += 1
        ids.append(clause)
        return ids

    @staticmethod
    def _spans(patterns: list[re.Pattern[str]], text: str, to_clause_end: bool) -> list[tuple[int, int]]:
        spans = []
        for pattern in patterns:
            for found in pattern.finditer(text):
                # an example of what is recorded ("省去重复输入搜索内容的步骤（示例：记录搜索）") is outside the span
                end = _REST_OF_CLAUSE.match(text, found.end()).end() if to_clause_end else found.end()
                while to_clause_end and _opens_bracket(text[found.start():end]):
                    # "查阅您的帐号基础信息（帐号头像、昵称，以及其他您选择填写的个人信息）": a comma inside a bracket the
                    # span opened does not end it
                    close = CLOSE_BRACKET.search(text, end)
                    if close is None:
                        break
                    end = _REST_OF_CLAUSE.match(text, close.end()).end()
                request = PROVIDE_REQUEST.search(text, found.end(), end) if to_clause_end else None
                if request is not None:
                    # "撤回个人信息授权、注销账号可能需要您提供实名身份信息进行身份核验": what the person is then asked to
                    # provide is collected; the withdrawal is only the occasion of the request
                    end = request.start()
                spans.append((found.start(), end))
        return spans

    def _is_verb(self, word: str) -> bool:
        return word in self.lex.verbs or word in self.lex.user_provides

    def _person_act_towards_us(self, tokens: list[Token], index: int) -> bool:
        """A verb of the person's with us as its object, closed by 的, describes the noun after it ("网络日志包括…以及您请求
        我行的网页记录、操作系统", the pages the person asked us for): no predicate of ours, so the items after it keep
        the list's practice. Verbs of giving ("您告知我们的信息") still state a collection."""
        if not 0 < index < len(tokens) - 2 or tokens[index].word in self.lex.user_provides:
            return False
        return (tokens[index - 1].word in ("您", "你", "用户") and tokens[index + 1].word in ("我们", "我行", "我方", "本行")
                and tokens[index + 2].word == "的")

    def _list_item_noun(self, tokens: list[Token], index: int) -> bool:
        """A verb that jieba split off a noun naming an item of a data list, not a predicate: 应用 before a noun of the
        app's data ("应用信息（应用崩溃信息…）", "其他应用相关信息"), and a verb right after another verb that opens a list
        item and ends it with the item's head noun ("、点击查看记录、", "、关注分享信息、": records of clicking and
        viewing, information on follows and shares)."""
        word = tokens[index].word
        after = tokens[index + 1].word if index + 1 < len(tokens) else ""
        if word == "应用":
            return after in APP_DATA_NOUNS
        start = index
        while start > 0 and index - start < 3 and (self._is_verb(tokens[start - 1].word)
                                                   or tokens[start - 1].word in ITEM_VERBS):
            start -= 1
        if start == index or start == 0 or tokens[start - 1].word not in ITEM_OPENERS:
            return False
        if word == "记录":
            return after in ITEM_CLOSERS
        after2 = tokens[index + 2].word if index + 2 < len(tokens) else ""
        return after in ("信息", "记录", "数据") and after2 in ITEM_CLOSERS

    def _asked_how(self, tokens: list[Token], index: int) -> bool:
        """The verb at `index` is asked about, not stated: 如何 / 怎样 before it or before the verbs it is listed with
        ("五、我们如何保存您的个人信息；", "涵盖如何收集、使用、披露…你的信息的隐私政策": a title or a topic)."""
        back = index - 1
        while back >= 0 and (tokens[back].word in CONJUNCTIONS or self._is_verb(tokens[back].word)):
            back -= 1
        return back >= 0 and tokens[back].word in ("如何", "怎样", "怎么")

    def _sets_cookies(self, index: int, tokens: list[Token], clause_of: list[int], data_matches) -> bool:
        """A `cookie_verbs` verb with a cookie-like technology after it in its clause ("设置…Cookie")."""
        verb = tokens[index]
        return verb.word in self.lex.cookie_verbs and any(
            m.value == "usage.cookies" and m.start >= verb.end and clause_of[m.start] == clause_of[verb.start]
            for m in data_matches)

    @staticmethod
    def _learns_about_person(index: int, tokens: list[Token], text: str, clause_of: list[int], actors) -> bool:
        """了解 whose subject is we or a named party, right before it in its clause, with the person's data after it:
        what we learn about the person we collect (GUIDELINES: "我们会了解您设备安装的应用信息", "我们可能会通过了解您的
        浏览记录…来判断风险"). Not the person learning ("您可以了解…", "请你了解"), nor a purpose ("帮助我们了解…", "为了解…",
        "使我们更加了解…"), nor how the person uses the service ("了解您如何使用", a purpose naming usage)."""
        verb = tokens[index]
        if verb.word != LEARNING_VERB or not LEARNT_ABOUT_PERSON.match(text, verb.end):
            return False
        return any(a.value != "user" and a.end <= verb.start and clause_of[a.start] == clause_of[verb.start]
                   and LEARNER_GAP.fullmatch(text, a.end, verb.start)
                   and not LEARNER_PURPOSE.search(text[max(0, a.start - 4):a.start] + text[a.end:verb.start])
                   for a in actors)

    def _contacted_through(self, text: str, verb: Token, match) -> bool:
        """Contact details the person gave (您提供的手机号码, the relative clause only says which ones) through which we
        reach them: "通过您提供的手机号码向您发送…", "通过您提供的联系方式，邀请您参与…", "通过你在使用产品过程中所提供的联系
        方式（例如：电话号码），向你发送…", "对于您提供的联系方式，…向其中的一种或多种发送…" (a use)."""
        word = verb.word.rstrip("给予")  # 提供给我们的手机号码
        if not match.value.startswith("contact") or verb.start >= match.start or (
                word not in self.lex.provide and word not in self.lex.user_provides
                and not re.search(r"所?提供的$", text[verb.end:match.start])):  # "你在使用产品过程中所提供的联系方式"
            return False
        clause_start = max(text.rfind(p, 0, match.start) for p in CLAUSE_PUNCT) + 1
        return bool(CONTACTED_THROUGH.search(text, clause_start, match.start) and CONTACTING.match(text, match.end)
                    or REFERRED_CONTACTING.search(text, match.end))

    def _governing_verb(self, start: int, end: int, tokens: list[Token], verbs: list[int],
                        clause_of: list[int], parentheses: tuple[tuple[int, int], ...] = ()) -> int | None:
        clause = clause_of[start]
        taken = next((v for v in verbs if clause_of[tokens[v].start] == clause and tokens[v].start >= end
                      and _taken_by_anyone(tokens, v, clause_of)), None)
        if taken is not None:
            return taken  # "您主动公开的个人信息（…）可被任何第三方阅读": the data is what anyone may take
        adverbs = [v for v in verbs if self._adverbial(tokens, v)]
        if adverbs:
            # "您公开发布的作品…将会在个人主页中展示": 公开 only says how the data was posted; a verb after the data governs
            found = self._governing_verb(start, end, tokens, [v for v in verbs if v not in adverbs], clause_of,
                                         parentheses)
            if found is not None and tokens[found].start >= end:
                return found
        # a verb inside parentheses only governs data inside them ("唯一设备标识符（可能会多次获取），WIFI热点的MAC地址")
        verbs = [v for v in verbs if not any(a <= tokens[v].start < b and not a <= start < b for a, b in parentheses)]
        # an activity word listed among data before it ("内容播放时长、分享、下载、付费课程购买记录") is an item, not a predicate
        same_before = [v for v in verbs if clause_of[tokens[v].start] == clause and tokens[v].end <= start
                       and not self._listed_activity(tokens, v)]
        # a verb after the data that describes a later noun ("包括手机号、注册的设备") or starts a later list item
        # ("手机号、账号状态和注册时间") does not govern the data
        same_after = [v for v in verbs if clause_of[tokens[v].start] == clause and tokens[v].start >= end
                      and not _followed_by_de(tokens, v) and not self._list_item_verb(tokens, v)
                      and not self._listed_activity(tokens, v)
                      and not (v > 0 and tokens[v - 1].word in RECIPIENT_MARKERS)]
        # "您的手机号码需要向对方进行展示": a need after the data is the modal of the verb after it, which governs
        same_after = [v for k, v in enumerate(same_after)
                      if not (tokens[v].word in NEED_MODALS and same_after[k + 1:])]
        # "您理解并同意我们在您的账号主页面展示…信息": the person's consent to an act of ours; the act governs the data
        # (not a relative clause on the data: "同意我们或…将您填写的…信息共享至…")
        same_before = [v for v in same_before if not (
            tokens[v].word in CONSENT_VERBS and v + 1 < len(tokens) and tokens[v + 1].word in self.lex.first_party_words
            and any(w > v and not _followed_by_de(tokens, w) for w in same_before))]
        strong_before = [v for v in same_before if tokens[v].word not in WEAK_VERBS]
        strong_after = [v for v in same_after if tokens[v].word not in WEAK_VERBS]
        # a verb followed by 的 only describes the data ("您授权共享的昵称", "在境内收集的个人信息存储在…"):
        # prefer the nearest verb that is not such a relative clause
        # ... and so does a verb whose object is such a clause ("支付宝账号授权我们获取的信息（包括姓名…）")
        main_before = [v for v in strong_before if not _followed_by_de(tokens, v)
                       and not _in_needed_relative(tokens, v, start)
                       and not _joined_to_relative(tokens, v, verbs)
                       and not _person_clause_in_object(tokens, v, strong_before)
                       and not (v + 3 < len(tokens) and tokens[v].word in self.lex.user_provides
                                and tokens[v + 1].word in ("我们", "我方")
                                and self._is_verb(tokens[v + 2].word) and _followed_by_de(tokens, v + 2))]
        # the act of a time phrase gives way to a main verb before it ("使用您在注册时提供的手机号码")
        main_before = [v for v in main_before if not _in_time_phrase(tokens, v, start)] or main_before
        if strong_before and not main_before and strong_after:
            return strong_after[0]
        if (strong_before and not main_before and same_after and not strong_after
                and not any(tokens[v].word in self.lex.user_provides for v in strong_before)):
            # "第三方SDK收集的个人信息将由其依据各自的隐私政策进行处理": the relative clause only says which data; the
            # practice is the verb after it, even a generic one such as 处理 (not after "您提供的…", which the person
            # gives us: "将您提供的身份信息向发证机关进行核验" stays a collection)
            return same_after[0]
        if strong_before and not main_before:
            # "您的获赞数、获得的喜欢数…，将会在个人主页中公开展示": verbs that only describe the listed data leave it to
            # the display verb that ends the sentence
            display = self._final_display(clause, tokens, verbs, clause_of)
            if display is not None:
                return display
        if main_before:
            strong_before = main_before
        disposal = next((t for t in tokens[strong_before[-1] + 1:] if t.word in ("将", "把") and t.end <= start
                         and start - t.end <= 4), None) if strong_before and strong_after else None
        if disposal is None and strong_before and strong_after and tokens[strong_after[0] - 1].word in ("进行", "加以"):
            # "使用Cookie对浏览活动进行记录": 对 puts the data before the verb after 进行, as 将/把 do
            disposal = next((t for t in tokens[strong_before[-1] + 1:] if t.word == "对" and t.end <= start
                             and start - t.end <= 4), None)
        if disposal is not None and "自己" not in _words(t for t in tokens if disposal.end <= t.start < start):
            # "未经您的同意将您的个人信息进行转让": 将/把 puts the data before the verb it is the object of (not in
            # advice to the user: "不将自己的帐号密码透露给他人")
            return strong_after[0]
        continued = self._disposal_continued(start, tokens, verbs, clause_of) if not same_after else None
        if continued is not None:
            return continued
        for candidates, pick in ((strong_before, -1), (strong_after, 0), (same_before, -1), (same_after, 0)):
            if candidates:
                return candidates[pick]
        earlier = [v for v in verbs if clause_of[tokens[v].start] < clause]
        # "向其提供您的为申请授信所必须的姓名…，为金融风控所必须的设备信息": the purpose in a relative clause on earlier
        # data is not the predicate the list continues
        earlier = [v for v in earlier if not _in_needed_relative(tokens, v)] or earlier
        # "收集您对我们服务的详细使用情况，作为服务日志保存，包括浏览、点击…": the items continue the main predicate, not
        # the verb of a clause saying what the data is kept as
        earlier = [v for v in earlier if not _clause_words(tokens, v, clause_of, after=False).startswith(("作为", "并作为"))
                   ] or earlier
        # "基于收集的信息，对您的偏好、习惯、位置作特征分析": a relative clause right after a basis preposition only says
        # which data the basis is; the basis (a use) continues to the later clause
        earlier = [v for v in earlier if not (v > 0 and tokens[v - 1].word in BASIS_WORDS and _followed_by_de(tokens, v))
                   ] or earlier
        # "同步您注册、登录、使用我们的产品的一些个人信息，可能包括…": the person's acts describe the data, not the examples
        earlier = [v for v in earlier if not _person_clause_in_object(tokens, v, earlier)] or earlier
        purpose = [v for v in earlier if tokens[v].word in PURPOSE_VERBS]
        if purpose and self._opens_examples(start, tokens, clause_of):
            # "提供身份信息用于身份核验，包括姓名…": the examples continue the object named before the purpose
            earlier = [v for v in earlier if v < purpose[-1]] or earlier
        announcing = [v for v in earlier if any(t.word in LIST_ANNOUNCERS for t in tokens[v + 1:v + 4])]
        if announcing:
            return announcing[-1]  # "如果您提供以下额外信息，将有助于我们为您提供…：例如昵称": the verb that announces the list
        strong_earlier = [v for v in earlier if tokens[v].word not in WEAK_VERBS]
        last = earlier[-1] if earlier else None
        if (last is not None and tokens[last].word in WEAK_VERBS and clause_of[tokens[last].start] == clause - 1
                and self._opens_examples(start, tokens, clause_of) and not _in_relative_clause(tokens, last, clause_of)):
            # "委托实名认证服务商查询、核验您的实名认证相关信息，包括您的姓名…": the examples are the object of the weak verb
            # of the clause right before them, not of a purpose clause further back ("使您顺利使用我们相关服务"); not
            # when that verb only describes the object ("分享可用于识别您个人身份的信息，例如…")
            return last
        if strong_earlier or earlier:
            return (strong_earlier or earlier)[-1]  # a list continues the earlier predicate
        return self._final_display(clause, tokens, verbs, clause_of)

    def _topic_verb(self, text: str, match, tokens: list[Token], verbs: list[int], clause_of: list[int], data_matches,
                    parentheses: tuple[tuple[int, int], ...]) -> int | None:
        """The practice verb of a later clause that has no data of its own, for data named as the topic before it
        ("通讯录、位置、相机…等系统权限，均不会默认开启，只有经过您单独同意后，才会在…时访问")."""
        clause = clause_of[match.start]
        # "此外，为实现…所必需的其他信息（包括但不限于你的姓名、…）将适用…协议，由其直接向你收集": the examples of a topic
        # after an opening connective, taken by an agent named with 由
        opening = text[:next(t.start for t in tokens if clause_of[t.start] == clause)]
        agent = [v for v in verbs if tokens[v].start >= match.end and clause_of[tokens[v].start] > clause
                 and AGENT_CLAUSE.match(_clause_words(tokens, v, clause_of, after=False))
                 ] if OPENING_CONNECTIVE.fullmatch(opening) else []
        if agent and not any(clause_of[m.start] == clause_of[tokens[agent[0]].start] for m in data_matches):
            return agent[0]
        if clause != clause_of[0] or "：" in text[match.end:] or ":" in text[match.end:] or _inside(match.start, parentheses):
            return None  # only the topic that opens the sentence, not a label ("麦克风权限：用于语音搜索") nor an example
        # "就您发布的内容，我们会…进行审核": a topic set out with 就 / 对于 / 针对 is also the object of a later use
        set_out = TOPIC_PREPOSITION.match(text) is not None and clause_of[tokens[-1].start] > clause
        for v in verbs:
            token = tokens[v]
            if token.start < match.end or clause_of[token.start] <= clause:
                continue
            requested = token.word in self.lex.provide and any(t.word in REQUEST_WORDS for t in tokens[max(0, v - 3):v])
            action = self.lex.verbs.get(token.word)
            # "…，我们仍会要求你提供": a request to provide the topic is its collection
            if (token.word in WEAK_VERBS or action not in ("collect", "share", "store")) \
                    and not requested and not (set_out and action == "use"):
                continue
            if any(clause_of[m.start] == clause_of[token.start] for m in data_matches):
                return None
            if not any(t.word in TOPIC_MODALS for t in tokens[max(0, v - 12):v]
                       if clause_of[t.start] == clause_of[token.start]):
                return None
            # the verb has no object, or one that refers back to the topic ("收集并保存您发送的上述信息内容", "收集此信息"),
            # or a demonstrative subject refers back to it ("…订购记录、消费记录，这些信息会存储于我们的服务器中")
            rest = _words(t for t in tokens[v + 1:] if clause_of[t.start] == clause_of[token.start])
            before = _words(t for t in tokens[:v] if clause_of[t.start] == clause_of[token.start])
            if (rest.strip("。；;！!？? ") and not TOPIC_OBJECT.search(rest[:16])
                    and not DEMONSTRATIVE_SUBJECT.match(before)):
                return None
            return v
        return None

    def _disposal_continued(self, start: int, tokens: list[Token], verbs: list[int], clause_of: list[int]) -> int | None:
        """The practice verb that opens the clause after a 将/把 object list ending at a comma ("我们会将您的手机号码、设备信息，
        提供给第三方"): the object list runs over the comma to its verb."""
        clause = clause_of[start]
        marker = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= start
                       and clause_of[tokens[i].start] == clause and tokens[i].word in OBJECT_MARKERS), None)
        if (marker is None or tokens[marker + 1].word in DISPOSAL_NOT_AFTER
                or any(marker < v and clause_of[tokens[v].start] == clause and not _followed_by_de(tokens, v)
                       for v in verbs)):
            return None  # no 将/把 before the data (将会: "will"), or a verb of its own in the clause
        end = next((i for i in range(marker, len(tokens)) if clause_of[tokens[i].start] > clause), None)
        if end is None or tokens[end - 1].word not in ("，", ","):
            return None
        if any(t.word in LIGHT_VERBS for t in tokens[marker + 1:end] if t.start >= start):
            return None  # "将个人信息进行匿名化处理，…": the clause has its predicate
        verb = next((v for v in verbs if clause_of[tokens[v].start] == clause + 1), None)
        if verb is None or tokens[verb].start - tokens[end].start > 8:
            return None  # only a few words ("通过加密方式", "一并") before the verb
        between = _words(tokens[end:verb])
        if any(t.word in OBJECT_MARKERS or t.word in self.lex.first_party_words or t.word in self.lex.user_subjects
               or t.word in self.lex.negations or t.word in ("以", "以便", "从而", "进而") for t in tokens[end:verb]) \
                or "的" in between or self.data.find(between):
            return None  # a clause with a subject or an object of its own ("…，诊疗记录保存不少于15年")
        word = tokens[verb].word
        if self.lex.verbs.get(word) in ("collect", "share", "store", "use") or word in self.lex.provide:
            return verb
        return None

    def _final_display(self, clause: int, tokens: list[Token], verbs: list[int], clause_of: list[int]) -> int | None:
        """"你的粉丝列表、关注列表，你公开发布的作品…将会在个人主页中公开展示": data listed as the topic, displayed by
        the verb that ends the sentence in a later clause."""
        return next((v for v in verbs if clause_of[tokens[v].start] > clause
                     and (tokens[v].word.startswith("公开") or self._on_public_page(tokens, v, clause_of))
                     and any(t.word in ("将", "会", "将会") and clause_of[t.start] == clause_of[tokens[v].start]
                             for t in tokens[max(0, v - 12):v])
                     and (v + 1 == len(tokens) or tokens[v + 1].word in ("。", "；", ";"))), None)

    def _adverbial(self, tokens: list[Token], index: int) -> bool:
        """A share verb used as the adverb of the user's verb right after it ("公开发布的作品")."""
        return (tokens[index].word in ADVERBIAL_VERBS and index + 1 < len(tokens)
                and tokens[index + 1].word.startswith(tuple(self.lex.user_provides)))

    @staticmethod
    def _opens_examples(start: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """The data's clause opens with an example marker (包括、例如、比如、如、即…)."""
        first = next((t for t in tokens if clause_of[t.start] == clause_of[start]), None)
        return first is not None and first.word in EXAMPLE_OPENERS

    def _object_of_predicate(self, start: int, end: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """The data follows 对 and a non-practice predicate follows the data (cue `object_predicates`): "对您的个人信息
        承担管理职责", "对您的信息进行严格保密", "对个人信息实行分类管理"."""
        if _word_before(tokens, start, DUI_MODIFIERS) != "对":
            return False
        rest = _words(t for t in tokens if t.start >= end and clause_of[t.start] == clause_of[start])
        return any_match(self.lex.object_predicates, rest) is not None

    def _listed_activity(self, tokens: list[Token], index: int) -> bool:
        """A verb between two list items: after 、/和/及 that follows a noun, and before 、/和/及/等 or a noun
        ("播放时长、分享、下载"; not "收集、使用、共享您的…", whose neighbours are verbs); so is a verb ending an item
        after its noun, between two 、 ("地理位置、页面访问、内容使用、社交互动"). Not a verb after a list number ("3、获取…")."""
        if _after_enumerator(tokens, index):
            return False
        if (2 <= index < len(tokens) - 1 and tokens[index - 2].word == "、" and tokens[index + 1].word in ("、", "等")
                and not self._is_verb(tokens[index - 1].word) and tokens[index - 1].word not in CLAUSE_PUNCT):
            return True
        if index < 2 or index + 1 >= len(tokens) or tokens[index - 1].word != "、":
            return False
        before, after = tokens[index - 2].word, tokens[index + 1].word
        return (not self._is_verb(before) and before not in CLAUSE_PUNCT
                and (after in ("、", "等") or not self._is_verb(after) and after not in CLAUSE_PUNCT
                     and after not in CONJUNCTIONS and after not in ("您的", "你的", "用户的", "其", "我们", "您", "你")))

    def _list_item_verb(self, tokens: list[Token], index: int) -> bool:
        """A verb that begins a noun list item: after 、/和/及 that follows a noun, and itself followed by a noun
        ("账号状态和注册时间"; not "进行加密传输和存储。"), also with the user as its subject ("网络日志以及您使用财付通服务的
        操作行为记录": a relative clause on the item)."""
        if _after_enumerator(tokens, index):
            return False
        item = index - 1 if index >= 3 and tokens[index - 1].word in self.lex.user_subjects else index
        if item < 2 or index + 1 >= len(tokens) or tokens[item - 1].word not in LIST_SEPARATORS:
            return False
        before, after = tokens[item - 2].word, tokens[index + 1].word
        return (not self._is_verb(before) and before not in CLAUSE_PUNCT and not self._is_verb(after)
                and after not in CLAUSE_PUNCT and after not in CONJUNCTIONS and after not in ("。", "等"))

    # -- frames ---------------------------------------------------------------------------------------------
    def _frames(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors, condition_spans,
                default_actor: str, purposes: list[str], condition: str | None,
                original: str = "") -> list[Frame] | None:
        chain = [verb_index]
        while (before := self._chained_verb(chain[0], tokens, -1)) is not None:
            chain.insert(0, before)
        while (after := self._chained_verb(chain[-1], tokens, 1)) is not None:
            chain.append(after)
        # "我们会收集并根据您的设备信息…进行…": 根据 after a verb introduces the basis of a later predicate, no practice
        chain = [v for i, v in enumerate(chain) if not (i and tokens[v].word in BASIS_WORDS)]
        def basis_of(v: int) -> str:  # the rest of the clause after a basis preposition
            return _words(t for t in tokens[v + 1:] if clause_of[t.start] == clause_of[tokens[v].start])
        chain = [v for v in chain if not (tokens[v].word in BASIS_WORDS and NON_DATA_BASIS.match(basis_of(v)))]
        if not chain:
            return None
        first = tokens[chain[0]]
        # inability ("将无法获取") marks a consequence of refusal, not a practice
        for back in range(chain[0] - 1, max(-1, chain[0] - 4), -1):
            if tokens[back].word in self.lex.inability:
                return None
            if tokens[back].word in CLAUSE_PUNCT:
                break
        negated = self._negated(chain[0], tokens, clause_of)
        if negated is None:
            return None  # a limit of scope ("不会超出必要范围收集"), not a practice statement
        if self._obligation_or_safeguard(chain[0], tokens, clause_of):
            return None  # "要求其仅为上述目的处理…", "进行加密存储": duties and safeguards, not practices
        requested = any(t.word in REQUEST_WORDS for t in tokens[max(0, chain[0] - 3):chain[0]])
        subject = self._subject(first.start, tokens, clause_of, actors, condition_spans)
        frames: list[Frame] = []
        for position in chain:
            word = tokens[position].word
            frame = self._frame_for_verb(word, position, tokens, clause_of, actors, subject, default_actor, negated,
                                         requested)
            if frame is None:
                continue
            frame.purposes = purposes
            frame.condition = condition
            frame.verb = word
            if frame.action == "share" and frame.recipient == THIRD_PARTY and original:
                frame.recipient_text = self._recipient_words(position, tokens, clause_of, actors, original)
            frames.append(frame)
            if (frame.action == "collect" and frame.actor == FIRST_PARTY and (not subject or subject[0] == "user")
                    and _posted_publicly(tokens, position)):
                # "您可…选择公开发布图文/视频内容": what the person posts publicly reaches us and is shown to everyone
                # (GUIDELINES: making data visible to other users or the public is share with third_party)
                frames.append(replace(frame, action="share", recipient=THIRD_PARTY))
            if (frame.action == "use" and frame.actor not in (FIRST_PARTY, "user")
                    and _given_and_granted(tokens, position)):
                frames.append(replace(frame, action="collect"))  # the party the person lets use the data gets it
        if (frames and frames[-1].actor == FIRST_PARTY and frames[-1].action in ("collect", "use")
                and not frames[-1].negated and _shown_to_others_later(tokens, chain[-1])):
            # "我们会收集您的…昵称、头像…，并可向您本人或其他用户或好友展示": the later display clause with no object of
            # its own shows the same data to other people (GUIDELINES: share with third_party)
            frames.append(replace(frames[-1], action="share", recipient=THIRD_PARTY))
        if not frames:
            return None
        if requested and subject and subject[0] == "user":
            frames = self._asked_by(chain[0], tokens, clause_of, actors, condition_spans, frames)
        if subject and subject[0] != "user":
            others = self._coordinated_subjects(first.start, subject[0], tokens, clause_of, actors)
            if subject[0] != FIRST_PARTY and self._through_embedded(first.start, subject[0], tokens, clause_of, actors):
                others = others + [FIRST_PARTY]  # the guidelines: we and the SDK we embed both collect
            if others:
                # "我们和第三方合作伙伴可能通过Cookie收集…", "我们以及在应用程序中嵌入的应用安全SDK将…收集": each party of a
                # coordinated subject performs the practice
                frames = frames + [replace(f, actor=party, actor_text=None)
                                   for party in others for f in frames if f.actor == subject[0]]
        partner = self._processing_partner(chain, tokens, actors)
        if partner is not None:
            # "我们会与运营商处理您的手机号码": the party the data is processed together with uses it too, and the line
            # names no transfer to it (GUIDELINES: use by first_party and by that party, no share)
            frames = frames + [replace(f, actor=partner, actor_text=None)
                               for f in frames if f.action == "use" and f.actor == FIRST_PARTY]
        examples = self._recipient_examples(chain[0], tokens, clause_of, actors)
        if examples:
            named, kept = examples
            frames = [replace(f, recipient=party) for f in frames if f.action == "share" and f.recipient == kept[0]
                      for party in named] + [f for f in frames if kept[1] or not (f.action == "share"
                                                                                   and f.recipient == kept[0])]
        coordinated = self._coordinated_recipients(chain[0], tokens, clause_of, actors)
        if coordinated:
            head, parties = coordinated
            frames = frames + [replace(f, recipient=party) for party in parties for f in frames
                               if f.action == "share" and f.recipient == head]
        referred = self._recipients_referred_to(chain[-1], tokens, actors)
        if referred:
            frames = [replace(f, recipient=party) for f in frames if f.action == "share" and f.recipient == THIRD_PARTY
                      for party in referred] + [f for f in frames if not (f.action == "share"
                                                                          and f.recipient == THIRD_PARTY)]
        makers = self._maker_push_parties(first.start, subject[0], tokens, actors) if subject else []
        if makers:
            frames = [replace(f, actor=party, actor_text=None) if f.actor == subject[0] else f
                      for party in makers for f in frames]
        elif subject and subject[0] == THIRD_PARTY:
            named = (self._parties_of_agent_pronoun(first.start, tokens, clause_of, actors)
                     or self._parties_referred_to(first.start, tokens, actors))
            if named:
                frames = [replace(f, actor=party, actor_text=None) if f.actor == THIRD_PARTY else f
                          for party in named for f in frames]
            elif (len(chain) == 1 and not negated and self._processor_use(subject[1], tokens)
                  and all(m.value in (FIRST_PARTY, THIRD_PARTY) for m in actors)
                  and any(m.value == THIRD_PARTY and clause_of[m.start] == clause_of[first.start] and m.end <= first.start
                          for m in actors)):
                # "为保障使用安全…我们的合作方可能会使用必要的设备、帐号及日志信息": a processor working for us
                frames = [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, purposes=f.purposes,
                                condition=f.condition, verb=f.verb, processor=True)
                          if f.action == "use" and f.actor == THIRD_PARTY else f
                          for f in frames]
        if (subject and subject[0] not in ("user", FIRST_PARTY) and not negated
                and any(t.word.startswith("不可避免") for t in tokens[max(0, chain[0] - 4):chain[0]])):
            # "商家及第三方配送公司…不可避免地会获知您的收货人信息": what the merchant or courier we hand the order to
            # cannot help learning is also our disclosure to it (not what the person discloses: "您不可避免地要向交易对方
            # 披露…" stays their collection, GUIDELINES)
            frames = frames + [Frame("share", actor=FIRST_PARTY, recipient=f.actor, purposes=f.purposes,
                                     condition=f.condition, verb=f.verb)
                               for f in frames if f.action == "collect" and f.actor not in (FIRST_PARTY, "user")]
        return unique_frames(frames)

    def _chained_verb(self, position: int, tokens: list[Token], step: int) -> int | None:
        """The verb coordinated with the verb at `position` on its side `step` (-1 before, 1 after) by 、/和/及/并…
        ("收集、使用并共享"; also across 和/或: "共享和/或存储"), or None. A word the lexicon does not know between two
        practice verbs of the run belongs to it and is passed over ("收集、标识和存储您访问…的信息": 收集 still joins 存储)."""
        def conjunctions_from(index: int) -> int:  # the first token after the conjunctions from `index` on
            while 0 <= index < len(tokens) and (tokens[index].word in CONJUNCTIONS or tokens[index].word == "/"):
                index += step
            return index

        linked = self._manner_linked(position, tokens, step)
        if linked is not None:
            return linked
        following = conjunctions_from(position + step)
        if following == position + step or not 0 <= following < len(tokens):
            return None
        if self._is_verb(tokens[following].word):
            return following
        beyond = conjunctions_from(following + step)
        if (beyond != following + step and 0 <= beyond < len(tokens) and self._is_verb(tokens[beyond].word)
                and UNKNOWN_CHAINED_VERB.fullmatch(tokens[following].word)
                and tokens[following].word not in self.lex.negations and tokens[following].word not in self.lex.inability):
            return beyond
        return None

    def _manner_linked(self, position: int, tokens: list[Token], step: int) -> int | None:
        """The verb joined to the one at `position` on its side `step` by "或以其他合法方式" ("收集、储存或以其他合法方式
        使用下列与您有关的信息": the run goes on past the manner phrase), or None."""
        index, words = position + step, []
        while 0 <= index < len(tokens) and len(words) < 7 and tokens[index].word in MANNER_LINK_WORDS:
            words.append(tokens[index].word)
            index += step
        if not words or not 0 <= index < len(tokens) or not self._is_verb(tokens[index].word):
            return None
        phrase = "".join(words if step > 0 else reversed(words))
        return index if MANNER_LINK.fullmatch(phrase) else None

    @staticmethod
    def _processing_partner(chain: list[int], tokens: list[Token], actors) -> str | None:
        """The party a use verb is done together with, named right before it after 与/同/跟 ("与运营商处理"), or None;
        the person (与您核验) and the actor itself are none (共同处理, joint processing, is a share of its own)."""
        start = tokens[chain[0]].start
        party = next((m for m in actors if m.end == start), None)
        if party is None or party.value in (FIRST_PARTY, "user"):
            return None
        if _word_before(tokens, party.start, set(), 1) not in ("与", "同", "跟"):
            return None
        return party.value

    @staticmethod
    def _processor_use(subject_text: str | None, tokens: list[Token]) -> bool:
        """A partner (合作方, 服务提供商…) said to use data for something other than advertising is a processor of ours,
        which the guidelines count as sharing with it ("客户服务提供商需要使用你的帐号", "为分析我们产品的使用和表现情况，我们的
        合作方可能需要使用…"); advertising partners keep their use, and SDKs, other users and carriers (whose one-click
        login check is their own service) are no processors."""
        if not subject_text or "sdk" in subject_text.lower() or subject_text in OTHER_PEOPLE:
            return False
        if subject_text.endswith("运营商"):
            return False  # "运营商将处理您的手机号码信息": the carrier's own one-click login check
        return not ADVERTISING.search(_words(tokens).lower())

    def _recipient_examples(self, verb_index: int, tokens: list[Token], clause_of: list[int],
                            actors) -> tuple[list[str], tuple[str, bool]] | None:
        """The named examples in parentheses right after the recipient of the verb ("与终端设备制造商（华为、小米、OPPO、
        VIVO等）共享", "共享给支付机构（如支付宝、银联）"): (their ids, (the recipient's id, whether it stays: the list is
        open or names others)); None when there are none (GUIDELINES: one tuple per example in sdks.yaml)."""
        text = _words(tokens)
        clause = clause_of[tokens[verb_index].start]
        for a, b in _parentheses(text):
            if clause_of[a] != clause:
                continue
            head = next((m for m in actors if m.end == a and m.value not in (FIRST_PARTY, "user")), None)
            if head is None or not (_after_recipient_marker(tokens, head.start) and b <= tokens[verb_index].start
                                    or tokens[verb_index].end <= head.start and head.start - tokens[verb_index].end <= 3):
                continue
            inside = [m for m in actors if a < m.start and m.end < b and m.value not in (FIRST_PARTY, THIRD_PARTY)]
            if not inside:
                continue
            rest = text[a + 1:b - 1]
            for m in reversed(inside):
                rest = rest[:m.start - a - 1] + rest[m.end - a - 1:]
            open_list = bool(re.sub(r"[、，,和及与或/\s]|^(?:如|例如|比如|包括|包含)[:：]?", "", rest))
            return list(dict.fromkeys(m.value for m in inside)), (head.value, open_list)
        return None

    @staticmethod
    def _others_share_about_person(verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> bool:
        """Other users are the subject of the share verb, whose object is about the person ("使用我们服务的其他用户也有可能
        分享与您有关的信息"; not "向您或该第三方其他用户公开", where they are the recipients)."""
        subject = _party_right_before(verb_index, tokens, clause_of, actors)
        if subject is None or not OTHER_USERS.fullmatch(subject.phrase):
            return False
        verb = tokens[verb_index]
        text = _words(tokens)
        clause_start = next(t.start for t in tokens if clause_of[t.start] == clause_of[verb.start])
        opening = text[clause_start:subject.start]
        return (not opening.strip() or opening.endswith("的")) and ABOUT_THE_PERSON.match(text, verb.end) is not None

    @staticmethod
    def _syncing_party(verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        """Another party that is the subject right before a bare 同步, only modal words between ("关联公司App将同步您
        注册、登录…的一些个人信息"): it takes the data over from us; None for us or any other subject."""
        subject = _party_right_before(verb_index, tokens, clause_of, actors)
        return subject.value if subject is not None and subject.value != FIRST_PARTY else None

    def _coordinated_recipients(self, verb_index: int, tokens: list[Token], clause_of: list[int],
                                actors) -> tuple[str, list[str]] | None:
        """The named recipient of the verb and the other parties joined to it by 、/或/和 ("向Apple健康或华为运动健康同步",
        "共享给支付宝、微信支付": each is a recipient): (the first one's id, the others' ids), or None."""
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        text = _words(tokens)
        following = tokens[verb_index + 1] if verb_index + 1 < len(tokens) else None
        start = verb.end if verb.word[-1] in RECIPIENT_AFTER else (
            following.end if following is not None and following.word in RECIPIENT_AFTER else None)
        before = [m for m in actors if m.end <= verb.start and clause_of[m.start] == clause
                  and _after_recipient_marker(tokens, m.start)]
        after = [m for m in actors if start is not None and 0 <= m.start - start <= 12 and clause_of[m.start] == clause]
        head = after[0] if after else before[-1] if before else None
        if head is None or head.value in (FIRST_PARTY, THIRD_PARTY):
            return None
        others = [m.value for m in _coordinated_after(head, actors, text)
                  if m.value not in (FIRST_PARTY, head.value) and (m.end <= verb.start) == (head.end <= verb.start)]
        return (head.value, list(dict.fromkeys(others))) if others else None

    def _asked_by(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors, condition_spans,
                  frames: list[Frame]) -> list[Frame]:
        """What the user is asked to give (需要您提供) is collected by whoever asks: another party named as the subject of
        the request ("盛付通可能需要您提供真实姓名", "我们和提供认证服务的第三方认证机构需要您提供…") rather than us."""
        request = next((i for i in range(verb_index - 1, max(-1, verb_index - 4), -1)
                        if tokens[i].word in REQUEST_WORDS), None)
        if request is None:
            return frames
        asker = self._subject(tokens[request].start, tokens, clause_of, actors, condition_spans)
        clause = clause_of[tokens[request].start]
        if not asker or asker[0] in ("user", FIRST_PARTY) or not any(
                m.value == asker[0] and clause_of[m.start] == clause and m.end <= tokens[request].start for m in actors):
            return frames  # the asker is named in the request's own clause
        parties = [asker[0]] + self._coordinated_subjects(tokens[request].start, asker[0], tokens, clause_of, actors,
                                                          requesting=True)
        asked = [f for f in frames if f.action == "collect" and f.actor == FIRST_PARTY]
        if not asked:
            return frames
        kept = [f for f in frames if f not in asked]
        return kept + [replace(f, actor=party, actor_text=None) for party in parties for f in asked]

    def _coordinated_subjects(self, verb_start: int, value: str, tokens: list[Token], clause_of: list[int],
                              actors, requesting: bool = False) -> list[str]:
        """The other parties joined by 和/与/及/或 to the subject `value` of the verb at `verb_start`, all in the verb's
        clause and right before it ("我们或我们的第三方合作伙伴可能通过Cookie…获取", "我们和提供认证服务的第三方认证机构需要
        您提供…"): empty when the subject is not part of such a chain."""
        clause = clause_of[verb_start]
        before = [m for m in actors if m.end <= verb_start and clause_of[m.start] == clause]
        text = _words(tokens)
        if not before:
            before = _subject_chain_before_comma(text, verb_start, actors, clause_of, clause)
        if len(before) < 2:
            return []
        last = before[-1]
        gap = text[last.end:verb_start]
        if (SUBJECT_VERB_GAP.fullmatch(gap) is None and not (requesting and REQUEST_GAP.fullmatch(gap))
                and not SUBJECT_MEANS_GAP.fullmatch(gap) and clause_of[last.start] == clause):
            return []  # the parties are not the last words before the verb ("我们与第三方共享")
        chain = [last.value]
        boundary = last.start
        for match in reversed(before[:-1]):
            gap = text[match.end:boundary]
            if gap == "的":
                boundary = match.start  # "我们的合作伙伴": a possessive, not a party of its own
                continue
            if SUBJECT_CONJUNCTION.fullmatch(gap) is None:
                break
            chain.append(match.value)
            boundary = match.start
        if value not in chain:
            return []
        return [v for i, v in enumerate(chain) if v != value and v not in chain[:i]]

    def _embedded_spans(self, tokens: list[Token], clause_of: list[int], actors) -> list[tuple[int, int]]:
        """The spans from 嵌入/集成/接入 to the party embedded, when we are the subject that embeds it and the party's
        practice verb follows right after it ("我们在应用程序中嵌入我们关联公司开发的应用安全SDK收集…"); computed once
        per sentence (the last sentence's spans are kept)."""
        cached = self._embedded_cache
        if cached is not None and cached[0] is tokens and cached[1] is clause_of and cached[2] is actors:
            return cached[3]
        spans = self._find_embedded_spans(tokens, clause_of, actors)
        self._embedded_cache = (tokens, clause_of, actors, spans)
        return spans

    def _find_embedded_spans(self, tokens: list[Token], clause_of: list[int], actors) -> list[tuple[int, int]]:
        spans = []
        for index, token in enumerate(tokens):
            if token.word not in self.lex.sdk_embedding_verbs:
                continue
            clause = clause_of[token.start]
            if not any(m.value == FIRST_PARTY and m.end <= token.start and clause_of[m.start] == clause for m in actors):
                continue
            parties = [m for m in actors if token.end <= m.start and m.end - token.end <= 20
                       and clause_of[m.start] == clause and m.value != FIRST_PARTY]
            verbs = [t for t in tokens[index + 1:] if t.end < (parties[-1].start if parties else 0)
                     and t.word in self.lex.verbs]  # (a word of the party's name such as 应用安全SDK's 应用 is no verb)
            if not parties or verbs or _following_word(tokens, token.end) == "的":
                continue  # "我们接入的第三方可能…收集": a relative clause on the subject, which embeds nothing
            head = next((m for m in parties if text_after(tokens, m.end)[:1] not in ("的", "开")), parties[-1])
            following = next((t for t in tokens if t.start == head.end), None)
            if following is not None and following.word in self.lex.verbs:
                spans.append((token.end, head.end))  # "嵌入…应用安全SDK收集": the SDK collects as we embed it
        return spans

    def _through_embedded(self, verb_start: int, value: str, tokens: list[Token], clause_of: list[int],
                          actors) -> bool:
        """The subject `value` is a party we embed, named in the verb's clause right before the verb."""
        clause = clause_of[verb_start]
        spans = self._embedded_spans(tokens, clause_of, actors)
        return any(m.value == value and clause_of[m.start] == clause and _inside(m.start, spans)
                   and m.end <= verb_start and verb_start - m.end <= 4 for m in actors)

    @staticmethod
    def _parties_of_agent_pronoun(verb_start: int, tokens: list[Token], clause_of: list[int], actors) -> list[str]:
        """The named parties the agent pronoun of the verb's clause points back to ("我们会接入第三方SDK，包括移动一键登录
        SDK、电信一键登录SDK…为您实现…功能，将由其收集您的IP地址" → each SDK), in order, with third_party when they are
        named as examples of a party category before them ("第三方SDK，包括…"); empty when the clause has no 由其 /
        由他们 or the sentence names no party before it."""
        clause = clause_of[verb_start]
        agent = next((t for i, t in enumerate(tokens[1:], 1) if t.word in ("其", "他们", "它们")
                      and tokens[i - 1].word in PASSIVE and t.end <= verb_start and clause_of[t.start] == clause), None)
        if agent is None or any(agent.end <= m.start and m.end <= verb_start for m in actors):
            return []
        before = [m for m in actors if m.end <= agent.start and m.value != FIRST_PARTY]
        named = list(dict.fromkeys(m.value for m in before if m.value != THIRD_PARTY))
        if named and before[0].value == THIRD_PARTY:
            named.append(THIRD_PARTY)
        return named

    def _parties_referred_to(self, verb_start: int, tokens: list[Token], actors) -> list[str]:
        """The named parties a demonstrative subject points back to ("可能涉及的SDK包括腾讯地图SDK、高德地图SDK，此类SDK
        会收集…" → the two map SDKs), in order; empty when the subject is no demonstrative."""
        generic = [m for m in actors if m.end <= verb_start and m.value == THIRD_PARTY]
        if not generic:
            return []
        subject = generic[-1]
        text = _words(tokens)
        # the demonstrative may stand before the generic party or open it ("此类SDK" matched from its 类, "这些SDK" whole)
        window = text[max(0, subject.start - 3):min(subject.end, subject.start + 2)]
        if not any(word in window for word in self.lex.party_demonstratives):
            return []
        named: list[str] = []
        for match in actors:
            if match.end <= subject.start and match.value not in (THIRD_PARTY, FIRST_PARTY) and match.value not in named:
                named.append(match.value)
        if named and _list_names_others(text, subject.start, actors):
            named.append(THIRD_PARTY)
        return named

    def _recipients_referred_to(self, verb_index: int, tokens: list[Token], actors) -> list[str]:
        """The named parties a demonstrative recipient right after the verb points back to ("…由中国电信运营商、中国联通
        运营商提供，…将您的手机号…提供给此类服务提供商" → the operators), in order; empty when it is no demonstrative."""
        end = tokens[verb_index].end
        generic = next((m for m in actors if m.value == THIRD_PARTY and 0 <= m.start - end <= 4), None)
        if generic is None:
            return []
        text = _words(tokens)
        if not any(word in text[end:generic.start + 1] for word in self.lex.party_demonstratives):
            return []
        named: list[str] = []
        for match in actors:
            if match.end <= end and match.value not in (THIRD_PARTY, FIRST_PARTY) and match.value not in named:
                named.append(match.value)
        return named

    def _maker_push_parties(self, verb_start: int, value: str, tokens: list[Token], actors) -> list[str]:
        """The phone makers' push SDKs that the push-SDK subject `value` of the verb stands for, in order: the makers
        listed right before a maker's push SDK ("华为/OPPO/小米/魅族Push SDK需要读取…" → huawei_push, oppo_push, mipush,
        meizu_push) or, for the makers' push SDKs named as one ("如您使用小米、华为手机，我们接入的上述手机厂商Push SDK需要
        收集…"), the makers the sentence names before it, with third_party when that list is open ("如小米、华为等品牌");
        empty for any other subject."""
        before = [m for m in actors if m.end <= verb_start]
        if not before or before[-1].value != value:
            return []
        subject = before[-1]
        push_ids = set(self._maker_push.values())
        text = _words(tokens)
        if value == THIRD_PARTY and MAKERS_PUSH.fullmatch(subject.phrase):
            makers = [m for m in before[:-1] if m.value in self._maker_push or m.value in push_ids]
        elif value in push_ids:
            makers, boundary = [subject], subject.start
            for match in reversed(before[:-1]):
                if text[match.end:boundary] not in MAKER_LIST_GAPS or not (
                        match.value in self._maker_push or match.value in push_ids):
                    break
                makers.insert(0, match)
                boundary = match.start
            if len(makers) < 2:
                return []
        else:
            return []
        parties = list(dict.fromkeys(self._maker_push.get(m.value, m.value) for m in makers))
        if parties and value == THIRD_PARTY and any(text[m.end:m.end + 1] == "等" for m in makers):
            parties.append(THIRD_PARTY)
        return parties

    def _frame_for_verb(self, word: str, position: int, tokens: list[Token], clause_of: list[int], actors,
                        subject: tuple[str, str | None] | None, default_actor: str, negated: bool,
                        requested: bool = False) -> Frame | None:
        user_subject = subject is not None and subject[0] == "user"
        actor, actor_text = (subject if subject and not user_subject else (default_actor, None))
        if position > 0 and tokens[position - 1].word in ("自行", "自主") and word not in self.lex.user_provides:
            return None  # "可以通过以下方式自行访问、查询": the user's own access to their data (自行填写 still provides it)
        if _deletion_period(tokens, position, clause_of, self.lex.deletion_verbs):
            # "相关账号信息将在15个工作日内被删除": a retention period, which the guidelines count as storage
            return None if negated or user_subject else Frame("store", negated=False, actor=actor, actor_text=actor_text)
        if _taken_by_anyone(tokens, position, clause_of):
            # "您主动公开的个人信息可被任何第三方阅读、收集和使用": data open to anyone who takes it is made public,
            # which the guidelines count as sharing with third parties
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if word in DISPLAY_VERBS:
            others = (_other_people_before(tokens, position, clause_of) or self._on_public_page(tokens, position, clause_of)
                      or self._other_viewer(tokens, position, clause_of, actors)
                      or _other_people_see_after(tokens, position, clause_of)
                      or word == "可见" and _visible_to_others(tokens, position, clause_of)
                      # "您的精确位置不会被展示": the person's data shown (passive 被) goes to whoever sees it
                      or word in SHOWING_VERBS and position > 0 and tokens[position - 1].word == "被")
            recipient = None if user_subject and not others else self._recipient(position, tokens, clause_of, actors)
            if others or recipient not in (None, "user", FIRST_PARTY):
                # "向其他用户展示", "其他用户可以看到…": shown to other people, which the guidelines count as sharing
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            if recipient is None and not user_subject and self._published(tokens, position):
                # "当您发布内容时，我们将展示您的昵称、头像": shown with what the user publishes, to whoever reads it
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if negated and word in VIEWING_VERBS:
            # (other people denied the view keep the not_share above: "其他用户无法查看您的关注列表")
            return None  # "我们不会查看或分析您的聊天内容": a denial of viewing is a denial of use, which gets no tuple
        grantee = self._authorized_grantee(position, tokens, clause_of, actors)
        if grantee is not None:
            if grantee != FIRST_PARTY and self.lex.verbs.get(word) == "use" and _given_and_granted(tokens, position):
                # "您应当…提供并授权该服务方（即…）使用您的个人信息": the person gives the data to the party, which
                # collects (see _frames) and uses it
                return Frame("use", negated=negated, actor=grantee)
            # "您授权该共同房东访问和更新您的信息", "允许第三方应用读取您的通讯录": letting another party use the data
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=grantee)
        if (word in HANDED_OVER and actor_text and OTHER_USERS.fullmatch(actor_text)
                and self._recipient(position, tokens, clause_of, actors) is None):
            # "如果其他用户上传的通讯录中包含您的联系方式", "其他用户提供的物流地址": what other users of the service hand
            # over reaches the service, as the person's own upload does (GUIDELINES: 其他用户发布的信息中可能含有您的部分
            # 信息 → collect by first_party)
            return Frame("collect", negated=negated, actor=FIRST_PARTY)
        if word in self.lex.provide and word not in self.lex.verbs:
            recipient = self._recipient(position, tokens, clause_of, actors)
            if recipient is None and negated and not user_subject and not requested:
                recipient = self._earlier_recipient(position, tokens, clause_of, actors)
            ours = any(m.value == FIRST_PARTY and m.end <= tokens[position].start
                       and clause_of[m.start] == clause_of[tokens[position].start] for m in actors)
            if recipient is None and not user_subject and _at_request_of_others(tokens, position, clause_of):
                # "应您的监护人合法要求而提供您的信息", "需要应权利人…的要求而提供您的信息": the data goes to the party
                # that asks for it, a provision by us to that party (`share`), not a request to the person
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            if ((user_subject or requested and subject is None) and not ours
                    and recipient not in (None, FIRST_PARTY, "user")):
                return Frame("collect", negated=negated, actor=recipient)  # 您需要向支付机构提供银行卡号: they collect it
            # "我们需要向境外提供您的信息", "我们需向合作方提供…": our own need to give a party the data is a
            # provision by us, not a request to the person (no 您 between the need and the verb)
            need = next((k for k in range(position - 1, max(-1, position - 4), -1) if tokens[k].word in REQUEST_WORDS), None)
            own_need = (need is not None and subject is not None and subject[0] == FIRST_PARTY
                        and recipient not in (None, FIRST_PARTY, "user")
                        and not any(t.word in ("您", "你") for t in tokens[need + 1:position]))
            if requested and not own_need and (subject is None or subject[0] == FIRST_PARTY or user_subject):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)  # 我们不会要求您提供… / 请您提供…
            if recipient == "user":
                return None  # 为您提供 / 向您提供: a service to the user
            if user_subject or recipient == FIRST_PARTY:
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient is not None:
                return Frame("share", negated=negated, actor=actor, actor_text=actor_text, recipient=recipient)
            if subject is None and default_actor == FIRST_PARTY:
                return Frame("collect", negated=negated, actor=FIRST_PARTY)  # "需要提供手机号码"
            return None
        if user_subject and _made_public(tokens, position):
            # "可让您与使用该服务的所有用户公开分享您的相关信息", "您在平台公开分享的文字和照片", "您主动公开的个人信息":
            # what the person makes public through the service is shown to everyone (GUIDELINES: public display is
            # share with third_party), not given to us only
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if user_subject:
            if word in self.lex.user_provides and position + 1 < len(tokens) and tokens[position + 1].word[:2] == "同步":
                # "您将已持有的BOSS直聘账号及相关信息授权同步到我们运营的BOSS直聘校招平台": the grant is of the
                # synchronisation, which the service carries out to the other platform (GUIDELINES: data synchronised to
                # another party, platform or app is `share`)
                recipient = self._recipient(position + 1, tokens, clause_of, actors)
                if recipient not in (None, FIRST_PARTY, "user"):
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=recipient)
            if word in self.lex.user_provides:
                recipient = self._recipient(position, tokens, clause_of, actors)
                if recipient not in (None, FIRST_PARTY, "user"):
                    return Frame("collect", negated=negated, actor=recipient)  # 您向第三方分享…: they receive it
                sdk = self._sdk_needing_grant(position, tokens, actors) if recipient is None else None
                return Frame("collect", negated=negated, actor=sdk or FIRST_PARTY)
            if self.lex.verbs.get(word) == "share":
                recipient = self._recipient(position, tokens, clause_of, actors)
                if recipient not in (None, FIRST_PARTY, "user") and word[:2] == "同步":
                    # "您将…账号及相关信息同步到我们运营的…平台": the service carries out the person's synchronisation
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=recipient)
                if recipient not in (None, FIRST_PARTY, "user") and _shared_with_public(tokens, position, clause_of):
                    # "您可以基于竞技世界服务与第三人（包括不特定对象）共享您的个人信息": what the person shares through the
                    # service with anyone is displayed by the service (GUIDELINES: public display is share)
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
                if recipient not in (None, FIRST_PARTY, "user"):
                    # "您不可避免地要向交易对方披露自己的个人信息": the other party receives it from the person (GUIDELINES)
                    return Frame("collect", negated=negated, actor=recipient)
            return None  # the user's own action: 您可以查看/删除…
        action = (self.lex.verbs.get(word) or ("use" if word in self.lex.cookie_verbs else None)
                  or ("collect" if word == LEARNING_VERB else None))  # see _learns_about_person
        if action is None:
            # "需要提供…"; "我们会…向你请求授权相册、摄像头、麦克风权限": what we ask the person to give or grant
            if word in self.lex.user_provides and (subject is None or requested and subject[0] == FIRST_PARTY):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            return None
        if action == "share":
            recipient = self._recipient(position, tokens, clause_of, actors)
            if recipient == "user":
                return None
            if recipient is None and self._others_share_about_person(position, tokens, clause_of, actors):
                # "使用我们服务的其他用户也有可能分享与您有关的信息": the person's information in what other users share
                # reaches the service (GUIDELINES: 其他用户发布的信息中可能含有您的部分信息 → collect by first_party)
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient == FIRST_PARTY:  # "运营商会将您的手机号码发送给我们": we collect it
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient is None and word == "同步":
                party = self._syncing_party(position, tokens, clause_of, actors)
                if party is not None:  # "关联App将同步您…的个人信息": the party that syncs it from us receives it
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=party)
                return None  # "连接穿戴设备并同步、展示运动健康数据": no party, no way it goes (see the verbs of analyze)
            if recipient is None and word[:2] == "同步" and word[-1] in RECIPIENT_AFTER:
                place = text_after(tokens, tokens[position].end)
                if SYNCED_TO_OWN_DEVICE.match(place):
                    return None  # "将邮件中的日程同步到手机系统中": kept on the person's own phone, no transfer
                if SYNCED_TO_SERVER.match(place):
                    # "我们会把邮箱帐号同步到推送服务器", "会同步到百度云端": the servers of the actor take it (GUIDELINES)
                    return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
            return Frame("share", negated=negated, actor=actor, actor_text=actor_text,
                         recipient=recipient or THIRD_PARTY)
        if word in VERIFY_VERBS and COMPARED_WITH.search(
                _words(t for t in tokens[:position] if clause_of[t.start] == clause_of[tokens[position].start])):
            action = "use"
        return Frame(action, negated=negated, actor=actor, actor_text=actor_text)

    def _sdk_needing_grant(self, position: int, tokens: list[Token], actors) -> str | None:
        """The SDK we use that needs what the person grants right after it, with no party of its own ("我们使用了百度音视频
        直播 SDK，需要您授权以下内容的访问权限：相机…" → the SDK collects; GUIDELINES: the clause after "we use the SDK" with
        no subject of its own is the SDK's), or None."""
        person = next((k for k in range(position - 1, 0, -1) if tokens[k].word in ("您", "你")), None)
        if person is None or tokens[person - 1].word not in ("需要", "需"):
            return None
        sdks = [m for m in actors if m.end <= tokens[person].start and "sdk" in m.phrase.lower()]
        if not sdks or any(sdks[-1].end <= m.start < tokens[position].start for m in actors if m is not sdks[-1]):
            return None
        text = _words(tokens)
        if not self._we_use_sdk.search(text, 0, sdks[-1].start):
            return None
        if re.search(r"[。；;]", text[sdks[-1].end:tokens[person].start]):
            return None
        return sdks[-1].value

    def _authorized_grantee(self, position: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        """A party other than us that 授权/允许 lets perform this verb ("授权第三方应用读取…", "授权该共同房东访问…"), or
        that we entrust (委托) with processing the data ("委托第三方代表我们处理您的个人信息")."""
        entrusted = tokens[position].word in ENTRUSTED_VERBS
        if tokens[position].word not in GRANTED_VERBS and not entrusted:
            return None
        clause = clause_of[tokens[position].start]
        for back in range(position - 1, max(-1, position - 16), -1):  # (the grantee may be named in brackets)
            token = tokens[back]
            if clause_of[token.start] != clause:
                return None
            if token.word in ("授权", "允许") or token.word == "委托" and entrusted:
                between = _words(tokens[back + 1:position])
                named = [m for m in actors if token.end <= m.start < tokens[position].start]
                if named and named[0].value == THIRD_PARTY and (
                        named[0].start == token.end or GRANTEE_DEMONSTRATIVE.fullmatch(
                            _words(t for t in tokens if token.end <= t.start < named[0].start))):
                    # 授权第三方应用读取…, 授权该服务方（即…）使用… (a named company may be the policy's own product)
                    return THIRD_PARTY
                if (token.word == "委托" and named and named[0].value != FIRST_PARTY
                        and named[0].start - token.end <= 8 and not re.search(r"[的，,]", between[:named[0].start - token.end])):
                    # "委托实名认证服务商查询、核验…", "委托服务合作方代表我们处理…": the processor named after 委托 (not
                    # "其委托的代理商", a relative clause)
                    return named[0].value
                if between.startswith(("该", "其他", "他人", "任何")) and not named:
                    return THIRD_PARTY  # 授权该共同房东访问…
                return None
        return None

    def _negated(self, verb_index: int, tokens: list[Token], clause_of: list[int]) -> bool | None:
        """True for a denial, False for none, None for a negated limit of scope."""
        clause = clause_of[tokens[verb_index].start]
        depth = 0  # inside parentheses (examples), which neither negate nor block
        counted = 0
        for back in range(verb_index - 1, -1, -1):
            token = tokens[back]
            if token.word in ("）", ")"):
                depth += 1
                continue
            if token.word in ("（", "("):
                depth = max(0, depth - 1)
                continue
            if depth:
                continue
            counted += 1
            if counted > NEGATION_WINDOW:
                return False
            if clause_of[token.start] != clause:
                return False
            if token.word in self.lex.negations:
                between = _words(tokens[back + 1:verb_index])
                if any_match(self.blockers, between):
                    return None
                return True
            if token.word in ("但", "但是", "而是", "只", "仅", "只会", "仅会", "才"):
                return False
        return False

    def _subject(self, verb_start: int, tokens: list[Token], clause_of: list[int], actors,
                 condition_spans) -> tuple[str, str | None] | None:
        """The nearest actor before the verb: ('user', None), (actor id, text) or None."""
        clause = clause_of[verb_start]
        best: tuple[int, tuple[str, str | None]] | None = None
        verb = next((t.word for t in tokens if t.start == verb_start), "")
        shares = self.lex.verbs.get(verb) == "share"
        obtains = self.lex.verbs.get(verb) == "collect"
        # a party inside parentheses that modify a noun is not the subject
        # ("根据服务提供方（包括…电信运营商等）的要求提供您的实名信息")
        sentence_text = _words(tokens)
        spans = _parentheses(sentence_text)  # cached
        parentheses = [(a, b) for a, b in spans if not a <= verb_start < b
                       and any(t.start == b and t.word.startswith("的") for t in tokens)] if spans else []
        # ... nor are the examples of a recipient ("与终端设备制造商（华为、小米、OPPO、VIVO等）共享")
        parentheses += [(a, b) for a, b in spans if b <= verb_start and any(
            m.end == a and _after_recipient_marker(tokens, m.start) for m in actors)]
        # ... nor is the tool of a means phrase ("通过在应用程序中嵌入的支付宝软件工具开发包（SDK）等方式与支付宝公司共享")
        parentheses += [(m.start(), m.end()) for m in MEANS_PHRASE.finditer(sentence_text) if m.end() <= verb_start]
        condition_of_verb = not any(a < verb_start < b and sentence_text[a] == "除" for a, b in condition_spans)
        for match in actors:
            if match.end > verb_start or any(a <= match.start < b and not (a <= verb_start < b and condition_of_verb
                                                                  and match.value != FIRST_PARTY)
                                             for a, b in condition_spans):
                # a party in a condition is no subject of the verbs after it, but is of the condition's own verb
                # ("当您购物且第三方获取您的联系方式时"; not in an exception: "除…的关联公司外的任何第三方分享")
                continue
            if clause_of[match.start] != clause and clause_of[match.start] < clause - 2 and not (
                    "sdk" in match.phrase.lower() and not any(
                        m.end <= verb_start and m.start > match.start for m in actors)):
                # (the SDK a sentence is about stays the subject of its later clauses with no party of their own:
                # "网易七鱼SDK采集您的网络信息…，用于…，从而…；当开启传感器信息权限后，会收集距离传感器信息")
                continue
            if ((_after_recipient_marker(tokens, match.start) and (shares or not _our_partner(tokens, match.start)))
                    or _inside(match.start, parentheses) or _coordinated_with_recipient(match, actors, tokens)):
                continue  # "向（任何）第三方提供", "向支付宝或微信支付提供": a recipient, not the subject
            if self._in_source_phrase(tokens, match.start, clause_of, obtains and "sdk" not in match.phrase.lower()):
                continue  # "我们会从第三方获取…", "自…支付机构处收集": the party the data comes from, not the subject
            if clause_of[match.start] != clause and _inside(match.start, self._embedded_spans(tokens, clause_of, actors)):
                # "我们在应用程序中嵌入…应用安全SDK收集…，并可能使用或整合…": the SDK we embed collects only in its own clause
                continue
            if shares and _described_recipient(tokens, match.start):
                continue  # "与提供广告服务的合作伙伴共享": the party is the recipient, described by a relative clause
            relative = _RELATIVE_AFTER.match(text_after(tokens, match.end)) if clause_of[match.start] != clause else None
            if relative and not any(relative[1].startswith(v) for v in self.lex.verbs):
                # "您可通过我们为您提供的功能，选择公开发布…": the party of a relative clause in an earlier clause is not
                # the subject of a later one, unless the clause says it handles the data ("此类SDK收集的信息包括：…")
                continue
            if (match.value == FIRST_PARTY and clause_of[match.start] == clause
                    and self._our_relative_before(match, verb_start, tokens)):
                # "您通过…或参加我们举办的活动时所提交的信息": we are the subject of a relative clause on a noun before
                # the verb, not of the verb
                continue
            if clause_of[match.start] != clause and self._party_of_relative_in_object(match, tokens, clause_of):
                # "我们可能会使用或整合…以及合作伙伴取得您授权或者依法共享的信息，根据…判断": the party only says which
                # data the earlier clause's verb takes, and is no subject of a later clause
                continue
            if clause_of[match.start] != clause and text_after(tokens, match.end).startswith("的"):
                continue  # "…记录并保存您登录和使用本服务的信息，将收集…": a possessor in an earlier clause is no subject
            value = match.value
            text = None if value == FIRST_PARTY else _surface(tokens, match)
            if best is None or match.end > best[0]:
                best = (match.end, (value, text))
        # a clause that opens with a modal and its verb ("…进入个人信息界面，可以查看个人头像") keeps the subject of the
        # clause before it
        opening = _words(t for t in tokens if clause_of[t.start] == clause and t.end <= verb_start)
        carried = bool(opening) and OPENING_MODAL.fullmatch(opening) is not None
        for token in tokens:
            if token.end > verb_start or token.word not in self.lex.user_subjects:
                continue
            if _inside(token.start, condition_spans) and not (
                    self.lex.verbs.get(verb) == "use"
                    and not any(t.word in self.lex.negations for t in tokens if token.end <= t.start < verb_start)
                    and any(a <= token.start and verb_start < b for a, b in condition_spans)):
                # "当您注册时，我们会收集…": the user of a condition is no subject of the verbs after it, but is of a use
                # verb inside it ("当您使用手机号码注册时", "在您首次使用…时": the person's own use), unless it is negated
                # ("如您不希望在使用…时匹配到…": what the person does not want)
                continue
            if not (clause_of[token.start] == clause or carried and clause - 2 <= clause_of[token.start] < clause):
                continue
            preceding = _preceding_char(tokens, token.start)
            if preceding in RECIPIENT_BEFORE | {"为"}:
                continue  # "向您提供" / "为您": the user is the beneficiary
            if preceding in OBJECT_MARKERS | {"的"} and self._owns_data(tokens, token):
                # "将您个人信息共享给…", "将我们收集的您某些信息共享给…": after 将/把 or a relative clause's 的 the user
                # right before a data term owns it (not "将您提供的信息…", where the user is the relative's subject)
                continue
            if _word_before(tokens, token.start, set(), 1) in USER_AS_STANDARD:
                continue  # "按您授权情况披露": the user sets the standard, the verb's subject is unsaid
            if _following_word(tokens, token.end) in ("的",):
                continue  # "您的": possessive, not a subject
            entered = preceding in OBJECT_MARKERS and any(
                t.word in self.lex.entry_verbs and token.end <= t.start and t.end <= verb_start for t in tokens)
            if ((_following_word(tokens, token.end) not in USER_MODALS or entered)
                    and any(_marks_relative(t.word) and token.end <= t.start and t.end <= verb_start
                            # (not a 的 describing the party after 向: "您要向交易对方或潜在的交易对方披露…")
                            and not any(r.word == "向" and token.end <= r.start < t.start <= r.end + 10
                                        and not any(self._is_verb(v.word) for v in tokens if r.end <= v.start < t.start)
                                        for r in tokens)
                            for t in tokens)):
                # "将您填写的姓名发送给…": the user is the subject of a relative clause on the object (also when the
                # clause is part of a data term, "将您上传的照片共享给…", and after 将 also with a place before the
                # person's entry verb: "将您在“收货地址”功能中填写的地址信息提供给…")
                continue
            if best is None or token.end > best[0]:
                best = (token.end, ("user", None))
        for index, token in enumerate(tokens):
            # "您知悉由其直接收集…": the agent after 由/被 is the subject, even as a bare pronoun
            if (token.word in PASSIVE and token.end <= verb_start and clause_of[token.start] == clause
                    and (best is None or best[0] <= token.start) and index + 1 < len(tokens)
                    and tokens[index + 1].word in AGENT_PRONOUNS and tokens[index + 1].end <= verb_start):
                best = (tokens[index + 1].end, (THIRD_PARTY, None))
        return best[1] if best else None

    def _our_relative_before(self, match, verb_start: int, tokens: list[Token]) -> bool:
        """Whether 我们 right before a short relative clause that closes before the verb with a verb of no practice
        ("我们举办的活动", "我们运营的平台") is only that clause's subject."""
        after = text_after(tokens, match.end)
        if match.phrase not in ("我们", "我方", "我行", "本行", "本公司"):
            return False  # (the service's own name after 在 is where the data is: "您在百度地图的检索历史")
        if after.startswith("的"):
            # "您通过我们的客服…提交的信息": our staff named after a preposition, the means of the person's act
            return _word_before(tokens, match.start, set(), 1) in OUR_MEANS_BEFORE
        relative = _RELATIVE_AFTER.match(after)
        if relative is None or match.end + relative.end() > verb_start:
            return False
        word = relative[1]
        return not any(word.startswith(v) for v in self.lex.verbs) and word not in self.lex.user_provides

    def _party_of_relative_in_object(self, match, tokens: list[Token], clause_of: list[int]) -> bool:
        """The party is the subject of a relative clause on data (…的信息 / …的数据) inside the object of a practice
        verb before it in its clause ("使用或整合您的个人信息以及我们的关联方、合作伙伴取得您授权或者依法共享的信息"); not a
        party that opens its clause ("此类SDK收集的信息包括：…")."""
        clause = clause_of[match.start]
        if not any(self._is_verb(t.word) for t in tokens if t.end <= match.start and clause_of[t.start] == clause):
            return False
        rest = _words(t for t in tokens if t.start >= match.end and clause_of[t.start] == clause)
        return PARTY_RELATIVE_ON_DATA.match(rest) is not None

    def _in_source_phrase(self, tokens: list[Token], start: int, clause_of: list[int], obtained: bool = False) -> bool:
        """The party at `start` stands in a 从/自 phrase that names where the data comes from ("从第三方获取",
        "从关联公司、合作伙伴处接收", "自您选择的…支付机构处收集"), or, for a verb of obtaining (`obtained`), in a 通过/向
        phrase ("通过微信开放平台获取"): such a marker before it in its clause, with no practice verb between but one
        of a relative clause on the party that the user is the subject of ("通过您基于交易所选择的交易对象、支付机构
        收集"; in "向我们提供服务的合作伙伴收集" the marker is part of the relative clause)."""
        markers = SOURCE_MARKERS | OBTAINED_THROUGH if obtained else SOURCE_MARKERS
        index = _index_ending_at(tokens, start)
        clause = clause_of[start]
        relative = crossed = False
        while index is not None and index >= 0 and clause_of[tokens[index].start] == clause:
            word = tokens[index].word
            if word in markers:
                return not crossed or tokens[index + 1].word in self.lex.user_subjects
            relative = relative or word == "的"
            acts = ((word in self.lex.verbs or word in self.lex.provide or word in self.lex.user_provides)
                    and tokens[index + 1].word not in PARTY_SUFFIXES)  # "技术服务提供方": a noun
            if word in CLAUSE_PUNCT or acts and not relative:
                return False  # "需要向我们提供或授权我行收集": 我行 is the subject of 收集
            crossed = crossed or acts
            index -= 1
        return False

    def _owns_data(self, tokens: list[Token], token: Token) -> bool:
        """A data term starts at the user pronoun `token` or right after it ("您某些信息", "您/个人信息")."""
        after = text_after(tokens, token.start)
        return any(m.start in (0, len(token.word)) for m in self.data.find(after))

    def _published(self, tokens: list[Token], position: int) -> bool:
        """The sentence is about what the user publishes (`publication_words`: 发布, 发帖, 个人主页…) and no one
        is named before the display verb (为您展示 shows the user something)."""
        if tokens[position].word not in SHOWING_VERBS or (
                position > 0 and tokens[position - 1].word in self.lex.user_subjects | {"为您", "为你", "向您", "向你"}):
            return False
        # also inside a longer token: the user dictionary joins "发布内容", "发布的信息"
        return any(word in t.word for t in tokens for word in self.lex.publication_words)

    def _other_viewer(self, tokens: list[Token], position: int, clause_of: list[int], actors) -> bool:
        """The subject of a viewing verb (看到 / 查看 / 看见) is a person other than us and the user, named or not
        ("作者可以在作家后台看到您的昵称", "他们将看到您的会员等级", "被邀请的家庭成员接受邀请后，可以查看…摄像机画面"):
        the service shows them the data, which the guidelines count as sharing. Not "您可以查看", "我们的工作人员查看",
        a thing of ours or the user's that "sees" (`not_viewers`: 系统, 设备), nor a named party (see _subject)."""
        if tokens[position].word not in VIEWING_SUBJECT_VERBS:
            return False
        head = _viewer_head(tokens, position, clause_of)
        if head is None:
            return False
        phrase, noun = head
        if not PERSON_NOUN.fullmatch(noun) or self.data.find(noun):
            return False
        if noun in self.lex.first_party_words | {"本人", "自己"} or noun in self.lex.user_subjects and not re.search(
                r"[您你其他]", phrase[:-len(noun)]):
            return False  # (but "被您加入黑名单的用户": other users, whom the person acts on)
        if any(word in noun for word in self.lex.not_viewers) or any(w in phrase for w in self.lex.first_party_words):
            return False
        if any(a.phrase in phrase and not OTHER_USERS.fullmatch(a.phrase) for a in actors):
            return False  # a named party as the viewer is left to _subject (not other users: "以便您或您的好友或其他用户能够…查看")
        return True

    def _on_public_page(self, tokens: list[Token], position: int, clause_of: list[int]) -> bool:
        """A page other people visit (`public_pages`) named in the clause of a display verb that shows data ("将会在
        个人主页中展示"; not a viewer's 查看)."""
        clause = clause_of[tokens[position].start]
        words = _words(t for t in tokens if clause_of[t.start] == clause)  # (jieba splits "账号主页面" as 主 / 页面)
        return (tokens[position].word in SHOWING_VERBS and any(page in words for page in self.lex.public_pages)
                and not (position > 0 and tokens[position - 1].word in ("向您", "向你", "为您", "为你", "您", "你")))

    def _recipient(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        # after the verb: 提供给X / 共享至X
        following = tokens[verb_index + 1] if verb_index + 1 < len(tokens) else None
        if verb.word[-1] in RECIPIENT_AFTER or (following and following.word in RECIPIENT_AFTER):
            start = verb.end if verb.word[-1] in RECIPIENT_AFTER else following.end
            window = [m for m in actors if m.start >= start and m.start - start <= 12 and clause_of[m.start] == clause]
            if window:
                if _OTHER_THAN.match(text_after(tokens, window[0].end)):
                    return THIRD_PARTY  # 转让给除百度公司外的任何公司: everyone but the one named, as before the verb
                head = _head_actor(window[0], actors, tokens)
                if head.value == FIRST_PARTY and OUR_PARTNER_AFTER.match(text_after(tokens, head.end)):
                    return THIRD_PARTY  # "提供给我们合作的物流公司": a party we work with, described by 我们
                return head.value
            for token in tokens[verb_index + 1: verb_index + 4]:
                if token.word in self.lex.user_subjects:
                    if USERS_PEOPLE.match(text_after(tokens, token.end)):
                        return THIRD_PARTY  # "提供给您的监护人": someone the person has, not the person
                    return "user"
        else:
            # after the verb's object: 提供您的个人信息给第三方 / 转让您的个人信息给任何其他第三方
            to = next((k for k in range(verb_index + 1, len(tokens)) if tokens[k].word == "给"
                       or clause_of[tokens[k].start] != clause or self._is_verb(tokens[k].word)), None)
            if to is not None and tokens[to].word == "给" and tokens[to].start - verb.end <= 24:
                party = next((m for m in actors if 0 <= m.start - tokens[to].end <= 6 and clause_of[m.start] == clause),
                             None)
                if party is not None:
                    return _head_actor(party, actors, tokens).value
        # before the verb: 向X提供 / 与X共享
        for token in reversed(tokens[:verb_index]):
            if clause_of[token.start] != clause:
                break
            if token.word in RECIPIENT_BEFORE:
                nxt = _following_word(tokens, token.end)
                if token.word == "对" and nxt in self.lex.user_subjects and text_after(
                        tokens, token.end + len(nxt)).startswith("的"):
                    continue  # "对您的个人信息进行公开": 对 marks the object, not a recipient
                if nxt in self.lex.user_subjects:
                    after = text_after(tokens, token.end + len(nxt))
                    if after.startswith(("指定", "授权的", "选择的", "所选择的", "选定的", "认识的")):
                        # 向您指定的他人提供 / 与您选择的相应金融机构共享: others the user names or chooses
                        return THIRD_PARTY
                    if OTHER_USERS.match(after.lstrip("的")):
                        return THIRD_PARTY  # 与您的好友、家人及其他用户分享: the person's friends are other people
                    return "user"
                for match in actors:
                    if match.end > verb.start:
                        continue  # "向其他方转让我们已经获取的…": a party after the verb is none of 向's
                    if match.start == token.end or (0 <= match.start - token.end <= 6 and clause_of[match.start] == clause) \
                            or _described_party_before_verb(tokens, token.end, match, verb.start, clause_of):
                        if _OTHER_THAN.match(text_after(tokens, match.end)):
                            return THIRD_PARTY  # 与本行以外的任何公司: everyone but the one named
                        head = _head_actor(match, actors, tokens)
                        if head.value == FIRST_PARTY and OUR_PARTNER_AFTER.match(text_after(tokens, head.end)):
                            return THIRD_PARTY  # "与我们运营的看准网共享": a party described by 我们, as after the verb
                        return head.value
                if _other_users_before_verb(tokens, token.end, verb.start, clause_of):
                    return THIRD_PARTY  # "也与使用该服务的所有用户公开/分享您的相关信息": other users, unnamed
                if nxt and not any(token.end <= m.start < token.end + 4 for m in actors):
                    # "通过…嵌入的微信软件工具开发包（SDK）等方式与微信共享": a bare maker whose SDK the sentence names
                    # as the means is that SDK (GUIDELINES: bare 微信 is no party name, the WeChat SDK named is)
                    named = self.entities.sdks_of_maker_at(text_after(tokens, token.end)) & {m.value for m in actors}
                    if len(named) == 1:
                        return named.pop()
                if token.word in ("向", "给") and nxt and nxt not in CLAUSE_PUNCT:
                    return THIRD_PARTY  # 向任何人提供 / 向他人提供: an unnamed recipient
            elif len(token.word) > 1 and token.word[0] in ("向", "给") and token.word[1:] not in self.lex.user_subjects:
                # jieba joined the preposition to its object ("向银联"): the object is the recipient
                for match in actors:
                    if match.start == token.start + 1:
                        return THIRD_PARTY if _OTHER_THAN.match(text_after(tokens, match.end)) else match.value
                return THIRD_PARTY
        return None

    def _earlier_recipient(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        """The other party that an earlier clause's 提供/共享 names, which a later denial of 提供 with no recipient leaves
        unsaid ("仅会向这些委托方提供推广的覆盖面和有效性的信息，而不会提供您的个人身份信息")."""
        clause = clause_of[tokens[verb_index].start]
        for index in range(verb_index - 1, -1, -1):
            word = tokens[index].word
            if clause_of[tokens[index].start] == clause or clause_of[tokens[index].start] < clause - 2:
                continue
            if word in self.lex.provide or self.lex.verbs.get(word) == "share":
                recipient = self._recipient(index, tokens, clause_of, actors)
                if recipient not in (None, "user", FIRST_PARTY):
                    return recipient
        return None

    def _recipient_words(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors,
                         original: str) -> str | None:
        """The words naming who a share verb gives the data to, as written, for a `third_party` recipient: the phrase
        after 给/至 ("提供给北京某某科技有限公司") or between 向/与/同/跟/委托 and the verb ("与某某支付共享", "向广告合作伙伴
        提供"), up to the last catalogued party word or name ending (`party_name_ends`) it can end on; None for the
        person, data, a pronoun or place ("向境外提供"), and for a bare 第三方 (`unnamed_recipients`)."""
        for start, limit in self._recipient_phrase_bounds(verb_index, tokens, clause_of):
            words = self._party_phrase(start, limit, tokens, actors, original)
            if words is not None:
                return words
        return None

    def _recipient_phrase_bounds(self, verb_index: int, tokens: list[Token], clause_of: list[int]):
        """Where the recipient phrase of the verb may lie, (start, limit) in text offsets, most likely first: after
        提供给 / 共享至, after the 给 that follows the verb's object, between a preposition (or 委托, 授权) and the verb."""
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        clause_end = max(t.end for t in tokens if clause_of[t.start] == clause)
        following = tokens[verb_index + 1] if verb_index + 1 < len(tokens) else None
        if verb.word[-1] in RECIPIENT_AFTER:
            yield verb.end, clause_end
        elif following is not None and following.word in RECIPIENT_AFTER:
            yield following.end, clause_end
        else:
            to = next((k for k in range(verb_index + 1, len(tokens)) if tokens[k].word == "给"
                       or clause_of[tokens[k].start] != clause or self._is_verb(tokens[k].word)), None)
            if to is not None and tokens[to].word == "给" and tokens[to].start - verb.end <= 24:
                yield tokens[to].end, clause_end
        for token in reversed(tokens[:verb_index]):
            if clause_of[token.start] != clause:
                return
            if token.word in ("委托", "授权") and _following_word(tokens, token.end) == "的":
                continue  # "向您授权的第三方转让": the grant describes the recipient after 向
            if token.word in RECIPIENT_MARKERS | {"跟", "委托", "授权"}:
                yield token.end, verb.start
                return
            if len(token.word) > 1 and token.word[0] in ("向", "给"):
                yield token.start + 1, verb.start  # jieba joined the preposition to its object ("向银联")
                return
            if len(token.word) > 1 and token.word[-1] == "向":
                yield token.end, verb.start  # … to the word before it ("在…范围内向第三方共享": 内向)
                return

    def _party_phrase(self, start: int, limit: int, tokens: list[Token], actors, original: str) -> str | None:
        """The longest phrase from `start` (not past `limit`) that ends on a party: a catalogued third-party word or a
        name's ending, with no verb, purpose word or clause break in it outside a relative clause ("开展联名会员服务的
        合作商") and no data, the person or an unnamed party alone."""
        text = _words(tokens)
        inside = [t for t in tokens if start <= t.start and t.end <= limit]
        ends = {m.end for m in actors if m.value == THIRD_PARTY and start <= m.start and m.end <= limit}
        ends |= {t.end for t in inside if any_match(self.lex.party_name_ends, text[start:t.end])}
        for end in sorted(ends, reverse=True):
            if end - start > 40 or text[end:limit].startswith("的"):
                continue  # (a party that owns what follows: "发送给该医院的挂号系统")
            words = [t for t in inside if t.end <= end]
            if not words or words[0].word == "的" or (words[0].word in self.lex.user_subjects
                                                     and not any(t.word == "的" for t in words)):
                continue  # "向您提供": the person
            if any(t.word in CLAUSE_PUNCT or t.word in RECIPIENT_AGENT_MARKERS
                   or (t.word in RECIPIENT_PHRASE_BREAKS or self._is_verb(t.word))
                   and not any(later.word == "的" for later in words[k + 1:])
                   and not (k + 1 < len(words) and words[k + 1].word in PARTY_SUFFIXES)  # "提供方"
                   for k, t in enumerate(words)):
                continue  # "提供给某某公司用于…": the phrase ends before the purpose or another verb
            phrase = text[start:end]
            if len(re.findall(r"[（(]", phrase)) != len(re.findall(r"[）)]", phrase)):
                continue  # inside a parenthesis opened in the phrase
            if any(not any(m.start <= start + d.start and start + d.end <= m.end for m in actors)
                   for d in self.data.find(phrase)):
                continue  # data named with the party (not a party's own word: "终端设备制造商")
            if self._unnamed_recipient(phrase):
                return None  # "任何第三方", "任何公司、组织": no one in particular
            return original[start:end].strip()
        return None

    def _unnamed_recipient(self, phrase: str) -> bool:
        """Whether a recipient phrase names no one in particular: each of its coordinated parts is a word of
        `unnamed_recipients` once its determiners are set aside ("任何第三方", "其他任何公司、组织")."""
        for part in re.split(r"[、/]|或者|以及|和|及|或|与", phrase):
            while part not in self.lex.unnamed_recipients and (
                    determiner := next((d for d in self.recipient_determiners if part.startswith(d)), None)):
                part = part[len(determiner):]
            if part and part not in self.lex.unnamed_recipients:
                return False
        return True

    def _nearest_actor(self, position: int, actors, tokens, clause_of, condition_spans, whole: bool) -> str | None:
        subject = self._subject(position, tokens, clause_of, actors, condition_spans)
        if subject and subject[0] != "user":
            return subject[0]
        return None

    def _blocked(self, verb_index: int, start: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """A non-practice verb (保护、删除…) between the practice verb and the data, in the same clause, or before data
        that a passive practice follows."""
        verb = tokens[verb_index]
        clause = clause_of[start]
        text = _words(tokens)
        # a gloss in parentheses ("下载（导出）、分享") neither blocks nor is blocked from the data outside it
        glosses = [(a, b) for a, b in _parentheses(text) if not a <= start < b]
        tokens = [t for t in tokens if not _inside(t.start, glosses)] if glosses else tokens
        if any(t.word in self.lex.preventing_verbs and t.end <= verb.start and verb.start - t.end <= 8
               and clause_of[t.start] == clause_of[verb.start] == clause
               and PREVENTED_GAP.fullmatch(text, t.end, verb.start) for t in tokens):
            # "来阻止该SDK获取您的个人信息": the practice is what the person's act prevents, not one that takes place
            return True
        if verb.end > start:
            # "防止您的个人信息被非法获取": the data is what is protected from the (passive) practice after it
            return (any(t.word in PASSIVE and start < t.start < verb.start for t in tokens)
                    and any(t.word in self.lex.blocking_verbs and t.end <= start and clause_of[t.start] == clause
                            for t in tokens))
        return any(t.word in self.lex.blocking_verbs and verb.end <= t.start and t.end <= start
                   and clause_of[t.start] == clause
                   # "您可以填写或修改您的昵称、头像": what the user fills in or changes is still provided
                   and not (verb.word in self.lex.entry_verbs and text[verb.end:t.start] in CONJUNCTIONS) for t in tokens)

    def _safeguarded_relative(self, text: str, match, verb_index: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """The practice verb is a relative clause right before the data ("我们获得的您的个人信息", "已收集的个人信息") and
        the clause's own predicate is a safeguard or deletion on it, before ("尽一切合理努力保护我们获得的您的个人信息") or
        after it with 进行 / 予以 ("对收集的您的个人信息进行匿名化处理", "对已收集的个人信息我们会进行删除或匿名化处理"):
        the relative clause only identifies the data (GUIDELINES: security measures), not "除非共享的个人信息是去标识化
        处理后的信息", where the data is described, nor "保护您提供的个人信息" (`_blocked`)."""
        verb = tokens[verb_index]
        if verb.end > match.start or not _followed_by_de(tokens, verb_index) or len(
                text[verb.end + 1:match.start]) > 3 or clause_of[verb.start] != clause_of[match.start]:
            return False
        clause = clause_of[match.start]
        if any(t.word in self.lex.blocking_verbs and t.end <= verb.start and clause_of[t.start] == clause for t in tokens):
            return True
        after = re.match(r"[^，,。；;]{0,8}?(?:进行|予以|加以)(?:[^，,。；;]{0,3}?)(\w{2,4})", text[match.end:])
        return bool(after) and any(after.group(1).startswith(word) for word in self.lex.blocking_verbs)

    def _after_blocking_verb(self, start: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """A non-practice verb (保护、删除…) before verbless data in its clause: "我们非常重视保护您的个人信息" names the
        data as what is protected, not as an item of the section's or list's practice."""
        clause = clause_of[start]
        return any(t.word in self.lex.blocking_verbs and t.end <= start and clause_of[t.start] == clause for t in tokens)

    def _object_of_blocking_verb(self, start: int, tokens: list[Token], clause_of: list[int], verbs: list[int]) -> bool:
        """A non-practice verb (删除、修改…) is the last verb before the data in its clause, outside any bracket the data
        is in ("删除观看历史、看单…": its object; not "删除皆不可能实现（包括您的个人信息已经在备份中存储）")."""
        clause = clause_of[start]
        before = [i for i, t in enumerate(tokens) if t.end <= start and clause_of[t.start] == clause
                  and (i in verbs or t.word in self.lex.blocking_verbs)]
        if not before or tokens[before[-1]].word not in self.lex.blocking_verbs:
            return False
        between = _words(t for t in tokens[before[-1] + 1:] if t.end <= start)
        return not any(bracket in between for bracket in "（(")

    def _obligation_or_safeguard(self, verb_index: int, tokens: list[Token], clause_of: list[int]) -> bool:
        clause = clause_of[tokens[verb_index].start]
        before = [t.word for t in tokens[:verb_index] if clause_of[t.start] == clause]
        for index, word in enumerate(before):
            if word in OBLIGATION_WORDS and index + 1 < len(before) and (
                    before[index + 1] in OBLIGED or before[index + 1] in self.entities.third_party_terms["zh"]):
                return True
            if word in ("允许", "授权") and index > 0 and before[index - 1] in ("仅", "只", "仅会", "只会"):
                return True  # "我们仅允许有必要知晓这些信息的员工、合作伙伴访问个人信息": an access restriction
            if word in DUTY_WORDS and any(w in CONFORMITY_WORDS for w in before[index + 1:]):
                return True  # "要求新的…公司、组织继续按照本政策处理…": the rules another party must follow
        # "我们仅会在必要范围内处理您的个人信息", "仅会在您主动拍摄或选择的照片范围内进行相关处理": a bare 处理 limited to a
        # scope is a restriction of scope (GUIDELINES), not a practice; specific verbs keep theirs ("仅在…范围内收集以下信息")
        if tokens[verb_index].word == "处理" and "范围" in before and any(
                w.startswith(("仅", "只")) for w in before[:before.index("范围")]):
            return True
        # "进行加密存储", "进行加密传输和存储" (jieba: 加密传输): storage under a safeguard; not storage in a place
        # ("加密存储于我们的服务器", "加密存储在您的Cookie文件中") nor storage done safely ("我们将安全地存储您的个人信息",
        # "通过安全的方式存储您的信息"), which state where or that the data is kept
        if tokens[verb_index].word not in ("存储", "保存", "储存"):
            return False
        if verb_index + 1 < len(tokens) and tokens[verb_index + 1].word in ("于", "在", "至", "到"):
            return False
        return any(w.startswith(tuple(SAFEGUARD_WORDS)) and not w.startswith("安全") for w in before[-4:])

    def _user_control(self, position: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """The clause is about the user's own control of data ("您可以删除…")."""
        clause = clause_of[position]
        return any(t.word in self.lex.user_controls for t in tokens if clause_of[t.start] == clause)

    def _leaves_out_identity(self, text: str, tokens: list[Token], match) -> bool:
        """Data said to contain no personal or identifying information ("传感器数据…并不包含你的个人隐私信息",
        "统计数据不包含任何能够识别您个人身份的信息"): that describes the data, it denies no practice. Not a practice
        left out of a permission ("但并不包括…出售、共享或以其它方式披露的个人信息")."""
        if match.value not in IDENTIFYING_TYPES:
            return False
        head = text[:match.start]
        found = max((head.rfind(word) + len(word) for word in LEAVES_OUT if word in head), default=-1)
        if found < 0 or any(c in CLAUSE_PUNCT for c in head[found:]):
            return False
        return not any(self.lex.verbs.get(t.word) == "share" for t in tokens if found <= t.start and t.end <= match.start)

    def _excluded(self, text: str, tokens: list[Token], match, clause_of: list[int]) -> bool:
        clause = clause_of[match.start]
        before = text[:match.start]
        clause_start = max((i + 1 for i, c in enumerate(before) if c in CLAUSE_PUNCT), default=0)
        head = CLOSED_PARENTHESES.sub("", before[clause_start:])  # "（但不包括此类通信的内容）、…使用情况": closed off
        head = _after_unopened_bracket(head)
        if any(word in head for word in self.lex.exclusions if word != "除外"):
            return True
        tail = text[match.end:match.end + 12]  # "（IMEI除外）": the data right before 除外 is excluded
        return bool(re.match(r"\s*(等|之类)?(信息|数据)?\s*除外", tail)) and clause_of[min(len(text), match.end)] == clause

    # -- purposes and conditions -------------------------------------------------------------------------
    def _user_act_before_permission(self, text: str, match: Match, verb: Token) -> bool:
        """Whether the data is named only in a when-clause of what the user does, before a permission the sentence asks
        for ("在您上传相关图片视频（包括上传头像）时，需要调用您设备的存储权限", "相册权限：仅在您更换头像或发布图片时申请"):
        data named only as what the user will do with a permission gets no tuple of its own (GUIDELINES); the
        permission itself keeps its data."""
        for when in USER_ACT_WHEN.finditer(text):
            if not (when.start() <= verb.start and match.end <= when.end()) or when.start() > match.start:
                continue
            if PARTY_IN_CLAUSE.search(when.group()) or "权限" not in text:
                return False
            return True
        return False

    def _purpose_spans(self, text: str, token_starts: set[int]) -> list[tuple[int, int]]:
        """(start, end) of each purpose phrase: from the end of its marker (用于, 以便, 为了…) to the end of its clause
        or parenthesis, or to the subject of the main clause ("为了创建账户您需要提供…"), or to the 而 that leads to the
        main predicate ("为了保护…安全免遭损害而有必要提供您的个人信息给第三方"). "可用于…" and "您用于登录的帐号" describe
        data, not a purpose."""
        spans = []
        for marker in self._purpose_markers(text, token_starts):
            if NOT_PURPOSE.search(text, 0, marker.start()):
                continue
            if marker.group().startswith("用于") and _used_for_item(text, marker.start(), marker.end()):
                continue  # "您的移动设备、网页浏览器或用于接入我们服务的其他程序所提供的配置信息": an item of the list, not a purpose
            end = marker.end()
            while end < len(text) and text[end] not in PURPOSE_END and not (
                    text[end] == "而" and end in token_starts and end + 1 in token_starts):
                end += 1
            subject = PURPOSE_SUBJECT.search(text, marker.end(), end)
            spans.append((marker.end(), subject.start() if subject else end))
        return spans

    def _purpose_markers(self, text: str, token_starts: set[int] | None):
        """Matches of the purpose markers (用于, 以便, 为了…) that start a word or a clause: "使用以上" holds no "用以"."""
        for pattern in self.lex.purpose_markers:
            for marker in pattern.finditer(text):
                if token_starts is None or marker.start() in token_starts or text[marker.start()] in "，,；;":
                    yield marker

    def _purpose_object(self, text: str, match: Match, verb_index: int | None, tokens: list[Token],
                        purpose_spans: list[tuple[int, int]], data_matches: list[Match]) -> bool:
        """Whether a data mention names what something is for, not data handled: it lies in a purpose phrase
        ("相册：用于文件缓存、识别二维码、人脸识别认证"), unless the phrase states a practice on it directly
        ("以便获取您的位置信息", "用于保存游戏截图")."""
        if not any(a <= match.start < b for a, b in purpose_spans):
            return False
        term = re.sub(r"^(?:您|你)的", "", text[match.start:match.end])  # "来完善您的信息": the person's, not a description
        if "的" in term or (text[match.start - 1:match.start] == "的"
                                                   and not POSSESSIVE.search(text, 0, match.start)):
            return False  # "不会共享用于识别您个人身份的信息": the phrase describes the data it ends in
        if (verb_index is None or self.lex.verbs.get(tokens[verb_index].word) not in ("collect", "share", "store")
                or tokens[verb_index].word in VERIFY_VERBS):
            return True  # (nor does a check as a purpose: "为了验证您的身份信息，…")
        if tokens[verb_index].end > match.start:
            return True
        # the verb's object, or a list of data after it ("用于获取手机设备信息、运营商网络和本机手机号")
        between = [text[i] for i in range(tokens[verb_index].end, match.start)
                   if not any(m.start <= i < m.end for m in data_matches)]
        return len(OBJECT_FILLER.sub("", "".join(between))) > 4

    def _purposes(self, text: str, original: str | None = None, token_starts: set[int] | None = None) -> list[str]:
        """The purpose phrases of a sentence, from a marker that starts a word to the end of its clause."""
        original = original or text
        found: list[str] = []
        for marker in self._purpose_markers(text, token_starts):
            start = marker.end()
            end = start
            while end < len(text) and text[end] not in "，,；;。！？!?":
                end += 1
            purpose = original[start:end].strip(" ：:（）()")
            if 2 <= len(purpose) <= 80 and purpose not in found:
                found.append(purpose)
        return found

    def _condition(self, text: str, refusal_spans: list[tuple[int, int]], original: str | None = None) -> str | None:
        original = original or text
        found = []
        for pattern in self.lex.condition_markers:
            for match in pattern.finditer(text):
                if _inside(match.start(), refusal_spans):
                    continue
                span = original[match.start():match.end()].strip("，,；; ")
                if span and span not in found:
                    found.append(span)
        return "；".join(found) if found else None


# 存储 and 定位 are verbs ("存储您的信息", "定位到…") and also the Android permission groups "存储" and "定位" in permission
# lists and tables: "授权存储（相册、媒体和其他文件）、相机权限", "存储、相机、麦克风权限", a table cell "存储\t…", and any item
# of a list that ends in 权限 ("获取您的网络、NFC读写、存储、定位、蓝牙、摄像头权限"), or the label of a row saying what it is
# used for ("存储：用于缓存您…产生的文本、图像、日志等内容")
# (… and a bulleted item that is only the name: "Ø存储" in a list of permissions)
PERMISSION_NAME = re.compile(
    r"(?:^|(?<=[授权开启允许申请获取访问、：:\t])|(?<=[Ø•●▪■◆])|(?<=[Ø•●▪■◆]\s))(存储|储存|定位)"
    r"(?=(?:(?<=[Ø•●▪■◆]..)|(?<=[Ø•●▪■◆]\s..))\s*$|[（(\t]|、(?:相机|相册|摄像头|麦克风|位置|定位|存储|地理位置|通讯录"
    r"|电话|短信|日历|蓝牙)|(?:、[^，,。；;：:、（()）\s]{1,8}){1,12}权限|[：:]\s*(?:用于|用来))")
PERMISSION_DATA = {"存储": "storage.files", "储存": "storage.files", "定位": "location"}


# "访问您的" is one dictionary word so that the person's right "您可以访问您的个人信息" reads as their own control; with our
# side as the subject before it ("我们会访问您的相册") it is our access, so the word is split back into 访问 + 您的.
# Any party that can access (third parties included), unlike `extract.OUR_SIDE`, which is only the service itself.
_ACCESSING_PARTY = r"(我们|我方|我行|本行|本公司|本应用|第三方|合作方|服务商|SDK)"
OUR_SUBJECT = re.compile(_ACCESSING_PARTY + r"[^，,。；;您]{0,8}$")
# ... and so it is when only the user's consent stands between our side and the word ("我们会在您授权同意后，访问您的设备信息",
# "我们会在获得您的明示同意后，访问您的相机")
OUR_SUBJECT_AFTER_CONSENT = re.compile(_ACCESSING_PARTY + r"[^，,。；;]{0,20}?"
                                       r"(?:在|经过?)[^，,。；;]{0,12}(?:同意|授权|许可)(?:后|之后)[，,]?\s*$")


# Our denial of collecting what the sentence just named, pointed back to ("此时，酷狗不会收集您的这些信息", "咪咕视频不进行
# 收集和存储", "知乎不会收集和存储您的该类信息").
OWN_COLLECTION_DENIED = re.compile(
    r"(?:不会|不|并不|绝不会?|无需|不再)(?:会|主动|自行|直接)?(?:进行)?(?:收集|获取|采集)(?:[和及或与、/](?:存储|保存|使用))?"
    r"(?:(?:您的|你的)?(?:这些|上述|该类|此类|前述|该等|以上)(?:个人)?信息|(?=[，,。；;]|$))")


REFUSAL_BEFORE = re.compile(r"(?:如|若|如果|假如|倘若)[^。；;]{0,30}(?:不同意|拒绝|不授权|不提供|未同意|撤回|关闭)")


# "如您在…其他用户可见的公开区域内上传或发布的信息…中公开您的信息，该等信息可能会被他人收集并加以使用": a caution that
# what the person publishes in public areas is open to others
PUBLIC_AREA_CAUTION = re.compile(
    r"公开区域内?[^。；;]{0,60}?(?:上传|发布|公布|公开)(?P<published>[^。；;]{0,80}?)(?:可能|将)?会?被(?:他人|其他人|其他用户|第三方)"
    r"[^。；;，,]{0,6}?(?:收集|获取|使用|利用)")
PUBLISHED_TYPES = ("content", "personal_info")


def _published_in_public_areas(text: str, mentions: list[Mention]) -> None:
    """What the person uploads, publishes or makes public in areas other users see, in a caution that others may then
    collect it, is shown to them: `share` with `third_party` (GUIDELINES: the visibility to other users is the display;
    the demonstrative "该等信息" adds no collection by them). Only the published posts (`content`) and the person's own
    information (`personal_info`) named before the caution's end."""
    caution = PUBLIC_AREA_CAUTION.search(text)
    if caution is None:
        return
    for mention in mentions:
        if (mention.data_type in PUBLISHED_TYPES and caution.start() <= mention.start
                and mention.end <= caution.start("published") + len(caution.group("published"))):
            mention.frames = [Frame("share", negated=False, actor=FIRST_PARTY, recipient=THIRD_PARTY)]
            mention.skip, mention.inherit = False, False


def _collected_by_others(text: str, actors, mentions: list[Mention]) -> None:
    """Data the person gives in another party's service, where the sentence then says we do not collect it ("…开通免流量
    服务时，您可能需要…提供姓名、身份证件号码…，此时，酷狗不会收集您的这些信息"; "…需要收集您的姓名…，该信息为办理业务时
    业务方收集，咪咕视频不进行收集和存储"), is collected by that party, not by us: a named party before the denial, else
    third_party (GUIDELINES: a third party collecting directly)."""
    denial = OWN_COLLECTION_DENIED.search(text)
    if denial is None or REFUSAL_BEFORE.search(text, 0, denial.start()):
        return  # "如你不同意同步…，我们…不会获取该等信息": the effect of a refusal, not another party's collection
    clause_start = max(text.rfind(mark, 0, denial.start()) for mark in "，,。；;") + 1
    in_clause = [a for a in actors if clause_start <= a.start and a.end <= denial.start()]
    if in_clause and in_clause[-1].value != FIRST_PARTY:
        return  # "该第三方不会收集…": another party's denial
    if not in_clause and len(text[clause_start:denial.start()].strip()) > 8:
        return  # the service names itself in a few words ("此时，酷狗不会收集…"), not in a clause of its own
    others = [a for a in actors if a.end <= clause_start and a.value not in (FIRST_PARTY, "user")]
    named = [a.value for a in others if a.value != THIRD_PARTY]
    party = named[-1] if named else THIRD_PARTY
    for mention in mentions:
        if mention.end > clause_start:
            continue
        mention.frames = [replace(f, actor=party, actor_text=None)
                          if f.action == "collect" and not f.negated and f.actor == FIRST_PARTY else f
                          for f in mention.frames]


# "…填写你的联系方式、地址等信息时，这些信息可能被广告主直接收集并处理": data named before, taken by another party named as the
# agent of a passive whose subject points back to it
COLLECTED_BY_AGENT = re.compile(r"[，,]\s*(?:这些|上述|该等|前述|此类|以上)(?:个人)?(?:信息|数据|内容)(?:可能|将|会|均|都|也|亦)*被"
                                r"(?P<party>[^，,。；;]{1,20}?)(?:直接|自行)?(?:收集|获取|采集)")


def _collected_by_passive_agent(text: str, actors, mentions: list[Mention]) -> None:
    """Data the person fills in or gives, pointed back to by a demonstrative subject that another party (the agent of a
    passive) collects ("你在广告主…所提供广告展示页中主动填写你的联系方式、地址等信息时，这些信息可能被广告主直接收集并处理"):
    collected by that party, not by us (GUIDELINES: a third party collecting directly). Mentions with no frame or only our
    collection (the person's giving) before the passive take the party's collection."""
    found = COLLECTED_BY_AGENT.search(text)
    if found is None:
        return
    parties = [a.value for a in actors if found.start("party") <= a.start and a.end <= found.end("party")
               and a.value not in (FIRST_PARTY, "user")]
    if not parties:
        return
    for mention in mentions:
        if mention.end > found.start() or any(f.negated or f.action != "collect" or f.actor != FIRST_PARTY
                                              for f in mention.frames):
            continue
        mention.frames = [Frame("collect", negated=False, actor=parties[0], verb="收集")]
        mention.skip, mention.inherit = False, False


def _entrusted_storage(text: str, actors, mentions: list[Mention]) -> None:
    """"我们委托阿里云计算有限公司提供云服务器和数据存储服务，您的账号信息…将存储于阿里云的服务器中": data stored with
    a processor we engage (委托) to store it is kept by us and passed to that processor: store by us, share with it."""
    entrusted = ENTRUSTED_STORAGE.search(text)
    if not entrusted:
        return
    processors = [a for a in actors if a.value not in (FIRST_PARTY, "user")
                  and entrusted.start("party") <= a.start < entrusted.end("party")]
    if not processors:
        return
    processor = processors[0].value
    for mention in mentions:
        stores = [f for f in mention.frames if f.action == "store" and not f.negated]
        if mention.start < entrusted.end() or not stores or any(f.action == "share" for f in mention.frames):
            continue
        mention.frames = [replace(f, actor=FIRST_PARTY, actor_text=None) if f in stores else f
                          for f in mention.frames] + [replace(stores[0], action="share", actor=FIRST_PARTY,
                                                              actor_text=None, recipient=processor)]


# a check made through an authentication institution or a verification party: "授权我们通过国家权威可信身份认证机构进行信息
# 核验", "通过第三方身份验证机构对您的身份信息进行验证"
VERIFIED_THROUGH = re.compile(r"(?:通过|经由|借助)(?:[^，,。；;]{0,16}?(?:第三方|权威|可信|有权))[^，,。；;]{0,12}?"
                              r"(?:认证|验证|核验)(?:服务)?(?:机构|平台|系统|服务商)"
                              r"(?:对[^，,。；;]{1,12}?)?(?:进行)?(?:信息)?(?:核验|验证|核实|校验|认证)")


def _verified_through_party(text: str, mentions: list[Mention]) -> None:
    """"您需要主动提供相关真实身份信息（姓名、证件号码…）并授权我们通过国家权威可信身份认证机构进行信息核验": the identity
    information checked through an authentication institution goes to it, share identity with third_party (as the gold
    reads "向有关身份认证机构…提供…身份信息"); the items glossing it keep their collection only."""
    check = VERIFIED_THROUGH.search(text)
    if not check:
        return
    for mention in mentions:
        if (mention.data_type != "identity" or mention.start >= check.end() or not mention.term.endswith("身份信息")
                or re.search(r"[。；;]", re.sub(r"（[^（）]*）|\([^()]*\)", "", text[mention.end:check.start()]))):
            continue
        _add_beside(mention, ("collect", "use"), "share", actor=FIRST_PARTY, actor_text=None, recipient=THIRD_PARTY)


# "并使用您的昵称、头像和发布内容以作展示": the data named is used for display
USED_FOR_DISPLAY = re.compile(r"使用(?P<object>[^，,。；;]{1,40}?)(?:以作|以|用于|用作|进行)(?:公开)?(?:展示|显示)")


def _used_for_display(text: str, published: bool, mentions: list[Mention]) -> None:
    """"您…发布信息…时，我们将收集…，并使用您的昵称、头像和发布内容以作展示": in a sentence about what the person
    publishes, data used for display is shown to the people who read it (GUIDELINES: public display is share with
    third_party), beside its use."""
    if not published:
        return
    for found in USED_FOR_DISPLAY.finditer(text):
        for mention in mentions:
            if found.start("object") <= mention.start < found.end("object"):
                _add_beside(mention, ("use",), "share", ours_only=True, recipient=THIRD_PARTY)


# after the means of a collection: what it collects is non-personal ("通过COOKIES或同类技术收集的非个人身份信息")
NON_PERSONAL_COLLECTED = re.compile(r"[^，,。；;]{0,8}?(?:收集|获取|采集)的(?:非个人|匿名|去标识化|汇总|统计)")


def _means_of_non_personal(text: str, mentions: list[Mention]) -> None:
    """"可能将通过COOKIES或同类技术收集的非个人身份信息汇总提供给广告商": what goes to the advertisers is the non-personal
    information the cookies collected (GUIDELINES: aggregate or de-identified data is not annotated), not the cookies;
    their use stays."""
    for mention in mentions:
        if any(f.action == "share" for f in mention.frames) and NON_PERSONAL_COLLECTED.match(text, mention.end):
            mention.frames = [f for f in mention.frames if f.action != "share"]


def _ip_derived_location(text: str, original: str, mentions: list[Mention]) -> None:
    """The place an IP address belongs to ("展示您的IP地址归属省份", "IP地址所对应的归属地域信息将会展示在…") is a coarse
    location with the practice of the sentence, and deriving it uses the IP address (GUIDELINES: location derived from
    the IP address)."""
    for mention in list(mentions):
        after = IP_PLACE_AFTER.match(text, mention.end) if mention.data_type == "network.ip" else None
        practices = [f for f in mention.frames if not f.negated]
        if (mention.data_type == "network.ip" and after is None and practices and not mention.skip
                and IP_BASIS_BEFORE.search(text, 0, mention.start)
                and any(m.data_type == "location.coarse" and mention.end <= m.start <= mention.end + 10 for m in mentions)):
            # "（基于IP地址对应的）国家/地区信息": the region read is based on the IP address, which is used for it
            mention.frames = [replace(practices[0], action="use", negated=False, verb="")]
            continue
        if after is None or mention.skip or not practices:
            continue
        if not any(m.data_type == "location.coarse" and mention.end <= m.start < after.end() + 8 for m in mentions):
            mentions.append(Mention(data_type="location.coarse", term=original[mention.end:after.end()],
                                    start=mention.end, end=after.end(), frames=list(mention.frames)))
        deriving = practices[0].actor
        mention.frames = [Frame("use", actor=deriving, actor_text=practices[0].actor_text,
                                purposes=practices[0].purposes, condition=practices[0].condition)]


# the person's works recommended to other users ("在“附近”栏推荐您的作品", "向其他用户推荐您的作品", "把您（或您的作品）推荐给
#相应用户", "将您或您的内容推荐给您可能认识的人"); not a bare feature name in brackets ("短视频（推荐您的作品）")
WORKS_RECOMMENDED = re.compile(r"(?<![不未])(?:(?:向其他用户|在[^，,。；;（）()]{1,12}?(?:栏|页面|频道|页))推荐(?P<works>(?:您|你)的(?:作品|内容))"
                               r"|(?:将|把)(?:您|你)[（(]?或(?P<listed>(?:您|你)的(?:作品|内容))[）)]?推荐给)")


def _works_recommended_to_others(text: str, mentions: list[Mention]) -> None:
    """The person's works or posts recommended to other users are shown to them: `share` `content` with `third_party`
    (GUIDELINES: making data visible to other users)."""
    for found in WORKS_RECOMMENDED.finditer(text):
        group = "works" if found.group("works") else "listed"
        start, end = found.span(group)
        share = Frame("share", negated=False, actor=FIRST_PARTY, recipient=THIRD_PARTY, verb="推荐")
        for mention in mentions:
            if mention.data_type == "content" and start <= mention.start < end:
                mention.frames, mention.skip, mention.inherit = [share], False, False


# a purpose of showing to other people with no object of its own ("我们将会收集您主动填写的个人资料用于向其他用户展示")
DISPLAY_PURPOSE = re.compile(r"(?:用于|以便|以|来)(?:在[^，,。；;]{0,12}?)?(?:向|给)(?:其他用户|其他人|他人|其他玩家|好友|其他访客|公众)"
                             r"(?:进行)?(?:展示|显示)(?=[，,。；;]|$)")


def _collected_for_display(text: str, mentions: list[Mention]) -> None:
    """Data collected in a clause whose purpose is to show it to other people, the display verb having no object of its
    own ("我们将会收集你主动填写的个人资料用于向其他用户展示"), is also shared with them (GUIDELINES: making data visible to
    other users)."""
    for found in DISPLAY_PURPOSE.finditer(text):
        clause_start = max(text.rfind(mark, 0, found.start()) for mark in "，,。；;") + 1
        for mention in mentions:
            if clause_start <= mention.start and mention.end <= found.start():
                _add_beside(mention, ("collect",), "share", ours_only=True, recipient=THIRD_PARTY,
                            verb=found.group(0)[-2:])


# a verbless list item opening with its data and examples ("设备或软件信息，例如您的移动设备、网页浏览器或您用于接入我们的服务的
# 其他程序所提供的配置信息、您的IP地址…")
VERBLESS_ITEM_OPENING = re.compile(r"^[\s\dA-Za-z.．、（）()•·●▪\-]*[^，,。；;：:]{1,20}[，,]\s*(?:例如|比如|如|包括)")


def _verbless_item_list(text: str, start: int, end: int) -> bool:
    """The relative 用于 of a listed item ("或您用于接入我们的服务的其他程序所提供的配置信息") stands in a verbless item of
    examples: the list has no verb of its own before it, and its items take the practice of their list (not the purpose
    of 用于)."""
    person = text[start - 1:start] in ("您", "你")
    return (VERBLESS_ITEM_OPENING.match(text[:start]) is not None
            and _used_for_item(text, start - 1 if person else start, end))


def _only_item_relative_verbs(text: str, tokens: list[Token], verbs: list[int]) -> bool:
    """Every verb of a verbless list item of examples stands in the relative 用于 clause of one of its items ("设备或软件信息，
    例如您的移动设备、网页浏览器或您用于接入我们的服务的其他程序所提供的配置信息、您的IP地址…"): the item has no predicate
    of its own and takes its list's practice."""
    spans = []
    for v in verbs:
        token = tokens[v]
        if token.word == "用于" and _verbless_item_list(text, token.start, token.end):
            stop = next((i for i in range(token.end, len(text)) if text[i] in "、，,。；;"), len(text))
            spans.append((token.start, text.rindex("的", token.end, stop)))
    return bool(spans) and all(any(a <= tokens[v].start < b for a, b in spans) for v in verbs)


# syncing data between several apps or platforms ("可能会在多个参与活动的移动应用程序（简称“活动平台”）之间同步你参与活动的帐号…")
SYNCED_BETWEEN_APPS = re.compile(r"在[^，,。；;]{0,30}?(?:应用程序|应用|App|APP|app|产品|平台)[^，,。；;]{0,16}?之间(?:进行)?同步")


def _synced_between_apps(text: str, mentions: list[Mention]) -> None:
    """Data synced between several apps ("在多个参与活动的移动应用程序（简称“活动平台”）之间同步你参与活动的帐号（含标识符）")
    goes to the other apps' operators: `share` with `third_party`, for the data the clause names after the verb."""
    for found in SYNCED_BETWEEN_APPS.finditer(text):
        stop = next((i for i in range(found.end(), len(text)) if text[i] in "，,。；;"), len(text))
        for mention in mentions:
            if found.end() <= mention.start < stop and not any(f.negated for f in mention.frames):
                # (the apps' 应用 is no verb of use: the sync is the clause's only practice)
                mention.frames = [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, verb="同步")]
                mention.skip, mention.inherit = False, False


def _described_party_before_verb(tokens: list[Token], start: int, match, verb_start: int, clause_of: list[int]) -> bool:
    """The party after a preposition at `start` is described by a longer relative clause and ends right before the verb
    ("也与使用该产品/服务的其他用户分享您的相关信息"): 与 marks it, however long its description."""
    between = _words(t for t in tokens if start <= t.start and t.end <= match.start)
    return (match.end == verb_start and clause_of[match.start] == clause_of[start] and 6 < match.start - start <= 20
            and between.endswith("的") and not any(mark in between for mark in "，,；;。"))


def _other_users_before_verb(tokens: list[Token], start: int, verb_start: int, clause_of: list[int]) -> bool:
    """The phrase between a preposition at `start` and the verb names the service's other users, however described
    ("与使用该服务的所有用户公开/分享"): the people the data goes to."""
    between = _words(t for t in tokens if start <= t.start and t.end <= verb_start)
    return (0 < len(between) <= 24 and clause_of[start] == clause_of[verb_start]
            and not any(mark in between for mark in "，,；;。")
            and re.search("(?:" + OTHER_USERS.pattern + ")$", between) is not None)


def _location_sources(text: str, mentions: list[Mention]) -> None:
    """The signals a location is worked out from ("通过IP地址、GPS、WiFi或基站等途径获取您的地理位置信息", "从您的IP地址、
    设备或互联网服务中获取位置数据", "获取您的位置信息，这些技术包括IP地址、GPS…WLAN接入点、蓝牙和基站、传感器信息") are
    used for it, not collected by the line (GUIDELINES: a location derived from data is `use` of the source; the
    location itself keeps its collection)."""
    spans = [m.span("means") for pattern in LOCATION_MEANS for m in pattern.finditer(text)]
    for mention in mentions:
        if mention.data_type in LOCATION_SOURCES and any(a <= mention.start and mention.end <= b for a, b in spans):
            mention.derivation_source = True


def _split_our_access(tokens: list[Token], text: str, clause_of: list[int]) -> list[Token]:
    result = []
    for token in tokens:
        if token.word == "访问您的":
            clause = clause_of[token.start]
            start = token.start
            while start > 0 and clause_of[start - 1] == clause:
                start -= 1
            if OUR_SUBJECT.search(text[start:token.start]) or OUR_SUBJECT_AFTER_CONSENT.search(text, 0, token.start):
                result.extend([Token("访问", token.start, token.start + 2), Token("您的", token.start + 2, token.end)])
                continue
        result.append(token)
    return result


def _split_given_out(tokens: list[Token]) -> list[Token]:
    """提供 + 给出 segments as the share cue 提供给 + 出 ("您有可能会在与我们的客服人员沟通时，提供给出上述信息外的其他信息"):
    giving out information is the person's providing it, no provision to anyone."""
    result: list[Token] = []
    for i, token in enumerate(tokens):
        if (token.word == "提供给" and i + 1 < len(tokens) and tokens[i + 1].word.startswith("出")
                and tokens[i + 1].start == token.end):
            result.append(Token("提供", token.start, token.start + 2))
            result.append(Token("给", token.start + 2, token.end))
            continue
        result.append(token)
    return result


def permission_names(text: str, matches, matcher) -> list[Match]:
    """存储 and 定位 used as permission names (`PERMISSION_NAME`), outside existing data matches, as data matches typed
    as `matcher` types the full permission name followed by the rest of the sentence ("调用您的相机、相册、存储、网络权限，
    以获取您需要上传的照片": 存储权限 for photos is media.photos)."""
    found_names = []
    for found in PERMISSION_NAME.finditer(text):
        start, end = found.span(1)
        if any(m.start < end and start < m.end for m in matches):
            continue
        # typed by what follows it only: "相册（图片库）、存储、麦克风" lists the photos as an item of their own
        named = found.group(1) + "权限" + text[end:]
        value = next((m.value for m in matcher.find(named) if m.start == 0 and m.end == end - start + 2),
                     PERMISSION_DATA[found.group(1)])
        found_names.append(Match(start, end, value, found.group(1)))
    return found_names


# Data types that name a person's information as a whole or their identity: data said to leave them out is described,
# not denied.
IDENTIFYING_TYPES = {"personal_info", "identity"}
LEAVES_OUT = ("不包含", "不含", "不包括")  # the exclusions that describe what data contains
EXCEPTION_END = re.compile(r"\s*的\s*除外")
# A parenthesis closed before a data phrase: an exclusion inside it leaves out only what it names.
CLOSED_PARENTHESES = re.compile(r"[（(][^（()）]*[）)]")
EXCLUDED_IN_PARENTHESES = re.compile(r"不包括|不包含|不含|除了?|不涉及")
# A sensitivity label after a data phrase: "验证码匹配结果（个人敏感信息）", "身份证号码【属于敏感个人信息】".
# So does one joined by 之: "您的手机号码之个人敏感信息".
SENSITIVITY_LABEL = re.compile(r"[（(【](?:属于|均为|为|系)?(?:个人敏感|敏感个人|敏感)信息[）)】]"
                               r"|(?<=[\u4e00-\u9fff])之(?:个人敏感|敏感个人|敏感)信息")


def _sensitivity_labels(text: str, mentions: list[Mention]) -> set[int]:
    """The indexes of the mentions that are sensitivity labels ("（个人敏感信息）", "之个人敏感信息")."""
    labels = [found.span() for found in SENSITIVITY_LABEL.finditer(text)]
    return {index for index, mention in enumerate(mentions)
            if any(start < mention.start and mention.end <= end for start, end in labels)} if labels else set()


def _continue_parentheses(text: str, mentions: list[Mention]) -> None:
    """Data named in parentheses right after another data phrase are its examples: "个人身份信息（例如姓名）";
    a sensitivity label there ("（个人敏感信息）") classifies the phrase and names no data of its own."""
    labelled = _sensitivity_labels(text, mentions)
    for index in labelled:
        mentions[index].skip, mentions[index].inherit, mentions[index].frames = True, False, []
    for index, mention in enumerate(mentions):
        if index in labelled:
            continue
        opening = max(text.rfind("（", 0, mention.start), text.rfind("(", 0, mention.start))
        if opening < 0 or max(text.find("）", opening), text.find(")", opening)) < mention.start:
            continue
        head = next((m for m in reversed(mentions[:index]) if m.end <= opening and opening - m.end <= 1), None)
        if head is None or head.skip or not head.frames:
            continue
        if EXCLUDED_IN_PARENTHESES.search(text[opening:mention.start]) or text.startswith("除外", mention.end):
            continue  # "设备信息（不包括IMEI）": left out, not an example
        mention.frames = [f.with_context() for f in head.frames]
        mention.skip = mention.inherit = False


# what may stand between a subject and its verb ("关联App将同步", "关联公司也会实时同步", "其他用户也有可能分享")
MODAL_GAP = re.compile(r"(?:将|会|也|还|亦|都|均|有可能|可能|可以|可|能|实时|自动)*")


def _party_right_before(verb_index: int, tokens: list[Token], clause_of: list[int], actors):
    """The last party named before the verb in its clause when only modal words stand between them ("关联App将同步",
    "其他用户也有可能分享"): the verb's subject, else None."""
    verb = tokens[verb_index]
    before = [m for m in actors if m.end <= verb.start and clause_of[m.start] == clause_of[verb.start]]
    if not before or not MODAL_GAP.fullmatch(_words(tokens)[before[-1].end:verb.start]):
        return None
    return before[-1]
# (not 如 opening a condition: "，如您不授权该权限则只能通过服务密码或短信随机码进行APP登录")
EXAMPLES = re.compile(r"[，,](?:例如|比如|譬如|诸如|如(?!果|(?:您|你)(?:不|未|拒绝|需|希望|想|要|同意|授权|撤回|对|已|发现|无法))|包括)")


def _continue_examples(text: str, mentions: list[Mention]) -> None:
    """A clause of examples after a data phrase continues its practice: "…分享可用于识别您个人身份的信息，例如您的
    姓名或电子邮件地址"."""
    labelled = [mentions[index] for index in _sensitivity_labels(text, mentions)]
    for marker in EXAMPLES.finditer(text):
        end = next((i for i in range(marker.end(), len(text)) if text[i] in "，,。；;"), len(text))
        inside = [m for m in mentions if marker.end() <= m.start < end and not any(m is label for label in labelled)]
        head = next((m for m in reversed(mentions) if m.end <= marker.start() and marker.start() - m.end <= 1), None)
        if not inside or head is None or head.skip or not head.frames:
            continue
        for mention in inside:
            if not mention.frames:  # skipped too: its "governing" verb was the one inside the head's description
                mention.frames = [f.with_context() for f in head.frames]
                mention.skip = mention.inherit = False


def _drop_example_holders(text: str, mentions: list[Mention]) -> None:
    """In a clause of examples, data that only holds the example named after it is no example of its own ("例如您在
    账号资料中设置的地区信息或您上传的图片、视频中的地理标记信息", "例如您或其他人共享的照片包含的地理标记信息")."""
    for marker in EXAMPLES.finditer(text):
        end = next((i for i in range(marker.end(), len(text)) if text[i] in "，,。；;"), len(text))
        inside = [m for m in mentions if marker.end() <= m.start < end]
        for mention in inside:
            if "上传" in text[max(marker.end(), mention.start - 4):mention.end]:
                continue  # "您上传的图片、视频中的地理标记信息": what the user uploads reaches us, a collection of its own
            if _holds_example(text, mention, inside):
                mention.dismiss()


# A mode of the service with fewer functions the person chooses, opening the sentence or the clause ("在“基本功能模式”下，",
# "在基本功能模式下，我们不会收集…"; not a youth mode the policy sets out for minors)
CHOSEN_MODE = re.compile(r"(?:^|(?<=[。；;，,]))\s*(?:在|于)[“\"「]?(?:基本功能|基础功能|基本|仅浏览|游客|访客)(?:服务)?模式[”\"」]?(?:下|中)")


def _drop_mode_denials(text: str, mentions: list[Mention]) -> None:
    """What the service leaves out in a mode the person chooses is the effect of their choice, no denial (GUIDELINES:
    "在基本功能模式下，我们不会收集设备MAC地址、设备标识信息…" gives none; a collection in the mode keeps its own)."""
    mode = CHOSEN_MODE.search(text)
    if mode is None:
        return
    for mention in mentions:
        if mention.start > mode.end() and mention.frames and all(f.negated for f in mention.frames):
            mention.dismiss()


# The phone's operating system named as what holds permissions, as a place data is kept, as the owner of a feature or as
# the subject of a verb ("相关操作系统权限", "存储在您的手机操作系统本地", "作業系統地理位置功能", "安卓操作系统还会获取…", "这是安卓操作系统的行为")
SYSTEM_NOT_DATA_AFTER = re.compile(r"(?:的)?(?:权限|本地|地理位置功能|定位功能|(?:还|也|亦)?会|的?行为)")


def _drop_system_not_data(text: str, mentions: list[Mention]) -> None:
    """An operating system that holds permissions, keeps data, owns a feature or acts names no device data (its version
    or type named as data keeps its tuple: "操作系统版本", "操作系统类型")."""
    for mention in mentions:
        if (text[mention.start:mention.end].endswith(("操作系统", "作业系统"))
                and SYSTEM_NOT_DATA_AFTER.match(text, mention.end)):
            mention.dismiss()


# 评论 right before a noun it takes or modifies is the act of commenting on something ("评论其他用户发布的作品", "写笔记
# （评论笔记）") or part of a compound ("评论达人", "评论图片/视频保存"), or the place something appears ("在评论中提及其他
# 用户"): no comment of the person's is named (a comment as data ends its phrase: "发表评论时", "评论等信息", "发布/评论的信息")
COMMENT_TAKES_OBJECT = re.compile(r"(?![等的和及与或以并时后前、])[\u4e00-\u9fff]")


def _drop_comment_acts(text: str, mentions: list[Mention]) -> None:
    """Drop 评论 read as content where the word is a verb with its object, a modifier of a noun or a place."""
    for mention in mentions:
        if text[mention.start:mention.end] == "评论" and COMMENT_TAKES_OBJECT.match(text, mention.end):
            mention.dismiss()


# A demonstrative before a type noun ("上述设备信息", "您的前述身份信息", "前述音频信息", "该等位置信息"), unless it heads the
# details that follow ("前述设备信息包括：…")
DEMONSTRATIVE_BEFORE = re.compile(r"(?:上述|前述|以上|该等)(?:的)?(?:您的|你的|用户的)?$")
DEMONSTRATIVE_DETAILS_AFTER = re.compile(r"\s*(?:包括|包含|是指|主要包括|[：:])")
DEMONSTRATIVE_LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及|或)\s*")


def _drop_demonstratives(text: str, mentions: list[Mention]) -> None:
    """Data named only by a demonstrative resumes data named before and gets no tuple from that phrase (GUIDELINES:
    上述 / 前述 / 以上 / 该等 before a type noun make a demonstrative: "我们仍然会收集上述设备信息、服务日志信息数据");
    a phrase of the line that names the data itself keeps its practice."""
    resumed_end = None  # where the last demonstrative phrase, with the list items it governs, ends
    for mention in sorted(mentions, key=lambda m: m.start):
        if (DEMONSTRATIVE_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                and not DEMONSTRATIVE_DETAILS_AFTER.match(text, mention.end)) or (
                resumed_end is not None and DEMONSTRATIVE_LIST_JOIN.fullmatch(text, resumed_end, mention.start)):
            # ("上述设备信息、服务日志信息数据": the demonstrative governs the whole list)
            mention.dismiss()
            resumed_end = mention.end
        elif resumed_end is not None and mention.start >= resumed_end:
            resumed_end = None


# A footnote defining a term ("备注：设备信息包括IMEI、MAC、Serial、SIM卡、设备型号…", "注：个人信息是指…")
NOTE_DEFINITION = re.compile(r"^\s*(?:备注|注|注释)\s*[：:]\s*[^，,。；;：:]{1,20}?(?:包括|包含|是指|指)")


def _drop_note_definitions(text: str, mentions: list[Mention]) -> None:
    """A footnote that defines a term names what the term covers, no practice, and is no item of the list introduced
    before it (GUIDELINES: definitions); data a verb of the note takes keeps its practice."""
    if NOTE_DEFINITION.match(text) is None:
        return
    for mention in mentions:
        if mention.inherit and not mention.frames:
            mention.dismiss()


def _permissions_used(text: str, tokens: list[Token], verbs: list[int], frames: list[Frame]) -> list[Frame]:
    """An introduction over permission items whose use verb takes the permissions ("以下功能中，您可选择是否授权我行使用您的
    个人信息或权限：") reads their data, a collection (GUIDELINES: permissions count as their data, collected)."""
    used = [tokens[v].word for v in verbs if tokens[v].word in PERMISSION_USE_VERBS
            and "权限" in text[tokens[v].end:].rstrip("：: ")[-12:]]
    if not used:
        return frames
    return unique_frames([replace(f, action="collect") if f.action == "use" and f.verb in used else f for f in frames])


# a retention period the deletion follows: a length ("15个工作日内") or the necessity of the data ("超出必要的期限后",
# "超出必要的存储期限后"; GUIDELINES: a retention stated by the purpose is such a period), not "在合理期限内"
NECESSARY_PERIOD = re.compile(r"(?:超出|超过)(?:必要|所需|实现目的所必需)的?(?:存储|保存|保留)?(?:期限|期间|时限)")
# "对你的个人信息进行删除或匿名化处理": the data deleted, after 对
DELETED_OBJECT = re.compile(r"对(?P<object>[^，,。；;对]{1,24}?)(?:进行|予以|作)(?:删除|匿名化|去标识化|销毁)")


def _deleted_after_period(text: str, mentions: list[Mention], actor: str) -> None:
    """Data deleted or anonymised after a stated period ("超出必要的期限后，我们将对你的个人信息进行删除或匿名化处理",
    "我们将在15个工作日内对你的个人信息进行删除") is kept until then (GUIDELINES: a stated retention period is `store`,
    even phrased as deletion); the shutdown of the service, a reasonable period or a right of the person is none."""
    if re.search(r"停止运营|终止服务|终止运营|合理期限|您可以|你可以", text):
        return
    for deleted in DELETED_OBJECT.finditer(text):
        clause = text[max(text.rfind(p, 0, deleted.start()) for p in "，,。；;") + 1:deleted.start()]
        if not (NECESSARY_PERIOD.search(text, 0, deleted.start()) or DURATION.search(clause)):
            continue
        for mention in mentions:
            if deleted.start("object") <= mention.start < deleted.end("object") and not any(
                    f.action == "store" for f in mention.frames):
                mention.frames = mention.frames + [Frame("store", actor=actor, verb="删除")]
                mention.skip = mention.inherit = False


# the person setting or editing profile fields ("您可以编辑您的昵称、头像、性别", "注册后，您可以设置头像、昵称"), up to the
# first field
EDITS_FIELDS = re.compile(r"(?:您|你)(?:还|也)?(?:可以|可|能够)?(?:自行|自主|随时)?(?P<verb>编辑|设置|修改)(?:您|你)?的?(?:个人)?$")
PROFILE_FIELD_TYPES = ("account.profile", "identity.gender", "identity.birthdate", "identity.age", "location.coarse",
                       "identity.occupation", "identity.education")


def _edited_profile_fields(text: str, mentions: list[Mention], actor: str, purposes: list[str],
                           condition: str | None) -> None:
    """Profile fields the person is said to be able to edit or set, with no practice of their own, are theirs to provide
    (GUIDELINES: filling in or editing profile fields is `collect`, not a control): "当您编辑您的个人主页时，您可以编辑
    您的昵称、头像、性别、生日和所在地信息". The field list runs from the verb to the end of its clause; a clause that
    also names deletion or correction (a right) is left alone."""
    for index, mention in enumerate(mentions):
        if mention.skip or mention.frames or mention.data_type not in PROFILE_FIELD_TYPES:
            continue
        clause_start = max(text.rfind(p, 0, mention.start) for p in "，,。；;：:") + 1
        first = next((m for m in mentions[:index + 1] if m.start >= clause_start), mention)
        edit = EDITS_FIELDS.search(text, clause_start, first.start)
        clause_end = min([i for i in (text.find(p, mention.end) for p in "，,。；;") if i >= 0] or [len(text)])
        if edit is None or re.search(r"删除|更正|注销|访问|查阅|撤回", text[clause_start:clause_end]):
            continue
        mention.frames = [Frame("collect", actor=actor, purposes=purposes, condition=condition, verb=edit.group("verb"))]
        mention.inherit = False


# A list item naming a purpose and the activities it covers: "（3）用于支付相关服务，包括订单支付、交易行为核验、支付信息汇总统计；"
PURPOSE_ITEM = re.compile(r"^\s*(?:[（(]?[\d一二三四五六七八九十]{1,3}[)）.、．]\s*)?(?:用于|用来)[^，,。；;：:]{1,30}[，,]\s*"
                          r"(?:包括|包含|例如|比如|如)[:：]?")
# an activity named by data and the act on it, ending a list item ("广告数据监测/统计；", "订单支付、")
ACTIVITY_AFTER_DATA = re.compile(r"[\u4e00-\u9fff]{2,4}(?:/[\u4e00-\u9fff]{2,4})?(?=[、；;，,。）)]|$)")


def _drop_purpose_item_activities(text: str, mentions: list[Mention]) -> None:
    """The items of a purpose's examples name activities, no data handled ("用于广告相关服务，包括广告展示、广告数据
    监测/统计", "用于支付相关服务，包括订单支付、交易行为核验、收入结算"): data that opens such an activity gets no tuple.
    A purpose item that names an act on data instead ("用于在您同意的情况下获取设备位置权限、搜集设备信息") keeps it."""
    item = PURPOSE_ITEM.match(text)
    if item is None:
        return
    for mention in mentions:
        if mention.start >= item.end() and ACTIVITY_AFTER_DATA.match(text, mention.end):
            mention.dismiss()


# A permission item opening with its label ("访问相机：", "开启麦克风和语音识别：", "访问本地存储：") whose rest says what the
# person can do with it ("您可以使用摄像头扫码进行扫一扫、直接拍摄并上传图片进行晒图或分享", "通过开启本地存储权限，实现下载…")
PERMISSION_LABEL = re.compile(r"^\s*(?:[（(]?[\d一二三四五六七八九十]{1,3}[)）.、．]\s*)?(?:访问|开启|允许访问|允许)"
                              r"[^：:，,。；;]{1,14}[：:]\s*(?=您|你|通过|实现)")


def _drop_permission_label_uses(text: str, mentions: list[Mention]) -> None:
    """In a permission item with its label, the data named in what the person can do with the permission gets no tuple
    of its own (GUIDELINES: data named only in the purpose of a permission, as what the user will do with it); the
    label's permission counts, and so does the permission named again ("通过开启本地存储权限"). A rest in which we act on
    data ("访问电话：通过您的电话状态权限我们记录您的IMEI") keeps its practices."""
    label = PERMISSION_LABEL.match(text)
    if label is None or not any(m.end <= label.end() for m in mentions) or FIRST_PARTY_IN.search(text, label.end()):
        return
    for mention in mentions:
        if mention.start >= label.end() and not mention.term.endswith("权限"):
            mention.dismiss()


FIRST_PARTY_IN = re.compile(r"我们|我方|我行|本行|本公司")


# After data named in an example, what makes it the place the example is found in: "账号资料中设置的", "图片、视频中的",
# "照片包含的" before the data that is the example
HOLDER_AFTER = re.compile(r"(?:[、/或和及][^，,。；;、]{1,6}?)?(?:(?:中|里|内)(?:设置|填写|包含|含有|记录|显示)?|包含|含有)的")


def _holds_example(text: str, mention: Mention, inside: list[Mention]) -> bool:
    """Whether `mention`, in a clause of examples, only holds the data named after it (GUIDELINES: a photo's location
    tag is the location, the photo no data of its own)."""
    holder = HOLDER_AFTER.match(text, mention.end)
    return holder is not None and any(0 <= other.start - holder.end() <= 8 for other in inside if other is not mention)


def _only_relative_verbs(text: str, tokens: list[Token], verbs: list[int], clause_of: list[int], clause: int,
                         first: int) -> bool:
    """A clause of list items (its first data at `first`) with no practice of its own: a clause with a main verb, or
    a verb after its data, states a practice of its own and ends the list; relative clauses on a later item do not
    ("…，例如，您所上传或发布的信息、您对其他人上传或发布的信息作出的回应")."""
    return all(tokens[v].end <= first and _in_time_phrase(tokens, v, first)
               or _followed_by_de(tokens, v) or _nominalised(text, tokens, v)
               for v in verbs if clause_of[tokens[v].start] == clause)


def _items_of_previous_sentence(text: str, tokens: list[Token], verbs: list[int], clause_of: list[int],
                                mentions: list[Mention]) -> None:
    """A sentence opening with a bare 包括 lists examples of the data the sentence before named ("…公开分享您的相关
    信息。包括，您在服务中所上传或发布的信息…"): its items with only relative clauses take that sentence's practice."""
    if not SENTENCE_EXAMPLES.match(text):
        return
    clause = clause_of[0]
    while any(clause_of[t.start] == clause for t in tokens):
        inside = [m for m in mentions if clause_of[m.start] == clause]
        if not _only_relative_verbs(text, tokens, verbs, clause_of, clause, min((m.start for m in inside),
                                                                               default=len(text))):
            break
        for mention in inside:
            if not mention.skip:
                mention.frames = []
                mention.inherit = True
        clause += 1


# what is about the person, right after the verb ("与您有关的信息", "关于您的信息")
ABOUT_THE_PERSON = re.compile(r"(?:与|和|跟)(?:您|你)有关的|关于(?:您|你)的|(?:您|你)的")
# a sentence that opens with the marker of examples alone ("包括，", "包含：")
SENTENCE_EXAMPLES = re.compile(r"\s*(?:包括|包含)[，,：:]")


def _continue_relative_items(text: str, tokens: list[Token], verbs: list[int], clause_of: list[int],
                             mentions: list[Mention]) -> None:
    """The items of a list of examples, clauses that are only a noun, maybe with a relative clause or a time phrase,
    continue the practice of the data the list names, not the relative verb of an item before them: "我们还可能使用您的
    其他信息，包括您与客服联系时您提供的相关信息，您参与问卷调查时向我们发送的问卷答复信息" → use (GUIDELINES: a relative
    clause on the user providing data that is the object of another practice gives no collect)."""
    for marker in EXAMPLES.finditer(text):
        head = next((m for m in reversed(mentions) if m.end <= marker.start() and marker.start() - m.end <= 1), None)
        if head is None or head.skip or not head.frames:
            continue
        clause = clause_of[marker.end()]
        while any(clause_of[t.start] == clause for t in tokens):
            inside = [m for m in mentions if clause_of[m.start] == clause and m.start >= marker.end()]
            first = min((m.start for m in inside), default=len(text))
            if not _only_relative_verbs(text, tokens, verbs, clause_of, clause, first):
                break
            for mention in inside:
                if not mention.skip:
                    mention.frames = [f.with_context() for f in head.frames]
                    mention.inherit = False
            clause += 1


# a verb joined to a second one that a 的 closes ("上传或发布的信息", "上传、发布的内容")
JOINED_RELATIVE = re.compile(r"(?:或|或者|和|及|与|、)[^，,。；;：:、（）()的]{1,4}的")


def _nominalised(text: str, tokens: list[Token], index: int) -> bool:
    """A verb that only forms a noun phrase: after 所 ("您在服务中所上传或发布的信息") or joined to a second verb that a 的
    closes ("您对其他人上传或发布的信息做出的回应")."""
    return index > 0 and tokens[index - 1].word == "所" or bool(JOINED_RELATIVE.match(text, tokens[index].end))


def _head_actor(match, actors, tokens: list[Token]):
    """The party a noun phrase names: "我们的关联公司" and "支持我们功能的服务提供商" name the party after 的, also past
    a name in parentheses ("我司（厦门某某科技有限公司）的关联公司")."""
    chosen = match
    for later in actors:
        if later.start < chosen.end:
            continue
        between = _words(t for t in tokens if chosen.end <= t.start and t.end <= later.start)
        if between.startswith(("（", "(")) and not CLOSE_BRACKET.search(between):
            continue  # a party inside the parentheses right after the chosen one names it
        between = APPOSITIVE_NAME.sub("", between)
        if "的" not in between or len(between) > 10 or any(c in between for c in "、，,；;。"):
            break
        chosen = later
    return chosen


# a name in parentheses right after a party ("我司（厦门某某科技有限公司）")
APPOSITIVE_NAME = re.compile(r"^\s*[（(][^（）()]{1,40}[）)]")


@lru_cache(maxsize=64)
def _parentheses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each outermost parenthesis, brackets included (cached: a sentence asks once per verb)."""
    if "（" not in text and "(" not in text:
        return ()
    spans, depth, opened = [], 0, 0
    for index, char in enumerate(text):
        if char in "（(":
            if not depth:
                opened = index
            depth += 1
        elif char in "）)" and depth:
            depth -= 1
            if not depth:
                spans.append((opened, index + 1))
    return tuple(spans)


def _text_after_group(text: str, end: int, parentheses: tuple[tuple[int, int], ...]) -> str:
    """The 12 characters after a data phrase's parenthesis of examples, or after the parenthesis it stands in (else
    ""): "产品使用情况（崩溃、闪退）的统计性数据" describes the statistics both for the head and for its examples."""
    for start, stop in parentheses:
        if start <= end < stop or start == end:
            return text[stop:stop + 12]
    return ""


# The data as the means of recording right after it: "通过[您的|设备对应的]X[来]记录…" (the identifier or account
# the activity is recorded under).
MEANS_BEFORE = re.compile(r"通过(?:您|你)?(?:所登录)?的?[^，,。；;、：:（）()]{0,8}$")
MEANS_GAP = re.compile(r"^(?:来|以)?$")
# between a verb that prevents or withholds a practice and that practice: its party ("阻止该SDK获取", "防止他人查看")
PREVENTED_GAP = re.compile(r"[^，,。；;：:、和及与或并]{0,8}")


def _recorded_under(text: str, verb: Token, match) -> bool:
    """The data is the means the verb 记录 records by, right before it ("通过您的账号记录…")."""
    return (verb.word == "记录" and verb.start >= match.end and MEANS_BEFORE.search(text, 0, match.start) is not None
            and MEANS_GAP.match(text[match.end:verb.start]) is not None)


MEANS_PHRASE = re.compile(r"通过[^，,。；;]{0,40}?(?:方式|途径|形式|手段)")  # "通过…SDK等方式": how, not who
COOKIE_MEANS_BEFORE = re.compile(r"(?:通过|借助|经由)[^，,。；;、]{0,8}$")  # "通过[我们使用的]cookie…收集"
# A cookie-like technology, then 了解 right before the data ("利用COOKIES或同类技术来了解您使用…", "使用Cookie或类似的跟踪技术
# 更好地了解您使用产品的频率")
LEARNT_THROUGH_COOKIES = re.compile(r"(?i)(?:cookies?|同类技术|类似技术|跟踪技术|追踪技术|beacons?|信标|像素标签)"
                                    r"[^，,。；;]{0,6}?了解[^，,。；;]*$")


def _learnt_through_cookies(text: str, verb: Token, match) -> bool:
    """The data is what the cookies the verb (利用 / 使用) employs let us learn: collected by them, not used."""
    return verb.end <= match.start and LEARNT_THROUGH_COOKIES.search(text, verb.end, match.start) is not None


# An account as the means of logging in: "使用[第三方帐号（例如：]抖音帐号[、Apple ID）][授权|便捷地]登录", "使用淘宝账号、
# 微信、QQ账号登录" (the words after a parenthesis the account is in or heads are read by _text_after_group).
LOGIN_ACCOUNT = re.compile(r"(?i)[账帐][号户]|ID|Apple")  # an account, not its password
LOGIN_MEANS_BEFORE = re.compile(r"(?:使用|通过|以|用(?!户))[^，,。；;]{0,24}$")
# ("使用QQ帐号进行注册、登录": registering and logging in with the account)
LOGIN_MEANS_AFTER = re.compile(r"(?:[、/和或及与][^，,。；;、（()]{1,8})*(?:授权|便捷地|快捷地?|直接|一键|进行|来)*"
                               r"(?:注册(?:[、/和或及与]|或者)?)?(?:登录|登陆)")

# The rest of an SDK's name right after a data term ("指纹认证SDK", "华为3D人脸识别SDK", "设备指纹SDK", "百度定位SDK"): the term
# names what the SDK does, not data the line takes.
SDK_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}\s*SDK", re.IGNORECASE)


def names_sdk_or_feature(match: Match, text: str) -> bool:
    """Whether the data term `match` only names an SDK ("指纹认证SDK", "人脸识别SDK", "设备指纹SDK") or, for a biometric term,
    the phone's log-in, unlock, payment or verification feature ("指纹/面容ID快捷登录", "指纹认证服务"): no data taken."""
    return bool(SDK_NAME_AFTER.match(text, match.end) or match.value.startswith("biometric")
                and BIOMETRIC_METHOD_AFTER.match(text, match.end))


# After a fingerprint or face term, the log-in, unlock or payment method it names ("指纹/面容ID快捷登录", "人脸/指纹登录与/或
# 支付功能", "面容解锁或指纹解锁", "使用手机自带的指纹/面容ID启用快捷登录") or the verification service or feature it names
# ("为了向您提供便捷的指纹认证服务", "手机终端自身的本地生物特征认证功能"): the check runs on the phone, the term is a feature.
BIOMETRIC_METHOD_AFTER = re.compile(r"(?:\s*(?:/|或|、|和)\s*(?:指纹|面容|人脸|面部|触控)(?:ID|识别)?)*\s*(?:启用|开启)?(?:快捷)?"
                                    r"(?:(?:登录|登陆|解锁|支付)|(?:认证|验证)(?:服务|功能))", re.IGNORECASE)


# An account that is created or registered ("系统将为你创建一个抖音帐号", "为你新创建抖音帐号", "如你此前从未注册过抖音帐号"):
# having an account is a condition of use, not account data.
ACCOUNT_CREATED_BEFORE = re.compile(r"(?:(?:新|为(?:您|你))?(?:创建|新建|开通)|(?:未|从未|没有)注册过?|注册过)(?:一个|新的)?"
                                    r"[^，,。；;、：:（）()“”\s]{0,6}$")


def _account_created(text: str, match) -> bool:
    """The account is the object of creating or of having registered, not data given to the service."""
    return (LOGIN_ACCOUNT.search(text, match.start, match.end) is not None
            and not any(word in text[match.start:match.end] for word in ("密码", "口令"))  # "创建账号密码": a password
            and ACCOUNT_CREATED_BEFORE.search(text, max(0, match.start - 14), match.start) is not None)


# An account logged into at the time of a practice ("如您登录账号后开启…", "如果您未登录账号", "在您登录华为账号并…授权后",
# "当您在注册或登录账号时"): the act of logging in, not account data.
LOGGED_INTO_BEFORE = re.compile(r"(?:(?:您|你|未|已|或|并|在|成功)(?=登[录陆]$)|(?:登录|登陆)(?:到|进)?[^，,。；;、（()“”]{0,6})$")
LOGGED_INTO_AFTER = re.compile(r"(?:时|后|前|并|以后|之后|状态|的情况)")


# Data made the account ("将您设备中的手机号码作为您的注册、登录账号")
AS_ACCOUNT = re.compile(r"作为(?:[您你]的)?[^，,。；;、]{0,6}?[、和及]?[^，,。；;]{0,4}?[账帐][号户]")


def _made_account(tokens: list[Token], match, clause_of: list[int], negations) -> bool:
    """Whether 将 / 把 and no negation come before the data in its clause ("将您设备中的手机号码作为…账号")."""
    before = [t.word for t in tokens if t.end <= match.start and clause_of[t.start] == clause_of[match.start]]
    return any(word in ("将", "把") for word in before) and not any(word in negations for word in before)


def _account_logged_into(text: str, match) -> bool:
    """The account is the object of logging in, at the time of what follows."""
    term = text[match.start:match.end]
    if LOGIN_ACCOUNT.search(term) is None or "密" in term or "口令" in term:
        return False
    head = 2 if term[:2] in ("登录", "登陆") else 0  # "登录账号" as the verb and its object
    return (LOGGED_INTO_BEFORE.search(text, max(0, match.start + head - 12), match.start + head) is not None
            and LOGGED_INTO_AFTER.match(text, match.end) is not None)


def _login_means(text: str, match, parentheses: tuple[tuple[int, int], ...]) -> bool:
    """The account is what the person logs in with (used or linked, not given to the service as data)."""
    if (LOGIN_ACCOUNT.search(text, match.start, match.end) is None
            or LOGIN_MEANS_BEFORE.search(text, 0, match.start) is None):
        return False
    after = _text_after_group(text, match.end, parentheses) or text[match.end:match.end + 30]
    return LOGIN_MEANS_AFTER.match(after) is not None


# what a cookie holds, named as data ("Cookie信息", "cookie 标识符", "Cookie数据")
COOKIE_DATA_AFTER = re.compile(r"\s*(?:信息|数据|标识符?|ID|id|值|内容|记录)")
COOKIE_LIST_GAP = re.compile(r"\s*(?:[、，,/]|和|及|与|或|以及|或者)\s*(?:(?:您|你)的)?\s*")
COOKIE_READING_VERBS = {"收集", "采集", "获取", "读取", "获得", "搜集", "记录", "上传", "上报", "接收"}


def _cookies_as_their_use(text: str, mentions: list[Mention]) -> None:
    """Storing, placing or reading cookies is their use: "我们会在您的计算机或移动设备上存储名为Cookie的小数据文件",
    "通过访问Cookie辨认注册用户", "我们可能通过放置安全的Cookie及相关技术收集您的信息" → use usage.cookies, the cookie
    being kept in the person's browser or device, neither retained nor collected by us (GUIDELINES: setting, placing,
    storing or using cookies is `use` of `usage.cookies`, what they obtain is `collect` of its own type; their lifetime
    gives no `store`). Cookies named as data a collecting verb takes, what a cookie holds ("cookie 标识符、cookie 信息")
    or an item among other data collected ("我们会收集您的设备信息、Cookie、IP地址"), keep that `collect` (GUIDELINES:
    cookies named as data the actor collects or reads)."""
    for index, mention in enumerate(mentions):
        if mention.data_type != "usage.cookies":
            continue
        as_data = COOKIE_DATA_AFTER.match(text, mention.end) is not None or mention.term.endswith(("信息", "数据")) or any(
            other.data_type != "usage.cookies" and not other.skip and (
                other.end <= mention.start and COOKIE_LIST_GAP.fullmatch(text[other.end:mention.start])
                or mention.end <= other.start and COOKIE_LIST_GAP.fullmatch(text[mention.end:other.start]))
            for other in mentions[max(0, index - 1):index + 2] if other is not mention)
        as_data = as_data and not COOKIE_MEANS_BEFORE.search(text, 0, mention.start)
        mention.frames = unique_frames([
            replace(f, action="use") if f.action in ("store", "collect") and not f.negated
            and not (as_data and f.action == "collect" and f.verb in COOKIE_READING_VERBS
                     and f.verb not in re.split(r"[，,。；;：:]", text[mention.end:])[0]) else f
            for f in mention.frames])


# "在扫一扫、头像设置、刷脸认证场景中使用": the scenes or features a permission is used in, named by the data they handle
SCENE_PHRASE = re.compile(r"在(?P<names>[^，,。；;：:在您你]{2,40}?)(?:等)?(?:相关)?(?:场景|业务场景|使用场景)(?:中|下|里)")


def _scene_names(text: str, mentions: list[Mention]) -> None:
    """Data words inside a phrase naming the scenes something is used in ("在扫一扫、头像设置、刷脸认证场景中使用") name
    features, not data the verb after the phrase handles (GUIDELINES: data named only in the name of a feature)."""
    for scene in SCENE_PHRASE.finditer(text):
        names = scene.group("names")
        for mention in mentions:
            if scene.start("names") <= mention.start < scene.end("names") and not any(
                    f.verb and f.verb in names for f in mention.frames):
                mention.dismiss()


# the forms a correspondence takes ("您与我们的沟通信息（包括文字/图片/音视频/通话记录形式）", "以文字/图片/音视频/通话记录
# 形式存在的沟通信息")
COMMUNICATION_FORMS = re.compile(
    r"(?:沟通|通信|交流|联系)(?:信息|内容|记录)\s*[（(](?:包括|包含|含|如)?(?P<inner>[^（）()]{1,40}?)(?:等)?(?:形式|方式)[）)]"
    r"|以(?P<before>[^，,。；;（）()]{1,40}?)(?:等)?(?:形式|方式)(?:存在|记录|保存)?的[^，,。；;]{0,6}?(?:沟通|通信|交流)(?:信息|内容|记录)"
    # the means of an interaction with other people ("当您在游戏中通过文字、图片、语音和视频方式与其他玩家进行互动，我们可能会收集
    # 并保存您发送的上述信息内容"): what is sent is named by the demonstrative after it
    r"|通过(?P<means>[^，,。；;（）()]{1,40}?)(?:等|及其他)?(?:形式|方式)(?:与|和|同)[^，,。；;]{0,12}?(?:互动|交流|沟通|聊天)")


def _forms_of_communication(text: str, mentions: list[Mention]) -> None:
    """The forms a correspondence with the service takes (文字, 图片, 音视频, 通话记录) name no data of their own: the
    correspondence is `communication.messages` only (GUIDELINES: "沟通信息（包括文字/图片/音视频/通话记录形式）")."""
    for found in COMMUNICATION_FORMS.finditer(text):
        group = next(name for name in ("inner", "before", "means") if found.group(name) is not None)
        start, end = found.start(group), found.end(group)
        for mention in mentions:
            if start <= mention.start < end and not mention.data_type.startswith("communication.messages"):
                mention.dismiss()


def _marks_relative(word: str) -> bool:
    """的 as a token, or inside a data term that opens with a relative clause ("上传的照片"; not 目的, 的话)."""
    return word == "的" or 0 < word.find("的") < len(word) - 1


# "…收集和产生的个人信息，将存储在中国境内": a relative clause naming the data, then where the data is stored
# ("收集或产生的用户个人信息", "收集和产生的个人信息均存储在"; the adverbs between as in MODAL_GAP)
RELATIVE_OF_DATA = re.compile(r"(?:(?:[和及与、]|或者?)(?:产生|生成|获取|收集|获得))?(?:到)?的(?:您的|你的|用户的|用户)?")
STORED_AFTER = re.compile(r"[，,]?\s*(?:将|会|均|都|也|亦)*(?=(?:存储|保存|储存|存放)(?:在|于|至))")


def _stored_topic(text: str, match, tokens: list[Token], verbs: list[int], verb_index: int) -> int | None:
    """The storing verb of data that a relative clause says was collected ("我们在境内运营中收集和产生的个人信息，将存储在
    中国境内", "将在境内运营过程中收集和产生的个人信息存储于中华人民共和国境内"): the relative clause only says which data
    is meant, the sentence states where it is stored."""
    if not RELATIVE_OF_DATA.fullmatch(text, tokens[verb_index].end, match.start):
        return None
    after = STORED_AFTER.match(text, match.end)
    if not after:
        return None
    return next((v for v in verbs if tokens[v].start == after.end()), None)


# contact details as the means of reaching the person: "通过…[手机号码]向您发送", "…[联系方式]，…向其中的一种或多种发送"
CONTACTED_THROUGH = re.compile(r"(?:通过|以|使用|利用)(?:您|你)[^，,。；;]{0,30}$")
CONTACTING = re.compile(r"[）)]?(?:[（(][^（）()]{0,30}[）)])?[，,]?(?:向(?:您|你)|与(?:您|你)|和(?:您|你))?[^，,。；;、]{0,6}?(?:发送|联系|通知|推送|邀请|致电|回访)"
                        r"(?!电话|方式|人|地址|邮箱)")
REFERRED_CONTACTING = re.compile(r"向其中[^，,。；;]{0,12}(?:发送|通知|推送)")
ADVERTISING = re.compile(r"广告|营销|推广|推送|cookie")  # (cookies partners place serve their own ends)
TIME_PHRASE_OPENERS = {"在", "当", "于"}
TIME_PHRASE_ENDS = {"时", "过程中", "期间", "时候", "的时候", "之时"}


def _in_time_phrase(tokens: list[Token], index: int, start: int) -> bool:
    """The verb at `index` is the act of a time phrase that ends before the data at `start` ("使用您在注册时提供的手机
    号码", "您在使用产品的过程中提供的联系方式", "根据你在使用产品过程中的浏览行为"): when it happens, not the data's
    predicate."""
    ends = [i for i in range(index + 1, len(tokens)) if tokens[i].end <= start and (
        tokens[i].word in TIME_PHRASE_ENDS or tokens[i].word == "中" and tokens[i - 1].word == "过程")]
    if not ends:
        return False
    if _marker_in_clause_before(tokens, index, TIME_PHRASE_OPENERS, window=5):
        return True
    # also with no opener, when the person's act ends in 时 right away and a relative clause on the data follows
    # ("使用您注册时提供的基本资料", "根据您注册、购物时向平台提供的姓名"; not 使用 itself, whose object holds the phrase)
    # or the phrase itself describes the data ("根据您使用产品过程中的浏览行为")
    return ends[0] - index <= 3 and not any(t.word in ("您", "你", "用户") for t in tokens[index + 1:ends[0]]) and (
        any(tokens[j].end <= start and _followed_by_de(tokens, j) for j in range(ends[0] + 1, min(len(tokens), ends[0] + 5)))
        or ends[0] + 1 < len(tokens) and tokens[ends[0] + 1].word == "的" and tokens[ends[0] + 1].end <= start)


# "应…要求而" right before a verb of giving: a request by someone other than the person ("应您的监护人合法要求而",
# "应权利人因识别涉嫌侵权行为人的要求而"), not "应您的要求"
AT_REQUEST_OF = re.compile(r"应(?!您的?(?:合法)?(?:要求|请求))[^，,。；;]{1,30}?(?:要求|请求)而?$"
                           # ... and so is giving what the law or an authority requires ("根据法律、法规的要求、强制性的
                           # 行政执法或司法要求所必须提供您个人信息的情况下")
                           r"|(?:法律|法规|执法|司法|政府|监管|机关)[^，,。；;]{0,24}?要求所?(?:必须|必需|需要|需|须)?$")


# the rest of a control verb's object up to the data: the person's own providing or producing, as a relative clause
# ("删除观看历史、收藏、订阅等您在使用本服务时提供的和产生的个人信息", "删除您在使用本服务时提供的个人信息")
CONTROLLED_RELATIVE = re.compile(r"(?:[^，,。；;]*?等)?(?:您|你)(?:在)?[^，,。；;]{0,20}?(?:提供|产生|上传|发布|填写)的"
                                 r"(?:(?:和|及|与|或|以及)(?:提供|产生|上传|发布|填写)的)?")


def _relative_object_of_control(text: str, match, tokens: list[Token], clause_of: list[int], blocking_verbs) -> bool:
    """Whether the data is the object of a control or safeguard verb (删除, 更正…) of its clause, with only a relative
    clause on the person's own providing between them."""
    clause = clause_of[match.start]
    before = [t for t in tokens if t.end <= match.start and clause_of[t.start] == clause and t.word in blocking_verbs]
    return bool(before) and CONTROLLED_RELATIVE.fullmatch(text, before[-1].end, match.start) is not None


def _at_request_of_others(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """Whether the verb at `position` gives data at the request of a party other than the person."""
    if position + 1 < len(tokens) and tokens[position + 1].word == "的":
        return False  # "我们会收集法律法规要求提供的基础信息": what the person is required to give, a relative clause
    clause = clause_of[tokens[position].start]
    before = _words(t for t in tokens[max(0, position - 20):position] if clause_of[t.start] == clause)
    return bool(AT_REQUEST_OF.search(before))


def _given_and_granted(tokens: list[Token], position: int) -> bool:
    """The verb at `position` follows "提供并授权" / "提供并允许" in its clause: the person gives the data and lets the
    grantee act on it ("按照步骤提示提供并授权该服务方（即…）使用您的个人信息")."""
    words = [t.word for t in tokens[max(0, position - 16):position]]
    if any(w in CLAUSE_PUNCT for w in words):
        words = words[max(i for i, w in enumerate(words) if w in CLAUSE_PUNCT) + 1:]
    return any(w in ("授权", "允许") and words[i - 2:i] == ["提供", "并"] for i, w in enumerate(words))


def _marker_in_clause_before(tokens: list[Token], index: int, markers, window: int) -> bool:
    """One of `markers` is among the `window` tokens before `index`, with no clause punctuation between."""
    for back in range(index - 1, max(-1, index - window - 1), -1):
        if tokens[back].word in CLAUSE_PUNCT:
            return False
        if tokens[back].word in markers:
            return True
    return False


def _in_relative_clause(tokens: list[Token], index: int, clause_of: list[int]) -> bool:
    """A 的 follows the verb at `index` in its clause, other than a pronoun's (您的, 其的): the verb describes a noun
    ("可用于识别您个人身份的信息", "您需要备份的文件类型"; not "核验您的实名认证相关信息")."""
    clause = clause_of[tokens[index].start]
    for position in range(index + 1, len(tokens)):
        if clause_of[tokens[position].start] != clause:
            return False
        word = tokens[position].word
        if word.startswith("的") and tokens[position - 1].word not in ("您", "你", "用户", "其", "我们", "他们") or (
                _marks_relative(word) and word != "的"):  # "个人身份的信息"
            return True
    return False


def _in_needed_relative(tokens: list[Token], index: int, start: int | None = None) -> bool:
    """The verb at `index` names what data is needed for, in a 为…所需的 relative clause on it ("向其提供您的为申请授信、
    使用授信所必须的姓名", "，为金融风控所必须的设备信息"): the purpose of the data, not its predicate; the relative clause
    closes before the data at `start` when one is given."""
    opener = next((k for k in range(index - 1, max(-1, index - 7), -1) if tokens[k].word in NEEDED_FOR
                   or tokens[k].word in CLAUSE_PUNCT), None)
    if opener is None or tokens[opener].word not in NEEDED_FOR or tokens[index].start - tokens[opener].end > 10:
        return False
    rest = []
    for token in tokens[index + 1:]:
        if token.word in CLAUSE_PUNCT or (start is not None and token.end > start):
            break
        rest.append(token)
    return bool(NEEDED_RELATIVE.search(_words(rest)))


def _after_enumerator(tokens: list[Token], index: int) -> bool:
    """The verb follows a list number that opens its clause ("3、获取您的设备信息", "…；b.收集…"); not a basis
    preposition, which opens a title ("3、基于相册（图片库/视频库）的…附加服务：")."""
    if (index < 2 or tokens[index - 1].word not in ("、", ".") or not ENUMERATOR.fullmatch(tokens[index - 2].word)
            or tokens[index].word in BASIS_WORDS):
        return False
    return index == 2 or tokens[index - 3].word in CLAUSE_PUNCT or tokens[index - 3].word in ("(", ")", "。") \
        or tokens[index - 3].word.isspace()


def _followed_by_de(tokens: list[Token], index: int) -> bool:
    """A verb followed by 的 that describes a later noun ("在境内收集的个人信息") or the data ("评论是公开发布的"); not a
    clause closed by 的 and punctuation, which names the case it happens in ("因合并…涉及个人信息转让的，我们会要求…"); also
    with the complement 到 between ("将收集到的您的个人信息用于以下目的")."""
    de = index + 2 if index + 1 < len(tokens) and tokens[index + 1].word == "到" else index + 1
    if not (de < len(tokens) and tokens[de].word == "的"):
        return False
    closes = de + 1 < len(tokens) and tokens[de + 1].word in CLAUSE_PUNCT
    # "评论是公开发布的，": 是…的 describes the data
    return not closes or any(t.word in ("是", "时") for t in tokens[max(0, index - 3):index])


def _person_clause_in_object(tokens: list[Token], index: int, verbs: list[int]) -> bool:
    """The verb is one of the person's acts in a relative clause on the data that an earlier verb takes as its object:
    "同步您注册、登录、使用我们的产品与/或服务的一些个人信息" (注册, 登录 and 使用 only say which data; 同步 governs it)."""
    head = next((u for u in verbs if u + 2 <= index and tokens[u + 1].word in ("您", "你")
                 and all(k in verbs or tokens[k].word in ("、", "和", "及", "或") for k in range(u + 2, index))), None)
    de = next((k for k in range(index + 1, len(tokens)) if tokens[k].word == "的" or tokens[k].word in CLAUSE_PUNCT),
              None)
    return (head is not None and de is not None and tokens[de].word == "的"
            and len(_words(tokens[index + 1:de])) <= 20)


def _joined_to_relative(tokens: list[Token], index: int, verbs: list[int]) -> bool:
    """A verb joined by a conjunction to a later verb followed by 的 is in the same relative clause ("不会公开披露您未自主
    公开或未合法公开的个人信息": both 公开 only say which data is meant)."""
    if not (index + 1 < len(tokens) and tokens[index + 1].word in ("或", "或者", "和", "及", "以及", "、")):
        return False
    later = next((v for v in verbs if v > index + 1), None)  # the verb of the next conjunct
    # only its adverbs between ("或者其他未合法公开的"), not another subject or conjunct ("访问、修改和删除您提供的…": 提供
    # is the person's own act inside the object of 删除)
    return (later is not None and later <= index + 5 and _followed_by_de(tokens, later)
            and not any(t.word in CLAUSE_PUNCT or t.word in CONJUNCTIONS or t.word in ("您", "你", "用户", "我们")
                        for t in tokens[index + 2:later]))


# the rest of a clause up to its punctuation or an example in parentheses ("（示例：记录搜索）")
_REST_OF_CLAUSE = re.compile(r"(?:(?!（示例|\(示例)[^，,；;。！？!?])*")
CLOSE_BRACKET = re.compile(r"[）)]")
# a clause that opens with 如 / 若 / 如果 and is followed by another clause of its sentence: a condition, whose party is
# no subject of the clauses after it ("如商品/服务需要第三方配送，需要获知您的收货人信息"); not examples (如下, 如：), and
# not one on the person or on us, which `condition_markers` and the hypotheticals read
CONDITIONAL_CLAUSE = re.compile(r"(?:^|[，,；;])\s*((?:如果|假如|倘若|一旦|若|如)(?![下：:、（(])[^，,。；;：:您你我]*)[，,]")
# a request that the person provide data, which no refusal or hypothetical before it in its clause takes back
PROVIDE_REQUEST = re.compile(r"(?:需要|需|要求|请)(?:您|你)(?:先行|另行|再次)?(?:提供|填写|上传|提交)")


def _opens_bracket(span: str) -> bool:
    """Whether a span leaves a bracket of its own open ("…信息（帐号头像、昵称"); not one that has closed a bracket
    opened before it."""
    depth = 0
    for char in span:
        depth += 1 if char in "（(" else -1 if char in "）)" else 0
        if depth < 0:
            return False
    return depth > 0


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


MODIFIERS = {"任何", "其他", "所有", "该", "相关", "合作", "我们的", "这些", "上述", "前述", "特定", "境外", "外部", "的", "一切", "我们", "您"}


def _other_people_before(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """Other people (其他用户, 好友, 公众…) right before the verb in its clause, through modals (可能、能够、可以)."""
    clause = clause_of[tokens[position].start]
    for back in range(position - 1, max(-1, position - 6), -1):
        word = tokens[back].word
        if clause_of[tokens[back].start] != clause:
            return False
        if any(word.endswith(p) for p in OTHER_PEOPLE):
            return True
        if word in ("用户", "会员", "人", "玩家") and any(t.word == "其他" for t in tokens[max(0, back - 4):back]):
            return True  # 其他爱彼迎用户
        if word not in ("可能", "能够", "可以", "可", "能", "会", "将", "也", "都", "均"):
            return False
    return False


# the other users something is shared with ("与您的好友、家人及其他用户", "与使用该服务的所有用户")
OTHER_USERS = re.compile("|".join(OTHER_PEOPLE) + r"|(?:所有|全部|其他|其它)[^，,。；;、]{0,12}(?:用户|会员|玩家)")
# the people a person has, who receive data as others do: "提供给您的监护人", "提供给你的父母"
USERS_PEOPLE = re.compile(r"的?(?:法定)?(?:监护人|父母|家长|紧急联系人)")


def _posted_publicly(tokens: list[Token], position: int) -> bool:
    """The person's verb posts the data publicly, with the data as its object ("选择公开发布图文/视频内容"); not the
    relative 公开发布的 ("您公开发布的信息中可能会涉及…"), which only says which data a later predicate takes."""
    word = tokens[position].word
    before = tokens[position - 1].word if position > 0 else ""
    return ((word in ("公开发布", "公开发表") or word in ("发布", "发表") and before == "公开")
            and not _followed_by_de(tokens, position))


def _made_public(tokens: list[Token], position: int) -> bool:
    """The person's verb makes the data public: 公开分享 / 公开共享, the relative 公开的, the passive 被公开 ("可让您…与
    所有用户公开分享您的相关信息", "您在平台公开分享的文字", "您主动公开的个人信息", "您的直播内容将被公开"); not a caution
    ("请您谨慎公开您的个人信息") nor 公开发布 (the person's own publication)."""
    word = tokens[position].word
    before = tokens[position - 1].word if position > 0 else ""
    after = tokens[position + 1].word if position + 1 < len(tokens) else ""
    if word in ("公开分享", "公开共享") or word in ("分享", "共享") and before == "公开":
        return True
    return word == "公开" and (after in ("分享", "共享") or before == "被" or _followed_by_de(tokens, position))


# verbs whose subject sees the data (其他用户可以看到 / 作者可以查看): the viewer
VIEWING_SUBJECT_VERBS = {"看到", "查看", "看见"}
# what stands between a viewer and the viewing verb ("作者可以在作家后台看到", "他人才能看到", "关注人将可在特定页面…查看到")
VIEWER_MODALS = r"(?:可能|能够|可以|将会|仍然|仍|也|都|均|才|只|仅|还|将|会|可|能|就|亦|同样|随时|即可|则|依然)*"
VIEWER_TAIL = re.compile(VIEWER_MODALS + r"(?:(?:在|于|从|通过)[^在于]{1,40}?)?" + VIEWER_MODALS + "$")
# what opens a clause that keeps the subject of the clause before ("…仅不能和您互动，但仍可以查看您的公开信息")
OPENING_CONJUNCTIONS = r"(?:但是|但|而且|而|并且|并|且|同时|此时)"
CONJUNCTION_OPENING = re.compile(r"^" + OPENING_CONJUNCTIONS)
CARRIED_OPENING = re.compile(OPENING_CONJUNCTIONS + r"?" + VIEWER_MODALS)
# a noun naming people, by its last character (作者, 他们, 他人, 家庭成员, 书友, 用户, 对方, 老师, 卖家, 访客, 公众, 粉丝)
PERSON_NOUN = re.compile(r"[\u4e00-\u9fff]{0,6}[者人们员友户方师长家主客众丝属东生]")
# a clause opening with a condition or a preposition names no viewer first ("在您…时", "当…", "如…", "通过…")
NO_SUBJECT_OPENINGS = ("在", "当", "如", "若", "如果", "对于", "为", "通过", "除", "经")


# the unnamed people a passive verb names as its agent when data is open to anyone ("可被任何第三方阅读、收集和使用")
ANYONE_AGENT = re.compile(r"被(?:任何|其他|所有)?(?:第三方|他人|人|其他人|其他用户|用户|公众|任何人)$")


def _taken_by_anyone(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """A verb of a chain (阅读、收集和使用) whose passive agent, right before the chain, is anyone at all or other people
    unnamed ("可被任何第三方阅读、收集和使用", "可能会被他人收集并加以使用"): the data is open to them."""
    clause = clause_of[tokens[position].start]
    index = position - 1
    while index >= 0 and clause_of[tokens[index].start] == clause:
        word = tokens[index].word
        if word in ("、", "和", "及", "或", "并", "并且", "以及", "加以"):
            index -= 1
            continue
        if word in ("阅读", "收集", "使用", "利用", "获取", "查看", "看到", "下载", "转载", "复制"):
            index -= 1
            continue
        break
    opening = "".join(t.word for t in tokens[max(0, index - 3):index + 1] if clause_of[t.start] == clause)
    return ANYONE_AGENT.search(opening) is not None


def _shown_to_others_later(tokens: list[Token], position: int) -> bool:
    """A clause later in the sentence of the verb at `position` shows the data to other people, with no subject or
    object of its own ("我们会收集您的…昵称、头像…，并可向您本人或其他用户或好友展示。")."""
    rest = _words(tokens[position + 1:])
    end = re.search(r"[。；;！!？?]", rest)
    sentence = rest[:end.end()] if end else rest
    return bool(re.fullmatch(r"[^。；;！!？?]*?[，,]\s*(?:并且|并|同时)?(?:可|可以|会|将|将会|可能)?(?:(?:向|给|对)"
                             r"[^，,。；;]{0,16}?(?:其他用户|其他人|他人|好友|公众|所有用户|其他玩家)"
                             r"[^，,。；;]{0,8}?(?:展示|公开|显示)|(?:公开)?(?:展示|显示)给[^，,。；;]{0,16}?(?:用户|玩家|好友|"
                             r"他人|其他人|公众))[。；;！!？?]?", sentence))


def _viewer_head(tokens: list[Token], position: int, clause_of: list[int]) -> tuple[str, str] | None:
    """The subject phrase of the viewing verb at `position` and its head noun (after the last 的): the words its clause
    opens with before modals and a place ("作者可以在作家后台看到" → 作者), or, when the clause opens with its modals
    ("…，可以查看", "但仍可以查看"), the noun after the last 的 of the clause before ("被邀请的家庭成员接受邀请后" →
    家庭成员). None for a clause that opens with a condition or a preposition ("在您…时", "当…", "如…")."""
    clause = clause_of[tokens[position].start]
    opening = _words(t for t in tokens[:position] if clause_of[t.start] == clause).strip()
    phrase = VIEWER_TAIL.sub("", CONJUNCTION_OPENING.sub("", opening, count=1), count=1)
    if phrase:
        if phrase.startswith(NO_SUBJECT_OPENINGS):
            return None
        return phrase, phrase.rsplit("的", 1)[-1]
    if clause == 0 or CARRIED_OPENING.fullmatch(opening) is None:
        return None
    before = [t for t in tokens[:position] if clause_of[t.start] == clause - 1]
    marks = [i for i, t in enumerate(before) if t.word == "的"]
    if not marks or marks[-1] + 1 >= len(before) or _words(before).startswith(NO_SUBJECT_OPENINGS):
        return None
    return _words(before[:marks[-1] + 2]), before[marks[-1] + 1].word


def _visible_to_others(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """可见 after 对 / 仅 and a group of people it is visible to, other than the person ("将对团内成员可见", "将会对其可见",
    "仅您投递的招聘方可见", and everyone: "您选择公开发布的信息原则上将对所有用户可见" → `share` `content` (GUIDELINES);
    not "仅自己可见", "仅您本人可见")."""
    clause = clause_of[tokens[position].start]
    group = [t.word for t in tokens[max(0, position - 4):position] if clause_of[t.start] == clause
             and t.word not in ("均", "都", "也", "将", "会", "将会", "才", "可")]
    marked = any(t.word in ("对", "仅", "只", "只对", "仅对") and clause_of[t.start] == clause
                 for t in tokens[max(0, position - 8):position])
    return marked and bool(group) and group[-1] not in ("对", "仅", "只", "自己", "本人", "您", "你", "您本人", "你本人")


def _other_people_see_after(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """A showing verb followed by a clause in which other people see ("…将展示在该作品的“粉丝榜”中，其他用户均可看到")."""
    if tokens[position].word not in SHOWING_VERBS:
        return False
    clause = clause_of[tokens[position].start]
    return any(clause_of[t.start] == clause + 1 and t.word in DISPLAY_VERBS and _other_people_before(tokens, i, clause_of)
               for i, t in enumerate(tokens[position + 1:], position + 1))


ABILITY_MODALS = {"可", "可以", "能", "能够", "可被"}
# how a verb after an ability modal does it ("可以直接识别您个人身份的信息")
MANNER_ADVERBS = {"直接", "间接", "单独"}
# what opens a clause whose subject is the previous clause's ("…进入个人信息界面，可以查看…")
OPENING_MODAL = re.compile(r"(?:还|也|亦|均|都|随时|同时)*(?:可以|可|能够|能)")


# Characters that make a verb before them part of a noun: 申请码, 申请人, 申请表, 使用者.
# nouns after 应用 that make it the app the data is of ("应用信息", "应用相关信息", "应用列表")
APP_DATA_NOUNS = {"信息", "相关", "列表", "数据", "名称", "版本", "状态", "程序", "软件", "进程", "类型", "使用"}
ITEM_VERBS = {"点击", "搜索", "浏览", "关注", "点赞", "评论", "观看", "播放", "登录", "查询"}  # acts a list item records
ITEM_OPENERS = {"、", "，", ",", "：", ":", "（", "(", "；", ";"}  # before a list item
ITEM_CLOSERS = {"、", "，", ",", "。", "；", ";", "）", ")", "等", "及", "和", "以及", ""}  # after a list item
NOUN_SUFFIXES = {"码", "人", "书", "表", "单", "者"}


def _noun_compound(tokens: list[Token], index: int, clause_of: list[int]) -> bool:
    """A verb that jieba split off a noun it is part of ("兑换申请码": 申请 + 码) is no predicate; so is a storage verb
    naming a retention period ("超出保留期限后…删除", "在您的个人信息超出保留期间后") unless its clause states the length
    ("存储期限不少于6个月")."""
    if index + 1 >= len(tokens):
        return False
    if tokens[index + 1].word in ("期限", "期间", "时限"):
        return not DURATION.search(_clause_words(tokens, index, clause_of, after=True))
    return tokens[index + 1].word in NOUN_SUFFIXES


def _public_attribute(tokens: list[Token], index: int) -> bool:
    """公开 after 的 and before the noun it qualifies ("你主动设置的公开帐号信息", "注册的公开信息") is the adjective
    "public", no act of making the data public (not "信息的公开披露", "可见的公开区域")."""
    return (tokens[index].word == "公开" and 0 < index < len(tokens) - 1 and tokens[index - 1].word == "的"
            and tokens[index + 1].word not in CLAUSE_PUNCT and tokens[index + 1].word not in PUBLIC_NOT_ATTRIBUTE)


PUBLIC_NOT_ATTRIBUTE = {"披露", "区域", "展示", "发布", "分享", "的", "简介", "主页", "页面"}  # a public profile is shown


def _shared_with_public(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """Whether the recipient before the share verb at `position` is glossed as anyone ("与第三人（包括不特定对象）共享")."""
    clause = clause_of[tokens[position].start]
    before = _words(t for t in tokens[:position] if clause_of[t.start] == clause)
    return PUBLIC_RECIPIENT.search(before) is not None


PUBLIC_RECIPIENT = re.compile(r"[（(](?:包括|含|包含)?(?:不特定对象|公众|所有人)[）)]$")


def _party_noun(tokens: list[Token], index: int, clause_of: list[int]) -> bool:
    """A verb that jieba split off the party's suffix it forms a noun with, in the recipient phrase after 与 / 向 / 给
    ("与支付信息服务提供方共享": 提供 + 方), names the party, no predicate."""
    if index + 1 >= len(tokens) or tokens[index + 1].word not in PARTY_NOUN_SUFFIXES:
        return False
    clause = clause_of[tokens[index].start]
    for k in range(index - 1, max(-1, index - 8), -1):
        if clause_of[tokens[k].start] != clause or tokens[k].word in CLAUSE_PUNCT:
            return False
        if tokens[k].word in RECIPIENT_MARKERS:
            return True
    return False


PARTY_NOUN_SUFFIXES = {"方", "商"}


# A time span: "15个工作日内", "30天后", "六个月", "2年".
DURATION = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+)\s*(?:个)?(?:工作日|自然日|小时|天|日|周|星期|月|年)")


def _treated_by(tokens: list[Token], index: int) -> str | None:
    """The act a 处理 names when one stands right before it ("删除或匿名化处理", "进行去标识化处理"): that word, else None."""
    if tokens[index].word != "处理":
        return None
    before = index - 1
    while before >= 0 and tokens[before].word in ("或", "或者", "和", "及", "、", "并"):
        before -= 1
    return tokens[before].word if before >= 0 else None


def _clause_words(tokens: list[Token], index: int, clause_of: list[int], after: bool) -> str:
    """The words of token `index`'s clause before it, or from it on (`after`)."""
    clause = clause_of[tokens[index].start]
    return _words(t for t in (tokens[index:] if after else tokens[:index]) if clause_of[t.start] == clause)


def _deletion_period(tokens: list[Token], index: int, clause_of: list[int], deletion_verbs: set[str]) -> bool:
    """A deletion verb whose clause states when the deletion happens ("将在15个工作日内被删除", "保存30天后删除"):
    how long the data is kept first, also after the account is closed ("注销后，我们将在15个工作日内删除您的个人信息").
    Not the deadline of a deletion the person asks for (请求, 申请, 指示)."""
    if (_treated_by(tokens, index) or tokens[index].word) not in deletion_verbs:
        return False
    before = _clause_words(tokens, index, clause_of, after=False)
    return bool(DURATION.search(before)) and not re.search(r"请求|申请|要求|指示|您(主动)?删除", before)


def _flag_item(tokens: list[Token], index: int) -> bool:
    """A verb after 是否 in a list item names a yes/no flag ("、是否使用VPN标识、", "、是否首日访问、"), not a practice;
    up to two words may stand between 是否 and the verb."""
    for flag in range(index - 1, max(index - 4, 0), -1):
        if tokens[flag].word == "是否":
            return tokens[flag - 1].word in LIST_SEPARATORS | {"，", ","}
        if not re.fullmatch(r"[\u4e00-\u9fff]{1,3}", tokens[flag].word):
            return False
    return False


def _storage_permission(tokens: list[Token], index: int) -> bool:
    """存储 naming the device's storage or its permission, not storing: in a list of permissions ("相机/存储读写/麦克风
    权限"), as a compound noun ("调取您的相机权限、文件存储", "相册和文件存储：用于文件缓存"), owned by the person ("收集您的存储
    （相册、媒体和其他文件）"), as an item of a data list ("软件系统版本、存储信息、运营商信息") or as the heading of a
    permission's item ("存储：当您安装APP时，APP会向您申请获取此权限")."""
    if tokens[index].word != "存储":
        return False
    after = tokens[index + 1].word if index + 1 < len(tokens) else ""
    before = tokens[index - 1].word if index > 0 else ""
    before2 = tokens[index - 2].word if index > 1 else ""
    return (after in ("读写", "/", "／") or before in ("/", "／")
            or before == "文件" and (not after or after in CLAUSE_PUNCT or after in ("：", ":", "、", "和", "及", "权限"))
            or before == "的" and before2 in ("您", "你") and after in ("（", "(", "、", "权限")
            or after == "信息" and before in ("、", "：", ":")
            or after in ("：", ":") and all(re.fullmatch(r"[\s\d.．、()（）一二三四五六七八九十]+", t.word)
                                           for t in tokens[:index]))


def _device_used(tokens: list[Token], index: int) -> bool:
    """所使用 + the device + 的 describes whose data follows ("系统后台保存客户交易时所使用设备的网络信息"): the person's using the
    device, no practice on the data after it."""
    if tokens[index].word not in ("使用", "用") or index == 0 or tokens[index - 1].word != "所":
        return False
    after = "".join(t.word for t in tokens[index + 1:index + 4])
    return re.match(r"的?(?:设备|终端|手机|移动设备|电脑|浏览器)的", after) is not None


def _adjectival(tokens: list[Token], index: int) -> bool:
    """可 + verb (+ a short object) + 的 is an adjective ("可识别的个人身份信息": identifiable; "可以联系或识别您身份的
    个人信息"; "可以直接识别您个人身份的信息", with an adverb of manner), not a practice."""
    if not 0 < index < len(tokens) - 1:
        return False
    back = index - 1
    if tokens[back].word in MANNER_ADVERBS and back > 0:
        back -= 1  # "可以直接识别…"
    if tokens[back].word in CONJUNCTIONS and back > 0:
        back -= 1  # "可以联系或识别…"
        while back > 0 and tokens[back].word not in ABILITY_MODALS and index - back <= 3:
            back -= 1
    if tokens[back].word not in ABILITY_MODALS:
        return False
    subject = back - 1
    while subject > 0 and tokens[subject].word in ("还", "也", "均", "都", "亦"):
        subject -= 1
    if subject >= 0 and tokens[subject].word in ("您", "你", "我们", "用户"):
        return False  # "您还可以完善相关的网络身份识别信息": a person can do it, a predicate
    if subject < 0 or tokens[subject].word in CLAUSE_PUNCT:
        return False  # "…接受邀请后，可以查看共享设备的状态": a clause opening with its modal keeps the earlier subject
    for position in range(index + 1, min(len(tokens), index + 4)):
        word = tokens[position].word
        if word == "的":
            # "识别您的设备信息": 的 after a pronoun marks the object's owner, not a relative clause
            return tokens[position - 1].word not in ("您", "你", "用户", "其", "我们", "他们")
        if "的" in word[1:-1] and tokens[index].word in ("识别", "辨识"):
            # "可以直接识别您 | 个人身份的信息": the 的 inside the word closes the object of "identifiable" (not in "能帮助
            # 我们确定您 | 连接的页面", where the cookie does find the pages)
            return True
        if word in CLAUSE_PUNCT or word in ("您的", "你的"):
            return False
    return False


def _continue_merger(text: str, mentions: list[Mention]) -> None:
    """A merger clause that names personal information states its transfer (GUIDELINES: `share` `personal_info` with
    third_party), also when the sentence's verbs say only that it stays protected ("如果发生合并、收购、资产转让等交易，
    …要求新的控制者继续保护你的个人信息") or deny it but for the merger ("不会将您的个人信息转让给第三方，除非因合并…需要"):
    the first personal information named gets the share unless the sentence already shares data. Combining data
    (DATA_COMBINING: "与其他信息合并分析") is no merger."""
    combining = [m.span() for m in DATA_COMBINING.finditer(text)]
    event = next((e for e in MERGER_EVENT.finditer(text)
                  if not any(start <= e.start() < end for start, end in combining)), None)
    if event is None or not MERGER_TRANSFER.search(text):
        return
    if any(f.action == "share" and not f.negated for m in mentions if not m.skip for f in m.frames):
        return
    named = next((m for m in mentions if m.data_type == "personal_info"), None)
    if named is not None:
        named.skip = named.inherit = False
        named.frames = named.frames + [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, verb=event.group())]


def _providers_of_described_sdks(text: str, found: list) -> list:
    """An SDK not in the catalogue, named after its provider ("腾讯公司的安全风控SDK", "谷歌公司（Google Inc.）的Zxing
    二维码扫描SDK") or followed by a catalogued name in parentheses ("设备风险SDK（数美SDK）"), is that provider's, as the
    guidelines ask, here and wherever the sentence names it again."""
    named: dict[str, str] = {}
    result = []
    for index, match in enumerate(found):
        if match.value == THIRD_PARTY and "sdk" in match.phrase.lower():
            provider = None
            before = found[index - 1] if index else None
            if before is not None and before.value not in (THIRD_PARTY, FIRST_PARTY) and re.fullmatch(
                    r"(?:\s*[（(][^（()）]{0,30})?[）)]?\s*的[^，,。；;：:、的（）()]{0,12}", text[before.end:match.start]):
                provider = before.value
            after = found[index + 1] if index + 1 < len(found) else None
            if provider is None and after is not None and after.value not in (THIRD_PARTY, FIRST_PARTY) and re.fullmatch(
                    r"\s*[（(]", text[match.end:after.start]):
                provider = after.value
            provider = provider or named.get(match.phrase.lower())
            if provider is not None:
                named[match.phrase.lower()] = provider
                match = Match(match.start, match.end, provider, match.phrase)
        result.append(match)
    return result


def _used_for_item(text: str, start: int, end: int) -> bool:
    """Whether 用于 at start..end, right after a list conjunction, opens a relative clause that describes a listed item
    ("您的移动设备、网页浏览器或用于接入我们服务的其他程序所提供的配置信息"): a 的 before the next item or clause end."""
    if text[start - 1:start] not in LIST_JOINS:
        return False
    stop = next((i for i in range(end, len(text)) if text[i] in "、，,。；;"), len(text))
    return "的" in text[end:stop]


def _index_ending_at(tokens: list[Token], offset: int) -> int | None:
    """The index of the token that ends at `offset`, or None."""
    return next((i for i, t in enumerate(tokens) if t.end == offset), None)


def _word_before(tokens: list[Token], start: int, skipping: set[str], limit: int | None = None) -> str | None:
    """The first word before `start` that is not one of `skipping`, looking back at most `limit` words; None when
    the walk runs out."""
    index = _index_ending_at(tokens, start)
    steps = 0
    while index is not None and index >= 0 and (limit is None or steps < limit):
        if tokens[index].word not in skipping:
            return tokens[index].word
        index -= 1
        steps += 1
    return None


# "与我们合作的认证服务机构需要使用…": 与 opens the relative clause saying the party works with us, not a recipient
OUR_PARTNER_BEFORE = re.compile(r"(?:与|和|同)(?:我们|我方|我行|本公司)(?:所)?(?:合作|签约)的$")


def _our_partner(tokens: list[Token], start: int) -> bool:
    """The mention at `start` is described as a party that works with us ("与我们合作的服务提供商")."""
    return OUR_PARTNER_BEFORE.search(_words(t for t in tokens if t.end <= start)[-12:]) is not None


def _after_recipient_marker(tokens: list[Token], start: int) -> bool:
    """The mention at `start` follows 向/与/给… (possibly through modifiers such as 任何、其他)."""
    return _word_before(tokens, start, MODIFIERS, limit=4) in RECIPIENT_BEFORE


# the end of a clause that is only a chain of subjects, before the verb of the next clause ("阿里云号码认证SDK、中国移动SDK、
# 中国联通SDK，需要收集…")
SUBJECT_CLAUSE_END = re.compile(r"\s*[，,]\s*" + SUBJECT_VERB_GAP.pattern)


# An item of a list of SDKs or APIs: what follows a list separator up to the next one ("、抖音直播SDK、").
SDK_LIST_ITEM = re.compile(r"[^、，,；;：:（）()]*?(?:SDK|API)", re.I)
# The open end of a list of named parties ("…、乐播投屏等", "…SDK等第三方SDK").
OPEN_LIST_END = re.compile(r"\s*等")


def _list_names_others(text: str, subject_start: int, actors) -> bool:
    """Whether the list of named SDKs before a demonstrative subject ("…包括：抖音直播SDK、快手SDK、今日头条API，此类SDK会
    收集…") also names an SDK or API of no catalogued party (抖音直播SDK) or is open ("…快手SDK等"): then the practice
    stays a third party's as well as each named one's (GUIDELINES: keep `third_party` for open lists and parties not in
    sdks.yaml)."""
    named = [m for m in actors if m.end <= subject_start and m.value not in (THIRD_PARTY, FIRST_PARTY)]
    if not named:
        return False
    last = named[-1]
    if OPEN_LIST_END.match(text, last.end):
        return True
    start = named[0].start
    while start > 0 and text[start - 1] == "、":  # items of the list before its first named one ("：抖音直播SDK、快手SDK")
        start = max(text.rfind(mark, 0, start - 1) for mark in "、，,；;：:") + 1
    covered = [(m.start, m.end) for m in actors if m.value not in (THIRD_PARTY, FIRST_PARTY)]
    for piece in re.finditer(r"[^、，,；;]+", text[start:last.end]):
        begin, end = start + piece.start(), start + piece.end()
        if SDK_LIST_ITEM.fullmatch(piece.group().strip()) and not any(a < end and b > begin for a, b in covered):
            return True
    return False


def _subject_chain_before_comma(text: str, verb_start: int, actors, clause_of: list[int], clause: int) -> list:
    """The parties of the clause right before the verb's, when that clause ends with them and the verb's clause opens
    with a modal and the verb ("…时，阿里云号码认证SDK、中国移动SDK、中国联通SDK，需要收集上述网络信息"): the coordinated
    subject of the verb, set off by a comma; empty otherwise."""
    previous = [m for m in actors if m.end <= verb_start and clause_of[m.start] == clause - 1]
    if len(previous) < 2 or not SUBJECT_CLAUSE_END.fullmatch(text, previous[-1].end, verb_start):
        return []
    return previous


def _coordinated_after(match, actors, text: str) -> list:
    """The parties joined to `match` by 、/或/和… one after another right after it ("支付宝或微信支付")."""
    chain, last = [], match
    for later in actors:
        if later.start < last.end:
            continue
        if PARTY_CONJUNCTION.fullmatch(text[last.end:later.start]) is None:
            break
        chain.append(later)
        last = later
    return chain


def _coordinated_with_recipient(match, actors, tokens: list[Token]) -> bool:
    """The party `match` closes a chain of parties joined by 、/或/和 whose first follows 向/与/给 ("向支付宝或微信支付")."""
    text = _words(tokens)
    current = match
    for earlier in reversed([m for m in actors if m.end <= match.start]):
        if PARTY_CONJUNCTION.fullmatch(text[earlier.end:current.start]) is None:
            return False
        if _after_recipient_marker(tokens, earlier.start):
            return True
        current = earlier
    return False


def _described_recipient(tokens: list[Token], start: int) -> bool:
    """The party at `start` ends "与/向/给 … 的" ("与提供广告、分析服务的合作伙伴")."""
    index = _index_ending_at(tokens, start)
    if index is None or tokens[index].word != "的":
        return False
    return _marker_in_clause_before(tokens, index, RECIPIENT_MARKERS, window=11)


def _preceding_char(tokens: list[Token], start: int) -> str:
    for token in tokens:
        if token.end == start:
            return token.word
    return ""


# after the party a recipient leaves out: "与本行以外的任何公司", "转让给除百度公司外的任何公司", also with its
# affiliates ("与本公司及其关联公司以外的任何公司")
_OTHER_THAN = re.compile(r"^(?:(?:及|和|与)其?(?:关联公司|关联方|关联企业))?(?:以外|之外|外的)")
# the rest of a relative clause whose subject is a party and whose noun is data ("取得您授权或者依法共享的信息")
PARTY_RELATIVE_ON_DATA = re.compile(r"[^，,。；;：:（()]{2,24}?的(?:个人)?(?:信息|数据|资料)")
# before 我们的 named as the means or place of the person's act ("通过我们的客服", "在我们的平台")
OUR_MEANS_BEFORE = {"通过", "经", "经由", "在", "于", "从", "借助", "利用"}
# a party followed by a relative clause on a noun ("我们为您提供的功能", "我们开发的"): not the subject of later clauses
_RELATIVE_AFTER = re.compile(r"(?:为您|为你|向您|向你)?([^\s您你其，,。；;：:的]{1,3})的")


def text_after(tokens: list[Token], offset: int) -> str:
    """The text of the tokens from character `offset` on (a few tokens are enough for look-ahead)."""
    text = ""
    for token in tokens:
        if token.start >= offset:
            text += token.word
            if len(text) >= 8:  # the first eight characters are all that is read
                break
    return text[:8]


def _following_word(tokens: list[Token], end: int) -> str:
    for token in tokens:
        if token.start == end:
            return token.word
    return ""


def _surface(tokens: list[Token], match) -> str:
    return match.phrase
