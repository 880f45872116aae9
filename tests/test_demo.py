"""`manage.py load_demo` loads a believable shop, and running it twice changes nothing."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import F as models_F
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")


def _snapshot():
    from wagtail.models import Page

    from cooperatives.models import Cooperative, Member

    return {
        "cooperatives": Cooperative.objects.count(),
        "members": Member.objects.count(),
        "products": Product.objects.count(),
        "stockrecords": StockRecord.objects.count(),
        "images": ProductImage.objects.count(),
        "makers": get_model("cooperatives", "ProductMaker").objects.count(),
        "food": get_model("catalogue", "FoodDetails").objects.count(),
        "slots": get_model("delivery", "Slot").objects.count(),
        "pages": Page.objects.count(),
        "users": get_user_model().objects.count(),
        "orders": get_model("order", "Order").objects.count(),
        "outbox": get_model("notifications", "OutboxMessage").objects.count(),
    }


@pytest.fixture
def fresh_wagtail(db):
    """Wagtail's pages as its migrations leave them: a root and a welcome page."""
    from wagtail.models import Locale, Page, Site

    from .conftest import ensure_wagtail_seed

    root = ensure_wagtail_seed()
    en = Locale.objects.get(language_code="en")
    for page in root.get_children():
        page.delete()
    root.refresh_from_db()
    welcome = root.add_child(instance=Page(title="Welcome", slug="home", locale=en))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)


def test_load_demo_twice(fresh_wagtail, client):
    from content.models import CooperativeStoryPage, HomePage, StandardPage
    from cooperatives.models import Cooperative

    first_output = StringIO()
    call_command("load_demo", stdout=first_output)
    output = first_output.getvalue()
    first = _snapshot()

    cooperatives = list(Cooperative.objects.all())
    assert len(cooperatives) >= 8
    assert {"Lahore", "Karachi", "Abbottabad", "Haripur"} <= {c.city for c in cooperatives}
    for cooperative in cooperatives:
        assert cooperative.members.count() >= 3, cooperative
        assert cooperative.partner.users.count() == 1, cooperative
        assert cooperative.name_ur

    assert first["products"] >= 120
    types = set(Product.objects.values_list("product_class__slug", flat=True))
    assert types == {
        "pickles-preserves",
        "snacks",
        "face-masks",
        "recycled-goods",
        "textiles",
        "kitchen-garden",
    }
    assert not Product.objects.filter(title_ur__isnull=True).exists()
    assert not Product.objects.filter(title_ur="").exists()
    assert first["stockrecords"] == first["products"] == first["images"]
    assert not StockRecord.objects.filter(price__lte=0).exists()

    # Pages in both languages: home, about, delivery, FAQ, a story per cooperative.
    for language in ("en", "ur"):
        assert HomePage.objects.live().filter(locale__language_code=language).count() == 1
        assert StandardPage.objects.live().filter(locale__language_code=language).count() == 3
        stories = CooperativeStoryPage.objects.live().filter(locale__language_code=language)
        assert stories.count() == len(cooperatives)

    # Makers are attributed, food carries its details.
    from cooperatives.models import ProductMaker

    FoodDetails = get_model("catalogue", "FoodDetails")
    assert ProductMaker.objects.values("product").distinct().count() == first["products"]
    food_products = Product.objects.filter(product_class__is_food=True)
    assert food_products.count() >= 60
    assert FoodDetails.objects.count() == food_products.count()
    assert not FoodDetails.objects.filter(ingredients_en="").exists()
    for maker in ProductMaker.objects.select_related("member", "product")[:50]:
        stockrecord = maker.product.stockrecords.get()
        assert maker.member.cooperative.partner_id == stockrecord.partner_id

    # Delivery: zones with areas, Sunday markets, slots for the coming days.
    from delivery.models import DeliveryZone, PickupPoint, Slot

    assert DeliveryZone.objects.count() >= 3
    assert all(zone.areas.exists() for zone in DeliveryZone.objects.all())
    assert PickupPoint.objects.count() >= 2
    assert Slot.objects.filter(zone__isnull=False).count() >= 12 * 6 * 3
    assert Slot.objects.filter(pickup_point__isnull=False).exists()

    users = get_user_model().objects
    assert users.filter(username="customer", is_staff=False).exists()
    assert users.filter(is_staff=True).count() >= 2
    assert users.get(username="rider.lahore").has_perm("delivery.view_run_sheet")
    assert "hunar-demo-2026" in output and "leader" in output

    # Orders at every stage, placed and moved through the services.
    _check_demo_orders()

    again = StringIO()
    call_command("load_demo", stdout=again)
    assert _snapshot() == first
    assert f"{first['products']}/{first['products']} products (0 new)" in again.getvalue()

    # The demo site answers: home, a story with its products, a product, Urdu.
    home = client.get("/")
    assert home.status_code == 200
    story = CooperativeStoryPage.objects.live().filter(locale__language_code="en").first()
    response = client.get(story.url)
    assert response.status_code == 200
    assert len(response.context["products"]) > 0
    assert client.get("/ur/").status_code == 200
    assert client.get("/ur/faq/").status_code == 200
    _check_delivery_promises(client)


