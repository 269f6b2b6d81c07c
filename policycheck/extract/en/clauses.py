"""Generic helpers on spaCy dependency trees.

Conjuncts (`_first_conjunct`), subjects (`_subject_token`, `_has_subject`), clause verbs and describing or relative
clauses, contrast ("but") between conjuncts, infinitive markers, condition and fragment clauses, and the text of a
parsed sentence (`_doc_text`). No rule here decides a practice: the other modules build on these.
"""

from __future__ import annotations

import re

from ..lexicon import any_match, patterns_to_try
from .words import (BARE_DATA_NOUNS, CONDITION_MARKS, CONTROL_VERBS, ENGAGING_VERBS,
    PERMISSION_VERBS, SECOND_PERSON)


def _passive_after_clause(verb):
    """A passive verb with no subject of its own that the parser made a conjunct of an adverbial clause of the passive
    `verb` ("X are fetched when you ask for them and are cached …": "cached" hung on "ask"), else None."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        for conj in clause.conjuncts:
            if (conj.i > clause.i and conj.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in conj.children)
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") for c in conj.children)):
                return conj
    return None


def _object_read_as_verb(token):
    """The verb whose second object the parser read as a verb conjunct in the third person, when `token` hangs
    on that conjunct by "to" ("We send newsletters and offers to your email address", "send newsletters and updates
    to your email address": "offers" / "updates" a conjunct of "send" with no subject or object of its own), else
    None."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    read = prep.head
    if read.dep_ != "conj" or read.tag_ != "VBZ" or read.head.pos_ != "VERB" or read.head.tag_ == "VBZ" or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass", "neg") for c in read.children):
        return None
    verb = read.head
    if not any(c.dep_ in ("dobj", "obj") and c.tag_ in ("NNS", "NN") and c.i < read.i for c in verb.children):
        return None
    return verb


def _clause_verb(token):
    """The nearest verb above `token` (None at the root of a verbless phrase)."""
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _describing_clause_of(verb, noun) -> bool:
    """Whether `verb` heads a relative clause on `noun` (or on the list `noun` is an item of): "X, which is stored …",
    also where the parser makes the clause the root with its relative pronoun and `noun` both subjects ("a random
    user ID, that is stored …")."""
    antecedent = _first_conjunct(noun)
    if any(t.text == ":" for t in noun.doc[noun.i:verb.i]):
        return False  # a run-in label the parser hangs the sentence on ("Local storage: your settings are stored …")
    if verb.dep_ in ("relcl", "acl"):
        return verb.head.i == antecedent.i
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.tag_ == "WDT" for c in subjects) and any(c.i == antecedent.i for c in subjects)


def _spans(patterns, text: str) -> list[tuple[int, int]]:
    """Where each of `patterns` matches, to the end of its clause (the next ",", ";" or "."). A pattern is tried
    only when the text holds one of the strings every match of it contains ("please " for "\\bplease (do not|…)")."""
    spans = []
    for pattern in patterns_to_try(patterns, text):
        spans.extend(_pattern_spans(pattern, text))
    return spans


