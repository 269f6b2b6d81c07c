"""SDKs, permissions and device features: permission names that are also verbs (存储, 定位), permissions used,
names of an SDK or feature, and the providers of the SDKs a sentence describes."""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import FIRST_PARTY, THIRD_PARTY
from ...taxonomy.matcher import Match
from ..base import Frame, unique_frames
from .tokens import Token
from .words import CLAUSE_PUNCT, PERMISSION_USE_VERBS


# 存储 and 定位 are verbs ("存储您的信息", "定位到…") and also the Android permission groups "存储" and "定位" in permission
# lists and tables: "授权存储（相册、媒体和其他文件）、相机权限", "存储、相机、麦克风权限", a table cell "存储\t…", and any item
# of a list that ends in 权限 ("获取您的网络、NFC读写、存储、定位、蓝牙、摄像头权限"), or the label of a row saying what it is
# used for ("存储：用于缓存您…产生的文本、图像、日志等内容")
# (… and a bulleted item that is only the name: "Ø存储" in a list of permissions)
# (… and the name after its platform: "Android-定位：用于体验…功能", "iOS-定位：用于获取…")
PERMISSION_NAME = re.compile(
    r"(?:^|(?<=[授权开启允许申请获取访问、：:\t-])|(?<=[Ø•●▪■◆])|(?<=[Ø•●▪■◆]\s))(存储|储存|定位)"
    r"(?=(?:(?<=[Ø•●▪■◆]..)|(?<=[Ø•●▪■◆]\s..))\s*$|[（(\t]|、(?:相机|相册|摄像头|麦克风|位置|定位|存储|地理位置|通讯录"
    r"|电话|短信|日历|蓝牙)|(?:、[^，,。；;：:、（()）\s]{1,8}){1,12}权限|[：:]\s*(?:用于|用来))")
PERMISSION_DATA = {"存储": "storage.files", "储存": "storage.files", "定位": "location"}
# The storage permission described by what it lets the app do with the files, a run of file verbs opening with 写入
# ("我们将写入/下载/保存/修改/删除图片、文件、崩溃日志信息", "允许App写入/下载/保存/缓存/修改/删除图片、文件、崩溃日志等信息": the
# WRITE_EXTERNAL_STORAGE wording): the permission names the files on the storage (GUIDELINES: permissions count as their
# data, "the authorisation to write to it"), its items naming what is written, no data of their own
# ... but not in a run of the kinds of service partners provide ("例如【在线客服、内容审核、存储、短信、反欺诈等】" after
# "我们可能会与其共享您的某些个人信息"): there 存储 is a storage service, no permission (the run is the stretch of 、-joined
# items around the name)
SERVICE_KIND_RUN = re.compile(r"[^，,。；;：:【】（()）\n]*")
SERVICE_KIND_ITEM = re.compile(r"^(?:在线|人工)?客服$|审核$|^反欺诈$|^风控$|^(?:营销|推广|广告投放)$")
STORAGE_WRITE_RUN = re.compile(r"(?:读取/)?写入(?:/(?:下载|保存|缓存|修改|删除)){2,}")


def permission_names(text: str, matches, matcher) -> list[Match]:
    """存储 and 定位 used as permission names (`PERMISSION_NAME`), outside existing data matches, as data matches typed
    as `matcher` types the full permission name followed by the rest of the sentence ("调用您的相机、相册、存储、网络权限，
    以获取您需要上传的照片": 存储权限 for photos is media.photos)."""
    found_names = []
    for found in PERMISSION_NAME.finditer(text):
        start, end = found.span(1)
        if any(m.start < end and start < m.end for m in matches):
            continue
        run_start = max(text.rfind(c, 0, start) for c in "，,。；;：:【】（()）\n") + 1
        run = SERVICE_KIND_RUN.match(text, run_start).group()
        if any(SERVICE_KIND_ITEM.search(item.strip().rstrip("等")) for item in run.split("、")):
            continue
        # typed by what follows it only: "相册（图片库）、存储、麦克风" lists the photos as an item of their own
        named = found.group(1) + "权限" + text[end:]
        value = next((m.value for m in matcher.find(named) if m.start == 0 and m.end == end - start + 2),
                     PERMISSION_DATA[found.group(1)])
        found_names.append(Match(start, end, value, found.group(1)))
    for found in STORAGE_WRITE_RUN.finditer(text):
        if not any(m.start < found.end() and found.start() < m.end for m in matches):
            found_names.append(Match(found.start(), found.end(), "storage.files", found.group()))
    return found_names


def _permissions_used(text: str, tokens: list[Token], verbs: list[int], frames: list[Frame]) -> list[Frame]:
    """An introduction over permission items whose use verb takes the permissions ("以下功能中，您可选择是否授权我行使用您的
    个人信息或权限：") reads their data, a collection (GUIDELINES: permissions count as their data, collected)."""
    used = [tokens[v].word for v in verbs if tokens[v].word in PERMISSION_USE_VERBS
            and "权限" in text[tokens[v].end:].rstrip("：: ")[-12:]]
    if not used:
        return frames
    return unique_frames([replace(f, action="collect") if f.action == "use" and f.verb in used else f for f in frames])


