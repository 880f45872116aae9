"""Browsing and searching the catalogue, answered by the database.

Oscar sends its catalogue, category and search pages through haystack, and
haystack's simple backend returns nothing for an empty query, so browsing
would list no products unless a search server runs. A marketplace of a few
thousand listings does not need one: these queries run on SQLite and on
PostgreSQL alike, and every page costs a fixed number of queries.

Search takes every word of the query (all must match) and looks for each in
the English and Urdu titles, the cooperative's names, the names of the
product's categories and their parents, and the UPC. Urdu typed on Arabic
or Persian keyboards uses other code points for some letters (ي / ی, ك / ک,
ه / ہ / ھ), so those letters match each other, and vowel marks and tatweel
are ignored. A word found in the title ranks above one found elsewhere.
"""

import re
import unicodedata

from django.db.models import (
    Case,
    CharField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils import timezone
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
FoodDetails = get_model("catalogue", "FoodDetails")
StockRecord = get_model("partner", "StockRecord")

MAX_TERMS = 8
MAX_TERM_LENGTH = 64

# Letters written differently by Arabic, Persian and Urdu keyboards.
_EQUIVALENT_LETTERS = ["يیى", "كک", "هہھ"]
_LETTER_CLASS = {ch: group for group in _EQUIVALENT_LETTERS for ch in group}
# Vowel marks (harakat), superscript alef, tatweel, zero-width (non-)joiners.
_IGNORED = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def search_terms(query: str) -> list[str]:
    """Split a customer's query into normalised words to look for.

    >>> search_terms("  Mango  ACHAAR ")
    ['mango', 'achaar']
    """
    text = unicodedata.normalize("NFKC", query or "")
    text = _IGNORED.sub("", text).translate(_DIGITS).casefold()
    terms = []
    for word in _WORD.findall(text):
        word = word[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def term_lookup(field: str, term: str) -> Q:
    """A condition that ``field`` contains ``term``, letter variants included."""
    if not any(ch in _LETTER_CLASS for ch in term):
        return Q(**{f"{field}__icontains": term})
    pattern = "".join(
        f"[{_LETTER_CLASS[ch]}]" if ch in _LETTER_CLASS else re.escape(ch) for ch in term
    )
    return Q(**{f"{field}__iregex": pattern})


def _any_field(fields, term) -> Q:
    condition = Q()
    for field in fields:
        condition |= term_lookup(field, term)
    return condition


def _term_condition(term: str) -> Q:
    in_title = _any_field(["title_en", "title_ur", "upc"], term)
    of_cooperative = Exists(
        StockRecord.objects.filter(
            _any_field(["partner__cooperative__name_en", "partner__cooperative__name_ur"], term),
            product=OuterRef("pk"),
        )
    )
    # A product filed under "Embroidered shawls" is found by "textiles" when
    # that is the parent category: match categories, then their subtrees.
    category_paths = list(
        Category.objects.filter(_any_field(["name_en", "name_ur"], term)).values_list(
            "path", flat=True
        )
    )
    condition = in_title | of_cooperative
    if category_paths:
        under = Q()
        for path in category_paths:
            under |= Q(category__path__startswith=path)
        condition |= Exists(ProductCategory.objects.filter(under, product=OuterRef("pk")))
    return condition


def _price_subquery():
    return Subquery(
        StockRecord.objects.filter(product=OuterRef("pk")).order_by("pk").values("price")[:1]
    )


def products_for_cards(
    *,
    available_only: bool = False,
    cooperative=None,
    category=None,
) -> QuerySet:
    """Public products of active cooperatives, with what a product card shows.

    ``available_only`` keeps products with free stock and food not past its
    best-before date. ``category`` includes its subcategories.
    """
    listed = StockRecord.objects.filter(
        product=OuterRef("pk"), partner__cooperative__status="active"
    )
    if cooperative is not None:
        listed = listed.filter(partner__cooperative=cooperative)
    if available_only:
        listed = listed.filter(num_in_stock__gt=Coalesce(F("num_allocated"), Value(0)))
        expired = FoodDetails.objects.filter(
            product=OuterRef("pk"), expires_on__lt=timezone.localdate()
        )
    Option = get_model("catalogue", "Option")
    queryset = Product.objects.browsable().filter(Exists(listed))
    if available_only:
        queryset = queryset.exclude(Exists(expired))
    queryset = (
        queryset.select_related("product_class", "food_details")
        # Oscar's Product.has_options reads these instead of querying per card.
        .annotate(
            has_product_class_options=Exists(
                Option.objects.filter(productclass=OuterRef("product_class"))
            ),
            has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
        )
        .prefetch_related(
            Prefetch("images", queryset=ProductImage.objects.order_by("display_order", "pk")),
            Prefetch(
                "stockrecords",
                queryset=StockRecord.objects.select_related("partner__cooperative"),
            ),
        )
    )
    if category is not None:
        queryset = queryset.filter(
            Exists(
                ProductCategory.objects.filter(
                    product=OuterRef("pk"), category__path__startswith=category.path
                )
            )
        )
    return queryset.order_by("-date_created", "-pk")


SORT_CHOICES = {
    "relevance": None,
    "newest": ("-date_created", "-pk"),
    "price-low": ("card_price", "pk"),
    "price-high": ("-card_price", "-pk"),
    "title": ("title_sort", "pk"),
}


def product_search(
    *,
    query: str = "",
    sort: str = "relevance",
    cooperative=None,
    category=None,
    language: str = "en",
) -> QuerySet:
    """Products matching every word of ``query``, sorted as asked.

    With no words this is the whole browsable catalogue (or the category's
    or cooperative's part of it), newest first unless ``sort`` says otherwise.
    """
    queryset = products_for_cards(cooperative=cooperative, category=category)
    terms = search_terms(query)
    for term in terms:
        queryset = queryset.filter(_term_condition(term))

    title_field = "title_ur" if language == "ur" else "title_en"
    queryset = queryset.annotate(
        card_price=_price_subquery(),
        # Sort by the title in the reader's language, English where the
        # Urdu one is missing.
        title_sort=Lower(
            Coalesce(
                NullIf(F(title_field), Value("")),
                F("title_en"),
                Value(""),
                output_field=CharField(),
            )
        ),
    )
    if sort == "relevance" and terms:
        rank = Value(0, output_field=IntegerField())
        for term in terms:
            rank = rank + Case(
                When(_any_field(["title_en", "title_ur"], term), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        return queryset.annotate(rank=rank).order_by("-rank", "title_sort", "pk")
    ordering = SORT_CHOICES.get(sort) or SORT_CHOICES["newest"]
    return queryset.order_by(*ordering)
