"""Denials, hedges and exceptions.

Whether a verb or a practice noun is denied (`_negation`: "not", "never", "nor", "cannot"), denials carried by
the subject ("no one"), by "nothing"/"none", by negating verbs ("we disabled the collection of X"), by an operator
("the app does not send"), by a denied inclusion ("this does not include X"), and denials that do not reach a
conjunct across "but"; also the exceptions that keep data out of a denial.
"""

from __future__ import annotations

import re

from ...taxonomy import Match
from ..lexicon import any_match, Lexicon
from .clauses import (_contrasting_clause, _contrasting_verb, _coordinators, _describing_clause_of, _first_conjunct,
    _first_verb_conjunct, _has_infinitive_marker, _has_subject, _joined_by_contrast, _object_phrase_head,
    _outside_other_parentheses, _preceded_by, _semicolon_between, _subject_token, _verb_list_item,
    _verb_list_read_as_complement)
from .words import (CONDITION_MARKS, CONTROL_VERBS, COPULAS, EXCLUSION_VERBS, FIRST_PERSON, INCLUSION_VERBS,
    INFERENCE_VERBS, SECOND_PERSON, USER_NOUNS)


# Prepositions introducing the means of a verb ("prevent fraud by analyzing X"): what follows is done, not stopped.
MEANS_PREPOSITIONS = {"by", "through", "via", "including"}
# Verbs that deny the practice they govern: "we disabled the collection of X".
NEGATING_VERBS = {"disable", "stop", "cease", "prevent", "block", "avoid", "refrain", "discontinue", "prohibit",
                  "forbid", "disallow"}


def _describes_item_head(verb, noun) -> bool:
    """Whether `verb` heads a clause describing the noun a verbless item is ("Diagnostic logs added by the app",
    "a random installation ID that the game creates when it is first opened"): the noun is the item's root."""
    head = _first_conjunct(noun)
    if any(t.text in (":", "–", "—") for t in noun.doc[head.i:verb.i]):
        return False  # a run-in label the parser hangs the item on ("Local storage: your settings are stored …")
    return (verb.dep_ in ("relcl", "acl") and _describing_clause_of(verb, noun) and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and _negation(verb) is None
            and not any(c.tag_ == "MD" for c in verb.children))  # "session IDs that could track users": a capability


def _conditions_item(verb, noun) -> bool:
    """Whether `verb` heads a conditional participle on the noun phrase a verbless item is, with the data inside that
    phrase ("URL address of the referring page (if provided by the browser)", "Device name (when supplied by the
    system)"): the clause says when the item is there, no practice; the item takes its introduction's."""
    root = verb.head
    return (verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and root.dep_ == "ROOT"
            and root.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "mark" and c.lower_ in ITEM_CONDITION_MARKS for c in verb.children)
            and noun.i not in {t.i for t in verb.subtree} and noun.i in {t.i for t in root.subtree})


# the marks of a conditional participle on an item (not words.CONDITION_MARKS, the marks of a condition clause)
ITEM_CONDITION_MARKS = {"if", "when", "where", "unless"}
NO_OTHER_WORDS = {"other", "additional", "further", "more"}


# an exception of data from a denial, right before or right after the data ("… other than your IP address")
DATA_EXCEPTION_BEFORE = re.compile(r"\b(?:other than|except(?: for)?|apart from|excluding|with the exception of|beyond)"
                                   r"(?:\s+\S+){0,2}\s*$", re.I)
# (also after the person the data is about: "we will collect no personal information about you other than …"; not
# "other than as described")
DATA_EXCEPTION_AFTER = re.compile(r"^\s*(?:about (?:you|users|visitors)\s+)?,?\s*"
                                  r"(?:other than|except(?: for)?|apart from|aside from|excluding)\b"
                                  r"(?!\s+(?:as|in|to|where|when|if|with|by|under|through|required|necessary|"
                                  r"permitted|described|set|provided|outlined|stated)\b)", re.I)
NEGATORS = {"never", "nor", "cannot"}  # negate the verb they hang on, whatever the parser calls them

OPERATED_THINGS = {"service", "tool", "system", "app", "application", "feature", "product", "platform", "website",
                   "site", "sdk", "library", "software", "technology", "mechanism", "functionality"}


def _denied_operator(verb, span, systems=frozenset()):
    """The negation of the verb whose object the relative clause of `verb` describes, when that object is a service or
    tool and the data is the clause's own object ("The project does not knowingly operate a service that collects
    children's personal data", "we do not use any tool that tracks your location", or a system of cue `operated_systems`:
    "the application does NOT use any proxy server that could access your data"): running no such thing denies
    its practice. Data the object is itself ("we do not sell data that we collect") keeps the clause's practice."""
    verb = _first_verb_conjunct(verb)
    if span is None or verb.dep_ != "relcl" or span.root.i not in {t.i for t in verb.subtree}:
        return None
    thing, operating = verb.head, verb.head.head
    if thing.dep_ not in ("dobj", "obj") or thing.lemma_.lower() not in OPERATED_THINGS | systems:
        return None
    return _negation(operating)


def _negation(verb, lasting: bool = True):
    """The child that negates `verb` ("do not collect", "never share", "nor sell", "cannot access", "will no longer be
    visible"; with `lasting` false, "no longer" is not counted: a clause above the practice that says what is no
    longer so), or None."""
    return next((c for c in verb.children if (c.dep_ == "neg" or c.lower_ in NEGATORS) and not _whether_or_not(c)
                 or lasting and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                 and not any(g.lower_ == "than" for g in c.subtree)  # "kept for no longer than 180 days": a period
                 and verb.lemma_.lower() not in ("wish", "want", "desire", "need")), None)  # the user's wish


def _required_by_denial(data, verb, negation) -> bool:
    """Whether `data` is what a denied step cannot go without: "An account cannot be created without a valid e-mail
    address", "You cannot register without providing an email address". The two negations make the data required,
    its collection (GUIDELINES: data required for an account or a service is collected), not a denial."""
    first = _first_conjunct(data)
    if first.dep_ == "pobj" and first.head.lower_ == "without" and first.head.head.i == verb.i:
        return negation.head.i == verb.i and negation.lower_ != "without"
    holder = verb.head
    if verb.dep_ == "pcomp" and holder.lower_ == "without" and negation.i == holder.i:
        step = holder.head
        return step.pos_ in ("VERB", "AUX") and _negation(step) is not None
    return False


def _whether_or_not(token) -> bool:
    """Whether `token` is the "not" of "whether or not", which leaves the question open and denies nothing ("can tell
    us whether or not you have opened an email", "the option whether or not you wish to appear")."""
    return (token.lower_ == "not" and token.i >= 2 and token.doc[token.i - 1].lower_ == "or"
            and token.doc[token.i - 2].lower_ == "whether")


def _nominal_negation(nominal):
    """What denies a nominal practice: "no collection of X", or the negated predicate it is the argument of ("does
    not involve the collection of X", "we do not engage in the sale of X", "collection of X is disabled")."""
    # ("Zero persistent storage of audio": "zero" counts none, as "no" does)
    denial = next((c for c in nominal.children if c.dep_ == "det" and c.lower_ == "no"
                   or c.dep_ in ("nummod", "amod", "compound", "det") and c.lower_ == "zero"), None)
    if denial is not None:
        return denial
    head = nominal
    for _ in range(3):
        if head.dep_ not in ("dobj", "obj", "pobj", "prep", "nsubj", "nsubjpass") or head.head.i == head.i:
            return None
        head = head.head
        if _negating_participle(head):
            # "You cannot disable the collection of crash reports": a denied prevention, the practice goes on
            return None if _denied_prevention(head) else head
        if head.pos_ in ("VERB", "AUX") or head.tag_ == "VBN":
            state = next((c for c in head.children if c.dep_ == "acomp" and _negating_participle(c)), None)
            return state if state is not None else _negation(head)
    return None