def _pattern_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where `pattern` matches in `text`, each span running on to the end of its clause (the next ",", ";" or ".")."""
    spans = []
    for found in pattern.finditer(text):
        end = found.end()
        while end < len(text) and text[end] not in ",;.":
            end += 1
        spans.append((found.start(), end))
    return spans


def _doc_text(doc) -> str:
    """The text of a parsed sentence, joined from its tokens once (spaCy's `Doc.text` joins them on every access)."""
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text


_DOC_TEXT = "policycheck.text"


def _verb_candidates(doc) -> list[int]:
    """Indices of tokens that `_is_action` can accept (a VERB/AUX, or a VBN/VBG tag), found without building a
    Token object for every word."""
    from spacy.attrs import POS, TAG

    strings = doc.vocab.strings
    wanted_pos = {strings["VERB"], strings["AUX"]}
    wanted_tag = {strings["VBN"], strings["VBG"]}
    return [i for i, (pos, tag) in enumerate(doc.to_array([POS, TAG]).tolist())
            if pos in wanted_pos or tag in wanted_tag]


def _coordinators(conjunct) -> list[str]:
    """The coordinating words before a coordinated verb ("and", "but", "nor"…)."""
    return [c.lower_ for c in list(conjunct.head.children) + list(conjunct.children)
            if c.dep_ in ("cc", "preconj") and c.i < conjunct.i]


def _joined_by_contrast(conjunct) -> bool:
    """Whether a coordinated verb is joined by "but" / "yet" ("we do not sell X but may share Y"); "nor" carries a
    denial on ("we do not allow X, nor do we share Y")."""
    joining = _coordinators(conjunct)
    return "nor" not in joining and ("but" in joining or "yet" in joining)


def _contrasting_verb(conjunct) -> bool:
    """Whether a coordinated verb joined by "but" / "yet" has a subject of its own ("we stop sending them, but your
    progress is still kept"): a clause the first verb does not reach."""
    return conjunct.dep_ == "conj" and _joined_by_contrast(conjunct) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children)


def _contrasting_clause(conjunct) -> bool:
    """Whether a coordinated verb starts a clause of its own: joined by "but" / "yet", or with its own subject ("…, and
    our partners collect X"), unless "nor" carries the denial on."""
    joining = _coordinators(conjunct)
    return "nor" not in joining and ("but" in joining or "yet" in joining
                                     or any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children))


def _noun_modifiers(noun) -> set[str]:
    """The words that narrow a noun ("optional diagnostic data" -> {"optional", "diagnostic"})."""
    return {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}


def _practice_verb_of_noun(noun):
    """The verb whose object or passive subject `noun` is ("uploading a class roster", "optional diagnostic data is
    sent"), or the participle describing it ("requests logged on iNaturalist"), else None."""
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.i != noun.i:
        return noun.head
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)


def _in_contrasting_conjunct(token, verb) -> bool:
    """Whether `token` belongs to a verb coordinated after `verb` that starts a clause of its own ("does not reveal
    your identity but may include X"): `verb` does not reach into that clause."""
    return any(owner.dep_ == "conj" and owner.i > verb.i and owner in verb.conjuncts and _joined_by_contrast(owner)
               for owner in token.ancestors)


def _first_verb_conjunct(verb):
    """The first of coordinated verbs, which carries the relative pronoun of them all: "collect" for "store" in
    "servers that collect or store your data"."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
    return verb


WH_CLAUSE_WORDS = frozenset({"which", "what", "how", "whether", "when", "where", "if"})


# nouns that make a light verb a verb of taking what follows "of" ("takes possession of the personal information",
# "take custody of your data")
HOLDING_NOUNS = {"possession", "custody"}


def _phrasal_verb(verb) -> str:
    """The lemma of `verb` with its particle ("turn over" of "turn your records over") or with the noun of holding it
    takes ("take possession" of "never takes possession of the personal information"), or "" without one."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    if particle is not None:
        return f"{verb.lemma_.lower()} {particle.lower_}"
    held = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in HOLDING_NOUNS
                 and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)), None)
    return f"{verb.lemma_.lower()} {held.lemma_.lower()}" if held is not None else ""


