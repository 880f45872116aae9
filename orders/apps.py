import oscar.apps.order.apps as apps


class OrderConfig(apps.OrderConfig):
    """Thin fork of Oscar's order app (label "order"); per-cooperative
    fulfilment and delivery slots attach here."""

    name = "orders"
