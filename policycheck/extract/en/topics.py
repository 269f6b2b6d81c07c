"""Practices named but not performed, and data named as a topic.

What a law does, assets transferred in a sale, practices classified under a law or referred to another text,
unlawful or hypothetical practices, inclusion ("this includes X"), document titles, services and techniques that
only carry a data word in their name, derivation of data from other data, and sign-in methods.
"""

from __future__ import annotations

import re

from ..lexicon import any_match, Lexicon
from .clauses import _doc_text, _first_conjunct, _participle_of, _phrase_head, _preceded_by, _subject_token
from .negation import _account_as_occasion
from .parties import (_appeared_beside, _channel_to_us, _public_page, _sent_to_the_user, _sites_as_setter,
    _user_party_as_recipient)
from .purposes import _what_it_depends_on
from .retention import _camera_as_device, _country_as_place, _place_of_verb
from .words import (CHANNELS, COPULAS, FIRST_PERSON, IDENTIFIER_TYPES, INCLUSION_VERBS, INFERENCE_VERBS, SECOND_PERSON,
    USER_NOUNS)


DEMONSTRATIVE_SUBJECTS = {"this", "these", "such", "that", "those", "it", "they"}

# Verbs whose subject, when it names people ("your followers", "your contacts"), is who is shown the data, not data.
VIEWING_VERBS = {"see", "view", "watch", "read", "receive", "learn"}

# Verbs that only classify a practice under a law's terms ("may be considered a \"sale\" of personal information",
# "This is not deemed selling") or refer it to another text ("Plaid's use of your information is governed by its
# privacy policy"): the practice is named, not stated.
CLASSIFYING_VERBS = {"consider", "deem", "constitute", "qualify", "regard", "classify", "characterize", "characterise"}
GOVERNING_VERBS = {"govern", "regulate"}
# laws a practice is said to follow ("in accordance with the Privacy Act")
LAW_NOUNS = {"law", "act", "regulation", "legislation", "statute"}

HYPOTHETICAL = {"potential", "possible"}  # "the potential disclosure of X" (after a breach): a risk, no practice

# Accounts at another service that the user signs in with or connects: a method, not data ("sign in with your Google
# account"); what the service passes on is named on its own ("we receive your name and email address").
SIGN_IN_ACCOUNTS = {"google account", "facebook account", "apple account", "twitter account"}
# Verbs whose "with" object is where data is kept ("associated with your Google Account"), not a sign-in method.
ASSOCIATE_VERBS = {"associate", "link", "combine", "merge", "connect", "store", "save", "keep"}

MODIFIER_STOPLIST = {"domain", "company", "brand", "product", "file", "host", "business", "trade", "event", "site",
                     "website", "service", "street", "program", "project", "package", "class", "field", "brand",
                     "legal", "registered", "corporate", "team", "policy", "camera", "device", "room", "network", "channel",
                     "group", "folder", "server", "browser"}


def _object_conjunct_read_as_verb(token) -> bool:
    """A noun after "or" / "and" that the tagger read as a verb coordinated with the verb whose object comes just
    before it: "ask you to enter a town or postcode instead" ("postcode" a verb of its own, with nothing but an
    adverb hanging on it); the data is the verb's second object."""
    doc = token.doc
    if token.dep_ != "conj" or token.i < 2 or doc[token.i - 1].lower_ not in ("or", "and"):
        return False
    previous = doc[token.i - 2]
    return (previous.pos_ == "NOUN" and previous.dep_ in ("dobj", "obj") and previous.head == token.head
            and token.head.pos_ == "VERB" and all(c.dep_ in ("advmod", "punct") for c in token.children))


def _listed_after_data(token, data_tokens: set[int]) -> bool:
    """A word tagged as a verb that is an item of a list of data ("we keep your profile, resumes and job
    preferences"): it follows a data phrase and a comma or conjunction. A plural noun tagged as a present-tense verb
    is a noun as well when it is an object ("download resumes and cover letters") or follows another plural noun
    and a comma or conjunction ("send your applications, resumes and screening answers")."""
    if token.i >= 2 and token.doc[token.i - 1].lower_ in (",", "and", "or") and token.i - 2 in data_tokens:
        return True
    if _object_conjunct_read_as_verb(token):
        return True
    if token.tag_ != "VBZ":
        return False
    return token.dep_ in ("dobj", "pobj") or (
        token.i >= 2 and token.doc[token.i - 1].lower_ in (",", "and", "or")
        and token.doc[token.i - 2].tag_ == "NNS")


def _inclusion_frame(verb, lex) -> bool:
    """Whether `verb` says what its subject consists of without an inclusion verb: the passive of a limit with its
    "to" complement ("Information shared with partners is limited to your email address"; cue `scope_limits`) or a
    verb whose object is a form noun with its "of" complement ("Data sent to the server takes the form of crash
    reports"; cue `form_nouns`)."""
    lemma = verb.lemma_.lower()
    if (lemma in lex.scope_limits and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)):
        return True
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.form_nouns
               and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in verb.children)


def _practice_participle(subject):
    """The past participle before the subject noun that names the practice done on it ("Collected diagnostic data",
    "Shared information"), else None: a bare modifier with no words of its own."""
    return next((c for c in subject.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < subject.i
                 and not any(True for _ in c.children)), None)


def _relative_inclusion_before(verb):
    """The relative inclusion clause ("which include …") nearest before the subjectless inclusion verb `verb`, joined
    to it by "and" / "or" in the same sentence with no clause boundary between, else None."""
    if (verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or not any(t.dep_ == "cc" for t in verb.doc[max(verb.sent.start, verb.i - 3):verb.i])):
        return None
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.text in (";", ")") or token.dep_ == "ROOT" and token.i != verb.head.i:
            return None
        if (token.dep_ in ("relcl", "acl") and token.lemma_.lower() in INCLUSION_VERBS - COPULAS
                and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in token.children)):
            return token
    return None


