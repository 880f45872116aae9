from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

register = template.Library()


def _page_urls(page, request):
    """URLs of the live translations of a Wagtail page, by language code."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {t.locale.language_code: t.get_url(request) for t in translations}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language (the URL carries the language).

    Worked out once per request: the header and the footer both show it.
    """
    request = context.get("request")
    cached = getattr(request, "_language_links", None)
    if cached is not None:
        return {"languages": cached}
    page = context.get("page")
    page_urls = _page_urls(page, request) if hasattr(page, "get_translations") else {}
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = page_urls.get(code)
        if url is None and request is not None:
            url = translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url or "/",
                "current": code == current,
            }
        )
    if request is not None:
        request._language_links = links
    return {"languages": links}
