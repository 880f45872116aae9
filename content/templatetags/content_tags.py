from django import template

from content.figures import FIGURES, shop_figures

register = template.Library()


@register.simple_tag
def shop_figure(key):
    """``{% shop_figure "makers" as figure %}``: the number and its usual words."""
    return {"number": shop_figures().get(key, 0), "label": FIGURES.get(key, "")}
