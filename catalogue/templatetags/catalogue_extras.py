"""Template helpers for product cards and photos."""

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def product_picture(image, alt="", sizes="(min-width: 60em) 15rem, 45vw", css_class=""):
    """An ``<img>`` with a srcset of resized, compressed copies of ``image``.

    Copies are made once (sorl-thumbnail) and served from media storage.
    """
    missing = format_html('<span class="picture-missing {}" aria-hidden="true"></span>', css_class)
    if image is None or not getattr(image, "original", None):
        return missing
    from sorl.thumbnail import get_thumbnail

    thumbs = [
        get_thumbnail(image.original, str(width), upscale=False)
        for width in settings.PRODUCT_IMAGE_WIDTHS
    ]
    # sorl logs a photo whose file is gone from storage and hands back copies
    # with no size: show the placeholder rather than fail the page.
    if any(not t.size or None in t.size for t in thumbs):
        return missing
    srcset = format_html_join(", ", "{} {}w", ((t.url, t.width) for t in thumbs))
    default = thumbs[1] if len(thumbs) > 1 else thumbs[0]
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" '
        'loading="lazy" decoding="async" class="{}">',
        default.url,
        srcset,
        sizes,
        default.width,
        default.height,
        alt,
        css_class,
    )


@register.filter
def cooperative_of(product):
    """The cooperative that lists ``product`` (from prefetched stock records)."""
    for stockrecord in product.stockrecords.all():
        return getattr(stockrecord.partner, "cooperative", None)
    return None
