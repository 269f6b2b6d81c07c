"""Actors: the first party, unnamed third parties, and named SDKs and companies (mappings/actors.yaml, sdks.yaml).

Named entities form a small hierarchy: an SDK belongs to a company (its provider), and every named entity is a
third party. `covers(broad, specific)` answers "does a statement about `broad` disclose collection by `specific`".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..records import FIRST_PARTY, THIRD_PARTY
from ..resources import mapping_path
from .loader import load_mapping
from .matcher import Match, PhraseMatcher, english_variants

def _unknown_sdk(latin_initial: str) -> re.Pattern[str]:
    """An uncatalogued SDK named by up to ten Chinese characters or a Latin word before "SDK" ("某某统计SDK",
    "Acme SDK"), or by the company or group whose SDK it is ("艾瑞咨询集团的SDK"), also with a gloss of the name in
    brackets before "SDK" ("OCR（光学字符识别）SDK"); `latin_initial` is the class of the Latin word's first letter."""
    return re.compile(r"((?:(?:(?![的和与及或等了在将从对向接入使用通过由该此其本我])[\u4e00-\u9fff]){1,14}(?:公司|集团)的"
                      r"|(?:(?![的和与及或等了在将从对向集成接入使用通过由该此其])[\u4e00-\u9fff·+]){1,10}|"
                      + latin_initial + r"[A-Za-z0-9+.-]{1,20})(?:[（(][\u4e00-\u9fff]{1,12}[）)])?\s?(?:SDK|sdk|Sdk))"
                      r"(?![A-Za-z])")


FOUND_LIMIT = 20_000  # texts whose actor mentions `EntityCatalog.find` remembers (a few MB)
UNKNOWN_SDK = _unknown_sdk("[A-Z]")
# The same in Chinese text, which is matched folded (lower-cased): a Latin word before "SDK" is a name there ("acme sdk").
UNKNOWN_SDK_ANY_CASE = _unknown_sdk("[A-Za-z]")
# "SDK" right after a name ("小米SDK", "OPPO SDK", "TalkingdataSDK"): a maker's bare SDK in a text naming one kind of SDK
# (sdks.yaml `kinds`) is the maker's SDK of that kind (`_maker_with_kind`; GUIDELINES: an SDK named by its maker and its
# kind is the catalogued product of that kind), a catalogued Latin name so written is that entity (`_latin_name_before_sdk`).
SDK_AFTER_NAME = re.compile(r"\s?sdk(?![a-z])", re.I)
# A lower-case word before "server", "SDK" or "API" ("the sentry server", "the mixpanel sdk"): a product named so is
# the one-word catalogued name it spells, which otherwise matches only as written ("Sentry")
# The item before "、" in a list whose last item ends in "SDK" ("微信、支付宝SDK"): up to eight characters after a mark.
ITEM_BEFORE_LIST_MARK = re.compile(r"([^、，,。；;：:（()）\s.．]{1,8})、\s*$")
# a measure or a kind of the machine's processor named after the word, no data processor: "Processor time, available
# memory", "processor type", "processor architecture"
HARDWARE_AFTER_PROCESSOR = re.compile(r"\s+(?:time|types?|architectures?|speed|cores?|load|usage|utili[sz]ation|model|"
                                      r"count|family)\b", re.I)
LOWER_NAME_BEFORE_PRODUCT = re.compile(r"(?<![\w.@/-])([a-z][a-z0-9]{2,30})(?=\s+(?:servers?|sdks?|apis?)\b)", re.I)
# A name written as an inner label of a host name, a URL or a host pattern ("chat.openai.com", "*.google.com",
# "https://api.openai.com/v1"; not "Sentry.io", a company so spelled, nor a party after a section number,
# "1.13.6.其他用户"): a label ending in "." or a scheme's "//" before it and a further label after it
NAME_IN_HOST_BEFORE = re.compile(r"(?:[a-z0-9*-]\.|//)$", re.I)
NAME_IN_HOST_AFTER = re.compile(r"[a-z0-9-]*\.[a-z]{2,}", re.I)


