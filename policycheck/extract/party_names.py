"""Which names in a policy denote its operator (first party) and which denote other parties.

`policy_names` decides once per document. Own names, in the order they are taken (the first rule that takes a name
is its reason):
  1. title: the policy's title less its privacy words, and an English title's first capitalised word
     ("Acme Notes Privacy Policy" -> "Acme Notes", "Acme"; "“轻颜相机”隐私政策简明版" -> "轻颜相机"), none when only the
     kind of product is left ("Web Site Privacy Policy");
     page_title (en): the site's name a web page's title sets beside the policy's words ("Privacy Policy | Federal
     Trade Commission", "Privacy and Security: USA.gov", "CDC Digital Media Channel Privacy Policy Notice | Other |
     CDC" -> "CDC Digital Media Channel", "CDC");
     terms_title (en): the catalogued company whose own terms the title names ("GitHub Terms for Additional Products
     and Features" -> "GitHub");
  2. we_definition: a name defined as us in the first 40 paragraphs ("欢迎您使用示例科技有限公司（以下简称“我们”）",
     "**TrickTrack** ("we," "our," or "us")", "mastodon.me.uk (hereafter “we”, “us” or “the service”)",
     "At Acme, we design products …"); we_alias (zh): a name quoted beside “我们” in one definition, even a catalogued
     one, with a company's name also without its 公司 ("（以下简称“我们”或“腾讯公司”）" -> "腾讯公司", "腾讯";
     "（以下统称“网易”或“我们”）" -> "网易");
  3. product (zh): the product named before "及相关服务" again and again, or opening the policy's own 《…》 titles,
     when it holds a data word ("当你使用轻颜相机及相关服务时");
  4. catalogued_product (zh): a catalogued product used ten times or more after 使用/登录, also in quotes
     (使用“百度”移动应用), with the catalogued company whose brand opens it (百度, 百度公司);
     catalogued_subject (en): a catalogued name opening five or more sentences ("Cloudflare will not share …");
  5. frequent (en): a capitalised or camel-case name repeated five times or more ("CodeCombat", "ContentDB"), not a catalogued
     party nor a brand or platform of a catalogued product's name ("YouTube", "Android": `_catalogued_brands`) nor a
     tool "we use", and not another party's by the phrases around it ("we share … with Harbour Bank")
     unless it shares a word with a name of rules 1-4, 6-7, 9 or of a ("Acme", "we") definition ("MyRidgeline" beside
     "Ridgeline State University");
     frequent (zh): a Latin brand with a Chinese data word named as an app and repeated five times ("QQ邮箱APP");
     practice_subject (zh): an uncatalogued Latin name written twice or more as the subject of a practice verb and
     five times or more in all, not a tool the policy uses ("Mozilla 会收集…", "Mozilla 收集技术和交互数据");
  6. opening_subject (en): the name the first sentence opens on as its subject ("Bug Alert will never sell …"), also
     after "The" ("The Organic Maps project doesn't collect …");
  7. controller (en): the declared data controller with its long form ("the DfE is the data controller",
     "Department for Education (DfE)");
  8. short_name: a short name given to the service ("示例App（以下简称“本应用”）", 'Acme Inc. ("Acme", "we")'), not to
     data, a technique or outside parties ("收件地址（简称“活动信息”）", "第三方支付机构（…以下称“支付机构”）");
  9. own_definition (en): a short name a company gives itself, capitalised or not ("npm, Inc., or npm for short",
     "Acme Ltd (hereinafter Acme)", "Acme LLC (the “Company”)"), and the service with its operator named in the
     opening ("example.com is operated by Acme Ltd"), but not a name of rules 1-8 with its legal form ("IOTA Ltd");
     declared before rule 5 weighs repeated names.
  10. built_app (en): the app of the common template's opening ("Jane Doe built the Collection of Inspiration app as a
     Free app"), taken after the title;
  11. data_collector (en): an uncatalogued name the policy speaks of "the data X collects" ("This is the data PluralKit
     collects:") or opens a paragraph on as the collector of information ("TrendWeight only collects information
     that's needed …"), not another party's by the phrases around it (rule 5) nor one whose privacy policy the reader
     is sent to;
  12. abbreviation (en): the initials given in parentheses to a name of rules 1-11 ("Mozilla Location Services (MLS)"),
     or written alone at least twice ("Federal Trade Commission" -> "FTC"; also of the operator the sites are "owned and
     operated by": "Selective Service System" -> "SSS"), and an own name's domain ("USAID.gov");
     spelled_out (en): the spelled-out form of own initials written at least twice ("USGS" -> "U.S. Geological
     Survey").
Other parties' names, which are never own names:
  a. zh: the short name given to a company named as provider or recipient
     ("功能由上海盛付通电子支付服务有限公司（以下简称“盛付通”）向您提供" -> "盛付通");
  b. en: the first word of an uncatalogued tool the policy says it uses ("We use Plausible to …" -> "Plausible"; not a
     legal instrument: "We use Standard Contractual Clauses (SCC) to …"), or of a name set beside the kind of provider
     it is for us ("to Cerence, our speech-recognition provider").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from os.path import commonprefix

from ..records import Document
from ..taxonomy import EntityCatalog, data_matcher
from ..taxonomy.matcher import fold
from .en.words import USER_NOUNS
from .lexicon import Lexicon, any_match

__all__ = ["PolicyNames", "policy_names"]


@dataclass(frozen=True)
class PolicyNames:
    """The names a policy uses for itself (`own`, in the order chosen) and for other parties (`others`)."""

    own: tuple[str, ...]
    others: tuple[str, ...]
    reasons: tuple[tuple[str, str], ...] = ()  # (own name, the rule that took it: "title", "controller", …)

    def reason(self, name: str) -> str | None:
        """The rule that made `name` an own name, None for a name that is not one."""
        return dict(self.reasons).get(name)


def policy_names(document: Document, entities: EntityCatalog, lexicons: dict[str, Lexicon]) -> PolicyNames:
    """The own names and other parties' names of `document` (rules in the module docstring)."""
    others = other_party_names(document, entities)
    text = "\n".join(block.text for block in document.blocks)
    chosen: dict[str, str] = {}  # own name -> its rule, in the order taken

    def take(names: list[str], reason: str) -> None:
        for name in names:
            chosen.setdefault(name, reason)

    take(_title_names(document), "title")
    take(_terms_title_names(document, entities), "terms_title")
    take(_page_title_names(document, entities), "page_title")
    take(_built_app_names(document), "built_app")
    take(_we_defined_names(document), "we_definition")
    take(_we_alias_names(document), "we_alias")
    product = product_name(document, lexicons["zh"], entities)
    if product and data_matcher("zh").find(fold(product)):
        take([product], "product")  # only needed when the name holds a data word: "轻颜相机及相关服务"
    take(own_catalogued_names(document, entities, text),
         "catalogued_subject" if document.language == "en" else "catalogued_product")
    opening, controller = _opening_subject(document, entities), _controller_names(document, entities)
    opening += [name for name in _opening_subject_after_the(document, entities) if name not in opening]
    opening += [name for name in _opening_name_with_initials(document, entities) if name not in opening]
    defined = _own_definitions(document, entities)
    declared = list(chosen) + opening + controller + defined + [
        alias for block in document.blocks[:60] if block.language == "en" for alias in _defined_aliases(block.text)]
    take([name for name in _frequent_names(document, entities, text)
          if name in declared or not _names_another_party(document, text, name, declared)], "frequent")
    if document.language == "zh":
        take(_zh_practice_subject_names(text, entities), "practice_subject")
    take(opening, "opening_subject")
    take(controller, "controller")
    take(_short_names(document, entities, others), "short_name")
    # "IOTA Ltd" beside "IOTA": the legal form adds nothing (a name is matched with or without it)
    take([name for name in defined if re.sub(rf",? {CORPORATE_SUFFIX}$", "", name) not in chosen], "own_definition")
    take([name for name in _data_collector_names(document, entities, text)
          if not _names_another_party(document, text, name, [])], "data_collector")
    take(_own_abbreviations(document, list(chosen)), "abbreviation")
    take(_own_initials_and_home_names(document, list(chosen)), "abbreviation")
    take([name for name in _zh_scope_operator_names(document, entities) if name not in others], "scope_operator")
    take(_spelled_out_initials(document, list(chosen)), "spelled_out")
    # "IOTA Ltd" beside an "IOTA" taken before: the legal form adds nothing, as for `own_definition`
    take([name for name in _self_described_names(document, entities) if name not in others
          and re.sub(rf",? {EN_LEGAL_FORM}$", "", name) not in chosen], "self_described")
    # the initials of a self-described operator the policy writes alone ("the Selective Service System" -> "SSS")
    take(_own_initials_and_home_names(document, [name for name, reason in chosen.items() if reason == "self_described"]),
         "abbreviation")
    own = [name for name in chosen if name not in others]
    return PolicyNames(own=tuple(own), others=tuple(others), reasons=tuple((name, chosen[name]) for name in own))


# -- own names: title, definitions, products -------------------------------------------------------------------------

ZH_ALIAS = re.compile(r"(?:简称|称为|下称|以下称|合称)[为]?\s*[“\"「『]([^”\"」』]{1,24})[”\"」』]")
EN_ALIAS = re.compile(r"\(\s*(?:collectively,?\s*|hereinafter\s*)?[“\"]([^”\"]{2,40})[”\"][^)]{0,80}\b(?:we|us|our)\b", re.I)
NOT_ALIASES = {"本政策", "本隐私政策", "隐私政策", "本协议", "本指引", "我们", "policy", "privacy policy", "this policy",
               "services", "service", "site", "website", "you", "your", "user", "users", "personal information",
               "we", "us", "our",
               # the person the policy addresses ("用户（以下简称为“您”）"), never the service
               "您", "你", "您们", "你们", "用户"}
TITLE_SUFFIX = re.compile(r"(?i)[\s:：\-–—|]*(?:mobile app |app |online )?(?:privacy|data protection|隐私|个人信息保护)"
                          r"[\s\w]*$|(?:隐私权?政策|隐私保护指引|隐私协议|个人信息保护政策|用户协议).*$"
                          r"|(?i:(?:^|\s+)(?:telemetry|subprocessors)\b[\s\w]*$)")
