import oscar.apps.basket.apps as apps


class BasketConfig(apps.BasketConfig):
    """Thin fork of Oscar's basket: one clear message for a product that
    cannot go in the basket, and a warning saying what to do about each line
    that cannot be bought as it stands (``basket.views``)."""

    name = "basket"
