"""Third-party SDK lists: HTML/Markdown tables and "SDK名称：… 收集个人信息类型：…" text records.

Each SDK entry becomes statements whose actor is that SDK (resolved through mappings/sdks.yaml; an unknown SDK is
`third_party` with its name kept in `actor_text`). Table columns are recognised by their headers (名称/提供方/目的/
个人信息…, name/provider/purpose/data…), text records by their field labels. Blocks consumed here are not
analysed again as ordinary sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..records import FIRST_PARTY, THIRD_PARTY, Block, Cell, Document, Statement, line_at
from ..taxonomy import EntityCatalog, Match, data_matcher, load_entities
from .en import DERIVATION_SOURCES, IDENTIFIER_TYPES, LIST_SEPARATOR
from .lexicon import Lexicon, any_match, load_lexicon
from .party_names import FIRST_PERSON
from .sharing_tables import answer_action
from .zh import UPLOAD_DENIAL, _providers_of_described_sdks, names_sdk_or_feature, permission_names
from .zh.clauses import _clause_start
from .zh.words import denies_upload, keeps_on_own_device

NUMBERING = re.compile(r"^\s*(?:[（(]?\d{1,3}[)）.、．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[-*•●])\s*")
SDK_WORD = re.compile(r"SDK|sdk|Sdk|插件|组件|开发包|Kit\b|kit\b|library|Library")
# In a Chinese SDK list a third party's API is listed as its SDK is ("头条短视频API：获取IMEI权限…").
SDK_WORD_ZH = re.compile(SDK_WORD.pattern + r"|API(?![A-Za-z])")

# A colon followed by a value: a list item that says something of its own ("… in Google Analytics: 14 months.").
ITEM_VALUE = re.compile(r"[:：]\s*\S")
NEGATIVE_CELL = re.compile(r"^(无|否|不涉及|不收集|无个人信息|none|n/?a|no|not applicable|-|—|/)$|不收集|不会收集|不涉及(?:任何)?个人(?:信息|数据)|"
                           r"do(es)? not collect|no personal (data|information)", re.I)

# CCPA categories whose statutory label names no data type (GUIDELINES: "Identifiers", "Inferences" and "Protected
# classification characteristics" name none; the Examples cell gives the types): "Characteristics of protected
# classifications under California or federal law", "J. Inferences drawn from other personal information"; nor does a
# category named by the source the examples come from ("Social Network Data | Email address, User name": what a
# connected social account gives, not the user's social graph).
UNTYPED_CATEGORY = re.compile(r"^\W*(?:[A-Z]\.\s*)?(?:characteristics of protected classifications|protected "
                              r"classification characteristics|inferences drawn from|social (?:network|media) data\W*$)",
                              re.I)

# The header of a first column that labels each row's kind of data: "Category", "Data category", "Type of data".
CATEGORY_COLUMN = re.compile(r"(?i)^[\W_]*(?:(?:data|information) )?(?:categor(?:y|ies)|types?|kinds?)(?: of (?:personal )?"
                             r"(?:data|information))?[\W_]*$")

# a column label naming the person's information itself ("您的个人信息") in a Chinese table
OWN_DATA_COLUMN = re.compile(r"^\s*(?:您|你|用户)的个人信息\s*$")
# a data cell of an SDK table that only says "none" (无 / 不涉及)
BARE_NONE_CELL = re.compile(r"^\s*(?:无|不涉及)\s*$")

NOT_COLLECTED_CELL = re.compile(r"^(?:[^\w\s]+\s*)?(no\b|not collected|none collected|we do not collect|"
                                r"we don.t collect|否|未收集|不收集)", re.I)
NOT_DISCLOSED_CELL = re.compile(r"^not (disclosed|shared|sold)( or (disclosed|shared|sold))?\.?$", re.I)


# "SDK" not joined to a name before it ("一个前提：SDK 不主动采集…", not "微信SDK", "友盟统计 SDK"): the SDK a text is about
BARE_SDK = re.compile(r"(?:^|(?<=[^\w\s]))\s*SDK\b", re.I)


def _own_sdk_heading(text: str, own_names: tuple[str, ...] | list[str], entities: EntityCatalog, lang: str) -> bool:
    """Whether a heading names the SDK whose own notice the document is ("# SeelWidget SDK 隐私说明", and under it "## 1.
    一个前提：SDK 不主动采集任何设备信息"): its maker, the first party, writes of it; no record of another party's SDK."""
    own_sdks = [name for name in own_names if re.search(r"\bSDK$", name, re.I)]
    if not own_sdks:
        return False
    if any(name.lower() in text.lower() for name in own_sdks):
        return True
    return bool(BARE_SDK.search(NUMBERING.sub("", text).strip())) and not entities.find_named(text, lang)


# the name of a privacy document in a title ("融云 RTC 隐私政策", "Privacy Policy")
POLICY_TITLE = re.compile(r"(?:隐私|隱私)(?:权|權)?(?:政策|声明|聲明|保护指引|指引|条款|條款)|privacy\s+(?:policy|notice|statement)", re.I)


def _own_policy_title(text: str, own_names: tuple[str, ...] | list[str]) -> bool:
    """Whether a heading is the title of the policy itself, naming the policy's own product ("融云 RTC 隐私政策", the
    policy of the company that also makes an SDK of that name): the first party's document, no record of that SDK."""
    return bool(POLICY_TITLE.search(text)) and any(name and name.lower() in text.lower() for name in own_names)


def _sdk_word(lang: str) -> re.Pattern[str]:
    """The words that call a name an SDK in `lang`."""
    return SDK_WORD_ZH if lang == "zh" else SDK_WORD


@dataclass
class Record:
    actor: str
    actor_text: str | None
    purposes: list[str] = field(default_factory=list)


@dataclass
class SdkListResult:
    statements: list[Statement]
    consumed_blocks: set[int]
    block_actor: dict[int, str]  # default actor of the blocks inside an SDK record
    # rows of a table of data types, read by their data and purpose columns: the sentences of their cells may still
    # deny a practice of their own ("| Email address (never transmitted to us) | … |")
    data_rows: set[int] = field(default_factory=set)


# The opening parenthesis between a company's name and its product's ("Google LLC (Google Maps Platform)").
PRODUCT_IN_PARENTHESES = re.compile(r"\s*[(（]\s*")
# Its closing one, after at most two more words of the product's name ("… Maps Platform)", not "… and the Google tag)").
PRODUCT_CLOSE = re.compile(r"(?:\s+(?!(?:and|or)\b)[\w.-]+){0,2}\s*[)）]", re.I)
# A purpose stated before the data in an SDK record's value ("用于网点查询定位，收集…", "for crash reporting, collects…").
LEADING_PURPOSE = re.compile(r"\s*(?:用于|用来|为了|以便|for|to)\s*([^，,；;。:：]{2,60}?)[，,；;]", re.I)


# A heading that is a party's name alone, a company's form after it ("Sendgrid, Inc.", "Elasticsearch B.V.", "Sentry"):
# the term of a sub-processor list written as a heading over the line defining what that party does with the data.
PARTY_NAME_HEADING = re.compile(r"^[\W\d]*(?P<name>.+?),?"
                                r"(?:\s+(?:Inc|LLC|Ltd|GmbH|B\.V|Corp|Corporation|Limited|PBC)\.?)?[\s*_:`]*$")


def _party_heading(text: str, entities: EntityCatalog) -> bool:
    """Whether a heading is a catalogued party's name alone ("Sendgrid, Inc.", "New Relic"), not a title naming one
    ("Sharing with Google", "Google Analytics cookies")."""
    name = PARTY_NAME_HEADING.match(text.strip())
    if name is None:
        return False
    named = entities.find_named(name.group("name"), "en")
    return len(named) == 1 and named[0].start == 0 and named[0].end == len(name.group("name"))


# a company's name with its legal form, as a heading ("FrontApp, Inc.", "Elasticsearch B.V.")
COMPANY_HEADING = re.compile(r"^[\W\d]*(?P<name>[A-Z][\w&.'’ -]{0,40}?),?"
                             r"\s+(?:Inc|LLC|Ltd|GmbH|B\.V|Corp|Corporation|Limited|PBC)\.?\s*$")
FIRST_SENTENCE = re.compile(r".+?(?:[.;!?](?=\s|$)|$)")


def _defines_service(text: str, entities: EntityCatalog) -> bool:
    """Whether a paragraph under a party's name defines that party's service, as the entries of a sub-processor list
    do ("Subscription payment provider. Data collected can include …", "Provides email delivery to …"): it names no
    party, and its first sentence has no subject of ours ("We use Sentry to log crash reports", "Stripe takes care of
    handling credit card payments" are prose about the party, whose subjects are their own)."""
    first = FIRST_SENTENCE.match(text)
    return not entities.find_named(text, "en") and not FIRST_PERSON.search(first.group(0) if first else text)


# the function of a service that keeps the data for us ("Secure media file storage", "cloud hosting of recordings")
STORAGE_FUNCTION = re.compile(r"(?i)\b(?:storage|hosting|backups?)\b")


def resolve_actor(text: str, entities: EntityCatalog, lang: str) -> tuple[str, str | None]:
    """The actor an SDK name (or provider name) denotes."""
    cleaned = NUMBERING.sub("", text).strip(" ：:*")
    named = entities.find_named(cleaned, lang)
    if named:
        match = named[0]
        product = entities.get(named[1].value) if len(named) > 1 else None
        if (product is not None and product.company == match.value
                and PRODUCT_IN_PARENTHESES.fullmatch(cleaned, match.end, named[1].start)
                and PRODUCT_CLOSE.match(cleaned, named[1].end)):
            # "Google LLC (Google Analytics)": the company's product is the more specific party (not in "Google
            # (Google Analytics and the Google tag)", where the company is named for a product of its own as well)
            match = named[1]
        return match.value, cleaned[match.start:match.end]
    if lang == "en":
        for match in entities.find(cleaned, "zh"):
            if match.value not in (FIRST_PARTY, THIRD_PARTY):
                return match.value, cleaned[match.start:match.end]
    return THIRD_PARTY, cleaned[:60] or None


# What may stand after a verb of using an SDK in a record's value ("我行使用了字节跳动SDK", "需要用到阿里云反馈SDK", "我们会接入
# 百度地图SDK"; the lexicon's `uses_sdk`) and before the SDK's name: its provider ("科大讯飞公司的"), up to 20 characters.
SDK_AFTER_USE = re.compile(r"[^，,。；;：:]{0,20}")


def _sdks_used_in(value: str, entities: EntityCatalog) -> list[str]:
    """The catalogued SDKs (or companies) a Chinese record's value says are used, before the data it names, for a
    record whose label names no catalogued party ("字节SDK（仅涉及安卓）：…我行使用了字节跳动SDK，该SDK需要读取…" →
    bytedance; "页面统计SDK：…我行使用了百度统计SDK和友盟+（站长统计）SDK，此SDK需要获取…" → baidu_mobstat, umeng;
    GUIDELINES: the most specific entry written in the row); empty when it names none so."""
    first_data = min((m.start for m in data_matcher("zh").find(value)), default=len(value))
    found = [m for m in entities.find(value, "zh") if m.end <= first_data]
    used = []
    for verb in load_lexicon("zh").uses_sdk.finditer(value, 0, first_data):
        span = SDK_AFTER_USE.match(value, verb.end())
        for match in found:
            if verb.end() <= match.start < span.end() and match.value not in (FIRST_PARTY, THIRD_PARTY):
                used.append(match.value)
    return list(dict.fromkeys(used))


def _described_provider(text: str, entities: EntityCatalog) -> str | None:
    """The provider a Chinese record's text names for an uncatalogued SDK ("腾讯公司的安全风控SDK"), or the provider's
    SDK of the kind that name says ("科大讯飞的语音识别SDK" → iflytek_speech)."""
    found = entities.find(text, "zh")
    for before, after in zip(found, _providers_of_described_sdks(text, found)):
        if before.value == THIRD_PARTY and after.value != THIRD_PARTY:
            return entities.sdk_of_kind(after.value, before.phrase) or after.value
    return None


# A field label that points back to the record's own SDK ("由此SDK引入：字节跳动SDK、…", "该SDK收集：…"): no new record
RECORD_BACK_REFERENCE = re.compile(r"^(?:由|经)?(?:此|该|本|上述)(?:款|个)?(?:SDK|sdk|插件|组件)")
# A label that denies having SDKs ("✅ **No Third-Party SDKs** - No analytics or tracking libraries"): no record; the
# item is read as a sentence
DENIED_SDK_LABEL = re.compile(r"^\W*no\s", re.I)
# the SDK's name as the label that opens a numbered row ("15.百度音视频直播 SDK：为了…"), in the text after the numbering
LEADING_SDK_LABEL = re.compile(r"\s*([^：:，,。；;（(]{1,30}?\s*SDK)\s*[：:]", re.I)


def _starts_next_record(text: str, record: Record | None, entities: EntityCatalog, lang: str) -> bool:
    """A plain line naming a catalogued SDK while a record is open starts the next record of the list ("联通一键登录"
    then its fields, then "电信一键登录 （中国电信天翼号码认证 SDK）"), also when the layout does not set it as a heading."""
    cleaned = NUMBERING.sub("", text).strip()
    return (record is not None and lang == "zh" and len(cleaned) <= 40 and not cleaned.endswith(("。", "：", ":"))
            and any(m.start == 0 for m in entities.find_named(cleaned, lang)))


# The run-in label that opens a block, up to its colon ("（1）微信OpenSDK（深圳市腾讯计算机系统有限公司）：…").
LEADING_LABEL = re.compile(r"[^：:，,。；;|\n]{1,60}?[：:](?!//)")


def _leading_label(text: str, fields, lang: str) -> tuple[str, int] | None:
    """The whole label and value offset of a block whose fields have no known label (a name or feature before its
    colon, in Chinese also longer than a field label), or None."""
    if any(role in ("data", "purpose", "provider", "link", "name") for role, _, _, _ in fields):
        return None
    if lang != "zh":
        return (fields[0][3], fields[0][1]) if fields else None
    numbered = NUMBERING.match(text)
    start = numbered.end() if numbered else 0
    label = LEADING_LABEL.match(text, start)
    if label is None or not (fields or label.end() - 1 - start > 20):
        # (a short label the field reader did not take stays unread; a dash label has no colon)
        return (fields[0][3], fields[0][1]) if fields else None
    return text[start:label.end() - 1].strip(" *"), label.end()


def _names_catalogued_sdk(text: str, entities: EntityCatalog, lang: str) -> bool:
    """Whether `text` opens with the name of a catalogued SDK (not a company's)."""
    named = entities.find_named(NUMBERING.sub("", text).strip(" *"), lang)
    entity = entities.get(named[0].value) if named and named[0].start == 0 else None
    return entity is not None and entity.kind == "sdk"


# The opening words of a Chinese list item, before its first bracket, dash or clause mark ("OCR 文字识别" of "OCR 文字识别
# （Google ML Kit，端侧运行）", "活动识别" of "活动识别 — 用于在 Health Connect 数据不可用时…").
ZH_ITEM_LEAD = re.compile(r"[^（(—–：:，,。；;]*")


def _tool_aside_item(text: str, entities: EntityCatalog) -> bool:
    """Whether a Chinese list item names its SDK or platform only after its opening words, in brackets or in the
    sentence after a dash ("OCR 文字识别（Google ML Kit，端侧运行）", "活动识别 — 用于在 Health Connect / HealthKit
    数据不可用时，通过设备计步器进行步数统计"): a feature the item describes, using the tool, not that SDK's name
    heading a record whose data the next items list (the items after it are not the tool's)."""
    cleaned = NUMBERING.sub("", text).strip(" *")
    lead = ZH_ITEM_LEAD.match(cleaned).group(0).strip(" *")
    return bool(lead) and len(lead) < len(cleaned) and not _is_sdk_name(lead, entities, "zh")


# A Chinese denial or statement of a practice in a label or heading ("SDK 内部没有调用任何设备标识或传感器 API：", "一个前提：SDK
# 不主动采集任何设备信息"): a sentence about an SDK, no SDK's name starting a record.
ZH_PRACTICE_STATED = re.compile(r"(?:没有|从不|并未|未|不会?|无需|会|将)[^，,。；;：:]{0,6}?"
                                r"(?:调用|采集|收集|获取|读取|访问|上传|发送|传输)")


# an English line opening with a verb of using or handling a tool is a statement about it, not the tool's name heading
# its record ("- Use Google Analytics or similar services" under "FireFlag does NOT:"); "Use of Google Analytics" still
# names it
VERB_BEFORE_NAME = re.compile(r"^[\W_]*(?:use|uses|using|integrate|integrates|embed|embeds|install|"
                              r"installs|load|loads|send|sends|share|shares|sell|sells|track|tracks|collect|collects)"
                              r"\b(?!\s+of\b)", re.I)


def _is_sdk_name(text: str, entities: EntityCatalog, lang: str) -> bool:
    cleaned = NUMBERING.sub("", text).strip()
    if not cleaned or len(cleaned) > 60:
        return False
    if lang == "en" and VERB_BEFORE_NAME.match(cleaned):
        return False
    if _sdk_word(lang).search(cleaned):
        return True
    return bool(entities.find_named(cleaned, lang))


# Marks that end a clause or list item in a table cell ("上传评价图片、更换头像").
CLAUSE_MARKS = ("、", "，", ",", "；", ";", "。", "/")
# A data cell that starts with 存储 names the storage permission ("存储（相册、媒体和其他文件）"), not a verb: the files on
# the device (storage.files).
STORAGE_CELL = re.compile(r"\s*(存储)(?=$|[（(：:\s]|权限)")


# Data of a record's cell said to go to the record's party and not to us: "Your payment details, which go to Google
# and not to us" (the party collects it; we deny receiving it, as "never reaches us").
NOT_TO_US_AFTER = re.compile(r"^[^.;|()]{0,60}?\b(?:and |but )?not (?:to|by) us\b", re.I)
# A processor row whose purpose is the texts, codes or notifications the service itself sends ("Twilio Inc. | Delivery of
# one-time passcodes and pay-day notifications by SMS | Mobile phone numbers, content of SMS messages", "Text
# notifications and guest passes", "Sending texts and emails"): the content of those messages is the service's notice,
# not the person's communications (GUIDELINES), unless the row names the person's own messages too.
SERVICE_NOTICE_ROW = re.compile(r"\b(?:notifications?|reminders?|alerts?|passcodes?|one-time|verification codes?|login codes?|"
                                r"two-step|two-factor|2fa|otp|(?:send|sending|deliver|delivering|delivery of) "
                                r"(?:texts|sms|text messages|e-?mails))\b", re.I)
USER_MESSAGE_ROW = re.compile(r"\b(?:your messages|you send|chats?|support|tickets?|conversations?|correspondence|"
                              r"between users|to other users|inbox)\b", re.I)
SERVICE_MESSAGE_TYPES = ("communication.sms", "communication.messages")


def _service_notice_content(match: Match, row_text: str, lang: str) -> bool:
    """Whether `match` names the content of messages a processor row says the service sends (`SERVICE_NOTICE_ROW`)."""
    return (lang == "en" and match.value in SERVICE_MESSAGE_TYPES and bool(SERVICE_NOTICE_ROW.search(row_text))
            and not USER_MESSAGE_ROW.search(row_text))
# Data a cell excludes: "The car's position and the destination, without the VIN", "设备信息（不含IMEI）".
# an exclusion earlier in the same part of the cell covers the whole list after it ("Saliva sample and kit barcode,
# never your name or contact details", "…; never full email addresses or passwords")
EXCLUSION_BEFORE_IN_CELL = re.compile(r"\b(?:without|excluding|but not|not including|never|no)\s", re.I)
# A request earlier in the same part of the cell not to give data ("content of support tickets (Admin Users are asked
# not to include Social Security numbers or bank details)"): the data after it is neither taken nor denied
ASKED_NOT_TO_GIVE_IN_CELL = re.compile(r"\b(?:(?:asked|told|requested|advised) not to|(?:please )?do not) (?:include|"
                                       r"provide|enter|submit|send|share|upload)\b", re.I)
EXCLUDED_IN_CELL = re.compile(r"(?:\b(?:without|excluding|except(?: for)?|but not|not including|never)\s+"
                              r"(?:(?:the|your|any|their)\s+)?|(?:不含|不包含|不包括|除))$", re.I)


# A record's text sending the data on to a party: "…采集您的姓名、身份证号码传输至人社部门系统", "…，传输至公安部第一研究所"
TRANSFER_TO = re.compile(r"(?:传输|传送|发送|提交|上传)(?:至|到|给)")
NEGATED_BEFORE = re.compile(r"[不未没]|无需")
# an uncatalogued body named as the receiver (not our own servers): "人社部门系统", "人力资源和社会保障局"
OTHER_BODY = re.compile(r"(?!我|本|服务器|后台|云端)[^，,。；;、（(]{0,12}?(?:部门|系统|机构|局|研究所|中心|公司)")


def _transfer_in(value: str, entities: EntityCatalog) -> tuple[int, str] | None:
    """(offset, recipient) of the first transfer of a Chinese record's data to a named party other than us."""
    for found in TRANSFER_TO.finditer(value):
        if NEGATED_BEFORE.search(value, max(0, found.start() - 4), found.start()):
            continue  # "…仅在设备本地读取，不会上传至小米服务器"
        after = value[found.end():found.end() + 24]
        party = next((m for m in entities.find(after, "zh") if m.start == 0), None)
        if party is not None and party.value != FIRST_PARTY:
            return found.start(), party.value
        if party is None and OTHER_BODY.match(after):
            return found.start(), THIRD_PARTY  # "传输至人力资源和社会保障局", "传输至人社部门系统"
    return None


# A verb that states collection in a record's value, before a denial of other data in it.
COLLECTED_BEFORE = re.compile(r"(?:收集|采集|获取)(?!.*(?:不|无|未))")


# What follows a data phrase that labels the rest of a record's value: its colon, maybe after a second label word
# ("用户信息/数据类型：设备标识信息", "Device data: model, OS version").
LABEL_COLON = re.compile(r"(?:\s*/\s*[^：:/，,、。；;]{1,6})?\s*[：:](?!//)")


def _without_run_in_labels(value: str, matches: list[Match]) -> list[Match]:
    """`matches` less the data phrases that label the data after their colon in a record's value ("访问联网、设备信息。
    用户信息/数据类型：设备标识信息" → no `personal_info`; GUIDELINES: run-in labels are titles when the rest names the
    data). A label with nothing named after it, or only a denial ("收集个人信息类型：无"), is kept."""
    kept = []
    for match in matches:
        colon = LABEL_COLON.match(value, match.end)
        if colon and any(other.start >= colon.end() for other in matches):
            continue
        kept.append(match)
    return kept


def _statements_for_data(value: str, record: Record, line: int, text: str, lang: str, source: str,
                         shared: tuple[int, str] | None = None,
                         items: list[tuple[int, int]] | None = None) -> list[Statement]:
    """The data a record's `value` names, collected by its SDK; with `shared` (offset, recipient), the data named
    before the offset is also shared by us with that recipient. `items`: the (offset, line) of each item of a list
    the value (a table cell) holds, where the data each names takes its line (see `Cell.items`)."""
    cell_line = line
    negative = NEGATIVE_CELL.search(value.strip())
    action = "not_collect" if negative else "collect"
    # a denial after data the value names as collected denies only the data after it ("崩溃分析；收集设备型号、崩溃日志，
    # 不收集设备标识符")
    denied_from = value.find(negative.group()) if negative and negative.start() > 0 else 0
    if not COLLECTED_BEFORE.search(value[:denied_from]):
        denied_from = 0  # ("Biometric information We do not collect this category": the denial is the row's)
    result = []
    matcher = data_matcher(lang)
    matches = _without_run_in_labels(value, matcher.find(value))
    storage = STORAGE_CELL.match(value) if lang == "zh" else None
    if storage and not any(m.start < storage.end(1) for m in matches):
        matches.insert(0, Match(storage.start(1), storage.end(1), "storage.files", storage.group(1)))
    if lang == "zh":
        # "获取您的网络、存储、定位、蓝牙权限": permission names in the record's list
        matches = sorted(matches + permission_names(value, matches, matcher), key=lambda m: m.start)
    if action == "not_collect" and not matches and value.strip():
        matches = [Match(0, len(value), "personal_info", value)]  # "收集个人信息类型：无": nothing is collected
    denials = list(UPLOAD_DENIAL.finditer(value)) if lang == "zh" and action == "collect" else []
    opening = re.match(r"[\s*_]*([\w-]+)", value)
    anonymous = lang == "en" and opening is not None and load_lexicon(lang).calls_anonymous(opening.group(1))
    purposes = _purpose_spans_zh(value) + _hypothetical_spans_zh(value) if lang == "zh" else []
    refused = _refusal_start_zh(value) if lang == "zh" else None
    for match in matches:
        line = line_at(items or [], match.start, cell_line)  # its list item's line
        if refused is not None and match.start >= refused:
            # "如果您拒绝提供此类信息，可通过客服微信号、电子邮箱反馈问题": what refusing leaves the person, no data the SDK takes
            continue
        if any(start <= match.start < end for start, end in purposes):
            # "为了向您提供证件及银行卡快速识别服务，…获取您的摄像头权限，用于…银行卡识别": what the SDK is used for is
            # no data it takes (GUIDELINES: a permission's purpose names no data of its own); nor is what a hypothetical
            # clause names ("令其按照本政策…来处理个人信息")
            continue
        if lang == "zh" and names_sdk_or_feature(match, value):
            # "为了向您提供便捷的指纹认证服务", "用于提供指纹登录、指纹支付服务", "人脸识别SDK": a feature or an SDK's name,
            # no data the record's SDK takes (as in sentences)
            continue
        # the part of the cell before the data, back to the last ";", "." or bracket
        cell_part = re.split(r"[;.()]", value[:match.start])[-1] if action == "collect" else ""
        if action == "collect" and ASKED_NOT_TO_GIVE_IN_CELL.search(cell_part):
            continue
        if source == "sdk_table" and _service_notice_content(match, text, lang):
            continue  # "Twilio Inc. | … pay-day notifications by SMS | …, content of SMS messages": the service's notices
        if anonymous and not match.value.startswith(IDENTIFIER_TYPES):
            # "Data Shared: Anonymous usage events and properties": data the value calls anonymous or aggregate gives
            # no tuple, identifiers aside (GUIDELINES), as in sentences and run-in labels
            continue
        denial = next((d for d in denials if _denied_upload(value, match.start, d.start())), None)
        if denial is not None or lang == "en" and action == "collect" and NOT_TO_US_AFTER.match(value[match.end:]):
            # "采集您的IMEI…，只用于客户端密钥生成，并不传输至后台", "（其中当前网络类型…仅在设备本地读取，不会上传至小米服务器）":
            # the data named before the denial, in its bracket, is not uploaded, so not collected (GUIDELINES); nor is
            # data said to go to the record's party "and not to us"
            # (not uploaded to the servers of the SDK's own maker, "不会上传至小米服务器", the SDK does not collect it:
            # it reads the data on the device only)
            denier = record.actor if denial is not None and _names_other_server(denial.group()) else FIRST_PARTY
            result.append(Statement(
                data_type=match.value, action="not_collect", actor=denier, text=text, line=line,
                purposes=list(record.purposes), term=value[match.start:match.end],
                actor_text=record.actor_text if denier != FIRST_PARTY else None, source=source, language=lang,
            ))
        excluded = action == "collect" and (EXCLUDED_IN_CELL.search(value[max(0, match.start - 30):match.start])
                                            or EXCLUSION_BEFORE_IN_CELL.search(cell_part))
        derived_from = (action == "collect" and lang == "en" and match.value in DERIVATION_SOURCES
                        and bool(DERIVED_FROM_BEFORE.search(value[:match.start])
                                 or DERIVED_FROM_AFTER.match(value[match.end:])))
        result.append(Statement(
            data_type=match.value, action="not_collect" if excluded or action == "not_collect" and match.start >= denied_from
            else "use" if derived_from else "collect", actor=record.actor, text=text,
            line=line,
            purposes=list(record.purposes), term=value[match.start:match.end],
            actor_text=record.actor_text, source=source, language=lang,
        ))
        if shared and match.end <= shared[0] and action == "collect" and not excluded and not derived_from:
            result.append(Statement(
                data_type=match.value, action="share", actor=FIRST_PARTY, recipient=shared[1], text=text, line=line,
                purposes=list(record.purposes), term=value[match.start:match.end], source=source, language=lang,
            ))
    return result


# a Chinese data column label stating the processing or use of the data, and a header stating its collection
ZH_USED_COLUMN = re.compile(r"处理|使用")
ZH_COLLECTING_HEADER = re.compile(r"收集|获取|采集|申请|调用|共享")


# A cell's data that a location is worked out from: "approximate location derived from IP address", "IP-address-based
# coarse location" → `use` of the IP address, not collected, shared or kept with the row's data (GUIDELINES: a location
# derived from the IP address, also in a table cell); sentences read the same from their parse (en/topics.py)
DERIVED_FROM_BEFORE = re.compile(
    r"(?i)\b(?:derived|inferred|determined|estimated|calculated|deduced|worked\s+out|looked\s+up|based)\s+"
    r"(?:from|on|using)\s+(?:(?:the|your|a|an|their|its)\s+)?(?:[\w-]+(?:'s|’s)\s+)?$")
DERIVED_FROM_AFTER = re.compile(r"(?i)-based\b")


# In a Chinese SDK record written as a sentence, its purpose: a clause opening with 为了 (to the clause's end) and 用于 /
# 以便 / 以实现 after a comma, over the clauses that go on with it ("用于您的微信账户与您的融e行账户绑定，使您可以通过微信账户
# 直接登录") up to one that takes data again ("用于崩溃分析，收集崩溃日志、设备型号").
PURPOSE_CLAUSE_ZH = re.compile(r"(?:^|(?<=[，,；;。：:]))\s*为了[^，,；;。]*|(?<=[，,])\s*(?:用于|以便|以实现)(?:[^。；;，,]|[，,](?!\s*"
                               r"(?:并|还|也|会|将|需要|可能|该SDK)*\s*(?:收集|获取|采集|读取|访问|调用|申请|上传|共享)))*")


def _refusal_start_zh(value: str) -> int | None:
    """Where a Chinese SDK record's value turns to the person refusing ("如您不提供前述信息，…", "如果您拒绝提供此类信息，…")."""
    starts = [found.start() for pattern in load_lexicon("zh").refusal for found in [pattern.search(value)] if found]
    return min(starts) if starts else None


def _hypothetical_spans_zh(value: str) -> list[tuple[int, int]]:
    """What in a Chinese SDK record's value states no practice, read as in sentences (the `hypotheticals` cues, to the
    end of their clause): "令其按照本政策…来处理个人信息" (what the partners are bound to)."""
    spans = []
    for pattern in load_lexicon("zh").hypotheticals:
        for found in pattern.finditer(value):
            end = CLAUSE_END_ZH.search(value, found.end())
            spans.append((found.start(), end.start() if end else len(value)))
    return spans


CLAUSE_END_ZH = re.compile(r"[，,。；;]")


def _purpose_spans_zh(value: str) -> list[tuple[int, int]]:
    return [found.span() for found in PURPOSE_CLAUSE_ZH.finditer(value)]


SERVER_OWNER = re.compile(r"(?:至|到|发往)([\u4e00-\u9fffA-Za-z]{1,8}?)(?:的)?(?:服务器|服务端|后台|云端)$")


def _names_other_server(denial: str) -> bool:
    """Whether an upload denial names the servers of a party other than us ("不会上传至小米服务器"; not "我们的服务器",
    "后台")."""
    owner = SERVER_OWNER.search(denial)
    return owner is not None and load_entities().names_other_party(owner.group(1), "zh")


def _denied_upload(value: str, start: int, denial: int) -> bool:
    """Whether an upload denial at `denial` covers the data at `start`: data before it, after the opening of the
    bracket the denial is in ("设备型号（其中当前网络类型仅在设备本地读取，不会上传至服务器）" denies only the network type)."""
    if start >= denial:
        return False
    depth = 0
    for char in reversed(value[start:denial]):
        depth += 1 if char in "）)】" else -1 if char in "（(【" else 0
        if depth < 0:
            return False  # the denial's bracket opens after the data
    return True


# An English introduction by which we collect data using the services its list names, each with the data it receives
# ("Personal Data is collected for the following purposes and using the following services:", as iubenda writes it)
COLLECTED_THROUGH_SERVICES = re.compile(r"(?i)\b(?:is|are)\s+(?:collected|processed|gathered)\b[^.:]{0,60}?\b(?:using|"
                                        r"through|via|by means of)\s+the following\s+(?:services|tools|trackers)\b")
# what follows a service's name in its item: its function, in brackets or set off ("Google Forms _(Contact Us)_")
SERVICE_NOTE = re.compile(r"[\s_*]*[(（][^()（）]*[)）][\s_*]*$")


def _names_service_before_its_data(blocks: list[Block], index: int, lex: Lexicon) -> str | None:
    """The service an English list item names alone, right before the item labelling the data it receives
    ("* BootstrapCDN" / "* Personal Data: Usage Data …", "* Google Forms _(Contact Us, Child Care RSVP)_" /
    "* Personal Data: Cookies …"), also when the service is not catalogued or its note makes the line long; None
    otherwise."""
    block = blocks[index]
    if block.kind != "list_item" or index + 1 >= len(blocks) or blocks[index + 1].kind != "list_item":
        return None
    if re.search(r"[:：;]", block.text):
        return None  # a labelled item says something of its own ("Disable Sentry (Built from Source): Simply …")
    name = SERVICE_NOTE.sub("", NUMBERING.sub("", block.text)).strip(" *_")
    if (not name or len(name) > 40 or not name[0].isupper() or re.search(r"[.,()]", name)
            or VERB_BEFORE_NAME.match(name) or data_matcher("en").find(name)):
        return None
    following = _fields(blocks[index + 1].text, lex)
    return name if following and following[0][0] == "data" and following[0][2] else None


def find_sdk_lists(document: Document, lexicons: dict[str, Lexicon], entities: EntityCatalog,
                   sdk_sections: set[int], definition_sections: frozenset[int] | set[int] = frozenset(),
                   own_names: tuple[str, ...] = ()) -> SdkListResult:
    """SDK statements of a document. `sdk_sections` are indices of blocks under an SDK-list heading;
    `definition_sections` those under a heading of definitions, whose tables of data types define terms rather
    than declare collection; `own_names` the policy's names for itself (a heading naming its own SDK starts no
    record)."""
    result = SdkListResult(statements=[], consumed_blocks=set(), block_actor={})
    blocks = document.blocks
    index = 0
    record: Record | None = None
    data_block = -1  # the last block that gave a record's data
    party_heading = -1  # the last English heading that is a party's name alone
    party_list = False  # a party's heading over the definition of its service has been seen (a sub-processor list)
    through_services = False  # under an introduction collecting data using the services the list names
    # a Chinese list of SDK rows grouped under short colon lines ("统计类：", then "获取权限原因：" over the reasons for the
    # group's permissions): the record last seen, how many records began since the last such line, and whether the
    # blocks after such a line are read (the reasons)
    seen_record: Record | None = None
    group_size = 0
    under_group_line = group_reasons = False
    while index < len(blocks):
        block = blocks[index]
        lang = block.language or document.language
        lex = lexicons[lang]
        if block.kind == "table_row":
            end = index
            while end < len(blocks) and blocks[end].kind == "table_row":
                end += 1
            header_index = _continued_header(blocks, index)
            if header_index is not None and any(lex.sdk_field(cell.text) in ("name", "provider")
                                                for cell in blocks[header_index].cells or []):
                # rows under the header of the table a merged-cell line interrupted: read by that header's columns
                _table(blocks, header_index, end, lex, entities, lang, result,
                       in_sdk_section=header_index in sdk_sections, in_definitions=header_index in definition_sections,
                       skip=range(header_index + 1, index))
            else:
                _table(blocks, index, end, lex, entities, lang, result, in_sdk_section=index in sdk_sections,
                       in_definitions=index in definition_sections)
            index = end
            record = None
            continue
        if lang == "en" and block.kind == "paragraph" and len(block.text) > 80:
            through_services = bool(COLLECTED_THROUGH_SERVICES.search(block.text))
        if (lang == "en" and block.kind == "heading" and party_list and (company := COMPANY_HEADING.match(block.text))
                and not entities.find_named(block.text, lang)):
            # "FrontApp, Inc." among the sub-processors of a list whose other entries are catalogued parties: an
            # uncatalogued company's entry, a third party whose definition follows
            record = Record(THIRD_PARTY, company.group("name"))
            party_heading = index
            index += 1
            continue
        if block.kind == "heading" and (not _is_sdk_name(block.text, entities, lang)
                                        or _own_sdk_heading(block.text, own_names, entities, lang)
                                        or _own_policy_title(block.text, own_names)
                                        or lang == "zh" and ZH_PRACTICE_STATED.search(block.text)):
            record = None
            index += 1
            continue
        line_starts = frozenset(offset for offset, _ in block.line_marks[1:]) if lang == "zh" else frozenset()
        fields = _fields(block.text, lex, line_starts) or (_dash_label(block.text) if lang == "en" else [])
        name_field = next((f for f in fields if f[0] == "name"), None)
        if lang == "en" and name_field is not None and _prose_value(name_field[2]):
            # "- **Processor**: Sentry, Inc. (USA) processes telemetry data on our behalf. …": a run-in label over a
            # sentence with a verb of its own, no record's name field; the item is read as a sentence
            record = None
            index += 1
            continue
        also: list[str] = []  # the other SDKs a label lists ("微信、支付宝SDK：…"), each with the record's practices
        if name_field is not None:
            record = Record(*resolve_actor(name_field[2], entities, lang))
        elif not fields and (index in sdk_sections or block.kind in ("heading", "list_item")
                             or _starts_next_record(block.text, record, entities, lang)) \
                and _is_sdk_name(block.text, entities, lang) \
                and not _own_sdk_heading(block.text, own_names, entities, lang) \
                and not (lang == "zh" and block.kind == "list_item" and index not in sdk_sections
                         and _tool_aside_item(block.text, entities)):
            if lang == "en" and block.kind == "list_item" and index not in sdk_sections and ITEM_VALUE.search(block.text):
                # "- Website usage data in Google Analytics: 14 months.": an item complete in itself names the party
                # for its own text only, not for the items after it
                record = None
                index += 1
                continue
            record = Record(*resolve_actor(block.text, entities, lang))
            if index in sdk_sections or block.kind == "heading":
                result.block_actor[index] = record.actor
            if lang == "en" and block.kind == "heading" and _party_heading(block.text, entities):
                party_heading = index
            index += 1
            continue
        elif lang == "en" and not fields and (service := _names_service_before_its_data(blocks, index, lex)):
            # "* BootstrapCDN" after the data item of the service before it: the next service's record, uncatalogued
            # (third_party) or named with a note ("Google Forms _(Contact Us, …)_" → google)
            record = Record(*resolve_actor(service, entities, lang))
            index += 1
            continue
        elif (lead := _leading_label(block.text, fields, lang)) is not None:
            # "友盟SDK：收集设备信息用于统计" — the label itself names an SDK; so does, in a list of SDK records, the
            # catalogued SDK's name with its provider ("腾讯Bugly（深圳市腾讯计算机系统有限公司）：崩溃分析；收集…")
            key_text, value_start = lead
            if (_is_sdk_name(key_text, entities, lang)
                    and not (lang == "zh" and ZH_PRACTICE_STATED.search(key_text))
                    and (index in sdk_sections or _sdk_word(lang).search(key_text)
                         or record is not None and _names_catalogued_sdk(key_text, entities, lang))
                    and not RECORD_BACK_REFERENCE.match(key_text)
                    and not (lang == "en" and DENIED_SDK_LABEL.match(key_text))):
                record = Record(*resolve_actor(key_text, entities, lang))
                also = [party for party in _listed_names(key_text, entities, lang) if party != record.actor]
                fields = [("data", value_start, block.text[value_start:].strip(" ；;，,|"), key_text)]
        elif record is not None and lang == "zh" and (label := LEADING_SDK_LABEL.match(NUMBERING.sub("", block.text))
                                                      ) is not None and not RECORD_BACK_REFERENCE.match(label.group(1)):
            # "15.百度音视频直播 SDK：…需要您授权以下内容的访问权限：相机…" after the previous SDK's row: a row led by its own
            # SDK's name starts the next record, also when a later label of the row names its data
            record = Record(*resolve_actor(label.group(1), entities, lang))
        if record is None:
            seen_record, group_size, under_group_line, group_reasons = None, 0, False, False
            index += 1
            continue
        if record is not seen_record:
            seen_record, group_size, under_group_line, group_reasons = record, group_size + 1, False, False
        if (lang == "zh" and block.kind == "paragraph" and len(block.text) <= 20 and fields
                and all(role is None and not value for role, _, value, _ in fields)):
            # "1.友盟移动统计SDK：…" "2.腾讯BuglySDK：…" "3.TalkingdataSDK：…" then "获取权限原因：" over "1.手机/电话权限（IMEI权限、
            # MAC地址、ANDROID ID权限）：获取用户设备的IMEI权限…": the reasons after the rows of several SDKs are those of the
            # group, an unnamed third party's, not of the last row's SDK (after one row they stay that SDK's); they are
            # read as the items of that line, each permission label naming its data, not as the fields of a row
            group_reasons = group_size >= 2
            if group_reasons:
                record = seen_record = Record(THIRD_PARTY, None)
            group_size, under_group_line = 0, True
            result.block_actor[index] = record.actor
            index += 1
            continue
        if group_reasons and lang == "zh" and block.kind == "list_item":
            result.block_actor[index] = record.actor
            index += 1
            continue
        if lang == "en" and len(block.text) > 80 and fields and all(
                role == "data" and not value for role, _, value, _ in fields):
            # "Please make your requests as specific and narrow as possible, including the following information:"
            # after an address line naming a party: a sentence introducing a list, no field of that party's record
            # (the list is read as sentences, under its introduction)
            record = None
            index += 1
            continue
        # (so does a paragraph right after a list of names, led only by a run-in label of no record role: "* Cloudflare"
        # then "**更新使用的技术资料**：桌面版 Firefox 会…" is prose with a heading of its own, no field of the last name)
        if len(block.text) > 80 and (not fields or lang == "zh" and block.kind == "paragraph" and index
                                     and blocks[index - 1].kind == "list_item"
                                     and all(role is None for role, _, _, _ in fields)):
            if (under_group_line and lang == "zh" and block.kind == "list_item" and NUMBERING.match(block.text)
                    and not NUMBERING.sub("", block.text).startswith(("我们", "我行", "本行", "我方"))):
                # a numbered reason under "获取权限原因：" whose label is too long for a field ("1.手机/电话权限（IMEI权限、
                # MAC地址、ANDROID ID权限）：…"): still the record's, read as a sentence with its party, and the list goes on
                result.block_actor[index] = record.actor
                index += 1
                continue
            if data_block == index - 1 and not NUMBERING.match(block.text) and not block.text.lstrip().startswith(
                    ("我们", "我行", "本行", "此外", "另外", "除")):
                # an unnumbered paragraph right after the record's data, with no subject of ours, goes on listing that
                # SDK's data ("（3）安全风控SDK：…采集…" then "当您使用iOS版客户端时，需要采集的信息包括…")
                result.block_actor[index] = record.actor
            elif party_heading == index - 1 and block.kind == "paragraph" and _defines_service(block.text, entities):
                party_list = True
                # "Sentry" / "Error analytics service … Error reports can include … user and visitor data.": the
                # paragraph under a heading that is a party's name alone defines that party's service; what it says
                # is collected or accessed, with no subject of its own, is that party's (GUIDELINES: a sub-processor
                # item that names data)
                result.block_actor[index] = record.actor
            record = None  # an ordinary paragraph ends the SDK list
            index += 1
            continue
        consumed = any(role in ("purpose", "provider", "link", "name") for role, _, _, _ in fields)
        if consumed and len(block.text) > 80 and all(role in ("purpose", None) for role, _, _, _ in fields):
            # "2.分享功能：如果您需要…，可能涉及的第三方SDK包括：微信SDK，此类SDK会收集您的…": a feature label before
            # prose that names the SDKs and their data itself is read as sentences, not as a record's purpose
            consumed = False
        first_statement = len(result.statements)
        for role, offset, value, _ in fields:
            if role == "provider" and record.actor == THIRD_PARTY:
                actor, text = resolve_actor(value, entities, lang)
                if actor != THIRD_PARTY and record.actor_text:
                    # an uncatalogued SDK name of a kind ("VIVOPUSHSDK" by 广东天宸网络科技有限公司): the provider's SDK
                    # of that kind, as a maker named with the kind word (sdks.yaml `kinds`)
                    actor = entities.sdk_of_kind_named(actor, record.actor_text) or actor
                if actor != THIRD_PARTY:
                    record.actor, record.actor_text = actor, record.actor_text or text
            elif role == "purpose":
                record.purposes = [value.strip()[:120]] if value.strip() else record.purposes
                if lang == "zh":
                    result.statements += _acquired_in_record_purpose(value, record, block.line_at(offset),
                                                                     block.text, lang, lex)
            elif role == "data":
                used: list[str] = []
                if record.actor == THIRD_PARTY and lang == "zh":
                    # "安全风控SDK：我们使用了腾讯公司的安全风控SDK，…采集…": the provider named with the SDK
                    record.actor = _described_provider(value, entities) or record.actor
                    used = _sdks_used_in(value, entities) if record.actor == THIRD_PARTY else []
                line = block.line_at(offset)
                lead = LEADING_PURPOSE.match(value)  # "百度定位SDK：用于网点查询定位，收集位置信息…"
                if lead and not record.purposes:
                    record.purposes = [lead.group(1).strip()]
                for sdk in used or [None]:
                    # (one record per catalogued SDK the value says is used, when the label names none)
                    sdk_record = replace(record, actor=sdk) if sdk else record
                    found = _statements_for_data(value, sdk_record, line, block.text, lang, "sdk_table",
                                                 _transfer_in(value, entities) if lang == "zh" else None)
                    if (lang == "en" and sdk_record.actor not in (FIRST_PARTY, THIRD_PARTY)
                            and STORAGE_FUNCTION.search(value)):
                        # "• Cloudflare R2: Secure media file storage": a service whose function is keeping the data is
                        # a host we entrust it to (GUIDELINES: processors), not an SDK collecting it
                        found = [replace(s, action="share" if s.action == "collect" else "not_share",
                                         actor=FIRST_PARTY, actor_text=None, recipient=s.actor)
                                 if s.action in ("collect", "not_collect") else s for s in found]
                    if lang == "en" and through_services:
                        # "Personal Data is collected … using the following services:" / "* Google Analytics" / "*
                        # Personal Data: Cookies and Usage Data": we collect the data through the service, both collect
                        # (GUIDELINES: a list introduction that collects named data through tools its items name)
                        found += [replace(s, actor=FIRST_PARTY, actor_text=None) for s in found
                                  if s.action == "collect" and s.actor != FIRST_PARTY and s.recipient is None]
                    result.statements += found
                consumed = True
                data_block = index
        if also:
            result.statements += [replace(s, actor=party, actor_text=None) for party in also
                                  for s in result.statements[first_statement:] if s.actor == record.actor]
        result.block_actor[index] = record.actor
        if consumed:
            result.consumed_blocks.add(index)
        index += 1
    return result


def _label_before(text: str, colon: int, lex: Lexicon, line_starts: frozenset[int] = frozenset()
                  ) -> tuple[str | None, int, str]:
    """The field label that ends at `colon`: the longest recognised suffix of the text before it, within its line
    (`line_starts`: offsets where a line of the input starts)."""
    start = colon
    while (start > 0 and colon - start < 24 and text[start - 1] not in "：:；;。\n|，,"
           and start not in line_starts):
        start -= 1
    chunk = text[start:colon]
    for offset in range(len(chunk)):
        if lex.language == "en" and offset and chunk[offset - 1] != " ":
            continue
        label = NUMBERING.sub("", chunk[offset:]).strip()
        if label:
            role = lex.sdk_field(label)
            if role == "name" and label != NUMBERING.sub("", chunk).strip():
                continue  # "电子社保卡SDK：" names the SDK itself; only a whole "SDK名称：" is a name label
            if role == "name" and PARTY_KIND_LABEL.match(label):
                continue  # "第三方服务：如果您使用第三方服务平台…": a run-in title over a paragraph, no record's name field
            if role:
                return role, start + offset, label
    return None, start, NUMBERING.sub("", chunk).strip()


# The kind of party alone as a label: over a table's column it heads the parties' names ("| 第三方服务 | 域名 / 地址 | 涉及信息 |
# 触发场景 |"), while in running text or in a two-column row it titles a paragraph or a glossary entry ("第三方服务：如果您使用
# 第三方服务平台…", "| 第三方服务 | 非由本项目运营…的外部服务 |")
PARTY_KIND_LABEL = re.compile(r"^第三方(?:服务|平台|接口|应用|工具)$")


# An English list item whose run-in label is set off by a dash ("Adjust – install attribution; collects advertising ID").
DASH_LABEL = re.compile(r"^[\s•·*\-]*([^\s–—:;,.][^–—:;]{1,58}?)\s+[–—-]\s+(?=\S)")


def _dash_label(text: str) -> list[tuple[str | None, int, str, str]]:
    """The label and value of a list item set off by a dash, as an unnamed field; [] when there is none."""
    match = DASH_LABEL.match(text)
    if match is None:
        return []
    return [(None, match.end(), text[match.end():], match.group(1))]


# a verb of its own in the value of an English name label ("Processor: Sentry, Inc. (USA) processes telemetry data on
# our behalf", "Service Provider: Emails are sent via the mail servers of our hosting provider"): a sentence, not a name
PROSE_VERB = re.compile(r"\b(?:is|are|was|were|will|may|can|process(?:es)?|sends?|sent|stores?|stored|hosts?|hosted|"
                        r"provides?|provided|receives?|received|collects?|collected|handles?|handled)\b")


def _prose_value(value: str) -> bool:
    """Whether the value of an English name label is a sentence (`PROSE_VERB`, six words or more), not a name."""
    return len(value.split()) >= 6 and PROSE_VERB.search(value) is not None


def _fields(text: str, lex: Lexicon, line_starts: frozenset[int] = frozenset()
            ) -> list[tuple[str | None, int, str, str]]:
    """(role, value offset, value, label) for each labelled field of a text record. In Chinese a label starts no
    earlier than its line (`line_starts`): a record written one field a line ("第三方机构名称：上海兆言网络科技有限公司" then
    "第三方SDK使用信息：麦克风，读写本地文件") is one paragraph whose lines are joined with nothing between them."""
    labels = []
    for colon in (i for i, char in enumerate(text) if char in "：:"):
        if colon + 2 < len(text) and text[colon + 1:colon + 3] == "//":
            continue  # a URL scheme
        role, start, label = _label_before(text, colon, lex, line_starts)
        labels.append((role, start, colon + 1, label))
    known = [item for item in labels if item[0]]
    if not known:
        if labels and labels[0][1] <= 4:
            role, start, value_start, label = labels[0]
            return [(None, value_start, text[value_start:], label)]
        return []
    fields = []
    for position, (role, start, value_start, label) in enumerate(known):
        value_end = known[position + 1][1] if position + 1 < len(known) else len(text)
        fields.append((role, value_start, text[value_start:value_end].strip(" ；;，,|"), label))
    return fields


def _continued_header(blocks: list[Block], start: int) -> int | None:
    """The header of the table a run of body rows at `start` continues after one block in between (a merged cell the
    text put on a line of its own; the ingest marks such a first row as no header), with as many cells; else None."""
    if (blocks[start].header or start < 2 or blocks[start - 1].kind == "table_row"
            or blocks[start - 2].kind != "table_row"):
        return None
    header = start - 2
    while header > 0 and blocks[header - 1].kind == "table_row" and not blocks[header].header:
        header -= 1
    if not blocks[header].header or len(blocks[header].cells or []) != len(blocks[start].cells or []):
        return None
    return header


def _table(blocks: list[Block], start: int, end: int, lex: Lexicon, entities: EntityCatalog, lang: str,
           result: SdkListResult, in_sdk_section: bool, in_definitions: bool = False, skip: range = range(0)) -> None:
    """The statements of the table whose header is `blocks[start]` and whose rows run to `end`, leaving out the rows in
    `skip` (those read already, above a merged cell)."""
    header = blocks[start]
    roles = [lex.sdk_field(cell.text) for cell in header.cells or []]
    if lang == "zh":
        # "功能场景 | 您的个人信息 | 收集目的及用途": the person's information as a column label is the data column
        roles = ["data" if role is None and OWN_DATA_COLUMN.match(cell.text) else role
                 for cell, role in zip(header.cells or [], roles)]
    if "examples" in roles:
        # "Category | Examples | …": the examples are the data; the category label before them ("Geolocation data",
        # "Sensitive personal information") names data of the row as well
        roles = ["data" if role == "examples" else "category" if role == "data" or (column == 0 and role is None)
                 else role for column, role in enumerate(roles)]
    elif "data" in roles and roles[0] is None and CATEGORY_COLUMN.match((header.cells or [])[0].text):
        # "Category | Data | Why" over "Telemetry | anonymous events … | Product analytics": the first column labels
        # the row's kind of data, a title when the data cell names data itself (GUIDELINES: table-row labels)
        roles = ["label"] + roles[1:]
    elif "collected" in roles and "data" not in roles and roles[0] is None and CATEGORY_COLUMN.match(
            (header.cells or [])[0].text):
        # "| Category | Collected | Usage |" over "| Precise geolocation | ❌ No | N/A |": with no other data column,
        # the first column names each row's data, collected or not as the answer column says
        roles = ["data"] + roles[1:]
    if lang == "zh":
        _sent_column_zh(blocks, start, end, entities, result)
    if "data" not in roles:
        _vertical_table(blocks, start, end, lex, entities, lang, result)
        return
    if (lang == "zh" and roles[0] in (None, "disclosed_to") and "name" not in roles and "provider" not in roles
            and _processor_table(header, roles, lex)):
        # "服务 | 发送的内容 | 何时发生", "接收方 | 发送的数据 | 触发条件": a column of the data sent to parties makes the
        # first column's services (or recipients) theirs
        roles = ["name"] + roles[1:]
    has_name = "name" in roles or "provider" in roles
    if not has_name and not in_sdk_section and in_definitions:
        return  # "Data definitions": its rows are read as sentences, a row stating a practice still counts
    result.consumed_blocks.add(start)
    if not has_name and not in_sdk_section:
        _data_table(blocks, start, end, roles, lang, result, lex, entities)
        return
    processors = _processor_table(header, roles, lex) or any_match(lex.processor_table_introductions,
                                                                   _text_before(blocks, start))
    previous: dict[str, Cell] = {}
    for row_index in range(start + 1, end):
        row = blocks[row_index]
        if row_index in skip or row.kind != "table_row":
            continue
        cells = _row_cells(roles, row.cells or [], previous)
        previous = cells
        by_role = {role: (cell.text, cell.line) for role, cell in cells.items()}
        if "data" not in by_role:
            continue
        name_text = by_role.get("name", by_role.get("provider", ("", 0)))[0]
        actor, actor_text = resolve_actor(name_text, entities, lang) if name_text else (THIRD_PARTY, None)
        if "purpose" in by_role and name_text:
            actor = _maker_product(actor, name_text, by_role["purpose"][0], entities)
        if actor == THIRD_PARTY and "provider" in by_role:
            provider_actor, provider_text = resolve_actor(by_role["provider"][0], entities, lang)
            if provider_actor != THIRD_PARTY:
                actor, actor_text = provider_actor, provider_text
        record = Record(actor, actor_text, [by_role["purpose"][0][:120]] if "purpose" in by_role else [])
        data_text, data_line = by_role["data"]
        if lang == "zh" and BARE_NONE_CELL.match(data_text):
            continue  # "QQ 登录/分享 | 深圳市腾讯… | 登录、分享 | 无 | …": the row lists no data or permission
        # "| Posthog, Inc. | Product metrics | Client Data | …": whose data the row concerns, no type
        owner_data = processors and bool(any_match(lex.processor_owner_data, data_text.strip(" *_")))
        statements = [] if owner_data else _statements_for_data(data_text, record, data_line, row.text, lang,
                                                                "sdk_table")
        if owner_data and "purpose" in by_role:
            # a processor whose data cell names no type takes the data its function names (GUIDELINES: "Application
            # logs", "Secure media file storage"); a function naming none ("Application Hosting") gives no tuple
            statements = _statements_for_data(by_role["purpose"][0], record, by_role["purpose"][1], row.text, lang,
                                              "sdk_table")
        if lang == "zh" and not owner_data and not processors and "purpose" in by_role:
            # "百度定位SDK | 访问WI-FI状态、获取位置 | 设备信息（IMEI…）": a function item that obtains data names data the
            # SDK takes, as the data column does (GUIDELINES: an SDK row's "访问联网、获取当前网络环境")
            purpose_text, purpose_line = by_role["purpose"]
            obtained = _obtaining_items_zh(purpose_text)
            if obtained.strip():
                found = {(s.data_type, s.action) for s in statements}
                statements += [s for s in _statements_for_data(obtained, record, purpose_line, row.text, lang,
                                                               "sdk_table")
                               if (s.data_type, s.action) not in found]
        if lang == "en":  # "Meta and Google | Your hashed email address …": each listed party, not the first alone
            statements += [replace(s, actor=party, actor_text=None) for party in _listed_names(name_text, entities, lang)
                           if party != actor for s in statements if s.actor == actor]
        if processors:  # we pass the row's data to that party
            statements = [replace(s, action="share" if s.action == "collect" else "not_share", actor=FIRST_PARTY,
                                  actor_text=None, recipient=s.actor) for s in statements]
            if lang == "en" and actor != THIRD_PARTY and _category_before_names(name_text, entities, lang):
                # "| Payment providers (Paysafe, PayPal, Plaid) | …": a category of recipients with examples, also the
                # category's unnamed members (GUIDELINES: one tuple per catalogued example, and `third_party` for the
                # category)
                others = [m.value for m in entities.find(name_text, lang) if m.value not in (FIRST_PARTY, actor)]
                statements += [replace(s, recipient=party) for party in dict.fromkeys(others + [THIRD_PARTY])
                               for s in statements if s.recipient == actor
                               and not any(t.recipient == party and t.data_type == s.data_type for t in statements)]
        result.statements += statements
        result.consumed_blocks.add(row_index)


# a Chinese column asking whether each row's data leaves the device ("是否离机", "是否离开设备", "是否上传")
SENT_COLUMN_ZH = re.compile(r"^\W*是否(?:会)?(?:离机|离开(?:您的|你的)?(?:设备|本机|本地)|上传|发送|传输|共享)\W*$")


def _sent_column_zh(blocks: list[Block], start: int, end: int, entities: EntityCatalog,
                    result: SdkListResult) -> None:
    """A table of the data kept with whether each row's data leaves the device ("| 数据 | 说明 | 存储位置 | 是否离机 |"):
    a cell sending it on to a party ("仅发送至您选择的服务商") shares the data its first cell names with that party;
    one keeping it ("不离机", "由您控制") shares nothing. The rows are still read as sentences."""
    cells = blocks[start].cells or []
    column = next((i for i, cell in enumerate(cells) if SENT_COLUMN_ZH.match(cell.text)), None)
    if not column:
        return
    record = Record(FIRST_PARTY, None)
    for row_index in range(start + 1, end):
        row = blocks[row_index]
        row_cells = row.cells or []
        if row.kind != "table_row" or column >= len(row_cells):
            continue
        sent = row_cells[column].text
        found = TRANSFER_TO.search(sent)
        if found is None or NEGATED_BEFORE.search(sent, 0, found.start()):
            continue
        data = row_cells[0]
        result.statements += [replace(statement, action="share", recipient=recipient)
                              for statement in _statements_for_data(data.text, record, data.line, row.text, "zh",
                                                                    "table")
                              if statement.action == "collect"
                              for recipient in _named_recipients(sent[found.end():], entities, "zh")]


# An item of a Chinese SDK row's function cell that obtains data: opened by an obtaining verb ("获取位置", "访问WI-FI
# 状态", "读取手机状态") or closed by a collecting noun ("App的使用和设备数据收集"); items run between 、，；; and "及".
OBTAINING_ITEM_ZH = re.compile(r"(?:(?<=^)|(?<=[、，,；;]))\s*(?:(?:获取|访问|读取|收集|采集)[^、，,；;。]{1,20}"
                               r"|[^、，,；;。]{1,20}(?:收集|采集))(?=$|[、，,；;。])")


def _obtaining_items_zh(value: str) -> str:
    """`value` with only its obtaining items (`OBTAINING_ITEM_ZH`) kept, the rest blanked (offsets kept)."""
    kept = [" "] * len(value)
    for found in OBTAINING_ITEM_ZH.finditer(value):
        kept[found.start():found.end()] = value[found.start():found.end()]
    return "".join(kept)


def _category_before_names(text: str, entities: EntityCatalog, lang: str) -> bool:
    """Whether a party cell opens with a category of recipients before the parties it names ("Payment providers
    (Paysafe, PayPal)", "Service providers, including Stripe"), not a name alone or a name with its role ("Adyen, our
    payment processor")."""
    found = entities.find(text, lang)
    named = [m.start for m in found if m.value not in (FIRST_PARTY, THIRD_PARTY)]
    return bool(named) and any(m.value == THIRD_PARTY and m.start < min(named) for m in found)


# What joins the names of a list in one cell ("Meta and Google", "HUAWEI Push, Xiaomi Push and vivo Push SDK"): the
# separator of a list of names in a sentence, in any case.
NAME_LIST_SEPARATOR = re.compile(LIST_SEPARATOR.pattern, re.I)
# ... and in Chinese ("微信SDK、支付宝SDK", "小米推送和华为推送")
ZH_NAME_LIST_SEPARATOR = re.compile(r"\s*(?:、|，|,|和|及|与|以及|或|/)\s*")


def _listed_names(text: str, entities: EntityCatalog, lang: str) -> list[str]:
    """The parties of a name cell that lists several ("Meta and Google", "Firebase Cloud Messaging and Apple Push
    Notification service"), in order; [] for one name or for names joined by anything else ("Google LLC (Google
    Analytics)": a company and its product)."""
    cleaned = NUMBERING.sub("", text).strip(" ：:*")
    named = entities.find_named(cleaned, lang)
    separator = ZH_NAME_LIST_SEPARATOR if lang == "zh" else NAME_LIST_SEPARATOR
    if len(named) < 2 or named[0].start != 0 or not all(
            separator.fullmatch(cleaned[a.end:b.start]) for a, b in zip(named, named[1:])):
        return []
    return list(dict.fromkeys(m.value for m in named))


# A game's distribution channel named in a row's purpose ("对通过OPPO渠道进入游戏的玩家，提供账号登录、支付…"; not a
# push or notice channel): the channel's SDK is the maker's game union SDK, which brings its own login and payment.
GAME_CHANNEL = re.compile(r"(?<!推送|通知|告知|沟通|联系|反馈)渠道|联运")


def _maker_product(actor: str, name: str, purpose: str, entities: EntityCatalog) -> str:
    """The SDK a row naming only its maker stands for, by the kind of SDK its purpose names (GUIDELINES: a maker
    plus a kind of service is that product): "快手 | 广告投放" → kuaishou_ads, "微信 | 登录、分享至微信好友" →
    wechat_opensdk, "OPPO SDK | 对通过OPPO渠道进入游戏的玩家，提供账号登录、支付…" → oppo_game; `actor` when the
    purpose names no single SDK of the maker."""
    entity = entities.get(actor)
    if entity is not None and entity.kind == "company":
        maker = actor  # a catalogued company ("快手")
    elif actor == THIRD_PARTY:
        maker = name.strip()  # maybe a brand of sdks.yaml `makers` ("微信")
    else:
        return actor  # an SDK, or us
    kind_text = "联运" if GAME_CHANNEL.search(purpose) else f"{name} {purpose}"
    return (entities.sdk_of_kind(maker, kind_text) if maker else None) or actor


def _processor_table(header: Block, roles: list[str | None], lex: Lexicon) -> bool:
    """Whether a table of parties lists those we pass data to (sub-processors, recipients), by the header of its
    party column or a column of a processing record ("Categories of Data Subjects", "Location of Data Processing")."""
    names = [cell.text for cell, role in zip(header.cells or [], roles) if role in ("name", "provider")]
    return (any(any_match(lex.processor_tables, name.strip()) for name in names)
            or any(any_match(lex.processor_table_columns, cell.text.strip(" *_")) for cell in header.cells or []))


def _row_cells(roles: list[str | None], cells: list[Cell], previous: dict[str, Cell]) -> dict[str, Cell]:
    """The cells of a table row by role. A row with fewer cells than the header lost its leading cells to cells
    spanning several rows (an SDK name or feature cell over many rows): its cells fill the last columns and the
    spanned ones are the previous row's. A lone cell in a wider table continues the previous row's data cell
    (a line break inside the cell of a pasted table)."""
    if len(cells) >= len(roles):
        by_role: dict[str, Cell] = {}
        for role, cell in zip(roles, cells):
            if role and role not in by_role:
                by_role[role] = cell
        return by_role
    if len(cells) == 1 and len(roles) >= 3:
        return {**previous, "data": cells[0]} if "data" in previous else {}
    by_role = dict(previous)
    for role, cell in zip(roles[len(roles) - len(cells):], cells):
        if role:
            by_role[role] = cell
    return by_role


def _run_together(roles: list[str | None], cells: list[Cell]) -> list[dict[str, Cell] | None]:
    """The rows a Markdown source line holds run together ("| Commercial information | … | | Internet or other
    electronic network activity information | … |", a missing line break): a line with at least twice as many
    filled cells as the header has columns is read as consecutive rows, each from the header's first column (the last
    one may be short); [None] for an ordinary row, read by `_row_cells`."""
    filled = [cell for cell in cells if cell.text.strip()]
    width = len(roles)
    if width < 2 or len(cells) <= width or len(filled) < 2 * width:
        return [None]
    chunks = [filled[i:i + width] for i in range(0, len(filled), width)]
    return [{role: cell for role, cell in zip(roles, chunk) if role} for chunk in chunks]


VERSION_RANGE = re.compile(r"^[\s<>=≥≤+~^*.,v\d-]*(?:all|any)?[\s<>=≥≤+~^*.,v\d-]*$", re.I)


def _version_ranges(rows: list[Block], column: int) -> bool:
    """Whether the body cells of an unroled column only give version numbers or ranges ("All", ">=2.0", "5.0.100"):
    the column says which releases a row applies to ("| SDK versions | Data |"), and its label names no kind of the
    rows' data."""
    cells = [row.cells[column].text.strip(" *_`") for row in rows
             if row.cells and len(row.cells) > column and not row.header and row.cells[column].text.strip()]
    return bool(cells) and all(VERSION_RANGE.match(cell) for cell in cells)


def _data_table(blocks: list[Block], start: int, end: int, roles: list[str | None], lang: str,
                result: SdkListResult, lex: Lexicon, entities: EntityCatalog) -> None:
    """A table of data types or permissions with their purposes ("权限 | 用途 | 是否必要"): the first party's
    collection, read from the data column, and from the purpose column where a verb there acquires the data
    ("相机 | 扫描身份证件…", "相册 | …、更换头像"); other data the purpose column names describes features."""
    record = Record(FIRST_PARTY, None)
    header = blocks[start]
    # the rows' kind of data is named by the data column's label or an unroled label before it ("| Health Connect data
    # type | Permission | … |"); an unroled label after it names what that column holds of each row ("| Data |
    # Location | Encryption |": where the row's data is kept, not its location)
    data_column = roles.index("data") if "data" in roles else len(roles)
    header_data = [statement for column, (cell, role) in enumerate(zip(header.cells or [], roles))
                   if role in ("data", "category") or role is None and column < data_column
                   and not _version_ranges(blocks[start + 1:end], column)
                   for statement in _statements_for_data(cell.text, record, header.line, header.text, lang, "table")
                   if statement.action == "collect"]
    # a data column headed by what is stored ("Data stored by Code.org if a User creates an account") stores each row
    stored = any(role == "data" and any_match(lex.section_actions.get("store", []), cell.text.lower())
                 for cell, role in zip(header.cells or [], roles))
    # "| Data category | What it includes | Why we use it | How long we keep it |": an English table giving each row's
    # data with its purpose, whose header and introduction say nothing of collecting, states the use of the data (a
    # permission is requested, collected, whatever it serves: "| Permission | Purpose |")
    introduction = _text_before(blocks, start)
    used = (lang == "en" and "purpose" in roles and not COLLECTING.search(header.text)
            and not COLLECTING.search(introduction)
            and not any(role == "data" and PERMISSION_WORD.search(cell.text)
                        for cell, role in zip(header.cells or [], roles)))
    # "| 我们使用您的数据的目的 | 我们处理哪些数据 | 我们的法律依据 |": a Chinese data column headed by the processing or use
    # of the data, in a header saying nothing of collecting, states the use of each row's data, as in a sentence
    used = used or (lang == "zh" and not ZH_COLLECTING_HEADER.search(header.text)
                    and any(role == "data" and ZH_USED_COLUMN.search(cell.text)
                            for cell, role in zip(header.cells or [], roles)))
    # "We share personal information only with the recipients below:" over "| Data | Who receives it | When |": a
    # table of recipients whose introduction states a disclosure and nothing of collecting, nor its header, states the
    # disclosure of each row's data, not its collection (a data cell's "never your name" denies the disclosure)
    shared_only = (lang == "en" and "disclosed_to" in roles and DISCLOSING.search(introduction) is not None
                   and not COLLECTING.search(introduction)
                   and not any(COLLECTING.search(cell.text) for cell, role in zip(header.cells or [], roles)
                               if role != "disclosed_to"))  # (not "Who receives it")
    # "We keep personal data only for as long as we need it:" over "| Data | Retention period |": a table giving only
    # each row's retention, whose header and introduction say nothing of collecting, states the storage of each row's
    # data, not its collection (GUIDELINES: a stated retention period is `store`)
    retained_only = _retention_only_table(roles, header, introduction, lang)
    # "| 权限名称 | 使用场景 |", "设备权限\t业务功能\t…": a Chinese data column of permissions names each row's permission
    permission_column = lang == "zh" and any(role == "data" and "权限" in cell.text
                                             for cell, role in zip(header.cells or [], roles))
    # "以下数据仅存储在您的本地设备上，不会被传输至任何外部服务器：" over "| 数据类型 | 说明 | 存储位置 |": the rows are kept on
    # the person's own device and their upload is denied, so they are not collected by us, and used (on the device)
    # where the heading over the table names their processing ("本应用处理的数据"; GUIDELINES: device-local data)
    device_local = lang == "zh" and keeps_on_own_device(introduction) and denies_upload(introduction)
    processed = device_local and ZH_USED_COLUMN.search(next(
        (blocks[i].text for i in range(start - 1, -1, -1) if blocks[i].kind == "heading"), "")) is not None
    previous: dict[str, Cell] = {}
    result.data_rows.update(range(start + 1, end))
    rows = [(row_index, by_role) for row_index in range(start + 1, end)
            for by_role in _run_together(roles, blocks[row_index].cells or [])]
    for row_index, by_role in rows:
        row = blocks[row_index]
        if by_role is None:
            by_role = _row_cells(roles, row.cells or [], previous)
        previous = by_role
        if "data" not in by_role:
            continue
        record.purposes = [by_role["purpose"].text[:120]] if "purpose" in by_role else []
        data = by_role["data"]
        collected = _statements_for_data(data.text, record, data.line, row.text, lang, "table", items=data.items)
        if permission_column:
            collected = _phone_permission(collected, data.text)
        if not collected and data.text.strip() and not NEGATIVE_CELL.search(data.text.strip()):
            # a row whose data cell names nothing the lexicon knows ("HeartRate | READ_HEART_RATE | …") is of the
            # kind of data its header names ("Health Connect data type | Permission | What it is used for")
            collected = [replace(statement, term=data.text[:40], line=data.line, text=row.text,
                                 purposes=list(record.purposes))
                         for statement in header_data if statement.data_type != "personal_info"]
        if "label" in by_role and not collected:
            # the row's label is the only place its data is named
            collected = _statements_for_data(by_role["label"].text, record, data.line, row.text, lang, "table")
        if "category" in by_role and not UNTYPED_CATEGORY.match(by_role["category"].text):
            named = {statement.data_type for statement in collected}
            category = [statement for statement in _statements_for_data(
                by_role["category"].text, record, data.line, row.text, lang, "table") if statement.data_type not in named]
            if category and collected and all(statement.action == "not_collect" for statement in collected):
                # the examples cell denies the row ("Biometric information | We do not collect this category"): the
                # category is what is not collected
                collected = [replace(statement, action="not_collect") for statement in category]
            else:
                collected += category
        answer = by_role.get("collected")
        if answer is not None and NOT_COLLECTED_CELL.match(answer.text.strip()):
            # "Category | Examples | Collected?" with "No" / "Not collected": the row lists what is not collected
            result.statements += [replace(statement, action="not_collect") for statement in collected]
            result.consumed_blocks.add(row_index)
            continue
        if device_local:
            result.statements += [replace(statement, action=action) for statement in collected
                                  if statement.action == "collect"
                                  for action in (("not_collect", "use") if processed else ("not_collect",))]
            result.consumed_blocks.add(row_index)
            continue
        if retained_only:
            result.statements += _column_practices(collected, by_role, stored, entities, lang)
            result.consumed_blocks.add(row_index)
            continue
        if shared_only and not COLLECTED_IN_CELL.search(data.text):
            result.statements += [replace(statement, action="not_share", recipient=THIRD_PARTY)
                                  for statement in collected if statement.action == "not_collect"]
            result.statements += _column_practices(collected, by_role, stored, entities, lang)
            result.consumed_blocks.add(row_index)
            continue
        result.statements += collected if not used or COLLECTED_IN_CELL.search(data.text) else []
        if used:
            # a row saying its data is collected ("| Crash logs | Collected when the app crashes | To fix bugs |")
            # keeps the collection beside the use
            result.statements += [replace(statement, action="use") for statement in collected
                                  if statement.action == "collect"]
        result.statements += _column_practices(collected, by_role, stored, entities, lang)
        if "purpose" in by_role:
            result.statements += _acquired_in_purpose(by_role["purpose"], record, row.text, lang, lex)
            if lang == "zh":
                # "功能场景 | 您的个人信息 | 收集目的及用途": a later purpose column, whose sentence may say what we collect
                result.statements += [statement for cell, role in zip(row.cells or [], roles)
                                      if role == "purpose" and cell is not by_role["purpose"]
                                      for statement in _acquired_in_purpose(cell, record, row.text, lang, lex, True)]
            if lang == "en" and any(statement.action != "not_collect" for statement in collected):
                # (only beside data the row names: a field whose data cell names nothing, "| `fetch_count` | `24` |
                # Fetch tracking usage |", is no row of the user's data)
                result.statements += _usage_in_purpose(by_role["purpose"], record, row.text)
        result.consumed_blocks.add(row_index)


# 电话 standing as a whole item of a permission cell ("电话", "电话、短信、通讯录", "电话（仅Android用户）"): a permission name
PHONE_PERMISSION_ITEM = re.compile(r"(?:^|(?<=[、/／]))\s*电话\s*(?=$|[、/／（(])")


def _phone_permission(collected: list[Statement], cell: str) -> list[Statement]:
    """A permission table's bare 电话 is the phone permission, which reads the device's state and identifiers
    (GUIDELINES: 电话权限 / READ_PHONE_STATE → `device.id`), not a phone number the person gives."""
    if PHONE_PERMISSION_ITEM.search(cell) is None:
        return collected
    result = []
    for statement in collected:
        if statement.data_type == "contact.phone" and statement.term == "电话":
            statement = replace(statement, data_type="device.id")
        if statement not in result:
            result.append(statement)
    if not any(statement.data_type == "device.id" for statement in result) and collected:
        result.append(replace(collected[0], data_type="device.id", term="电话"))
    return result


# the roles of a table giving only each row's data and how long it is kept (a column of examples or categories
# describes what is collected: "| Data category | What it includes | How long we keep it |")
RETENTION_TABLE_ROLES = {"data", "retention", None}


def _retention_only_table(roles: list[str | None], header: Block, introduction: str, lang: str) -> bool:
    """Whether an English data table gives nothing of its rows but how long they are kept ("| Data | Retention
    period |"), neither its header nor its introduction saying the data is collected."""
    return (lang == "en" and "retention" in roles and "data" in roles and set(roles) <= RETENTION_TABLE_ROLES
            and not COLLECTING.search(header.text) and not COLLECTING.search(introduction))


# A collecting verb in a data table's header or introduction ("Data we collect | Purpose", "We collect the following
# data:"), or a participle in a row's data cell ("| Voice recordings | Audio collected after the wake word |"): the
# rows (the row) are collected, whatever purposes they give
COLLECTING = re.compile(r"(?i)\b(?:collect(?:s|ed|ing|ion)?|gather(?:s|ed|ing)?|obtain(?:s|ed)?|receive(?:s|d)?)\b")
DISCLOSING = re.compile(r"(?i)\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure)|recipients?)\b")
COLLECTED_IN_CELL = re.compile(r"(?i)\b(?:collected|gathered|obtained)\b")
PERMISSION_WORD = re.compile(r"(?i)\bpermissions?\b")


def _text_before(blocks: list[Block], index: int) -> str:
    """The text of the last non-empty block before `index` (a table's introduction)."""
    return next((blocks[i].text for i in range(index - 1, -1, -1) if blocks[i].text.strip()), "")


# a Chinese recipient cell naming only the service itself or the person's own device ("我们", "本应用", "仅本地"): the
# row's data goes to no other party
OWN_RECIPIENT_ZH = re.compile(r"^\W*(?:仅|只|仅在)?(?:我们|我方|本公司|本应用|本平台|本产品|本地|本机|(?:您|你)的(?:本地)?设备)\W*$")


def _column_practices(collected: list[Statement], by_role: dict[str, Cell], stored: bool,
                      entities: EntityCatalog, lang: str) -> list[Statement]:
    """What a data table's other columns say of a row's data: a "Disclosed to" cell naming recipients shares it
    (with each party it names, see `_named_recipients`), a "Sold or shared?" answer shares or denies sharing it, a
    retention period (or a header naming storage) stores it."""
    def filled(role: str) -> bool:  # a cell that says something other than "none"
        cell = by_role.get(role)
        return cell is not None and bool(cell.text.strip()) and not NEGATIVE_CELL.search(cell.text.strip())

    actions: list[tuple[str, str | None]] = []
    disclosed = by_role.get("disclosed_to")
    if disclosed is not None and NOT_DISCLOSED_CELL.match(disclosed.text.strip()):
        actions.append(("not_share", THIRD_PARTY))  # "Disclosed to: Not disclosed"
    elif filled("disclosed_to") and not (lang == "zh" and OWN_RECIPIENT_ZH.match(by_role["disclosed_to"].text)):
        actions += [("share", recipient) for recipient in _named_recipients(by_role["disclosed_to"].text, entities, lang)]
    answer = by_role.get("sold_or_shared")
    answered = answer_action(answer.text) if answer is not None else None
    if answered is not None:
        actions.append((answered, THIRD_PARTY))
    elif filled("sold_or_shared"):
        # "Categories of third parties to which we sell or share it | Advertising networks": the recipients sold to
        actions += [("share", recipient) for recipient in _named_recipients(answer.text, entities, lang)]
    if stored or filled("retention"):
        actions.append(("store", None))
    keeper = _retention_keeper(by_role.get("retention"), entities, lang) if filled("retention") else None
    return [replace(statement, action=action, recipient=recipient)
            if not (keeper and action == "store" and statement.actor == FIRST_PARTY)
            else replace(statement, action=action, recipient=recipient, actor=keeper[0], actor_text=keeper[1])
            for action, recipient in dict.fromkeys(actions)
            for statement in collected if statement.action == "collect"]


# a period followed at once by "in" / "at" and a capitalised name no catalogue knows ("180 days in Proctorio",
# "30 days at Cerence"); not a place ("in the EU", "in Europe") nor a name with "the" or after other words
KEPT_AT_NAME = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?)\s+(?:in|at)\s+([A-Z][A-Za-z0-9]+)\b(?!\s+[A-Z])")
NOT_KEEPERS = {"europe", "ireland", "germany", "france", "canada", "australia", "switzerland", "england", "scotland",
               "wales", "japan", "singapore", "india", "brazil", "america", "asia", "frankfurt", "london", "dublin",
               "amsterdam", "paris", "total", "most", "least", "accordance", "line", "order", "case", "general",
               "backups", "backup", "archive", "archives", "storage", "logs", "our", "your", "any", "all", "each"}


