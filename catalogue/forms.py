from django import forms
from django.utils.translation import gettext_lazy as _

from cooperatives.models import Cooperative

SORT_LABELS = [
    ("relevance", _("Best match")),
    ("newest", _("Newest")),
    ("price-low", _("Price: low to high")),
    ("price-high", _("Price: high to low")),
    ("title", _("Name")),
]


class ProductFilterForm(forms.Form):
    q = forms.CharField(label=_("Search products"), required=False, max_length=200)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_LABELS, required=False)
    cooperative = forms.ModelChoiceField(
        label=_("Cooperative"),
        queryset=Cooperative.objects.filter(status=Cooperative.Status.ACTIVE),
        to_field_name="slug",
        required=False,
        empty_label=_("All cooperatives"),
    )

    def filters(self) -> dict:
        """The valid parts of the request; a bad part is reported, not applied."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "query": data.get("q") or "",
            "sort": data.get("sort") or ("relevance" if data.get("q") else "newest"),
            "cooperative": data.get("cooperative"),
        }
