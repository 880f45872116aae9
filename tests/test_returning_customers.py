"""Coming back: the address form starts from her last orders, people who work
here start at their work after signing in, and a refused quantity is said
once, in plain words, in English and in Urdu."""

import json

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from oscar.core.loading import get_model

from cooperatives.services import cooperative_leader_add
from delivery.models import Slot

from .checkout_steps import ADDRESS, basket_update, place, place_signed_in, start, sunday_market
from .factories import UserFactory

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")

PASSWORD = "correct horse battery"


@pytest.fixture
def customer(db):
    return UserFactory(username="sana", email="sana.iqbal@example.org", first_name="Sana")


def order_home_delivery(client, shop, zone):
    """A signed-in customer's order of mango pickle, delivered to Gulberg."""
    place_signed_in(client, zone, shop["products"]["mango"])


def order_market_pickup(client, shop, point, *, first_name, phone):
    mango = shop["products"]["mango"]
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 1})
    client.get(reverse("checkout:index"))
    client.post(reverse("checkout:delivery"), {"mode": "pickup", "pickup_point": point.pk})
    client.post(
        reverse("checkout:pickup-contact"),
        {"first_name": first_name, "last_name": "Iqbal", "phone_number": phone},
    )
    client.get(reverse("checkout:shipping-method"))
    slot = Slot.objects.filter(pickup_point=point).order_by("starts_at").first()
    client.post(reverse("checkout:slot"), {"slot": slot.pk})
    assert place(client).status_code == 302


@pytest.fixture
def market(zone):
    return sunday_market()


def address_form(client, zone, area_name):
    """Start a new checkout to ``area_name``; the address step's form."""
    area = zone.areas.get(name_en=area_name)
    client.post(reverse("checkout:delivery"), {"mode": "home", "area": area.pk})
    response = client.get(reverse("checkout:shipping-address"))
    assert response.status_code == 200
    return response.context["form"]


# --- the address form -------------------------------------------------------------


def test_address_form_is_filled_from_her_last_order(client, site_pages, shop, zone, customer):
    client.force_login(customer)
    order_home_delivery(client, shop, zone)
    start_again(client, shop)
    form = address_form(client, zone, "Gulberg")
    assert {name: form[name].value() for name in ADDRESS} == {
        **ADDRESS,
        "phone_number": ADDRESS["phone_number"],
    }
    assert (
        'value="House 12, Street 4"'
        in client.get(reverse("checkout:shipping-address")).content.decode()
    )


def start_again(client, shop):
    lemon = shop["products"]["lemon"]
    client.post(reverse("basket:add", kwargs={"pk": lemon.pk}), {"quantity": 1})
    client.get(reverse("checkout:index"))


def test_a_street_of_another_area_is_not_offered(client, site_pages, shop, zone, customer):
    client.force_login(customer)
    order_home_delivery(client, shop, zone)
    start_again(client, shop)
    form = address_form(client, zone, "Model Town")
    assert form["first_name"].value() == "Sana"
    assert str(form["phone_number"].value()) == "+923001234567"
    assert not form["line1"].value()
    assert not form["postcode"].value()


def test_name_and_phone_come_from_her_latest_order_even_a_pickup(
    client, site_pages, shop, zone, market, customer
):
    client.force_login(customer)
    order_home_delivery(client, shop, zone)
    order_market_pickup(client, shop, market, first_name="Sanam", phone="0321 7654321")
    start_again(client, shop)
    form = address_form(client, zone, "Gulberg")
    assert form["first_name"].value() == "Sanam"
    assert str(form["phone_number"].value()) == "+923217654321"
    # The street is her home's, not the market's.
    assert form["line1"].value() == "House 12, Street 4"


def test_a_market_is_not_added_to_her_address_book(client, site_pages, shop, market, customer):
    client.force_login(customer)
    order_market_pickup(client, shop, market, first_name="Sana", phone="0300 1234567")
    assert Order.objects.get().shipping_address.line1 == "Sunday Bazaar, Gulberg"
    assert not UserAddress.objects.filter(user=customer).exists()


def test_a_guest_starts_with_an_empty_form(client, site_pages, shop, zone, customer):
    client.force_login(customer)
    order_home_delivery(client, shop, zone)
    client.logout()
    start(client, shop, quantity=1)  # a guest
    form = address_form(client, zone, "Gulberg")
    assert not form["first_name"].value()
    assert not form["line1"].value()


def test_what_she_typed_in_this_checkout_wins(client, site_pages, shop, zone, customer):
    client.force_login(customer)
    order_home_delivery(client, shop, zone)
    start_again(client, shop)
    area = zone.areas.get(name_en="Gulberg")
    client.post(reverse("checkout:delivery"), {"mode": "home", "area": area.pk})
    client.post(reverse("checkout:shipping-address"), {**ADDRESS, "line1": "Flat 3, Block C"})
    form = client.get(reverse("checkout:shipping-address")).context["form"]
    assert form["line1"].value() == "Flat 3, Block C"


