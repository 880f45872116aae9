from modeltranslation.translator import TranslationOptions, register

from .models import DeliveryZone, Holiday, PickupPoint, ServedArea


@register(DeliveryZone)
class DeliveryZoneTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(ServedArea)
class ServedAreaTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(PickupPoint)
class PickupPointTranslationOptions(TranslationOptions):
    fields = ("name", "address")


@register(Holiday)
class HolidayTranslationOptions(TranslationOptions):
    fields = ("name",)
