import oscar.apps.customer.apps as apps


class CustomerConfig(apps.CustomerConfig):
    """Thin fork of Oscar's customer app: where each person lands after
    signing in, and an order line's address that answers instead of failing
    (``customer.views``)."""

    name = "customer"
