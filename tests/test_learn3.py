"""experiments/line_type_rounds.py: the gates that admit a learned proposal and the (line, type, polarity) scoring."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "experiments" / "line_type_rounds.py"


def _module():
    spec = importlib.util.spec_from_file_location("line_type_rounds", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ROW = {"found": {("contact.email", "+", "1st")}, "gold": set()}
EMPTY = {"found": set(), "gold": set()}


def test_gates_never_repeat_a_rule_item_and_keep_their_scope():
    m = _module()
    assert not any(m.admitted(ROW, ("contact.email", "+", "1st"), gate) for gate in m.GATES)
    other_party = ("contact.email", "+", "3rd")
    assert m.admitted(ROW, other_party, "any") and not m.admitted(ROW, other_party, "newtype")
    same_family = ("contact.phone", "+", "1st")
    assert m.admitted(ROW, same_family, "samefam") and m.admitted(ROW, same_family, "foundfam")
    other_family = ("location.precise", "+", "1st")
    assert not m.admitted(ROW, other_family, "samefam") and m.admitted(ROW, other_family, "foundfam")
    assert not m.admitted(ROW, other_family, "noline") and m.admitted(EMPTY, other_family, "noline")
    assert not m.admitted(EMPTY, other_family, "foundfam")


def test_counts_score_type_and_polarity_overall_and_per_party():
    m = _module()
    row = {"found": {("contact.email", "+", "1st")},
           "gold": {("contact.email", "+", "3rd"), ("contact.phone", "+", "1st")}}
    assert m.counts([row]) == {"all": (1, 0, 1), "1st": (0, 1, 1), "3rd": (0, 0, 1)}
    assert m.counts([row], [{("contact.phone", "+", "1st")}])["all"] == (2, 0, 0)