def in_host_name(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is an inner label of a host name or URL: the name of the place data goes to
    or is read from, not of a party acting in the sentence (GUIDELINES, Processors: a host is a recipient where data is
    sent to or stored on it, and the party acting is named by the sentence elsewhere)."""
    return (NAME_IN_HOST_BEFORE.search(text, max(0, start - 2), start) is not None
            and NAME_IN_HOST_AFTER.match(text, end) is not None)


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str  # "sdk" | "company"
    name_en: str
    name_zh: str
    company: str | None = None
    category: str = "other"
    also_serves: tuple[str, ...] = ()  # kinds served besides the category (sdks.yaml `also_serves`)
    vendor_en: str = ""
    vendor_zh: str = ""
    packages: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    data_types: tuple[str, ...] = ()
    cookies: tuple[str, ...] = ()

    def display(self, lang: str = "en") -> str:
        return (self.name_zh if lang == "zh" else self.name_en) or self.name_en or self.name_zh or self.id


@dataclass
class EntityCatalog:
    entities: dict[str, Entity]
    matchers: dict[str, PhraseMatcher[str]] = field(default_factory=dict)  # lang -> phrase -> actor id
    first_party_terms: dict[str, list[str]] = field(default_factory=dict)
    third_party_terms: dict[str, list[str]] = field(default_factory=dict)
    _prefixes: list[tuple[str, str]] = field(default_factory=list)  # (package prefix, sdk id), longest first
    _hosts: list[tuple[str, str]] = field(default_factory=list)
    _host_index: dict[str, str] = field(default_factory=dict)
    _cookie_index: dict[str, str] = field(default_factory=dict)  # cookie name -> the SDK that sets it
    # category -> its words (lower-cased), none right after a kind negation ("非广告用途" names no ads)
    _kind_patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # (kind word, its kind, the word as a regex ending where `_kind_word_regex` lets it end) of all kinds, each word
    # before its prefixes: ("一键登录", "login", …) before ("一键", …)
    _kind_words_longest_first: tuple[tuple[str, str, re.Pattern[str]], ...] = ()
    _maker_sdks: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)  # maker -> (sdk, kinds)
    # (text, lang) -> the mentions `find` found in it: the rules ask about the same words many times (an English
    # sentence about four times on average), and the catalogue does not change once loaded
    _found: dict[tuple[str, str], tuple] = field(default_factory=dict, repr=False, compare=False)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def find(self, text: str, lang: str):
        """Actor mentions in `text`: Match objects whose value is first_party, third_party or an entity id.

        Unknown SDKs named in the text ("某某统计SDK", "Acme SDK") are third parties. Remembered for the last
        `FOUND_LIMIT` texts (a new list each call: callers may extend it)."""
        found = self._found.get((text, lang))
        if found is None:
            if len(self._found) >= FOUND_LIMIT:  # a long batch run: start again rather than grow without bound
                self._found.clear()
            found = self._found[(text, lang)] = tuple(self._find(text, lang))
        return list(found)

    def _find(self, text: str, lang: str):
        folded = text.lower()
        found = [self._maker_with_kind(m, text, folded) for m in self.matchers[lang].find(text)]
        if lang == "en":
            found = [m for m in found if not (m.value == THIRD_PARTY and m.phrase.lower() in ("processor", "processors")
                                              and HARDWARE_AFTER_PROCESSOR.match(text, m.end))]
            found += self._lower_case_names(text, found)
        for sdk in (UNKNOWN_SDK_ANY_CASE if lang == "zh" else UNKNOWN_SDK).finditer(text):
            start, end = sdk.start(1), sdk.end()
            if not any(m.start < end and start < m.end for m in found):
                found.append(self._latin_name_before_sdk(sdk, lang) or Match(start, end, THIRD_PARTY, text[start:end]))
        if lang == "zh":
            found += self._items_sharing_sdk(text, found)
        if lang == "zh" and len(found) > 1:
            found = self._provider_as_its_sdk(found)
        return sorted(found, key=lambda m: m.start) if len(found) > 1 else found

    def _items_sharing_sdk(self, text: str, found: list) -> list:
        """Items of a list that share the "SDK" of its last item ("微信、支付宝SDK", "QQ、新浪微博SDK"): each item is the
        entity its name with "SDK" denotes (微信SDK → wechat_opensdk, QQ SDK → qq_connect), where no name covers it."""
        items = []
        for match in found:
            if match.value in (FIRST_PARTY, THIRD_PARTY) or not match.phrase.lower().endswith("sdk"):
                continue
            end = match.start
            while (item := ITEM_BEFORE_LIST_MARK.search(text, 0, end)) is not None:
                name = item.group(1) + "SDK"
                named = [m for m in self.matchers["zh"].find(name)
                         if m.end == len(name) and m.value not in (FIRST_PARTY, THIRD_PARTY)]
                start = item.start(1) + (named[0].start if named else 0)
                if not named or any(m.start < item.end(1) and start < m.end for m in found + items):
                    break
                items.append(Match(start, item.end(1), named[0].value, text[start:item.end(1)]))
                end = start
        return items

    def _lower_case_names(self, text: str, found: list) -> list:
        """One-word catalogued names written in lower case before "server", "SDK" or "API" ("uploaded to the sentry
        server"): that entity, where no other name covers the word."""
        names = []
        for word in LOWER_NAME_BEFORE_PRODUCT.finditer(text):
            if not word.group(1).islower() or any(m.start < word.end() and word.start() < m.end for m in found):
                continue
            spelled = word.group(1).capitalize()
            named = [m for m in self.matchers["en"].find(spelled) if m.start == 0 and m.end == len(spelled)
                     and m.value not in (FIRST_PARTY, THIRD_PARTY)]
            if named:
                names.append(Match(word.start(), word.end(), named[0].value, word.group(1)))
        return names

    def _provider_as_its_sdk(self, found: list) -> list:
        """A company named beside one catalogued SDK of its own is that SDK, the most specific name written
        (GUIDELINES, named parties): "我们使用了小米推送SDK，该SDK由小米科技有限责任公司提供，需要采集…" → mipush,
        "微信OpenSDK（深圳市腾讯计算机系统有限公司）：…收集设备型号" → wechat_opensdk. With two SDKs of the company
        named, the company stays."""
        own_sdks: dict[str, set[str]] = {}
        for match in found:
            entity = self.entities.get(match.value)
            if entity is not None and entity.kind == "sdk" and entity.company:
                own_sdks.setdefault(entity.company, set()).add(entity.id)
        if not own_sdks:
            return found
        return [Match(m.start, m.end, next(iter(own_sdks[m.value])), m.phrase)
                if len(own_sdks.get(m.value, ())) == 1 else m for m in found]

    def sdks_of_maker_at(self, text: str) -> set[str]:
        """The catalogued SDKs of the brand or company (sdks.yaml `makers`, company names) that `text` opens with
        ("微信共享" → wechat_opensdk); empty when it opens with none."""
        folded = text.lower()
        maker = max((m for m in self._maker_sdks if folded.startswith(m)), key=len, default=None)
        return {sdk for sdk, _ in self._maker_sdks[maker]} if maker else set()

    def sdk_of_kind(self, maker: str, text: str) -> str | None:
        """The one catalogued SDK of `maker` (a company id or a brand of sdks.yaml `makers`) of the kinds whose words
        `text` writes: ("kuaishou", "广告投放") → kuaishou_ads, ("微信", "登录、将页面分享至微信好友") → wechat_opensdk;
        None when the text names no kind of it, or more than one SDK of the kinds it names."""
        return self._sdk_of_kinds(maker, self._kinds_written(text.lower()))

    def sdk_of_kind_named(self, maker: str, name: str) -> str | None:
        """The one catalogued SDK of `maker` of the kind an SDK's own name writes, also inside a name written as one
        Latin run ("VIVOPUSHSDK", "GpushOPPOSDK" → the maker's push SDK; Latin kind words of four letters or more)."""
        folded = name.lower()
        kinds = self._kinds_written(folded) or {
            kind for word, kind, _ in self._kind_words_longest_first
            if word.isascii() and word.isalpha() and len(word) >= 4 and word.lower() in folded}
        return self._sdk_of_kinds(maker, kinds)

    def _kinds_written(self, folded: str) -> set[str]:
        """The kinds whose words a lower-cased text writes ("用于向用户推送消息" → {"push"})."""
        return {kind for kind, pattern in self._kind_patterns.items() if pattern.search(folded)}

    def _sdk_of_kinds(self, maker: str, kinds: set[str]) -> str | None:
        """The one catalogued SDK of `maker` serving any of `kinds`, or None."""
        found = [sdk for sdk, served in self._maker_sdks.get(maker.lower(), ()) if served & kinds] if kinds else []
        return found[0] if len(found) == 1 else None

    def _maker_with_kind(self, match: Match, text: str, folded: str) -> Match:
        """A company named right before a word of a kind of SDK ("百度TTS" → baidu_speech; the longest such word), or
        named with a bare "SDK" in a text of that kind ("小米SDK 获取…，用于向用户推送消息" → mipush), is its SDK of
        that kind. `folded` is `text` lower-cased."""
        entity = self.entities.get(match.value)
        if entity is None or entity.kind != "company" or match.value not in self._maker_sdks:
            return match
        start = match.end + (folded[match.end:match.end + 1] == " ")
        kind_word = next(((word, kind) for word, kind, pattern in self._kind_words_longest_first
                          if pattern.match(folded, start)), None)
        if kind_word and (sdk := self._sdk_of_kinds(match.value, {kind_word[1]})):
            end = start + len(kind_word[0])
            after = SDK_AFTER_NAME.match(text, end)
            end = after.end() if after else end
            return Match(match.start, end, sdk, text[match.start:end])
        after = SDK_AFTER_NAME.match(text, match.end)
        sdk = self._sdk_of_kinds(match.value, self._kinds_written(folded)) if after else None
        return Match(match.start, after.end(), sdk, text[match.start:after.end()]) if sdk else match

    def _latin_name_before_sdk(self, sdk: re.Match, lang: str) -> Match | None:
        """A catalogued Latin name written straight before "SDK" ("TalkingdataSDK"), which the word-bounded name
        matcher misses: that entity."""
        name = sdk.group(1)
        words = SDK_AFTER_NAME.split(name)[0]
        if not words or not words.isascii():
            return None
        named = self.matchers[lang].find(words)
        if len(named) == 1 and named[0].start == 0 and named[0].end == len(words) and named[0].value not in (
                FIRST_PARTY, THIRD_PARTY):
            return Match(sdk.start(1), sdk.end(), named[0].value, name)
        return None

    def is_unknown_sdk(self, words: str, lang: str) -> bool:
        """Whether `words` name an SDK that is not catalogued ("移动登录SDK"), not a generic party ("第三方SDK")."""
        return bool(UNKNOWN_SDK.fullmatch(words)) and not any(
            m.start == 0 and m.end == len(words) for m in self.matchers[lang].find(words))

    def find_named(self, text: str, lang: str):
        """The mentions in `text` of named SDKs and companies (`find` without first and third party)."""
        return [m for m in self.find(text, lang) if m.value not in (FIRST_PARTY, THIRD_PARTY)]

    def names_other_party(self, text: str, lang: str) -> bool:
        """Whether `text` mentions a party other than us: a named SDK or company, or a generic third party."""
        return any(m.value != FIRST_PARTY for m in self.find(text, lang))

    def sdk_for_package(self, class_name: str) -> str | None:
        """The SDK whose package prefix starts `class_name` (longest prefix wins)."""
        for prefix, entity_id in self._prefixes:
            if class_name == prefix or class_name.startswith(prefix + "."):
                return entity_id
        return None

    def entity_for_host(self, host: str) -> str | None:
        """The entity whose host (or a parent domain of it) serves `host`: the longest match wins."""
        host = host.lower().rstrip(".")
        if not self._host_index:
            self._host_index = {suffix: entity_id for suffix, entity_id in reversed(self._hosts)}
        labels = host.split(".")
        for index in range(len(labels)):
            entity_id = self._host_index.get(".".join(labels[index:]))
            if entity_id is not None:
                return entity_id
        return None

    def entity_for_cookie(self, name: str) -> str | None:
        """The SDK that sets a cookie of this name: one of its `cookies`, or one of them followed by "_" and a
        suffix of the site's own ("_ga", "_ga_2XK7QZ" → google_analytics; the longest listed name wins)."""
        if not self._cookie_index:
            self._cookie_index = {cookie: entity.id for entity in reversed(list(self.entities.values()))
                                  for cookie in entity.cookies}
        name = name.strip()
        if name in self._cookie_index:
            return self._cookie_index[name]
        for end in reversed([index for index, char in enumerate(name) if char == "_" and index > 0]):
            if name[:end] in self._cookie_index:
                return self._cookie_index[name[:end]]
        return None

    def ancestors(self, actor: str) -> list[str]:
        """Broader actors that cover `actor`: its company, then third_party."""
        if actor in (FIRST_PARTY, THIRD_PARTY):
            return []
        entity = self.entities.get(actor)
        chain = []
        if entity and entity.company and entity.company != actor:
            chain.append(entity.company)
        chain.append(THIRD_PARTY)
        return chain

    def covers(self, broad: str, specific: str) -> bool:
        return broad == specific or broad in self.ancestors(specific)


def _add_english(matcher: PhraseMatcher[str], phrase: str, value: str) -> None:
    """English names: one-word names that are ordinary words ("Adjust", "Branch") match only as written."""
    words = phrase.split()
    if len(words) == 1 and phrase[:1].isupper() and phrase[1:].islower():
        matcher.add(phrase, value, case_sensitive=True)
        return
    for form in english_variants(phrase) if value == THIRD_PARTY else (phrase,):
        matcher.add(form, value)


def _kind_word_regex(word: str) -> str:
    """A kind word of sdks.yaml as a regex over lower-cased text: a Latin word only as a word of its own or right before
    "sdk" ("push", "pushsdk", "百度tts"; not the "ocr" of "democracy" nor the "push" of "jpush"), a Chinese one anywhere."""
    return rf"(?<![a-z]){_kind_word_with_its_end(word)}" if word.isascii() and word.isalpha() else re.escape(word)


def _kind_word_with_its_end(word: str) -> str:
    """A kind word as a regex that a Latin word ends only at a word's end or right before "sdk" ("百度tts", "pushsdk";
    not the "push" of "google pushover")."""
    return rf"{re.escape(word)}(?:(?![a-z])|(?=sdk))" if word.isascii() and word.isalpha() else re.escape(word)


@lru_cache(maxsize=1)
def load_entities() -> EntityCatalog:
    actors = load_mapping("actors.yaml")
    sdk_data = load_mapping("sdks.yaml") if mapping_path("sdks.yaml").exists() else {"companies": [], "sdks": []}
    entities: dict[str, Entity] = {}
    for company in sdk_data.get("companies") or []:
        names = [str(n) for n in company.get("names", [])]
        latin = [n for n in names if n.isascii()] or names
        cjk = [n for n in names if not n.isascii()] or names
        entities[company["id"]] = Entity(
            id=company["id"], kind="company", name_en=latin[0] if latin else company["id"],
            name_zh=cjk[0] if cjk else company["id"], hosts=tuple(company.get("hosts", [])),
        )
    for sdk in sdk_data.get("sdks") or []:
        name = sdk.get("name") or {}
        vendor = sdk.get("vendor") or {}
        entities[sdk["id"]] = Entity(
            id=sdk["id"], kind="sdk", name_en=name.get("en", "") or name.get("zh", ""),
            name_zh=name.get("zh", "") or name.get("en", ""), company=sdk.get("company"),
            category=sdk.get("category", "other"), also_serves=tuple(sdk.get("also_serves", [])),
            vendor_en=vendor.get("en", ""), vendor_zh=vendor.get("zh", ""),
            packages=tuple(sdk.get("packages", [])), hosts=tuple(sdk.get("hosts", [])),
            data_types=tuple(sdk.get("data_types", [])), cookies=tuple(sdk.get("cookies", [])),
        )
    catalog = EntityCatalog(entities=entities)
    catalog.first_party_terms = {lang: list(actors["first_party"][lang]) for lang in ("zh", "en")}
    catalog.third_party_terms = {lang: list(actors["third_party"][lang]) for lang in ("zh", "en")}
    for lang in ("zh", "en"):
        matcher: PhraseMatcher[str] = PhraseMatcher()
        # named entities first: "腾讯地图" must beat nothing, and names win over generic words of the same span
        for entry in list(sdk_data.get("sdks") or []) + list(sdk_data.get("companies") or []):
            labels = list(entry.get("aliases", [])) + list(entry.get("names", []))
            labels += [v for v in (entry.get("name") or {}).values()]
            labels += [v for v in (entry.get("vendor") or {}).values()]
            for label in labels:
                label = str(label)
                if lang == "en":
                    if label.isascii():
                        _add_english(matcher, label, entry["id"])
                else:
                    matcher.add(label, entry["id"])
        for phrase in catalog.third_party_terms[lang]:
            if lang == "en":
                _add_english(matcher, phrase, THIRD_PARTY)
            else:
                matcher.add(phrase, THIRD_PARTY)
        if lang == "zh":
            for phrase in catalog.first_party_terms[lang]:
                matcher.add(phrase, FIRST_PARTY)
        catalog.matchers[lang] = matcher
    kind_words = {kind: [str(word).lower() for word in words] for kind, words in (sdk_data.get("kinds") or {}).items()}
    not_after_negation = "".join(f"(?<!{re.escape(str(prefix))})" for prefix in sdk_data.get("kind_negations") or [])
    catalog._kind_patterns = {kind: re.compile(not_after_negation + "(?:" + "|".join(map(_kind_word_regex, words)) + ")")
                              for kind, words in kind_words.items() if words}
    catalog._kind_words_longest_first = tuple(sorted(
        ((word, kind, re.compile(_kind_word_with_its_end(word))) for kind, words in kind_words.items() for word in words),
        key=lambda item: (-len(item[0]), item[0])))
    for sdk in sdk_data.get("sdks") or []:
        entity = entities[sdk["id"]]
        kinds = frozenset((entity.category,) + entity.also_serves)
        for maker in ([entity.company] if entity.company else []) + [str(m) for m in sdk.get("makers", [])]:
            catalog._maker_sdks.setdefault(maker.lower(), []).append((entity.id, kinds))
    prefixes = [(prefix, entity.id) for entity in entities.values() for prefix in entity.packages]
    catalog._prefixes = sorted(prefixes, key=lambda item: -len(item[0]))
    hosts = [(host.lower(), entity.id) for entity in entities.values() for host in entity.hosts]
    catalog._hosts = sorted(hosts, key=lambda item: -len(item[0]))
    return catalog