# a title that names the policy's subject by what it documents ("Acme Notes Privacy Policy", ".NET SDK telemetry",
# "HEY subprocessors")
TITLE_POLICY_WORDS = re.compile(r"(?i)privacy|隐私|隱私|个人信息|個人資料|\btelemetry\b|\bsubprocessors\b")
# the policy's words before the name in a title that names it last ("Privacy Policy of Multi-Calculator")
# (also privacy named among its neighbours: "Data, Privacy, and Security for Microsoft Copilot for Microsoft 365")
TITLE_PREFIX = re.compile(r"(?i)^\s*(?:the\s+)?(?:(?:privacy|data protection)\s+(?:policy|notice|statement)"
                          r"|(?:(?:data|security|compliance|privacy),?\s+)+(?:and\s+)?"
                          r"(?:data|security|compliance|privacy)(?<!\bdata))\s+(?:of|for)\s+"
                          r"(?:the\s+)?")
# a heading that opens a section, not the policy's title
SECTION_HEADING = re.compile(r"^\s*(?:第[一二三四五六七八九十\d]+[条章部]|[一二三四五六七八九十]+[、.．]|[（(]?\d+(?:\.\d+)*[、.．)）\s]"
                             r"|[（(][一二三四五六七八九十]+[)）])|我们|我行|如何|(?i:how we)")
# the operator's affiliates, which a definition of us may add to the operator's name ("深圳雷霆信息技术有限公司及关联公司
# （以下简称“雷霆公司”或“我们”）", "多益网络及其运营关联单位（以下简称“我们”）"): a third party where the policy names them alone
# ("我们可能会与我们的关联公司共享您的个人信息"), never an own name
AFFILIATES = re.compile(r"^其?(?:运营)?关联(?:方|公司|企业|单位)$")
WE_DEFINITION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9（）()·&]{2,40}?)(?:[及和与]其?(?:运营)?关联(?:方|公司|企业|单位))?"
                           r"[（(](?:以下|下文)?(?:简称|称)[^）)]{0,30}我们")
# an English name (capitalised words, or a domain) just before a parenthesis that quotes "we" / "us" / "our"
EN_WE_DEFINITION = re.compile(
    r"((?<![\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?<![\w'’-])[A-Z][\w&'’+.-]*(?:\s+(?:of|for|and|&|[A-Z0-9][\w&'’+.-]*))*)"
    r"[*_]{0,2}\s*\(\s*(?:collectively,?\s*|here(?:in)?after,?\s*|hereby referred to as\s*|referred to as\s*)?"
    r"[“\"‘']+(?:we|us|our)[,.]?[”\"’'][^)]{0,80}\)")
# "At Acme, we design products with your privacy in mind": the name a sentence (or heading) opens on before "we"
# ... and the name whose own history an opening phrase speaks of before "we": "Throughout Sentry’s history, we’ve
# operated under a policy of privacy by default", "Since Acme's founding, we …"
EN_AT_WE = re.compile(r"(?:^|[.!?]\s+)(?:#+\s*)?(?:At ((?:[A-Z][\w&'’.-]*)(?: [A-Z][\w&'’.-]*){0,2})|"
                      r"(?:Throughout|Since|Over|In) ((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,2})['’]s "
                      r"(?:whole |entire |long |\d+-year )?(?:history|founding|beginnings?|existence)),? we\b")
WELCOME = re.compile(r"^.*?欢迎(?:您|你)?(?:使用|选择|来到|访问)")
# "（以下简称…）" after these names data, a technique or outside parties, not the service
NOT_OWN_REFERENT = re.compile(r"(?i)第三方|合作|关联方|供应商|服务商|技术|工具|图像|标识符|sdk|cookie")
COMMON_CAPITALISED = {"We", "Our", "You", "Your", "The", "This", "If", "When", "For", "In", "To", "Privacy", "Policy",
                      "Information", "Data", "Personal", "Notice", "Settings", "Service", "Services", "App", "Please",
                      "Section", "United", "States", "California", "European", "Union", "Terms", "Use", "These",
                      "Any", "All", "Some", "Other", "Each", "It", "As", "At", "By", "On", "Of", "Or", "And", "With",
                      "Cookies", "Cookie", "Learn", "More", "Contact", "Us", "Last", "Updated", "Effective", "Date",
                      "Account", "Only"}
PRODUCT_BEFORE = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,12})及相关服务")
BOOK_TITLE = re.compile(r"《([^《》]{3,40})》")
# a privacy policy's title: a policy has one of its own, so a name that begins two of them (《百度统计隐私政策》, 《百度慧推隐私
# 政策》; 《美团打车隐私政策》, 《美团金融隐私政策》) is another company whose policies are cited, not this product
PRIVACY_POLICY_TITLE = re.compile(r"隐私(?:权)?(?:保护)?(?:政策|声明|协议|指引)$")
# a law or regulation cited by the policy (《中华人民共和国网络安全法》, 《儿童个人信息网络保护规定》), none of its own documents
LAW_TITLE = re.compile(r"(?:法|条例|规定|办法|标准|决定|解释)$")


def _title_line(text: str) -> bool:
    """A plain first line that is the policy's title ("“轻颜相机”隐私政策简明版：个人信息保护指引")."""
    return len(text) <= 40 and not text.rstrip().endswith(("。", ".", "；", ";")) and bool(
        re.search(r"隐私|隱私|个人信息保护", text))


def _title_names(document: Document) -> list[str]:
    """The name the policy's title gives (its first heading among the first 8 blocks, or a plain title line), and the
    first word of a longer English name; [] when the first heading is a section's ("一、我们如何收集…")."""
    for position, block in enumerate(document.blocks[:8]):
        if block.kind != "heading" and not (position == 0 and _title_line(block.text)):
            continue
        if not TITLE_POLICY_WORDS.search(block.text) or SECTION_HEADING.search(block.text):
            return []
        # the policy's words before the name first: the suffix would take "Privacy Policy for Acme Notes" whole
        prefix = TITLE_PREFIX.match(block.text)
        name = (block.text[prefix.end():] if prefix else TITLE_SUFFIX.sub("", block.text)).strip(" 《》“”\"'`")
        if prefix and re.match(r"[a-z]+\b(?![-.])", name):
            return []  # "Privacy notice for end users of …", "… for local authorities, academy trusts and schools"
        if not 2 <= len(name) <= 40 or name.lower() in NOT_ALIASES:
            return []
        if re.fullmatch(r"[A-Za-z ]+", name) and all(word in GENERIC_PRODUCT_WORDS or word == "web"
                                                     for word in name.lower().split()):
            return []  # "# Web Site Privacy Policy", "Website Privacy Policy": the kind of product, no name
        first = name.split()[0]
        if len(name.split()) > 1 and first[:1].isupper() and len(first) >= 3 and first not in COMMON_CAPITALISED:
            return [name, first]
        return [name]
    return []


# the title of a company's own terms ("GitHub Terms for Additional Products and Features", "GitHub Event Terms"): the
# name that opens it, before the words naming the terms
TERMS_TITLE = re.compile(r"^\W*([A-Z][\w.&'’-]*)\s+(?:[A-Z][\w-]*\s+){0,3}Terms\b")


def _terms_title_names(document: Document, entities: EntityCatalog) -> list[str]:
    """The catalogued company whose own terms the document's title names (`TERMS_TITLE`, its first heading among the
    first 8 blocks, English only): the operator of the service the terms cover, ours there and not a third party
    ("GitHub may monitor your use of GitHub Actions" in GitHub's terms). Only a catalogued name: another would be read
    as a third party by no rule."""
    if document.language != "en":
        return []
    block = next((b for b in document.blocks[:8] if b.kind == "heading"), None)
    match = TERMS_TITLE.match(block.text) if block else None
    if not match:
        return []
    name = match.group(1)
    named = entities.find_named(name, "en")
    return [name] if named and named[0].start == 0 and named[0].end == len(name) else []


# a web page's title: the policy's words and the site's name on either side of a separator ("Privacy Policy |
# Federal Trade Commission", "Privacy and Security: USA.gov", "Privacy Policy — PIXL SQUAD", "CDC Digital Media Channel
# Privacy Policy Notice | Other | CDC")
PAGE_TITLE_SEPARATOR = re.compile(r"\s+[|—–]\s+|\s+-\s+")
PAGE_TITLE_POLICY = re.compile(r"(?i)^(?:the\s+)?(?:privacy|security|data protection|cookies?)"
                               r"(?:\s*(?:,|and|&)\s*(?:privacy|security|cookies?))*"
                               r"(?:\s+(?:policy|notice|statement|information|info|page))*$")


def _page_title_names(document: Document, entities: EntityCatalog) -> list[str]:
    """The site's name a web page's title sets beside the policy's words (`PAGE_TITLE_SEPARATOR`): a segment that is
    only the policy's words is dropped, one that ends in them is cut before them ("CDC Digital Media Channel Privacy
    Policy Notice" -> "CDC Digital Media Channel", "CDC"), and any other segment naming a party in capitals is kept
    ("Federal Trade Commission", "USA.gov"; not "how we use your data", "Other", "v0.1"). English only."""
    if document.language != "en":
        return []
    block = next((b for b in document.blocks[:8] if b.kind == "heading"), None)
    if block is None or not TITLE_POLICY_WORDS.search(block.text):
        return []
    segments = []
    for segment in PAGE_TITLE_SEPARATOR.split(block.text):
        # a colon parts the policy's words from the name only ("Privacy and Security: USA.gov", "USAID: Privacy and
        # Security Information"), not a name from its subtitle ("AI Trivia: Quiz Game")
        parts = [p.strip(" *_#`\"'“”‘’") for p in segment.split(": ", 1)]
        if len(parts) == 2 and any(PAGE_TITLE_POLICY.match(p) for p in parts):
            segments.extend(parts)
        else:
            segments.append(segment.strip(" *_#`\"'“”‘’"))
    if len(segments) < 2:
        return []
    if not any(PAGE_TITLE_POLICY.match(s) or TITLE_SUFFIX.search(s) for s in segments):
        return []
    names: list[str] = []
    for segment in segments:
        if PAGE_TITLE_POLICY.match(segment):
            continue
        name = TITLE_SUFFIX.sub("", segment).strip() if TITLE_POLICY_WORDS.search(segment) else segment
        words = name.split()
        if (not words or not 2 <= len(name) <= 40 or not words[0][:1].isupper() or words[0] in COMMON_CAPITALISED
                or name.lower() in NOT_ALIASES or _holds_outside_party(name, entities)
                or not all(w[:1].isupper() or w in ("of", "for", "and", "&", "the") for w in words)):
            continue
        names.append(name)
        if len(words) > 1 and re.fullmatch(r"[A-Z]{3,6}", words[0]):
            names.append(words[0])  # "CDC Digital Media Channel": the initials that open it
    return list(dict.fromkeys(names))


# the country an agency's name may open on ("US EPA", "U.S. Census Bureau"): the rest is its name at home
NATIONAL_PREFIX = re.compile(r"(?:US|U\.S\.|UK|U\.K\.) (?=[A-Z])")


