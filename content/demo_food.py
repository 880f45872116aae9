"""Food details for the demo's food listings, by subcategory.

(ingredients, ingredients in Urdu, allergens, allergens in Urdu, shelf life in days)
"""

FOOD_BY_CATEGORY = {
    "pickles": (
        "Fruit or vegetable, mustard oil, salt, red chilli, fenugreek, fennel, nigella, turmeric",
        "پھل یا سبزی، سرسوں کا تیل، نمک، لال مرچ، میتھی دانہ، سونف، کلونجی، ہلدی",
        "mustard",
        "سرسوں",
        240,
    ),
    "chutneys-jams": (
        "Fruit, sugar, vinegar, ginger, chilli, salt",
        "پھل، چینی، سرکہ، ادرک، مرچ، نمک",
        "",
        "",
        120,
    ),
    "murabbas": (
        "Fruit, sugar, cardamom, water",
        "پھل، چینی، الائچی، پانی",
        "",
        "",
        180,
    ),
    "savoury-snacks": (
        "Wheat flour, gram flour, vegetable oil, salt, spices",
        "گندم کا آٹا، بیسن، خوردنی تیل، نمک، مصالحے",
        "wheat (gluten), may contain peanuts",
        "گندم (گلوٹین)، مونگ پھلی ہو سکتی ہے",
        60,
    ),
    "sweets": (
        "Gram flour, desi ghee, sugar, cardamom, almonds",
        "بیسن، دیسی گھی، چینی، الائچی، بادام",
        "milk, tree nuts",
        "دودھ، میوہ جات",
        30,
    ),
    "dried-fruit-mixes": (
        "Almonds, walnuts, raisins, dried apricots, pine nuts",
        "بادام، اخروٹ، کشمش، خشک خوبانی، چلغوزے",
        "tree nuts",
        "میوہ جات",
        120,
    ),
    "vegetables-herbs": (
        "Fresh vegetables or herbs, grown without chemical sprays",
        "تازہ سبزیاں یا جڑی بوٹیاں، کیمیائی اسپرے کے بغیر اگائی گئیں",
        "",
        "",
        7,
    ),
    "eggs": (
        "Free-range desi hen eggs",
        "کھلی جگہ پلی دیسی مرغیوں کے انڈے",
        "egg",
        "انڈا",
        21,
    ),
}
