"""A guest finds her order by number and e-mail, and sees its status and how
it is paid."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from orders.cancellation import order_lines_cancel

from .checkout_steps import place, to_preview
from .factories import UserFactory

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
TRACK = "/track/"


@pytest.fixture
def cash_order(client, shop, zone):
    to_preview(client, shop, zone)
    assert place(client).status_code == 302
    client.cookies.clear()  # she comes back another day, another browser
    return Order.objects.get()


def test_guest_finds_her_order_with_number_and_email(client, cash_order):
    assert reverse("order-track") == TRACK
    response = client.post(TRACK, {"number": f"#{cash_order.number}", "email": "SANA@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "customer:anon-order",
        kwargs={"order_number": cash_order.number, "hash": cash_order.verification_hash()},
    )
    page = client.get(response["Location"]).content.decode()
    assert "Status: Placed" in page
    assert "Cash on delivery · to pay on delivery: <strong>Rs\xa02,100</strong>" in page


@pytest.mark.parametrize("wrong", ["email", "number"])
def test_a_wrong_number_or_email_gets_the_same_answer(client, cash_order, wrong):
    data = {"number": cash_order.number, "email": "sana@example.org"}
    data[wrong] = {"email": "someone@example.org", "number": "999999"}[wrong]
    response = client.post(TRACK, data)
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find an order with that number and e-mail." in html
    assert "Mango" not in html


def test_tries_are_limited(client, cash_order):
    for _ in range(10):
        client.post(TRACK, {"number": "1", "email": "x@example.org"})
    response = client.post(TRACK, {"number": cash_order.number, "email": "sana@example.org"})
    assert response.status_code == 429


def test_cancelled_items_lower_what_she_pays_on_delivery(client, cash_order):
    mango = cash_order.lines.get()
    staff = UserFactory(username="staff.bilal", is_staff=True)
    order_lines_cancel(order_id=cash_order.pk, quantities={mango.pk: 1}, by=staff, reason="broke")
    response = client.post(TRACK, {"number": cash_order.number, "email": "sana@example.org"})
    page = client.get(response["Location"]).content.decode()
    assert "to pay on delivery: <strong>Rs\xa01,450</strong>" in page
