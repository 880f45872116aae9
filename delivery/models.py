"""Delivery zones, Sunday-market pickup points, and dated slots with holds.

A slot has a capacity: what the riders (or the market stall) can really
serve. Places are taken by *bookings* (placed orders) and by *holds* (a
basket in checkout keeps one place for ``SLOT_HOLD_MINUTES``). A hold counts
only while ``expires_at`` is in the future, so an expired hold stops counting
the moment it expires, whether or not a clean-up job has deleted it.

    places left = capacity − active bookings − live holds

That sum is decided in ``delivery.services`` with the slot row locked
(``SELECT … FOR UPDATE``), never by reading and then writing in Python
without a lock; on SQLite the IMMEDIATE transaction mode does the same.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class DeliveryZone(models.Model):
    """A city's delivery zone: the areas riders serve, at one fee."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    city = models.CharField(_("city"), max_length=64)
    fee = models.DecimalField(_("delivery fee (Rs)"), max_digits=8, decimal_places=2)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["city", "name"]
        verbose_name = _("delivery zone")

    def __str__(self):
        return self.name


class ServedArea(models.Model):
    zone = models.ForeignKey(DeliveryZone, on_delete=models.CASCADE, related_name="areas")
    name = models.CharField(_("area"), max_length=100)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["zone", "name"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "name"], name="unique_area_per_zone")
        ]
        verbose_name = _("served area")

    def __str__(self):
        return f"{self.name}, {self.zone.city}"


class PickupPoint(models.Model):
    """A Sunday market (or other stall) where customers collect orders."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    city = models.CharField(_("city"), max_length=64)
    address = models.CharField(_("address"), max_length=255)
    weekday = models.PositiveSmallIntegerField(_("market day"), choices=WEEKDAYS, default=6)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["city", "name"]
        verbose_name = _("pickup point")

    def __str__(self):
        return self.name


class SlotTemplate(models.Model):
    """A weekly slot from which dated slots are generated."""

    zone = models.ForeignKey(
        DeliveryZone, null=True, blank=True, on_delete=models.CASCADE, related_name="templates"
    )
    pickup_point = models.ForeignKey(
        PickupPoint, null=True, blank=True, on_delete=models.CASCADE, related_name="templates"
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=WEEKDAYS)
    start = models.TimeField(_("starts"))
    end = models.TimeField(_("ends"))
    capacity = models.PositiveSmallIntegerField(_("capacity (orders)"))
    cutoff_minutes = models.PositiveIntegerField(
        _("cut-off (minutes before start)"),
        default=240,
        help_text=_("Orders for this slot close this long before it starts."),
    )
    lead_time_hours = models.PositiveIntegerField(
        _("lead time (hours)"),
        default=0,
        help_text=_("The slot must start at least this long after the order is placed."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["weekday", "start"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(zone__isnull=False, pickup_point__isnull=True)
                    | models.Q(zone__isnull=True, pickup_point__isnull=False)
                ),
                name="slot_template_zone_or_pickup",
            ),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="slot_template_ends_after_start"
            ),
        ]
        verbose_name = _("slot template")

    def __str__(self):
        where = self.zone or self.pickup_point
        return f"{where}: {self.get_weekday_display()} {self.start:%H:%M}–{self.end:%H:%M}"

    def clean(self):
        if bool(self.zone_id) == bool(self.pickup_point_id):
            raise ValidationError(_("Choose a delivery zone or a pickup point (one of them)."))
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("A slot must end after it starts.")})


class Holiday(models.Model):
    """A day with no slots (e.g. Eid)."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["date"]
        verbose_name = _("holiday")

    def __str__(self):
        return f"{self.date}: {self.name}"


