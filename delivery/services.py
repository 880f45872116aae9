"""Slot availability, holds and bookings: the one place where places are counted.

Every function that takes a place locks the slot row first
(``select_for_update``; SQLite's IMMEDIATE transactions serialise writers the
same way), then counts active bookings and live holds, then writes. Only one
slot is ever locked per transaction, so two customers cannot deadlock on
slots whatever order they choose them in.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Holiday, Slot, SlotBooking, SlotHold, SlotTemplate


class SlotUnavailable(Exception):
    """A slot cannot be chosen; ``message`` says why, for the customer."""

    MESSAGES = {
        "full": _("This slot is full. Please choose another time."),
        "closed": _("Orders for this slot have closed. Please choose a later time."),
        "too_soon": _(
            "Something in your basket is made to order and will not be ready for this slot. "
            "Please choose a later time."
        ),
        "gone": _("This slot is no longer offered. Please choose another time."),
    }

    def __init__(self, code):
        self.code = code
        self.message = self.MESSAGES[code]
        super().__init__(code)


def hold_duration() -> timedelta:
    return timedelta(minutes=settings.SLOT_HOLD_MINUTES)


def _count(model, condition):
    return Coalesce(
        Subquery(
            model.objects.filter(condition, slot=OuterRef("pk"))
            .values("slot")
            .annotate(n=Count("pk"))
            .values("n"),
            output_field=IntegerField(),
        ),
        0,
    )


def _taken(slot_id, now, *, except_basket=None) -> int:
    bookings = SlotBooking.objects.filter(slot_id=slot_id, released_at__isnull=True).count()
    holds = SlotHold.objects.filter(slot_id=slot_id, expires_at__gt=now)
    if except_basket is not None:
        holds = holds.exclude(basket=except_basket)
    return bookings + holds.count()


def _check_timing(slot, now, lead_hours):
    if not slot.is_active:
        raise SlotUnavailable("gone")
    if slot.cutoff_at <= now:
        raise SlotUnavailable("closed")
    if slot.starts_at < slot.earliest_start_for(now, extra_lead_hours=lead_hours):
        raise SlotUnavailable("too_soon")


@dataclass(frozen=True)
class SlotChoice:
    slot: Slot
    places_left: int
    reason: str | None  # why it cannot be chosen, or None

    @property
    def choosable(self):
        return self.reason is None


def slot_availability(
    *, zone=None, pickup_point=None, days=14, now=None, lead_hours=0, basket=None
) -> list[SlotChoice]:
    """The slots of a zone or pickup point in the next ``days``, with places left.

    One query, however many bookings and holds there are. ``basket``'s own
    hold does not count against it, so she sees the place she holds.
    """
    now = now or timezone.now()
    live_holds = Q(expires_at__gt=now)
    if basket is not None and basket.pk:
        live_holds &= ~Q(basket=basket)
    slots = (
        Slot.objects.filter(
            is_active=True, starts_at__gt=now, starts_at__lt=now + timedelta(days=days)
        )
        .filter(Q(zone=zone) if zone is not None else Q(pickup_point=pickup_point))
        .annotate(
            booked=_count(SlotBooking, Q(released_at__isnull=True)),
            held=_count(SlotHold, live_holds),
        )
        .order_by("starts_at", "pk")
    )
    choices = []
    for slot in slots:
        left = max(slot.capacity - slot.booked - slot.held, 0)
        if slot.cutoff_at <= now:
            reason = "closed"
        elif slot.starts_at < slot.earliest_start_for(now, extra_lead_hours=lead_hours):
            reason = "too_soon"
        elif left == 0:
            reason = "full"
        else:
            reason = None
        choices.append(SlotChoice(slot=slot, places_left=left, reason=reason))
    return choices


def slot_hold(*, slot_id: int, basket, now=None, lead_hours=0, duration=None) -> SlotHold:
    """Hold one place in a slot for ``basket``, releasing any place it held before."""
    now = now or timezone.now()
    with transaction.atomic():
        slot = Slot.objects.select_for_update().filter(pk=slot_id).first()
        if slot is None:
            raise SlotUnavailable("gone")
        _check_timing(slot, now, lead_hours)
        if _taken(slot.pk, now, except_basket=basket) >= slot.capacity:
            raise SlotUnavailable("full")
        hold, _created = SlotHold.objects.update_or_create(
            basket=basket,
            defaults={"slot": slot, "expires_at": now + (duration or hold_duration())},
        )
    return hold


def slot_hold_release(*, basket) -> None:
    SlotHold.objects.filter(basket=basket).delete()


def slot_hold_live(*, basket, now=None) -> SlotHold | None:
    now = now or timezone.now()
    if basket is None or not basket.pk:
        return None
    return (
        SlotHold.objects.filter(basket=basket, expires_at__gt=now)
        .select_related("slot__zone", "slot__pickup_point")
        .first()
    )


def slot_book(*, order, slot_id: int, basket=None, now=None, lead_hours=0) -> SlotBooking:
    """Give ``order`` its place in the slot: from the basket's hold if it is
    still live, else from a place that is free now. Call inside the order's
    transaction, so a full slot means no order."""
    now = now or timezone.now()
    with transaction.atomic():
        slot = Slot.objects.select_for_update().filter(pk=slot_id).first()
        if slot is None:
            raise SlotUnavailable("gone")
        _check_timing(slot, now, lead_hours)
        held = (
            basket is not None
            and basket.pk
            and SlotHold.objects.filter(basket=basket, slot=slot, expires_at__gt=now).exists()
        )
        if not held and _taken(slot.pk, now, except_basket=basket) >= slot.capacity:
            raise SlotUnavailable("full")
        if basket is not None and basket.pk:
            SlotHold.objects.filter(basket=basket).delete()
        return SlotBooking.objects.create(slot=slot, order=order)


def slot_booking_active(order) -> SlotBooking | None:
    """The order's own place (not a later delivery of some of its parts)."""
    return (
        SlotBooking.objects.filter(order=order, released_at__isnull=True, follows__isnull=True)
        .select_related("slot__zone", "slot__pickup_point")
        .first()
    )