def _denied_prevention(negating) -> bool:
    """Whether a negating verb is itself negated ("You cannot disable the collection of crash reports", "The collection
    of crash reports cannot be disabled"): what is denied is the prevention, so the practice it would stop is stated."""
    return negating.pos_ in ("VERB", "AUX") and _negation(negating, lasting=False) is not None


def _users_own_prevention(negating) -> bool:
    """Whether a negating verb is the user's own doing, with the user as its subject or as that of the verb it is the
    complement of ("you can also prevent Google from collecting X", "If you would like to prevent us from collecting
    X", "you can use content blockers to prevent analytics data collection"): a control the user has, which gives no
    denial (GUIDELINES: user rights and controls); not "we prevent X from being shared"."""
    clause = negating
    if negating.dep_ == "ROOT" and _has_infinitive_marker(negating) and negating.doc[0].lower_ == "to":
        return True  # the parser made the fronted infinitive the root: "To turn off X collection …, open Settings"
    for _ in range(3):
        if any(c.dep_ == "neg" for c in clause.children):
            return False  # "you cannot disable the collection of X"
        if any(c.dep_ == "nsubj" and (c.lower_ == "you" or c.lemma_.lower() in USER_NOUNS) for c in clause.children):
            return True
        if clause.dep_ not in ("xcomp", "advcl") or clause.head.i == clause.i:
            return False
        if clause.dep_ == "advcl" and clause.i < clause.head.i and _has_infinitive_marker(clause) and \
                _instruction_to_the_user(clause.head):
            return True  # "To disable the collection of crash data, go to settings"
        clause = clause.head
    return False


def _negating_verb(token) -> bool:
    """A verb that denies the practice it governs: "disable", "stop", …, or an infinitive "to turn off" / "to switch
    off" (a control: "To turn off crash data collection, open Settings"; not "analytics can be turned off", which
    says the practice goes on until then)."""
    return token.lemma_.lower() in NEGATING_VERBS or token.lemma_.lower() in ("turn", "switch") and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in token.children) and _has_infinitive_marker(token)


def _instruction_to_the_user(clause) -> bool:
    """Whether `clause` is an imperative that a fronted infinitive of purpose hangs on ("To disable automatic
    collection of crash data, go to settings", "To turn off crash data collection, open Settings"): an instruction
    to the user, the infinitive a control the user has."""
    return (clause.dep_ == "ROOT" and clause.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in clause.children))


def _negating_participle(token) -> bool:
    """"disabled", "blocked", "prohibited": a state that denies the practice it is said of."""
    word = token.lower_
    return token.lemma_.lower() in NEGATING_VERBS or word[:-1] in NEGATING_VERBS or word[:-2] in NEGATING_VERBS


def _denied_host(verb, hosting_verbs):
    """The negation of a verb denying the system whose relative clause states the practice ("We do not run our own
    servers that collect your personal data", "the app does not operate a backend that gathers X"): the system is
    denied, so is what it would do. Not a clause with a subject of its own ("we do not have the data that
    we collect"), nor the user's own system ("you do not run software that ...")."""
    verb = _first_verb_conjunct(verb)
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                       for c in verb.children):
        return None
    host = verb.head.head
    if verb.head.dep_ != "dobj" or host.lemma_.lower() not in hosting_verbs or _has_subject(host, SECOND_PERSON):
        return None
    return _negation(host)


def _negative_subject(verb):
    """A subject that denies the predicate: "None of these partners receives…", "No third party receives…",
    "Nobody else can access…", "No one at Acme reads…"."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in ("none", "nobody", "neither", "noone", "no-one"):
            return child
        if child.lower_ == "one" and child.i > 0 and child.doc[child.i - 1].lower_ == "no":
            return child
        if any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in child.children):
            return child  # "No third party receives…", "Neither your name nor your email is collected"
        opening = child.left_edge
        if (opening.lower_ == "no" and opening.dep_ == "det" and opening.head.i < child.i
                and opening.head.dep_ in ("npadvmod", "compound", "amod", "nmod") and opening.head.head.i != verb.i):
            # "no user installed apps will be retrieved": the parser hangs "no" on the modifier opening the subject
            # ("user" of "user installed"); it still denies the whole subject
            return child
        index = opening.i - 1
        while index > 0 and child.doc[index].text[:1].isupper() and child.doc[index].pos_ in ("PROPN", "ADV", "ADJ"):
            index -= 1  # back over the capitalised words of a name ("Actually Reliable")
        before = child.doc[index] if 0 <= index < opening.i else None
        if (before is not None and before.text == "No" and before.dep_ == "intj" and before.head.i == verb.i
                and child.pos_ in ("NOUN", "PROPN")):
            # "No Actually Reliable employee reads your content": the parser took "No" before a company's name for an
            # interjection on the verb; it still denies the subject it opens
            return child
        owner = next((c for c in child.children if c.dep_ == "poss"), None)
        if owner is not None and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in owner.children):
            return owner  # "neither party's phone number is disclosed to the other", "no user's address is shown"
    return None


def _nothing_argument(verb, exceptions: list[re.Pattern[str]]):
    """"nothing" / "none" as the subject or object of the practice verb itself denies it: "Nothing of the following is
    collected:", "We collect none of the following:", "nothing is shared with advertisers" (only the verb's own
    argument, not that of a verb above it; nor when `exceptions` follow it: "the service holds nothing but nicknames"
    keeps the nicknames)."""
    for child in verb.children:
        if (child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lower_ in ("nothing", "none")
                and not any_match(exceptions, child.doc[child.i + 1:child.i + 4].text)):
            return child
    return None


# Modals under which a denied ability is only possible: "we may be unable to …" hedges, "we are unable to …" denies.
POSSIBILITY_MODALS = {"may", "might", "could"}


def _denied_ability(verb):
    """What denies the ability to perform `verb`, the infinitive of "unable" or of a negated "able" ("Element is unable
    to read your message content", "we are not able to see your payment details"): a denied ability is a denial, as
    "cannot" is; not the user's ("you will not be able to log in"), nor one hedged by a modal ("we may be unable to")."""
    able = verb.head
    if verb.dep_ != "xcomp" or able.lower_ not in ("able", "unable") or able.dep_ != "acomp":
        return None
    copula = able.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in SECOND_PERSON or c.lemma_.lower() in USER_NOUNS)
           for c in copula.children) or any(c.tag_ == "MD" and c.lower_ in POSSIBILITY_MODALS for c in copula.children):
        return None
    return able if able.lower_ == "unable" else _negation(copula)


def _denied_purpose_infinitive(verb) -> bool:
    """Whether `verb` is an infinitive of purpose after the verb it hangs on ("The Tax Services do not connect to your
    bank to read your balances", "We do not allow agencies to create accounts, to upload DNA files"): a denial of the
    means denies the practice it would serve, as "we don't use it to track you individually" (GUIDELINES)."""
    return (verb.dep_ == "advcl" and verb.i > verb.head.i and verb.pos_ == "VERB" and _has_infinitive_marker(verb)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children))


