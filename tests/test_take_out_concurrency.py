"""A leader marks her part ready at the moment the rider taps "Take out"
twice, as parallel connections on PostgreSQL: the order goes out whole or
not at all, once, and every refusal says why."""

import threading

import pytest
from django.db import connection, connections

from delivery.models import Slot
from delivery.services import slot_book
from delivery.stops import DeliveryRefused, order_take_out
from orders.fulfilment import order_part_move
from orders.models import OrderPart, OrderPartEvent

from .factories import delivery_zone_with_slots
from .test_cash_on_delivery import make_rider

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

P = OrderPart.Status


def _run(barrier, results, action):
    try:
        barrier.wait()
        action()
        results.append("ok")
    except DeliveryRefused as refused:
        results.append(refused.message)
    except Exception as error:  # anything else fails the test
        results.append(repr(error))
    finally:
        connections.close_all()


def test_a_part_marked_ready_during_take_out_never_leaves_half_an_order(coops):
    assert connection.vendor == "postgresql"
    zone, _template = delivery_zone_with_slots(capacity=3)
    slot = Slot.objects.filter(zone=zone).order_by("starts_at").first()
    order = coops["order"]
    slot_book(order=order, slot_id=slot.pk)
    rider = make_rider()
    a = order.parts.get(partner=coops["a"].partner)
    b = order.parts.get(partner=coops["b"].partner)

    for _round in range(6):
        OrderPartEvent.objects.all().delete()
        OrderPart.objects.filter(pk=a.pk).update(status=P.READY)
        OrderPart.objects.filter(pk=b.pk).update(status=P.PREPARING)
        barrier = threading.Barrier(3)
        results = []

        def take_out():
            order_take_out(order_id=order.pk, slot_id=slot.pk, rider=rider)

        def mark_ready():
            order_part_move(part_id=b.pk, to_status=P.READY, user=coops["leader_b"])

        threads = [
            threading.Thread(target=_run, args=(barrier, results, f))
            for f in (take_out, take_out, mark_ready)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

        states = set(OrderPart.objects.filter(order=order).values_list("status", flat=True))
        assert states in ({P.READY}, {P.OUT_FOR_DELIVERY}), (states, results)
        # The leader's move, and one take-out if it came after it.
        assert results.count("ok") == (2 if states == {P.OUT_FOR_DELIVERY} else 1), results
        refusals = [r for r in results if r != "ok"]
        assert all(
            "already out for delivery" in r or "Not ready yet: Haripur Pickle Makers" in r
            for r in refusals
        ), results
        went_out = OrderPartEvent.objects.filter(to_status=P.OUT_FOR_DELIVERY)
        assert went_out.count() == (2 if states == {P.OUT_FOR_DELIVERY} else 0)
