"""Mail about orders, written to the outbox in the order's transaction.

Placing an order must never fail because mail, SMS or the broker is down,
and a customer must never get a confirmation for an order that was rolled
back: so the messages are outbox rows committed with the order, and Celery
sends them afterwards (see ``notifications``).
"""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from cooperatives.models import leader_mail_language
from notifications.services import outbox_enqueue

CommunicationEventType = get_model("communication", "CommunicationEventType")


def order_placed_notify(*, order, status_path: str | None = None) -> int:
    """The customer's confirmation and one notice per cooperative leader.

    Returns the number of messages written. Call inside the order's transaction.
    """
    written = 0
    email = order.email
    if email:
        from django.contrib.sites.models import Site

        context = {
            "order": order,
            "lines": order.lines.all(),
            "status_path": status_path,
            "site": Site.objects.get_current(),
        }
        messages = CommunicationEventType.objects.get_and_render("ORDER_PLACED", context)
        written += bool(
            outbox_enqueue(
                dedupe_key=f"order-placed:{order.number}:customer",
                to=email,
                subject=messages["subject"],
                body=messages["body"],
                html_body=messages.get("html") or "",
            )
        )
    lines_by_partner = {}
    for line in order.lines.select_related("partner__cooperative", "product"):
        lines_by_partner.setdefault(line.partner, []).append(line)
    for partner, lines in lines_by_partner.items():
        if partner is None:
            continue
        # One notice per partner, in its cooperative's language, to each leader.
        with translation.override(leader_mail_language(partner)):
            cooperative = getattr(partner, "cooperative", None)
            subject = _("New order %(number)s for %(cooperative)s") % {
                "number": order.number,
                "cooperative": cooperative.name if cooperative else partner.name,
            }
            body = render_to_string(
                "orders/email/cooperative_new_order.txt",
                {"order": order, "lines": lines, "partner": partner},
            )
        for leader in partner.users.filter(is_active=True).exclude(email=""):
            written += bool(
                outbox_enqueue(
                    dedupe_key=f"order-placed:{order.number}:partner-{partner.pk}:user-{leader.pk}",
                    to=leader.email,
                    subject=subject,
                    body=body,
                )
            )
    return written
