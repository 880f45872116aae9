"""Customers move an order to another time; staff and riders read run sheets."""

from collections import OrderedDict

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from oscar.core.loading import get_model

from marketplace.money import from_paisa, to_paisa
from orders.cancellation import lines_with_quantity_left

from .cash import (
    CashRefused,
    cash_differences,
    cash_due_paisa,
    cash_handover_record,
    delivery_record,
    order_take_out,
    rider_cash_held_paisa,
    riders_holding_cash,
)
from .forms import DeliveryRecordForm, HandoverForm
from .models import CashHandover, Slot, SlotBooking
from .services import SlotUnavailable, slot_availability, slot_booking_active, slot_booking_move

Order = get_model("order", "Order")
Line = get_model("order", "Line")


def _order_lead_hours(order):
    days = [line.product.made_to_order_days for line in order.lines.all() if line.product_id]
    return max(days, default=0) * 24


class OrderSlotChangeView(LoginRequiredMixin, View):
    """A customer moves her order to another time of the same area or market."""

    def get_order(self, number):
        order = get_object_or_404(Order, number=number, user=self.request.user)
        booking = slot_booking_active(order)
        if booking is None:
            raise Http404
        return order, booking

    def get(self, request, number):
        order, booking = self.get_order(number)
        now = timezone.now()
        too_late = booking.slot.cutoff_at <= now
        choices = (
            []
            if too_late
            else slot_availability(
                zone=booking.slot.zone,
                pickup_point=booking.slot.pickup_point,
                lead_hours=_order_lead_hours(order),
                now=now,
            )
        )
        return render(
            request,
            "delivery/order_slot_change.html",
            {"order": order, "booking": booking, "choices": choices, "too_late": too_late},
        )

    def post(self, request, number):
        order, booking = self.get_order(number)
        try:
            slot_id = int(request.POST.get("slot", ""))
            slot_booking_move(order=order, new_slot_id=slot_id, lead_hours=_order_lead_hours(order))
        except ValueError:
            messages.error(request, _("Please choose a time."))
        except SlotUnavailable as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("Your order's time has been changed."))
            return redirect("customer:order", order_number=order.number)
        return redirect("delivery:order-slot", number=order.number)


def _can_see_run_sheets(user):
    return user.is_authenticated and (user.is_staff or user.has_perm("delivery.view_run_sheet"))


class RunSheetListView(LoginRequiredMixin, View):
    def get(self, request):
        if not _can_see_run_sheets(request.user):
            raise PermissionDenied
        today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        slots = (
            Slot.objects.filter(
                starts_at__gte=today, starts_at__lt=today + timezone.timedelta(days=8)
            )
            .select_related("zone", "pickup_point")
            .annotate(orders=Count("bookings", filter=Q(bookings__released_at__isnull=True)))
            .order_by("starts_at")
        )
        return render(
            request,
            "delivery/run_sheet_list.html",
            {"slots": slots, "held": from_paisa(rider_cash_held_paisa(request.user))},
        )


