"""Chinese recall on the shapes of translated notices (Mozilla's subscription-services and Common Voice notices) and
the same shapes in other policies: technical data, how users interact, locations inferred from the IP address."""

from __future__ import annotations

from conftest import pairs, statements_of


def _parties(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_technical_data_is_device_data():
    assert ("device", "collect", "sentry") in _parties(
        "此外，如果您已在应用程序内同意数据收集，我们的合作伙伴 Sentry.io 将接收技术数据，用于错误排查与性能监控。")
    assert ("device", "collect") in pairs("进行网络分析以改进我们的网站或通过收集相关技术数据解决技术问题。")


def test_how_users_interact_with_the_service_is_usage():
    assert ("usage", "collect", "google_analytics") in _parties(
        "Mozilla Monitor 使用 Google Analytics 来获取有关用户如何与我们网站互动的指标数据。这可以帮助我们改善网站内容。")
    assert ("usage", "collect", "google_analytics") in _parties(
        "Google Analytics，在您的设备上放置 Cookie，以获取关于用户如何与我们的网站交互的指标。")
    assert "usage" in {d for d, _ in pairs(
        "我们使用 Google Analytics 更好地了解您与 Common Voice 应用或网站的交互方式。")}
    # how people interact with other parties' sites (aggregated for advertisers) names no data of the person's
    assert "usage" not in {d for d, _ in pairs(
        "我们使用所掌握的信息来帮助广告主评估他们广告的成效，并了解人们如何与其网站、应用和服务互动。")}


def test_a_location_inferred_from_the_ip_address_is_coarse_and_collected():
    found = pairs("当您注册并使用服务时，我们会获取您的 IP 地址。我们会使用 IP 地址来大致判断您的地理位置，因为服务的可用性可能会因"
                  "您所在的国家/地区而有所不同。")
    assert ("location.coarse", "collect") in found and ("network.ip", "use") in found
    assert "location" not in {d for d, _ in found}
    found = pairs("我们可能会使用您的IP地址识别设备连接至互联网时的所在位置，以用于实现特定活动内容。")
    assert ("location.coarse", "collect") in found and "location" not in {d for d, _ in found}
    # a location obtained from several sources stays the location
    assert "location" in {d for d, _ in pairs("在访问时，我们会自动从您的 IP 地址、设备或互联网服务中获取位置数据，以用于保护安全。")}