def _uncatalogued_keeper(text: str) -> tuple[str, str] | None:
    """The outside party no catalogue knows that a retention item keeps its data in or at, written right after the
    period ("Proctoring recordings: 180 days in Proctorio", "Voice recordings. 30 days at Cerence"): `THIRD_PARTY`
    (GUIDELINES: processors, a period kept at a processor's tool is its `store`); None for places and other words."""
    found = KEPT_AT_NAME.search(text)
    if found is None or found.group(1).lower() in NOT_KEEPERS or found.group(1).isupper():
        return None
    return THIRD_PARTY, found.group(1)


def _retention_keeper(cell: Cell | None, entities: EntityCatalog, lang: str) -> tuple[str, str] | None:
    """The party a retention cell says the data is kept in or at ("30 days in Sentry", "24 months after the ticket is
    closed, in Zendesk", "180 days in Proctorio"): that party stores it, not the service (GUIDELINES: processors, a
    period kept at a processor's tool); None for a bare period."""
    if cell is None or lang != "en":
        return None
    text = cell.text
    for match in entities.find(text, lang):
        if match.value not in (FIRST_PARTY, THIRD_PARTY) and KEPT_IN.search(text, 0, match.start):
            return match.value, text[match.start:match.end]
    return _uncatalogued_keeper(text)


