"""Checkout steps: e-mail → delivery choice → address (or pickup contact) →
shipping method → slot → payment → preview → order.

Oscar's views are kept; ours add the delivery choice and the slot, and place
the order and its slot booking in one transaction (a full slot means no order).
"""

import logging

from django import http
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views import generic
from oscar.apps.checkout import views as oscar_views
from oscar.apps.checkout.exceptions import FailedPreCondition
from oscar.apps.order.exceptions import UnableToPlaceOrder
from oscar.core.loading import get_model
from phonenumber_field.phonenumber import PhoneNumber

from delivery.reach import DestinationRefused, basket_destination_check, basket_reach_summary
from delivery.services import (
    SlotUnavailable,
    basket_lead_hours,
    slot_availability,
    slot_book,
    slot_booking_active,
    slot_hold,
    slot_hold_live,
    slot_hold_release,
)
from marketplace.money import to_paisa
from orders.notifications import order_placed_notify
from payments.models import Payment
from payments.providers import CardDeclined, ProviderError, card_provider
from payments.services import (
    PaymentRefused,
    card_payment_attach,
    card_payment_authorise,
    card_payment_capture_on_commit,
    card_payment_void,
    cash_payment_create,
    payment_methods,
)

from .delivery import address_last_used, delivery_choice
from .forms import DeliveryChoiceForm, PickupContactForm
from .session import CheckoutSessionMixin

logger = logging.getLogger("oscar.checkout")
Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")


class DeliveryChecks:
    """Pre-conditions for the steps after the delivery choice."""

    def check_delivery_is_chosen(self, request):
        if delivery_choice(request) is None:
            raise FailedPreCondition(
                url=reverse("checkout:delivery"),
                message=_("Please choose home delivery or market pickup."),
            )

    def check_basket_can_go_there(self, request):
        """The basket may have changed since the delivery step: a line that
        cannot go to the chosen place sends her back to choose again."""
        choice = delivery_choice(request)
        if choice is None:
            return
        try:
            basket_destination_check(
                basket=request.basket, zone=choice.zone, pickup_point=choice.pickup_point
            )
        except DestinationRefused as refused:
            raise FailedPreCondition(
                url=reverse("checkout:delivery"), message=refused.message
            ) from refused

    def check_delivery_is_home(self, request):
        choice = delivery_choice(request)
        if choice is None or choice.is_pickup:
            raise FailedPreCondition(url=reverse("checkout:delivery"))

    def check_slot_is_held(self, request):
        hold = slot_hold_live(basket=request.basket)
        if hold is None or hold.slot_id != self.checkout_session.slot_id():
            raise FailedPreCondition(
                url=reverse("checkout:slot"),
                message=_(
                    "We kept your delivery time for %(minutes)s minutes and it has run out. "
                    "Please choose a time again."
                )
                % {"minutes": _hold_minutes()}
                if self.checkout_session.slot_id()
                else _("Please choose a delivery or pickup time."),
            )


def _hold_minutes():
    from django.conf import settings

    return settings.SLOT_HOLD_MINUTES


#: What every step after the e-mail needs.
BASKET_AND_EMAIL = [
    "check_basket_is_not_empty",
    "check_basket_is_valid",
    "check_user_email_is_captured",
]


class IndexView(oscar_views.IndexView):
    success_url = reverse_lazy("checkout:delivery")


