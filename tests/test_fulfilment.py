"""Each cooperative moves its own part of an order; the customer sees one status."""

import re

import pytest
from django.core import mail
from hypothesis import given
from hypothesis import strategies as st
from oscar.core.loading import get_model

from orders.fulfilment import (
    TRANSITIONS,
    MoveRefused,
    customer_status,
    order_part_move,
    parts_not_ready,
)
from orders.models import OrderPart

from .factories import UserFactory

S = OrderPart.Status
StockRecord = get_model("partner", "StockRecord")


class TestCustomerStatus:
    @pytest.mark.parametrize(
        ("parts", "expected"),
        [
            (["placed", "placed"], "placed"),
            (["accepted", "placed"], "preparing"),
            (["ready", "ready"], "ready"),
            (["ready", "preparing"], "preparing"),
            (["out_for_delivery", "out_for_delivery"], "on_its_way"),
            (["out_for_delivery", "delivered"], "on_its_way"),
            (["out_for_delivery", "cancelled"], "on_its_way"),
            # An item still being made (or waiting for a later delivery) is not on its way.
            (["out_for_delivery", "preparing"], "part_on_its_way"),
            (["out_for_delivery", "ready"], "part_on_its_way"),
            (["delivered", "placed"], "part_delivered"),
            (["delivered", "returned"], "part_delivered"),
            (["delivered", "delivered"], "delivered"),
            (["delivered", "cancelled"], "delivered"),
            (["cancelled", "cancelled"], "cancelled"),
            (["delivery_failed", "delivered"], "problem"),
            (["returned"], "returned"),
        ],
    )
    def test_worked_examples(self, parts, expected):
        assert customer_status(parts) == expected

    @given(st.lists(st.sampled_from(list(S)), min_size=1, max_size=6))
    def test_cancelled_parts_never_change_the_status_of_the_others(self, statuses):
        live = [s for s in statuses if s != S.CANCELLED]
        if live:
            assert customer_status(statuses) == customer_status(live)
        else:
            assert customer_status(statuses) == "cancelled"

    @given(st.lists(st.sampled_from(list(S)), min_size=1, max_size=6))
    def test_on_its_way_only_when_nothing_is_still_being_made(self, statuses):
        live = [s for s in statuses if s != S.CANCELLED]
        if customer_status(statuses) == "on_its_way":
            assert all(s in (S.OUT_FOR_DELIVERY, S.DELIVERED) for s in live)
            assert S.OUT_FOR_DELIVERY in live
        if any(s in (S.PLACED, S.ACCEPTED, S.PREPARING) for s in live):
            assert customer_status(statuses) not in ("on_its_way", "delivered", "ready")


class TestPartsNotReady:
    @pytest.mark.parametrize(
        ("parts", "expected"),
        [
            ({"Noor": "ready", "Khanpur": "ready"}, []),
            ({"Noor": "ready", "Khanpur": "placed"}, ["Khanpur"]),
            ({"Noor": "ready", "Khanpur": "cancelled"}, []),
            ({"Noor": "preparing", "Khanpur": "accepted"}, ["Noor", "Khanpur"]),
            ({"Noor": "ready", "Khanpur": "out_for_delivery"}, ["Khanpur"]),
            ({"Noor": "cancelled"}, []),
        ],
    )
    def test_worked_examples(self, parts, expected):
        assert parts_not_ready(parts) == expected

    @given(st.dictionaries(st.integers(), st.sampled_from(list(S)), max_size=6))
    def test_a_delivery_may_go_out_exactly_when_every_live_part_is_ready(self, parts):
        assert (parts_not_ready(parts) == []) == all(
            s in (S.READY, S.CANCELLED) for s in parts.values()
        )


def test_every_state_can_only_move_forward_or_be_cancelled_before_delivery():
    assert TRANSITIONS[S.DELIVERED] == TRANSITIONS[S.CANCELLED] == TRANSITIONS[S.RETURNED] == set()
    for state in (S.PLACED, S.ACCEPTED, S.PREPARING, S.READY):
        assert S.CANCELLED in TRANSITIONS[state]
    assert S.CANCELLED not in TRANSITIONS[S.OUT_FOR_DELIVERY]


