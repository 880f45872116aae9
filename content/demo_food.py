"""Food details for the demo's food listings.

Each food product has its own ingredients and allergens, in English and in
Urdu, by product code: what its description says it is made of is in its
list, and what the list holds is declared as an allergen where it is one
(``tests/test_demo_food.py`` reads every description against its list).
Shelf life goes by subcategory.
"""

MUSTARD = ("mustard", "سرسوں")
PEANUTS = ("peanuts", "مونگ پھلی")
TREE_NUTS = ("tree nuts", "میوہ جات")
NONE = ("", "")

SHELF_LIFE_DAYS = {
    "pickles": 240,
    "chutneys-jams": 120,
    "murabbas": 180,
    "savoury-snacks": 60,
    "sweets": 30,
    "dried-fruit-mixes": 120,
    "vegetables-herbs": 7,
    "eggs": 21,
}

_MANGO_PICKLE = (
    "Raw mango, mustard oil, salt, red chilli, fennel, nigella, fenugreek seeds, turmeric",
    "کچا آم، سرسوں کا تیل، نمک، لال مرچ، سونف، کلونجی، میتھی دانہ، ہلدی",
    MUSTARD,
)
_SOHAN_HALWA = (
    "Sprouted wheat, milk, desi ghee, sugar, almonds, pistachios",
    "گندم کے انکرے، دودھ، دیسی گھی، چینی، بادام، پستے",
    ("milk, wheat (gluten), tree nuts", "دودھ، گندم (گلوٹین)، میوہ جات"),
)
_DRIED_FRUIT_MIX = (
    "Almonds, walnut kernels, green raisins, dried apricots",
    "بادام، اخروٹ کی گری، سبز کشمش، خشک خوبانی",
    TREE_NUTS,
)
_EGGS = ("Desi hen eggs", "دیسی مرغی کے انڈے", ("egg", "انڈا"))

