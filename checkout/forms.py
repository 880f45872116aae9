from django import forms
from django.utils.translation import gettext_lazy as _

from delivery.models import PickupPoint, ServedArea
from delivery.reach import ANYWHERE, DestinationRefused, basket_destination_check


class DeliveryChoiceForm(forms.Form):
    """Home delivery to an area, or pickup at a market.

    Only the areas and markets every line of the basket can reach are
    offered (``destinations``); any other choice that is posted is refused
    with the line that rules it out.
    """

    HOME, PICKUP = "home", "pickup"

    mode = forms.ChoiceField(
        label=_("How would you like to receive your order?"),
        choices=[(HOME, _("Home delivery")), (PICKUP, _("Pickup at a Sunday market"))],
        widget=forms.RadioSelect,
        initial=HOME,
    )
    area = forms.ModelChoiceField(
        label=_("Your area"),
        queryset=ServedArea.objects.filter(is_active=True, zone__is_active=True)
        .select_related("zone")
        .order_by("zone__city", "name"),
        required=False,
        empty_label=_("Choose your area"),
        help_text=_("We deliver only to these areas."),
    )
    pickup_point = forms.ModelChoiceField(
        label=_("Market"),
        queryset=PickupPoint.objects.filter(is_active=True).order_by("city", "name"),
        required=False,
        empty_label=_("Choose a market"),
    )

    def __init__(self, *args, basket=None, destinations=ANYWHERE, **kwargs):
        super().__init__(*args, **kwargs)
        self.basket = basket
        area, point = self.fields["area"], self.fields["pickup_point"]
        area.label_from_instance = lambda a: f"{a.name} — {a.zone.city}"
        point.label_from_instance = lambda p: (
            f"{p.name}, {p.city} ({p.get_weekday_display()} {p.opens:%H:%M}–{p.closes:%H:%M})"
        )
        # Offered: what the whole basket can reach. Validated: every active
        # area and market, so a posted one that the basket cannot reach gets
        # its reason (clean) rather than a bare "not a valid choice".
        area.offered = [a for a in area.queryset if destinations.allows(zone_id=a.zone_id)]
        point.offered = [p for p in point.queryset if destinations.allows(point_id=p.pk)]
        area.widget.choices = [("", area.empty_label)] + [
            (a.pk, area.label_from_instance(a)) for a in area.offered
        ]
        point.widget.choices = [("", point.empty_label)] + [
            (p.pk, point.label_from_instance(p)) for p in point.offered
        ]

    def clean(self):
        data = super().clean()
        area, point = data.get("area"), data.get("pickup_point")
        if data.get("mode") == self.HOME and not area:
            self.add_error("area", _("Choose your area (we deliver only to the areas listed)."))
        if data.get("mode") == self.PICKUP and not point:
            self.add_error("pickup_point", _("Choose the market where you will collect it."))
        try:
            if data.get("mode") == self.HOME and area:
                basket_destination_check(basket=self.basket, zone=area.zone)
            if data.get("mode") == self.PICKUP and point:
                basket_destination_check(basket=self.basket, pickup_point=point)
        except DestinationRefused as refused:
            self.add_error("area" if data["mode"] == self.HOME else "pickup_point", refused.message)
        return data


class PickupContactForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=255)
    last_name = forms.CharField(label=_("Last name"), max_length=255, required=False)
    phone_number = forms.CharField(
        label=_("Mobile number"),
        max_length=32,
        help_text=_("We call or send a message if anything changes."),
    )

    def clean_phone_number(self):
        from cooperatives.validators import pk_mobile_normalise

        return pk_mobile_normalise(self.cleaned_data["phone_number"])