def _check_delivery_promises(client):
    """The delivery page shows the demo's delivery data and promises nothing
    else; its fresh produce can go only to its own cooperative's places."""
    from delivery.models import DeliveryZone, PickupPoint
    from delivery.reach import delivery_network, product_destinations

    for path in ("/delivery/", "/ur/delivery/"):
        html = client.get(path).content.decode()
        for zone in DeliveryZone.objects.filter(is_active=True):
            assert f"Rs\xa0{zone.fee:,.0f}<" in html, (path, zone)
        for point in PickupPoint.objects.filter(is_active=True):
            assert f"{point.opens:%H:%M}–{point.closes:%H:%M}" in html, (path, point)
    english = client.get("/delivery/").content.decode().lower()
    for promise in ("courier", "eleven", "morning", "evening", "debit or credit card at checkout"):
        assert promise not in english
    assert "card payment is not offered at present" in english

    network = delivery_network()
    fresh = Product.objects.filter(product_class__slug="kitchen-garden", is_public=True)
    assert fresh.count() >= 15 and all(product.is_local_only for product in fresh)
    for product in fresh:
        assert not product_destinations(product, network=network).is_nowhere, product
    tomatoes = fresh.get(
        stockrecords__partner__cooperative__slug="rohi-sabz-bahawalpur", upc="HB-10126"
    )
    reach = product_destinations(tomatoes, network=network)
    assert reach.zones == {DeliveryZone.objects.get(slug="bahawalpur").pk}
    assert reach.points == {PickupPoint.objects.get(slug="bahawalpur-sunday-bazaar").pk}


def _check_demo_orders():
    from delivery.cash import rider_cash_held_paisa
    from delivery.models import CashCollection, SlotBooking
    from notifications.models import OutboxMessage
    from orders.cancellation import order_amount_due_paisa
    from orders.models import LineCancellation
    from payments.models import Payment

    Order = get_model("order", "Order")
    StockRecord = get_model("partner", "StockRecord")
    orders = Order.objects.order_by("number")
    assert orders.count() == 6
    assert [o.status for o in orders] == [
        "Placed",
        "Ready",
        "On its way",
        "Delivered",
        "Being prepared",  # one line cancelled, the rest being prepared
        "Being prepared",  # the market pickup, accepted
    ]
    # Every order: one part per cooperative, a booked slot, cash to collect.
    for order in orders:
        partners = set(order.lines.values_list("partner_id", flat=True))
        assert set(order.parts.values_list("partner_id", flat=True)) == partners
        assert SlotBooking.objects.filter(order=order, released_at__isnull=True).count() == 1
        assert Payment.objects.get(order=order).method == Payment.Method.CASH
    # The rider collected one in full and holds that cash.
    collected = CashCollection.objects.get()
    assert collected.amount_collected_paisa == collected.amount_due_paisa > 0
    assert order_amount_due_paisa(collected.order) == 0
    rider = get_user_model().objects.get(username="rider.lahore")
    assert rider_cash_held_paisa(rider) == collected.amount_collected_paisa
    cancelled = LineCancellation.objects.get()
    assert order_amount_due_paisa(cancelled.line.order) == (
        int(cancelled.line.order.total_incl_tax * 100) - cancelled.amount_paisa
    )
    # Stock: held for undelivered orders only; never below zero.
    assert not StockRecord.objects.filter(num_allocated__gt=models_F("num_in_stock")).exists()
    # Their mails are history: none waits to be sent.
    assert OutboxMessage.objects.exists()
    assert not OutboxMessage.objects.exclude(status=OutboxMessage.Status.SENT).exists()
