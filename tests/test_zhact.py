"""Chinese extraction: which action a clause gives its data."""

from __future__ import annotations

from conftest import pairs


def test_files_written_to_the_device_are_collected_not_stored():
    found = pairs("在您开启读取、修改、写入SD权限或存储权限后，我们会下载游戏资源并储存在SD卡上或者手机存储空间上。")
    assert ("storage.files", "collect") in found
    assert ("storage.files", "store") not in found
