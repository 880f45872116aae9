"""Staff reach the Django admin, Oscar's dashboard and Wagtail's admin."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("login_path", "protected_path"),
    [
        ("/admin/login/", "/admin/"),
        ("/cms/login/", "/cms/"),
    ],
)
def test_staff_sign_in_to_admin_and_cms(client, staff_user, site_pages, login_path, protected_path):
    assert client.get(protected_path).status_code == 302
    response = client.post(
        login_path,
        {"username": "staff", "password": "correct horse battery", "next": protected_path},
    )
    assert response.status_code == 302
    assert client.get(protected_path).status_code == 200


def test_staff_sign_in_to_shop_dashboard(client, staff_user, site_pages):
    dashboard = "/shop/dashboard/"
    assert client.get(dashboard).status_code == 302
    response = client.post(
        "/shop/dashboard/login/",
        {"username": "staff@example.org", "password": "correct horse battery"},
    )
    assert response.status_code == 302
    assert client.get(dashboard).status_code == 200


def test_customer_cannot_open_dashboard_admin_or_cms(client, site_pages):
    from .factories import UserFactory

    UserFactory(username="shopper")
    client.login(username="shopper", password="correct horse battery")
    assert client.get("/shop/dashboard/").status_code in (302, 403)
    assert client.get("/admin/").status_code == 302
    assert client.get("/cms/").status_code == 302


def test_wrong_password_is_refused(client, staff_user, site_pages):
    response = client.post("/admin/login/", {"username": "staff", "password": "nope"})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302
