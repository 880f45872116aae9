"""Steps of a guest checkout through the test client, shared by checkout tests."""

from django.urls import reverse

from delivery.models import Slot

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