def _own_initials_and_home_names(document: Document, names: list[str]) -> list[str]:
    """The initials of an own name of two capitalised words or more that the policy writes alone at least twice
    ("Federal Trade Commission" -> "FTC", "What Does the FTC Do …"), and an own name without the country it opens on
    when the policy writes it so at least twice ("US EPA" -> "EPA"). English only. (An own name written as its site's
    domain, "USAID.gov uses single-session cookies", is recognised where actors are read: `en.actors._site_of_name`.)"""
    if document.language != "en":
        return []
    text = "\n".join(block.text for block in document.blocks)
    found: list[str] = []
    for name in names:
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w not in ("of", "for", "and", "the")]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            initials = "".join(w[0] for w in words)
            if len(re.findall(rf"(?<![\w.-]){initials}(?![\w-])", text)) >= 2:
                found.append(initials)
        national = NATIONAL_PREFIX.match(name)
        if national is not None and len(re.findall(
                rf"(?<![\w.-]){re.escape(name[national.end():])}(?![\w-])", text)) >= len(re.findall(
                rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text)) + 2:
            found.append(name[national.end():])  # "US EPA" -> "EPA", written alone ("EPA does not use …")
    return list(dict.fromkeys(found))


# a run of capitalised words (with "U.S."-like initials and "of", "for", "and", "the" inside) that may spell out
# initials
CAPITALISED_RUN = re.compile(r"(?<![\w.-])(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*\.?)(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*"
                             r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*\.?))+")
SPELLING_WORDS = {"of", "for", "and", "the", "on"}


def _spelled_out_initials(document: Document, names: list[str]) -> list[str]:
    """The spelled-out form of an own name in capital initials that the policy writes at least twice ("USGS" ->
    "U.S. Geological Survey" of "The U.S. Geological Survey does not collect …"): the same party. English only; the
    converse of `_own_initials_and_home_names`."""
    if document.language != "en":
        return []
    initials = {name for name in names if re.fullmatch(r"[A-Z]{3,7}", name)}
    if not initials:
        return []
    text = "\n".join(block.text for block in document.blocks)
    counts: Counter = Counter()
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words)):
            if words[start] in SPELLING_WORDS or words[start] in ("The", "A", "An"):
                continue
            letters = ""
            for end in range(start, len(words)):
                word = words[end]
                if word not in SPELLING_WORDS:
                    letters += "".join(re.findall(r"[A-Z](?=\.)", word)) if re.fullmatch(r"(?:[A-Z]\.)+", word) \
                        else word[0]
                if letters in initials and words[end] not in SPELLING_WORDS:
                    counts[" ".join(words[start:end + 1]).rstrip(".")] += 1
                if len(letters) >= 7:
                    break
    return [name for name, count in counts.items() if count >= 2 and name not in names]


# "Ying-Han Chen built the Collection of Inspiration app as an Open Source app": the app of a common template's opening
EN_BUILT_APP = re.compile(r"\bbuilt the ([A-Z0-9][\w&'’.-]*(?: [\w&'’.-]+){0,4}?) app as an?\b")


def _built_app_names(document: Document) -> list[str]:
    """The app named by the opening of the common app-policy template ("X built the Collection of Inspiration app as
    a Free app"), in its first 10 paragraphs."""
    if document.language != "en":
        return []
    return list(dict.fromkeys(m.group(1) for block in document.blocks[:10] for m in EN_BUILT_APP.finditer(block.text)))


# "This is the data PluralKit collects", "## What information Scout Machine collects and why": the name whose data the
# policy sets out
EN_DATA_COLLECTOR = re.compile(r"\b(?:data|information) (?:that |which )?((?<![\w.-])[A-Z][\w.&'’-]*(?: [A-Z][\w&'’-]*){0,2})"
                               r" (?:collects|gathers|stores|processes|receives)\b"
                               # ... and the name a paragraph opens on as the collector of bare information
                               # ("TrendWeight only collects information that's needed to make the service work:")
                               r"|^((?<![\w.-])[A-Z][\w.&'’-]*(?: [A-Z][\w&'’-]*){0,2}) (?:only |also )?"
                               r"(?:collects|gathers) (?:only )?(?:the |some |certain |limited |minimal )?"
                               r"(?:information|data)\b", re.M)


def _data_collector_names(document: Document, entities: EntityCatalog, text: str) -> list[str]:
    """The uncatalogued name an English policy (whose blocks' text is `text`) says "the data X collects" of, not one
    whose own privacy policy or notice it sends the reader to ("For more information about the data Scroll collects …,
    see Scroll’s Privacy Notice") nor a word of `COMMON_CAPITALISED`."""
    if document.language != "en":
        return []
    names = []
    for match in EN_DATA_COLLECTOR.finditer(text):
        name = match.group(1) or match.group(2)
        if (name.split()[0] in COMMON_CAPITALISED or _holds_outside_party(name, entities)
                or re.search(rf"\b{re.escape(name)}['’]s? (?i:privacy|terms)", text)):
            continue
        names.append(name)
    return list(dict.fromkeys(names))


def _own_abbreviations(document: Document, names: list[str]) -> list[str]:
    """The initials an English policy gives one of its own names in parentheses ("Firefox Private Network (FPN)")."""
    if document.language != "en":
        return []
    found = []
    for block in document.blocks:
        for name in names:
            words = re.findall(r"[A-Za-z][\w'’-]*", name)
            if len(words) < 2:
                continue
            for m in re.finditer(rf"\b{re.escape(name)}\s+\(([A-Z]{{2,6}})\)", block.text):
                if m.group(1) == "".join(w[0] for w in words).upper():
                    found.append(m.group(1))
    return list(dict.fromkeys(found))


def _we_defined_names(document: Document) -> list[str]:
    """The names the first 40 paragraphs define as us ("欢迎您使用示例科技有限公司（以下简称“我们”）"; in English the
    name just before a parenthesis quoting "we" that gives no capitalised name of its own: "**TrickTrack** ("we," "our," or
    "us")", "published by Infinity Games ("we", "us", "our")", "mastodon.me.uk (hereafter “we”, “us” or “the service”)", and the name before "we" in "At Acme, we design
    products …" or "Throughout Acme's history, we …"; not a single data word: "Files ("we", "us")")."""
    names: list[str] = []
    for block in document.blocks[:40]:
        found = [WELCOME.sub("", re.split(r"[由是为的，,及与和]", match.group(1))[-1]).strip("，,。 ")
                 for match in WE_DEFINITION.finditer(block.text)]
        if block.language == "en":
            for match in EN_WE_DEFINITION.finditer(block.text):
                words = match.group(1).split()
                while words and (words[0] in COMMON_CAPITALISED or words[0] in ("of", "for", "and", "&")):
                    words.pop(0)  # "This Privacy Policy for Acme Notes": the sentence's words before the name
                if words and not any(alias[:1].isupper() for alias in _defined_aliases(match.group())) and not (
                        len(words) == 1 and data_matcher("en").find(fold(words[0]))):
                    found.append(" ".join(words))
            found += [name for match in EN_AT_WE.finditer(block.text) for name in [match.group(1) or match.group(2)]
                      if not data_matcher("en").find(fold(name))]
        for name in found:
            if AFFILIATES.match(name):
                continue  # "成都西山居世游科技有限公司”及其关联公司（以下简称“我们”）": the operator, named in quotes
            if 2 <= len(name) <= 40 and name not in names and name.lower() not in NOT_ALIASES:
                names.append(name)
    return names


# two names quoted side by side in a definition, one of them "我们" ("（以下简称“我们”或“腾讯公司”）", "（以下统称“网易”或
# “我们”）", "（下文亦称"米哈游"或"我们"）")
WE_ALIAS_PAIR = re.compile(r"(?:简称|称为|统称|下称|以下称|合称|亦称|又称|也称)为?\s*[“\"「]([^“”\"「」]{1,24})[”\"」]\s*(?:或者?|和|及|、)"
                           r"\s*[“\"「]([^“”\"「」]{1,24})[”\"」]")


def _we_alias_names(document: Document) -> list[str]:
    """The names the first 40 paragraphs quote beside “我们” in one definition, with a company's name also without its
    公司 ("腾讯公司" -> "腾讯")."""
    names: list[str] = []
    for block in document.blocks[:40]:
        if block.language != "zh":
            continue
        for match in WE_ALIAS_PAIR.finditer(block.text):
            pair = [match.group(1).strip(), match.group(2).strip()]
            if "我们" not in pair:
                continue
            name = pair[1 - pair.index("我们")]
            if name in NOT_ALIASES or name in ("本公司", "公司") or name in names:
                continue
            names.append(name)
            if name.endswith("公司") and len(name) >= 4 and name[:-2] not in names:
                names.append(name[:-2])
    return names


# a company's legal form after its name ("npm, Inc.", "Acme Ltd", "Glimmer Labs OÜ")
CORPORATE_SUFFIX = r"(?:Inc|Ltd|LLC|L\.L\.C|GmbH|B\.V|AG|AB|SAS|S\.A|OÜ|PBC|Pty Ltd|Limited|Corp|Corporation)\.?"
# an English name, capitalised or not ("npm", "Acme Notes", "example.com")
EN_ANY_NAME = r"[A-Za-z0-9][\w.&'’-]*(?: (?:of |for |and |& )?[A-Z0-9][\w.&'’-]*){0,4}"
# "npm, Inc., or npm for short": the short name a company gives itself
EN_FOR_SHORT = re.compile(rf"(?<![\w.-])({EN_ANY_NAME}),?(?: {CORPORATE_SUFFIX})?,? or (?:just |simply )?[“\"‘']?"
                          r"([\w.&'’-]+(?: [\w.&'’-]+){0,2}?)[”\"’']? for short\b")
# "Acme Ltd (hereinafter Acme)", "Acme Ltd (hereinafter referred to as "Acme")", "Acme LLC (the “Company”)": a company
# naming itself for the rest of the policy
EN_HEREINAFTER = re.compile(
    rf"(?<![\w.-])({EN_ANY_NAME}),? ({CORPORATE_SUFFIX} )?\(\s*(?:(here(?:in)?after|herein|from now on),?\s+"
    r"(?:(?:referred to|known) as\s+|called\s+)?(?:the\s+)?[“\"‘']?([\w.&'’-]+(?: [\w.&'’-]+){0,2}?)[”\"’']?"
    r"|(?:the\s+)?[“\"‘'](Company|Operator|Controller|Data Controller|Provider|Developer|Publisher)[”\"’'])\s*\)")
