"""Fresh produce goes only to its cooperative's own zone or market: the rule,
what the product page and the basket say, and checkout refusing the rest."""

from datetime import time
from decimal import Decimal

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from oscar.core.loading import get_model

from delivery.models import PickupPoint, SlotTemplate
from delivery.reach import (
    ANYWHERE,
    Destinations,
    PointPlace,
    ZonePlaces,
    common_destinations,
    destination_blockers,
    local_destinations,
    place_key,
)
from delivery.services import slots_generate

from . import checkout_steps
from .factories import (
    CooperativeFactory,
    ProductClassFactory,
    ProductFactory,
    delivery_zone_with_slots,
)

Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")


# --- the rule, with worked examples ------------------------------------------

ZONES = [
    ZonePlaces(id=1, city="Lahore", areas=("Gulberg", "Model Town")),
    ZonePlaces(id=2, city="Abbottabad", areas=("Abbottabad Cantt", "Mandian", "Haripur")),
    ZonePlaces(id=3, city="Bahawalpur", areas=("Model Town A", "Satellite Town")),
]
POINTS = [
    PointPlace(id=10, city="Lahore"),
    PointPlace(id=11, city="Karachi"),
    PointPlace(id=12, city="Bahawalpur"),
    PointPlace(id=13, city="Abbottabad"),
]


def test_a_cooperative_is_local_to_the_zone_and_market_of_its_city():
    assert local_destinations(
        towns=["Bahawalpur", "Bahawalpur"], zones=ZONES, points=POINTS
    ) == Destinations(zones=frozenset({3}), points=frozenset({12}))


def test_a_zone_with_an_area_named_after_the_town_is_its_zone_and_brings_its_citys_market():
    # Haripur has no zone of its own; Abbottabad's zone serves an area named Haripur.
    assert local_destinations(towns=["Haripur", "Haripur"], zones=ZONES, points=POINTS) == (
        Destinations(zones=frozenset({2}), points=frozenset({13}))
    )


def test_the_district_counts_as_well_as_the_city():
    # Korangi is a district of Karachi: Karachi's market, and no zone.
    assert local_destinations(towns=["Korangi", "Karachi"], zones=ZONES, points=POINTS) == (
        Destinations(points=frozenset({11}))
    )


def test_a_town_no_zone_or_market_serves_has_nowhere():
    reach = local_destinations(towns=["Multan", "Multan"], zones=ZONES, points=POINTS)
    assert reach.is_nowhere
    assert not reach.allows(zone_id=1) and not reach.allows(point_id=10)


def test_names_are_compared_without_case_or_spacing():
    assert place_key("  dera   Ghazi KHAN ") == place_key("Dera Ghazi Khan")
    assert local_destinations(towns=[" lahore "], zones=ZONES, points=POINTS).zones == {1}
    # An empty district matches nothing (not an area with an empty name).
    assert local_destinations(towns=["", "  "], zones=ZONES, points=POINTS).is_nowhere


def test_a_basket_can_go_only_where_every_line_can():
    bahawalpur = Destinations(zones=frozenset({3}), points=frozenset({12}))
    lahore = Destinations(zones=frozenset({1}), points=frozenset({10}))
    assert common_destinations([ANYWHERE, bahawalpur, ANYWHERE]) == bahawalpur
    assert common_destinations([]) == ANYWHERE
    assert common_destinations([bahawalpur, lahore]).is_nowhere
    lines = [("tomatoes", bahawalpur), ("shawl", ANYWHERE), ("eggs", lahore)]
    assert destination_blockers(lines, zone_id=1) == ["tomatoes"]
    assert destination_blockers(lines, point_id=12) == ["eggs"]
    assert destination_blockers(lines, point_id=11) == ["tomatoes", "eggs"]


ids = st.frozensets(st.integers(min_value=1, max_value=6), max_size=6)
reaches = st.one_of(st.just(ANYWHERE), st.builds(Destinations, zones=ids, points=ids))


@given(a=reaches, b=reaches, place=st.integers(min_value=1, max_value=6), is_zone=st.booleans())
def test_both_allow_a_place_exactly_when_their_common_destinations_do(a, b, place, is_zone):
    where = {"zone_id": place} if is_zone else {"point_id": place}
    assert (a & b).allows(**where) == (a.allows(**where) and b.allows(**where))


# --- in the shop --------------------------------------------------------------


