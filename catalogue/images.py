"""Resized copies of product photos, in the widths product pages ask for."""

import logging

from django.conf import settings
from django.db import transaction
from oscar.core.loading import get_model

logger = logging.getLogger(__name__)
ProductImage = get_model("catalogue", "ProductImage")


def product_image_thumbnails_warm(*, image_id: int) -> int:
    """Make every width of one product photo now, not on a shopper's first view.

    Safe to run twice: sorl-thumbnail finds copies already made. Returns the
    number of widths now available (0 if the image no longer exists).
    """
    from sorl.thumbnail import get_thumbnail

    image = ProductImage.objects.filter(pk=image_id).first()
    if image is None or not image.original:
        return 0
    for width in settings.PRODUCT_IMAGE_WIDTHS:
        get_thumbnail(image.original, str(width), upscale=False)
    return len(settings.PRODUCT_IMAGE_WIDTHS)


def product_image_thumbnails_schedule(*, image_id: int) -> None:
    """Ask a worker to make the copies once the current transaction commits.

    A broker that is down must not fail the upload: the copies are then made
    on first view instead.
    """
    from .tasks import product_image_thumbnails_warm_task

    def enqueue():
        try:
            product_image_thumbnails_warm_task.delay(image_id)
        except Exception:
            logger.warning(
                "Could not queue thumbnails for product image %s", image_id, exc_info=True
            )

    transaction.on_commit(enqueue)
