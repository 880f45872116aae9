"""Order tracking for guests; staff screens for one order (cancel lines or the
whole order, refund)."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from oscar.core.loading import get_model

from marketplace.money import from_paisa, to_paisa
from payments.models import Payment

from .cancellation import (
    CancellationRefused,
    order_amount_due_paisa,
    order_cancel,
    order_cancelled_paisa,
    order_lines_cancel,
    order_refund,
)
from .forms import LinesCancelForm, OrderCancelForm, OrderTrackForm, RefundForm

Order = get_model("order", "Order")


class OrderTrackView(View):
    """A guest finds her order with its number and her e-mail address.

    The answer is the same whether the number or the address is wrong, and
    each address (IP) gets a few tries per quarter hour."""

    template_name = "orders/track.html"
    tries = 10

    def get(self, request):
        return render(request, self.template_name, {"form": OrderTrackForm()})

    def post(self, request):
        form = OrderTrackForm(request.POST)
        key = f"order-track:{request.META.get('REMOTE_ADDR', '')}"
        tried = cache.get(key, 0)
        if tried >= self.tries:
            form.add_error(None, _("Too many tries. Please wait a quarter of an hour."))
            return render(request, self.template_name, {"form": form}, status=429)
        cache.set(key, tried + 1, 15 * 60)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        email = form.cleaned_data["email"]
        order = (
            Order.objects.filter(number=form.cleaned_data["number"])
            .filter(Q(guest_email__iexact=email) | Q(user__email__iexact=email))
            .first()
        )
        if order is None:
            form.add_error(None, _("We could not find an order with that number and e-mail."))
            return render(request, self.template_name, {"form": form}, status=404)
        if order.user_id:
            # An account's order: shown in her order history (after signing in).
            return redirect("customer:order", order_number=order.number)
        # What Oscar's own anonymous order page checks: she gave the address.
        request.session["anon_order_email"] = order.email
        return redirect(
            "customer:anon-order", order_number=order.number, hash=order.verification_hash()
        )


class StaffOnly(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class OrderListView(StaffOnly, View):
    def get(self, request):
        orders = Order.objects.order_by("-date_placed")
        if number := request.GET.get("number", "").strip():
            orders = orders.filter(number__icontains=number)
        return render(request, "orders/staff_list.html", {"orders": orders[:50], "number": number})


class OrderDetailView(StaffOnly, View):
    def get(self, request, number, **forms):
        order = get_object_or_404(Order, number=number)
        payments = list(Payment.objects.filter(order=order).prefetch_related("refunds"))
        card = next((p for p in payments if p.method == "card" and p.status == "paid"), None)
        context = {
            "order": order,
            "lines_form": forms.get("lines_form") or LinesCancelForm(order=order),
            "cancel_form": forms.get("cancel_form") or OrderCancelForm(),
            "refund_form": forms.get("refund_form") or RefundForm(),
            "payments": payments,
            "card": card,
            "refundable": from_paisa(card.refundable_paisa) if card else None,
            "cancelled": from_paisa(order_cancelled_paisa(order)),
            "cash_due": from_paisa(order_amount_due_paisa(order)),
            "parts": order.parts.select_related("partner").order_by("partner__name"),
            "notes": order.notes.order_by("date_created", "pk"),
        }
        return render(request, "orders/staff_detail.html", context, status=forms.get("status", 200))

    def post(self, request, number):
        order = get_object_or_404(Order, number=number)
        action = request.POST.get("action")
        try:
            if action == "cancel-lines":
                form = LinesCancelForm(request.POST, order=order)
                if not form.is_valid():
                    return self.get(request, number, lines_form=form, status=400)
                amount = order_lines_cancel(
                    order_id=order.pk,
                    quantities=form.quantities(),
                    by=request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(
                    request,
                    _("Cancelled; Rs %(amount)s taken off.") % {"amount": from_paisa(amount)},
                )
            elif action == "cancel-order":
                form = OrderCancelForm(request.POST)
                if not form.is_valid():
                    return self.get(request, number, cancel_form=form, status=400)
                order_cancel(order_id=order.pk, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("The order is cancelled."))
            elif action == "refund":
                form = RefundForm(request.POST)
                if not form.is_valid():
                    return self.get(request, number, refund_form=form, status=400)
                order_refund(
                    order_id=order.pk,
                    amount_paisa=to_paisa(form.cleaned_data["amount"]),
                    by=request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(request, _("Refunded."))
            else:
                return self.get(request, number, status=400)
        except CancellationRefused as refused:
            messages.error(request, refused.message)
            return self.get(request, number, status=409)
        return redirect("staff-orders:detail", number=order.number)