def _object_negated(token, exclusions: list[re.Pattern[str]] = ()) -> bool:
    """Whether the noun phrase itself is negated ("…, but never your account numbers or balances") or excluded from
    what the predicate handles by the words before it (`object_exclusions`: "sent to reviewers without your name",
    "the meal code and seat number, not your name")."""
    below = None  # the item the walk came up from
    for _ in range(6):
        if any(((c.dep_ == "neg" and not _negates_later_item(token, c, below)) or (
                c.lower_ in ("never", "not") and c.i < token.i)) and not _whether_or_not(c) for c in token.children):
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
            # "but not the content of their messages": the phrase the data is part of
            below, token = token, token.head.head
            continue
        if _example_of_phrase(token):
            # "not any directly identifiable user information such as your name or email address": the examples of a
            # denied phrase share its denial
            below, token = token, token.head.head
            continue
        if token.dep_ not in ("conj", "appos") or token.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            break
        below, token = token, token.head
    return _preceded_by(token, exclusions)


# verbs of holding or seeing data whose denial in a relative clause on the data denies any handling of it
DENIED_RELATIVE_VERBS = {"access", "see", "view"}


def _denied_by_relative_clause(token) -> bool:
    """Whether a non-subject relative clause on the data denies that the speaker holds it ("your credentials, which
    the Service never has access to", "your password, which we never see")."""
    for clause in token.children:
        if clause.dep_ != "relcl" or _negation(clause) is None:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children):
            continue  # "data that is not sensitive": the clause describes the data, it denies no holding
        if clause.lemma_ in DENIED_RELATIVE_VERBS or clause.lemma_ == "have" and any(
                c.dep_ == "dobj" and c.lemma_ == "access" for c in clause.children):
            return True
    return False


def _example_of_phrase(token) -> bool:
    """Whether `token` is an example the phrase before it introduces ("information such as your name", "details like
    your address", "data, including your email"): the object of such an example preposition hung on a noun."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    preposition = token.head
    if any(c.dep_ == "neg" or c.lower_ == "not" for c in preposition.children):
        return False  # "information (not including your name)": the words before the example exclude it
    return (preposition.lower_ in ("like", "including") or preposition.lower_ == "as" and any(
        c.lower_ == "such" for c in preposition.children))


def _negates_later_item(noun, neg, below) -> bool:
    """Whether the "not" the parser hangs on `noun` stands after it and before a later item of its own ("We keep
    your email address, not your password", "not" a child of "address"): it denies that item, not `noun` itself,
    unless the walk came up from that item."""
    if neg.i < noun.i or (below is not None and below.i > neg.i):
        return False
    return any(c.dep_ in ("appos", "conj") and c.i > neg.i for c in noun.children)


VOLUNTARY_WORDS = {"voluntary", "optional"}
REQUIREMENT_WORDS = {"mandatory", "necessary", "obligatory", "compulsory", "required", "needed"}


def _voluntary_act(verb) -> str | None:
    """The user's act named by a gerund subject that the sentence calls voluntary or optional ("Submitting personal
    information (name, address, …) is voluntary", "Furnishing personal information is voluntary; however, …",
    "Sharing your information is voluntary", "Providing additional information is entirely optional"): "optional" when
    the sentence only calls the act optional (no practice of ours: GUIDELINES, data "not required" or optional), and
    "not_required" when it also says the act is not required ("… is voluntary and is not required to access
    information on our website": the user need not give the data, a denial). None for any other verb."""
    if isinstance(verb, str) or verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "csubjpass"):
        return None
    copula = verb.head
    if copula.lemma_.lower() != "be" or not any(
            c.dep_ == "acomp" and c.lower_ in VOLUNTARY_WORDS for c in copula.children):
        return None
    for other in copula.children:
        if other.dep_ != "conj" or _negation(other) is None:
            continue
        if other.lemma_.lower() in ("require", "need") or any(
                c.dep_ == "acomp" and c.lower_ in REQUIREMENT_WORDS for c in other.children):
            return "not_required"
    return "optional"


def _optional_relative_clause(verb) -> bool:
    """A negated requirement in a relative clause on the data ("personal data … that is not required for use of the
    Services", "data which is not mandatory"): it says the data is optional, not that it is left uncollected."""
    if verb.dep_ != "relcl" or _negation(verb) is None:
        return False
    if verb.lemma_.lower() != "require" and not any(
            c.dep_ == "acomp" and c.lower_ in ("mandatory", "necessary", "obligatory", "compulsory", "required")
            for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children)


