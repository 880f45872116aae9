"""Slots: generation, holds that expire, bookings, cut-off and lead time."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from delivery.models import Holiday, Slot, SlotBooking, SlotHold
from delivery.services import (
    SlotUnavailable,
    basket_lead_hours,
    slot_availability,
    slot_book,
    slot_booking_move,
    slot_booking_release,
    slot_hold,
    slot_hold_live,
    slots_generate,
)

from .factories import ProductFactory, delivery_zone_with_slots

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")


def _order(number):
    return Order.objects.create(
        number=str(number),
        currency="PKR",
        total_incl_tax=100,
        total_excl_tax=100,
        shipping_incl_tax=0,
        shipping_excl_tax=0,
        guest_email=f"c{number}@example.org",
    )


@pytest.fixture
def slot():
    zone, _template = delivery_zone_with_slots(capacity=2)
    return Slot.objects.filter(zone=zone).order_by("starts_at").first()


def _early(slot):
    """A moment well before the slot's cut-off."""
    return slot.cutoff_at - timedelta(days=1)


class TestGeneration:
    def test_weekly_template_gives_one_slot_per_matching_day_and_is_idempotent(self):
        today = date(2026, 11, 23)  # a Monday
        zone, template = delivery_zone_with_slots(weekday=6, today=today)  # Sundays
        slots = list(Slot.objects.filter(zone=zone))
        assert [s.starts_at.date() for s in slots] == [date(2026, 11, 29), date(2026, 12, 6)]
        first = slots[0]
        local = timezone.localtime(first.starts_at)
        assert (local.hour, local.minute) == (10, 0)
        assert first.cutoff_at == first.starts_at - timedelta(minutes=240)
        assert slots_generate(days_ahead=14, today=today) == 0
        assert Slot.objects.filter(zone=zone).count() == 2

    def test_holidays_are_skipped_and_empty_holiday_slots_taken_off_sale(self):
        today = date(2026, 11, 23)
        zone, template = delivery_zone_with_slots(weekday=6, today=today)
        Holiday.objects.create(date=date(2026, 12, 6), name_en="Eid")
        slots_generate(days_ahead=21, today=today)
        on_sale = Slot.objects.filter(zone=zone, is_active=True)
        assert sorted(s.starts_at.date() for s in on_sale) == [
            date(2026, 11, 29),
            date(2026, 12, 13),
        ]

    def test_the_management_command_generates(self, capsys):
        from django.core.management import call_command

        delivery_zone_with_slots()
        call_command("generate_slots", "--days", "30")
        assert "slots created" in capsys.readouterr().out


class TestHolds:
    def test_capacity_counts_holds_and_an_expired_hold_stops_counting_at_once(self, slot):
        now = _early(slot)
        first, second, third = (Basket.objects.create() for _ in range(3))
        slot_hold(slot_id=slot.pk, basket=first, now=now)
        slot_hold(slot_id=slot.pk, basket=second, now=now)
        with pytest.raises(SlotUnavailable) as full:
            slot_hold(slot_id=slot.pk, basket=third, now=now)
        assert full.value.code == "full"
        # Sixteen minutes later both holds have expired; no clean-up has run.
        later = now + timedelta(minutes=16)
        assert SlotHold.objects.count() == 2
        slot_hold(slot_id=slot.pk, basket=third, now=later)
        [choice] = [c for c in slot_availability(zone=slot.zone, now=later) if c.slot == slot]
        assert choice.places_left == 1

    def test_one_hold_per_basket_choosing_another_releases_the_first(self, slot):
        now = _early(slot)
        other_slot = Slot.objects.exclude(pk=slot.pk).get(zone=slot.zone)
        basket = Basket.objects.create()
        slot_hold(slot_id=slot.pk, basket=basket, now=now)
        slot_hold(slot_id=other_slot.pk, basket=basket, now=now)
        assert SlotHold.objects.get(basket=basket).slot == other_slot
        choices = {c.slot: c for c in slot_availability(zone=slot.zone, now=now)}
        assert choices[slot].places_left == 2
        assert choices[other_slot].places_left == 1

    def test_her_own_hold_is_not_counted_against_her(self, slot):
        now = _early(slot)
        basket = Basket.objects.create()
        slot_hold(slot_id=slot.pk, basket=basket, now=now)
        slot_hold(slot_id=slot.pk, basket=basket, now=now)  # again: a refresh, not a second place
        choices = {c.slot: c for c in slot_availability(zone=slot.zone, now=now, basket=basket)}
        assert choices[slot].places_left == 2
        assert slot_hold_live(basket=basket, now=now).slot == slot

    def test_past_cut_off_cannot_be_held(self, slot):
        basket = Basket.objects.create()
        with pytest.raises(SlotUnavailable) as closed:
            slot_hold(slot_id=slot.pk, basket=basket, now=slot.cutoff_at + timedelta(seconds=1))
        assert closed.value.code == "closed"
        assert not SlotHold.objects.exists()

    def test_made_to_order_items_push_the_earliest_slot(self, slot):
        basket = Basket.objects.create()
        basket.strategy = _strategy()
        product = ProductFactory(made_to_order_days=7)
        basket.add_product(product)
        lead = basket_lead_hours(basket)
        assert lead == 7 * 24
        now = slot.starts_at - timedelta(days=2)
        choices = {c.slot: c for c in slot_availability(zone=slot.zone, now=now, lead_hours=lead)}
        assert choices[slot].reason == "too_soon"
        with pytest.raises(SlotUnavailable) as too_soon:
            slot_hold(slot_id=slot.pk, basket=basket, now=now, lead_hours=lead)
        assert too_soon.value.code == "too_soon"


