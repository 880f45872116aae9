"""The checkout steps' shared checks (Oscar loads this class for its own
steps as well as ours)."""

from django.urls import reverse
from django.utils.translation import gettext as _
from oscar.apps.checkout import session
from oscar.apps.checkout.exceptions import FailedPreCondition

from partner.strategy import basket_line_refusal


class CheckoutSessionMixin(session.CheckoutSessionMixin):
    def check_basket_is_valid(self, request):
        """Every step, placing the order included, sends the shopper back to
        her basket while a line cannot be bought as it stands; the basket
        page says which and what to do (``basket.views``)."""
        if any(basket_line_refusal(line) for line in request.basket.all_lines()):
            raise FailedPreCondition(
                url=reverse("basket:summary"),
                message=_(
                    "Some items in your cart cannot be bought as they are. "
                    "Please change them to check out."
                ),
            )