def slot_booking_release(*, order, now=None) -> bool:
    """Free the order's place (the order was cancelled). True if one was freed."""
    now = now or timezone.now()
    return bool(
        SlotBooking.objects.filter(order=order, released_at__isnull=True).update(released_at=now)
    )


def slot_bookings_release_empty(*, order, now=None) -> bool:
    """Give back the places of the order's deliveries left with nothing to
    carry: every place when all its parts are cancelled, else the place of any
    later delivery whose parts all were. True if a place was given back."""
    now = now or timezone.now()
    statuses = list(order.parts.values_list("status", flat=True))
    active = SlotBooking.objects.filter(order=order, released_at__isnull=True)
    if statuses and all(status == "cancelled" for status in statuses):
        return bool(active.update(released_at=now))
    live_parts = SlotBooking.parts.through.objects.filter(slotbooking=OuterRef("pk")).exclude(
        orderpart__status="cancelled"
    )
    empty = active.filter(follows__isnull=False).exclude(Exists(live_parts))
    return bool(empty.update(released_at=now))


def slot_book_later(*, after: SlotBooking, slot_id: int, now=None) -> SlotBooking:
    """A place in a later slot of the same zone or market for the parts of an
    order that were not ready for ``after``'s delivery (the caller adds them).

    Staff decide this at delivery time, so the slot's cut-off for customers
    does not apply: it must start after ``after``'s slot and in the future,
    and have a place. If the order already has a later delivery in that slot,
    the parts join it."""
    now = now or timezone.now()
    with transaction.atomic():
        slot = Slot.objects.select_for_update().filter(pk=slot_id).first()
        if (
            slot is None
            or not slot.is_active
            or (slot.zone_id, slot.pickup_point_id)
            != (after.slot.zone_id, after.slot.pickup_point_id)
        ):
            raise SlotUnavailable("gone")
        if slot.starts_at <= max(now, after.slot.starts_at):
            raise SlotUnavailable("closed")
        existing = SlotBooking.objects.filter(
            order_id=after.order_id, slot=slot, released_at__isnull=True
        ).first()
        if existing is not None:
            if existing.follows_id is None:
                raise SlotUnavailable("gone")
            return existing
        if _taken(slot.pk, now) >= slot.capacity:
            raise SlotUnavailable("full")
        return SlotBooking.objects.create(slot=slot, order_id=after.order_id, follows=after)


