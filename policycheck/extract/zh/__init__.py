"""Chinese statement analysis: jieba tokens for predicates, character-level matching for data and actors.

`ChineseAnalyzer` (in `analyzer`) reads one sentence at a time; the stages and where their rules live:

- `words`: the fixed function words and regexes shared by the stages (conjunctions, markers, modals, gaps); the
  vocabulary that is data lives in mappings/cues/zh.yaml and mappings/terms/zh.yaml (`..lexicon.Lexicon`).
- `tokens`: jieba's segmenter with its dictionary from the taxonomy, catalogue and cues (`build_segmenter`), the
  `Token` of its segmentation, tokens split back apart (访问您的, 提供给出) and the words around an offset.
- `clauses`: clause bounds (`_clause_start`, `_clause_end`, `_clause_words`), parentheses, lists, relative and time
  clauses, conditions.
- `predicates` (`PredicateRules`): clause ids and which verb governs a data phrase (`_governing_verb`, `_topic_verb`).
- `frames` (`FrameRules`): the frames of a governing verb (`_frames`, `_frame_for_verb`): chained verbs, SDKs that
  need a grant, embedded parties, coordinated subjects and recipients.
- `negation` (`NegationRules`): denials (`_negated`), blocking verbs, obligations and safeguards, exclusions.
- `parties` (`PartyRules`): the subject of a verb (`_subject`), recipients (`_recipient`, `_party_phrase`), viewers.
- `purposes` (`PurposeRules`): purposes (`_purposes`) and conditions (`_condition`).
- `context`: word-level tests around a data phrase or verb (parties named before a verb, accounts and logins,
  cookies, storage topics, deletion periods, coordinated parties).
- `publicity`: other people seeing, taking or being shown the data (public posts, viewers, the public).
- `sdk`: permission names, SDK or feature names, providers of described SDKs.
- `postpass`: the passes over a sentence's mentions after the main reading that add, copy or drop frames (logs,
  cookies, display, retention, examples, parentheses, demonstratives, mergers).
- `analyzer`: `ChineseAnalyzer` (setup, `analyze`, actors and aliases); it inherits the rules of the mixin classes
  above.

The extractor's passes over a whole Chinese document (policycheck/extract/__init__.py) keep their Chinese-only rules
here too:

- `introductions`: introductions stating several actions of ours over the items and scenarios after them
  ("在以下场景收集和使用您的个人信息：") and how far they reach (`_actions_of_zh_introductions`).
- `sdk_purpose_items`: list items opening on "用于" under an introduction saying we embed other parties' SDKs: whose
  SDKs they are a purpose of and the data their activities entrust to them.
- `device_local`: data kept on the person's own device with a denial of uploading it ("均在您的设备本地处理和存储，不会
  上传到我们的服务器"): a paragraph opening a list, a later sentence of the line.
"""

from .analyzer import ChineseAnalyzer
from .clauses import _parentheses
from .postpass import _continue_merger
from .sdk import _providers_of_described_sdks, names_sdk_or_feature, permission_names
from .tokens import _ACCESSING_PARTY
from .words import UPLOAD_DENIAL

__all__ = ["_ACCESSING_PARTY", "UPLOAD_DENIAL", "ChineseAnalyzer", "_continue_merger", "_parentheses",
           "_providers_of_described_sdks", "names_sdk_or_feature", "permission_names"]