def _included_in_demonstrative(token) -> bool:
    """Whether `token` is the object of an inclusion verb whose subject points back to data named before ("This
    information does not reveal your identity but may include your IP address", "These records, kept for a year,
    contain X"): the item takes the practice of the previous sentence."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "relcl")), None)
    if verb is None or verb.lemma_.lower() not in INCLUSION_VERBS - COPULAS:
        return False
    subject = _subject_token(verb)
    if subject is not None and subject.lower_ in ("it", "they") and _in_if_clause(verb):
        # "If your communication is sensitive, or if it includes personal information such as your social security
        # number, you can send it by postal mail": a pronoun in a condition asking what the thing named in the same
        # sentence holds, no data of the sentence before
        return False
    return subject is not None and (subject.lower_ in DEMONSTRATIVE_SUBJECTS - {"that"} or any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVE_SUBJECTS for c in subject.children))  # bare "that": relative


def _in_if_clause(verb) -> bool:
    """Whether `verb` heads (or is joined to) an adverbial clause marked "if", "whether" or "unless"."""
    clause = _first_conjunct(verb)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")
                                          for c in clause.children)


def _inclusion_subject(token):
    """The head noun of an ordinary noun phrase (no demonstrative) that is the subject of the inclusion verb taking
    `token` ("Optional diagnostic data includes X", "… but the information may include X" -> "data", "information"),
    else None. Whether that data is practised is for the context to say."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "relcl")), None)
    if verb is None or verb.lemma_.lower() not in INCLUSION_VERBS - COPULAS:
        return None
    subject = _subject_token(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.dep_ != "nsubj" or token in subject.subtree or any(
            c.dep_ == "det" and c.lower_ in DEMONSTRATIVE_SUBJECTS for c in subject.children):
        return None
    return subject


CONTAINING_VERBS = {"include", "contain", "comprise"}


def _container_of(token):
    """The noun whose describing clause of inclusion has `token` as its object ("server logs containing the IP
    address", "files that include your name"), else None: the data inside takes the practice stated on the noun."""
    child = token
    while child.head.i != child.i and child.head.pos_ not in ("VERB", "AUX"):
        child = child.head
    verb = child.head
    if (verb.i == child.i or child.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in CONTAINING_VERBS
            or any(c.dep_ == "neg" for c in verb.children)):
        return None
    if (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        # "we receive crash logs from Apple which, ideally do not, but may contain X": the parser joined the rest of
        # the relative clause to the main verb; the noun is the one that clause is on
        return next((o for o in verb.head.children if o.dep_ in ("dobj", "obj") and o.i < verb.i
                     and o.pos_ in ("NOUN", "PROPN") and any(r.dep_ == "relcl" and r.i < verb.i for r in o.children)),
                    None)
    return verb.head if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN") else None


def _signs_in(verb, particles: set[str]) -> bool:
    """Whether "log" is signing in or out ("logging into your account", "log on as a member"): a particle right after
    it, no object and no passive ("IP addresses are logged in our server logs")."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (following is not None and following.lower_ in particles and following.head.i == verb.i
            and not any(c.dep_ in ("dobj", "obj", "auxpass", "nsubjpass") for c in verb.children))


IDENTIFYING_PROCESSING_VERBS = {"process", "handle"}


def _identifying_clause(verb, frames) -> bool:
    """Whether the clause `verb` on a data phrase is restrictive (no comma before it) and states only that the data
    is collected ("information gathered from our Web servers", "personal information provided to us online") or what
    it was used for."""
    left = verb.left_edge.i
    # "the email address that was used to upload each submission": a past passive says what the data was used for
    past_use = any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    # "share the personal information we process with …": what we process, as what we collect, only names the data
    past_use = past_use or verb.lemma_.lower() in IDENTIFYING_PROCESSING_VERBS and verb.dep_ == "relcl"
    return (bool(frames) and all((f.action == "collect" or f.action == "use" and past_use) and not f.negated
                                 for f in frames)
            and not (left > 0 and verb.doc[left - 1].text in (",", "(", ";", "-", "–")))


def _describing_participle(verb) -> bool:
    """"unique identification numbers associated with your device", "the IDs linked to your phone", "profiles of the
    owners of projects published to BioSimulations", "photographs published in the newspaper": a participle that
    describes the data it follows (where it was published being what it is, not our disclosure), not a practice on
    it when the data phrase is the argument of a practice verb."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN"
            and verb.lemma_.lower() in ("associate", "link", "tie", "publish", "post")
            and verb.head.i < verb.i) or _users_means_participle(verb)


# what a user does with the thing a bare "used" describes ("the IP address used to access the service")
USER_ACCESS_VERBS = {"access", "connect", "visit", "browse", "log", "sign", "pay", "reach", "open", "view", "file",
                     "register", "make", "place", "purchase", "buy"}


def _reduced_use_item(verb, subjects) -> bool:
    """A verbless list item the parser read as a clause with "used" as its verb: "* the browser and operating system
    used", "* the type of browser used" (the tagger's past tense or participle as the root, the noun before it as its
    subject, nothing after it). "Use" takes an object, so with none the item names what the user uses; no practice."""
    return (verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and len(subjects) == 1
            and subjects[0].pos_ in ("NOUN", "PROPN") and subjects[0].i < verb.i
            and all(t.is_punct or t.is_space for t in verb.doc[verb.i + 1:])
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "neg") for c in verb.children))


def _users_means_participle(verb) -> bool:
    """"the type of internet browser used", "the Internet service providers utilized", "the IP address used to access
    the service", "the credit card likely used to pay for the account": a bare participle of "use" after the data
    that describes what the user uses (no agent, no purpose of ours), not a use of the data."""
    if verb.lemma_.lower() not in ("use", "utilize", "utilise"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if _reduced_use_item(verb, subjects):
        return True
    if verb.tag_ != "VBN":
        return False
    if not (verb.dep_ == "acl" and verb.head.i < verb.i and not subjects or verb.dep_ in ("advcl", "conj")
            and len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].i < verb.i):
        return False  # after its noun ("the browser used"), or its noun parsed as its subject ("type of browser used")
    for child in verb.children:
        if child.dep_ in ("advmod", "punct", "nsubj", "nsubjpass"):
            continue
        if (child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in USER_ACCESS_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)):
            continue  # "used to access the service", "used to pay for the account"
        return False
    return True


_EXAMPLE_OPENING = re.compile(r"^\W*(?:for example|for instance|e\.g\.)\s*[,:]?\s", re.I)


def _verbless_examples(doc) -> bool:
    """A sentence that only lists examples of what the previous one named ("For example, how frequently you access
    the Service, the time you access it, the pages you visit"): it opens with "For example" and its root is a noun."""
    if not _EXAMPLE_OPENING.match(_doc_text(doc)):
        return False
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN")


def _category_referred_back(token) -> bool:
    """Whether `token` is the data "of" a category named by a demonstrative ("this category of personal information",
    "these categories of Personal Data"), not "each category of personal information" or "the following categories"."""
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "category"
            and any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in head.head.children))


LAW_WORDS = {"law", "act", "regulation", "memorandum", "directive", "statute", "legislation", "ccpa", "cpra", "gdpr",
             "coppa", "ferpa", "hipaa", "glba"}


