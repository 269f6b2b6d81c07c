"""Which verb governs a data phrase, and whether it states a practice.

`PracticeRules._is_action` (is this token a verb of collecting, using, sharing or keeping data?) and
`_governing_verb` (climb from a data phrase to its verb), with the readings that make a practice a topic, a
safeguard, a restriction or a describing clause instead of a statement.
"""

from __future__ import annotations

from ...records import FIRST_PARTY
from ..lexicon import any_match
from .clauses import (_clause_after_parenthesis, _compound_split_by_relative, _doc_text, _first_conjunct, _has_subject,
    _infinitive_subject_of_control, _noun_with_object, _object_of, _object_read_as_clause_subject, _object_read_as_verb,
    _passive_after_clause, _phrasal_verb, _semicolon_between, _subject_token, _user_clause, _verb_before_second_object,
    _list_item_taken_by_time_clause,
    practice_of_bare_complement)
from .negation import NEGATING_VERBS, _denied_derivation, _negation
from .parties import _told_party
from .parties import (_access_holder, _availability, _denied_access, _gets_object, _indirect_question_item,
    _list_item_taken_by_user_clause, _makes_available, _named_party, _own_object, _responding_verb, _shown_to_others,
    _own_team_access, _signs_up_with, _staff_access, _tells_us, _users_indirect_question, _users_own_use)
from .purposes import (_after_it, _capability_clause, _conditioned_procedure, _describes_legal_ground, _measure_named,
    _obliged_practice, _purpose_clause)
from .retention import (UNDELETED_VERBS, _in_safe_keeping, _keeps_in_state, _kept_in_place, _kept_undeleted,
    _need_bounding_retention, _retention_period, _writes_a_log)
from .topics import (_classified_or_referred, _controlled_data, _derived_from, _describing_participle,
    _users_means_participle,
    _included_in_demonstrative, _inclusion_frame, _offered_opt_in, _practice_participle, _relative_inclusion_before,
    _signs_in, _subject_of_participle_read_as_clause, _subject_taken_by_fronted_list, _transferred_asset,
    _describes_transferred_asset,
    _unlawful_practice, _fronted_topic_with_own_object, _practice_to_be_lawful, _practice_ensured_proper)
from .words import (COPULAS, CROSSING_VERBS, FIRST_PERSON, GIVING_VERBS, INCLUSION_VERBS, NOMINAL_PRACTICES,
    RETURNING_VERBS, SENDING_NOMINALS, TOOL_USE_VERBS, WANTING_VERBS, OUTSIDE_VIEWING_VERBS, SECOND_PERSON,
    SEEING_VERBS, USER_NOUNS, WRITING_VERBS)


# what the user does to reach data we hold ("You may have access to …", "you can view, correct or request a copy of …")
USER_REACHING_VERBS = {"have", "access", "view", "see", "review", "inspect", "obtain", "request", "get", "download",
                       "export", "correct", "update", "amend", "edit", "delete", "erase", "examine"}
# the words a stock description of data is made of: "we collect (about you)", "we hold", "we have", "we keep", "we store"
STOCK_DESCRIPTION_VERBS = {"collect", "hold", "have", "keep", "store", "maintain", "gather", "process"}


def _stock_description(clause) -> bool:
    """Whether a relative clause only says the data is what we collect or hold ("we collect about you", "we hold")."""
    return clause.lemma_.lower() in STOCK_DESCRIPTION_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ == "we" for c in clause.children) and not any(
        c.dep_ == "neg" for c in clause.children)


def _denied_item_read_as_antecedents(token):
    """The relative clause verb whose denied "but not" object the parser hung on the clause's antecedent instead
    ("We use Firebase Cloud Messaging, which is given a push token for your device, but not your email address":
    "address" a conjunct of "Messaging"; "… which receive a push token …, but no other information about the
    player"): the item is what the clause's verb denies, else None."""
    item = token
    while item.dep_ == "conj" and item.head.pos_ in ("NOUN", "PROPN") and item.head.dep_ == "conj":
        item = item.head  # "but not your name or email address": the first denied item
    if item.dep_ != "conj" or item.pos_ not in ("NOUN", "PROPN") or not any(
            (c.dep_ == "neg" and c.lower_ in ("not", "never") or c.dep_ == "det" and c.lower_ == "no") and c.i < item.i
            for c in item.children):
        return None  # "but not your email address", "but no other information about the player"
    head = item.head
    if not any(c.dep_ == "cc" and c.lower_ == "but" and c.i < item.i for c in head.children):
        return None
    if head.pos_ in ("VERB", "AUX"):
        # hung on the main verb instead ("We use X, which receives a push token, but no other information")
        antecedents = [t for c in head.children if c.dep_ in ("dobj", "obj") for t in (c, *c.conjuncts)
                       if t.i < item.i]
    elif head.pos_ in ("NOUN", "PROPN"):
        antecedents = [head]
    else:
        return None
    return next((c for antecedent in antecedents for c in antecedent.children
                 if c.dep_ == "relcl" and antecedent.i < c.i < item.i
                 and any(o.dep_ in ("dobj", "obj") for o in c.children)), None)


def _reached_by_the_user(noun) -> bool:
    """Whether `noun` is (through "of" / "to" phrases and "access") the object of a verb of the user reaching data
    ("You may have access to any of the information …", "you can request a copy of the data …")."""
    node = noun
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in ("of", "to"):
            node = node.head.head
            continue
        break
    if node.dep_ not in ("dobj", "obj"):
        return False
    verb = node.head
    return (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in USER_REACHING_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in SECOND_PERSON for c in _first_conjunct(verb).children))


DEALING_NOUNS = {"practice", "action", "issue", "concern", "complaint", "decision"}  # "practices regarding X": a topic
ROLE_NOUNS = {"controller", "processor", "co-controller", "subprocessor", "sub-processor"}  # "the controller of X"
MAKING_VERBS = {"derive", "extract", "generate", "create", "compute", "calculate"}  # "the template derived from X"


def _role_for_data(token) -> bool:
    """Whether `token` is the object of "of" / "for" on a role noun ("X is the data controller of personal data they
    collect using the form", "the processor for the personal data processed …"): the role a party has for the data,
    with the clause that describes the data; no practice stated (GUIDELINES: roles)."""
    noun = _first_conjunct(token)
    preposition = noun.head
    return (noun.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.lower_ in ("of", "for")
            and preposition.head.pos_ in ("NOUN", "PROPN") and preposition.head.lemma_.lower() in ROLE_NOUNS)


LINKING_VERBS = {"link", "combine", "associate", "connect", "merge", "tie", "match", "correlate"}


def _linked_to(token) -> bool:
    """Whether the personal information headed by `token` is what other data is linked or combined with ("we do not
    link this automatically collected data to personal information", "We do not combine the information generated …
    with your personal information", "The data we store is linked to personal data only if …"): the practice is on the
    other data, the verb's object; the personal information is only named as its counterpart."""
    head = token.head
    if token.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ("with", "to"):
        return False
    if not (token.lower_ == "pii" or any(t.lower_ in ("personal", "personally", "identifiable") for t in token.subtree
                                         if t.i < token.i)):
        return False  # only the personal information other data is kept apart from or joined to, not named data
        # ("the logs associate these activities with your username" uses the username)
    if any(c.dep_ in ("relcl", "acl") for c in token.children):
        return False  # "combine such information with the personal information we collect directly from you": described
    for depth, verb in enumerate(head.ancestors):
        if depth > 4:
            break
        if verb.pos_ == "VERB" and verb.lemma_.lower() in LINKING_VERBS:
            # the parser may hang the preposition on a word inside the object ("link this automatically collected
            # data to …", "combine the information generated through the use of … with …")
            return any(c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp") and c.i < token.i for c in verb.children)
    return False


def _derived_head_of_basis(participle) -> bool:
    """Whether `participle` is a "based on …" clause on its noun ("Approximate geographical location (based on your IP
    address)", "Country based on OS settings"): the noun is what is worked out, the object of "on" the data used
    for it; the clause states no practice of the noun it describes."""
    return (participle.dep_ == "acl" and participle.lemma_.lower() == "base" and participle.tag_ == "VBN"
            and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in participle.children))


def _subject_of_parenthesised_verb(token) -> bool:
    """Whether `token` was parsed as the subject of a verb that stands in a parenthesis after it ("Country based on OS
    settings (does not use geolocation)"): the parenthesis is an aside on the item, not a clause on its noun."""
    verb = token.head
    return (token.dep_ in ("nsubj", "nsubjpass") and verb.i > token.i and verb.dep_ == "ROOT"
            and any(c.dep_ == "aux" for c in verb.children)  # a clause of its own ("does not use"), not "(stored as …)"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") and c.i != token.i for c in verb.children)
            and any(c.dep_ == "punct" and c.text == "(" and token.i < c.i < verb.i for c in verb.children)
            and any(c.dep_ == "punct" and c.text == ")" and c.i > verb.i for c in verb.children))


