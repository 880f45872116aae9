"""Cooperatives' contact and payout details are checked before they are saved."""

import pytest
from django.core.exceptions import ValidationError

from cooperatives.models import Cooperative, PayoutMethod
from cooperatives.validators import iban_checksum_ok, pk_mobile_normalise, validate_pk_iban

from .factories import CooperativeFactory, MemberFactory

# A valid Pakistani IBAN (check digits computed per ISO 13616).
GOOD_IBAN = "PK36SCBL0000001123456702"


class TestIban:
    def test_a_valid_pakistani_iban_passes(self):
        validate_pk_iban(GOOD_IBAN)
        validate_pk_iban("pk36 scbl 0000 0011 2345 6702")

    @pytest.mark.parametrize(
        ("value", "code"),
        [
            ("PK36SCBL0000001123456703", "iban_check"),  # last digit mistyped
            ("PK36SCBL000000112345670", "iban_format"),  # one digit short
            ("GB82WEST12345698765432", "iban_format"),  # not Pakistani
            ("", "iban_format"),
        ],
    )
    def test_mistakes_are_caught(self, value, code):
        with pytest.raises(ValidationError) as caught:
            validate_pk_iban(value)
        assert caught.value.code == code

    def test_checksum_matches_the_iso_example(self):
        assert iban_checksum_ok("GB82WEST12345698765432")
        assert not iban_checksum_ok("GB82WEST12345698765433")


class TestMobile:
    @pytest.mark.parametrize(
        "value", ["03001234567", "0300 1234567", "+92 300 1234567", "923001234567", "۰۳۰۰۱۲۳۴۵۶۷"]
    )
    def test_pakistani_mobiles_in_any_common_form(self, value):
        assert pk_mobile_normalise(value) == "+923001234567"

    @pytest.mark.parametrize("value", ["04235761234", "+447700900123", "0300123", "hello"])
    def test_landlines_foreign_and_short_numbers_are_refused(self, value):
        with pytest.raises(ValidationError):
            pk_mobile_normalise(value)


@pytest.mark.django_db
class TestCooperativePayout:
    def test_bank_payout_stores_the_normalised_iban(self):
        cooperative = CooperativeFactory.build(
            payout_method=PayoutMethod.BANK,
            payout_account_title="Anarkali Stitchers",
            payout_account="pk36 scbl 0000 0011 2345 6702",
        )
        cooperative.clean()
        assert cooperative.payout_account == GOOD_IBAN

    def test_wallet_payout_needs_a_pakistani_mobile(self):
        cooperative = CooperativeFactory.build(
            payout_method=PayoutMethod.JAZZCASH,
            payout_account_title="Amina Bibi",
            payout_account="0300-1234567",
        )
        cooperative.clean()
        assert cooperative.payout_account == "+923001234567"
        cooperative.payout_account = "042 35761234"
        with pytest.raises(ValidationError) as caught:
            cooperative.clean()
        assert "payout_account" in caught.value.message_dict

    def test_an_account_method_without_account_is_refused_and_cash_needs_none(self):
        cooperative = CooperativeFactory.build(payout_method=PayoutMethod.RAAST)
        with pytest.raises(ValidationError):
            cooperative.clean()
        cooperative.payout_method = PayoutMethod.CASH
        cooperative.payout_account = "leftover"
        cooperative.clean()
        assert cooperative.payout_account == ""

    def test_contact_and_member_phones_must_be_pakistani(self):
        cooperative = CooperativeFactory(contact_phone="+447700900123")
        with pytest.raises(ValidationError) as caught:
            cooperative.full_clean()
        assert "contact_phone" in caught.value.message_dict
        member = MemberFactory(cooperative=cooperative, phone="+14155550100")
        with pytest.raises(ValidationError):
            member.full_clean()
        member.phone = "0300 1234567"
        member.full_clean()

    def test_cnic_takes_exactly_four_digits(self):
        member = MemberFactory(cnic_last_digits="12a4")
        with pytest.raises(ValidationError):
            member.full_clean()

    def test_staff_see_all_cooperatives_leaders_only_their_own(self):
        from cooperatives.services import cooperative_leader_add, cooperatives_led_by

        from .factories import UserFactory

        a, b = CooperativeFactory(), CooperativeFactory()
        officer = UserFactory(username="field.officer")
        cooperative_leader_add(cooperative=a, user=officer)
        cooperative_leader_add(cooperative=b, user=officer)
        leader = UserFactory(username="leader")
        cooperative_leader_add(cooperative=a, user=leader)
        staff = UserFactory(username="staff", is_staff=True)
        assert set(cooperatives_led_by(officer)) == {a, b}
        assert set(cooperatives_led_by(leader)) == {a}
        assert set(cooperatives_led_by(staff)) == set(Cooperative.objects.all())