def _what_a_law_does(verb) -> bool:
    """Whether the sentence of `verb` says what a law does ("The CCPA applies to other personal information, such as
    … the hashed email addresses we use for advertising", "the Children's Online Privacy Protection Act (COPPA) puts
    parents in control", "Memorandum M-10-22 … allows Federal entities to use … cookies"): it states no practice of
    ours, unless the law requires or permits us something ("federal law requires us to obtain …")."""
    root = verb.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or root.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" for c in root.children):
        return False  # "…: seven years, as UK and Dutch tax law require" is no sentence on the law
    named, heads = False, [subject]
    while heads and not named:
        # the law heads the subject, or is one of what it names ("The Office of Management and Budget Memorandum
        # M-10-22"); not "Residents of states with comprehensive privacy laws", "law enforcement agencies"
        head = heads.pop()
        named = head.lemma_.lower() in LAW_WORDS
        heads += [c for c in head.children if c.dep_ in ("conj", "appos") or c.dep_ == "prep" and c.lower_ == "of"
                  or c.dep_ == "pobj" and head.lower_ == "of"]
    if not named:
        return False
    arguments = [c for c in root.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp")]
    return not any(t.lower_ in FIRST_PERSON for a in arguments for t in [a, *a.children])


def _what_a_law_permits(verb) -> bool:
    """Whether `verb` is a passive that a fronted "under <law>" says may happen to data in general, with no party of
    its own ("Note: under Data Protection legislation, and in compliance with the relevant data processing
    conditions, personal data can be kept for longer periods of time when processed purely for archiving"): what the
    law allows, no practice of ours; not "Under relevant privacy legislation, Status can only use your data for
    certain reasons" (a party's own practice) nor one on the user's data ("your data may be shared")."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ in ("can", "may") for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children) or any(t.lower_ in FIRST_PERSON | SECOND_PERSON
                                                            for t in verb.sent):
        return False  # "Under the GDPR, your data may be shared with processors": the user's data, this service
    return any(t.lower_ == "under" and t.i < verb.i and any(
        g.dep_ == "pobj" and g.lemma_.lower() in LAW_WORDS for g in t.children) for t in verb.sent)


def _subject_taken_by_fronted_list(token):
    """The main verb when the parser made its subject, after a comma, one more conjunct of the list that ends a fronted
    clause ("If Keyvault is involved in a merger, acquisition or sale of assets, your account information and encrypted
    vault may be transferred"): the verb after the list that has no subject of its own, else None."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is token or token.left_edge.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
        return None
    clause = next((a for a in first.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.i > first.i:
        return None
    main = clause.head if clause.dep_ == "advcl" else None
    if main is None or main.i < token.i or main.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in main.children):
        return None
    # a finite verb ("may be transferred", "will be stored"), not an imperative ("then read about these terms")
    return main if any(c.dep_ in ("aux", "auxpass") for c in main.children) else None


def _subject_of_participle_read_as_clause(token):
    """The main verb when the parser read a reduced relative on the subject as a clause of its own, whose subject the
    data became ("The name and email address entered in the form will be shared with Sentry", parsed as "[the name
    … entered in the form] will be shared"): a passive finite verb without a subject of its own, else None."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    participle = first.head
    if (first.dep_ != "nsubj" or participle.tag_ not in ("VBD", "VBN") or participle.dep_ not in ("csubjpass", "advcl")
            or any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "neg") for c in participle.children)):
        return None
    main = participle.head
    if main.i < participle.i or main.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in main.children):
        return None
    return main if any(c.dep_ == "auxpass" for c in main.children) else None


def _transferred_asset(copula):
    """The verb of "X is (one of) the assets transferred / the transferred assets" under a copula, also "X is among
    the assets transferred", else None."""
    among = [g for c in copula.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children
             if g.dep_ == "pobj"]
    for attr in [c for c in copula.children if c.dep_ in ("attr", "acomp")] + among:
        nouns = [attr] + [g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]
        for noun in nouns:
            if noun.lemma_.lower() not in ("asset", "assets"):
                continue
            for child in noun.children:
                if child.dep_ in ("acl", "amod") and child.tag_ == "VBN":
                    return child
    return None


def _describes_transferred_asset(noun, participle) -> bool:
    """Whether `participle` only identifies the data `noun` that a copula makes one of the assets transferred
    ("personal information held by Acme about our App users is among the assets transferred"): the transfer is the
    practice, the participle names the data (GUIDELINES: the data named by what the service holds)."""
    return (participle.dep_ == "acl" and participle.tag_ == "VBN" and noun.dep_ == "nsubj"
            and noun.head.lemma_.lower() == "be" and _transferred_asset(noun.head) is not None)


def _classified_or_referred(practice) -> bool:
    """Whether the nominal or gerund `practice` is only classified ("providing hashed emails to ad platforms may be
    considered \"sharing\" of personal information", "This is not considered to be \"selling\" of your personal
    information") or referred to another text ("Plaid's use of your information is governed by its privacy policy",
    "the processor's use of your personal information is subject to their privacy notice", "Any disclosure of your
    personal information is in accordance with the Privacy Act"): no practice is stated."""
    while practice.dep_ == "conj" and practice.head.pos_ in ("NOUN", "VERB"):
        practice = practice.head
    head = practice.head
    lemma = head.lemma_.lower()
    if practice.dep_ in ("attr", "oprd", "xcomp") and lemma in CLASSIFYING_VERBS:
        return True
    if practice.dep_ in ("dobj", "obj") and lemma == "constitute":
        return True  # "Some of these disclosures may constitute a \"sale\" or \"sharing\" of personal information"
    if practice.dep_ == "attr" and lemma == "be" and any(c.dep_ in ("csubj", "csubjpass") for c in head.children):
        return True  # "Sharing precise location with partners may be a \"sale\" of personal information"
    if practice.dep_ == "nsubjpass" and lemma in GOVERNING_VERBS:
        return True
    if practice.dep_ != "nsubj" or lemma != "be":
        return False
    if any(c.dep_ == "acomp" and c.lower_ == "subject" for c in head.children):
        return True  # "… is subject to their privacy notice"
    # "Any disclosure of your personal information is in accordance with the Privacy Act": the law the practice follows,
    # not that it takes place (a party's use said to follow its own policy stays: "Any use by the Partner of your data
    # will be in accordance with the Partner's privacy policy")
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in ("accordance", "compliance") and any(
            t.lemma_.lower() in LAW_NOUNS for w in o.children if w.dep_ == "prep" for t in w.subtree)
        for o in c.children) for c in head.children)


def _unlawful_practice(nominal, lex: Lexicon) -> bool:
    """Whether the nominal practice, or a conjunct before it, is marked as unlawful ("safeguards designed to prevent
    unauthorized disclosure of your information", "unauthorized access, disclosure, or destruction of X") or only
    possible ("a security breach results in the potential disclosure of X"), or is listed among harms ("precautions
    be taken to prevent loss, misuse, or disclosure of your personal data"): a harm guarded against, no practice. The
    marks and harms are the cues `unlawful_modifiers` and `harm_nouns`."""
    if any(c.lemma_.lower() in lex.harm_nouns for c in nominal.conjuncts):
        return True
    while True:
        if any(c.dep_ == "amod" and c.lower_ in lex.unlawful_modifiers | HYPOTHETICAL for c in nominal.children):
            return True
        if nominal.dep_ != "conj" or nominal.head.pos_ != "NOUN":
            return False
        nominal = nominal.head


COOKIE_MEANS_PREPOSITIONS = {"via", "through", "with"}


def _collecting_means(token) -> bool:
    """Whether the data headed by `token` is the means a verb gathers other data by: the object of "via", "through"
    or "with" on the verb ("collect information through cookies", "Data gathered via cookies") or of "using" after it
    ("collect information using cookies, web beacons, pixels"); not the agent of a passive ("collected by cookies")."""
    means = _first_conjunct(token)
    if means.dep_ == "pobj" and means.head.lower_ in COOKIE_MEANS_PREPOSITIONS:
        return means.head.head.pos_ in ("VERB", "AUX") and means.head.head.lemma_.lower() != "use"
    return (means.dep_ in ("dobj", "obj") and means.head.lower_ == "using" and means.head.dep_ in ("advcl", "xcomp")
            and means.head.head.pos_ in ("VERB", "AUX"))


def _derivation_source(token, derivation_verbs: set[str]) -> bool:
    """Whether the data headed by `token` is the source a verb works other data out from: "infer your city from your
    IP address", "location derived from your IP address", "determine the location of a device from the IP address",
    "(as determined from the IP address)", "based on your IP address", "IP-address-based coarse location"; not
    "collect your IP address" nor "receive data from your browser"."""
    source = _first_conjunct(token)
    if source.dep_ == "npadvmod" and source.head.lower_ == "based":
        return True  # "IP-address-based coarse location"
    if source.dep_ != "pobj":
        return False
    prep = source.head
    if prep.lower_ in ("on", "upon") and prep.head.lemma_.lower() == "base":
        prep = prep.head  # "based on your IP address"
    elif prep.lower_ != "from":
        return False
    verbs = derivation_verbs | INFERENCE_VERBS
    head = prep.head
    for _ in range(4):  # up from a noun of the object the phrase hangs on ("the location of a device from …")
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT" or _participle_of(head, verbs):
            break
        head = head.head
    return head.lemma_.lower() in verbs or _participle_of(head, verbs)


def _derived_from(verb) -> bool:
    """A derivation verb with the source it works the data out from ("determine your location from your IP address",
    "is worked out from your IP address"; "work" and "figure" only with "out")."""
    if verb.lemma_.lower() in ("work", "figure") and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    user = verb.head.head.head if verb.dep_ == "acl" and verb.head.lower_ == "order" else verb.head
    if verb.dep_ in ("xcomp", "advcl", "acl") and user.lemma_.lower() == "use" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "we use your IP address to estimate your country", "… in order to approximate your location": the data
        # used is the source
        return True
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]  # or on its object, as parsed
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" for g in c.children)
           for head in heads for c in head.children):
        return True
    # "determine the city you are in based on your IP address": the source named by "based on"
    return any(c.lemma_.lower() == "base" and any(p.dep_ == "prep" and p.lower_ in ("on", "upon") for p in c.children)
               for head in heads for c in head.children)


