"""Browsing and searching the catalogue, answered by the database.

Oscar sends its catalogue, category and search pages through haystack, and
haystack's simple backend returns nothing for an empty query, so browsing
would list no products unless a search server runs. A marketplace of a few
thousand listings does not need one: these queries run on SQLite and on
PostgreSQL alike, and every page costs a fixed number of queries.

How a query is read (``search_query_interpret``):

* It is split into words (``search_terms``); every word must match. Urdu
  typed on Arabic or Persian keyboards uses other code points for some
  letters (ي / ی, ك / ک, ه / ہ / ھ), so those letters match each other, and
  vowel marks and tatweel are ignored.
* Each word stands for itself and for the words of its synonym groups
  (``SearchSynonym``: rows staff edit in the admin, seeded from
  ``search_synonyms.txt``), so "achaar", "achar", "pickle" and "اچار" find
  the same jars. A word in no group takes the group of its nearest spelling
  (trigram similarity, below), so "pikle" reads as "pickle".
* A word is looked for in the English and Urdu titles, the cooperative's
  names, the names of the product's categories and their parents, and the
  UPC (one regular expression for a word and its synonyms). Words of three
  letters or fewer must be a whole word (an "s" or "es" may follow): "آم"
  (mango) must not find "آملہ" (amla), nor "bag" cabbage.
* For a word in no synonym group, and only when nothing on sale has it as
  written, typing slips are forgiven ("swatti" finds "Swati"; once a title
  says "Swatti", "swatti" finds that title alone): a title, or a category's
  name, holding a word whose ``strict_word_similarity`` to the typed one
  (four letters or more) is at least ``settings.SEARCH_WORD_SIMILARITY``
  matches. That is the
  measure of PostgreSQL's pg_trgm; there the condition is pg_trgm's ``%>>``
  operator, which the titles' GIN trigram indexes answer (each connection
  sets the operator's threshold from the setting). SQLite gets the same
  function, ported to Python below, on each connection, so both databases
  find the same products; a test compares the port with pg_trgm.

A word found in the title ranks above one found elsewhere, and an exact
title match above a near one. When nothing is found, ``search_suggestions``
says why: which words find products on their own, the nearest spelling of
those that find nothing ("Did you mean …", by edit distance among the words
of the titles, categories and synonyms), and how many products the filters
hid.

Queries per page: the product count and the page of products with their
photos and stock records, whatever the words; reading a query adds two (the
synonym groups and the category names); a search that finds nothing adds
one or two (a count per word, and the titles "Did you mean" picks from).
"""

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    Exists,
    F,
    FloatField,
    Func,
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
SearchSynonym = get_model("catalogue", "SearchSynonym")
StockRecord = get_model("partner", "StockRecord")

MAX_TERMS = 8
MAX_TERM_LENGTH = 64
#: Shorter words must match a whole word, not a part of one.
WHOLE_WORD_BELOW = 4
#: Shorter words are not matched by similarity: too many words are near them.
SIMILAR_FROM = 4
#: The Python twin of pg_trgm's strict_word_similarity, as SQLite knows it.
SQLITE_WORD_SIMILARITY = "hb_strict_word_similarity"

# Letters written differently by Arabic, Persian and Urdu keyboards.
_EQUIVALENT_LETTERS = ["يیى", "كک", "هہھ"]
_LETTER_CLASS = {ch: group for group in _EQUIVALENT_LETTERS for ch in group}
# Vowel marks (harakat), superscript alef, tatweel, zero-width (non-)joiners.
_IGNORED = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
# pg_trgm's words: runs of letters and digits.
_TRIGRAM_WORD = re.compile(r"[^\W_]+")

SYNONYM_SEED = Path(__file__).with_name("search_synonyms.txt")


def _similarity_threshold() -> float:
    return settings.SEARCH_WORD_SIMILARITY


# --- Words ------------------------------------------------------------------


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


def synonym_words(text: str) -> list[str]:
    """The entries of a synonym group typed as "achar, achaar, اچار":
    normalised as search words are, one entry per comma (an entry may be a
    phrase, such as "bottle gourd"), without repeats.

    >>> synonym_words("Achar, ACHAAR,, pickle ,achar، اچار")
    ['achar', 'achaar', 'pickle', 'اچار']
    """
    words = []
    for entry in re.split("[,،\n]", text or ""):
        word = " ".join(search_terms(entry))
        if word and word not in words:
            words.append(word)
    return words


