"""Storage, keeping and retention.

Data kept on the person's own device (`_kept_on_own_device`) or in a remote place, retention periods and data
kept past an account's end or undeleted, cookies placed on a device, logs written locally, and data kept safe
("is safe and secure with us").
"""

from __future__ import annotations

import re

from .clauses import _clause_verb, _first_conjunct, _has_subject
from .negation import _negation
from .words import BARE_DATA_NOUNS, COPULAS, FIRST_PERSON, SECOND_PERSON


def _kept_in_place(verb, lex) -> bool:
    """A participle that only says where the data is kept ("the passwords, notes and cards stored in them", "photos
    saved on your device"), when the data is an argument of an enclosing verb: a description, not the practice."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and lex.verbs.get(verb.lemma_.lower()) == "store"
            and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("in", "on", "inside", "within") for c in verb.children)
            and verb.head.dep_ in ("dobj", "obj", "pobj", "conj", "appos"))


# the parser hangs the place of a passive "kept" as a predicate ("is kept on your device": on/oprd)
PLACE_DEPS = ("prep", "oprd")


def _remote_place(place, remote_places: set[str]) -> bool:
    """A place that is not on the person's device: a server or cloud (cue `remote_places`) or one owned by us or
    another party ("our database", "their systems")."""
    return place.lemma_.lower() in remote_places or any(
        c.dep_ == "poss" and c.lower_ in ("our", "their", "its") for c in place.children)


def _kept_on_own_device(verb, lex) -> bool:
    """A storing verb that keeps the data on the person's own device only ("stored locally", "stored only on your
    phone", "saved in your browser", "saves … on local storage"), with no server beside it ("on your device and on our
    servers"); the devices and remote places are the lexicon's `own_devices` and `remote_places`."""
    own_devices = lex.own_devices
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if any(c.dep_ == "advmod" and c.lower_ == "locally" for c in verb.children) or (
            following is not None and following.lower_ == "locally" and following.head.i > following.i
            and following.head.dep_ == "ROOT" and verb.dep_ == "acl" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= verb.i <= c.right_edge.i
                for c in following.head.children)):
        # "stored locally in your configuration file", "in a local database": a place on the device all the same;
        # only a remote one beside it ("locally and on our servers") makes the keeping ours (also "locally" right
        # after a participle in the subject, hung by the parser on the main verb: "The kinds of things stored locally
        # include:")
        return not any(o.dep_ == "pobj" and o.head.lower_ in ("on", "in", "to") and _remote_place(o, lex.remote_places)
                       and _clause_verb(o) == verb for o in verb.subtree)
    # the place may hang from the object as well ("saves Google login information … on local storage"); cookies stored
    # on the device are set there, a use of cookies, not data kept by the user ("allow … to store cookies on your device")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and not c.lower_.startswith("cookie"))]
    places = [o for head in heads for c in head.children if c.dep_ in PLACE_DEPS and c.lower_ in ("on", "in", "within")
              for p in (c, *c.conjuncts) for o in p.children if o.dep_ == "pobj"]
    # a verbless item read as a finite verb takes "on" for a particle and the place for its object ("Game state: kept
    # on your device")
    places += [o for o in verb.children if o.dep_ in ("dobj", "obj") and any(
        c.dep_ in ("prt", "prep") and c.lower_ in ("on", "in") and not any(c.children) and c.i == o.left_edge.i - 1
        for c in verb.children)]
    if not places:
        return False
    return all(_own_device_place(o, own_devices) and not any(c.lemma_.lower() not in own_devices for c in o.conjuncts)
               for o in places)


# the device an app runs on, which "the device" means in an app's policy ("stored on the device")
DEVICE_NOUNS = {"device", "phone", "smartphone", "tablet", "iphone", "ipad"}


def _own_device_place(place, own_devices: set[str]) -> bool:
    """Whether a place noun is the person's own device or a store on it: "your phone", "local storage", also "the
    device" (what an app's policy calls the device it runs on) and a store the device's name owns ("the device's
    keychain", "your phone's keystore"); not "the cache" or "our storage"."""
    if _local_file_place(place):
        return True
    if place.lemma_.lower() not in own_devices:
        return False
    if any(t.lower_ in ("your", "local") for t in place.subtree if t.i < place.i):
        return True
    owner = next((c for c in place.children if c.dep_ == "poss"), None)
    if owner is not None:  # "the device's keychain"
        return owner.lemma_.lower() in DEVICE_NOUNS
    return place.lemma_.lower() in DEVICE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in place.children)


