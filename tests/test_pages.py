"""The storefront and content pages a customer walks through."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_home_features_live_products_and_cooperatives(client, site_pages, shop):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr"' in html
    assert "Phulkari Shawl" in html
    assert "Mango Pickle 500 g" in html
    # Sold out products are not featured on the home page.
    assert "Garlic Pickle" not in html
    assert "Anarkali Stitchers" in html and "Haripur Pickle Makers" in html
    # The shared header: search, basket, language switcher, menu pages.
    assert 'action="/shop/search/"' in html
    assert 'href="/shop/basket/"' in html
    assert 'hreflang="ur"' in html
    assert ">About us</a>" in html


def test_urdu_home_is_right_to_left_and_in_urdu(client, site_pages, shop):
    response = client.get("/ur/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ur" dir="rtl"' in html
    assert "خواتین کی کوآپریٹوز کی بنائی ہوئی چیزیں" in html
    assert "پھلکاری شال" in html
    assert "انارکلی سلائی گروپ" in html


def test_catalogue_lists_every_public_product_of_active_cooperatives(client, site_pages, shop):
    from cooperatives.models import Cooperative

    shop["cooperatives"]["lahore"].status = Cooperative.Status.PAUSED
    shop["cooperatives"]["lahore"].save()
    response = client.get(reverse("catalogue:index"))
    assert response.status_code == 200
    titles = [p.title for p in response.context["products"]]
    assert sorted(titles) == sorted(["Mango Pickle 500 g", "Lemon Pickle", "Garlic Pickle"]), (
        "a paused cooperative's products are not listed"
    )
    assert "Sold out" in response.content.decode()


def test_category_page_includes_subcategories(client, site_pages, shop):
    textiles = shop["categories"]["textiles"]
    response = client.get(textiles.get_absolute_url())
    assert response.status_code == 200
    titles = {p.title for p in response.context["products"]}
    assert titles == {"Phulkari Shawl", "Block-printed Cushion Cover"}


def test_category_url_with_old_slug_redirects(client, site_pages, shop):
    textiles = shop["categories"]["textiles"]
    response = client.get(f"/shop/catalogue/category/old-name_{textiles.pk}/")
    assert response.status_code == 301
    assert response["Location"] == textiles.get_absolute_url()


def test_product_page_shows_price_cooperative_and_add_form(client, site_pages, shop):
    product = shop["products"]["shawl"]
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Phulkari Shawl" in html
    assert "Rs\xa04,500" in html
    assert "Anarkali Stitchers" in html
    assert f'action="/shop/basket/add/{product.pk}/"' in html
    assert 'srcset="' in html


def test_product_page_in_urdu_uses_urdu_title(client, site_pages, shop):
    product = shop["products"]["mango"]
    response = client.get("/ur" + product.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "آم کا اچار ۵۰۰ گرام" in html
    assert 'dir="rtl"' in html


@pytest.mark.parametrize(
    "path",
    [
        "/shop/catalogue/no-such-thing_999999/",
        "/shop/catalogue/category/nothing_999999/",
        "/no-such-page/",
        "/ur/no-such-page/",
    ],
)
def test_unknown_product_category_or_page_is_404_not_500(client, site_pages, shop, path):
    response = client.get(path)
    assert response.status_code == 404
    urdu = path.startswith("/ur/")
    message = "ہمیں یہ صفحہ نہیں مل سکا" if urdu else "We could not find that page"
    assert message in response.content.decode()


def test_a_photo_whose_file_is_gone_shows_a_placeholder_not_an_error(client, site_pages, shop):
    """Media storage can lose a file (a restore, a moved bucket); the shop,
    the catalogue and the leader's product page still open."""
    shawl = shop["products"]["shawl"]
    image = shawl.images.get()
    image.original.storage.delete(image.original.name)
    for url in (shawl.get_absolute_url(), reverse("catalogue:index")):
        response = client.get(url)
        assert response.status_code == 200
        assert "picture-missing" in response.content.decode()


def test_add_to_basket_shows_in_basket_total(client, site_pages, shop):
    product = shop["products"]["mango"]
    response = client.post(
        reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 2}, follow=True
    )
    assert response.status_code == 200
    basket = client.get(reverse("basket:summary"))
    assert basket.context["basket"].num_items == 2
    html = basket.content.decode()
    assert "Rs\xa01,300" in html
    assert '<span class="basket-count" data-testid="basket-count">2</span>' in html


def test_add_to_basket_refuses_more_than_stock(client, site_pages, shop):
    product = shop["products"]["shawl"]  # 3 in stock
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 5}, follow=True)
    basket = client.get(reverse("basket:summary"))
    assert basket.context["basket"].num_items == 0


def test_wagtail_page_renders_in_shared_base(client, site_pages):
    response = client.get("/about/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>About us</h1>" in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html


def test_language_switcher_links_to_same_shop_page_in_urdu(client, site_pages, shop):
    response = client.get(reverse("catalogue:index"))
    assert 'href="/ur/shop/catalogue/"' in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/shop/accounts/",
        "/shop/accounts/orders/",
        "/shop/accounts/addresses/",
        "/shop/accounts/profile/",
        "/ur/shop/accounts/orders/",
    ],
)
def test_customer_account_pages_render_in_the_shared_layout(client, site_pages, path):
    from .factories import UserFactory

    UserFactory(username="sana", email="sana@example.org")
    assert client.login(username="sana", password="correct horse battery")
    response = client.get(path, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="site-header"' in html and 'class="site-footer"' in html


def test_sign_in_and_register_page_renders(client, site_pages):
    response = client.get(reverse("customer:login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="login-username"' in html and 'name="registration-email"' in html


def test_product_page_links_to_the_cooperatives_story_and_names_consenting_makers(
    client, site_pages, coops
):
    from content.models import CooperativeIndexPage, CooperativeStoryPage
    from cooperatives.models import ProductMaker

    from .factories import MemberFactory

    index = CooperativeIndexPage(title="Our cooperatives", slug="cooperatives")
    site_pages["home"].add_child(instance=index)
    story = CooperativeStoryPage(
        title="Anarkali Stitchers", slug="anarkali", cooperative=coops["a"], intro="How we began."
    )
    index.add_child(instance=story)
    story.save_revision().publish()
    product = coops["product_a"]
    private = MemberFactory(cooperative=coops["a"], name="Zainab Noor", consents_to_story=False)
    ProductMaker.objects.create(product=product, member=coops["member_a"], weight=2)
    ProductMaker.objects.create(product=product, member=private, weight=1)

    html = client.get(product.get_absolute_url()).content.decode()
    assert 'href="/cooperatives/anarkali/"' in html
    assert "Made by Amina" in html
    assert "Zainab" not in html and "Bibi" not in html  # first names only, consent only
