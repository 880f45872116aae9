"""Pakistani phone numbers, IBANs and wallet accounts (pure functions)."""

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_IBAN_PK = re.compile(r"^PK[0-9]{2}[A-Z]{4}[0-9]{16}$")
_SPACES = re.compile(r"[\s\-]+")


def iban_normalise(value: str) -> str:
    return _SPACES.sub("", value or "").upper()


def iban_checksum_ok(iban: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to
    numbers (A=10 … Z=35); the number mod 97 must be 1."""
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def validate_pk_iban(value: str) -> None:
    iban = iban_normalise(value)
    if not _IBAN_PK.match(iban):
        raise ValidationError(
            _("A Pakistani IBAN has 24 characters: PK, 2 digits, 4 letters, 16 digits."),
            code="iban_format",
        )
    if not iban_checksum_ok(iban):
        raise ValidationError(
            _("This IBAN's check digits do not match: please copy it again."), code="iban_check"
        )


def pk_mobile_normalise(value) -> str:
    """A Pakistani mobile number as +923XXXXXXXXX, or ValidationError.

    Accepts 03XX XXXXXXX, 923XXXXXXXXX, +92 3XX XXXXXXX and Urdu digits.
    """
    text = str(value or "").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789"))
    try:
        number = phonenumbers.parse(text, "PK")
    except phonenumbers.NumberParseException:
        number = None
    if (
        number is None
        or not phonenumbers.is_valid_number(number)
        or phonenumbers.region_code_for_number(number) != "PK"
        or phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.MOBILE
    ):
        raise ValidationError(
            _("Enter a Pakistani mobile number, e.g. 0300 1234567."), code="pk_mobile"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_pk_phone(value) -> None:
    """Any valid Pakistani number (mobile or landline), for contact phones."""
    parsed = value if isinstance(value, phonenumbers.PhoneNumber) else None
    if parsed is None:
        try:
            parsed = phonenumbers.parse(str(value), "PK")
        except phonenumbers.NumberParseException:
            parsed = None
    if (
        parsed is None
        or not phonenumbers.is_valid_number(parsed)
        or phonenumbers.region_code_for_number(parsed) != "PK"
    ):
        raise ValidationError(
            _("Enter a Pakistani phone number, e.g. 0300 1234567 or 042 35761234."),
            code="pk_phone",
        )
