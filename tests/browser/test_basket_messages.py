"""A refused quantity, as a shopper sees it on a phone: said once, without
Oscar's "Oops!", from the product page and from the basket, in both languages."""

import pytest
from oscar.core.loading import get_model

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

StockRecord = get_model("partner", "StockRecord")

AT_MOST = {"en": "a maximum of {n} can be bought", "ur": "زیادہ سے زیادہ {n} خریدے جا سکتے ہیں"}
OOPS = {"en": "Oops", "ur": "اوہ!"}


def visible_text(page):
    return page.locator("body").inner_text()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_refused_quantity_is_said_once(live_server, site_pages, shop, browser_page, language):
    page = browser_page
    prefix = "/ur" if language == "ur" else ""
    mango = shop["products"]["mango"]  # 20 in stock

    page.goto(live_server.url + prefix + mango.get_absolute_url())
    page.locator("#add_to_basket_form input[name=quantity]").fill("25")
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()
    text = visible_text(page)
    assert text.count(AT_MOST[language].format(n=20)) == 1, text
    assert OOPS[language] not in text
    page.screenshot(path=str(ARTIFACTS / f"add-too-many-{language}.png"), full_page=True)

    page.locator("#add_to_basket_form input[name=quantity]").fill("2")
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(live_server.url + prefix + "/shop/basket/")
    # Someone else buys ten while she looks at her basket.
    StockRecord.objects.filter(product=mango).update(num_allocated=10)
    quantity = page.locator("#basket_formset input[name$='-quantity']")
    quantity.fill("15")
    quantity.press("Enter")
    message = AT_MOST[language].format(n=10)
    page.get_by_text(message).first.wait_for()
    text = visible_text(page)
    assert text.count(message) == 1, text
    assert OOPS[language] not in text
    page.screenshot(path=str(ARTIFACTS / f"basket-too-many-{language}.png"), full_page=True)