# "example.com is operated by Acme Ltd", "The Teaching Vacancies service is run by the Department for Education": the
# service the policy covers and its operator, named in its opening
EN_OPERATED_BY = re.compile(
    r"(?:^|[.!?]\s+)(?:[Tt]he |[Tt]his )?((?<![\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)+|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"
    r"(?: \([A-Z][\w.]{1,9}\))?(?: (?:service|app|application|website|site|platform))? is (?:owned and |currently )?"
    r"(?:operated|run|provided|maintained|published|developed|owned)(?: and (?:operated|maintained|run))? by (?:the )?"
    r"([A-Z][\w.&'-]*(?:,? (?:(?:of|for|and|&) )?[A-Z][\w.&'-]*)*)")


def _own_definitions(document: Document, entities: EntityCatalog) -> list[str]:
    """The names the opening of an English policy (its first 40 paragraphs) gives its operator or service, capitalised
    or not: the short name a company gives itself ("npm, Inc., or npm for short" -> "npm"; "Acme Ltd (hereinafter
    Acme)" -> "Acme", not "our bots for Slack (hereinafter the "Bots")"; "Acme LLC (the “Company”)" -> "Acme LLC"),
    and the service with the operator it is run by in the first 15 paragraphs ("example.com is operated by Acme Ltd"
    -> "example.com", "Acme Ltd"); not a data word, a catalogued third party ("Google Analytics is provided by
    Google") or a word any policy capitalises."""
    names: list[str] = []
    data = data_matcher("en")

    def add(name: str) -> None:
        name = re.split(r"(?<=[a-z]{2}\.) (?=[A-Z][a-z])", name)[0].strip(" ,.")  # "Acme Ltd. We …": the sentence ends
        words = name.split()
        while words and words[0] in COMMON_CAPITALISED:
            words.pop(0)  # "This Privacy Policy …", "When npm …": the sentence's words before the name
        name = " ".join(words)
        if (2 <= len(name) <= 40 and name.lower() not in NOT_ALIASES and name not in COMMON_CAPITALISED
                and name not in names and not data.find(fold(name)) and not _holds_outside_party(name, entities)):
            names.append(name)

    for position, block in enumerate(document.blocks[:40]):
        if block.language != "en":
            continue
        for match in EN_FOR_SHORT.finditer(block.text):
            add(match.group(2))
        for match in EN_HEREINAFTER.finditer(block.text):
            if match.group(5):  # "(the “Company”)": the name before it
                add(match.group(1) + (" " + match.group(2).strip() if match.group(2) else ""))
            elif (match.group(2) or re.search(rf"\b{CORPORATE_SUFFIX}$", match.group(1))
                  or match.group(1)[:1].isupper() and _shares_a_word(match.group(4), [match.group(1)])):
                add(match.group(4))  # "Acme Ltd (hereinafter Acme)", not "personal data (hereinafter "Data")"
        if position < 15:
            for match in EN_OPERATED_BY.finditer(block.text):
                if not any(_holds_outside_party(name, entities) for name in match.groups()):
                    add(match.group(1))
                    add(match.group(2))
    return names


# a legal form a company from elsewhere writes after its name ("Monkey See Monkey Do SIA", "thoughtbot, inc.")
EN_LEGAL_FORM = r"(?:(?i:Inc|Ltd|LLC|GmbH|Corp|Limited)|SIA|UAB|OÜ|AS|ApS|Oy|AB|BV|B\.V|SAS|S\.A|S\.r\.l|SpA|PBC)\.?"
# a name written as a company or service names itself: capitalised words, or any word before its legal form
EN_SELF_NAME = (rf"((?<![\w.-])(?:[A-Za-z0-9][\w.&'’-]*,? {EN_LEGAL_FORM}(?!\w)"
                r"|[A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4}(?:,? " + EN_LEGAL_FORM + r"(?!\w))?))")
# "This Privacy Policy governs the manner in which Acme SIA collects, uses …", "This notice describes how Acme Ltd
# collects …", "This privacy policy informs you about how Acme Foundation Ltd. (AF) processes …": the policy's own
# subject, named as the one whose practices it describes (its initials in parentheses after it are its own: see
# `_own_initials_and_home_names`)
EN_POLICY_OF = re.compile(r"(?i:\b(?:policy|notice|statement) (?:governs|describes|explains|sets out|"
                          r"informs you (?:about|of)|tells you) (?:the manner in which|how) )(?:the )?" + EN_SELF_NAME
                          + r"(?: \([A-Z][A-Za-z]{1,7}\))?"
                          r" (?i:collects|uses|gathers|processes|handles|maintains|treats)\b")
# "We transfer information about you if thoughtbot, inc. or Hound is acquired by or merged with another company",
# "If Acme is involved in a merger": the business that may be sold is the policy's own
EN_OWN_TRANSFER = re.compile(r"\b(?:[Ii]f|[Ee]vent(?: that)?|[Ss]hould) (?:the )?" + EN_SELF_NAME
                             + r"(?: or (?:the )?" + EN_SELF_NAME + r")? (?:is|are|were|was) (?:ever )?"
                             r"(?:acquired|sold|merged|involved in (?:a |an |any )?(?:merger|acquisition|sale|bankruptcy))\b")

# "These websites are referred to as “CMS.gov” throughout the rest of this notice and are maintained and operated by the
# Centers for Medicare & Medicaid Services (CMS)": the operator of the sites the policy covers, with its initials, and
# the short name it gives them
EN_SITES_RUN_BY = re.compile(r"(?:[Tt]h(?:is|ese)|[Tt]he) (?:[\w-]+ ){0,4}(?:websites?|sites?|services?|apps?|"
                             r"applications?|platforms?) (?:is|are) (?:[^.!?]|\.(?=\w)){0,100}?\b(?:operated|maintained|run|owned) by "
                             r"(?:the )?([A-Z][\w.&'-]*(?:,? (?:(?:of|for|and|&) )?[A-Z][\w.&'-]*)*)(?: \(([A-Z][A-Za-z.]{1,9})\))?")
EN_SITES_REFERRED_AS = re.compile(r"(?:websites?|sites?|services?|apps?|applications?|platforms?) (?:is|are) "
                                  r"(?:collectively )?referred to as [“\"]([^”\"]{2,30})[”\"]")
GENERIC_PRODUCT_WORDS = {"service", "services", "site", "sites", "website", "websites", "app", "apps", "application",
                         "applications", "platform", "platforms"}


# a Chinese policy's scope sentence naming who publishes or runs what it covers ("本隱私權公告適用對象為由 Mozilla 發佈，最新
# 一般釋出版本的 Firefox", "本隱私權公告適用於由 Mozilla 營運的網站及行動應用程式", read in simplified characters)
ZH_SCOPE_OPERATOR = re.compile(r"本[^。；;，,]{0,8}?(?:公告|政策|声明|指引|条款)[^。；;，,]{0,4}?适用(?:对象为|对象是|于)\s*由\s*"
                               r"([A-Z][A-Za-z0-9.&'-]*(?: [A-Z][A-Za-z0-9.&'-]*){0,2}"
                               r"|[\u4e00-\u9fff]{2,24}?(?:公司|集团))\s*"
                               r"(?:发布|发行|营运|运营|经营|开发|提供)")


def _zh_scope_operator_names(document: Document, entities: EntityCatalog) -> list[str]:
    """The operator a Chinese policy's scope sentence names (`ZH_SCOPE_OPERATOR`); not a catalogued third party."""
    names: list[str] = []
    for block in document.blocks:  # (a block full of domain names may read as English: "…，包括 mozilla.org、…")
        for match in ZH_SCOPE_OPERATOR.finditer(block.text):
            name = match.group(1).strip()
            if name not in names and not _holds_outside_party(name, entities):
                names.append(name)
    return names


def _self_described_names(document: Document, entities: EntityCatalog) -> list[str]:
    """Names an English policy gives its own business where it describes its practices or its sale: the subject of
    "This Privacy Policy governs the manner in which X collects …" (also "describes how X collects", "informs you about
    how X (XI) processes"), and the business
    that may be acquired ("if X or Y is acquired by or merged with another company", "If X is involved in a merger"),
    and in the opening 15 paragraphs the operator of the sites it covers with its initials ("These websites … are
    maintained and operated by the Centers for Medicare & Medicaid Services (CMS)") and the name it gives them ("are
    referred to as “CMS.gov”"); each also without its legal form ("thoughtbot, inc." -> "thoughtbot"). Not a word any policy capitalises, a data
    word or a catalogued third party."""
    names: list[str] = []
    data = data_matcher("en")

    def add(name: str | None) -> None:
        if not name:
            return
        name = re.split(r"(?<=[a-z]{2})\. (?=[A-Z])", name)[0].strip(" ,.")  # "… Agency. Information": it ends
        words = name.split()
        while words and words[0] in COMMON_CAPITALISED:
            words.pop(0)
        name = " ".join(words)
        bare = re.sub(rf",? {EN_LEGAL_FORM}$", "", name).strip(" ,")
        for form in (name, bare):
            if (2 <= len(form) <= 40 and form.lower() not in NOT_ALIASES and form not in COMMON_CAPITALISED
                    and form.lower() not in ("we", "us", "it", "company", "the company") and form not in names
                    and not data.find(fold(form)) and not _holds_outside_party(form, entities)):
                names.append(form)

    for position, block in enumerate(document.blocks):
        if block.language != "en":
            continue
        if position < 15:
            for match in EN_SITES_RUN_BY.finditer(block.text):
                add(match.group(1))
                add(match.group(2))
            for match in EN_SITES_REFERRED_AS.finditer(block.text):
                if match.group(1).strip(" *").lower() not in GENERIC_PRODUCT_WORDS:
                    add(match.group(1))
        for match in EN_POLICY_OF.finditer(block.text):
            add(match.group(1))
        for match in EN_OWN_TRANSFER.finditer(block.text):
            add(match.group(1))
            add(match.group(2))
    return names


def product_name(document: Document, lex: Lexicon, entities: EntityCatalog | None = None) -> str:
    """The product a Chinese policy names before "及相关服务" again and again ("当你使用轻颜相机及相关服务时"): the
    longest ending shared by most of those places, without a leading verb or preposition; else the name its own
    documents' titles begin with (《WiFi万能钥匙收集个人信息清单》, 《WiFi万能钥匙权限申请与使用情况说明》), when that is not a
    catalogued party of `entities` (《百度统计隐私政策》, 《百度慧推隐私政策》 cite Baidu's policies)."""
    if document.language != "zh":
        return ""
    before = [m.group(1) for block in document.blocks for m in PRODUCT_BEFORE.finditer(block.text)]
    if len(before) < 3:
        return _title_prefix(document, lex, entities)
    best = ""
    for size in range(2, 13):
        endings = [b[-size:] for b in before if len(b) >= size]
        if not endings:
            break
        ending = max(set(endings), key=endings.count)
        if endings.count(ending) * 2 >= len(before):
            best = ending
    for lead in lex.product_name_leads:
        best = lead.sub("", best)
    return best if len(best) >= 2 else ""


