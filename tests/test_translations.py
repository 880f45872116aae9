"""The Urdu interface: both message catalogues (the project's strings in
``locale/``, django-oscar's shopper-facing strings in ``locale-oscar/``) are
complete and compiled, and people who use the site at /ur/ read Urdu."""

import gettext
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from .checkout_steps import ADDRESS, choose_home, first_slot, place, start, to_preview

CATALOGUES = [Path(p) / "ur" / "LC_MESSAGES" / "django" for p in settings.LOCALE_PATHS]


def _catalogue(base):
    with base.with_suffix(".po").open("rb") as f:
        return read_po(f, locale="ur")


@pytest.mark.parametrize("base", CATALOGUES, ids=lambda p: p.parts[-4])
def test_every_message_has_an_urdu_translation_that_keeps_its_placeholders(base):
    catalogue = _catalogue(base)
    untranslated = [
        m.id
        for m in catalogue
        if m.id and (m.fuzzy or not all(m.string if m.pluralizable else [m.string]))
    ]
    assert not untranslated
    # Babel's checks: %(name)s placeholders as in the English, plural forms.
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalogue.check()]
    assert not problems
    assert len(catalogue) > 400


@pytest.mark.parametrize("base", CATALOGUES, ids=lambda p: p.parts[-4])
def test_the_compiled_catalogue_matches_its_source(base):
    """``make messages`` compiles the .mo that Django reads; a .po edited and
    not compiled would leave the site showing the old words."""
    with base.with_suffix(".mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = []
    for m in _catalogue(base):
        if not m.id:
            continue
        if m.pluralizable:
            got = tuple(
                compiled.npgettext(m.context, *m.id, n)
                if m.context
                else compiled.ngettext(*m.id, n)
                for n in (1, 2)
            )
        else:
            got = compiled.pgettext(m.context, m.id) if m.context else compiled.gettext(m.id)
        if got != m.string:
            stale.append(m.id)
    assert not stale


class _VisibleText(HTMLParser):
    """The text a reader meets: text nodes, and labels read out or shown
    (placeholder, aria-label, title, alt, button values)."""

    HIDDEN = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__()
        self.hidden = 0
        self.texts = []

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in self.HIDDEN
        attributes = dict(attrs)
        for name in ("placeholder", "aria-label", "title", "alt"):
            if attributes.get(name):
                self.texts.append(attributes[name])
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.texts.append(attributes["value"])

    def handle_endtag(self, tag):
        self.hidden -= tag in self.HIDDEN

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.texts.append(" ".join(data.split()))


# Latin that may stay on an Urdu page: the switch to the English site; the
# label Oscar's own templates write into their breadcrumb markup without
# marking it for translation; and the names of file formats and of a stock
# file's columns, which leaders type as they are.
ALLOWED = ["English", "breadcrumb", "CSV UTF-8", "CSV", "SKU", "CNIC", "Rs"]
ALLOWED += ["low_stock_threshold", "quantity", "price", "sku"]


def _names():
    """What people typed in: names of people, places, products and
    cooperatives, addresses (the fixtures give most of them in English only)."""
    from oscar.core.loading import get_model

    from cooperatives.models import Cooperative, Member
    from delivery.models import DeliveryZone, PickupPoint, ServedArea

    names = [*ADDRESS.values(), "Pakistan"]
    names += list(get_model("catalogue", "Product").objects.values_list("title_en", flat=True))
    names += list(get_model("order", "Order").objects.values_list("guest_email", flat=True))
    for cooperative in Cooperative.objects.all():
        names += [cooperative.name_en, cooperative.city]
    names += list(get_model("partner", "Partner").objects.values_list("name", flat=True))
    names += list(Member.objects.values_list("name", flat=True))
    names += list(DeliveryZone.objects.values_list("name", flat=True))
    names += list(ServedArea.objects.values_list("name_en", flat=True))
    names += list(PickupPoint.objects.values_list("name_en", flat=True))
    names += list(get_model("auth", "User").objects.values_list("email", flat=True))
    return sorted({n for n in names if n}, key=len, reverse=True)


def english_on(html):
    """Texts on the page that still hold English words, once people's and
    places' own names and the allowed words are taken out."""
    parser = _VisibleText()
    parser.feed(html)
    names = _names()
    left = []
    for text in parser.texts:
        rest = text
        for value in [*names, *sorted(ALLOWED, key=len, reverse=True)]:
            rest = rest.replace(value, "")
        if re.search(r"[A-Za-z]{3,}", rest):
            left.append(text)
    return left


URDU = re.compile(r"[\u0600-\u06ff]")


def _read_in_urdu(response, name):
    assert response.status_code == 200, name
    assert response.request["PATH_INFO"].startswith("/ur/"), name
    html = response.content.decode()
    assert '<html lang="ur" dir="rtl"' in html, name
    assert english_on(html) == [], name
    return html


def test_a_customer_reads_urdu_from_the_catalogue_to_the_thank_you_page(
    client, site_pages, shop, zone
):
    pages = {}
    with translation.override("ur"):
        pages["catalogue"] = client.get(reverse("catalogue:index"))
        pages["product"] = client.get(shop["products"]["mango"].get_absolute_url())
        pages["sign in"] = client.get(reverse("customer:login"))
        pages["register"] = client.get(reverse("customer:register"))
        pages["track an order"] = client.get(reverse("order-track"))
        start(client, shop)
        pages["basket"] = client.get(reverse("basket:summary"))
        pages["delivery"] = client.get(reverse("checkout:delivery"))
        choose_home(client, zone)
        pages["slot"] = client.get(reverse("checkout:slot"))
        client.post(reverse("checkout:slot"), {"slot": first_slot(zone).pk})
        pages["preview"] = client.get(reverse("checkout:preview"))
        pages["thank-you"] = client.post(
            reverse("checkout:preview"), {"action": "place_order"}, follow=True
        )
    for name, response in pages.items():
        _read_in_urdu(response, name)
    assert "آپ کا آرڈر" in pages["thank-you"].content.decode()


ACCOUNT_PAGES = ["summary", "order-list", "address-list", "profile-update", "change-password"]
ACCOUNT_PAGES += ["notifications-inbox", "wishlists-list"]


@pytest.mark.parametrize("page", ACCOUNT_PAGES)
def test_a_customers_account_pages_are_in_urdu(client, site_pages, coops, page):
    from .factories import UserFactory

    client.force_login(UserFactory(username="sana", email="sana@example.org"))
    with translation.override("ur"):
        _read_in_urdu(client.get(reverse(f"customer:{page}"), follow=True), page)


LEADER_PAGES = ["products", "product-create", "stock-history", "stock-import", "order-lines"]
LEADER_PAGES += ["members", "member-create"]


@pytest.mark.parametrize("page", LEADER_PAGES)
def test_a_cooperative_leaders_pages_are_in_urdu(client, site_pages, coops, page):
    client.force_login(coops["leader_a"])
    with translation.override("ur"):
        url = reverse(f"manage:{page}", kwargs={"cooperative": coops["a"].slug})
        _read_in_urdu(client.get(url), page)


@pytest.mark.parametrize(
    "url",
    [
        lambda order: reverse("staff-orders:list"),
        lambda order: reverse("staff-orders:detail", kwargs={"number": order.number}),
        lambda order: reverse("delivery:run-sheets"),
        lambda order: reverse("delivery:cash"),
    ],
    ids=["orders", "order", "run sheets", "cash"],
)
def test_staff_pages_are_in_urdu(client, site_pages, coops, zone, staff_user, url):
    client.force_login(staff_user)
    with translation.override("ur"):
        html = _read_in_urdu(client.get(url(coops["order"])), "staff")
    if "orders" in url(coops["order"]):
        assert "موصول" in html  # the order's status, stored in English as "Placed"


def test_the_english_site_stays_english(client, site_pages, shop, zone):
    start(client, shop)
    html = client.get(reverse("basket:summary")).content.decode()
    parser = _VisibleText()
    parser.feed(html)
    # Only the links to the Urdu site (header and footer) are in Urdu.
    assert {t for t in parser.texts if URDU.search(t)} == {"اردو"}


def _customer_mail(order, key):
    from notifications.models import OutboxMessage

    return OutboxMessage.objects.filter(
        dedupe_key__startswith=f"{key}:{order.number}:", to=order.email
    ).latest("pk")


def test_mail_about_an_order_is_in_the_language_it_was_placed_in(
    client, site_pages, shop, coops, zone
):
    from oscar.core.loading import get_model

    from orders.cancellation import order_lines_cancel
    from orders.fulfilment import order_part_move
    from orders.models import OrderPart

    Order = get_model("order", "Order")
    with translation.override("ur"):
        to_preview(client, shop, zone)
        place(client)
    order = Order.objects.exclude(pk=coops["order"].pk).get()
    assert order.language == "ur"
    confirmation = _customer_mail(order, "order-placed")
    assert URDU.search(confirmation.subject) and URDU.search(confirmation.body)

    # The leader works in English; the customer's mail is still in Urdu, and
    # the status kept on the order stays in English for Oscar's screens.
    part = OrderPart.objects.get(order=order)
    order_part_move(part_id=part.pk, to_status="accepted", user=coops["leader_b"])
    order.refresh_from_db()
    assert order.status == "Being prepared"
    moved = _customer_mail(order, "order-status")
    assert "تیار" in moved.subject and "Your order" not in moved.body
    line = order.lines.get()
    order_lines_cancel(order_id=order.pk, quantities={line.pk: 1}, by=coops["leader_b"], reason="x")
    assert "Order" not in _customer_mail(order, "order-cancellation").subject

    # And the other way round: an English order moved by a leader reading Urdu.
    english = coops["order"]
    english_part = OrderPart.objects.get(order=english, partner=coops["b"].partner)
    with translation.override("ur"):
        order_part_move(part_id=english_part.pk, to_status="accepted", user=coops["leader_b"])
    english.refresh_from_db()
    assert english.language == "en" and english.status == "Being prepared"
    assert _customer_mail(english, "order-status").subject.startswith("Order ")


def test_leaders_read_notices_in_their_cooperatives_language(client, site_pages, shop, coops, zone):
    from oscar.core.loading import get_model

    from notifications.models import OutboxMessage

    Order = get_model("order", "Order")
    haripur = coops["b"]
    haripur.mail_language = "ur"
    haripur.save(update_fields=["mail_language"])
    StockRecord = get_model("partner", "StockRecord")
    StockRecord.objects.filter(product=shop["products"]["mango"]).update(low_stock_threshold=18)

    # An English customer orders 3 of Haripur's 20 mango pickles: free stock
    # falls to 17, under the leader's threshold of 18.
    to_preview(client, shop, zone)
    place(client)
    order = Order.objects.exclude(pk=coops["order"].pk).get()
    assert order.language == "en"
    assert _customer_mail(order, "order-placed").subject.startswith("Confirmation of order")

    to_leader = OutboxMessage.objects.filter(to=coops["leader_b"].email)
    notice = to_leader.get(dedupe_key__startswith=f"order-placed:{order.number}:")
    assert URDU.search(notice.subject) and "New order" not in notice.subject
    assert "آم کا اچار" in notice.body  # the product's Urdu title
    low = to_leader.get(dedupe_key__startswith="low-stock:")
    assert URDU.search(low.subject) and "Low stock" not in low.subject

    # Anarkali's leader keeps English, even when the change that sets off
    # the notice comes from a page in Urdu (3 shawls left, threshold 5).
    from partner.stock import low_stock_check

    StockRecord.objects.filter(product=shop["products"]["shawl"]).update(low_stock_threshold=5)
    record = StockRecord.objects.get(product=shop["products"]["shawl"])
    with translation.override("ur"):
        assert low_stock_check(record)
    english = OutboxMessage.objects.get(to=coops["leader_a"].email, dedupe_key__startswith="low")
    assert english.subject.startswith("Low stock: Phulkari Shawl")
