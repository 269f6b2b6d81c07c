"""Cue lexicons of extraction (mappings/cues/<lang>.yaml), compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache

from ..taxonomy import ASCII_CASE_VARIANTS, _required_literals, literal_finder, literals_present, load_mapping


def compile_patterns(entries: list[str] | None, flags: int = 0) -> list[re.Pattern[str]]:
    """Entries starting with 're:' are regular expressions; others are literal words."""
    compiled = []
    for entry in entries or []:
        if entry.startswith("re:"):
            compiled.append(re.compile(entry[3:], flags))
        else:
            compiled.append(re.compile(re.escape(entry), flags))
    return compiled


def any_match(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The first match of the first of `patterns` that matches `text`, or None. Only the patterns `patterns_to_try`
    keeps are tried: those the text holds one of the required strings of (`pattern_literals`) and those without such
    strings."""
    for pattern in patterns_to_try(patterns, text):
        found = pattern.search(text)
        if found:
            return found
    return None


def patterns_to_try(patterns: list[re.Pattern[str]] | tuple[re.Pattern[str], ...],
                    text: str) -> list[re.Pattern[str]]:
    """`patterns` less those that cannot match `text` because it holds none of the strings every match of them
    contains (`pattern_literals`; searched in the lower-cased text for a case-ignoring pattern, unless the text has
    one of `ASCII_CASE_VARIANTS`), in their order. The strings of a whole list are looked for together, once each
    (`_literal_index`, `literals_present`), instead of a test of each pattern's strings in turn."""
    if not text:
        return list(patterns)
    if type(patterns) not in (list, tuple):
        return [pattern for pattern in patterns if _may_match(pattern, text)]
    always, folded_all, folded, exact, items = _literal_index(patterns)
    mask = always
    if exact is not None:
        mask |= literals_present(exact, text)
    if folded is not None:
        if ASCII_CASE_VARIANTS.search(text):
            mask |= folded_all
        else:
            mask |= literals_present(folded, text.lower())
    chosen = []
    while mask:
        low = mask & -mask
        chosen.append(items[low.bit_length() - 1])
        mask ^= low
    return chosen


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` holds one of the required strings of `pattern` (or it has none): `patterns_to_try`'s test of
    one pattern."""
    literals = pattern_literals(pattern)
    if literals is None:
        return True
    if pattern.flags & _IGNORECASE:
        if ASCII_CASE_VARIANTS.search(text):
            return True
        text = text.lower()
    return any(literal in text for literal in literals)


_INDEX_LIMIT = 4096  # remembered indexes, per list object and per list of patterns (both cleared when full)
_INDEXES_BY_LIST: dict[int, tuple] = {}
_INDEXES_BY_ITEMS: dict[tuple, tuple] = {}


def _literal_index(patterns: list[re.Pattern[str]] | tuple[re.Pattern[str], ...]) -> tuple:
    """For `patterns_to_try`: (always, folded_all, folded, exact, patterns) with bit i standing for patterns[i]:
    `always` the patterns with no required strings, `folded_all` the case-ignoring ones, `folded` and `exact` a finder
    (`literal_finder`) of the required strings of the case-ignoring patterns and of the others, None where there are
    none. Remembered per list (kept alive with a copy of its items, so a list changed since is worked out again) and
    per sequence of patterns (a list built anew for each call, "lexicon.a + lexicon.b", is indexed once)."""
    entry = _INDEXES_BY_LIST.get(id(patterns))
    if entry is not None and entry[0] is patterns and entry[1] == patterns:
        return entry[2]
    items = tuple(patterns)
    result = _INDEXES_BY_ITEMS.get(items)
    if result is None:
        result = _index_of(items)
        if len(_INDEXES_BY_ITEMS) >= _INDEX_LIMIT:
            _INDEXES_BY_ITEMS.clear()
        _INDEXES_BY_ITEMS[items] = result
    if len(_INDEXES_BY_LIST) >= _INDEX_LIMIT:
        _INDEXES_BY_LIST.clear()
    _INDEXES_BY_LIST[id(patterns)] = (patterns, list(patterns) if isinstance(patterns, list) else patterns, result)
    return result


def _index_of(patterns: tuple[re.Pattern[str], ...]) -> tuple:
    always = folded_all = 0
    strings: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for position, pattern in enumerate(patterns):
        bit = 1 << position
        literals = pattern_literals(pattern)
        if literals is None:
            always |= bit
            continue
        ignoring = bool(pattern.flags & _IGNORECASE)
        if ignoring:
            folded_all |= bit
        owners = strings[0 if ignoring else 1]
        for literal in literals:
            owners[literal] = owners.get(literal, 0) | bit
    folded, exact = (literal_finder(owners) for owners in strings)
    return always, folded_all, folded, exact, patterns


_IGNORECASE = int(re.IGNORECASE)  # a plain int: `flags & re.I` with the enum is slow in a hot loop
_LITERAL_FILTERS: dict[int, tuple] = {}


def _literal_filter(patterns: list[re.Pattern[str]] | tuple[re.Pattern[str], ...]) -> tuple:
    """For `any_match`: (folded, exact), one regex finding any of the strings required by the case-ignoring patterns
    (searched in the lower-cased text) and one for the others (searched in the text), None where there are no such
    patterns; (False, False) when some pattern has no required strings. Remembered per list (kept alive with a copy of
    its items, so a list changed since is worked out again)."""
    entry = _LITERAL_FILTERS.get(id(patterns))
    if entry is not None and entry[0] is patterns and entry[1] == patterns:
        return entry[2]
    folded: set[str] = set()
    exact: set[str] = set()
    result: tuple = (False, False)
    for pattern in patterns:
        literals = pattern_literals(pattern)
        if literals is None:
            break
        (folded if pattern.flags & _IGNORECASE else exact).update(literals)
    else:
        result = tuple(re.compile("|".join(re.escape(literal) for literal in sorted(found))) if found else None
                       for found in (folded, exact))
    if len(_LITERAL_FILTERS) > 4096:
        _LITERAL_FILTERS.clear()
    _LITERAL_FILTERS[id(patterns)] = (patterns, list(patterns) if isinstance(patterns, list) else patterns, result)
    return result


@lru_cache(maxsize=None)
def pattern_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which a text holds wherever `pattern` matches (`_required_literals`; in lower case, for the
    lower-cased text, when the pattern ignores case), or None: no such test for a verbose pattern or one with no such
    strings."""
    if pattern.flags & re.X:
        return None
    return _required_literals([pattern.pattern], ignore_case=bool(pattern.flags & re.I))


@dataclass
class Lexicon:
    language: str
    verbs: dict[str, str]  # verb -> action (collect/use/share/store)
    user_provides: set[str]
    user_picks: set[str]
    user_records: set[str]
    provide: set[str]
    negations: set[str]
    negation_blockers: list[re.Pattern[str]]
    exclusions: list[str]
    object_exclusions: list[re.Pattern[str]]
    object_alternatives: list[re.Pattern[str]]
    event_objects: list[re.Pattern[str]]
    inability: set[str]
    requirement_adjectives: set[str]
    protected_words: list[str]
    refusal: list[re.Pattern[str]]
    user_subjects: set[str]
    user_controls: set[str]
    purpose_markers: list[re.Pattern[str]]
    condition_markers: list[re.Pattern[str]]
    demonstratives: list[str]
    party_demonstratives: list[str]
    viewers: set[str]
    not_viewers: set[str]
    own_devices: set[str]
    person_nouns: set[str]  # whose name is personal data ("the name of your child")
    service_nouns: set[str]  # services named by what they handle ("SMS delivery")
    publication_words: set[str]  # what makes displayed data public ("当您发布内容时…展示您的昵称")
    public_pages: set[str]  # pages other people visit ("将会在个人主页中展示")
    product_name_leads: list[re.Pattern[str]]
    title_topics: list[re.Pattern[str]]
    exemptions: list[re.Pattern[str]]
    definitions: list[re.Pattern[str]]
    blocking_verbs: set[str]
    sale_verbs: set[str]
    section_actions: dict[str, list[re.Pattern[str]]]
    sdk_fields: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    sdk_embedding_verbs: set[str] = field(default_factory=set)  # "嵌入…SDK收集": the SDK's practice follows
    preventing_verbs: set[str] = field(default_factory=set)  # "阻止该SDK获取…": the practice after it is prevented
    sdk_use_verbs: set[str] = field(default_factory=set)  # "我行使用了字节跳动SDK": other verbs of using an SDK
    # what posts may contain ("您公开发布的信息中可能会涉及…"): `zh.PostPatterns`
    posting_verbs: set[str] = field(default_factory=set)  # "发布", "上传"
    placing_verbs: set[str] = field(default_factory=set)  # "we list your name on the site": put where others look
    site_pages: set[str] = field(default_factory=set)  # the service's public pages ("on this site")
    ranking_boards: set[str] = field(default_factory=set)  # "record your score on the global leaderboard"
    post_nouns: set[str] = field(default_factory=set)  # "发布的信息", "分享的评论"
    post_media_nouns: set[str] = field(default_factory=set)  # post nouns also after "您的" alone ("您的照片")
    post_containment_verbs: set[str] = field(default_factory=set)  # "可能包含", "可能会涉及"
    post_contents_end_openers: set[str] = field(default_factory=set)  # "，请您务必…": advice ending what they contain
    first_party_words: set[str] = field(default_factory=set)  # "我们", "本平台": us as a party
    own_service_nouns: set[str] = field(default_factory=set)  # "我们(的)服务": our service, not us as a party
    cookie_table_header: list[re.Pattern[str]] = field(default_factory=list)
    cookie_headings: list[re.Pattern[str]] = field(default_factory=list)  # a section on cookies
    cookie_table_columns: list[re.Pattern[str]] = field(default_factory=list)  # "Name", "Expires" of a cookie list
    # a paragraph opening on a glossary definition of cookies or a similar technology ("Cookies are small text files …")
    cookie_glossary: list[re.Pattern[str]] = field(default_factory=list)
    # the user's browser choice a cookie sentence depends on ("If your browser sends a Do Not Track signal", "If you
    # enable a browser extension designed to block tracking"): a control, not a practice
    cookie_user_choices: list[re.Pattern[str]] = field(default_factory=list)
    sharing_table_reasons: list[re.Pattern[str]] = field(default_factory=list)
    sharing_table_answer: list[re.Pattern[str]] = field(default_factory=list)
    definition_headings: list[re.Pattern[str]] = field(default_factory=list)
    item_use_headings: list[re.Pattern[str]] = field(default_factory=list)  # "How we use your data": items used
    table_purpose_acquisition: list[re.Pattern[str]] = field(default_factory=list)
    hypotheticals: list[re.Pattern[str]] = field(default_factory=list)
    object_predicates: list[re.Pattern[str]] = field(default_factory=list)
    confidentiality: list[re.Pattern[str]] = field(default_factory=list)  # "keep X confidential": a safeguard
    background_clauses: list[re.Pattern[str]] = field(default_factory=list)  # "因…，", "受…限制": no heading's practice
    described_nouns: list[re.Pattern[str]] = field(default_factory=list)
    rights_access_verbs: set[str] = field(default_factory=set)
    entry_verbs: set[str] = field(default_factory=set)  # the user entering data: not blocked by a coordinated edit verb
    company_names: list[re.Pattern[str]] = field(default_factory=list)
    served_recipient_items: list[re.Pattern[str]] = field(default_factory=list)  # "- Cloud hosting providers to …"
    party_name_ends: list[re.Pattern[str]] = field(default_factory=list)  # "…科技有限公司": a recipient's name ends
    unnamed_recipients: set[str] = field(default_factory=set)  # "第三方": a recipient naming no one in particular
    recipient_determiners: set[str] = field(default_factory=set)  # "任何", "其他": before a recipient's words
    processor_tables: list[re.Pattern[str]] = field(default_factory=list)
    processor_table_introductions: list[re.Pattern[str]] = field(default_factory=list)  # "We share … with the sub-processors listed below"
    processor_table_columns: list[re.Pattern[str]] = field(default_factory=list)  # "Location of Data Processing"
    processor_owner_data: list[re.Pattern[str]] = field(default_factory=list)  # "Client Data" in a processor's row
    deletion_verbs: set[str] = field(default_factory=set)
    derivation_verbs: set[str] = field(default_factory=set)  # collect when the data is worked out "from" a source
    staying_verbs: set[str] = field(default_factory=set)  # store when the data stays somewhere for a time span
    example_cues: list[str] = field(default_factory=list)  # "such as", "including": named examples of a category follow
    tracker_nouns: set[str] = field(default_factory=set)  # what a party places to track: its relative clause is the party's
    tracker_setting_verbs: set[str] = field(default_factory=set)  # a party placing, setting or using such trackers
    public_record_verbs: set[str] = field(default_factory=set)  # "publicly recorded / attributed": shown to anyone
    movement_verbs: set[str] = field(default_factory=set)  # data as subject going "to" a party: passed to it
    transit_verbs: set[str] = field(default_factory=set)  # data as subject passing "through" a party: given to it
    requirement_verbs: set[str] = field(default_factory=set)  # "does not require an account": a denied need
    kept_states: set[str] = field(default_factory=set)  # store when the data stays so ("stays reserved")
    product_devices: set[str] = field(default_factory=set)  # "the car reports its VIN": a product sending its readings
    unlawful_modifiers: set[str] = field(default_factory=set)  # "unauthorized disclosure of X": a harm, no practice
    harm_nouns: set[str] = field(default_factory=set)  # "prevent loss, misuse, or disclosure of X": a harm
    outward_destinations: set[str] = field(default_factory=set)  # "never sent to external servers": off the device
    outward_marks: set[str] = field(default_factory=set)
    log_keeping_verbs: set[str] = field(default_factory=set)  # "This information may be stored in the access log"
    remote_places: set[str] = field(default_factory=set)  # "stored locally and on our servers": not on the device
    delivery_verbs: set[str] = field(default_factory=set)  # "X is delivered to your followers": shown to them
    appearing_verbs: set[str] = field(default_factory=set)  # "X appears on your public profile": shown to others
    posted_items: set[str] = field(default_factory=set)  # "X appears next to your comments": shown with them
    posting_verbs: set[str] = field(default_factory=set)  # "X appears next to anything you post": shown with it
    peer_hosts: set[str] = field(default_factory=set)  # "delivered to other servers": hosts run by others
    peer_host_marks: set[str] = field(default_factory=set)  # "other", "different": a host of `peer_hosts` not ours
    addressees: set[str] = field(default_factory=set)  # "delivered to their recipients": the user's own sending
    aggregate_products: list[re.Pattern[str]] = field(default_factory=list)  # "aggregated statistics" made "from" data
    anonymity_qualifiers: set[str] = field(default_factory=set)  # "anonymous usage events": no tuple, IDs aside
    concealment_verbs: set[str] = field(default_factory=set)  # "X is hidden": not shown to others
    purchase_verbs: set[str] = field(default_factory=set)  # collect when we buy the data ("we purchase X")
    obtaining_verbs: set[str] = field(default_factory=set)  # "- gather feedback": a purpose item that obtains data
    cookie_verbs: set[str] = field(default_factory=set)  # a use of cookies when one is their object
    cookie_helps: list[re.Pattern[str]] = field(default_factory=list)  # cookies as the subject that helps us: a use
    # the user's address or number that we write to ("notify you at the email address we have on file"): a use
    address_written_to: list[re.Pattern[str]] = field(default_factory=list)
    category_heads: set[str] = field(default_factory=set)  # heads of category labels ("Account information.")
    record_nouns: set[str] = field(default_factory=set)  # records we receive: what they "never include" is not collected
    # what makes "data" or "information" such records ("Analytics data does not include …")
    record_data_qualifiers: set[str] = field(default_factory=set)
    # practice verbs that are also nouns, re-parsed as verbs when tagged nouns between a subject and an object
    noun_like_verbs: set[str] = field(default_factory=set)
    capture_verbs: set[str] = field(default_factory=set)  # "you photograph your passport": the verb makes the data
    hosting_verbs: set[str] = field(default_factory=set)  # "we do not run servers that collect X": the practice is denied
    operated_systems: set[str] = field(default_factory=set)  # "we do not use any proxy server that could access X"
    removal_verbs: set[str] = field(default_factory=set)  # "X is stripped from crash reports before they are sent"
    receipt_cut_verbs: set[str] = field(default_factory=set)  # "truncated before it is stored": received all the same
    keeping_words: set[str] = field(default_factory=set)  # what such a cut happens before: keeping the data
    configuring_verbs: set[str] = field(default_factory=set)  # "PostHog is configured to discard"
    insertion_verbs: set[str] = field(default_factory=set)  # "we do not include X in crash reports": X is not sent
    carrier_nouns: set[str] = field(default_factory=set)  # what data put into it travels in ("messages", "payloads")
    document_nouns: set[str] = field(default_factory=set)  # "this list does not include X": the document's scope
    sending_words: set[str] = field(default_factory=set)  # what a removal comes "before": sending the records
    permission_nouns: set[str] = field(default_factory=set)  # "has no permission to access X": a denied access
    sensor_nouns: set[str] = field(default_factory=set)  # "the App uses your camera": its data is obtained
    denial_lists: list[re.Pattern[str]] = field(default_factory=list)  # "We will not:": its items are denials
    # a denial whose object points back to the previous sentence's data ("我们不会将这些信息回传至服务器"), by action
    demonstrative_denials: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    # a sentence naming no data that denies anything leaves the device ("Nothing is uploaded automatically"): the data a
    # sentence of its line keeps on the device is not collected
    local_upload_denials: list[re.Pattern[str]] = field(default_factory=list)
    # processing on the user's consent named as the condition of a right, worded by the consent relied on or given
    # ("where iNaturalist relied on Your consent to process Your personal information"): the `data` group is used
    consent_basis_conditions: list[re.Pattern[str]] = field(default_factory=list)
    # a line saying the data does not reach us ("we never receive your card number"): a processor's handling of it is
    # its own use, data sent to it by one of `straight_to_processor` its collection, not our sharing
    not_reaching_us: list[re.Pattern[str]] = field(default_factory=list)
    straight_to_processor: set[str] = field(default_factory=set)
    request_data: list[re.Pattern[str]] = field(default_factory=list)  # "your IP address": what a request carries
    request_context: list[re.Pattern[str]] = field(default_factory=list)  # "the referrer": what may come with it
    anonymous_data: list[re.Pattern[str]] = field(default_factory=list)  # "sent anonymously", "anonymous usage data"
    # a sentence saying the data the sentence before it named is anonymised before the analysis it states ("但我们会将相关
    # 信息进行匿名化或去标识化处理后用于分析"): that sentence's data is de-identified data, no practice
    anonymised_after: list[re.Pattern[str]] = field(default_factory=list)
    practice_free_lists: list[re.Pattern[str]] = field(default_factory=list)  # "You have the right to:": items no practice
    safeguard_nouns: set[str] = field(default_factory=set)  # "the confidentiality of X": what a safeguard protects
    technique_nouns: set[str] = field(default_factory=set)  # "IP address anonymisation": a technique named by its data
    safeguard_measures: set[str] = field(default_factory=set)  # "procedures to ensure that X is only processed …"
    combination_markers: list[re.Pattern[str]] = field(default_factory=list)  # "not … together with Y": no denial
    linking_verbs: set[str] = field(default_factory=set)  # "X is not connected to Y": a denied link, no denial
    relation_participles: set[str] = field(default_factory=set)  # "IDs associated with the TV": a relation, no practice
    data_governance_nouns: set[str] = field(default_factory=set)  # "your data protection rights": no data named
    scope_limits: set[str] = field(default_factory=set)  # "X we store is limited to Y": Y is what X consists of
    form_nouns: set[str] = field(default_factory=set)  # "X takes the form of Y": Y is what X consists of
    retention_limits: list[re.Pattern[str]] = field(default_factory=list)  # "not keep X longer than": a period
    denial_hedges: set[str] = field(default_factory=set)  # "we do not normally access X": a hedged denial, no tuple
    topic_words: set[str] = field(default_factory=set)  # "choices regarding the collection of X": a topic, no practice
    disclosure_items: set[str] = field(default_factory=set)  # "The categories of personal information it has collected"
    sign_in_particles: set[str] = field(default_factory=set)  # "log into your account": signing in, no logging
    feature_words: set[str] = field(default_factory=set)  # "评论", "拍照": acts that also name a feature
    feature_name_ends: list[re.Pattern[str]] = field(default_factory=list)  # "、点赞等功能": what makes them a feature
    # "录音" -> media.audio: a verb that names the data it makes, a collection of it as the predicate after a lead
    data_verbs: dict[str, str] = field(default_factory=dict)
    data_verb_leads: list[re.Pattern[str]] = field(default_factory=list)  # "不会在后台静默": what makes it the predicate
    data_verb_services: list[re.Pattern[str]] = field(default_factory=list)  # "分析服务": a service named only when denied
    # device.apps -> [查询]: verbs that read the named data when the service does them ("查询已安装的应用列表")
    data_reads: dict[str, list[str]] = field(default_factory=dict)
    # financial.transactions -> [订单支付, 收入结算]: activities of a purpose entrusted to embedded SDKs that name the data
    # the SDKs handle for it ("（3）用于支付相关服务，包括订单支付、交易行为核验、收入结算")
    entrusted_activities: dict[str, list[str]] = field(default_factory=dict)
    # 读取, 写入 …: the verb a data term opens with ("读取外部存储", "读取手机状态"), its predicate when none governs it
    term_verbs: list[str] = field(default_factory=list)
    jurisdiction_marks: list[re.Pattern[str]] = field(default_factory=list)  # "outside your country": a jurisdiction
    transfer_places: list[re.Pattern[str]] = field(default_factory=list)  # "transfer X to other countries": no recipient
    business_transfers: list[re.Pattern[str]] = field(default_factory=list)  # "in a merger": a transfer to a buyer
    denial_exceptions: list[re.Pattern[str]] = field(default_factory=list)  # "not shared, except X": X not denied
    nothing_exceptions: list[re.Pattern[str]] = field(default_factory=list)  # "holds nothing but X": X not denied
    denial_list_exceptions: list[re.Pattern[str]] = field(default_factory=list)  # "do not share X other than:"
    legal_process_exceptions: list[re.Pattern[str]] = field(default_factory=list)  # "without a court order"
    listed_denial_exceptions: list[re.Pattern[str]] = field(default_factory=list)  # "not X except the following:"
    restated_data_intros: list[re.Pattern[str]] = field(default_factory=list)  # "Information about a request is limited to:"
    usage_practice_denials: list[re.Pattern[str]] = field(default_factory=list)  # "There are no analytics": usage
    # "We do not use third-party analytics services": usage not collected, by us and the tool's party
    usage_tool_denials: list[re.Pattern[str]] = field(default_factory=list)
    verb_prefixes: set[str] = field(default_factory=set)  # "re-distribute": parsed as the verb "redistribute"
    phrasal_verbs: dict[str, str] = field(default_factory=dict)  # "turn over" -> share: a verb read with its particle
    # "X can be used to identify you / to infer your location": what the data could reveal, no practice on it
    capability_purposes: set[str] = field(default_factory=set)
    # "Our Site may contain links to third party websites": a line about sites reached by links, whose own practices
    # (what those sites may collect) are no practice of the service
    linked_sites: list[re.Pattern[str]] = field(default_factory=list)
    # "We have a data sharing agreement with providers so they can only use your data to:": what an agreement binds
    # the other party to is no practice stated
    agreement_nouns: set[str] = field(default_factory=set)

    def all_cue_words(self) -> set[str]:
        return (set(self.verbs) | self.user_provides | self.negations | set(self.exclusions) | self.user_controls
                | self.inability | set(self.protected_words) | self.blocking_verbs)

    def section_action(self, heading: str) -> str | None:
        """The action a section heading implies for verbless lines under it: collect/share/store/use/sdk/none, or a
        denial (not_collect/not_share) when the heading itself denies."""
        text = heading.lower() if self.language == "en" else heading
        for action in ("none", "not_share", "not_collect", "sdk", "share", "store", "collect", "use"):
            if any_match(self.section_actions.get(action, []), text):
                return action
        return None

    def calls_anonymous(self, text: str, in_compounds: bool = False) -> bool:
        """Whether `text` has a word of `anonymity_qualifiers` ("Anonymised", "aggregate", "non-personal"): a word
        between characters other than letters, digits, "_" and "-" ("non-aggregate data" has none), or with
        `in_compounds` also one joined to others by hyphens ("non-aggregate", "aggregate-level")."""
        words = self._anonymity_words
        return bool(words) and _words_regex(words, in_compounds).search(text.lower()) is not None

    @cached_property
    def uses_sdk(self) -> re.Pattern[str]:
        """A verb of using or embedding an SDK with an optional 了 ("使用了", "接入"): `sdk_use_verbs` and
        `sdk_embedding_verbs`, longest first; a language listing none has no such verb."""
        return re.compile(alternation(self.sdk_use_verbs | self.sdk_embedding_verbs) + "了?")

    @cached_property
    def example_cue_words(self) -> tuple[tuple[str, ...], ...]:
        """`example_cues` as the lower-case words of each cue (("such", "as"), ("e.g.",))."""
        return tuple(tuple(cue.lower().split()) for cue in self.example_cues)

    @cached_property
    def example_prepositions(self) -> frozenset[str]:
        """The last word of each example cue ("as", "including", "like"): the preposition the parser hangs the
        examples on."""
        return frozenset(words[-1] for words in self.example_cue_words)

    @cached_property
    def examples_before(self) -> re.Pattern[str]:
        """An example cue ending a text, a comma allowed after it ("advertising partners such as")."""
        return re.compile(rf"\b{alternation(self.example_cues)},?\s*$", re.I)

    @cached_property
    def _anonymity_words(self) -> tuple[str, ...]:
        """`anonymity_qualifiers` sorted once: the alternatives of `calls_anonymous`'s regex."""
        return tuple(sorted(self.anonymity_qualifiers))

    def sdk_field(self, label: str) -> str | None:
        """The role of an SDK-list field label or table header: name/provider/purpose/data/link, or one of a data
        table's examples/disclosed_to/sold_or_shared/retention/collected columns."""
        text = label.strip().strip("：:*").strip()
        if self.language == "en":
            text = text.lower()
        elif " " in text or "\u3000" in text:
            # a Chinese label sets no words apart: "第三方 SDK 名称" is the label "第三方SDK名称"
            text = re.sub(r"\s+", "", text)
        for role in ("examples", "data", "purpose", "provider", "link", "name", "disclosed_to", "sold_or_shared",
                     "retention", "collected"):
            if any_match(self.sdk_fields.get(role, []), text):
                return role
        return None


# The corporate events of a merger clause ("合并", "被宣告破产", "资产转让", "出售全部股份"): the Chinese extractor states
# the clause's transfer of personal information with the event as its verb (`zh._continue_merger`), and compare
# reads a statement with that verb as a transfer, not as sharing with a processor (`coverage.TRANSFER_VERBS`).
MERGER_EVENTS = r"合并|并购|收购|兼并|重组|分立|破产|资产(?:转让|出售)|出售(?:全部|部分)?(?:股份|资产)"


def alternation(words: set[str] | list[str]) -> str:
    """A regex group matching any of `words`, the longest first ({"如果", "如"} → "(?:如果|如)"); it matches nothing
    when there are none."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return f"(?:{'|'.join(map(re.escape, ordered))})" if ordered else "(?!)"


@lru_cache(maxsize=None)
def _words_regex(words: tuple[str, ...], in_compounds: bool) -> re.Pattern[str]:
    """Any of `words` as a word of its own, or with `in_compounds` also as a part of a hyphenated word."""
    edge = r"\w" if in_compounds else r"[\w-]"
    return re.compile(rf"(?<!{edge})(?:{'|'.join(map(re.escape, words))})(?!{edge})")


def is_sale(verb: str) -> bool:
    """A selling verb (出售, sell, rent…): denying a sale says nothing about SDKs collecting data."""
    return bool(verb) and any(verb in load_lexicon(lang).sale_verbs for lang in ("zh", "en"))


def _field_value(kind: str, value, flags: int):
    """A cue-file value read as its Lexicon field type: words as a set or list, patterns compiled, or patterns per key."""
    if kind == "set[str]":
        return set(value or [])
    if kind == "list[str]":
        return list(value or [])
    if kind == "list[re.Pattern[str]]":
        return compile_patterns(value, flags)
    if kind == "dict[str, str]":
        return {word: action for action, words in (value or {}).items() for word in words}
    if kind == "dict[str, list[str]]":
        return {key: list(entries) for key, entries in (value or {}).items()}
    if kind == "dict[str, list[re.Pattern[str]]]":
        return {key: compile_patterns(entries, flags) for key, entries in (value or {}).items()}
    raise TypeError(f"no cue-file reading for a field of type {kind}")


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """The cues of `lang`: every Lexicon field is read from the key of the same name, by its declared type; a new
    cue key needs only its field declaration above."""
    data = load_mapping(f"cues/{lang}.yaml")
    flags = re.I if lang == "en" else 0
    verbs: dict[str, str] = {}
    for action in ("store", "use", "collect", "share"):  # later actions win on overlaps
        for verb in data["actions"].get(action, []):
            verbs[verb] = action
    values = {item.name: _field_value(item.type, data.get(item.name), flags)
              for item in fields(Lexicon) if item.name not in ("language", "verbs")}
    return Lexicon(language=lang, verbs=verbs, **values)
