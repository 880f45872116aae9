"""A product its cooperative has hidden, a product of a paused cooperative and
one of a cooperative still awaiting the network's approval can never be
bought, whichever way a shopper (or a crafted request) tries: adding it,
changing its quantity, a basket that already holds it, each checkout step,
placing the order, re-ordering it and moving it back from "saved for later"."""

from decimal import Decimal

import pytest
from django.contrib.admin.sites import site as admin_site
from django.test import RequestFactory
from django.urls import reverse
from oscar.core.loading import get_class, get_model

from cooperatives.listings import listing_set_active
from cooperatives.models import Cooperative
from cooperatives.services import cooperative_leader_add
from delivery.models import SlotBooking
from partner.strategy import Selector

from .checkout_steps import basket_update, place, to_preview
from .factories import CooperativeFactory, ProductFactory, UserFactory

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
Free = get_class("shipping.methods", "Free")


def hide(product):
    """The cooperative's dashboard "Hide" (its listing service)."""
    cooperative = product.stockrecords.get().partner.cooperative
    listing_set_active(cooperative=cooperative, product_id=product.pk, active=False)


def set_status(product, status):
    cooperative = product.stockrecords.get().partner.cooperative
    cooperative.status = status
    cooperative.save()


def pause(product):
    set_status(product, Cooperative.Status.PAUSED)


def await_approval(product):
    set_status(product, Cooperative.Status.AWAITING_APPROVAL)


#: Each way a product cannot be sold, and the reason the shopper reads.
NOT_FOR_SALE = [
    pytest.param(hide, "it is no longer for sale", id="hidden"),
    pytest.param(pause, "its cooperative is not taking orders just now", id="paused"),
    pytest.param(await_approval, "it is not on sale yet", id="awaiting-approval"),
]


def basket_lines(client):
    basket = client.get(reverse("basket:summary")).context["basket"]
    return [(line.product.title, line.quantity) for line in basket.all_lines()]


# --- adding to the basket ------------------------------------------------------


def test_hidden_product_cannot_be_added_to_a_basket_by_id(client, site_pages, shop):
    mango = shop["products"]["mango"]
    hide(mango)
    response = client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 1})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "“Mango Pickle 500 g” was not added to your cart: it is no longer for sale." in page
    assert basket_lines(client) == []


@pytest.mark.parametrize(("make_unsellable", "reason"), NOT_FOR_SALE)
def test_product_not_for_sale_is_refused_at_basket_add(
    client, site_pages, shop, make_unsellable, reason
):
    mango = shop["products"]["mango"]
    make_unsellable(mango)
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 1})
    page = client.get(reverse("basket:summary")).content.decode()
    assert f"was not added to your cart: {reason}." in page
    assert basket_lines(client) == []


def test_the_refusal_is_in_urdu_on_the_urdu_site(client, site_pages, shop):
    mango = shop["products"]["mango"]
    hide(mango)
    response = client.post(f"/ur/shop/basket/add/{mango.pk}/", {"quantity": 1}, follow=True)
    page = response.content.decode()
    assert "آم کا اچار ۵۰۰ گرام" in page
    assert "آپ کی ٹوکری میں شامل نہیں کیا گیا" in page
    assert "no longer for sale" not in page
    assert "was not added" not in page


# --- a basket that already holds it --------------------------------------------


@pytest.mark.parametrize(("make_unsellable", "reason"), NOT_FOR_SALE)
def test_basket_page_says_a_line_can_no_longer_be_bought_and_what_to_do(
    client, site_pages, shop, make_unsellable, reason
):
    mango = shop["products"]["mango"]
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 2})
    make_unsellable(mango)
    response = client.get(reverse("basket:summary"))
    assert response.context["basket_warnings"] == [
        f"Please remove “Mango Pickle 500 g” from your cart: {reason}."
    ]
    assert "Please remove “Mango Pickle 500 g” from your cart" in response.content.decode()


