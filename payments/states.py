"""How a card payment's status follows the provider's (pure; no database).

The provider's word is applied only forwards: a payment that is paid or
released never goes back, and an authorised one never becomes "declined"
because an older event arrived late. That is what makes webhooks safe to
receive in any order and any number of times.
"""

from .models import Payment

S = Payment.Status

FROM_PROVIDER = {
    "requires_payment_method": S.FAILED,
    "requires_confirmation": S.STARTED,
    "requires_action": S.REQUIRES_ACTION,
    "processing": S.REQUIRES_ACTION,
    "requires_capture": S.AUTHORISED,
    "succeeded": S.PAID,
    "canceled": S.VOIDED,
}

FINAL = {S.PAID, S.VOIDED}

RANK = {
    S.STARTED: 0,
    S.REQUIRES_ACTION: 1,
    S.FAILED: 1,
    S.AUTHORISED: 2,
    S.PAID: 3,
    S.VOIDED: 3,
}


def status_after(current: str, provider_status: str, *, has_failure: bool) -> str:
    """The payment's status once the provider says ``provider_status``.

    >>> status_after("authorised", "succeeded", has_failure=False)
    'paid'
    >>> status_after("paid", "requires_payment_method", has_failure=True)
    'paid'
    """
    if current in FINAL:
        return current
    new = FROM_PROVIDER.get(provider_status)
    if new is None:
        return current
    if new == S.FAILED and not has_failure:
        # A payment method not yet given is not a decline.
        new = S.STARTED
    if RANK[new] < RANK[current]:
        return current
    return new