def _controlled_data(noun) -> bool:
    """Whether `noun` is the data a party is said to be the controller of ("the DfE is the data controller for the
    personal information collected from you"): naming the controller states no practice, and the clause on the data
    only identifies it (GUIDELINES)."""
    preposition = noun.head
    return (noun.dep_ == "pobj" and preposition.lower_ in ("for", "of")
            and preposition.head.lemma_.lower() in ("controller", "co-controller"))


DOCUMENT_NOUNS = LAW_WORDS | {"charter", "policy", "notice", "statement", "guide", "guidance", "code", "standard",
                               "principle", "framework", "agreement", "addendum", "terms"}
TITLED_DOCUMENT_NOUNS = {"charter", "policy", "notice", "statement", "guide", "guidance"}
GENERIC_DATA_NOUNS = {"information", "data"}


def _sent_out(token) -> bool:
    """The data phrase (or its list) is what is "sent out", a mailing of the service to its users ("to send out
    notifications, reminders and feedback questionnaires"): the service's own communication, not data of the user;
    not a denial ("klogg does not send out any private information")."""
    head = _first_conjunct(token)
    verb = head.head
    return (head.dep_ in ("dobj", "obj") and verb.lemma_.lower() == "send"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
            and not any(c.dep_ == "neg" for c in verb.children))  # "does not send out any private information"


QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,80})[\"”]")
UI_ACTIONS = {"press", "tap", "click", "select", "choose", "touch", "hit"}


def _in_quoted_label(span) -> bool:
    """The data phrase is a word of a longer quoted label, command or utterance, not data: one with a verb of its own
    ('turn the composer suggestions off under Settings → Compose Settings → "Suggest workouts to share"', 'say, "show
    the nursery camera"'), one the user presses ('you pressed "My location"') or a first-person button label; not a
    quoted name of data ('Firefox OS sends "Application Usage Information"', 'we use "cookies"')."""
    doc = span.doc
    text = _doc_text(doc)
    for quoted in QUOTED.finditer(text):
        start, end = quoted.span(1)
        if not (start <= span.start_char and span.end_char <= end) or (start, end) == (span.start_char, span.end_char):
            continue
        inner = [t for t in doc if start <= t.idx < end]
        if any(t.tag_ in ("VB", "VBP", "VBZ", "VBD") and not (span.start <= t.i < span.end) for t in inner):
            return True
        if inner and inner[0].lower_ == "my":
            return True
        before = doc[inner[0].i - 2] if inner and inner[0].i >= 2 else None
        return before is not None and before.lemma_.lower() in UI_ACTIONS
    return False


SYSTEM_NOUNS = {"system", "os"}


def _system_as_agent(token) -> bool:
    """The operating system named as what acts or what is asked, not as data about it: the subject of an active verb
    ("simply because the operating system insists on it"), what is asked for something ("When bitchat asks the
    operating system for a friendly place name") or the way something goes ("… via the operating system")."""
    head = _first_conjunct(token)
    if head.lemma_.lower() not in SYSTEM_NOUNS:
        return False
    verb = head.head
    if head.dep_ == "nsubj":
        # (not "* the browser and operating system used": a verbless item the parser read as a clause)
        return (verb.pos_ == "VERB" and verb.lemma_.lower() not in COPULAS
                and not (verb.lemma_.lower() in USING_VERBS and _reduced_use_item(verb, [head])))
    if head.dep_ == "pobj":
        return verb.lower_ in ("via", "through")
    return head.dep_ in ("dobj", "obj") and verb.lemma_.lower() in ("ask", "query") and any(
        c.dep_ == "prep" and c.lower_ == "for" for t in (head, verb) for c in t.children)


USING_VERBS = {"use", "utilize", "utilise", "employ"}


def _purpose_of_a_use(token) -> bool:
    """The data phrase (or the first of its list) is the object of "for" after a passive "used" whose subject is
    something else ("Gravatar may be used for profile images", "- Device information. Used for diagnostics and usage
    analytics", "Twilio will also be utilized as a provider of telephony services for phone numbers"): what the thing
    is used for, a purpose, not data that is used (the data used is the subject)."""
    head = _first_conjunct(token)
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return False
    verb = head.head.head
    while verb.dep_ == "prep" or verb.dep_ == "pobj":  # "used as a provider of telephony services for …"
        verb = verb.head
    return verb.lemma_.lower() in USING_VERBS and verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "dobj", "obj") for c in verb.children)


ANALYTICS_WORDS = {"analytics", "telemetry"}


def _analytics_used_for(token):
    """The subject of the passive "used" when it is an analytics tool and the data phrase is what it is used for
    ("Firebase Analytics (owned by Google) is used for general app usage statistics"), else None: the usage statistics
    are what the tool gathers about the user's own use (GUIDELINES: usage statistics an analytics SDK sends; "ZerØ
    Analytics for usage metrics"), not a purpose."""
    head = _first_conjunct(token)
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return None
    verb = head.head.head
    while verb.dep_ in ("prep", "pobj"):
        verb = verb.head
    if verb.lemma_.lower() not in USING_VERBS or verb.tag_ != "VBN":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"
                 and any(t.lower_ in ANALYTICS_WORDS for t in c.subtree)), None)


def _in_document_title(span) -> bool:
    """The capitalised data term is a word of the title of a document or law it modifies ("use the contact form in the
    Personal Information Charter", "adheres to the Chrome Web Store User Data Policy", "the Personal Data Protection
    Act"): the title names the document, not data of the user."""
    head = span.root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i == span.root.i or head.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    if span[0].text[:1].isupper() and head.text[:1].isupper():
        return True
    if head.lemma_.lower() == "standard":
        return True  # "complies with standard payment card security standards (PCI DSS)": the standard, not the data
    # "[Read the MHCLG personal information charter](…)": a document named after the generic type in lower case
    return span.root.lemma_.lower() in GENERIC_DATA_NOUNS and head.lemma_.lower() in TITLED_DOCUMENT_NOUNS


