"""Chinese content recall: the text of the web pages the person has open, which a browser extension or reading tool
reads, keeps or sends, is content; the service's own pages the person shares or the app downloads are no data."""

from __future__ import annotations

from conftest import tuples


def _types(text: str) -> set:
    return {t[1] for t in tuples(text)}


def test_the_text_of_the_pages_a_tool_reads_or_sends_is_content():
    assert "content" in _types("当您请求总结时，页面内容将被发送至我们的服务器进行处理。")
    assert "content" in _types("打开收藏弹窗时，插件读取当前页面正文，供你决定是否剪藏。")
    assert "content" in _types("我们不会把网页内容上传到我们的服务器。")


def test_the_services_own_pages_shared_or_downloaded_are_no_content():
    assert "content" not in _types("您可以在本应用中将页面内容或视频分享，我们使用了微信分享SDK。")
    assert "content" not in _types("为了提升打开速度，需下载部分页面内容保存在设备存储空间内，用于存储必要的页面内容。")


def test_the_pages_a_service_shows_and_a_reading_mode_are_no_content():
    assert "content" not in _types("我们会调用您设备的加速度传感器，用于允许应用加载网页界面时判断手机是否在摇晃，更好的展示网页内容。")
    assert "content" not in _types("非默认站点网页正文模式需要用户主动授权；扩展会收集您的设置。")
    # the reading named only to date another step
    assert "content" not in _types("首次使用时，本扩展会在读取网页内容之前展示产品内数据说明。")
    # page text kept on the person's own device
    assert "content" not in _types("这些功能在本地运行，即网页内容和图片都会保留在您的设备上。")
