"""Search and browse answered by the database, in English and Urdu.

Everything here runs on SQLite and on PostgreSQL (CI runs the suite on
both); tests marked ``postgres`` check what only PostgreSQL has: pg_trgm,
its GIN indexes, and that the Python port of its similarity agrees with it.
"""

from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue.browse import (
    HasSimilarWord,
    edit_distance,
    nearest_word,
    search_query_build,
    search_terms,
    strict_word_similarity,
    synonym_seed,
    synonym_words,
    text_has_word,
    trigram_similarity,
)


class TestSearchTerms:
    def test_words_are_split_casefolded_and_deduplicated(self):
        assert search_terms("  Mango  ACHAAR mango ") == ["mango", "achaar"]

    def test_urdu_vowel_marks_and_tatweel_are_ignored(self):
        assert search_terms("اَچار") == ["اچار"]
        assert search_terms("اچـــار") == ["اچار"]

    def test_urdu_digits_become_ascii(self):
        assert search_terms("۵۰۰ گرام") == ["500", "گرام"]

    def test_punctuation_alone_gives_no_terms(self):
        assert search_terms(" ,.;!? ") == []

    @given(st.text(max_size=500))
    def test_any_input_gives_few_short_nonempty_terms(self, text):
        terms = search_terms(text)
        assert len(terms) <= 8
        assert all(0 < len(term) <= 64 for term in terms)
        assert len(set(terms)) == len(terms)


def _titles(response):
    return {product.title_en for product in response.context["products"]}


@pytest.mark.django_db
class TestSearchPage:
    def search(self, client, query, **params):
        response = client.get(reverse("search:search"), {"q": query, **params})
        assert response.status_code == 200
        return response

    def test_english_title_words(self, client, site_pages, shop):
        assert _titles(self.search(client, "mango")) == {"Mango Pickle 500 g"}
        assert _titles(self.search(client, "PICKLE lemon")) == {"Lemon Pickle"}

    def test_urdu_title_words(self, client, site_pages, shop):
        assert _titles(self.search(client, "اچار")) == {
            "Mango Pickle 500 g",
            "Lemon Pickle",
            "Garlic Pickle",
        }
        assert _titles(self.search(client, "شال")) == {"Phulkari Shawl"}

    def test_urdu_typed_with_arabic_letters_still_matches(self, client, site_pages, shop):
        # "لیموں" typed on an Arabic keyboard: ي (U+064A) instead of ی (U+06CC).
        assert _titles(self.search(client, "ليموں")) == {"Lemon Pickle"}

    def test_by_cooperative_name_in_either_language(self, client, site_pages, shop):
        expected = {"Phulkari Shawl", "Block-printed Cushion Cover"}
        assert _titles(self.search(client, "anarkali")) == expected
        assert _titles(self.search(client, "انارکلی")) == expected

    def test_by_category_includes_its_subcategories(self, client, site_pages, shop):
        assert _titles(self.search(client, "textiles")) == {
            "Phulkari Shawl",
            "Block-printed Cushion Cover",
        }
        assert _titles(self.search(client, "کڑھائی")) == {"Phulkari Shawl"}

    def test_every_word_must_match(self, client, site_pages, shop):
        assert _titles(self.search(client, "mango shawl")) == set()
        assert "No products found." in self.search(client, "mango shawl").content.decode()

    def test_title_matches_rank_first(self, client, site_pages, shop):
        # "pickle" is in four titles (and the category name of them all).
        from .factories import ProductFactory

        ProductFactory(
            title_en="Embroidered jar cover",
            cooperative=shop["cooperatives"]["haripur"],
            categories=[shop["categories"]["pickles"]],
        )
        ordered = [p.title_en for p in self.search(client, "pickle").context["products"]]
        assert ordered[-1] == "Embroidered jar cover"
        assert len(ordered) == 4

    def test_filter_by_cooperative_and_sort_by_price(self, client, site_pages, shop):
        response = self.search(client, "", cooperative="haripur-pickles", sort="price-high")
        prices = [p.stockrecords.all()[0].price for p in response.context["products"]]
        assert prices == sorted(prices, reverse=True) and len(prices) == 3

    def test_unknown_cooperative_is_reported_and_not_applied(self, client, site_pages, shop):
        response = self.search(client, "pickle", cooperative="no-such-coop")
        assert len(response.context["products"]) == 3
        assert "Select a valid choice" in response.content.decode()

    def test_hostile_input_is_harmless(self, client, site_pages, shop):
        for query in ["%", "_", "' OR 1=1 --", "[ي", "(.*)", "\\", "a" * 5000]:
            self.search(client, query)

    def test_search_in_urdu_interface_sorts_by_urdu_title(self, client, site_pages, shop):
        response = client.get("/ur" + reverse("search:search"), {"q": "", "sort": "title"})
        assert response.status_code == 200
        titles = [p.title_ur for p in response.context["products"]]
        assert titles == sorted(titles)