def _names_a_service(span, service_nouns: set[str]) -> bool:
    """The data phrase only modifies a service noun (`service_nouns`): "SMS delivery", "call recording providers",
    "SMS and email delivery", "email and text message delivery" (the parser makes the service noun a conjunct of the
    first item); also a section of the policy named by what it covers ("the “Contact Information” section below")."""
    last = span[-1]
    head = _first_conjunct(last)
    service = head.head
    if head.dep_ in ("compound", "nmod") and service.lemma_.lower() in service_nouns and not (
            service.dep_ == "compound" and service.head.lemma_.lower() not in service_nouns):
        return True  # not "location and settings data": the service noun only modifies the data noun
    return any(c.dep_ == "conj" and c.lemma_.lower() in service_nouns
               and all(t.dep_ in ("cc", "compound") for t in last.doc[last.i + 1:c.i])
               and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].pos_ in ("NOUN", "PROPN"))  # "settings data"
               for c in last.children)


def _label_called_anonymous(span, lex: Lexicon) -> bool:
    """The data phrase is a run-in label at the start of the text whose value opens by calling it anonymous or
    aggregate ("**Analytics Data:** Anonymized data retained for 12 months"; GUIDELINES: anonymised analytics data
    gives no tuple). A value saying the data is aggregated or anonymised after a time span ("- Performance metrics:
    Aggregated after 7 days") states how long it is kept as it is, no quality of the data (GUIDELINES: anonymising
    after a stated period is `store`)."""
    text = _doc_text(span.doc)
    if text[:span.start_char].strip(" -*_•#\t"):
        return False
    value = LABEL_VALUE.match(text, span.end_char)
    if value is None:
        return False
    if lex.calls_anonymous(value.group(1)) and not AFTER_A_SPAN.match(text, value.end(1)):
        return True
    # ... or whose value is a list of data that a bracketed qualifier closes ("**Performance Data**: Crash reports,
    # error logs (anonymized)"): the qualifier covers the list, and the label naming it
    closing = CLOSING_QUALIFIER.match(text, value.start(1))
    return closing is not None and lex.calls_anonymous(closing.group(1))


LABEL_VALUE = re.compile(r"[*_]*\s*:\s*[*_]*\s*([\w-]+)")
# a bracket closing a one-phrase value, with nothing after it but punctuation ("…, feature interactions (anonymized)")
CLOSING_QUALIFIER = re.compile(r"[^.;:!?()]*\(\s*([\w\s,-]{1,40}?)\s*\)\W*$")
# a time span after which the value's processing comes ("Aggregated after 7 days", "Anonymized within 30 days")
AFTER_A_SPAN = re.compile(r"\s+(?:after|within)\s+(?:\d+|an?|one|two|three|six|seven|twelve|thirty|ninety)\s+"
                          r"(?:hours?|days?|weeks?|months?|years?)\b", re.I)


def _anonymous_in_context(span, root, lex: Lexicon) -> bool:
    """The data phrase is called anonymous or aggregate by a bracket right after it ("Crash reports (anonymous, no
    personal data)"), by the run-in label whose value it is in ("**Anonymous Telemetry:** Basic usage metrics
    collected unless opted out"), or by the practice verb it is the object or subject of, done anonymously or in such
    a form ("This technology anonymously tracks how visitors interact with energy.gov", "Game statistics: May be
    retained in anonymized form"); GUIDELINES: anonymous or aggregate usage data gives no tuple, an adverb on its
    verb being such a qualifier."""
    text = _doc_text(span.doc)
    bracket = BRACKET_AFTER.match(text, span.end_char)
    if bracket is not None and lex.calls_anonymous(bracket.group(1)):
        return True
    label = RUN_IN_LABEL_BEFORE.match(text)
    if label is not None and label.end() <= span.start_char and lex.calls_anonymous(label.group(1)):
        return True
    if any(c.dep_ == "poss" for c in _phrase_head(root).children):
        return False  # "They may track your Internet usage anonymously": the person's own data, named as theirs
    verb = root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [verb]
    if span.start <= verb.i < span.end and verb.head.i != verb.i:
        verbs.append(verb.head)  # a clause-like term ("how visitors interact with …") under the verb that governs it
    for child in (c for v in verbs for c in v.children):
        if child.dep_ == "advmod" and child.lower_ == "anonymously":
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ("form", "format") and lex.calls_anonymous(
                    " ".join(t.lower_ for t in g.subtree)) for g in child.children):
            return True
    return False


# a bracket right after a data phrase, its first word ("(anonymous, no personal data)", "(anonymized)")
BRACKET_AFTER = re.compile(r"\s*\(\s*([\w-]+)")
# a run-in label opening the text, up to its colon ("- **Anonymous Telemetry:** …")
RUN_IN_LABEL_BEFORE = re.compile(r"[\s>*_•#-]*([^:*_\n]{1,40}?)[*_]*\s*:[*_]*\s")
EXAMPLE_CUE = re.compile(r"\b(?:such as|including|like|e\.g\.|for example|for instance)\b", re.I)
AGGREGATE_WORD = re.compile(r"aggregat|statistic|metric", re.I)
CARRIER_WORD = re.compile(r"\b(?:information|data|details|statistics|metrics|identifiers?|[.;:])", re.I)


def _example_of_anonymous(span, lex: Lexicon) -> bool:
    """The data phrase is an example ("such as", "including") of data the clause before the cue calls aggregate or
    of statistics it calls anonymous, no other data named in between ("we also receive aggregate data about the use of our apps from the
    Google Play store, such as number of users …, device model, app version"; GUIDELINES: the qualifier covers the
    examples)."""
    text = _doc_text(span.doc)
    before = text[:span.start_char]
    cue = None
    for cue in EXAMPLE_CUE.finditer(before):
        pass
    if cue is None or re.search(r"[.;:]", before[cue.end():]):
        return False
    head = before[:cue.start()]
    qualified = None
    for pattern in lex.anonymous_data:
        for found in pattern.finditer(head):
            if qualified is None or found.end() > qualified.end():
                qualified = found
    # aggregate data or anonymous statistics, not a label calling raw data anonymous ("limited, anonymous information
    # such as your country, device model", "non-personally identifying information, such as your IP address": GUIDELINES
    # annotates the examples)
    # ... nor past a bracket the qualifier's examples close ("in aggregated form (for instance, in a list of our most
    # popular search engine queries), … or verbatim (for example, in a complete listing of survey responses)")
    return (qualified is not None and AGGREGATE_WORD.search(qualified.group()) is not None
            and not CARRIER_WORD.search(head, qualified.end()) and ")" not in head[qualified.end():])
AGGREGATE_REPORTS = {"data", "information", "statistic", "statistics", "metric", "metrics", "report", "insight",
                     "insights"}  # what anonymous or aggregate data is called: "aggregate data about site traffic"
# what counts things, of which "of" names what is counted ("anonymous statistics of search terms, their overall
# frequency"), unlike data "of" a person
COUNTING_REPORTS = {"statistics", "metrics", "counts"}


def _names_a_technique(span, technique_nouns: set[str]) -> bool:
    """The data phrase is followed by a protective technique (`technique_nouns`) that it names by what it works on:
    "[Google Analytics’ IP address anonymisation](…) feature", "“IP masking”", "IP / UserAgent masking service" (one
    more data word may come between, after a slash)."""
    following = TECHNIQUE_AFTER.match(_doc_text(span.doc), span.end_char)
    return following is not None and following.group(1).lower() in technique_nouns


