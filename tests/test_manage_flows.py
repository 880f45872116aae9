"""A leader runs her cooperative's shop: listings, stock, CSV, photos, food."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from oscar.core.loading import get_model

from .factories import jpeg_bytes

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductImage = get_model("catalogue", "ProductImage")
FoodDetails = get_model("catalogue", "FoodDetails")
StockRecord = get_model("partner", "StockRecord")
StockChange = get_model("partner", "StockChange")
OutboxMessage = get_model("notifications", "OutboxMessage")


def _product_data(product_class, category, **overrides):
    data = {
        "title_en": "Lime Pickle",
        "title_ur": "لیموں کا اچار",
        "description_en": "Sour and hot.",
        "product_class": product_class.pk,
        "category": category.pk,
        "price": "550",
        "num_in_stock": "12",
        "low_stock_threshold": "",
        "ingredients_en": "Lime, mustard oil, salt, chilli",
        "ingredients_ur": "لیموں، سرسوں کا تیل، نمک، مرچ",
        "allergens_en": "mustard",
        "best_before": (timezone.localdate() + timedelta(days=90)).isoformat(),
        "batch": "B-17",
        "makers-TOTAL_FORMS": "0",
        "makers-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


@pytest.fixture
def food_type(shop):
    product_class = shop["products"]["mango"].product_class
    ProductClass.objects.filter(pk=product_class.pk).update(is_food=True)
    product_class.refresh_from_db()
    return product_class


@pytest.fixture
def leader_a(client, coops):
    client.force_login(coops["leader_a"])
    return coops["leader_a"]


class TestListings:
    def test_leader_lists_a_food_product_with_makers_and_it_sells_in_the_shop(
        self, client, site_pages, coops, shop, food_type, leader_a
    ):
        from .factories import MemberFactory

        shy = MemberFactory(cooperative=coops["a"], name="Rukhsana Bibi", consents_to_story=False)
        data = _product_data(
            food_type,
            shop["categories"]["pickles"],
            **{
                "makers-TOTAL_FORMS": "2",
                "makers-0-member": coops["member_a"].pk,
                "makers-0-weight": "3",
                "makers-1-member": shy.pk,
                "makers-1-weight": "1",
            },
        )
        response = client.post(f"/manage/{coops['a'].slug}/products/new/", data)
        assert response.status_code == 302, response.content.decode()[:3000]
        product = Product.objects.get(title_en="Lime Pickle")
        assert product.title_ur == "لیموں کا اچار"
        stockrecord = product.stockrecords.get()
        assert stockrecord.partner == coops["a"].partner
        assert (stockrecord.price, stockrecord.num_in_stock) == (Decimal("550"), 12)
        assert product.food_details.batch == "B-17"
        assert {(m.member.name, m.weight) for m in product.makers.all()} == {
            ("Amina Bibi", 3),
            ("Rukhsana Bibi", 1),
        }
        page = client.get(product.get_absolute_url()).content.decode()
        assert "Made by Amina" in page
        assert "Rukhsana" not in page, "a maker who did not consent is never named"
        assert "Lime, mustard oil, salt, chilli" in page and "mustard" in page
        # The listing was recorded as a stock change.
        assert StockChange.objects.get(stockrecord=stockrecord).reason == "listing"

    def test_food_needs_ingredients_and_a_best_before(
        self, client, site_pages, coops, shop, food_type, leader_a
    ):
        data = _product_data(
            food_type, shop["categories"]["pickles"], ingredients_en="", best_before=""
        )
        response = client.post(f"/manage/{coops['a'].slug}/products/new/", data)
        assert response.status_code == 400
        html = response.content.decode()
        assert "Food must list its ingredients." in html
        assert "Give a best-before date" in html
        assert not Product.objects.filter(title_en="Lime Pickle").exists()

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("num_in_stock", "-3", "greater than or equal to 0"),
            ("num_in_stock", "2.5", "Enter a whole number"),
            ("price", "0", "greater than or equal to 1"),
            ("price", "abc", "Enter a number"),
        ],
    )
    def test_bad_numbers_get_a_clear_message_and_change_nothing(
        self, client, site_pages, coops, shop, leader_a, field, value, message
    ):
        product = coops["product_a"]
        stockrecord = product.stockrecords.get()
        data = _product_data(
            product.product_class,
            shop["categories"]["shawls"],
            title_en="Changed title",
            **{field: value},
        )
        response = client.post(f"/manage/{coops['a'].slug}/products/{product.pk}/", data)
        assert response.status_code == 400
        assert message in response.content.decode()
        product.refresh_from_db()
        stockrecord.refresh_from_db()
        assert product.title_en == "Phulkari Shawl"
        assert (stockrecord.num_in_stock, stockrecord.price) == (3, Decimal("4500.00"))

    def test_urdu_digits_in_stock_are_read_as_numbers(self, client, site_pages, coops, leader_a):
        product = coops["product_a"]
        client.post(
            f"/manage/{coops['a'].slug}/products/{product.pk}/stock/", {"num_in_stock": "۱۵"}
        )
        assert product.stockrecords.get().num_in_stock == 15

    def test_deactivated_product_leaves_the_shop_and_comes_back(
        self, client, site_pages, coops, leader_a
    ):
        product = coops["product_a"]
        url = f"/manage/{coops['a'].slug}/products/{product.pk}/active/"
        client.post(url, {"active": "0"})
        client.logout()
        assert client.get(product.get_absolute_url()).status_code == 404
        assert "Phulkari" not in client.get("/shop/catalogue/").content.decode()
        client.force_login(coops["leader_a"])
        client.post(url, {"active": "1"})
        client.logout()
        assert client.get(product.get_absolute_url()).status_code == 200


class TestStockLog:
    def test_every_change_is_recorded_and_shown_to_the_leader(
        self, client, site_pages, coops, leader_a
    ):
        product = coops["product_a"]
        client.post(
            f"/manage/{coops['a'].slug}/products/{product.pk}/stock/",
            {"num_in_stock": "7", "note": "counted the shelf"},
        )
        change = StockChange.objects.filter(reason="manual").get()
        assert (change.in_stock_before, change.in_stock_after) == (3, 7)
        assert change.changed_by == coops["leader_a"]
        history = client.get(f"/manage/{coops['a'].slug}/stock/").content.decode()
        assert "3 → 7" in history and "counted the shelf" in history
        # Another cooperative's changes are not in this history.
        assert "Mango" not in history

    def test_orders_and_cancellations_are_recorded(self, coops):
        stockrecord = coops["product_b"].stockrecords.get()
        # The fixture's order allocated 2 mango pickles.
        order_change = StockChange.objects.get(stockrecord=stockrecord, reason="order")
        assert (order_change.free_before, order_change.free_after) == (20, 18)
        stockrecord.cancel_allocation(2)
        cancel = StockChange.objects.get(stockrecord=stockrecord, reason="cancellation")
        assert (cancel.free_before, cancel.free_after) == (18, 20)


class TestLowStockMail:
    def test_one_mail_per_fall_to_the_threshold(
        self, client, site_pages, coops, leader_a, django_capture_on_commit_callbacks
    ):
        from cooperatives.listings import listing_stock_set

        product = coops["product_b"]
        stockrecord = product.stockrecords.get()
        StockRecord.objects.filter(pk=stockrecord.pk).update(low_stock_threshold=5)
        cooperative = coops["b"]
        user = coops["leader_b"]

        def set_stock(quantity):
            # Delivery is handed to Celery (eager here) when the change commits.
            with django_capture_on_commit_callbacks(execute=True):
                listing_stock_set(
                    cooperative=cooperative, product_id=product.pk, quantity=quantity, user=user
                )

        mail.outbox.clear()
        set_stock(10)  # free 8: above
        assert mail.outbox == []
        set_stock(7)  # free 5: falls to the threshold
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["leader.b@example.org"]
        assert "Low stock" in mail.outbox[0].subject
        set_stock(6)  # free 4: still low, already told
        set_stock(4)
        assert len(mail.outbox) == 1
        set_stock(12)  # free 10: back above
        set_stock(3)  # free 1: a new fall
        assert len(mail.outbox) == 2
        assert OutboxMessage.objects.filter(status="sent").count() == 2

    def test_the_notice_is_written_in_the_changes_transaction(self, coops):
        from django.db import transaction

        from partner.stock import stock_set

        stockrecord = coops["product_b"].stockrecords.get()
        StockRecord.objects.filter(pk=stockrecord.pk).update(low_stock_threshold=5)
        stockrecord.refresh_from_db()
        mail.outbox.clear()
        with pytest.raises(RuntimeError), transaction.atomic():
            stock_set(stockrecord=stockrecord, quantity=3, reason="manual")
            raise RuntimeError("the change is rolled back")
        assert not OutboxMessage.objects.exists()
        assert mail.outbox == []
        stockrecord.refresh_from_db()
        assert (stockrecord.num_in_stock, stockrecord.low_stock_notified) == (20, False)


class TestCsv:
    def url(self, coops):
        return f"/manage/{coops['a'].slug}/stock/import/"

    def sku(self, product):
        return product.stockrecords.get().partner_sku

    def test_good_file_applies_every_row_atomically(
        self, client, site_pages, coops, shop, leader_a
    ):
        shawl, cushion = shop["products"]["shawl"], shop["products"]["cushion"]
        body = (
            "\ufeffsku,title,quantity,price\r\n"
            f"{self.sku(shawl)},Phulkari Shawl,۲۵,4800\r\n"
            f"{self.sku(cushion)},Cushion,0,\r\n"
        ).encode()
        response = client.post(
            self.url(coops), {"file": SimpleUploadedFile("stock.csv", body, "text/csv")}
        )
        assert response.status_code == 302
        shawl_stock, cushion_stock = shawl.stockrecords.get(), cushion.stockrecords.get()
        assert (shawl_stock.num_in_stock, shawl_stock.price) == (25, Decimal("4800.00"))
        assert (cushion_stock.num_in_stock, cushion_stock.price) == (0, Decimal("1200.00"))
        assert StockChange.objects.filter(reason="csv").count() == 2

    def test_a_bad_file_changes_nothing_and_lists_every_bad_row(
        self, client, site_pages, coops, shop, leader_a
    ):
        shawl = shop["products"]["shawl"]
        other = self.sku(shop["products"]["mango"])  # Haripur's, not Anarkali's
        body = (
            "sku,quantity\n"
            f"{self.sku(shawl)},30\n"
            f"{other},5\n"
            f"{self.sku(shop['products']['cushion'])},-1\n"
        ).encode()
        response = client.post(
            self.url(coops), {"file": SimpleUploadedFile("stock.csv", body, "text/csv")}
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "Nothing was changed" in html
        assert "is not one of your cooperative" in html
        assert "<td>3</td>" in html and "<td>4</td>" in html
        assert shawl.stockrecords.get().num_in_stock == 3
        assert not StockChange.objects.filter(reason="csv").exists()

    def test_a_new_listing_shows_one_code_on_its_pages_and_in_the_csv(
        self, client, site_pages, coops, shop, food_type, leader_a
    ):
        slug = coops["a"].slug
        data = _product_data(food_type, shop["categories"]["pickles"])
        assert client.post(f"/manage/{slug}/products/new/", data).status_code == 302
        product = Product.objects.get(title_en="Lime Pickle")
        code = product.upc
        assert code.startswith("HB-")
        edit = client.get(f"/manage/{slug}/products/{product.pk}/").content.decode()
        assert f"Code: {code}" in edit
        assert code in client.get(product.get_absolute_url()).content.decode()
        export = client.get(f"/manage/{slug}/stock/export.csv").content.decode()
        assert f"\r\n{code},Lime Pickle," in export

    def test_a_file_with_the_codes_the_csv_used_to_export_still_uploads(
        self, client, site_pages, coops, shop, leader_a
    ):
        shawl = shop["products"]["shawl"]
        old_code = f"{coops['a'].pk}-{shawl.pk}"
        body = f"sku,quantity\n{old_code},9\n".encode()
        response = client.post(
            self.url(coops), {"file": SimpleUploadedFile("stock.csv", body, "text/csv")}
        )
        assert response.status_code == 302
        assert shawl.stockrecords.get().num_in_stock == 9
        body = f"sku,quantity\n{self.sku(shawl)},4\n{old_code},5\n".encode()
        response = client.post(
            self.url(coops), {"file": SimpleUploadedFile("stock.csv", body, "text/csv")}
        )
        assert "already on line 2" in response.content.decode()
        assert shawl.stockrecords.get().num_in_stock == 9

    def test_the_code_of_a_listing_made_before_becomes_its_stock_code(self, coops, shop):
        from importlib import import_module

        from django.apps import apps

        migration = import_module("cooperatives.migrations.0005_one_product_code")
        shawl, cushion = shop["products"]["shawl"], shop["products"]["cushion"]
        StockRecord.objects.filter(product=shawl).update(partner_sku=f"{coops['a'].pk}-{shawl.pk}")
        Product.objects.filter(pk=cushion.pk).update(upc=None)
        migration.one_product_code(apps, None)
        shawl.refresh_from_db()
        cushion.refresh_from_db()
        assert shawl.stockrecords.get().partner_sku == shawl.upc
        assert cushion.upc == f"HB-{coops['a'].pk:03d}-{cushion.pk:05d}"
        assert cushion.stockrecords.get().partner_sku == cushion.upc

    def test_export_neutralises_formulas(self, client, site_pages, coops, leader_a):
        product = coops["product_a"]
        Product.objects.filter(pk=product.pk).update(title_en='=HYPERLINK("http://x")')
        response = client.get(f"/manage/{coops['a'].slug}/stock/export.csv")
        assert response.status_code == 200
        text = response.content.decode()
        assert "'=HYPERLINK" in text
        assert "Mango" not in text


class TestPhotos:
    def url(self, coops):
        return f"/manage/{coops['a'].slug}/products/{coops['product_a'].pk}/photos/"

    def test_a_photo_is_stored_and_shown(self, client, site_pages, coops, leader_a):
        before = ProductImage.objects.filter(product=coops["product_a"]).count()
        upload = SimpleUploadedFile("shawl.jpg", jpeg_bytes((1200, 900)), "image/jpeg")
        response = client.post(self.url(coops), {"photo": upload}, follow=True)
        assert "Photo added." in response.content.decode()
        assert ProductImage.objects.filter(product=coops["product_a"]).count() == before + 1

    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            ("virus.jpg", b"MZ\x90\x00 this is not a picture", "not a photo we can use"),
            ("empty.png", b"", "empty"),
        ],
    )
    def test_a_bad_file_gets_a_clear_message_and_nothing_is_stored(
        self, client, site_pages, coops, leader_a, name, content, message
    ):
        before = ProductImage.objects.count()
        response = client.post(
            self.url(coops),
            {"photo": SimpleUploadedFile(name, content, "image/jpeg")},
            follow=True,
        )
        assert response.status_code == 200
        assert message in response.content.decode().lower() or message in response.content.decode()
        assert ProductImage.objects.count() == before


class TestExpiredFood:
    @pytest.fixture
    def expired(self, shop, food_type):
        product = shop["products"]["mango"]
        FoodDetails.objects.create(
            product=product,
            ingredients_en="Mango, oil",
            made_on=timezone.localdate() - timedelta(days=200),
            best_before=timezone.localdate() - timedelta(days=1),
        )
        return product

    def test_expired_food_shows_unavailable_and_cannot_be_bought(self, client, site_pages, expired):
        page = client.get(expired.get_absolute_url()).content.decode()
        assert "past its best-before date" in page
        assert 'id="add_to_basket_form"' not in page
        client.post(f"/shop/basket/add/{expired.pk}/", {"quantity": 1})
        assert client.get("/shop/basket/").context["basket"].num_items == 0
        assert "Mango Pickle" not in client.get("/").content.decode()

    def test_food_is_sold_on_its_best_before_day(self, client, site_pages, shop, food_type):
        product = shop["products"]["lemon"]
        FoodDetails.objects.create(
            product=product, ingredients_en="Lemon", best_before=timezone.localdate()
        )
        client.post(f"/shop/basket/add/{product.pk}/", {"quantity": 1})
        assert client.get("/shop/basket/").context["basket"].num_items == 1

    def test_shelf_life_counts_from_the_made_on_date(self, shop, food_type):
        details = FoodDetails.objects.create(
            product=shop["products"]["lemon"],
            ingredients_en="Lemon",
            made_on=timezone.localdate() - timedelta(days=31),
            shelf_life_days=30,
        )
        assert details.expires_on == timezone.localdate() - timedelta(days=1)
        assert details.is_expired(timezone.localdate())