@pytest.mark.django_db
def test_browse_pages_are_paginated(client, site_pages, shop, settings):
    from catalogue.views import ProductListView

    ProductListView.paginate_by, old = 2, ProductListView.paginate_by
    try:
        first = client.get(reverse("catalogue:index"))
        assert len(first.context["products"]) == 2
        assert first.context["paginator"].count == 5
        last = client.get(reverse("catalogue:index"), {"page": 3})
        assert len(last.context["products"]) == 1
        assert client.get(reverse("catalogue:index"), {"page": 99}).status_code == 404
    finally:
        ProductListView.paginate_by = old


class TestSynonymWords:
    def test_entries_are_normalised_and_split_on_latin_and_urdu_commas(self):
        assert synonym_words("Achar, ACHAAR,, pickle ,achar، اچار") == [
            "achar",
            "achaar",
            "pickle",
            "اچار",
        ]

    def test_an_entry_may_be_a_phrase(self):
        assert synonym_words("lauki, Bottle  Gourd") == ["lauki", "bottle gourd"]

    def test_the_seed_has_the_common_roman_urdu_spellings(self):
        groups = synonym_seed()
        assert all(len(group) >= 2 for group in groups)

        def group_of(word):
            return next(group for group in groups if word in group)

        assert {"achar", "achaar", "pickle", "اچار"} <= set(group_of("achar"))
        assert {"chadar", "chaddar", "چادر"} <= set(group_of("chadar"))
        assert {"dupatta", "dopatta", "دوپٹہ"} <= set(group_of("dupatta"))
        assert {"papad", "papar", "پاپڑ"} <= set(group_of("papad"))

    def test_no_word_of_the_seed_is_in_two_groups(self):
        words = [word for group in synonym_seed() for word in group]
        assert len(words) == len(set(words))


class TestWordMatching:
    def test_long_words_match_inside_words(self):
        assert text_has_word("Block-printed Cushion Cover", "print")

    def test_short_words_match_whole_words_or_their_plural(self):
        assert text_has_word("آم کا اچار", "آم")
        assert not text_has_word("آملہ کا مربہ", "آم")
        assert text_has_word("Desi Eggs, Dozen", "egg")
        assert not text_has_word("Cabbage, 1 kg", "bag")

    def test_urdu_letter_variants_match_each_other(self):
        assert text_has_word("لیموں کا اچار", "ليموں")


class TestTrigramSimilarity:
    """Worked examples, counted by hand the way pg_trgm counts: each word is
    padded with two spaces in front and one behind and cut into trigrams."""

    def test_similarity_is_shared_over_all_trigrams(self):
        # pikle: "  p" " pi" pik ikl kle "le "; pickle: "  p" " pi" pic ick ckl kle "le "
        assert trigram_similarity("pikle", "pickle") == pytest.approx(4 / 9)
        assert trigram_similarity("Pickle", "pickle") == 1
        assert trigram_similarity("", "pickle") == 0

    def test_strict_word_similarity_compares_with_the_nearest_words(self):
        assert strict_word_similarity("pikle", "Mango Pickle, 500 g") == pytest.approx(4 / 9)
        # 9 of embroidred's 11 trigrams are among embroidered's 12.
        assert strict_word_similarity("embroidred", "Swati Embroidered Shawl") == pytest.approx(
            9 / 14
        )
        assert strict_word_similarity("jam", "Family Jar") == pytest.approx(1 / 3)
        assert strict_word_similarity("mango", "") == 0

    @given(st.text(max_size=30), st.text(max_size=60))
    def test_strict_word_similarity_is_between_zero_and_one(self, term, text):
        assert 0 <= strict_word_similarity(term, text) <= 1

    @given(
        st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), min_size=1, max_size=6),
        st.data(),
    )
    def test_a_word_of_the_text_is_found_whole(self, words, data):
        word = data.draw(st.sampled_from(words))
        assert strict_word_similarity(word, " ".join(words)) == 1


