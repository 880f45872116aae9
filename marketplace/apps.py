from django.apps import AppConfig


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = "Hunar Bazaar"

    def ready(self):
        from django.conf import settings
        from django.core.cache import cache
        from django.db.models.signals import post_delete, post_save
        from oscar.core.loading import get_model
        from wagtail.signals import page_published, page_unpublished

        from .context_processors import nav_cache_key

        def forget_navigation(**kwargs):
            cache.delete_many([nav_cache_key(code) for code, _name in settings.LANGUAGES])

        Category = get_model("catalogue", "Category")
        for signal in (post_save, post_delete):
            signal.connect(forget_navigation, sender=Category, weak=False)
        for signal in (page_published, page_unpublished):
            signal.connect(forget_navigation, weak=False)
