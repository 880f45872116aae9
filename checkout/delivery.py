"""The customer's delivery choice, kept in the checkout session."""

from dataclasses import dataclass

from delivery.models import DeliveryZone, PickupPoint, ServedArea

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