class TestEditDistance:
    def test_worked_examples(self):
        assert edit_distance("pikel", "pickle") == 2
        assert edit_distance("papd", "papad") == 1
        assert edit_distance("achaar", "achar") == 1
        assert edit_distance("ab", "ba") == 1  # a swap of neighbours is one slip
        assert edit_distance("", "abc") == 3

    @given(st.text(max_size=12), st.text(max_size=12))
    def test_symmetric_zero_only_for_equal_and_bounded(self, a, b):
        distance = edit_distance(a, b)
        assert distance == edit_distance(b, a)
        assert (distance == 0) == (a == b)
        assert abs(len(a) - len(b)) <= distance <= max(len(a), len(b))

    def test_nearest_word_prefers_fewer_slips_then_closer_trigrams(self):
        vocabulary = ["pickle", "pickles", "pinni", "papad", "shawl"]
        assert nearest_word("pikel", vocabulary) == "pickle"
        assert nearest_word("papd", vocabulary) == "papad"
        assert nearest_word("laptop", vocabulary) is None
        assert nearest_word("pap", vocabulary) is None  # too short to guess


class TestSearchQueryBuild:
    GROUPS = [
        ["pickle", "pickles", "achar", "achaar", "اچار"],
        ["chadar", "chaddar", "چادر"],
        ["khaddar", "khadar", "کھدر"],
    ]
    CATEGORIES = [("0001", "Pickles and preserves", "اچار اور مربے"), ("0002", "Shawls", "شالیں")]

    def build(self, query):
        return search_query_build(search_terms(query), self.GROUPS, self.CATEGORIES)

    def test_a_word_stands_for_its_synonym_group(self):
        (word,) = self.build("ACHAAR").words
        assert word.alternatives == ("achaar", "pickle", "pickles", "achar", "اچار")
        assert word.category_paths == ("0001",)

    def test_a_near_spelling_reads_as_the_nearest_group(self):
        (word,) = self.build("pikle").words
        assert "achar" in word.alternatives

    def test_a_word_in_a_group_is_not_also_read_as_its_neighbour(self):
        # chaddar and khaddar are one letter apart.
        (word,) = self.build("chaddar").words
        assert word.alternatives == ("chaddar", "chadar", "چادر")

    def test_near_category_names_are_kept_apart(self):
        (word,) = self.build("shawel").words
        assert word.category_paths == ()
        assert word.near_category_paths == ("0002",)

    def test_vocabulary_holds_synonyms_and_category_words(self):
        vocabulary = self.build("x").vocabulary
        assert "achaar" in vocabulary and "preserves" in vocabulary


@pytest.fixture
def synonyms(db):
    """The shop's seed synonyms (a transactional test elsewhere may have
    emptied the table the data migration filled)."""
    from catalogue.models import SearchSynonym

    SearchSynonym.objects.all().delete()
    SearchSynonym.objects.bulk_create(
        SearchSynonym(words=", ".join(group)) for group in synonym_seed()
    )


@pytest.fixture
def roman_urdu_shop(shop, synonyms):
    """The small shop, with things people spell in many ways."""
    from .factories import CategoryFactory, CooperativeFactory, ProductFactory

    lahore, haripur = shop["cooperatives"]["lahore"], shop["cooperatives"]["haripur"]
    shawls, pickles = shop["categories"]["shawls"], shop["categories"]["pickles"]
    snacks = CategoryFactory(name_en="Snacks", name_ur="نمکین", slug="snacks")
    multan = CooperativeFactory(
        partner__name="Sohni Kitchen",
        name_ur="سوہنی کچن",
        slug="sohni-kitchen",
        city="Multan",
        district="Multan",
    )
    made = {
        "chadar": ("Men's Swati Chadar", "سواتی چادر", lahore, shawls, "3200"),
        "khaddar": ("Block-printed Khaddar, 3 m", "ٹھپے والا کھدر", lahore, None, "1800"),
        "dupatta": ("Phulkari Dupatta", "پھلکاری دوپٹہ", lahore, shawls, "2500"),
        "swati_shawl": ("Swati Embroidered Shawl", "سواتی کڑھائی والی شال", lahore, shawls, "6000"),
        "papad": ("Rice Papad, Pack of 20", "چاول کے پاپڑ", multan, snacks, "300"),
        "amla": ("Amla Murabba", "آملہ کا مربہ", haripur, pickles, "550"),
    }
    for key, (title, title_ur, cooperative, category, price) in made.items():
        shop["products"][key] = ProductFactory(
            title_en=title,
            title_ur=title_ur,
            cooperative=cooperative,
            categories=[category] if category else [],
            price=Decimal(price),
        )
    shop["categories"]["snacks"] = snacks
    shop["cooperatives"]["multan"] = multan
    return shop