TECHNIQUE_AFTER = re.compile(r"(?:\s*/\s*[\w-]+)?\s+(\w+)")
# the time words whose "of" names the use of the service only as what is timed ("the time and date of your use of the
# Service", "for the duration of the time you spend logged in"); not a time named beside what else is kept of each
# interaction ("The type and timestamp of each user interaction with the bot are recorded": the interactions are usage)
TIMED_USE_BEFORE = re.compile(r"(?<!and )(?<!or )(?<!, )\b(?:times?|dates?|durations?|timestamps?)(?: and (?:times?|dates?|durations?))? of (?:the |your |each |every |a )?$",
                              re.I)


def _timed_use(text: str, start: int) -> bool:
    """Whether the usage phrase starting at `start` is the owner of a time or date named right before it."""
    return bool(TIMED_USE_BEFORE.search(text, max(0, start - 40), start))
# a possessive right after a generic "information about visitors" phrase: the data is the visitors' thing that follows
# ("information about a visitor's interactions with a Site", "information about visitors' use of websites")
POSSESSIVE_AFTER = re.compile(r"['’](?:s\b)?\s+\w")


def _offered_opt_in(opt) -> bool:
    """"opt in" offered to the user as a choice ("you can opt in to sharing crash reports", "You can opt in or opt out of
    sending us crash reports"), not the condition of a practice ("If you opt in to sharing crash reports with us, we
    will collect …"); the caller asks for a gerund after "to" ("users can opt in to send us crash reports" is the user
    sending them, as "may opt to provide an email address")."""
    first = _first_conjunct(opt)
    return (any(c.lower_ == "in" for c in opt.children) and first.dep_ != "advcl"
            and any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in first.children))


def _signs_in_with(token) -> bool:
    """`token` (or the list item it is conjoined to) is what one signs in with or connects: the object of "with",
    "using", "via", "through", or of "connect" / "link"."""
    token = _first_conjunct(token)
    if token.dep_ == "pobj":  # but "associated with your Google Account" is where data is kept
        return (token.head.lower_ in ("with", "via", "through")
                and token.head.head.lemma_.lower() not in ASSOCIATE_VERBS)
    return token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in ("use", "connect", "link")


OTHER_SERVICE_ACCOUNT = re.compile(r"\b(?:third[- ]party|social[- ]media|social[- ]network(?:ing)?)\b", re.I)


def _created(token) -> bool:
    """`token` (or the list item it is conjoined to) is the object of a verb of creating ("create a Google account")."""
    token = _first_conjunct(token)
    return token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in ("create", "open", "register")


def _another_services_account(root) -> bool:
    """Whether the noun phrase of `root` names an account held at another service ("your existing third party account
    details", "your social media account details")."""
    return bool(OTHER_SERVICE_ACCOUNT.search(root.doc[root.left_edge.i:root.i + 1].text))


# verbs whose agent phrase names the key the data is kept under, not who acts ("keyed by your device ID")
KEYING_VERBS = {"key", "index"}