def _verb_list_read_as_complement(verb) -> bool:
    """Whether the parser made the first verb phrase of a list of predicates of one subject the clausal complement of
    the second ("Your history is stored only on your device, is not synced between devices and is never sent to us":
    "stored", with the subject, hangs on "synced" as a `ccomp`): the later verbs, with no subject of their own and
    after a comma, go on with the first one's subject, each with its own negation."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "csubj") for c in head.children):
        return False
    after = verb.right_edge.i + 1
    return (after < head.i and verb.doc[after].text == ","
            and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") and t.head.i == head.i
                    for t in verb.doc[after + 1:head.i]))


def _verb_list_item(token) -> bool:
    """A verb of a list the parser broke ("will not sell, rent, swap or share X": "rent" hangs on "sell" as `dep`; "The
    App does not collect, process, store, or transmit X": "process", tagged a noun, hangs on "collect" as
    `npadvmod`)."""
    return (token.dep_ in ("dep", "npadvmod") and token.head.i == token.i - 2 and token.doc[token.i - 1].text == ","
            and (token.dep_ == "dep" or token.head.pos_ == "VERB"))


def _preceded_by(token, patterns: list[re.Pattern[str]], width: int = 30) -> bool:
    """Whether the words right before the coordination `token` is an item of match one of `patterns` (not "not only
    your name")."""
    if not patterns:
        return False
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN", "PRON") and token.head.i != token.i:
        token = token.head
    left = token.left_edge
    return left.lower_ not in ("only", "just", "merely", "also", "even") and bool(
        any_match(patterns, _doc_text(token.doc)[max(0, left.idx - width):left.idx]))


def _finite_main_clauses(doc) -> bool:
    """Whether every sentence the parser found is a finite clause with its own subject, opening the text ("Our
    underwriters do not see your trip locations"), not a noun clause opened by a question word ("how long you spend on
    each page", "which client you used"), a noun the clause describes ("Country you live in") nor a verb phrase without
    a subject ("respond to your support requests")."""
    words = [t for t in doc if t.is_alpha]
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not words or not roots or words[0].lower_ in NOUN_CLAUSE_OPENERS:
        return False
    subjects = [c for c in roots[0].children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if words[0].pos_ not in ("ADV", "CCONJ", "INTJ") and not any(
            s.left_edge.i <= words[0].i <= s.right_edge.i for s in subjects):
        return False
    return all(
        root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
        and any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in [root, *root.children] if t.dep_ in ("ROOT", "aux", "auxpass"))
        for root in roots)


NOUN_CLAUSE_OPENERS = {"how", "what", "which", "when", "where", "whether", "who", "whom", "whose", "why", "by", "if"}


def _in_fragment_clause(verb) -> bool:
    """A verb inside a subordinate clause of a verbless item ("Your username and e-mail address when you register"):
    the item still has no predicate of its own."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ in ("advcl", "relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            root = node.head
            while root.head.i != root.i and root.dep_ in ("conj", "appos", "compound"):
                root = root.head
            return root.dep_ == "ROOT"
        node = node.head
    return False


def _opens_item(verb) -> bool:
    """Whether `verb` (or the first verb it is coordinated with) is the bare verb the item opens with, after adverbs
    only ("actively share …", "Voluntarily fill out …", "Create posts and upload photos")."""
    first = _first_conjunct(verb) if verb.dep_ == "conj" else verb
    if first.tag_ not in ("VB", "VBP"):  # the tagger reads "actively share …" without a subject as present tense
        return False
    return all(t.is_punct or t.is_space or t.pos_ in ("ADV", "X", "SYM", "NUM") for t in first.doc[:first.i])


def _infinitive_subject_of_control(token):
    """The control verb ("need", "use", "require") whose object the parser made the subject of the infinitive after
    it ("We need your personal data to provide our services": "data" the subject of "to provide"), else None."""
    controller = _object_read_as_clause_subject(token)
    if controller is None or not _has_infinitive_marker(_first_conjunct(token).head):
        return None
    lemma = controller.lemma_.lower()
    return controller if lemma in CONTROL_VERBS and lemma not in PERMISSION_VERBS else None


def _given_subject(verb):
    """The subject of a passive "given" / "sent" / "provided" whose object is the data, else None ("partners are
    sent your email address" -> "partners"). The parser may read that subject as an active one ("they are only
    provided X": nsubj)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return subject if subject is not None and any(c.dep_ in ("dobj", "obj") for c in verb.children) else None


def _object_read_as_clause_subject(token):
    """The verb whose object the parser made the subject of the infinitive or gerund clause after it ("We need your
    personal data to provide our services": "data" the subject of "to provide"; "we protect your data using
    encryption": of "using"), else None."""
    subject = _first_conjunct(token)
    head = subject.head
    if subject.dep_ != "nsubj" or head.dep_ not in ("ccomp", "xcomp") or head.head.i == head.i:
        return None
    gerund = head.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    if head.lemma_.lower() == "be" or not (_has_infinitive_marker(head) or gerund):
        return None  # "allow your profile to be viewable by the public": what the data is made, not an object
    return head.head if head.head.pos_ == "VERB" else None


def _describes_head_of_fragment(verb) -> bool:
    """Whether `verb` heads a relative clause on the noun that heads a verbless sentence ("Information from your web
    browser that most websites collect such as …")."""
    return (verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "ROOT"
            and verb.head.head.i == verb.head.i)


def _has_infinitive_marker(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _user_clause(verb, user_subjects) -> bool:
    """A clause whose subject is the user ("the emails you send")."""
    subject = _subject_token(verb)
    return subject is not None and (subject.lower_ in SECOND_PERSON or subject.lower_ in user_subjects)


CLAUSE_CHAIN = ("xcomp", "ccomp", "conj", "advcl")  # clauses that go on from a verb ("use X to collect Y", "set X and collect Y")


def _verb_before_second_object(token):
    """The last verb of the clauses going on from a verb (xcomp, ccomp, conj, advcl) that stands between its first
    direct object and `token`, when the parser made `token` a second direct object of that verb ("uses cookies to help
    PostHog identify and track visitors, their usage": "track"), else None."""
    item = _first_conjunct(token)
    verb = item.head
    if item.dep_ != "dobj" or verb.i == item.i or not any(
            c.dep_ == "dobj" and c.i < item.i for c in verb.children if c.i != item.i):
        return None
    chain, frontier = [], [verb]
    while frontier:
        current = frontier.pop()
        for child in current.children:
            if child.dep_ in CLAUSE_CHAIN and child.pos_ in ("VERB", "AUX") and child.i < item.i:
                chain.append(child)
                frontier.append(child)
    first_object = min(c.i for c in verb.children if c.dep_ == "dobj")
    chain = [v for v in chain if v.i > first_object]
    return max(chain, key=lambda v: v.i) if chain else None


TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "whenever", "while"})
SERVICE_NOUNS = frozenset({"service", "site", "website", "app", "application", "platform", "product", "extension",
                           "software", "game"})


def _list_item_taken_by_time_clause(token, user_subjects):
    """The user's time clause that the parser made take `token`, an item of the list the clause interrupts ("your IP
    address, the sites that you visit just before or just after you use the Service, the pages you view, and the
    dates …": "pages" read as a second object of "use", or as an item joined to "the Service"), else None; the item
    goes on the list of the verb the clause hangs on."""
    if token.dep_ == "dobj":
        clause, earlier = token.head, [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
    elif token.dep_ == "conj" and token.head.dep_ == "dobj" and token.head.i < token.i and (
            token.head.pos_ == "PROPN" or token.head.lemma_.lower() in SERVICE_NOUNS):
        clause, earlier = token.head.head, [token.head]
    else:
        return None
    if (clause.dep_ != "advcl" or clause.head.i == clause.i or not earlier
            or not any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in clause.children)):
        return None
    if not _user_clause(clause, user_subjects):
        return None
    if not any(t.text == "," for t in token.doc[max(c.i for c in earlier) + 1:token.i]):
        return None
    return clause


def _subject_phrase_of(token, verb) -> bool:
    """Whether `token` is in the subject of `verb`, as an item or an apposition of it ("players IP addresses" of
    "players IP addresses … may infer")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.i == verb.i


def _first_conjunct(token):
    """The first item of the coordination `token` is in ("A, B and C": A), whose dependency says where the list sits."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _noun_with_object(token) -> bool:
    """A verb the tagger read as a noun: it has a direct object ("Our cookies store [NOUN] your first name"), or it
    is the root after its subject read as a modifier and a wh-clause follows ("Mixpanel records [NOUN] which features
    you use", "the Google Ads tag record [NOUN] which pages you visit"), or heads a relative clause before one
    ("pixels that record [NOUN] which pages you visit")."""
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return True
    if token.i + 1 >= len(token.doc) or token.nbor(1).lower_ not in WH_CLAUSE_WORDS:
        return False
    # "advertising pixels that record [NOUN] which pages you visit": a relative clause read as a noun
    return (token.dep_ == "ROOT" and any(c.dep_ == "compound" and c.i < token.i for c in token.children)
            or token.dep_ == "relcl" and token.i > 0 and token.nbor(-1).lower_ in ("that", "which"))


def _object_of(token):
    """The verb whose direct object `token` is, itself, as an item of a coordinated object or after "of", else None."""
    head = _first_conjunct(token)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = _first_conjunct(head.head.head)  # "to scan QR codes of wallet addresses"
    return head.head if head.dep_ in ("dobj", "obj") else None


def _participle_of(token, verbs: set[str]) -> bool:
    """A past participle of one of `verbs` that the tagger read as an adjective ("as determined from …")."""
    word = token.lower_
    return token.pos_ == "ADJ" and word.endswith("ed") and any(
        word in (verb + "d", verb + "ed", verb + verb[-1] + "ed") for verb in verbs)


def _outside_other_parentheses(window, span) -> str:
    """The text of `window` without the bracketed remarks that do not hold `span`: in "We do not collect: IP addresses
    (only daily-salted hashes …), payment info (no payments), location" the "only" of the remark on one item limits
    that remark, not the denial of the items."""
    dropped: set[int] = set()
    opened: list[int] = []
    for token in window:
        if token.text == "(":
            opened.append(token.i)
        elif token.text == ")" and opened:
            start = opened.pop()
            if not start < span.start <= span.end <= token.i:
                dropped.update(range(start, token.i + 1))
    for start in opened:  # a remark still open at the window's end
        if start >= span.end:
            dropped.update(range(start, window.end))
    return "".join(token.text_with_ws for token in window if token.i not in dropped)


def _semicolon_between(a, b) -> bool:
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low + 1:high])


