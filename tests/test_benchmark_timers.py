"""The batch benchmark's spaCy timer must stand in for the pipeline wherever extraction calls it."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _batch_benchmark():
    spec = importlib.util.spec_from_file_location("batch_benchmark", ROOT / "benchmarks" / "batch.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _FakeNlp:
    vocab = "vocabulary"

    def __call__(self, text):
        return text.split()

    def pipe(self, texts, **kwargs):
        for text in texts:
            yield text.split()


class _FakeAnalyzer:
    def __init__(self):
        self.nlp = _FakeNlp()


def test_timed_pipe_times_direct_calls_pipe_and_passes_attributes_through():
    analyzer = _FakeAnalyzer()
    timer = _batch_benchmark()._TimedPipe(analyzer)
    assert analyzer.nlp("we collect email") == ["we", "collect", "email"]
    assert list(analyzer.nlp.pipe(["a b", "c"])) == [["a", "b"], ["c"]]
    assert analyzer.nlp.vocab == "vocabulary"
    assert timer.seconds > 0
    timer.remove()
    assert isinstance(analyzer.nlp, _FakeNlp)