class DataPhraseRules:
    """Whether a matched data phrase names data the sentence is about (`_is_data_use`), kept in storage or
    called anonymous."""

    # -- data phrase filters ---------------------------------------------------------------------------------
    def _is_data_use(self, span, match, setting_labels: list[tuple[int, int]]) -> bool:
        root = span.root
        if root.pos_ in ("VERB", "AUX") and len(span) == 1 and root.dep_ not in ("nsubj", "nsubjpass") and any(
                not token.is_punct and token.i != root.i for token in span.doc) and not _listed_after_data(
                root, self._inside_terms):
            # "address your request", "email us" (a list item "Username" alone is data; so is a term the tagger reads
            # as a verb but the parser as the subject: "Feedback about the service may be stored …")
            return False
        if len(span) == 1 and len(span.text) > match.end - match.start and any(c in span.text for c in "./_~:"):
            return False  # "setting codeQL.telemetry.enableTelemetry to false", "go to edge://crashes": a name in code
        if span.text.lower() in CHANNELS:
            head = _first_conjunct(root)
            if head.dep_ == "pobj" and head.head.lower_ in ("by", "via", "through", "over", "for"):
                return False  # "reminders by SMS, email and push notification": a channel, not the data
            if (head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in ("send", "deliver")
                    and not any(c.dep_ == "poss" for c in root.children)):
                return False  # "vendors that send emails and text messages": messages to the user, not their data
        if not match.value.startswith(("contact", "usage")) and _sent_to_the_user(root):
            return False  # "we send one-time passcodes to your mobile phone number": a message to the user, not their data
        if match.value.startswith(("contact", "social")) and _user_party_as_recipient(root):
            return False  # "share your location with your emergency contacts": whom it goes to, not the data
        if match.value.startswith("contact") and _channel_to_us(root):
            return False  # "contact us using the contact details provided in the section below": our details
        if span.text.lower() in SIGN_IN_ACCOUNTS and (_signs_in_with(root) or _created(root)):
            # "sign in with Apple or your Google account", "connecting a Facebook account": a method; "you must create
            # a Google account": the platform's account the person sets up there, a prerequisite, no data handed over
            return False
        if match.value.startswith("account") and _signs_in_with(root) and _another_services_account(root):
            # "register with us using your existing third party account details, like your Google … account", "log
            # in using your third-party social media account details": the account held at another service is how
            # one signs in, as a Google account is (the data we then receive from it keeps its tuples)
            return False
        if _names_a_service(span, self.lex.service_nouns):
            return False  # "SMS and email delivery", "call recording providers": a service named by what it handles
        if _names_a_technique(span, self.lex.technique_nouns):
            return False  # "IP address anonymisation feature", "IP / UserAgent masking service": a safeguard's name
        if _in_document_title(span):
            return False  # "the Personal Information Charter", "the Chrome Web Store User Data Policy": a title
        if any(start <= match.start < end for start, end in setting_labels):
            return False  # "turn off the Help improve … by sending optional diagnostic data … setting": a setting's name
        if match.value in ("account", "account.profile") and _account_as_occasion(
                root, self.lex.requirement_verbs):
            return False  # "When you create a profile, you choose …", "The App does not require a user account"
        if match.value == "personal_info" and POSSESSIVE_AFTER.match(_doc_text(span.doc), match.end):
            return False  # "information about a visitor's interactions": what is named is the visitor's interactions
        if _purpose_of_a_use(root) and not (match.value.startswith("usage") and _analytics_used_for(root) is not None):
            return False  # "Gravatar may be used for profile images", "Used for diagnostics": what a thing is used for
        if match.value == "device.hardware" and _system_as_agent(root):
            return False  # "the operating system insists on it", "asks the operating system for a place name"
        if _sent_out(root):
            return False  # "send out notifications, reminders and feedback questionnaires": what we send, no data
        if _in_quoted_label(span):
            return False  # 'you pressed "My location"', '→ "Suggest workouts to share"': a label or a command
        if _what_it_depends_on(root):
            return False  # "Depending on your mobile device and operating system, you may …": a condition, not data
        if root.lemma_.lower() == "name" and span.text.lower() in ("name", "names"):
            # an "of" inside a later data term is not the owner ("name and date of birth": the parser hangs "of
            # birth" on "name")
            # the owner of "the name" may follow a pair: "the name and contact details of your organisation" (the
            # parser hangs "of your organisation" on the second item); not "the name, email address and details of
            # your purchases"
            pair = [c for c in root.conjuncts if c.i > root.i]
            items = [root] + (pair if len(pair) == 1 and any(c.dep_ == "det" and c.lower_ == "the"
                                                              for c in root.children) else [])
            owner = next((g for item in items for c in item.children
                          if c.dep_ == "prep" and c.lower_ == "of" and c.i not in self._inside_terms
                          for g in c.children if g.dep_ == "pobj"), None)
            if owner is None:  # "the names you give to your cameras": what is named is the thing they are given to
                owner = next((g for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in ("give", "assign")
                              for p in c.children if p.dep_ in ("dative", "prep") and p.lower_ == "to"
                              for g in p.children if g.dep_ == "pobj"), None)
            if owner is not None and not (owner.lower_ in SECOND_PERSON or owner.lemma_.lower() in USER_NOUNS
                                          or owner.lemma_.lower() in self.lex.person_nouns):
                return False  # "the name of your insurer", "the name of the Room": not a person's name
        if any_match(self.lex.event_objects, _doc_text(span.doc)[max(0, match.start - 60):match.end]):
            return False  # "process and fulfill your orders", "deliver your purchases": the transaction, not its record
        if _preceded_by(root, self.lex.object_alternatives):
            return False  # "receives a pseudonymous user ID instead of your name": named as what is not handled
        if match.value.startswith("location") and _preceded_by(root, self.lex.jurisdiction_marks, 60):
            return False  # "to countries other than the country where you are located": a jurisdiction, not a location
        if match.value.startswith("location") and _country_as_place(root):
            return False  # "the processing of your information in your country": where it happens, not the user's location
        agent = _first_conjunct(root)  # "(information … that can be retrieved by name or some other personal identifier)"
        if (agent.dep_ == "pobj" and agent.head.dep_ == "agent" and not match.value.startswith("usage.")
                and agent.head.head.pos_ == "VERB" and self.lex.verbs.get(agent.head.head.lemma_.lower()) != "share"
                and agent.head.head.lemma_.lower() not in KEYING_VERBS):
            # "verified by your device's operating system": the data phrase names who acts, not data; not the key
            # data is kept under ("the expiry timestamp keyed by your device ID")
            return False
        if match.value == "usage" and _timed_use(_doc_text(span.doc), match.start):
            return False  # "the time and date of your interactions": the time stamp is the data, the use only its owner
        if match.value == "usage.history" and _sites_as_setter(root):
            return False  # "cookies set by the websites you visit": who sets the cookies, not the sites visited
        if match.value == "usage.cookies" and root.lemma_.lower() == "storage" and self._kept_in_storage(root):
            return False  # "stored in the web browser's local storage": where data stays on the device, no tracking
        if _appeared_beside(root, self.lex):
            return False  # "your name will not appear next to your comments": where the name shows, not data shown
        if span.text.lower() in ("profile", "profiles") and _place_of_verb(root):
            return False  # "shown on your profile", "add X to your profile": where data goes, not the profile data
        if (root.dep_ == "nsubj" and root.head.lemma_.lower() in ("display", "show") and root.head.tag_ != "VBN"
                and _public_page(root, self.lex)):
            return False  # "User profiles display information about …": the page that shows the data, not data
        if match.value == "device.hardware" and _place_of_verb(root):
            return False  # "the locale configured in your operating system": where a setting is, not the system data
        if span.text.lower() in ("camera", "cameras") and _camera_as_device(root):
            return False  # "each camera identifies itself", "footage captured by your camera", "camera names"
        if (root.dep_ == "nsubj" and root.head.lemma_.lower() in VIEWING_VERBS
                and root.lemma_.lower() in self.lex.viewers | self.lex.person_nouns):
            return False  # "Only your followers can see", "the contacts you select will receive a link": who sees
        if not match.value.startswith(IDENTIFIER_TYPES):
            head = (self._block, _phrase_head(root).lemma_.lower())
            if (_label_called_anonymous(span, self.lex)  # "**Analytics Data:** Anonymized data …"
                    or match.value != "content" and (self._called_anonymous(root)
                                                     or _anonymous_in_context(span, root, self.lex))):
                # "Anonymous usage events", "App usage analytics (anonymized)"; not text the user writes, which stays
                # content without the writer's name ("anonymous survey responses", GUIDELINES: anonymous data)
                self._anonymous_heads.add(head)
                return False
            if _example_of_anonymous(span, self.lex):
                return False  # "anonymous statistics such as the device model": an example of the qualified data
            if head in self._anonymous_heads and not any(c.dep_ == "poss" for c in root.children):
                # "Ambie collects anonymous, aggregate telemetry. … Telemetry is used to understand …": the block names
                # the anonymous data again bare (GUIDELINES: no tuple, also where a later sentence names it again)
                return False
        if _safeguarded_or_at_risk(root, self.lex):
            return False  # "respect the security of your personal information", "unauthorized access to your data"
        tail = span[-1]
        if (tail.dep_ == "compound" and tail.head.i >= span.end and tail.lemma_.lower() in self.lex.category_heads
                and tail.head.lemma_.lower() in self.lex.data_governance_nouns):
            return False  # "your data protection rights", "your data privacy requests": the data words modify a noun
        if len(span) == 1:
            left = root.doc[root.i - 1] if root.i > 0 else None
            if (left is not None and left.dep_ == "compound" and left.head == root and left.lower_ in MODIFIER_STOPLIST
                    and not match.value.startswith("usage")
                    and not (left.lower_ == "device" and match.value.startswith("device."))
                    and root.lemma_.lower() != "nickname"):
                # "domain name", "company name"; not "device diagnostics", "browser activity", nor the device's own
                # identifier ("Device IMEI"), nor a person's nickname where it is used ("Your server nickname")
                return False
        return True

    def _kept_in_storage(self, noun) -> bool:
        """Local or web storage named as the place where data is kept ("stored in the web browser's local storage",
        "stored using Tauri's secure local storage", "live in the app's local storage"): storage on the user's own
        device, which is neither a practice of the service nor a tracking technology in use (GUIDELINES: data kept
        only on the user's own device); "we use local storage to remember your choices" stays the technology's use."""
        head = _first_conjunct(noun)
        if _place_of_verb(head):
            return True
        means = head.head  # "stored using … local storage"
        return (head.dep_ in ("dobj", "obj") and means.lemma_.lower() == "use" and means.dep_ in ("xcomp", "advcl")
                and self.lex.verbs.get(means.head.lemma_.lower()) == "store")

    def _called_anonymous(self, noun) -> bool:
        """Whether the data noun, or the first item of the list it is in, is called anonymous or aggregate by a word
        before it or in brackets after it ("anonymous usage events and properties", "aggregated and anonymized location
        data", "App usage analytics (anonymized)"); the qualifier covers every item of its list."""
        qualifiers = self.lex.anonymity_qualifiers
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "App usage analytics (anonymized)": the phrase the data term modifies
        if _denied_contrast_item(noun):
            # "Site hosts receive aggregated utilisation statistics but not the names or contact details of drivers":
            # the item set against the qualified one is not qualified by it
            return any(t.lower_ in qualifiers and t.dep_ in ("amod", "compound")
                       for t in noun.doc[noun.left_edge.i:noun.i])
        for head in {noun, _first_conjunct(noun)}:
            if any(t.lower_ in qualifiers and t.dep_ in ("amod", "conj", "compound")
                   for t in noun.doc[head.left_edge.i:head.i]):
                return True  # "anonymous usage metrics and crash reports": the tagger hangs the list on "reports"
            if any(c.dep_ in ("appos", "parataxis", "acl") and c.i > head.i and c.lower_ in qualifiers
                   and not AFTER_A_SPAN.match(_doc_text(noun.doc), c.idx + len(c.text)) for c in head.children):
                # "App usage analytics (anonymized)"; not a processing after a time span ("- Performance metrics:
                # Aggregated after 7 days", a retention: `_label_called_anonymous`)
                return True
        first = _first_conjunct(noun)
        last = max(first.conjuncts, key=lambda t: t.i, default=first)
        if last.i > noun.i and any(
                c.dep_ in ("appos", "parataxis", "acl") and c.i > last.i and c.lower_ in qualifiers
                and c.i > 0 and noun.doc[c.i - 1].text == "(" for c in last.children):
            return True  # "Crash reports, error logs (anonymized)": a bracketed qualifier closing the list covers it
        topic = noun
        while topic.dep_ in ("compound", "nmod", "conj") and topic.head.i != topic.i:
            topic = topic.head  # "site traffic and site interactions", parsed with "traffic" on "interactions"
        report = topic.head.head
        about = topic.head.lower_ in ("about", "on", "regarding", "concerning") and (
            report.lemma_.lower() in AGGREGATE_REPORTS or report.lower_ in AGGREGATE_REPORTS)
        if topic.dep_ == "pobj" and (about or topic.head.lower_ == "of" and report.lower_ in COUNTING_REPORTS):
            # "Compile aggregate data about site traffic and site interactions", "anonymous statistics on usage": what
            # anonymous or aggregate data is about, itself not data of the person
            return any(t.lower_ in qualifiers and t.dep_ in ("amod", "compound", "conj")
                       for t in noun.doc[report.left_edge.i:report.i])
        return False


