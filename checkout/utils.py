from oscar.apps.checkout.utils import CheckoutSessionData as OscarCheckoutSessionData

from .delivery import NAMESPACE


class CheckoutSessionData(OscarCheckoutSessionData):
    """Oscar's checkout session, plus the delivery choice and the chosen slot."""

    def deliver_to_area(self, area_id: int):
        self._flush_namespace(NAMESPACE)
        self._set(NAMESPACE, "area_id", area_id)

    def pick_up_at(self, pickup_point_id: int):
        self._flush_namespace(NAMESPACE)
        self._set(NAMESPACE, "pickup_point_id", pickup_point_id)

    def delivery_key(self):
        return (self._get(NAMESPACE, "area_id"), self._get(NAMESPACE, "pickup_point_id"))

    def choose_slot(self, slot_id: int):
        self._set(NAMESPACE, "slot_id", slot_id)

    def slot_id(self):
        return self._get(NAMESPACE, "slot_id")