# folders and directories on the person's computer (`_local_file_place`)
LOCAL_FOLDERS = {"folder", "directory"}
CHOOSING_VERBS = {"choose", "select", "pick", "specify"}  # "the folders you choose"
# an app's own store of settings on the device ("app preferences", "application preferences")
APP_WORDS = {"app", "application"}


def _local_file_place(place) -> bool:
    """Whether a place noun is a file or folder on the person's own computer, or the app's preferences there: a folder
    the person chooses ("stored in the folders you choose"), the application data directories ("in the Windows
    %AppData% and %LocalAppData% directories"), a path in the home directory ("stored in `~/.brakit/config.json`")
    and "app preferences" (GUIDELINES: data kept only on the user's own device is no `store`)."""
    if any(t.text.strip("`'\"").startswith(("~/", "%")) for t in place.subtree if t.i <= place.i):
        return True
    lemma = place.lemma_.lower()
    if lemma in LOCAL_FOLDERS:
        after = place.doc[place.i + 1:place.i + 3]
        return (len(after) == 2 and after[0].lower_ == "you" and after[1].lemma_.lower() in CHOOSING_VERBS
                or any(t.text.startswith("%") for t in place.subtree if t.i < place.i))
    return lemma in ("preference", "preferences") and any(c.dep_ == "compound" and c.lower_ in APP_WORDS
                                                         for c in place.children)


SAFE_STATES = {"safe", "secure"}  # "is safe and secure with us" (not "is protected health information")
SAFEGUARD_PASSIVES = {"protect", "encrypt", "safeguard", "secure", "intercept"}


def _in_safe_keeping(predicate) -> bool:
    """Whether the predicate of a data subject says how safe the data is: a copula with "safe" or "secure" ("is safe
    and secure with us"), or a passive safeguard or interception ("is encrypted", "will not be intercepted")."""
    if predicate.lemma_.lower() in COPULAS:
        return any(c.dep_ == "acomp" and c.lower_ in SAFE_STATES for c in predicate.children)
    return (predicate.lemma_.lower() in SAFEGUARD_PASSIVES and any(c.dep_ == "auxpass" for c in predicate.children)
            and not any(c.dep_ in ("dobj", "obj", "attr") for c in predicate.children))  # "is protected health information"


SAFE_MANNERS = {"safely", "securely"}
DUTY_PASSIVES = {"require", "oblige", "obligate", "bind"}  # "are required to", "are bound to"


def _describes_a_party_bound_to_safeguard(verb) -> bool:
    """Whether `verb` is a relative clause on the subject of a duty to keep data safe: "All third parties that process
    personal data for GDS are required to keep that data secure", "processors who receive your data are bound to
    protect it" (not "processors that receive your data are required to delete it")."""
    party = verb.head
    if verb.dep_ != "relcl" or party.dep_ not in ("nsubj", "nsubjpass"):
        return False
    duty = party.head
    if not (duty.lemma_.lower() in DUTY_PASSIVES and any(c.dep_ == "auxpass" for c in duty.children)
            or any(c.dep_ == "aux" and c.lower_ == "must" for c in duty.children)):
        return False
    for action in (duty, *(c for c in duty.children if c.dep_ == "xcomp")):
        lemma = action.lemma_.lower()
        if lemma in SAFEGUARD_PASSIVES or lemma == "keep" and any(
                c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in SAFE_STATES | {"confidential"}
                for c in action.children):
            return True
    return False