# An account as the means of logging in: "使用[第三方帐号（例如：]抖音帐号[、Apple ID）][授权|便捷地]登录", "使用淘宝账号、
# 微信、QQ账号登录" (the words after a parenthesis the account is in or heads are read by _text_after_group).
LOGIN_ACCOUNT = re.compile(r"(?i)[账帐][号户]|ID|Apple")  # an account, not its password
LOGIN_MEANS_BEFORE = re.compile(r"(?:使用|通过|以|用(?!户))[^，,。；;]{0,24}$")
# ("使用QQ帐号进行注册、登录": registering and logging in with the account; so is registering or opening a service with
# it, "使用QQ帐号注册的邮箱帐号", "使用QQ帐号开通QQ邮箱的用户", and using the account's service, "使用统一的抖音帐号服务")
LOGIN_MEANS_AFTER = re.compile(r"(?:[、/和或及与][^，,。；;、（()]{1,8})*(?:授权|便捷地|快捷地?|直接|一键|进行|来)*"
                               r"(?:(?:注册(?:[、/和或及与]|或者)?)?(?:登录|登陆)|注册的|开通)|服务")

# The rest of an SDK's name right after a data term ("指纹认证SDK", "华为3D人脸识别SDK", "设备指纹SDK", "百度定位SDK"): the term
# names what the SDK does, not data the line takes.
SDK_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}\s*SDK", re.IGNORECASE)


def names_sdk_or_feature(match: Match, text: str) -> bool:
    """Whether the data term `match` only names an SDK ("指纹认证SDK", "人脸识别SDK", "设备指纹SDK") or, for a biometric term,
    the phone's log-in, unlock, payment or verification feature ("指纹/面容ID快捷登录", "指纹认证服务"): no data taken."""
    return bool(SDK_NAME_AFTER.match(text, match.end) or match.value.startswith("biometric")
                and BIOMETRIC_METHOD_AFTER.match(text, match.end))


# After a fingerprint or face term, the log-in, unlock or payment method it names ("指纹/面容ID快捷登录", "人脸/指纹登录与/或
# 支付功能", "面容解锁或指纹解锁", "使用手机自带的指纹/面容ID启用快捷登录") or the verification service or feature it names
# ("为了向您提供便捷的指纹认证服务", "手机终端自身的本地生物特征认证功能"): the check runs on the phone, the term is a feature.
BIOMETRIC_METHOD_AFTER = re.compile(r"(?:\s*(?:/|或|、|和)\s*(?:指纹|面容|人脸|面部|触控)(?:ID|识别)?)*\s*(?:启用|开启)?(?:快捷)?"
                                    r"(?:(?:登录|登陆|解锁|支付|取款|转账)|(?:实名)?(?:认证|验证)(?:服务|功能|应用范围))", re.IGNORECASE)


def _storage_permission(tokens: list[Token], index: int) -> bool:
    """存储 naming the device's storage or its permission, not storing: in a list of permissions ("相机/存储读写/麦克风
    权限"), as a compound noun ("调取您的相机权限、文件存储", "相册和文件存储：用于文件缓存"), owned by the person ("收集您的存储
    （相册、媒体和其他文件）"), as an item of a data list ("软件系统版本、存储信息、运营商信息") or as the heading of a
    permission's item ("存储：当您安装APP时，APP会向您申请获取此权限")."""
    if tokens[index].word != "存储":
        return False
    after = tokens[index + 1].word if index + 1 < len(tokens) else ""
    before = tokens[index - 1].word if index > 0 else ""
    before2 = tokens[index - 2].word if index > 1 else ""
    return (after in ("读写", "/", "／") or before in ("/", "／")
            or before == "文件" and (not after or after in CLAUSE_PUNCT or after in ("：", ":", "、", "和", "及", "权限"))
            or before == "的" and before2 in ("您", "你") and after in ("（", "(", "、", "权限")
            or after == "信息" and before in ("、", "：", ":")
            or after in ("：", ":") and all(re.fullmatch(r"[\s\d.．、()（）一二三四五六七八九十]+", t.word)
                                           for t in tokens[:index]))


def _device_used(tokens: list[Token], index: int) -> bool:
    """所使用 + the device + 的 describes whose data follows ("系统后台保存客户交易时所使用设备的网络信息"): the person's using the
    device, no practice on the data after it."""
    if tokens[index].word not in ("使用", "用") or index == 0 or tokens[index - 1].word != "所":
        return False
    after = "".join(t.word for t in tokens[index + 1:index + 4])
    return re.match(r"的?(?:设备|终端|手机|移动设备|电脑|浏览器)的", after) is not None


def _providers_of_described_sdks(text: str, found: list) -> list:
    """An SDK not in the catalogue, named after its provider ("腾讯公司的安全风控SDK", "谷歌公司（Google Inc.）的Zxing
    二维码扫描SDK") or followed by a catalogued name in parentheses ("设备风险SDK（数美SDK）"), is that provider's, as the
    guidelines ask, here and wherever the sentence names it again."""
    named: dict[str, str] = {}
    result = []
    for index, match in enumerate(found):
        if match.value == THIRD_PARTY and "sdk" in match.phrase.lower():
            provider = None
            before = found[index - 1] if index else None
            if before is not None and before.value not in (THIRD_PARTY, FIRST_PARTY) and re.fullmatch(
                    r"(?:\s*[（(][^（()）]{0,30})?[）)]?\s*的[^，,。；;：:、的（）()]{0,12}", text[before.end:match.start]):
                provider = before.value
            after = found[index + 1] if index + 1 < len(found) else None
            if provider is None and after is not None and after.value not in (THIRD_PARTY, FIRST_PARTY) and re.fullmatch(
                    r"\s*[（(]", text[match.end:after.start]):
                provider = after.value
            provider = provider or named.get(match.phrase.lower())
            if provider is not None:
                named[match.phrase.lower()] = provider
                match = Match(match.start, match.end, provider, match.phrase)
        result.append(match)
    return result