def _strategy():
    from partner.strategy import Selector

    return Selector().strategy()


class TestBookings:
    def test_the_hold_becomes_the_booking(self, slot):
        now = _early(slot)
        basket = Basket.objects.create()
        slot_hold(slot_id=slot.pk, basket=basket, now=now)
        booking = slot_book(order=_order(1), slot_id=slot.pk, basket=basket, now=now)
        assert booking.slot == slot
        assert not SlotHold.objects.filter(basket=basket).exists()
        [choice] = [c for c in slot_availability(zone=slot.zone, now=now) if c.slot == slot]
        assert choice.places_left == 1

    def test_an_expired_hold_books_only_if_a_place_is_still_free(self, slot):
        now = _early(slot)
        mine, a, b = (Basket.objects.create() for _ in range(3))
        slot_hold(slot_id=slot.pk, basket=mine, now=now)
        later = now + timedelta(minutes=20)  # my hold expired; two others took the places
        slot_hold(slot_id=slot.pk, basket=a, now=later)
        slot_hold(slot_id=slot.pk, basket=b, now=later)
        with pytest.raises(SlotUnavailable) as full:
            slot_book(order=_order(2), slot_id=slot.pk, basket=mine, now=later)
        assert full.value.code == "full"
        assert not SlotBooking.objects.exists()

    def test_submit_after_cut_off_is_refused(self, slot):
        basket = Basket.objects.create()
        slot_hold(slot_id=slot.pk, basket=basket, now=_early(slot))
        with pytest.raises(SlotUnavailable) as closed:
            slot_book(
                order=_order(3), slot_id=slot.pk, basket=basket, now=slot.cutoff_at + timedelta(1)
            )
        assert closed.value.code == "closed"

    def test_cancelling_releases_the_place(self, slot):
        now = _early(slot)
        orders = [_order(10), _order(11)]
        for order in orders:
            slot_book(order=order, slot_id=slot.pk, now=now)
        with pytest.raises(SlotUnavailable):
            slot_book(order=_order(12), slot_id=slot.pk, now=now)
        assert slot_booking_release(order=orders[0], now=now)
        slot_book(order=Order.objects.get(number="12"), slot_id=slot.pk, now=now)

    def test_moving_to_another_slot_until_the_cut_off(self, slot):
        now = _early(slot)
        other = Slot.objects.exclude(pk=slot.pk).get(zone=slot.zone)
        order = _order(20)
        slot_book(order=order, slot_id=slot.pk, now=now)
        moved = slot_booking_move(order=order, new_slot_id=other.pk, now=now)
        assert moved.slot == other
        assert SlotBooking.objects.filter(order=order, released_at__isnull=True).count() == 1
        with pytest.raises(SlotUnavailable) as closed:
            slot_booking_move(
                order=order, new_slot_id=slot.pk, now=other.cutoff_at + timedelta(minutes=1)
            )
        assert closed.value.code == "closed"

    def test_cannot_move_into_a_full_slot(self, slot):
        now = _early(slot)
        other = Slot.objects.exclude(pk=slot.pk).get(zone=slot.zone)
        for number in (30, 31):
            slot_book(order=_order(number), slot_id=other.pk, now=now)
        order = _order(32)
        slot_book(order=order, slot_id=slot.pk, now=now)
        with pytest.raises(SlotUnavailable):
            slot_booking_move(order=order, new_slot_id=other.pk, now=now)
        assert SlotBooking.objects.get(order=order, released_at__isnull=True).slot == slot


def test_availability_lists_reasons(slot):
    now = _early(slot)
    for number in (40, 41):
        slot_book(order=_order(number), slot_id=slot.pk, now=now)
    choices = {c.slot: c for c in slot_availability(zone=slot.zone, now=now)}
    assert (choices[slot].places_left, choices[slot].reason) == (0, "full")
    assert not choices[slot].choosable
    other = next(s for s in choices if s != slot)
    assert choices[other].choosable
    late = {c.slot: c for c in slot_availability(zone=slot.zone, now=slot.cutoff_at)}
    assert late[slot].reason == "closed"
    assert isinstance(slot.starts_at, datetime)


def test_listing_availability_is_one_query_however_many_bookings(slot):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    now = _early(slot)
    zone = slot.zone
    with CaptureQueriesContext(connection) as empty:
        slot_availability(zone=zone, now=now)
    for number in range(100, 140):
        SlotBooking.objects.create(slot=slot, order=_order(number))
    for _ in range(20):
        SlotHold.objects.create(
            slot=slot, basket=Basket.objects.create(), expires_at=now + timedelta(minutes=5)
        )
    with CaptureQueriesContext(connection) as busy:
        choices = slot_availability(zone=zone, now=now)
    assert len(empty.captured_queries) == len(busy.captured_queries) == 1
    assert {c.slot: c for c in choices}[slot].places_left == 0
