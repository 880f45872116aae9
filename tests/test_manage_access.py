"""Who may do what in a cooperative's dashboard, and in Oscar's.

The matrix: {anonymous, customer, leader of A, leader of B, staff} ×
{A's product list, edit, photo upload, stock change, CSV export, CSV import,
A's order lines, A's members}. Only A's leader and staff succeed. Anonymous
visitors are sent to sign in; everyone else gets 404 (the same answer as for
something that does not exist). No refused request changes anything.
"""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model

from .factories import UserFactory, jpeg_bytes

pytestmark = pytest.mark.django_db

ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")
StockChange = get_model("partner", "StockChange")
Order = get_model("order", "Order")

ROLES = ["anonymous", "customer", "leader_a", "leader_b", "staff"]
ALLOWED = {"leader_a", "staff"}


def _login(client, role, coops):
    if role == "anonymous":
        return
    user = {
        "customer": lambda: UserFactory(username="shopper"),
        "leader_a": lambda: coops["leader_a"],
        "leader_b": lambda: coops["leader_b"],
        "staff": lambda: UserFactory(username="staffer", is_staff=True),
    }[role]()
    client.force_login(user)


def _state(coops):
    """Everything a refused request must leave untouched."""
    product = coops["product_a"]
    product.refresh_from_db()
    stockrecord = StockRecord.objects.get(product=product)
    return (
        product.title_en,
        product.is_public,
        stockrecord.num_in_stock,
        stockrecord.price,
        ProductImage.objects.filter(product=product).count(),
        StockChange.objects.count(),
        coops["a"].members.count(),
    )


def _actions(coops):
    a = coops["a"].slug
    pk = coops["product_a"].pk
    sku = StockRecord.objects.get(product=coops["product_a"]).partner_sku
    csv = f"sku,quantity\n{sku},42\n".encode()
    return {
        "product list": ("get", f"/manage/{a}/", None),
        "edit form": ("get", f"/manage/{a}/products/{pk}/", None),
        "edit": (
            "post",
            f"/manage/{a}/products/{pk}/",
            {
                "title_en": "Renamed",
                "product_class": coops["product_a"].product_class_id,
                "category": coops["product_a"].categories.first().pk,
                "price": "4500",
                "num_in_stock": "3",
                "makers-TOTAL_FORMS": "0",
                "makers-INITIAL_FORMS": "0",
            },
        ),
        "photo upload": (
            "post",
            f"/manage/{a}/products/{pk}/photos/",
            {"photo": SimpleUploadedFile("upload.jpg", jpeg_bytes(), "image/jpeg")},
        ),
        "stock change": ("post", f"/manage/{a}/products/{pk}/stock/", {"num_in_stock": "99"}),
        "deactivate": ("post", f"/manage/{a}/products/{pk}/active/", {"active": "0"}),
        "csv export": ("get", f"/manage/{a}/stock/export.csv", None),
        "csv import": (
            "post",
            f"/manage/{a}/stock/import/",
            {"file": SimpleUploadedFile("stock.csv", csv, "text/csv")},
        ),
        "order lines": ("get", f"/manage/{a}/orders/", None),
        "members": ("get", f"/manage/{a}/members/", None),
        "add member": (
            "post",
            f"/manage/{a}/members/new/",
            {"name": "New Member", "is_active": "on"},
        ),
    }


ACTION_NAMES = [
    "product list",
    "edit form",
    "edit",
    "photo upload",
    "stock change",
    "deactivate",
    "csv export",
    "csv import",
    "order lines",
    "members",
    "add member",
]


@pytest.mark.parametrize("action", ACTION_NAMES)
@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(client, site_pages, coops, role, action):
    _login(client, role, coops)
    method, url, data = _actions(coops)[action]
    before = _state(coops)
    response = getattr(client, method)(url, data or {})
    if role in ALLOWED:
        assert response.status_code in (200, 302), (role, action, response.status_code)
        if response.status_code == 302:
            assert "/login/" not in response["Location"]
        return
    if role == "anonymous":
        assert response.status_code == 302
        assert "/shop/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 404, (role, action, response.status_code)
    assert _state(coops) == before, f"{role} changed something with {action}"


def test_allowed_writes_take_effect(client, site_pages, coops):
    """The matrix's green cells really do something (so its red cells mean something)."""
    client.force_login(coops["leader_a"])
    actions = _actions(coops)
    _, url, data = actions["stock change"]
    client.post(url, data)
    assert StockRecord.objects.get(product=coops["product_a"]).num_in_stock == 99
    _, url, data = actions["deactivate"]
    client.post(url, data)
    coops["product_a"].refresh_from_db()
    assert coops["product_a"].is_public is False