def _search(client, query="", path=None, **params):
    response = client.get(path or reverse("search:search"), {"q": query, **params})
    assert response.status_code == 200
    return response


@pytest.mark.django_db
class TestHowPeopleType:
    PICKLES = {"Mango Pickle 500 g", "Lemon Pickle", "Garlic Pickle", "Amla Murabba"}

    def test_roman_urdu_spellings_find_the_pickles(self, client, site_pages, roman_urdu_shop):
        for query in ["pickle", "achar", "achaar", "aachar", "اچار"]:
            assert _titles(_search(client, query)) == self.PICKLES, query

    def test_chadar_in_any_spelling_finds_the_chadar_not_the_khaddar(
        self, client, site_pages, roman_urdu_shop
    ):
        for query in ["chadar", "chaddar", "chador", "چادر"]:
            assert _titles(_search(client, query)) == {"Men's Swati Chadar"}, query

    def test_dupatta_and_papad_in_their_spellings(self, client, site_pages, roman_urdu_shop):
        for query in ["dupatta", "dopatta", "dupata"]:
            assert _titles(_search(client, query)) == {"Phulkari Dupatta"}, query
        for query in ["papad", "papar", "پاپڑ"]:
            assert _titles(_search(client, query)) == {"Rice Papad, Pack of 20"}, query

    def test_typing_slips_find_what_the_word_finds(self, client, site_pages, roman_urdu_shop):
        assert _titles(_search(client, "pikle")) == self.PICKLES
        embroidered = _titles(_search(client, "embroidered"))
        assert "Swati Embroidered Shawl" in embroidered
        assert _titles(_search(client, "embroidred")) == embroidered

    def test_a_slip_in_a_word_with_no_synonyms_finds_titles_with_the_near_word(
        self, client, site_pages, roman_urdu_shop
    ):
        # "swatti" is in no synonym group: the titles' trigrams find "Swati".
        assert _titles(_search(client, "swatti")) == {
            "Men's Swati Chadar",
            "Swati Embroidered Shawl",
        }

    def test_short_urdu_word_finds_whole_words_only(self, client, site_pages, roman_urdu_shop):
        # آم (mango) is the start of آملہ (amla).
        assert _titles(_search(client, "آم")) == {"Mango Pickle 500 g"}
        assert _titles(_search(client, "mango")) == {"Mango Pickle 500 g"}

    def test_near_titles_are_left_out_when_the_word_as_written_is_found(
        self, client, site_pages, roman_urdu_shop
    ):
        from .factories import ProductFactory

        ProductFactory(
            title_en="Swatti Wool Cap", cooperative=roman_urdu_shop["cooperatives"]["lahore"]
        )
        ordered = [p.title_en for p in _search(client, "swatti").context["products"]]
        assert ordered == ["Swatti Wool Cap"]  # the word as written: no near ones

    def test_synonyms_staff_add_work_at_once(self, client, site_pages, roman_urdu_shop):
        from catalogue.models import SearchSynonym

        from .factories import ProductFactory

        ProductFactory(
            title_en="Coconut Ladoo", cooperative=roman_urdu_shop["cooperatives"]["multan"]
        )
        assert _titles(_search(client, "khopra")) == set()
        SearchSynonym.objects.create(words="coconut, khopra, gola, ناریل")
        assert _titles(_search(client, "khopra")) == {"Coconut Ladoo"}
        assert _titles(_search(client, "ناریل")) == {"Coconut Ladoo"}


