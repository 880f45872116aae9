"""Each cooperative's part of an order, and the status the customer sees.

    placed → accepted → preparing → ready → out for delivery → delivered
       ↘ cancelled (with a reason), from any state before "out for delivery"
    out for delivery → delivery failed → returned (or out for delivery again)

The cooperative moves its part up to "ready"; riders and staff take it out,
deliver it or record a failed delivery; staff can make any allowed move.
An order goes out for delivery only whole: every part on the delivery that
is not cancelled must be ready (``parts_not_ready``); what is not ready is
first cancelled or sent in a later delivery (``delivery.stops``).
A move locks the order and then the part's row, so two people pressing at
once cannot skip or repeat a step; every move is recorded (``OrderPartEvent``).
"""

import functools

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from oscar.core.loading import get_model

from .models import OrderPart, OrderPartEvent

S = OrderPart.Status
Order = get_model("order", "Order")

TRANSITIONS = {
    S.PLACED: {S.ACCEPTED, S.CANCELLED},
    S.ACCEPTED: {S.PREPARING, S.CANCELLED},
    S.PREPARING: {S.READY, S.CANCELLED},
    S.READY: {S.OUT_FOR_DELIVERY, S.CANCELLED},
    S.OUT_FOR_DELIVERY: {S.DELIVERED, S.DELIVERY_FAILED},
    S.DELIVERY_FAILED: {S.RETURNED, S.OUT_FOR_DELIVERY},
    S.DELIVERED: set(),
    S.CANCELLED: set(),
    S.RETURNED: set(),
}
COOPERATIVE_MOVES = {S.ACCEPTED, S.PREPARING, S.READY, S.CANCELLED}
RIDER_MOVES = {S.OUT_FOR_DELIVERY, S.DELIVERED, S.DELIVERY_FAILED, S.RETURNED}

# What the customer sees, from the parts still going ahead.
CUSTOMER_STATUS = {
    "placed": gettext_lazy("Placed"),
    "preparing": gettext_lazy("Being prepared"),
    "ready": gettext_lazy("Ready"),
    "on_its_way": gettext_lazy("On its way"),
    "part_on_its_way": gettext_lazy("Partly on its way"),
    "delivered": gettext_lazy("Delivered"),
    "part_delivered": gettext_lazy("Partly delivered"),
    "problem": gettext_lazy("Delivery problem"),
    "returned": gettext_lazy("Returned"),
    "cancelled": gettext_lazy("Cancelled"),
}


class MoveRefused(Exception):
    def __init__(self, message):
        self.message = message
        super().__init__(message)


def customer_status(statuses) -> str:
    """The order's status for the customer, from its parts' statuses (pure).

    "On its way" only when everything still on the order is out for delivery
    or delivered: an item still being made is never said to be on its way.

    >>> customer_status(["delivered", "cancelled"])
    'delivered'
    >>> customer_status(["out_for_delivery", "preparing"])
    'part_on_its_way'
    """
    statuses = list(statuses)
    live = [s for s in statuses if s != S.CANCELLED]
    if not live:
        return "cancelled"
    if S.DELIVERY_FAILED in live:
        return "problem"
    if all(s == S.DELIVERED for s in live):
        return "delivered"
    if all(s == S.RETURNED for s in live):
        return "returned"
    if all(s in (S.OUT_FOR_DELIVERY, S.DELIVERED) for s in live):
        return "on_its_way"
    if S.OUT_FOR_DELIVERY in live:
        return "part_on_its_way"
    if S.DELIVERED in live:
        return "part_delivered"
    if all(s == S.READY for s in live):
        return "ready"
    if any(s in (S.ACCEPTED, S.PREPARING, S.READY) for s in live):
        return "preparing"
    return "placed"


def parts_not_ready(statuses: dict) -> list:
    """The parts that keep a delivery from going out (pure): every part on it
    that is not cancelled must be ready. ``statuses`` maps any key (a part, a
    cooperative's name) to its part's status; the keys holding it back are
    returned in the mapping's order.

    >>> parts_not_ready({"Noor": "ready", "Khanpur": "placed", "Sitara": "cancelled"})
    ['Khanpur']
    """
    return [key for key, status in statuses.items() if status not in (S.READY, S.CANCELLED)]


def order_parts_create(*, order) -> list[OrderPart]:
    """One part per cooperative with lines in the order (in the order's transaction)."""
    partner_ids = sorted({pid for pid in order.lines.values_list("partner_id", flat=True) if pid})
    parts = [OrderPart.objects.get_or_create(order=order, partner_id=pid)[0] for pid in partner_ids]
    mirror_status(order)
    return parts


def _may(user, part, to_status) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    if to_status in COOPERATIVE_MOVES and part.partner.users.filter(pk=user.pk).exists():
        return True
    return to_status in RIDER_MOVES and user.has_perm("delivery.view_run_sheet")


