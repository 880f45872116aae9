from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CashCollection


class DeliveryRecordForm(forms.Form):
    """Rupees as typed on the rider's phone; Urdu (۱۲۳) and Arabic-Indic
    (١٢٣) digits are read as digits, as Django's number fields do."""

    outcome = forms.ChoiceField(
        label=_("What happened"), choices=CashCollection.Outcome.choices, widget=forms.RadioSelect
    )
    cash = forms.DecimalField(
        label=_("Cash taken (Rs)"),
        required=False,
        min_value=Decimal("0"),
        max_digits=12,
        decimal_places=2,
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=255)


class HandoverForm(forms.Form):
    counted = forms.DecimalField(
        label=_("Counted (Rs)"), min_value=Decimal("0"), max_digits=12, decimal_places=2
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=255)
