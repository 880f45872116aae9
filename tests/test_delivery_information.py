"""The delivery page is built from the delivery data: what it says is what checkout does."""

import json
from datetime import time

import pytest
from wagtail.models import Locale

from content.models import StandardPage
from delivery.models import DeliveryZone, Holiday, PickupPoint, ServedArea, SlotTemplate
from delivery.overview import (
    SlotPattern,
    duration_label,
    slot_patterns,
    span_label,
    weekday_runs,
    weekdays_label,
)

pytestmark = pytest.mark.django_db


# --- summaries of the slot templates, with worked examples --------------------


def test_weekdays_with_the_same_windows_are_shown_together():
    two_hours = [(time(9), time(11)), (time(11), time(13))]
    rows = [(day, start, end) for day in range(6) for start, end in two_hours]
    rows += [(6, time(10), time(12))]
    assert slot_patterns(rows) == [
        SlotPattern(weekdays=(0, 1, 2, 3, 4, 5), windows=tuple(two_hours)),
        SlotPattern(weekdays=(6,), windows=((time(10), time(12)),)),
    ]
    assert slot_patterns([]) == []


def test_weekday_runs_and_their_names():
    assert weekday_runs([4, 0, 1, 2, 6]) == [(0, 2), (4, 4), (6, 6)]
    assert weekdays_label(range(6)) == "Monday to Saturday"
    assert weekdays_label([1, 3, 5]) == "Tuesday, Thursday, Saturday"
    assert weekdays_label([0, 1, 4]) == "Monday, Tuesday, Friday"
    assert weekdays_label([6]) == "Sunday"


def test_durations_read_as_people_say_them():
    assert duration_label(240) == "4 hours"
    assert duration_label(60) == "1 hour"
    assert duration_label(90) == "90 minutes"
    assert duration_label(2 * 24 * 60) == "2 days"
    assert span_label([120, 180, 120]) == "2 hours to 3 hours"
    assert span_label([]) == ""


# --- the page -------------------------------------------------------------------


def _body(*parts):
    blocks = [{"type": "paragraph", "value": "<p>Our riders are members' sons and brothers.</p>"}]
    blocks += [{"type": "delivery_information", "value": {"part": part}} for part in parts]
    return json.dumps(blocks)


@pytest.fixture
def delivery_page(site_pages, zone):
    """The Lahore zone (fixture: Gulberg, Model Town; Rs 150; one 10:00–12:00
    slot a week, orders closing 4 hours before), a Sunday market, and a
    delivery page in English and Urdu holding the live block."""
    market = PickupPoint.objects.create(
        name_en="Sunday Bazaar, Township",
        name_ur="اتوار بازار، ٹاؤن شپ",
        slug="township",
        city="Lahore",
        address_en="Stall 14",
        address_ur="اسٹال ۱۴",
        opens=time(9),
        closes=time(15),
    )
    for start, end in ((9, 12), (12, 15)):
        SlotTemplate.objects.create(
            pickup_point=market,
            weekday=6,
            start=time(start),
            end=time(end),
            capacity=40,
            cutoff_minutes=12 * 60,
        )
    page = StandardPage(title="Delivery and payment", slug="delivery", body=_body("all"))
    site_pages["home"].add_child(instance=page)
    page.save_revision().publish()
    urdu = page.copy_for_translation(Locale.objects.get(language_code="ur")).specific
    urdu.title = "ترسیل اور ادائیگی"
    urdu.save_revision().publish()
    return {"page": page, "zone": zone, "market": market}


def _html(client, path="/delivery/"):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_shows_zones_fees_areas_markets_and_times_from_the_data(client, delivery_page):
    html = _html(client)
    assert "Our riders are members' sons and brothers." in html  # the editor's own words
    assert "Lahore central" in html
    assert 'data-testid="zone-fee">Rs\xa0150<' in html
    assert "<li>Gulberg</li><li>Model Town</li>" in html
    template = delivery_page["zone"].templates.get()
    assert f"<dt>{template.get_weekday_display()}</dt>" in html
    assert '<li dir="ltr">10:00–12:00</li>' in html
    assert "Each time slot lasts 2 hours. Orders for a slot close 4 hours before it starts." in html
    assert "Sunday Bazaar, Township" in html and "Stall 14" in html
    assert 'data-testid="market-hours">09:00–15:00<' in html
    assert '<li dir="ltr">09:00–12:00</li><li dir="ltr">12:00–15:00</li>' in html
    assert "Orders for market pickup close 12 hours before the pickup time starts." in html
    assert "You can choose a time up to 14 days ahead." in html
    assert "up to Rs\xa050,000" in html


