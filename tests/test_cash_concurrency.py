"""Two taps on "Record" at once, as parallel connections on PostgreSQL: the
door is recorded once and the cash counted once."""

import threading

import pytest
from django.db import connection, connections

from delivery.cash import CashRefused, delivery_record, rider_cash_held_paisa
from delivery.models import CashCollection, Slot
from delivery.services import slot_book
from orders.models import OrderPart

from .factories import delivery_zone_with_slots
from .test_cash_on_delivery import DUE, make_rider

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_taps_at_once_record_the_door_once(coops):
    assert connection.vendor == "postgresql"
    zone, _template = delivery_zone_with_slots(capacity=3)
    slot = Slot.objects.filter(zone=zone).order_by("starts_at").first()
    order = coops["order"]
    slot_book(order=order, slot_id=slot.pk)
    OrderPart.objects.filter(order=order).update(status=OrderPart.Status.OUT_FOR_DELIVERY)
    rider = make_rider()

    barrier = threading.Barrier(4)
    results = []

    def tap():
        try:
            barrier.wait()
            delivery_record(
                order_id=order.pk,
                slot_id=slot.pk,
                rider=rider,
                outcome="paid_full",
                amount_collected_paisa=DUE,
            )
            results.append("ok")
        except CashRefused as refused:
            results.append(refused.message)
        except Exception as error:
            results.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=tap) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert results.count("ok") == 1, results
    assert all("already recorded" in r for r in results if r != "ok"), results
    assert CashCollection.objects.count() == 1
    assert rider_cash_held_paisa(rider) == DUE
