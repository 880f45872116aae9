"""Paying at checkout: cash on delivery, and cards through a real HTTP Stripe
peer (localstripe on 127.0.0.1, see conftest.stripe_peer).

In the browser, Stripe.js turns the card into a PaymentMethod id and posts it
with the form; these tests post Stripe's test ids (``pm_card_visa``,
``pm_card_chargeCustomerFail``) in its place, since js.stripe.com cannot be
reached from here. Everything after that — the PaymentIntent, its
confirmation, the capture and the release — is real HTTP to the peer.
"""

from decimal import Decimal

import pytest
import stripe
from django.urls import reverse
from oscar.core.loading import get_model

from checkout.views import PaymentDetailsView
from payments.models import Payment
from payments.services import payments_settle

from .checkout_steps import place, to_preview

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

S = Payment.Status


@pytest.fixture
def pay(client, django_capture_on_commit_callbacks):
    """Submit the preview form and run what waits for the commit (the capture),
    as it runs after a real request's transaction."""

    def submit(**data):
        with django_capture_on_commit_callbacks(execute=True):
            return place(client, **data)

    return submit


def peer(stripe_on):
    return stripe.StripeClient("sk_test_hunar", base_addresses={"api": stripe_on})


def intents_for(stripe_on, order_number):
    """PaymentIntents the peer holds for this order number."""
    listed = peer(stripe_on).v1.payment_intents.list(params={"limit": 100}).data
    return [pi for pi in listed if pi.metadata.to_dict().get("order_number") == order_number]


def open_basket_lines():
    basket = Basket.objects.filter(status=Basket.OPEN).get()
    return [(line.product.title, line.quantity) for line in basket.all_lines()]


# --- cash on delivery --------------------------------------------------------


def test_cash_on_delivery_is_chosen_without_asking_when_cards_are_off(client, shop, zone):
    to_preview(client, shop, zone)
    preview = client.get(reverse("checkout:preview")).content.decode()
    assert "Cash on delivery" in preview
    assert "card-element" not in preview
    response = place(client)
    assert response.status_code == 302
    order = Order.objects.get()
    payment = Payment.objects.get(order=order)
    assert payment.method == Payment.Method.CASH and payment.status == S.DUE
    thanks = client.get(response["Location"]).content.decode()
    assert "To pay when you receive your order: <strong>Rs\xa02,100</strong>" in thanks
    assert "No payment was required" not in thanks
    assert payment.amount_paisa == int(order.total_incl_tax * 100) == 210000


def test_cash_is_refused_above_the_maximum_order_value(client, shop, zone, settings):
    settings.COD_MAX_ORDER_VALUE = 2000  # the basket is Rs 2,100
    to_preview(client, shop, zone, pay=None)
    page = client.get(reverse("checkout:payment-method")).content.decode()
    assert "Cash on delivery is for orders up to Rs 2,000." in page
    response = client.post(reverse("checkout:payment-method"), {"method": "cash"})
    assert response.status_code == 400
    # Submitting anyway (an old tab) is refused too, and changes nothing.
    response = place(client)
    assert "Cash on delivery is for orders up to Rs 2,000." in response.content.decode()
    assert not Order.objects.exists() and not Payment.objects.exists()
    assert open_basket_lines() == [("Mango Pickle 500 g", 3)]


# --- cards -------------------------------------------------------------------


