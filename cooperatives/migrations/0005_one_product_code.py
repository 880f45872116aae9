"""One code per listing: the stock record's SKU (the stock CSV's ``sku``)
becomes the product's code (``upc``: its page and the leader's edit page).

Listings made from the cooperative dashboard had "HB-001-00133" as their
code and "1-133" as their SKU. The CSV upload still accepts the old form
(``cooperatives.listings.legacy_stock_codes``). A product without a code
gets the one a new listing would get.
"""

from django.db import migrations


def one_product_code(apps, schema_editor):
    StockRecord = apps.get_model("partner", "StockRecord")
    Product = apps.get_model("catalogue", "Product")
    Cooperative = apps.get_model("cooperatives", "Cooperative")
    cooperatives = dict(Cooperative.objects.values_list("partner_id", "pk"))
    for stockrecord in StockRecord.objects.filter(partner_id__in=cooperatives).select_related(
        "product"
    ):
        product = stockrecord.product
        code = product.upc
        if not code:
            code = f"HB-{cooperatives[stockrecord.partner_id]:03d}-{product.pk:05d}"
            if Product.objects.filter(upc=code).exists():
                continue
            Product.objects.filter(pk=product.pk).update(upc=code)
        if stockrecord.partner_sku == code:
            continue
        if StockRecord.objects.filter(partner_id=stockrecord.partner_id, partner_sku=code).exists():
            continue  # another listing already uses it: leave both as they are
        StockRecord.objects.filter(pk=stockrecord.pk).update(partner_sku=code)


class Migration(migrations.Migration):
    dependencies = [
        ("cooperatives", "0004_cooperative_awaiting_approval"),
        ("catalogue", "0035_product_made_to_order_days"),
        ("partner", "0008_stockrecord_low_stock_notified_stockchange"),
    ]

    operations = [migrations.RunPython(one_product_code, migrations.RunPython.noop)]
