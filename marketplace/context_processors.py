"""Navigation shared by shop and content pages (one header for both)."""

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from oscar.core.loading import get_model

NAV_CACHE_SECONDS = 300


def nav_cache_key(language):
    return f"site-nav:{language}"


def _build_navigation(language):
    from wagtail.models import Locale, Site

    Category = get_model("catalogue", "Category")
    categories = [
        {"name": category.name, "url": category.get_absolute_url()}
        for category in Category.get_root_nodes().filter(is_public=True)
    ]
    pages = []
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        home = site.root_page
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None and home.locale_id != locale.pk:
            home = home.get_translation_or_none(locale) or home
        pages = [
            {"title": page.title, "url": page.get_url()}
            for page in home.get_children().live().public().in_menu().specific()
        ]
    return {"categories": categories, "pages": pages}


def site_navigation(request):
    language = get_language()

    def navigation():
        return cache.get_or_set(
            nav_cache_key(language), lambda: _build_navigation(language), NAV_CACHE_SECONDS
        )

    def manages_cooperative():
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        return user.is_staff or user.partners.exists()

    return {
        "site_nav": SimpleLazyObject(navigation),
        "manages_cooperative": SimpleLazyObject(manages_cooperative),
    }
