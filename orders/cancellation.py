"""Staff cancel a whole order or some of its lines, and refund card payments.

A cancellation, in one transaction under a lock on the order: the items go
back to stock (what was held for them), parts left with nothing become
cancelled, an order left with nothing gives its slot place back and its
delivery fee too, a card payment is refunded by the value taken off (through
the provider, with the payment's idempotency key), cash to collect drops by
that value, and each step is written on the order as a note. If the provider
refuses or cannot be reached, nothing of it happens.

Only items not yet out for delivery can be cancelled; for delivered goods
staff refund an amount instead (``order_refund``), never more than was paid.
"""

from django.db import transaction
from django.db.models import F, Sum
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.money import to_paisa
from payments.models import Payment
from payments.providers import ProviderError
from payments.services import PaymentRefused, card_refund_issue, order_note, rupees

from .models import LineCancellation, OrderPart, OrderPartEvent, ShippingCancellation

Order = get_model("order", "Order")
Line = get_model("order", "Line")
S = OrderPart.Status
CANCELLABLE = {S.PLACED, S.ACCEPTED, S.PREPARING, S.READY}


class CancellationRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def lines_with_quantity_left(lines):
    """The order lines annotated with ``quantity_cancelled`` and ``quantity_left``
    (what is still to be made, packed and delivered)."""
    return lines.annotate(quantity_cancelled=Coalesce(Sum("cancellations__quantity"), 0)).annotate(
        quantity_left=F("quantity") - F("quantity_cancelled")
    )


def line_quantity_left(line) -> int:
    """Items of the line still on the order."""
    cancelled = line.cancellations.aggregate(n=Sum("quantity"))["n"] or 0
    return line.quantity - cancelled


def order_cancelled_paisa(order) -> int:
    """Value taken off the order by cancellations (lines and delivery fee)."""
    lines = (
        LineCancellation.objects.filter(line__order=order).aggregate(t=Sum("amount_paisa"))["t"]
        or 0
    )
    shipping = ShippingCancellation.objects.filter(order=order).values_list(
        "amount_paisa", flat=True
    )
    return lines + sum(shipping)


def order_goods_left_paisa(order) -> dict:
    """Value of the items still on the order, by cooperative (partner id → paisa)."""
    values = {}
    for line in lines_with_quantity_left(order.lines.all()):
        values[line.partner_id] = values.get(line.partner_id, 0) + _unit_paisa(line) * max(
            line.quantity_left, 0
        )
    return values


def order_fee_left_paisa(order) -> int:
    """The delivery fee, unless it was cancelled with the whole order."""
    cancelled = ShippingCancellation.objects.filter(order=order).values_list(
        "amount_paisa", flat=True
    )
    return max(0, to_paisa(order.shipping_incl_tax) - sum(cancelled))


def order_amount_due_paisa(order) -> int:
    """What the customer still pays on delivery: nothing if a card paid (or
    is paying) for the order, else its total less what was cancelled and
    what the rider already collected."""
    from delivery.models import CashCollection

    if Payment.objects.filter(
        order=order,
        method=Payment.Method.CARD,
        status__in=[Payment.Status.AUTHORISED, Payment.Status.PAID],
    ).exists():
        return 0
    collected = CashCollection.objects.filter(order=order).values_list(
        "amount_collected_paisa", flat=True
    )
    return max(0, to_paisa(order.total_incl_tax) - order_cancelled_paisa(order) - sum(collected))


def _unit_paisa(line) -> int:
    return to_paisa(line.unit_price_incl_tax)


