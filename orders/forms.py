from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .cancellation import line_quantity_left


class LinesCancelForm(forms.Form):
    """One "how many to cancel" box per line still on the order, and a reason."""

    reason = forms.CharField(label=_("Reason (the customer sees it)"), max_length=255)

    def __init__(self, *args, order, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines = []
        for line in order.lines.select_related("partner").order_by("pk"):
            left = line_quantity_left(line)
            name = f"cancel-{line.pk}"
            self.fields[name] = forms.IntegerField(
                label=line.title, min_value=0, max_value=left, required=False
            )
            self.lines.append((line, left, name))

    def quantities(self) -> dict:
        return {
            line.pk: self.cleaned_data[name]
            for line, _left, name in self.lines
            if self.cleaned_data.get(name)
        }

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.quantities():
            raise forms.ValidationError(_("Enter how many of which item to cancel."))
        return cleaned


class OrderCancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason (the customer sees it)"), max_length=255)


class RefundForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Amount (Rs)"), max_digits=12, decimal_places=2, min_value=Decimal("0.01")
    )
    reason = forms.CharField(label=_("Reason (the customer sees it)"), max_length=255)


class OrderTrackForm(forms.Form):
    number = forms.CharField(label=_("Order number"), max_length=128)
    email = forms.EmailField(label=_("E-mail address you ordered with"))

    def clean_number(self):
        return self.cleaned_data["number"].strip().lstrip("#")