def _title_prefix(document: Document, lex: Lexicon, entities: EntityCatalog | None = None) -> str:
    """The beginning most pairs of different 《…》 titles in a document share, when two characters or longer."""
    titles = sorted({m.group(1).strip() for block in document.blocks for m in BOOK_TITLE.finditer(block.text)
                     if not LAW_TITLE.search(m.group(1).strip())})
    prefixes = Counter(commonprefix([a, b]) for i, a in enumerate(titles) for b in titles[i + 1:])
    prefixes = Counter({p: n for p, n in prefixes.items() if len(p) >= 2 and not any_match(lex.title_topics, p)
                        and sum(1 for t in titles if t.startswith(p) and PRIVACY_POLICY_TITLE.search(t)) < 2
                        and not (entities and any(m.start == 0 for m in entities.find_named(p, "zh")))})
    return prefixes.most_common(1)[0][0] if prefixes else ""


# -- own names: catalogued names the policy uses as its own ----------------------------------------------------------

# "使用百度地图", "登录百度地图" (not "使用支付宝账号登录", "使用微信支付", which name a means)
OWN_PRODUCT_USED = re.compile(r"使用|登录|登陆")
NOT_PRODUCT_AFTER = re.compile(r"[”\"」』]?\s?(?:帐号|账号|帐户|账户|SDK|sdk|支付)")
# a company's own name rather than one of its products ("百度公司", "北京百度网讯科技有限公司", "腾讯集团")
OWN_COMPANY_NAME = re.compile(r"(?:公司|集团)$")
# an English sentence (or numbered item) opening on a name as the subject of a modal or a practice verb: "Cloudflare
# will not share …", "2. PostHog automatically collects …"
EN_NAME_OPENS_SENTENCE = re.compile(
    r"(?:^|[.!?:—]\s+)(?:\d+\.\s+)?\**([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)\** (?:also |only |automatically |never )?"
    r"(?:will|may|does|can|shall|is|uses|collects|shares|retains|stores|engages|processes)\b")
# a question its customer asks of what a name does with data, the name its subject and the asker's own things named
# ("What data does Sentry collect from users of my app?", "How does Sentry use my data?"): the FAQ of the company that
# publishes it (not "What data does Sentry collect?" in a table of an app's policy)
EN_NAME_ASKED = re.compile(
    r"\b(?:[Dd]oes|[Dd]id|[Ww]ill|[Cc]an|[Ww]ould)\s+([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)\s+"
    r"(?:use|collect|share|store|retain|process|sell|access|send|track|require|keep|do)\b[^?]*?\b(?:my|me|I)\b[^?]*\?")


def own_catalogued_names(document: Document, entities: EntityCatalog, text: str | None = None) -> list[str]:
    """The catalogued names a policy uses as its own: first party there, not the SDK or company of that name
    (`_catalogued_products_used` in Chinese, `_catalogued_subjects` in English). `text`: the document's blocks
    joined by newlines, when already built."""
    if document.language == "en":
        return _catalogued_subjects(document, entities)
    if document.language == "zh":
        return _catalogued_products_used(text if text is not None else "\n".join(b.text for b in document.blocks),
                                         entities)
    return []


def _catalogued_products_used(text: str, entities: EntityCatalog) -> list[str]:
    """The names of a catalogued party that a Chinese policy (`text`) uses or logs into again and again ("使用百度地图",
    "登录“百度”移动应用", ten times or more), with the company whose brand opens that name (百度, 百度公司)."""
    text = fold(text)
    used: Counter = Counter()
    used_as: dict[str, set[str]] = {}
    for verb in OWN_PRODUCT_USED.finditer(text):  # only the words right after a verb of use: cheap
        after = text[verb.end():verb.end() + 30]
        lead = len(after) - len(after.lstrip('“"「『'))  # the name may be quoted: "使用“百度”移动应用"
        for match in entities.find_named(after, "zh"):
            if match.start == lead and not NOT_PRODUCT_AFTER.match(text, verb.end() + match.end):
                used[match.value] += 1
                used_as.setdefault(match.value, set()).add(after[lead:match.end])
    own = {value for value, count in used.items() if count >= 10}
    if not own:
        return []
    # only the names that contain a name used so: "腾讯" makes 腾讯公司 ours, not 财付通, the group's payment company,
    # a recipient of its own (QQ炫舞, 腾讯会议)
    names = {name for m in entities.find_named(text, "zh") if m.value in own
             for name in [text[m.start:m.end]] if any(used in name for used in used_as[m.value])}
    # the catalogued company whose brand opens our product's name operates it: in 百度地图's policy, "百度" and
    # "百度公司" ("我们不会将您的个人信息转让给除百度公司外的任何公司") are ours; its other products (百度智能云) stay its own
    matcher = entities.matchers["zh"]  # the plain catalogue: over the whole text, `find` reads the company
    for value in own:                  # as its one SDK named there (百度公司 as baidu_map)
        company = getattr(entities.get(value), "company", None)
        if not company or company in own:
            continue
        brands = {used[:end] for used in used_as[value] for end in range(2, len(used))
                  if any(m.start == 0 and m.end == end and m.value == company for m in matcher.find(used[:end]))}
        names |= {name for m in matcher.find(text) if m.value == company for name in [text[m.start:m.end]]
                  if name in brands or (OWN_COMPANY_NAME.search(name) and any(brand in name for brand in brands))}
    return sorted(names)


def _catalogued_subjects(document: Document, entities: EntityCatalog) -> list[str]:
    """The catalogued names that open five or more sentences of an English policy as their subject ("Cloudflare will
    not share …", "PostHog uses cookies …"), counting the questions asked of the name's practices ("Does Sentry use
    the device ID to identify a user?", `EN_NAME_ASKED`)."""
    opened: Counter = Counter()
    for block in document.blocks:
        for match in [*EN_NAME_OPENS_SENTENCE.finditer(block.text), *EN_NAME_ASKED.finditer(block.text)]:
            named = entities.find_named(match.group(1), "en")
            if named and named[0].start == 0 and named[0].end == len(match.group(1)):
                opened[match.group(1)] += 1
    return sorted(name for name, count in opened.items() if count >= 5)


# -- own names: English subjects, controllers and repeated names -----------------------------------------------------

# "Effective date: **August 8, 2019**", "Last updated: 2024-01-05" above a policy's first sentence
DATE_LINE = re.compile(r"(?i)^\W*(?:effective|last\s+(?:updated|modified|revised)|updated|revised)\b[^.\n]{0,40}\d{4}\W*$")
FIRST_PERSON = re.compile(r"\b(?:we|us|our)\b", re.I)
# a sentence opening on a name (plain, camel-case or capitals) followed by its verb: "Bug Alert will never sell …"
OPENING_SUBJECT = re.compile(r"^\s*((?:[A-Z][A-Za-z-]+)(?: [A-Z][A-Za-z-]+){0,2})\s+(?:itself\s+)?"
                             r"(?:will|does|do|is|may|can|never|only|also|[a-z]+(?<!ous)(?<!ss)s)\b")
# the same after "The", the name of up to four words and the kind of thing it is: "The Home Office Design System puts
# small files …", "The Organic Maps project doesn't collect …"
OPENING_SUBJECT_AFTER_THE = re.compile(
    r"^\s*The ((?:[A-Z][A-Za-z-]+)(?: [A-Z][A-Za-z-]+){0,3})(?: (?:project|team|app|application|service|website|"
    r"extension|platform))?\s+(?:will|does|doesn't|do|is|may|can|never|only|also|[a-z]+(?<!ous)(?<!ss)s)\b")


def _opening_subject_after_the(document: Document, entities: EntityCatalog) -> list[str]:
    """The name after "The" that the policy's first sentence opens on as its subject (`OPENING_SUBJECT_AFTER_THE`), of
    two words or more, none a common or generic word ("The Privacy Policy", "The App Store"), not a catalogued party."""
    if document.language != "en":
        return []
    block = next((b for b in document.blocks if b.kind != "heading" and not DATE_LINE.match(b.text)), None)
    match = OPENING_SUBJECT_AFTER_THE.match(block.text) if block else None
    if not match:
        return []
    name = match.group(1)
    words = name.split()
    if (len(words) < 2 or any(word in COMMON_CAPITALISED for word in words) or _generic_capitalised(name)
            or _holds_outside_party(name, entities)):
        return []
    return [name]


# "The Centers for Disease Control and Prevention (CDC) is committed to …": an organisation's name (capitalised words,
# with "of", "for", "and" or "&" inside) and its initials in brackets, opening the first sentence as its subject
OPENING_NAME_WITH_INITIALS = re.compile(
    r"^\s*(?:The\s+)?([A-Z][\w&'’.-]*(?:,? (?:(?:of|for|and|&) )?[A-Z][\w&'’.-]*)+) \(([A-Z][A-Z0-9]{1,7})\),?\s+"
    r"(?:is|are|will|does|do|may|can|has|have|never|only|also|[a-z]+(?<!ous)(?<!ss)s)\b")


def _opening_name_with_initials(document: Document, entities: EntityCatalog) -> list[str]:
    """The organisation the policy's first sentence opens on with its initials in brackets ("The Department for Business
    and Trade (DBT) is committed to protecting …", "The Open Computing Facility (OCF) is committed …"): both the name
    and the initials are the policy's own; not when the name holds a catalogued or generic party, nor initials that
    do not begin as the name does."""
    if document.language != "en":
        return []
    block = next((b for b in document.blocks if b.kind != "heading" and not DATE_LINE.match(b.text)), None)
    match = OPENING_NAME_WITH_INITIALS.match(block.text) if block else None
    if not match:
        return []
    name, initials = match.group(1), match.group(2)
    if (initials[0] != name[0] or any(word in COMMON_CAPITALISED for word in name.split())
            or _holds_outside_party(name, entities) or _holds_outside_party(initials, entities)):
        return []
    return [name, initials]


# a proper name: capitalised words, with "of", "for", "and" inside ("Department for Education", "Keyvault, Inc.")
NAME_WORDS = r"[A-Z][\w.&'-]*(?:,? (?:(?:of|for|and|&) )?[A-Z][\w.&'-]*)*"
# "the DfE is the data controller", "BEIS is the data controller for the service"
# (a few words may come between: "The RKI is also what is called the controller"; and an aside between commas after
# the name: "DfE, referred to as ‘we’, ‘us’ and ‘our’ in this policy, is the data controller")
CONTROLLER_NAME = re.compile(rf"(?:^|(?<=[\s(]))(?:[Tt]he )?({NAME_WORDS})(?:, [a-z][^.;:()]{{0,80}}?,)? (?:is|are|acts as)"
                             rf"(?: (?!not\b)[a-z]+){{0,4}} "
                             r"the (?:data )?controller\b")
