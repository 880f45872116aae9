"""The demo's food descriptions tell the truth: every ingredient a description
names is in that product's ingredients list, in English and in Urdu; the two
lists name the same things; and each list's allergens are declared."""

import re

import pytest

from content.demo_data import PRODUCTS
from content.demo_food import food_details

# What the descriptions can name, and how each is written. The first pattern
# finds the word in a description; the ingredients list must then match the
# second (the same word unless given), in the same language.
# (name, English, Urdu, allergen or None, English in the list, Urdu in the list)
TERMS = [
    ("mango", r"mangoe?s?", r"آم", None),
    ("mustard oil", r"mustard oil", r"سرسوں ک[اے] تیل", "mustard"),
    ("mustard seed", r"mustard seeds?", r"رائی", "mustard"),
    ("mustard leaves", r"mustard leaves|sarson", r"سرسوں کے (?:نرم )?پتے", "mustard"),
    ("oil", r"oil", r"تیل", None),
    ("salt", r"salt(?:ed)?", r"نمک\w*", None),
    ("turmeric", r"turmeric", r"ہلدی", None),
    ("red chilli", r"red chill(?:i|ies)", r"لال مرچ\w*", None),
    ("green chilli", r"green chill(?:i|ies)", r"ہری مرچ\w*", None),
    ("black pepper", r"black pepper", r"کالی مرچ", None),
    ("fennel", r"fennel", r"سونف", None),
    ("nigella", r"nigella|kalonji", r"کلونجی", None),
    ("fenugreek", r"fenugreek|methi", r"میتھی", None),
    ("lemon", r"lemons?", r"لیموں", None),
    ("carrot", r"carrots?", r"گاجر\w*", None),
    ("cauliflower", r"cauliflower", r"گوبھی", None),
    ("turnip", r"turnips?", r"شلجم", None),
    ("jaggery", r"jaggery|gur", r"گڑ", None),
    ("vinegar", r"vinegar", r"سرک[ےہ]", None),
    ("garlic", r"garlic", r"لہسن", None),
    ("amchur", r"amchur", r"امچور", None),
    ("mint", r"mint", r"پودین[ہے]", None),
    ("coriander", r"coriander", r"دھنی[اے]", None),
    ("tamarind", r"tamarind|imli", r"املی", None),
    ("dried plum", r"dried plums?|aloo bukhara", r"آلو بخار[اے]", None),
    ("plum", r"(?<!dried )plums?", r"آلوچ[ےہ]", None),
    ("sugar", r"sugar", r"چینی", None),
    ("syrup", r"syrup", r"شیر[ےہ]", None, r"sugar", r"چینی"),
    ("cardamom", r"cardamom", r"الائچی", None),
    ("apricot", r"apricots?", r"خوبان(?:ی|یاں|یوں)", None),
    ("apple", r"apples?", r"سیب", None),
    ("clove", r"(?<!garlic )cloves?", r"لونگ", None),
    ("amla", r"amla", r"آمل[ےہ]", None),
    ("tomato", r"tomato(?:es)?", r"ٹماٹر\w*", None),
    ("ginger", r"ginger", r"ادرک", None),
    ("loquat", r"loquats?", r"لوکاٹ", None),
    ("saffron", r"saffron", r"زعفران", None),
    ("karonda", r"karonda", r"کروند[ےہا]", None),
    ("lasoora", r"lasoora", r"لسوڑ\w*", None),
    ("ajwain", r"ajwain", r"اجوائن", None),
    ("sev", r"sev", r"سیو", None),
    ("daal", r"daal|lentils?", r"دال\w*", None),
    # (چنا ہوا, چنے گئے: "sorted by hand", not chickpeas)
    ("chickpeas", r"chickpeas?|chana", r"چنے(?! گئے)|چنا(?! ہوا)", None),
    ("gram flour", r"gram flour|besan", r"بیسن", None),
    ("peanuts", r"peanuts?", r"مونگ پھلی", "peanuts"),
    ("cornflakes", r"cornflakes", r"کارن فلیکس", None),
    ("ghee", r"ghee", r"گھی", "milk"),
    ("milk", r"milk", r"دودھ", "milk"),
    ("wheat", r"wheat", r"گندم", "wheat"),
    ("rice", r"rice", r"چاول", None),
    ("cumin", r"cumin", r"زیر[ےہ]", None),
    ("gond", r"gond", r"گوند", None),
    ("dried fruit", r"dr(?:ied|y) fruit", r"خشک میو[ےہ]", None),
    ("almonds", r"almonds?", r"بادام", "tree nuts"),
    ("pistachios", r"pistachios?", r"پست[ےہ]", "tree nuts"),
    ("walnuts", r"walnuts?", r"اخروٹ", "tree nuts"),
    ("raisins", r"raisins?", r"کشمش", None),
    ("dates", r"dates", r"کھجور\w*", None),
    ("sesame", r"sesame", r"تل", "sesame"),
    ("pomegranate", r"pomegranate", r"انار", None),
    ("eggs", r"eggs?", r"انڈ\w*", "egg"),
    ("spinach", r"spinach", r"پالک", None),
    ("peas", r"peas", r"مٹر", None),
    ("beans", r"beans", r"پھلیاں", None),
    ("potato", r"potato(?:es)?|aloo(?! bukhara)", r"آلو(?! بخار)", None),
    ("okra", r"okra|bhindi", r"بھنڈی", None),
    ("onion", r"onions?", r"پیاز", None),
    ("bottle gourd", r"lauki|bottle gourd", r"لوکی", None),
    ("bitter gourd", r"karelas?|bitter gourd", r"کریل\w*", None),
    ("round gourd", r"tinda\w*|round gourd", r"ٹینڈ\w*", None),
]
# How the allergens lists name each allergen.
ALLERGENS = {
    "mustard": ("mustard", "سرسوں"),
    "peanuts": ("peanut", "مونگ پھلی"),
    "tree nuts": ("tree nuts", "میوہ جات"),
    "milk": ("milk", "دودھ"),
    "wheat": ("wheat", "گندم"),
    "egg": ("egg", "انڈا"),
    "sesame": ("sesame", "تل"),
}
# Food a description names as what the product goes with, not what is in it.
SERVED_WITH = [
    "daal chawal",
    "دال چاول",
    "doodh patti",
    "دودھ پتی",
    "daal or halwa",
    "دال یا حلوے",
    "aloo palak or methi parathas",
    "آلو پالک یا میتھی کے پراٹھوں",
    "frying with onions",
    "پیاز کے ساتھ بھوننے",
]
# What a description says is not in it ("no sugar added", "چینی شامل نہیں").
NOT_IN = {
    "en": r"\b(?:no|without) ([\w\s-]+?)(?: is| are)?(?: added)?[.;,]",
    "ur": r"(?:^|[۔؛،]\s*)([^۔؛،]+?) شامل نہیں|بغیر ([^۔؛،]+?) کے",
}
LANGUAGES = {"en": ("description", 0, 2), "ur": ("description_ur", 1, 3)}
FOOD = [item for item in PRODUCTS if food_details(item) is not None]


