"""Staff cancel lines or whole orders and refund card payments; cooperatives
cancel their part. Stock, slot, refunds (through the local Stripe peer) and
the cash to collect follow, each step is written on the order, and refused
requests change nothing."""

import pytest
import stripe
from django.urls import reverse
from oscar.core.loading import get_model

from delivery.models import SlotBooking
from notifications.models import OutboxMessage
from orders.cancellation import (
    CancellationRefused,
    order_amount_due_paisa,
    order_cancel,
    order_lines_cancel,
    order_refund,
)
from orders.fulfilment import MoveRefused, order_part_move
from orders.models import LineCancellation, OrderPart
from payments.models import Payment, Refund

from .checkout_steps import place, to_preview
from .factories import UserFactory

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
S = OrderPart.Status


def _order(client, shop, zone, pay, django_capture_on_commit_callbacks):
    """A guest's order: 1 Phulkari shawl (Lahore) and 3 mango pickles
    (Haripur), delivered for Rs 150: Rs 6,600."""
    client.post(reverse("basket:add", kwargs={"pk": shop["products"]["shawl"].pk}), {"quantity": 1})
    to_preview(client, shop, zone, pay=pay)
    with django_capture_on_commit_callbacks(execute=True):
        response = place(client, payment_method_id="pm_card_visa")
    assert response.status_code == 302, response.content.decode()[:2000]
    order = Order.objects.get()
    assert order.total_incl_tax == 6600
    return order


@pytest.fixture
def card_order(client, shop, zone, stripe_on, django_capture_on_commit_callbacks):
    order = _order(client, shop, zone, "card", django_capture_on_commit_callbacks)
    assert Payment.objects.get(order=order).status == Payment.Status.PAID
    return order


@pytest.fixture
def cash_order(client, shop, zone, django_capture_on_commit_callbacks):
    return _order(client, shop, zone, "cash", django_capture_on_commit_callbacks)


@pytest.fixture
def staff(db):
    return UserFactory(username="staff.amina", is_staff=True)


def line(order, title):
    return order.lines.get(title__startswith=title)


def stock(product):
    record = StockRecord.objects.get(product=product)
    return record.num_in_stock, record.num_allocated or 0


def refunds_at_stripe(stripe_on, payment):
    client = stripe.StripeClient("sk_test_hunar", base_addresses={"api": stripe_on})
    listed = client.v1.refunds.list(params={"payment_intent": payment.intent_id, "limit": 100})
    return sorted(r.amount for r in listed.data)


def snapshot(order):
    return (
        LineCancellation.objects.count(),
        Refund.objects.count(),
        list(order.parts.order_by("pk").values_list("status", flat=True)),
        [stock(line.product) for line in order.lines.order_by("pk")],
        list(Payment.objects.values_list("amount_refunded_paisa", flat=True)),
    )


def test_cancelling_one_pickle_refunds_its_price_to_the_card(card_order, shop, staff, stripe_on):
    mango = line(card_order, "Mango")
    assert stock(mango.product) == (20, 3)
    taken = order_lines_cancel(
        order_id=card_order.pk, quantities={mango.pk: 1}, by=staff, reason="One jar broke"
    )
    assert taken == 65000
    assert stock(mango.product) == (20, 2)
    payment = Payment.objects.get(order=card_order)
    assert payment.amount_refunded_paisa == 65000
    assert refunds_at_stripe(stripe_on, payment) == [65000]
    refund = Refund.objects.get()
    assert refund.by == staff and refund.reason == "One jar broke"
    # Both cooperatives' parts go ahead: two jars and the shawl are left.
    assert set(card_order.parts.values_list("status", flat=True)) == {S.PLACED}
    notes = " | ".join(card_order.notes.values_list("message", flat=True))
    assert "Cancelled 1 × Mango Pickle 500 g (Rs 650): One jar broke" in notes
    assert "Refunded Rs 650 to the card" in notes
    mail = OutboxMessage.objects.get(subject__contains="items cancelled")
    assert "Rs 650 is refunded to your card" in mail.body


def test_cancelling_the_whole_order_gives_back_stock_slot_fee_and_money(
    card_order, shop, staff, stripe_on
):
    shawl, mango = line(card_order, "Phulkari"), line(card_order, "Mango")
    order_lines_cancel(order_id=card_order.pk, quantities={mango.pk: 1}, by=staff, reason="broke")
    assert order_cancel(order_id=card_order.pk, by=staff, reason="Customer moved away") == (
        450000 + 2 * 65000 + 15000
    )
    assert stock(shawl.product) == (3, 0) and stock(mango.product) == (20, 0)
    assert set(card_order.parts.values_list("status", flat=True)) == {S.CANCELLED}
    assert SlotBooking.objects.get(order=card_order).released_at is not None
    payment = Payment.objects.get(order=card_order)
    assert payment.amount_refunded_paisa == payment.amount_captured_paisa == 660000
    assert refunds_at_stripe(stripe_on, payment) == [65000, 595000]
    card_order.refresh_from_db()
    assert card_order.status == "Cancelled"
    with pytest.raises(CancellationRefused, match="Nothing is left"):
        order_cancel(order_id=card_order.pk, by=staff, reason="again")
    with pytest.raises(CancellationRefused, match="more than the Rs 0 left to refund"):
        order_refund(order_id=card_order.pk, amount_paisa=100, by=staff, reason="goodwill")


