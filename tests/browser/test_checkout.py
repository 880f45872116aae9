"""A customer checks out on her phone: area, address, a time slot, the order."""

import re

import pytest

from ..factories import delivery_zone_with_slots
from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_guest_checks_out_with_home_delivery_in_a_chosen_slot(
    live_server, site_pages, shop, browser_page
):
    from catalogue.setup import shipping_country_ensure
    from delivery.models import SlotBooking

    shipping_country_ensure()
    delivery_zone_with_slots(capacity=3)
    page = browser_page
    page.goto(live_server.url + shop["products"]["mango"].get_absolute_url())
    page.get_by_label("Quantity").fill("2")
    page.get_by_role("button", name="Add to cart").click()
    page.goto(live_server.url + "/shop/checkout/")

    page.get_by_label("Email address").first.fill("sana@example.org")
    page.get_by_role("button", name=re.compile("Continue", re.I)).click()

    page.wait_for_url("**/checkout/delivery/")
    page.get_by_label("Your area").select_option(label="Gulberg — Lahore")
    page.get_by_role("button", name="Continue").click()

    page.wait_for_url("**/checkout/shipping-address/")
    page.get_by_label("First name").fill("Sana")
    page.get_by_label("Last name").fill("Iqbal")
    page.get_by_label("First line of address").fill("House 12, Street 4")
    page.get_by_label("Phone number").fill("0300 1234567")
    page.get_by_role("button", name=re.compile("Continue", re.I)).click()

    page.wait_for_url("**/checkout/slot/")
    slots = page.get_by_test_id("slot")
    assert "3 places left" in slots.first.inner_text()
    slots.first.click()
    # Cards are off here: cash on delivery is the only method, chosen for her.
    page.wait_for_url("**/checkout/preview/")
    assert "Cash on delivery" in page.get_by_test_id("payment-method").inner_text()
    page.goto(live_server.url + "/shop/checkout/slot/")
    # The time left is shown and counts down.
    first = page.get_by_test_id("hold").inner_text()
    assert re.search(r"Time left to complete your order: 1[45]:\d\d", first), first
    page.wait_for_timeout(1500)
    assert page.get_by_test_id("hold").inner_text() != first
    assert "2 places left" not in slots.first.inner_text()  # her own place is not taken from her
    page.screenshot(path=str(ARTIFACTS / "checkout-slot.png"), full_page=True)

    page.goto(live_server.url + "/shop/checkout/preview/")
    assert page.get_by_test_id("slot-summary").is_visible()
    page.get_by_role("button", name=re.compile("Place order", re.I)).click()
    page.wait_for_url("**/checkout/thank-you/")
    assert page.get_by_test_id("slot-summary").is_visible()
    assert SlotBooking.objects.count() == 1


def test_card_entry_comes_from_stripe_js_and_an_unreadable_card_places_no_order(
    live_server, site_pages, shop, browser_page, stripe_on
):
    """Stripe.js here is localstripe's stand-in (js.stripe.com is out of
    reach): it mounts card fields but cannot turn them into a PaymentMethod,
    which is exactly the case of a card Stripe.js cannot read."""
    from catalogue.setup import shipping_country_ensure
    from payments.models import Payment

    shipping_country_ensure()
    delivery_zone_with_slots(capacity=3)
    page = browser_page
    page.goto(live_server.url + shop["products"]["mango"].get_absolute_url())
    page.get_by_role("button", name="Add to cart").click()
    page.goto(live_server.url + "/shop/checkout/")
    page.get_by_label("Email address").first.fill("sana@example.org")
    page.get_by_role("button", name=re.compile("Continue", re.I)).click()
    page.wait_for_url("**/checkout/delivery/")
    page.get_by_label("Your area").select_option(label="Gulberg — Lahore")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/checkout/shipping-address/")
    page.get_by_label("First name").fill("Sana")
    page.get_by_label("Last name").fill("Iqbal")
    page.get_by_label("First line of address").fill("House 12, Street 4")
    page.get_by_label("Phone number").fill("0300 1234567")
    page.get_by_role("button", name=re.compile("Continue", re.I)).click()
    page.wait_for_url("**/checkout/slot/")
    page.get_by_test_id("slot").first.click()

    page.wait_for_url("**/checkout/payment-method/")
    page.get_by_label("Card").check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/checkout/preview/")
    card = page.locator("#card-element input")
    card.first.wait_for()
    assert card.count() >= 4  # number, month, year, CVC from Stripe.js
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(ARTIFACTS / "checkout-card.png"), full_page=True)
    page.get_by_role("button", name="Pay and place order").click()
    assert "could not be read" in page.locator("#card-errors").inner_text()
    assert page.url.endswith("/checkout/preview/")
    assert not Payment.objects.exists()
