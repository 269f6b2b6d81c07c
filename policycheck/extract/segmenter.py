"""jieba's dictionary segmenter with its two hot loops tightened; the words it cuts are jieba's own.

`Tokenizer.calc` takes the logarithm of a word's frequency for every edge of every sentence's word graph, and
`Tokenizer.get_DAG` looks each prefix up twice. Here a word's weight (log of its frequency, less the log of the
total) is computed once and remembered, the same floating-point operations in the same order, so routes, ties
and words are exactly jieba's.
"""

from __future__ import annotations

from math import log

import jieba

WEIGHTS_LIMIT = 1_000_000  # remembered word weights (bounded by the dictionary's words and the characters seen)
BLOCKS_LIMIT = 20_000  # remembered block segmentations (about 4 MB: a block and its word lengths)


class Tokenizer(jieba.Tokenizer):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._weights: dict[str, float] = {}
        self._weights_total = None
        self._blocks: dict[str, tuple[int, ...]] = {}
        self._blocks_total = None

    def add_word(self, word, freq=None, tag=None):
        self._weights_total = None  # a frequency changes (a deleted word's, with the same total): weights are stale
        self._blocks_total = None
        return super().add_word(word, freq, tag)

    def _Tokenizer__cut_DAG_NO_HMM(self, sentence):
        """jieba's `cut` without the HMM, for one block (it looks the method up by its private name): the words
        remembered for the block (kept as their lengths, which take far less memory than the words), or jieba's cut
        of it."""
        blocks = self._blocks
        if self._blocks_total != self.total or len(blocks) >= BLOCKS_LIMIT:
            blocks.clear()
            self._blocks_total = self.total
        lengths = blocks.get(sentence)
        if lengths is None:
            words = list(super()._Tokenizer__cut_DAG_NO_HMM(sentence))
            blocks[sentence] = tuple(map(len, words))
            return words
        words = []
        start = 0
        for length in lengths:
            words.append(sentence[start:start + length])
            start += length
        return words

    def calc(self, sentence, DAG, route):
        N = len(sentence)
        route[N] = (0, 0)
        logtotal = log(self.total)
        weights = self._weights
        if self._weights_total != self.total or len(weights) > WEIGHTS_LIMIT:
            weights.clear()
            self._weights_total = self.total
        freq = self.FREQ
        for idx in range(N - 1, -1, -1):
            best = None
            for x in DAG[idx]:
                word = sentence[idx:x + 1]
                weight = weights.get(word)
                if weight is None:
                    weight = weights[word] = log(freq.get(word) or 1) - logtotal
                candidate = (weight + route[x + 1][0], x)
                if best is None or candidate > best:  # as max(): the first of equal ones
                    best = candidate
            route[idx] = best

    def get_DAG(self, sentence):
        self.check_initialized()
        freq = self.FREQ
        DAG = {}
        N = len(sentence)
        for k in range(N):
            tmplist = []
            i = k
            frag = sentence[k]
            while i < N:
                count = freq.get(frag)
                if count is None:
                    break
                if count:
                    tmplist.append(i)
                i += 1
                frag = sentence[k:i + 1]
            if not tmplist:
                tmplist.append(k)
            DAG[k] = tmplist
        return DAG
