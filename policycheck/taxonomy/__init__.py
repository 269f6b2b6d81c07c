"""Taxonomy: data-type IDs and their surface terms, actors (first party, third parties, SDKs), and matchers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..ingest.language import URL
from .entities import Entity, EntityCatalog, load_entities
from .loader import NO_DATA, load_mapping, load_taxonomy, validate_mappings
from .matcher import Match, PhraseMatcher, english_variants, fold
from .model import DataType, Taxonomy

__all__ = [
    "DataType", "Entity", "EntityCatalog", "Match", "PhraseMatcher", "Taxonomy", "data_matcher", "english_variants",
    "fold", "load_entities", "load_mapping", "load_taxonomy", "permission_data_types", "validate_mappings",
]


_EN_HEADS = ("information", "data", "details", "identifiers", "identifier", "ids", "id", "addresses", "address",
             "numbers", "number", "records", "history", "logs", "settings", "info", "characteristics", "type", "types",
             "version", "versions")
_ZH_HEADS = ("信息", "数据", "记录", "号码", "地址", "权限", "资料", "标识符", "识别码")
# the gap between two items of one list: "A, B", "A and the B", "A、B", "A及您的B", "A（注释）、B"
_LIST_GAP = re.compile(r"^\s*(?:（[^（）]{0,10}）|\([^()]{0,10}\))?\s*(?:,|、|，|;|/)?\s*(?:and/or|and|or|as well as|以及|及其|和|及|与|或)?\s*"
                       r"(?:your|the|their|his|her|its|any|other|您的|你的|其他|其它|其)?\s*$", re.I)
# the gap to a data term across one unnamed item of the same list ("个人照片、首选语言、城市", "名字、描述和城市"), also
# across one of slash-joined alternatives ("昵称、手机/固话/传真")
_ZH_LIST_GAP_ACROSS = re.compile(r"^、[\u4e00-\u9fff]{1,6}(?:、|/|和|及|以及|与|或)$")
# in English, across one unnamed item of one or two words between commas ("email address, ORCID, country")
_EN_LIST_GAP_ACROSS = re.compile(r"^,\s*[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?,\s*(?:and |or )?$")
_LIST_RUN = 3  # `in_runs` words in a row that make a list
_POSSESSIVE_OBJECT = ("您的", "你的")  # the gap between a verb and the person's data it governs
# An Android permission constant named in a policy ("`android.permission.ACCESS_FINE_LOCATION`", "READ_CONTACTS"):
# the data it gives access to, by mappings/permissions.yaml
_PERMISSION_CONSTANT = re.compile(r"(?<![\w.])(?:(?:android|com\.google\.android\.gms)\.permission\.)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?!\w)")
# "实名认证相关信息", "与交易相关的信息": information related to a kind of data is that data when "<kind>信息" is a known phrase
_ZH_RELATED = re.compile(r"([\u4e00-\u9fff]{2,6})相关的?(信息|数据)")
_EN_EXAMPLE_BEFORE = re.compile(r"(?:\bsuch as|\be\.g\.,?|\bfor example,|\bfor instance,)\s+(?:your\s+)?$", re.I)
_EN_EXAMPLE_END = re.compile(r"\s*(?:[.;)]|$)")  # the example ends there: not "such as age verification data"
# a bare list word that modifies the noun after it names that thing, not the datum ("our chat transcripts and email
# tickets", "call recordings and email campaigns"); nor do documents named as the proof of other data ("your income,
# and the documents that evidence it, such as pay stubs")
_EN_LIST_WORD_MODIFIER = re.compile(r" (?:tickets?|campaigns?|support|marketing|newsletters?|notifications?|alerts?|"
                                    r"reminders?|threads?|(?:that|which) (?:evidences?|proves?|confirms?|substantiates?)|"
                                    r"evidencing|proving|substantiating)(?![\w-])", re.I)
_EN_EXAMPLE_AFTER = re.compile(r",?\s+(?:for example|for instance|e\.g\.)\)", re.I)
_ONLY_MARKS = re.compile(r"[\W_]*")  # list markers, emphasis and punctuation around a lone list word
# what may stand before the word that opens an English list item: emphasis, a determiner or a wh-word ("the country
# id", "which country you view the site from")
_EN_ITEM_OPENING = re.compile(r"[\W_]*(?:(?:your|the|a|an|which|what)\s+)?", re.I)
# … and what may follow it: the item's end, a bracket, a dash or a clause ("Country based on OS settings", "Posts are
# not removed"), not a noun it modifies ("Voice notes", "Email communications"), "of" ("addresses of websites") or
# further labels ("Images, Video, and Objects")
_EN_ITEM_HEAD_END = re.compile(r"[*_]*(?:\s*(?:$|[.;:(\u2013\u2014-])|\s+(?:you|we|they|it|is|are|was|were|will|may|can|"
                               r"from|in|on|at|for|with|by|[a-z]+ed)\b)", re.I)
_EN_NOT_IN_CONJUNCT = r"(?:and|or|you|we|us|they|them|it|which|who|that|to|for|of|with|by|from|on|in)\b"
# an item that is two to four short noun phrases joined by commas, "and" or "or", with no verb-like word, pronoun or
# preposition ("User input, documents, or data files", "Your PDF documents or their contents."), and each of them
_EN_CONJUNCT = re.compile(r"(?:(?:your|the|their|any|other|its)\s+)?(?!" + _EN_NOT_IN_CONJUNCT + r")[A-Za-z][\w-]*"
                          r"(?:\s+(?!" + _EN_NOT_IN_CONJUNCT + r")[A-Za-z][\w-]*){0,2}", re.I)
_EN_COORDINATED_ITEM = re.compile(r"[\W_]*((?!(?:to|for|by|when|if|how|what|which|we|you)\b)" + _EN_CONJUNCT.pattern
                                  + r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and/or|and|or)\s+)" + _EN_CONJUNCT.pattern
                                  + r"){1,3})[\s.;,*_]*", re.I)
_EN_COORDINATED = re.compile(r"([a-z][a-z'-]*(?: [a-z][a-z'-]*)?)(?:,? and/or|,? and|,? or|,) $")
# "technical and settings data"; "interaction and system performance data" (a two-word last conjunct, no comma before
# "and", not "a device and other personal information"); "order and ticket records" ("order records" is a term)
_EN_COORDINATION_RUN = re.compile(r"\b(?P<items>[a-z][a-z-]*(?:, [a-z][a-z-]*)*)(?:,? (?:and|or|and/or) [a-z][a-z-]*| (?:and|or) "
                                  r"(?!(?:other|otherwise|any|all|personal|related|such|similar|additional|certain|more|"
                                  r"some|your|their|the|its|our|this|these|those|that|which|for|to|with|of|from|in|on|by|at|about|as)\b)"
                                  r"[a-z][a-z-]* [a-z][a-z-]*) "
                                  r"(?P<head>data|information|details|info|records)\b", re.I)
_ZH_COORDINATED = re.compile(r"([\u4e00-\u9fffA-Za-z]{1,6})(?:和|及|与|或|、|以及|及其)$")
# a practice verb glued to the first conjunct of an elided list ("收集技术和交互数据", "使用设备和网络信息")
_ZH_VERB_BEFORE_CONJUNCT = re.compile(r"(?:收集|采集|获取|使用|处理|共享|发送|接收|上传|存储|保存)(?=[\u4e00-\u9fff]{2,4}$)")


@lru_cache(maxsize=1)
def permission_data_types() -> dict[str, tuple[str, ...]]:
    """Permission constant (the name after the last dot) -> the data type a policy naming it names, by
    mappings/permissions.yaml: its one data type, or for a permission of several the first listed (what it is
    mainly for), widened to their parent when the types listed right after it are its siblings (READ_PHONE_STATE:
    IMEI, IMSI, ICCID … -> device.id; ACCESS_BACKGROUND_LOCATION: precise and coarse -> location; GUIDELINES:
    permissions count as their data)."""
    entries = (load_mapping("permissions.yaml") or {}).get("permissions") or {}
    return {name.rsplit(".", 1)[-1]: _main_permission_type(tuple(entry["data_types"]))
            for name, entry in entries.items() if entry.get("data_types")}


def _main_permission_type(types: tuple[str, ...]) -> tuple[str, ...]:
    main = types[0]
    parent = main.rsplit(".", 1)[0] if "." in main else ""
    if len(types) > 1 and parent and types[1].rsplit(".", 1)[0] == parent and "." in types[1]:
        return (parent,)
    return (main,)


def _in_parentheses(text: str, position: int) -> bool:
    return any(text.rfind(opening, 0, position) > text.rfind(closing, 0, position) for opening, closing in ("（）", "()"))


def _senses_by_term(senses: list[tuple]) -> dict[str | None, list[tuple]]:
    """Sense entries (term, type, after, near, unless) by the term they read, each list in the entries' own order and
    with the entries for any term (`ANY_TERM`) among them; under None, those for any term alone."""
    by_term: dict[str | None, list[tuple]] = {None: [e for e in senses if e[0] == ANY_TERM]}
    for term in dict.fromkeys(e[0] for e in senses if e[0] != ANY_TERM):
        by_term[term] = [e for e in senses if e[0] == term or e[0] == ANY_TERM]
    return by_term


def _sense_regex(entry: str | None) -> re.Pattern[str] | None:
    return re.compile(str(entry).removeprefix("re:")) if entry else None


def _table_cell_alone(text: str, match: Match[str]) -> bool:
    """Whether `match` fills a cell of a table row ("… we collect | Address") but for list markers and emphasis."""
    start, end = text.rfind("|", 0, match.start), text.find("|", match.end)
    return bool(_ONLY_MARKS.fullmatch(text[start + 1:match.start])
                and _ONLY_MARKS.fullmatch(text[match.end:end if end >= 0 else len(text)]))


def _pattern_union(regexes: list[str]) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...] | None]:
    """One case-insensitive regex for a data type's `patterns`, bounded by non-ASCII-word characters (so that it
    matches inside Chinese text but not inside an English word or identifier); the regex for folded text without
    `ASCII_CASE_VARIANTS`: the same one compiled case-sensitively (about twice as fast) when no regex has a capital;
    and for that case-sensitive one, strings one of which the text must hold for it to match (`_required_literals`)."""
    source = r"(?<![A-Za-z0-9_-])(?:" + "|".join(f"(?:{r})" for r in regexes) + r")(?![A-Za-z0-9_-])"
    insensitive = re.compile(source, re.I)
    if not all(map(_lower_case, regexes)):
        return insensitive, insensitive, None
    return insensitive, re.compile(source), _required_literals(regexes)


def _lower_case(regex: str) -> bool:
    """Whether the only cased letters of `regex` are lower-case ASCII ones (escapes such as "\\W" aside), and it has no
    code point escapes: in folded text (no capital ASCII letter), case-insensitively it matches what it matches
    case-sensitively, unless the text has one of `ASCII_CASE_VARIANTS`."""
    return not re.search(r"\\[xuUN]", regex) and all(
        char.lower() == char.upper() or char.isascii() and char.islower() for char in re.sub(r"\\.", "", regex))


def _required_literals(regexes: list[str], ignore_case: bool = False) -> tuple[str, ...] | None:
    """Strings one of which the text holds wherever one of `regexes` (compiled case-sensitively) matches, or None
    when some regex needs none: a cheap test that skips a type's regexes on most sentences. With `ignore_case`, for
    regexes compiled with `re.I`: ASCII strings in lower case, one of which the lower-cased text holds unless it has
    one of `ASCII_CASE_VARIANTS` ("please " for "(?i)\\bplease (do not|never)\\b" in "PLEASE never …")."""
    try:
        from re import _constants, _parser
    except ImportError:  # Python 3.10 names them sre_constants / sre_parse
        import sre_constants as _constants
        import sre_parse as _parser

    found: set[str] = set()
    for regex in regexes:
        try:
            parsed = _parser.parse(regex)
        except re.error:
            return None
        unsupported = re.X if ignore_case else re.I | re.X
        required = None if parsed.state.flags & unsupported else _literals_in(parsed.data, _constants)
        if not required:
            return None
        found |= required
    if ignore_case:
        if not all(map(str.isascii, found)):
            return None
        found = {literal.lower() for literal in found}
    return tuple(sorted(found))


def literal_finder(owners: dict[str, int]) -> tuple | None:
    """For a list of patterns and the strings each needs (`_required_literals`; `owners`: string -> bit mask of the
    patterns needing it), for `literals_present`: a regex of the strings, longest first; for each string the patterns
    of it and of every string it starts with; and the pairs (string, its patterns). None when there are none."""
    if not owners:
        return None
    ordered = sorted(owners, key=lambda literal: (-len(literal), literal))
    regex = re.compile("|".join(re.escape(literal) for literal in ordered))
    prefixes = {}
    for literal in ordered:
        mask = 0
        for length in range(len(literal) + 1):
            mask |= owners.get(literal[:length], 0)
        prefixes[literal] = mask
    return regex, prefixes, tuple(owners.items())


def literals_present(finder: tuple, haystack: str) -> int:
    """The patterns (a bit mask) one of whose required strings `haystack` holds. `finder` (`literal_finder`) is a
    regex of all the strings, longest first, so a search finds the longest at each position it tries; the strings
    found there are it and those of the others it starts with (`prefixes`). In an ASCII text (English, where common
    words such as "you" and "data" are required strings and a scan stops at dozens of them) each string is tested
    as a substring instead, only while some of its patterns are not yet in the mask: the same mask in about half the
    time; Chinese text, which holds few of its strings, is scanned."""
    regex, prefixes, pairs = finder
    mask = 0
    if haystack.isascii():
        for literal, owners in pairs:
            if owners & ~mask and literal in haystack:
                mask |= owners
        return mask
    search = regex.search
    found = search(haystack)
    while found is not None:
        mask |= prefixes[found.group()]
        found = search(haystack, found.start() + 1)
    return mask


def _literals_in(items, constants) -> set[str] | None:
    """Of a parsed regex sequence: a set of strings one of which every match contains (the longest such option found:
    a run of literal characters, a group's, a branch's when each alternative has one, a repeated item's when it
    occurs at least once), or None."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(options: set[str] | None) -> None:
        nonlocal best
        if options and (best is None or min(map(len, options)) > min(map(len, best))):
            best = options

    for op, arg in items:
        if op is constants.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is constants.SUBPATTERN:
            _, add_flags, del_flags, sub = arg
            if not (add_flags & (re.I | re.X) or del_flags):
                consider(_literals_in(sub.data, constants))
        elif op is constants.BRANCH:
            alternatives = [_literals_in(alternative.data, constants) for alternative in arg[1]]
            if all(alternatives):
                consider(set().union(*alternatives))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT) and arg[0] >= 1:
            consider(_literals_in(arg[2].data, constants))
    if run:
        consider({"".join(run)})
    return best


