"""The Stripe webhook: signature on the raw body, each event stored once and
processed once, in any order, and the payment's state always fetched from
Stripe (the local peer) rather than believed from the event.

Events are signed here exactly as Stripe signs them (HMAC-SHA256 of
"<timestamp>.<raw body>" with the endpoint's secret); the last test has the
peer itself send them to a live server.
"""

import hashlib
import hmac
import json
import time
import urllib.parse
import urllib.request
import uuid

import pytest
import stripe
from django.urls import reverse
from oscar.core.loading import get_model

from payments.models import Payment, ProviderEvent, Refund
from payments.services import card_payment_authorise

from .checkout_steps import place, to_preview
from .conftest import STRIPE_WEBHOOK_SECRET

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
S = Payment.Status
URL = "/payments/stripe/webhook/"


def sign(body: bytes, *, secret=STRIPE_WEBHOOK_SECRET, timestamp=None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def event(type_, obj, event_id=None):
    return {
        "id": event_id or f"evt_{uuid.uuid4().hex[:24]}",
        "object": "event",
        "type": type_,
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": obj},
    }


def deliver(client, payload, **sign_kwargs):
    body = json.dumps(payload).encode()
    return client.post(
        URL,
        data=body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=sign(body, **sign_kwargs),
    )


def peer(stripe_on):
    return stripe.StripeClient("sk_test_hunar", base_addresses={"api": stripe_on})


@pytest.fixture
def authorised_order(client, shop, zone, stripe_on, monkeypatch):
    """A card order whose capture has not happened here yet."""
    from payments import services

    to_preview(client, shop, zone, pay="card")
    monkeypatch.setattr(services.transaction, "on_commit", lambda fn: None)
    assert place(client, payment_method_id="pm_card_visa").status_code == 302
    monkeypatch.undo()
    payment = Payment.objects.get()
    assert payment.status == S.AUTHORISED and payment.order is not None
    return payment


def test_bad_signatures_are_refused_and_nothing_is_stored(client, authorised_order, stripe_on):
    peer(stripe_on).v1.payment_intents.capture(authorised_order.intent_id)
    payload = event("payment_intent.succeeded", {"id": authorised_order.intent_id})
    body = json.dumps(payload).encode()
    cases = {
        "wrong secret": sign(body, secret="whsec_someone_else"),
        "stale": sign(body, timestamp=int(time.time()) - 3600),
        "garbage": "t=1,v1=abc",
    }
    for why, header in cases.items():
        response = client.post(
            URL, data=body, content_type="application/json", HTTP_STRIPE_SIGNATURE=header
        )
        assert response.status_code == 400, why
    assert client.post(URL, data=body, content_type="application/json").status_code == 400
    # The body changed after signing (amount, id…): refused too.
    tampered = body.replace(b"payment_intent.succeeded", b"payment_intent.canceled")
    response = client.post(
        URL, data=tampered, content_type="application/json", HTTP_STRIPE_SIGNATURE=sign(body)
    )
    assert response.status_code == 400
    assert not ProviderEvent.objects.exists()
    authorised_order.refresh_from_db()
    assert authorised_order.status == S.AUTHORISED


def test_the_same_event_eight_times_has_the_effect_of_one(client, authorised_order, stripe_on):
    peer(stripe_on).v1.payment_intents.capture(authorised_order.intent_id)
    payload = event("payment_intent.succeeded", {"id": authorised_order.intent_id})
    for _ in range(8):
        assert deliver(client, payload).status_code == 200
    payment = Payment.objects.get()
    assert payment.status == S.PAID and payment.amount_captured_paisa == 210000
    stored = ProviderEvent.objects.get()
    assert stored.deliveries == 8 and stored.processed_at is not None
    notes = payment.order.notes.filter(message__contains="Card payment of Rs 2,100 received")
    assert notes.count() == 1


def test_events_out_of_order_end_in_the_true_state(client, authorised_order, stripe_on):
    pi = authorised_order.intent_id
    peer(stripe_on).v1.payment_intents.capture(pi)
    succeeded = event("payment_intent.succeeded", {"id": pi})
    # An older failure (an earlier decline on this intent) arrives last.
    failed = event("payment_intent.payment_failed", {"id": pi, "status": "requires_payment_method"})
    for payload in (succeeded, failed, succeeded, failed):
        assert deliver(client, payload).status_code == 200
    payment = Payment.objects.get()
    assert payment.status == S.PAID
    # And the other way round gives the same.
    Payment.objects.filter(pk=payment.pk).update(status=S.AUTHORISED, amount_captured_paisa=0)
    ProviderEvent.objects.all().delete()
    for payload in (failed, succeeded):
        deliver(client, payload)
    assert Payment.objects.get().status == S.PAID


def test_an_event_is_not_believed_only_stripe_state_is(client, authorised_order, stripe_on):
    """A genuine, signed event that says "succeeded" does not make the order
    paid while Stripe says the money has not been captured."""
    obj = {"id": authorised_order.intent_id, "status": "succeeded", "amount_received": 210000}
    assert deliver(client, event("payment_intent.succeeded", obj)).status_code == 200
    authorised_order.refresh_from_db()
    assert authorised_order.status == S.AUTHORISED
    assert authorised_order.amount_captured_paisa == 0


def test_a_refund_made_in_stripe_is_recorded_once(client, authorised_order, stripe_on):
    pi = authorised_order.intent_id
    stripe_peer = peer(stripe_on)
    stripe_peer.v1.payment_intents.capture(pi)
    refund = stripe_peer.v1.refunds.create(params={"payment_intent": pi, "amount": 50000})
    charge = {"id": "ch_x", "object": "charge", "payment_intent": pi, "amount_refunded": 50000}
    payload = event("charge.refunded", charge)
    for _ in range(8):
        assert deliver(client, payload).status_code == 200
    payment = Payment.objects.get()
    assert payment.status == S.PAID
    assert payment.amount_refunded_paisa == 50000
    assert list(Refund.objects.values_list("provider_refund_id", "amount_paisa")) == [
        (refund.id, 50000)
    ]


def test_other_event_types_and_unknown_payments_are_ignored_safely(client, stripe_on):
    assert deliver(client, event("customer.created", {"id": "cus_1"})).status_code == 200
    intent = peer(stripe_on).v1.payment_intents.create(
        params={"amount": 1000, "currency": "pkr", "payment_method_types": ["card"]}
    )
    assert deliver(client, event("payment_intent.succeeded", {"id": intent.id})).status_code == 200
    assert ProviderEvent.objects.count() == 2
    assert all(e.processed_at for e in ProviderEvent.objects.all())
    assert not Payment.objects.exists()


def test_no_webhook_when_cards_are_off(client, db):
    body = b"{}"
    response = client.post(
        URL, data=body, content_type="application/json", HTTP_STRIPE_SIGNATURE=sign(body)
    )
    assert response.status_code == 404


@pytest.mark.django_db(transaction=True)
def test_stripe_peer_sends_the_event_and_the_payment_follows(live_server, shop, stripe_on):
    """The peer itself signs and sends payment_intent.succeeded to the site."""
    form = urllib.parse.urlencode(
        {"url": live_server.url + URL, "secret": STRIPE_WEBHOOK_SECRET}
    ).encode()
    urllib.request.urlopen(f"{stripe_on}/_config/webhooks/hunar", data=form, timeout=5).close()
    payment = card_payment_authorise(
        order_number="700001", amount_paisa=99900, payment_method="pm_card_visa"
    )
    assert payment.status == S.AUTHORISED
    peer(stripe_on).v1.payment_intents.capture(payment.intent_id)  # captured elsewhere
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        payment.refresh_from_db()
        if payment.status == S.PAID:
            break
        time.sleep(0.2)
    assert payment.status == S.PAID and payment.amount_captured_paisa == 99900
    assert ProviderEvent.objects.filter(type="payment_intent.succeeded").exists()
    assert reverse("payments:stripe-webhook") == URL
