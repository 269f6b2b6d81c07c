"""English statement analysis on spaCy dependency parses.

Data phrases are found by phrase matching on the raw sentence (so only sentences that mention data are parsed),
then aligned to tokens. From each phrase the analyser climbs the dependency tree (through conjunctions, "such as"
and "including" attachments, prepositions and relative clauses) to the nearest action verb; the verb's subject
(or the object of "allow X to…", or the agent of a passive) is the actor, its `neg` children, "never", "no X" and
"without" make a denial, "with"/"to" objects of share verbs are recipients, and "you provide/enter/give…" means
the user gives data to the service.

Where each concern lives:

- `analyzer`: `EnglishAnalyzer` (loading, `analyze_many`, the per-sentence pass `_analyze_doc`, frame building).
- `clauses`: generic dependency-tree helpers (conjuncts, subjects, clause verbs, relative and condition clauses).
- `negation`: denials, hedges and exceptions (`_negation`, denied operators, hosts, inclusions, derivations).
- `parties`: actors and recipients (third parties, staff, our behalf, tools, viewers, where moved data ends up).
- `retention`: storage, keeping, retention periods, own devices, cookies placed, data kept safe.
- `purposes`: purpose clauses, "how to" clauses, conditioned procedures, legal grounds.
- `topics`: practices named but not performed (laws, classifications, inclusion, titles, derivation, sign-in).
- `preprocess`: text prepared for parsing (`_for_parsing`, `_without_definitions`) and list continuations.
- `contexts`: list introductions and `AnalysisContext` / `analysis_contexts`.
- `words`: word lists shared by several of these modules.
"""

from .analyzer import EnglishAnalyzer
from .contexts import AnalysisContext, analysis_contexts
from .words import DERIVATION_SOURCES, IDENTIFIER_TYPES, LIST_SEPARATOR

__all__ = ["AnalysisContext", "DERIVATION_SOURCES", "EnglishAnalyzer", "IDENTIFIER_TYPES", "LIST_SEPARATOR",
           "analysis_contexts"]
