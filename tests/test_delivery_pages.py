"""After the order: the slot in history and e-mail, moving it, run sheets, cancelling."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from delivery.models import Slot, SlotBooking
from delivery.services import slot_book

from .factories import UserFactory, delivery_zone_with_slots

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


@pytest.fixture
def booked(coops):
    """The fixture order of two cooperatives, booked into the zone's first slot."""
    zone, _template = delivery_zone_with_slots(capacity=3)
    slots = list(Slot.objects.filter(zone=zone).order_by("starts_at"))
    order = coops["order"]
    customer = UserFactory(username="sana", email="sana@example.org")
    Order.objects.filter(pk=order.pk).update(user=customer)
    order.refresh_from_db()
    slot_book(order=order, slot_id=slots[0].pk)
    return {"order": order, "customer": customer, "slots": slots}


def test_order_history_shows_the_slot_and_the_customer_can_move_it(client, site_pages, booked):
    order, first, second = booked["order"], *booked["slots"][:2]
    client.force_login(booked["customer"])
    page = client.get(reverse("customer:order", kwargs={"order_number": order.number}))
    assert 'data-testid="slot-summary"' in page.content.decode()
    change_url = reverse("delivery:order-slot", kwargs={"number": order.number})
    assert change_url in page.content.decode()

    response = client.post(change_url, {"slot": second.pk})
    assert response.status_code == 302
    assert SlotBooking.objects.get(order=order, released_at__isnull=True).slot == second
    assert SlotBooking.objects.get(order=order, slot=first).released_at is not None


def test_no_one_else_can_move_an_order(client, site_pages, booked):
    order, second = booked["order"], booked["slots"][1]
    client.force_login(UserFactory(username="someone"))
    url = reverse("delivery:order-slot", kwargs={"number": order.number})
    assert client.get(url).status_code == 404
    assert client.post(url, {"slot": second.pk}).status_code == 404
    assert SlotBooking.objects.get(order=order, released_at__isnull=True).slot == booked["slots"][0]


def test_after_the_cut_off_the_time_cannot_be_changed(client, site_pages, booked):
    order, first = booked["order"], booked["slots"][0]
    Slot.objects.filter(pk=first.pk).update(cutoff_at=timezone.now() - timedelta(minutes=1))
    client.force_login(booked["customer"])
    url = reverse("delivery:order-slot", kwargs={"number": order.number})
    assert "can no longer be changed" in client.get(url).content.decode()
    client.post(url, {"slot": booked["slots"][1].pk})
    assert SlotBooking.objects.get(order=order, released_at__isnull=True).slot == first


class TestRunSheet:
    def url(self, booked):
        return reverse("delivery:run-sheet", kwargs={"slot_id": booked["slots"][0].pk})

    def test_staff_see_orders_addresses_items_by_cooperative_and_cash(
        self, client, site_pages, booked
    ):
        client.force_login(UserFactory(username="staffer", is_staff=True))
        response = client.get(self.url(booked))
        assert response.status_code == 200
        html = response.content.decode()
        order = booked["order"]
        assert order.number in html
        assert "House 12, Street 4, Gulberg III" in html and "Sana" in html
        assert "Anarkali Stitchers" in html and "Haripur Pickle Makers" in html
        assert "1 × Phulkari Shawl" in html and "2 × Mango Pickle 500 g" in html
        assert "Rs\xa05,800" in html  # 4,500 + 2 × 650 to collect
        assert "@page" not in html  # the print rules live in the stylesheet

    def test_a_rider_with_the_permission_sees_it(self, client, site_pages, booked):
        rider = UserFactory(username="rider")
        rider.user_permissions.add(Permission.objects.get(codename="view_run_sheet"))
        client.force_login(rider)
        assert client.get(self.url(booked)).status_code == 200
        assert client.get(reverse("delivery:run-sheets")).status_code == 200

    @pytest.mark.parametrize("who", ["customer", "leader"])
    def test_customers_and_leaders_do_not(self, client, site_pages, booked, coops, who):
        user = booked["customer"] if who == "customer" else coops["leader_a"]
        client.force_login(user)
        assert client.get(self.url(booked)).status_code == 403
        assert client.get(reverse("delivery:run-sheets")).status_code == 403

    def test_anonymous_is_sent_to_sign_in(self, client, site_pages, booked):
        assert client.get(self.url(booked)).status_code == 302


def test_cancelling_every_part_of_an_order_gives_its_place_back(booked):
    from orders.fulfilment import order_part_move

    order = booked["order"]
    staff = UserFactory(username="staffer", is_staff=True)
    first, second = order.parts.order_by("pk")
    order_part_move(part_id=first.pk, to_status="cancelled", user=staff, reason="out of stock")
    assert SlotBooking.objects.get(order=order).released_at is None  # one part still goes
    order_part_move(part_id=second.pk, to_status="cancelled", user=staff, reason="customer asked")
    assert SlotBooking.objects.get(order=order).released_at is not None


def test_the_confirmation_mail_tells_the_slot(booked):
    CommunicationEventType = get_model("communication", "CommunicationEventType")
    order = booked["order"]
    messages = CommunicationEventType.objects.get_and_render("ORDER_PLACED", {"order": order})
    start = timezone.localtime(booked["slots"][0].starts_at)
    for part in ("body", "html"):
        assert "Delivery:" in messages[part]
        assert start.strftime("%H:%M") in messages[part]


@pytest.mark.parametrize("model", ["deliveryzone", "pickuppoint", "holiday", "slot"])
def test_staff_manage_delivery_in_the_admin(client, site_pages, model):
    zone, _template = delivery_zone_with_slots()
    client.force_login(UserFactory(username="admin", is_staff=True, is_superuser=True))
    assert client.get(f"/admin/delivery/{model}/").status_code == 200
    if model != "slot":
        assert client.get(f"/admin/delivery/{model}/add/").status_code == 200
    page = client.get(f"/admin/delivery/deliveryzone/{zone.pk}/change/").content.decode()
    assert "Gulberg" in page and "capacity" in page.lower()


def test_a_holiday_added_in_the_admin_takes_its_slots_off_sale(client, site_pages):
    from delivery.services import slots_generate

    zone, _template = delivery_zone_with_slots()
    slot = Slot.objects.filter(zone=zone).order_by("starts_at").first()
    client.force_login(UserFactory(username="admin", is_staff=True, is_superuser=True))
    day = timezone.localtime(slot.starts_at).date()
    response = client.post(
        "/admin/delivery/holiday/add/",
        {"date": day.isoformat(), "name_en": "Eid ul-Fitr", "name_ur": "عید الفطر"},
    )
    assert response.status_code == 302
    slots_generate()
    slot.refresh_from_db()
    assert slot.is_active is False
