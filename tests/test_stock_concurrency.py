"""Customers racing for the last items, on PostgreSQL with real parallel connections."""

import threading

import pytest
from django.db import connection, connections
from oscar.core.loading import get_class, get_model

from .factories import ProductFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
Free = get_class("shipping.methods", "Free")


def _basket(*products):
    from partner.strategy import Selector

    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    for product in products:
        basket.add_product(product, 1)
    return basket


def _place(basket, number):
    from partner.strategy import Selector

    basket = Basket.objects.get(pk=basket.pk)
    basket.strategy = Selector().strategy()
    method = Free()
    charge = method.calculate(basket)
    return OrderCreator().place_order(
        basket=basket,
        total=OrderTotalCalculator().calculate(basket, charge),
        shipping_method=method,
        shipping_charge=charge,
        order_number=number,
    )


def _race(jobs):
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(i):
        try:
            barrier.wait()
            results[i] = ("ok", jobs[i]().number)
        except UnableToPlaceOrder as refused:
            results[i] = ("refused", str(refused))
        except Exception as error:
            results[i] = ("error", repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_fifty_customers_race_for_the_last_ten(db):
    assert connection.vendor == "postgresql"
    product = ProductFactory(title_en="Phulkari shawl", stock=10)
    baskets = [_basket(product) for _ in range(50)]
    results = _race([lambda b=b, i=i: _place(b, f"S{i}") for i, b in enumerate(baskets)])
    kinds = [kind for kind, _ in results]
    assert kinds.count("ok") == 10, results
    assert kinds.count("refused") == 40, results
    assert all("sold out" in message for kind, message in results if kind == "refused")
    stockrecord = StockRecord.objects.get(product=product)
    assert (stockrecord.num_in_stock, stockrecord.num_allocated) == (10, 10)
    assert stockrecord.net_stock_level == 0
    assert Order.objects.count() == 10


def test_baskets_taking_the_same_items_in_opposite_order_do_not_deadlock(db):
    a = ProductFactory(title_en="Mango pickle", stock=100)
    b = ProductFactory(title_en="Lime pickle", stock=100)
    baskets = [_basket(a, b) if i % 2 else _basket(b, a) for i in range(24)]
    results = _race([lambda b=b, i=i: _place(b, f"D{i}") for i, b in enumerate(baskets)])
    assert [kind for kind, _ in results].count("ok") == 24, results
    for product in (a, b):
        assert StockRecord.objects.get(product=product).num_allocated == 24


def test_a_multi_line_order_takes_all_its_lines_or_none(db):
    """The last shawl goes to one of two baskets; the loser's pickle is not held either."""
    shawl = ProductFactory(title_en="Last shawl", stock=1)
    pickle = ProductFactory(title_en="Pickle", stock=50)
    baskets = [_basket(pickle, shawl), _basket(shawl, pickle)]
    results = _race([lambda b=b, i=i: _place(b, f"M{i}") for i, b in enumerate(baskets)])
    assert sorted(kind for kind, _ in results) == ["ok", "refused"], results
    assert StockRecord.objects.get(product=pickle).num_allocated == 1
    assert StockRecord.objects.get(product=shawl).net_stock_level == 0
