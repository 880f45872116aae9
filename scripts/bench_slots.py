"""How listing a zone's slots scales with bookings.

Builds (inside a transaction that is rolled back, so the database is left as
it was) a zone with six slots a day for 14 days, then lists its availability
the way the checkout's slot step does, with 0 and with 5,000 bookings (and
1,000 live holds), printing the SQL queries and the median time of several
runs. The query count must not grow with bookings.

Run with `make bench` or `.venv/bin/python scripts/bench_slots.py`.
"""

import os
import statistics
import sys
import time
from datetime import time as clock
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from oscar.core.loading import get_model  # noqa: E402

from delivery.models import DeliveryZone, Slot, SlotBooking, SlotHold, SlotTemplate  # noqa: E402
from delivery.services import slot_availability, slots_generate  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "20"))
DAYS = 15  # from now: covers the 14 whole days that start tomorrow
Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")


class Rollback(Exception):
    pass


def measure(zone):
    with CaptureQueriesContext(connection) as context:
        choices = slot_availability(zone=zone, days=DAYS)
    queries = len(context.captured_queries)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        slot_availability(zone=zone, days=DAYS)
        times.append((time.perf_counter() - start) * 1000)
    return len(choices), queries, statistics.median(times)


def main():
    print(f"database: {connection.vendor}; runs: {RUNS}")
    print(
        f"{'bookings':>9} {'live holds':>11} {'slots listed':>13} {'queries':>8} {'median ms':>10}"
    )
    try:
        with transaction.atomic():
            zone = DeliveryZone.objects.create(
                name_en="Bench zone", slug="bench-zone-zz", city="Lahore", fee=150
            )
            windows = [(9, 11), (11, 13), (13, 15), (15, 17), (17, 19), (19, 21)]
            SlotTemplate.objects.bulk_create(
                SlotTemplate(
                    zone=zone,
                    weekday=weekday,
                    start=clock(start),
                    end=clock(end),
                    capacity=200,
                    cutoff_minutes=0,
                )
                for weekday in range(7)
                for start, end in windows
            )
            # 14 days from tomorrow: 84 slots.
            slots_generate(days_ahead=13, today=timezone.localdate() + timedelta(days=1))
            slots = list(Slot.objects.filter(zone=zone))
            count, queries, ms = measure(zone)
            print(f"{0:>9} {0:>11} {count:>13} {queries:>8} {ms:>10.2f}")

            orders = Order.objects.bulk_create(
                Order(
                    number=f"BENCH-{i}",
                    currency="PKR",
                    total_incl_tax=1,
                    total_excl_tax=1,
                    shipping_incl_tax=0,
                    shipping_excl_tax=0,
                    date_placed=timezone.now(),
                )
                for i in range(5000)
            )
            SlotBooking.objects.bulk_create(
                SlotBooking(slot=slots[i % len(slots)], order=order)
                for i, order in enumerate(orders)
            )
            baskets = Basket.objects.bulk_create(Basket() for _ in range(1000))
            expires = timezone.now() + timedelta(minutes=15)
            SlotHold.objects.bulk_create(
                SlotHold(slot=slots[i % len(slots)], basket=basket, expires_at=expires)
                for i, basket in enumerate(baskets)
            )
            count, queries, ms = measure(zone)
            print(f"{5000:>9} {1000:>11} {count:>13} {queries:>8} {ms:>10.2f}")
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
