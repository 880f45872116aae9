"""Shared fixtures (settings for the suite: tests/settings.py)."""

import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    """Tests that need a service this machine lacks are reported as skipped,
    with the reason; CI provides every service, so there they all run."""
    from django.conf import settings

    reasons = {}
    if not settings.CELERY_BROKER_URL:
        reasons["worker"] = "needs a broker: set REDIS_URL (CI runs these on Redis)"
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        reasons["postgres"] = "needs PostgreSQL: set DATABASE_URL (CI runs these)"
    if not Path(CHROMIUM).exists():
        reasons["browser"] = f"needs Chromium at {CHROMIUM} (apt-get install chromium)"
    # CI names the services it provides; a missing one is then an error, not a skip.
    required = {m for m in os.environ.get("TEST_REQUIRE_SERVICES", "").split(",") if m}
    if missing := sorted(required & reasons.keys()):
        raise pytest.UsageError(f"required test services are missing: {missing}: {reasons}")
    for item in items:
        for marker, reason in reasons.items():
            if item.get_closest_marker(marker):
                item.add_marker(pytest.mark.skip(reason=reason))


def ensure_wagtail_seed():
    """What Wagtail's migrations create and a transactional test's flush
    removes: the root page, the root collection and the English locale."""
    from wagtail.models import Collection, Locale, Page

    en, _ = Locale.objects.get_or_create(language_code="en")
    Locale.objects.get_or_create(language_code="ur")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=en)
    return root


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # The test database is reused between runs, and may have been emptied
    # by the last run's transactional tests.
    with django_db_blocker.unblock():
        ensure_wagtail_seed()


