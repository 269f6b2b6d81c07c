"""Items of a permission list that name an Android permission only by its label and constant ("3. 相机（CAMERA）",
"| `READ_EXTERNAL_STORAGE` | …"): under an introduction that requests (or denies requesting) the listed permissions
("Zorv AI 会在你主动授权后按需使用下列系统权限", "本应用仅申请以下 Android 系统权限"), the item states the collection of the
data the permission gives access to, by mappings/permissions.yaml (GUIDELINES: permissions count as their data;
requesting a permission is `collect`). A permission that reads no data (INTERNET, VIBRATE, FOREGROUND_SERVICE …)
gives nothing."""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import FIRST_PARTY, Sentence, Statement
from ..taxonomy import permission_data_types
from ..taxonomy.loader import load_mapping

# an upper-case constant, with or without its package ("android.permission.CAMERA", "ACCESS_FINE_LOCATION", "CAMERA")
CONSTANT = re.compile(r"(?<![\w.])(?:[a-z][\w]*(?:\.[a-z][\w]*)*\.permission\.)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?![\w.])")

# an introduction of the permissions listed after it
ZH_PERMISSION_INTRO = re.compile(r"(?:以下|下列|如下|下述)[^。；;，,]{0,12}权限|权限[^。；;，,]{0,6}(?:如下|包括)")
EN_PERMISSION_INTRO = re.compile(r"(?i)\b(?:following|these|below)\s+(?:\w+\s+){0,2}permissions\b|\bpermissions?\b"
                                 r"[^.;:]{0,40}:\s*$")
# ... denying that the permissions are requested ("本应用不申请以下权限：", "The app does not request these permissions:")
ZH_INTRO_DENIAL = re.compile(r"(?:不|未|无需|无须)(?:会|再|需要?)?(?:申请|使用|获取|调用|请求|需要)")
EN_INTRO_DENIAL = re.compile(r"(?i)\b(?:not|never|no)\b|\b(?:been|are|were)\s+(?:\w+\s+)?removed\b"
                             r"|\b(?:removed|stripped|excluded)\s+from\b")
# an Android manifest entry that removes the permission from the merged manifest
# ('<uses-permission android:name="…AD_ID" tools:node="remove" />'): the app does not request it
REMOVED_ENTRY = re.compile(r"""\btools:node\s*=\s*["']remove(?:All)?["']""")
# ... an introduction saying that the permissions listed were taken out of the app ("the following permissions have
# been manually removed from the app's manifest:"), whose items read as list items take a collect denial
REMOVED_PERMISSIONS_INTRO = re.compile(r"(?i)\b(?:following|these|below)\s+(?:\w+\s+){0,2}permissions\b[^.;:]{0,40}"
                                       r"\b(?:removed|stripped)\b[^.;:]{0,60}:\s*$")
# a heading that belongs to the permission list ("二、音频与媒体权限", "### Permissions")
PERMISSION_WORD = re.compile(r"(?i)权限|\bpermissions?\b")
# ... and an item of it that names a system service or a manifest entry by its API name, not by a permission constant
# ("1. 无障碍服务（AccessibilityService）", "2. 查询特定应用（queries）")
API_NAMED_ITEM = re.compile(r"[（(][A-Za-z][A-Za-z0-9_.]*[)）]\s*$")


@lru_cache(maxsize=1)
def _known_permissions() -> frozenset[str]:
    """Every permission constant mappings/permissions.yaml lists, with or without data."""
    entries = (load_mapping("permissions.yaml") or {}).get("permissions") or {}
    return frozenset(name.rsplit(".", 1)[-1] for name in entries)


def permissions_named(text: str) -> list[tuple[int, str]]:
    """The known Android permission constants a line names, with their offsets."""
    known = _known_permissions()
    return [(m.start(1), m.group(1)) for m in CONSTANT.finditer(text) if m.group(1) in known]