def _denied_main_clauses(doc) -> bool:
    """Whether the root verb of every sentence the parser found is negated ("User Personal Information does not include
    aggregated, non-personally identifying information", "We do not build backdoors into our software, and we will
    notify you …": a clause coordinated to a denied root is not checked)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return bool(roots) and all(root.pos_ in ("VERB", "AUX") and _negation(root) is not None for root in roots)


ACCOUNT_CREATION_VERBS = {"create", "open", "register", "set"}
OCCASION_MARKS = CONDITION_MARKS | {"before", "after"}


def _account_as_occasion(root, requirement_verbs: set[str]) -> bool:
    """A bare account or profile whose creation is the occasion of another statement (in a when/if clause) or whose
    need is denied: a condition of use, no practice on account data (GUIDELINES): "When you create a profile, you
    choose …", "When you use our site …, create a user account, …, we collect …", "You do not have to … create a
    user account to access …", "The App does not require a user account". Account data ("account information") and
    a creation stated as such ("we'll ask you to create a user profile") stay. The verbs of needing are the cue
    `requirement_verbs`."""
    if root.lemma_.lower() not in ("account", "profile"):
        return False
    head = _first_conjunct(root)
    if head.dep_ not in ("dobj", "obj"):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in requirement_verbs:  # "does not require a user account", "you do not need a profile"
        return _negation(verb, lasting=False) is not None
    if lemma not in ACCOUNT_CREATION_VERBS:
        return False
    clause = _first_conjunct(verb)
    if clause.dep_ == "advcl":
        # the marker may sit on an earlier clause of the same series ("When you use our site …, create a user account")
        clauses = [c for c in [*clause.head.children, *clause.children] if c.dep_ == "advcl" and c.i <= clause.i]
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in OCCASION_MARKS and c.i < clause.i
               for earlier in clauses for c in earlier.children):
            return True
    needing = clause.head.lemma_.lower()  # "You do not have to provide … or create a user account"
    return (clause.dep_ == "xcomp" and (needing == "have" or needing in requirement_verbs)
            and _negation(clause.head, lasting=False) is not None)


def _denied_usage_practices(text: str, found: list, lex: Lexicon) -> list:
    """The practice nouns of a verbless or existential "no" list that name recording the user's use ("There are no
    analytics, ads, or tracking", "- No analytics tools or tracking"): what the service says it does not have is usage
    data it does not collect (GUIDELINES: telemetry, "No analytics, advertising, telemetry, or tracking"), each type
    named once, when no term of the line already names that type (`lex.usage_practice_denials`, group "noun"): "There
    are no third-party analytics services, no usage statistics, and no crash reporting" still denies the crash reports
    (usage.logs) beside the usage its terms name."""
    for pattern in lex.usage_practice_denials:
        match = pattern.search(text)
        if match is None:
            continue
        # ... and each further "no" noun of the same list ("No ads, no analytics, no automatic crash reporting")
        spans = [match.span("noun")]
        while (further := FURTHER_DENIED_PRACTICE.match(text, spans[-1][1])) is not None:
            spans.append(further.span("noun"))
        denied: list = []
        for start, end in spans:
            noun = text[start:end].lower()
            value = _usage_type_of(noun)
            if not any(m.value == value or m.start < end and start < m.end for m in found + denied):
                denied.append(Match(start, end, value, noun))
        if denied:
            return denied
    return []


# a further practice noun of a "no" list after the one `lex.usage_practice_denials` finds, opened by its own "no" (", no
# automatic crash reporting"); not a tool of that practice ("no analytics, no tracking SDKs")
FURTHER_DENIED_PRACTICE = re.compile(
    r"(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and|nor)\s+)no\s+(?:(?:automatic|automated)\s+)?"
    r"(?P<noun>analytics|tracking|(?:crash|error)[- ]reporting)\b"
    r"(?!\s*(?:-\s*)?(?:sdks?|librar(?:y|ies)|tools?|services?|providers?|cookies?|pixels?|scripts?|technolog(?:y|ies)|"
    r"software|code|of)\b)", re.I)


# the phrase of a `Match` that `_denied_usage_tools` makes: the analyser gives it its frames itself
DENIED_USAGE_TOOL = "denied usage tool"


def _usage_type_of(noun: str) -> str:
    """The data a denied practice or tool noun records: crash or error reporting the crash reports (usage.logs), the
    others ("analytics", "tracking", "telemetry") usage."""
    return "usage.logs" if noun.lower().endswith("reporting") else "usage"


def _denied_tool_noun(match: re.Match, found: list) -> Match | None:
    """The denied tool of a match whose group "noun" names its kind, None when a term of `found` already names that
    noun (a bare usage term that is the noun itself aside, `_is_tool_noun_term`)."""
    noun = match.span("noun")
    if any(m.start < noun[1] and noun[0] < m.end and not _is_tool_noun_term(m, noun) for m in found):
        return None
    return Match(noun[0], noun[1], _usage_type_of(match.group("noun")), DENIED_USAGE_TOOL)


def _denied_usage_tools(text: str, found: list, lex: Lexicon) -> list:
    """The practice noun of a denied analytics, tracking, telemetry or crash-reporting tool ("We do not use third-party
    analytics services", "the app contains no analytics or tracking SDKs"): the usage statistics such a tool records
    are not collected (GUIDELINES: telemetry; crash reports are usage.logs), each denial of the first pattern that
    finds one, only where no term names the noun (`lex.usage_tool_denials`, group "noun"), a bare usage term that is
    the noun itself aside ("The app does not include any telemetry services": the caller drops that term,
    `_without_denied_tool_noun`)."""
    for pattern in lex.usage_tool_denials:
        denied = []
        match = pattern.search(text)
        # ... and each later one of a run of them ("no error reporting service, …, and no third-party tracking script")
        while match is not None and (tool := _denied_tool_noun(match, found)) is not None:
            denied.append(tool)
            match = pattern.search(text, match.end())
        if denied:
            return denied
    return []


# the opening of a list item naming an analytics, tracking, telemetry or crash-reporting tool by its kind, alone or
# before its examples ("Analytics platforms (e.g., Google Analytics for Firebase, Mixpanel)", "Crash reporting (e.g.,
# Sentry, Bugsnag).", "Third-party tracking SDKs")
TOOL_KIND_ITEM = re.compile(
    r"^\W*(?:(?:any|other|third[- ]party|3rd[- ]party|external|outside|similar|such)\s+)*"
    r"(?P<noun>analytics|tracking|telemetry|(?:crash|error)[- ]reporting)(?:\s+(?:sdks?|librar(?:y|ies)|tools?|"
    r"services?|providers?|platforms?|packages?|software|code|scripts?|plug-?ins?|solutions?|products?|frameworks?|"
    r"modules?|integrations?|trackers?))?\s*(?:\(|[.;]?\s*$)", re.I)


def _denied_tool_item(text: str, found: list) -> list:
    """The tool noun opening a list item under an introduction that denies the service has or uses the tools it
    lists ("it does not integrate any of the following:" over "- Crash reporting (e.g., Firebase Crashlytics, Sentry,
    Bugsnag)."): a denied tool, as "We do not use crash reporting services" is (`_denied_usage_tools`; GUIDELINES:
    a crash-reporting service so denied gives `not_collect` `usage.logs`)."""
    match = TOOL_KIND_ITEM.match(text)
    tool = _denied_tool_noun(match, found) if match is not None else None
    return [tool] if tool is not None else []


# the kinds of catalogued tool whose denial is a denial of recording the user's use (sdks.yaml `category`)
USAGE_TOOL_KINDS = {"analytics": "usage", "crash": "usage.logs"}
# a denied use of the tool named right after ("We do not use Google Analytics", "doesn't include Mixpanel, Amplitude or
# Sentry"), or a verbless "no" right before it opening the sentence or an item of a list ("(no Google Analytics, no
# Sentry, no Mixpanel)")
NAMED_TOOL_DENIED_BEFORE = re.compile(
    r"(?:(?:\bnot|n[’']t|\bnever|\bno\s+longer)\W*\s+(?:use|include|have|contain|integrate|embed|bundle|employ|run|"
    r"ship|load|rely\s+on|utili[sz]e|incorporate|implement|deploy|add)\s+(?:any\s+)?"
    r"(?:[\w.-]+(?:\s+[\w.-]+){0,2}(?:\s*,\s*(?:or\s+|and\s+|nor\s+)?|\s+(?:or|and|nor)\s+))*"
    r"|(?:^\W*|[(,:;]\s*)no\s+)$", re.I)
# what follows the named tools of a denial that binds it to a purpose or an exception ("We do not use Firebase
# Analytics to collect user-created content", "… Google Analytics except for …"): no denial of the tool itself
NAMED_TOOL_DENIAL_BOUND = re.compile(r"\b(?:to|for|that|which|who|other\s+than|except|unless|but|besides|apart"
                                     r"|beyond|without|when|if|on\s+(?:the|our|this)\s+(?:app|application))\b", re.I)


def _denied_named_tools(text: str, found: list, entities) -> list:
    """The names of catalogued analytics or crash-reporting tools whose use the sentence denies ("We do not use Google
    Analytics or similar services", "(no Google Analytics, no Sentry, no Mixpanel)"): the usage statistics (crash
    reports) such a tool records are not collected, by us and by the tool alike (GUIDELINES: a denial of a named tool
    denies it for both alike), as `DENIED_NAMED_TOOL` matches of the tool's name; not a name inside a data term, nor
    one whose denial names a purpose or an exception after the tools (`NAMED_TOOL_DENIAL_BOUND`). Tools the line
    gives as examples of a denied kind of tool take its data ("We do not embed analytics (no Google Analytics, no
    Sentry)": usage for Sentry too)."""
    denied = []
    line_kind = next((m.value for m in found if m.phrase == DENIED_USAGE_TOOL), None)
    for named in entities.find_named(text, "en"):
        entity = entities.get(named.value)
        value = USAGE_TOOL_KINDS.get(entity.category) if entity is not None else None
        value = line_kind if value is not None and line_kind is not None else value
        if value is None or any(m.start < named.end and named.start < m.end for m in found):
            continue
        clause_end = re.search(r"[.;:!)]", text[named.end:])
        rest = text[named.end:named.end + clause_end.start()] if clause_end else text[named.end:]
        if NAMED_TOOL_DENIED_BEFORE.search(text, max(0, named.start - 160), named.start) is None \
                or NAMED_TOOL_DENIAL_BOUND.search(rest):
            continue
        denied.append(Match(named.start, named.end, value, DENIED_NAMED_TOOL))
    return denied


