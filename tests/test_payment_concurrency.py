"""A customer's double (triple) click on "Pay and place order", as parallel
requests on PostgreSQL with their own connections, against the local Stripe
peer: one PaymentIntent, one order, one charge."""

import threading

import pytest
import stripe
from django.db import connection, connections
from django.test import Client
from oscar.core.loading import get_model

from payments.models import Payment

from .checkout_steps import place, to_preview

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

Order = get_model("order", "Order")


def test_three_clicks_at_once_make_one_payment_intent_and_one_order(shop, zone, stripe_on):
    assert connection.vendor == "postgresql"
    first = Client()
    to_preview(first, shop, zone, pay="card")
    clients = [first] + [Client() for _ in range(2)]
    for other in clients[1:]:
        other.cookies = first.cookies  # the same browser session

    barrier = threading.Barrier(len(clients))
    results = [None] * len(clients)

    def click(i):
        try:
            barrier.wait()
            response = place(clients[i], payment_method_id="pm_card_visa")
            results[i] = response.status_code
        except Exception as error:
            results[i] = repr(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert all(code in (200, 302) for code in results), results
    order = Order.objects.get()
    payment = Payment.objects.get()
    assert payment.order == order and payment.status == Payment.Status.PAID
    peer = stripe.StripeClient("sk_test_hunar", base_addresses={"api": stripe_on})
    intents = [
        pi
        for pi in peer.v1.payment_intents.list(params={"limit": 100}).data
        if pi.metadata.to_dict().get("order_number") == order.number
    ]
    assert [pi.id for pi in intents] == [payment.intent_id]
    assert intents[0].status == "succeeded" and intents[0].amount == 210000