# product code: (ingredients, ingredients in Urdu, (allergens, allergens in Urdu))
FOOD = {
    # Pickles
    "HB-10001": _MANGO_PICKLE,
    "HB-10002": _MANGO_PICKLE,
    "HB-10003": ("Desi lemons, salt, turmeric, red chilli", "دیسی لیموں، نمک، ہلدی، لال مرچ", NONE),
    "HB-10004": (
        "Carrot, cauliflower, turnip, jaggery, vinegar, mustard oil, salt, red chilli, "
        "mustard seed",
        "گاجر، گوبھی، شلجم، گڑ، سرکہ، سرسوں کا تیل، نمک، لال مرچ، رائی",
        MUSTARD,
    ),
    "HB-10005": (
        "Garlic, mustard oil, vinegar, red chilli, salt",
        "لہسن، سرسوں کا تیل، سرکہ، لال مرچ، نمک",
        MUSTARD,
    ),
    "HB-10006": (
        "Red chillies, mustard oil, mustard seed, fennel, amchur, salt",
        "لال مرچیں، سرسوں کا تیل، رائی، سونف، امچور، نمک",
        MUSTARD,
    ),
    "HB-10007": (
        "Green chillies, lemon juice, mustard seed, salt, turmeric",
        "ہری مرچیں، لیموں کا رس، رائی، نمک، ہلدی",
        MUSTARD,
    ),
    "HB-10017": (
        "Raw mango, mustard oil, red chilli, nigella (kalonji), fennel, fenugreek seeds, salt, "
        "turmeric",
        "کچا آم، سرسوں کا تیل، لال مرچ، کلونجی، سونف، میتھی دانہ، نمک، ہلدی",
        MUSTARD,
    ),
    "HB-10019": (
        "Karonda berries, mustard oil, mustard seed, green chilli, salt, turmeric",
        "کروندے، سرسوں کا تیل، رائی، ہری مرچ، نمک، ہلدی",
        MUSTARD,
    ),
    "HB-10020": (
        "Lasoora, mustard oil, salt, red chilli, fenugreek seeds, fennel",
        "لسوڑے، سرسوں کا تیل، نمک، لال مرچ، میتھی دانہ، سونف",
        MUSTARD,
    ),
    "HB-10021": (
        "Raw mango, lemon, carrot, green chilli, mustard oil, salt, red chilli, fennel, "
        "nigella, fenugreek seeds",
        "کچا آم، لیموں، گاجر، ہری مرچ، سرسوں کا تیل، نمک، لال مرچ، سونف، کلونجی، میتھی دانہ",
        MUSTARD,
    ),
    # Chutneys and jams
    "HB-10008": (
        "Fresh mint, coriander, green chilli, lemon juice, salt",
        "تازہ پودینہ، ہرا دھنیا، ہری مرچ، لیموں کا رس، نمک",
        NONE,
    ),
    "HB-10009": (
        "Tamarind, dried plums (aloo bukhara), sugar, salt, cumin, red chilli",
        "املی، آلو بخارا، چینی، نمک، زیرہ، لال مرچ",
        NONE,
    ),
    "HB-10011": ("Apricots, sugar, lemon juice", "خوبانی، چینی، لیموں کا رس", NONE),
    "HB-10012": ("Red plums, sugar, lemon juice", "لال آلوچے، چینی، لیموں کا رس", NONE),
    "HB-10015": (
        "Tomatoes, sugar, vinegar, garlic, ginger, red chilli flakes, salt",
        "ٹماٹر، چینی، سرکہ، لہسن، ادرک، کُٹی لال مرچ، نمک",
        NONE,
    ),
    "HB-10016": ("Loquats, sugar, lemon juice", "لوکاٹ، چینی، لیموں کا رس", NONE),
    "HB-10018": (
        "Raw mango, sugar, vinegar, fennel, nigella (kalonji), red chilli, salt",
        "کچا آم، چینی، سرکہ، سونف، کلونجی، لال مرچ، نمک",
        NONE,
    ),
    # Murabbas
    "HB-10010": (
        "Red carrots, sugar, water, green cardamom",
        "لال گاجریں، چینی، پانی، سبز الائچی",
        NONE,
    ),
    "HB-10013": ("Apples, sugar, water, cloves", "سیب، چینی، پانی، لونگ", NONE),
    "HB-10014": ("Amla (Indian gooseberry), sugar, water", "آملہ، چینی، پانی", NONE),
    "HB-10022": ("Raw mango, sugar, water, saffron", "کچا آم، چینی، پانی، زعفران", NONE),
    # Savoury snacks
    "HB-10023": (
        "Wheat flour, vegetable oil, ajwain (carom seeds), salt",
        "گندم کا آٹا، خوردنی تیل، اجوائن، نمک",
        ("wheat (gluten)", "گندم (گلوٹین)"),
    ),
    "HB-10024": (
        "Gram flour sev, fried chana daal, peanuts, cornflakes, vegetable oil, salt, chaat masala",
        "بیسن کی سیو، تلی ہوئی چنے کی دال، مونگ پھلی، کارن فلیکس، خوردنی تیل، نمک، چاٹ مصالحہ",
        PEANUTS,
    ),
    "HB-10026": (
        "Wheat flour, vegetable oil, nigella (kalonji), salt",
        "گندم کا آٹا، خوردنی تیل، کلونجی، نمک",
        ("wheat (gluten)", "گندم (گلوٹین)"),
    ),
    "HB-10029": ("Rice flour, salt", "چاول کا آٹا، نمک", NONE),
    "HB-10030": (
        "Urad daal flour, black pepper, cumin, salt",
        "ماش کی دال کا آٹا، کالی مرچ، زیرہ، نمک",
        NONE,
    ),
    "HB-10032": (
        "Chana daal, vegetable oil, red chilli, salt, lemon juice",
        "چنے کی دال، خوردنی تیل، لال مرچ، نمک، لیموں کا رس",
        NONE,
    ),
    "HB-10038": ("Black chickpeas (kala chana), salt", "کالے چنے، نمک", NONE),
    "HB-10042": (
        "Gram flour sev, lentils, peanuts, vegetable oil, black pepper, dried pomegranate "
        "seeds (anardana), salt",
        "بیسن کی سیو، دالیں، مونگ پھلی، خوردنی تیل، کالی مرچ، انار دانہ، نمک",
        PEANUTS,
    ),
    # Sweets
    "HB-10025": (
        "Gram flour, desi ghee, sugar, cardamom, almonds",
        "بیسن، دیسی گھی، چینی، الائچی، بادام",
        ("milk, tree nuts", "دودھ، میوہ جات"),
    ),
    "HB-10027": _SOHAN_HALWA,
    "HB-10028": _SOHAN_HALWA,
    "HB-10031": (
        "Wheat flour, desi ghee, sugar, gond (edible gum), dried fruit (almonds, raisins)",
        "گندم کا آٹا، دیسی گھی، چینی، گوند، خشک میوہ (بادام، کشمش)",
        ("wheat (gluten), milk, tree nuts", "گندم (گلوٹین)، دودھ، میوہ جات"),
    ),
    "HB-10033": ("Peanuts, jaggery", "مونگ پھلی، گڑ", PEANUTS),
    "HB-10040": ("Sesame seeds, jaggery", "تل، گڑ", ("sesame", "تل")),
    "HB-10041": (
        "Almonds, walnuts, peanuts, jaggery",
        "بادام، اخروٹ، مونگ پھلی، گڑ",
        ("peanuts, tree nuts", "مونگ پھلی، میوہ جات"),
    ),
    # Dried fruit and nuts
    "HB-10034": ("Dates, almonds", "کھجوریں، بادام", TREE_NUTS),
    "HB-10035": _DRIED_FRUIT_MIX,
    "HB-10036": _DRIED_FRUIT_MIX,
    "HB-10037": ("Sun-dried apricots", "دھوپ میں سکھائی گئی خوبانی", NONE),
    "HB-10039": ("Walnut kernels", "اخروٹ کی گری", TREE_NUTS),
    "HB-10043": ("Green raisins", "سبز کشمش", NONE),
    "HB-10044": (
        "Pistachios in their shells, salt, lemon juice",
        "چھلکوں سمیت پستے، نمک، لیموں کا رس",
        TREE_NUTS,
    ),
    # Eggs
    "HB-10111": _EGGS,
    "HB-10112": _EGGS,
    "HB-10123": _EGGS,
    "HB-10125": _EGGS,
    # Vegetables and herbs, grown without chemical sprays
    "HB-10113": ("Fresh mint", "تازہ پودینہ", NONE),
    "HB-10114": ("Fresh coriander, with its roots", "تازہ ہرا دھنیا، جڑوں سمیت", NONE),
    "HB-10115": ("Spinach", "پالک", NONE),
    "HB-10116": ("Young mustard leaves (sarson)", "سرسوں کے نرم پتے", MUSTARD),
    "HB-10117": (
        "Vegetables of the week from the garden: usually tomatoes, potatoes, peas or beans, "
        "greens and herbs",
        "اس ہفتے کیاری کی سبزیاں: عام طور پر ٹماٹر، آلو، مٹر یا پھلیاں، ساگ اور ہرا مصالحہ",
        NONE,
    ),
    "HB-10118": ("Green peas in the pod", "پھلی والے ہرے مٹر", NONE),
    "HB-10119": ("Desi tomatoes", "دیسی ٹماٹر", NONE),
    "HB-10120": ("Desi lemons", "دیسی لیموں", NONE),
    "HB-10121": ("Okra (bhindi)", "بھنڈی", NONE),
    "HB-10122": ("Green chillies", "ہری مرچیں", NONE),
    "HB-10124": ("Lauki (bottle gourd)", "لوکی", NONE),
    "HB-10126": ("Ripe tomatoes", "پکے ہوئے ٹماٹر", NONE),
    "HB-10127": ("Spinach, fenugreek leaves (methi)", "پالک، میتھی", NONE),
    "HB-10128": ("Red onions", "لال پیاز", NONE),
    "HB-10129": ("Kagzi lemons", "کاغذی لیموں", NONE),
    "HB-10130": ("Karela (bitter gourd)", "کریلے", NONE),
    "HB-10131": ("Mint, coriander, green chillies", "پودینہ، دھنیا، ہری مرچیں", NONE),
    "HB-10132": ("Tinda (round gourd)", "ٹینڈے", NONE),
}


def food_details(item):
    """(ingredients, ingredients in Urdu, allergens, allergens in Urdu, shelf
    life in days) of a demo product, or None if it is not food."""
    shelf_life = SHELF_LIFE_DAYS.get(item["category"])
    if shelf_life is None:
        return None
    ingredients, ingredients_ur, (allergens, allergens_ur) = FOOD[item["upc"]]
    return ingredients, ingredients_ur, allergens, allergens_ur, shelf_life
