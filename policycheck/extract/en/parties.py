"""Actors and recipients.

Third-party modifiers, parties in general ("some browsers"), staff and our own people, processing on our behalf,
tools serving a party, who sees or is shown the data, data kept or sent to the user's own side, where moved data
ends up (`_crosses_to_us`, `_not_to_us`) and party names (aliases, corporate suffixes).
"""

from __future__ import annotations

import re

from ...records import FIRST_PARTY, THIRD_PARTY
from .clauses import _doc_text, _first_conjunct, _object_read_as_verb, _subject_token, _user_clause
from .words import (ACCESS_VERBS, CROSSING_VERBS, ENGAGING_VERBS, FIRST_PERSON, PRONOUN_SUBJECTS, SECOND_PERSON,
    USER_NOUNS)


THIRD_PARTY_MODIFIER = re.compile(r"\b(?:third|3rd)[\s-]+part(y|ies)\b")  # also "3rd party analytic tools"
FIRST_PARTY_MODIFIER = re.compile(r"\bfirst[\s-]+part(y|ies)\b")

CORPORATE_SUFFIXES = {"inc", "ltd", "llc", "gmbh", "corp", "co", "plc", "limited", "ag", "sa", "bv", "lp", "llp"}

TOOL_VERBS = {"use", "help", "engage"}  # "use X to collect": X collects when X is a party, else the subject does


def _third_party_modified(noun) -> bool:
    """A noun that would name us or the user but is modified as another party's: "third-party apps", "third party
    Matrix clients"."""
    return bool(THIRD_PARTY_MODIFIER.search(" ".join(t.lower_ for t in noun.subtree if t.i < noun.i)))


_CROSSING = "policycheck.crossing"  # `EnglishAnalyzer._crossing`, per token index
# `EnglishAnalyzer._crossing` of data denied reaching us ("which go to Google and not to us"); no party name
NOT_TO_US = "not to us"


def _party_clause(verb, inside_terms, verb_as_noun: int | None = None) -> bool:
    """A relative clause whose gap is the object of a stranded preposition ("a relay you connect to", "the server you
    upload them to"), on a noun that is no data, said of what the user does: it tells which party the sentence is about,
    and the data of the sentence or of its items is no object of its verb (not "The ones we rely on are the
    following:"). `verb_as_noun`, the offset of the main verb the tagger read as a noun and hung on the preposition
    ("A relay you connect to sees:")."""
    if verb.dep_ != "relcl" or verb.head.i in inside_terms or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subject = _subject_token(verb)
    if subject is None or subject.lower_ != "you" and subject.lemma_.lower() not in USER_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.i > verb.i and all(g.idx == verb_as_noun for g in c.children
                                                         if g.dep_ in ("pobj", "pcomp"))
               for c in verb.children)


# subjects of a clause on what the user or the user's own software does rather than what the service does with data
# (not the app, whose doings are the service's: "The app notes which screens you open")
USER_SIDE_SUBJECTS = {"you", "browser", "device", "phone", "smartphone", "computer", "system"}


def _user_or_software_clause(doc) -> bool:
    """Whether every main clause has the user or the user's software (a browser, a device) as its subject ("You can
    always see what information we have in your user account", "Most browsers include an option to clear cookies")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return False
    for root in roots:
        if root.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and root.tag_ == "VB" and not any(c.dep_ == "aux" for c in root.children):
            continue  # an instruction to the reader: "Learn more about Firefox Account data practices."
        if not subjects or any(s.lower_ not in USER_SIDE_SUBJECTS and s.lemma_.lower() not in USER_SIDE_SUBJECTS
                               for s in subjects):
            return False
    return True


# the words after "with" that name someone the data could go to ("transmitted with our partners", "sent with them"),
# against what is sent along with the data ("sent with an identifier unique to your device", "with each request")
WITH_PARTY_NOUNS = {"party", "partner", "provider", "vendor", "company", "affiliate", "advertiser", "processor",
                    "subprocessor", "sub-processor", "contractor", "supplier", "developer", "organization",
                    "organisation", "authority", "agency", "government", "recipient", "user", "people", "person",
                    "member", "friend", "contact", "researcher", "service", "platform", "network", "operator",
                    "business", "entity", "institution", "bank", "team", "staff", "employee", "other", "anyone",
                    "everyone", "someone", "public"}


def _with_names_a_party(preposition, carriers) -> bool:
    """Whether a "with" names a party the data may go to ("with third parties", "with Google", "with them") or what
    carries it to one, of `carriers` (the cues' `carrier_nouns`: "No advertising identifier is sent with these
    requests", the ad requests going to the ad networks), not what is sent along with the data ("with an identifier
    unique to your device", "with the data")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return not objects or any(o.pos_ in ("PROPN", "PRON") or o.lemma_.lower() in WITH_PARTY_NOUNS | carriers
                              or o.lower_ in WITH_PARTY_NOUNS for o in objects)


def _sent_nowhere(verb, carriers=frozenset()) -> bool:
    """Whether `verb` ("sent", "sending") names no destination at all: no "to" / "with" a party in its clause ("to
    which we transmit", "sent to, handled by and stored by those websites"; not the "to" of an adjective or of the
    subject, nor a "with" of what goes along: "an identifier unique to your browser is sent with the data",
    `_with_names_a_party` with `carriers`) and, passive, no object (the recipient as subject: "The
    operator … is sent the start and end time"); not a relative clause on the data ("messages you have already sent
    remain visible to their recipients")."""
    if verb.dep_ == "relcl":
        return False
    # a "to" of the words that name the data is no destination ("an identifier unique to your device is sent")
    subject_words = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if any(t.dep_ in ("prep", "dative") and t.i not in subject_words and t.head.pos_ != "ADJ" and (
            t.lower_ == "to" or t.lower_ == "with" and _with_names_a_party(t, carriers)) for t in verb.subtree):
        return False
    passive = verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
    return not (passive and any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children))


# what the developer may be called the developer of, when the policy is about that product: "the extension developer"
OWN_PRODUCT_KINDS = {"extension", "add-on", "addon", "plugin", "plug-in"}


def _the_developer(token) -> bool:
    """Whether `token` is "the developer(s)" / "our developers" with nothing saying whose: the maker of the app the
    policy is about ("failure reports are shared only with the developer", "never shared with the extension developer
    or any third party" in an extension's policy); not "the developer of the mini-program", "its developer", "the
    skill developer" or "third-party developers"."""
    return (token.lemma_.lower() == "developer"
            and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "our") for c in token.children)
            and not any(c.dep_ in ("amod", "nmod", "prep", "relcl", "acl", "appos")
                        or c.dep_ == "compound" and c.lower_ not in OWN_PRODUCT_KINDS for c in token.children)
            and not _third_party_modified(token))


def _list_item_taken_by_user_clause(token, user_subjects):
    """The antecedent of the user's relative clause when the parser made the next list item, after a comma, that
    clause's object ("record the type of device you are using, general location information"), else None."""
    verb = token.head
    if token.dep_ not in ("dobj", "obj") or verb.dep_ not in ("relcl", "acl") or verb.i > token.i:
        return None
    if not _user_clause(verb, user_subjects) or not any(t.text == "," for t in token.doc[verb.i + 1:token.i]):
        return None
    return verb.head


