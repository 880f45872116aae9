import oscar.apps.catalogue.apps as apps
from django.db.backends.signals import connection_created


class CatalogueConfig(apps.CatalogueConfig):
    """Thin fork of Oscar's catalogue: bilingual fields and database browsing."""

    name = "catalogue"

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401
        from .browse import search_functions_install

        # SQLite learns the similarity function search uses on PostgreSQL.
        connection_created.connect(search_functions_install, dispatch_uid="catalogue-search")
