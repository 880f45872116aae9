"""Oscar's catalogue models, with these additions.

* ``ProductClass.is_food``: food types carry ``FoodDetails``.
* ``Product.made_to_order_days``: delivery slots sooner than that cannot be
  chosen for a basket holding the product.
* ``Product.local_only`` (else its type's ``local_only_default``): fresh
  produce and other perishables are sold only within their cooperative's own
  delivery zone or market; ``delivery.reach`` says where that is.
* ``FoodDetails``: ingredients, allergens, made-on and best-before dates (or
  a shelf life from the made-on date) and the batch of a food listing, kept
  in a side table rather than as columns on Oscar's product.
* ``SearchSynonym``: words customers type for the same thing (Roman Urdu,
  English, Urdu and their usual spellings), which staff edit in the admin;
  search (``browse.py``) takes a word for every word of its group.

English and Urdu columns for titles, descriptions, names, ingredients and
allergens are added by modeltranslation (see translation.py).
"""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct, AbstractProductClass


class ProductClass(AbstractProductClass):
    is_food = models.BooleanField(
        _("is food"),
        default=False,
        help_text=_("Food listings must give ingredients, allergens and a best-before date."),
    )
    local_only_default = models.BooleanField(
        _("sold only near where it is made"),
        default=False,
        help_text=_(
            "Products of this type (e.g. fresh vegetables and eggs) go only to their "
            "cooperative's own delivery zone or market, unless a product says otherwise."
        ),
    )


class Product(AbstractProduct):
    made_to_order_days = models.PositiveSmallIntegerField(
        _("made to order: days needed"),
        default=0,
        help_text=_("0 if it is ready; otherwise delivery slots start this many days later."),
    )
    local_only = models.BooleanField(
        _("sold only near where it is made"),
        null=True,
        blank=True,
        help_text=_("Empty: as its type says."),
    )

    @property
    def is_local_only(self) -> bool:
        """Sold only within its cooperative's own zone or market: its own
        setting, else its type's default."""
        if self.local_only is not None:
            return self.local_only
        product_class = self.get_product_class()
        return bool(product_class and product_class.local_only_default)


def local_only_q() -> models.Q:
    """``Product.is_local_only`` as a query: its own setting, else its type's default."""
    return models.Q(local_only=True) | models.Q(
        local_only__isnull=True, product_class__local_only_default=True
    )


class FoodDetails(models.Model):
    product = models.OneToOneField(
        "catalogue.Product", on_delete=models.CASCADE, related_name="food_details"
    )
    ingredients = models.TextField(_("ingredients"))
    allergens = models.CharField(
        _("allergens"),
        max_length=255,
        blank=True,
        help_text=_("e.g. mustard, peanuts, sesame; leave empty if none."),
    )
    made_on = models.DateField(_("made on"), null=True, blank=True)
    best_before = models.DateField(_("best before"), null=True, blank=True)
    shelf_life_days = models.PositiveSmallIntegerField(
        _("shelf life in days"),
        null=True,
        blank=True,
        help_text=_("Counted from the made-on date, when there is no best-before date."),
    )
    batch = models.CharField(_("batch"), max_length=40, blank=True)
    #: best_before, or made_on + shelf_life_days; kept as a column so lists
    #: can leave out expired food in the query.
    expires_on = models.DateField(_("sell until"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("food details")
        verbose_name_plural = _("food details")

    def __str__(self):
        return f"{self.product_id}: {self.batch or '-'}"

    def save(self, *args, **kwargs):
        self.expires_on = self.compute_expires_on()
        super().save(*args, **kwargs)

    def clean(self):
        if self.best_before is None and not (self.made_on and self.shelf_life_days):
            raise ValidationError(
                _("Give a best-before date, or the made-on date and a shelf life in days.")
            )
        if self.best_before and self.made_on and self.best_before < self.made_on:
            raise ValidationError(
                {"best_before": _("The best-before date cannot be before the made-on date.")}
            )

    def compute_expires_on(self) -> date | None:
        if self.best_before is not None:
            return self.best_before
        if self.made_on is not None and self.shelf_life_days:
            return self.made_on + timedelta(days=self.shelf_life_days)
        return None

    def is_expired(self, today: date) -> bool:
        """Past its best-before day (food is sold on that day, not after)."""
        expires = self.compute_expires_on()
        return expires is not None and today > expires


class SearchSynonym(models.Model):
    words = models.TextField(
        _("words"),
        help_text=_(
            "Words and spellings that mean the same thing, separated by commas, in English, "
            "Roman Urdu and Urdu: e.g. achar, achaar, pickle, اچار. A search for any of them "
            "finds what the others find."
        ),
    )

    class Meta:
        ordering = ["words"]
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonym groups")

    def __str__(self):
        return self.words


from oscar.apps.catalogue.models import *  # noqa: E402, F403
