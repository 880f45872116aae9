"""Oscar's customer account pages, with where each person starts after
signing in, and an order line's address that answers."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from oscar.apps.customer import views as oscar_views
from oscar.core.loading import get_model

from cooperatives.services import cooperatives_led_by

Order = get_model("order", "Order")


def landing_url(user) -> str:
    """Where someone who signs in without a ``next`` address starts: her
    work for those who work here, her account for a customer."""
    if user.is_staff:
        return reverse("dashboard:index")
    if cooperatives_led_by(user).exists():
        return reverse("manage:index")
    if user.has_perm("delivery.view_run_sheet"):
        return reverse("delivery:run-sheets")
    return str(settings.LOGIN_REDIRECT_URL)


class AccountAuthView(oscar_views.AccountAuthView):
    def get(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(landing_url(request.user))
        return super().get(request, *args, **kwargs)

    def get_login_success_url(self, form):
        # A ``next`` address (checked to be this site's by Oscar's form) wins.
        return form.cleaned_data["redirect_url"] or landing_url(self.request.user)


class OrderLineView(oscar_views.OrderLineView):
    """An order line has no page of its own: its address leads to the order,
    and a line that is not of her order is not found. Re-ordering the line
    (a POST) is Oscar's, through the purchase strategy."""

    def get_object(self, queryset=None):
        order = get_object_or_404(Order, user=self.request.user, number=self.kwargs["order_number"])
        return get_object_or_404(order.lines, id=self.kwargs["line_id"])

    def get(self, request, *args, **kwargs):
        self.get_object()
        return redirect("customer:order", order_number=self.kwargs["order_number"])
