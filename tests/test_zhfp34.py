"""Chinese first-party false positives of the person's data types: changing an avatar named as what a permission or
an upload serves ("便于您进行头像更换") is a feature, no profile data of its own; so is the order whose payment the person
completes ("…完成订单支付"), no transactions record."""

from __future__ import annotations

from conftest import tuples


def test_changing_an_avatar_named_as_a_purpose_is_no_profile_data():
    found = tuples("相册和存储权限：您可在开启相册权限后上传您的照片，便于您进行头像更换、发表和分享评论。")
    assert "account.profile" not in {data for _, data, _, _ in found}
    assert "media.photos" in {data for _, data, _, _ in found}


def test_an_avatar_collected_itself_stays_profile_data():
    assert (1, "account.profile", "collect", "first_party") in tuples("当您上传头像时，我们会收集您的头像并进行头像更换。")


def test_completing_an_order_payment_is_the_act_not_transactions():
    assert tuples("为履行我们与您的交易订单，我们需要您提供支付宝/微信账户、或选择其他付款方式完成订单支付。") == {
        (1, "financial.payment", "collect", "first_party")}
    assert tuples("为完成订单支付，我们会将您的订单信息共享给支付机构。") == {(1, "financial.transactions", "share", "first_party")}