@pytest.mark.django_db
class TestMoves:
    def parts(self, coops):
        order = coops["order"]
        return (
            order.parts.get(partner=coops["a"].partner),
            order.parts.get(partner=coops["b"].partner),
        )

    def test_the_order_has_one_part_per_cooperative(self, coops):
        a, b = self.parts(coops)
        assert a.status == b.status == "placed"
        coops["order"].refresh_from_db()
        assert coops["order"].status == "Placed"

    def test_each_cooperative_moves_only_its_own_part(self, coops):
        a, b = self.parts(coops)
        order_part_move(part_id=a.pk, to_status="accepted", user=coops["leader_a"])
        with pytest.raises(MoveRefused):
            order_part_move(part_id=b.pk, to_status="accepted", user=coops["leader_a"])
        b.refresh_from_db()
        assert b.status == "placed"

    def test_a_leader_cannot_skip_steps_or_deliver(self, coops):
        a, _ = self.parts(coops)
        with pytest.raises(MoveRefused):
            order_part_move(part_id=a.pk, to_status="ready", user=coops["leader_a"])
        for step in ("accepted", "preparing", "ready"):
            order_part_move(part_id=a.pk, to_status=step, user=coops["leader_a"])
        with pytest.raises(MoveRefused):
            order_part_move(part_id=a.pk, to_status="out_for_delivery", user=coops["leader_a"])

    def test_the_customer_status_follows_the_parts(self, coops):
        a, b = self.parts(coops)
        staff = UserFactory(username="staffer", is_staff=True)
        order = coops["order"]
        for step in ("accepted", "preparing", "ready"):
            order_part_move(part_id=a.pk, to_status=step, user=staff)
        order.refresh_from_db()
        assert order.status == "Being prepared"  # B has not started
        order_part_move(part_id=b.pk, to_status="cancelled", user=staff, reason="mango ran out")
        order.refresh_from_db()
        assert order.status == "Ready"
        order_part_move(part_id=a.pk, to_status="out_for_delivery", user=staff)
        order_part_move(part_id=a.pk, to_status="delivered", user=staff)
        order.refresh_from_db()
        assert order.status == "Delivered"
        events = [(e.from_status, e.to_status) for e in a.events.all()]
        assert events[-1] == ("out_for_delivery", "delivered") and len(events) == 5

    def test_cancelling_needs_a_reason_and_gives_the_stock_back(self, coops):
        _, b = self.parts(coops)
        stockrecord = StockRecord.objects.get(product=coops["product_b"])
        assert stockrecord.num_allocated == 2
        with pytest.raises(MoveRefused):
            order_part_move(part_id=b.pk, to_status="cancelled", user=coops["leader_b"])
        order_part_move(
            part_id=b.pk, to_status="cancelled", user=coops["leader_b"], reason="spoiled batch"
        )
        stockrecord.refresh_from_db()
        assert stockrecord.num_allocated == 0
        b.refresh_from_db()
        assert b.cancel_reason == "spoiled batch"

    def test_a_rider_delivers_and_records_a_failed_delivery(self, coops):
        from django.contrib.auth.models import Permission

        a, _ = self.parts(coops)
        rider = UserFactory(username="rider")
        rider.user_permissions.add(Permission.objects.get(codename="view_run_sheet"))
        rider = type(rider).objects.get(pk=rider.pk)  # fresh permission cache
        staff = UserFactory(username="staffer", is_staff=True)
        for step in ("accepted", "preparing", "ready"):
            order_part_move(part_id=a.pk, to_status=step, user=staff)
        with pytest.raises(MoveRefused):
            order_part_move(part_id=a.pk, to_status="cancelled", user=rider, reason="x")
        order_part_move(part_id=a.pk, to_status="out_for_delivery", user=rider)
        order_part_move(part_id=a.pk, to_status="delivery_failed", user=rider, reason="no one home")
        coops["order"].refresh_from_db()
        assert coops["order"].status == "Delivery problem"
        order_part_move(part_id=a.pk, to_status="returned", user=rider)

    def test_the_customer_is_told_of_each_change(self, coops, django_capture_on_commit_callbacks):
        a, _ = self.parts(coops)
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            order_part_move(part_id=a.pk, to_status="accepted", user=coops["leader_a"])
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["sana@example.org"]
        assert "Being prepared" in mail.outbox[0].subject


@pytest.mark.django_db
class TestLeaderScreen:
    def test_leader_moves_her_part_from_the_dashboard(self, client, site_pages, coops):
        client.force_login(coops["leader_a"])
        part = coops["order"].parts.get(partner=coops["a"].partner)
        url = f"/manage/{coops['a'].slug}/orders/{part.pk}/status/"
        html = client.get(f"/manage/{coops['a'].slug}/orders/").content.decode()
        assert "Mark Accepted" in html
        client.post(url, {"to": "accepted"})
        part.refresh_from_db()
        assert part.status == "accepted"
        response = client.post(url, {"to": "cancelled"}, follow=True)
        assert "Please give a reason" in response.content.decode()
        part.refresh_from_db()
        assert part.status == "accepted"

    def test_another_cooperatives_part_is_not_found(self, client, site_pages, coops):
        client.force_login(coops["leader_b"])
        part = coops["order"].parts.get(partner=coops["a"].partner)
        response = client.post(
            f"/manage/{coops['b'].slug}/orders/{part.pk}/status/", {"to": "accepted"}
        )
        assert response.status_code == 404
        part.refresh_from_db()
        assert part.status == "placed"

    def test_the_customer_sees_the_status_of_each_part(self, client, site_pages, coops):
        order = coops["order"]
        customer = UserFactory(username="sana", email="sana@example.org")
        type(order).objects.filter(pk=order.pk).update(user=customer)
        part = order.parts.get(partner=coops["a"].partner)
        order_part_move(part_id=part.pk, to_status="accepted", user=coops["leader_a"])
        client.force_login(customer)
        html = client.get(f"/shop/accounts/orders/{order.number}/").content.decode()
        assert "Status: Being prepared" in html
        assert "Anarkali Stitchers: Accepted" in html
        assert "Haripur Pickle Makers: Placed" in html


def test_order_history_lists_each_orders_status(client, site_pages, coops):
    order = coops["order"]
    customer = UserFactory(username="sana.history", email="sana@example.org")
    type(order).objects.filter(pk=order.pk).update(user=customer)
    client.force_login(customer)
    html = client.get("/shop/accounts/orders/").content.decode()
    row = rf">{order.number}</a></td>\s*<td>{{}}</td>"
    assert re.search(row.format("Placed"), html)
    part = order.parts.get(partner=coops["a"].partner)
    order_part_move(part_id=part.pk, to_status="accepted", user=coops["leader_a"])
    html = client.get("/shop/accounts/orders/").content.decode()
    assert re.search(row.format("Being prepared"), html)
