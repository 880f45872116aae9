"""Steps of a guest checkout through the test client, shared by checkout tests."""

from datetime import time

from django.urls import reverse

from delivery.models import PickupPoint, Slot, SlotTemplate
from delivery.services import slots_generate

ADDRESS = {
    "first_name": "Sana",
    "last_name": "Iqbal",
    "line1": "House 12, Street 4",
    "postcode": "54660",
    "phone_number": "+923001234567",
}


def start(client, shop, quantity=3):
    """Put mango pickle in the basket and enter checkout as a guest."""
    mango = shop["products"]["mango"]
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": quantity})
    response = client.post(
        reverse("checkout:index"), {"options": "anonymous", "username": "sana@example.org"}
    )
    assert response["Location"] == reverse("checkout:delivery")
    return mango


def choose_home(client, zone):
    """Home delivery to Gulberg, an address, and on to the slot step."""
    area = zone.areas.get(name_en="Gulberg")
    response = client.post(reverse("checkout:delivery"), {"mode": "home", "area": area.pk})
    assert response["Location"] == reverse("checkout:shipping-address")
    response = client.post(reverse("checkout:shipping-address"), ADDRESS)
    assert response.status_code == 302, response.content.decode()[:3000]
    # One shipping method (the zone's delivery): Oscar picks it and moves on.
    response = client.get(reverse("checkout:shipping-method"))
    assert response["Location"] == reverse("checkout:slot")


def first_slot(zone):
    return Slot.objects.filter(zone=zone).order_by("starts_at").first()


def to_preview(client, shop, zone, *, quantity=3, pay="cash"):
    """A guest's basket of mango pickle, home delivery in the first slot,
    paying ``pay``; leaves her on the preview page (or, with ``pay=None``,
    before choosing how to pay)."""
    start(client, shop, quantity=quantity)
    choose_home(client, zone)
    response = client.post(reverse("checkout:slot"), {"slot": first_slot(zone).pk})
    assert response["Location"] == reverse("checkout:payment-method")
    if pay is None:
        return
    response = client.get(reverse("checkout:payment-method"))
    if response.status_code == 200:
        response = client.post(reverse("checkout:payment-method"), {"method": pay})
    assert response["Location"] == reverse("checkout:preview"), response.content.decode()[:2000]


def place(client, **data):
    return client.post(reverse("checkout:preview"), {"action": "place_order", **data})


def place_signed_in(client, zone, product, *, quantity=1):
    """A signed-in customer's order of ``product``, delivered to Gulberg in
    the first slot, through every step of checkout."""
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})
    # Signed in, checkout starts at the delivery choice.
    assert client.get(reverse("checkout:index"))["Location"] == reverse("checkout:delivery")
    choose_home(client, zone)
    client.post(reverse("checkout:slot"), {"slot": first_slot(zone).pk})
    response = place(client)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def sunday_market():
    """Gulberg's Sunday market, open for pickup, with its slots made."""
    point = PickupPoint.objects.create(
        name_en="Sunday Bazaar, Gulberg",
        slug="gulberg-sunday",
        city="Lahore",
        address_en="Main Boulevard, Gulberg",
        weekday=6,
        opens=time(9),
        closes=time(15),
    )
    SlotTemplate.objects.create(
        pickup_point=point, weekday=6, start=time(9), end=time(12), capacity=40
    )
    slots_generate(days_ahead=14)
    return point


def basket_update(client, quantity, *, language_prefix="", delete=False, **headers):
    """Change the quantity of the only line in the basket (or remove it), as
    the basket page's form sends it."""
    basket_url = language_prefix + "/shop/basket/"
    line = client.get(basket_url).context["basket"].all_lines()[0]
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-id": line.pk,
        "form-0-quantity": str(quantity),
    }
    if delete:
        data["form-0-DELETE"] = "on"
    return client.post(basket_url, data, **headers)