# "in" / "at" right before a party a retention cell keeps its data in ("30 days in Sentry")
KEPT_IN = re.compile(r"\b(?:in|at)\s+$", re.I)


# A role given to the party just named: "Adyen, our payment processor", "Amazon Web Services (hosting provider)".
PARTY_ROLE = re.compile(r"(?:,\s*(?:our|its|their|the)\s+|\(\s*(?:our\s+)?)[\w\s-]*$", re.I)


def _named_recipients(text: str, entities: EntityCatalog, lang: str) -> list[str]:
    """The recipients a "Disclosed to" cell names: each known party ("Zendesk", "Google (Google Analytics), Meta (Meta
    Pixel)"), and `third_party` for a cell that names none or also names a category of recipients ("Service
    providers (including Stripe)", "…, hosting and analytics providers"); a category that only says what the named
    party is ("Adyen, our payment processor") adds none."""
    found = entities.find(text, lang)
    named = list(dict.fromkeys(m.value for m in found if m.value not in (FIRST_PARTY, THIRD_PARTY)))
    if not named:
        return [THIRD_PARTY]
    first_named = min(m.start for m in found if m.value not in (FIRST_PARTY, THIRD_PARTY))
    category = any(m.value == THIRD_PARTY and (m.start < first_named or not PARTY_ROLE.search(text[:m.start]))
                   for m in found)
    return named + [THIRD_PARTY] if category else named