def order_part_move(*, part_id: int, to_status: str, user, reason: str = "") -> OrderPart:
    """Move one part; raises MoveRefused with a message if not allowed now.

    Cancelling goes through orders.cancellation (stock, refund or cash due,
    slot and fee), which locks the order before its parts."""
    if to_status == S.CANCELLED:
        return _part_cancel(part_id=part_id, user=user, reason=reason)
    with transaction.atomic():
        # The order first, then the part: the order in which take-outs, door
        # records and cancellations lock them, so a leader marking her part
        # ready while the rider takes the order out cannot deadlock.
        order_id = OrderPart.objects.values_list("order_id", flat=True).get(pk=part_id)
        Order.objects.select_for_update().only("pk").get(pk=order_id)
        part = OrderPart.objects.select_for_update().select_related("partner").get(pk=part_id)
        if not _may(user, part, to_status):
            raise MoveRefused(_("You cannot make this change."))
        if to_status not in TRANSITIONS[part.status]:
            raise MoveRefused(
                _("This part is %(now)s; it cannot become %(next)s.")
                % {"now": part.get_status_display(), "next": S(to_status).label}
            )
        before = part.status
        part.status = to_status
        if to_status == S.RETURNED:
            _release_part_stock(part)  # the items are back with the cooperative
        elif to_status == S.DELIVERED:
            _release_part_stock(part, delivered=True)
        part.save(update_fields=["status", "cancel_reason", "updated_at"])
        OrderPartEvent.objects.create(
            part=part, from_status=before, to_status=to_status, by=user, note=reason[:255]
        )
        order = part.order
        _notify_customer(order, part, mirror_status(order))
    return part


def _part_cancel(*, part_id, user, reason):
    from .cancellation import CancellationRefused, line_quantity_left, order_lines_cancel

    part = OrderPart.objects.select_related("partner", "order").get(pk=part_id)
    if not _may(user, part, S.CANCELLED):
        raise MoveRefused(_("You cannot make this change."))
    if S.CANCELLED not in TRANSITIONS[part.status]:
        raise MoveRefused(
            _("This part is %(now)s; it cannot become %(next)s.")
            % {"now": part.get_status_display(), "next": S.CANCELLED.label}
        )
    quantities = {
        line.pk: left
        for line in part.order.lines.filter(partner=part.partner)
        if (left := line_quantity_left(line)) > 0
    }
    try:
        order_lines_cancel(
            order_id=part.order_id, quantities=quantities, by=user, reason=reason, whole_part=part
        )
    except CancellationRefused as refused:
        raise MoveRefused(refused.message) from refused
    part.refresh_from_db()
    return part


def _release_part_stock(part, *, delivered=False):
    """A cancelled or returned part gives back what was held for it; a
    delivered one turns what was held into sold (less any cancelled items)."""
    from .cancellation import line_quantity_left

    for line in part.order.lines.filter(partner=part.partner).select_related("stockrecord"):
        left = line_quantity_left(line)
        if (
            left > 0
            and line.stockrecord is not None
            and line.product
            and line.product.get_product_class().track_stock
        ):
            if delivered:
                line.stockrecord.consume_allocation(left)
            else:
                line.stockrecord.cancel_allocation(left)


def mirror_status(order) -> str:
    """Store the customer's status in Oscar's ``Order.status``, always in
    English (``status_label`` shows it in the reader's language)."""
    code = customer_status(order.parts.values_list("status", flat=True))
    with translation.override("en"):
        Order.objects.filter(pk=order.pk).update(status=str(CUSTOMER_STATUS[code]))
    return code


@functools.cache
def _status_codes() -> dict:
    """English label → code, built once."""
    with translation.override("en"):
        return {str(label): code for code, label in CUSTOMER_STATUS.items()}


def status_label(stored: str) -> str:
    """``Order.status`` (stored in English) in the active language."""
    code = _status_codes().get(stored)
    return str(CUSTOMER_STATUS[code]) if code else stored


def _notify_customer(order, part, status_code):
    from notifications.services import outbox_enqueue

    if not order.email:
        return
    with translation.override(order.language):
        label = str(CUSTOMER_STATUS[status_code])
        subject = _("Order %(number)s: %(status)s") % {"number": order.number, "status": label}
        body = _(
            "Your order %(number)s is now: %(status)s.\n\n"
            "%(cooperative)s: %(part_status)s%(reason)s\n"
        ) % {
            "number": order.number,
            "status": label,
            "cooperative": part.partner.name,
            "part_status": part.get_status_display(),
            "reason": f" ({part.cancel_reason})" if part.cancel_reason else "",
        }
    outbox_enqueue(
        dedupe_key=f"order-status:{order.number}:{part.pk}:{part.status}",
        to=order.email,
        subject=subject,
        body=body,
    )