def _indirect_question_item(token, user_subjects) -> bool:
    """Whether `token` is the questioned noun of a whole sentence that is only an indirect question on what the user
    has or does ("what operating system you are using", "which browser you use"): a verbless list item that names
    the data, whose verb is the user's own and states no practice."""
    noun = _first_conjunct(token)
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.dep_ != "ROOT" or verb.i < noun.i or "?" in verb.doc.text:
        return False
    words = [t for t in verb.doc if not t.is_punct and not t.is_space]
    return (bool(words) and words[0].lower_ in ("what", "which") and words[0].head.i == noun.i
            and _user_clause(verb, user_subjects))


def _users_indirect_question(verb, user_subjects) -> bool:
    """Whether the clause of `verb` is an indirect question on what the user has or does, its questioned noun
    fronted by "which"/"what" right before the user's subject ("which version of web browser you used", "what
    device you use"), also when the parser hung the phrase before it on the same verb."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                    and (c.lower_ in SECOND_PERSON or c.lower_ in user_subjects)), None)
    if subject is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "neg")
                              for t in verb.doc[subject.i + 1:verb.i]):
        return False
    for wh in verb.doc[max(0, subject.i - 12):subject.i]:
        if wh.lower_ in ("which", "what") and wh.dep_ == "det":
            noun = wh.head
            if noun.right_edge.i + 1 == subject.i and verb in noun.ancestors:
                return True
    return False


GENERIC_PARTIES = {"browser", "provider", "website", "site", "company", "business", "server", "app", "application",
                   "service", "institution", "organization", "organisation", "network", "operator", "isp"}
GENERIC_QUANTIFIERS = {"some", "most", "many"}  # "some DNS providers", "most browsers"
INDEFINITE_DETERMINERS = {"a", "an", "any", "every", "each"}  # "a business that sells …", "any website"


def _outside_parties_in_general(verb) -> bool:
    """Whether the clause of `verb`, or one it hangs under, has for subject a class of parties in general ("some DNS
    providers", "most modern browsers", "many websites") or any one of them ("Under the CCPA, a business that sells
    personal information to others must give notice …"), none of them named as ours ("some services we use"). A clause
    joined to it by "and" or "but" with a subject of its own is a statement of its own ("most websites encrypt their
    traffic, and we do not receive the addresses"); one without shares the subject ("… and must provide the right to
    opt out of the sale of their personal information")."""
    clause = verb
    while True:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (subject is not None and subject.lemma_.lower() in GENERIC_PARTIES
                and (_quantified_plural(subject) or _indefinite_described(subject))
                and not any(t.lower_ in FIRST_PERSON for t in subject.subtree)):
            return True
        if clause.dep_ == "conj" and subject is not None or clause.head.i == clause.i:
            return False
        clause = clause.head


def _quantified_plural(noun) -> bool:
    """"some DNS providers", "most browsers", "many websites"."""
    return noun.tag_ == "NNS" and any(c.dep_ in ("det", "amod") and c.lower_ in GENERIC_QUANTIFIERS
                                      for c in noun.children)


def _indefinite_described(noun) -> bool:
    """An active subject "a"/"any" party described by what it does: "a business that sells personal information",
    "any website collecting …" (not "a site was created", "an authentication service")."""
    return (noun.dep_ == "nsubj" and noun.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children)
            and any(c.dep_ in ("relcl", "acl") for c in noun.children))


def _practice_of_a_class_of_parties(verb) -> bool:
    """Whether `verb` is a participle describing a bare plural class of parties ("operates websites collecting
    personally identifiable information from California consumers"): what such parties do in general, no practice of
    ours ("our partners collecting …", "the websites we operate" name parties of ours)."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.tag_ == "NNS"
            and head.lemma_.lower() in GENERIC_PARTIES
            and not any(c.dep_ in ("det", "poss", "compound", "amod", "relcl") for c in head.children))


# what a class of parties "in general" is used or named through by the service itself ("We use third-party services
# that may collect …"): a party of ours, not a class in general
# ... or runs, or works with ("We do not run servers that collect or share your location", "We work with companies
# that track how users found the Services")
OWN_CLASS_VERBS = {"use", "utilize", "utilise", "employ", "integrate", "include", "embed", "rely", "engage", "choose",
                   "run", "operate", "have", "maintain", "host", "own", "deploy", "work", "partner", "contract",
                   "cooperate", "collaborate", "share", "disclose", "provide", "send", "allow", "permit", "let"}


def _practice_of_a_bare_class(verb) -> bool:
    """Whether `verb` says what a bare plural class of parties does, in a relative clause or a participle on the
    class, named as the object of something else: "classic e-mail servers (…) that ask for personal
    data", "when implementing online services that collect and process personal data", "recommendations for EU-based
    businesses transferring personal data out of the EU": background on such parties in general, no practice of this
    service. Not a class with a determiner or owner ("the websites we operate", "our partners"), a third-party class
    ("third-party services that may collect …"), one the service uses ("We use services that collect …") or that
    acts for it ("Ads are served by advertising networks that may collect …", "service providers that process …"),
    nor a class that is the subject or a list item ("Companies that track how users interact with the Services")."""
    clause = _first_conjunct(verb)
    if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who")
                                      for c in clause.children):
        party = clause.head
    elif clause.dep_ == "acl" and clause.tag_ == "VBG":
        party = clause.head
    else:
        return False
    # ... or any one of the class, named with "a" / "an" ("after you have finished conducting business with a Web site
    # that does use cookies")
    one_of_class = party.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in party.children)
    if (party.tag_ != "NNS" and not one_of_class or party.lemma_.lower() not in GENERIC_PARTIES - {"provider"}
            or party.dep_ not in ("dobj", "obj", "pobj") or party.head.dep_ == "agent"):
        return False  # not a subject or list item ("Companies that track …"), nor "served by advertising networks"
    if any(c.dep_ in ("det", "poss", "nummod") and not (one_of_class and c.dep_ == "det") for c in party.children) or any(
            t.lower_ in ("third", "third-party", "party", "partner", "partners") or t.lower_ in FIRST_PERSON
            for t in party.subtree if t.i < party.i):
        return False
    user = party.head if party.dep_ in ("dobj", "obj", "pobj") else None
    if user is not None and user.dep_ == "prep":
        user = user.head
    return not (user is not None and user.lemma_.lower() in OWN_CLASS_VERBS)


def _access_holder(token):
    """The verb of "have / gain / receive access to …" when `token` is its object "access", else None; the "to" may
    hang on the verb after a place ("will no longer have access on our site to the data")."""
    if (token.lower_ == "access" and token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj")
            and token.head.lemma_.lower() in ACCESS_VERBS and (any(c.lower_ == "to" for c in token.children) or any(
                c.lower_ == "to" and c.dep_ == "prep" and c.i > token.i for c in token.head.children))):
        return token.head
    return None


STAFF_NOUNS = {"employee", "staff", "personnel", "workforce", "team", "staffer"}  # "team members" by its compound


def _staff_access(token) -> bool:
    """Whether `token` is what the service's own people have access to: "access to X" held by employees or staff, as a
    modifier of "access" ("Employee access to X") or as the subject of the verb that takes it ("team members have
    access to X", "staff who need access to X")."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "access"):
        return False
    access = token.head.head
    holders = [c for c in access.children if c.dep_ in ("compound", "poss")]
    if access.dep_ in ("dobj", "obj"):
        verb = access.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in subjects):
            subjects = [verb.head]  # "staff who need access to …"
        holders += subjects
    return any(h.lemma_.lower() in STAFF_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in STAFF_NOUNS
                                                      for c in h.children) for h in holders)