# A purpose cell written as a sentence in which we collect a list of data ("当您与我们客服联系…时，我们将收集您与我们客服的
# 沟通内容（可能涉及您的订单号、手机号、快递单号、收件地址、开票信息）"): every item of the list in that clause is collected,
# as in the same sentence outside a table (the clause runs over the list's 、 and its brackets, to the last ，；。).
ZH_PURPOSE_CLAUSE_MARKS = ("，", ",", "；", ";", "。")
ZH_OUR_COLLECTION = re.compile(r"(?:我们|我方|我行)(?:将|会|需要?|可能(?:会)?)?(?:收集|获取|采集)(?!目的)")


def _acquired_in_purpose(cell: Cell, record: Record, text: str, lang: str, lex: Lexicon,
                         sentence_only: bool = False) -> list[Statement]:
    """Data a permission table's purpose cell names as the object of an acquiring verb in the same clause
    ("扫描身份证件", "更换头像", "scan your ID card"), collected by the table's actor; with `sentence_only`, only the
    data a Chinese sentence of the cell says we collect (ZH_OUR_COLLECTION)."""
    statements = []
    for match in data_matcher(lang).find(cell.text):
        clause = cell.text[_clause_start(cell.text, match.start, CLAUSE_MARKS):match.start]
        if (not sentence_only and any_match(lex.table_purpose_acquisition, clause)
                or lang == "zh" and ZH_OUR_COLLECTION.search(
                    cell.text[_clause_start(cell.text, match.start, ZH_PURPOSE_CLAUSE_MARKS):match.start])):
            statements.append(Statement(
                data_type=match.value, action="collect", actor=record.actor, text=text, line=cell.line,
                purposes=[cell.text[:120]], term=cell.text[match.start:match.end], actor_text=record.actor_text,
                source="table", language=lang,
            ))
    return statements


