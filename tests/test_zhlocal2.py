"""Chinese device-local data (zhlocal2): a clause or table cell of its own saying the data never leaves the machine
("不离机", "不离开本地浏览器") denies collecting the data named before it in its sentence; a book file imported from the
device is a file of its storage."""

from __future__ import annotations

from conftest import pairs


def test_a_clause_saying_the_data_never_leaves_the_machine_is_not_collect_of_the_data_before_it():
    found = pairs("浏览记录仅在本机用于推荐，不离机。")
    assert ("usage.history", "not_collect") in found
    assert ("usage.history", "use") in found


def test_a_table_cell_saying_the_data_never_leaves_the_browser_is_not_collect():
    assert ("usage.cookies", "not_collect") in pairs("| Cookie 快照 | 用于授权请求 | 仅本地内存 | **不离开本地浏览器** |")


def test_an_imported_book_file_is_a_file_of_the_storage():
    assert ("storage.files", "not_collect") in pairs("导入的本地书籍文件仅在您的设备本地解析，不会上传至我们的服务器。")


def test_files_the_person_scans_or_saves_are_files_of_the_storage():
    assert ("storage.files", "not_collect") in pairs("您扫描和保存的文件仅在本地进行处理，不会上传至云端。")