class RunSheetView(LoginRequiredMixin, View):
    """Everything a rider (or the market stall) needs for one slot."""

    def get(self, request, slot_id, forms=None, status=200):
        forms = forms or {}
        if not _can_see_run_sheets(request.user):
            raise PermissionDenied
        slot = get_object_or_404(Slot.objects.select_related("zone", "pickup_point"), pk=slot_id)
        bookings = (
            SlotBooking.objects.filter(slot=slot, released_at__isnull=True)
            .select_related("order__shipping_address", "order__user")
            .prefetch_related(
                Prefetch(
                    "order__lines",
                    queryset=lines_with_quantity_left(
                        Line.objects.select_related("partner__cooperative")
                    ).order_by("partner__name", "pk"),
                )
            )
            .order_by("order__shipping_address__line3", "order__number")
        )
        bookings = bookings.prefetch_related("order__parts").select_related(
            "order__cash_collection"
        )
        stops = []
        for booking in bookings:
            order = booking.order
            by_cooperative = OrderedDict()
            for line in order.lines.all():
                if line.quantity_left > 0:  # cancelled items are not carried
                    by_cooperative.setdefault(line.partner_name, []).append(line)
            live = [p.status for p in order.parts.all() if p.status != "cancelled"]
            collection = getattr(order, "cash_collection", None)
            stops.append(
                {
                    "order": order,
                    "by_cooperative": by_cooperative.items(),
                    "collection": collection,
                    "due": from_paisa(cash_due_paisa(order)) if collection is None else None,
                    "can_take_out": collection is None and "ready" in live,
                    "can_record": collection is None
                    and bool(live)
                    and all(s == "out_for_delivery" for s in live),
                    "form": forms.get(order.pk) or DeliveryRecordForm(),
                }
            )
        cash_total = sum((stop["due"] for stop in stops if stop["due"] is not None), start=0)
        return render(
            request,
            "delivery/run_sheet.html",
            {
                "slot": slot,
                "stops": stops,
                "cash_total": cash_total,
                "held": from_paisa(rider_cash_held_paisa(request.user)),
            },
            status=status,
        )

    def post(self, request, slot_id):
        if not _can_see_run_sheets(request.user):
            raise PermissionDenied
        slot = get_object_or_404(Slot, pk=slot_id)
        booking = get_object_or_404(
            SlotBooking.objects.select_related("order"),
            slot=slot,
            released_at__isnull=True,
            order__number=request.POST.get("order", ""),
        )
        order = booking.order
        try:
            if request.POST.get("action") == "out":
                order_take_out(order_id=order.pk, slot_id=slot.pk, rider=request.user)
                messages.success(
                    request, _("Order %(n)s is out for delivery.") % {"n": order.number}
                )
            else:
                form = DeliveryRecordForm(request.POST)
                if not form.is_valid():
                    return self.get(request, slot_id, forms={order.pk: form}, status=400)
                delivery_record(
                    order_id=order.pk,
                    slot_id=slot.pk,
                    rider=request.user,
                    outcome=form.cleaned_data["outcome"],
                    amount_collected_paisa=to_paisa(form.cleaned_data["cash"] or 0),
                    note=form.cleaned_data["note"],
                )
                messages.success(request, _("Order %(n)s recorded.") % {"n": order.number})
        except CashRefused as refused:
            messages.error(request, refused.message)
            return self.get(request, slot_id, status=409)
        return redirect(f"{reverse('delivery:run-sheet', args=[slot.pk])}#order-{order.number}")


class CashView(LoginRequiredMixin, View):
    """Staff: cash each rider holds, hand-overs, and differences."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, status=200):
        collections, handovers = cash_differences()
        riders = [
            {"rider": rider, "held": from_paisa(held), "collections": open_collections}
            for rider, held, open_collections in riders_holding_cash()
        ]
        return render(
            request,
            "delivery/cash.html",
            {
                "riders": riders,
                "short_collections": collections[:50],
                "short_handovers": handovers[:50],
                "recent": CashHandover.objects.select_related("rider", "received_by")[:20],
            },
            status=status,
        )

    def post(self, request):
        rider = get_object_or_404(get_user_model(), pk=request.POST.get("rider") or 0)
        form = HandoverForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, " ".join(errors))
            return self.get(request, status=400)
        try:
            handover = cash_handover_record(
                rider=rider,
                received_by=request.user,
                amount_counted_paisa=to_paisa(form.cleaned_data["counted"]),
                note=form.cleaned_data["note"],
            )
        except CashRefused as refused:
            messages.error(request, refused.message)
            return self.get(request, status=409)
        if handover.difference_paisa:
            messages.warning(
                request,
                _("Recorded, with a difference of Rs %(d)s.")
                % {"d": from_paisa(handover.difference_paisa)},
            )
        else:
            messages.success(request, _("Recorded; it counts up."))
        return redirect("delivery:cash")
