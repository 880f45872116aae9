"""A customer's first visit, in a real browser (headless Chromium)."""

import pytest

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_to_category_to_product_to_basket(live_server, site_pages, shop, browser_page):
    page = browser_page
    ARTIFACTS.mkdir(exist_ok=True)

    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.get_by_role("heading", name="Made by women's cooperatives").is_visible()

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Handmade textiles"
    ).click()
    page.wait_for_url("**/shop/catalogue/category/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Handmade textiles"

    page.get_by_role("link", name="Phulkari Shawl").click()
    page.wait_for_url("**/phulkari-shawl_*/")
    assert page.get_by_test_id("product-price").inner_text() == "Rs\xa04,500"
    # The product photo is served, resized, from media storage.
    image = page.locator(".product-main-image img")
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")

    page.get_by_label("Quantity").fill("2")
    page.get_by_role("button", name="Add to cart").click()
    page.wait_for_load_state()
    assert page.get_by_test_id("basket-count").inner_text() == "2"

    page.get_by_role("link", name="Cart").first.click()
    page.wait_for_url("**/shop/basket/")
    total = page.locator("#basket_totals").inner_text()
    assert "Rs\xa09,000" in total
    page.screenshot(path=str(ARTIFACTS / "basket.png"), full_page=True)


def test_urdu_pages_mirror_right_to_left(live_server, site_pages, shop, browser_page):
    page = browser_page
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(live_server.url + "/ur/shop/catalogue/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    # The brand sits at the right edge and the first product card starts at
    # the right: the layout is mirrored, not just the text.
    brand = page.locator(".brand").bounding_box()
    card = page.get_by_test_id("product-card").first.bounding_box()
    width = page.viewport_size["width"]
    assert brand["x"] + brand["width"] > width * 0.6
    assert card["x"] + card["width"] > width * 0.5
    page.screenshot(path=str(ARTIFACTS / "catalogue-urdu.png"), full_page=True)