def _usage_in_purpose(cell: Cell, record: Record, text: str) -> list[Statement]:
    """How the service is used, named by an English data table's purpose cell ("| Contact information | Provide the
    Services; Analyze use of and improve the services; … |", "| Optional cookies | … including understanding usage
    patterns … |"): the usage the purpose reads, used by the table's actor, as the same purpose in a list of uses
    (GUIDELINES: a purpose naming usage information)."""
    return [Statement(data_type="usage", action="use", actor=record.actor, text=text, line=cell.line,
                      purposes=[cell.text[:120]], term=cell.text[match.start:match.end], actor_text=record.actor_text,
                      source="table", language="en")
            for match in data_matcher("en").find(cell.text) if match.value == "usage"][:1]


# the clauses of a record's purpose field (a list of data inside one clause stays together)
PURPOSE_CLAUSE_MARKS = ("，", ",", "；", ";", "。")


def _acquired_in_record_purpose(value: str, record: Record, line: int, text: str, lang: str,
                                lex: Lexicon) -> list[Statement]:
    """Data an SDK record's purpose field names as the object of an acquiring verb in its clause ("使用目的：消息推送，并获取
    已安装应用列表信息", "使用目的：通过获取位置信息，用来校正用户的地域分布数据"): collected by the record's SDK, as its data
    field's data is."""
    statements = []
    for match in data_matcher(lang).find(value):
        clause_start = _clause_start(value, match.start, PURPOSE_CLAUSE_MARKS)
        if any_match(lex.table_purpose_acquisition, value[clause_start:match.start]):
            statements.append(Statement(
                data_type=match.value, action="collect", actor=record.actor, text=text, line=line,
                purposes=[value.strip()[:120]], term=value[match.start:match.end], actor_text=record.actor_text,
                source="sdk_table", language=lang,
            ))
    return statements