def test_leader_cannot_reach_another_cooperatives_product_through_her_own_slug(
    client, site_pages, coops
):
    client.force_login(coops["leader_b"])
    b = coops["b"].slug
    pk = coops["product_a"].pk
    before = _state(coops)
    assert client.get(f"/manage/{b}/products/{pk}/").status_code == 404
    assert (
        client.post(f"/manage/{b}/products/{pk}/stock/", {"num_in_stock": "0"}).status_code == 404
    )
    assert client.post(f"/manage/{b}/products/{pk}/active/", {"active": "0"}).status_code == 404
    image = ProductImage.objects.filter(product=coops["product_a"]).first()
    assert (
        client.post(
            f"/manage/{b}/products/{coops['product_b'].pk}/photos/{image.pk}/delete/"
        ).status_code
        == 404
    )
    member_a = coops["member_a"]
    assert client.get(f"/manage/{b}/members/{member_a.pk}/").status_code == 404
    assert _state(coops) == before
    assert ProductImage.objects.filter(pk=image.pk).exists()


def test_another_cooperatives_member_is_not_a_valid_maker(client, site_pages, coops):
    client.force_login(coops["leader_a"])
    product = coops["product_a"]
    response = client.post(
        f"/manage/{coops['a'].slug}/products/{product.pk}/",
        {
            "title_en": "Phulkari Shawl",
            "product_class": product.product_class_id,
            "category": product.categories.first().pk,
            "price": "4500",
            "num_in_stock": "3",
            "makers-TOTAL_FORMS": "1",
            "makers-INITIAL_FORMS": "0",
            "makers-0-member": coops["member_b"].pk,
            "makers-0-weight": "1",
        },
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not product.makers.exists()


def test_order_lines_show_only_the_cooperatives_own_lines_and_no_customer_details(
    client, site_pages, coops
):
    client.force_login(coops["leader_a"])
    html = client.get(f"/manage/{coops['a'].slug}/orders/").content.decode()
    assert "Phulkari Shawl" in html
    assert "Mango Pickle" not in html
    for private in ["Sana", "Iqbal", "House 12", "sana@example.org", "1234567"]:
        assert private not in html


class TestOscarDashboardIsStaffOnly:
    """Oscar's partner mode would let a leader see other cooperatives' lines,
    change order status and open the customer's address."""

    @pytest.fixture
    def leader_with_oscar_permission(self, coops):
        # What Oscar's own "link user to partner" screen grants.
        leader = coops["leader_a"]
        leader.user_permissions.add(
            Permission.objects.get(codename="dashboard_access", content_type__app_label="partner")
        )
        return leader

    def test_leader_gets_403_everywhere_in_oscars_dashboard(
        self, client, site_pages, coops, leader_with_oscar_permission
    ):
        client.force_login(leader_with_oscar_permission)
        order = coops["order"]
        line = order.lines.get(partner=coops["b"].partner)
        for url in [
            "/shop/dashboard/",
            "/shop/dashboard/orders/",
            f"/shop/dashboard/orders/{order.number}/",
            f"/shop/dashboard/orders/{order.number}/lines/{line.pk}/",
            f"/shop/dashboard/orders/{order.number}/shipping-address/",
            "/shop/dashboard/catalogue/",
            f"/shop/dashboard/catalogue/products/{coops['product_b'].pk}/",
        ]:
            response = client.get(url)
            assert response.status_code == 403, url
            assert "Mango" not in response.content.decode()
            assert "House 12" not in response.content.decode()

    def test_leader_cannot_change_order_status_or_address(
        self, client, site_pages, coops, leader_with_oscar_permission
    ):
        client.force_login(leader_with_oscar_permission)
        order = coops["order"]
        status = order.status
        response = client.post(
            f"/shop/dashboard/orders/{order.number}/",
            {"order_action": "change_order_status", "new_status": "Cancelled"},
        )
        assert response.status_code == 403
        response = client.post(
            f"/shop/dashboard/orders/{order.number}/shipping-address/",
            {"first_name": "Hacked", "line1": "Elsewhere", "line4": "Karachi", "country": "PK"},
        )
        assert response.status_code == 403
        order.refresh_from_db()
        assert order.status == status
        assert order.shipping_address.first_name == "Sana"

    def test_staff_still_use_oscars_dashboard(self, client, site_pages, coops):
        # Oscar also asks staff for its model permissions (order.view_order).
        client.force_login(UserFactory(username="staffer", is_staff=True, is_superuser=True))
        order = coops["order"]
        assert client.get(f"/shop/dashboard/orders/{order.number}/").status_code == 200

    def test_anonymous_is_sent_to_sign_in_and_login_page_stays_open(self, client, site_pages):
        response = client.get("/shop/dashboard/orders/")
        assert response.status_code == 302
        assert "login" in response["Location"]
        assert client.get("/shop/dashboard/login/").status_code == 200
