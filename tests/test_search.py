"""Search and browse answered by the database, in English and Urdu."""

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from catalogue.browse import search_terms


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
