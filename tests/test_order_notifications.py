"""Order mail goes through the outbox: placing an order never fails because of mail."""

import pytest
from django.core import mail
from django.urls import reverse
from oscar.core.loading import get_model

from notifications.models import OutboxMessage
from notifications.services import outbox_flush

from .checkout_steps import choose_home as _choose_home
from .checkout_steps import first_slot as _first_slot
from .checkout_steps import start as _start

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


@pytest.fixture
def leaders(shop):
    """A leader for each of the shop's two cooperatives (and no orders yet)."""
    from cooperatives.services import cooperative_leader_add

    from .factories import UserFactory

    for key, username in (("lahore", "leader.a"), ("haripur", "leader.b")):
        cooperative_leader_add(
            cooperative=shop["cooperatives"][key],
            user=UserFactory(username=username, email=f"{username}@example.org"),
        )


def test_confirmation_and_each_cooperatives_notice_are_sent_after_commit(
    client,
    site_pages,
    shop,
    zone,
    leaders,
    django_capture_on_commit_callbacks,
):
    _start(client, shop, quantity=1)
    _choose_home(client, zone)
    client.post(reverse("checkout:slot"), {"slot": _first_slot(zone).pk})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("checkout:preview"), {"action": "place_order"})
    assert response.status_code == 302
    order = Order.objects.get()
    by_recipient = {message.to[0]: message for message in mail.outbox}
    confirmation = by_recipient["sana@example.org"]
    assert order.number in confirmation.subject or order.number in confirmation.body
    assert "Delivery:" in confirmation.body
    assert "/shop/accounts/orders/" in confirmation.body or "Follow your order" in confirmation.body
    notice = by_recipient["leader.b@example.org"]  # Haripur makes the mango pickle
    assert "1 × Mango Pickle 500 g" in notice.body
    assert "Sana" not in notice.body and "House 12" not in notice.body
    assert "leader.a@example.org" not in by_recipient  # nothing from Anarkali in this order
    assert OutboxMessage.objects.filter(status="sent").count() == 2
    assert len(mail.outbox) == 2


def test_with_the_broker_down_the_order_is_placed_and_mail_goes_later(
    client,
    site_pages,
    shop,
    zone,
    leaders,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    from notifications import tasks

    def broker_down(*args, **kwargs):
        # Stands in for kombu's OperationalError when Redis is unreachable.
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(tasks.outbox_deliver_task, "delay", broker_down)
    _start(client, shop, quantity=1)
    _choose_home(client, zone)
    client.post(reverse("checkout:slot"), {"slot": _first_slot(zone).pk})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("checkout:preview"), {"action": "place_order"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("checkout:thank-you")
    assert Order.objects.count() == 1
    assert mail.outbox == []
    assert OutboxMessage.objects.filter(status="pending").count() == 2
    assert outbox_flush() == 2
    assert len(mail.outbox) == 2


def test_with_mail_failing_the_order_is_placed_and_mail_is_retried(
    client,
    site_pages,
    shop,
    zone,
    leaders,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.EMAIL_BACKEND = "tests.test_outbox.FailingBackend"
    _start(client, shop, quantity=1)
    _choose_home(client, zone)
    client.post(reverse("checkout:slot"), {"slot": _first_slot(zone).pk})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("checkout:preview"), {"action": "place_order"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("checkout:thank-you")
    assert OutboxMessage.objects.filter(status="pending", attempts=1).count() == 2
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox_flush() == 2
    assert outbox_flush() == 0
    assert len(mail.outbox) == 2


def test_no_mail_for_an_order_that_was_not_placed(
    client,
    site_pages,
    shop,
    zone,
    leaders,
    monkeypatch,
):
    from datetime import timedelta

    from django.utils import timezone

    from checkout.views import PaymentDetailsView
    from delivery.models import SlotHold

    Basket = get_model("basket", "Basket")
    _start(client, shop, quantity=1)
    _choose_home(client, zone)
    slot = _first_slot(zone)
    client.post(reverse("checkout:slot"), {"slot": slot.pk})
    monkeypatch.setattr(PaymentDetailsView, "check_slot_is_held", lambda self, request: None)
    SlotHold.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    for _ in range(2):
        SlotHold.objects.create(
            slot=slot,
            basket=Basket.objects.create(),
            expires_at=timezone.now() + timedelta(minutes=5),
        )
    client.post(reverse("checkout:preview"), {"action": "place_order"})
    assert not Order.objects.exists()
    assert not OutboxMessage.objects.exists()