def _governing_action(sentences: list[Sentence], index: int) -> str | None:
    """The action of the introduction the permission item at `index` is listed under: `collect` for a request,
    `not_collect` for a denial, None when no such introduction comes before it within the list (a heading that is no
    part of the permission list ends the search)."""
    for position in range(index - 1, -1, -1):
        sentence = sentences[position]
        text = sentence.text
        if permissions_named(text):
            continue  # another item of the list
        zh = sentence.language == "zh"
        if (ZH_PERMISSION_INTRO if zh else EN_PERMISSION_INTRO).search(text):
            return "not_collect" if (ZH_INTRO_DENIAL if zh else EN_INTRO_DENIAL).search(text) else "collect"
        if sentence.kind == "heading" and not PERMISSION_WORD.search(text) and not API_NAMED_ITEM.search(text):
            return None
    return None


def permission_item_statements(sentences: list[Sentence], statements: list[Statement]) -> list[Statement]:
    """The statements of permission items naming a permission by its constant, for data the line states nothing
    about already."""
    stated = {(s.line, s.data_type) for s in statements}
    types = permission_data_types()
    added: list[Statement] = []
    for index, sentence in enumerate(sentences):
        named = [(start, name) for start, name in permissions_named(sentence.text) if name in types]
        if not named:
            continue
        action = "not_collect" if REMOVED_ENTRY.search(sentence.text) else _governing_action(sentences, index)
        if action is None:
            continue
        for start, name in named:
            for data_type in types[name]:
                if (sentence.line, data_type) in stated:
                    continue
                stated.add((sentence.line, data_type))
                added.append(Statement(data_type=data_type, action=action, actor=FIRST_PARTY, text=sentence.text,
                                       line=sentence.line, term=name, source="list", language=sentence.language,
                                       verb="collect", start=start))
    return added



# a short English heading naming a permission by its label ("### Camera", "### Contacts" under "# App Permissions")
LABEL_HEADING_WORDS = 4


def permission_heading_statements(sentences: list[Sentence], find_terms,
                                  statements: list[Statement]) -> list[Statement]:
    """The statements of short English sub-headings of a permission section that name the data the permission reads
    by its label ("# App Permissions" / "### Camera" / "Allows the application to turn the flashlight on or off"):
    the label is the only place the data is named, and requesting a permission is `collect` (GUIDELINES: permissions
    count as their data; the label rule for items whose body names no data). Not under a heading denying the
    permissions, nor when the body under the label states a practice on that data itself ("### A. Location Data" /
    "We collect precise location data"), nor a label with no body, nor one naming a permission constant.
    `find_terms`: the English data terms of a text (matches with their data type as `value`); headings are not
    analysed."""
    lines_under: dict[tuple[str, ...], set[int]] = {}
    for sentence in sentences:
        if sentence.kind != "heading" and sentence.section:
            lines_under.setdefault(sentence.section, set()).add(sentence.line)
    added: list[Statement] = []
    for sentence in sentences:
        if (sentence.kind != "heading" or sentence.language != "en" or not sentence.section
                or not PERMISSION_WORD.search(sentence.section[-1]) or EN_INTRO_DENIAL.search(sentence.section[-1])
                or PERMISSION_WORD.search(sentence.text) or len(sentence.text.split()) > LABEL_HEADING_WORDS
                or CONSTANT.search(sentence.text) and permissions_named(sentence.text)):
            # (a heading naming the permission by its constant, "### [CAMERA][CAMERA]", is for
            # `permission_item_statements`)
            continue
        body = lines_under.get((*sentence.section, sentence.text))
        if not body:
            continue
        stated = {s.data_type for s in statements if s.line in body}
        for match in find_terms(sentence.text):
            kind = match.value
            if any(kind == t or t.startswith(kind + ".") or kind.startswith(t + ".") for t in stated):
                continue
            stated.add(kind)
            added.append(Statement(data_type=kind, action="collect", actor=FIRST_PARTY, text=sentence.text,
                                   line=sentence.line, term=sentence.text[match.start:match.end],
                                   source="heading_context", language=sentence.language, verb="collect",
                                   start=match.start))
    return added
