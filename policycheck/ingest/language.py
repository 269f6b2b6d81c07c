"""Language of a text: Chinese or English, by script counts.

A Chinese character counts as about two-thirds of a word, an English word as one, an upper-case acronym (IMEI, MAC,
SDK, IDFA), which Chinese text uses as much as English, as half of one. Blocks are labelled one by one (mixed documents
exist); the document's language is the majority by content.
"""

from __future__ import annotations

import re

_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# A web address: no word of either language ("SDK官网：https://x5.tencent.com/" is a Chinese line), no sentence end
# ("…?locale=en_US"), no data term (".../privacy/location"). It ends at a space, bracket, quote, comma or Chinese
# character ("账号系统https://user.mihoyo.com查询到您的个人信息": the address is "https://user.mihoyo.com").
URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"',，。；、）\u3000-\u9fff\uff00-\uffef]+", re.I)


def counts(text: str) -> tuple[float, float]:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")
    words = _LATIN_WORD.findall(URL.sub(" ", text))
    acronyms = sum(1 for word in words if word.isupper() and len(word) <= 6)
    return cjk / 1.5, len(words) - acronyms / 2


def detect(text: str, default: str = "en") -> str:
    zh, en = counts(text)
    if zh == en == 0:
        return default
    return "zh" if zh >= en else "en"