class DeliveryChoiceView(DeliveryChecks, CheckoutSessionMixin, generic.FormView):
    template_name = "checkout/delivery.html"
    form_class = DeliveryChoiceForm
    pre_conditions = BASKET_AND_EMAIL

    def reach(self):
        if not hasattr(self, "_reach"):
            self._reach = basket_reach_summary(self.request.basket)
        return self._reach

    def get_form_kwargs(self):
        reach = self.reach()
        return {
            **super().get_form_kwargs(),
            "basket": self.request.basket,
            "destinations": reach.common,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reach = self.reach()
        context.update(restricted_lines=reach.lines, nowhere_for_all=reach.nowhere_for_all)
        return context

    def get_initial(self):
        choice = delivery_choice(self.request)
        if choice is None:
            return {}
        if choice.is_pickup:
            return {"mode": DeliveryChoiceForm.PICKUP, "pickup_point": choice.pickup_point}
        return {"mode": DeliveryChoiceForm.HOME, "area": choice.area}

    def form_valid(self, form):
        before = self.checkout_session.delivery_key()
        if form.cleaned_data["mode"] == DeliveryChoiceForm.HOME:
            self.checkout_session.deliver_to_area(form.cleaned_data["area"].pk)
            next_step = "checkout:shipping-address"
        else:
            self.checkout_session.pick_up_at(form.cleaned_data["pickup_point"].pk)
            next_step = "checkout:pickup-contact"
        if self.checkout_session.delivery_key() != before:
            # Another place: its slots differ, so the held place is let go.
            slot_hold_release(basket=self.request.basket)
            self.checkout_session.reset_shipping_data()
        return redirect(next_step)


class ShippingAddressView(DeliveryChecks, oscar_views.ShippingAddressView):
    pre_conditions = oscar_views.ShippingAddressView.pre_conditions + [
        "check_delivery_is_home",
        "check_basket_can_go_there",
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["delivery"] = delivery_choice(self.request)
        return context

    def get_initial(self):
        initial = super().get_initial()
        if not initial and self.request.user.is_authenticated:
            # A returning customer starts from where her last orders went.
            initial = address_last_used(
                user=self.request.user, area=delivery_choice(self.request).area
            )
        return initial

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        # The area and city come from the delivery step: they are shown, not typed.
        for name in ("line3", "line4", "state", "country"):
            if name in form.fields:
                form.fields[name].required = False
                form.fields[name].widget = form.fields[name].hidden_widget()
        return form

    def _served_fields(self):
        choice = delivery_choice(self.request)
        return {
            "line3": choice.area.name_en,
            "line4": choice.zone.city,
            "state": "",
            "country_id": "PK",
        }

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if "data" in kwargs:
            data = kwargs["data"].copy()
            served = self._served_fields()
            data.update({"line3": served["line3"], "line4": served["line4"], "country": "PK"})
            data["state"] = ""
            kwargs["data"] = data
        return kwargs

    def post(self, request, *args, **kwargs):
        if not (request.user.is_authenticated and "address_id" in request.POST):
            return super().post(request, *args, **kwargs)
        # A saved address is used with the area and city chosen for delivery.
        address = UserAddress._default_manager.filter(
            pk=request.POST["address_id"], user=request.user
        ).first()
        if address is None or request.POST.get("action") != "ship_to":
            return http.HttpResponseBadRequest()
        fields = {
            name: getattr(address, name)
            for name in ("title", "first_name", "last_name", "line1", "line2", "postcode")
        }
        fields["phone_number"] = address.phone_number
        fields["notes"] = address.notes
        fields.update(self._served_fields())
        self.checkout_session.ship_to_new_address(fields)
        return redirect(self.get_success_url())


class PickupContactView(DeliveryChecks, CheckoutSessionMixin, generic.FormView):
    template_name = "checkout/pickup_contact.html"
    form_class = PickupContactForm
    pre_conditions = BASKET_AND_EMAIL + ["check_delivery_is_chosen", "check_basket_can_go_there"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["delivery"] = delivery_choice(self.request)
        return context

    def form_valid(self, form):
        point = delivery_choice(self.request).pickup_point
        data = form.cleaned_data
        self.checkout_session.ship_to_new_address(
            {
                "first_name": data["first_name"],
                "last_name": data["last_name"],
                "line1": point.name_en,
                "line2": point.address_en,
                "line4": point.city,
                "country_id": "PK",
                "phone_number": PhoneNumber.from_string(data["phone_number"], region="PK"),
                "notes": _("Collect at the market"),
            }
        )
        return redirect("checkout:shipping-method")


class ShippingMethodView(DeliveryChecks, oscar_views.ShippingMethodView):
    pre_conditions = [
        "check_delivery_is_chosen",
        "check_basket_can_go_there",
    ] + oscar_views.ShippingMethodView.pre_conditions

    def get_success_response(self):
        return redirect("checkout:slot")


class SlotView(DeliveryChecks, CheckoutSessionMixin, generic.TemplateView):
    template_name = "checkout/slot.html"
    pre_conditions = BASKET_AND_EMAIL + [
        "check_delivery_is_chosen",
        "check_basket_can_go_there",
        "check_shipping_data_is_captured",
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        choice = delivery_choice(self.request)
        basket = self.request.basket
        now = timezone.now()
        hold = slot_hold_live(basket=basket, now=now)
        choices = slot_availability(
            zone=choice.zone,
            pickup_point=choice.pickup_point,
            lead_hours=basket_lead_hours(basket),
            basket=basket,
            now=now,
        )
        context.update(
            delivery=choice,
            days=_by_day(choices),
            hold=hold,
            hold_seconds_left=int((hold.expires_at - now).total_seconds()) if hold else 0,
        )
        context["hold_minutes_left"] = -(-context["hold_seconds_left"] // 60)
        return context

    def post(self, request, *args, **kwargs):
        try:
            slot_id = int(request.POST.get("slot", ""))
        except ValueError:
            messages.error(request, _("Please choose a time."))
            return redirect("checkout:slot")
        choice = delivery_choice(request)
        allowed = slot_availability(
            zone=choice.zone, pickup_point=choice.pickup_point, basket=request.basket
        )
        if slot_id not in {c.slot.pk for c in allowed}:
            messages.error(
                request, _("That time is not offered for your area. Please choose again.")
            )
            return redirect("checkout:slot")
        if not request.basket.pk:
            request.basket.save()
        try:
            slot_hold(
                slot_id=slot_id,
                basket=request.basket,
                lead_hours=basket_lead_hours(request.basket),
            )
        except SlotUnavailable as refused:
            messages.error(request, refused.message)
            return self.render_to_response(self.get_context_data(), status=409)
        self.checkout_session.choose_slot(slot_id)
        return redirect("checkout:payment-method")


def _by_day(choices):
    days = []
    for choice in choices:
        day = timezone.localtime(choice.slot.starts_at).date()
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(choice)
    return days


class PaymentMethodView(DeliveryChecks, CheckoutSessionMixin, generic.TemplateView):
    """Cash on delivery (up to COD_MAX_ORDER_VALUE) or card (when Stripe is set).

    With only one method open, it is chosen without asking (the preview says
    which); Oscar's shipping-method step does the same.
    """

    template_name = "checkout/payment_method.html"
    pre_conditions = oscar_views.PaymentMethodView.pre_conditions + [
        "check_basket_can_go_there",
        "check_slot_is_held",
    ]

    def _methods(self):
        total = self.build_submission()["order_total"].incl_tax
        return payment_methods(total_incl_tax=total)

    def get(self, request, *args, **kwargs):
        methods = self._methods()
        open_methods = [m for m in methods if m["available"]]
        if len(open_methods) == 1 and len(methods) == 1:
            self.checkout_session.pay_by(open_methods[0]["code"])
            return redirect("checkout:preview")
        return self.render_to_response(
            self.get_context_data(methods=methods, chosen=self.checkout_session.payment_method())
        )

    def post(self, request, *args, **kwargs):
        methods = {m["code"]: m for m in self._methods()}
        chosen = methods.get(request.POST.get("method", ""))
        if chosen is None or not chosen["available"]:
            return self.render_to_response(
                self.get_context_data(
                    methods=methods.values(),
                    error=chosen["reason"] if chosen else _("Please choose how you will pay."),
                ),
                status=400,
            )
        self.checkout_session.pay_by(chosen["code"])
        return redirect("checkout:preview")


class PaymentDetailsView(DeliveryChecks, oscar_views.PaymentDetailsView):
    """Preview and placing the order, with its payment.

    Unlike Oscar's default, nothing that takes money happens outside the
    lock on the basket, and nothing after the order commits can make the
    customer pay again: the order, its slot booking, its stock, its payment
    record and the basket's submission commit together; a card is only
    authorised before that and captured after it. A second submission of the
    same basket (double click, resubmit, back button) finds the order.
    """

    def get_pre_conditions(self, request):
        return super().get_pre_conditions(request) + [
            "check_basket_can_go_there",
            "check_slot_is_held",
        ]

    def get(self, request, *args, **kwargs):
        if not self.preview:
            # Card details are entered on the preview page itself.
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def _payment_method(self):
        method = self.checkout_session.payment_method()
        if method in (Payment.Method.CASH, Payment.Method.CARD):
            return method
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        hold = slot_hold_live(basket=self.request.basket)
        context["held_slot"] = hold.slot if hold else None
        if hold:
            context["hold_seconds_left"] = int((hold.expires_at - timezone.now()).total_seconds())
        method = self._payment_method() or Payment.Method.CASH
        context["payment_method"] = method
        context["payment_method_label"] = Payment.Method(method).label
        if method == Payment.Method.CARD:
            context["stripe_publishable_key"] = settings.STRIPE_PUBLISHABLE_KEY
            context["stripe_js_url"] = settings.STRIPE_JS_URL
        return context

    def submit(
        self,
        user,
        basket,
        shipping_address,
        shipping_method,
        shipping_charge,
        billing_address,
        order_total,
        payment_kwargs=None,
        order_kwargs=None,
        surcharges=None,
    ):
        order_number = self.generate_order_number(basket)
        self.checkout_session.set_order_number(order_number)
        method = self._payment_method() or Payment.Method.CASH
        amount_paisa = to_paisa(order_total.incl_tax)
        placed = Order.objects.filter(number=order_number).first()
        if placed is not None:
            return self.handle_successful_order(placed)  # a resubmit: nothing more to do

        payment = None
        if method == Payment.Method.CASH:
            cash = payment_methods(total_incl_tax=order_total.incl_tax)[0]
            if not cash["available"]:
                return self.render_preview(self.request, error=cash["reason"])
        else:
            try:
                payment = card_payment_authorise(
                    order_number=order_number,
                    amount_paisa=amount_paisa,
                    payment_method=self.request.POST.get("payment_method_id", "").strip(),
                )
            except CardDeclined as declined:
                return self.render_preview(
                    self.request,
                    error=_(
                        "Your card was declined (%(why)s). Nothing was charged: "
                        "try another card or choose cash on delivery."
                    )
                    % {"why": declined.message.rstrip(".")},
                )
            except ProviderError:
                logger.warning("Order #%s: card service unavailable", order_number, exc_info=True)
                return self.render_preview(
                    self.request,
                    error=_(
                        "We could not reach the card service, and nothing was charged. "
                        "Please try again in a moment or choose cash on delivery."
                    ),
                )
            except PaymentRefused as refused:
                return self.render_preview(self.request, error=refused.message)
            if payment.status == Payment.Status.REQUIRES_ACTION:
                secret = card_provider().intent_retrieve(payment.intent_id).client_secret
                return self.render_preview(self.request, card_action_secret=secret)

        order, error = self._place(
            payment,
            amount_paisa,
            order_number=order_number,
            user=user,
            basket=basket,
            shipping_address=shipping_address,
            shipping_method=shipping_method,
            shipping_charge=shipping_charge,
            billing_address=billing_address,
            order_total=order_total,
            surcharges=surcharges,
            **(order_kwargs or {}),
        )
        if order is None:
            if payment is not None:
                card_payment_void(payment=payment)
            return self.render_preview(self.request, error=error)
        return self.handle_successful_order(order)

    def _place(self, payment, amount_paisa, *, order_number, basket, **placement):
        """(order, None) or (None, why). The order, its slot booking, stock,
        payment record and the basket's submission commit together."""
        try:
            with transaction.atomic():
                # One placement per basket; a concurrent second request waits
                # here and then finds the order.
                locked = Basket.objects.select_for_update().get(pk=basket.pk)
                placed = Order.objects.filter(number=order_number).first()
                if placed is not None:
                    return placed, None
                if locked.status != Basket.OPEN:
                    return None, _("This basket has already been ordered.")
                order = self.place_order(order_number=order_number, basket=basket, **placement)
                if payment is not None:
                    card_payment_attach(payment=payment, order=order)
                    card_payment_capture_on_commit(payment.pk)
                else:
                    cash_payment_create(order=order, amount_paisa=amount_paisa)
                basket.submit()
        except UnableToPlaceOrder as refused:
            logger.info("Order #%s: not placed (%s)", order_number, refused)
            return None, str(refused)
        return order, None

    def place_order(self, order_number, user, basket, shipping_address, *args, **kwargs):
        """The order and its slot booking commit together, or not at all."""
        # The language of the page the customer ordered from: mail about the
        # order is written in it.
        language = translation.get_language()
        kwargs["language"] = (
            language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        )
        choice = delivery_choice(self.request)
        if choice is None:
            raise UnableToPlaceOrder(_("Please choose home delivery or market pickup."))
        try:
            # Checked again here, whatever the steps before let through.
            basket_destination_check(
                basket=basket, zone=choice.zone, pickup_point=choice.pickup_point
            )
        except DestinationRefused as refused:
            raise UnableToPlaceOrder(refused.message) from refused
        with transaction.atomic():
            order = super().place_order(
                order_number, user, basket, shipping_address, *args, **kwargs
            )
            try:
                slot_book(
                    order=order,
                    slot_id=self.checkout_session.slot_id(),
                    basket=basket,
                    lead_hours=basket_lead_hours(basket),
                )
            except SlotUnavailable as refused:
                raise UnableToPlaceOrder(str(refused.message)) from refused
            order_placed_notify(order=order, status_path=self._status_path(order))
        return order

    def _status_path(self, order):
        if self.request.user.is_authenticated:
            return reverse("customer:order", kwargs={"order_number": order.number})
        return reverse(
            "customer:anon-order",
            kwargs={"order_number": order.number, "hash": order.verification_hash()},
        )

    def update_address_book(self, user, addr):
        # A market's address is where she collected an order, not one of hers.
        choice = delivery_choice(self.request)
        if choice is not None and choice.is_pickup:
            return
        super().update_address_book(user, addr)

    def send_order_placed_email(self, order):
        """Written to the outbox with the order (see place_order); nothing is sent here."""


class ThankYouView(oscar_views.ThankYouView):
    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        booking = slot_booking_active(context["order"])
        context["slot_booking"] = booking
        return context
