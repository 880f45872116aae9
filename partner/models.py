"""Oscar's stock records, with a log of every change to them.

Oscar changes stock in a few places: a leader's edit, a CSV upload, an order
(``allocate``), a delivery (``consume_allocation``) and a cancellation
(``cancel_allocation``). All of them go through ``partner.stock`` so that
each change locks the row, writes a ``StockChange`` (who, when, before →
after, why) and checks the low-stock threshold, in one transaction.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractStockRecord


class StockRecord(AbstractStockRecord):
    #: A low-stock e-mail has gone out for the current fall below the
    #: threshold; cleared when free stock rises above it again.
    low_stock_notified = models.BooleanField(default=False, editable=False)

    def save(self, *args, **kwargs):
        """A plain save (Oscar's dashboard, the admin, a new listing) is recorded too."""
        from .stock import stock_record_saved

        if getattr(self, "_stock_change_recording", False):
            return super().save(*args, **kwargs)
        return stock_record_saved(self, lambda: super(StockRecord, self).save(*args, **kwargs))

    save.alters_data = True

    def _recorded(self, reason, oscar_method, quantity):
        from .stock import stock_record_change

        stock_record_change(
            stockrecord=self,
            reason=reason,
            change=lambda locked: oscar_method(locked, quantity),
        )

    def allocate(self, quantity):
        """Hold stock for an order: checked and taken in one locked step, so
        free stock never goes below zero (raises OutOfStock instead)."""
        from .stock import stock_allocate

        stock_allocate(stockrecord=self, quantity=quantity)

    allocate.alters_data = True

    def consume_allocation(self, quantity):
        self._recorded(
            StockChange.Reason.DELIVERY, AbstractStockRecord.consume_allocation, quantity
        )

    consume_allocation.alters_data = True

    def cancel_allocation(self, quantity):
        self._recorded(
            StockChange.Reason.CANCELLATION, AbstractStockRecord.cancel_allocation, quantity
        )

    cancel_allocation.alters_data = True


class StockChange(models.Model):
    """One change of a stock record, never edited."""

    class Reason(models.TextChoices):
        MANUAL = "manual", _("Edited by hand")
        CSV = "csv", _("CSV upload")
        ORDER = "order", _("Order placed")
        DELIVERY = "delivery", _("Delivered")
        CANCELLATION = "cancellation", _("Order cancelled")
        LISTING = "listing", _("New listing")

    stockrecord = models.ForeignKey(
        "partner.StockRecord", on_delete=models.CASCADE, related_name="changes"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    reason = models.CharField(_("why"), max_length=16, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=255, blank=True)
    in_stock_before = models.IntegerField(_("in stock before"))
    in_stock_after = models.IntegerField(_("in stock after"))
    allocated_before = models.IntegerField(_("held for orders before"))
    allocated_after = models.IntegerField(_("held for orders after"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("stock change")
        verbose_name_plural = _("stock changes")

    def __str__(self):
        return f"{self.stockrecord_id}: {self.free_before} → {self.free_after} ({self.reason})"

    @property
    def free_before(self):
        return self.in_stock_before - self.allocated_before

    @property
    def free_after(self):
        return self.in_stock_after - self.allocated_after


from oscar.apps.partner.models import *  # noqa: E402, F403