def synonym_seed() -> list[list[str]]:
    """The synonym groups a new shop starts with (``search_synonyms.txt``)."""
    groups = []
    for line in SYNONYM_SEED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            groups.append(synonym_words(line))
    return groups


def _word_regex(word: str) -> str:
    body = "".join(
        f"[{_LETTER_CLASS[ch]}]" if ch in _LETTER_CLASS else re.escape(ch) for ch in word
    )
    if len(word) < WHOLE_WORD_BELOW:
        return rf"(^|\W){body}(s|es)?(\W|$)"
    return body


@functools.lru_cache(maxsize=512)
def _words_pattern(words: tuple[str, ...]) -> str | None:
    plain = len(words) == 1 and len(words[0]) >= WHOLE_WORD_BELOW
    if plain and not any(ch in _LETTER_CLASS for ch in words[0]):
        return None
    return "|".join(f"({_word_regex(word)})" for word in words)


@functools.lru_cache(maxsize=512)
def _words_regex(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(_words_pattern(words) or re.escape(words[0]), re.IGNORECASE)


def words_pattern(words) -> str | None:
    """The regular expression that finds any of ``words``, or None where a
    plain case-insensitive "contains" does (one long word of plain letters).
    It is written for both Python's ``re`` and PostgreSQL's regular
    expressions: one pattern for a word and its synonyms keeps the query
    short."""
    return _words_pattern(tuple(words))


def text_has_word(text: str, *words: str) -> bool:
    """Python's reading of the condition ``words_lookup`` puts to the database."""
    return _words_regex(words).search(text or "") is not None


# --- Trigram similarity, as pg_trgm computes it -----------------------------


def _word_trigrams(word: str) -> list[str]:
    padded = f"  {word} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


@functools.lru_cache(maxsize=1024)
def _trigrams(text: str) -> frozenset[str]:
    return frozenset(
        t for word in _TRIGRAM_WORD.findall(text.lower()) for t in _word_trigrams(word)
    )


def _ratio(shared: int, length1: int, length2: int) -> float:
    return shared / (length1 + length2 - shared)


def trigram_similarity(a: str, b: str) -> float:
    """pg_trgm's ``similarity``: shared trigrams over all trigrams of both.

    >>> round(trigram_similarity("pikle", "pickle"), 3)
    0.444
    """
    first, second = _trigrams(a or ""), _trigrams(b or "")
    if not first or not second:
        return 0.0
    return _ratio(len(first & second), len(first), len(second))


def strict_word_similarity(term: str | None, text: str | None) -> float:
    """pg_trgm's ``strict_word_similarity(term, text)``: how close ``term``
    comes to a run of whole words of ``text``, between 0 and 1.

    A port of pg_trgm's ``iterate_word_similarity`` (strict mode): it walks
    the text's trigrams once, and at the end of each word tries moving the
    start of the run to a later word start when that scores higher. Being
    the same walk, it gives the same answers as PostgreSQL (a test compares
    them), so a search finds the same products on SQLite.

    >>> round(strict_word_similarity("pikle", "Mango Pickle, 500 g"), 3)
    0.444
    """
    required = _trigrams(term or "")
    if not required or not text:
        return 0.0
    trigrams, starts, ends = [], [], []
    for word in _TRIGRAM_WORD.findall(text.lower()):
        own = _word_trigrams(word)
        trigrams += own
        starts += [True] + [False] * (len(own) - 1)
        ends += [False] * (len(own) - 1) + [True]
    found = [t in required for t in trigrams]
    length1 = len(required)
    last_position: dict[str, int] = {}
    lower = count = length2 = 0
    best = 0.0
    for i, trigram in enumerate(trigrams):
        if last_position.get(trigram, -1) < 0:
            length2 += 1
            count += found[i]
        last_position[trigram] = i
        if not ends[i]:
            continue
        current = _ratio(count, length1, length2)
        tmp_count, tmp_length2, previous_lower = count, length2, lower
        for tmp_lower in range(lower, i + 1):
            if starts[tmp_lower]:
                candidate = _ratio(tmp_count, length1, tmp_length2)
                if candidate > current:
                    current, length2, lower, count = candidate, tmp_length2, tmp_lower, tmp_count
            if last_position.get(trigrams[tmp_lower]) == tmp_lower:
                tmp_length2 -= 1
                tmp_count -= found[tmp_lower]
        best = max(best, current)
        for tmp_lower in range(previous_lower, lower):
            if last_position.get(trigrams[tmp_lower]) == tmp_lower:
                last_position[trigrams[tmp_lower]] = -1
    return best


def edit_distance(a: str, b: str) -> int:
    """Letters to insert, delete, change or swap with a neighbour to turn
    ``a`` into ``b`` (optimal string alignment).

    >>> edit_distance("pikel", "pickle")
    2
    """
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def nearest_word(term: str, vocabulary) -> str | None:
    """The word of ``vocabulary`` a customer most likely meant by ``term``,
    for "Did you mean": at most one slip away (two from a word of five
    letters or more); ties go to the more similar by trigrams, then the
    shorter, then the first in alphabetical order."""
    if len(term) < SIMILAR_FROM:
        return None
    allowed = 1 if len(term) < 5 else 2
    best_key, best = None, None
    for word in set(vocabulary):
        if word == term or len(word) < SIMILAR_FROM or abs(len(word) - len(term)) > allowed:
            continue
        distance = edit_distance(term, word)
        if distance <= allowed:
            key = (distance, -trigram_similarity(term, word), len(word), word)
            if best_key is None or key < best_key:
                best_key, best = key, word
    return best


def vocabulary_words(texts) -> list[str]:
    """The words of ``texts`` a suggestion may offer: lower-case, no numbers."""
    return [
        word
        for text in texts
        for word in _TRIGRAM_WORD.findall((text or "").lower())
        if not word.isdigit()
    ]


class WordSimilarity(Func):
    """``strict_word_similarity(term, text)``; on SQLite the Python port."""

    function = "strict_word_similarity"
    output_field = FloatField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function=SQLITE_WORD_SIMILARITY, **extra_context)