# verbs that bound who may reach data ("we restrict access to X to employees who require it", "access controls that
# limit employee access to …"): a safeguard under them states no one's access
RESTRICTING_VERBS = {"restrict", "limit", "control", "confine"}


def _own_team_access(access) -> bool:
    """Whether the noun "access" is the object of the service's own team having or needing it ("CodeSandbox team
    members have access to user information", "Members of the GOV.UK Pay team have access to …", "only staff who need
    access to player data … can see it"): their access is a `use` by the first party (GUIDELINES: the service's own
    team … their access or review a `use`), unless a verb above it only restricts or limits that access ("we restrict
    access to X to employees who require access to this information")."""
    if not (access.lower_ == "access" and access.dep_ in ("dobj", "obj")
            and access.head.lemma_.lower() in ACCESS_VERBS | {"need", "require"}):
        return False
    verb = access.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in subjects):
        subjects = [verb.head]  # "staff who need access to …"
    if not subjects or not all(_own_people(s) and (s.lemma_.lower() in GROUP_NOUNS or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in s.children)) for s in subjects):
        return False  # not "the admins of the Collective", people of the service's customers
    return not any(t.lemma_.lower() in RESTRICTING_VERBS for t in verb.ancestors)


def _denied_access(token) -> bool:
    """Whether the "access to X" that `token` is the object of is denied by "no" ("Our staff have no access to X")."""
    access = token.head.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in access.children)


# the service's own people named by their role, when "the", "our" or "its" makes them the service's ("the leader
# developers", "our administrators"; not "school administrators", nor moderators, who are outside the company)
OWN_ROLE_NOUNS = {"developer", "administrator", "admin", "maintainer", "engineer"}
GROUP_NOUNS = {"set", "group", "number", "handful", "subset", "member", "team"}  # "a core set of root staffers"


# moderators the policy names bare or as its own ("moderators", "our moderators"), not said to be volunteers or
# outside the company, are its own team (GUIDELINES: moderators)
MODERATOR_NOUNS = {"moderator", "mod"}


def _open_to_own_moderators(available) -> bool:
    """Whether the parties an "available / accessible / visible to" names are the service's own moderators, with or
    without its other own people ("Email addresses are visible to moderators and the admin", "The complete audit log
    is visible to moderators"): their access is a use by the service, not a disclosure."""
    people = _available_to_people(available)
    return bool(people) and any(_own_moderators(t) for t in people) and all(
        _own_moderators(t) or _own_people(t) for t in people)


def _own_moderators(noun) -> bool:
    """Whether `noun` is moderators with no word saying whose or what kind but our own ("moderators", "our
    moderators"; not "arXiv moderators", "community moderators"); the indentation of a numbered item the reader
    blanked out before it ("    Moderators may screen chat messages") is no such word."""
    lower = noun.lower_
    # (also capitalised opening a sentence, which the tagger may read as a name and not lemmatise: "Moderators")
    words = {noun.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower}
    return bool(words & MODERATOR_NOUNS) and not any(
        (c.dep_ in ("compound", "amod", "nmod") or c.dep_ == "poss" and c.lower_ not in ("our", "its")
         or c.dep_ == "det" and c.lower_ not in ("the", "our", "its")) and not c.is_space for c in noun.children)


def _available_to_people(available) -> list:
    """The nouns an "available / accessible / visible to" phrase ending its sentence names, else [] (not "accessible
    to its administration team and, where necessary, to moderators": the parser hangs "and to X" anywhere)."""
    preps = [c for c in available.children if c.dep_ == "prep" and c.lower_ in ("to", "by")]
    if len(preps) != 1:
        return []
    doc = available.doc
    after = preps[0].right_edge.i + 1
    if after < len(doc) and doc[after].text not in (".", ";", "!", ")"):
        return []
    return [t for prep in (preps[0], *preps[0].conjuncts) for obj in prep.children if obj.dep_ == "pobj"
            for t in (obj, *obj.conjuncts)]


def _open_only_to_own_people(available) -> bool:
    """Whether every party an "available / accessible / visible to" names is the service's own staff ("only
    accessible to the leader developers", "to a core set of root staffers", "to our employees"); not when an outsider
    is among them ("to its employees, contractors, and selected contributors", "to our administrators and to the
    infrastructure provider"; the parser hangs "and to X" anywhere, so the phrase must end the sentence)."""
    people = _available_to_people(available)
    return bool(people) and all(_own_people(t) for t in people)


def _own_people(noun) -> bool:
    """Whether `noun` names the service's own staff: a staff noun ("employees", "root staffers", "team members") or a
    role with "the", "our" or "its" ("the leader developers"), also through a group noun ("a core set of staffers")."""
    if noun.lemma_.lower() in GROUP_NOUNS:
        members = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        if members:
            return all(_own_people(m) for m in members)
    lemma = noun.lemma_.lower()
    if lemma in STAFF_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in STAFF_NOUNS for c in noun.children):
        return True
    return lemma in OWN_ROLE_NOUNS and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "our", "its")
                                           for c in noun.children)


def _tells_us(verb) -> bool:
    """The verb "tell" has us as the one told ("X tells us …", "tell us about …")."""
    return any(c.dep_ in ("dative", "dobj", "iobj") and c.lower_ == "us" for c in verb.children)


