"""Delivery zones, areas, Sunday markets, weekly slots and the delivery page of the demo.

The delivery page's words are here; its figures are not: the page shows
them from the zones, markets and slot templates below, through the live
delivery-information block.
"""

# (slug, name, name_ur, city, fee, [(area, area_ur), ...])
ZONES = [
    (
        "lahore",
        "Lahore",
        "لاہور",
        "Lahore",
        "150.00",
        [
            ("Gulberg", "گلبرگ"),
            ("Model Town", "ماڈل ٹاؤن"),
            ("Johar Town", "جوہر ٹاؤن"),
            ("Iqbal Town", "اقبال ٹاؤن"),
            ("DHA", "ڈی ایچ اے"),
        ],
    ),
    (
        "karachi",
        "Karachi",
        "کراچی",
        "Karachi",
        "200.00",
        [
            ("Gulshan-e-Iqbal", "گلشنِ اقبال"),
            ("Clifton", "کلفٹن"),
            ("North Nazimabad", "نارتھ ناظم آباد"),
            ("PECHS", "پی ای سی ایچ ایس"),
        ],
    ),
    (
        "islamabad-rawalpindi",
        "Islamabad and Rawalpindi",
        "اسلام آباد اور راولپنڈی",
        "Islamabad",
        "180.00",
        [
            ("F-7", "ایف سیون"),
            ("G-9", "جی نائن"),
            ("Saddar, Rawalpindi", "صدر، راولپنڈی"),
            ("Bahria Town", "بحریہ ٹاؤن"),
        ],
    ),
    (
        "abbottabad-haripur",
        "Abbottabad and Haripur",
        "ایبٹ آباد اور ہری پور",
        "Abbottabad",
        "120.00",
        [
            ("Abbottabad Cantt", "ایبٹ آباد کینٹ"),
            ("Mandian", "منڈیاں"),
            # Named as the Haripur cooperative's city: its fresh produce is
            # local to this zone (delivery.reach).
            ("Haripur", "ہری پور"),
        ],
    ),
    (
        "bahawalpur",
        "Bahawalpur",
        "بہاولپور",
        "Bahawalpur",
        "100.00",
        [
            ("Model Town A", "ماڈل ٹاؤن اے"),
            ("Satellite Town", "سیٹلائٹ ٹاؤن"),
            ("Baghdad-ul-Jadeed", "بغداد الجدید"),
            ("Cantt", "کینٹ"),
        ],
    ),
]

# Delivery windows, Monday to Saturday: six a day (Bahawalpur: its own).
DELIVERY_WEEKDAYS = range(6)
DELIVERY_WINDOWS = [
    ("09:00", "11:00"),
    ("11:00", "13:00"),
    ("13:00", "15:00"),
    ("15:00", "17:00"),
    ("17:00", "19:00"),
    ("19:00", "21:00"),
]
DELIVERY_CAPACITY = 8
# zone slug → (weekdays, windows, capacity): riders go out on fewer days there.
ZONE_SCHEDULES = {
    "bahawalpur": ((1, 3, 5), [("10:00", "13:00"), ("16:00", "19:00")], 6),
}

# Sunday markets: the market's hours and the pickup windows within them.
MARKETS = [
    {
        "slug": "lahore-sunday-bazaar",
        "name": "Sunday Bazaar, Lahore",
        "name_ur": "اتوار بازار، لاہور",
        "city": "Lahore",
        "address": "Stall 14, Sunday Bazaar, Township",
        "address_ur": "اسٹال ۱۴، اتوار بازار، ٹاؤن شپ",
        "hours": ("09:00", "15:00"),
        "windows": [("09:00", "12:00"), ("12:00", "15:00")],
    },
    {
        "slug": "karachi-sunday-market",
        "name": "Sunday Market, Karachi",
        "name_ur": "اتوار بازار، کراچی",
        "city": "Karachi",
        "address": "Cooperatives' stall, Sunday Market, Gulshan-e-Iqbal",
        "address_ur": "کوآپریٹوز کا اسٹال، اتوار بازار، گلشنِ اقبال",
        "hours": ("09:00", "15:00"),
        "windows": [("09:00", "12:00"), ("12:00", "15:00")],
    },
    {
        "slug": "islamabad-sunday-bazaar",
        "name": "Sunday Bazaar, Islamabad",
        "name_ur": "اتوار بازار، اسلام آباد",
        "city": "Islamabad",
        "address": "Row C, Sunday Bazaar, H-9",
        "address_ur": "قطار سی، اتوار بازار، ایچ نائن",
        "hours": ("09:00", "15:00"),
        "windows": [("09:00", "12:00"), ("12:00", "15:00")],
    },
    {
        "slug": "bahawalpur-sunday-bazaar",
        "name": "Sunday Bazaar, Bahawalpur",
        "name_ur": "اتوار بازار، بہاولپور",
        "city": "Bahawalpur",
        "address": "Cooperatives' stall, Sunday Bazaar, Farid Gate",
        "address_ur": "کوآپریٹوز کا اسٹال، اتوار بازار، فرید گیٹ",
        # Closes before the midday heat.
        "hours": ("08:00", "12:00"),
        "windows": [("08:00", "10:00"), ("10:00", "12:00")],
    },
]
MARKET_CAPACITY = 40