def _vertical_table(blocks, start, end, lex, entities, lang, result) -> None:
    """Two-column tables of "field | value" rows describing one SDK each."""
    record: Record | None = None
    for row_index in range(start, end):
        cells = blocks[row_index].cells or []
        if len(cells) != 2:
            continue
        role = lex.sdk_field(cells[0].text)
        if role == "name" and PARTY_KIND_LABEL.match(cells[0].text.strip()):
            role = None  # "| 第三方服务 | 非由本项目运营、但为本项目功能提供支持的外部服务 |": a glossary row
        if role == "name":
            record = Record(*resolve_actor(cells[1].text, entities, lang))
            result.consumed_blocks.add(row_index)
        elif record is not None and role == "purpose":
            record.purposes = [cells[1].text[:120]]
            result.consumed_blocks.add(row_index)
        elif record is not None and role == "provider" and record.actor == THIRD_PARTY:
            actor, text = resolve_actor(cells[1].text, entities, lang)
            if actor != THIRD_PARTY:
                record.actor, record.actor_text = actor, text
            result.consumed_blocks.add(row_index)
        elif record is not None and role == "data":
            row = blocks[row_index]
            result.statements += _statements_for_data(cells[1].text, record, cells[1].line, row.text, lang, "sdk_table")
            result.consumed_blocks.add(row_index)
