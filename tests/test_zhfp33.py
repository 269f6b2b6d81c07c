"""Chinese first-party false positives whose subject is another party: a Latin-script thing named earlier in the
sentence that opens a later clause as the subject of a modal ("chromium将读取…", "YouTube 可能会…保存 Cookie"), a party
acting under its own policy or rules ("相应服务按其政策处理…"), the site a download is redirected to."""

from __future__ import annotations

from conftest import tuples


def test_a_thing_named_before_takes_its_maker_or_is_another_party():
    found = tuples("作业帮APP集成谷歌公司（Google Inc.）的chromium（开放源代码），chromium将读取您的唯一设备标识符，"
                   "用于完成网络请求；在作业帮APP处于后台模式时，chromium将读取Wi-Fi信息和MAC地址。")
    assert {actor for _, _, _, actor in found} == {"google"}
    assert ("device.id.mac" in {data for _, data, _, _ in found})
    assert tuples("如果在 Pocket 上播放 YouTube 视频，YouTube 可能会在您的设备上保存 Cookie，以便实现个性化展示。") == {
        (1, "usage.cookies", "use", "third_party")}
    assert tuples("如果您在 Pocket 播放 YouTube 影片，則 YouTube 可能會在裝置中置入 Cookie 並用來個人化內容。") == {
        (1, "usage.cookies", "use", "third_party")}


def test_our_own_clause_and_a_name_not_named_before_stay_ours():
    assert tuples("我们集成了谷歌公司的chromium，我们将读取您的MAC地址。") == {(1, "device.id.mac", "collect", "first_party")}
    assert tuples("在后台模式时，Acme将读取您的MAC地址。") == {(1, "device.id.mac", "collect", "first_party")}


def test_a_party_under_its_own_policy_or_rules_is_another_party():
    assert tuples("只应向您信任的账户上传备份；相应服务按其政策处理备份、凭据和网络元数据。") == {
        (1, "account.credentials", "use", "third_party")}
    assert tuples("下载重定向目标可能设置自己的 Cookie 或其他会话标识。") == {(1, "usage.cookies", "use", "third_party")}