@pytest.mark.django_db
class TestSynonymAdmin:
    URL = "/admin/catalogue/searchsynonym/add/"

    def test_staff_add_a_group_and_it_is_stored_normalised(self, client, staff_user):
        from catalogue.models import SearchSynonym

        client.force_login(staff_user)
        assert client.get("/admin/catalogue/searchsynonym/").status_code == 200
        response = client.post(self.URL, {"words": "Gola, KHOPRA,, coconut، ناریل"})
        assert response.status_code == 302
        assert SearchSynonym.objects.filter(words="gola, khopra, coconut, ناریل").exists()

    def test_one_word_is_refused_with_a_reason_and_nothing_is_saved(self, client, staff_user):
        from catalogue.models import SearchSynonym

        client.force_login(staff_user)
        before = SearchSynonym.objects.count()
        response = client.post(self.URL, {"words": "gola, ,"})
        assert response.status_code == 200
        assert "Give at least two words" in response.content.decode()
        assert SearchSynonym.objects.count() == before


@pytest.mark.django_db
class TestFilters:
    def test_by_category_cooperative_and_city(self, client, site_pages, roman_urdu_shop):
        shawls = roman_urdu_shop["categories"]["shawls"]
        assert _titles(_search(client, "", category=shawls.pk)) == {
            "Phulkari Shawl",
            "Men's Swati Chadar",
            "Phulkari Dupatta",
            "Swati Embroidered Shawl",
        }
        assert _titles(_search(client, "", cooperative="sohni-kitchen")) == {
            "Rice Papad, Pack of 20"
        }
        assert _titles(_search(client, "pickle", city="Haripur")) == {
            "Mango Pickle 500 g",
            "Lemon Pickle",
            "Garlic Pickle",
            "Amla Murabba",
        }
        assert _titles(_search(client, "pickle", city="Lahore")) == set()

    def test_cities_offered_are_those_of_active_cooperatives(
        self, client, site_pages, roman_urdu_shop
    ):
        choices = dict(_search(client, "").context["form"].fields["city"].choices)
        assert set(choices) == {"", "Haripur", "Lahore", "Multan"}

    def test_by_price_range_in_rupees_with_urdu_digits(self, client, site_pages, roman_urdu_shop):
        response = _search(client, "", price_min="500", price_max="۲۵۰۰", sort="price-low")
        prices = [p.stockrecords.all()[0].price for p in response.context["products"]]
        assert prices == sorted(prices)
        assert prices and min(prices) >= 500 and max(prices) <= 2500
        assert Decimal("2500.00") in prices  # the bounds are included

    def test_a_reversed_price_range_is_reported_and_not_applied(
        self, client, site_pages, roman_urdu_shop
    ):
        response = _search(client, "", price_min="3000", price_max="100")
        assert "The highest price cannot be below the lowest price." in response.content.decode()
        assert response.context["paginator"].count == 11

    def test_filters_and_words_combine_and_sort(self, client, site_pages, roman_urdu_shop):
        response = _search(client, "shawl", city="Lahore", price_max="5000", sort="price-high")
        titles = [p.title_en for p in response.context["products"]]
        assert titles == ["Phulkari Shawl", "Men's Swati Chadar", "Phulkari Dupatta"]

    def test_the_category_page_takes_the_other_filters(self, client, site_pages, roman_urdu_shop):
        path = roman_urdu_shop["categories"]["textiles"].get_absolute_url()
        response = _search(client, "", path=path, price_min="4000")
        assert _titles(response) == {"Phulkari Shawl", "Swati Embroidered Shawl"}


