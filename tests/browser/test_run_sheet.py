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
