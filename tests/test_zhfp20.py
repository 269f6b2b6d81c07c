"""Chinese first-party precision on lines that state no practice of ours: a financial institution (金融机构) is another
party (mappings/actors.yaml); a party described as serving the person ("向您提供借贷服务的金融机构") is the subject of
its verb, the 向 belonging to the relative clause (policycheck/extract/zh/parties.py, _serves_person); a run-in label
after an item letter ("f.地理位置服务：") is a title like one without it (policycheck/extract/__init__.py,
ZH_LETTERED_LABEL); 同意 after 征得 / 取得 is the consent obtained, no act of the person (policycheck/extract/zh/context.py,
_consent_noun)."""

from __future__ import annotations

from conftest import statements_of


def actors(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_a_financial_institution_is_another_party():
    assert actors("金融机构需要收集您的个人信息。") == {("personal_info", "collect", "third_party")}
    assert ("financial.payment", "share", "first_party") in actors("我们会将您的银行卡号提供给金融机构。")


def test_a_party_serving_the_person_is_the_subject_of_its_verb():
    assert actors("在您使用金融服务过程中，向您提供借贷、存款等服务的金融机构（包括银行、保险等机构）需要收集您的个人信息时，"
                  "金融机构会另行取得您的授权同意。") == {("personal_info", "collect", "third_party")}
    assert actors("向您提供借贷服务的合作伙伴需要收集您的个人信息。") == {("personal_info", "collect", "third_party")}


def test_a_lettered_run_in_label_is_a_title():
    text = ("3.1 我们收集的信息\n"
            "f.地理位置服务：当你使用地理位置相关服务时，位置服务提供商（高德地图）可能会通过SDK或相关技术使用你的GPS传感器收集的"
            "地理位置信息、设备信息以便可以向你返回位置结果。\n")
    found = {(s.data_type, s.action, s.actor, s.term) for s in statements_of(text)}
    assert ("location", "collect", "first_party", "地理位置") not in found
    assert ("location", "use", "amap", "地理位置信息") in found
    # over a verbless list the label names the data
    listed = {(s.data_type, s.action, s.term) for s in statements_of("3.1 我们收集的信息\na.地理位置服务：GPS信息、基站信息。\n")}
    assert ("location", "collect", "地理位置") in listed


def test_consent_obtained_is_no_act_of_the_person():
    assert ("personal_info", "collect", "first_party") not in actors(
        "如新的控制者拟变更个人信息处理目的、处理方式的，新的控制者将就对你的个人信息的处理重新征得你同意。")
    # the person's own consent to our collection keeps it
    assert ("location", "collect", "first_party") in actors("您同意我们收集您的位置信息。")
    assert ("location", "collect", "first_party") in actors("在征得您同意后，我们会收集您的位置信息。")


def test_a_demonstrative_subject_takes_up_the_party_named_before():
    assert actors("c.登录、绑定其他产品：当你使用西瓜视频帐号登录关联方或第三方的应用或服务时，经过你的同意，上述应用或服务将会使用你的"
                  "昵称、头像及其他你授权的信息。") == {("account.profile", "use", "third_party")}
    assert actors("当您在喜马拉雅中使用该授权合作伙伴提供的相关服务，该等服务插件将收集和处理您的相关个人信息。") == {
        ("personal_info", "collect", "third_party"), ("personal_info", "use", "third_party")}
    # not with only us named before, nor a party named as the recipient
    assert actors("我们为您提供定位服务，上述服务将会收集您的位置信息。") == {("location", "collect", "first_party")}
    assert ("location", "collect", "first_party") in actors("我们会向合作方提供您的设备信息，上述服务将会收集您的位置信息。")


def test_who_acts_under_its_own_policy_is_another_party():
    assert actors("当您与该等公众号和小程序交互时，相关公众号或小程序可能按照其自己的隐私政策（而非本隐私政策）收集、保留您的信息。") == {
        ("personal_info", "collect", "third_party"), ("personal_info", "store", "third_party")}
    assert actors("我们会按照本隐私政策收集您的信息。") == {("personal_info", "collect", "first_party")}


def test_ending_our_use_is_a_control():
    assert actors("您可以通过设置中的开关随时终止完美世界应用使用您设备中的摄像头。") == set()


def test_a_verb_between_data_and_gongneng_names_a_feature():
    assert actors("对于某些品牌或型号的手机终端自身的本地生物特征认证功能，如人脸识别功能，其信息由手机终端提供商进行处理，"
                  "我行不留存您应用手机终端相关功能中的信息。") == set()
    assert actors("我们提供人脸识别功能，需要收集您的人脸信息。") == {("biometric.face", "collect", "first_party")}


def test_a_corresponding_party_after_a_relative_clause_is_the_recipient():
    assert actors("如您选择由其他金融机构为您提供支付服务，我们还会将您的银行卡号与您选择的相应金融机构共享。") == {
        ("financial.payment", "share", "first_party")}
