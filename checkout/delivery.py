"""The customer's delivery choice, kept in the checkout session."""

from dataclasses import dataclass

from oscar.core.loading import get_model

from delivery.models import DeliveryZone, PickupPoint, ServedArea
from shipping.methods import HomeDelivery

Order = get_model("order", "Order")

NAMESPACE = "delivery"


@dataclass(frozen=True)
class DeliveryChoice:
    zone: DeliveryZone | None = None
    area: ServedArea | None = None
    pickup_point: PickupPoint | None = None

    @property
    def is_pickup(self):
        return self.pickup_point is not None


def delivery_choice(request) -> DeliveryChoice | None:
    data = request.session.get("checkout_data", {}).get(NAMESPACE, {})
    if data.get("area_id"):
        area = (
            ServedArea.objects.filter(pk=data["area_id"], is_active=True, zone__is_active=True)
            .select_related("zone")
            .first()
        )
        return DeliveryChoice(zone=area.zone, area=area) if area else None
    if data.get("pickup_point_id"):
        point = PickupPoint.objects.filter(pk=data["pickup_point_id"], is_active=True).first()
        return DeliveryChoice(pickup_point=point) if point else None
    return None


def address_last_used(*, user, area: ServedArea) -> dict:
    """A returning customer's delivery details, from her own orders: her name
    and phone from the latest, and the street from her latest home delivery
    to this same area (a street of another area would send the rider astray).
    Empty for a customer with no orders."""
    orders = (
        Order.objects.filter(user=user, shipping_address__isnull=False)
        .select_related("shipping_address")
        .order_by("-date_placed", "-pk")
    )
    latest = orders.first()
    if latest is None:
        return {}
    address = latest.shipping_address
    fields = {
        "first_name": address.first_name,
        "last_name": address.last_name,
        "phone_number": address.phone_number,
    }
    home = orders.filter(
        shipping_code=HomeDelivery.code,
        shipping_address__line3=area.name_en,
        shipping_address__line4=area.zone.city,
    ).first()
    if home is not None:
        street = home.shipping_address
        fields.update(
            line1=street.line1, line2=street.line2, postcode=street.postcode, notes=street.notes
        )
    return fields
