"""Checkout with a delivery area or market pickup, a held slot, and the order."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from delivery.models import Slot, SlotBooking, SlotHold

from .checkout_steps import choose_home as _choose_home
from .checkout_steps import first_slot as _first_slot
from .checkout_steps import start as _start
from .checkout_steps import sunday_market

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def test_home_delivery_in_a_held_slot_becomes_a_booked_order(client, site_pages, shop, zone):
    mango = _start(client, shop)
    _choose_home(client, zone)
    page = client.get(reverse("checkout:slot"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "2 places left" in html
    slot = _first_slot(zone)
    response = client.post(reverse("checkout:slot"), {"slot": slot.pk})
    assert response["Location"] == reverse("checkout:payment-method")
    assert SlotHold.objects.get().slot == slot
    # The held place shows as held, and no longer free for others.
    assert (
        "It is kept for you for 15 more minutes"
        in client.get(reverse("checkout:slot")).content.decode()
    )

    preview = client.get(reverse("checkout:preview"))
    assert preview.status_code == 200
    html = preview.content.decode()
    assert 'data-testid="slot-summary"' in html
    assert "Rs\xa02,100" in html  # 3 × 650 + Rs 150 delivery

    response = client.post(reverse("checkout:preview"), {"action": "place_order"}, follow=True)
    assert response.status_code == 200
    order = Order.objects.get()
    assert order.total_incl_tax == 3 * mango.stockrecords.get().price + zone.fee
    assert order.shipping_address.line3 == "Gulberg"
    assert order.shipping_address.line4 == "Lahore"
    booking = SlotBooking.objects.get(order=order)
    assert booking.slot == slot and booking.released_at is None
    assert not SlotHold.objects.exists()
    assert 'data-testid="slot-summary"' in response.content.decode()


def test_market_pickup_needs_no_address_and_no_fee(client, site_pages, shop, zone):
    point = sunday_market()
    _start(client, shop, quantity=1)
    response = client.post(
        reverse("checkout:delivery"), {"mode": "pickup", "pickup_point": point.pk}
    )
    assert response["Location"] == reverse("checkout:pickup-contact")
    response = client.post(
        reverse("checkout:pickup-contact"),
        {"first_name": "Sana", "last_name": "Iqbal", "phone_number": "0300 1234567"},
    )
    assert response["Location"] == reverse("checkout:shipping-method")
    client.get(reverse("checkout:shipping-method"))
    slot = Slot.objects.filter(pickup_point=point).order_by("starts_at").first()
    client.post(reverse("checkout:slot"), {"slot": slot.pk})
    client.post(reverse("checkout:preview"), {"action": "place_order"})
    order = Order.objects.get()
    assert order.shipping_incl_tax == Decimal("0.00")
    assert order.shipping_address.line1 == "Sunday Bazaar, Gulberg"
    assert str(order.shipping_address.phone_number) == "+923001234567"
    assert SlotBooking.objects.get(order=order).slot == slot


def test_an_unserved_area_cannot_be_chosen(client, site_pages, shop, zone):
    _start(client, shop)
    zone.areas.filter(name_en="Model Town").update(is_active=False)
    area = zone.areas.get(name_en="Model Town")
    response = client.post(reverse("checkout:delivery"), {"mode": "home", "area": area.pk})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    response = client.post(reverse("checkout:delivery"), {"mode": "home"})
    assert "we deliver only to the areas listed" in response.content.decode()


def test_a_full_slot_cannot_be_chosen_and_says_so(client, site_pages, shop, zone):
    from oscar.core.loading import get_model

    Basket = get_model("basket", "Basket")
    slot = _first_slot(zone)
    for _ in range(2):
        SlotHold.objects.create(
            slot=slot,
            basket=Basket.objects.create(),
            expires_at=timezone.now() + timedelta(minutes=10),
        )
    _start(client, shop)
    _choose_home(client, zone)
    html = client.get(reverse("checkout:slot")).content.decode()
    assert "Full" in html
    response = client.post(reverse("checkout:slot"), {"slot": slot.pk})
    assert response.status_code == 409
    assert "This slot is full" in response.content.decode()
    assert SlotHold.objects.filter(slot=slot).count() == 2


def test_an_expired_hold_sends_the_customer_back_to_choose(client, site_pages, shop, zone):
    _start(client, shop)
    _choose_home(client, zone)
    slot = _first_slot(zone)
    client.post(reverse("checkout:slot"), {"slot": slot.pk})
    SlotHold.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(reverse("checkout:preview"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("checkout:slot")
    assert "it has run out" in response.content.decode()


def test_placing_the_order_fails_cleanly_if_the_slot_filled_after_the_hold_expired(
    client, site_pages, shop, zone, monkeypatch
):
    from oscar.core.loading import get_model

    Basket = get_model("basket", "Basket")
    mango = _start(client, shop)
    _choose_home(client, zone)
    slot = _first_slot(zone)
    client.post(reverse("checkout:slot"), {"slot": slot.pk})
    # Her hold runs out between the preview and the submit, and two other
    # customers take the places.
    from checkout.views import PaymentDetailsView

    monkeypatch.setattr(PaymentDetailsView, "check_slot_is_held", lambda self, request: None)
    SlotHold.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    for _ in range(2):
        SlotHold.objects.create(
            slot=slot,
            basket=Basket.objects.create(),
            expires_at=timezone.now() + timedelta(minutes=10),
        )
    response = client.post(reverse("checkout:preview"), {"action": "place_order"})
    assert response.status_code == 200
    assert "This slot is full" in response.content.decode()
    assert not Order.objects.exists()
    assert not SlotBooking.objects.exists()
    assert not mango.stockrecords.get().num_allocated
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 3


def test_stock_sold_elsewhere_meanwhile_stops_the_order_with_a_clear_message(
    client, site_pages, shop, zone
):
    from oscar.core.loading import get_model

    StockRecord = get_model("partner", "StockRecord")
    mango = _start(client, shop, quantity=3)
    _choose_home(client, zone)
    client.post(reverse("checkout:slot"), {"slot": _first_slot(zone).pk})
    # Another customer bought 18 of the 20 while she was choosing.
    StockRecord.objects.filter(product=mango).update(num_allocated=18)
    response = client.post(reverse("checkout:preview"), {"action": "place_order"}, follow=True)
    # Oscar's basket check sends her back to the basket with the reason; the
    # locked allocation behind it is raced in test_stock_concurrency.py.
    assert response.redirect_chain[-1][0] == reverse("basket:summary")
    assert "a maximum of 2 can be bought" in response.content.decode()
    assert not Order.objects.exists()
    assert not SlotBooking.objects.exists()
    assert StockRecord.objects.get(product=mango).num_allocated == 18


def test_the_locked_allocation_refuses_with_a_clear_message(shop):
    """What the customer reads when the last items go between the check and the order."""
    from partner.stock import OutOfStock, stock_allocate

    stockrecord = shop["products"]["shawl"].stockrecords.get()  # 3 in stock
    stock_allocate(stockrecord=stockrecord, quantity=2)
    with pytest.raises(OutOfStock) as refused:
        stock_allocate(stockrecord=stockrecord, quantity=2)
    assert str(refused.value) == "Sorry, only 1 of “Phulkari Shawl” is left."
    stockrecord.refresh_from_db()
    assert stockrecord.num_allocated == 2
