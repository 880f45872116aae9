"""Every page of the demo, as each of its people reaches it, in English and
Urdu, shows content: no "None", no Python repr, no empty block, no missing
template variable, no broken link. And Wagtail's editor shows what each demo
page holds, so an editor can change it."""

import json
import re

import pytest
from django.db import transaction
from django.test import Client

from .demo_walk import ROLES, demo_load, walks

NONE = re.compile(r"\bNone\b")
REPR = re.compile(r"\{'|\[\{'|<QuerySet|object at 0x|\bDecimal\(|\bdatetime\.")
INVALID = "TEMPLATE-VARIABLE-MISSING"
ATTRIBUTES = ("value", "placeholder", "alt", "title", "aria-label", "content")
#: Elements that must never be empty: headings, disclosure summaries, labels
#: and the blocks of content pages. (Controls without a name are found by the
#: accessibility checks of the browser tests.)
MUST_HAVE_TEXT = "h1, h2, h3, summary, label, [data-block]"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once for this module's tests, rolled back at its end."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            demo_load()
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def strict_templates(settings):
    """A variable a template asks for and does not get is written out, not blank."""
    settings.TEMPLATES = [
        {**engine, "OPTIONS": {**engine.get("OPTIONS", {}), "string_if_invalid": INVALID}}
        if engine["BACKEND"].endswith("DjangoTemplates")
        else engine
        for engine in settings.TEMPLATES
    ]


def page_faults(page):
    """What is wrong with what a page shows; empty when nothing is."""
    faults = []
    soup = page.soup()
    for hidden in soup(["script", "style", "template", "noscript"]):
        hidden.decompose()
    text = " ".join(soup.get_text(" ").split())
    shown = [text] + [
        element[name] for element in soup.find_all(True) for name in ATTRIBUTES if element.get(name)
    ]
    for value in shown:
        if INVALID in value:
            faults.append(f"a template variable is missing: …{_around(value, INVALID)}…")
        if match := NONE.search(value):
            faults.append(f'"None" shown: …{_around(value, match.group())}…')
        if match := REPR.search(value):
            faults.append(f"raw data shown: …{_around(value, match.group())}…")
    for element in soup.select(MUST_HAVE_TEXT):
        if element.get_text(strip=True) or element.get("aria-label"):
            continue
        if element.find(["img", "svg", "input", "select", "textarea"]):
            continue
        faults.append(f"empty <{element.name}> {dict(element.attrs)}")
    return faults


def _around(text, part, width=60):
    at = text.find(part)
    return text[max(at - width, 0) : at + len(part) + width]


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(ROLES))
def test_every_demo_page_shows_content_in_both_languages(demo, strict_templates, role):
    problems = []
    visited = 0
    for found in walks(Client, role):
        for page in found.pages.values():
            visited += 1
            where = f"{found.language} {page.path} (linked from {page.came_from or 'start'})"
            if page.status >= 400:
                problems.append(f"{where}: answered {page.status}")
            elif page.status == 200 and page.is_html:
                problems += [f"{where}: {fault}" for fault in page_faults(page)]
    assert visited > 10, f"the walk of {role} reached only {visited} pages"
    assert not problems, "\n".join(problems)


def _strings(value):
    """Every string inside a decoded JSON value (rich text reaches the editor
    as JSON inside a string: look inside that too)."""
    if isinstance(value, str):
        if value.startswith("{"):
            try:
                yield from _strings(json.loads(value))
                return
            except ValueError:
                pass
        yield value
    elif isinstance(value, dict):
        if value.get("type") == "item" and "id" in value:  # a list block's item
            yield from _strings(value["value"])
            return
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _stored_texts(page):
    """What an editor must find in the form: the page's own fields and the
    text of every block of its body, as stored."""
    from bs4 import BeautifulSoup

    texts = {"title": page.title}
    for name in ("hero_title", "hero_text", "intro"):
        if getattr(page, name, ""):
            texts[name] = getattr(page, name)
    body = getattr(page, "body", None)
    for index, block in enumerate(body.raw_data if body is not None else []):
        for number, leaf in enumerate(_strings(block["value"])):
            # Rich text is edited paragraph by paragraph: compare each.
            html = BeautifulSoup(leaf, "html.parser")
            for part, element in enumerate(html.find_all(["p", "li", "h2", "h3"]) or [html]):
                text = " ".join(element.get_text(" ").split())
                if text:
                    texts[f"body[{index}] {block['type']} {number}.{part}"] = text
    return texts


@pytest.mark.django_db
def test_wagtail_editor_shows_what_every_demo_page_holds(demo, client):
    from bs4 import BeautifulSoup
    from wagtail.models import Page

    from .demo_walk import demo_user

    client.force_login(demo_user("staff"))
    pages = Page.objects.filter(depth__gt=1).specific()
    assert {page.locale.language_code for page in pages} == {"en", "ur"}
    missing = []
    for page in pages:
        response = client.get(f"/cms/pages/{page.pk}/edit/")
        assert response.status_code == 200, (page, response.status_code)
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        shown = []
        for element in soup.select("input[name], textarea[name]"):
            shown.append(element.get("value") or element.get_text())
        # Stream fields: the editor builds its blocks from this JSON.
        for element in soup.select("[data-w-block-arguments-value]"):
            shown += _strings(json.loads(element["data-w-block-arguments-value"]))
        form = " ".join(" ".join(shown).split())
        for field, text in _stored_texts(page).items():
            if text not in form:
                missing.append(f"{page.locale.language_code} {page.url_path} {field}: {text!r}")
    assert not missing, "\n".join(missing)
