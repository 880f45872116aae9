"""Stripe PaymentIntents, confirmed on the server with manual capture.

The browser only turns the card into a PaymentMethod (Stripe.js); the server
creates and confirms the PaymentIntent with ``capture_method=manual``, places
the order, and captures afterwards. A card is therefore never charged for an
order that was not placed: an authorisation without an order is released.

Every call that changes something carries an idempotency key derived from the
order number and the attempt (see payments.services), so a retried request
returns what the first one did instead of charging again.
"""

import stripe
from django.conf import settings

from .base import (
    CardDeclined,
    IntentState,
    ProviderError,
    RefundState,
    SignatureInvalid,
    WebhookEvent,
)

# One currency for the whole network; Stripe counts PKR in paisa.
CURRENCY = "pkr"


def _client() -> stripe.StripeClient:
    kwargs = {}
    if settings.STRIPE_API_BASE:
        kwargs["base_addresses"] = {"api": settings.STRIPE_API_BASE}
    return stripe.StripeClient(settings.STRIPE_SECRET_KEY, max_network_retries=0, **kwargs)


def _plain(obj) -> dict:
    return obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)


def _state(pi) -> IntentState:
    pi = _plain(pi)
    error = pi.get("last_payment_error") or {}
    return IntentState(
        id=pi["id"],
        status=pi["status"],
        amount_paisa=int(pi["amount"]),
        currency=str(pi["currency"]).upper(),
        amount_received_paisa=int(pi.get("amount_received") or _captured(pi)),
        client_secret=pi.get("client_secret") or "",
        failure_message=(error.get("message") or "") if error else "",
        metadata=dict(pi.get("metadata") or {}),
    )


def _captured(pi) -> int:
    # Older API shapes (and local test peers) give the charge, not amount_received.
    charge = pi.get("latest_charge")
    if hasattr(charge, "get") and charge.get("captured") and charge.get("status") == "succeeded":
        return int(charge.get("amount") or 0)
    return 0


class StripeProvider:
    name = "stripe"

    def __init__(self):
        self.client = _client()

    def _call(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except stripe.CardError as error:
            raise CardDeclined(error.user_message or str(error)) from error
        except stripe.StripeError as error:
            raise ProviderError(error.user_message or str(error)) from error

    def intent_create(self, *, idempotency_key, amount_paisa, currency, payment_method, metadata):
        try:
            pi = self._call(
                self.client.v1.payment_intents.create,
                params={
                    "amount": amount_paisa,
                    "currency": currency.lower(),
                    "payment_method": payment_method,
                    "payment_method_types": ["card"],
                    "capture_method": "manual",
                    "confirm": True,
                    "metadata": metadata,
                },
                options={"idempotency_key": idempotency_key},
            )
        except CardDeclined as declined:
            intent = None
            error = declined.__cause__
            pi = getattr(getattr(error, "error", None), "payment_intent", None)
            if pi:
                intent = _state(pi)
            raise CardDeclined(declined.message, intent) from error
        state = _state(pi)
        if state.status == "requires_payment_method" and state.failure_message:
            raise CardDeclined(state.failure_message, state)
        return state

    def intent_retrieve(self, intent_id):
        return _state(self._call(self.client.v1.payment_intents.retrieve, intent_id))

    def intent_capture(self, intent_id, *, idempotency_key):
        return _state(
            self._call(
                self.client.v1.payment_intents.capture,
                intent_id,
                options={"idempotency_key": idempotency_key},
            )
        )

    def intent_void(self, intent_id, *, idempotency_key):
        return _state(
            self._call(
                self.client.v1.payment_intents.cancel,
                intent_id,
                options={"idempotency_key": idempotency_key},
            )
        )

    def refund_create(self, intent_id, *, amount_paisa, idempotency_key):
        refund = self._call(
            self.client.v1.refunds.create,
            params={"payment_intent": intent_id, "amount": amount_paisa},
            options={"idempotency_key": idempotency_key},
        )
        return RefundState(
            id=refund["id"], amount_paisa=int(refund["amount"]), status=refund["status"]
        )

    def refunds_list(self, intent_id):
        page = self._call(
            self.client.v1.refunds.list, params={"payment_intent": intent_id, "limit": 100}
        )
        return [
            RefundState(id=r["id"], amount_paisa=int(r["amount"]), status=r.get("status") or "")
            for r in map(_plain, page.data)
        ]

    def event_verify(self, payload: bytes, signature: str) -> WebhookEvent:
        if not settings.STRIPE_WEBHOOK_SECRET:
            raise SignatureInvalid("no webhook secret configured")
        try:
            event = stripe.Webhook.construct_event(
                payload,
                signature or "",
                settings.STRIPE_WEBHOOK_SECRET,
                tolerance=settings.STRIPE_WEBHOOK_TOLERANCE,
            )
        except (ValueError, stripe.SignatureVerificationError) as error:
            raise SignatureInvalid(str(error)) from error
        payload = _plain(event)
        obj = payload.get("data", {}).get("object", {})
        return WebhookEvent(
            id=payload["id"], type=payload["type"], object_id=obj.get("id", ""), payload=payload
        )
