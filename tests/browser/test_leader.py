"""A cooperative leader lists a product from her phone (360 px), in a real browser."""

import pytest

from ..factories import jpeg_bytes
from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_leader_adds_a_product_with_a_photo_on_a_phone(
    live_server,
    site_pages,
    coops,
    browser_page,
    tmp_path,
):
    page = browser_page
    ARTIFACTS.mkdir(exist_ok=True)
    leader = coops["leader_a"]

    page.goto(live_server.url + "/shop/accounts/login/?next=/manage/")
    page.locator("#id_login-username").fill(leader.email)
    page.locator("#id_login-password").fill("correct horse battery")
    page.locator("button[name=login_submit]").click()
    page.wait_for_url(f"**/manage/{coops['a'].slug}/")

    page.get_by_role("link", name="Add a product").click()
    page.get_by_label("Name (English)").fill("Kashida Table Runner")
    page.get_by_label("Name (Urdu)").fill("کشیدہ ٹیبل رنر")
    page.get_by_label("Type").select_option(label="Textiles")
    page.get_by_label("Category").select_option(label="— Embroidered shawls")
    page.get_by_label("Price (Rs)").fill("2200")
    page.get_by_label("In stock").fill("4")
    page.locator("#id_makers-0-member").select_option(label="Amina Bibi")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/products/*/")
    assert "Saved" in page.locator(".messages").inner_text()

    photo = tmp_path / "runner.jpg"
    photo.write_bytes(jpeg_bytes((1200, 800)))
    page.get_by_label("Add a photo").set_input_files(str(photo))
    page.get_by_role("button", name="Upload").click()
    page.wait_for_load_state()
    assert "Photo added." in page.locator(".messages").inner_text()
    assert page.locator(".photo-list img").count() == 1
    # Nothing overflows the phone's width.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(ARTIFACTS / "leader-product.png"), full_page=True)

    page.get_by_role("link", name="See it in the shop").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Kashida Table Runner"
    assert "Amina" in page.get_by_test_id("product-maker").inner_text()
