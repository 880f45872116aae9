from django import forms
from django.utils.translation import gettext_lazy as _

from delivery.models import PickupPoint, ServedArea


class DeliveryChoiceForm(forms.Form):
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].label_from_instance = lambda a: f"{a.name} — {a.zone.city}"
        self.fields["pickup_point"].label_from_instance = lambda p: (
            f"{p.name}, {p.city} ({p.get_weekday_display()} {p.opens:%H:%M}–{p.closes:%H:%M})"
        )

    def clean(self):
        data = super().clean()
        if data.get("mode") == self.HOME and not data.get("area"):
            self.add_error("area", _("Choose your area (we deliver only to the areas listed)."))
        if data.get("mode") == self.PICKUP and not data.get("pickup_point"):
            self.add_error("pickup_point", _("Choose the market where you will collect it."))
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
