"""Purposes and conditions.

Purpose clauses ("to provide the service"), "how to" clauses and embedded questions, data needed for a purpose,
procedures conditioned on a practice, legal grounds, obligations and what a practice depends on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..base import Mention, unique_frames
from ..lexicon import any_match
from .clauses import _first_conjunct, _has_infinitive_marker, _phrasal_verb
from .words import BARE_DATA_NOUNS, CONDITION_MARKS, DEMONSTRATIVES, FIRST_PERSON, POSSIBILITY_MODALS, SECOND_PERSON


# The verb of answering the user before what it answers ("respond to your inquiries", "answer your questions"), as in
# the purpose patterns of communication.messages in mappings/terms/en.yaml
ANSWERING_BEFORE = re.compile(r"\b(?:(?:respond|responding|reply|replying|deal|dealing) (?:to|with)|answer|answering) $",
                              re.I)
PURPOSE_NOUNS = re.compile(r"purpose|advertis|analytic|marketing|security|fraud|research|personali[sz]|improv|"
                           r"measure|statistic|optimi[sz]|diagnos|support|billing|verification|authentication")

# What a clause does about a practice named in its condition: a contract, a compliance duty or an update of a page
# ("When such involvement requires the sharing of Personal Data, we have entered into data processing agreements")
PROCEDURE_VERBS = {"enter", "conclude", "sign", "comply", "adhere", "update", "meet"}

CONDITION_WORDS = CONDITION_MARKS | {"where"}  # also "Where personal data processing happens in the US, …"


def _capability_in_term(verb, span) -> bool:
    """Whether `verb` is the "(can) be used to …" of a data term that names data by what it could do ("information
    which could be used to personally identify the user")."""
    return (span.start <= verb.i < span.end and verb.lemma_.lower() == "use" and verb.tag_ == "VBN"
            and any(c.dep_ in ("xcomp", "advcl") and c.i < span.end for c in verb.children))


def _capability_clause(clause) -> bool:
    """Whether the relative clause `clause` on a data noun says only what the data could be used for ("certain
    personally identifiable information that can be used to contact or identify you", "information which could be
    used to identify you"): the data is named by what it could do, no practice of its own (GUIDELINES), so the verb
    the noun is the argument of governs it ("we may ask you to provide us with …")."""
    return (clause.dep_ == "relcl" and clause.lemma_.lower() == "use" and clause.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in clause.children)
            and any(c.dep_ in ("xcomp", "advcl") and _has_infinitive_marker(c) for c in clause.children))


CAPABILITY_MODALS = {"can", "could", "might"}  # "can be used to identify you"; "may be used to" states a use


def _in_capability_purpose(token, purposes: set[str]) -> bool:
    """Whether the data `token` is named inside the purpose of a "can / could / might be used to …" whose verb says
    what the data could reveal ("a man's Y chromosome can be used to predict his last name", "the IP address …, which
    could be used to infer your geographical location", "information which can be used to identify users or extract
    user data"): what could be learnt from data is a possibility, no practice on the data named (GUIDELINES)."""
    node = token
    while node.head.i != node.i:
        head = node.head
        if (node.dep_ in ("xcomp", "advcl") and _has_infinitive_marker(node) and head.lemma_.lower() == "use"
                and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
                and any(c.dep_ == "aux" and c.lower_ in CAPABILITY_MODALS for c in head.children)):
            return node.lemma_.lower() in purposes or _phrasal_verb(node) in purposes
        node = head
    return False


# what makes a party able to identify or link: "X is able to link …", "it may be possible for X to identify …", "an
# identifier that will allow the researcher to link …"
ABILITY_WORDS = {"able", "possible"}
ENABLING_VERBS = {"allow", "enable", "let", "permit"}