# verbs by which someone reaches a record (`_own_record`)
OWN_VIEWING_VERBS = frozenset({"read", "access", "view", "see"})


def _own_record(token) -> bool:
    """Whether the data phrase of `token` is someone's own record ("their own transaction data", "your own entries"):
    with "own" after a possessive "their" or "your"."""
    head = _first_conjunct(token)
    return (any(c.dep_ == "poss" and c.lower_ in ("their", "your") for c in head.children)
            and any(c.lower_ == "own" and c.dep_ in ("amod", "compound") for c in head.children))


def _parenthesised_denial(token) -> bool:
    """Whether `token` is named in a parenthesis opened by "no" after a noun that a verb governs ("Uses anonymous
    authentication (no accounts or email addresses)"): the aside denies the data, a verbless "no X" of its own, not an
    object of that verb; not after a verbless item ("Memory-only persistence (no cookies)", a description of it)."""
    first = _first_conjunct(token)
    no = next((c for c in first.children if c.dep_ == "det" and c.lower_ == "no"), None)
    return (no is not None and first.dep_ == "appos" and first.head.i < no.i
            and first.head.dep_ not in ("ROOT", "appos") and first.head.head.i != first.head.i
            and any(t.text == "(" for t in first.doc[max(no.i - 2, 0):no.i]))


def _denied_wanting(token, data_tokens: set[int]) -> bool:
    """Whether `token` (a wanting verb) is denied by a first-person subject and has a data term as its own object, with
    no clause of its own ("to be …") and no period ("for any longer than we need it")."""
    return (_has_subject(token, FIRST_PERSON) and any(c.dep_ == "neg" for c in token.children)
            and any(c.dep_ in ("dobj", "obj") and c.i in data_tokens for c in token.children)
            and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
            and not any(t.lower_ in ("longer", "long") for t in token.subtree))


# safeguards that may share their object with a practice coordinated before them ("store and secure user data")
SAFEGUARDING_VERBS = frozenset({"protect", "secure", "safeguard", "encrypt"})


