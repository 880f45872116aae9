"""SQL queries and time per page for the main storefront pages.

Run with `make bench` (it loads the demo data first). Prints, for each page,
the number of SQL queries on a cold cache and on a warm one, and the median
time of several warm requests, through Django's test client on this
machine's database (SQLite, or PostgreSQL when DATABASE_URL is set).
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from oscar.core.loading import get_model  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "20"))


def measure(client, path):
    cache.clear()
    # Count at once: captured_queries reads the connection's log, which the
    # next request outside the context empties.
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    cold = len(context.captured_queries)
    assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as context:
        client.get(path)
    warm = len(context.captured_queries)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - start) * 1000)
    return cold, warm, statistics.median(times)


def main():
    setup_test_environment()
    Product = get_model("catalogue", "Product")
    Category = get_model("catalogue", "Category")
    product = Product.objects.filter(stockrecords__num_in_stock__gt=0).order_by("pk").first()
    category = Category.get_root_nodes().first()
    if product is None or category is None:
        sys.exit("No products: run `manage.py load_demo` first (make bench does).")
    pages = [
        ("home", "/"),
        ("home (Urdu)", "/ur/"),
        ("catalogue", "/shop/catalogue/"),
        ("category", category.get_absolute_url()),
        ("search 'pickle'", "/shop/search/?q=pickle"),
        ("search 'اچار'", "/shop/search/?q=%D8%A7%DA%86%D8%A7%D8%B1"),
        ("search 'achar'", "/shop/search/?q=achar"),
        ("search 'pikle'", "/shop/search/?q=pikle"),
        ("search 'swatti'", "/shop/search/?q=swatti"),
        ("search + filters", "/shop/search/?q=dupatta&city=Haripur&price_max=5000&sort=price-low"),
        ("search, none found", "/shop/search/?q=pikel+shawl"),
        ("product detail", product.get_absolute_url()),
        ("story page", "/cooperatives/" + _first_story_slug() + "/"),
    ]
    client = Client()
    print(f"database: {connection.vendor}; products: {Product.objects.count()}; runs: {RUNS}")
    print(f"{'page':<20} {'queries (cold cache)':>21} {'queries (warm)':>15} {'median ms':>10}")
    for name, path in pages:
        cold, warm, ms = measure(client, path)
        print(f"{name:<20} {cold:>21} {warm:>15} {ms:>10.1f}")


def _first_story_slug():
    from content.models import CooperativeStoryPage

    story = CooperativeStoryPage.objects.live().filter(locale__language_code="en").first()
    return story.slug if story else ""


if __name__ == "__main__":
    main()