def _in_identification_risk(token, purposes: set[str]) -> bool:
    """Whether the data `token` is named in what another party is able or allowed to do to identify or link the user
    ("Your device manufacturer may be able to identify you based on the serial number", "only the government is able to
    link your IP to your person", "it may be possible for others to identify you if they combine this information with
    your health condition", "a unique identifier that will allow the researcher to link other personally identifiable
    information"): a possibility or a risk of identifying the user, no practice (GUIDELINES); what we are able or
    allowed to do stays ours to state ("allows us to link your devices"), and so does a denial of data that would allow
    it ("does not collect any data that would allow the RKI or other users to infer your identity")."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX") or not (node.lemma_.lower() in purposes or _phrasal_verb(node) in purposes):
            continue
        holder = node.head
        if any(c.dep_ == "neg" for a in (holder, *holder.ancestors) for c in a.children):
            return False
        if node.dep_ == "xcomp" and holder.lemma_.lower() in ABILITY_WORDS and holder.dep_ == "acomp":
            subject = next((c for c in holder.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subject is not None and subject.lower_ not in FIRST_PERSON
        if node.dep_ in ("advcl", "xcomp") and (holder.lemma_.lower() == "possible" or any(
                c.dep_ == "acomp" and c.lemma_.lower() == "possible" for c in holder.children)):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return subject is not None and subject.lower_ not in FIRST_PERSON | SECOND_PERSON
        if node.dep_ in ("ccomp", "xcomp") and holder.lemma_.lower() in ENABLING_VERBS:
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None) or next(
                (c for c in holder.children if c.dep_ in ("dobj", "obj") and c.i < node.i), None)
            return subject is not None and subject.lower_ not in FIRST_PERSON | SECOND_PERSON
    return False


def _trust_in_providing(verb) -> bool:
    """The user's act named as what their trust or confidence is placed in ("We value your trust in providing us your
    personal information", "thank you for your confidence in sharing your data with us"): a courtesy, no practice."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in":
        return False
    holder = verb.head.head
    return holder.lemma_.lower() in ("trust", "confidence") or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("trust", "confidence") for c in holder.children)


def _purpose_read_as_predicate(token, verb) -> bool:
    """A verbless phrase of data with its purpose ("your name and email address to grant access to the site", "your
    name and email address to create your account") that the parser read as a clause, the to-infinitive its root
    and the data that verb's subject: `verb` is the purpose, the data has no verb of its own."""
    subject = _first_conjunct(token)
    return (subject.dep_ == "nsubj" and subject.head.i == verb.i and verb.dep_ == "ROOT"
            and _has_infinitive_marker(verb) and subject.i < verb.i)


