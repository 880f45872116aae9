"""Staff screens for one order: cancel lines or the whole order, refund."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
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
from .forms import LinesCancelForm, OrderCancelForm, RefundForm

Order = get_model("order", "Order")


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
