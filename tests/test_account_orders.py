"""Every address of the customer's account that names an order (or one of its
lines) answers the order's owner with a page, a redirect or a 404 — never a
server error — whatever she sends it."""

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from .checkout_steps import place, place_signed_in, to_preview
from .factories import UserFactory

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")

#: The addresses Oscar's customer app mounts that take an order number.
ORDER_URL_NAMES = {"order", "order-line", "anon-order", "anon-order-form"}

#: What a browser (or anyone) may send to each of them.
REQUESTS = [
    ("get", {}),
    ("post", {}),
    ("post", {"action": "reorder"}),
    ("post", {"action": "no-such-action"}),
]


def test_these_are_the_account_addresses_of_an_order():
    """If Oscar adds another, this fails, and the tests below must cover it."""
    patterns, _label, _namespace = apps.get_app_config("customer").urls
    names = {p.name for p in patterns if "order_number" in str(p.pattern)}
    assert names == ORDER_URL_NAMES


@pytest.fixture
def owner_client(db):
    return Client(raise_request_exception=False)


@pytest.fixture
def account_order(owner_client, site_pages, shop, zone):
    """An order placed through checkout by a signed-in customer."""
    customer = UserFactory(username="sana", email="sana@example.org")
    owner_client.force_login(customer)
    place_signed_in(owner_client, zone, shop["products"]["mango"], quantity=2)
    return Order.objects.get(user=customer)


def order_urls(order):
    line = order.lines.first()
    number, signed = order.number, order.verification_hash()
    return {
        "order": reverse("customer:order", kwargs={"order_number": number}),
        "order-line": reverse(
            "customer:order-line", kwargs={"order_number": number, "line_id": line.pk}
        ),
        "anon-order": reverse(
            "customer:anon-order", kwargs={"order_number": number, "hash": signed}
        ),
        "anon-order-form": reverse(
            "customer:anon-order-form", kwargs={"order_number": number, "hash": signed}
        ),
        # The shop's own: moving the order to another time.
        "order-slot": reverse("delivery:order-slot", kwargs={"number": number}),
    }


@pytest.mark.parametrize(("method", "data"), REQUESTS)
def test_no_account_address_of_her_order_fails_for_its_owner(
    owner_client, account_order, method, data
):
    urls = order_urls(account_order)
    assert urls.keys() >= ORDER_URL_NAMES
    for name, url in urls.items():
        for language_prefix in ("", "/ur"):
            response = getattr(owner_client, method)(language_prefix + url, data)
            assert response.status_code < 500, (name, method, data, response.status_code)


@pytest.mark.parametrize(("method", "data"), REQUESTS)
def test_no_account_address_of_a_guest_order_fails_for_the_guest(
    client, site_pages, shop, zone, method, data
):
    to_preview(client, shop, zone)
    place(client)
    order = Order.objects.get()
    # She finds it as a guest does: number and e-mail.
    client.post(reverse("order-track"), {"number": order.number, "email": "sana@example.org"})
    guest = Client(raise_request_exception=False)
    guest.cookies = client.cookies
    for name, url in order_urls(order).items():
        response = getattr(guest, method)(url, data)
        assert response.status_code < 500, (name, method, data, response.status_code)


def test_an_order_lines_address_leads_to_the_order(owner_client, account_order):
    urls = order_urls(account_order)
    response = owner_client.get(urls["order-line"])
    assert response.status_code == 302
    assert response["Location"] == urls["order"]
    assert owner_client.get(response["Location"]).status_code == 200


def test_a_line_of_another_order_is_not_found(owner_client, account_order, coops):
    other_line = coops["order"].lines.first()
    url = reverse(
        "customer:order-line",
        kwargs={"order_number": account_order.number, "line_id": other_line.pk},
    )
    assert owner_client.get(url).status_code == 404
    assert owner_client.post(url, {"action": "reorder"}).status_code == 404


def test_another_customers_order_is_not_found(account_order):
    stranger = Client(raise_request_exception=False)
    stranger.force_login(UserFactory(username="stranger"))
    for name in ("order", "order-line", "order-slot"):
        assert stranger.get(order_urls(account_order)[name]).status_code == 404, name
