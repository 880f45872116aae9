import oscar.apps.catalogue.apps as apps


class CatalogueConfig(apps.CatalogueConfig):
    """Thin fork of Oscar's catalogue: bilingual fields and database browsing."""

    name = "catalogue"

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401