def test_a_refund_without_cancelling_is_capped_at_what_was_paid(card_order, staff, stripe_on):
    order_refund(order_id=card_order.pk, amount_paisa=50000, by=staff, reason="Late delivery")
    before = snapshot(card_order)
    with pytest.raises(CancellationRefused, match="Rs 6,100 left to refund"):
        order_refund(order_id=card_order.pk, amount_paisa=610001, by=staff, reason="too much")
    assert snapshot(card_order) == before
    order_refund(order_id=card_order.pk, amount_paisa=610000, by=staff, reason="all the rest")
    payment = Payment.objects.get(order=card_order)
    assert payment.refundable_paisa == 0
    assert refunds_at_stripe(stripe_on, payment) == [50000, 610000]


@pytest.mark.parametrize(
    ("quantities", "message"),
    [
        ("too many", "Only 3 of “Mango Pickle 500 g” are left"),
        ("zero", "whole and above 0"),
        ("negative", "whole and above 0"),
        ("another order's line", "not on this order"),
    ],
)
def test_bad_cancellations_change_nothing(card_order, staff, coops, quantities, message):
    mango = line(card_order, "Mango")
    other = coops["order"].lines.first()
    ask = {
        "too many": {mango.pk: 4},
        "zero": {mango.pk: 0},
        "negative": {mango.pk: -1},
        "another order's line": {other.pk: 1},
    }[quantities]
    before = snapshot(card_order)
    with pytest.raises(CancellationRefused, match=message):
        order_lines_cancel(order_id=card_order.pk, quantities=ask, by=staff, reason="x")
    assert snapshot(card_order) == before


def test_no_reason_no_cancellation(card_order, staff):
    before = snapshot(card_order)
    with pytest.raises(CancellationRefused, match="reason"):
        order_cancel(order_id=card_order.pk, by=staff, reason="  ")
    assert snapshot(card_order) == before


def test_when_stripe_cannot_refund_nothing_is_cancelled(card_order, staff, settings):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"
    before = snapshot(card_order)
    with pytest.raises(CancellationRefused, match="nothing was cancelled"):
        order_cancel(order_id=card_order.pk, by=staff, reason="Customer asked")
    assert snapshot(card_order) == before
    assert SlotBooking.objects.get(order=card_order).released_at is None


def test_goods_out_for_delivery_are_refunded_not_cancelled(card_order, staff):
    part = card_order.parts.get(partner__name="Haripur Pickle Makers")
    OrderPart.objects.filter(pk=part.pk).update(status=S.OUT_FOR_DELIVERY)
    before = snapshot(card_order)
    with pytest.raises(CancellationRefused, match="refund it instead"):
        order_lines_cancel(
            order_id=card_order.pk,
            quantities={line(card_order, "Mango").pk: 1},
            by=staff,
            reason="x",
        )
    assert snapshot(card_order) == before


def test_cash_order_cancellation_lowers_the_cash_to_collect(cash_order, staff):
    assert order_amount_due_paisa(cash_order) == 660000
    order_lines_cancel(
        order_id=cash_order.pk,
        quantities={line(cash_order, "Phulkari").pk: 1},
        by=staff,
        reason="Out of red thread",
    )
    assert order_amount_due_paisa(cash_order) == 210000
    assert not Refund.objects.exists()
    # The Lahore part had only the shawl: it is cancelled; Haripur goes ahead.
    statuses = dict(cash_order.parts.values_list("partner__name", "status"))
    assert statuses == {"Anarkali Stitchers": S.CANCELLED, "Haripur Pickle Makers": S.PLACED}
    notes = " | ".join(cash_order.notes.values_list("message", flat=True))
    assert "Cash to collect is now Rs 2,100" in notes


def test_a_cooperative_cancelling_its_part_refunds_the_card(card_order, coops, stripe_on):
    part = card_order.parts.get(partner=coops["b"].partner)
    in_stock, held = stock(line(card_order, "Mango").product)  # held: this order's 3 and coops' 2
    order_part_move(part_id=part.pk, to_status=S.CANCELLED, user=coops["leader_b"], reason="Mould")
    part.refresh_from_db()
    assert part.status == S.CANCELLED and part.cancel_reason == "Mould"
    payment = Payment.objects.get(order=card_order)
    assert payment.amount_refunded_paisa == 3 * 65000
    assert stock(line(card_order, "Mango").product) == (in_stock, held - 3)
    # The other cooperative cannot cancel it (again or at all).
    shawl_part = card_order.parts.get(partner=coops["a"].partner)
    with pytest.raises(MoveRefused):
        order_part_move(
            part_id=shawl_part.pk, to_status=S.CANCELLED, user=coops["leader_b"], reason="x"
        )


