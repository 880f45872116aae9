"""A cooperative's listings: create, edit, (de)activate, photos, stock by CSV.

Every function takes the cooperative the caller acts for and refuses objects
of another cooperative (``ListingNotFound``), so a view that passes a
product id from the URL cannot reach someone else's product.
"""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from .models import Cooperative, ProductMaker

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
FoodDetails = get_model("catalogue", "FoodDetails")
StockRecord = get_model("partner", "StockRecord")
StockChange = get_model("partner", "StockChange")

MAX_PHOTOS = 8


class ListingNotFound(LookupError):
    """The product is not one of this cooperative's."""


def listings_of(cooperative: Cooperative):
    """This cooperative's products (active or not), with their stock record."""
    return (
        Product.objects.filter(stockrecords__partner=cooperative.partner, parent=None)
        .select_related("product_class", "food_details")
        .prefetch_related("stockrecords", "images")
        .order_by("-is_public", "title_en", "pk")
    )


def product_code(*, cooperative: Cooperative, product) -> str:
    """The code a new listing gets: shown to customers on its page ("Product
    code"), to the leader on its edit page, and in the stock CSV."""
    return f"HB-{cooperative.pk:03d}-{product.pk:05d}"


def legacy_stock_codes(*, cooperative: Cooperative) -> dict:
    """Codes the stock CSV used to export for listings made here before the
    CSV showed the product code ("<cooperative>-<product>"), mapped to the code
    now used, so a file downloaded before still uploads."""
    codes = dict(
        StockRecord.objects.filter(partner=cooperative.partner).values_list(
            "product_id", "partner_sku"
        )
    )
    current = set(codes.values())
    legacy = {f"{cooperative.pk}-{product_id}": sku for product_id, sku in codes.items()}
    return {old: sku for old, sku in legacy.items() if old not in current}


def listing_get(*, cooperative: Cooperative, product_id: int):
    product = listings_of(cooperative).filter(pk=product_id).first()
    if product is None:
        raise ListingNotFound(product_id)
    return product


def listing_stockrecord(*, cooperative: Cooperative, product) -> StockRecord:
    return StockRecord.objects.get(product=product, partner=cooperative.partner)


@transaction.atomic
def listing_save(*, cooperative: Cooperative, user, data: dict, makers, product=None):
    """Create or update a listing from a ProductForm's cleaned data.

    ``makers`` is [(member, weight)]; members must belong to the cooperative.
    Stock changes are recorded (reason: edited by hand).
    """
    from partner.stock import stock_set

    if product is not None:
        product = listing_get(cooperative=cooperative, product_id=product.pk)
    for member, _weight in makers:
        if member.cooperative_id != cooperative.pk:
            raise ListingNotFound(member.pk)
    creating = product is None
    if creating:
        product = Product(structure=Product.STANDALONE, is_public=True)
    for field in ("title_en", "title_ur", "description_en", "description_ur"):
        setattr(product, field, (data.get(field) or "").strip() or None)
    product.title_en = data["title_en"].strip()
    product.description_en = (data.get("description_en") or "").strip()
    product.product_class = data["product_class"]
    product.made_to_order_days = data.get("made_to_order_days") or 0
    product.local_only = data.get("local_only")
    if creating:
        product.slug = slugify(product.title_en)[:128] or "product"
    product.save()

    ProductCategory.objects.filter(product=product).exclude(category=data["category"]).delete()
    ProductCategory.objects.get_or_create(product=product, category=data["category"])

    if creating:
        if product.upc is None:
            product.upc = product_code(cooperative=cooperative, product=product)
            product.save(update_fields=["upc"])
        stockrecord = StockRecord(
            product=product,
            partner=cooperative.partner,
            partner_sku=product.upc,  # one code: the product page, the edit page and the CSV
            price=data["price"],
            num_in_stock=data["num_in_stock"],
            low_stock_threshold=data.get("low_stock_threshold"),
        )
        stockrecord.save()
    else:
        stockrecord = listing_stockrecord(cooperative=cooperative, product=product)
        StockRecord.objects.filter(pk=stockrecord.pk).update(
            price=data["price"], low_stock_threshold=data.get("low_stock_threshold")
        )
        stockrecord.refresh_from_db()
        if stockrecord.num_in_stock != data["num_in_stock"]:
            stock_set(
                stockrecord=stockrecord,
                quantity=data["num_in_stock"],
                reason=StockChange.Reason.MANUAL,
                changed_by=user,
                note=data.get("stock_note") or "",
            )
        else:
            from partner.stock import low_stock_check

            locked = StockRecord.objects.select_for_update().get(pk=stockrecord.pk)
            low_stock_check(locked)

    _food_details_save(product, data)
    ProductMaker.objects.filter(product=product).delete()
    ProductMaker.objects.bulk_create(
        [ProductMaker(product=product, member=member, weight=weight) for member, weight in makers]
    )
    return product


