"""Where local-only products can go, for the product page and the basket."""

from django import template

from delivery.reach import (
    basket_reach_summary,
    delivery_network,
    product_destinations,
    reach_sentence,
)

register = template.Library()


@register.simple_tag
def product_reach(product) -> str:
    """Where a local-only product can go, in a sentence; "" for any other."""
    if product is None or not product.is_local_only:
        return ""
    network = delivery_network()
    return reach_sentence(product_destinations(product, network=network), network)


@register.inclusion_tag("delivery/partials/basket_reach.html")
def basket_reach_notice(basket):
    """The basket's local-only lines, and whether one place can take them all."""
    reach = basket_reach_summary(basket)
    return {"restricted_lines": reach.lines, "nowhere_for_all": reach.nowhere_for_all}