@pytest.fixture
def fresh(db, site_pages, shop, zone):
    """Bahawalpur's zone and Sunday market with slots, a Karachi market, and a
    Bahawalpur cooperative's tomatoes (a kitchen-garden type: local only)."""
    garden = ProductClassFactory(
        slug="kitchen-garden",
        name_en="Kitchen Garden",
        name_ur="گھریلو باغیچہ",
        is_food=False,
        local_only_default=True,
    )
    rohi = CooperativeFactory(
        name_en="Rohi Sabz", slug="rohi-sabz", city="Bahawalpur", district="Bahawalpur"
    )
    tomatoes = ProductFactory(
        title_en="Cooking Tomatoes",
        title_ur="پکانے کے ٹماٹر",
        product_class=garden,
        cooperative=rohi,
        price=Decimal("300.00"),
        stock=20,
    )
    bahawalpur, _template = delivery_zone_with_slots(city="Bahawalpur", fee="100.00")
    markets = {}
    for city in ("Bahawalpur", "Karachi"):
        point = PickupPoint.objects.create(
            name_en=f"Sunday Bazaar, {city}",
            slug=f"{city.lower()}-bazaar",
            city=city,
            address_en="Cooperatives' stall",
            opens=time(8),
            closes=time(12),
        )
        SlotTemplate.objects.create(
            pickup_point=point, weekday=6, start=time(8), end=time(12), capacity=40
        )
        markets[city] = point
    slots_generate(days_ahead=14)
    return {
        "tomatoes": tomatoes,
        "lahore": zone,
        "bahawalpur": bahawalpur,
        "markets": markets,
        "cooperative": rohi,
        "type": garden,
    }


WHERE_TOMATOES_GO = (
    "Delivered only in Bahawalpur central, or picked up at Sunday Bazaar, Bahawalpur."
)


def _add(client, product, quantity=1):
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})
    assert response.status_code == 302


def test_the_product_page_says_where_a_local_only_product_can_go(client, fresh, shop):
    page = client.get(fresh["tomatoes"].get_absolute_url()).content.decode()
    assert WHERE_TOMATOES_GO in page
    other = client.get(shop["products"]["mango"].get_absolute_url()).content.decode()
    assert 'data-testid="product-reach"' not in other


def test_a_products_own_setting_overrides_its_types_default(client, fresh, shop):
    Product.objects.filter(pk=fresh["tomatoes"].pk).update(local_only=False)
    page = client.get(fresh["tomatoes"].get_absolute_url()).content.decode()
    assert 'data-testid="product-reach"' not in page
    # Mango pickle made local only: its Haripur cooperative has no zone or market.
    mango = shop["products"]["mango"]
    Product.objects.filter(pk=mango.pk).update(local_only=True)
    page = client.get(mango.get_absolute_url()).content.decode()
    assert "its cooperative has no delivery or market at present" in page


def test_the_urdu_product_page_says_it_in_urdu(client, fresh):
    from delivery.models import DeliveryZone

    DeliveryZone.objects.filter(pk=fresh["bahawalpur"].pk).update(name_ur="بہاولپور")
    PickupPoint.objects.filter(pk=fresh["markets"]["Bahawalpur"].pk).update(
        name_ur="اتوار بازار، بہاولپور"
    )
    page = client.get("/ur" + fresh["tomatoes"].get_absolute_url()).content.decode()
    assert "صرف بہاولپور میں پہنچایا جاتا ہے، یا اتوار بازار، بہاولپور سے لیا جا سکتا ہے۔" in page


def test_the_basket_says_where_each_fresh_item_can_go(client, fresh, shop):
    _add(client, fresh["tomatoes"])
    _add(client, shop["products"]["mango"])
    page = client.get(reverse("basket:summary")).content.decode()
    assert 'data-testid="basket-reach"' in page
    assert WHERE_TOMATOES_GO in page
    assert "no one place can receive them all" not in page


def test_the_basket_warns_when_no_one_place_can_take_every_fresh_item(client, fresh, shop):
    lahore_garden = CooperativeFactory(name_en="Noor Kitchen", slug="noor", city="Lahore")
    eggs = ProductFactory(
        title_en="Desi Eggs", product_class=fresh["type"], cooperative=lahore_garden, stock=9
    )
    _add(client, fresh["tomatoes"])
    _add(client, eggs)
    page = client.get(reverse("basket:summary")).content.decode()
    assert "no one place can receive them all" in page
    assert "Delivered only in Lahore central, or picked up at" not in page  # no Lahore market
    assert "Delivered only in Lahore central." in page


def _to_delivery_step(client, shop, fresh):
    _add(client, fresh["tomatoes"])
    checkout_steps.start(client, shop, quantity=1)  # and mango pickle, from Haripur


def _options(html, name):
    import re

    select = re.search(rf'<select name="{name}".*?</select>', html, re.S)
    return (
        {int(v) for v in re.findall(r'<option value="(\d+)"', select.group(0))} if select else set()
    )


def test_the_delivery_step_offers_only_places_every_line_can_reach(client, shop, fresh):
    _to_delivery_step(client, shop, fresh)
    page = client.get(reverse("checkout:delivery")).content.decode()
    assert _options(page, "area") == set(fresh["bahawalpur"].areas.values_list("pk", flat=True))
    assert _options(page, "pickup_point") == {fresh["markets"]["Bahawalpur"].pk}
    assert "Cooking Tomatoes</strong>: " + WHERE_TOMATOES_GO in page


def test_the_delivery_step_says_when_no_place_can_take_everything(client, shop, fresh):
    Product.objects.filter(pk=shop["products"]["mango"].pk).update(local_only=True)
    _to_delivery_step(client, shop, fresh)
    page = client.get(reverse("checkout:delivery")).content.decode()
    assert "No one place can receive everything in your basket." in page
    assert "Mango Pickle 500 g</strong>: Sold only near where it is made" in page
    assert 'name="mode"' not in page  # nothing to choose