def _told_party(verb) -> bool:
    """A passive "tell" whose subject is a party other than us or the user ("the breakdown service is told where the
    car is", "the courier is told your address"): the data goes to that party."""
    if not (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (subject is not None and subject.pos_ in ("NOUN", "PROPN")
            and subject.lower_ not in ("user", "users", "customer", "customers", "visitor", "visitors"))


def _not_to_us(verb) -> bool:
    """Whether data said to go somewhere is denied reaching us by a negated "to us" beside the place it goes to
    ("which go to Google and not to us", "goes to the processor, not to us")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "to"]
    return any((any(c.dep_ == "neg" for c in p.children) or p.i > 0 and p.doc[p.i - 1].lower_ == "not")
               and any(c.dep_ == "pobj" and c.lower_ == "us" for c in p.children) for p in preps)


def _crosses_to_us(devices: set[str], verb) -> bool:
    """Data as the subject of "leave" your / the device or "reach" us / our servers: whether we receive it. The
    place is an object, not data, so a coordinated "leave" / "reach" keeps the data of the clause ("are sent to Plaid
    and never reach our servers", "will only be used to upload … and will never leave the device"); the devices are
    `EnglishAnalyzer._devices`."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    lemma = verb.lemma_.lower()
    if lemma == "leave":
        return any(o.lemma_.lower() in devices and any(p.dep_ in ("poss", "det") and p.lower_ in ("your", "the", "its")
                                                          for p in o.children) for o in objects)
    return lemma in CROSSING_VERBS and any(o.lower_ == "us" or o.lemma_.lower() in ("server", "system")
                                           for o in objects)


def _on_our_behalf(verb) -> bool:
    """"… on our behalf" / "on behalf of us" / "for us" / "on our instructions" / "according to our instructions" on
    the verb (or on its coordinated head), or on its object where the parser hung it there ("process personal data
    on our behalf"), or a purpose of serving us: "They may use personal information only to provide their services to
    us"."""
    if any(prep.dep_ == "prep" and prep.i > obj.i and _names_our_behalf(prep)
           for obj in verb.children if obj.dep_ in ("dobj", "obj") for prep in obj.children):
        return True  # only the verb's own object: "process data on our behalf … and may not use it for …"
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in ENGAGING_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.head.children):
        return True  # "We have engaged Stripe to process your payment information": a party we take on works for us
    for token in [verb, verb.head] if verb.dep_ == "conj" else [verb]:
        for prep in token.children:
            if prep.dep_ == "xcomp" and prep.lemma_.lower() in ("provide", "perform") and any(
                    c.dep_ in ("dative", "prep") and c.lower_ == "to" and any(o.lower_ == "us" for o in c.children)
                    for c in prep.children):
                return True
            if prep.dep_ == "prep" and (_names_our_behalf(prep)
                                        or prep.lower_ == "for" and any(o.lower_ == "us" for o in prep.children
                                                                        if o.dep_ == "pobj")):
                return True
    return False


def _names_our_behalf(prep) -> bool:
    """A preposition phrase that says for whom and under whose instructions a party acts: "on our behalf", "on
    behalf of us", "on / under our instructions", "according to / in accordance with our instructions"."""
    if prep.lower_ == "according" or prep.lower_ == "in" and any(o.lower_ == "accordance" for o in prep.children):
        inner = [t for t in prep.subtree if t.dep_ == "prep" and t.lower_ in ("to", "with")]
        return any(_our_instructions(o) for t in inner for o in t.children if o.dep_ == "pobj")
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "on" and any(o.lower_ == "behalf" and any(
            p.lower_ == "our" or any(g.lower_ == "us" for g in p.subtree) for p in o.children) for o in objects):
        return True
    return prep.lower_ in ("on", "under") and any(_our_instructions(o) for o in objects)


def _our_instructions(token) -> bool:
    """"our instructions" / "our instruction"."""
    return token.lemma_.lower() == "instruction" and any(p.dep_ == "poss" and p.lower_ == "our" for p in token.children)


def _directly(verb) -> bool:
    """"… directly" on the verb: the data goes straight to the party named ("Stripe receives X directly"), also where
    the parser hung it on the verb's object list ("Stripe, which receives your card number, its expiry date and your
    billing address directly from the payment form")."""
    objects = [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]
    return any(c.lower_ == "directly" for h in (verb, *objects) for c in h.children)


# what software calls: data sent "directly" to one is sent by the app itself, not handed over by the user
API_NOUNS = {"api", "apis", "endpoint", "endpoints"}


def _to_an_api(verb) -> bool:
    """Whether `verb` sends the data to an API ("Selected text is sent directly to the MyMemory API", "sent directly
    to Lemon Squeezy's License API"): the app calls the API, so "directly" means no server of ours in between and
    the data is our share with the API's party, not the user's own giving of it to that party (GUIDELINES)."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lower_ in API_NOUNS for o in c.children) for c in verb.children)


def _passed_on(verb) -> bool:
    """Whether what a receiving verb's subject gets comes from us: not "from" elsewhere ("receives X from
    advertisers") nor straight from the user ("Stripe receives X directly")."""
    return not _directly(verb) and not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


# verbs by which the user's browser reaches a party itself ("your browser contacts them", "pages load resources
# directly from third parties")
BROWSER_CONTACT_VERBS = {"contact", "connect"}
BROWSER_LOAD_VERBS = {"load", "fetch", "request", "download", "embed"}
BROWSER_REACH = re.compile(r"(?i)\b(your|the|a visitor's|the user's) (web )?browser (directly )?(contacts|connects)\b"
                           r"|\b(load|loads|loaded|fetch|fetches|fetched) [\w ,]{0,40}?directly from\b")


def _reached_by_browser(verb, previous_sentence: str) -> bool:
    """Whether the sentence of `verb` or the one before it in its block says the user's browser reaches the parties
    itself ("Some pages load resources directly from third parties, so your browser contacts them and they see your IP
    address", then "Gravatar also receives a hash of the email address"): what those parties see or receive comes
    straight from the browser, their collection, not our sharing (GUIDELINES: a party said to receive data)."""
    for token in verb.doc:
        lemma = token.lemma_.lower()
        if lemma in BROWSER_CONTACT_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() == "browser"
                                                  for c in token.children):
            return True
        if lemma in BROWSER_LOAD_VERBS and any(c.lower_ == "directly" for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
            return True
    return BROWSER_REACH.search(previous_sentence or "") is not None


def _signs_up_with(verb) -> bool:
    """"sign up / sign in / log in with X", "open an account with X": the person gives X to the service to open or
    enter an account."""
    if verb.lemma_.lower() == "open":  # "the owner opens an account with a name, an email address and a password"
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "account"
                   and any(p.dep_ == "prep" and p.lower_ in ("with", "using") for p in c.children) for c in verb.children)
    return (verb.lemma_.lower() in ("sign", "log")
            and any(c.dep_ == "prt" and c.lower_ in ("up", "in", "on") for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("with", "using") for c in verb.children))


def _users_own_destination(span, verb) -> bool:
    """Whether the data is where `verb` sends something: the user's own address after "to" ("send you reminders to
    your mobile number or email address", "to the primary email address associated with your account", "send receipts
    to the email address on your account", "send emails to an email address you provide to us")."""
    root = _first_conjunct(span.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to":
        return False
    misread = _object_read_as_verb(root)  # "send newsletters and offers [VERB] to your email address"
    if prep.head.i != verb.i and not any(prep.head.i == t.i for c in verb.children if c.dep_ in ("dobj", "obj")
                                         for t in c.subtree) and (misread is None or misread.i != verb.i):
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("your", "their") or c.lower_ == "primary" for c in root.children):
        return True
    if root.pos_ != "NOUN":
        return False  # "sends certain information to Mozilla, including … you have installed, …, and your IP address"
    # the address is the user's by what follows it: "on your account", "you registered with", "you provide to us"
    # (the parser may hang "on your account" on the verb, right after the address)
    following = [c for c in root.children if c.i > root.i and (c.dep_ in ("relcl", "acl") or c.dep_ == "prep"
                                                              and c.lower_ in ("on", "in"))] + [
        c for c in prep.head.children if c.dep_ == "prep" and c.lower_ in ("on", "in") and c.i == root.right_edge.i + 1]
    return any(t.lower_ in SECOND_PERSON for c in following for t in c.subtree)


def _own_passive_subject(verb, span) -> bool:
    """Whether the passive `verb` has a subject of its own outside `span` ("the announcement and photographs will be
    published, but your address and telephone number will not be published": each clause keeps its own data). A
    personal pronoun is a subject of its own too: it does not carry the data named before it (GUIDELINES: "We will use
    your email address … but it is not shared publicly" is no denial of sharing the address)."""
    if span is None:
        return False
    return any(c.dep_ == "nsubjpass" and not span.start <= c.i < span.end and (
        c.pos_ in ("NOUN", "PROPN") or c.lower_ in PRONOUN_SUBJECTS) for c in verb.children)


