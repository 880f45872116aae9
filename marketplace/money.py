"""Money in one place: Oscar keeps Decimal rupees, everything we store or send
to a payment provider is whole paisa (1/100 rupee).

Conversions refuse amounts that are not whole paisa rather than round them:
a price of Rs 10.005 is a bug upstream, not something to hide here.
"""

from decimal import Decimal

PAISA_PER_RUPEE = 100


class NotWholePaisa(ValueError):
    pass


def to_paisa(amount) -> int:
    """Rupees (Decimal, int or str) → int paisa. ``to_paisa(Decimal("12.50")) == 1250``."""
    value = Decimal(str(amount)) * PAISA_PER_RUPEE
    if value != value.to_integral_value():
        raise NotWholePaisa(f"{amount!r} is not a whole number of paisa")
    return int(value)


def from_paisa(amount_paisa: int) -> Decimal:
    """int paisa → Decimal rupees with two places. ``from_paisa(1250) == Decimal("12.50")``."""
    if not isinstance(amount_paisa, int):
        raise TypeError("paisa are whole numbers")
    return (Decimal(amount_paisa) / PAISA_PER_RUPEE).quantize(Decimal("0.01"))
