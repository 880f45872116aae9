"""Customers move an order to another time; staff and riders read run sheets."""

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
from orders.fulfilment import MoveRefused, order_part_move, parts_not_ready
from orders.models import OrderPart

from .cash import (
    cash_differences,
    cash_handover_record,
    delivery_record,
    rider_cash_held_paisa,
    riders_holding_cash,
)
from .forms import DeliveryRecordForm, HandoverForm
from .models import CashCollection, CashHandover, Slot, SlotBooking
from .services import SlotUnavailable, slot_availability, slot_booking_active, slot_booking_move
from .stops import (
    GONE,
    DeliveryRefused,
    cooperative_name,
    later_part_bookings,
    not_ready_message,
    order_rest_reschedule,
    order_take_out,
    slot_when,
    stop_due_paisa,
    stop_parts,
)

Order = get_model("order", "Order")
Line = get_model("order", "Line")
P = OrderPart.Status


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
    """This week's slots: those with orders, or every slot with ``?all=1``."""

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
        show_all = request.GET.get("all") == "1"
        slots = list(slots)
        with_orders = [slot for slot in slots if slot.orders]
        return render(
            request,
            "delivery/run_sheet_list.html",
            {
                "slots": slots if show_all else with_orders,
                "show_all": show_all,
                "slot_count": len(slots),
                "held": from_paisa(rider_cash_held_paisa(request.user)),
            },
        )


class RunSheetView(LoginRequiredMixin, View):
    """Everything a rider (or the market stall) needs for one slot: each stop,
    each cooperative's part and its state, and the cash to collect; staff
    also deal with parts that are not ready (cancel, or send them later)."""

    def get(self, request, slot_id, forms=None, status=200):
        forms = forms or {}
        if not _can_see_run_sheets(request.user):
            raise PermissionDenied
        slot = get_object_or_404(Slot.objects.select_related("zone", "pickup_point"), pk=slot_id)
        bookings = list(
            SlotBooking.objects.filter(slot=slot, released_at__isnull=True)
            .select_related("order__shipping_address", "order__user", "follows__slot")
            .prefetch_related(
                Prefetch(
                    "order__lines",
                    queryset=lines_with_quantity_left(Line.objects.all()).order_by("pk"),
                ),
                Prefetch(
                    "order__parts",
                    queryset=OrderPart.objects.select_related("partner__cooperative").order_by(
                        "partner__name", "pk"
                    ),
                ),
            )
            .order_by("order__shipping_address__line3", "order__number")
        )
        later = later_part_bookings([booking.order_id for booking in bookings])
        collections = {c.order_id: c for c in CashCollection.objects.filter(slot=slot)}
        stops = [
            self.stop(booking, later, collections.get(booking.order_id), forms)
            for booking in bookings
        ]
        staff = request.user.is_staff
        cash_total = sum((stop["due"] for stop in stops if stop["due"] is not None), start=0)
        return render(
            request,
            "delivery/run_sheet.html",
            {
                "slot": slot,
                "stops": stops,
                "cash_total": cash_total,
                "held": from_paisa(rider_cash_held_paisa(request.user)),
                "staff": staff,
                "later_slots": self.later_slots(slot)
                if staff and any(stop["can_send_rest"] for stop in stops)
                else [],
            },
            status=status,
        )

    @staticmethod
    def stop(booking, later, collection, forms):
        order = booking.order
        parts = list(order.parts.all())
        lines = {}
        for line in order.lines.all():
            if line.quantity_left > 0:  # cancelled items are not carried
                lines.setdefault(line.partner_id, []).append(line)
        on_stop = [p for p in stop_parts(booking, parts, later) if p.status != P.CANCELLED]
        waiting = parts_not_ready({part: part.status for part in on_stop})
        gone = any(part.status in GONE for part in on_stop)
        open_ = collection is None and bool(on_stop)
        return {
            "order": order,
            "booking": booking,
            "parts": [
                {
                    "part": part,
                    "name": cooperative_name(part),
                    "lines": lines.get(part.partner_id, []),
                    "waiting": part in waiting and part.status not in GONE,
                }
                for part in on_stop
            ],
            "sent_later": [
                {"name": cooperative_name(part), "part": part, "slot": later[part.pk].slot}
                for part in parts
                if part.pk in later
                and later[part.pk].pk != booking.pk
                and part.status != P.CANCELLED
            ],
            "collection": collection,
            "due": from_paisa(
                stop_due_paisa(order=order, booking=booking, parts=parts, later=later)
            )
            if open_
            else None,
            "waiting": not_ready_message(waiting) if open_ and waiting and not gone else "",
            "can_take_out": open_ and not waiting,
            "can_cancel": open_ and not gone and bool(waiting),
            "moves_whole": booking.follows_id is not None and len(waiting) == len(on_stop),
            "can_send_rest": open_
            and not gone
            and bool(waiting)
            and (len(waiting) < len(on_stop) or booking.follows_id is not None),
            "can_record": open_ and all(part.status == P.OUT_FOR_DELIVERY for part in on_stop),
            "form": forms.get(order.pk) or DeliveryRecordForm(),
        }

    @staticmethod
    def later_slots(slot):
        """Later slots of the same zone or market with a place, for the rest of an order."""
        return [
            choice.slot
            for choice in slot_availability(zone=slot.zone, pickup_point=slot.pickup_point)
            if choice.slot.starts_at > slot.starts_at and choice.places_left > 0
        ]

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
        action = request.POST.get("action")
        try:
            if action == "out":
                order_take_out(order_id=order.pk, slot_id=slot.pk, rider=request.user)
                messages.success(
                    request, _("Order %(n)s is out for delivery.") % {"n": order.number}
                )
            elif action == "cancel-part":
                part = get_object_or_404(order.parts, pk=_int(request.POST.get("part")))
                order_part_move(
                    part_id=part.pk,
                    to_status=P.CANCELLED,
                    user=request.user,
                    reason=request.POST.get("reason", ""),
                )
                messages.success(
                    request,
                    _("%(cooperative)s's items are cancelled.")
                    % {"cooperative": cooperative_name(part)},
                )
            elif action == "send-rest":
                rest = order_rest_reschedule(
                    order_id=order.pk,
                    slot_id=slot.pk,
                    to_slot_id=_int(request.POST.get("to_slot")),
                    by=request.user,
                )
                messages.success(
                    request,
                    _("What is not ready goes in the delivery of %(when)s; the customer is told.")
                    % {"when": slot_when(rest.slot)},
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
        except (DeliveryRefused, MoveRefused) as refused:
            messages.error(request, refused.message)
            return self.get(request, slot_id, status=409)
        return redirect(f"{reverse('delivery:run-sheet', args=[slot.pk])}#order-{order.number}")


def _int(value) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


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
        except DeliveryRefused as refused:
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
