"""Practice verbs the tagger read as nouns, parsed again as verbs.

"Our hosting provider records server-side request logs", "Mozilla stores this data as long as you remain in the
Room", "Our backend logs request times, HTTP status codes, error messages, and IP addresses":
the small English model tags the verb a noun (a compound of the subject or of the object) and the sentence is left
with no verb, or with a noun of the data phrase as its verb ("request logs/VBZ"), so no practice is found. The shape
contradicts the noun reading: a word of `noun_like_verbs` that agrees as a verb with the noun phrase before it (a
singular noun before "records", a plural or coordinated one before "record"), which opens its clause, and that is
followed by the start of an object. Such a sentence is parsed again with an unambiguous verb of the same form
("collects" / "collect") in the word's place; when that parse makes it a verb with its subject before it and a
dependant after it, the sentence keeps the original words with that parse, the word tagged and lemmatised as the verb
it is (`noun_like_verbs` in mappings/cues/en.yaml).
"""

from __future__ import annotations

from spacy.tokens import Doc

# an unambiguous verb of the same form put in the word's place for the second parse
STAND_INS = {"third": "collects", "bare": "collect"}
# what a noun phrase subject is made of (before the verb), and what may open the clause before it
SUBJECT_POS = {"NOUN", "PROPN", "DET", "ADJ", "NUM", "CCONJ", "PART"}
SUBJECT_WORDS = {"of", "on", "in", "from", "at", "for"}
CLAUSE_OPENERS = {",", ";", ":", "(", "-", "–", "—", "*", "•", "|", "if", "when", "whenever", "while", "because",
                  "although", "so", "then", "once", "where"}
OBJECT_TAGS = {"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBG"}
OBJECT_PRONOUNS = {"you", "them", "it"}
WH_OBJECTS = {"which", "what", "whatever", "how", "whether", "when"}
# practice verbs that may follow a noun-read verb of `noun_like_verbs` joined by "and" / "or" and are read as nouns
# with it ("GitHub logs/NNS and stores/NNS your IP address")
JOINED_PRACTICE_VERBS = {"store", "keep", "save", "retain", "collect", "analyze", "analyse", "process", "share", "use",
                         "report", "transmit", "send"}


def _form(token, words: set[str]) -> str | None:
    """"third" for a word of `words` written in its third person singular, "bare" for its bare form, else None."""
    lower = token.lower_
    if lower in words:
        return "bare"
    for stem in (lower[:-1], lower[:-2] if lower.endswith("es") else None):
        if stem and stem in words:
            return "third"
    return None


def _base(token, words: set[str]) -> str:
    lower = token.lower_
    return lower if lower in words else lower[:-1] if lower[:-1] in words else lower[:-2]


def _subject_agrees(doc, verb, form: str) -> bool:
    """The words before `verb` back to its clause's opening are a noun phrase that agrees with it as a verb."""
    head = doc[verb.i - 1]
    if head.pos_ not in ("NOUN", "PROPN") or not head.is_alpha and "." not in head.text:
        return False
    coordinated, index = False, verb.i - 1
    while index >= 0:
        token = doc[index]
        if token.lower_ in CLAUSE_OPENERS or token.is_space:
            break
        if (token.pos_ not in SUBJECT_POS and token.lower_ not in SUBJECT_WORDS and token.tag_ not in ("PRP$", "HYPH")
                and not (token.dep_ == "amod" and token.tag_ in ("VBG", "VBN"))):  # "Our hosting provider"
            return False
        coordinated = coordinated or token.lower_ in ("and", "&")
        index -= 1
    if form == "third":
        return head.tag_ in ("NN", "NNP") and not coordinated
    if head.tag_ in ("NNS", "NNPS"):
        return True
    # plural only by coordination: not a noun compounded with the word and the noun after it, the last item of a
    # list of data ("Device data and error log data")
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return coordinated and following is not None and following.tag_ not in ("NN", "NNS", "NNP", "NNPS")


def _object_follows(doc, index: int) -> bool:
    if index >= len(doc):
        return False
    token = doc[index]
    if token.lower_ in WH_OBJECTS:
        # "records which pages you visit", "records what you search for"; not a relative clause on a noun ("server
        # logs which include …")
        after = doc[index + 1] if index + 1 < len(doc) else None
        return after is not None and (after.tag_ in ("NN", "NNS", "JJ", "DT", "PRP", "PRP$")
                                      or after.lower_ in ("long", "often", "many", "much"))
    # a word, not a table's cell border ("session records | Performance of our contract")
    return (token.is_alpha or token.like_num) and (token.tag_ in OBJECT_TAGS or token.lower_ in OBJECT_PRONOUNS)


def noun_read_verbs(doc, words: set[str]) -> list[tuple[int, str]]:
    """(index, form) of the practice verbs of `words` the tagger read as nouns in the shape above: one, or two joined
    by "and" / "or" ("our server logs and stores visitor IP addresses")."""
    for token in doc:
        form = _form(token, words)
        if form is None or token.tag_ not in ("NN", "NNS", "NNP", "NNPS") or token.i == 0:
            continue
        if not token.text.islower():
            continue  # a title ("International Transfers of Data") or a name
        if not _subject_agrees(doc, token, form):
            continue
        found = [(token.i, form)]
        after = token.i + 1
        if (after + 1 < len(doc) and doc[after].lower_ in ("and", "or")
                and _form(doc[after + 1], words | JOINED_PRACTICE_VERBS) == form and doc[after + 1].text.islower()):
            found.append((after + 1, form))  # "our server logs and stores visitor IP addresses"
            after += 2
        if _object_follows(doc, after):
            return found
    return []


def reparsed(doc, nlp, words: set[str]):
    """`doc`, or the same words with the parse of its text where the practice verbs read as nouns (`noun_read_verbs`)
    are replaced by a verb of the same form, when that parse reads them as verbs with a subject and a dependant."""
    found = noun_read_verbs(doc, words)
    if not found:
        return doc
    text = doc.text
    pieces, last = [], 0
    for index, form in found:
        token = doc[index]
        pieces.append(text[last:token.idx])
        pieces.append(STAND_INS[form])
        last = token.idx + len(token.text)
    pieces.append(text[last:])
    other = nlp("".join(pieces))
    if len(other) != len(doc):
        return doc
    replaced = {index for index, _ in found}
    if any(a.text != b.text for a, b in zip(doc, other) if a.i not in replaced):
        return doc
    for index in replaced:
        verb = other[index]
        if not verb.tag_.startswith("VB"):
            return doc
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < index for c in verb.children)
        if not (subject or verb.dep_ == "conj" and verb.head.i in replaced):
            return doc
        if not any(c.i > index and not c.is_punct and c.dep_ not in ("cc", "conj") for c in verb.children) and not (
                verb.dep_ != "conj" and any(c.dep_ == "conj" and c.i in replaced for c in verb.children)):
            return doc
    lemmas = [t.lemma_ for t in other]
    pos = [t.pos_ for t in other]
    for index in replaced:
        lemmas[index] = _base(doc[index], words | JOINED_PRACTICE_VERBS)
        pos[index] = "VERB"
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               heads=[t.head.i for t in other], deps=[t.dep_ for t in other], tags=[t.tag_ for t in other],
               pos=pos, lemmas=lemmas, morphs=[str(t.morph) for t in other])