def _log_holding_unnamed_data(token, lex) -> bool:
    """Whether the log phrase at `token` only says where a demonstrative or bare piece of data is kept ("This
    information may be stored in the web server's access log file", "temporarily store information supplied by your
    browser … in our web server logs"): the logs name the form the data is kept in, not data of their own
    (GUIDELINES: demonstratives, bare information kept in named logs); not when the data kept is named ("IP addresses
    are stored in our server logs")."""
    while token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # "access log file", "web server logs"
    naming = token.head
    if (token.dep_ in ("oprd", "attr") and naming.lemma_.lower() in NAMING_VERBS and naming.dep_ == "pcomp"
            and any(c.dep_ in ("nsubjpass", "nsubj") and c.lower_ == "what" for c in naming.children)):
        token = naming  # "we collect and store only the following information, in what is called a log file"
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in ("in", "into"):
        return False
    verb = token.head.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubjpass", "dobj", "obj"):
        kept, verb = [verb], verb.head  # "We maintain the above information in system logs", "in" hung on the noun
        verbs = [verb]
    else:
        # "we collect and store only the following information, in what is called a log file": the verbs share
        # the object and the place
        verbs = [verb, *verb.conjuncts] if verb.pos_ in ("VERB", "AUX") else [verb]
        kept = [c for v in verbs for c in v.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    if verb.pos_ not in ("VERB", "AUX") or not any(v.lemma_.lower() in lex.log_keeping_verbs for v in verbs):
        return False
    return bool(kept) and all(
        k.pos_ == "PRON" and k.lower_ in POINTING_PRONOUNS  # "This is automatically collected in system logs"
        or k.lemma_.lower() in BARE_DATA_NOUNS
        and not any(c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and c.lower_ not in POINTING_MODIFIERS
                    for c in k.children)
        for k in kept)


# the words that call a log what it is ("in what is called a log file") and those that point the bare data kept in
# it back or forward to data named elsewhere ("the above information", "the following information")
NAMING_VERBS = {"call", "know", "name", "term"}
POINTING_MODIFIERS = {"above", "following", "aforementioned", "foregoing", "such", "same", "said"}
POINTING_PRONOUNS = {"this", "that", "these", "those", "it", "they"}


def _assured_safe(token) -> bool:
    """Whether the data at `token` is the subject of a clause that "ensure" or "make sure" governs and that says the
    data is handled safely or securely ("ensure that your data is treated securely", "make sure that your data is
    processed and stored safely"): what the assurance is about, no practice."""
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and token.i in {t.i for t in c.subtree}
                                 for c in clause.children):
        return False
    clause = _first_conjunct(clause)
    assuring = clause.head
    if clause.dep_ != "ccomp" or not (assuring.lemma_.lower() in ("ensure", "assure")
                                      or assuring.lower_ == "sure" and assuring.head.lemma_.lower() == "make"):
        return False
    coordinated = [clause] + [c for c in clause.children if c.dep_ == "conj"]
    return any(c.dep_ == "advmod" and c.lower_ in SAFE_MANNERS for verb in coordinated for c in verb.children)


# a named span counts as a length: "deleted within the periods set out in Section 2(h)", "after the retention period"
TIME_UNITS = {"hour", "day", "week", "month", "year", "period"}


def _retention_period(verb, staying: bool = False) -> bool:
    """Whether a deletion verb states how long the data is kept first: "deleted within 30 days", "erased 24 months
    after the last sign-in", "destroyed after ten years" (a retention period, as the guidelines read it). The parser may
    hang the period on a relative clause that ends the object ("we delete your account data and the content of
    workspaces you own within 30 days"); a negated relative clause on the subject can state the period of inactivity
    ("Accounts of students who have not signed in for 18 months are deleted"). A `staying` verb also takes "for" a
    span ("may remain in our backup systems for up to 90 days")."""
    clauses = [verb] + [t for t in verb.subtree if t.dep_ in ("relcl", "acl") and (
        t.i > verb.i and t.head.dep_ in ("pobj", "dobj", "obj", "conj") or t.i < verb.i and any(
            c.dep_ == "neg" for c in t.children))]
    for clause, child in ((clause, c) for clause in clauses for c in clause.children
                          if clause is verb or c.i > clause.i):
        if child.dep_ == "prep" and (child.lower_ in ("within", "after", "in") or clause is not verb
                                     and child.lower_ == "for" and clause.i < verb.i
                                     or staying and clause is verb and child.lower_ == "for"):
            words = {t.lemma_.lower() for t in child.subtree}
            if words & TIME_UNITS:
                return True  # also "within 30 days of the request": how long the data is kept after it (GUIDELINES)
            if child.lower_ == "after" and any(c.dep_ == "pobj" and c.lower_ == "which" for c in child.children):
                # "logs are kept for 13 months, after which IP addresses are removed": "which" stands for the period
                # just before it
                before = next((t for t in reversed(verb.doc[:child.i]) if not t.is_punct), None)
                if before is not None and before.lemma_.lower() in TIME_UNITS:
                    return True
        elif child.dep_ == "npadvmod" and child.lemma_.lower() in TIME_UNITS:
            return True  # "24 months after the last sign-in"
        elif child.dep_ == "advmod" and child.lower_ == "later" and any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_UNITS for g in child.children):
            return True  # "we delete your account 30 days later"
        elif clause is verb and child.dep_ == "advcl" and _ends_with_its_purpose(child):
            return True  # "deleted when it is no longer needed", "once the retention period expires"
        elif clause is verb and child.dep_ == "advmod" and child.lower_ in ("soon", "long") and any(
                c.dep_ == "advcl" and _ends_with_its_purpose(c) for c in child.children):
            return True  # "erased as soon as it is no longer required": the parser hangs the clause on "soon"
        elif clause is verb and child.dep_ in ("dobj", "obj", "conj", "prep") and any(
                t.dep_ == "advcl" and NO_LONGER_NEEDED.search(" ".join(w.lower_ for w in t.subtree))
                for t in child.subtree):
            # "delete X or keep it in a form that does not allow you to be identified when it is no longer
            # necessary": the parser hangs the clause deep in the object or the coordinated verb
            return True
        if staying and clause is verb and _beyond_account_end(child):
            return True  # "may remain on the Site even after your account is closed": kept beyond the account
    return _inactive_for_a_period(verb)