def test_changing_a_fee_an_area_or_a_markets_hours_changes_the_page(client, delivery_page):
    zone, market = delivery_page["zone"], delivery_page["market"]
    DeliveryZone.objects.filter(pk=zone.pk).update(fee="175.00")
    ServedArea.objects.filter(zone=zone, name_en="Model Town").update(is_active=False)
    ServedArea.objects.create(zone=zone, name_en="Johar Town")
    PickupPoint.objects.filter(pk=market.pk).update(opens=time(8), closes=time(13))
    SlotTemplate.objects.filter(zone=zone).update(
        start=time(17), end=time(20), cutoff_minutes=180, lead_time_hours=24
    )
    html = _html(client)
    assert 'data-testid="zone-fee">Rs\xa0175<' in html
    assert "<li>Gulberg</li><li>Johar Town</li>" in html and "Model Town" not in html
    assert 'data-testid="market-hours">08:00–13:00<' in html
    assert '<li dir="ltr">17:00–20:00</li>' in html and "10:00–12:00" not in html
    assert "Each time slot lasts 3 hours. Orders for a slot close 3 hours before it starts." in html
    assert "A slot must start at least 1 day after you order." in html


def test_what_checkout_does_not_offer_is_not_on_the_page(client, delivery_page):
    market = delivery_page["market"]
    closed = DeliveryZone.objects.create(
        name_en="Multan", slug="multan", city="Multan", fee="90.00", is_active=False
    )
    SlotTemplate.objects.create(zone=closed, weekday=0, start=time(9), end=time(11), capacity=5)
    SlotTemplate.objects.filter(pickup_point=market, start=time(12)).update(is_active=False)
    html = _html(client)
    assert "Multan" not in html
    assert "12:00–15:00</li>" not in html
    assert "Card payment is not offered at present." in html
    assert "Card:" not in html


def test_card_payment_is_listed_when_it_is_on(client, delivery_page, settings):
    settings.STRIPE_SECRET_KEY = "sk_test_hunar"
    html = _html(client)
    assert "Card: pay by debit or credit card at checkout." in html
    assert "not offered" not in html


def test_holidays_ahead_are_listed(client, delivery_page):
    from datetime import timedelta

    from django.utils import timezone

    Holiday.objects.create(date=timezone.localdate() + timedelta(days=3), name_en="Eid ul-Fitr")
    Holiday.objects.create(date=timezone.localdate() + timedelta(days=40), name_en="Far away")
    html = _html(client)
    assert "(Eid ul-Fitr)" in html and "Far away" not in html


def test_fresh_produce_lists_each_cooperatives_own_places(client, delivery_page, shop):
    from oscar.core.loading import get_model

    Product = get_model("catalogue", "Product")
    html = _html(client)
    assert "Everything in the shop can go to every zone and market listed here." in html
    # Shawls of the Lahore cooperative marked local only: Lahore's zone and market.
    Product.objects.filter(pk=shop["products"]["shawl"].pk).update(local_only=True)
    html = _html(client)
    assert (
        "<strong>Anarkali Stitchers</strong> (Lahore): Delivered only in Lahore central, "
        "or picked up at Sunday Bazaar, Township."
    ) in html


def test_an_editor_can_place_each_part_between_her_own_paragraphs(client, delivery_page):
    page = delivery_page["page"]
    page.body = _body("markets", "payment")
    page.save_revision().publish()
    html = _html(client)
    assert 'data-testid="delivery-info-markets"' in html
    assert 'data-testid="delivery-info-payment"' in html
    assert "Lahore central" not in html  # the zones part is not on the page
    markets = html.split('data-testid="delivery-info-markets"')[1].split("</div>")[0]
    assert "<h2>" not in markets  # her own headings, not the block's


def test_the_urdu_page_shows_the_same_figures_in_urdu(client, delivery_page):
    DeliveryZone.objects.filter(pk=delivery_page["zone"].pk).update(name_ur="لاہور")
    ServedArea.objects.filter(name_en="Gulberg").update(name_ur="گلبرگ")
    ServedArea.objects.filter(name_en="Model Town").update(name_ur="ماڈل ٹاؤن")
    html = _html(client, "/ur/delivery/")
    assert 'dir="rtl"' in html
    assert "<h3>لاہور</h3>" in html
    assert "<li>گلبرگ</li>" in html and "<li>ماڈل ٹاؤن</li>" in html
    assert 'data-testid="zone-fee">Rs\xa0150<' in html
    assert "اتوار بازار، ٹاؤن شپ" in html and "اسٹال ۱۴" in html
    assert 'data-testid="market-hours">09:00–15:00<' in html
    assert "ہر وقفہ 2 گھنٹے کا ہوتا ہے" in html
    for english in ("Home delivery", "Each time slot", "Cash on delivery", "Delivery fee"):
        assert english not in html


def test_the_block_is_offered_in_the_wagtail_editor(client, delivery_page, staff_user):
    client.force_login(staff_user)
    response = client.get(f"/cms/pages/{delivery_page['page'].pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Live delivery information" in html
    assert "Home delivery: zones, areas, fees and times" in html
