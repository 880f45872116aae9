"""factory_boy factories for the shop's objects."""

import io
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from oscar.core.loading import get_model
from PIL import Image

from cooperatives.models import Cooperative, Member

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")


def jpeg_bytes(size=(640, 640), colour=(180, 60, 80)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery")


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Cooperative {n}")


class CooperativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cooperative

    partner = factory.SubFactory(PartnerFactory)
    name_en = factory.SelfAttribute("partner.name")
    slug = factory.Sequence(lambda n: f"cooperative-{n}")
    district = "Lahore"
    city = "Lahore"


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    cooperative = factory.SubFactory(CooperativeFactory)
    name = factory.Sequence(lambda n: f"Member {n} Bibi")


class ProductClassFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProductClass
        django_get_or_create = ("slug",)

    name_en = "Pickles"
    slug = "pickles"
    track_stock = True
    requires_shipping = True


class CategoryFactory(factory.django.DjangoModelFactory):
    """Categories are tree nodes: pass ``parent`` to make a child."""

    class Meta:
        model = Category

    name_en = factory.Sequence(lambda n: f"Category {n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is not None:
            return parent.add_child(**kwargs)
        return model_class.add_root(**kwargs)


class ProductFactory(factory.django.DjangoModelFactory):
    """A standalone public product listed by one cooperative.

    ``price``, ``stock`` and ``cooperative`` set its stock record; ``categories``
    files it; ``image=True`` gives it a photo.
    """

    class Meta:
        model = Product
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Product {n}")
    upc = factory.Sequence(lambda n: f"HB-T{n:05d}")
    product_class = factory.SubFactory(ProductClassFactory)
    structure = "standalone"
    is_public = True

    @factory.post_generation
    def stockrecord(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy hook
        if not create:
            return
        params = obj._listing
        cooperative = params["cooperative"] or CooperativeFactory()
        StockRecord.objects.create(
            product=obj,
            partner=cooperative.partner,
            partner_sku=obj.upc,
            price=params["price"],
            num_in_stock=params["stock"],
        )

    @factory.post_generation
    def categories(obj, create, extracted, **kwargs):  # noqa: N805
        for category in extracted or []:
            ProductCategory.objects.create(product=obj, category=category)

    @factory.post_generation
    def image(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            ProductImage.objects.create(
                product=obj,
                original=ContentFile(jpeg_bytes(), name=f"{obj.upc}.jpg"),
                display_order=0,
            )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # price, stock and cooperative are not model fields: keep them for
        # the stock record made after the product.
        listing = {"price": Decimal("250.00"), "stock": 10, "cooperative": None}
        for key in listing:
            if key in kwargs:
                listing[key] = kwargs.pop(key)
        obj = super()._create(model_class, *args, **kwargs)
        obj._listing = listing
        return obj


def delivery_zone_with_slots(
    *,
    capacity=8,
    city="Lahore",
    fee="150.00",
    weekday=None,
    start="10:00",
    end="12:00",
    cutoff_minutes=240,
    lead_time_hours=0,
    today=None,
):
    """A zone with one served area, one weekly template and its dated slots."""
    from datetime import time

    from django.utils import timezone

    from delivery.models import DeliveryZone, ServedArea, SlotTemplate
    from delivery.services import slots_generate

    today = today or timezone.localdate()
    zone = DeliveryZone.objects.create(
        name_en=f"{city} central", slug=f"{city.lower()}-central", city=city, fee=Decimal(fee)
    )
    ServedArea.objects.create(zone=zone, name_en="Gulberg")
    ServedArea.objects.create(zone=zone, name_en="Model Town")
    template = SlotTemplate.objects.create(
        zone=zone,
        weekday=(today.weekday() + 2) % 7 if weekday is None else weekday,
        start=time.fromisoformat(start),
        end=time.fromisoformat(end),
        capacity=capacity,
        cutoff_minutes=cutoff_minutes,
        lead_time_hours=lead_time_hours,
    )
    slots_generate(days_ahead=14, today=today)
    return zone, template