CAPITALISED = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")
# the text before a word that opens a sentence, item or cell: nothing but markup after a sentence's end or a cell border
SENTENCE_START = re.compile(r"(?:^|[.!?:|]|\s-)[\s*_#>`\[(\-\d.)]*$")
# a name in camel case ("CodeCombat", "NetNewsWire", "GitHub"), counted apart from plain capitalised words
# (also one ending in an abbreviation: "ContentDB")
CAMEL_CASE = re.compile(r"\b([A-Z][a-z]+(?:(?:[A-Z][a-z]+)+|(?:[A-Z][a-z]+)*[A-Z]{2,}(?![a-z])))\b")
# a Latin brand with a Chinese word, named as an app ("QQ邮箱APP", "BOSS直聘客户端")
ZH_APP_NAME = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]+[\u4e00-\u9fff]{1,3}?)(?:APP|App|app|客户端)")


def _holds_outside_party(name: str, entities: EntityCatalog) -> bool:
    """Whether an English `name` holds a party other than us, catalogued or generic ("Google Analytics", "third
    parties"): no name of the policy's own (not to be confused with `_names_another_party`, which weighs the phrases
    around a repeated name)."""
    return entities.names_other_party(name, "en")


# a name's own commitment to privacy, opening the policy: "Sentry takes data privacy very seriously", "Acme is committed
# to protecting your privacy", "Acme respects your privacy" (said by a company of itself, not of a tool it uses)
PRIVACY_COMMITMENT = re.compile(
    r"\s+(?:takes\s+(?:\w+\s+){0,2}privacy\s+(?:very\s+)?seriously|is\s+committed\s+to\s+(?:protecting\s+)?"
    r"(?:\w+\s+){0,2}privacy|respects\s+(?:\w+\s+){0,2}privacy)\b", re.I)


def _opening_subject(document: Document, entities: EntityCatalog) -> list[str]:
    """The name that the policy's first sentence (after a date line) opens on as its subject ("Bug Alert will never
    sell …", "Open Humans strives …"): the policy's own; a catalogued name only when that sentence speaks of us
    ("GitHub collects usage data … to help us improve CodeQL", not "The ML Kit is used for barcode scanning") or
    commits itself to privacy ("Sentry takes data privacy very seriously", `PRIVACY_COMMITMENT`),
    other than as the object of its verb ("Adobe Analytics helps us understand …" is a tool that serves us), and
    that the policy names again."""
    if document.language != "en":
        return []
    block = next((b for b in document.blocks if b.kind != "heading" and not DATE_LINE.match(b.text)), None)
    match = OPENING_SUBJECT.match(block.text) if block else None
    if not match or any(word in COMMON_CAPITALISED for word in match.group(1).split()):
        return []
    name = match.group(1)
    if _holds_outside_party(name, entities):
        rest = re.split(r"(?<=[.!?])\s", block.text[match.end():])[0]
        speaks_of_us = FIRST_PERSON.search(rest) or PRIVACY_COMMITMENT.match(block.text, match.end(1))
        if (not speaks_of_us or re.match(r"\s*us\b", rest)
                or sum(len(re.findall(rf"\b{re.escape(name)}\b", b.text)) for b in document.blocks) < 2):
            return []  # "Adobe Analytics helps us understand how customers use the App": a tool that serves us
    return [name]


def _controller_names(document: Document, entities: EntityCatalog) -> list[str]:
    """The name the policy declares the data controller ("the DfE is the data controller", "BEIS is the data
    controller for the service", "Keyvault, Inc. is the controller"), with its long form or abbreviation given
    beside it ("Department for Education (DfE)"): the policy's own. Not a common noun ("Your employer is the
    controller", "the customer is the controller") nor a catalogued third party."""
    if document.language != "en":
        return []
    text = "\n".join(block.text for block in document.blocks[:60])
    names: list[str] = []
    for match in CONTROLLER_NAME.finditer(text):
        name = match.group(1).strip(" ,")
        if name.split()[0] in COMMON_CAPITALISED or _holds_outside_party(name, entities):
            continue
        names.append(name)
        for other in re.finditer(rf"\b({NAME_WORDS}) ?\((?:the )?{re.escape(name)}\)|"
                                 rf"\b{re.escape(name)} ?\(([A-Z][A-Za-z]{{1,9}})\)", text):
            names.append((other.group(1) or other.group(2)).strip())
    return list(dict.fromkeys(names))


def _frequent_names(document: Document, entities: EntityCatalog, text: str) -> list[str]:
    """Names a policy (`text`: its blocks joined) repeats that may be its own (`_frequent_english_names`,
    `_frequent_app_names`)."""
    if document.language == "zh":
        return _frequent_app_names(text, entities)
    if document.language == "en":
        return _frequent_english_names(document, entities)
    return []