# the phrase of a `Match` that `_denied_named_tools` makes: the analyser gives it its frames itself
DENIED_NAMED_TOOL = "denied named tool"


def _is_tool_noun_term(term: Match, noun: tuple[int, int]) -> bool:
    """Whether the found `term` is a usage term spanning just the `noun` of a tool denial ("telemetry" in "does not
    include any telemetry services"): the denial reads it, not the parse."""
    return term.value == "usage" and (term.start, term.end) == noun


def _without_denied_tool_noun(found: list, denied: list) -> list:
    """`found` without the usage terms that a denied tool's noun (`_denied_usage_tools`) stands for."""
    return [m for m in found if not any(_is_tool_noun_term(m, (tool.start, tool.end)) for tool in denied)]


def _opening_no(token) -> bool:
    """Whether `token` is in a verbless "No X" that opens its sentence ("No analytics, advertising, telemetry, or
    tracking", "- **No telemetry** — …", "No code, no queries, no personal data"): the "no" of its list's first item
    is the sentence's first word, a run of "no X" phrases set side by side being one list."""
    first = _first_conjunct(token)
    labelled = None
    while (first.dep_ == "appos" and first.head.i < first.i
           and any(c.dep_ == "det" and c.lower_ == "no" for c in first.children)):
        labelled = labelled or first
        first = _first_conjunct(first.head)
    no = next((c for c in first.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if no is None and labelled is not None:
        no = next(c for c in labelled.children if c.dep_ == "det" and c.lower_ == "no")
    if no is not None and 2 <= no.i <= 7 and token.doc[no.i - 1].text in (":", "—", "–"):
        return True  # after a short run-in label: "- **Privacy**: No name, email or real identity needed"
    if no is not None and first.head.lemma_.lower() == "be" and first.dep_ == "attr" and any(
            c.dep_ == "expl" for c in first.head.children):
        return True  # "There are no analytics, ads, or tracking": an existential denial is such a list too
    return no is not None and not any(t.is_alpha for t in token.doc[:no.i])


def _denied_derivation(verb, derivation_verbs: set[str]) -> bool:
    """A derivation verb in the passive or as a participle on a noun, negated and with the source it is not worked out
    from ("This ID is not derived from hardware", "a random UUID, not derived from your machine"): it describes the
    value, and neither the value nor the source is denied; not an active denial ("we do not infer your location from
    your IP address")."""
    if verb.lemma_.lower() not in derivation_verbs | INFERENCE_VERBS:
        return False
    passive = verb.tag_ == "VBN" and (verb.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in verb.children))
    return (passive and any(c.dep_ == "neg" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("from", "on") for c in verb.children))


def _denied_derivation_source(token, derivation_verbs: set[str]) -> bool:
    """Whether the data headed by `token` is the source of a denied derivation ("not derived from hardware or personal
    information")."""
    source = _first_conjunct(token)
    return (source.dep_ == "pobj" and source.head.lower_ in ("from", "on")
            and _denied_derivation(source.head.head, derivation_verbs))


def _source_of_denied_derivation(token, derivation_verbs: set[str]) -> bool:
    """Whether the data headed by `token` is what a denied derivation would work from, the derived value being the
    subject denied by "no" or the object of a negated active verb ("No facial template is derived from your
    photograph", "We never derive your age from your photo"): the value is denied, the source is named only as where
    it would come from and is neither denied nor collected by the sentence."""
    source = _first_conjunct(token)
    if source.dep_ != "pobj" or source.head.lower_ != "from":
        return False
    verb = source.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in derivation_verbs | INFERENCE_VERBS:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in ("no", "neither")
                                                         for d in c.children) for c in verb.children)


def _own_auxiliary(verb) -> bool:
    """Whether a conjoined verb has an auxiliary of its own ("…, and the selfie is deleted", "and your email address
    will be shared"): a finite clause, not a second verb sharing the first one's subject and negation."""
    return any(c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.lower_ != "to" for c in verb.children)


def _consequence_after(clause) -> bool:
    """Whether `clause` is a clause the parser hung under a later one that opens with "so" ("Your IP address is used to
    work out your country, so it is never stored in full": "used" as a ccomp of "stored"); the later clause states
    a consequence of its own."""
    head = clause.head
    return (clause.dep_ == "ccomp" and head.i > clause.i
            and any(c.dep_ in ("mark", "advmod", "cc") and c.lower_ == "so" and clause.i < c.i < head.i
                    for c in head.children))


def _negated_inclusion(token) -> bool:
    """Whether `token` is the object of a negated inclusion verb ("they do not include your IP address")."""
    head = _object_phrase_head(token)
    verb = head.head
    return head.dep_ in ("dobj", "obj") and verb.lemma_.lower() in INCLUSION_VERBS and _negation(verb) is not None


def _excluded_object(token) -> bool:
    """Whether `token` is the object of an exclusion verb that is not itself negated ("Error logs exclude all personal
    content"): what the subject leaves out, as with a negated inclusion verb."""
    head = _object_phrase_head(token)
    verb = head.head
    return head.dep_ in ("dobj", "obj") and verb.lemma_.lower() in EXCLUSION_VERBS and _negation(verb) is None


def _denied_inclusion_by_described(data, clause):
    """The negation of an inclusion verb whose object is `data` and whose subject the practice `clause` describes: "The
    data we collect does not include your location", "Information shared with partners never contains your name"
    (GUIDELINES: data collected or sent that does not include named data denies it); else None."""
    head = _object_phrase_head(data)
    verb = head.head
    if head.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in INCLUSION_VERBS - COPULAS:
        return None
    subject = _subject_token(verb)
    if subject is None or clause.head.i != subject.i:
        return None
    return _negation(verb)


def _negated_included_clause(token) -> bool:
    """Whether `token` heads a clause that names data as what a negated inclusion verb leaves out ("It does not include
    where you were, what you searched for": the clauses are its objects, which the parser makes complements, the later
    ones hung on the earlier)."""
    clause, complement = token, False
    while clause.dep_ in ("ccomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        complement = complement or clause.dep_ == "ccomp"
        clause = clause.head
        if clause.lemma_.lower() in INCLUSION_VERBS - COPULAS:
            return complement and _negation(clause) is not None
    return False


def _left_out_of_carriers(token, lex):
    """The place ("in mesh messages") when `token` is the data a denied insertion verb keeps out of records or messages
    that are sent ("bitchat does not include exact coordinates in mesh messages", "Exact coordinates are not included in
    Nostr payloads", "Clipy does not include clipboard contents in Crashlytics logs"), else None: the object of the
    active verb with a subject that is not the user (cue `user_subjects`: "Customers do not include X in …" is their
    choice; an imperative "Do not include X in your email" is advice), or the subject of the passive one."""
    head = _object_phrase_head(token)
    verb = head.head
    if head.i == verb.i or verb.lemma_.lower() not in lex.insertion_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    if _negation(verb) is None:
        return None
    if head.dep_ == "nsubjpass":
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return None
    elif head.dep_ in ("dobj", "obj"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in lex.user_subjects:
            return None
    else:
        return None
    carriers = lex.record_nouns | lex.carrier_nouns  # what data put in would be sent with
    places = [c for node in (verb, head) for c in node.children
              if c.dep_ == "prep" and c.lower_ in ("in", "into", "with") and c.i > head.i]
    for place in places:
        if token.i in {t.i for t in place.subtree}:
            return None  # the data is where something else goes ("we do not include ads in your messages")
        if any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in carriers for t in place.subtree):
            return place
    if head.dep_ == "nsubjpass" and any(c.dep_ == "prep" and c.lower_ in ("in", "into", "with") for c in verb.children):
        # "are not included in bitchat mesh or Nostr payloads": the parser may hang the place's head noun on the verb
        found = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in carriers for c in verb.children)
        return places[0] if found and places else None
    return None