def _inactive_for_a_period(verb) -> bool:
    """Whether the subject of a deletion verb is qualified by a span with no activity ("Accounts with no activity for 6
    months are automatically deleted", "Accounts without a login for two years are removed"): the span of inactivity
    is how long the data is kept, as in "deleted after 6 months of inactivity"."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")):
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("with", "without")):
            words = {t.lemma_.lower() for t in prep.subtree}
            if words & TIME_UNITS and (prep.lower_ == "without" or "no" in words):
                return True
    return False


ACCOUNT_END = re.compile(r"(?i)\b(clos|delet|terminat|cancel|deactivat|eras)\w*\b")
ACCOUNT_WORDS = {"account", "profile", "membership", "subscription"}


def _beyond_account_end(child) -> bool:
    """Whether `child` of a staying verb is an "after" clause or phrase on the end of the account or its deletion
    ("even after your account is closed", "after you have closed your account", "after account deletion"): data said
    to stay beyond it is retained (GUIDELINES: named data kept beyond the account's deletion is `store`)."""
    if child.dep_ == "advcl":
        opener = next((c for c in child.children if c.dep_ == "mark"), None)
    elif child.dep_ == "prep":
        opener = child
    else:
        return False
    if opener is None or opener.lower_ not in ("after", "beyond"):
        return False
    return (any(ACCOUNT_END.match(t.lower_) for t in child.subtree)
            and any(t.lemma_.lower() in ACCOUNT_WORDS for t in child.subtree))


# Verbs whose denial keeps the data as it is: not deleted, removed, erased, or rewritten ("Git commits will not be
# rewritten": the history stays).
UNDELETED_VERBS = ("delete", "remove", "erase", "rewrite")


def _kept_undeleted(verb) -> bool:
    """Whether a deletion verb denies removing its data, which is then kept ("deactivating your account does not delete
    your medical record", "Posts are not removed", "each version of a paper … may not be removed", "we may be unable to
    delete information, including IP addresses"): storage, as the guidelines read data said not to be deleted or
    removed, or not rewritten ("Git commits will not be rewritten"). Not anonymising or truncating ("not truncated"),
    and not a
    condition on others ("provided that they do not remove any health information from us") nor a hedge ("may or may
    not be removed")."""
    negation = _negation(verb)
    if negation is None and verb.dep_ == "xcomp" and verb.head.lower_ == "unable" and not any(
            c.dep_ == "nsubj" and c.lower_ in SECOND_PERSON for c in verb.head.head.children):
        negation = verb.head  # "we may be unable to delete X" (not "you may be unable to delete your username")
    if verb.lemma_.lower() not in UNDELETED_VERBS or negation is None or (
            any(t.lower_ == "or" for t in verb.doc[max(negation.i - 2, 0):negation.i])):
        return False
    return not (verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)
                or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they" for c in verb.children))


NO_LONGER_NEEDED = re.compile(r"\bno longer (?:be |being )?(?:need|necessary|required|relevant|useful|used)|"
                              r"\blonger than (?:is )?(?:necessary|needed|required)")


def _ends_with_its_purpose(clause) -> bool:
    """Whether an adverbial clause of a deletion verb bounds the retention: by the purpose ("when we no longer need
    it", "once it is no longer required for the purposes", a retention period by the guidelines) or by a named period
    ("once the retention period expires"); not the user's own deletion ("when you delete your account")."""
    words = " ".join(t.lower_ for t in clause.subtree)
    return bool(NO_LONGER_NEEDED.search(words)) or any(
        t.lemma_.lower() in TIME_UNITS and t.pos_ == "NOUN" for t in clause.subtree)


def _writes_a_log(verb, own_devices: set[str]) -> bool:
    """Whether "write" records a log: a log is its object, its passive subject or where it writes ("We don't write
    access logs", "Application logs are written to the application log", "errors are written to a log file"), not on
    the person's own device ("writes log files in a folder on your device")."""
    if any(t.lemma_.lower() in own_devices and any(c.lower_ == "your" for c in t.children) for t in verb.subtree):
        return False
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "into")
              for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in ("log", "logfile") for noun in nouns
               for t in [noun] + [c for c in noun.children if c.dep_ == "compound"])


