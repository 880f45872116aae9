"""Listing pages cost a fixed number of SQL queries, however many products."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .factories import ProductFactory

pytestmark = pytest.mark.django_db


def _queries(client, path):
    client.get(path)  # warm the per-process caches (navigation, thumbnails)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/shop/catalogue/",
        "/shop/search/?q=pickle",
        "/shop/search/?q=pikle&city=Haripur&price_min=100&price_max=900&sort=price-low",
        # Nothing found: the page adds its suggestions.
        "/shop/search/?q=pikel+shawl",
    ],
)
def test_listing_queries_do_not_grow_with_products(client, site_pages, shop, path):
    before = _queries(client, path)
    cooperative = shop["cooperatives"]["haripur"]
    for n in range(12):
        ProductFactory(
            title_en=f"Pickle number {n}",
            cooperative=cooperative,
            categories=[shop["categories"]["pickles"]],
            image=n % 2 == 0,
        )
    after = _queries(client, path)
    assert after == before, f"{path}: {before} queries with 5 products, {after} with 17"


def test_search_queries_do_not_grow_with_words(client, site_pages, shop):
    one = _queries(client, "/shop/search/?q=pickle")
    assert _queries(client, "/shop/search/?q=pickle+mango+haripur+500") == one
    nothing = _queries(client, "/shop/search/?q=pikel")
    assert _queries(client, "/shop/search/?q=pikel+shawl+xyzzy+lemon") == nothing


def test_category_page_queries_do_not_grow_with_products(client, site_pages, shop):
    path = shop["categories"]["pickles"].get_absolute_url()
    before = _queries(client, path)
    for n in range(8):
        ProductFactory(
            title_en=f"Chutney {n}",
            cooperative=shop["cooperatives"]["haripur"],
            categories=[shop["categories"]["pickles"]],
        )
    assert _queries(client, path) == before


def test_product_page_is_a_bounded_number_of_queries(client, site_pages, shop):
    path = shop["products"]["shawl"].get_absolute_url()
    count = _queries(client, path)
    assert count <= 25, count
    assert reverse("catalogue:index")