def _records_filtered_from(token, lex) -> bool:
    """Whether `token` heads the records a verbless item says its data is taken out of ("- **API keys** - Filtered
    from error reports" under "Data NOT Collected (by Sentry)"): a participle of removal with no subject nor auxiliary,
    whose "from" phrase names where the item's data is removed from, not data of the item (GUIDELINES: the item's
    label names the data; an exclusion inside an item gives no denial of its own)."""
    head = _first_conjunct(token)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    verb = prep.head
    return (verb.lemma_.lower() in lex.removal_verbs and verb.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children))


def _removed_before_sending(token, lex) -> bool:
    """Whether `token` is the data a clause of its own takes out of records before they are sent ("names and health
    information are removed from crash reports before they are sent", "We strip the contents of your vault from crash
    reports", "we strip file paths and hostnames before sending"): the data does not reach the party the records go to
    (GUIDELINES). The verb is finite or the complement of one, not a participle inside an item ("Error descriptions with
    file paths removed" only says what the records hold)."""
    head = _object_phrase_head(token)
    verb = head.head
    if head.i == verb.i or verb.lemma_.lower() not in lex.removal_verbs or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not _acted_on(head, verb):
        return False
    if _negation(verb) is not None or _semicolon_between(token, verb):
        return False  # ("Sentry receives X, Y; names are removed from …": Y is no subject of the later clause)

    def sending(node) -> bool:
        return node.lemma_.lower() in lex.sending_words or node.lower_ in lex.sending_words

    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ not in FIRST_PERSON:
        return False  # "they can just remove the attachment before sending the mail": the user's own act
    for child in verb.children:
        if child.lower_ == "before" and child.dep_ == "prep" and any(sending(o) for o in child.children):
            return True  # "before transmission", "before sending"
        if child.dep_ == "advcl" and sending(child) and any(
                m.dep_ in ("mark", "prep") and m.lower_ == "before" for m in child.children):
            # "before they are sent", "before they leave your device" (the records the data is taken from; not
            # "before research data leaves us", other data made from it)
            sent = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return sent is None or sent.pos_ == "PRON" or sent.lemma_.lower() in lex.record_nouns
    return False


def _acted_on(head, verb) -> bool:
    """Whether `head` is what `verb` acts on: its object, or the subject of it in the passive with its auxiliary
    ("names are removed from …", "The IP address is discarded on receipt")."""
    if head.dep_ == "nsubjpass":
        return any(c.dep_ == "auxpass" for c in verb.children)
    return head.dep_ in ("dobj", "obj")


def _cut_on_receipt(token, lex):
    """The clause saying `token`, a data phrase, is cut down or thrown away as it arrives, before it is kept: truncated,
    anonymised or discarded "before it is stored", "before storage", "on receipt" ("Sentry truncates your IP address
    before it is stored", "We tell Google to anonymize IP addresses before they are stored", "The IP address is
    discarded on receipt"), or a party "configured to discard" it ("IP addresses (PostHog is configured to discard)").
    Data cut as it arrives is still received (GUIDELINES: data discarded or truncated as soon as it arrives), so the
    party doing it collects it. Returns (verb, party): the verb whose actor does it, and the token naming the party
    when it is not that verb's own subject (the configured party, the party told to do it); else None. Not a cut after a period ("truncated
    after 30 days": retention) nor a bare anonymisation ("We ask Google Analytics to anonymize your IP address")."""
    head = _object_phrase_head(token)
    verb = head.head
    if head.i == verb.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in lex.configuring_verbs and head.dep_ == "nsubjpass":
        # "- IP addresses (PostHog is configured to discard)": the item read as a second subject of the aside
        cut = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex.receipt_cut_verbs
                    and not any(o.dep_ in ("dobj", "obj") for o in c.children)), None)
        party = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i != head.i and c.pos_ == "PROPN"), None)
        if cut is None or party is None or _negation(verb) is not None or _negation(cut) is not None:
            return None
        return verb, party
    if lemma not in lex.receipt_cut_verbs or _negation(verb) is not None:
        return None
    if not _acted_on(head, verb):
        return None

    def keeping(node) -> bool:
        return node.lemma_.lower() in lex.keeping_words or node.lower_ in lex.keeping_words

    # "We tell Google to anonymize IP addresses …": the party told or asked to do it
    told = (next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"), None)
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("tell", "ask", "instruct", "configure") else None)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "before" and any(keeping(o) for o in child.children):
            return verb, told  # "before storage", "before storing"
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and any(
                o.lower_ in ("receipt", "arrival") for o in child.children):
            return verb, told  # "on receipt"
        if child.dep_ == "advcl" and keeping(child) and any(
                m.dep_ in ("mark", "prep") and m.lower_ == "before" for m in child.children):
            kept = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if kept is None or kept.pos_ == "PRON":
                return verb, told  # "before it is stored", "before they are logged"
    return None


def _characterised_as_not_personal(token) -> bool:
    """Whether `token`, a denied data phrase, is what some data leaves out by an inclusion: the object of a negated
    inclusion verb ("crash reports never include personal information"), the subject "no X" of a copula or
    inclusion verb ("No personally identifiable information is ever part of this data") or its object "no X" ("The
    data we collect contains no identifying information")."""
    if _negated_inclusion(token):
        return True
    head = _object_phrase_head(token)
    return (head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.lemma_.lower() in INCLUSION_VERBS
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children))


def _qualifies_data_as_not_personal(token) -> bool:
    """Whether `token`, a denied data phrase, is a qualifier of other data saying it holds nothing personal: "with no
    X" or "without X" ("anonymous usage statistics with no personal identifiers", "shared as aggregated statistics and
    without personally identifiable information"), or a bracketed "no X" after the data ("Crash reports (anonymous, no
    personal data)", "Only aggregated data is collected (no PII)"). Like a label calling the data non-identifying, it
    names no type left out (GUIDELINES), unlike a denial of its own ("we do not collect personal information").
    So is a last "but no X" of a verbless list whose earlier items name the data ("System information, error logs,
    and potentially IP addresses, but no personal user data unless provided by the user"): an exclusion inside the
    item, no denial (GUIDELINES)."""
    first = _first_conjunct(token)
    head = first.head
    if _but_no_after_items(token, first):
        return True
    if first.dep_ == "pobj" and (head.lower_ == "without" or head.lower_ == "with" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in first.children)):
        # not a practice of its own ("without any personal information being collected")
        return not any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") for c in first.children)
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in first.children):
        return False
    doc = token.doc
    opening = next((t for t in reversed(doc[:first.i]) if t.text in ("(", ")")), None)
    closing = next((t for t in doc[token.i + 1:] if t.text in ("(", ")")), None)
    return (opening is not None and opening.text == "(" and closing is not None and closing.text == ")"
            and any(t.is_alpha for t in doc[:opening.i]))