def delivery_load(*, progress) -> None:
    """Zones, areas, markets, weekly slot templates and the dated slots."""
    from datetime import time

    from django.db import transaction

    from delivery.models import DeliveryZone, PickupPoint, ServedArea, SlotTemplate
    from delivery.services import slots_generate

    with transaction.atomic():
        for slug, name, name_ur, city, fee, areas in ZONES:
            zone, _created = DeliveryZone.objects.get_or_create(
                slug=slug, defaults={"name_en": name, "name_ur": name_ur, "city": city, "fee": fee}
            )
            for area, area_ur in areas:
                ServedArea.objects.get_or_create(
                    zone=zone, name_en=area, defaults={"name_ur": area_ur}
                )
            weekdays, windows, capacity = ZONE_SCHEDULES.get(
                slug, (DELIVERY_WEEKDAYS, DELIVERY_WINDOWS, DELIVERY_CAPACITY)
            )
            if not zone.templates.exists():
                SlotTemplate.objects.bulk_create(
                    SlotTemplate(
                        zone=zone,
                        weekday=weekday,
                        start=time.fromisoformat(start),
                        end=time.fromisoformat(end),
                        capacity=capacity,
                        cutoff_minutes=240,
                    )
                    for weekday in weekdays
                    for start, end in windows
                )
        for market in MARKETS:
            opens, closes = market["hours"]
            point, _created = PickupPoint.objects.get_or_create(
                slug=market["slug"],
                defaults={
                    "name_en": market["name"],
                    "name_ur": market["name_ur"],
                    "city": market["city"],
                    "address_en": market["address"],
                    "address_ur": market["address_ur"],
                    "weekday": 6,
                    "opens": time.fromisoformat(opens),
                    "closes": time.fromisoformat(closes),
                },
            )
            if not point.templates.exists():
                SlotTemplate.objects.bulk_create(
                    SlotTemplate(
                        pickup_point=point,
                        weekday=point.weekday,
                        start=time.fromisoformat(start),
                        end=time.fromisoformat(end),
                        capacity=MARKET_CAPACITY,
                        cutoff_minutes=12 * 60,
                    )
                    for start, end in market["windows"]
                )
        created = slots_generate()
    progress(
        f"  {DeliveryZone.objects.count()} zones, {PickupPoint.objects.count()} markets, "
        f"{created} new slots"
    )


# The delivery page: the editor's words, in English and Urdu, around live
# delivery-information blocks (("live", part) entries) that show the figures.
DELIVERY_PAGE = {
    "title": "Delivery and Payment",
    "title_ur": "ترسیل اور ادائیگی",
    "intro": (
        "How your order reaches you, and how you can pay. The zones, fees, markets, times and "
        "ways to pay on this page are read from our delivery timetable, so they are always what "
        "checkout offers."
    ),
    "intro_ur": (
        "آپ کا آرڈر آپ تک کیسے پہنچتا ہے اور آپ ادائیگی کیسے کر سکتے ہیں۔ اس صفحے پر دیے گئے "
        "زون، ترسیلی خرچ، بازار، اوقات اور ادائیگی کے طریقے ہمارے ترسیلی نظام الاوقات سے لیے "
        "جاتے ہیں، اس لیے یہ ہمیشہ وہی ہوتے ہیں جو آرڈر کرتے وقت پیش کیے جاتے ہیں۔"
    ),
    "body": [
        ("heading", "Home delivery", "گھر پر ترسیل"),
        (
            "paragraph",
            "A rider from the network brings your order to your door in the time slot you choose "
            "at checkout. Choose your area from the list: we deliver only to the areas named "
            "here, and the fee depends on the zone.",
            "نیٹ ورک کا رائیڈر آپ کا آرڈر اس وقت میں آپ کے دروازے تک لاتا ہے جو آپ آرڈر کرتے "
            "وقت منتخب کریں۔ فہرست سے اپنا علاقہ منتخب کریں: ہم صرف یہاں درج علاقوں میں ترسیل "
            "کرتے ہیں، اور ترسیلی خرچ زون کے حساب سے ہوتا ہے۔",
        ),
        ("live", "zones"),
        ("heading", "Sunday-market pickup", "اتوار بازار سے وصولی"),
        (
            "paragraph",
            "Collect your order from the cooperatives' stall at a Sunday market, at the time you "
            "choose at checkout. There is no delivery fee.",
            "آرڈر کرتے وقت منتخب کیے گئے وقت پر اتوار بازار میں کوآپریٹوز کے اسٹال سے اپنا آرڈر "
            "خود لے لیں۔ اس پر کوئی ترسیلی خرچ نہیں۔",
        ),
        ("live", "markets"),
        ("heading", "When to order", "آرڈر کب کریں"),
        ("live", "ordering"),
        ("heading", "Fresh vegetables, herbs and eggs", "تازہ سبزیاں، جڑی بوٹیاں اور انڈے"),
        (
            "paragraph",
            "They are picked or collected shortly before they reach you, so they do not travel "
            "far: only within their cooperative's own delivery zone, or to its market.",
            "یہ آپ تک پہنچنے سے کچھ ہی پہلے توڑے یا جمع کیے جاتے ہیں، اس لیے زیادہ دور نہیں "
            "جاتے: صرف اپنے کوآپریٹو کے ترسیلی زون میں، یا اس کے بازار تک۔",
        ),
        ("live", "local"),
        ("heading", "Paying", "ادائیگی"),
        (
            "paragraph",
            "If you pay in cash, please keep the exact amount ready: riders carry little change.",
            "اگر آپ نقد ادائیگی کریں تو براہِ کرم پوری رقم تیار رکھیں، کیونکہ رائیڈر کے پاس "
            "کھلے پیسے کم ہوتے ہیں۔",
        ),
        ("live", "payment"),
    ],
}