def _how_to_clause(verb) -> bool:
    """Whether `verb` is a subjectless infinitive after "how" ("how to request your data", "learn how to access
    your information"): the reader's action."""
    return (_has_infinitive_marker(verb) and any(c.dep_ == "advmod" and c.lower_ == "how" and c.i < verb.i
                                                 for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _embedded_question(verb, term_root) -> bool:
    """Whether the clause of `verb` is an indirect question on the practice: marked "whether", also on the verb its
    infinitive hangs from ("whether you want to provide us with personal information"), or asking "which"/"what" data
    ("choose which personal information you want to provide"); "whatever information you provide" is a practice."""
    clause = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
            return True
        # a verb joined to a question marked "whether" asks with it when it is a question itself ("determines
        # whether, how, and why the tool will process any individual's personal data"), not a statement joined to
        # one ("We tell the merchant whether your purchase was approved and share your order number")
        if clause.head.i == clause.i or not (clause.dep_ == "xcomp" or clause.dep_ == "conj" and any(
                c.tag_ in ("WRB", "WP", "WDT") and c.i < clause.i for c in clause.children)):
            break
        clause = clause.head
    # the questioned noun is the verb's own object; a practice reaching it through another clause governs the
    # question from outside ("we collect details of which browser you used")
    questioned = _first_conjunct(term_root)
    if questioned.head.i != verb.i:
        return False
    # "what personal data is being processed": the parser hangs "what" on the verb instead of on the noun after it
    return any(c.dep_ == "det" and c.lower_ in ("which", "what") for c in questioned.children) or any(
        c.lower_ in ("which", "what") and c.i == questioned.left_edge.i - 1 for c in verb.children)


def _wherever_clause(verb, term_root) -> bool:
    """Whether the clause of `verb` only marks a scope, wherever a practice happens, on data named generically
    ("extending GDPR safeguards everywhere personal data is processed", "wherever personal information is stored, the
    same protections apply"): a safeguard's reach, no practice; the user's own data keeps it ("wherever your data is
    stored" says it is stored)."""
    questioned = _first_conjunct(term_root)
    if questioned.head.i != verb.i or any(c.dep_ == "poss" for c in questioned.children):
        return False
    before = questioned.doc[questioned.left_edge.i - 1] if questioned.left_edge.i > 0 else None
    return (any(c.dep_ == "advmod" and c.lower_ in ("wherever", "everywhere") and c.i < verb.i for c in verb.children)
            or before is not None and before.lower_ in ("wherever", "everywhere") and before.i < verb.i)


def _names_a_purpose(verb) -> bool:
    """Whether `verb` heads a relative clause on "purpose" or "reason" introduced by "for which" ("any other purpose
    for which you provide personal information", "to stay informed of the purposes for which we process your
    information"); not in a label made of the noun ("Purposes for which we will use your personal data:" states the
    use of what it introduces)."""
    return (verb.dep_ == "relcl" and verb.head.lemma_.lower() in ("purpose", "reason") and verb.head.dep_ != "ROOT"
            and any(c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
                    and any(g.lower_ == "which" for g in c.children) for c in verb.children))


def _needed_for_a_purpose(verb) -> bool:
    """Whether "need" names the purpose its data serves by an infinitive ("We need your personal data to ensure that
    only legitimate users …", "We may need your personal information to establish, bring or defend legal claims"): the
    data is used for it (GUIDELINES: `use` when the line does not say the data is collected), while "we need your
    name and email address" asks for the data, a collection; not "need to collect" nor "need you to provide"."""
    if verb.lemma_.lower() != "need" or verb.tag_ == "VBN" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # not "the information needed to administer the activity", "as needed to provide services"
    if any(c.dep_ == "xcomp" or c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("access", "permission")
           for c in verb.children):
        return False  # "the app needs access to your Health data": an access asked for
    return any(c.dep_ in ("advcl", "ccomp") and c.i > verb.i and _has_infinitive_marker(c) for c in verb.children)


def _conditioned_procedure(token):
    """The main predicate of the sentence when `token` lies in a condition clause ("if …", "when …") and that
    predicate is a contract, a compliance duty or an update rather than a practice: "When we bring on a new
    subprocessor who handles our Users' Personal Information, we will update this page", "If our vendors have
    access to User Personal Information, they must comply with our privacy requirements"; also a duty we lay on
    others ("we require that if our vendors have access to User Personal Information, they must comply …") and one
    they need to fulfil ("Where personal data processing happens in the US, suppliers need to meet the certification
    standards …"); else None."""
    for clause in token.ancestors:
        if clause.dep_ not in ("advcl", "ccomp") or clause.left_edge.lower_ not in CONDITION_WORDS:
            continue
        main = clause.head
        if not (main.dep_ == "ROOT" or main.dep_ == "ccomp" and main.head.dep_ == "ROOT") or main.i < clause.i:
            return None
        for predicate in (main, *(c for c in main.children if c.dep_ == "xcomp")):
            if predicate.lemma_.lower() in PROCEDURE_VERBS:
                return predicate
        return None
    return None


def _what_it_depends_on(token) -> bool:
    """Whether `token` heads what something depends on ("Depending on your browser or mobile device", "varies
    depending on the operating system"), through its modifiers and coordination."""
    for _ in range(4):
        if token.dep_ not in ("nmod", "compound", "conj", "amod") or token.head.i == token.i:
            break
        token = token.head
    on = token.head
    if token.dep_ not in ("pobj", "pcomp") and token.head.dep_ == "pcomp":
        token, on = token.head, token.head.head  # "depending on how you interact with our Services"
    return (token.dep_ in ("pobj", "pcomp") and on.lower_ in ("on", "upon") and on.head.i != on.i
            and on.head.lemma_.lower() == "depend")


def _after_it(clause) -> bool:
    """Whether `clause` is a temporal clause saying after what its head happens ("Once we have received your
    information, we will …")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("once", "after") for c in clause.children)


def _purpose_clause(verb, token) -> bool:
    """An infinitive with an object of its own, hung on a noun: "access to X as necessary to provide services"
    states what for, not a practice on X."""
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ in ("dobj", "obj") and c.i != token.i and token not in c.subtree
                    for v in [verb, *verb.conjuncts] for c in v.children))  # "to measure and target our ads"


LEGAL_GROUNDS = {"basis", "bases", "ground"}


def _describes_legal_ground(verb) -> bool:
    """Whether the practice `verb` is in a clause describing a legal basis ("the lawful bases we rely on to process
    personal information", "the types of lawful basis that we will rely on to process your personal data", "the legal
    basis under which we process the personal information")."""
    clause = verb
    while clause.dep_ in ("xcomp", "advcl", "ccomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    head = clause.head
    kinds = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in LEGAL_GROUNDS for n in [head, *kinds])


def _measure_named(noun, measures: set[str]) -> bool:
    """Whether `noun`, a noun coordinated with it or the noun it quantifies is a security measure ("strict procedures
    and security features", "a variety of security measures")."""
    quantified = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in measures for n in [noun, *noun.conjuncts, *quantified])


def _obliged_practice(verb):
    """The verb a party is obliged to do ("we may be required by law to disclose …", "Cake Labs may be required by
    authorities to disclose …"): the to-infinitive of a passive "required", or None ("your email is required to sign
    in" has the data as its subject and is reached as such)."""
    if verb.lemma_.lower() != "require" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ not in ("PRON", "PROPN"):
        return None  # "the data required to provide quality services": what the data is needed for
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


# what the author wants to do in telling the reader something ("We want to inform you that …", "We would like to
# remind you"): the sentence's notice, not a purpose of its practice (not words.WANTING_VERBS, the wanting of data)
NOTICE_WISH_VERBS = {"want", "wish", "like", "love"}
TELLING_VERBS = {"inform", "tell", "notify", "remind", "let", "explain", "clarify", "assure", "emphasize", "emphasise",
                 "stress", "point", "note", "advise"}


# what the user does in giving data, named by an infinitive after "choose", "decide", "agree" …
GIVING_VERBS = {"provide", "share", "give", "send", "submit", "disclose", "upload", "supply", "enter", "publish",
                "release"}


def _infinitive_starts(doc) -> set[int]:
    """The character offsets of each "to" the tagger reads as an infinitive marker (TO) that a verb, adverb or
    other content word follows ("to verify", "to better understand", "to self-identify"), unlike the preposition "to
    third parties" (IN) or "to which we refer"."""
    return {token.idx for token in doc[:-1] if token.tag_ == "TO" and token.lower_ == "to"
            and doc[token.i + 1].pos_ not in NO_INFINITIVE_POS}


NO_INFINITIVE_POS = {"DET", "PRON", "PROPN", "NUM", "ADP", "CCONJ", "SCONJ", "PUNCT", "SPACE"}


def _token_starting_at(doc, offset: int):
    """The token of `doc` that starts at character `offset`, else None."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and span[0].idx == offset else None


def _not_a_condition(marker) -> bool:
    """Whether a condition marker opens a relative clause or an embedded question instead: "after which records are
    deleted", "information about where / when you left the comment" (the clause is the object of a preposition)."""
    following = marker.doc[marker.i + 1] if marker.i + 1 < len(marker.doc) else None
    if following is not None and following.lower_ in ("which", "whom"):
        return True
    clause = marker.head
    return (marker.lower_ in ("where", "when") and clause.dep_ in ("pcomp", "pobj")
            and clause.head.lower_ in TOPIC_PREPOSITIONS)


TOPIC_PREPOSITIONS = {"about", "of", "on", "regarding", "concerning", "into"}  # not "such as when you sign up"


def _balanced(span: str) -> bool:
    """Whether `span` closes every quotation mark and bracket it opens (a clause end the parse put inside a quoted
    "Share diagnostics" is not taken)."""
    return (span.count('"') % 2 == 0 and span.count("“") == span.count("”") and span.count("(") == span.count(")"))


DANGLING_MARKS = {",", ";", "-", "–", "—", "(", "/"}


def _condition_clause_end(marker) -> int:
    """Where the condition clause `marker` opens ends when it comes before its main clause: the last word of the
    adverbial clause it introduces ("If you use the service without an account" in "If you use the service without an
    account we may collect …"), less a dangling coordinator; the end of the text when the parse gives no such clause."""
    clause = marker.head if marker.dep_ in ("mark", "advmod") else None
    doc = marker.doc
    if clause is None or clause.dep_ != "advcl" or clause.left_edge.i != marker.i or clause.head.i < clause.i:
        return len(doc.text)
    last = clause.right_edge
    while last.i > marker.i and (last.pos_ in ("CCONJ", "DET") or last.dep_ == "cc" or last.text in DANGLING_MARKS):
        last = doc[last.i - 1]
    return last.idx + len(last.text)


# Advice to the reader: a verb recommending what the reader should do ("We recommend keeping your browser and
# operating system updated", "Consider balancing the risks versus the benefits of analyzing personal data")
ADVISING_VERBS = {"recommend", "advise", "urge"}
ADVICE_IMPERATIVES = {"consider", "avoid", "limit"}


def _advice_to_reader(verb) -> bool:
    """Whether `verb` lies in advice to the reader, a clause on what the reader should (not) do, which states no
    practice of the service: the gerund or clause a first-person "recommend" / "advise" / "urge" takes ("We recommend
    contacting support via chat when it is possible, and avoid sharing any personal information", "We recommend
    excluding password managers … from Clipy's history recording"), or anything under a sentence-opening imperative
    "Consider" / "Avoid" / "Limit" ("Consider balancing the risks versus the benefits of analyzing personal data",
    "Limit your disclosure to our payment processors: Use a payment method with minimal exposure of … financial
    information"). Not "We suggest profiles based on your location" (what the service suggests) nor "We encourage
    you to …" (an invitation the user may take up, which can name data we receive)."""
    node, via = verb, None
    while True:
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and node is not verb:
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if node.dep_ == "conj" and not subjects:
                subjects = [c for c in _first_conjunct(node).children if c.dep_ in ("nsubj", "nsubjpass")]
            if (lemma in ADVISING_VERBS and via in ("xcomp", "ccomp")
                    and any(s.lower_ in ("we", "i") for s in subjects)):
                return True
            if (lemma in ADVICE_IMPERATIVES and not subjects and node.tag_ == "VB"
                    and _opens_sentence(_first_conjunct(node))):
                return True
        if node.head.i == node.i:
            return False
        if node.dep_ != "conj":
            via = node.dep_
        node = node.head


# The imperatives of a setting the reader turns on ("set `sendDefaultPii=true`", "enable the option")
SETTING_IMPERATIVES = {"set", "enable", "configure", "activate"}


def _setting_instruction(verb, sending_words) -> bool:
    """Whether the sending verb `verb` lies in a fronted purpose or wish of the reader that a setting instruction
    answers: an infinitive ("To send all HTTP headers, set `sendDefaultPii=true`", "To enable sending the user's IP
    address, set …") or "if you want to" ("If you want to send cookies, set …") before a subjectless imperative
    "set" / "enable" / "configure" / "activate" opening the main clause. What a developer may turn on is a setting the
    customer chooses, no practice of the service (GUIDELINES: settings and user controls). Not "To send you
    notifications, we use your device token" (a subject: the service's own purpose) nor "If you send us feedback, we
    keep it" (no instruction)."""
    if verb.lemma_.lower() not in sending_words and verb.lower_ not in sending_words:
        return False
    node = verb
    for _ in range(4):
        if node.dep_ == "advcl" and node.head.i > node.i:
            break
        if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    main = node.head
    if (main.dep_ != "ROOT" or main.lemma_.lower() not in SETTING_IMPERATIVES or main.tag_ not in ("VB", "VBD", "VBN")
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg") for c in main.children)):
        return False
    if _has_infinitive_marker(node) and node.left_edge.lower_ == "to":
        return True  # "To send all HTTP headers, set …"
    return (node.lemma_.lower() in ("want", "wish", "like")
            and any(c.dep_ == "mark" and c.lower_ == "if" for c in node.children)
            and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in node.children))


def _opens_sentence(token) -> bool:
    """Whether `token` is the first word of its sentence, after any punctuation or list marker."""
    return not any(t.is_alpha for t in token.sent if t.i < token.i)


OBTAINING_PURPOSES = {"understand", "measure"}  # "to understand / measure X" with cookies on the line obtains X


def _object_of_understanding(noun, verb) -> bool:
    """Whether `noun` is the direct object of `verb`, a verb of understanding or measuring ("understand usage and
    campaign effectiveness", parsed with "usage" a modifier of "effectiveness"; "measure usage"); not analysing,
    which uses the data ("analyzing your usage of the Website")."""
    item = _first_conjunct(noun)
    if item.dep_ in ("nmod", "compound") and item.head.i > item.i:
        item = _first_conjunct(item.head)
    return (not isinstance(verb, str) and verb.lemma_.lower() in OBTAINING_PURPOSES
            and item.dep_ in ("dobj", "obj") and item.head.i == verb.i)


class PurposeRules:
    """The purposes and conditions of a frame, read from the text after the verb."""

    def _answering_as_purpose(self, text: str, mentions: list[Mention], soft_skipped: set[int], action_verbs,
                              default_actor: str, purposes: list[str], condition: str | None) -> None:
        """The user's messages named only as what a purpose answers ("We use the information you provide to deliver
        the services, respond to your inquiries and improve them") are used by whoever uses, collects or shares the
        data of the sentence (GUIDELINES: responding to inquiries named as a purpose processes that correspondence),
        when the parse gave the phrase no practice of its own."""
        for mention in mentions:
            if (mention.frames or mention.data_type != "communication.messages" or mention.denied
                    or not (mention.inherit or id(mention) in soft_skipped)
                    or not ANSWERING_BEFORE.search(text, max(0, mention.start - 20), mention.start)):
                continue
            frames = [f for other in mentions if other is not mention for f in other.frames or []
                      if not f.negated and f.action in ("collect", "use", "share")]
            if not frames:
                frames = [f for verb in action_verbs if self.lex.verbs.get(verb.lemma_.lower()) == "use"
                          for f in self._frames(verb, None, default_actor, purposes, condition) or [] if not f.negated]
            if frames:
                mention.frames = unique_frames([replace(f, action="use", recipient=None, source="sentence")
                                                for f in frames[:1]])
                mention.skip = mention.inherit = False

    def _purpose_of_other_object(self, verb) -> bool:
        """Whether `verb` heads a purpose clause ("so we can process applications", "in order to process your order")
        whose direct object is something other than data: what the practice is for, not a practice on the items."""
        if verb.dep_ != "advcl":
            return False
        marked = any(c.dep_ == "mark" and c.lower_ == "so" for c in verb.children) or (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ == "mark" for c in verb.children))
        if not marked:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return bool(objects) and all(o.i not in self._inside_terms and o.lemma_.lower() not in BARE_DATA_NOUNS
                                     and o.pos_ != "PRON" and o.lower_ not in DEMONSTRATIVES for o in objects)

    # -- purposes and conditions -------------------------------------------------------------------------------
    def _purposes(self, text: str, original: str | None = None, doc=None) -> list[str]:
        """The purpose phrases the lexicon's markers open in the parsed `text` ("to verify your account", "for
        fraud prevention"), each running to the next clause mark, quoted from `original` (the sentence as written, same
        offsets) when given: the parsed text may be lower-cased or have parts blanked (`_for_parsing`). With the
        parsed `doc`, a bare "to" opens a purpose only as an infinitive marker (`_infinitive_starts`), not as the
        preposition of "disclose it to third parties" or "subscribe to it"."""
        source = original if original is not None and len(original) == len(text) else text
        infinitives = _infinitive_starts(doc) if doc is not None else None
        if infinitives is not None:
            infinitives -= self._complement_infinitives(doc)
        found: list[str] = []
        for pattern in self.lex.purpose_markers:
            for marker in pattern.finditer(text):
                start = marker.start()
                if infinitives is not None and marker.group(0).lower().startswith("to ") and start not in infinitives:
                    continue
                end = start
                while end < len(text) and text[end] not in ",;.:()":
                    end += 1
                parsed = text[start:end].strip()
                if marker.group(0).lower().startswith("to ") and not PURPOSE_NOUNS.search(parsed) and len(parsed) < 8:
                    continue
                purpose = source[start:end].strip()
                if 4 <= len(purpose) <= 120 and purpose not in found:
                    found.append(purpose)
        return found[:4]

    def _complement_infinitives(self, doc) -> set[int]:
        """The offsets of the "to" of infinitives that say what the user is asked to do ("I may require you to provide
        us with your email", "we may ask you to confirm …"), what the author wants to tell ("I want to inform you that
        …") or that complete the user's verb of choice with a practice or a giving of data ("You may choose to share your
        phone number"): what is asked, told or chosen, not what the data is for ("we need it to provide the service"
        and "we want to better understand how visitors use the site" stay purposes)."""
        found = set()
        for token in doc:
            verb = token.head
            if not (token.tag_ == "TO" and token.dep_ == "aux" and verb.dep_ == "xcomp" and verb.pos_ == "VERB"):
                continue
            governor = verb.head
            if governor.pos_ not in ("VERB", "AUX"):
                continue
            if governor.lemma_.lower() in NOTICE_WISH_VERBS and verb.lemma_.lower() in TELLING_VERBS:
                found.add(token.idx)  # "I want to inform users of this Service that …": a notice, no purpose
                continue
            if any(c.dep_ in ("dobj", "obj") and c.lower_ in ("you", "users") for c in governor.children):
                found.add(token.idx)  # "I may require you to provide us with …": what the user is asked to do
                continue
            users_choice = any(c.dep_ == "nsubj" and c.lower_ in ("you", "user", "users") for c in governor.children)
            if users_choice and governor.lemma_.lower() not in self.lex.verbs and (
                    verb.lemma_.lower() in self.lex.verbs or verb.lemma_.lower() in GIVING_VERBS):
                found.add(token.idx)  # "If you choose to share your location", "you may decide to provide …"
        return found

    def _relative_where(self, marker) -> bool:
        """Whether "where" opens a relative clause on a place the lexicon names (`transfer_places`: "the country
        where you are located", "countries where privacy laws may differ"), not a condition ("where required")."""
        clause = marker.head
        return (marker.lower_ == "where" and clause.dep_ == "relcl" and clause.head.i < marker.i
                and any_match(self.lex.transfer_places, clause.head.text))

    def _condition(self, text: str, refusal: list[tuple[int, int]], original: str | None = None,
                   doc=None) -> str | None:
        """The conditions the lexicon's markers open in `text` ("when you use X", "with your consent"), joined by
        "; ", quoted from `original` like `_purposes`. With the parsed `doc`, a marker opening a relative or
        question clause is no condition ("the country where you live", "after which it is deleted", "information
        about when you log in"), and a condition clause ends with its own words when no comma closes it ("If you
        create an account we collect …" → "If you create an account")."""
        source = original if original is not None and len(original) == len(text) else text
        found: list[str] = []
        for pattern in self.lex.condition_markers:
            for marker in pattern.finditer(text):
                if any(start <= marker.start() < end for start, end in refusal):
                    continue
                token = _token_starting_at(doc, marker.start()) if doc is not None else None
                if token is not None and (_not_a_condition(token) or self._relative_where(token)):
                    continue
                end = marker.end()
                while end < len(text) and text[end] not in ",;.:()":
                    end += 1
                if token is not None:
                    clause_end = _condition_clause_end(token)
                    if clause_end < end and _balanced(source[marker.start():clause_end]):
                        end = clause_end
                span = source[marker.start():end].strip()
                if len(span.split()) >= 2 and span not in found:
                    found.append(span)
        return "; ".join(found[:3]) if found else None