@pytest.fixture(scope="session", autouse=True)
def _media_root():
    from django.conf import settings

    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def _english_by_default():
    """A request to /ur/ leaves Urdu active in the thread; start each test in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _celery_in_process(request):
    """Tasks run in the test's process, whatever broker is configured; only
    tests marked ``worker`` send them to a real worker through the broker."""
    from marketplace.celery import app

    if request.node.get_closest_marker("worker"):
        yield
        return
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_pages(db):
    """Wagtail's page tree with a home page in English and Urdu.

    Built here rather than taken from Wagtail's migrations: transactional
    tests empty every table, and the test database is reused across runs.
    """
    from wagtail.models import Locale, Site

    from content.models import HomePage, StandardPage

    root = ensure_wagtail_seed()
    en = Locale.objects.get(language_code="en")
    ur = Locale.objects.get(language_code="ur")
    for page in root.get_children():
        page.delete()
    root.refresh_from_db()
    home = HomePage(title="Home", slug="home", locale=en, hero_title="Made by women's cooperatives")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    home_ur = home.copy_for_translation(ur).specific
    home_ur.title = "ہوم"
    home_ur.hero_title = "خواتین کی کوآپریٹوز کی بنائی ہوئی چیزیں"
    home_ur.save()
    home_ur.save_revision().publish()
    about = StandardPage(title="About us", slug="about", intro="Who we are.", show_in_menus=True)
    home.add_child(instance=about)
    about.save_revision().publish()
    return {"home": home, "home_ur": home_ur, "about": about}


@pytest.fixture
def shop(db):
    """A small catalogue: two cooperatives, a category tree, five products."""
    from .factories import CategoryFactory, CooperativeFactory, ProductClassFactory, ProductFactory

    pickles_type = ProductClassFactory(slug="pickles", name_en="Pickles", name_ur="اچار")
    textiles_type = ProductClassFactory(slug="textiles", name_en="Textiles", name_ur="کپڑے")
    lahore = CooperativeFactory(
        partner__name="Anarkali Stitchers",
        name_en="Anarkali Stitchers",
        name_ur="انارکلی سلائی گروپ",
        slug="anarkali",
        city="Lahore",
        district="Lahore",
    )
    haripur = CooperativeFactory(
        partner__name="Haripur Pickle Makers",
        name_en="Haripur Pickle Makers",
        name_ur="ہری پور اچار ساز",
        slug="haripur-pickles",
        city="Haripur",
        district="Haripur",
    )
    textiles = CategoryFactory(
        name_en="Handmade textiles", name_ur="ہاتھ سے بنے کپڑے", slug="textiles"
    )
    shawls = CategoryFactory(
        parent=textiles, name_en="Embroidered shawls", name_ur="کڑھائی والی شالیں", slug="shawls"
    )
    pickles = CategoryFactory(
        name_en="Pickles and preserves", name_ur="اچار اور مربے", slug="pickles"
    )
    products = {
        "shawl": ProductFactory(
            title_en="Phulkari Shawl",
            title_ur="پھلکاری شال",
            product_class=textiles_type,
            cooperative=lahore,
            price=Decimal("4500.00"),
            stock=3,
            categories=[shawls],
            image=True,
        ),
        "cushion": ProductFactory(
            title_en="Block-printed Cushion Cover",
            title_ur="ٹھپے والا کشن کور",
            product_class=textiles_type,
            cooperative=lahore,
            price=Decimal("1200.00"),
            categories=[textiles],
        ),
        "mango": ProductFactory(
            title_en="Mango Pickle 500 g",
            title_ur="آم کا اچار ۵۰۰ گرام",
            product_class=pickles_type,
            cooperative=haripur,
            price=Decimal("650.00"),
            stock=20,
            categories=[pickles],
            image=True,
        ),
        "lemon": ProductFactory(
            title_en="Lemon Pickle",
            title_ur="لیموں کا اچار",
            product_class=pickles_type,
            cooperative=haripur,
            price=Decimal("480.00"),
            categories=[pickles],
        ),
        "sold_out": ProductFactory(
            title_en="Garlic Pickle",
            title_ur="لہسن کا اچار",
            product_class=pickles_type,
            cooperative=haripur,
            price=Decimal("520.00"),
            stock=0,
            categories=[pickles],
        ),
    }
    return {
        "cooperatives": {"lahore": lahore, "haripur": haripur},
        "categories": {"textiles": textiles, "shawls": shawls, "pickles": pickles},
        "products": products,
    }


@pytest.fixture
def staff_user(db):
    from .factories import UserFactory

    return UserFactory(username="staff", is_staff=True, is_superuser=True)


@pytest.fixture
def coops(shop):
    """The shop's two cooperatives with a leader, a member each, and one
    order holding lines of both (A = Anarkali, Lahore; B = Haripur)."""
    from oscar.apps.partner.strategy import Selector
    from oscar.core.loading import get_model
    from oscar.test.factories import create_order

    from cooperatives.services import cooperative_leader_add

    from .factories import MemberFactory, UserFactory

    a, b = shop["cooperatives"]["lahore"], shop["cooperatives"]["haripur"]
    leader_a = UserFactory(username="leader.a", email="leader.a@example.org")
    leader_b = UserFactory(username="leader.b", email="leader.b@example.org")
    cooperative_leader_add(cooperative=a, user=leader_a)
    cooperative_leader_add(cooperative=b, user=leader_b)
    member_a = MemberFactory(cooperative=a, name="Amina Bibi", consents_to_story=True)
    member_b = MemberFactory(cooperative=b, name="Bushra Khatoon", consents_to_story=True)

    Basket = get_model("basket", "Basket")
    ShippingAddress = get_model("order", "ShippingAddress")
    Country = get_model("address", "Country")
    from catalogue.setup import shipping_country_ensure

    shipping_country_ensure()
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    basket.add_product(shop["products"]["shawl"], 1)
    basket.add_product(shop["products"]["mango"], 2)
    address = ShippingAddress.objects.create(
        first_name="Sana",
        last_name="Iqbal",
        line1="House 12, Street 4, Gulberg III",
        line4="Lahore",
        postcode="54660",
        country=Country.objects.get(iso_3166_1_a2="PK"),
        phone_number="+923001234567",
    )
    order = create_order(basket=basket, shipping_address=address, guest_email="sana@example.org")
    return {
        "a": a,
        "b": b,
        "leader_a": leader_a,
        "leader_b": leader_b,
        "member_a": member_a,
        "member_b": member_b,
        "product_a": shop["products"]["shawl"],
        "product_b": shop["products"]["mango"],
        "order": order,
    }


@pytest.fixture
def zone(db):
    """Lahore's delivery zone (Gulberg, Model Town) with slots of 2 places."""
    from catalogue.setup import shipping_country_ensure

    from .factories import delivery_zone_with_slots

    shipping_country_ensure()
    zone, _template = delivery_zone_with_slots(capacity=2)
    return zone


# --- Stripe: a real HTTP peer (localstripe) on 127.0.0.1 ----------------------


@pytest.fixture(scope="session")
def stripe_peer():
    """localstripe running as its own process; yields its base URL."""
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("stripe_peer.py")), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(
                    "localstripe did not start: " + process.stderr.read().decode()[-2000:]
                ) from None
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


STRIPE_WEBHOOK_SECRET = "whsec_test_hunar"


@pytest.fixture
def stripe_on(settings, stripe_peer):
    """Card payments on, against the local peer (emptied for each test: order
    numbers start again in every test's database)."""
    import urllib.request

    urllib.request.urlopen(
        urllib.request.Request(stripe_peer + "/_config/data", method="DELETE"), timeout=5
    ).close()
    settings.STRIPE_SECRET_KEY = "sk_test_hunar"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_hunar"
    settings.STRIPE_WEBHOOK_SECRET = STRIPE_WEBHOOK_SECRET
    settings.STRIPE_API_BASE = stripe_peer
    settings.STRIPE_JS_URL = stripe_peer + "/js.stripe.com/v3/"
    return stripe_peer
