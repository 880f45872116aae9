from celery import shared_task

from .images import product_image_thumbnails_warm


@shared_task(name="catalogue.product_image_thumbnails_warm")
def product_image_thumbnails_warm_task(image_id: int) -> int:
    return product_image_thumbnails_warm(image_id=image_id)
