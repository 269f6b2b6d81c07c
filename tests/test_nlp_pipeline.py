"""The English pipeline's fast parts give the stock pipeline's annotations.

`policycheck.extract.nlp` replaces the model's `attribute_ruler` + `lemmatizer` by `TokenAttributes` and runs the
models' matrix products through numpy's OpenBLAS; tags, POS, morphology, lemmas and dependencies must stay those of
the stock pipeline (`spacy.load(model, exclude=["ner"])`).
"""

from __future__ import annotations

import warnings

import pytest

from policycheck.extract import nlp as nlp_module

SENTENCES = [
    "When you create an account, you provide us with your name, email address and phone number.",
    "We do not sell or share your personal information with third parties, but we may disclose it to our affiliates.",
    "There are cookies that we gon na use, and y'all ain't gonna like it. Let's see what's there:",
    "There's a cookie; there were two. Is there any? It's what he's had, and they'd been told.",
    "I'd say c'mon, we got ta go; 'em ol' folks doin' nothin' 'nuff. We sha n't, wo n't, ca n't do it but we did.",
    "  Information  we collect:\n\n- your IP address,\tdevice identifiers and  browser type;",
    "Our partners (e.g., Google Analytics) may set cookies to collect information about your use of the Services.",
    "If you are under 13, please do not submit any personal information; we will delete it once we learn of it.",
    "Neither we nor anyone acting on our behalf has collected, used, or shared anything about somebody's children.",
    "These data are stored on servers located in the U.S. and are retained for as long as necessary.",
]


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    fast = nlp_module.english_pipeline()
    if fast is None:
        pytest.skip("no English spaCy model installed")
    import spacy

    for name in nlp_module.ENGLISH_MODELS:  # the model english_pipeline loads, as it comes
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return fast, spacy.load(name, exclude=["ner"])
        except (OSError, ImportError):
            continue
    pytest.skip("no English spaCy model installed")


def test_token_attributes_replace_ruler_and_lemmatizer(pipelines):
    fast, stock = pipelines
    assert "attribute_ruler" in stock.pipe_names and "lemmatizer" in stock.pipe_names
    assert nlp_module.FAST_COMPONENT in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names


def test_same_annotations_as_stock_pipeline(pipelines):
    fast, stock = pipelines
    for fast_doc, stock_doc in zip(fast.pipe(SENTENCES, batch_size=4), stock.pipe(SENTENCES, batch_size=4)):
        assert _annotations(fast_doc) == _annotations(stock_doc)
    # a second pass is served from the component's cache
    for sentence in SENTENCES:
        assert _annotations(fast(sentence)) == _annotations(stock(sentence))


def test_multi_token_rules_applied(pipelines):
    fast, _ = pipelines
    doc = fast("There is a form. Let's go.")
    assert doc[1].pos_ == "VERB"  # "there is": the expl rule, not the AUX one
    assert doc[6].lemma_ == "us"  # "let 's"


def test_already_annotated_doc_falls_back_to_stock_components(pipelines):
    fast, stock = pipelines
    component = fast.get_pipe(nlp_module.FAST_COMPONENT)
    doc = fast(SENTENCES[2])
    before = _annotations(doc)
    assert _annotations(component(doc)) == before == _annotations(stock(SENTENCES[2]))


def test_openblas_gemm_matches_blis():
    numpy = pytest.importorskip("numpy")
    from thinc.api import NumpyOps

    ops = nlp_module._openblas_ops()
    if ops is None:
        pytest.skip("numpy has no OpenBLAS with per-thread thread counts")
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((50, 96)).astype("float32")
    y = rng.standard_normal((288, 96)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans2=True)
    numpy.testing.assert_allclose(ops.gemm(x, y, trans2=True), expected, rtol=1e-4, atol=1e-4)
    out = numpy.zeros((50, 288), dtype="float32")
    result = ops.gemm(x, y.T.copy(), out=out)
    assert result is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)


def test_models_use_openblas_ops(pipelines):
    fast, _ = pipelines
    ops = nlp_module._openblas_ops()
    if ops is None:
        pytest.skip("numpy has no OpenBLAS with per-thread thread counts")
    for name in ("tok2vec", "tagger", "parser"):
        assert all(node.ops is ops for node in fast.get_pipe(name).model.walk())