def _object_phrase_head(token):
    """The phrase head that `token` is part of, through conjuncts, appositions, compounds and prepositions."""
    head = token
    while head.dep_ in ("conj", "appos", "compound", "pobj", "prep") and head.head.i != head.i:
        head = head.head
    return head


def _subject_noun(token) -> str:
    """The lemma of the subject of the verb `token` is the object of (through conjuncts and prepositions), or ''."""
    head = _object_phrase_head(token)
    if head.dep_ not in ("dobj", "obj"):
        return ""
    subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.lemma_.lower() if subject is not None else ""


def _records_subject(token, lex) -> bool:
    """Whether the verb `token` is the object of has records or a carrier as its subject (cues `record_nouns`,
    `carrier_nouns`: "Usage metrics never include page addresses", "Error logs exclude all personal content"), also
    "data" or "information" of such records (cue `record_data_qualifiers`: "Analytics data … does not include any
    sensitive content") and the subject of the first verb for a later conjunct ("includes counts of events, but does
    not include …")."""
    head = _object_phrase_head(token)
    if head.dep_ not in ("dobj", "obj"):
        return False
    verb = head.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in lex.record_nouns or lemma in lex.carrier_nouns:
        return True
    return lemma in ("datum", "data", "information") and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.record_data_qualifiers for c in subject.children)