def _keeps_in_state(verb) -> bool:
    """Whether "keep" says what state someone or something stays in, a clause or participle after a person or a
    pronoun ("keep you signed in", "keep them working", "keep us informed", "keep the site running"), not what is
    kept ("we keep your messages", "logs are kept for 30 days")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubj") and c.i > verb.i]
    states = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > verb.i
              and c.tag_ in ("VBN", "VBG")]
    inner = [g for c in states for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i]
    return bool(states) and any(o.pos_ == "PRON" or o.lemma_.lower() in ("site", "website", "service", "app")
                                for o in objects + inner)


COOKIE_PLACING_VERBS = {"store", "save", "put", "place", "set", "drop", "install", "write", "deposit", "leave"}
# trackers another party is said to place on a site or device ("Google, Meta and LinkedIn, which place cookies, pixels
# …")
PLACED_TRACKER_WORDS = ("cookie", "pixel", "beacon", "tag")
# verbs of placing that name the placer of the trackers whatever the place (not "store", "save" or "leave", which
# say where data is kept)
TRACKER_PLACING_VERBS = {"put", "place", "set", "drop", "install", "deposit", "create"}


def _cookie_placing_verb(noun, own_devices: set[str]):
    """The verb that puts the cookie `noun` on the person's device ("store a cookie on your computer", "puts small
    files (known as 'cookies') on to your computer", "cookies are placed on your device"), else None: a verb of placing
    whose object or passive subject is the cookie (or what a bracket names cookies), with a place among the person's
    own devices."""
    token = _first_conjunct(noun)
    path = []  # the words climbed through ("called" in "puts a small file called a cookie in your browser")
    while token.dep_ in ("appos", "oprd", "pobj", "prep", "acl") and token.head.i != token.i:
        path.append(token)
        token = token.head  # "small files (known as cookies)": the files are the cookies
        if token.pos_ in ("NOUN", "PROPN"):
            token = _first_conjunct(token)
        if token.dep_ in ("dobj", "obj", "nsubjpass"):
            break
    verb = token.head
    if token.dep_ not in ("dobj", "obj", "nsubjpass") or verb.lemma_.lower() not in COOKIE_PLACING_VERBS:
        return None
    if verb.lemma_.lower() in ("store", "save") and not _has_subject(verb, FIRST_PERSON):
        return None  # "We allow Google Analytics to store cookies on your device": kept by that party (its `store`)
    if not noun.lower_.startswith("cookie") or token.dep_ == "nsubjpass" and not any(
            c.dep_ == "agent" for c in verb.children):
        return None  # "Persistent cookies are stored on your device for longer periods": how cookies work, no placer
    # the place may hang on a participle naming the file a cookie ("puts a small file called a cookie in your browser")
    named_as = [t for t in path if t.dep_ == "acl" and t.tag_ == "VBN"]
    preps = [c for h in (verb, token, *named_as) for c in h.children
             if c.dep_ == "prep" and c.lower_ in ("on", "onto", "to", "in")]
    preps += [n for p in preps for n in p.children if n.dep_ == "prep"]  # "on to your computer"
    if any(p.lemma_.lower() in own_devices for c in preps for p in c.children if p.dep_ == "pobj"):
        return verb
    return None


def _tracker_placed_by_subject(noun):
    """The active verb of placing whose object is the tracker `noun` ("Cloudflare creates a single cookie on your
    computer", "Google, Meta and LinkedIn, which place cookies, pixels and software development kits on our
    websites"), wherever the trackers go, else None: the subject of that verb is the party whose trackers they are
    (GUIDELINES: cookies, by the party that sets them)."""
    token = _first_conjunct(noun)
    if token.dep_ not in ("dobj", "obj") or not token.lower_.startswith(PLACED_TRACKER_WORDS):
        return None
    verb = token.head
    if verb.lemma_.lower() not in TRACKER_PLACING_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return verb


COOKIE_SENDING_VERBS = {"send", "transmit", "deliver"}


def _cookie_sent_to_device(noun, own_devices: set[str]):
    """The verb that sends the cookie `noun` to the person's own device or browser ("sending cookies to your
    computer", "a cookie is being sent to your device", "the cookie which is sent to the browser"), else None: the
    cookie's object, passive subject or relative clause, with "to" one of the person's own devices."""
    if not noun.lower_.startswith("cookie"):
        return None
    token = _first_conjunct(noun)
    if token.dep_ in ("dobj", "obj", "nsubjpass") and token.head.lemma_.lower() in COOKIE_SENDING_VERBS:
        verb = token.head
    else:
        verb = next((c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in COOKIE_SENDING_VERBS),
                    None)
    if verb is None:
        return None
    places = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "onto")
              for p in c.children if p.dep_ == "pobj"]
    return verb if any(p.lemma_.lower() in own_devices for p in places) else None


def _country_as_place(token) -> bool:
    """The user's country named as where a practice happens or where data comes from ("the processing of your
    information in your country", "collect your Personal Data directly from the country where you are based"), what a
    standard holds "regardless of their country of origin or location", or what kind of text it is ("Your country
    specific disclosures"): a jurisdiction, not the user's location as data (GUIDELINES: law background); "we collect
    your country" stays."""
    head = _first_conjunct(token)
    if head.lemma_.lower() != "country":
        return False
    prep = head.head
    if head.dep_ == "pobj" and (prep.lower_ in ("in", "from", "within", "across", "throughout")
                                or prep.lower_ == "of" and prep.head.lower_ == "regardless"):
        return True
    # "country specific" / "country-specific" (parsed either way round)
    return head.head.lower_ == "specific" or any(c.lower_ == "specific" for c in head.children)


def _place_of_verb(token) -> bool:
    """The noun is where a verb puts or shows something ("shown on your profile", "saved in your profile", "add X to
    your profile"), not what it acts on; a source ("information from your profile") is the profile data."""
    head = _first_conjunct(token)
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ in ("on", "in", "to", "into", "onto")
            and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"))


def _camera_as_device(token) -> bool:
    """A bare "camera" that names a device rather than the camera data or permission: counted or plural ("each
    camera", "your cameras"), the agent of a practice ("captured by your camera", "the camera records"), a
    modifier or owner ("camera names", "the camera's settings"), or a place ("on the camera", "sent to the camera",
    but "access to your camera" is the permission). Coordinated with the microphone it is the sensor whose data or
    access is meant, like the microphone ("any camera or microphone", "microphone or camera input", "Camera and
    microphone access")."""
    item = token.head if token.dep_ == "compound" else token
    if any(t.lemma_.lower() == "microphone" for c in item.conjuncts for t in c.subtree):
        return False
    if token.lower_ == "cameras" or token.dep_ in ("compound", "poss"):
        return True
    if any(c.dep_ == "det" and c.lower_ in ("each", "every", "any", "another", "a", "an", "which")
           for c in token.children):
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        return True
    if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() == "leave":
        return True  # the place left: "the rest of the audio never leaves the camera"
    if token.dep_ != "pobj":
        return False
    prep = token.head.lower_
    if prep == "to":
        return token.head.head.lemma_.lower() not in ("access", "permission")
    return prep in ("by", "on", "inside", "over", "into", "from")


# the verbs a retention by the purpose bounds ("kept for as long as we need it", "retain … as needed to provide you
# services", "deleted once no longer required")
RETAINING_LEMMAS = {"store", "retain", "keep", "save", "hold", "maintain", "preserve", "archive", "delete", "erase",
                    "destroy", "purge", "remove", "discard", "anonymize", "anonymise"}


def _need_bounding_retention(verb) -> bool:
    """Whether "need" / "require" only states how long a retention lasts, by its purpose: "we will keep your data for
    as long as we need it", "Read the Docs will retain User Personal Information … as needed to provide you
    services", "kept for as long as we need the personal data for the purposes of the service" (GUIDELINES: a
    retention stated by the purpose is a period; the needing is no collection)."""
    if verb.lemma_.lower() not in ("need", "require"):
        return False
    before = [t.lower_ for t in verb.doc[max(verb.i - 6, 0):verb.i]]
    joined = " ".join(before)
    bounded = (before[-1:] == ["as"] or "as long as" in joined or "long as" in joined or joined.endswith("no longer")
               or joined.endswith("no longer be") or joined.endswith("as is"))
    return bounded and any(a.lemma_.lower() in RETAINING_LEMMAS for a in verb.ancestors)