@pytest.mark.django_db
class TestNothingFound:
    def page(self, client, query, **params):
        response = _search(client, query, **params)
        assert response.context["paginator"].count == 0
        return response, response.content.decode()

    def test_a_misspelt_word_gets_did_you_mean(self, client, site_pages, roman_urdu_shop):
        response, html = self.page(client, "papd")
        assert response.context["suggestions"].corrected_query == "papad"
        assert 'Did you mean <a href="/shop/search/?q=papad"><bdi>papad</bdi></a>?' in html

    def test_only_the_word_that_finds_nothing_is_corrected(
        self, client, site_pages, roman_urdu_shop
    ):
        response, _ = self.page(client, "lemon pikel")
        assert response.context["suggestions"].corrected_query == "lemon pickle"

    def test_words_that_find_products_apart_are_offered_apart(
        self, client, site_pages, roman_urdu_shop
    ):
        response, html = self.page(client, "mango shawl")
        assert response.context["suggestions"].single_words == (("mango", 1), ("shawl", 4))
        assert "No product has all of these words" in html
        assert 'href="/shop/search/?q=shawl"' in html

    def test_products_hidden_by_the_filters_are_counted(self, client, site_pages, roman_urdu_shop):
        response, html = self.page(client, "pickle", city="Lahore")
        assert response.context["suggestions"].unfiltered_count == 4
        assert "4 products match your search without the filters." in html

    def test_a_query_with_nothing_near_still_offers_categories(
        self, client, site_pages, roman_urdu_shop
    ):
        response, html = self.page(client, "xyzzy")
        assert response.context["suggestions"].corrected_query == ""
        assert "Try fewer words, or another spelling." in html
        assert roman_urdu_shop["categories"]["textiles"].get_absolute_url() in html
        assert reverse("catalogue:index") in html

    def test_suggestions_in_urdu(self, client, site_pages, roman_urdu_shop):
        response = client.get("/ur" + reverse("search:search"), {"q": "papd"})
        html = response.content.decode()
        assert "کیا آپ کا مطلب" in html and "Did you mean" not in html


@pytest.mark.postgres
@pytest.mark.django_db
class TestOnPostgres:
    def test_pg_trgm_and_gin_trigram_indexes_on_the_titles(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            assert cursor.fetchone()
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'catalogue_product'"
                " AND indexname LIKE %s",
                ["%_trgm"],
            )
            indexes = dict(cursor.fetchall())
        for column in ["title_en", "title_ur"]:
            assert "gin_trgm_ops" in indexes[f"catalogue_product_{column}_trgm"]

    def test_the_connection_uses_the_shops_similarity_threshold(self):
        from django.conf import settings as django_settings

        with connection.cursor() as cursor:
            cursor.execute("SHOW pg_trgm.strict_word_similarity_threshold")
            assert float(cursor.fetchone()[0]) == django_settings.SEARCH_WORD_SIMILARITY

    def test_a_title_slip_is_answered_by_the_trigram_index(self, roman_urdu_shop):
        from catalogue.models import Product

        queryset = Product.objects.filter(HasSimilarWord("title_en", "swatti")).order_by()
        assert {p.title_en for p in queryset} == {"Men's Swati Chadar", "Swati Embroidered Shawl"}
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        plan = queryset.explain()
        assert "catalogue_product_title_en_trgm" in plan

    PAIRS = [
        ("pikle", "Mango Pickle in Mustard Oil, 500 g"),
        ("embroidred", "Kids' Embroidered Flower Mask"),
        ("chaddar", "Block-Printed Khaddar, 3 m"),
        ("swatti", "Men's Swati Chadar, Grey Wool"),
        ("block-prnted", "Hand Block-Printed Ajrak"),
        ("kids mask", "Kids' Masks, Pack of 3"),
        ("اچار", "سرسوں کے تیل میں آم کا اچار"),
        ("ab", "ab ab ab cd ab"),
        ("", "Mango"),
    ]

    def test_the_python_port_agrees_with_pg_trgm(self):
        with connection.cursor() as cursor:
            for term, text in self.PAIRS:
                cursor.execute(
                    "SELECT strict_word_similarity(%s, %s), similarity(%s, %s)",
                    [term, text, term, text],
                )
                strict, plain = cursor.fetchone()
                assert strict_word_similarity(term, text) == pytest.approx(strict, abs=1e-6)
                assert trigram_similarity(term, text) == pytest.approx(plain, abs=1e-6)

    @settings(
        max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(
        st.from_regex(r"[a-z]{1,9}( [a-z]{1,9})?", fullmatch=True),
        st.lists(st.from_regex(r"[a-zA-Z]{1,9}", fullmatch=True), max_size=7).map(" ".join),
    )
    def test_the_python_port_agrees_with_pg_trgm_on_any_words(self, term, text):
        with connection.cursor() as cursor:
            cursor.execute("SELECT strict_word_similarity(%s, %s)", [term, text])
            expected = cursor.fetchone()[0]
        assert strict_word_similarity(term, text) == pytest.approx(expected, abs=1e-6)
