"""English and Urdu fields for the catalogue.

modeltranslation adds ``title_en`` / ``title_ur`` (and so on) next to each
field below; reading ``product.title`` gives the active language's value and
falls back to English when the Urdu one is empty.
"""

from modeltranslation.translator import TranslationOptions, register
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductClass = get_model("catalogue", "ProductClass")
FoodDetails = get_model("catalogue", "FoodDetails")


@register(Product)
class ProductTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(ProductClass)
class ProductClassTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(FoodDetails)
class FoodDetailsTranslationOptions(TranslationOptions):
    fields = ("ingredients", "allergens")
