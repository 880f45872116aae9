"""Every change of stock, in one place.

``stock_record_change`` locks the stock record, applies a change, writes a
``StockChange`` with the numbers before and after, and sends the leaders a
low-stock e-mail (through the outbox, in the same transaction) when free
stock falls to the threshold — once per fall: the flag is cleared only when
free stock rises above the threshold again.
"""

from collections.abc import Callable

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from oscar.apps.order.exceptions import UnableToPlaceOrder
from oscar.core.loading import get_model

StockRecord = get_model("partner", "StockRecord")
StockChange = get_model("partner", "StockChange")

_FIELDS = ["num_in_stock", "num_allocated", "low_stock_threshold", "low_stock_notified"]


def stock_record_change(
    *,
    stockrecord,
    reason: str,
    change: Callable,
    changed_by=None,
    note: str = "",
):
    """Apply ``change(locked_stockrecord)`` and record it; returns the StockChange or None.

    ``stockrecord`` is refreshed with the numbers after the change.
    """
    with transaction.atomic():
        locked = StockRecord.objects.select_for_update().get(pk=stockrecord.pk)
        locked._stock_change_recording = True
        in_stock_before = locked.num_in_stock or 0
        allocated_before = locked.num_allocated or 0
        change(locked)
        locked.refresh_from_db(fields=_FIELDS)
        entry = None
        if (locked.num_in_stock or 0, locked.num_allocated or 0) != (
            in_stock_before,
            allocated_before,
        ):
            entry = StockChange.objects.create(
                stockrecord=locked,
                changed_by=changed_by if getattr(changed_by, "is_authenticated", False) else None,
                reason=reason,
                note=note[:255],
                in_stock_before=in_stock_before,
                in_stock_after=locked.num_in_stock or 0,
                allocated_before=allocated_before,
                allocated_after=locked.num_allocated or 0,
            )
        low_stock_check(locked, cause=entry)
    stockrecord.refresh_from_db(fields=_FIELDS)
    return entry


class OutOfStock(UnableToPlaceOrder):
    """Fewer free items than the order wants; the message is for the customer."""

    def __init__(self, stockrecord, free):
        self.stockrecord_id = stockrecord.pk
        self.free = max(free, 0)
        title = stockrecord.product.get_title()
        if self.free:
            message = ngettext(
                "Sorry, only %(free)s of “%(title)s” is left.",
                "Sorry, only %(free)s of “%(title)s” are left.",
                self.free,
            ) % {"free": self.free, "title": title}
        else:
            message = _("Sorry, “%(title)s” has just sold out.") % {"title": title}
        super().__init__(message)


def stock_allocate(*, stockrecord, quantity: int):
    """Hold ``quantity`` for an order if that many are free, else OutOfStock.

    The check and the allocation happen with the row locked, in the caller's
    transaction (Oscar's order creation), so two customers can never both
    take the last item. Oscar allocates a basket's lines in stock-record
    order, so two baskets lock rows in the same order and cannot deadlock.
    """
    from oscar.apps.partner.abstract_models import AbstractStockRecord

    def allocate(locked):
        if locked.can_track_allocations and locked.net_stock_level < quantity:
            raise OutOfStock(locked, locked.net_stock_level)
        AbstractStockRecord.allocate(locked, quantity)

    return stock_record_change(
        stockrecord=stockrecord, reason=StockChange.Reason.ORDER, change=allocate
    )


def stock_record_saved(stockrecord, save):
    """Record a plain ``save()`` of a stock record made outside this module."""
    with transaction.atomic():
        if stockrecord.pk is None:
            save()
            entry = None
            if stockrecord.num_in_stock:
                entry = StockChange.objects.create(
                    stockrecord=stockrecord,
                    reason=StockChange.Reason.LISTING,
                    in_stock_before=0,
                    in_stock_after=stockrecord.num_in_stock,
                    allocated_before=0,
                    allocated_after=stockrecord.num_allocated or 0,
                )
            low_stock_check(stockrecord, cause=entry)
            return None
        before = (
            StockRecord.objects.select_for_update()
            .filter(pk=stockrecord.pk)
            .values("num_in_stock", "num_allocated")
            .first()
        )
        save()
        if before is None:
            return None
        entry = None
        after = (stockrecord.num_in_stock or 0, stockrecord.num_allocated or 0)
        if after != (before["num_in_stock"] or 0, before["num_allocated"] or 0):
            entry = StockChange.objects.create(
                stockrecord=stockrecord,
                reason=StockChange.Reason.MANUAL,
                in_stock_before=before["num_in_stock"] or 0,
                in_stock_after=after[0],
                allocated_before=before["num_allocated"] or 0,
                allocated_after=after[1],
            )
        low_stock_check(stockrecord, cause=entry)
    return None


def stock_set(*, stockrecord, quantity: int, reason: str, changed_by=None, note: str = ""):
    """Set the number in stock (a count the leader made, or a CSV row)."""
    if quantity < 0:
        raise ValueError("stock cannot be negative")

    def set_quantity(locked):
        locked.num_in_stock = quantity
        locked.save(update_fields=["num_in_stock", "date_updated"])

    return stock_record_change(
        stockrecord=stockrecord,
        reason=reason,
        change=set_quantity,
        changed_by=changed_by,
        note=note,
    )


def low_stock_check(stockrecord, *, cause=None) -> bool:
    """Notify the leaders if free stock is at or below the threshold and they
    have not been told since it last was above it. Call inside the change's
    transaction, with the row locked. Returns True if a notice was written."""
    threshold = stockrecord.low_stock_threshold
    free = stockrecord.net_stock_level
    if threshold is None or free > threshold:
        if stockrecord.low_stock_notified:
            StockRecord.objects.filter(pk=stockrecord.pk).update(low_stock_notified=False)
            stockrecord.low_stock_notified = False
        return False
    if stockrecord.low_stock_notified:
        return False
    StockRecord.objects.filter(pk=stockrecord.pk).update(low_stock_notified=True)
    stockrecord.low_stock_notified = True
    _notify_leaders(stockrecord, free=free, threshold=threshold, cause=cause)
    return True


def _notify_leaders(stockrecord, *, free, threshold, cause):
    from cooperatives.models import leader_mail_language
    from notifications.services import outbox_enqueue

    product = stockrecord.product
    crossing = cause.pk if cause is not None else f"t{threshold}"
    with translation.override(leader_mail_language(stockrecord.partner)):
        subject = _("Low stock: %(product)s (%(free)s left)") % {
            "product": product.get_title(),
            "free": free,
        }
        body = _(
            "Free stock of %(product)s (%(sku)s) is now %(free)s, at or below your "
            "low-stock level of %(threshold)s.\n\nUpdate the stock in your cooperative's "
            "dashboard when you have made more."
        ) % {
            "product": product.get_title(),
            "sku": stockrecord.partner_sku,
            "free": free,
            "threshold": threshold,
        }
    for leader in stockrecord.partner.users.filter(is_active=True).exclude(email=""):
        outbox_enqueue(
            dedupe_key=f"low-stock:{stockrecord.pk}:{crossing}:{leader.pk}",
            to=leader.email,
            subject=subject,
            body=body,
        )
