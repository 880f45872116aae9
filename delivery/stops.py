"""What each stop of a run sheet carries, whether it can go out, and the cash due there.

A stop is one active slot booking: the order's own, or a later delivery of
the parts that were not ready for an earlier one (``SlotBooking.follows`` and
``parts``). The order's own booking carries every part not sent later.

An order goes out only whole: every part on the stop that is not cancelled
must be ready (``orders.fulfilment.parts_not_ready``). ``order_take_out``
decides that with the order and its parts locked, the same locks a leader's
move, a cancellation and the rider's record take, so a part marked ready,
cancelled or sent later at the same moment cannot leave half an order on the
road. What is not ready is dealt with first, explicitly, by staff: cancelled
(``orders.fulfilment.order_part_move``, through ``orders.cancellation``, so
stock, slot place, fee and cash due follow) or sent in a later slot
(``order_rest_reschedule``). The customer is told either way.

Cash due at a stop counts only what is handed over there: the items still on
the order in the stop's parts, plus the delivery fee on the stop that carries
it (the order's own, or, if nothing is left on that one, the first later
delivery), and never more than the customer still owes.
"""

from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from oscar.core.loading import get_model

from orders.cancellation import (
    lines_with_quantity_left,
    order_amount_due_paisa,
    order_fee_left_paisa,
    order_goods_left_paisa,
)
from orders.fulfilment import MoveRefused, order_part_move, parts_not_ready
from orders.models import OrderPart
from payments.services import order_note, rupees

from .models import CashCollection, SlotBooking
from .services import SlotUnavailable, slot_book_later, slot_bookings_release_empty

Order = get_model("order", "Order")
P = OrderPart.Status
GONE = {P.OUT_FOR_DELIVERY, P.DELIVERED, P.DELIVERY_FAILED, P.RETURNED}


class DeliveryRefused(Exception):
    """A run-sheet action is refused; ``message`` says why, for the reader."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def later_part_bookings(order_ids) -> dict:
    """part id → the later delivery (with its slot) that carries it, for the
    parts of these orders that were sent later."""
    rows = SlotBooking.parts.through.objects.filter(
        slotbooking__order_id__in=list(order_ids), slotbooking__released_at__isnull=True
    ).select_related("slotbooking__slot")
    return {row.orderpart_id: row.slotbooking for row in rows}


def stop_parts(booking, parts, later) -> list:
    """Which of the order's ``parts`` the ``booking`` carries (``later`` from
    ``later_part_bookings``)."""
    if booking.follows_id is None:
        return [part for part in parts if part.pk not in later]
    return [part for part in parts if part.pk in later and later[part.pk].pk == booking.pk]


def _carries_fee(booking, parts, later) -> bool:
    live = [part for part in parts if part.status != P.CANCELLED]
    if any(part.pk not in later for part in live):
        return booking.follows_id is None
    sent_later = sorted(
        {later[part.pk] for part in live}, key=lambda stop: (stop.slot.starts_at, stop.pk)
    )
    return bool(sent_later) and sent_later[0].pk == booking.pk


def stop_due_paisa(*, order, booking, parts, later) -> int:
    """Cash the rider collects at this stop: what is handed over there."""
    on_stop = {part.partner_id for part in stop_parts(booking, parts, later)}
    on_stop -= {part.partner_id for part in parts if part.status == P.CANCELLED}
    goods = order_goods_left_paisa(order)
    value = sum(amount for partner_id, amount in goods.items() if partner_id in on_stop)
    if _carries_fee(booking, parts, later):
        value += order_fee_left_paisa(order)
    return min(order_amount_due_paisa(order), value)


def cooperative_name(part) -> str:
    """The part's cooperative, in the reader's language."""
    cooperative = getattr(part.partner, "cooperative", None)
    return cooperative.name if cooperative is not None else part.partner.name


def _listed(names) -> str:
    return pgettext("between the items of a list", ", ").join(names)


def not_ready_message(parts) -> str:
    """Why a stop cannot go out: each cooperative not ready, with its state."""
    waiting = _listed(
        _("%(cooperative)s (%(status)s)")
        % {"cooperative": cooperative_name(part), "status": part.get_status_display()}
        for part in parts
    )
    return _(
        "Not ready yet: %(waiting)s. An order goes out only when every part still on it is ready."
    ) % {"waiting": waiting}


def _stop_locked(order_id, slot_id):
    """The order, its parts and the stop, locked in the caller's transaction
    (the order first, then its parts, as cancellations and records lock them)."""
    order = Order.objects.select_for_update().filter(pk=order_id).first()
    booking = (
        SlotBooking.objects.select_related("slot")
        .filter(order_id=order_id, slot_id=slot_id, released_at__isnull=True)
        .first()
    )
    if order is None or booking is None:
        raise DeliveryRefused(_("This order is not on this run sheet."))
    parts = list(
        order.parts.select_for_update(of=("self",))
        .select_related("partner__cooperative")
        .order_by("partner__name", "pk")
    )
    later = later_part_bookings([order.pk])
    return order, booking, parts, later


def order_take_out(*, order_id: int, slot_id: int, rider) -> int:
    """Take a stop out for delivery, all of it or nothing; returns how many
    parts went out. Refused, naming the cooperatives, while any part on the
    stop that is not cancelled is not ready."""
    with transaction.atomic():
        order, booking, parts, later = _stop_locked(order_id, slot_id)
        on_stop = [part for part in stop_parts(booking, parts, later) if part.status != P.CANCELLED]
        if not on_stop:
            raise DeliveryRefused(_("Nothing on this order is left to deliver."))
        if any(part.status in GONE for part in on_stop):
            raise DeliveryRefused(
                _("Order %(number)s is already out for delivery.") % {"number": order.number}
            )
        waiting = parts_not_ready({part: part.status for part in on_stop})
        if waiting:
            raise DeliveryRefused(not_ready_message(waiting))
        try:
            for part in on_stop:
                order_part_move(part_id=part.pk, to_status=P.OUT_FOR_DELIVERY, user=rider)
        except MoveRefused as refused:
            raise DeliveryRefused(refused.message) from refused
    return len(on_stop)


def order_rest_reschedule(
    *, order_id: int, slot_id: int, to_slot_id: int, by, now=None
) -> SlotBooking:
    """Send the parts of a stop that are not ready in a later slot of the same
    zone or market, so the ready ones can go out now (staff only); a later
    delivery with nothing ready moves on whole. The later delivery takes a
    place in its slot; the customer is told what comes when and what she
    pays each time. Returns the later delivery."""
    if by is None or not by.is_staff:
        raise DeliveryRefused(_("Only staff can send part of an order later."))
    with transaction.atomic():
        order, booking, parts, later = _stop_locked(order_id, slot_id)
        on_stop = [part for part in stop_parts(booking, parts, later) if part.status != P.CANCELLED]
        if CashCollection.objects.filter(order=order, slot_id=slot_id).exists() or any(
            part.status in GONE for part in on_stop
        ):
            raise DeliveryRefused(
                _("Order %(number)s is already out for delivery.") % {"number": order.number}
            )
        waiting = parts_not_ready({part: part.status for part in on_stop})
        if not waiting:
            raise DeliveryRefused(
                _("Every part of order %(number)s is ready: take it out for delivery.")
                % {"number": order.number}
            )
        if len(waiting) == len(on_stop) and booking.follows_id is None:
            # Nothing of the order would go now: that is moving the order, not splitting it.
            raise DeliveryRefused(
                _("Nothing on order %(number)s is ready to go now.") % {"number": order.number}
            )
        try:
            rest = slot_book_later(after=booking, slot_id=to_slot_id, now=now)
        except SlotUnavailable as unavailable:
            raise DeliveryRefused(str(unavailable.message)) from unavailable
        rest.parts.add(*waiting)
        if booking.follows_id is not None:
            booking.parts.remove(*waiting)
            slot_bookings_release_empty(order=order)  # a later delivery left with nothing
        rest = SlotBooking.objects.select_related("slot").get(pk=rest.pk)
        later = later_part_bookings([order.pk])
        order_note(
            order,
            _(
                "Not ready for the delivery of %(first)s: %(waiting)s; "
                "sent in the delivery of %(later)s."
            )
            % {
                "first": slot_when(booking.slot),
                "waiting": _listed(cooperative_name(part) for part in waiting),
                "later": slot_when(rest.slot),
            },
        )
        _notify_customer_of_rest(order, booking, rest, parts, later)
    return rest


def slot_when(slot) -> str:
    """A slot's day and times, in the active language."""
    starts, ends = timezone.localtime(slot.starts_at), timezone.localtime(slot.ends_at)
    return pgettext("a slot's day and times", "%(day)s, %(start)s–%(end)s") % {
        "day": formats.date_format(starts, "l j F"),
        "start": formats.time_format(starts, "H:i"),
        "end": formats.time_format(ends, "H:i"),
    }


