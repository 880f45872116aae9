"""A walk through the demo site as each of its people: the pages they reach.

The walk loads the demo (``load_demo``), signs in as the demo's customer,
leader, rider or staff member (or stays a guest), puts something in the
basket, goes through checkout to the last step, looks up a guest's order,
and from those pages follows every link on the site, in English and in
Urdu. Tests check what each page shows (tests/test_demo_pages.py) and how
it looks in Chromium (tests/browser/).

Pages of one shape (two products, two orders) are visited a few times, not
all of them: what breaks one product page breaks them all. The back offices
of the libraries (Django's admin, Oscar's dashboard, Wagtail's editor) have
their own tests and are not walked.
"""

import re
from collections import deque
from dataclasses import dataclass, field
from io import StringIO
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from oscar.apps.partner.strategy import Selector
from oscar.core.loading import get_model

LANGUAGES = ("en", "ur")

#: The demo's people, by the username ``load_demo`` gives them.
ROLES = {
    "guest": None,
    "customer": "customer",
    "leader": "leader.lahore",
    "rider": "rider.lahore",
    "staff": "staff.amina",
}

#: Where each person starts, besides the home page (English paths).
STARTS = {
    "guest": ["/shop/basket/", "/track/"],
    "customer": ["/shop/basket/", "/shop/accounts/", "/shop/accounts/orders/"],
    "leader": ["/manage/"],
    "rider": ["/delivery/run-sheets/"],
    "staff": ["/staff/orders/", "/delivery/cash/", "/delivery/run-sheets/"],
}

#: Not walked: other apps' back offices, signing out, files, actions by GET.
SKIP = re.compile(
    r"^/(ur/)?(admin|cms|documents|shop/dashboard|static|media|payments)/"
    r"|/logout/|/accounts/logout|\.(csv|pdf|png|jpe?g|webp|svg|woff2?)$"
    r"|/basket/vouchers/|/wishlists/"
)
#: How many pages of one shape are visited.
PER_SHAPE = 2
LIMIT = 250

DEMO_CUSTOMER_EMAIL = "customer@example.org"
# A guest order of the demo: Farah's, with one line cancelled by staff.
DEMO_GUEST_EMAIL = "farah@example.org"


@dataclass
class Page:
    path: str
    status: int
    html: str = ""
    content_type: str = ""
    came_from: str = ""
    #: The cookies of the session that saw the page.
    cookies: dict = field(default_factory=dict)

    @property
    def is_html(self):
        return self.content_type.startswith("text/html")

    def soup(self):
        return BeautifulSoup(self.html, "html.parser")


@dataclass
class Walk:
    role: str
    language: str
    pages: dict[str, Page] = field(default_factory=dict)
    cookies: dict = field(default_factory=dict)

    def html_pages(self):
        return [page for page in self.pages.values() if page.status == 200 and page.is_html]


def demo_load():
    call_command("load_demo", stdout=StringIO())


def demo_user(role):
    username = ROLES[role]
    return None if username is None else get_user_model().objects.get(username=username)


def localised(path, language):
    if language == "en" or path.startswith("/ur/"):
        return path
    return "/ur" + path


def shape(path):
    """Paths that differ only in ids, slugs with ids or order numbers share a shape."""
    path, _, query = path.partition("?")
    path = re.sub(r"/[^/]*?_\d+/", "/<item>/", path)
    path = re.sub(r"/\d+(?=/|$)", "/<n>", path)
    path = re.sub(r"/[A-Z]*-?\d[\d-]*(?=/|$)", "/<number>", path)
    keys = sorted({part.split("=")[0] for part in query.split("&") if part})
    return path + ("?" + "&".join(keys) if keys else "")


def _in_language(path, language):
    return path.startswith("/ur/") if language == "ur" else not path.startswith("/ur/")


def _links(page):
    for anchor in page.soup().find_all("a", href=True):
        href = anchor["href"].strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        url = urlsplit(urljoin("http://testserver" + page.path, href))
        if url.netloc not in ("", "testserver"):
            continue
        yield url.path + (f"?{url.query}" if url.query else "")


def walk(client, role, language, *, starts=(), follow=True):
    """Every page ``client`` reaches from the home page and ``starts``; with
    ``follow=False``, only ``starts``."""
    result = Walk(role, language)
    seen_shapes = {}
    paths = [*STARTS[role], "/", *starts] if follow else list(starts)
    queue = deque((localised(path, language), "") for path in paths)
    queued = {path for path, _ in queue}
    while queue and len(result.pages) < LIMIT:
        path, came_from = queue.popleft()
        count = seen_shapes.get(shape(path), 0)
        if count >= PER_SHAPE:
            continue
        seen_shapes[shape(path)] = count + 1
        response = client.get(path)
        page = Page(
            path=path,
            status=response.status_code,
            content_type=response.get("Content-Type", ""),
            came_from=came_from,
        )
        result.pages[path] = page
        targets = []
        if response.status_code in (301, 302, 303, 307, 308):
            targets = [urlsplit(response["Location"])._replace(scheme="", netloc="").geturl()]
        elif response.status_code == 200 and page.is_html:
            page.html = response.content.decode()
            targets = list(_links(page))
        for target in targets if follow else ():
            if target in queued or SKIP.search(target) or not _in_language(target, language):
                continue
            queued.add(target)
            queue.append((target, path))
    return result