def _channel_to_us(token) -> bool:
    """Whether `token` is what the user reaches us with: the object of "use" in a clause that contacts us ("please
    contact us using the contact information below", "use the contact details below to reach us")."""
    if token.dep_ not in ("dobj", "obj") or token.head.lemma_.lower() != "use":
        return False
    use = token.head
    subject = _subject_token(use)
    if subject is not None and subject.lower_ not in SECOND_PERSON:
        return False  # "When you contact us, we use your email address to reply": our use of the user's address
    clauses = [use, *(c for c in use.children if c.dep_ in ("advcl", "xcomp"))]
    if use.dep_ in ("advcl", "xcomp", "conj"):
        clauses.append(use.head)
    return any(c.dep_ in ("dobj", "obj") and c.lower_ == "us" for clause in clauses for c in clause.children)


def _named_party(recipient: str | None) -> bool:
    """Whether a recipient is a named party's service, as when data is written or exported to it ("The app writes
    workout data to Apple Health", "Hadge exports your workout data to a private GitHub repository": given to that
    party, GUIDELINES: synchronisation); not us, the user, an unnamed place ("writes log files to disk") or a generic
    party."""
    return recipient not in (None, "user", FIRST_PARTY, THIRD_PARTY)


def _kept_with_a_tool(verb) -> bool:
    """A keeping verb said to be done with a tool we use ("We use Google Analytics to store the user behavior data",
    "Zendesk is used to store your messages"): the tool, not we, keeps the data."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in TOOL_VERBS and (
        _tool_serving(verb) is not None or any(c.dep_ in ("dobj", "obj") for c in head.children))


def _tool_serving(verb):
    """The tool a practice verb says is used to do it, as the GUIDELINES give that practice to the tool alone:
    the subject of a passive "is used" ("Firebase is used to transmit crash reports") or the object of "use … for"
    ("uses the service Crashlytics for collecting the crash log data"); else None."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "use" and any(c.dep_ == "auxpass" for c in head.children):
        return next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "for" and head.head.lemma_.lower() == "use":
        return next((c for c in head.head.children if c.dep_ in ("dobj", "obj")), None) or _used_tool(head.head)
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "use" and head.tag_ == "VBN":
        return _used_tool(head)
    return None


def _tool_of_nominal_practice(nominal):
    """The object of "use" whose purpose "for …" is the nominal practice `nominal`, also as a later member
    of the purpose's list ("We use Sentry for the collection of diagnostic data", "We use Sentry for error and
    diagnostic data collection", the "for" hung on the verb or on its object); else None (a tool that names no party
    is left to the caller)."""
    while nominal.dep_ == "conj" and nominal.head.pos_ == "NOUN" and nominal.head.i != nominal.i:
        nominal = nominal.head
    preposition = nominal.head
    if nominal.dep_ != "pobj" or preposition.lower_ != "for":
        return None
    holder = preposition.head
    if holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() == "use":
        return next((c for c in holder.children if c.dep_ in ("dobj", "obj")), None) or _used_tool(holder)
    if holder.dep_ in ("dobj", "obj") and holder.head.lemma_.lower() == "use":
        return holder
    return None


def _used_tool(used):
    """The tool a bare "used" is said of: the subject of a passive "is used for …" ("Google Analytics is used for
    tracking feature usage") or the label of a list item ("- **Sentry**: used to collect crash reports", "- Google
    Analytics: used for tracking …"), else None."""
    if any(c.dep_ == "auxpass" for c in used.children):
        return next((c for c in used.children if c.dep_ == "nsubjpass"), None)
    if used.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for c in used.children):
        return None
    if used.dep_ == "acl" and used.head.pos_ in ("PROPN", "NOUN") and any(
            c.lower_ in (":", "-", "—", "–") for c in used.head.children if c.i < used.i):
        return used.head  # "- Google Analytics: used for tracking …"
    if used.dep_ == "ROOT":
        return next((c for c in used.children if c.dep_ in ("dep", "npadvmod") and c.i < used.i
                     and c.pos_ in ("PROPN", "NOUN")
                     and any(t.lower_ in ("-", "—", "–") for t in used.doc[c.i + 1:used.i])),
                    None)  # "- Sentry - used to collect crash reports"
    return None


# Verbs of answering or reading what the user sent ("respond to any feedback you send us"), a use of it
RESPONDING_VERBS = {"respond": "to", "reply": "to", "look": "at"}


def _responding_verb(noun):
    """The verb answering or reading `noun`, data the user sends ("respond to any feedback you send us", "we'll look
    at any feedback you give us"), else None: the data is used, the user's clause only names it (GUIDELINES: a
    relative clause on the user providing data that is the object of another practice)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = preposition.head
    return verb if RESPONDING_VERBS.get(verb.lemma_.lower()) == preposition.lower_ else None


def _gets_object(verb) -> bool:
    """A "get" with an object receives it ("we may get information about you from partners", "nobody will get any
    information about you"); it is no copula. Getting someone's permission or consent receives no data."""
    return verb.lemma_.lower() == "get" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in (
        "permission", "consent", "approval", "authorization", "authorisation") for c in verb.children)


# the words saying whether data can be reached at all ("not available to us", "inaccessible to us", "will no longer be
# available"), among those saying it is open to others
REACHABLE = {"available", "accessible", "inaccessible"}
AVAILABLE = REACHABLE | {"public", "visible", "viewable", "searchable"}


def _available_to_no_one_named(verb, available, recipient) -> bool:
    """Whether "available" or "accessible" says only that the data exists or can be had, with no one it is open to and
    nothing public ("no exposure log … will be available", "your data will no longer be available", "the stored
    versions are not available in readable form"), not a disclosure ("available to others", "publicly available",
    "available … for public consumption")."""
    if (available is None or available.lower_ not in REACHABLE or recipient is not None
            or any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "where", "whenever", "once")
                   for c in verb.children)):
        return False  # "we can provide the following information, when it is available:" is a condition
    return not any(t.lower_ in OPEN_TO_ANYONE or t.dep_ == "agent" for t in verb.subtree)


OPEN_TO_ANYONE = {"public", "publicly", "online", "anyone", "everyone", "others", "internet", "web"}


def _availability(verb, record_verbs=frozenset()):
    """The "public"/"available" complement of a copula ("are public", "becomes accessible to…"), also the "public" of
    a complement noun ("Your basic profile information … is public information", "is a matter of public record") or
    of "public-facing" ("will be public-facing"), or the "publicly" of a participle of `record_verbs` the parser read
    as a complement ("your IP address … will be publicly and permanently recorded": kept where anyone sees it), or
    None."""
    for child in verb.children:
        if child.dep_ in ("acomp", "attr", "oprd") and child.lower_ in AVAILABLE:
            return child
        if child.dep_ == "acomp" and child.tag_ == "VBN" and child.lemma_.lower() in record_verbs:
            publicly = next((t for c in child.children if c.dep_ == "advmod" for t in (c, *c.conjuncts)
                             if t.lower_ == "publicly"), None)
            if publicly is not None:
                return publicly
        if (child.dep_ == "attr" and child.pos_ == "NOUN"
                or child.dep_ in ("acomp", "attr") and child.lower_ == "facing"):
            # "… is public information"; "information you voluntarily provide will be public-facing" (read as
            # "public" hung on "facing")
            public = next((c for c in child.children if c.dep_ == "amod" and c.lower_ == "public"), None)
            if public is not None:
                return public
    return None


