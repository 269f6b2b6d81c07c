"""English statement analysis on spaCy dependency parses.

Data phrases are found by phrase matching on the raw sentence (so only sentences that mention data are parsed),
then aligned to tokens. From each phrase the analyser climbs the dependency tree (through conjunctions, "such as"
and "including" attachments, prepositions and relative clauses) to the nearest action verb; the verb's subject
(or the object of "allow X to…", or the agent of a passive) is the actor, its `neg` children, "never", "no X" and
"without" make a denial, "with"/"to" objects of share verbs are recipients, and "you provide/enter/give…" means
the user gives data to the service.

Where each concern lives:

- `analyzer`: `EnglishAnalyzer` (loading, `analyze_many`, the per-sentence pass `_analyze_doc`, list continuations);
  it inherits the rules below from one mixin class per concern.
- `practices` (`PracticeRules`): which verb governs a data phrase and whether it states a practice (`_is_action`,
  `_governing_verb`), or names one as a topic, a safeguard or a restriction.
- `frames` (`FrameRules`): the frame of a governing verb (`_frames`, `_frame_for_verb`): kept locally, moved to a
  place or party, entrusted to a host, handled by a processor or a tool.
- `actors` (`ActorRules`): who acts and who receives (`_actor`, `_resolve`, `_recipient`), pronouns and names.
- `negation` (`NegationRules` and helpers): denials, hedges and exceptions (`_negated`, `_negation`).
- `topics` (`DataPhraseRules` and helpers): data phrases that name no data in use (`_is_data_use`), practices named
  but not performed (laws, classifications, inclusion, titles, derivation, sign-in).
- `purposes` (`PurposeRules` and helpers): purposes, conditions, "how to" clauses, legal grounds.
- `parties`: word-level helpers for actors and recipients (third parties, staff, our behalf, tools, viewers, where
  moved data ends up).
- `retention`: storage, keeping, retention periods, own devices, cookies placed, data kept safe.
- `clauses`: generic dependency-tree helpers (conjuncts, subjects, clause verbs, relative and condition clauses).
- `preprocess`: text prepared for parsing (`_for_parsing`, `_without_definitions`) and list continuations.
- `reparse`: practice verbs the tagger read as nouns between their subject and object, parsed again as verbs.
- `contexts`: list introductions and `AnalysisContext` / `analysis_contexts`.
- `words`: word lists shared by several of these modules.
"""

from .analyzer import DETAILED_IN_BLOCK, EnglishAnalyzer
from .contexts import AnalysisContext, analysis_contexts
from .words import DERIVATION_SOURCES, IDENTIFIER_TYPES, LIST_SEPARATOR, asks_to_send_with

__all__ = ["AnalysisContext", "DERIVATION_SOURCES", "DETAILED_IN_BLOCK", "EnglishAnalyzer", "IDENTIFIER_TYPES",
           "LIST_SEPARATOR", "analysis_contexts", "asks_to_send_with"]