def _denied_contrast_item(noun) -> bool:
    """Whether `noun` is (in) a later item of a list set against the first by "but not" / "but never" ("aggregated
    statistics but not the names or contact details of drivers"): "names", and "details" after it."""
    item = noun
    while item.dep_ == "conj" and item.head.dep_ == "conj" and item.head.i > _first_conjunct(noun).i:
        if any(c.dep_ == "neg" for c in item.children):
            break
        item = item.head
    if item.dep_ != "conj" or not any(c.dep_ == "neg" and c.lower_ in ("not", "never") and c.i < item.i
                                      for c in item.children):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "but" and c.i < item.i for c in item.head.children)


SAFEGUARDED_NOUNS = {"security", "protection", "privacy", "confidentiality", "integrity", "safety", "secrecy"}


def _safeguarded_or_at_risk(token, lex: Lexicon) -> bool:
    """Whether the data phrase (or the first item of its list) is the "of" / "for" / "to" complement of a noun of
    protection ("the privacy and security of your personal data", "the same level of protection for personal
    information") or of a practice called unauthorised or unlawful ("unauthorized access to your personal
    information", "unlawful disclosure of Personal Data"; the marks are the cue `unlawful_modifiers`): a safeguard or a
    risk (GUIDELINES: security measures and breach handling), no practice stated on the data."""
    first = _first_conjunct(token)
    if first.dep_ != "pobj" or first.head.lower_ not in ("of", "for", "to"):
        return False
    noun = first.head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    nouns = {noun, _first_conjunct(noun)}
    if any(n.lemma_.lower() in SAFEGUARDED_NOUNS for n in nouns):
        return True
    return any(c.dep_ == "amod" and c.lower_ in lex.unlawful_modifiers for n in nouns for c in n.children)


FRONTED_TOPIC_PREPOSITIONS = {"regarding", "concerning"}  # "Regarding your personal data, we use your email address …"
FRONTED_TOPIC_NOUNS = {("in", "terms", "of"), ("with", "regard", "to"), ("with", "respect", "to"),
                       ("in", "respect", "of"), ("as", "regards", None)}


def _fronted_topic_with_own_object(token) -> bool:
    """Whether `token` is the object of a topic phrase that opens the sentence before its main clause, whose verb has
    an object of its own that is no pronoun ("In terms of your personal data, we'll be using your email address to
    …", "With regard to your personal data, we only share your name with …"): the phrase names what the sentence is
    about, the practice is stated of the object; "In terms of your personal data, we collect it …" is not such a
    sentence, the pronoun standing for the data, nor is one whose object is a demonstrative ("this data")."""
    current = token
    while current.dep_ in ("conj", "appos") and current.head.i != current.i:
        current = current.head
    if current.dep_ != "pobj":
        return False
    preposition = current.head
    if preposition.lower_ in FRONTED_TOPIC_PREPOSITIONS:
        opener = preposition
    else:
        noun = preposition.head
        opener = noun.head if noun.dep_ == "pobj" else None
        if opener is None or (opener.lower_, noun.lower_, preposition.lower_) not in FRONTED_TOPIC_NOUNS:
            return False
    verb = opener.head
    if opener.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.i < opener.i:
        return False
    sentence_start = opener.sent.start
    if opener.i != sentence_start and not opener.doc[opener.i - 1].is_punct:
        return False
    if not any(t.lower_ == "," for t in opener.doc[token.i:verb.i]):
        return False  # the phrase is set off by a comma before the clause it is the topic of
    # (not "With regard to the data we collect, we maintain this data for 25 months": the demonstrative names the topic)
    return any(child.dep_ in ("dobj", "obj") and child.pos_ in ("NOUN", "PROPN")
               and not any(d.dep_ in ("det", "predet") and d.lower_ in ("this", "that", "these", "those", "such", "all")
                           for d in child.children) for child in verb.children)


LAWFULNESS_ADJECTIVES = {"lawful", "legal", "legitimate", "permissible", "permitted", "compliant"}


def _practice_to_be_lawful(nominal) -> bool:
    """Whether the nominal practice is the subject of an infinitive saying what makes it lawful ("For the processing of
    personal data to be lawful, we need to meet one of the conditions"): a condition the law sets on processing in
    general, no practice stated; not the actor's own processing ("In order for our use of your personal data to be
    lawful, we need to meet one (or more) conditions"), which introduces its legal bases and states the practice
    (GUIDELINES)."""
    def lawful_infinitive(verb) -> bool:
        return (verb.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and any(c.dep_ in ("acomp", "attr") and c.lower_ in LAWFULNESS_ADJECTIVES for c in verb.children))
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in nominal.children):
        return False
    if nominal.dep_ in ("nsubj", "nsubjpass") and lawful_infinitive(nominal.head):
        return True
    return any(c.dep_ in ("relcl", "acl") and lawful_infinitive(c)
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in nominal.children)


ENSURING_VERBS = {"ensure", "assure", "guarantee", "promote", "oversee", "supervise", "monitor"}
PROPER_MODIFIERS = {"appropriate", "proper", "responsible", "correct", "fair", "secure", "safe", "lawful"}


def _practice_ensured_proper(nominal) -> bool:
    """Whether the nominal practice, called proper, is the object of a verb of ensuring ("help ensure the appropriate
    use of User Personal Information", "to ensure the lawful processing of personal data"): a safeguard, no practice
    stated."""
    first = nominal
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    return (first.dep_ in ("dobj", "obj") and first.head.lemma_.lower() in ENSURING_VERBS
            and any(c.dep_ == "amod" and c.lower_ in PROPER_MODIFIERS for c in first.children))
