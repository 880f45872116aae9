"""Delivery zones, areas, Sunday markets and weekly slots for the demo."""

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
            ("Haripur city", "ہری پور شہر"),
        ],
    ),
]

# (slug, name, name_ur, city, address, address_ur)
MARKETS = [
    (
        "lahore-sunday-bazaar",
        "Sunday Bazaar, Lahore",
        "اتوار بازار، لاہور",
        "Lahore",
        "Stall 14, Sunday Bazaar, Township",
        "اسٹال ۱۴، اتوار بازار، ٹاؤن شپ",
    ),
    (
        "karachi-sunday-market",
        "Sunday Market, Karachi",
        "اتوار بازار، کراچی",
        "Karachi",
        "Cooperatives' stall, Sunday Market, Gulshan-e-Iqbal",
        "کوآپریٹوز کا اسٹال، اتوار بازار، گلشنِ اقبال",
    ),
    (
        "islamabad-sunday-bazaar",
        "Sunday Bazaar, Islamabad",
        "اتوار بازار، اسلام آباد",
        "Islamabad",
        "Row C, Sunday Bazaar, H-9",
        "قطار سی، اتوار بازار، ایچ نائن",
    ),
]

# Delivery windows, Monday to Saturday: six a day.
DELIVERY_WINDOWS = [
    ("09:00", "11:00"),
    ("11:00", "13:00"),
    ("13:00", "15:00"),
    ("15:00", "17:00"),
    ("17:00", "19:00"),
    ("19:00", "21:00"),
]
DELIVERY_CAPACITY = 8
MARKET_WINDOWS = [("09:00", "12:00"), ("12:00", "15:00")]
MARKET_CAPACITY = 40