# --- What a walk does before it follows links ---------------------------------


def sign_in(client, role):
    user = demo_user(role)
    if user is not None:
        client.force_login(user)
    return user


def demo_product():
    """A product of the Lahore kitchen that can be bought now."""
    Product = get_model("catalogue", "Product")
    strategy = Selector().strategy()
    for product in Product.objects.filter(
        stockrecords__partner__cooperative__slug="noor-kitchen-lahore",
        made_to_order_days=0,
        is_public=True,
    ).order_by("pk"):
        if strategy.fetch_for_product(product).availability.is_purchase_permitted(2)[0]:
            return product
    raise LookupError("The demo has no product of the Lahore kitchen on sale.")


def basket_fill(client):
    product = demo_product()
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    assert response.status_code == 302, response.status_code
    return product


def checkout_to_preview(client, role):
    """Home delivery in Lahore in the first open slot, cash: every checkout
    step has been seen and the customer stands on the last one."""
    from delivery.models import ServedArea, Slot

    basket_fill(client)
    steps = []
    if role == "guest":
        response = client.post(
            reverse("checkout:index"), {"options": "anonymous", "username": "walk@example.org"}
        )
        steps.append(reverse("checkout:index"))
    area = ServedArea.objects.select_related("zone").filter(zone__slug="lahore").first()
    response = client.post(reverse("checkout:delivery"), {"mode": "home", "area": area.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(
        reverse("checkout:shipping-address"),
        {
            "first_name": "Sana",
            "last_name": "Iqbal",
            "line1": "House 12, Street 4",
            "postcode": "54000",
            "phone_number": "+923001234567",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    client.get(reverse("checkout:shipping-method"))
    for slot in Slot.objects.filter(zone=area.zone, starts_at__gt=timezone.now()).order_by(
        "starts_at"
    ):
        response = client.post(reverse("checkout:slot"), {"slot": slot.pk})
        if response.status_code == 302 and response["Location"] != reverse("checkout:slot"):
            break
    response = client.get(reverse("checkout:payment-method"))
    if response.status_code == 200:
        client.post(reverse("checkout:payment-method"), {"method": "cash"})
    steps += [
        reverse("checkout:delivery"),
        reverse("checkout:shipping-address"),
        reverse("checkout:slot"),
        reverse("checkout:payment-method"),
        reverse("checkout:preview"),
    ]
    return steps


def order_place(client):
    """Place the order from the last checkout step; returns the thank-you path."""
    response = client.post(reverse("checkout:preview"), {"action": "place_order"})
    assert response.status_code == 302, response.content.decode()[:3000]
    return urlsplit(response["Location"]).path


def guest_order_path(client):
    """Look up a demo guest order as its customer would; returns its page."""
    Order = get_model("order", "Order")
    order = Order.objects.filter(guest_email=DEMO_GUEST_EMAIL).first()
    response = client.post(
        reverse("order-track"), {"number": order.number, "email": DEMO_GUEST_EMAIL}
    )
    assert response.status_code == 302, response.status_code
    return urlsplit(response["Location"]).path


def walks(client_factory, role):
    """The walk of ``role`` in each language.

    Each language has two sessions: one with a basket, the checkout up to
    its last step and (for a guest) a tracked order, from which every link
    is followed; and one that has just placed an order, for the thank-you
    page. Each page records its session's cookies, so a browser can see it
    as the walk did.
    """
    result = []
    for language in LANGUAGES:
        client = client_factory()
        sign_in(client, role)
        starts = []
        if role in ("guest", "customer"):
            starts += checkout_to_preview(client, role)
        if role == "guest":
            starts.append(guest_order_path(client))
        found = walk(client, role, language, starts=starts)
        found.cookies = _cookies(client)
        for page in found.pages.values():
            page.cookies = found.cookies
        if role in ("guest", "customer"):
            placed = client_factory()
            sign_in(placed, role)
            checkout_to_preview(placed, role)
            thank_you = localised(order_place(placed), language)
            after = walk(placed, role, language, starts=[thank_you], follow=False)
            for page in after.pages.values():
                page.cookies = _cookies(placed)
            found.pages.update(after.pages)
        result.append(found)
    return result


def _cookies(client):
    return {name: morsel.value for name, morsel in client.cookies.items()}