def test_card_payment_is_authorised_then_captured_once_the_order_exists(
    pay, client, shop, zone, stripe_on
):
    to_preview(client, shop, zone, pay="card")
    preview = client.get(reverse("checkout:preview")).content.decode()
    assert stripe_on + "/js.stripe.com/v3/" in preview
    assert 'data-stripe-key="pk_test_hunar"' in preview and 'id="card-element"' in preview

    response = pay(payment_method_id="pm_card_visa")
    assert response.status_code == 302, response.content.decode()[:3000]
    order = Order.objects.get()
    payment = Payment.objects.get()
    assert payment.order == order and payment.status == S.PAID
    assert payment.amount_paisa == payment.amount_captured_paisa == 210000
    assert payment.idempotency_key == f"hb-{order.number}-1"
    (pi,) = intents_for(stripe_on, order.number)
    assert pi.id == payment.intent_id
    assert pi.status == "succeeded" and pi.amount == 210000 and pi.currency == "pkr"
    assert pi.capture_method == "manual"
    assert "Paid by card" in client.get(response["Location"]).content.decode()
    notes = list(order.notes.values_list("message", flat=True))
    assert any("Card authorised for Rs 2,100" in n for n in notes)
    assert any("Card payment of Rs 2,100 received" in n for n in notes)


def test_declined_card_leaves_no_order_the_basket_intact_and_says_why(
    pay, client, shop, zone, stripe_on
):
    to_preview(client, shop, zone, pay="card")
    mango_stock = StockRecord.objects.get(product=shop["products"]["mango"])
    response = pay(payment_method_id="pm_card_chargeCustomerFail")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your card was declined" in html and "Nothing was charged" in html
    assert not Order.objects.exists()
    assert open_basket_lines() == [("Mango Pickle 500 g", 3)]
    mango_stock.refresh_from_db()
    assert not mango_stock.num_allocated
    assert Payment.objects.get().status == S.FAILED

    # Another card: a new attempt with its own key, and the order is placed.
    response = pay(payment_method_id="pm_card_visa")
    assert response.status_code == 302
    order = Order.objects.get()
    attempts = list(Payment.objects.order_by("attempt").values_list("attempt", "status", "order"))
    assert attempts == [(1, S.FAILED, None), (2, S.PAID, order.pk)]


def test_a_card_is_not_charged_when_the_order_cannot_be_placed(
    pay, client, shop, zone, stripe_on, monkeypatch
):
    to_preview(client, shop, zone, pay="card")
    mango = StockRecord.objects.get(product=shop["products"]["mango"])
    from checkout import views

    authorise = views.card_payment_authorise

    def authorise_then_sell_out(**kwargs):
        payment = authorise(**kwargs)
        # The last jars sell to someone else while her card is being checked.
        StockRecord.objects.filter(pk=mango.pk).update(num_in_stock=1)
        return payment

    monkeypatch.setattr(views, "card_payment_authorise", authorise_then_sell_out)
    response = pay(payment_method_id="pm_card_visa")
    assert response.status_code == 200
    assert "sold out" in response.content.decode().lower() or "only 1" in response.content.decode()
    assert not Order.objects.exists()
    payment = Payment.objects.get()
    assert payment.status == S.VOIDED and payment.amount_captured_paisa == 0
    (pi,) = intents_for(stripe_on, payment.order_number)
    assert pi.status == "canceled"
    assert open_basket_lines() == [("Mango Pickle 500 g", 3)]


def test_resubmitting_after_the_order_is_placed_never_pays_again(
    pay, client, shop, zone, stripe_on
):
    to_preview(client, shop, zone, pay="card")
    assert pay(payment_method_id="pm_card_visa").status_code == 302
    order = Order.objects.get()
    # The back button and "Pay" again, and a double click's second request.
    pay(payment_method_id="pm_card_visa")
    pay(payment_method_id="pm_card_visa")
    assert Order.objects.count() == 1
    assert Payment.objects.count() == 1
    assert len(intents_for(stripe_on, order.number)) == 1


