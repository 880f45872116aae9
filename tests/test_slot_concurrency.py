"""Customers racing for the last places, on PostgreSQL with real parallel connections.

Each thread uses its own database connection (Django opens one per thread),
so these are separate sessions contending for the same slot row.
"""

import threading
import time
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone
from oscar.core.loading import get_model

from delivery.models import Slot, SlotBooking, SlotHold
from delivery.services import SlotUnavailable, slot_book, slot_hold

from .factories import delivery_zone_with_slots

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")


def _race(workers, target):
    """Run ``target(i)`` in ``workers`` threads released at the same instant."""
    barrier = threading.Barrier(workers)
    results = [None] * workers

    def run(i):
        try:
            barrier.wait()
            results[i] = ("ok", target(i))
        except SlotUnavailable as refused:
            results[i] = ("refused", refused.code)
        except Exception as error:  # any other outcome fails the test below
            results[i] = ("error", repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def slot(db):
    assert connection.vendor == "postgresql"
    zone, _template = delivery_zone_with_slots(capacity=8)
    return Slot.objects.filter(zone=zone).order_by("starts_at").first()


def test_thirty_customers_race_for_eight_places(slot):
    baskets = [Basket.objects.create() for _ in range(30)]
    results = _race(30, lambda i: slot_hold(slot_id=slot.pk, basket=baskets[i]).pk)
    outcomes = [kind for kind, _ in results]
    assert outcomes.count("ok") == 8, results
    assert outcomes.count("refused") == 22, results
    assert {value for kind, value in results if kind == "refused"} == {"full"}
    assert SlotHold.objects.filter(slot=slot).count() == 8


def test_thirty_orders_race_to_book_eight_places(slot):
    orders = [
        Order.objects.create(
            number=f"R{i}",
            currency="PKR",
            total_incl_tax=1,
            total_excl_tax=1,
            shipping_incl_tax=0,
            shipping_excl_tax=0,
        )
        for i in range(30)
    ]
    results = _race(30, lambda i: slot_book(order=orders[i], slot_id=slot.pk).pk)
    assert [kind for kind, _ in results].count("ok") == 8, results
    assert [kind for kind, _ in results].count("refused") == 22, results
    assert SlotBooking.objects.filter(slot=slot, released_at__isnull=True).count() == 8


def test_expired_holds_free_their_places_for_the_race(slot):
    now = timezone.now()
    # Six places were held by baskets whose holds ran out a minute ago, and
    # two are held by baskets still in checkout.
    for minutes in [-1] * 6 + [10] * 2:
        SlotHold.objects.create(
            slot=slot, basket=Basket.objects.create(), expires_at=now + timedelta(minutes=minutes)
        )
    baskets = [Basket.objects.create() for _ in range(30)]
    results = _race(30, lambda i: slot_hold(slot_id=slot.pk, basket=baskets[i]).pk)
    assert [kind for kind, _ in results].count("ok") == 6, results
    assert [kind for kind, _ in results].count("refused") == 24, results


def test_capacity_holds_while_holds_keep_expiring_and_new_ones_are_taken(slot):
    """For two seconds, 30 customers keep trying for short holds (0.2 s), each
    leaving once she has one, so places free up as holds expire; a watcher
    checks the number of live holds never passes capacity."""
    baskets = [Basket.objects.create() for _ in range(30)]
    stop = time.monotonic() + 2.0
    worst = []

    def watch():
        try:
            while time.monotonic() < stop:
                live = SlotHold.objects.filter(slot=slot, expires_at__gt=timezone.now()).count()
                worst.append(live)
                time.sleep(0.01)
        finally:
            connections.close_all()

    watcher = threading.Thread(target=watch)
    watcher.start()

    def keep_trying(i):
        # Try until she gets a place, then leave: her hold runs out 0.2 s later.
        while time.monotonic() < stop:
            try:
                slot_hold(slot_id=slot.pk, basket=baskets[i], duration=timedelta(seconds=0.2))
                return 1
            except SlotUnavailable as refused:
                assert refused.code == "full"
            time.sleep(0.02)
        return 0

    results = _race(30, keep_trying)
    watcher.join()
    assert all(kind == "ok" for kind, _ in results), results
    holders = sum(1 for _, taken in results if taken)
    assert holders > 8, f"only {holders} customers got a place: expired places were not re-taken"
    assert worst and max(worst) <= 8, max(worst)