@pytest.mark.parametrize(("make_unsellable", "reason"), NOT_FOR_SALE)
def test_quantity_of_a_line_not_for_sale_cannot_be_changed(
    client, site_pages, shop, make_unsellable, reason
):
    mango = shop["products"]["mango"]
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 2})
    make_unsellable(mango)
    response = basket_update(client, 5)
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert basket_lines(client) == [("Mango Pickle 500 g", 2)]


def test_a_line_not_for_sale_can_still_be_removed(client, site_pages, shop):
    mango = shop["products"]["mango"]
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 2})
    hide(mango)
    basket_update(client, 2, delete=True)
    assert basket_lines(client) == []


# --- checkout --------------------------------------------------------------------

CHECKOUT_STEPS = [
    "checkout:index",
    "checkout:delivery",
    "checkout:shipping-address",
    "checkout:pickup-contact",
    "checkout:shipping-method",
    "checkout:slot",
    "checkout:payment-method",
    "checkout:payment-details",
    "checkout:preview",
]


@pytest.mark.parametrize(("make_unsellable", "reason"), NOT_FOR_SALE)
def test_every_checkout_step_sends_her_back_to_the_basket(
    client, site_pages, shop, zone, make_unsellable, reason
):
    mango = shop["products"]["mango"]
    to_preview(client, shop, zone)
    make_unsellable(mango)
    for step in CHECKOUT_STEPS:
        response = client.get(reverse(step))
        assert response.status_code == 302, step
        assert response["Location"] == reverse("basket:summary"), step
    response = place(client)
    assert response["Location"] == reverse("basket:summary")
    page = client.get(reverse("basket:summary")).content.decode()
    assert "Some items in your cart cannot be bought as they are" in page
    assert f"Please remove “Mango Pickle 500 g” from your cart: {reason}." in page
    assert not Order.objects.exists()
    assert not SlotBooking.objects.exists()


@pytest.mark.parametrize(("make_unsellable", "reason"), NOT_FOR_SALE)
def test_placing_the_order_refuses_it_even_when_the_steps_were_skipped(
    client, site_pages, shop, zone, monkeypatch, make_unsellable, reason
):
    """The server's last word, whatever the request carries: placement asks
    the strategy again inside the order's transaction."""
    from checkout.views import PaymentDetailsView

    mango = shop["products"]["mango"]
    to_preview(client, shop, zone)
    make_unsellable(mango)
    # As if the checks every step makes had let this request through.
    monkeypatch.setattr(PaymentDetailsView, "check_basket_is_valid", lambda self, request: None)
    response = place(client)
    assert response.status_code == 200
    assert f"Please remove “Mango Pickle 500 g” from your cart: {reason}." in (
        response.content.decode()
    )
    assert not Order.objects.exists()
    assert not SlotBooking.objects.exists()
    assert StockRecord.objects.get(product=mango).num_allocated in (None, 0)
    assert basket_lines(client) == [("Mango Pickle 500 g", 3)]


def test_a_card_is_not_charged_for_a_product_hidden_while_it_was_checked(
    client, site_pages, shop, zone, stripe_on, monkeypatch, django_capture_on_commit_callbacks
):
    from checkout import views
    from payments.models import Payment

    mango = shop["products"]["mango"]
    to_preview(client, shop, zone, pay="card")
    authorise = views.card_payment_authorise

    def authorise_then_hide(**kwargs):
        payment = authorise(**kwargs)
        hide(mango)  # the leader hides it while the bank answers
        return payment

    monkeypatch.setattr(views, "card_payment_authorise", authorise_then_hide)
    with django_capture_on_commit_callbacks(execute=True):
        response = place(client, payment_method_id="pm_card_visa")
    assert "it is no longer for sale" in response.content.decode()
    assert not Order.objects.exists()
    payment = Payment.objects.get()
    assert payment.status == Payment.Status.VOIDED
    assert payment.amount_captured_paisa == 0