def _but_no_after_items(token, first) -> bool:
    """Whether `token` is a "but no X" conjunct closing a verbless list (`first` its first item, the sentence's root)
    whose first item is not denied itself."""
    if token.i == first.i or token.dep_ != "conj" or first.dep_ != "ROOT" or first.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in first.children):
        return False
    no = next(c for c in token.children if c.dep_ == "det" and c.lower_ == "no")
    before = token.doc[max(no.i - 2, 0):no.i]
    return any(t.lower_ == "but" and t.dep_ == "cc" for t in before)


def _negated_identity(token) -> bool:
    """Whether `token` is the predicate of a negated copula ("It is not your advertising ID")."""
    head = _object_phrase_head(token)
    return head.dep_ == "attr" and head.head.lemma_.lower() == "be" and _negation(head.head) is not None


def _conjunct_negated(verb, item, negated: bool) -> bool:
    """Polarity of `item`, a verb coordinated with the governing `verb`: its own negation counts ("are transmitted
    and are not recorded"), and "but" stops the governing verb's ("we do not sell it but share it with partners"), as
    does a "not" of the governing verb's own clause after `item` ("process data on our behalf and may not use it")."""
    if item.i == verb.i:
        return negated
    if _negation(item) is not None:
        return True
    own_negation = _negation(verb)
    if item.i < verb.i and own_negation is not None and own_negation.i > item.i:
        return False
    if (negated and own_negation is not None and item.i > own_negation.i and item.dep_ == "conj"
            and any(c.dep_ in ("aux", "auxpass") and c.i > own_negation.i for c in item.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in item.children)
            and set(_coordinators(item)) == {"and"}):
        # "Recordings are never shared and are deleted after 90 days": a predicate joined by "and" with an auxiliary
        # of its own after the negation is a new verb phrase of the same subject, outside the scope of the "never"
        # before it (not "never leaves your device or gets stored", where "or" keeps it denied)
        return False
    head = item
    while head.dep_ == "conj" and head.head.i != head.i and head.head.i != verb.i:
        head = head.head  # "is used …, and is not sold, shared or distributed": "shared" follows "not sold"
        if _negation(head) is not None and (head.i > verb.i or verb.dep_ == "conj" and _contrasting_clause(verb)):
            return True  # … or "we do not share or sell X" when `verb` is a later clause of its own
    low, high = sorted((verb.i, item.i))
    if any(t.dep_ == "cc" and t.lower_ in ("but", "yet") for t in verb.doc[low:high]):
        return False
    return negated


def _imperative_advice(negation) -> bool:
    """Whether `negation` negates a command to the reader that opens its sentence ("Do not enter any personal data into
    the chat", "Don't post your phone number in comments"): advice to the user not to give data, no practice of ours
    (as "please do not send us X"); a lower-case "do not" item goes on with the clause that introduces it ("We:" …
    "4. do not disclose personal information")."""
    verb = negation.head
    if negation.dep_ != "neg" or verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    words = [t for t in verb.doc[:verb.i] if not (t.is_punct or t.is_space)]
    return len(words) == 2 and words[0].text in ("Do", "DO") and words[1].i == negation.i