def _frequent_english_names(document: Document, entities: EntityCatalog) -> list[str]:
    """Capitalised names (or camel-case ones: "CodeCombat") repeated five times or more that are not known third
    parties (Mozilla, Firefox…) nor tools the policy says it uses ("We use Plausible …")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    counts: Counter = Counter()
    camel: Counter = Counter()
    inside: set[str] = set()  # names written at least once inside a sentence, not only where any word is capitalised
    for block in document.blocks:
        for match in CAPITALISED.finditer(block.text):
            counts[match.group(1)] += 1
            if not SENTENCE_START.search(block.text[:match.start()]):
                inside.add(match.group(1))
        for match in CAMEL_CASE.finditer(block.text):
            camel[match.group(1)] += 1
    names = []
    for name, count in counts.most_common(6) + camel.most_common(2):
        if count < 5 or name in COMMON_CAPITALISED or any(word in COMMON_CAPITALISED for word in name.split()):
            continue
        if name in counts and name not in inside:
            continue  # "Hashed …", "Elapsed time …" opening table cells: an ordinary word at a sentence's start
        if name.lower() in STOP_WORDS or name.startswith("Non") or len(name) < 3:
            continue
        if _holds_outside_party(name, entities) or _generic_capitalised(name) or name in _catalogued_brands(entities):
            continue
        if any(re.search(rf"\b[Ww]e\s+(?:also\s+)?(?:use|rely\s+on)\s+{re.escape(name)}\b", block.text)
               for block in document.blocks):
            continue  # "We use Plausible to collect …": a tool of ours, not our name
        names.append(name)
    return names


_BRANDS: dict[int, tuple[EntityCatalog, frozenset[str]]] = {}  # id of a catalogue -> (it, its brand words)


def _catalogued_brands(entities: EntityCatalog) -> frozenset[str]:
    """Words of the names of catalogued products (mappings/sdks.yaml) that name another party's brand or platform: a
    product name's first word spelt in camel case ("YouTube" of "YouTube Android Player API", "PostHog"), and the
    platform a product is for ("Android" of "Google Maps SDK for Android", "AWS SDK for Android")."""
    cached = _BRANDS.get(id(entities))
    if cached is None or cached[0] is not entities:  # (the catalogue is kept, so its id is not reused by another)
        words: set[str] = set()
        for entity in entities.entities.values():
            name = entity.name_en or ""
            if entity.kind != "sdk":
                continue
            first = re.match(r"[A-Z][a-z]+[A-Z]\w*\b", name)
            if first:
                words.add(first.group())
            words.update(re.findall(r"\bfor ([A-Z][a-z]\w+)\b", name))
        cached = _BRANDS[id(entities)] = (entities, frozenset(words))
    return cached[1]


# capitalised words that name no party: people the policy speaks to or of as its defined terms ("the Customer",
# "Drivers"), and the words of legal documents and their references ("Art. 6(1)", "Standard Contractual Clauses",
# "the Addendum")
PEOPLE_WORDS = USER_NOUNS | {"driver", "owner", "employee", "employer", "responder", "partner"}
LEGAL_WORDS = {"art", "article", "section", "clause", "clauses", "contractual", "agreement", "addendum", "conditions",
               "license", "licence", "statement", "regulation", "act"}


def _generic_capitalised(name: str) -> bool:
    """Whether a repeated capitalised `name` is a common word rather than a name of ours: a legal form alone ("Inc",
    "Ltd") or a word of `PEOPLE_WORDS` or `LEGAL_WORDS` (also plural: "Customers", "Clauses"; "Art. 6(1)(f) GDPR"), not a
    word merely followed by numbers ("Windows 10" is a product)."""
    if re.fullmatch(CORPORATE_SUFFIX, name):
        return True
    return any(word in LEGAL_WORDS or word in PEOPLE_WORDS or word.endswith("s") and word[:-1] in PEOPLE_WORDS
               for word in name.lower().split())


# a Latin name opening a clause as the subject of a practice verb ("Mozilla 会收集某些数据", "Mozilla 收集技术和交互数据",
# "AirLyrics 不会上传…"): the organisation or product that processes the data
ZH_NAME_AS_SUBJECT = re.compile(
    r"(?:^|(?<=[。；;，,：:！!？?\n])|(?<=\s))\s*([A-Z][A-Za-z0-9.&'-]*[a-z][A-Za-z0-9.&'-]*(?: [A-Z][A-Za-z0-9.&'-]*){0,2})"
    r"\s*(?:会|将|仅会?|只会?|也会?|可能会?|还会?|不会|并不会|无法|不)?\s*"
    r"(?:收集|处理|使用|接收|获取|存储|保留|分析|访问|读取|上传|记录|采集)", re.M)
# a name the policy says it uses or whose own terms it sends the reader to ("我们使用 Umami 统计访问量", "Umami 的隐私政策"):
# a tool or another party, not the policy's own
ZH_TOOL_NAME = r"(?:使用|接入|集成|嵌入|采用|借助|通过)\s*{name}(?![A-Za-z])|{name}\s*(?:的)?\s*(?:SDK|隐私政策|隐私声明|服务条款)"


def _zh_practice_subject_names(text: str, entities: EntityCatalog) -> list[str]:
    """Latin names a Chinese policy (`text`: its blocks joined) writes twice or more as the subject of a practice verb
    (`ZH_NAME_AS_SUBJECT`) and five times or more in all: the policy's own organisation or product named by its brand
    ("Mozilla 会收集…", "Mozilla 收集技术和交互数据"); not a catalogued party, a data word nor a tool the policy uses
    or another party whose terms it cites (`ZH_TOOL_NAME`)."""
    counts = Counter(match.group(1) for match in ZH_NAME_AS_SUBJECT.finditer(text))
    names = []
    for name, count in counts.items():
        if count < 2 or len(re.findall(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text)) < 5:
            continue
        if (name in COMMON_CAPITALISED or entities.names_other_party(name, "zh") or _holds_outside_party(name, entities)
                or data_matcher("zh").find(fold(name))):
            continue
        if re.search(ZH_TOOL_NAME.format(name=re.escape(name)), text):
            continue
        names.append(name)
    return names


def _frequent_app_names(text: str, entities: EntityCatalog) -> list[str]:
    """Chinese product names that hold a data word, named as an app at least once and repeated five times or more
    in `text` ("QQ邮箱": "QQ邮箱APP（安卓）", "在你使用QQ邮箱服务的过程中"), so that the word names no data there ("邮箱" is
    no e-mail address)."""
    names = []
    for name in dict.fromkeys(m.group(1) for m in ZH_APP_NAME.finditer(text)):
        if (text.count(name) >= 5 and data_matcher("zh").find(fold(name))
                and not entities.names_other_party(name, "zh")):
            names.append(name)
    return names


# phrases naming another party than the policy's own, {name} standing for the name: the recipient of what is shared
# (not by the user: "the information you share with American Honda" is ours) or of what we send ("we share your name …
# with Harbour Bank", "sharing content to WeChat", "we may transfer it to X"), the provider of a thing ("issued by
# Harbour Bank", "powered by X"; not "provided by", also said of our own services), a partner ("Mozilla partners with
# Mullvad"), one that tells us things ("Paddle tells us your plan"), and one whose privacy terms the reader is sent to
# ("Learn more at Mullvad's Privacy Policy", "as outlined by Garmin Connect's terms of use"; not "Valve's privacy policy
# does not extend to …", said of our own). Not what is sent or uploaded to a name by the user or the app ("your recordings are
# sent to Mozilla", "upload to the Wikimedia Sites", "the data your copy of OONI Probe sends us"): that is us.
NOT_BY_THE_USER = r"(?<![Yy]ou )(?<![Yy]ou are )(?<![Yy]ou may )(?<![Yy]ou can )(?<![Yy]ou will )"
# (also in the perfect, of "you" or "the user": "the user profile information the user has shared with Appsemble")
NOT_BY_THE_USER += r"(?<![Yy]ou have )(?<![Yy]ou've )(?<![Uu]ser has )(?<![Uu]sers have )"
NAME_ENDS = r"\b(?![-'’]| of\b| [A-Z])"
OTHER_PARTY_CUES = (
    NOT_BY_THE_USER + r"\b(?:share|shares|shared|sharing)\b(?:(?!\b(?:with|to)\b)[^.;:\n]){{0,60}}(?<!connection )"
    r"\b(?:with|to) (?:the )?{name}" + NAME_ENDS,
    r"\b[Ww]e (?:\w+ ){{0,3}}?(?:send|transfer|disclose|pass|upload|forward|transmit|provide|give)s?\b"
    r"(?:(?!\bto\b)[^.;:\n]){{0,60}}\bto (?:the )?{name}" + NAME_ENDS,
    r"\b(?:powered|issued|hosted|supplied|signed) by (?:the )?{name}" + NAME_ENDS,
    r"\b(?:partners? with|partnered with|integration with|integrates with|our partners?) (?:the )?{name}" + NAME_ENDS,
    r"\b{name} (?:\w+ )?(?:(?:tells|gives|informs|notifies) us|(?:provides|shares|passes) (?:us with|with us))\b",
    r"(?i:\b(?:see|visit|review|read|consult|refer to|at|subject to|governed by|outlined (?:by|in)|described in|"
    r"set out in|in accordance with)\s+(?:the\s+)?)\[?{name}['’]s? (?:own )?(?i:privacy (?:policy|notice|statement)|terms)",
    # the network or protocol the service is one node of: "shared with other ActivityPub servers", "accessible to any
    # Matrix homeserver" (ours is one of them; the name is not ours)
    r"\b(?:[Oo]ther|[Aa]ny|[Aa]nother) {name} (?:servers?|instances?|homeservers?|nodes?|relays?|networks?)\b",
)
# a paragraph introducing the parties we share with as a list ("We share personal information with service providers
# that work on our behalf, including:")
SHARING_INTRO = re.compile(r"(?i)\b(?:share|shares|disclose|discloses|transfer|transfers)\b[^.]*:\s*$")
# the parties an item of such a list names before a name ("- Instructure (Canvas) and Proctorio, as described …")
PARTIES_BEFORE = r"[\W\d]*(?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*\)?\s*(?:\(|,|and|or|&)\s*)*(?:the )?"
# a name the policy gives itself: "Acme Inc. (hereafter "we")", "CodeSandbox B.V. ("CodeSandbox")", "Glimmer Labs OÜ
# ("Glimmer", "we")"
OWN_DEFINITION = (r"\b{name}(?:,? [A-Z][\w.&-]*){{0,3}} \("
                  r"(?:[^)]{{0,60}}?[“\"‘'](?:we|us|{name})[,”\"’']|(?:hereafter|hereinafter)\b[^)]{{0,30}}\b(?:we|us)\b)")
# words many company and product names hold, which tie no two names together
GENERIC_NAME_WORDS = {"bank", "inc", "ltd", "llc", "group", "company", "foundation", "university", "app", "apps",
                      "services", "service", "labs", "media", "health", "software", "technologies", "the", "and", "for",
                      "online", "mobile", "web", "digital", "network", "systems", "games"}


def _names_another_party(document: Document, text: str, name: str, declared: list[str]) -> bool:
    """Whether a name an English policy (`text`: its blocks joined) repeats (`_frequent_names`) is another party's rather than its own: no word
    shared with the names it declares its own (`declared`: the title, the opening subject, the controller, ("Acme",
    "we")), and more of the phrases a reader takes for a party we deal with (`OTHER_PARTY_CUES`: "we share … with
    Harbour Bank", "issued by Harbour Bank", "Paddle tells us", "Garmin Connect's terms of use"; an item of a list of
    the parties we share with) than of those that name us (its definition, twice: "CodeSandbox B.V.
    ("CodeSandbox")"; "our Glimmer account"; a paragraph of the contact section)."""
    if _shares_a_word(name, declared):
        return False  # "MyRidgeline" beside "Ridgeline State University", "Northstar Miles" beside "Northstar Air"
    other = sum(len(re.findall(pattern.format(name=re.escape(name)), text)) for pattern in OTHER_PARTY_CUES)
    intro = ""
    for block in document.blocks:
        if block.kind != "list_item":
            intro = block.text
        elif SHARING_INTRO.search(intro) and re.match(rf"{PARTIES_BEFORE}{re.escape(name)}\b", block.text):
            other += 1  # "We share personal information with service providers …, including: - Instructure (Canvas)"
    if not other:
        return False
    own = 2 * len(re.findall(OWN_DEFINITION.format(name=re.escape(name)), text))
    own += len(re.findall(rf"\b[Oo]ur {re.escape(name)}\b", text))
    heading = ""
    for block in document.blocks:
        if block.kind == "heading":
            heading = block.text.lower()
        elif "contact" in heading and re.search(rf"\b{re.escape(name)}\b", block.text):
            own += 1  # "## Contact us … write to Glimmer Labs, Telliskivi 60a, Tallinn"
    return other > own


def _shares_a_word(name: str, names: list[str]) -> bool:
    """Whether `name` and one of `names` share a distinctive word, or one holds a long word of the other
    ("MyRidgeline" and "Ridgeline State University", "Northstar Miles" and "Northstar Air"; not "Bank" of "Harbour
    Bank" and "Prairie Trust Bank")."""
    def distinctive(words: str) -> set[str]:
        return {word.lower() for word in re.findall(r"[A-Za-z]{3,}", words)
                if word not in COMMON_CAPITALISED and word.lower() not in GENERIC_NAME_WORDS}

    mine, joined = distinctive(name), re.sub(r"\W", "", name).lower()
    for declared in names:
        theirs, their_joined = distinctive(declared), re.sub(r"\W", "", declared).lower()
        if (mine & theirs or any(len(word) >= 5 and word in joined for word in theirs)
                or any(len(word) >= 5 and word in their_joined for word in mine)):
            return True
    return False


# -- own names: short names given to the service ---------------------------------------------------------------------

def _short_names(document: Document, entities: EntityCatalog, others: list[str]) -> list[str]:
    """The short names the first 60 paragraphs give the service: "（以下简称“X”）" of the service (`_names_the_service`),
    ("Acme", "we") in English; none that is another party's (`others`)."""
    names: list[str] = []
    for block in document.blocks[:60]:
        pattern = ZH_ALIAS if block.language == "zh" else EN_ALIAS
        for match in pattern.finditer(block.text):
            alias = match.group(1).strip(" ,，")
            if block.language == "zh" and not _names_the_service(block.text, match.start(), alias, entities):
                continue
            if alias and alias.lower() not in NOT_ALIASES and alias not in names and alias not in others:
                names.append(alias)
        if block.language == "en":
            names += [name for name in _defined_aliases(block.text) if name not in names]
            names += [name for name in CREATOR_ALIAS.findall(block.text) + _thats_us_names(block.text)
                      + _product_short_names(block.text)
                      if name.lower() not in NOT_ALIASES and name not in names and name not in others]
    return names


# a company named as the agent of a passive whose subject comes before it ("上海网之易网络科技发展有限公司已被暴雪娱乐有限
# 公司（Blizzard Entertainment, Inc.）及其关联公司（统称为“暴雪”）指定为…"): another party than the subject, the operator
PASSIVE_AGENT_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z）)](?:已|已经|曾)?被(?!许可|授权|委托|收购|投资)[^。；;：:]{2,60}$")


def _names_the_service(text: str, start: int, alias: str, entities: EntityCatalog) -> bool:
    """Whether "（以下简称“X”）" names the service rather than data, a technique or outside parties: not "收件地址
    （简称“活动信息”）", "第三方支付机构（…以下称“支付机构”）", "软件工具开发包（…简称“SDK”）", "电子图像，称为“单像素”"."""
    data = data_matcher("zh")
    if data.find(fold(alias)) or entities.names_other_party(alias, "zh"):
        return False
    if PASSIVE_AGENT_BEFORE.search(text, 0, start):
        return False  # "网之易已被暴雪娱乐有限公司…及其关联公司（统称为“暴雪”）指定为…被许可方": the agent of a passive
    clauses = re.split(r"[，,。；;：:]", text[:start])
    referent = clauses[-1]
    if len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", referent)) <= 4 and len(clauses) > 1:
        referent = clauses[-2] + referent  # "一些电子图像，称为“单像素 GIF 文件”"
    referent = re.sub(r"[（(][^（()）]*$", "", referent) or referent
    return not (NOT_OWN_REFERENT.search(referent) or data.find(fold(referent[-12:])))


