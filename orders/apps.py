import oscar.apps.order.apps as apps


class OrderConfig(apps.OrderConfig):
    """Thin fork of Oscar's order app (label "order"); per-cooperative
    fulfilment attaches here."""

    name = "orders"

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401