class HasSimilarWord(Func):
    """True when ``text`` holds a word close enough to ``term``.

    PostgreSQL: pg_trgm's ``text %>> term``, which a GIN trigram index on the
    column answers; its threshold is set for each connection (settings).
    """

    output_field = BooleanField()
    arg_joiner = " %%>> "
    template = "(%(expressions)s)"

    def __init__(self, field: str, term: str):
        super().__init__(F(field), Value(term))

    def as_sqlite(self, compiler, connection, **extra_context):
        text, term = self.source_expressions
        sql, params = WordSimilarity(term, text).as_sqlite(compiler, connection)
        return f"({sql} >= %s)", (*params, _similarity_threshold())


def search_functions_install(sender, connection, **kwargs):
    """Give each new SQLite connection the Python twin of pg_trgm's
    function (connected to ``connection_created`` by the app)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            SQLITE_WORD_SIMILARITY, 2, strict_word_similarity, deterministic=True
        )


# --- Reading a query ----------------------------------------------------------


@dataclass(frozen=True)
class SearchWord:
    """One word of a query, and everything it is taken to mean."""

    typed: str
    #: ``typed`` first, then the words of its synonym groups.
    alternatives: tuple[str, ...]
    #: Paths of the categories whose name holds one of the alternatives.
    category_paths: tuple[str, ...] = ()
    #: Paths of the categories whose name holds a word near ``typed``.
    near_category_paths: tuple[str, ...] = ()

    @property
    def forgives_typos(self) -> bool:
        """Near titles count for a word no synonym group explains (a group
        already holds the spellings of its words)."""
        return len(self.typed) >= SIMILAR_FROM and len(self.alternatives) == 1


@dataclass(frozen=True)
class SearchQuery:
    words: tuple[SearchWord, ...] = ()
    #: Synonyms and category names: words "Did you mean" may offer.
    vocabulary: tuple[str, ...] = ()

    def __bool__(self):
        return bool(self.words)


def _synonyms_of(term: str, synonym_groups: list[list[str]]) -> list[str]:
    """The words of the groups holding ``term``; if none does, of the groups
    holding the spelling nearest to it (trigram similarity at least the
    threshold), so "achaarr" still reads as "achar"."""
    exact = [group for group in synonym_groups if term in group]
    if not exact and len(term) >= SIMILAR_FROM:
        scored = [
            (max(trigram_similarity(term, word) for word in group), i)
            for i, group in enumerate(synonym_groups)
            if group
        ]
        best = max((score for score, _ in scored), default=0.0)
        if best >= _similarity_threshold():
            exact = [synonym_groups[i] for score, i in scored if score == best]
    return [word for group in exact for word in group]


def search_query_build(
    terms: list[str], synonym_groups: list[list[str]], categories: list[tuple[str, str, str]]
) -> SearchQuery:
    """What each word of a query means: its synonyms and the categories it
    names, exactly or by a near spelling. ``categories`` are (path, English
    name, Urdu name). Pure, so it is tested with worked examples."""
    threshold = _similarity_threshold()
    words = []
    for term in terms:
        alternatives = [term]
        alternatives += [w for w in _synonyms_of(term, synonym_groups) if w not in alternatives]
        paths, near_paths = [], []
        for path, *names in categories:
            if any(text_has_word(name, *alternatives) for name in names):
                paths.append(path)
            elif len(term) >= SIMILAR_FROM and any(
                strict_word_similarity(term, name) >= threshold for name in names
            ):
                near_paths.append(path)
        words.append(SearchWord(term, tuple(alternatives), tuple(paths), tuple(near_paths)))
    vocabulary = [word for group in synonym_groups for word in group]
    vocabulary += vocabulary_words(name for _, *names in categories for name in names)
    return SearchQuery(tuple(words), tuple(dict.fromkeys(vocabulary)))


def search_query_interpret(query: str) -> SearchQuery:
    """Read a customer's query with the shop's synonym groups and categories."""
    terms = search_terms(query)
    if not terms:
        return SearchQuery()
    groups = [
        synonym_words(words) for words in SearchSynonym.objects.values_list("words", flat=True)
    ]
    categories = list(Category.objects.values_list("path", "name_en", "name_ur"))
    return search_query_build(terms, groups, categories)


# --- Conditions -----------------------------------------------------------------


def words_lookup(field: str, words) -> Q:
    """A condition that ``field`` holds one of ``words`` (see ``words_pattern``)."""
    pattern = words_pattern(words)
    if pattern is None:
        return Q(**{f"{field}__icontains": words[0]})
    return Q(**{f"{field}__iregex": pattern})


def _any_field(fields, words) -> Q:
    condition = Q()
    for field in fields:
        condition |= words_lookup(field, words)
    return condition


_TITLES = ["title_en", "title_ur"]


def _in_categories(paths) -> Exists | None:
    # A product filed under "Embroidered shawls" is found by "textiles" when
    # that is the parent category: match categories, then their subtrees.
    if not paths:
        return None
    under = Q()
    for path in paths:
        under |= Q(category__path__startswith=path)
    return Exists(ProductCategory.objects.filter(under, product=OuterRef("pk")))


def _title_exact(word: SearchWord) -> Q:
    return _any_field(_TITLES, word.alternatives)


def _title_similar(word: SearchWord) -> Q:
    condition = Q()
    for field in _TITLES:
        condition |= Q(HasSimilarWord(field, word.typed))
    return condition


def _exact(word: SearchWord) -> Q:
    """The word, or one of its synonyms, as written: in a title, the UPC,
    the cooperative's name or a category's name."""
    condition = _title_exact(word) | _any_field(["upc"], word.alternatives[:1])
    condition |= Exists(
        StockRecord.objects.filter(
            _any_field(
                ["partner__cooperative__name_en", "partner__cooperative__name_ur"],
                word.alternatives,
            ),
            product=OuterRef("pk"),
        )
    )
    if in_categories := _in_categories(word.category_paths):
        condition |= in_categories
    return condition


def _found_as_written(word: SearchWord) -> Exists:
    # Uncorrelated: the database answers it once per query.
    return Exists(_on_sale().filter(_exact(word)))


def _near(word: SearchWord, *, titles_only: bool = False) -> Q:
    """A word near the typed one in a title or a category's name, counted
    only when nothing on sale has the word as written: "swatti" finds
    "Swati" until a title says "Swatti". The cheap test comes first, so the
    similarity is computed only when it is needed."""
    near = _title_similar(word)
    if not titles_only and (in_categories := _in_categories(word.near_category_paths)):
        near |= in_categories
    return ~_found_as_written(word) & near


def _word_condition(word: SearchWord) -> Q:
    if word.forgives_typos:
        return _exact(word) | _near(word)
    return _exact(word)


def _search_condition(search: SearchQuery) -> Q:
    condition = Q()
    for word in search.words:
        condition &= _word_condition(word)
    return condition


def _price_subquery():
    return Subquery(
        StockRecord.objects.filter(product=OuterRef("pk")).order_by("pk").values("price")[:1]
    )


# --- Lists of products ------------------------------------------------------------


def _listed():
    return StockRecord.objects.filter(product=OuterRef("pk"), partner__cooperative__status="active")


def _on_sale() -> QuerySet:
    """Products a customer may find: public, listed by an active cooperative."""
    return Product.objects.browsable().filter(Exists(_listed()))


def products_for_cards(
    *,
    available_only: bool = False,
    cooperative=None,
    cooperatives=None,
    category=None,
) -> QuerySet:
    """Public products of active cooperatives, with what a product card shows.

    ``available_only`` keeps products with free stock and food not past its
    best-before date. ``category`` includes its subcategories; ``cooperatives``
    keeps those listed by any of them (the cooperatives of a city).
    """
    listed = _listed()
    if cooperative is not None:
        listed = listed.filter(partner__cooperative=cooperative)
    if cooperatives is not None:
        listed = listed.filter(partner__cooperative__in=[c.pk for c in cooperatives])
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
    search: SearchQuery = SearchQuery(),
    sort: str = "relevance",
    cooperative=None,
    cooperatives=None,
    category=None,
    price_min=None,
    price_max=None,
    language: str = "en",
) -> QuerySet:
    """Products matching every word of ``search``, filtered and sorted as asked.

    With no words this is the whole browsable catalogue (or the filtered
    part of it), newest first unless ``sort`` says otherwise. Prices are
    the card's price (the first stock record's), in rupees.
    """
    queryset = products_for_cards(
        cooperative=cooperative, cooperatives=cooperatives, category=category
    )
    queryset = queryset.filter(_search_condition(search))

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
    if price_min is not None:
        queryset = queryset.filter(card_price__gte=price_min)
    if price_max is not None:
        queryset = queryset.filter(card_price__lte=price_max)
    if sort == "relevance" and search:
        rank = Value(0, output_field=IntegerField())
        for word in search.words:
            whens = [When(_title_exact(word), then=Value(2))]
            if word.forgives_typos:
                whens.append(When(_near(word, titles_only=True), then=Value(1)))
            rank = rank + Case(*whens, default=Value(0), output_field=IntegerField())
        return queryset.annotate(rank=rank).order_by("-rank", "title_sort", "pk")
    ordering = SORT_CHOICES.get(sort) or SORT_CHOICES["newest"]
    return queryset.order_by(*ordering)


# --- When nothing is found -------------------------------------------------------


@dataclass(frozen=True)
class SearchSuggestions:
    #: The query with each word that finds nothing replaced by its nearest
    #: spelling in the shop, when there is one ("Did you mean …").
    corrected_query: str = ""
    #: (word, products) for each word that finds products on its own, when
    #: a query of several words finds nothing together.
    single_words: tuple[tuple[str, int], ...] = ()
    #: Products the query finds when the filters are left out.
    unfiltered_count: int = 0


def search_suggestions(*, search: SearchQuery, filtered: bool) -> SearchSuggestions:
    """What to offer when ``search`` (with filters, if ``filtered``) found
    nothing. One query counts the products each word finds alone and all
    words together, without filters; a second, only when some word finds
    nothing, reads the titles on sale for the words "Did you mean" offers."""
    if not search:
        return SearchSuggestions()
    on_sale = _on_sale()
    counts = on_sale.aggregate(
        together=Count("pk", filter=_search_condition(search)),
        **{f"w{i}": Count("pk", filter=_word_condition(w)) for i, w in enumerate(search.words)},
    )
    per_word = [counts[f"w{i}"] for i in range(len(search.words))]

    corrected = ""
    if not all(per_word):
        titles = on_sale.values_list(*_TITLES)
        vocabulary = [*search.vocabulary, *vocabulary_words(t for pair in titles for t in pair)]
        replaced = [
            word.typed if count else nearest_word(word.typed, vocabulary)
            for word, count in zip(search.words, per_word, strict=True)
        ]
        if any(new and new != word.typed for new, word in zip(replaced, search.words, strict=True)):
            corrected = " ".join(new for new in replaced if new)

    single = ()
    if len(search.words) > 1 and all(per_word):
        single = tuple((w.typed, n) for w, n in zip(search.words, per_word, strict=True))
    return SearchSuggestions(
        corrected_query=corrected,
        single_words=single,
        unfiltered_count=counts["together"] if filtered else 0,
    )