def _alias_form(phrase: str) -> str:
    """A noun phrase's words as a name of the policy's own would be written: lower case, joined at hyphens, without
    a leading "the" ("The Department for Education", "Multi - Calculator" as parsed)."""
    return re.sub(r"^the ", "", re.sub(r" ?- ?", "-", phrase.lower()))


def _without_corporate_suffix(name: str) -> str:
    """A company name written as an alias would be, without its legal form ("tallyboard gmbh" -> "tallyboard",
    "acme , inc ." -> "acme")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].strip(".") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def _viewer_before(pronoun, viewers: set[str], previous: str) -> bool:
    """Whether "they", the subject of a seeing verb, takes up people said to see data just before it, in its sentence
    or the one before ("the person you invite can see your predicted period. They cannot see your symptoms")."""
    before = previous + " " + _doc_text(pronoun.doc)[:pronoun.idx]
    pattern = (r"\b(?:%s)\b(?:\s+[\w'’-]+){0,4}?\s+(?:(?:can|could|may|might|will|would)\s+(?:also\s+|still\s+|only\s+)?)?"
               r"(?:see|sees|view|views|watch|watches|read|reads)\b[^.;!?]*[.;!?,]?\s*(?:but\s+)?$")
    return re.search(pattern % "|".join(sorted(map(re.escape, viewers))), before, re.I) is not None


def _delivered_to_others(verb, lex) -> bool:
    """Data passively delivered to other people or to hosts run by others (`lex.delivery_verbs`): "Your public posts
    are delivered to your followers", "Your content may be sent to or downloaded by other servers in the federated
    network", "Your public profile is delivered to the servers where your followers reside". A host (`lex.peer_hosts`)
    counts when called so (`lex.peer_host_marks`: other, different) or named by the people it serves; not "delivered to
    you", "to your email address" or "to our servers", nor a message delivered to its own recipients (`lex.addressees`:
    the user's own sending, "private messages are delivered only to their recipients")."""
    first = _first_conjunct(verb)  # "sent to or downloaded by other servers": the auxiliary is on the first verb
    if not any(c.dep_ == "auxpass" for c in (*verb.children, *first.children)):
        return False
    for child in verb.children:
        if not (child.dep_ in ("prep", "dative") and child.lower_ == "to" or child.dep_ == "agent"):
            continue
        for target in (t for g in child.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)):
            lemma = target.lemma_.lower()
            if lemma in lex.viewers and lemma not in lex.addressees and target.pos_ in ("NOUN", "PROPN"):
                return True
            if lemma in lex.peer_hosts and any(
                    t.lower_ in lex.peer_host_marks or t.i != target.i and t.lemma_.lower() in lex.viewers
                    for t in target.subtree):
                return True
    return False