class Slot(models.Model):
    template = models.ForeignKey(
        SlotTemplate, null=True, blank=True, on_delete=models.SET_NULL, related_name="slots"
    )
    zone = models.ForeignKey(
        DeliveryZone, null=True, blank=True, on_delete=models.PROTECT, related_name="slots"
    )
    pickup_point = models.ForeignKey(
        PickupPoint, null=True, blank=True, on_delete=models.PROTECT, related_name="slots"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveSmallIntegerField(_("capacity"))
    cutoff_at = models.DateTimeField(_("orders close"))
    lead_time_hours = models.PositiveIntegerField(_("lead time (hours)"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["template", "starts_at"], name="one_slot_per_template_and_start"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(zone__isnull=False, pickup_point__isnull=True)
                    | models.Q(zone__isnull=True, pickup_point__isnull=False)
                ),
                name="slot_zone_or_pickup",
            ),
        ]
        indexes = [
            models.Index(fields=["zone", "starts_at"]),
            models.Index(fields=["pickup_point", "starts_at"]),
        ]
        permissions = [("view_run_sheet", _("Can see run sheets (riders, market stalls)"))]
        verbose_name = _("slot")

    def __str__(self):
        where = self.zone or self.pickup_point
        return f"{where}: {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def place(self):
        return self.zone or self.pickup_point

    def earliest_start_for(self, now, *, extra_lead_hours=0):
        return now + timedelta(hours=max(self.lead_time_hours, extra_lead_hours))


class SlotHold(models.Model):
    """One place kept for one basket for a few minutes (one hold per basket)."""

    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="holds")
    basket = models.OneToOneField(
        "basket.Basket", on_delete=models.CASCADE, related_name="slot_hold"
    )
    expires_at = models.DateTimeField(db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["slot", "expires_at"])]
        verbose_name = _("slot hold")

    def __str__(self):
        return f"{self.slot} held by basket {self.basket_id} until {self.expires_at:%H:%M}"


class SlotBooking(models.Model):
    """An order's place in a slot; released (not deleted) when it moves or is cancelled.

    An order has one booking of its own, which carries all its parts. When a
    cooperative's part is not ready in time, staff can send the ready parts now
    and the rest in a later slot: that later delivery is a booking too
    (``follows`` the one it was split from) and carries only its ``parts``. It
    takes a place in its slot like any other stop on a run sheet.
    """

    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="bookings")
    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="slot_bookings")
    follows = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="later_deliveries",
        verbose_name=_("later delivery of"),
    )
    parts = models.ManyToManyField(
        "order.OrderPart",
        blank=True,
        related_name="later_bookings",
        verbose_name=_("parts it carries (a later delivery only)"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    released_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["order"],
                condition=models.Q(released_at__isnull=True, follows__isnull=True),
                name="one_active_booking_per_order",
            ),
            models.UniqueConstraint(
                fields=["order", "slot"],
                condition=models.Q(released_at__isnull=True),
                name="one_active_stop_per_order_and_slot",
            ),
        ]
        indexes = [models.Index(fields=["slot", "released_at"])]
        verbose_name = _("slot booking")

    def __str__(self):
        return f"{self.order_id} → {self.slot}"


class CashHandover(models.Model):
    """A rider gives the cash she holds to staff, who count it."""

    rider = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cash_handovers"
    )
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    amount_expected_paisa = models.BigIntegerField()
    amount_counted_paisa = models.BigIntegerField()
    note = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_counted_paisa__gte=0),
                name="handover_counted_not_negative",
            )
        ]

    def __str__(self):
        return f"{self.rider} → {self.received_by}: {self.amount_counted_paisa}"

    @property
    def difference_paisa(self) -> int:
        return self.amount_counted_paisa - self.amount_expected_paisa


class CashCollection(models.Model):
    """What the rider recorded at one door: one per order and slot (an order
    sent in two deliveries has two), never edited."""

    class Outcome(models.TextChoices):
        PAID_FULL = "paid_full", _("Delivered, paid in full")
        PAID_PARTLY = "paid_partly", _("Delivered, paid in part")
        REFUSED = "refused", _("Delivered, payment refused")
        FAILED = "failed", _("Not delivered")

    order = models.ForeignKey(
        "order.Order", on_delete=models.PROTECT, related_name="cash_collections"
    )
    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="cash_collections")
    rider = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cash_collections"
    )
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    amount_due_paisa = models.BigIntegerField()
    amount_collected_paisa = models.BigIntegerField()
    note = models.CharField(max_length=255, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    handover = models.ForeignKey(
        CashHandover, null=True, blank=True, on_delete=models.PROTECT, related_name="collections"
    )

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_collected_paisa__gte=0)
                & models.Q(amount_collected_paisa__lte=models.F("amount_due_paisa")),
                name="collection_within_due",
            ),
            models.UniqueConstraint(fields=["order", "slot"], name="one_collection_per_stop"),
        ]

    def __str__(self):
        return f"{self.order_id}: {self.outcome} {self.amount_collected_paisa}"

    @property
    def short_paisa(self) -> int:
        return self.amount_due_paisa - self.amount_collected_paisa
