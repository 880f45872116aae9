"""Forms of a cooperative's own dashboard."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from .models import Cooperative, Member

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
Category = get_model("catalogue", "Category")

MAX_PRICE = Decimal("1000000")
MAX_STOCK = 1_000_000


class ProductForm(forms.Form):
    """One listing: the product, its stock record and, for food, its details."""

    title_en = forms.CharField(label=_("Name (English)"), max_length=255)
    title_ur = forms.CharField(label=_("Name (Urdu)"), max_length=255, required=False)
    description_en = forms.CharField(
        label=_("Description (English)"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    description_ur = forms.CharField(
        label=_("Description (Urdu)"),
        widget=forms.Textarea(attrs={"rows": 4, "dir": "rtl", "lang": "ur"}),
        required=False,
    )
    product_class = forms.ModelChoiceField(
        label=_("Type"), queryset=ProductClass.objects.order_by("name"), empty_label=None
    )
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.filter(is_public=True).order_by("path")
    )
    price = forms.DecimalField(
        label=_("Price (Rs)"),
        min_value=Decimal("1"),
        max_value=MAX_PRICE,
        decimal_places=2,
        max_digits=12,
    )
    num_in_stock = forms.IntegerField(label=_("In stock"), min_value=0, max_value=MAX_STOCK)
    low_stock_threshold = forms.IntegerField(
        label=_("Tell me when free stock falls to"),
        min_value=0,
        max_value=MAX_STOCK,
        required=False,
    )
    made_to_order_days = forms.IntegerField(
        label=_("Made to order: days needed"),
        min_value=0,
        max_value=90,
        initial=0,
        required=False,
        help_text=_(
            "0 if it is ready to send; otherwise the earliest delivery is this many days away."
        ),
    )
    stock_note = forms.CharField(
        label=_("Why the stock changed (optional)"), max_length=255, required=False
    )
    local_only = forms.TypedChoiceField(
        label=_("Where it can be sold"),
        choices=[
            ("", _("As usual for its type")),
            ("local", _("Only in our own delivery zone or market (fresh produce)")),
            ("anywhere", _("Anywhere the shop delivers")),
        ],
        coerce=lambda value: value == "local",
        empty_value=None,
        required=False,
    )
    # Food
    ingredients_en = forms.CharField(
        label=_("Ingredients (English)"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    ingredients_ur = forms.CharField(
        label=_("Ingredients (Urdu)"),
        widget=forms.Textarea(attrs={"rows": 2, "dir": "rtl", "lang": "ur"}),
        required=False,
    )
    allergens_en = forms.CharField(label=_("Allergens (English)"), max_length=255, required=False)
    allergens_ur = forms.CharField(label=_("Allergens (Urdu)"), max_length=255, required=False)
    made_on = forms.DateField(
        label=_("Made on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    best_before = forms.DateField(
        label=_("Best before"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    shelf_life_days = forms.IntegerField(
        label=_("Or: keeps for (days)"), min_value=1, max_value=3650, required=False
    )
    batch = forms.CharField(label=_("Batch"), max_length=40, required=False)

    FOOD_FIELDS = (
        "ingredients_en",
        "ingredients_ur",
        "allergens_en",
        "allergens_ur",
        "made_on",
        "best_before",
        "shelf_life_days",
        "batch",
    )

    def __init__(self, *args, cooperative: Cooperative, **kwargs):
        self.cooperative = cooperative
        super().__init__(*args, **kwargs)
        # Indent subcategories under their parent (categories come in tree order).
        self.fields["category"].label_from_instance = lambda c: "— " * (c.depth - 1) + c.name
        self.fields["local_only"].help_text = self._local_only_help()

    def _local_only_help(self):
        from delivery.reach import cooperative_destinations, delivery_network, reach_sentence

        network = delivery_network()
        local = reach_sentence(cooperative_destinations(self.cooperative, network), network)
        types = [
            str(pc.name) for pc in self.fields["product_class"].queryset if pc.local_only_default
        ]
        parts = [_("For your cooperative, only locally means: %(where)s") % {"where": local}]
        if types:
            parts.append(
                _("Types sold only locally unless you choose otherwise: %(types)s.")
                % {"types": _(", ").join(types)}
            )
        return " ".join(parts)

    @staticmethod
    def local_only_initial(value: bool | None) -> str:
        return {True: "local", False: "anywhere"}.get(value, "")

    def clean(self):
        data = super().clean()
        product_class = data.get("product_class")
        if product_class is not None and product_class.is_food:
            if not (data.get("ingredients_en") or "").strip():
                self.add_error("ingredients_en", _("Food must list its ingredients."))
            best_before = data.get("best_before")
            made_on = data.get("made_on")
            if best_before is None and not (made_on and data.get("shelf_life_days")):
                self.add_error(
                    "best_before",
                    _("Give a best-before date, or the made-on date and how many days it keeps."),
                )
            if best_before and made_on and best_before < made_on:
                self.add_error(
                    "best_before", _("The best-before date cannot be before the made-on date.")
                )
        return data


class MakerForm(forms.Form):
    member = forms.ModelChoiceField(label=_("Maker"), queryset=Member.objects.none())
    weight = forms.IntegerField(
        label=_("Share of the work"),
        min_value=1,
        max_value=100,
        initial=1,
        help_text=_("1 each for equal shares."),
    )

    def __init__(self, *args, cooperative: Cooperative, **kwargs):
        super().__init__(*args, **kwargs)
        # Only this cooperative's members: another cooperative's member id is
        # simply not a valid choice.
        self.fields["member"].queryset = cooperative.members.filter(is_active=True)


class BaseMakerFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            member = form.cleaned_data["member"]
            if member.pk in seen:
                raise ValidationError(_("%(name)s is listed twice.") % {"name": member.name})
            seen.add(member.pk)

    def makers(self):
        """[(member, weight)] of the filled, not deleted rows."""
        return [
            (form.cleaned_data["member"], form.cleaned_data["weight"])
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]


MakerFormSet = forms.formset_factory(
    MakerForm, formset=BaseMakerFormSet, extra=2, can_delete=True, max_num=30, validate_max=True
)


class StockForm(forms.Form):
    num_in_stock = forms.IntegerField(label=_("In stock now"), min_value=0, max_value=MAX_STOCK)
    note = forms.CharField(label=_("Why (optional)"), max_length=255, required=False)


class StockUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Columns: sku, quantity, and optionally price and low_stock_threshold."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )


class MemberForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = [
            "name",
            "phone",
            "cnic_last_digits",
            "consents_to_story",
            "joined_on",
            "is_active",
        ]
        widgets = {"joined_on": forms.DateInput(attrs={"type": "date"})}