def _food_details_save(product, data):
    if not data["product_class"].is_food:
        FoodDetails.objects.filter(product=product).delete()
        return
    details = FoodDetails.objects.filter(product=product).first() or FoodDetails(product=product)
    details.ingredients_en = (data.get("ingredients_en") or "").strip()
    details.ingredients_ur = (data.get("ingredients_ur") or "").strip() or None
    details.allergens_en = (data.get("allergens_en") or "").strip()
    details.allergens_ur = (data.get("allergens_ur") or "").strip() or None
    details.made_on = data.get("made_on")
    details.best_before = data.get("best_before")
    details.shelf_life_days = data.get("shelf_life_days")
    details.batch = (data.get("batch") or "").strip()
    details.full_clean(exclude=["product"])
    details.save()


def listing_set_active(*, cooperative: Cooperative, product_id: int, active: bool):
    product = listing_get(cooperative=cooperative, product_id=product_id)
    Product.objects.filter(pk=product.pk).update(is_public=active)
    return product


@transaction.atomic
def listing_photo_add(*, cooperative: Cooperative, product_id: int, photo, caption=""):
    """Attach a photo already cleaned by ``catalogue.photos.photo_clean``."""
    product = listing_get(cooperative=cooperative, product_id=product_id)
    count = ProductImage.objects.filter(product=product).count()
    if count >= MAX_PHOTOS:
        raise ValueError(_("A product can have at most %(n)s photos.") % {"n": MAX_PHOTOS})
    return ProductImage.objects.create(
        product=product, original=photo, caption=caption[:200], display_order=count
    )


def listing_photo_delete(*, cooperative: Cooperative, product_id: int, image_id: int) -> bool:
    product = listing_get(cooperative=cooperative, product_id=product_id)
    image = ProductImage.objects.filter(product=product, pk=image_id).first()
    if image is None:
        raise ListingNotFound(image_id)
    image.delete()
    return True


def listing_stock_set(*, cooperative, product_id, quantity, user, note=""):
    from partner.stock import stock_set

    product = listing_get(cooperative=cooperative, product_id=product_id)
    return stock_set(
        stockrecord=listing_stockrecord(cooperative=cooperative, product=product),
        quantity=quantity,
        reason=StockChange.Reason.MANUAL,
        changed_by=user,
        note=note,
    )


def listings_export_rows(*, cooperative: Cooperative):
    for stockrecord in (
        StockRecord.objects.filter(partner=cooperative.partner, product__parent=None)
        .select_related("product")
        .order_by("partner_sku")
    ):
        yield {
            "sku": stockrecord.partner_sku,
            "title": stockrecord.product.title_en,
            "title_ur": stockrecord.product.title_ur or "",
            "quantity": stockrecord.num_in_stock,
            "price": stockrecord.price,
            "low_stock_threshold": stockrecord.low_stock_threshold,
        }


def listings_stock_import(*, cooperative: Cooperative, user, data: bytes):
    """Apply a stock CSV: all rows or none. Returns (applied_rows, errors)."""
    from partner.stock import stock_set

    from .stock_csv import stock_csv_parse

    own = dict(
        StockRecord.objects.filter(partner=cooperative.partner).values_list("partner_sku", "pk")
    )
    rows, errors = stock_csv_parse(
        data, own_skus=set(own), aliases=legacy_stock_codes(cooperative=cooperative)
    )
    if errors:
        return [], errors
    with transaction.atomic():
        for row in rows:
            stockrecord = StockRecord.objects.select_for_update().get(pk=own[row.sku])
            updates = {}
            if row.price is not None and row.price != stockrecord.price:
                updates["price"] = row.price
            if (
                row.low_stock_threshold is not None
                and row.low_stock_threshold != stockrecord.low_stock_threshold
            ):
                updates["low_stock_threshold"] = row.low_stock_threshold
            if updates:
                StockRecord.objects.filter(pk=stockrecord.pk).update(**updates)
            stock_set(
                stockrecord=stockrecord,
                quantity=row.quantity,
                reason=StockChange.Reason.CSV,
                changed_by=user,
                note=_("line %(line)s") % {"line": row.line},
            )
    return rows, []