def order_lines_cancel(*, order_id: int, quantities: dict, by, reason: str, whole_part=None) -> int:
    """Cancel ``{line_id: quantity}`` of an order; returns the value taken off
    (paisa). Raises CancellationRefused with a message, changing nothing.
    ``whole_part``: a part to cancel even if it has nothing left (its lines
    were all cancelled one by one before)."""
    reason = (reason or "").strip()
    if not reason:
        raise CancellationRefused(_("Please give a reason for cancelling."))
    if not quantities and whole_part is None:
        raise CancellationRefused(_("Choose what to cancel."))
    try:
        with transaction.atomic():
            order = Order.objects.select_for_update().get(pk=order_id)
            lines = {line.pk: line for line in order.lines.select_related("stockrecord")}
            parts = {part.partner_id: part for part in order.parts.select_for_update()}
            taken_off = 0
            for line_id, quantity in quantities.items():
                line = lines.get(line_id)
                if line is None:
                    raise CancellationRefused(_("That line is not on this order."))
                if not isinstance(quantity, int) or quantity <= 0:
                    raise CancellationRefused(_("Quantities to cancel must be whole and above 0."))
                left = line_quantity_left(line)
                if quantity > left:
                    raise CancellationRefused(
                        _("Only %(left)s of “%(title)s” are left on the order.")
                        % {"left": left, "title": line.title}
                    )
                part = parts.get(line.partner_id)
                if part is not None and part.status not in CANCELLABLE:
                    raise CancellationRefused(
                        _("“%(title)s” is %(status)s: refund it instead of cancelling.")
                        % {"title": line.title, "status": part.get_status_display().lower()}
                    )
                amount = _unit_paisa(line) * quantity
                LineCancellation.objects.create(
                    line=line, quantity=quantity, amount_paisa=amount, reason=reason[:255], by=by
                )
                if line.stockrecord is not None and line.product.get_product_class().track_stock:
                    line.stockrecord.cancel_allocation(quantity)
                taken_off += amount
                order_note(
                    order,
                    _("Cancelled %(n)s × %(title)s (%(amount)s): %(reason)s")
                    % {
                        "n": quantity,
                        "title": line.title,
                        "amount": rupees(amount),
                        "reason": reason,
                    },
                )
            if whole_part is not None and whole_part.pk not in {
                p.pk for p in parts.values() if p.status in CANCELLABLE
            }:
                raise CancellationRefused(_("This part can no longer be cancelled."))
            taken_off += _close_empty_parts(order, parts.values(), lines.values(), by, reason)
            _settle_money(order, taken_off, by, reason)
            _notify_customer_of_cancellation(order, quantities, lines, taken_off, reason)
    except ProviderError as error:
        raise CancellationRefused(
            _("The card refund could not be made (%(why)s); nothing was cancelled.")
            % {"why": error}
        ) from error
    except PaymentRefused as refused:
        raise CancellationRefused(refused.message) from refused
    return taken_off


def order_cancel(*, order_id: int, by, reason: str) -> int:
    """Cancel everything still on the order (and its delivery fee)."""
    order = Order.objects.get(pk=order_id)
    quantities = {
        line.pk: left for line in order.lines.all() if (left := line_quantity_left(line)) > 0
    }
    if not quantities:
        raise CancellationRefused(_("Nothing is left on this order to cancel."))
    return order_lines_cancel(order_id=order_id, quantities=quantities, by=by, reason=reason)


def _close_empty_parts(order, parts, lines, by, reason) -> int:
    """Parts with nothing left become cancelled; an order with nothing left
    gives back its slot place and its delivery fee, and a later delivery left
    with nothing its place. Returns the fee (paisa)."""
    from delivery.services import slot_bookings_release_empty

    from .fulfilment import mirror_status

    left_by_partner = {}
    for line in lines:
        left_by_partner[line.partner_id] = left_by_partner.get(line.partner_id, 0) + (
            line_quantity_left(line)
        )
    for part in parts:
        if part.status in CANCELLABLE and left_by_partner.get(part.partner_id, 0) == 0:
            # (a part whose lines were all cancelled, or a part cancelled whole)
            before = part.status
            part.status = S.CANCELLED
            part.cancel_reason = reason[:255]
            part.save(update_fields=["status", "cancel_reason", "updated_at"])
            OrderPartEvent.objects.create(
                part=part, from_status=before, to_status=S.CANCELLED, by=by, note=reason[:255]
            )
    status = mirror_status(order)
    fee = 0
    if slot_bookings_release_empty(order=order):
        order_note(order, _("Delivery slot place released."))
    if sum(left_by_partner.values()) == 0:
        shipping = to_paisa(order.shipping_incl_tax)
        if shipping > 0 and not ShippingCancellation.objects.filter(order=order).exists():
            ShippingCancellation.objects.create(order=order, amount_paisa=shipping)
            order_note(order, _("Delivery fee of %(fee)s cancelled.") % {"fee": rupees(shipping)})
            fee = shipping
    del status
    return fee


