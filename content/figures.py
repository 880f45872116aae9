"""Figures about the network, counted from the shop as it stands.

The home page shows how many cooperatives, women makers, products and
districts Hunar Bazaar has. Typed figures go stale the day a cooperative
joins; these are counted, and kept in the cache for a few minutes so that a
busy home page does not count them on every request.
"""

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from catalogue.browse import products_for_cards

CACHE_KEY = "content:shop-figures"
CACHE_SECONDS = 300

#: What each figure counts, in the order an editor is offered them.
FIGURES = {
    "cooperatives": _("member cooperatives"),
    "makers": _("women makers"),
    "products": _("products on sale"),
    "districts": _("districts"),
}


def shop_figures_count() -> dict[str, int]:
    """Count every figure now (a handful of queries)."""
    from cooperatives.models import Cooperative, Member

    active = Cooperative.objects.filter(status=Cooperative.Status.ACTIVE)
    return {
        "cooperatives": active.count(),
        "makers": Member.objects.filter(is_active=True, cooperative__in=active).count(),
        "products": products_for_cards(available_only=True).count(),
        "districts": active.exclude(district="").values("district").distinct().count(),
    }


def shop_figures() -> dict[str, int]:
    """The figures, counted at most every few minutes."""
    figures = cache.get(CACHE_KEY)
    if figures is None:
        figures = shop_figures_count()
        cache.set(CACHE_KEY, figures, CACHE_SECONDS)
    return figures
