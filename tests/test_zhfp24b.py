"""Chinese first-party precision (second part): that the data needed differs, other users' own data, and a section on the
settings kept on the device state no practice of ours."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples


def test_that_the_data_needed_differs_and_other_users_own_data_are_no_practice():
    # a section title over them gives no practice to these lines
    assert tuples("我们如何收集和使用您的个人信息\n提示您注意：由于不同的产品或服务所需的个人信息有所不同，我们还会在您使用具体产品"
                  "和/或服务前通过页面提示、交互流程等方式征求您的同意。") == set()
    assert tuples("我们如何收集和使用您的个人信息\n在此情况下，知乎向您提供 「仅浏览」模式，即部分内容浏览，该等信息一般是基于其他用户"
                  "同意本指引并提供他们的必要个人信息生成的内容。") == set()


def test_a_section_on_the_settings_kept_on_the_device_is_no_collection():
    assert markdown_policy_tuples("## 本地设置和权限\n\n日历偏好、提醒选项及可选的 Nextcloud 连接信息保存在 `chrome.storage.local`，"
                                  "不进入 Chrome 同步。Nextcloud 应用密码没有额外的静态加密保护。\n\n"
                                  "在 Nextcloud 的安全设置中撤销应用密码，可使它在服务器端失效。\n") == set()
    # a section on the permissions alone still collects what its lines name
    assert markdown_policy_tuples("## 权限\n\n- 您的 API Key\n") != set()