def _notify_customer_of_cancellation(order, quantities, lines, taken_off, reason):
    from notifications.services import outbox_enqueue

    from .fulfilment import CUSTOMER_STATUS, customer_status

    if not order.email:
        return
    items = "\n".join(
        f"  {quantity} × {lines[line_id].title}" for line_id, quantity in quantities.items()
    )
    card = Payment.objects.filter(order=order, method=Payment.Method.CARD, status="paid").exists()
    status = CUSTOMER_STATUS[customer_status(order.parts.values_list("status", flat=True))]
    count = LineCancellation.objects.filter(line__order=order).count()
    # In the language the customer ordered in, whoever cancels.
    with translation.override(order.language):
        money = (
            _("%(amount)s is refunded to your card.") % {"amount": rupees(taken_off)}
            if card
            else _("You now pay %(due)s on delivery.")
            % {"due": rupees(order_amount_due_paisa(order))}
        )
        subject = _("Order %(number)s: items cancelled") % {"number": order.number}
        body = _(
            "We are sorry: these items of your order %(number)s were cancelled "
            "(%(reason)s):\n%(items)s\n\n%(money)s\nYour order is now: %(status)s.\n"
        ) % {
            "number": order.number,
            "reason": reason,
            "items": items,
            "money": money,
            "status": str(status),
        }
    outbox_enqueue(
        dedupe_key=f"order-cancellation:{order.number}:{count}",
        to=order.email,
        subject=subject,
        body=body,
    )


def _settle_money(order, amount_paisa, by, reason):
    if amount_paisa <= 0:
        return
    card = Payment.objects.filter(
        order=order, method=Payment.Method.CARD, status=Payment.Status.PAID
    ).first()
    if card is not None:
        card_refund_issue(
            payment_id=card.pk,
            amount_paisa=min(amount_paisa, card.refundable_paisa),
            by=by,
            reason=reason,
        )
        return
    if (
        Payment.objects.filter(order=order, method=Payment.Method.CARD)
        .exclude(status__in=[Payment.Status.FAILED, Payment.Status.VOIDED])
        .exists()
    ):
        raise CancellationRefused(
            _("The card payment is still being taken; try again in a minute.")
        )
    order_note(
        order,
        _("Cash to collect is now %(due)s.") % {"due": rupees(order_amount_due_paisa(order))},
    )


def order_refund(*, order_id: int, amount_paisa: int, by, reason: str):
    """Refund part of what a card paid, without cancelling items (damaged or
    late goods). More than is left to refund is refused."""
    reason = (reason or "").strip()
    if not reason:
        raise CancellationRefused(_("Please give a reason for the refund."))
    card = Payment.objects.filter(
        order_id=order_id, method=Payment.Method.CARD, status=Payment.Status.PAID
    ).first()
    if card is None:
        raise CancellationRefused(_("This order has no card payment to refund."))
    try:
        return card_refund_issue(
            payment_id=card.pk, amount_paisa=amount_paisa, by=by, reason=reason
        )
    except PaymentRefused as refused:
        raise CancellationRefused(refused.message) from refused
    except ProviderError as error:
        raise CancellationRefused(
            _("The refund could not be made (%(why)s); nothing was refunded.") % {"why": error}
        ) from error