def test_unsupported_ruler_patterns_keep_stock_components(pipelines):
    import spacy

    _, stock = pipelines
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(stock.meta["lang"] + "_" + stock.meta["name"], exclude=["ner"])
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "x", "OP": "+"}]], {"POS": "X"})  # a quantifier
    nlp_module.use_token_attributes(nlp)
    assert nlp.pipe_names[-2:] == ["attribute_ruler", "lemmatizer"]


# (word, POS, morphology): inflections, irregular forms, exceptions, clitics, proper nouns, no POS or morphology
LEMMA_CASES = [
    ("children", "NOUN", "Number=Plur"), ("data", "NOUN", "Number=Plur"), ("Cookies", "NOUN", "Number=Plur"),
    ("saw", "VERB", "Tense=Past|VerbForm=Fin"), ("went", "VERB", "VerbForm=Fin|Tense=Past"),
    ("shared", "VERB", "Aspect=Perf|Tense=Past|VerbForm=Part"), ("collecting", "VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part"),
    ("is", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"), ("'s", "AUX", "Number=Sing|Tense=Pres"),
    ("n't", "PART", "Polarity=Neg"), ("better", "ADJ", "Degree=Cmp"), ("best", "ADV", "Degree=Sup"),
    ("Google", "PROPN", "Number=Sing"), ("Analytics", "PROPN", "Number=Plur"), ("us", "PRON", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("uses", "VERB", ""), ("IP", "", ""), ("ca", "AUX", "VerbForm=Fin"), ("addresses", "NOUN", "Number=Plur"),
]


@pytest.mark.parametrize("word, pos, morph", LEMMA_CASES)
def test_lemma_without_a_doc_agrees_with_the_lemmatizer_on_a_token(pipelines, word, pos, morph):
    from spacy.parts_of_speech import IDS
    from spacy.tokens import Doc

    fast, _ = pipelines
    component = fast.get_pipe(nlp_module.FAST_COMPONENT)
    vocab, lemmatizer = fast.vocab, component.lemmatizer
    token = Doc(vocab, words=[word], spaces=[False])[0]
    token.pos = IDS[pos] if pos else 0
    token.set_morph(morph or None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lemmatizer.cache.clear()
        expected = lemmatizer.lemmatize(token)
        lemmatizer.cache.clear()
        query = nlp_module._LemmaQuery(vocab, vocab.strings.add(word), token.pos,
                                       vocab.strings.add(morph) if morph else 0)
        assert (query.text, query.pos_, query.morph.key) == (token.text, token.pos_, token.morph.key)
        assert lemmatizer.lemmatize(query) == expected


def test_lemma_without_a_doc_gives_real_lemmas(pipelines):
    fast, _ = pipelines
    vocab, lemmatizer = fast.vocab, fast.get_pipe(nlp_module.FAST_COMPONENT).lemmatizer
    from spacy.parts_of_speech import IDS

    def lemma(word, pos, morph):
        return lemmatizer.lemmatize(nlp_module._LemmaQuery(vocab, vocab.strings.add(word), IDS[pos],
                                                           vocab.strings.add(morph)))[0]

    assert lemma("children", "NOUN", "Number=Plur") == "child"
    assert lemma("saw", "VERB", "Tense=Past|VerbForm=Fin") == "see"
    assert lemma("addresses", "NOUN", "Number=Plur") == "address"
    assert lemma("Google", "PROPN", "Number=Sing") == "Google"


def test_lemma_index_is_searched_as_sets(pipelines):
    """The component's lemmatizer looks candidate lemmas up in sets, the stock one in lists, with the same lemmas."""
    fast, stock = pipelines
    fast_index = fast.get_pipe(nlp_module.FAST_COMPONENT).lemmatizer.lookups.get_table("lemma_index")
    stock_index = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert fast_index and all(isinstance(words, frozenset) for words in fast_index.values())
    assert all(isinstance(words, list) for words in stock_index.values())
    assert {key: set(words) for key, words in fast_index.items()} == {key: set(words) for key, words in stock_index.items()}
    assert [t.lemma_ for t in fast("Our addresses were analyzed by the children.")] == \
        [t.lemma_ for t in stock("Our addresses were analyzed by the children.")] == \
        ["our", "address", "be", "analyze", "by", "the", "child", "."]