def _compound_split_by_relative(noun):
    """The head noun of a compound the parser split, or None: a root noun followed at once by a noun that is the
    subject of a relative clause hung on it, with no relative word between ("The device ID is not the Android
    Advertising ID and is not shared", parsed as "The device [that] ID is not …"); the later noun heads the
    subject."""
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(noun.doc):
        return None
    following = noun.doc[noun.i + 1]
    clause = following.head
    if (following.dep_ in ("nsubj", "nsubjpass") and following.pos_ in ("NOUN", "PROPN")
            and clause.dep_ == "relcl" and clause.head.i == noun.i):
        return following
    return None


def _relative_read_as_conjunct(conjunct, verb) -> bool:
    """Whether `conjunct`, a verb the parser coordinated with `verb`, is the second verb of a relative clause on
    `verb`'s object ("We may disclose personal information that we collect or you provide", parsed as "disclose …
    or you provide"): it follows that clause at once after "or" / "and" (a comma allowed), has a subject of its own
    and no object or clause of its own; it only says, with the clause, which data the object is."""
    if conjunct.dep_ != "conj" or conjunct.head.i != verb.i or conjunct.i < verb.i:
        return False
    children = list(conjunct.children)
    if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.i < conjunct.i for c in children) or any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "dative", "attr", "acomp") for c in children):
        return False
    clause = next((r for o in verb.children if o.dep_ in ("dobj", "obj", "nsubjpass") and o.i < conjunct.i
                   for r in o.children if r.dep_ == "relcl" and r.i > o.i), None)
    if clause is None:
        return False
    between = [t for t in conjunct.doc[clause.right_edge.i + 1:conjunct.left_edge.i]]
    return bool(between) and all(t.dep_ in ("cc", "punct") for t in between) and any(
        t.lower_ in ("or", "and") for t in between)


