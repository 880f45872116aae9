"""Oscar's catalogue models, with three additions.

* ``ProductClass.is_food``: food types carry ``FoodDetails``.
* ``Product.made_to_order_days``: delivery slots sooner than that cannot be
  chosen for a basket holding the product.
* ``FoodDetails``: ingredients, allergens, made-on and best-before dates (or
  a shelf life from the made-on date) and the batch of a food listing, kept
  in a side table rather than as columns on Oscar's product.

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


class Product(AbstractProduct):
    made_to_order_days = models.PositiveSmallIntegerField(
        _("made to order: days needed"),
        default=0,
        help_text=_("0 if it is ready; otherwise delivery slots start this many days later."),
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


from oscar.apps.catalogue.models import *  # noqa: E402, F403