def test_order_creator_refuses_a_basket_with_a_product_not_for_sale(shop):
    """Whoever calls it (checkout, the demo, a script), not only the views."""
    mango, shawl = shop["products"]["mango"], shop["products"]["shawl"]
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    basket.add_product(shawl, 1)
    basket.add_product(mango, 2)
    await_approval(mango)
    method = Free()
    charge = method.calculate(basket)
    with pytest.raises(UnableToPlaceOrder) as refused:
        OrderCreator().place_order(
            basket=basket,
            total=OrderTotalCalculator().calculate(basket, charge),
            shipping_method=method,
            shipping_charge=charge,
            order_number="R1",
        )
    assert str(refused.value) == (
        "Please remove “Mango Pickle 500 g” from your cart: it is not on sale yet."
    )
    assert not Order.objects.exists()
    assert StockRecord.objects.get(product=shawl).num_allocated in (None, 0)


def test_a_sellable_basket_is_still_placed(client, site_pages, shop, zone):
    to_preview(client, shop, zone)
    hide(shop["products"]["lemon"])  # not in her basket
    assert place(client).status_code == 302
    assert Order.objects.count() == 1


# --- re-ordering and items saved for later ----------------------------------------


def test_reordering_a_product_now_hidden_says_which_and_adds_nothing(client, site_pages, shop):
    from oscar.test.factories import create_order

    customer = UserFactory(username="sana")
    mango = shop["products"]["mango"]
    basket = Basket.objects.create(owner=customer)
    basket.strategy = Selector().strategy()
    basket.add_product(mango, 2)
    order = create_order(basket=basket, user=customer)
    hide(mango)
    client.force_login(customer)
    for url in (
        reverse("customer:order", kwargs={"order_number": order.number}),
        reverse(
            "customer:order-line",
            kwargs={"order_number": order.number, "line_id": order.lines.get().pk},
        ),
    ):
        response = client.post(url, {"action": "reorder"}, follow=True)
        assert (
            "“Mango Pickle 500 g” was not added to your cart: it is no longer for sale."
            in response.content.decode()
        )
        assert basket_lines(client) == []


def test_an_item_saved_for_later_cannot_be_moved_back_once_hidden(client, site_pages, shop):
    customer = UserFactory(username="sana")
    client.force_login(customer)
    mango = shop["products"]["mango"]
    saved, _ = Basket.saved.get_or_create(owner=customer)
    saved.strategy = Selector().strategy()
    saved.add_product(mango, 1)
    hide(mango)
    line = saved.all_lines()[0]
    response = client.post(
        reverse("basket:saved"),
        {
            "saved-TOTAL_FORMS": "1",
            "saved-INITIAL_FORMS": "1",
            "saved-MIN_NUM_FORMS": "0",
            "saved-MAX_NUM_FORMS": "1000",
            "saved-0-id": line.pk,
            "saved-0-move_to_basket": "on",
        },
        follow=True,
    )
    assert (
        "“Mango Pickle 500 g” was not added to your cart: it is no longer for sale."
        in response.content.decode()
    )
    assert basket_lines(client) == []


# --- what the shop shows -------------------------------------------------------------


@pytest.mark.parametrize(("make_unsellable", "reason"), NOT_FOR_SALE)
def test_browse_search_and_product_page_agree_with_the_strategy(
    client, site_pages, shop, make_unsellable, reason
):
    mango = shop["products"]["mango"]
    make_unsellable(mango)
    listed = [p.pk for p in client.get(reverse("catalogue:index")).context["products"]]
    found = [p.pk for p in client.get(reverse("search:search"), {"q": "mango"}).context["products"]]
    assert mango.pk not in listed and mango.pk not in found
    page = client.get(mango.get_absolute_url())
    if page.status_code == 200:
        availability = Selector().strategy().fetch_for_product(mango).availability
        assert str(availability.message) in page.content.decode()
        assert 'id="add_to_basket_form"' not in page.content.decode()
    else:
        assert page.status_code == 404


def test_product_page_of_a_hidden_or_unapproved_product_is_not_found(client, site_pages, shop):
    mango, shawl = shop["products"]["mango"], shop["products"]["shawl"]
    hide(mango)
    await_approval(shawl)
    assert client.get(mango.get_absolute_url()).status_code == 404
    assert client.get(shawl.get_absolute_url()).status_code == 404


