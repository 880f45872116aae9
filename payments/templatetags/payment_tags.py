from django import template
from django.utils.translation import gettext as _

from marketplace.money import from_paisa
from orders.cancellation import order_amount_due_paisa
from payments.models import Payment

register = template.Library()


@register.simple_tag
def order_payment_summary(order):
    """How the order is paid, for the customer's order pages."""
    payment = (
        Payment.objects.filter(order=order)
        .exclude(status__in=[Payment.Status.FAILED, Payment.Status.VOIDED])
        .order_by("-attempt")
        .first()
    )
    if payment is not None and payment.method == Payment.Method.CARD:
        text = (
            _("Paid by card")
            if payment.status == Payment.Status.PAID
            else _("Card payment being taken")
        )
        return {
            "text": text,
            "refunded": from_paisa(payment.amount_refunded_paisa),
            "due": None,
        }
    return {
        "text": _("Cash on delivery"),
        "refunded": None,
        "due": from_paisa(order_amount_due_paisa(order)),
    }
