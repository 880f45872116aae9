"""On PostgreSQL: pg_trgm, and GIN trigram indexes on the product titles,
which answer search's ``%>>`` (similar word) condition. Nothing on SQLite,
where the same function is a Python one (``catalogue.browse``)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

COLUMNS = ["title_en", "title_ur"]


def indexes_create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "catalogue_product_{column}_trgm" '
            f'ON "catalogue_product" USING gin ("{column}" gin_trgm_ops)'
        )


def indexes_drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "catalogue_product_{column}_trgm"')


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0037_search_synonyms")]

    operations = [
        # A no-op on other databases.
        TrigramExtension(),
        migrations.RunPython(indexes_create, indexes_drop),
    ]