class PracticeRules:
    """Which verb governs a data phrase, and whether it states a practice: `_is_action`, `_governing_verb`,
    and the readings that make a verb or a practice noun a topic, a safeguard or a restriction instead."""

    # -- predicates -----------------------------------------------------------------------------------------
    def _is_action(self, token) -> bool:
        if token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_PRACTICES:
            return False  # nominal practices are reached only as heads of the data phrase
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG") and not _noun_with_object(token):
            return False
        lemma = token.lemma_.lower()
        if _event_of_a_thing_clause(token):
            return False  # "the dates the account was created and last used": which dates, no practice
        if _need_bounding_retention(token):
            return False  # "kept for as long as we need it": the retention's period, no collection
        if (token.tag_ == "VBG" and token.dep_ == "amod" and 0 < token.i < token.head.i
                and token.doc[token.i - 1].tag_ == "HYPH"):
            # "location-tracking data", "data-sharing agreements": a compound before its noun says which data or which
            # document is meant, not that anyone tracks or shares
            return False
        if (token.tag_ == "VBG" and token.dep_ in ("acl", "advcl", "conj") and token.i
                and token.doc[token.i - 1].lower_ in (",", "and", "or")
                and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i
                and not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in token.doc)):
            # "Library records, reading progress, bookmarks, and reading settings": a gerund opening an item of a
            # verbless list of nouns names the item ("reading progress"), no one reads it
            return False
        if (token.lower_ == "logs" and token.tag_ == "VBZ" and token.dep_ in ("pobj", "dobj", "ccomp", "appos", "conj")
                and token.i and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN")
                and token.doc[token.i - 1].head.i == token.i and not any(
                    c.dep_ in ("dobj", "obj") for c in token.children)):
            # "We will not disclose IP address logs", "such as IP address logs": the noun "logs" in a noun's place,
            # the word before it naming what they hold, not a verb logging it
            return False
        if lemma == "provide" and token.lower_ == "provided" and token.i + 1 < len(token.doc) and (
                token.doc[token.i + 1].lower_ == "that" and token.i and token.doc[token.i - 1].text == ","):
            return False  # "We will comply with such requests, provided that we have enough information": a condition
        if lemma == "match":
            # a check that named data matches something else uses the data ("confirm that the name on the document
            # matches the name given", GUIDELINES: verifying), the data being the subject of "match" or, active, its
            # object ("we match your email address against our list"); not a place or thing that matches ("the AWS
            # region that matches your country") nor a gerund naming a method ("Blocking works by matching company
            # names"), unless it compares named data with something ("we verify a request by matching your name …
            # against our records")
            if token.tag_ == "VBG" and not any(c.dep_ in ("aux", "nsubj") for c in token.children):
                against = next((t for t in token.subtree if t.lower_ == "against" and t.dep_ == "prep"), None)
                return against is not None and any(
                    c.dep_ in ("dobj", "obj") and c.i in self._inside_terms
                    and any(t.lower_ in ("your", "their") and t.i < against.i for t in c.subtree)
                    for c in token.children)
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i in self._inside_terms for c in token.children):
                return True
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            return (subject is not None and subject.pos_ == "PRON" and subject.lower_ not in ("that", "which", "it")
                    and any(c.dep_ in ("dobj", "obj") and c.i in self._inside_terms for c in token.children))
        if lemma == "base":  # "ads based on your location"; "location-based information" is no predicate
            # what records kept are based on is what they hold ("We maintain profiles on our customers based on past
            # interactions (e.g. email address, gender)": store, GUIDELINES: maintaining named data)
            # the parser hangs "based" on the records or on the keeping verb
            keeping = token.head.head if token.dep_ == "acl" and token.head.dep_ in ("dobj", "obj") else token.head
            kept = (token.dep_ in ("acl", "prep", "advcl") and self.lex.verbs.get(keeping.lemma_.lower()) == "store"
                    and any(c.dep_ in ("dobj", "obj") for c in keeping.children))
            return not kept and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in token.children)
        if (lemma in self.lex.linking_verbs and token.tag_ == "VBN" and token.dep_ == "amod" and token.i < token.head.i
                and not any(True for _ in token.children)):
            # "delete their account and associated Usage Data", "all linked accounts": a participle before its noun
            # says which data is meant, not that anyone links it
            return False
        if (lemma in self.lex.relation_participles and token.tag_ == "VBN"
                and not any(c.dep_ in ("agent", "nsubj") or c.dep_ == "auxpass" and c.tag_ != "VBG"
                            # "will be submitted to our Git repositories and publicly associated with your
                            # username": a passive sharing the first verb's auxiliary, kept where anyone sees it
                            or c.dep_ == "advmod" and c.lower_ == "publicly"
                            for c in token.children)
                and not (token.dep_ == "acl" and (self._enclosing_action(token.head) is not None
                                                  or _included_in_demonstrative(token.head)))):
            # "identifiers associated with the TV", "a unique identifier being associated with your data", "the
            # address becomes associated with the username": a participle with no one doing it says how data relates
            # to other data, not that anyone links it; a passive clause ("Your email address is associated with your
            # interaction data"), "we associate X with Y" and a participle on data a practice is on ("we obtain
            # demographic details associated with your IP address": the address is used) state the linking
            return False
        if _denied_derivation(token, self.lex.derivation_verbs):
            # "This ID is not derived from hardware or personal information", "a random UUID, not derived from your
            # machine": how a value is made, not a practice on it or on what it is not made from
            return False
        if lemma == "screen":
            # "We screen the names of account holders against sanctions lists", "Moderators may screen chat messages",
            # "messages are screened for spam" check the data; "screening answers" is a noun's modifier and "which
            # screens you open" the noun "screens"
            return token.tag_ != "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                                   for c in token.children)
        if lemma == "refer":
            # "we may refer the balance, together with your name, … to a collection agency": passed on; not "the data
            # referred to above", "refer to our cookie policy", "referred to as"
            return (not any(c.dep_ == "auxpass" for c in token.children)
                    and any(c.dep_ in ("dobj", "obj") and c.pos_ != "PRON" for c in token.children)
                    and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children))
        if lemma == "set" and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "forth") for c in token.children):
            # "the personal data set out in this Notice", "the log data set forth below": where the document states
            # something, no setting of the data ("set cookies", "set up your account" stay)
            return False
        if lemma == "set" and token.lower_ == "setting" and not any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.lex.tracker_nouns for c in token.children):
            # a setting, or the person's act of setting something ("your Windows diagnostic data setting", "Android
            # phones need Location setting on", "Setting your profile to private in Settings hides it"): no practice
            # on the data ("setting cookies on your device" stays a use of cookies)
            return False
        if lemma == "assign":
            # giving something an identifier to know it by: "we assign each device a persistent identifier", "We assign
            # you a user ID" (two objects); not a participle ("sex assigned at birth", "the ID assigned to each
            # message", "an identifier we assign to the installation" says which value is meant)
            objects = [c for c in token.children if c.dep_ in ("dative", "dobj", "obj", "npadvmod")]
            return (token.tag_ in ("VB", "VBP", "VBZ", "VBD") and len(objects) >= 2
                    and not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children))
        if lemma == "make":  # "make X available / public / accessible to Y" is sharing
            return _makes_available(token) is not None
        if self._stays_hidden(token):  # "your payment details remain hidden from guests"
            return True
        if lemma in COPULAS and not _gets_object(token):  # "your posts are public", "becomes accessible to other users"
            return (_availability(token, self.lex.public_record_verbs) is not None or self._required(token)
                    or lemma in self.lex.staying_verbs and _retention_period(token, True)
                    or self._stays_kept(token))
        # "your review may be displayed to other users", "other users can see X"
        if _shown_to_others(token, self.lex, self._previous_sentence):
            return True
        if lemma in OUTSIDE_VIEWING_VERBS and self._outside_viewer(token) is not None:
            return True  # "our contractor may view your account details": shown to that party
        if lemma in SEEING_VERBS:  # "we never see your card number": what reaches us
            if lemma == "learn" and not any(c.dep_ in ("dobj", "obj") and c.lower_ not in ("more", "how", "what")
                                            for c in token.children):
                return False
            return _has_subject(token, FIRST_PERSON) or self._seeing_party(token) is not None
        if lemma == "tell":  # "Paddle tells us your plan", "you tell us about dietary needs": we are told the data
            return _tells_us(token) or _told_party(token)  # "the breakdown service is told where the car is"
        if self._passed_through(token) is not None:  # "calls are routed through our provider, Twilio Inc."
            return True
        if lemma in CROSSING_VERBS or lemma in self.lex.movement_verbs:
            # "X never leaves your device", "your password never reaches us", "crash reports go to Sentry"
            return self._crossing(token) is not None
        if _signs_up_with(token):  # "you sign up with your email address": given to the service
            return True
        if lemma == "log" and _signs_in(token, self.lex.sign_in_particles):  # "by logging into your account"
            return False
        if self._kept_confidential(token):  # "keep X confidential", "maintain the secrecy of X": a safeguard
            return False
        if lemma == "keep" and _keeps_in_state(token):  # "to keep you signed in", "so that we can keep them working"
            return False
        if lemma in UNDELETED_VERBS and lemma not in self.lex.deletion_verbs:  # "commits will not be rewritten"
            return _kept_undeleted(token)
        if lemma in self.lex.deletion_verbs:  # "server logs are deleted after 30 days": a retention period
            return _retention_period(token) or _kept_undeleted(token)
        if lemma in self.lex.staying_verbs:  # "the cookie will persist for a maximum of 2 weeks"
            return _retention_period(token, True)
        if lemma in self.lex.derivation_verbs:  # "we work out your country from your IP address"
            return _derived_from(token)
        if lemma in WRITING_VERBS:  # "Application logs are written to the application log": recorded; "write notes"
            # is not, nor a log written "in a folder on your device"; "writes workout data to Apple Health", "exports
            # your workout data to a private GitHub repository": given to that party's service
            return lemma == "write" and _writes_a_log(token, self.lex.own_devices) or _named_party(self._recipient(token))
        if lemma in RETURNING_VERBS:  # "Jumio returns to us the name it read": handed back to us, with an object
            return self._recipient(token) == FIRST_PARTY and any(c.dep_ in ("dobj", "obj") for c in token.children)
        if lemma in self.lex.concealment_verbs:  # "your phone number is hidden": passive only
            return any(c.dep_ == "auxpass" for c in token.children)
        if lemma in self.lex.purchase_verbs:  # "we may also purchase demographic information": bought by us only
            return _has_subject(token, FIRST_PERSON)
        if lemma in WANTING_VERBS:  # "we don't want any private information": a denial of intent to collect it
            return _denied_wanting(token, self._inside_terms)
        if _phrasal_verb(token) in self.lex.phrasal_verbs:  # "turn over user information": its particle decides
            return True
        if lemma in self.lex.user_records and (lemma not in self.lex.verbs or _has_subject(token, SECOND_PERSON)):
            # "you photograph your driver's license", "you answer questions about your health": the user records the
            # data in the service; no denial
            return (_has_subject(token, SECOND_PERSON) and self._negated(token, None) is False
                    and not (lemma == "log" and any(c.dep_ == "prt" for c in token.children))  # "you log in and …"
                    and any(self._names_data(c) for c in token.children if c.dep_ in ("dobj", "obj")))
        if lemma in self.lex.user_picks:  # "you choose a username and password"; no denial
            return (_has_subject(token, SECOND_PERSON) and self._negated(token, None) is False
                    and any(c.dep_ in ("dobj", "obj") and c.i in self._inside_terms for c in token.children))
        return lemma in self.lex.verbs or lemma in self.lex.user_provides

    def _names_data(self, noun) -> bool:
        """Whether the object `noun` is a data phrase, or names one as what it is about or of ("surveys about your
        health history", "a photo of your ID card")."""
        if noun.i in self._inside_terms:
            return True
        return any(c.dep_ == "prep" and c.lower_ in ("about", "of", "on") and any(
            g.dep_ == "pobj" and g.i in self._inside_terms for g in c.children) for c in noun.children)

    def _stays_kept(self, verb) -> bool:
        """Whether data is said to stay or remain in a kept state ("your username stays reserved", "the record remains
        archived"; cue `kept_states`): it is retained, with no period (GUIDELINES: named data kept beyond the account's
        deletion); not staying visible ("stay public", an availability)."""
        lemma = verb.lemma_.lower()
        return lemma in COPULAS and lemma in self.lex.staying_verbs and any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in self.lex.kept_states for c in verb.children)

    def _kept_confidential(self, verb, data=None) -> bool:
        """A storing verb that keeps something confidential, secret or safe ("We keep IP addresses confidential", "you
        are responsible for maintaining the secrecy of your password"): a safeguard, not a statement of storage. With
        `data`, only when the data phrase is what is kept so ("keep the TV secure" says nothing of the data before it)."""
        if self.lex.verbs.get(verb.lemma_.lower()) != "store":
            return False
        found = any_match(self.lex.confidentiality, _doc_text(verb.doc)[verb.idx:verb.idx + 140])
        return found is not None and (data is None or verb.idx < data.idx < verb.idx + found.end() + 40)

    def _governing_verb(self, token):
        """The action verb governing `token`, 'user-control' for the user's own actions, or None."""
        current = token
        came_from_conj = False
        arrived_as_object = arrived_as_subject = False
        via_examples = False  # reached the head noun through "including" / "such as"
        if self._made_into_aggregate(token):
            return "user-control"
        if _subject_of_parenthesised_verb(token):
            return None  # "- Country based on OS settings (does not use geolocation)": the aside governs no item noun
        if _parenthesised_denial(token):
            return None  # "Uses anonymous authentication (no accounts or email addresses)": a verbless denial
        if _fronted_topic_with_own_object(token):
            return "user-control"  # "In terms of your personal data, we'll be using your email address to …"
        if _role_for_data(token):
            return "user-control"  # "X is the data controller of personal data they collect using the form"
        if _linked_to(token):
            return "user-control"  # "we do not link this automatically collected data to personal information"
        listed = self._practice_read_as_compound(token)
        if listed is not None:
            return listed  # "analyze trends, administer the site, track [NOUN] users' movement"
        misread = _object_read_as_verb(token)
        if misread is not None and self._is_action(misread):
            return misread  # "We send newsletters and offers [VERB] to your email address"
        if token.pos_ == "VERB" and token.lemma_.lower() in self.lex.derivation_verbs and self._is_action(token):
            return token  # "in order to approximate your location", matched whole: the verb works the data out
        controller = _infinitive_subject_of_control(token)
        if controller is not None and self._is_action(controller):
            return controller  # "We need your personal data to provide our services", parsed as "data … to provide"
        guard = _object_read_as_clause_subject(token)
        if (guard is not None and guard.i < token.i and guard.lemma_.lower() in self.lex.blocking_verbs
                and not _own_object(guard, None, strict=True)):
            # "we protect your data using encryption", "Azure Cloud, which encrypts your data to prevent it being
            # accessed": the data is the object of the safeguard, not the subject of the clause after it
            return "user-control"
        procedure = _conditioned_procedure(token)
        if procedure is not None and not self._is_action(procedure):
            return "user-control"  # "If our vendors have access to User Personal Information, they must comply …"
        relative = _denied_item_read_as_antecedents(token)
        if relative is not None and self._is_action(relative):
            return relative  # "We use FCM, which is given a push token, but not your email address"
        main = _subject_taken_by_fronted_list(token)
        if main is not None and self._is_action(main):
            return main  # "If X is involved in a merger or sale of assets, your account information … may be transferred"
        main = _subject_of_participle_read_as_clause(token)
        if main is not None and self._is_action(main):
            return main  # "The name and email address entered in the form will be shared with Sentry"
        described = self._use_described_before_means(token)
        if described is not None:
            # "We collect information on how you use the site, using cookies": the means of the enclosing practice;
            # in a verbless list item ("- information on how you use the site, using cookies") its context decides
            enclosing = self._enclosing_action(described)
            if enclosing is not None or described.dep_ == "ROOT":
                return enclosing
        if _indirect_question_item(token, self.lex.user_subjects):
            return None  # "- what operating system you are using;": the item names the data, its list the practice
        antecedent = _list_item_taken_by_user_clause(token, self.lex.user_subjects)
        if antecedent is not None:
            current = antecedent  # "the type of device you are using, general location information": an item of the list
        split = _compound_split_by_relative(current)
        if split is not None:
            current = split  # "The device ID is not …", parsed as "The device [that] ID is not …": go on from "ID"
        for _ in range(12):
            if current.i != token.i and _capability_clause(current):
                # "information that can be used to contact or identify you (“Personal Data”)": what the data could
                # be used for is no practice; the noun it describes, and so the verb governing that, decides
                current = current.head
                came_from_conj = arrived_as_object = arrived_as_subject = False
                continue
            later_verb = _verb_before_second_object(current) if current.pos_ in ("NOUN", "PROPN") else None
            if later_verb is not None and self._is_action(later_verb):
                # "PostHog uses cookies to help PostHog identify and track visitors, their usage of the Websites",
                # "Google Analytics sets cookies and collects the pages you visit, the site that referred you": the
                # parser hung the later object on the first verb, which already has its own; the verb before it governs
                return later_verb
            if current.dep_ == "prep" and current.lower_ in self.lex.example_prepositions:
                via_examples = True
                stolen = self._examples_of_main_object(current)
                if stolen is not None:
                    return stolen
                described = self._noun_of_describing_clause(current)
                if described is not None:
                    # "the type of device you are using (possibly including unique device identification numbers)",
                    # "a unique ID that allows us to identify your account (including a persistent device
                    # identifier)": the examples hung on the verb of a clause describing a noun exemplify that noun
                    current = described
                    came_from_conj = arrived_as_object = arrived_as_subject = False
                    continue
            for child in current.children:
                # a clause on the exemplified noun governs its examples wherever it stands ("personal information
                # provided by our users, including zip code")
                if (child.dep_ in ("relcl", "acl") and self._is_action(child) and not _kept_in_place(child, self.lex)
                        and not _derived_head_of_basis(child)
                        and not self._revealing_clause(child)
                        and not (_describing_participle(child) and (self._enclosing_action(current) is not None
                                                                    or _included_in_demonstrative(current)))
                        and not _users_means_participle(child)
                        and not _describes_transferred_asset(current, child)
                        and not self._derived_then_discarded(child, current)
                        and (child.i > token.i - 1 or via_examples and current.i != token.i and child.dep_ == "acl"
                             and not _own_object(child, None, strict=True))
                        and not _purpose_clause(child, token) and not _capability_clause(child)):
                    if (current.i != token.i or child.i > token.i) and self._governs_from_clause(child):
                        # "we do not collect any information about the emails you send": the enclosing practice
                        # counts, not the user's own verb
                        outer = None
                        if self._topic_of_non_data(current):
                            # "rights regarding their personal data processed by us", "questions about the personal
                            # information we hold": the clause describes what is talked about; no practice is stated
                            return "user-control"
                        if self._safeguarded(current, child):
                            # "safeguard any personal information they receive", "protect the data we collect": the
                            # data is the object of a non-practice verb; its stock description states no practice
                            return "user-control"
                        if _user_clause(child, self.lex.user_subjects):
                            outer = self._enclosing_action(current) or _responding_verb(current)
                        elif (child.dep_ == "relcl" and current.dep_ in ("dobj", "obj", "pobj")
                              and self.lex.verbs.get(child.lemma_.lower()) == "collect"):
                            # "we will not share information we collect about you": the stock description names the
                            # data; the practice is the verb it is the object of
                            enclosing = self._enclosing_action(current)
                            if enclosing is not None and self.lex.verbs.get(enclosing.lemma_.lower()) in ("share", "use", "store"):
                                outer = enclosing
                        if (outer is None and child.dep_ in ("relcl", "acl")
                                and self.lex.verbs.get(child.lemma_.lower()) == "collect"):
                            # "There will be no transfer to third parties of the personal data collected as part of
                            # the newsletter service", "no sharing of the data we collect": the clause only names the
                            # data of the nominal practice it is the "of" object of (GUIDELINES: relative clauses)
                            nominal = self._nominal_practice_over(current)
                            if nominal is not None:
                                outer = nominal
                        if outer is None and self._restricted_practice(child):
                            return "user-control"  # "opt out of having your information shared with partners"
                        if (outer is None and child.dep_ == "relcl" and _stock_description(child)
                                and _reached_by_the_user(current)):
                            # "You may have access to any of the information we collect about you", "you can request
                            # a copy of the data we hold": a right of the user over the data, named by the stock
                            # description, states no practice of ours (GUIDELINES: relative clauses, user rights)
                            return "user-control"
                        return outer if outer is not None else child
            if (current.i != token.i and current.pos_ in ("VERB", "AUX")
                    and _users_indirect_question(current, self.lex.user_subjects)):
                # "details of which version of web browser you used": the indirect question names the data; the
                # user's verb in it states no practice, the noun it completes ("details of") or the list it is an
                # item of does
                if current.dep_ == "ROOT":
                    return None
                if (current.dep_ == "pcomp" and current.head.dep_ == "prep"
                        and current.head.head.pos_ in ("NOUN", "PROPN")):
                    current = current.head.head
                    came_from_conj = arrived_as_object = arrived_as_subject = False
                    continue
            # a verb reached through coordination ("provide support, personalize X") governs only its own objects
            coordinated_away = came_from_conj and _own_object(current, None, strict=True)
            inside_term = current.i in self._inside_terms  # "call logs" mis-tagged as a verb phrase
            prepositional = current.dep_ == "prep" and current.lower_ != "based"  # "including", "such as": no predicate
            if (current.i != token.i and (current.pos_ in ("VERB", "AUX") or _noun_with_object(current))
                    and not coordinated_away and not inside_term and not prepositional):
                lemma = current.lemma_.lower()
                if lemma in OWN_VIEWING_VERBS and _own_record(token) and not _has_subject(current, FIRST_PERSON):
                    # "Child devices can only read their own transaction data", "Child devices access a read-only view
                    # of their own transaction data": people or their devices shown their own record, no practice
                    return "user-control"
                obliged = _obliged_practice(current)
                if (obliged is not None and not arrived_as_object and not arrived_as_subject
                        and self._is_action(obliged)):
                    # "Cake Labs may be required by authorities to disclose Personal Data …, including your e-mail
                    # address, Telegram username, or Reddit username": the parser hung the rest of the list on
                    # "required"; the practice is the verb the party is required to do
                    return obliged
                if arrived_as_subject and _users_means_participle(current):
                    return None  # "…, type of internet browser used": the item names what the user uses
                if (arrived_as_subject and lemma in ("use", "utilize", "utilise", "employ")
                        and current.tag_ in ("VBP", "VBZ", "VBD")
                        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in current.children)):
                    # "Private group messages use ChaCha20-Poly1305", "servers use append-only logs": the data (or the
                    # thing named by a data word) uses something; nothing is done with it
                    return None
                if self._is_action(current):
                    denied = self._denied_revealing_object(current)
                    if denied is not None:
                        return denied
                    # "opt out of sharing information about your creditworthiness": a choice, no practice; "their
                    # own policy for processing your information": a topic, no practice
                    return "user-control" if (self._restricted_practice(current) or self._gerund_as_topic(current)
                                              or _classified_or_referred(current)
                                              or self._who_may_practise(current)) else current
                if arrived_as_subject:
                    # "X receives A, B and C, and crash logs go to Y": the parser made the rest of the object list the
                    # subject of the later clause, with the practice as its clausal complement before the data
                    stolen = next((c for c in current.children if c.dep_ == "ccomp" and c.i < token.i
                                   and self._is_action(c) and any(g.dep_ in ("dobj", "obj") for g in c.children)), None)
                    if stolen is not None:
                        return stolen
                if lemma in COPULAS and arrived_as_subject:
                    transferred = _transferred_asset(current)
                    if transferred is not None and self._is_action(transferred):
                        return transferred  # "personal information may be one of the assets transferred"
                if (lemma == "be" and current.dep_ == "advcl" and not arrived_as_object
                        and getattr(_subject_token(current), "pos_", "PRON") != "PRON"):
                    # "(explicit consent, since face templates are biometric data)": a clause that classifies the data
                    # as a category states no practice
                    return "user-control"
                if lemma == "be" and arrived_as_subject:
                    defined = practice_of_bare_complement(current, self._is_action)
                    if defined is not None:
                        return defined  # "Log information is information we automatically collect": collected
                if lemma == "be" and arrived_as_subject and any(c.dep_ in ("acomp", "attr") for c in current.children):
                    # "Our website logs are confidential and stored privately", "The device ID is not the Android
                    # Advertising ID and is not shared with advertisers": the subject of the adjective or of what it
                    # is (or is not) is that of the practice coordinated with it, not an inclusion
                    partner = next((c for c in current.conjuncts if c.i > current.i and self._is_action(c)
                                    and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.children)), None)
                    if partner is not None:
                        return partner
                framed = lemma not in INCLUSION_VERBS and _inclusion_frame(current, self.lex)
                if lemma in INCLUSION_VERBS or framed:
                    subject = _subject_token(current)
                    if subject is None and framed:  # "The data we collect is limited to X": the passive's subject
                        subject = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
                    if subject is not None and subject.dep_ == "csubj" and self._is_action(subject):
                        return subject  # "(information) we may access … may include X": parsed as a clausal subject
                    if subject is not None:
                        for child in subject.subtree:
                            if child.dep_ in ("relcl", "acl") and self._is_action(child):
                                return child
                        practice = _practice_participle(subject)
                        if practice is not None and self._is_action(practice) and _negation(current) is None:
                            # "Collected diagnostic data is in the form of crash dumps"; not "Collected data never
                            # includes your location", which names no practice on it
                            return practice
                    clause = _first_conjunct(current)  # "(which include A, B, and may include C)": C's clause too
                    relative = None if clause.dep_ in ("relcl", "acl") else _relative_inclusion_before(current)
                    if relative is not None:
                        # "logs of error messages (which include the page you were on, and may include your IP
                        # address)": the parser joined the subjectless C to the main clause; its clause is the
                        # relative one before it
                        clause, subject = relative, None
                    if clause.dep_ in ("relcl", "acl") and (subject is None or subject.lower_ in ("which", "that")):
                        # "your billing information, which may include your card data": go on from the antecedent
                        current = clause.head
                        came_from_conj = arrived_as_object = False
                        continue
                    return None  # "X includes A, B": verbless, context decides
                partner = next((c for c in current.conjuncts if c.i > current.i and self._is_action(c)
                                and not _own_object(c, None, strict=True)
                                and c.lemma_.lower() not in self.lex.concealment_verbs), None)  # hides its subject only
                if (partner is None and current.dep_ == "ROOT" and _first_conjunct(token).dep_ == "nsubjpass"
                        and _first_conjunct(token).head.i == current.i):
                    # "Calendar events are fetched when you ask for them and are cached for 24 hours": the parser hung
                    # the passive coordinated with the main verb on the clause before it; with no subject of its own it
                    # shares the main verb's
                    partner = _passive_after_clause(current)
                    if partner is not None and not self._is_action(partner):
                        partner = None
                if partner is not None and arrived_as_object:
                    return partner  # "we measure and collect session information": the object is shared
                if partner is not None and arrived_as_subject and not any(
                        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in partner.children):
                    return partner  # "your notes stay on your device and are never uploaded": the subject is shared
                if lemma in self.lex.user_controls and _has_subject(current, SECOND_PERSON):
                    return "user-control"
                if lemma == "log" and current.tag_ in ("VBG", "VBN") and _signs_in(current, self.lex.sign_in_particles):
                    return "user-control"  # "by logging into your account and adjusting your profile information"
                if (arrived_as_object and lemma in self.lex.blocking_verbs and current.dep_ == "conj"
                        and self.lex.verbs.get(current.head.lemma_.lower()) == "collect"
                        and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in current.head.children)
                        and not _own_object(current.head, None, strict=True)):
                    return current.head  # "we will track and aggregate your public activities": the object is shared
                if (arrived_as_object and lemma in SAFEGUARDING_VERBS and current.dep_ == "conj"
                        and current.head.i < current.i
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
                        and current.head.pos_ in ("VERB", "AUX")
                        and self.lex.verbs.get(current.head.lemma_.lower()) in ("collect", "use", "store", "share")
                        and current.head.lemma_.lower() not in self.lex.user_controls
                        and self._is_action(current.head)
                        and not _has_subject(current.head, SECOND_PERSON)
                        and _negation(current.head) is None and _negation(current) is None
                        and not _own_object(current.head, None, strict=True)):
                    # "Cloud hosting providers to store and secure user data", "required to process and protect your
                    # personal data": the safeguard shares its object with the practice before it, which states it
                    return current.head
                if arrived_as_object and lemma in self.lex.blocking_verbs:
                    return "user-control"  # the data is the object of a non-practice verb ("protect your data")
                if self._kept_confidential(current, token):
                    return "user-control"  # "we keep IP addresses confidential": a safeguard, not storage
                if (arrived_as_object and current.dep_ == "advcl" and getattr(_object_of(token), "i", None) == current.i
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)):
                    # the object of a purpose infinitive ("reads your clipboard to insert a wallet address")
                    return "user-control"
            if (current.i != token.i and current.pos_ == "NOUN" and current.lemma_.lower() in SENDING_NOMINALS
                    and any(c.dep_ == "det" and c.lower_ == "no" for c in current.children)):
                return current  # "No network transmission of personal data": a denied sending (`SENDING_NOMINALS`)
            if (current.i != token.i and current.pos_ == "NOUN" and current.lemma_.lower() in NOMINAL_PRACTICES
                    and not _users_own_use(current)):
                # "the collection of your location", "sharing of data"; not "opt out of the sale of X", "we limit our
                # use of X": a choice or a restriction, no practice; nor "information about your use of the services,
                # including your IP address", the user's own use (the list goes on up to "collect information")
                restricted = (self._restricted_practice(current) or self._practice_as_topic(current, token)
                              or _classified_or_referred(current) or _unlawful_practice(current, self.lex)
                              or _practice_to_be_lawful(current) or _practice_ensured_proper(current))
                return "user-control" if restricted else current
            if (current.i != token.i and _access_holder(current) is not None
                    and not _has_subject(current.head, SECOND_PERSON)):
                return current.head  # "our partners have access to your email address"
            if current.dep_ == "ROOT" or current.head.i == current.i:
                if current.i in self._inside_terms:
                    # "… are monitored to gather X, including the pages visited": the parser made the verb of a data
                    # term the root and hung the real predicate under it
                    return self._demoted_predicate(current)
                resumed = _clause_after_parenthesis(current)
                if resumed is not None:
                    # "your listening history (the tracks played on your speakers) is kept for 18 months": the parser
                    # made the verb inside the parenthesis a root; the sentence goes on after it
                    current = resumed
                    came_from_conj = arrived_as_object = False
                    continue
                return None
            came_from_conj = (current.dep_ == "conj" and current.pos_ in ("VERB", "AUX")
                              and current.i not in self._inside_terms)
            arrived_as_object = current.dep_ in ("dobj", "obj", "nsubjpass", "dative") and (
                current.i == token.i or current.pos_ in ("NOUN", "PROPN", "PRON"))
            arrived_as_subject = current.dep_ == "nsubj" and current.pos_ in ("NOUN", "PROPN")
            if (current.dep_ in ("ccomp", "parataxis") and current.pos_ in ("VERB", "AUX")
                    and current.head.i > current.i and _semicolon_between(current, current.head)):
                # "… let us know which plan you are on; your card details never reach us": a clause before a
                # semicolon that the parser hung under the next one has no practice from it
                return None
            if (current.dep_ == "conj" and current.pos_ in ("NOUN", "PROPN") and current.head.pos_ == "VERB"
                    and current.head.dep_ == "advcl" and current.head.i < current.i
                    and any(c.dep_ == "mark" for c in current.head.children)):
                # "we collect your name and, if you rent or buy movies, your billing ZIP code": the parser joined the
                # rest of the object list to the interrupting condition; it goes on the object list of the main verb
                current = current.head
                arrived_as_object = True
            elif current.pos_ in ("NOUN", "PROPN") and (
                    time_clause := _list_item_taken_by_time_clause(current, self.lex.user_subjects)) is not None:
                # "your IP address, the sites that you visit just after you use the Service, the pages you view":
                # the parser made the next item an object of the user's time clause; it goes on the list
                current = time_clause
                arrived_as_object = True
            current = current.head
        return None

    def _derived_then_discarded(self, participle, noun) -> bool:
        """"the biometric template derived from your selfie is discarded as soon as the comparison has been made": the
        participle describes what the data is made from; the sentence states its disposal, not its collection."""
        return (participle.dep_ == "acl" and participle.tag_ == "VBN"
                and (participle.lemma_.lower() in self.lex.derivation_verbs
                     or participle.lemma_.lower() in MAKING_VERBS)
                and noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in self.lex.blocking_verbs
                and not self._is_action(noun.head))  # "… is deleted after 30 days" keeps it for a period

    def _denied_revealing_object(self, verb):
        """The denied practice whose object is described by the clause of `verb` as revealing the data: "does not
        collect any data that would allow us to infer your identity or location", "we never request data that could
        reveal your health status" deny the data it names. The object must be the clause's subject ("information we
        collect about you" is no such clause)."""
        clause = verb
        while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which")
                                             for c in clause.children):
            return None
        obj = clause.head
        outer = obj.head
        if (obj.dep_ in ("dobj", "obj") and _negation(outer) is not None and self._is_action(outer)
                and self.lex.verbs.get(outer.lemma_.lower()) == "collect"):
            return outer
        return None

    def _safeguarded(self, noun, clause) -> bool:
        """Whether `noun`, described by the practice `clause`, is what a safeguard protects: the object of a non-practice
        verb ("protect the data we collect"), or guarded through a noun ("protect the confidentiality … of the personal
        information collected", "safeguards to protect against unauthorized use … of the information we collect", "the
        protection of all information we receive"), also when the clause describing the data hangs on the safeguard
        noun itself ("the confidentiality, security, and integrity of personal information obtained through the Sites")
        or is a participle ("protect the personal information submitted to us", "de-identify and aggregate Personal
        Information collected through the Website"), also as a later item of the object list ("protect your personal
        data and the personal data you provide about other people"), or the data is what an unlawful practice would
        reach ("prevent unauthorised access to or disclosure of the data we collect about you")."""
        held = noun.head.head if (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                                  and noun.head.head.pos_ in ("PRON", "DET")) else noun  # "any of the data we collect"
        while held.dep_ == "conj" and held.head.i != held.i and held.head.pos_ in ("NOUN", "PROPN"):
            # "protect your personal data and the personal data you provide about other people": a later item of the
            # object list is guarded by the same verb
            held = held.head
        if held.dep_ == "conj" and held.head.pos_ in ("VERB", "ADJ", "AUX") and held.head.i < held.i:
            # "committed to protecting the privacy and security of your personal data, and the personal data you
            # provide about other people": the parser joined the later item to the verb before the safeguard; the
            # nearest verb before it is the one whose object it is
            verb = next((t for t in reversed(held.doc[held.head.i + 1:held.i]) if t.pos_ == "VERB"), None)
            if (verb is not None and verb.lemma_.lower() in self.lex.blocking_verbs
                    and any(c.dep_ in ("dobj", "obj") for c in verb.children) and clause.dep_ in ("relcl", "acl")):
                return True
        if (clause.dep_ in ("relcl", "acl") and held.dep_ in ("dobj", "obj")
                and (held.head.lemma_.lower() in self.lex.blocking_verbs or self._kept_confidential(held.head, held))
                and not (held.head.lemma_.lower() in self.lex.deletion_verbs and _retention_period(held.head))):
            # "protect the data we collect", "keep all personal data they process on our behalf secure"; not a deletion
            # with its period ("we delete the information we hold about you after 3 years": a retention period)
            return True
        if clause.dep_ in ("relcl", "acl") and held.dep_ in ("nsubj", "nsubjpass") and _in_safe_keeping(held.head):
            # "the personal information you give us is safe and secure with us", "we cannot guarantee that the
            # Personal Information you supply will not be intercepted": how safe the data is, no practice
            return True
        if clause.dep_ in ("relcl", "acl") and noun.lemma_.lower() in self.lex.safeguard_nouns:
            return True
        current = noun
        for _ in range(8):
            head = current.head
            if current.dep_ == "conj" and head.pos_ == "NOUN":
                current = head
                continue
            if current.dep_ != "pobj" or head.lower_ not in ("of", "against"):
                return False
            owner = head.head
            if (owner.lemma_.lower() in self.lex.safeguard_nouns
                    or head.lower_ == "against" and owner.lemma_.lower() in self.lex.blocking_verbs
                    or head.lower_ == "of" and owner.pos_ == "NOUN" and _unlawful_practice(owner, self.lex)):
                return True
            if owner.pos_ != "NOUN" or head.lower_ != "of":
                return False
            current = owner
        return False

    def _talked_about_or_guarded(self, token, verb) -> bool:
        """Whether the data at `token` is only talked about or guarded, with no practice on it: the topic of our
        dealings, or, under a practice `verb`, what our own people may access, a legal basis, or what a security
        measure is for."""
        if _topic_of_a_message(token):
            # "to contact you about your use of our Services": what we write to the user about is no data handled
            return True
        if self._topic_of_dealings(token):
            # "to understand our practices regarding your personal data", "taking action regarding your Personal
            # Data", "a security issue concerning your data": what is dealt with is talked about, not handled
            return True
        if verb is None:
            return False
        if verb.dep_ in ("acl", "relcl") and _controlled_data(verb.head) and token in verb.head.subtree:
            # "the DfE is the data controller for the personal information collected from you": who controls the
            # data is no practice; the clause only identifies the data
            return True
        # "only staff who need access to player data can see it", "Employee access to genetic data is logged": which
        # of our own people may reach the data is an access control, a security measure
        return (_staff_access(token) and _negation(verb) is None and not _denied_access(token)
                and not _own_team_access(token.head.head)
                # "the types of lawful basis that we will rely on to process your personal data": a clause naming the
                # basis states no practice ("We process personal data on the basis of our contract" does)
                or _describes_legal_ground(verb)
                # "procedures to ensure that your Personal Information is only processed for …", "These measures
                # ensure your personal information receives the same level of protection"
                or self._serves_a_safeguard(token, verb))

    def _serves_a_safeguard(self, token, verb) -> bool:
        """Whether `token` and its practice `verb` lie inside what a security measure (cue `safeguard_measures`) is for:
        a clause or phrase hanging on the measure noun ("procedures that are intended to protect the Personal
        Information … against any unlawful form of processing of the Personal Information", "measures to maintain the
        safety of your personal information when you enter … your personal information", "safeguards … for any
        personal information transferred internationally") or the clause after a verb whose subject or object the
        measure is ("These measures ensure your personal information receives the same level of protection", "use
        strict procedures and security features to try to prevent your personal data from being … used"), or the
        clause before it that says when the measure is taken ("Once we have received your information, we will use
        strict procedures and security features …"). A clause coordinated with the one taking the measure keeps its
        practice ("We implement security measures and share …"); so does a deletion with its period ("We take
        measures to delete your information when it is no longer necessary": a retention period, GUIDELINES)."""
        if verb.lemma_.lower() in self.lex.deletion_verbs and _retention_period(verb):
            return False
        below = token
        for ancestor in token.ancestors:
            if ancestor.pos_ in ("NOUN", "PROPN") and _measure_named(ancestor, self.lex.safeguard_measures):
                return verb.i in {t.i for t in ancestor.subtree}
            if ancestor.pos_ in ("VERB", "AUX") and below.dep_ in ("xcomp", "advcl", "ccomp") and any(
                    c.dep_ in ("nsubj", "dobj", "obj") and (c.i < below.i or _after_it(below))
                    and _measure_named(c, self.lex.safeguard_measures) for c in ancestor.children):
                # the verb that takes the measure is no practice on the data either ("we will use strict procedures")
                return verb.i == ancestor.i or verb.i in {t.i for t in below.subtree}
            below = ancestor
        return False

    def _named_in_disclosure_item(self, token) -> bool:
        """Whether `token` is named inside a verbless definite phrase headed by what a disclosure reports (cue
        `disclosure_items`): the items of a right to know, "The categories of personal information it has collected about
        that consumer.", "The business or commercial purpose for collecting or selling personal information." describe
        what a request is answered with, not a practice. The statute's wording names neither us nor you ("the
        categories of websites and apps you visit, derived from the DNS queries …" is a policy's own item)."""
        root = token.sent.root
        return (root.i != token.i and root.pos_ == "NOUN" and root.lemma_.lower() in self.lex.disclosure_items
                and ":" not in token.sent.text
                and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
                and not any(t.lower_ in FIRST_PERSON or t.lower_ in SECOND_PERSON for t in token.sent))

    def _made_into_aggregate(self, token) -> bool:
        """Whether `token` is the source "from" which an aggregate or de-identified product is made ("we create aggregated
        and de-identified statistics from Employee Personal Data"): aggregate data is not annotated, nor its source."""
        if token.dep_ != "pobj" or token.head.lower_ != "from" or not self.lex.aggregate_products:
            return False
        product = token.head.head
        if product.pos_ in ("VERB", "AUX"):
            product = next((c for c in product.children if c.dep_ in ("dobj", "obj")), None)
            if product is None or product.i > token.i:
                return False
        start = product.left_edge.i
        if product.dep_ in ("dobj", "obj") and product.head.i < start:
            start = product.head.i  # "aggregated information": the tagger may read the adjective as the verb
        phrase = token.doc[start:product.i + 1].text
        return any(pattern.search(phrase) for pattern in self.lex.aggregate_products)

    def _who_may_practise(self, verb) -> bool:
        """Whether the practice is who may do it under a restriction ("We restrict who at Element can access user data
        to roles which require access", "we limit which employees can see your messages"): an access control."""
        subject = _subject_token(verb)
        asked = subject is not None and (subject.tag_ in ("WP", "WDT") or any(
            c.tag_ == "WDT" for c in subject.children))
        return (asked and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.blocking_verbs)

    def _restricted_practice(self, nominal) -> bool:
        """Whether a nominal practice, or a practice verb in a gerund or participle clause, is the object of a control or
        restriction verb ("opt out of the sale of X", "opt-out of the use of X", "object to our use of X", "we limit our
        use of X", "opt out of sharing X", "opt out of having X shared", "opt out of X being transferred"); not of a
        denying one ("we disabled the collection")."""
        current = nominal
        verbal = nominal.pos_ in ("VERB", "AUX")
        through_object_preposition = False  # a verb is the object of the control only through "of", "to", "from"
        for _ in range(8):
            allowed = ("pcomp", "xcomp", "acl", "pobj", "prep", "prt", "dobj", "obj") if verbal else (
                "conj", "pobj", "prep", "prt", "dobj", "obj")
            particle = current.dep_ == "advmod" and current.lower_ in ("in", "out")  # "opt out of", "of" on "out"
            if (current.dep_ not in allowed and not particle) or current.head.i == current.i:
                return False
            current = current.head
            through_object_preposition |= current.dep_ == "prep" and current.lower_ in ("of", "to", "from")
            if current.pos_ in ("VERB", "AUX"):
                lemma = current.lemma_.lower()
                if verbal and lemma in ("have", "be", "get") and current.dep_ == "pcomp":
                    continue  # "opt out of having X shared"
                if verbal:  # "opt out of sharing X", "opt in to sharing X", "opt out of X being transferred"; not
                    # "delete it after sending", "may opt to provide an email address"
                    opt_out = lemma == "opt" and any(c.lower_ == "out" for c in current.children) or (
                        lemma == "opt" and through_object_preposition and _offered_opt_in(current))
                    if lemma == "opt" and _negation(_first_conjunct(current)) is not None:
                        return False  # "You cannot opt out of sending us your country code": it is sent
                    return (lemma in self.lex.user_controls and lemma not in NEGATING_VERBS
                            and (through_object_preposition or opt_out) and (lemma != "opt" or opt_out))
                return (lemma in self.lex.user_controls or lemma in self.lex.blocking_verbs) and lemma not in NEGATING_VERBS
        return False

    def _practice_as_topic(self, nominal, token) -> bool:
        """Whether the nominal practice of `token` ("the collection … of X") is only the topic of something else
        ("choices regarding the collection, use, and sharing of your information", "complies with the Safe Harbor
        Framework … regarding the collection, use, and retention of personal information", "laws relating to the
        transfer of X", "the entity responsible for the processing of X", "This policy applies to the processing of X",
        "the lawfulness of the processing of X"); not "information about visitors' use of a Site, such as their IP address"."""
        step = token
        while step.head.i != nominal.i and step.head.i != step.i:
            if step.dep_ == "prep" and step.lower_ in self.lex.example_prepositions:
                return False  # examples of what the practice is about, not its data
            step = step.head
        if step.head.i != nominal.i or step.dep_ != "prep" or step.lower_ != "of":
            return False
        while nominal.dep_ == "conj" and nominal.head.pos_ == "NOUN":
            nominal = nominal.head
        preposition = nominal.head
        return nominal.dep_ == "pobj" and self._makes_topic(preposition, ("to", "for", "of", "on", "with"))

    def _gerund_as_topic(self, verb) -> bool:
        """Whether a gerund practice is only the topic of something else, like a nominal one ("questions about sharing
        your information", "their own policy for processing your information", "policies regarding disclosing X")."""
        preposition = verb.head
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or preposition.dep_ != "prep":
            return False
        return self._makes_topic(preposition, ("to", "for", "on"))  # not "of": "a policy of not sharing X"

    def _topic_of_non_data(self, noun) -> bool:
        """Whether `noun` is the object of a topic preposition on a noun that names no data ("rights regarding their
        personal data", "questions about the information we hold", also a later conjunct: "questions about our privacy
        policy, the data we hold on you"; not "information about the websites you visit")."""
        while noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.dep_ != "prep" or not self._makes_topic(preposition, ("to",)):
            return False
        owner = preposition.head if preposition.lower_ != "to" else preposition.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return not self._is_action(owner)  # "exercise certain rights regarding their personal data processed by X"
        return (owner.pos_ in ("NOUN", "PROPN") and owner.i not in self._inside_terms
                and owner.lemma_.lower() not in self.lex.category_heads)

    def _topic_of_dealings(self, noun) -> bool:
        """Whether `noun` is the topic of a noun for our or the user's dealings (DEALING_NOUNS: "our practices regarding
        your personal data", "action regarding your Personal Data", "a security issue concerning your data")."""
        start = noun.head
        if noun.dep_ != "pobj" or start.dep_ != "prep" or not self._makes_topic(start, ("to",)):
            return False
        while start.head.i != start.i and (start.head.lower_ in self.lex.topic_words
                                           or start.head.dep_ == "prep" and start.head.i == start.i - 1):
            start = start.head  # "with regard to X": the phrase starts at "with"
        # the parser often hangs the topic phrase on the verb ("understand our practices regarding …"): the noun
        # right before it is its owner
        before = start.doc[start.i - 1] if start.i else None
        return any(owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() in DEALING_NOUNS
                   for owner in (start.head, before))

    def _makes_topic(self, preposition, linking: tuple[str, ...]) -> bool:
        """Whether `preposition` makes its object a topic: a topic word itself ("regarding", "about"), or one of
        `linking` after a topic word ("laws relating to", "questions on", "policy for"); not a topic noun that is the
        subject of a copula, which states the ground of the practice ("The legal basis for the processing of your
        access data is your consent", against "we rely on the following legal bases for processing your data")."""
        if preposition.lower_ in self.lex.topic_words:
            return True
        head = preposition.head
        first = _first_conjunct(head)
        if (preposition.lower_ == "of" and first.dep_ == "pobj" and first.head.lower_ in self.lex.topic_words
                and first.head.head.pos_ == "VERB" and not self._is_action(first.head.head)):
            return True  # "we inform you about the type, scope, and purpose of the processing of personal data"
        return (preposition.lower_ in linking and (head.lemma_.lower() in self.lex.topic_words
                                                   or first.lemma_.lower() in self.lex.topic_words)
                and not (head.dep_ in ("nsubj", "npadvmod") and head.head.lemma_.lower() == "be"))

    def _main_predicate(self, noun, clause_verb):
        """The practice verb `noun` is the subject of when `clause_verb`, a clause on the noun, governs it, else None."""
        if clause_verb.dep_ not in ("acl", "relcl") or clause_verb.head.i != noun.i:
            return None
        if noun.dep_ == "ROOT":
            # "The email address that was used to upload each submission is viewable by registered users": the parser
            # made the subject the root and hung its predicate inside the clause as a complement
            return next((t for t in clause_verb.subtree if t.dep_ == "ccomp" and t.tag_ in ("VBZ", "VBP", "VBD")
                         and self._is_action(t) and t.i not in self._inside_terms), None)
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        head = noun.head
        return head if self._is_action(head) and head.i not in self._inside_terms else None

    def _outer_predicate(self, noun, clause_verb):
        """The practice verb whose object `noun` is when `clause_verb`, a relative or participial clause on the phrase
        of `noun`, governs it ("We collect your phone number, which is not shared with advertisers", "we collect the
        email address that we use to send receipts"): the main clause states its own practice on the data, else None.
        The data must stand before the clause, outside it."""
        if clause_verb.dep_ not in ("acl", "relcl") or noun in clause_verb.subtree:
            return None
        antecedent = clause_verb.head
        if antecedent.i > clause_verb.i or antecedent.pos_ not in ("NOUN", "PROPN") or noun not in antecedent.subtree:
            return None
        outer = self._enclosing_action(antecedent)
        if outer is None or outer.i > antecedent.i or outer.i in self._inside_terms or outer.i == clause_verb.i:
            return None
        if outer.dep_ == "acl" or _subject_token(outer) is None and outer.tag_ != "VBN":
            return None  # "do not have the right to use X we provide", "Please send an email to the address provided"
        if self._actor(outer, FIRST_PARTY)[0] == "user" and not _shown_to_others(outer, self.lex, self._previous_sentence):
            # "if you post personal information online where people can see it": the user's own act; not "users with
            # registered accounts can view the email address that …", which we show them, nor the user giving us
            # the data the clause says we pass on, keep or show others ("you may choose to provide a nickname that is
            # displayed on public leaderboards", "You provide your phone number, which is shared with our SMS
            # provider": our collection beside the share or the keeping, GUIDELINES: relative clauses)
            if not (outer.lemma_.lower() in GIVING_VERBS and (
                    self.lex.verbs.get(clause_verb.lemma_.lower()) in ("share", "store")
                    or _shown_to_others(clause_verb, self.lex, self._previous_sentence))):
                return None
        return outer

    def _noun_of_describing_clause(self, preposition):
        """The noun whose describing clause the parser hung an "including" list on, when that clause states no
        practice of ours (the user's own verb, "the type of device you are using (possibly including device
        numbers)", or no practice verb, "a unique ID that allows us to identify your account (including a device
        identifier)"); else None. A clause with a practice of its own keeps its examples ("cookies that collect data
        (including your IP address)")."""
        if preposition.lower_ != "including" or preposition.head.pos_ not in ("VERB", "AUX"):
            return None
        clause = preposition.head
        chain = [clause]
        while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i and len(chain) < 4:
            clause = clause.head
            chain.append(clause)
        if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if not _user_clause(clause, self.lex.user_subjects) and any(
                verb.lemma_.lower() in self.lex.verbs and self._is_action(verb) for verb in chain):
            return None
        return clause.head

    def _examples_of_main_object(self, preposition):
        """The practice verb whose data object a "such as" / "including" list exemplifies, when the parser hung the list
        on the wrong node: a noun or the verb of the user's clause in between ("we collect information when you … use
        our applications, such as your IP address"; "the devices you use to access our services, including their
        location"), or the user who set the object ("preferences set by users such as account name"); else None."""
        noun = preposition.head
        if noun.i in self._inside_terms or noun.pos_ not in ("NOUN", "PROPN", "VERB"):
            return None
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.lemma_.lower() in USER_NOUNS | {"you"}:
            # "store preferences set by users, such as account name": the list exemplifies what is stored
            participle = noun.head.head
            if participle.dep_ == "acl" and participle.head.dep_ in ("dobj", "obj", "nsubjpass"):
                main = participle.head.head
                return main if self._is_action(main) else None
        verb = noun if noun.pos_ == "VERB" else noun.head  # or on the user's verb itself ("you use to access X, including…")
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "… or use our applications", "you use to access TED services"
        if verb.dep_ not in ("advcl", "relcl", "acl") or not _has_subject(verb, SECOND_PERSON):
            return None
        main = verb.head
        for _ in range(6):  # "information about the device [you use …]": up to the verb whose object it is
            if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
                break
            main = main.head
        if not self._is_action(main):
            return None
        objects = [c for c in main.children if c.dep_ in ("dobj", "obj") and c.i < verb.i]
        return main if any(o.i in self._inside_terms or o.lemma_.lower() in ("information", "data") for o in objects) \
            else None

    def _use_described_before_means(self, token):
        """The noun describing the user's use of the service that ", using X" follows, when the parser hung the means
        on the user's verb: "information on how you use the site, using cookies and page tagging techniques" (after
        the comma, "using cookies" is how the information is obtained, not how the user uses the site)."""
        means = _first_conjunct(token)
        using = means.head
        if not (means.dep_ in ("dobj", "obj") and using.lower_ == "using" and using.dep_ == "advcl"
                and using.i > 0 and using.doc[using.i - 1].text == ","):
            return None
        clause = using.head
        if (clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("pcomp", "ccomp", "relcl", "acl")
                or not _user_clause(clause, self.lex.user_subjects)):
            return None
        described = clause.head.head if clause.head.dep_ == "prep" else clause.head
        return described if described.pos_ in ("NOUN", "PROPN") else None

    def _enclosing_action(self, noun):
        """The practice verb whose argument `noun` is part of ("collect any information about the emails"), or None."""
        current = noun
        for _ in range(8):
            if current.head.i == current.i or current.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "appos",
                                                                     "nsubjpass", "compound"):
                return None
            current = current.head
            if current.dep_ == "prep" and current.lower_ == "including" and current.head.pos_ in ("NOUN", "PROPN"):
                continue  # "copied content, including clipboard contents": the tagger's verb "including" introduces examples
            if current.pos_ in ("VERB", "AUX"):
                # "other users will no longer have access (on our site) to the data you shared with them": having
                # access is one
                return current if self._is_action(current) or any(
                    _access_holder(c) is not None for c in current.children) else None
        return None

    def _nominal_practice_over(self, noun):
        """The nominal sharing, use or storage practice whose "of" object `noun` is ("no transfer to third parties of
        the personal data", "the sharing of your data"), through the prepositional phrases the parser may hang the
        "of" on, or None (also when the practice is only restricted or talked about)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return None
        current = noun
        for _ in range(4):
            if current.dep_ != "pobj" or current.head.dep_ != "prep" or current.head.head.i == current.head.i:
                return None
            head = current.head.head
            if head.pos_ == "NOUN" and NOMINAL_PRACTICES.get(head.lemma_.lower()) in ("share", "use", "store"):
                if (_users_own_use(head) or self._restricted_practice(head) or self._practice_as_topic(head, noun)
                        or _classified_or_referred(head) or _unlawful_practice(head, self.lex)):
                    return None
                return head
            current = head
        return None

    def _demoted_predicate(self, root):
        """The practice verb the parser hung under a root that belongs to a data term, or None."""
        for child in root.children:
            if child.dep_ not in ("ccomp", "advcl", "parataxis") or child.i > root.i:
                continue
            complements = [c for c in child.children if c.dep_ == "xcomp"]
            if child.lemma_.lower() in TOOL_USE_VERBS:
                # "These third parties may use cookies … to collect information about your use …, including your IP
                # address, web browser, pages viewed": the tools are what is used, the data the later list names is
                # what they collect (GUIDELINES: tools used to collect)
                collecting = next((c for c in complements if self.lex.verbs.get(c.lemma_.lower()) == "collect"), None)
                if collecting is not None:
                    return collecting
            for verb in [child, *complements]:
                if self._is_action(verb):
                    return verb
        if root.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
            # "Our web server logs for X, Y, and Z are deleted after 10 days": the parser read the term's noun as the
            # root verb and joined the real predicate to it as a conjunct
            for child in root.children:
                if (child.dep_ == "conj" and child.i > root.i and child.pos_ in ("VERB", "AUX")
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and self._is_action(child)):
                    return child
        return None

    def _governs_from_clause(self, verb) -> bool:
        """A relative clause is the practice ("the data we collect", "information you provide") unless it only
        describes the data by what the user does with it ("the features you use", "pages you visit"), which includes
        what the user publishes: "any Personal Data you post … is available to the public", "Comments you post may
        remain on the Site" name the user's posts, which take the line's action (GUIDELINES: what the user publishes
        or posts, named by that verb), not our collection."""
        if any(c.dep_ in ("nsubj", "csubj") for c in verb.children) and _user_clause(verb, self.lex.user_subjects):
            return verb.lemma_.lower() in self.lex.user_provides and verb.lemma_.lower() not in USER_DESCRIBING_VERBS
        return True


# Verbs of the user's that, in a relative clause on the data, only describe it ("the features you use", "anything you
# create", "anything you post there"): `EnglishPractices._governs_from_clause`
USER_DESCRIBING_VERBS = {"use", "add", "create", "post", "publish"}


# Verbs of writing to or calling the user ("contact you about …", "notify you regarding …"): what they are about is the
# subject of the message, not data the service handles.
MESSAGE_VERBS = {"contact", "notify", "inform", "email", "e-mail", "remind", "message", "text", "call", "write", "alert",
                 "communicate"}


def _topic_of_a_message(token) -> bool:
    """Whether the data phrase at `token` is the user's use of the service named as what a message to the user is
    about ("We may use your information to request feedback and to contact you about your use of our App"): the
    subject of the message, no usage data handled."""
    if token.lemma_.lower() not in ("use", "usage"):
        return False
    preposition = token.head
    verb = preposition.head
    return (token.dep_ == "pobj" and preposition.lower_ in ("about", "regarding", "concerning")
            and verb.pos_ == "VERB" and verb.lemma_.lower() in MESSAGE_VERBS
            and any(c.lower_ == "you" and c.dep_ in ("dobj", "obj", "dative") for c in verb.children))


# things of the user's that a service records the creation or use of ("the dates the account was created")
EVENT_THINGS = {"account", "site", "website", "blog", "profile", "page", "repository", "workspace", "alias", "store"}
EVENT_TIMES = {"date", "time", "day", "timestamp", "moment"}
EVENT_PASSIVES = {"create", "open", "use", "access", "register", "close", "delete", "update", "modify", "publish"}


def _event_of_a_thing_clause(verb) -> bool:
    """Whether `verb` is a passive relative clause on a noun, or a verb joined to one, saying when or from where an
    account or a site was created, opened or used ("the dates the account was created and last used", "IP address from
    which a site was created"): it identifies the data named (a date, an address), no practice of ours on it or on the
    account (GUIDELINES: a restrictive clause that only identifies the named data)."""
    if verb.lemma_.lower() not in EVENT_PASSIVES:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.tag_ == "VBN":
        clause = clause.head
    if clause.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in EVENT_THINGS), None)
    if subject is None:
        return False
    if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return True
    # the same clause read as a main clause right after the time it gives ("the dates the account was created")
    before = subject.left_edge.i - 1
    return before >= 0 and subject.doc[before].lemma_.lower() in EVENT_TIMES
