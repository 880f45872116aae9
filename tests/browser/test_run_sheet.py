"""A rider's run sheet: readable on a phone, printable on A4."""

import pytest
from django.contrib.auth.models import Permission

from ..factories import UserFactory, delivery_zone_with_slots
from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_run_sheet_on_a_phone_and_on_a4(live_server, site_pages, coops, browser_page):
    from delivery.models import Slot
    from delivery.services import slot_book

    zone, _template = delivery_zone_with_slots(capacity=3)
    slot = Slot.objects.filter(zone=zone).order_by("starts_at").first()
    slot_book(order=coops["order"], slot_id=slot.pk)
    rider = UserFactory(username="rider", email="rider@example.org")
    rider.user_permissions.add(Permission.objects.get(codename="view_run_sheet"))

    page = browser_page
    page.goto(live_server.url + f"/shop/accounts/login/?next=/delivery/run-sheets/{slot.pk}/")
    page.locator("#id_login-username").fill("rider@example.org")
    page.locator("#id_login-password").fill("correct horse battery")
    page.locator("button[name=login_submit]").click()
    page.wait_for_url(f"**/delivery/run-sheets/{slot.pk}/")

    stop = page.get_by_test_id("stop")
    assert stop.count() == 1
    assert (
        "Anarkali Stitchers" in stop.inner_text() and "2 × Mango Pickle 500 g" in stop.inner_text()
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.get_by_role("button", name="Print").is_visible()
    pdf = ARTIFACTS / "run-sheet.pdf"
    page.pdf(path=str(pdf), format="A4")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/MediaBox [0 0 595" in data  # A4 is 595 × 842 points


def test_rider_takes_an_order_out_and_records_cash_on_a_phone(
    live_server, site_pages, coops, browser_page
):
    from delivery.models import CashCollection, Slot
    from delivery.services import slot_book
    from orders.models import OrderPart

    zone, _template = delivery_zone_with_slots(capacity=3)
    slot = Slot.objects.filter(zone=zone).order_by("starts_at").first()
    order = coops["order"]
    slot_book(order=order, slot_id=slot.pk)
    OrderPart.objects.filter(order=order).update(status=OrderPart.Status.READY)
    rider = UserFactory(username="rider", email="rider@example.org")
    rider.user_permissions.add(Permission.objects.get(codename="view_run_sheet"))

    page = browser_page
    page.goto(live_server.url + f"/shop/accounts/login/?next=/delivery/run-sheets/{slot.pk}/")
    page.locator("#id_login-username").fill("rider@example.org")
    page.locator("#id_login-password").fill("correct horse battery")
    page.locator("button[name=login_submit]").click()
    page.wait_for_url(f"**/delivery/run-sheets/{slot.pk}/")

    page.get_by_role("button", name="Take out for delivery").click()
    page.get_by_label("Delivered, paid in part").check()
    page.get_by_label("Cash taken (Rs)").fill("5000")
    page.get_by_label("Note").fill("Rest on Sunday")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(ARTIFACTS / "run-sheet-record.png"), full_page=True)
    page.get_by_role("button", name="Record").click()
    page.wait_for_load_state()
    assert "Delivered, paid in part" in page.get_by_test_id("stop-recorded").inner_text()
    assert "5,000" in page.get_by_test_id("cash-held").inner_text()
    collection = CashCollection.objects.get()
    assert collection.amount_collected_paisa == 500000 and collection.rider == rider