def _find(pattern, text):
    return re.search(rf"(?<!\w)(?:{pattern})(?!\w)", text, flags=re.IGNORECASE) is not None


def named(text, language, *, in_list=False):
    """The terms a text names, in that language."""
    column = 1 if language == "en" else 2
    found = set()
    for term in TERMS:
        pattern = term[column]
        if in_list and len(term) > 4:
            pattern = term[3 + column]
        if _find(pattern, text):
            found.add(term[0])
    return found


def said_not_in(text, language):
    """The description with what it says is not in the product taken out, and those terms."""
    negated = set()
    for match in re.finditer(NOT_IN[language], text, flags=re.IGNORECASE):
        span = next(group for group in match.groups() if group)
        negated |= named(span, language)
        text = text.replace(match.group(0), " ")
    return text, negated


def test_every_food_product_of_the_demo_has_its_own_ingredients():
    assert len(FOOD) > 40
    for item in FOOD:
        ingredients, ingredients_ur, _allergens, _allergens_ur, shelf_life = food_details(item)
        assert ingredients and ingredients_ur and shelf_life > 0, item["upc"]


@pytest.mark.parametrize("language", ["en", "ur"])
def test_what_a_description_says_is_in_it_is_in_its_ingredients(language):
    field, column, _ = LANGUAGES[language]
    wrong = []
    for item in FOOD:
        listed = food_details(item)[column]
        text = item[field]
        for phrase in SERVED_WITH:
            text = text.replace(phrase, " ")
        text, negated = said_not_in(text, language)
        missing = named(text, language) - named(listed, language, in_list=True)
        if missing:
            wrong.append(f"{item['upc']} {item['title']}: {sorted(missing)} not in “{listed}”")
        present = negated & named(listed, language, in_list=True)
        if present:
            wrong.append(f"{item['upc']} {item['title']}: says no {sorted(present)}")
    assert wrong == []


def test_the_english_and_urdu_ingredients_name_the_same_things():
    wrong = []
    for item in FOOD:
        ingredients, ingredients_ur, *_ = food_details(item)
        en, ur = named(ingredients, "en"), named(ingredients_ur, "ur")
        if en != ur:
            wrong.append(f"{item['upc']}: {sorted(en ^ ur)}")
    assert wrong == []


@pytest.mark.parametrize("language", ["en", "ur"])
def test_each_ingredients_allergens_are_declared(language):
    _field, column, allergen_column = LANGUAGES[language]
    wrong = []
    for item in FOOD:
        details = food_details(item)
        declared = details[allergen_column]
        for term in TERMS:
            if term[3] is None or not _find(term[1 if language == "en" else 2], details[column]):
                continue
            word = ALLERGENS[term[3]][0 if language == "en" else 1]
            if word not in declared.lower():
                wrong.append(f"{item['upc']} {item['title']}: {term[0]} but not “{word}”")
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Roasted peanuts set in jaggery. No sugar added.",
            "en",
            ({"peanuts", "jaggery"}, {"sugar"}),
        ),
        (
            "بھنی ہوئی مونگ پھلی گڑ میں جمائی گئی۔ چینی شامل نہیں۔",
            "ur",
            ({"peanuts", "jaggery"}, {"sugar"}),
        ),
        ("Peeled garlic cloves in mustard oil.", "en", ({"garlic", "mustard oil", "oil"}, set())),
        ("املی اور آلو بخارے کی چٹنی", "ur", ({"tamarind", "dried plum"}, set())),
        ("آملے کا مربہ", "ur", ({"amla"}, set())),
        ("تلی ہوئی دال", "ur", ({"daal"}, set())),
        ("ہاتھ سے چنا ہوا میوہ", "ur", (set(), set())),
        ("کالے چنے", "ur", ({"chickpeas"}, set())),
    ],
)
def test_the_reader_of_descriptions_on_worked_examples(text, language, expected):
    text, negated = said_not_in(text, language)
    assert (named(text, language), negated) == expected
