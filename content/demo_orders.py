"""Demo orders, so every screen that works on orders has something to show.

Placed through the same services as checkout (Oscar's order creator with one
part per cooperative, a slot booking, the cash payment record, the outbox
notices) and moved on by the people who would move them: leaders accept and
prepare, the rider takes orders out and records the cash, staff cancel.

Lahore, next bookable delivery slot:

* Sana (customer): placed, waiting for both cooperatives to accept;
* Hina: ready, for the rider to take out;
* Rabia: out for delivery, for the rider to record;
* Nadia: delivered and paid, the rider holds her cash until staff count it;
* Farah: one line cancelled by staff; one cooperative's part ready, the
  other's still being prepared, so it cannot be taken out yet.

And Sana's Sunday-market pickup, accepted.

Loaded once: with any order in the database, nothing is added. These orders
are history, so their e-mails are marked sent rather than mailed.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from oscar.apps.partner.strategy import Selector
from oscar.core.loading import get_class, get_model

from delivery.cash import delivery_record
from delivery.models import PickupPoint, ServedArea, Slot
from delivery.services import SlotUnavailable, basket_lead_hours, slot_book
from delivery.stops import order_take_out
from marketplace.money import to_paisa
from notifications.models import OutboxMessage
from orders.cancellation import order_lines_cancel
from orders.fulfilment import order_part_move
from orders.models import OrderPart
from orders.notifications import order_placed_notify
from payments.services import cash_payment_create
from shipping.methods import HomeDelivery, MarketPickup

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
ShippingAddress = get_model("order", "ShippingAddress")
Product = get_model("catalogue", "Product")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderNumberGenerator = get_class("order.utils", "OrderNumberGenerator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
User = get_user_model()
S = OrderPart.Status

COOPERATIVES = ("noor-kitchen-lahore", "khanpur-phulkari-haripur", "sitara-recycling-karachi")


@dataclass
class Guest:
    first_name: str
    last_name: str
    email: str
    phone: str
    line1: str
    area: str


GUESTS = {
    "hina": Guest(
        "Hina", "Akhtar", "hina@example.org", "+923004445566", "House 7, Block C", "Model Town"
    ),
    "rabia": Guest(
        "Rabia", "Shah", "rabia@example.org", "+923215556677", "Flat 3, Canal View", "Johar Town"
    ),
    "nadia": Guest(
        "Nadia", "Malik", "nadia@example.org", "+923336667788", "House 41, Street 9", "DHA"
    ),
    "farah": Guest(
        "Farah",
        "Qureshi",
        "farah@example.org",
        "+923457778899",
        "House 2, Main Boulevard",
        "Iqbal Town",
    ),
}


def demo_orders(*, progress) -> int:
    """Place the demo orders unless the shop has orders; returns how many were placed."""
    if Order.objects.exists():
        progress(f"  {Order.objects.count()} orders kept (0 new)")
        return 0
    customer = User.objects.get(username="customer")
    staff = User.objects.get(username="staff.amina")
    rider = User.objects.get(username="rider.lahore")
    now = timezone.now()
    with transaction.atomic():
        first_message = OutboxMessage.objects.order_by("-pk").values_list("pk", flat=True).first()
        items = _items()
        slot = None
        placed = []
        for who, wanted in (
            ("customer", [(items[0], 1), (items[1], 2)]),
            ("hina", [(items[0], 2), (items[2], 1)]),
            ("rabia", [(items[1], 1), (items[2], 1)]),
            ("nadia", [(items[0], 1), (items[1], 1)]),
            ("farah", [(items[1], 3), (items[2], 1)]),
        ):
            order, slot = _home_order(who, wanted, customer=customer, slot=slot)
            placed.append(order)
        sana, hina, rabia, nadia, farah = placed
        for order in (hina, rabia, nadia):
            _move(order, (S.ACCEPTED, S.PREPARING, S.READY))
        for order in (rabia, nadia):
            order_take_out(order_id=order.pk, slot_id=slot.pk, rider=rider)
        nadia.refresh_from_db()
        delivery_record(
            order_id=nadia.pk,
            slot_id=slot.pk,
            rider=rider,
            outcome="paid_full",
            amount_collected_paisa=to_paisa(nadia.total_incl_tax),
        )
        line = farah.lines.order_by("pk").first()
        order_lines_cancel(
            order_id=farah.pk,
            quantities={line.pk: 1},
            by=staff,
            reason="One was damaged while packing",
        )
        _move(farah, (S.ACCEPTED, S.PREPARING))
        # One cooperative's part is ready, the other's is not: the run sheet
        # shows it waiting, and staff decide what goes.
        _move(farah, (S.READY,), only=COOPERATIVES[2])
        pickup = _pickup_order(customer, [(items[2], 1)])
        _move(pickup, (S.ACCEPTED,))
        OutboxMessage.objects.filter(pk__gt=first_message or 0).update(
            status=OutboxMessage.Status.SENT, sent_at=now
        )
    starts = timezone.localtime(slot.starts_at)
    progress(f"  {Order.objects.count()} orders, delivered in the slot of {starts:%a %d %b %H:%M}")
    return len(placed) + 1


def _items():
    """One product each of three cooperatives that can be sold now, in any
    quantity the demo takes, and needs no days of making."""
    strategy = Selector().strategy()
    chosen = []
    for slug in COOPERATIVES:
        for product in Product.objects.filter(
            stockrecords__partner__cooperative__slug=slug, made_to_order_days=0, is_public=True
        ).order_by("pk"):
            if strategy.fetch_for_product(product).availability.is_purchase_permitted(4)[0]:
                chosen.append(product)
                break
    if len(chosen) != len(COOPERATIVES):
        raise RuntimeError("The demo orders need products in stock from three cooperatives.")
    return chosen


def _basket(user, wanted):
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy(user=user)
    for product, quantity in wanted:
        basket.add_product(product, quantity)
    return basket


def _place(*, basket, user, guest_email, address, method, slot):
    charge = method.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, charge)
    with transaction.atomic():
        order = OrderCreator().place_order(
            basket=basket,
            total=total,
            shipping_method=method,
            shipping_charge=charge,
            user=user,
            shipping_address=address,
            order_number=OrderNumberGenerator().order_number(basket),
            **({"guest_email": guest_email} if guest_email else {}),
        )
        slot_book(order=order, slot_id=slot.pk, basket=basket, lead_hours=basket_lead_hours(basket))
        cash_payment_create(order=order, amount_paisa=to_paisa(total.incl_tax))
        order_placed_notify(order=order)
        basket.submit()
    return order


def _home_order(who, wanted, *, customer, slot):
    guest = GUESTS.get(who)
    user = customer if guest is None else None
    area = ServedArea.objects.select_related("zone").get(
        zone__slug="lahore", name_en=guest.area if guest else "Gulberg"
    )
    basket = _basket(user, wanted)
    address = ShippingAddress.objects.create(
        first_name=guest.first_name if guest else customer.first_name,
        last_name=guest.last_name if guest else customer.last_name,
        line1=guest.line1 if guest else "House 12, Street 4",
        line3=area.name_en,
        line4=area.zone.city,
        country_id="PK",
        phone_number=guest.phone if guest else "+923001234567",
    )
    method = HomeDelivery(area.zone, area)
    slots = [slot] if slot else Slot.objects.filter(zone=area.zone, starts_at__gt=timezone.now())
    for candidate in slots.order_by("starts_at") if slot is None else slots:
        try:
            with transaction.atomic():
                order = _place(
                    basket=basket,
                    user=user,
                    guest_email=guest.email if guest else "",
                    address=address,
                    method=method,
                    slot=candidate,
                )
        except SlotUnavailable:
            continue
        return order, candidate
    raise RuntimeError("No Lahore delivery slot has a place for the demo orders.")


def _pickup_order(customer, wanted):
    point = PickupPoint.objects.get(slug="lahore-sunday-bazaar")
    basket = _basket(customer, wanted)
    address = ShippingAddress.objects.create(
        first_name=customer.first_name,
        last_name=customer.last_name,
        line1=point.name_en,
        line2=point.address_en,
        line4=point.city,
        country_id="PK",
        phone_number="+923001234567",
        notes="Collect at the market",
    )
    for slot in Slot.objects.filter(pickup_point=point, starts_at__gt=timezone.now()).order_by(
        "starts_at"
    ):
        try:
            with transaction.atomic():
                return _place(
                    basket=basket,
                    user=customer,
                    guest_email="",
                    address=address,
                    method=MarketPickup(point),
                    slot=slot,
                )
        except SlotUnavailable:
            continue
    raise RuntimeError("No Sunday-market slot has a place for the demo pickup order.")


def _move(order, statuses, only=None):
    """Each cooperative's leader (or ``only`` that cooperative's) moves her part on."""
    parts = order.parts.exclude(status=S.CANCELLED).select_related("partner")
    if only is not None:
        parts = parts.filter(partner__cooperative__slug=only)
    for part in parts:
        leader = part.partner.users.order_by("pk").first()
        for status in statuses:
            order_part_move(part_id=part.pk, to_status=status, user=leader)