# --- where each person starts after signing in ---------------------------------------


@pytest.fixture
def people(shop, staff_user):
    leader = UserFactory(username="leader.lahore")
    cooperative_leader_add(cooperative=shop["cooperatives"]["lahore"], user=leader)
    rider = UserFactory(username="rider.lahore")
    rider.user_permissions.add(
        Permission.objects.get(codename="view_run_sheet", content_type__app_label="delivery")
    )
    staff_user.email = "staff@example.org"
    staff_user.save()
    return {
        "leader": leader,
        "rider": rider,
        "staff": staff_user,
        "customer": UserFactory(username="sana"),
    }


def sign_in(client, user, *, prefix="", next_url=""):
    url = prefix + reverse("customer:login") + (f"?next={next_url}" if next_url else "")
    return client.post(
        url,
        {
            "login-username": user.email,
            "login-password": PASSWORD,
            "login-redirect_url": next_url,
            "login_submit": "1",
        },
    )


@pytest.mark.parametrize(
    ("who", "lands_on"),
    [
        ("leader", "/manage/"),
        ("rider", "/delivery/run-sheets/"),
        ("staff", "/shop/dashboard/"),
        ("customer", "/shop/accounts/"),
    ],
)
def test_each_person_lands_where_her_work_is(client, site_pages, people, who, lands_on):
    response = sign_in(client, people[who])
    assert response.status_code == 302
    assert response["Location"] == lands_on
    assert client.get(lands_on, follow=True).status_code == 200


def test_a_leader_lands_on_her_cooperatives_products(client, site_pages, shop, people):
    response = sign_in(client, people["leader"])
    page = client.get(response["Location"], follow=True)
    assert page.redirect_chain[-1][0] == reverse("manage:products", args=["anarkali"])


def test_in_urdu_she_lands_on_the_urdu_dashboard(client, site_pages, people):
    response = sign_in(client, people["leader"], prefix="/ur")
    assert response["Location"] == "/ur/manage/"


@pytest.mark.parametrize("who", ["leader", "rider", "staff", "customer"])
def test_a_next_address_still_wins(client, site_pages, people, who):
    response = sign_in(client, people[who], next_url="/shop/basket/")
    assert response["Location"] == "/shop/basket/"


def test_a_signed_in_leader_opening_the_sign_in_page_goes_to_her_dashboard(
    client, site_pages, people
):
    client.force_login(people["leader"])
    assert client.get(reverse("customer:login"))["Location"] == "/manage/"


# --- a refused quantity, said once ------------------------------------------------------

#: Oscar's reason, as the shopper reads it in each language.
AT_MOST_20 = {"en": "a maximum of 20 can be bought", "ur": "زیادہ سے زیادہ 20 خریدے جا سکتے ہیں"}
#: Oscar's wording the shopper should not see.
OOPS = {"en": "Oops", "ur": "اوہ!"}
ISSUES = {"en": "Your basket has got some issues", "ur": "آپ کی ٹوکری میں کچھ مسائل ہیں"}


@pytest.mark.parametrize("language", ["en", "ur"])
def test_too_many_from_the_product_page_is_said_once(client, site_pages, shop, language):
    prefix = "/ur" if language == "ur" else ""
    mango = shop["products"]["mango"]  # 20 in stock
    product_page = prefix + mango.get_absolute_url()
    response = client.post(
        prefix + reverse("basket:add", kwargs={"pk": mango.pk}),
        {"quantity": 25},
        HTTP_REFERER="http://testserver" + product_page,
        follow=True,
    )
    assert response.redirect_chain[-1][0].endswith(product_page)
    page = response.content.decode()
    assert page.count(AT_MOST_20[language]) == 1
    assert OOPS[language] not in page
    assert response.context["basket"].num_items == 0


@pytest.mark.parametrize("language", ["en", "ur"])
def test_too_many_in_the_basket_is_said_once_next_to_its_line(client, site_pages, shop, language):
    prefix = "/ur" if language == "ur" else ""
    mango = shop["products"]["mango"]
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 2})
    response = basket_update(client, 25, language_prefix=prefix)
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count(AT_MOST_20[language]) == 1
    assert OOPS[language] not in page
    assert ISSUES[language] not in page
    assert response.context["basket"].all_lines()[0].quantity == 2


def test_too_many_in_the_basket_by_script_is_said_once_too(client, site_pages, shop):
    """The basket page's script sends the form in the background."""
    mango = shop["products"]["mango"]
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 2})
    response = basket_update(client, 25, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    answer = json.loads(response.content)
    assert answer["messages"] == {}
    assert answer["content_html"].count(AT_MOST_20["en"]) == 1