# the short name given to the products the policy covers after their kinds ("the LedgerLeaf online tax preparation
# software, mobile apps and e-file service (the "Tax Services")"): ours, as "the Services" are
PRODUCT_SHORT_NAME = re.compile(r"\b(?:software|apps?|applications?|services?|platforms?|websites?|products?)\s*"
                                r"\(\s*(?:collectively,?\s+)?the\s+[“\"]([A-Z][\w-]*(?: [A-Z][\w-]*){0,2} "
                                r"(?:Services?|Apps?|Products?|Platform|Software))[”\"]\s*\)")
# what marks the products of others before such a name ("third-party services (the "Partner Services")")
OTHERS_PRODUCTS = re.compile(r"(?i)third[- ]part|partner|external|vendor|supplier|provider")


def _product_short_names(text: str) -> list[str]:
    """The short names `text` gives the products the policy covers (`PRODUCT_SHORT_NAME`), none given to others'
    products (`OTHERS_PRODUCTS` in the name or in the words before it)."""
    return [m.group(1) for m in PRODUCT_SHORT_NAME.finditer(text)
            if not OTHERS_PRODUCTS.search(m.group(1))
            and not OTHERS_PRODUCTS.search(text[max(0, m.start() - 80):m.start()])]


# the short name given to the maker of what the policy covers ("created by Acme Labs (hereby referred to as "Service
# Provider")"): the policy's own name
CREATOR_ALIAS = re.compile(r"\b(?:created|developed|made|built|published|operated)\s+by\s+[^().,;]{2,60}?\s*\(\s*"
                           r"(?:here(?:by|inafter|after),?\s+)?(?:referred\s+to\s+as|called)\s+[“\"]([^”\"]{2,40})[”\"]\s*\)")


# a name the policy says is its own in brackets after it ("When Mozilla (that's us) collects information")
THATS_US_ALIAS = re.compile(r"\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) ?\((?:that['’]s|that is|i\.e\.,?) us\)")


def _thats_us_names(text: str) -> list[str]:
    """The names before "(that's us)" in `text`, without a capitalised word opening the sentence ("When Mozilla
    (that's us) collects …" -> "Mozilla")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    names = []
    for match in THATS_US_ALIAS.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in STOP_WORDS:
            words.pop(0)
        if words:
            names.append(" ".join(words))
    return names


def _defined_aliases(text: str) -> list[str]:
    """The names an English paragraph defines as "we": ("Acme", "we"), also in single quotes ( ''IOTA ", 'we', 'us')."""
    names: list[str] = []
    for group in re.finditer(r"\(([^)]{0,120})\)", text):
        inner = group.group(1)
        if re.search(r"[“\"‘'](we|us|our)[,”\"’']", inner, re.I):
            for name in re.findall(r"[“\"‘']+([^”\"‘’“']{2,40})[”\"’']", inner):
                name = name.strip(" ,")
                if name.lower() not in NOT_ALIASES and name.lower() not in ("we", "us", "our") and name not in names:
                    names.append(name)
    return names


# -- other parties' names --------------------------------------------------------------------------------------------

# a company named before "（以下简称“…”）" as the provider or recipient of a practice, not as the policy's operator
COMPANY = re.compile(r"(?:公司|集团|银行)[（(]?[^（(]{0,6}$")
OTHER_PARTY_BEFORE = re.compile(r"由|给|向|与|同|至|委托|合作|第三方|关联方")
OWN_PARTY_BEFORE = re.compile(r"我们|本行|运营|开发|本应用|本产品|本软件|本平台|本政策")
OWN_PRODUCT = re.compile(r"本应用|本产品|本软件|本平台|本服务|本网站|(?i:app)$|客户端$|(?<!功能)是$")
# the first word of a name after a verb saying it is used ("websites use [Plausible Analytics](…)", "We use Workable")
# (said by us or of our site, ours named by its possessive too: "Framewiki's discussion section uses Giscus"; not by the
# user: "When you use Zulip" names our own product)
TOOL_NAME_USED = re.compile(r"\b(?:[Ww]e|(?:[Oo]ur|[Tt]he|[Tt]his) [a-z]+|[A-Z][\w-]*['’]s(?: [a-z]+){1,2})"
                            r"(?: (?:also|currently|may|will|only|do|does|now))? "
                            r"(?:use|uses|utili[sz]es?) (?:an? (?:[\w-]+ )?(?:instance|version|copy) of )?"
                            r"\[?([A-Z][a-z]+)\b(?![.'’-]\w)")


# the first word of a name set beside the kind of provider it is for us ("sent to Cerence, our speech-recognition
# provider", "our identity verification vendor, Veriff")
NAME_OF_OUR_PROVIDER = re.compile(
    r"\b([A-Z][a-z]{2,})(?: [A-Z][\w.&-]*)*, our (?:[\w-]+ ){0,3}(?:provider|vendor|processor|subprocessor|supplier)\b"
    r"|\bour (?:[\w-]+ ){0,3}(?:provider|vendor|processor|subprocessor|supplier), ([A-Z][a-z]{2,})\b")


def other_party_names(document: Document, entities: EntityCatalog) -> list[str]:
    """The uncatalogued names a policy gives other parties: third parties (`_english_tool_names`, then
    `_zh_short_names_of_others` and `_zh_list_label_names`)."""
    names = _english_tool_names(document, entities)
    names += [name for name in _zh_short_names_of_others(document, entities) if name not in names]
    return names + [name for name in _zh_list_label_names(document, entities) if name not in names]


# a list item of a Chinese policy opening on a name in Latin letters as its run-in label, the name alone before 。
# ("* [HaveIbeenpwned。](https://haveibeenpwned.com/) HaveIbeenpwned 會收到…", "* __[Twilio。](…)__Twilio 會收到…")
ZH_LIST_LABEL_NAME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,3})\s*"
                                r"(?:[（(][^（）()]{1,24}[)）])?\s*。")


def _zh_list_label_names(document: Document, entities: EntityCatalog) -> list[str]:
    """Uncatalogued names in Latin letters that label the items of a Chinese policy's list of the companies it works
    with, each item opening on the name alone and naming it again as the one that receives, keeps or uses the data
    ("* [OneRep。](https://onerep.com/) 如果您位於美國…，OneRep 便會收到您的姓名…"); not a name of the policy's title
    (its own product: "Firefox Lite"), nor a data term."""
    title = " ".join(_title_names(document)).lower()
    title_words = title.split()
    names: list[str] = []
    for block in document.blocks:
        if block.language != "zh" or block.kind != "list_item":
            continue
        match = ZH_LIST_LABEL_NAME.match(block.text)
        if match is None:
            continue
        name = match.group(1).strip()
        if (3 <= len(name) <= 40 and name not in names and name in block.text[match.end():]
                and name.lower() not in title and not any(w.lower() in title_words for w in name.split())
                and name.lower() not in NOT_ALIASES
                and not data_matcher("zh").find(fold(name)) and not entities.find(name, "zh")):
            names.append(name)
    return names


def _zh_short_names_of_others(document: Document, entities: EntityCatalog) -> list[str]:
    """Short names a Chinese policy gives to another company it names as provider or recipient ("功能由上海盛付通电子
    支付服务有限公司（以下简称“盛付通”）向您提供", "传输给中信科技发展有限公司（简称“中信科技”）")."""
    names: list[str] = []
    for block in document.blocks:
        if block.language != "zh":
            continue
        for match in ZH_ALIAS.finditer(block.text):
            name = match.group(1).strip(" ,，")
            clause = re.split(r"[，,。；;：:]", block.text[:match.start()])[-1]
            markers = list(OTHER_PARTY_BEFORE.finditer(clause))
            if not markers or not COMPANY.search(clause):
                continue
            # the subject before the marker may be us ("我们将…传输给X公司"), not our product ("本应用由X公司…")
            before, named = clause[:markers[-1].start()], clause[markers[-1].end():]
            if OWN_PARTY_BEFORE.search(named) or OWN_PRODUCT.search(before):
                continue
            if (2 <= len(name) <= 12 and name.lower() not in NOT_ALIASES and name not in names
                    and not data_matcher("zh").find(fold(name)) and not entities.find(name, "zh")):
                names.append(name)
    return names


# a word followed by its own capitalised form in quotes and brackets, a defined term: "and other technologies
# (“Technologies”)", "our services (the "Services")"
WORD_DEFINED_AS_TERM = re.compile(r"\b([a-z][\w-]+)\s+\((?:the\s+|collectively,?\s+)?[“\"]([A-Z][\w-]+)[”\"]\)")


def _legal_instrument(text: str) -> bool:
    """Whether the capitalised words `text` opens on hold a word of a legal document ("Standard Contractual Clauses",
    `LEGAL_WORDS`)."""
    run = re.match(r"\[?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", text)
    return bool(run) and any(word.strip("[") in LEGAL_WORDS for word in run.group().lower().split())


def _english_tool_names(document: Document, entities: EntityCatalog) -> list[str]:
    """The first word of each uncatalogued name an English policy says it uses ("The websites use [Plausible
    Analytics](https://plausible.io) to …" -> "Plausible") or sets beside the kind of provider it is for us ("sent to
    Cerence, our speech-recognition provider" -> "Cerence"), so that the name read as a common word elsewhere is
    that third party ("Plausible receives the page URL …"); not a word of the language's vocabulary of data,
    a word every policy capitalises, nor a common word the policy defines as its term (`WORD_DEFINED_AS_TERM`)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    names: list[str] = []
    # a common word the policy capitalises as its defined term ("other technologies (“Technologies”)"): "We may use
    # Technologies to assess …" names that term, no tool
    defined = {m.group(2) for block in document.blocks for m in WORD_DEFINED_AS_TERM.finditer(block.text)
               if m.group(1).lower() == m.group(2).lower()}
    for block in document.blocks:
        if block.language != "en":
            continue
        # (not the first word of a legal instrument: "We use Standard Contractual Clauses (SCC) to provide …")
        found = [(m.group(1), m.group(0)) for m in TOOL_NAME_USED.finditer(block.text)
                 if m.group(1) not in defined and not _legal_instrument(block.text[m.start(1):])]
        found += [(m.group(1) or m.group(2), m.group(1) or m.group(2)) for m in NAME_OF_OUR_PROVIDER.finditer(block.text)]
        for name, phrase in found:
            if (name in names or name in COMMON_CAPITALISED or name.lower() in STOP_WORDS or len(name) < 3
                    or entities.find(phrase, "en") or data_matcher("en").find(fold(name))):
                continue
            names.append(name)
    return names