def _passive(verb) -> bool:
    """Whether `verb` is passive: with its own passive auxiliary, or a participle coordinated with a passive that has
    no subject or auxiliary of its own ("X is stored and displayed publicly": "displayed" shares "is")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children))


def _shown_to_others(verb, lex, previous: str = "") -> bool:
    """Data displayed to other people: "X is displayed / shown to other users", "X is shown publicly", "other users
    / your teacher can see X", "guests receive X", "we show your age on your profile" (the service makes it visible to
    them: sharing). `lex.viewers` are the people who can be shown data, `lex.not_viewers` things of the user's that
    "see" nothing ("your browser can see your location"), `lex.public_pages` pages other people visit."""
    viewers, not_viewers = lex.viewers, lex.not_viewers
    lemma = verb.lemma_.lower()
    passive = _passive(verb)
    if lemma in lex.public_record_verbs and passive and verb.dep_ != "acl" and any(
            c.dep_ == "advmod" and c.lower_ == "publicly" for c in verb.children):
        # "your contribution will be publicly attributed to your IP address", "your IP address will be publicly and
        # permanently recorded", "publicly associated with your username": kept where anyone can see it
        return True
    if lemma in lex.delivery_verbs:
        return _delivered_to_others(verb, lex)
    if lemma in lex.appearing_verbs:
        return _appears_to_others(verb, lex)
    if lemma in ("show", "give") and passive and any(c.dep_ in ("dobj", "obj") for c in verb.children):
        # "the Driver will be shown the rider's first name", "the delivery person will be given the delivery
        # address": the viewer as the subject of the passive, the data its object; not the user given something of
        # their own ("each user is given a unique ID")
        viewer = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if viewer is not None and viewer.lemma_.lower() in viewers and (
                lemma == "show" or viewer.lemma_.lower() not in USER_NOUNS):
            return True
    if lemma in ("display", "show"):  # "X is shown to other users", "leaderboards show X to other players"
        if not passive and _public_page(_subject_token(verb), lex) and verb.tag_ != "VBG" and verb.dep_ not in (
                "acl", "relcl", "amod"):
            # "User profiles display information about when the user created their account", "All user public
            # profiles display:", "the leaderboard shows your score": a page other people visit shows them the data
            return True
        # the parser often hangs "to other users" on the object ("show your photo to other users")
        objects = [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in [c, *c.conjuncts]]
        # "we show that person your grades": the viewer as an indirect object (the parser may read it as the subject
        # of the object noun)
        if not passive and any(t.lemma_.lower() in viewers and t.pos_ in ("NOUN", "PROPN") for t in [
                *(c for c in verb.children if c.dep_ == "dative"),
                *(c for o in objects for c in o.children if c.dep_ == "nsubj" and c.i < o.i)]):
            return True
        # ... or on a participle after the object ("We show your age, calculated from …, on your profile")
        for child in [*verb.children, *(c for o in objects for c in o.children if c.dep_ == "prep"),
                      *(c for p in verb.children if p.dep_ == "advcl" and p.tag_ == "VBN" for c in p.children
                        if c.dep_ == "prep" and c.lower_ in ("on", "in"))]:
            if child.lower_ == "publicly" and passive:
                return True
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                return any(t.lemma_.lower() in viewers for t in child.subtree)
            if child.dep_ == "prep" and child.lower_ in ("on", "in"):
                for place in (c for c in child.children if c.dep_ == "pobj"):
                    if place.lemma_.lower() in lex.public_pages and verb.tag_ != "VBG":
                        # "We show your age … on your profile": a page other people visit; not a feature named by
                        # a gerund ("features, such as showing a child's username on leaderboards, are …")
                        return True
                    # "shown on a leaderboard that only classmates can see": the place is visible to other people
                    if passive and any(c.dep_ == "relcl" and c.lemma_.lower() in ("see", "view")
                                       and getattr(_subject_token(c), "lemma_", "").lower() in viewers
                                       for c in place.children):
                        return True
        # "the review may be displayed … together with your first name", "your full date of birth is never shown": the
        # person's data shown, to no one named, is shown to whoever sees it (as 您的精确位置不会被展示); not what is shown
        # on the user's own screen or device ("displayed on your screen", "shown in the app"), nor a display named as
        # the occasion of something else ("wherever a profile picture is shown")
        return passive and not any(c.dep_ == "prep" and c.lower_ in ("to", "on", "in", "within", "inside")
                                   or c.dep_ == "advmod" and c.lower_ in ("where", "wherever", "when", "whenever")
                                   for c in verb.children)
    if lemma in lex.placing_verbs and verb.tag_ != "VBG":
        # "We put the name of your business on a public register", "we list your name … on this site": data put on a
        # page other people visit is shown to them; not a feature named by a gerund, nor "put cookies on your computer"
        passive = _passive(verb)
        if passive and verb.dep_ != "acl" and any(c.dep_ == "advmod" and c.lower_ == "publicly" for c in verb.children):
            return True  # "The list of people you follow is listed publicly", as "shown publicly"
        subject = _subject_token(verb)
        if verb.dep_ == "acl" or not passive and (subject is None or subject.lower_ in ("you", "users")):
            return False  # "the address listed on the Contact page"; the user's own placing ("do not include X in …")
        objects = [o for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") for o in [c, *c.conjuncts]]
        # the service listing data on its pages ("we list all donations made to us on this site"), or the person's
        # data listed there ("your name will be listed on the site"), not papers of its own ("the agreements we have
        # signed are listed on our Trust page")
        personal = not passive and subject.lower_ in FIRST_PERSON or any(
            t.lower_ in ("your", "their", "his", "her") for o in objects for t in o.subtree)
        # the parser often hangs the place on the last object ("your name and the amount of the donation on this site")
        for child in [*verb.children, *(c for o in objects for c in o.subtree if c.dep_ == "prep")]:
            if child.dep_ != "prep" or child.lower_ not in ("on", "in", "onto", "into", "to"):
                continue
            for place in (c for c in child.children if c.dep_ == "pobj"):
                place_lemma = place.lemma_.lower()
                if (place_lemma in lex.public_pages
                        or any(c.dep_ == "amod" and c.lower_ == "public" for c in place.children)
                        or lemma in ("list", "post") and place_lemma in lex.site_pages and personal
                        and not any(c.lower_ in ("your", "my") for c in place.children)):
                    return True
        return False
    if lemma in ("find", "look") and verb.tag_ != "VBG" and verb.dep_ not in ("acl", "relcl", "amod") and (
            lemma == "find" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
        return _found_by_others(verb, lex)
    # "parents receive the dates of their teen's sessions", "other users can access your profile"
    if lemma in ("see", "view", "watch", "read", "receive", "access"):
        if lemma == "access" and (passive or not _other_people(_subject_token(verb))):
            return False  # "other users can access your public profile"; not "users can access their own data"
        if passive:  # "whatever you post can be seen by everyone", "your IP address will be seen publicly"
            if any(c.dep_ == "advmod" and c.lower_ == "publicly" for c in verb.children):
                return True
            agent = next((c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "agent"), None)
            # a viewer named by a noun, not a verb's ("by the web servers hosting USDS.gov": the site's host)
            return agent is not None and any(t.lemma_.lower() in viewers and t.pos_ not in ("VERB", "AUX")
                                             for t in agent.subtree)
        subject = _subject_token(verb)  # "your therapist can read X but never sees Y": the subject of the first verb
        head = verb
        while subject is None and head.dep_ in ("xcomp", "acomp") and head.head.i != head.i:
            head = head.head  # "other users will be able to see X"
            subject = _subject_token(head)
        if subject is not None and subject.lower_ == "they" and lemma != "receive":
            return _viewer_before(subject, viewers, previous)  # "… can see X. They cannot see Y"
        if subject is None or subject.lower_ in ("you", "we", "i", "it", "they", "this", "that"):
            return False
        if lemma == "receive" and any(c.dep_ in ("dobj", "obj") and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                                        for d in c.children) for c in verb.children):
            return False  # "the user of that line receives a text message notice": a notice sent to them
        if subject.lemma_.lower() in viewers or subject.lower_ in viewers or subject.tag_ == "VBN" and any(
                c.dep_ in ("acomp", "oprd") and c.lower_ in viewers for c in subject.children):
            # also a viewer the tagger read as a participle ("the named insured can see …"), or as the complement of
            # one ("the named insured, as parent or guardian, can see …": "named" the subject, "insured" its
            # complement)
            return True
        # "your Shopper does not see your last name": another person named by a role the user has ("your driver")
        return subject.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "your" for c in subject.children) and (
            subject.lemma_.lower() not in not_viewers)
    return False


def _found_by_others(verb, lex) -> bool:
    """Data other people can look up or find: "other users can look up your Matrix ID from these identifiers",
    "employers … can find your profile", "System and member information … can be looked up by anyone" (shown to
    them: sharing); the finders are people other than the user (`_other_people`) or people of `lex.viewers` that are
    not the user's own kind ("employers", "recruiters"), not "users can find their settings" or "you can look up"."""
    if _passive(verb):
        agent = next((c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "agent"), None)
        return agent is not None and any(_other_people(t) for t in agent.children if t.dep_ == "pobj")
    subject = _subject_token(verb)
    head = verb
    while subject is None and head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head  # "employers … can find your profile and view your headline": the subject of the first verb
        subject = _subject_token(head)
    if subject is None or not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    lemma = subject.lemma_.lower()
    return _other_people(subject) or (lemma in lex.viewers and lemma not in USER_NOUNS and subject.pos_ == "NOUN"
                                      and lemma not in ("people", "person", "other", "others"))


def _public_page(noun, lex) -> bool:
    """Whether `noun` names a page other people visit: one of `lex.public_pages` ("User profiles", "the leaderboard")
    or a page of the site called public ("public user profiles", "the public page"); not the user's own screen, app or
    dashboard."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    return lemma in lex.public_pages or lemma in lex.site_pages and any(
        c.dep_ == "amod" and c.lower_ == "public" for c in noun.children)


def _appears_to_others(verb, lex) -> bool:
    """Data said to appear where other people see it: "Your username appears on your public profile", "Only the name
    and address of your organisation will appear on the public register", "your name will appear publicly", "your
    rank appears to other players" (shown to them: sharing); not what appears on the user's own screen or device
    ("appears in the app", "appears on your screen"), nor "appears to be", nor a clause naming its place
    ("the name that appears on your profile")."""
    if verb.tag_ == "VBG" or verb.dep_ in ("acl", "relcl", "amod"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "publicly":
            return True
        if _beside_what_is_posted(child, lex):
            return True
        if child.dep_ != "prep" or child.lower_ not in ("on", "in", "to"):
            continue
        for place in (c for c in child.children if c.dep_ == "pobj"):
            if child.lower_ == "to":
                if place.lemma_.lower() in lex.viewers or place.lower_ in lex.viewers:
                    return True
            elif place.lemma_.lower() in lex.public_pages or any(
                    c.dep_ in ("amod", "compound") and c.lower_ == "public" for c in place.children):
                return True
    return False


def _beside_what_is_posted(child, lex) -> bool:
    """Whether `child`, on an appearing verb, places the data next to, beside or alongside what the user publishes
    (`lex.posted_items`, or anything of a relative clause of `lex.posting_verbs`): "Your user name and profile photo
    will appear next to anything you post", "your name appears beside your reviews" (shown with it to its readers)."""
    if child.dep_ in ("oprd", "advmod", "acomp") and child.lower_ == "next":
        child = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    elif not (child.dep_ == "prep" and child.lower_ in ("beside", "alongside")):
        return False
    if child is None:
        return False
    for place in (t for g in child.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)):
        if place.lemma_.lower() in lex.posted_items and place.pos_ == "NOUN":
            return True
        if any(c.dep_ == "relcl" and c.lemma_.lower() in lex.posting_verbs
               and any(s.dep_ == "nsubj" and s.lower_ == "you" for s in c.children) for c in place.children):
            return True
    return False