@pytest.mark.parametrize("mode", ["home", "pickup"])
def test_a_posted_place_the_basket_cannot_reach_is_refused_with_the_line(client, shop, fresh, mode):
    _to_delivery_step(client, shop, fresh)
    if mode == "home":
        data = {"mode": "home", "area": fresh["lahore"].areas.get(name_en="Gulberg").pk}
        place = "Lahore central"
    else:
        data = {"mode": "pickup", "pickup_point": fresh["markets"]["Karachi"].pk}
        place = "Sunday Bazaar, Karachi"
    response = client.post(reverse("checkout:delivery"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"“Cooking Tomatoes” cannot go to {place}. {WHERE_TOMATOES_GO}" in html
    # Nothing was chosen: the next step sends her back.
    assert client.get(reverse("checkout:shipping-address"))["Location"] == reverse(
        "checkout:delivery"
    )


def test_fresh_items_reach_their_own_zone_and_the_order_is_placed(client, shop, fresh):
    _to_delivery_step(client, shop, fresh)
    checkout_steps.choose_home(client, fresh["bahawalpur"])
    slot = checkout_steps.first_slot(fresh["bahawalpur"])
    client.post(reverse("checkout:slot"), {"slot": slot.pk})
    client.post(reverse("checkout:payment-method"), {"method": "cash"})
    checkout_steps.place(client)
    order = Order.objects.get()
    assert {line.product for line in order.lines.all()} == {
        fresh["tomatoes"],
        shop["products"]["mango"],
    }


def test_a_fresh_item_added_after_choosing_the_place_sends_her_back_to_choose(client, shop, fresh):
    checkout_steps.start(client, shop, quantity=1)
    checkout_steps.choose_home(client, fresh["lahore"])
    _add(client, fresh["tomatoes"])
    response = client.get(reverse("checkout:slot"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("checkout:delivery")
    html = response.content.decode()
    assert "“Cooking Tomatoes” cannot go to Lahore central." in html


def test_placing_an_order_with_a_line_that_cannot_go_there_is_refused(client, shop, fresh):
    """A forged POST: the basket gains Bahawalpur tomatoes on the preview page of
    a Lahore delivery, and the browser posts "place order" anyway."""
    checkout_steps.to_preview(client, shop, fresh["lahore"], quantity=1)
    _add(client, fresh["tomatoes"])
    response = checkout_steps.place(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("checkout:delivery")
    assert not Order.objects.exists()
    html = client.get(response["Location"]).content.decode()
    assert "“Cooking Tomatoes” cannot go to Lahore central." in html


def test_placement_itself_refuses_whatever_the_steps_before_let_through(
    client, shop, fresh, monkeypatch
):
    """The placing of the order checks again, inside its transaction: with the
    steps' own check switched off (as if the basket changed between them),
    the order is still refused and nothing is booked or taken from stock."""
    from checkout.views import DeliveryChecks
    from delivery.models import SlotBooking

    checkout_steps.to_preview(client, shop, fresh["lahore"], quantity=1)
    _add(client, fresh["tomatoes"])
    monkeypatch.setattr(DeliveryChecks, "check_basket_can_go_there", lambda self, request: None)
    response = checkout_steps.place(client)
    assert response.status_code == 200
    assert "“Cooking Tomatoes” cannot go to Lahore central." in response.content.decode()
    assert not Order.objects.exists()
    assert not SlotBooking.objects.exists()
    assert fresh["tomatoes"].stockrecords.get().num_allocated in (0, None)


# --- the leader's setting -----------------------------------------------------


def test_the_leader_sees_where_her_fresh_produce_can_go_and_sets_it(client, fresh, shop):
    from cooperatives.services import cooperative_leader_add

    from .factories import CategoryFactory, UserFactory

    leader = UserFactory(username="leader.rohi")
    cooperative_leader_add(cooperative=fresh["cooperative"], user=leader)
    client.force_login(leader)
    url = f"/manage/{fresh['cooperative'].slug}/products/{fresh['tomatoes'].pk}/"
    page = client.get(url).content.decode()
    assert "Where it can be sold" in page
    assert "For your cooperative, only locally means: " + WHERE_TOMATOES_GO in page
    assert "Types sold only locally unless you choose otherwise: Kitchen Garden." in page

    data = {
        "title_en": "Cooking Tomatoes",
        "product_class": fresh["type"].pk,
        "category": CategoryFactory(name_en="Vegetables").pk,
        "price": "300",
        "num_in_stock": "20",
        "local_only": "anywhere",
        "makers-TOTAL_FORMS": "0",
        "makers-INITIAL_FORMS": "0",
    }
    assert client.post(url, data).status_code == 302
    tomatoes = Product.objects.get(pk=fresh["tomatoes"].pk)
    assert tomatoes.local_only is False and not tomatoes.is_local_only
    assert 'value="anywhere" selected' in client.get(url).content.decode()

    client.post(url, {**data, "local_only": ""})
    tomatoes.refresh_from_db()
    assert tomatoes.local_only is None and tomatoes.is_local_only  # as its type says