class NegationRules:
    """Whether the frame of a verb is denied (`_negated`), hedged (`_hedged`), required or beyond the
    speaker's ability."""

    def _negated(self, verb, span) -> bool | None:
        """True for a denial, False for none, None for a negated limit of scope or a hedged denial."""
        chain = [verb]
        head = verb
        while (head.dep_ in ("xcomp", "ccomp", "conj") or _verb_list_item(head)
               or _denied_purpose_infinitive(head) or self._verb_read_as_object(head)) and head.head.i != head.i:
            if _semicolon_between(head, head.head):
                break  # "X is required for the contract; without them we cannot provide…": another sentence's negation
            if (head.dep_ == "ccomp" and head.head.i > head.right_edge.i
                    and any(t.text in ("—", "–", "--") for t in head.doc[head.right_edge.i + 1:head.head.i])
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children)):
                # "Your full credit card number goes directly to our payment processor — it never touches our
                # servers": the parser hung the clause before the dash on the next one, which has its own subject and
                # denial
                break
            if _consequence_after(head):
                break  # "Your IP address is used to …, so it is never stored in full": the later clause's own denial
            if _verb_list_read_as_complement(head):
                break  # "X is stored on your device, is not synced …": the first predicate of a list, not negated
            if head.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") and (
                    c.i not in self._inside_terms or _own_auxiliary(head)) for c in head.children) and not any(
                    t.lower_ in ("nor", "neither") for t in head.doc[min(head.i, head.head.i):max(head.i, head.head.i)]):
                # "we do not record the pages you visit, but we log the domain names": a clause of its own (not when
                # its subject is data: "we do not share or sell email addresses gathered …" parsed as a clause, unless
                # the conjunct has its own auxiliary: "calls are not recorded, and the selfie is deleted within 30 days")
                break
            if head.dep_ == "conj" and _joined_by_contrast(head):
                break  # "we do not sell X but may share Y": the denial stops at the contrasting clause
            # a later conjunct stands where the first one does ("We do not require Users to create a … account or
            # otherwise provide Personal Information": "provide" is under "require" as "create" is)
            by_conjunction = head.dep_ == "conj" or head.dep_ == "advcl"  # an infinitive goes on with its verb
            head = head.head
            chain.append(head)
            if (by_conjunction or head.dep_ == "conj" or _verb_list_item(head) or self._verb_read_as_object(head)
                    or head.lemma_.lower() in CONTROL_VERBS or head.lemma_.lower() in self.lex.verbs):
                continue
            break
        negation = None
        for item in chain:
            negation = _negation(item, lasting=item is chain[0])
            if negation is not None:
                break
        if negation is None and span is not None and verb.dep_ in ("relcl", "acl"):
            negation = _denied_inclusion_by_described(span.root, verb)
        if negation is None and verb.head.lower_ == "without":
            negation = verb.head
        means = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else verb.head  # "no way of reading X"
        if (negation is None and (verb.dep_ in ("relcl", "acl") or means is not verb.head)
                and means.lemma_.lower() in ("way", "means") and any(c.lower_ == "no" for c in means.children)):
            # "Healthcare workers have no way to provide your personal information to COVID Alert", "(we) have no
            # way to link error reports to specific individuals" (a denied link only)
            negation = means
        if (negation is None and verb.dep_ == "acl" and verb.head.lemma_.lower() in ("effort", "attempt")
                and any(c.lower_ == "no" for c in verb.head.children)):
            negation = verb.head  # "We make no effort to collect X": a denial of effort (GUIDELINES)
        if negation is None:
            negation = _denied_ability(verb)
        # a denial of the system the verb's relative clause describes ("We do not maintain servers that store your
        # data beyond the analytics service"): what follows the verb limits the system, not how long data is kept
        hosted = False
        if negation is None:
            negation = _denied_operator(verb, span, self.lex.operated_systems)
            hosted = negation is not None
        if negation is None:
            # "we have disabled the collection of X", "we stopped collecting X"
            previous = None
            for item in [verb] + list(verb.ancestors)[:3]:
                if item.dep_ == "prep" and item.lower_ in MEANS_PREPOSITIONS:
                    break  # "prevent fraud by analyzing X": the means of the negating verb, not what it stops
                if previous is not None and (previous.dep_ in ("ccomp", "parataxis") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in previous.children) or _contrasting_verb(previous)):
                    # "the App stops recording trips and your trip locations are deleted", "we stop sending them, but
                    # your streak and progress are still kept": another clause
                    break
                previous = item
                if _negating_verb(item) and item.i != verb.i or (
                        item.i == verb.i and _negating_verb(item.head) and item.dep_ != "advcl"
                        and not _contrasting_verb(item)):
                    negation = item
                    if _users_own_prevention(item if item.i != verb.i else item.head):
                        return None  # "you can prevent Google from collecting X": a control of the user's, no tuple
                    if _denied_prevention(item if item.i != verb.i else item.head):
                        # "we could not prevent the app from sending X": the prevention is denied, the practice goes on
                        negation = None
                    break
                if item.dep_ in ("advcl", "relcl", "parataxis"):
                    break  # "we stop comparing X, although messages remain visible": another clause's verb
        if negation is None and verb.pos_ == "NOUN":
            negation = _nominal_negation(verb)
        if negation is None:
            negation = _negative_subject(verb) or _negative_subject(chain[-1] if chain[-1].dep_ != "conj" else verb)
        if negation is None:
            negation = _nothing_argument(verb, self.lex.nothing_exceptions)
        if negation is None:
            negation = _denied_host(verb, self.lex.hosting_verbs)
            hosted = negation is not None
        if negation is None and span is not None:
            argument = span.root
            while argument.dep_ in ("conj", "appos", "pobj", "prep", "compound", "amod") and argument.head.i != argument.i:
                if argument.head.i == verb.i:
                    break
                argument = argument.head
            for child in argument.children:
                if child.dep_ in ("det", "preconj") and child.lower_ in ("no", "neither"):
                    negation = child  # "we collect no X", "we collect neither X nor Y"
            for child in span.root.children:
                if child.dep_ == "det" and child.lower_ == "no":
                    negation = child
            if negation is None and span.start >= 2 and span.doc[span.start - 1].lower_ in NO_OTHER_WORDS:
                # "We will receive no other personally identifying information": the parser hangs "no" on "other",
                # read as a noun of its own; the words right before the data still deny it
                no = span.doc[span.start - 2]
                if no.lower_ == "no" and no.dep_ == "det" and no.i in {t.i for t in verb.subtree}:
                    negation = no
            # the climb goes through a list to its first item, so a participle hung on the last item is denied by the
            # "no" of the first: "No email address or phone number required" denies both
        if negation is None:
            return False
        if span is not None and _required_by_denial(span.root, verb, negation):
            return False
        if _imperative_advice(negation):
            return None  # "Do not enter any personal data into the chat": advice to the user, no tuple
        denied = None if self._hedged(negation, verb) else True  # "We do not normally access that picture": no tuple
        if span is not None:
            start = min(negation.i, span.start)
            end = span.end
            # a few words after the data ("more than", "other than"), not into the next predicate ("and will only")
            while end < min(len(span.doc), span.end + 4) and not (
                    span.doc[end].pos_ in ("VERB", "AUX")
                    or span.doc[end].dep_ == "cc" and span.doc[end].head.pos_ in ("VERB", "AUX")):
                end += 1
            window = _outside_other_parentheses(span.doc[start:end], span)
            if negation.i < span.start and DATA_EXCEPTION_BEFORE.search(span.doc[negation.i:span.start].text):
                # "we do not collect any personal information other than your IP address": the data excepted from
                # the denial is what the practice does handle (GUIDELINES)
                return False
            if DATA_EXCEPTION_AFTER.match(span.doc[span.end:min(len(span.doc), span.end + 5)].text):
                return denied  # the denied data before its exception ("any personal information other than …")
            if self.lex.verbs.get(verb.lemma_.lower()) == "store" and not hosted and any_match(
                    self.lex.retention_limits, span.doc[verb.i:min(len(span.doc), max(span.end, verb.i + 1) + 8)].text):
                # "we will not keep your data longer than necessary", "will not retain your personal data for a period
                # longer than necessary", "your IP address is not stored beyond the session": a retention period
                # (GUIDELINES); the data before a passive verb, the words after the verb
                return False
            if any_match(self.lex.negation_blockers, window):
                return None
        return denied

    def _verb_read_as_object(self, token) -> bool:
        """A verb of a list the parser read as the bare object of the list's first verb, with the later verbs as its
        conjuncts ("We do not collect, access or track X": "access" the object of "collect", "track" its conjunct):
        a practice verb of the lexicon, after a comma ("do not ask you for, access or track X"), with no determiner or
        modifier, and a verb conjunct."""
        return (token.dep_ == "dobj" and token.tag_ in ("NN", "NNS") and token.lower_ in self.lex.verbs
                and token.head.pos_ == "VERB" and token.head.lemma_.lower() in self.lex.verbs
                and token.i > token.head.i + 1 and token.doc[token.i - 1].text == ","
                and all(c.dep_ in ("cc", "conj", "punct") for c in token.children)
                and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in token.children))

    def _hedged(self, negation, verb) -> bool:
        """Whether a denial is hedged by how often or how readily it holds: an adverb of cue `denial_hedges` on the
        denied verb, before or after "not" ("We do not normally access that picture", "We generally don't share X",
        "X is not usually disclosed", "Generally(, speaking), we do not sell X"), or on the verb of a "no" object or
        subject ("We generally collect no X", "Usually, no X is shared"). Not "never", and not an adverb of another
        verb ("we do not sell the data we usually collect")."""
        if negation.lower_ == "never":
            return False
        if negation.dep_ == "neg":
            denied = negation.head
        elif (negation.dep_ in ("nsubj", "nsubjpass") or negation.lower_ == "no"
              and negation.head.dep_ in ("dobj", "nsubj", "nsubjpass")) and negation.head.head.i == verb.i:
            # "we generally collect no X", "No one usually reads X"; not a "no" conjunct beside data the verb does
            # handle ("We usually collect your name but no other personal information")
            denied = verb
        else:
            return False
        hedges = self.lex.denial_hedges
        return any(c.dep_ == "advmod" and c.lower_ in hedges or c.dep_ == "advcl" and c.lower_ == "speaking" and any(
            g.dep_ == "advmod" and g.lower_ in hedges for g in c.children) for c in denied.children)

    def _required(self, copula) -> bool:
        """A copula whose complement says data is asked of the user ("X may be necessary for the contract", cue
        `requirement_adjectives`), with the data as its subject."""
        return any(c.dep_ == "acomp" and c.lower_ in self.lex.requirement_adjectives for c in copula.children) and any(
            c.dep_ == "nsubj" and (c.i in self._inside_terms or c.lower_ == "information") for c in copula.children)

    def _inability(self, verb) -> bool:
        if _denied_ability(verb) is not None:
            return False  # "we are unable to read your messages": the denial `_negated` reads
        for child in verb.children:
            if child.lower_ in self.lex.inability:
                return True
        head = verb.head
        return verb.dep_ == "xcomp" and head.lower_ in ("unable",)
