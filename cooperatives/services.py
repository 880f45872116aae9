"""Services that create and change cooperatives (each owns its transaction)."""

from django.conf import settings
from django.db import transaction
from oscar.core.loading import get_model

from .models import Cooperative

Partner = get_model("partner", "Partner")


@transaction.atomic
def cooperative_create(
    *,
    name: str,
    slug: str,
    district: str,
    city: str,
    name_ur: str = "",
    summary: str = "",
    summary_ur: str = "",
    registration_number: str = "",
    contact_phone: str = "",
    mail_language: str = settings.LANGUAGE_CODE,
) -> Cooperative:
    """Create a cooperative and the Oscar partner that holds its stock."""
    partner = Partner.objects.create(name=name, code=slug)
    return Cooperative.objects.create(
        partner=partner,
        name_en=name,
        name_ur=name_ur or None,
        slug=slug,
        summary_en=summary,
        summary_ur=summary_ur or None,
        district=district,
        city=city,
        registration_number=registration_number,
        contact_phone=contact_phone,
        mail_language=mail_language,
    )


@transaction.atomic
def cooperative_leader_add(*, cooperative: Cooperative, user) -> None:
    """Make ``user`` a leader of ``cooperative`` (a user of its Oscar partner).

    Leaders work in the cooperative's own dashboard (/manage/). They are not
    given Oscar's ``partner.dashboard_access``: Oscar's dashboard would show
    them other cooperatives' lines of shared orders and customers' addresses.
    """
    cooperative.partner.users.add(user)


def cooperatives_led_by(user):
    """The cooperatives ``user`` may act for: all for staff, else those she leads."""
    if not user.is_authenticated:
        return Cooperative.objects.none()
    if user.is_staff:
        return Cooperative.objects.all()
    return Cooperative.objects.filter(partner__users=user)
