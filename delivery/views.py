"""Customers move an order to another time; staff and riders read run sheets."""

from collections import OrderedDict

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from oscar.core.loading import get_model

from .models import Slot, SlotBooking
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
        return render(request, "delivery/run_sheet_list.html", {"slots": slots})


class RunSheetView(LoginRequiredMixin, View):
    """Everything a rider (or the market stall) needs for one slot."""

    def get(self, request, slot_id):
        if not _can_see_run_sheets(request.user):
            raise PermissionDenied
        slot = get_object_or_404(Slot.objects.select_related("zone", "pickup_point"), pk=slot_id)
        bookings = (
            SlotBooking.objects.filter(slot=slot, released_at__isnull=True)
            .select_related("order__shipping_address", "order__user")
            .prefetch_related(
                Prefetch(
                    "order__lines",
                    queryset=Line.objects.select_related("partner__cooperative").order_by(
                        "partner__name", "pk"
                    ),
                )
            )
            .order_by("order__shipping_address__line3", "order__number")
        )
        stops = []
        for booking in bookings:
            order = booking.order
            by_cooperative = OrderedDict()
            for line in order.lines.all():
                by_cooperative.setdefault(line.partner_name, []).append(line)
            stops.append({"order": order, "by_cooperative": by_cooperative.items()})
        cash_total = sum((stop["order"].total_incl_tax for stop in stops), start=0)
        return render(
            request,
            "delivery/run_sheet.html",
            {"slot": slot, "stops": stops, "cash_total": cash_total},
        )
