"""Fast phrase matching over raw text (Aho-Corasick), shared by data-type and actor recognition.

Text and phrases are folded the same way, character by character (so offsets stay valid): full-width ASCII to
half-width, Latin letters to lower case, hyphens and curly quotes to plain forms. Matches are leftmost-longest and
non-overlapping. A phrase that begins or ends with a Latin letter or digit only matches on an ASCII word boundary,
so "IP" does not match inside "VIP" and "name" does not match inside "rename".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Generic, Iterable, TypeVar

import ahocorasick

V = TypeVar("V")


def _fold_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[code] = code - 0xFEE0
    table[0x3000] = 0x20  # ideographic space
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = code + 32
    for code in range(0xFF21, 0xFF3B):  # full-width A-Z -> a-z
        table[code] = code - 0xFEE0 + 32
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2212_":
        table[ord(dash)] = ord("-")
    for quote in "\u2018\u2019\u2032":
        table[ord(quote)] = ord("'")
    return table


def _traditional_to_simplified() -> dict[int, int]:
    """Traditional -> simplified characters (mappings/zh_t2s.yaml, one-to-one, generated from OpenCC's tables by
    scripts/make_zh_t2s.py), so that simplified terms and cue words match Traditional-Chinese policies character for
    character."""
    from .loader import load_mapping

    try:
        characters = (load_mapping("zh_t2s.yaml") or {}).get("characters") or {}
    except Exception:  # noqa: BLE001 - a missing or broken table leaves Traditional text unfolded (validate reports it)
        return {}
    return {ord(traditional): ord(simplified) for traditional, simplified in characters.items()
            if len(traditional) == 1 and len(simplified) == 1}


T2S = _traditional_to_simplified()
FOLD = {**T2S, **_fold_table()}


def fold(text: str) -> str:
    """Length-preserving normalisation used on both sides of matching: full-width to half-width, lower case,
    plain dashes and quotes, traditional to simplified Chinese characters."""
    if FOLD_CACHED_MIN <= len(text) <= FOLD_CACHED_MAX:
        return _fold_cached(text)
    return text.translate(FOLD)


# a sentence is folded several times (its analysis, the data matcher, the party matchers): the folds of the last
# `FOLD_CACHE_SIZE` texts of sentence length are kept (at most about 2 x 1024 x 4,000 characters); translating a
# Chinese sentence through the table costs far more than looking it up
FOLD_CACHED_MIN, FOLD_CACHED_MAX, FOLD_CACHE_SIZE = 24, 4000, 1024


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def _fold_cached(text: str) -> str:
    return text.translate(FOLD)


def _is_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


@dataclass(frozen=True)
class Match(Generic[V]):
    start: int
    end: int
    value: V
    phrase: str  # the folded phrase that matched


class PhraseMatcher(Generic[V]):
    """Maps phrases to values and finds them in text.

    `variants` may generate extra surface forms of each phrase (English plurals, hyphen/space variants).
    `case_sensitive` phrases are compared on the original text instead of the folded one.
    """

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
        self._has_exact = False
        self._size = 0
        self._built = False

    def add(self, phrase: str, value: V, case_sensitive: bool = False) -> None:
        key = phrase if case_sensitive else fold(phrase)
        key = " ".join(key.split())
        if not key:
            return
        automaton = self._exact if case_sensitive else self._automaton
        if key in automaton:
            return  # first registration wins; schema tests reject real duplicates
        automaton.add_word(key, (key, value))
        self._has_exact |= case_sensitive
        self._size += 1
        self._built = False

    def __len__(self) -> int:
        return self._size

    def _build(self) -> None:
        if self._size:
            if len(self._automaton):
                self._automaton.make_automaton()
            if self._has_exact:
                self._exact.make_automaton()
        self._built = True

    def find(self, text: str, accept: Callable[[str, Match[V]], bool] | None = None) -> list[Match[V]]:
        """Leftmost-longest, non-overlapping matches in `text` (among those `accept` keeps, if given)."""
        if not self._built:
            self._build()
        if not self._size or not text:
            return []
        folded = fold(text)
        candidates: list[Match[V]] = []
        sources = []
        if len(self._automaton):
            sources.append((self._automaton, folded))
        if self._has_exact:
            sources.append((self._exact, text))
        for automaton, haystack in sources:
            for end_index, (key, value) in automaton.iter(haystack):
                start = end_index - len(key) + 1
                end = end_index + 1
                # "_" joins an identifier ("nux_flow_name" names no name); folding turns it into "-", so read the text
                if _is_word_char(key[0]) and start > 0 and (_is_word_char(haystack[start - 1]) or text[start - 1] == "_"):
                    continue
                if _is_word_char(key[-1]) and end < len(haystack) and (_is_word_char(haystack[end]) or text[end] == "_"):
                    continue
                candidate = Match(start, end, value, key)
                if accept is None or accept(text, candidate):
                    candidates.append(candidate)
        candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[Match[V]] = []
        last_end = -1
        for match in candidates:
            if match.start >= last_end:
                chosen.append(match)
                last_end = match.end
            elif chosen and match.start == chosen[-1].start and match.end > chosen[-1].end:
                chosen[-1] = match
                last_end = match.end
        return chosen


def english_variants(phrase: str, hyphenated: bool = False) -> Iterable[str]:
    """Surface forms of an English phrase: itself, a regular plural of its last word, hyphen/space variants.
    With `hyphenated`, a phrase of two or three words also takes the forms with its words joined by hyphens, as a
    compound is often written ("user agent" -> "user-agent", "device ID" -> "device-ID")."""
    forms = {phrase}
    words = phrase.split(" ")
    last = words[-1]
    if last and last[-1].isalpha() and last.lower() not in _NO_PLURAL and not last.isupper():
        if last.endswith(("s", "x", "z", "ch", "sh")):
            plural = last + "es"
        elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
            plural = last[:-1] + "ies"
        else:
            plural = last + "s"
        forms.add(" ".join(words[:-1] + [plural]))
    elif last.isupper() and len(last) > 1:
        forms.add(" ".join(words[:-1] + [last + "s"]))  # IMEIs, IDs
    for form in list(forms):
        if "-" in form:
            forms.add(form.replace("-", " "))
            forms.add(form.replace("-", ""))
        if "e-mail" in form.lower():
            forms.add(form.lower().replace("e-mail", "email"))
    if hyphenated:
        forms |= {joined for form in forms for joined in _hyphen_joins(form)}
    return forms


def _hyphen_joins(form: str) -> set[str]:
    """The forms of a two- or three-word phrase with one or both gaps written as a hyphen."""
    words = form.split(" ")
    if not 2 <= len(words) <= 3 or not all(word[:1].isalnum() and word[-1:].isalnum() for word in words):
        return set()
    joins = {"-".join(words)}
    if len(words) == 3:
        joins |= {f"{words[0]}-{words[1]} {words[2]}", f"{words[0]} {words[1]}-{words[2]}"}
    return joins


_NO_PLURAL = {
    "information", "data", "history", "media", "storage", "software", "equipment", "content", "gps", "health",
    "location", "audio", "education", "income", "ethnicity", "race", "religion", "sex", "gender", "age",
    "weight", "height", "status", "settings", "details", "analytics", "metadata", "feedback",
    "clipboard", "calendar", "camera", "microphone", "usage", "activity", "behavior", "behaviour", "identity",
    "email", "e-mail", "mail",
}
