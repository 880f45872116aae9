"""Riders record each door — paid in full, in part, refused, or not
delivered — and hand the cash to staff; differences are flagged."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from oscar.core.loading import get_model

from delivery.cash import (
    CashRefused,
    cash_differences,
    cash_handover_record,
    delivery_record,
    rider_cash_held_paisa,
)
from delivery.models import CashCollection, CashHandover, Slot
from delivery.services import slot_book
from orders.models import OrderPart
from payments.models import Payment

from .factories import UserFactory, delivery_zone_with_slots

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
P = OrderPart.Status
Outcome = CashCollection.Outcome
DUE = 580000  # the fixture order: 4,500 + 2 × 650


def make_rider(username="rider.lahore"):
    rider = UserFactory(username=username)
    rider.user_permissions.add(Permission.objects.get(codename="view_run_sheet"))
    return rider


@pytest.fixture
def rider(db):
    return make_rider()


@pytest.fixture
def staff(db):
    return UserFactory(username="staff.amina", is_staff=True)


@pytest.fixture
def out(coops):
    """The two-cooperative order, booked in a slot, out for delivery."""
    zone, _template = delivery_zone_with_slots(capacity=3)
    slot = Slot.objects.filter(zone=zone).order_by("starts_at").first()
    order = coops["order"]
    slot_book(order=order, slot_id=slot.pk)
    OrderPart.objects.filter(order=order).update(status=P.OUT_FOR_DELIVERY)
    return {"order": order, "slot": slot}


def parts(order):
    return sorted(order.parts.values_list("status", flat=True))


def record(out, rider, outcome, amount, note=""):
    return delivery_record(
        order_id=out["order"].pk,
        slot_id=out["slot"].pk,
        rider=rider,
        outcome=outcome,
        amount_collected_paisa=amount,
        note=note,
    )


@pytest.mark.parametrize(
    ("outcome", "amount", "statuses", "held"),
    [
        (Outcome.PAID_FULL, DUE, [P.DELIVERED, P.DELIVERED], DUE),
        (Outcome.PAID_PARTLY, 300000, [P.DELIVERED, P.DELIVERED], 300000),
        (Outcome.REFUSED, 0, [P.DELIVERED, P.DELIVERED], 0),
        (Outcome.FAILED, 0, [P.DELIVERY_FAILED, P.DELIVERY_FAILED], 0),
    ],
)
def test_each_outcome_moves_the_parts_and_counts_the_cash(
    out, rider, outcome, amount, statuses, held
):
    collection = record(out, rider, outcome, amount)
    assert collection.amount_due_paisa == DUE
    assert parts(out["order"]) == statuses
    assert rider_cash_held_paisa(rider) == held
    short, _handovers = cash_differences()
    assert (collection in short) == (outcome in (Outcome.PAID_PARTLY, Outcome.REFUSED))


@pytest.mark.parametrize(
    ("outcome", "amount", "message"),
    [
        (Outcome.PAID_FULL, DUE - 100, "Paid in full means Rs 5,800"),
        (Outcome.PAID_FULL, DUE + 100, "more than the Rs 5,800 due"),
        (Outcome.PAID_PARTLY, 0, "more than nothing and less"),
        (Outcome.PAID_PARTLY, DUE, "more than nothing and less"),
        (Outcome.REFUSED, 100, "No cash is taken"),
        (Outcome.FAILED, 100, "No cash is taken"),
        (Outcome.PAID_PARTLY, -100, "below zero"),
        ("lost", 0, "Choose what happened"),
    ],
)
def test_bad_records_change_nothing(out, rider, outcome, amount, message):
    with pytest.raises(CashRefused, match=message):
        record(out, rider, outcome, amount)
    assert parts(out["order"]) == [P.OUT_FOR_DELIVERY, P.OUT_FOR_DELIVERY]
    assert not CashCollection.objects.exists()


def test_a_second_record_of_the_same_door_is_refused_and_cash_counts_once(out, rider):
    record(out, rider, Outcome.PAID_FULL, DUE)
    with pytest.raises(CashRefused, match="already recorded"):
        record(out, rider, Outcome.PAID_FULL, DUE)
    assert rider_cash_held_paisa(rider) == DUE
    assert CashCollection.objects.count() == 1


def test_an_order_not_yet_out_cannot_be_recorded(out, rider):
    OrderPart.objects.filter(order=out["order"], partner__name="Anarkali Stitchers").update(
        status=P.READY
    )
    with pytest.raises(CashRefused, match="out for delivery first"):
        record(out, rider, Outcome.PAID_FULL, DUE)
    assert not CashCollection.objects.exists()


def test_cash_collected_in_full_marks_the_cash_payment_paid(out, rider):
    Payment.objects.create(
        order_number=out["order"].number,
        order=out["order"],
        method=Payment.Method.CASH,
        idempotency_key="hb-x-cash",
        amount_paisa=DUE,
        status=Payment.Status.DUE,
    )
    record(out, rider, Outcome.PAID_FULL, DUE)
    payment = Payment.objects.get()
    assert payment.status == Payment.Status.PAID and payment.amount_captured_paisa == DUE


def test_handover_settles_what_the_rider_holds_and_keeps_the_difference(out, rider, staff, coops):
    record(out, rider, Outcome.PAID_FULL, DUE)
    handover = cash_handover_record(rider=rider, received_by=staff, amount_counted_paisa=570000)
    assert handover.amount_expected_paisa == DUE and handover.difference_paisa == -10000
    assert rider_cash_held_paisa(rider) == 0
    _short, handovers = cash_differences()
    assert handovers == [handover]
    with pytest.raises(CashRefused, match="holds no cash"):
        cash_handover_record(rider=rider, received_by=staff, amount_counted_paisa=0)
    with pytest.raises(CashRefused, match="Someone else"):
        cash_handover_record(rider=staff, received_by=staff, amount_counted_paisa=0)
    assert CashHandover.objects.count() == 1


class TestPages:
    def url(self, out):
        return reverse("delivery:run-sheet", kwargs={"slot_id": out["slot"].pk})

    def test_rider_records_a_door_from_the_run_sheet(self, client, site_pages, out, rider):
        client.force_login(rider)
        html = client.get(self.url(out)).content.decode()
        assert "Rs\xa05,800" in html and 'name="outcome"' in html
        number = out["order"].number
        # Urdu digits from a phone keyboard: ۵۸۰۰ is 5800.
        response = client.post(
            self.url(out), {"order": number, "outcome": "paid_full", "cash": "۵۸۰۰"}
        )
        assert response.status_code == 302
        assert CashCollection.objects.get().amount_collected_paisa == DUE
        html = client.get(self.url(out)).content.decode()
        assert "Delivered, paid in full · Rs\xa05,800" in html
        assert 'data-testid="cash-held">Rs\xa05,800' in html
        again = client.post(
            self.url(out), {"order": number, "outcome": "paid_full", "cash": "5800"}
        )
        assert again.status_code == 409
        assert CashCollection.objects.count() == 1

    def test_bad_form_input_is_explained(self, client, site_pages, out, rider):
        client.force_login(rider)
        number = out["order"].number
        response = client.post(
            self.url(out), {"order": number, "outcome": "paid_full", "cash": "-5"}
        )
        assert response.status_code == 400
        assert "greater than or equal to 0" in response.content.decode()
        response = client.post(
            self.url(out), {"order": number, "outcome": "paid_full", "cash": "5000"}
        )
        assert response.status_code == 409
        assert "Paid in full means Rs 5,800" in response.content.decode()
        assert not CashCollection.objects.exists()

    def test_an_order_of_another_slot_is_not_found(self, client, site_pages, out, rider, coops):
        client.force_login(rider)
        other = Slot.objects.exclude(pk=out["slot"].pk).first()
        url = reverse("delivery:run-sheet", kwargs={"slot_id": other.pk})
        response = client.post(url, {"order": out["order"].number, "outcome": "failed"})
        assert response.status_code == 404

    def test_rider_takes_ready_parts_out(self, client, site_pages, out, rider):
        OrderPart.objects.filter(order=out["order"]).update(status=P.READY)
        client.force_login(rider)
        response = client.post(self.url(out), {"order": out["order"].number, "action": "out"})
        assert response.status_code == 302
        assert parts(out["order"]) == [P.OUT_FOR_DELIVERY, P.OUT_FOR_DELIVERY]

    @pytest.mark.parametrize("who", ["customer", "leader"])
    def test_only_riders_and_staff_record(self, client, site_pages, out, coops, who):
        user = UserFactory(username="sana") if who == "customer" else coops["leader_a"]
        client.force_login(user)
        response = client.post(
            self.url(out), {"order": out["order"].number, "outcome": "paid_full", "cash": "5800"}
        )
        assert response.status_code == 403
        assert not CashCollection.objects.exists()

    def test_staff_record_the_handover_and_see_differences(
        self, client, site_pages, out, rider, staff
    ):
        record(out, rider, Outcome.PAID_PARTLY, 500000, note="She will pay the rest on Sunday")
        url = reverse("delivery:cash")
        client.force_login(rider)
        assert client.get(url).status_code == 403
        client.force_login(staff)
        html = client.get(url).content.decode()
        assert 'data-testid="rider-held">Rs\xa05,000' in html
        assert "short by Rs\xa0800" in html and "She will pay the rest on Sunday" in html
        response = client.post(url, {"rider": rider.pk, "counted": "-1"})
        assert response.status_code == 400 and not CashHandover.objects.exists()
        response = client.post(url, {"rider": rider.pk, "counted": "4900", "note": "100 short"})
        assert response.status_code == 302
        handover = CashHandover.objects.get()
        assert handover.received_by == staff and handover.difference_paisa == -10000
        html = client.get(url).content.decode()
        assert "No rider holds cash." in html
        assert "expected Rs\xa05,000, counted Rs\xa04,900" in html