def _appeared_beside(noun, lex) -> bool:
    """Whether `noun` is what the data of an appearing verb shows up next to, beside or alongside ("Your name will not
    appear next to your comments"): the place of the display (`_beside_what_is_posted`), not data shown or denied."""
    head = _first_conjunct(noun)
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "to" and prep.head.lower_ == "next":
        prep = prep.head
    verb = prep.head
    return (prep.lower_ in ("next", "beside", "alongside") and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in lex.appearing_verbs and _beside_what_is_posted(prep, lex))


def _other_people(subject) -> bool:
    """Whether `subject` names people other than the user: "other users", "other members", "anyone", "everyone", "the
    public"; not "users" or "members" alone, which a policy uses for the reader."""
    if subject is None:
        return False
    if subject.lower_ in ("anyone", "everyone", "others", "public"):
        return True
    return subject.lemma_.lower() in USER_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in ("other", "another", "fellow") for c in subject.children)


def _sent_to_the_user(token) -> bool:
    """Whether the data phrase is what is sent to the user's own address or phone ("send alerts and one-time passcodes
    by text message to your mobile phone number", "send account emails, such as password resets, to your email")."""
    head = _first_conjunct(token)
    while head.dep_ == "appos" and head.head.i != head.i:
        head = _first_conjunct(head.head)
    if head.dep_ not in ("dobj", "obj") or head.head.lemma_.lower() != "send":
        return False
    for child in head.head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
            if target is not None and (target.lower_ == "you" or any(
                    c.dep_ == "poss" and c.lower_ in ("your", "their") for c in target.children)
                    and not _party_of_the_user(target)):
                return True
    return False


# Whom "your" names as a party of its own, not the user's address or phone ("send your details to your local
# authority", "send messages to your contacts", "send claims to your insurer").
OWN_PARTIES = {"authority", "council", "contact", "friend", "family", "insurer", "employer", "school", "bank",
               "doctor", "landlord", "agent", "representative", "solicitor", "lawyer", "accountant"}


def _party_of_the_user(target) -> bool:
    """Whether `target`, the user's by "your", is a party of its own: an organisation or person the parser reads as a
    proper name ("your Mayoral Combined Authority, Local Authority or their official contractor") or one of
    OWN_PARTIES."""
    return target.pos_ == "PROPN" or target.lemma_.lower() in OWN_PARTIES


SENDING_VERBS = {"share", "send", "show", "disclose", "give", "provide", "forward", "transmit", "reveal", "display",
                 "pass"}


def _user_party_as_recipient(token) -> bool:
    """Whether the data phrase names people of the user's own that data goes to ("share your location with your
    emergency contacts", "send messages to your contacts", "notify your friends"), not data: the object of "with" or
    "to" on a verb of sending, or the object of "notify" / "alert", the user's by "your" or "their"."""
    head = _first_conjunct(token)
    if head.lemma_.lower() not in OWN_PARTIES or not any(
            c.dep_ == "poss" and c.lower_ in ("your", "their") for c in head.children):
        return False
    if head.dep_ in ("dobj", "obj"):
        return head.head.lemma_.lower() in ("notify", "alert")
    if head.dep_ != "pobj" or head.head.lower_ not in ("with", "to"):
        return False
    verb = head.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in SENDING_VERBS


def _sites_as_setter(token) -> bool:
    """"the (web)sites you visit" as who sets or places something ("cookies set by the websites you visit", "placed on
    your computer by websites you visit"), not the list of sites visited ("a list of the sites you visit", "track you
    across the websites you visit"); "on the sites you visit" stays, as it is also the time "spent on each website
    you've visited")."""
    head = _first_conjunct(token)
    return (head.lemma_.lower() in ("site", "website") and head.dep_ == "pobj" and head.head.dep_ == "agent"
            and any(c.dep_ == "relcl" and c.lemma_.lower() == "visit" for c in head.children))


def _makes_available(verb):
    """The "available"/"public" complement of "make", or None."""
    for token in verb.subtree:
        if token.lower_ in ("available", "public", "accessible", "visible") and token.i > verb.i:
            return token
    return None


def _users_own_use(noun) -> bool:
    """Whether the nominal "use" is the user's own use of the service ("your use of the services"), no practice."""
    return noun.lemma_.lower() == "use" and any(c.dep_ == "poss" and c.lower_ == "your" for c in noun.children)


def _own_object(verb, span, strict: bool = False) -> bool:
    """A conjoined verb with its own object ("collect X and send you Y"), also one of its "to" infinitive after X
    ("is given X and may be required to upload a photograph"), does not govern X."""
    if span is None and not strict:
        return False
    infinitives = [x for x in verb.children if x.dep_ == "xcomp" and span is not None and x.i >= span.end
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]
    for child in [*verb.children, *(c for x in infinitives for c in x.children)]:
        if child.dep_ in ("dobj", "obj") and (span is None or not (span.start <= child.i < span.end)):
            return True
    return False


# the nouns of an address or number that something is sent to ("the e-mail address", "that number", "the postal
# address to which it should be sent")
ADDRESS_NOUNS = {"address", "number", "email", "e-mail", "mail", "inbox", "phone"}
NOT_THE_USERS_ADDRESS = {"our", "my", "below", "above", "following"}


def _address_sent_to(span, verb) -> bool:
    """Whether the data of `span` is the address or number `verb` sends something to, named not by "your" (for that,
    `_users_own_destination`) but by a relative clause on it ("an email address that we send a login link to", "the
    postal address to which it should be sent"), by "that" / "this" pointing back to the user's address ("we will send
    an SMS verification code to that number") or by what follows it ("sent to the e-mail address entered by an
    affected person"): the address is used, nothing is disclosed (GUIDELINES: "Your email is used to send receipts");
    not our own address ("to the address below")."""
    root = _first_conjunct(span.root)
    if root.lemma_.lower() not in ADDRESS_NOUNS or any(
            c.lower_ in NOT_THE_USERS_ADDRESS for c in root.children):
        return False
    if verb.dep_ == "relcl" and verb.head.i == root.i:
        # "an email address that we send a login link to", "the address to which it should be sent"
        return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and all(
            g.lower_ in ("which", "that", "whom") for g in c.children if g.dep_ == "pobj") for c in verb.children)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to" or prep.head.i != verb.i:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in root.children) or any(
        c.dep_ in ("acl", "relcl") and c.i > root.i for c in root.children)
