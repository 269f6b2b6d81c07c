"""Chinese extraction: table rows flattened into sentences (cells joined by " | "), possessive necessary information
shared, lists carried by a demonstrative in the next sentence, and retention periods."""

from __future__ import annotations

from conftest import tuples

ROWS = ("目前我们接入的第三方合作伙伴情况如下：\n"
        "第三方服务名称 | 合作伙伴名称 | 具体功能 | 获取的权限/信息\n"
        "极光推送 | 深圳市和讯华谷信息技术有限公司 | 信息推送 | 访问网络、获取网络信息状态\n"
        "华为推送 | 华为软件技术有限公司 | 用于在华为设备上推送消息 | 设备标识信息、网络状态信息\n")


def test_purpose_cell_of_a_flattened_row_does_not_govern_the_data_cell():
    # the rows of a table flattened into plain text are read by the header's columns: the purpose cell ("用于…推送消息")
    # is no predicate of the data cell after it, whose data the row's party obtains
    found = tuples(ROWS)
    assert (4, "device.id", "collect", "huawei_push") in found
    assert (4, "device.network", "collect", "huawei_push") in found


def test_data_cell_with_purpose_verb_after_the_name_cell():
    found = tuples("第三方SDK情况如下：\n"
                   "名称 | 提供方 | 用途 | 收集的信息\n"
                   "腾讯人脸核身 | 深圳市腾讯计算机系统有限公司 | 用于活体检测，以核实是否为真实本人 | 姓名、身份证号\n")
    assert {(3, "identity.name", "collect", "tencent_faceid"),
            (3, "identity.id_number", "collect", "tencent_faceid")} <= found


def test_scenario_cell_verb_still_governs_its_row():
    # a first cell naming a scenario ("完善个人档案") is no purpose cell: its data cell stays collected by us
    found = tuples("功能场景 | 您的个人信息 | 收集目的及用途\n"
                   "完善个人档案 | 收件人姓名、收件地址 | 以便我们为您完善服务\n")
    assert (2, "contact.address", "collect", "first_party") in found


def test_verbless_list_takes_the_practice_the_next_sentence_states_by_a_demonstrative():
    # "我们收集上述信息…" right after a verbless list in the same item: the list is what is collected
    found = tuples("使用游戏过程中：\n"
                   "1）设备信息（设备序列号、设备型号）、网络环境信息以及游戏崩溃记录。我们收集上述信息是用于保障您的账号安全。\n")
    assert {(2, "device.id.serial", "collect", "first_party"), (2, "device.hardware", "collect", "first_party"),
            (2, "device.network", "collect", "first_party"), (2, "usage.logs", "collect", "first_party")} <= found


def test_demonstrative_after_a_time_clause():
    found = tuples("使用游戏过程中：\n"
                   "1）交易信息，包括充值记录、消费记录。您使用某些消费功能时，我们会收集前述信息，以便您查询。\n")
    assert (2, "financial.transactions", "collect", "first_party") in found


def test_demonstrative_in_another_block_is_not_carried_back():
    found = tuples("使用游戏过程中：\n"
                   "1）设备序列号、设备型号。\n"
                   "\n"
                   "我们收集上述信息是用于保障您的账号安全。\n")
    assert not any(t[0] == 2 and t[1] == "device.id.serial" and t[2] == "collect" for t in found)


def test_vocabulary_of_game_and_push_policies():
    found = tuples("我们会收集您的游戏应用信息、应用使用信息、服务使用数据、服务消费数据。\n"
                   "第三方SDK可能会收集您的国家码。\n"
                   "您参加问卷调查时，我们会收集您的姓名、文化程度。\n")
    assert {(1, "device.apps", "collect", "first_party"), (1, "usage", "collect", "first_party"),
            (1, "financial.transactions", "collect", "first_party"),
            (2, "location.coarse", "collect", "third_party"),
            (3, "identity.education", "collect", "first_party")} <= found


PARTNER_TABLE = ("目前我们接入的第三方合作伙伴权限情况如下：\n"
                 "第三方服务名称 | 合作伙伴名称 | 具体功能 | 获取的权限/信息 | 合作伙伴网站\n"
                 "微信支付 | 深圳市腾讯计算机系统有限公司 | 支付 | 无 | http://privacy.qq.com/\n"
                 "极光推送 | 深圳市和讯华谷信息技术有限公司 | 信息推送 | 访问网络、获取网络信息状态 | https://www.jiguang.cn/\n"
                 "如您使用华为、小米品牌手机，我们接入的第三方 SDK 极光推送整合了上述手机厂商 Push SDK 为您推送消息\n"
                 "华为推送 | 华为软件技术有限公司 | 用于在华为设备上推送消息 | 设备标识信息、网络状态信息 | https://developer.huawei.com/\n"
                 "小米推送 | 小米科技有限责任公司 | 用于在小米设备上推送消息 | 设备标识信息、应用使用信息 | https://dev.mi.com/\n")


def test_flattened_table_in_plain_text_is_read_by_its_columns():
    from policycheck.ingest import parse_policy
    blocks = parse_policy(PARTNER_TABLE, "p.txt").blocks
    kinds = [(b.line, b.kind, b.header) for b in blocks]
    assert (2, "table_row", True) in kinds and (4, "table_row", False) in kinds
    # the rows after the merged cell on line 5 are body rows of the same table, not a new header
    assert (6, "table_row", False) in kinds and (5, "paragraph", False) in kinds
    found = tuples(PARTNER_TABLE)
    assert (4, "device.network", "collect", "jpush") in found
    assert {(6, "device.id", "collect", "huawei_push"), (6, "device.network", "collect", "huawei_push"),
            (7, "device.id", "collect", "mipush"), (7, "usage", "collect", "mipush")} <= found
    # a cell saying "无" lists nothing: no tuple for its row
    assert not any(t[0] == 3 for t in found)


def test_own_information_column_of_a_flattened_table():
    found = tuples("基本功能\n"
                   "功能场景 | 您的个人信息 | 收集目的及用途\n"
                   "订单结算及配送 | 手机号码、收件人姓名、收件地址 | 用于完成订单结算及配送。\n"
                   "退货上门取件 | 取件地址、寄件人姓名和手机号 | 用于完成上门取件和退货。\n")
    assert {(3, "contact.phone", "collect", "first_party"), (3, "identity.name", "collect", "first_party"),
            (3, "contact.address", "collect", "first_party"), (4, "contact.address", "collect", "first_party"),
            (4, "identity.name", "collect", "first_party")} <= found


def test_single_pipe_line_stays_a_paragraph():
    from policycheck.ingest import parse_policy
    blocks = parse_policy("说明：甲 | 乙 | 丙\n我们会收集您的手机号码。\n", "p.txt").blocks
    assert blocks[0].kind == "paragraph"


def test_quoted_section_title_names_no_data():
    found = tuples("我们可能会将您的个人信息用于以下目的：\n"
                   "（2）实现“我们如何收集和使用您的信息”部分所述目的；\n"
                   "（3）出于本政策「个人信息处理与目的」章节所描述的原因，分析您的设备信息。\n")
    assert not any(t[0] == 2 for t in found)
    assert not any(t[0] == 3 and t[1] == "personal_info" for t in found)
    assert (3, "device", "use", "first_party") in found or (3, "device", "collect", "first_party") in found