def _items(order, partner_ids) -> str:
    lines = lines_with_quantity_left(order.lines.filter(partner_id__in=partner_ids)).order_by("pk")
    return "\n".join(
        f"  {line.quantity_left} × {line.title}" for line in lines if line.quantity_left > 0
    )


def _notify_customer_of_rest(order, first, rest, parts, later):
    from notifications.services import outbox_enqueue

    if not order.email:
        return
    first_parts = [p for p in stop_parts(first, parts, later) if p.status != P.CANCELLED]
    rest_parts = [p for p in stop_parts(rest, parts, later) if p.status != P.CANCELLED]
    due_first = stop_due_paisa(order=order, booking=first, parts=parts, later=later)
    due_rest = stop_due_paisa(order=order, booking=rest, parts=parts, later=later)
    # In the language the customer ordered in, whoever sends it.
    with translation.override(order.language):
        money = (
            _("You pay %(first)s on delivery now and %(rest)s when the rest comes.")
            % {"first": rupees(due_first), "rest": rupees(due_rest)}
            if due_first or due_rest
            else ""
        )
        subject = _("Order %(number)s: part of it comes later") % {"number": order.number}
        body = _(
            "Not everything in your order %(number)s is ready in time, so we bring what is "
            "ready now and the rest later.\n\n"
            "%(first_when)s:\n%(first_items)s\n\n%(rest_when)s:\n%(rest_items)s\n\n%(money)s\n"
        ) % {
            "number": order.number,
            "first_when": slot_when(first.slot),
            "first_items": _items(order, [p.partner_id for p in first_parts]),
            "rest_when": slot_when(rest.slot),
            "rest_items": _items(order, [p.partner_id for p in rest_parts]),
            "money": money,
        }
    outbox_enqueue(
        dedupe_key=f"order-rest:{order.number}:{rest.pk}:"
        + ",".join(str(p.pk) for p in rest_parts),
        to=order.email,
        subject=subject,
        body=body,
    )