def test_paused_cooperatives_product_page_says_it_is_not_taking_orders(client, site_pages, shop):
    mango = shop["products"]["mango"]
    pause(mango)
    page = client.get(mango.get_absolute_url()).content.decode()
    assert "this cooperative is not taking orders just now" in page
    assert 'id="add_to_basket_form"' not in page
    # Not a stock matter: no "tell me when it is back in stock".
    assert 'id="alert_form"' not in page


def test_a_sold_out_products_page_still_offers_a_stock_alert(client, site_pages, shop):
    page = client.get(shop["products"]["sold_out"].get_absolute_url()).content.decode()
    assert 'id="add_to_basket_form"' not in page
    assert 'id="alert_form"' in page


@pytest.mark.parametrize(
    ("make_unsellable", "message"),
    [
        (hide, "No longer for sale"),
        (await_approval, "Not on sale yet: its cooperative is awaiting the network"),
    ],
)
def test_its_leader_and_staff_see_the_page_with_why_it_is_not_on_sale(
    client, site_pages, shop, staff_user, make_unsellable, message
):
    mango = shop["products"]["mango"]
    make_unsellable(mango)
    leader = UserFactory(username="leader.haripur")
    cooperative_leader_add(cooperative=shop["cooperatives"]["haripur"], user=leader)
    other_leader = UserFactory(username="leader.lahore")
    cooperative_leader_add(cooperative=shop["cooperatives"]["lahore"], user=other_leader)
    for user, status in ((leader, 200), (staff_user, 200), (other_leader, 404)):
        client.force_login(user)
        response = client.get(mango.get_absolute_url())
        assert response.status_code == status, user
        if status == 200:
            page = response.content.decode()
            assert message in page
            assert 'id="add_to_basket_form"' not in page
            assert 'id="alert_form"' not in page


def test_unapproved_cooperatives_products_are_not_browsed_searched_or_featured(
    client, site_pages, shop
):
    unapproved = CooperativeFactory(
        partner__name="Thar Weavers",
        name_en="Thar Weavers",
        slug="thar-weavers",
        status=Cooperative.Status.AWAITING_APPROVAL,
    )
    ProductFactory(title_en="Thar Rilli Quilt", cooperative=unapproved, price=Decimal("9000"))
    catalogue = client.get(reverse("catalogue:index"))
    assert "Thar Rilli Quilt" not in [p.title for p in catalogue.context["products"]]
    assert "Thar Weavers" not in catalogue.content.decode()
    search = client.get(reverse("search:search"), {"q": "quilt"})
    assert list(search.context["products"]) == []
    home = client.get("/").content.decode()
    assert "Thar Rilli Quilt" not in home and "Thar Weavers" not in home
    by_cooperative = client.get(reverse("catalogue:index"), {"cooperative": "thar-weavers"})
    assert "Thar Rilli Quilt" not in by_cooperative.content.decode()


# --- approving a cooperative -----------------------------------------------------------


def test_a_cooperative_added_in_the_admin_starts_awaiting_approval(staff_user):
    request = RequestFactory().get("/admin/cooperatives/cooperative/add/")
    request.user = staff_user
    initial = admin_site._registry[Cooperative].get_changeform_initial_data(request)
    assert initial["status"] == Cooperative.Status.AWAITING_APPROVAL


def test_approving_a_cooperative_puts_its_products_on_sale(client, site_pages, shop):
    mango = shop["products"]["mango"]
    await_approval(mango)
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 1})
    assert basket_lines(client) == []
    set_status(mango, Cooperative.Status.ACTIVE)
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 1})
    assert basket_lines(client) == [("Mango Pickle 500 g", 1)]


def test_leaders_dashboard_says_the_cooperative_awaits_approval(client, shop):
    cooperative = shop["cooperatives"]["haripur"]
    cooperative.status = Cooperative.Status.AWAITING_APPROVAL
    cooperative.save()
    leader = UserFactory(username="leader.haripur")
    cooperative_leader_add(cooperative=cooperative, user=leader)
    client.force_login(leader)
    page = client.get(reverse("manage:products", args=[cooperative.slug])).content.decode()
    assert "Your cooperative is awaiting the network" in page
    assert "Mango Pickle 500 g" in page  # her listings, ready for the day it is approved