def test_delivered_items_leave_the_stock(cash_order, staff):
    mango = line(cash_order, "Mango")
    part = cash_order.parts.get(partner=mango.partner)
    for status in (S.ACCEPTED, S.PREPARING, S.READY, S.OUT_FOR_DELIVERY, S.DELIVERED):
        order_part_move(part_id=part.pk, to_status=status, user=staff)
    assert stock(mango.product) == (17, 0)


def test_staff_page_cancels_and_refunds_and_refuses_clearly(client, card_order, staff, stripe_on):
    mango = line(card_order, "Mango")
    url = reverse("staff-orders:detail", kwargs={"number": card_order.number})
    client.logout()
    assert client.get(url).status_code == 302  # sign in first
    client.force_login(UserFactory(username="customer"))
    assert client.get(url).status_code == 403
    client.force_login(staff)
    page = client.get(url)
    assert page.status_code == 200
    assert "Left to refund" in page.content.decode()

    response = client.post(
        url, {"action": "cancel-lines", f"cancel-{mango.pk}": "5", "reason": "x"}
    )
    assert response.status_code == 400
    assert "less than or equal to 3" in response.content.decode()
    response = client.post(
        url, {"action": "cancel-lines", f"cancel-{mango.pk}": "-1", "reason": "x"}
    )
    assert response.status_code == 400
    response = client.post(url, {"action": "refund", "amount": "7000", "reason": "x"})
    assert response.status_code == 409
    assert "more than the Rs 6,600 left to refund" in response.content.decode()
    assert not LineCancellation.objects.exists() and not Refund.objects.exists()

    response = client.post(
        url, {"action": "cancel-lines", f"cancel-{mango.pk}": "2", "reason": "Two jars broke"}
    )
    assert response.status_code == 302
    assert LineCancellation.objects.get().quantity == 2
    page = client.get(url).content.decode()
    assert "Rs\xa01,300" in page  # cancelled so far
    assert "Refunded Rs 1,300 to the card" in page


def test_oscars_dashboard_cannot_move_an_order_past_its_parts(client, cash_order, staff):
    """Oscar's dashboard stays open to staff, but its status pipeline is empty:
    cancelling or moving an order or a line there is refused, so the parts,
    the stock and the cash to collect stay as they are."""
    staff.is_superuser = True
    staff.save()
    client.force_login(staff)
    url = f"/shop/dashboard/orders/{cash_order.number}/"
    before = snapshot(cash_order), cash_order.status, order_amount_due_paisa(cash_order)
    mango = line(cash_order, "Mango")
    for data in (
        {"order_action": "change_order_status", "new_status": "Cancelled"},
        {
            "line_action": "change_line_statuses",
            "new_status": "Cancelled",
            "selected_line": [mango.pk],
            f"selected_line_qty_{mango.pk}": "3",
        },
    ):
        response = client.post(url, data, follow=True)
        assert response.status_code == 200
        said = [str(m) for m in response.context["messages"]]
        assert any("valid" in m for m in said), said
    response = client.post(
        "/shop/dashboard/orders/",
        {
            "action": "change_order_statuses",
            "new_status": "Cancelled",
            "selected_order": [cash_order.pk],
        },
        follow=True,
    )
    assert response.status_code == 200
    cash_order.refresh_from_db()
    mango.refresh_from_db()
    assert (snapshot(cash_order), cash_order.status, order_amount_due_paisa(cash_order)) == before
    assert mango.status == "Placed"


def test_after_a_cancellation_everyone_sees_what_is_left(client, cash_order, shop, staff):
    """The rider carries, the cooperative makes and the customer expects the
    items left on the order, not what was first ordered."""
    mango = line(cash_order, "Mango")
    order_lines_cancel(
        order_id=cash_order.pk, quantities={mango.pk: 1}, by=staff, reason="Jar cracked"
    )
    booking = SlotBooking.objects.get(order=cash_order)
    client.force_login(staff)
    run_sheet = client.get(
        reverse("delivery:run-sheet", kwargs={"slot_id": booking.slot_id})
    ).content.decode()
    assert "2 × Mango Pickle 500 g" in run_sheet and "3 × Mango" not in run_sheet
    assert "Rs\xa05,950" in run_sheet  # 6,600 less one jar of 650 to collect
    coop = shop["cooperatives"]["haripur"]
    own = client.get(f"/manage/{coop.slug}/orders/").content.decode()
    assert "2 × Mango Pickle 500 g" in own and "(1 cancelled)" in own
    # Cancelling the last jars takes the line off the run sheet.
    order_lines_cancel(order_id=cash_order.pk, quantities={mango.pk: 2}, by=staff, reason="x")
    run_sheet = client.get(
        reverse("delivery:run-sheet", kwargs={"slot_id": booking.slot_id})
    ).content.decode()
    assert "Mango" not in run_sheet and "1 × Phulkari Shawl" in run_sheet
    client.logout()
    found = client.post(
        reverse("order-track"), {"number": cash_order.number, "email": cash_order.email}
    )
    page = client.get(found["Location"]).content.decode()
    assert "1 × Mango Pickle 500 g" in page and "Jar cracked" in page
    assert "2 × Mango Pickle 500 g" in page
