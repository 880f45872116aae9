import oscar.apps.order.apps as apps


class OrderConfig(apps.OrderConfig):
    """Thin fork of Oscar's order app (label "order"): each cooperative's part
    of an order and its states (orders.fulfilment)."""

    name = "orders"
