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



def test_adding_words_to_the_mappings_does_not_shift_other_segmentation():
    # every added word used to raise the total frequency the routes are weighed by, which tipped "为及时处理你的投诉" into
    # 及时处理 once the mappings had added enough words: the Chinese segmenter's total is fixed
    import copy

    from policycheck.extract import get_extractor
    from policycheck.extract.zh.tokens import SEGMENTER_TOTAL, build_segmenter

    zh = get_extractor().zh
    bigger = copy.copy(zh.taxonomy)
    bigger.ignore = {**zh.taxonomy.ignore, "zh": [*zh.taxonomy.ignore.get("zh", []),
                                                  *(f"测试词语{index:03d}" for index in range(400))]}
    usual, more = (build_segmenter(taxonomy, zh.entities, zh.lex) for taxonomy in (zh.taxonomy, bigger))
    assert usual.total == more.total == SEGMENTER_TOTAL
    for sentence in [*SENTENCES, "为及时处理你的投诉、建议以及其他诉求，客户服务提供商需要使用你的帐号及相关信息。"]:
        assert usual.lcut(sentence, HMM=False) == more.lcut(sentence, HMM=False)
