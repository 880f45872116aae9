"""Cash on delivery: what riders collect at each door, and what they hand over.

At a stop the rider records one outcome — delivered and paid in full, paid
in part, payment refused, or not delivered — with the cash taken. The parts
on the stop (``delivery.stops``: all of the order, or the part of it sent in
a later delivery) move on, delivered or delivery failed, in the same
transaction, under a lock on the order, and a second record of the same stop
is refused: a double tap counts the cash once. What is due at a stop is what
is handed over there.

A rider holds the cash of her collections not yet handed over. When staff
take it, they count it; the hand-over settles those collections, and any
difference between counted and expected is kept and shown with the partly
paid and refused collections in the list of differences.
"""

from django.db import transaction
from django.db.models import Q, Sum
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from orders.cancellation import order_amount_due_paisa
from orders.fulfilment import MoveRefused, order_part_move
from orders.models import OrderPart
from payments.models import Payment
from payments.services import order_note, rupees

from .models import CashCollection, CashHandover, SlotBooking
from .stops import DeliveryRefused, later_part_bookings, stop_due_paisa, stop_parts

Order = get_model("order", "Order")
Outcome = CashCollection.Outcome
P = OrderPart.Status


class CashRefused(DeliveryRefused):
    pass


def delivery_record(
    *, order_id: int, slot_id: int, rider, outcome: str, amount_collected_paisa: int, note=""
) -> CashCollection:
    """Record one door's outcome; raises CashRefused, changing nothing."""
    if outcome not in Outcome.values:
        raise CashRefused(_("Choose what happened."))
    if not isinstance(amount_collected_paisa, int) or amount_collected_paisa < 0:
        raise CashRefused(_("The cash taken cannot be below zero."))
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        if CashCollection.objects.filter(order=order, slot_id=slot_id).exists():
            raise CashRefused(_("Order %(number)s is already recorded.") % {"number": order.number})
        booking = SlotBooking.objects.filter(
            order=order, slot_id=slot_id, released_at__isnull=True
        ).first()
        if booking is None:
            raise CashRefused(_("This order is not on this run sheet."))
        parts = list(order.parts.select_for_update())
        later = later_part_bookings([order.pk])
        on_stop = [p for p in stop_parts(booking, parts, later) if p.status != P.CANCELLED]
        if not on_stop or any(p.status != P.OUT_FOR_DELIVERY for p in on_stop):
            raise CashRefused(
                _("Take the order out for delivery first (every part must be ready).")
            )
        due = stop_due_paisa(order=order, booking=booking, parts=parts, later=later)
        _check_amount(outcome, amount_collected_paisa, due)
        to_status = P.DELIVERY_FAILED if outcome == Outcome.FAILED else P.DELIVERED
        try:
            for part in on_stop:
                order_part_move(part_id=part.pk, to_status=to_status, user=rider, reason=note)
        except MoveRefused as refused:
            raise CashRefused(refused.message) from refused
        collection = CashCollection.objects.create(
            order=order,
            slot_id=slot_id,
            rider=rider,
            outcome=outcome,
            amount_due_paisa=due,
            amount_collected_paisa=amount_collected_paisa,
            note=(note or "")[:255],
        )
        if amount_collected_paisa:
            cash = Payment.objects.filter(order=order, method=Payment.Method.CASH).first()
            if cash is not None:
                # An order delivered in two stops is paid when nothing is left to pay.
                collected = CashCollection.objects.filter(order=order).aggregate(
                    total=Sum("amount_collected_paisa")
                )["total"]
                Payment.objects.filter(pk=cash.pk).update(
                    amount_captured_paisa=collected,
                    status=Payment.Status.PAID
                    if order_amount_due_paisa(order) == 0
                    else cash.status,
                )
        order_note(
            order,
            _("%(outcome)s: %(collected)s of %(due)s collected by %(rider)s.")
            % {
                "outcome": Outcome(outcome).label,
                "collected": rupees(amount_collected_paisa),
                "due": rupees(due),
                "rider": rider.get_username(),
            },
        )
    return collection


def _check_amount(outcome, collected, due):
    if collected > due:
        raise CashRefused(
            _("%(collected)s is more than the %(due)s due.")
            % {"collected": rupees(collected), "due": rupees(due)}
        )
    if outcome == Outcome.PAID_FULL and collected != due:
        raise CashRefused(
            _("Paid in full means %(due)s; for less, choose “paid in part”.") % {"due": rupees(due)}
        )
    if outcome == Outcome.PAID_PARTLY and not 0 < collected < due:
        raise CashRefused(_("Paid in part means more than nothing and less than what is due."))
    if outcome in (Outcome.REFUSED, Outcome.FAILED) and collected:
        raise CashRefused(_("No cash is taken when payment is refused or nothing is delivered."))


def rider_cash_held_paisa(rider) -> int:
    """Cash a rider has collected and not yet handed over."""
    return (
        CashCollection.objects.filter(rider=rider, handover__isnull=True).aggregate(
            total=Sum("amount_collected_paisa")
        )["total"]
        or 0
    )


def riders_holding_cash():
    """(rider, held paisa, unsettled collections) for every rider holding any."""
    rows = {}
    for collection in (
        CashCollection.objects.filter(handover__isnull=True)
        .select_related("rider", "order")
        .order_by("rider__username", "recorded_at")
    ):
        entry = rows.setdefault(collection.rider_id, [collection.rider, 0, []])
        entry[1] += collection.amount_collected_paisa
        entry[2].append(collection)
    return [tuple(row) for row in rows.values()]


def cash_handover_record(*, rider, received_by, amount_counted_paisa: int, note="") -> CashHandover:
    """Staff count the rider's cash; settles her open collections."""
    if not isinstance(amount_counted_paisa, int) or amount_counted_paisa < 0:
        raise CashRefused(_("The amount counted cannot be below zero."))
    if rider.pk == received_by.pk:
        raise CashRefused(_("Someone else must receive the cash."))
    with transaction.atomic():
        open_collections = list(
            CashCollection.objects.select_for_update().filter(rider=rider, handover__isnull=True)
        )
        if not open_collections:
            raise CashRefused(_("%(rider)s holds no cash.") % {"rider": rider.get_username()})
        expected = sum(c.amount_collected_paisa for c in open_collections)
        handover = CashHandover.objects.create(
            rider=rider,
            received_by=received_by,
            amount_expected_paisa=expected,
            amount_counted_paisa=amount_counted_paisa,
            note=(note or "")[:255],
        )
        CashCollection.objects.filter(pk__in=[c.pk for c in open_collections]).update(
            handover=handover
        )
    return handover


def cash_differences():
    """Collections short of what was due, and hand-overs that did not count up."""
    collections = (
        CashCollection.objects.filter(Q(outcome=Outcome.PAID_PARTLY) | Q(outcome=Outcome.REFUSED))
        .select_related("rider", "order")
        .order_by("-recorded_at")
    )
    handovers = [
        h
        for h in CashHandover.objects.select_related("rider", "received_by").order_by("-created_at")
        if h.difference_paisa
    ]
    return collections, handovers
