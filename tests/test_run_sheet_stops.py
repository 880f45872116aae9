"""An order leaves only whole: while one cooperative's part is not ready the
run sheet says so and the server refuses to take it out; staff cancel the
part or send it in a later slot, and the cash due follows what is handed over."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from oscar.core.loading import get_model

from delivery.cash import delivery_record
from delivery.models import CashCollection, Slot, SlotBooking
from delivery.services import slot_book
from delivery.stops import DeliveryRefused, order_rest_reschedule, order_take_out
from notifications.models import OutboxMessage
from orders.cancellation import order_amount_due_paisa
from orders.fulfilment import order_part_move
from orders.models import OrderPart, OrderPartEvent
from payments.models import Payment
from payments.services import cash_payment_create

from .factories import UserFactory, delivery_zone_with_slots

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
P = OrderPart.Status
SHAWL, MANGOES, FEE = 450000, 130000, 15000  # Anarkali's shawl, Haripur's 2 jars, the fee


def make_rider():
    rider = UserFactory(username="rider", email="rider@example.org")
    rider.user_permissions.add(Permission.objects.get(codename="view_run_sheet"))
    return type(rider).objects.get(pk=rider.pk)


@pytest.fixture
def half_ready(coops):
    """The two-cooperative order, with a Rs 150 delivery fee and paid in cash,
    booked in the zone's first slot: Anarkali's part is ready, Haripur's is
    still placed."""
    zone, _template = delivery_zone_with_slots(capacity=2)
    slots = list(Slot.objects.filter(zone=zone).order_by("starts_at"))
    Order.objects.filter(pk=coops["order"].pk).update(
        shipping_incl_tax="150.00",
        shipping_excl_tax="150.00",
        total_incl_tax="5950.00",
        total_excl_tax="5950.00",
    )
    order = Order.objects.get(pk=coops["order"].pk)
    slot_book(order=order, slot_id=slots[0].pk)
    cash_payment_create(order=order, amount_paisa=SHAWL + MANGOES + FEE)
    staff = UserFactory(username="staff.amina", is_staff=True)
    ready = order.parts.get(partner=coops["a"].partner)
    for step in (P.ACCEPTED, P.PREPARING, P.READY):
        order_part_move(part_id=ready.pk, to_status=step, user=coops["leader_a"])
    return {
        "order": order,
        "slots": slots,
        "staff": staff,
        "rider": make_rider(),
        "ready": ready,
        "not_ready": order.parts.get(partner=coops["b"].partner),
    }


def statuses(order):
    return dict(order.parts.values_list("partner__name", "status"))


def record_paid(case, slot, amount):
    return delivery_record(
        order_id=case["order"].pk,
        slot_id=slot.pk,
        rider=case["rider"],
        outcome="paid_full",
        amount_collected_paisa=amount,
    )


def test_an_order_is_not_taken_out_while_a_part_is_not_ready(half_ready):
    order, slot = half_ready["order"], half_ready["slots"][0]
    with pytest.raises(DeliveryRefused, match=r"Not ready yet: Haripur Pickle Makers \(Placed\)"):
        order_take_out(order_id=order.pk, slot_id=slot.pk, rider=half_ready["rider"])
    assert statuses(order) == {"Anarkali Stitchers": P.READY, "Haripur Pickle Makers": P.PLACED}
    assert not OrderPartEvent.objects.filter(to_status=P.OUT_FOR_DELIVERY).exists()
    order.refresh_from_db()
    assert order.status == "Being prepared"


def test_the_refusal_names_the_cooperative_and_its_state_in_urdu(half_ready):
    order, slot = half_ready["order"], half_ready["slots"][0]
    with translation.override("ur"), pytest.raises(DeliveryRefused) as refused:
        order_take_out(order_id=order.pk, slot_id=slot.pk, rider=half_ready["rider"])
    assert "ہری پور اچار ساز" in refused.value.message
    assert str(P.PLACED.label) not in refused.value.message
    assert "Not ready" not in refused.value.message


def test_after_cancelling_the_unready_part_the_rest_goes_out_and_cash_follows(half_ready):
    order, slot, staff = half_ready["order"], half_ready["slots"][0], half_ready["staff"]
    mangoes = order.lines.get(partner=half_ready["not_ready"].partner).stockrecord
    held = mangoes.num_allocated
    order_part_move(
        part_id=half_ready["not_ready"].pk,
        to_status=P.CANCELLED,
        user=staff,
        reason="Not made in time",
    )
    mangoes.refresh_from_db()
    assert mangoes.num_allocated == held - 2  # the jars are free again
    assert order_amount_due_paisa(order) == SHAWL + FEE

    assert order_take_out(order_id=order.pk, slot_id=slot.pk, rider=half_ready["rider"]) == 1
    order.refresh_from_db()
    assert order.status == "On its way"
    with pytest.raises(DeliveryRefused, match="Rs 4,650"):
        record_paid(half_ready, slot, SHAWL + FEE + MANGOES)  # the jars are not handed over
    collection = record_paid(half_ready, slot, SHAWL + FEE)
    assert collection.amount_due_paisa == SHAWL + FEE
    assert order_amount_due_paisa(order) == 0
    assert Payment.objects.get(order=order).status == Payment.Status.PAID
    order.refresh_from_db()
    assert order.status == "Delivered"


def test_sending_the_rest_later_delivers_each_part_with_its_own_cash(
    half_ready, django_capture_on_commit_callbacks
):
    order, (first, second) = half_ready["order"], half_ready["slots"][:2]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        rest = order_rest_reschedule(
            order_id=order.pk, slot_id=first.pk, to_slot_id=second.pk, by=half_ready["staff"]
        )
    assert rest.slot == second and rest.follows.slot == first
    assert list(rest.parts.all()) == [half_ready["not_ready"]]
    assert SlotBooking.objects.filter(slot=second, released_at__isnull=True).count() == 1
    # The customer is told what comes when, and what she pays each time.
    [message] = mail.outbox
    assert "part of it comes later" in message.subject
    assert "1 × Phulkari Shawl" in message.body and "2 × Mango Pickle 500 g" in message.body
    assert "You pay Rs 4,650 on delivery now and Rs 1,300 when the rest comes." in message.body

    order_take_out(order_id=order.pk, slot_id=first.pk, rider=half_ready["rider"])
    order.refresh_from_db()
    assert order.status == "Partly on its way"
    assert record_paid(half_ready, first, SHAWL + FEE).amount_due_paisa == SHAWL + FEE
    order.refresh_from_db()
    assert order.status == "Partly delivered"
    assert statuses(order)["Haripur Pickle Makers"] == P.PLACED
    assert Payment.objects.get(order=order).status == Payment.Status.DUE

    with pytest.raises(DeliveryRefused, match="Haripur Pickle Makers"):
        order_take_out(order_id=order.pk, slot_id=second.pk, rider=half_ready["rider"])
    for step in (P.ACCEPTED, P.PREPARING, P.READY):
        order_part_move(
            part_id=half_ready["not_ready"].pk, to_status=step, user=half_ready["staff"]
        )
    assert order_take_out(order_id=order.pk, slot_id=second.pk, rider=half_ready["rider"]) == 1
    assert record_paid(half_ready, second, MANGOES).amount_due_paisa == MANGOES
    order.refresh_from_db()
    assert order.status == "Delivered"
    assert order_amount_due_paisa(order) == 0
    payment = Payment.objects.get(order=order)
    assert payment.status == Payment.Status.PAID
    assert payment.amount_captured_paisa == SHAWL + FEE + MANGOES
    assert CashCollection.objects.filter(order=order).count() == 2


def test_a_later_delivery_with_nothing_ready_moves_on_whole(half_ready):
    order, (first, second) = half_ready["order"], half_ready["slots"][:2]
    third = Slot.objects.create(
        zone=second.zone,
        starts_at=second.starts_at + timedelta(days=1),
        ends_at=second.ends_at + timedelta(days=1),
        cutoff_at=second.cutoff_at + timedelta(days=1),
        capacity=2,
    )
    rest = order_rest_reschedule(
        order_id=order.pk, slot_id=first.pk, to_slot_id=second.pk, by=half_ready["staff"]
    )
    moved = order_rest_reschedule(
        order_id=order.pk, slot_id=second.pk, to_slot_id=third.pk, by=half_ready["staff"]
    )
    rest.refresh_from_db()
    assert rest.released_at is not None  # its place in the second slot is free again
    assert list(moved.parts.all()) == [half_ready["not_ready"]] and moved.follows == rest
    active = SlotBooking.objects.filter(order=order, released_at__isnull=True)
    assert sorted(b.slot_id for b in active) == [first.pk, third.pk]


def test_an_order_with_nothing_ready_is_not_split(half_ready):
    order, (first, second) = half_ready["order"], half_ready["slots"][:2]
    OrderPart.objects.filter(pk=half_ready["ready"].pk).update(status=P.PREPARING)
    with pytest.raises(DeliveryRefused, match="Nothing on order .* is ready to go now"):
        order_rest_reschedule(
            order_id=order.pk, slot_id=first.pk, to_slot_id=second.pk, by=half_ready["staff"]
        )
    assert SlotBooking.objects.filter(order=order).count() == 1


def test_the_fee_goes_with_the_later_delivery_when_nothing_is_left_to_go_first(half_ready):
    order, (first, second) = half_ready["order"], half_ready["slots"][:2]
    staff = half_ready["staff"]
    order_rest_reschedule(order_id=order.pk, slot_id=first.pk, to_slot_id=second.pk, by=staff)
    order_part_move(
        part_id=half_ready["ready"].pk, to_status=P.CANCELLED, user=staff, reason="Torn"
    )
    with pytest.raises(DeliveryRefused, match="Nothing on this order is left to deliver"):
        order_take_out(order_id=order.pk, slot_id=first.pk, rider=half_ready["rider"])
    for step in (P.ACCEPTED, P.PREPARING, P.READY):
        order_part_move(part_id=half_ready["not_ready"].pk, to_status=step, user=staff)
    order_take_out(order_id=order.pk, slot_id=second.pk, rider=half_ready["rider"])
    assert record_paid(half_ready, second, MANGOES + FEE).amount_due_paisa == MANGOES + FEE
    assert order_amount_due_paisa(order) == 0


def test_cancelling_the_part_sent_later_gives_its_place_back(half_ready):
    order, (first, second) = half_ready["order"], half_ready["slots"][:2]
    rest = order_rest_reschedule(
        order_id=order.pk, slot_id=first.pk, to_slot_id=second.pk, by=half_ready["staff"]
    )
    order_part_move(
        part_id=half_ready["not_ready"].pk,
        to_status=P.CANCELLED,
        user=half_ready["staff"],
        reason="Spoiled batch",
    )
    rest.refresh_from_db()
    assert rest.released_at is not None
    assert SlotBooking.objects.get(order=order, slot=first).released_at is None
    assert order_amount_due_paisa(order) == SHAWL + FEE


@pytest.mark.parametrize(
    ("who", "target", "message"),
    [
        ("rider", "later", "Only staff"),
        ("staff", "same", "no longer offered|closed"),
        ("staff", "other zone", "no longer offered"),
        ("staff", "full", "full"),
    ],
)
def test_sending_the_rest_later_is_refused_and_changes_nothing(half_ready, who, target, message):
    order, (first, second) = half_ready["order"], half_ready["slots"][:2]
    if target == "full":
        Slot.objects.filter(pk=second.pk).update(capacity=0)
    to_slot = {
        "later": second,
        "full": second,
        "same": first,
        "other zone": Slot.objects.filter(zone=delivery_zone_with_slots(city="Karachi")[0]).first(),
    }[target]
    with pytest.raises(DeliveryRefused, match=message):
        order_rest_reschedule(
            order_id=order.pk, slot_id=first.pk, to_slot_id=to_slot.pk, by=half_ready[who]
        )
    assert SlotBooking.objects.filter(order=order).count() == 1
    assert not OutboxMessage.objects.filter(subject__contains="comes later").exists()


def test_nothing_is_sent_later_when_everything_is_ready(half_ready):
    order, (first, second) = half_ready["order"], half_ready["slots"][:2]
    for step in (P.ACCEPTED, P.PREPARING, P.READY):
        order_part_move(
            part_id=half_ready["not_ready"].pk, to_status=step, user=half_ready["staff"]
        )
    with pytest.raises(DeliveryRefused, match="Every part .* is ready"):
        order_rest_reschedule(
            order_id=order.pk, slot_id=first.pk, to_slot_id=second.pk, by=half_ready["staff"]
        )


def test_a_second_take_out_is_refused_with_a_reason(half_ready):
    order, slot = half_ready["order"], half_ready["slots"][0]
    for step in (P.ACCEPTED, P.PREPARING, P.READY):
        order_part_move(
            part_id=half_ready["not_ready"].pk, to_status=step, user=half_ready["staff"]
        )
    assert order_take_out(order_id=order.pk, slot_id=slot.pk, rider=half_ready["rider"]) == 2
    with pytest.raises(DeliveryRefused, match="already out for delivery"):
        order_take_out(order_id=order.pk, slot_id=slot.pk, rider=half_ready["rider"])


class TestRunSheetPage:
    def url(self, slot):
        return reverse("delivery:run-sheet", kwargs={"slot_id": slot.pk})

    def test_the_sheet_shows_each_parts_state_and_offers_no_take_out(
        self, client, site_pages, half_ready
    ):
        client.force_login(half_ready["rider"])
        html = client.get(self.url(half_ready["slots"][0])).content.decode()
        assert 'data-testid="part-status">Ready<' in html
        assert 'data-testid="part-status">Placed<' in html
        assert "Not ready yet: Haripur Pickle Makers (Placed)" in html
        assert "Take out for delivery" not in html
        assert 'value="send-rest"' not in html  # riders do not split orders
        assert 'data-testid="cash-total">Rs\xa05,950' in html  # all of it, if it all goes

    def test_in_urdu_the_states_and_cooperatives_are_urdu(self, client, site_pages, half_ready):
        client.force_login(half_ready["rider"])
        html = client.get("/ur" + self.url(half_ready["slots"][0])).content.decode()
        assert "انارکلی سلائی گروپ" in html and "ہری پور اچار ساز" in html
        for english in ("Placed", "Ready", "Not ready yet", "Anarkali Stitchers"):
            assert english not in html

    def test_a_forged_take_out_is_refused_with_the_reason(self, client, site_pages, half_ready):
        client.force_login(half_ready["rider"])
        order = half_ready["order"]
        response = client.post(
            self.url(half_ready["slots"][0]), {"order": order.number, "action": "out"}
        )
        assert response.status_code == 409
        assert "Not ready yet: Haripur Pickle Makers (Placed)" in response.content.decode()
        assert statuses(order)["Anarkali Stitchers"] == P.READY

    def test_riders_cannot_cancel_or_send_parts_later(self, client, site_pages, half_ready):
        client.force_login(half_ready["rider"])
        order, (first, second) = half_ready["order"], half_ready["slots"][:2]
        for data in (
            {"action": "send-rest", "to_slot": second.pk},
            {"action": "cancel-part", "part": half_ready["not_ready"].pk, "reason": "late"},
        ):
            response = client.post(self.url(first), {"order": order.number, **data})
            assert response.status_code == 409
        assert statuses(order)["Haripur Pickle Makers"] == P.PLACED
        assert SlotBooking.objects.filter(order=order).count() == 1

    def test_staff_send_the_rest_later_and_each_sheet_collects_its_own(
        self, client, site_pages, half_ready
    ):
        client.force_login(half_ready["staff"])
        order, (first, second) = half_ready["order"], half_ready["slots"][:2]
        html = client.get(self.url(first)).content.decode()
        assert 'value="send-rest"' in html and f'<option value="{second.pk}">' in html
        assert "Cancel Haripur Pickle Makers's items" in html
        response = client.post(
            self.url(first), {"order": order.number, "action": "send-rest", "to_slot": second.pk}
        )
        assert response.status_code == 302
        html = client.get(self.url(first)).content.decode()
        assert "Take out for delivery" in html
        assert 'data-testid="cash-total">Rs\xa04,650' in html
        assert "Haripur Pickle Makers: comes in a later delivery" in html
        html = client.get(self.url(second)).content.decode()
        assert "2 × Mango Pickle 500 g" in html and "Phulkari Shawl" not in html
        assert 'data-testid="cash-total">Rs\xa01,300' in html
        assert 'data-testid="stop-rest"' in html

        customer = UserFactory(username="sana", email="sana@example.org")
        Order.objects.filter(pk=order.pk).update(user=customer)
        client.force_login(customer)
        page = client.get(reverse("customer:order", kwargs={"order_number": order.number}))
        assert 'data-testid="part-later"' in page.content.decode()

    def test_staff_cancel_the_unready_part_from_the_sheet(self, client, site_pages, half_ready):
        client.force_login(half_ready["staff"])
        order, slot = half_ready["order"], half_ready["slots"][0]
        data = {"order": order.number, "action": "cancel-part", "part": half_ready["not_ready"].pk}
        assert client.post(self.url(slot), data).status_code == 409  # a reason is needed
        response = client.post(self.url(slot), {**data, "reason": "Not made in time"})
        assert response.status_code == 302
        assert statuses(order)["Haripur Pickle Makers"] == P.CANCELLED
        html = client.get(self.url(slot)).content.decode()
        assert "Take out for delivery" in html and "Mango Pickle" not in html
        assert 'data-testid="cash-total">Rs\xa04,650' in html

    def test_the_leader_sees_the_slot_her_part_was_sent_in(self, client, site_pages, half_ready):
        order, (first, second) = half_ready["order"], half_ready["slots"][:2]
        order_rest_reschedule(
            order_id=order.pk, slot_id=first.pk, to_slot_id=second.pk, by=half_ready["staff"]
        )
        leader = half_ready["not_ready"].partner.users.get()
        client.force_login(leader)
        slug = half_ready["not_ready"].partner.cooperative.slug
        html = client.get(f"/manage/{slug}/orders/").content.decode()
        start = timezone.localtime(second.starts_at).strftime("%H:%M")
        assert "sent later" in html and start in html


class TestRunSheetList:
    def test_only_slots_with_orders_unless_all_are_asked_for(self, client, site_pages, half_ready):
        karachi, _template = delivery_zone_with_slots(city="Karachi")
        empty = Slot.objects.filter(zone=karachi).order_by("starts_at").first()
        client.force_login(half_ready["rider"])
        url = reverse("delivery:run-sheets")
        html = client.get(url).content.decode()
        booked = reverse("delivery:run-sheet", kwargs={"slot_id": half_ready["slots"][0].pk})
        assert booked in html
        assert reverse("delivery:run-sheet", kwargs={"slot_id": empty.pk}) not in html
        assert f"{url}?all=1" in html
        html = client.get(url, {"all": "1"}).content.decode()
        assert (
            booked in html and reverse("delivery:run-sheet", kwargs={"slot_id": empty.pk}) in html
        )
