from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from cooperatives.models import Cooperative

Category = get_model("catalogue", "Category")

SORT_LABELS = [
    ("relevance", _("Best match")),
    ("newest", _("Newest")),
    ("price-low", _("Price: low to high")),
    ("price-high", _("Price: high to low")),
    ("title", _("Name")),
]


class ProductFilterForm(forms.Form):
    """Search words, filters and order of a product list.

    The cooperatives are read once: they fill both the cooperative and the
    city choices (a city is the cooperatives based in it).
    """

    q = forms.CharField(label=_("Search products"), required=False, max_length=200)
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=Category.objects.browsable().order_by("path"),
        required=False,
        empty_label=_("All categories"),
    )
    cooperative = forms.ModelChoiceField(
        label=_("Cooperative"),
        queryset=Cooperative.objects.filter(status=Cooperative.Status.ACTIVE),
        to_field_name="slug",
        required=False,
        empty_label=_("All cooperatives"),
    )
    city = forms.ChoiceField(label=_("City"), required=False)
    price_min = forms.DecimalField(
        label=_("Lowest price (Rs)"), required=False, min_value=0, max_digits=10, decimal_places=2
    )
    price_max = forms.DecimalField(
        label=_("Highest price (Rs)"), required=False, min_value=0, max_digits=10, decimal_places=2
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_LABELS, required=False)

    #: Filters that narrow the list (the search words and order are not).
    FILTERS = ["category", "cooperative", "city", "price_min", "price_max"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cooperatives = self.fields["cooperative"].queryset
        cities = sorted({c.city for c in cooperatives if c.city})
        self.fields["city"].choices = [("", _("All cities"))] + [(c, c) for c in cities]

    def clean(self):
        data = super().clean()
        low, high = data.get("price_min"), data.get("price_max")
        if low is not None and high is not None and low > high:
            self.add_error("price_max", _("The highest price cannot be below the lowest price."))
            data.pop("price_min", None)
        return data

    def filters(self) -> dict:
        """The valid parts of the request; a bad part is reported, not applied."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        city = data.get("city") or ""
        return {
            "query": data.get("q") or "",
            "sort": data.get("sort") or ("relevance" if data.get("q") else "newest"),
            "category": data.get("category"),
            "cooperative": data.get("cooperative"),
            "city": city,
            "cooperatives": (
                [c for c in self.fields["cooperative"].queryset if c.city == city] if city else None
            ),
            "price_min": data.get("price_min"),
            "price_max": data.get("price_max"),
        }

    def has_filters(self) -> bool:
        """Whether any filter narrows the list."""
        data = getattr(self, "cleaned_data", {})
        return any(data.get(name) not in (None, "") for name in self.FILTERS)
