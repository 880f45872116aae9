"""A guest customer checks out with Oscar's checkout, inside the site's layout."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def test_guest_checkout_places_one_order_with_the_basket_total(client, site_pages, shop):
    from catalogue.setup import shipping_country_ensure

    shipping_country_ensure()
    mango = shop["products"]["mango"]
    client.post(reverse("basket:add", kwargs={"pk": mango.pk}), {"quantity": 3})

    response = client.post(
        reverse("checkout:index"),
        {"options": "anonymous", "username": "sana@example.org"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("checkout:shipping-address")

    page = client.get(reverse("checkout:shipping-address"))
    assert page.status_code == 200
    assert 'class="site-header"' in page.content.decode()
    response = client.post(
        reverse("checkout:shipping-address"),
        {
            "first_name": "Sana",
            "last_name": "Iqbal",
            "line1": "House 12, Street 4, Gulberg III",
            "line4": "Lahore",
            "postcode": "54660",
            "country": "PK",
            "phone_number": "+923001234567",
        },
        follow=True,
    )
    assert response.status_code == 200, response.content.decode()[:2000]
    preview = client.get(reverse("checkout:preview"))
    assert preview.status_code == 200
    assert "Rs\xa01,950" in preview.content.decode()

    response = client.post(reverse("checkout:preview"), {"action": "place_order"}, follow=True)
    assert response.status_code == 200
    order = Order.objects.get()
    assert order.guest_email == "sana@example.org"
    assert order.total_incl_tax == 3 * mango.stockrecords.get().price
    assert order.currency == "PKR"
    assert order.number in response.content.decode()
    stockrecord = mango.stockrecords.get()
    assert stockrecord.num_allocated == 3
