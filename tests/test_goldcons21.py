"""The twenty-first gold consistency pass: numbered introductions of the optional-authorisation scenarios."""

from __future__ import annotations

import pytest
from conftest import gold_line_tuples as _tuples


@pytest.mark.parametrize(("slug", "line", "actions"), [("zh-r2-boc", 41, {"use"}),
                                                       ("zh-r13-jianhang", 47, {"collect", "use"}),
                                                       ("zh-r18-icbc-rongexing", 9, {"collect", "use"}),
                                                       ("zh-r18-psbc", 45, {"collect", "use"})])
def test_numbered_introduction_with_yixia_naming_personal_information_states_its_practice(slug, line, actions):
    # "6、以下功能中，您可选择是否授权我行使用您的个人信息或权限：" states `use` on 个人信息 as its siblings state theirs
    assert {t for t in _tuples(slug, line) if t[0] == "personal_info"} == {("personal_info", a, "first_party")
                                                                          for a in actions}
