"""Repair bodies stored with list-block items that lack ids.

Wagtail reads a list item without an id as a bare value, so such figures
showed as dicts with "None" and such questions as "None", on the site and as
empty fields in the editor. Items get ids; figures typed as text become
figures counted from the shop where their words say what they count, and
are dropped where they do not or repeat another (a typed number cannot be
kept up to date).
Pages and every revision of them are repaired, so the editor shows them too.
"""

import json
import uuid

from django.db import migrations

LIST_BLOCKS = ("figures", "questions")
PAGE_MODELS = ("HomePage", "StandardPage", "CooperativeStoryPage")
FIGURE_WORDS = [
    ("cooperatives", ("cooperative", "کوآپریٹو")),
    ("makers", ("women", "maker", "خواتین")),
    ("products", ("product", "مصنوعات")),
    ("districts", ("district", "اضلاع", "ضلع")),
]


def _figure(value):
    """An old typed figure ({"value", "label"}) as a counted one, or None."""
    if "figure" in value:
        return value
    label = str(value.get("label") or "").casefold()
    for key, words in FIGURE_WORDS:
        if any(word in label for word in words):
            return {"figure": key, "label": ""}
    return None


def _repair(stream):
    """The stream with its list items in list format; and whether it changed."""
    changed = False
    for block in stream:
        if block.get("type") not in LIST_BLOCKS or not isinstance(block.get("value"), list):
            continue
        items, seen = [], set()
        for item in block["value"]:
            if isinstance(item, dict) and "id" in item and "value" in item:
                value = item["value"]
            else:
                changed = True
                if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                    value = item["value"]
                else:
                    value = item
            if block["type"] == "figures":
                figure = _figure(value) if isinstance(value, dict) else None
                if figure is None or figure["figure"] in seen:
                    changed = True
                    continue
                changed = changed or figure is not value
                seen.add(figure["figure"])
                value = figure
            items.append({"type": "item", "value": value, "id": item.get("id") or str(uuid.uuid4())})
        block["value"] = items
    return stream, changed


def repair(apps, schema_editor):
    for name in PAGE_MODELS:
        model = apps.get_model("content", name)
        for page in model.objects.all():
            stream, changed = _repair(list(page.body.raw_data))
            if changed:
                model.objects.filter(pk=page.pk).update(body=json.dumps(stream))
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    types = ContentType.objects.filter(app_label="content", model__in=[m.lower() for m in PAGE_MODELS])
    for revision in Revision.objects.filter(content_type__in=types).iterator():
        body = revision.content.get("body")
        if not body:
            continue
        stream = json.loads(body) if isinstance(body, str) else body
        stream, changed = _repair(stream)
        if changed:
            revision.content["body"] = json.dumps(stream)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0002_shop_figures_block"),
        ("wagtailcore", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(repair, migrations.RunPython.noop)]
