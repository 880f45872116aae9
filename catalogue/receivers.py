"""Infrastructure hooks on Oscar's catalogue models (not domain flow)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from .images import product_image_thumbnails_schedule

ProductImage = get_model("catalogue", "ProductImage")


@receiver(post_save, sender=ProductImage, dispatch_uid="product_image_thumbnails")
def schedule_thumbnails(sender, instance, created, raw=False, **kwargs):
    if raw or not instance.original:
        return
    product_image_thumbnails_schedule(image_id=instance.pk)