def slot_booking_move(*, order, new_slot_id: int, now=None, lead_hours=0) -> SlotBooking:
    """Move an order to another slot of the same zone or pickup point, before
    the current slot's cut-off, if the new one has a place."""
    now = now or timezone.now()
    with transaction.atomic():
        current = (
            SlotBooking.objects.select_for_update()
            .filter(order=order, released_at__isnull=True, follows__isnull=True)
            .select_related("slot")
            .first()
        )
        if current is None or current.slot.cutoff_at <= now:
            raise SlotUnavailable("closed")
        if current.slot_id == new_slot_id:
            return current
        slot = Slot.objects.select_for_update().filter(pk=new_slot_id).first()
        if slot is None or (slot.zone_id, slot.pickup_point_id) != (
            current.slot.zone_id,
            current.slot.pickup_point_id,
        ):
            raise SlotUnavailable("gone")
        _check_timing(slot, now, lead_hours)
        if _taken(slot.pk, now) >= slot.capacity:
            raise SlotUnavailable("full")
        current.released_at = now
        current.save(update_fields=["released_at"])
        return SlotBooking.objects.create(slot=slot, order=order)


def basket_lead_hours(basket) -> int:
    """Hours the basket's made-to-order items need before delivery."""
    days = [
        getattr(line.product, "made_to_order_days", 0) or 0
        for line in basket.all_lines()
        if line.product_id
    ]
    return max(days, default=0) * 24


def _local(day: date, at) -> datetime:
    return timezone.make_aware(datetime.combine(day, at), timezone.get_default_timezone())


def slots_generate(*, days_ahead=None, today=None) -> int:
    """Create the dated slots of every active template for the coming days,
    skipping holidays, and take holiday slots without orders off sale.
    Safe to run again: returns the number of slots created."""
    days_ahead = settings.SLOT_DAYS_AHEAD if days_ahead is None else days_ahead
    today = today or timezone.localdate()
    holidays = set(
        Holiday.objects.filter(
            date__gte=today, date__lte=today + timedelta(days=days_ahead)
        ).values_list("date", flat=True)
    )
    created = 0
    for template in SlotTemplate.objects.filter(is_active=True):
        for offset in range(days_ahead + 1):
            day = today + timedelta(days=offset)
            if day.weekday() != template.weekday or day in holidays:
                continue
            starts_at = _local(day, template.start)
            _slot, was_created = Slot.objects.get_or_create(
                template=template,
                starts_at=starts_at,
                defaults={
                    "zone": template.zone,
                    "pickup_point": template.pickup_point,
                    "ends_at": _local(day, template.end),
                    "capacity": template.capacity,
                    "cutoff_at": starts_at - timedelta(minutes=template.cutoff_minutes),
                    "lead_time_hours": template.lead_time_hours,
                },
            )
            created += was_created
    if holidays:
        on_holidays = Q()
        for day in holidays:
            on_holidays |= Q(starts_at__gte=_local(day, datetime.min.time())) & Q(
                starts_at__lt=_local(day + timedelta(days=1), datetime.min.time())
            )
        booked = SlotBooking.objects.filter(slot=OuterRef("pk"), released_at__isnull=True)
        Slot.objects.filter(on_holidays, is_active=True).exclude(Exists(booked)).update(
            is_active=False
        )
    return created


def holds_purge(*, now=None) -> int:
    """Delete expired holds (housekeeping only: expired holds never count)."""
    deleted, _ = SlotHold.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted
