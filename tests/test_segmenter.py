"""The tightened jieba segmenter cuts exactly the words jieba does."""

import jieba

from policycheck.extract.segmenter import Tokenizer

SENTENCES = [
    "我们会收集您的设备信息、位置信息和网络日志，用于保障账号安全。",
    "为了向您提供推送服务，我们接入了小米推送SDK，会收集您的设备标识符（IMEI、OAID）。",
    "如您不同意，我们将无法为您提供相关服务；您可以通过“设置-隐私”关闭个性化推荐。",
    "abc 123 测试 Wi-Fi 名称与 MAC 地址",
    "",
]


def _pair():
    ours, theirs = Tokenizer(), jieba.Tokenizer()
    for tokenizer in (ours, theirs):
        tokenizer.initialize()
        for word, freq in (("个性化推荐", 50000), ("设备标识符", 200000), ("网络日志", 50000)):
            tokenizer.add_word(word, freq=freq)
    return ours, theirs


def test_the_segmenter_cuts_jiebas_words():
    ours, theirs = _pair()
    for sentence in SENTENCES:
        assert list(ours.tokenize(sentence, HMM=False)) == list(theirs.tokenize(sentence, HMM=False))


def test_a_word_added_later_is_weighed_with_the_new_total():
    ours, theirs = _pair()
    list(ours.tokenize(SENTENCES[0], HMM=False))
    for tokenizer in (ours, theirs):
        tokenizer.add_word("位置信息和", freq=900000)
    assert list(ours.tokenize(SENTENCES[0], HMM=False)) == list(theirs.tokenize(SENTENCES[0], HMM=False))

