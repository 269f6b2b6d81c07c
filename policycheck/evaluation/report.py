"""Tables and JSON for `policycheck eval` (contract §8)."""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from ..report.text import table
from ..resources import PACKAGE_DIR
from . import EXTRACTION_TASKS, ExtractionEvaluation


def default_corpora() -> list[Path]:
    """corpora/eval, corpora/lint and corpora/check of the working directory or of the source checkout."""
    for root in (Path.cwd() / "corpora", PACKAGE_DIR.parent / "corpora"):
        found = [root / name for name in ("eval", "lint", "check") if (root / name).is_dir()]
        if found:
            return found
    raise UsageError("no corpus given and corpora/ not found (run from the source checkout or pass CORPUS)")


def corpora_for(paths: list[Path]) -> dict[str, list[Path]]:
    """Corpus paths by task, from what they contain: *.gold.yaml (extraction) or *.lint.yaml (lint)."""
    paths = paths or default_corpora()
    result: dict[str, list[Path]] = {"extraction": [], "lint": [], "check": []}
    for path in paths:
        names = [path.name] if path.is_file() else [p.name for p in path.rglob("*.yaml")]
        if any(name.endswith(".gold.yaml") for name in names):
            result["extraction"].append(path)
        if any(name.endswith(".lint.yaml") for name in names):
            result["lint"].append(path)
        if any(name == "expected.yaml" for name in names):
            result["check"].append(path)
    if not any(result.values()):
        raise UsageError("no annotated cases (*.gold.yaml, *.lint.yaml or expected.yaml) in "
                         + ", ".join(map(str, paths)))
    return result


def check_table(result: dict) -> str:
    rows = []
    for lang, block in sorted(result["languages"].items()) + [("all", result["overall"])]:
        v = block["violations"]
        rows.append([lang, f"{block['status_accuracy']:.3f}", str(block["n"]), f"{v['precision']:.3f}",
                     f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["n"])])
    return "check: finding statuses and regulatory violations on the end-to-end cases\n\n" + table(
        ["lang", "status accuracy", "findings", "violation P", "violation R", "violation F1", "violations"], rows)


def evaluation_json(evaluation: ExtractionEvaluation, split: str | None = None) -> dict:
    tasks: dict = {}
    for task in EXTRACTION_TASKS:
        tasks[task] = {lang: evaluation.score(task, lang, split).as_dict() for lang in evaluation.languages()}
    by_split = {
        name: {lang: evaluation.score("data_type", lang, name).as_dict() for lang in evaluation.languages()}
        for name in ("dev", "test") if split is None or name == split
    }
    documents = [
        {"policy": r.gold.slug, "language": r.gold.language, "split": r.gold.split,
         **{task: r.scores[task].as_dict() for task in ("data_type",)}}
        for r in evaluation.documents if split is None or r.gold.split == split
    ]
    return {"tasks": tasks, "data_type_by_split": by_split, "documents": documents}


def evaluation_table(evaluation: ExtractionEvaluation, split: str | None = None) -> str:
    rows = []
    for task in EXTRACTION_TASKS:
        for lang in evaluation.languages():
            score = evaluation.score(task, lang, split)
            rows.append([task, lang, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", str(score.n),
                         str(score.false_positives), str(score.false_negatives)])
    docs = sum(1 for r in evaluation.documents if split is None or r.gold.split == split)
    out = [f"extraction, {docs} annotated policies" + (f" ({split} split)" if split else ""), "",
           table(["task", "lang", "precision", "recall", "f1", "n", "fp", "fn"], rows)]
    for lang in evaluation.languages():
        confusion = evaluation.confusion(lang, split=split)
        if confusion:
            out += ["", f"most frequent data_type errors ({lang}): "
                    + ", ".join(f"{kind} {what} x{count}" for kind, what, count in confusion)]
    return "\n".join(out)


# what an error item of each task holds after (line, data type)
ERROR_FIELDS = {"data_type": ("polarity",), "data_type_1st": ("polarity",), "data_type_3rd": ("polarity",),
                "action": ("action",), "actor": ("polarity", "actor")}


def extraction_errors(evaluation: ExtractionEvaluation, split: str | None = None,
                      task: str = "data_type") -> list[dict]:
    """Every false positive and false negative of `task`, in document order, with the text of its line."""
    errors = []
    for result in evaluation.documents:
        if split and result.gold.split != split:
            continue
        text_by_line = {}
        try:
            text_by_line = dict(enumerate(result.gold.policy_path.read_text(encoding="utf-8").splitlines(), start=1))
        except (OSError, UnicodeDecodeError):
            pass
        for kind, item in result.scores[task].errors:
            _, line, data_type, *rest = item
            errors.append({"policy": result.gold.slug, "line": line, "kind": kind, "data_type": data_type,
                           **dict(zip(ERROR_FIELDS[task], rest)), "text": text_by_line.get(line, "")})
    return errors


def error_listing(evaluation: ExtractionEvaluation, split: str | None = None, task: str = "data_type") -> str:
    """`--errors` as text: one line per error, "policy:line: FP|FN type polarity|action [actor]  | the line's text"."""
    return "\n".join(f"{e['policy']}:{e['line']}: {e['kind']} {e['data_type']} "
                     + " ".join(str(e[name]) for name in ERROR_FIELDS[task]) + f"  | {e['text'][:140]}"
                     for e in extraction_errors(evaluation, split, task))


def benchmark_table(benchmarks: dict) -> str:
    rows = []
    ca4p = benchmarks["ca4p483_test"]
    for name in ("span_overlap", "span_exact", "char"):
        m = ca4p[name]
        rows.append(["CA4P-483 test (zh)", f"data {name.replace('_', ' ')}", f"{m['precision']:.3f}",
                     f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["n"])])
    for name, task in (("span_exact_tagged", "data spans, exact (paper's span metric)"),
                       ("tag_bie_average", "data B/I/E tags, mean (paper's tag metric)")):
        m = ca4p.get(name)
        if m:
            rows.append(["CA4P-483 test (zh)", task, f"{m['precision']:.3f}", f"{m['recall']:.3f}",
                         f"{m['f1']:.3f}", str(m["n"])])
    pie = benchmarks["piextract_validation"]
    for name in ("data_phrase", "data_phrase_mapped", "collect", "share", "not_collect", "not_share"):
        m = pie[name]
        rows.append(["PI-Extract validation (en)", name.replace("_", " "), f"{m['precision']:.3f}",
                     f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["n"])])
    for key, label in (("opp115", "OPP-115 (en)"), ("opp115_in_context", "OPP-115 (en), policy as a whole")):
        opp = benchmarks.get(key)
        for name, task in (("any", "segment type, any annotator"), ("majority", "segment type, 2 of 3 annotators"),
                           ("any_first_party", "first-party segment type"),
                           ("any_third_party", "third-party segment type")):
            if opp and name in opp:
                m = opp[name]
                rows.append([label, task, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                             str(m["n"])])
    return "public benchmarks (span overlap unless stated)\n\n" + table(
        ["benchmark", "task", "precision", "recall", "f1", "n"], rows)
