"""Content blocks: figures counted from the shop, questions and answers, and
the repair of bodies stored in the list format Wagtail cannot read."""

import importlib
import json

import pytest
from bs4 import BeautifulSoup

from content.streams import list_block_items

pytestmark = pytest.mark.django_db

repair = importlib.import_module("content.migrations.0003_repair_list_blocks")


def _home_with(site_pages, stream):
    home = site_pages["home"]
    home.body = json.dumps(stream)
    home.save_revision().publish()
    return home


def _figures(client, path="/"):
    soup = BeautifulSoup(client.get(path).content.decode(), "html.parser")
    return {
        item.select_one(".figure-label").get_text(strip=True): item.select_one(
            ".figure-value"
        ).get_text(strip=True)
        for item in soup.select("[data-block=figure]")
    }


ALL_FIGURES = [
    {
        "type": "figures",
        "value": list_block_items(
            {"figure": key, "label": ""}
            for key in ("cooperatives", "makers", "products", "districts")
        ),
    }
]


def test_home_figures_are_counted_from_the_shop_not_typed(client, site_pages, shop, coops):
    from django.core.cache import cache

    from cooperatives.models import Cooperative

    from .factories import MemberFactory

    _home_with(site_pages, ALL_FIGURES)
    # Two cooperatives (Lahore, Haripur) with one member each; of the five
    # products, the garlic pickle is sold out; two districts.
    assert _figures(client) == {
        "member cooperatives": "2",
        "women makers": "2",
        "products on sale": "4",
        "districts": "2",
    }
    MemberFactory(cooperative=coops["a"])
    MemberFactory(cooperative=coops["a"], is_active=False)
    lahore = coops["a"]
    lahore.status = Cooperative.Status.PAUSED
    lahore.save()
    cache.clear()  # the figures are kept for a few minutes
    # Lahore's members and its two products no longer count while it is paused.
    assert _figures(client) == {
        "member cooperatives": "1",
        "women makers": "1",
        "products on sale": "2",
        "districts": "1",
    }


def test_urdu_home_shows_the_figures_with_urdu_words(client, site_pages, shop):
    home_ur = site_pages["home_ur"]
    home_ur.body = json.dumps(ALL_FIGURES)
    home_ur.save_revision().publish()
    figures = _figures(client, "/ur/")
    assert figures["ہنرمند خواتین"] == "0"
    assert figures["رکن کوآپریٹو"] == "2"


def test_an_editors_words_replace_the_usual_ones(client, site_pages, shop):
    _home_with(
        site_pages,
        [
            {
                "type": "figures",
                "value": list_block_items([{"figure": "districts", "label": "districts reached"}]),
            }
        ],
    )
    assert _figures(client) == {"districts reached": "2"}


def test_questions_show_question_and_answer(client, site_pages):
    about = site_pages["about"]
    about.body = json.dumps(
        [
            {
                "type": "questions",
                "value": list_block_items(
                    [{"question": "How can I pay?", "answer": "<p>In cash, to the rider.</p>"}]
                ),
            }
        ]
    )
    about.save_revision().publish()
    soup = BeautifulSoup(client.get("/about/").content.decode(), "html.parser")
    item = soup.select_one("[data-block=question]")
    assert item.summary.get_text(strip=True) == "How can I pay?"
    assert item.select_one(".faq-answer").get_text(strip=True) == "In cash, to the rider."


OLD_BODY = [
    {
        "type": "figures",
        "value": [
            {"type": "item", "value": {"value": "10", "label": "member cooperatives"}},
            {"type": "item", "value": {"value": "75", "label": "women makers"}},
            {"type": "item", "value": {"value": "75%", "label": "of every sale goes to the maker"}},
            {"type": "item", "value": {"value": "3", "label": "years of trading"}},
        ],
    },
    {
        "type": "questions",
        "value": [
            {"type": "item", "value": {"question": "How can I pay?", "answer": "<p>Cash.</p>"}},
        ],
    },
    {"type": "heading", "value": "Who we are"},
]


def test_repair_gives_list_items_ids_and_counts_typed_figures():
    stream, changed = repair._repair(json.loads(json.dumps(OLD_BODY)))
    assert changed
    figures, questions, heading = stream
    assert [item["value"] for item in figures["value"]] == [
        {"figure": "cooperatives", "label": ""},
        {"figure": "makers", "label": ""},
        # "of every sale goes to the maker" repeats the makers; "years of
        # trading" is nothing the shop counts: both are dropped.
    ]
    assert questions["value"][0]["value"] == {
        "question": "How can I pay?",
        "answer": "<p>Cash.</p>",
    }
    assert all(item["id"] for block in (figures, questions) for item in block["value"])
    assert heading == {"type": "heading", "value": "Who we are"}
    # A repaired body is left as it is.
    again, changed = repair._repair(json.loads(json.dumps(stream)))
    assert not changed and again == stream


def test_repaired_body_renders_as_content(client, site_pages, shop):
    stream, _ = repair._repair(json.loads(json.dumps(OLD_BODY)))
    _home_with(site_pages, stream)
    html = client.get("/").content.decode()
    assert "None" not in html and "{'" not in html
    assert _figures(client) == {"member cooperatives": "2", "women makers": "0"}
