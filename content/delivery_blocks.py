"""The "live delivery information" block: delivery facts from the delivery app.

An editor places it between her own paragraphs on any page (the demo's
"Delivery and Payment" page uses one per part). Its figures — zones, fees,
areas, markets and their hours, slot times, cut-offs, payment methods —
are read when the page is shown (``delivery.overview``); nothing in the
block is typed, so the page cannot promise what checkout does not do.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class DeliveryInformationBlock(blocks.StructBlock):
    PARTS = [
        ("all", _("Everything below, with headings")),
        ("zones", _("Home delivery: zones, areas, fees and times")),
        ("markets", _("Sunday markets: where, when, pickup times")),
        ("ordering", _("When to order: cut-off, how far ahead, holidays")),
        ("local", _("Fresh produce: where it can go")),
        ("payment", _("Ways to pay")),
    ]

    part = blocks.ChoiceBlock(
        label=_("What to show"),
        choices=PARTS,
        default="all",
        help_text=_("Read from the delivery settings when the page is shown; not editable here."),
    )

    class Meta:
        icon = "site"
        label = _("Live delivery information")
        template = "content/blocks/delivery_information.html"

    def get_context(self, value, parent_context=None):
        from delivery.overview import delivery_overview

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        # One page may hold several parts: read the data once per request.
        overview = getattr(request, "_delivery_overview", None)
        if overview is None:
            overview = delivery_overview()
            if request is not None:
                request._delivery_overview = overview
        context["overview"] = overview
        context["part"] = value.get("part") or "all"
        return context