# the letters outside ASCII that a case-insensitive regex takes for ASCII letters: dotted and dotless i, long s and the
# Kelvin sign (tests/test_mappings.py checks that there are no others)
ASCII_CASE_VARIANTS = re.compile("[\u0130\u0131\u017f\u212a]")


# a `senses` entry whose term is "*" reads every term by its context ("on-device model", "Non-PII information")
ANY_TERM = "*"


class DataMatcher:
    """Finds data-type phrases; phrases of the `ignore` list ("non-personal information") win and are dropped.

    Elliptical coordination is expanded: in "device and network information" / "设备及网络信息" the bare "device" /
    "设备" is read as "device information" / "设备信息" when that is a known phrase.
    """

    def __init__(self, lang: str) -> None:
        taxonomy = load_taxonomy()
        self.lang = lang
        self._list_words: PhraseMatcher[str] = PhraseMatcher()
        # in Chinese a list word is often glued inside a longer phrase the `ignore` list drops ("短信验证码" is no 短信);
        # in English it is a word of its own, and the broad ignored phrases would hide list items that are data
        for phrase in taxonomy.ignore.get(lang, []) if lang == "zh" and taxonomy.list_terms.get(lang) else []:
            self._list_words.add(phrase, "")
        for type_id, words in taxonomy.list_terms.get(lang, {}).items():
            for word in words:
                for form in english_variants(word) if lang == "en" else (word,):
                    self._list_words.add(form, type_id)
        self._run_words: PhraseMatcher[str] = PhraseMatcher()
        for phrase in taxonomy.ignore.get(lang, []) if taxonomy.run_terms.get(lang) else []:
            self._run_words.add(phrase, "")  # "浏览器" is no 浏览
        for type_id, words in taxonomy.run_terms.get(lang, {}).items():
            for word in words:
                self._run_words.add(word, type_id)
        endings = [str(e).removeprefix("re:") if str(e).startswith("re:") else re.escape(str(e))
                   for e in taxonomy.run_endings.get(lang, [])]
        self._run_of_features = re.compile("|".join(f"(?:{e})" for e in endings)) if endings else None
        senses = [(fold(str(term)), entry["type"], _sense_regex(entry.get("after")), _sense_regex(entry.get("near")),
                   _sense_regex(entry.get("unless")), bool(entry.get("also")))
                  for entry in taxonomy.senses.get(lang, [])
                  for term in ([entry["term"]] if "term" in entry else entry["terms"])]
        self._senses = [sense[:5] for sense in senses if not sense[5]]
        self._also_senses = [sense[:5] for sense in senses if sense[5]]  # senses that add a type, keeping the term's
        self._senses_by_term = _senses_by_term(self._senses)
        self._also_senses_by_term = _senses_by_term(self._also_senses)
        self._patterns = [(type_id, *_pattern_union(regexes))
                          for type_id, regexes in taxonomy.patterns.get(lang, {}).items() if regexes]
        # the types whose regexes need no particular string (bit i for self._patterns[i]), and one finder of the
        # strings the others need: `_with_patterns` scans the text once for all of them
        self._patterns_always = sum(1 << i for i, entry in enumerate(self._patterns) if entry[3] is None)
        owners: dict[str, int] = {}
        for i, entry in enumerate(self._patterns):
            for literal in entry[3] or ():
                owners[literal] = owners.get(literal, 0) | 1 << i
        self._patterns_finder = literal_finder(owners)
        self._also: dict[str, list[str]] = {}  # folded term -> the further ids it names
        for type_id, phrases in taxonomy.also.get(lang, {}).items():
            for phrase in phrases:
                for form in english_variants(phrase, hyphenated=True) if lang == "en" else (phrase,):
                    self._also.setdefault(_folded_key(form), []).append(type_id)
        self._matcher: PhraseMatcher[str] = PhraseMatcher()
        self._lookup: dict[str, str] = {}
        # hyphen-joined forms ("user-agent") match written compounds, not code names, which fold "_" to "-"
        # ("phone_number", "session_id" in a cookie table): the folded forms of terms and ignored phrases as listed,
        # and those with their words joined by hyphens
        written: set[str] = set()
        joined: set[str] = set()
        for phrase in taxonomy.ignore.get(lang, []):
            for form in self._surface_forms(str(phrase), written, joined):
                self._matcher.add(form, "")
        for type_id, phrases in taxonomy.terms.get(lang, {}).items():
            for phrase in phrases:
                for form in self._surface_forms(str(phrase), written, joined):
                    self._matcher.add(form, type_id)
                    self._lookup.setdefault(_folded_key(form), type_id)
        self._hyphen_joined = joined - written

    def _surface_forms(self, phrase: str, written: set[str], joined: set[str]) -> Iterable[str]:
        """The forms `phrase` is matched in (English: plurals, hyphen and space variants, hyphen-joined compounds),
        adding the folded forms as listed to `written` and all of them to `joined`."""
        if self.lang != "en":
            return (phrase,)
        forms = english_variants(phrase, hyphenated=True)
        written.update(_folded_key(form) for form in english_variants(phrase))
        joined.update(_folded_key(form) for form in forms)
        return forms

    def find(self, text: str) -> list[Match[str]]:
        matches = self._matcher.find(text, self._written_compound if self._hyphen_joined else None)
        if self._patterns:
            matches = self._with_patterns(text, matches)
        if self.lang == "zh" and "相关" in text:
            matches = self._with_related(text, matches)
        if "_" in text:  # a permission constant ("ACCESS_FINE_LOCATION") has one, in either language
            matches = self._with_permissions(text, matches)
        if "://" in text or "www." in text:  # ".../cookie-policy", ".../privacy/location": words of an address
            urls = [(u.start(), u.end()) for u in URL.finditer(text)]
            matches = [m for m in matches if not any(a <= m.start < b for a, b in urls)]
        extra: list[Match[str]] = []
        for match in matches:
            if match.value:
                extra += self._elided(text, match, matches)
        if self.lang == "en":
            extra += self._elided_before_unknown(text, matches + extra)
        found = sorted([match for match in matches if match.value] + extra, key=lambda m: m.start)
        if len(self._run_words):
            found = sorted(found + self._word_runs(text, found), key=lambda m: m.start)
        if len(self._list_words) and found:
            found = self._with_list_words(text, found)
        elif len(self._list_words) and len(text) <= 40:
            found = self._list_word_alone(text)
        elif len(self._list_words) and self.lang == "en":
            found = self._with_list_words(text, found)  # a list word given as an example of data
        if self._senses:
            # a sense of type `none` reads the term as no data at all in its context
            found = [m for m in (self._sense(text, match) for match in found) if m.value != NO_DATA]
        if self._also_senses:
            found = sorted(found + [Match(m.start, m.end, type_id, m.phrase) for m in found
                                    for type_id in self._senses_of(text, m, self._also_senses_by_term)],
                           key=lambda m: m.start)
        if self._also:
            found = sorted(found + [Match(m.start, m.end, type_id, m.phrase) for m in found
                                    for type_id in self._also.get(m.phrase, ())], key=lambda m: m.start)
        return found

    def _written_compound(self, text: str, match: Match[str]) -> bool:
        """A hyphen-joined term that names data: "your user-agent header", "User-agent (info about the browser)"; not
        a code name ("session_id") nor a modifier of another noun ("text-message reminders", "the private-message
        outbox", "family-tree and messaging features"); other matches are kept."""
        if match.phrase not in self._hyphen_joined:
            return True
        if "_" in text[match.start:match.end]:
            return False
        following = _NEXT_WORD.match(text, match.end)
        return following is None or following.group(1).lower() in _DATA_HEADS

    @staticmethod
    def _with_permissions(text: str, matches: list[Match[str]]) -> list[Match[str]]:
        """Android permission constants ("ACCESS_COARSE_LOCATION" -> location.coarse) in place of the words matched
        inside them ("AD_ID": one match, device.id.ad_id)."""
        types = permission_data_types()
        found = [(m.start(), m.end(), types[m.group(1)]) for m in _PERMISSION_CONSTANT.finditer(text)
                 if m.group(1) in types]
        if not found:
            return matches
        kept = [m for m in matches if not any(start <= m.start and m.end <= end for start, end, _ in found)]
        added = [Match(start, end, type_id, fold(text[start:end])) for start, end, ids in found for type_id in ids]
        return sorted(kept + added, key=lambda m: m.start)

    def _with_patterns(self, text: str, matches: list[Match[str]]) -> list[Match[str]]:
        """Descriptions matched by the `patterns` regexes (on the folded text) where no listed or ignored phrase matches.
        Two types' patterns may match the very same words ("calls … are recorded" is audio and a message)."""
        added: list[Match[str]] = []
        folded = fold(text)
        same = ASCII_CASE_VARIANTS.search(folded) is None  # the case-sensitive regexes match as the others do
        entries = self._patterns
        if same:
            # only the types one of whose needed strings the text holds (or that need none): the others cannot match
            mask = self._patterns_always
            if self._patterns_finder is not None:
                mask |= literals_present(self._patterns_finder, folded)
            entries = [entry for i, entry in enumerate(self._patterns) if mask >> i & 1]
        for type_id, insensitive, sensitive, literals in entries:
            for found in (sensitive if same else insensitive).finditer(folded):
                start, end = found.span()
                # words ignored alone ("questions", "comments") do not stand in the way of a pattern whose phrase
                # one of them ends, read in its context ("to process and answer questions", "respond to comments and
                # questions"; not "the tasks and comments you select")
                ends_ignored = any(not m.value and m.end == end and m.start >= start for m in matches)
                if any(m.start < end and start < m.end and (m.value or m.start < start or m.end > end
                                                            or not ends_ignored) for m in matches) or any(
                        m.start < end and start < m.end and (m.start, m.end) != (start, end) for m in added):
                    continue
                added.append(Match(start, end, type_id, found.group(0)))
        return sorted(matches + added, key=lambda m: m.start) if added else matches

    def _with_related(self, text: str, matches: list[Match[str]]) -> list[Match[str]]:
        """"X相关信息" where "X信息" is a known phrase and no other phrase covers it."""
        added: list[Match[str]] = []
        folded = fold(text)
        for found in _ZH_RELATED.finditer(folded):
            if any(m.start < found.end() and found.start() < m.end for m in matches):
                continue
            word, head = found.group(1), found.group(2)
            for cut in range(len(word) - 1):
                type_id = self._lookup.get(word[cut:] + head)
                if type_id:
                    added.append(Match(found.start(1) + cut, found.end(), type_id, word[cut:] + head))
                    break
        return sorted(matches + added, key=lambda m: m.start) if added else matches

    def _sense(self, text: str, match: Match[str]) -> Match[str]:
        """A term read by the words right before it ("填写个人资料" is the profile, "收集您的个人资料" personal data) or by
        what its sentence is about (a storage permission to upload photos is photo access)."""
        for type_id in self._senses_of(text, match, self._senses_by_term):
            return Match(match.start, match.end, type_id, match.phrase)
        return match

    @staticmethod
    def _senses_of(text: str, match: Match[str], senses_by_term: dict[str | None, list[tuple]]) -> list[str]:
        """The types of the sense entries whose term is the match and whose context the text fits, in their order."""
        return [type_id for term, type_id, after, near, unless in senses_by_term.get(match.phrase, senses_by_term[None])
                if (match.phrase == term or term == ANY_TERM)
                and (after is None or after.search(text, max(0, match.start - 24), match.start))
                and (near is None or near.search(text)) and (unless is None or not unless.search(text))]

    def _with_list_words(self, text: str, found: list[Match[str]]) -> list[Match[str]]:
        """Bare words such as "address" or "age" count as data only as items of a list of data terms."""
        candidates = [m for m in self._list_words.find(text)
                      if m.value and not any(m.start < f.end and f.start < m.end for f in found)]
        if self.lang == "en":
            candidates = [m for m in candidates if not _EN_LIST_WORD_MODIFIER.match(text, m.end)]
            # an example given for data ("information you have made publicly available (comments, for example)",
            # "content such as comments"), or the whole cell of a table row that names data elsewhere ("| Specific
            # personal data we collect | Address |")
            for candidate in list(candidates):
                if (_EN_EXAMPLE_BEFORE.search(text, 0, candidate.start) and _EN_EXAMPLE_END.match(text, candidate.end)
                        or _EN_EXAMPLE_AFTER.match(text, candidate.end)
                        or "|" in text and _table_cell_alone(text, candidate)):
                    found.append(candidate)
                    candidates.remove(candidate)
        added = True
        while candidates and added:
            added = False
            for candidate in list(candidates):
                before = max((f for f in found if f.end <= candidate.start), key=lambda f: f.end, default=None)
                after = min((f for f in found if f.start >= candidate.end), key=lambda f: f.start, default=None)
                # the gap to a neighbouring term must not be empty: a word glued to a term ("WIFI网卡MAC地址") is part of
                # it, not a list item; an English word right before a term modifies it ("their school Google account")
                if (before is not None and before.end < candidate.start and self._list_gap(text[before.end:candidate.start])
                        ) or (after is not None and candidate.end < after.start
                              and self._list_gap(text[candidate.end:after.start])
                              and not (self.lang == "en" and text[candidate.end:after.start].isspace())):
                    found.append(candidate)
                    candidates.remove(candidate)
                    added = True
        return sorted(found, key=lambda m: m.start)

    def _list_gap(self, gap: str) -> bool:
        return bool(_LIST_GAP.match(gap) or (self.lang == "zh" and _ZH_LIST_GAP_ACROSS.match(gap))
                    or (self.lang == "en" and _EN_LIST_GAP_ACROSS.match(gap)))

    def _word_runs(self, text: str, found: list[Match[str]]) -> list[Match[str]]:
        """`in_runs` words in a run of three or more list items ("您的浏览、搜索、评论等信息"; the other items may be
        data terms)."""
        words = [m for m in self._run_words.find(text)
                 if m.value and not any(m.start < f.end and f.start < m.end for f in found)]
        items = sorted(words + found, key=lambda m: m.start)
        runs: list[list[Match[str]]] = []
        for item in items:
            if _in_parentheses(text, item.start):
                continue  # "点赞（喜欢/收藏）、评论": a gloss, not an item
            gap = text[runs[-1][-1].end:item.start] if runs else ""
            # "出售、分享或交易您的个人信息": a run word right before the person's data is a verb with its object
            if (runs and runs[-1][-1].end < item.start and _LIST_GAP.match(gap)
                    and not (runs[-1][-1] in words and gap in _POSSESSIVE_OBJECT)):
                runs[-1].append(item)
            else:
                runs.append([item])
        return [item for run in runs if len(run) >= _LIST_RUN and not (
                    self._run_of_features and self._run_of_features.match(text, run[-1].end))
                for item in run if item in words]

    def _list_word_alone(self, text: str) -> list[Match[str]]:
        """A bare list word that is the whole text ("* Email", "Age:"): an item of a list of data, one per line."""
        words = [m for m in self._list_words.find(text) if m.value]
        if len(words) == 1 and _ONLY_MARKS.fullmatch(text[:words[0].start]) and _ONLY_MARKS.fullmatch(text[words[0].end:]):
            return words
        return []

    def item_head(self, text: str, found: list[Match[str]]) -> list[Match[str]]:
        """In English, the bare list word that opens a list item and that no term covers ("- Country based on OS
        settings", "* which country you view the site from", "* Posts are *not* removed"): the
        item names one datum of its list, as a lone list word does (`_list_word_alone`)."""
        if self.lang != "en":
            return []
        words = [m for m in self._list_words.find(text) if m.value
                 and not any(m.start < f.end and f.start < m.end for f in found)]
        if self._senses:
            # a list word read as no data in its context ("- Corporate transactions and legal requests") heads no item
            words = [m for m in words if self._sense(text, m).value != NO_DATA]
        first = min(words, key=lambda m: m.start, default=None)
        if first is None:
            return []
        if (not _EN_ITEM_OPENING.fullmatch(text[:first.start])
                or not _EN_ITEM_HEAD_END.match(text, first.end) or any(f.start < first.start for f in found)):
            return self._coordinated_item_words(text, words)
        return [first]

    @staticmethod
    def _coordinated_item_words(text: str, words: list[Match[str]]) -> list[Match[str]]:
        """The bare list words that end a conjunct of an English item that is only a coordination of short noun
        phrases ("- User input, documents, or data files", "* Your PDF documents or their contents."): each names one
        datum of its list, as an item's opening word does."""
        item = _EN_COORDINATED_ITEM.fullmatch(text)
        if item is None:
            return []
        ends = {conjunct.end() for conjunct in _EN_CONJUNCT.finditer(text, item.start(1), item.end(1))}
        return [word for word in words if word.end in ends]

    def _elided(self, text: str, match: Match[str], matches: list[Match[str]]) -> list[Match[str]]:
        words = match.phrase.split(" ")
        if self.lang == "en":
            head = words[-1] if words[-1] in _EN_HEADS else ""
            if not head or len(words) < 2:
                return []
            pattern, joiner = _EN_COORDINATED, " "
        else:
            head = next((h for h in _ZH_HEADS if match.phrase.endswith(h) and len(match.phrase) > len(h)), "")
            if not head:
                return []
            pattern, joiner = _ZH_COORDINATED, ""
        found: list[Match[str]] = []
        end = match.start
        for _ in range(6):  # "A, B and C information"
            before = fold(text[max(0, end - 40):end])
            coordinated = pattern.search(before)
            if not coordinated:
                break
            word = coordinated.group(1)
            start = end - len(before) + coordinated.start(1)
            if any(m.start <= start < m.end for m in matches):
                break
            # zh: the conjunct may carry a modifier ending in 的 ("必要的设备、帐号及日志信息": 设备 of 必要的设备), unless
            # the head names what is protected ("您的隐私和个人信息安全")
            candidates = ([word] + ([word[word.rindex("的") + 1:]] if "的" in word[:-1] and not
                                    text.startswith("安全", match.end) else [])
                          if self.lang == "zh" else [word, word.split(" ")[-1]])
            if self.lang == "zh" and (verb := _ZH_VERB_BEFORE_CONJUNCT.search(candidates[-1])):
                # the conjunct glued to the verb that takes the list ("收集技术和交互数据": 技术 of 收集技术)
                candidates.append(candidates[-1][verb.end():])
            type_id = None
            for candidate in candidates:
                type_id = self._lookup.get(f"{candidate}{joiner}{head}")
                if type_id:
                    start = start + len(word) - len(candidate)
                    break
            if not type_id:
                break
            found.append(Match(start, start + len(candidate), type_id, f"{candidate}{joiner}{head}"))
            end = start
        return found

    def _elided_before_unknown(self, text: str, matches: list[Match[str]]) -> list[Match[str]]:
        """"technical and settings data": the head also completes the earlier conjuncts when the last one is not a
        data term itself ("technical data" is; "settings data" is not)."""
        found: list[Match[str]] = []
        for run in _EN_COORDINATION_RUN.finditer(text):
            head = run.group("head").lower()
            for word in re.finditer(r"[a-z][a-z-]*", run.group("items"), re.I):
                start = run.start("items") + word.start()
                if any(m.start <= start < m.end for m in matches + found):
                    continue
                type_id = self._lookup.get(f"{fold(word.group(0))} {head}")
                if type_id:
                    found.append(Match(start, start + len(word.group(0)), type_id, f"{word.group(0)} {head}"))
        return found

    def __len__(self) -> int:
        return len(self._matcher)


_NEXT_WORD = re.compile(r" ([A-Za-z]+)")
_DATA_HEADS = {"information", "info", "data", "details", "header", "headers", "string", "strings", "content", "record",
               "records", "value", "values",  # nouns a hyphen-joined term may modify and still name the data
               # and words that end a noun phrase ("your IP-address is stored", "the user-agent of the request")
               "is", "are", "was", "were", "be", "may", "will", "can", "of", "to", "from", "for", "in", "on", "with", "by",
               "as", "at", "that", "which", "we", "you"}


def _folded_key(form: str) -> str:
    """A term form folded, with its spaces normalised: the key of the term lookups."""
    return " ".join(fold(form).split())


@lru_cache(maxsize=None)
def data_matcher(lang: str) -> DataMatcher:
    """Phrase -> data-type id matcher for one language (English phrases with their plural variants)."""
    return DataMatcher(lang)