def test_a_failure_after_the_order_commits_does_not_charge_twice(
    pay, client, shop, zone, stripe_on, monkeypatch
):
    """Oscar's own submit() restores the basket when anything fails after
    placing the order, so a resubmit pays again; here the order, the payment
    record and the basket's submission commit together."""
    to_preview(client, shop, zone, pay="card")

    def broken(self, order):
        raise RuntimeError("session store down")

    monkeypatch.setattr(PaymentDetailsView, "handle_successful_order", broken)
    with pytest.raises(RuntimeError):
        pay(payment_method_id="pm_card_visa")
    monkeypatch.undo()
    order = Order.objects.get()
    pay(payment_method_id="pm_card_visa")
    assert Order.objects.count() == 1
    assert Payment.objects.get().status == S.PAID
    assert len(intents_for(stripe_on, order.number)) == 1
    assert not Basket.objects.filter(status=Basket.OPEN, lines__isnull=False).exists()


def test_a_resubmit_after_authorisation_reuses_it(pay, client, shop, zone, stripe_on, monkeypatch):
    """The card was authorised, then placing the order crashed (a bug, a
    killed process): the next submit places the order with that same
    authorisation instead of creating another."""
    to_preview(client, shop, zone, pay="card")
    calls = []

    def crash(self, *args, **kwargs):
        calls.append(1)
        raise RuntimeError("worker killed")

    monkeypatch.setattr(PaymentDetailsView, "place_order", crash)
    with pytest.raises(RuntimeError):
        pay(payment_method_id="pm_card_visa")
    monkeypatch.undo()
    assert calls == [1]
    assert not Order.objects.exists()
    authorised = Payment.objects.get()
    assert authorised.status == S.AUTHORISED and authorised.order is None
    pay(payment_method_id="pm_card_visa")
    order = Order.objects.get()
    paid = Payment.objects.get()
    assert paid.pk == authorised.pk and paid.order == order and paid.status == S.PAID
    (pi,) = intents_for(stripe_on, order.number)
    assert pi.id == paid.intent_id and pi.status == "succeeded"


def test_card_service_down_means_no_order_and_nothing_charged(
    pay, client, shop, zone, stripe_on, settings
):
    to_preview(client, shop, zone, pay="card")
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens there
    response = pay(payment_method_id="pm_card_visa")
    assert "could not reach the card service" in response.content.decode()
    assert not Order.objects.exists()
    assert open_basket_lines() == [("Mango Pickle 500 g", 3)]


def test_capture_that_failed_is_retried_by_the_settle_job_once(
    pay, client, shop, zone, stripe_on, settings, monkeypatch
):
    to_preview(client, shop, zone, pay="card")
    from payments import services

    monkeypatch.setattr(services.transaction, "on_commit", lambda fn: None)  # capture "lost"
    assert pay(payment_method_id="pm_card_visa").status_code == 302
    monkeypatch.undo()
    payment = Payment.objects.get()
    assert payment.status == S.AUTHORISED
    assert payments_settle() == {"captured": 1, "released": 0}
    assert payments_settle() == {"captured": 0, "released": 0}
    payment.refresh_from_db()
    assert payment.status == S.PAID and payment.amount_captured_paisa == 210000


def test_an_authorisation_without_an_order_is_released(shop, stripe_on):
    from datetime import timedelta

    from django.utils import timezone

    from payments.services import card_payment_authorise

    payment = card_payment_authorise(
        order_number="900001", amount_paisa=99900, payment_method="pm_card_visa"
    )
    assert payment.status == S.AUTHORISED
    assert payments_settle() == {"captured": 0, "released": 0}  # not stale yet
    later = timezone.now() + timedelta(minutes=31)
    assert payments_settle(now=later) == {"captured": 0, "released": 1}
    payment.refresh_from_db()
    assert payment.status == S.VOIDED
    assert peer(stripe_on).v1.payment_intents.retrieve(payment.intent_id).status == "canceled"


def test_card_and_cash_prices_are_whole_paisa(shop):
    price = StockRecord.objects.get(product=shop["products"]["mango"]).price
    assert price == Decimal("650.00")


def test_every_beat_job_names_a_registered_task():
    from django.conf import settings

    from marketplace.celery import app

    app.loader.import_default_modules()
    for job in settings.CELERY_BEAT_SCHEDULE.values():
        assert job["task"] in app.tasks, job["task"]
