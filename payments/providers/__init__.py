"""Card providers behind one small interface (Stripe today; a wallet such as
JazzCash or Easypaisa would be a second implementation of ``CardProvider``)."""

from .base import (
    CardDeclined,
    CardProvider,
    IntentState,
    ProviderError,
    RefundState,
    SignatureInvalid,
    WebhookEvent,
)


def card_provider() -> CardProvider | None:
    """The configured provider, or None when card payments are off."""
    from django.conf import settings

    if not settings.STRIPE_SECRET_KEY:
        return None
    from .stripe import StripeProvider

    return StripeProvider()


__all__ = [
    "CardDeclined",
    "CardProvider",
    "IntentState",
    "ProviderError",
    "RefundState",
    "SignatureInvalid",
    "WebhookEvent",
    "card_provider",
]