def _participle_phrase_read_as_conjunct(conjunct) -> bool:
    """Whether `conjunct`, a verb the parser coordinated with a practice verb, is a noun with a reduced participle
    after it ("the dealer receives your name …, along with the slot you chose and the work requested", parsed with
    "the work" as the subject of "requested", tagged past or participle): a bare past form with a noun subject and no
    auxiliary, object, modifier or clause of its own names a thing, it states no practice."""
    if conjunct.dep_ != "conj" or conjunct.tag_ not in ("VBN", "VBD") or conjunct.head.i > conjunct.i:
        return False
    children = list(conjunct.children)
    return (any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < conjunct.i for c in children)
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "ccomp", "xcomp", "dative", "attr", "acomp",
                                   "agent", "prep", "advmod", "neg") for c in children))


def _relative_antecedent(subject):
    """The noun a relative subject stands for: the head of its relative clause ("Crashlytics, which collects",
    "individuals who sign up"), the noun right before "which" or "whose" when the parser did not attach the clause
    to it ("We use Google Analytics for Firebase, which collects …" read as a clause of "use"); else None."""
    relative = subject if subject.lower_ in ("which", "that", "who") else next(
        (c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if relative is None:
        return None
    clause = subject.head
    if clause.dep_ == "relcl":
        return clause.head
    if relative.lower_ == "that" or relative.i < 2:
        return None  # "that" also opens a complement clause
    before = relative.doc[relative.i - 1]
    if before.lower_ == ",":
        before = relative.doc[relative.i - 2]
    return before if before.pos_ in ("NOUN", "PROPN") and before.i < clause.i else None


def _named_examples(noun, prepositions) -> list:
    """The heads of the examples given for a category noun after one of `prepositions` (cue `example_cues`: "such
    as", "like", "including"; "advertising partners such as Meta and Google" -> Meta, Google), in order; [] when
    there are none."""
    return [e for c in noun.children if c.dep_ == "prep" and c.lower_ in prepositions
            and (c.lower_ != "as" or any(a.lower_ == "such" for a in c.children) or c.i > 0
                 and c.doc[c.i - 1].lower_ == "such")
            for p in c.children if p.dep_ == "pobj" for e in (p, *p.conjuncts)]


# verbs whose passive subject is the one who does what their infinitive says ("Ad networks are not permitted to
# collect X", "advertisers are allowed to use X")
PASSIVE_PERMISSIONS = {"allow", "permit", "authorize", "authorise"}
# verbs whose passive subject, a party other than the user, is bound or entitled to do what their infinitive says
# ("Zendesk is required to process your personal data", "Workable is only entitled to process your data"; not "You
# are required to provide X", the user's own giving)
PASSIVE_OBLIGATIONS = {"require", "oblige", "obligate", "entitle", "bind"}
# verbs taking a bare infinitive ("the tools that help collect X", "apps you let read Y"), which is no main verb
BARE_INFINITIVE_TAKERS = {"help", "let", "make", "have", "see", "watch", "hear"}


# passive verbs whose subject, the user, is asked to do what their infinitive says ("you will be asked to share: …")
ASKED_OF_USER = {"ask", "request", "invite", "prompt"}


def _asked_of_the_user(verb, passive) -> bool:
    """Whether `verb` is the infinitive of a passive request made to the user ("By donating to us you will be asked to
    share: …", "you may be prompted to share your location"): the user is the one who gives the data."""
    return (passive is not None and verb.dep_ == "xcomp" and passive.lower_ == "you"
            and verb.head.lemma_.lower() in ASKED_OF_USER and any(c.dep_ == "auxpass" for c in verb.head.children))


# verbs whose object does what the infinitive after them says: the party engaged, the tool configured
ENGAGING_OR_CONFIGURING = ENGAGING_VERBS | {"configure"}


def _subject_token(verb, _seen: frozenset[int] = frozenset()):
    if verb.i in _seen:
        return None  # the parser can make two verbs each other's clause ("ccomp" one way, a head the other)
    seen = _seen | {verb.i}
    # the subject nearest the verb: a run-in label before a colon ("A buyer of our business: … your data would pass to…")
    # is sometimes parsed as a second subject
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj", "expl") and child.i < verb.i]
    if len(subjects) > 1:
        return subjects[-1]
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj", "expl"):
            return child
    for child in verb.children:
        if child.dep_ == "compound" and child.i == verb.i - 1 and child.pos_ in ("NOUN", "PROPN"):
            return child  # "The following service providers process X": the subject parsed as a compound of the verb
    if (verb.dep_ == "xcomp" and verb.tag_ in ("VBZ", "VBP") and verb.head.dep_ == "relcl" and verb.head.i < verb.i
            and verb.head.lemma_.lower() not in BARE_INFINITIVE_TAKERS
            and not any(c.dep_ in ("aux", "mark") for c in verb.children)):
        # "The carrier whose network you use receives your IMSI": the parser hung the main verb, finite and with no
        # "to", on the relative clause before it; its subject is the noun the relative clause describes
        return verb.head.head
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in
            ("take", "handle") and any(c.dep_ in ("dobj", "obj") and c.lower_ == "care" for c in verb.head.head.children)):
        # "Stripe takes care of handling credit card payments": who takes care of it does it
        return _subject_token(verb.head.head, seen)
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and _semicolon_between(verb, verb.head):
        # "To register you have to provide X; without them we can't create an account": a clause before a semicolon
        # that the parser hung on the next one has its own subject or none, not the later clause's
        return None
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        head = verb.head
        obj = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        if obj is not None and head.lemma_.lower() in ("allow", "permit", "let", "enable", "authorize", "authorise",
                                                        "require", "ask", "engage", "use", "help",
                                                        "entrust", "trust", "instruct", "configure"):
            return obj
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if (passive is not None and verb.dep_ == "xcomp" and (
                head.lemma_.lower() in PASSIVE_PERMISSIONS or head.lemma_.lower() in PASSIVE_OBLIGATIONS
                and passive.lower_ not in SECOND_PERSON and (
                    passive.pos_ in ("NOUN", "PROPN") or passive.pos_ == "ADJ" and passive.text[:1].isupper()))
                and any(c.dep_ == "auxpass" for c in head.children)):
            return passive  # "Ad networks are not permitted to collect X": the party permitted does it
        if _asked_of_the_user(verb, passive):
            return passive
        return _subject_token(head, seen)
    if (verb.dep_ == "advcl" and verb.head.i != verb.i and verb.head.lemma_.lower() in ENGAGING_OR_CONFIGURING
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "We have employed contractors to process your data", "partners (who we have employed to process …)": the
        # parser made the infinitive a purpose of the engaging verb; the party engaged does it, as the tool configured
        # does ("We configured Plausible to not collect IP addresses", "configure them to avoid collecting …")
        obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        if obj is not None:
            return obj
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        passive_subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None and verb.tag_ != "VBN" and not any(
                c.dep_ in ("auxpass", "aux") for c in verb.children):
            # "AdMob, whose SDKs are built into the app and collect X": the active conjunct's subject is the one the
            # passive verb before it was said of
            return passive_subject
        if (verb.tag_ == "VB" and verb.head.tag_ == "VBN" and verb.head.dep_ == "ccomp"
                and verb.head.head.tag_ == "VB" and verb.head.head.i < verb.head.i):
            # "to remember your cart, keep you signed in and collect information": a bare infinitive coordinated with
            # the participle of a small clause goes with the verb of that clause, not with its subject ("you")
            return _subject_token(verb.head.head, seen)
        return _subject_token(verb.head, seen)
    if verb.dep_ == "acomp" and verb.head.i != verb.i:
        return _subject_token(verb.head, seen)  # "Google may be able to get X": "able" is said of the subject
    for child in verb.children:
        # "the app requests X and, if you use Y, reads Z": parsed with "requests" as a ccomp of "reads"
        if child.dep_ == "ccomp" and child.i < verb.i and any(g.dep_ == "cc" for g in child.children):
            return _subject_token(child, seen)
    if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and verb.head.i != verb.i:
        return _subject_token(verb.head, seen)
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("permission", "consent", "authorization", "authorisation"):
        return None  # "you grant the app permission to access X": the one permitted accesses, not the one granting
    if verb.dep_ in ("acl", "advcl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "partners set cookies to collect X": the infinitive's subject is the enclosing clause's subject
        head = _clause_verb(verb)
        if head is not None and head.i != verb.i:
            return _subject_token(head, seen)
    return None


def _prepositional_objects(prep) -> list:
    """The object of a preposition: its noun, or the noun of the free relative it opens ("with whichever UnifiedPush
    distributor you install" -> distributor)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return objects or [o for c in prep.children if c.dep_ == "pcomp" for o in c.children
                       if o.dep_ in ("dobj", "obj") and any(d.lower_ in ("whichever", "whatever") for d in o.children)]


def _clause_after_parenthesis(root):
    """The root the sentence goes on with when `root` was parsed inside a parenthesis that stands between a subject and
    its verb ("X (the tracks played on …) is kept"), or None."""
    doc = root.doc
    tokens = list(root.subtree)
    closing = tokens[-1]
    if closing.text != ")" or closing.i + 1 >= len(doc) or not any(t.text == "(" and t.i < root.i for t in tokens):
        return None
    following = doc[closing.i + 1]
    if following.pos_ not in ("AUX", "VERB"):
        return None
    resumed = following
    for _ in range(4):
        if resumed.head.i == resumed.i:
            break
        resumed = resumed.head
    return resumed if resumed.head.i == resumed.i and resumed.i != root.i and resumed.pos_ in ("VERB", "AUX") else None


def _phrase_head(noun):
    """The noun a data term heads or modifies ("usage" in "usage statistics" -> "statistics")."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _has_subject(verb, words: set[str]) -> bool:
    subject = _subject_token(verb)
    return subject is not None and subject.lower_ in words


def _in_condition_clause(verb) -> bool:
    """Whether a verb heads a condition clause ("When you create an account, we collect:") or is inside one (a
    participle there, "When you sign in using your organisation's identity provider, we collect:", "If you're a
    candidate using Apply for teacher training, we may collect:", tells the user's circumstances, no practice of ours)."""
    token = verb
    while True:
        if token.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS
                                         for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head


def practice_of_bare_complement(copula, is_action):
    """The practice verb of a relative clause on bare information that a copula says its subject is ("Log information
    is information we automatically collect", "This is data that we store"), with the clause's object left to the
    antecedent; else None."""
    for attr in (c for c in copula.children if c.dep_ == "attr" and c.lemma_.lower() in BARE_DATA_NOUNS):
        for clause in (c for c in attr.children if c.dep_ == "relcl"):
            if is_action(clause) and not any(g.dep_ in ("dobj", "obj") and g.tag_ not in ("WDT", "WP")
                                            for g in clause.children) and any(
                    g.dep_ == "nsubj" and g.lower_ in ("we", "i") for g in clause.children):
                return clause
    return None
