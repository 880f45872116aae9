"""Reference data the shop needs before its first order."""

from oscar.core.loading import get_model

Country = get_model("address", "Country")


def shipping_country_ensure() -> None:
    """Pakistan, the one country the shop delivers in (idempotent)."""
    Country.objects.update_or_create(
        iso_3166_1_a2="PK",
        defaults={
            "iso_3166_1_a3": "PAK",
            "iso_3166_1_numeric": "586",
            "printable_name": "Pakistan",
            "name": "Islamic Republic of Pakistan",
            "display_order": 1,
            "is_shipping_country": True,
        },
    )
