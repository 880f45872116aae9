"""Demo data for `manage.py load_demo`: cooperatives, products and pages, in English and Urdu."""

PRODUCT_TYPES = [
    {
        "slug": "pickles-preserves",
        "name": "Pickles & Preserves",
        "name_ur": "اچار اور مربے",
        "is_food": True,
        "motif": "jar",
    },
    {
        "slug": "snacks",
        "name": "Snacks & Sweets",
        "name_ur": "نمکین اور مٹھائی",
        "is_food": True,
        "motif": "snack",
    },
    {
        "slug": "face-masks",
        "name": "Face Masks",
        "name_ur": "فیس ماسک",
        "is_food": False,
        "motif": "mask",
    },
    {
        "slug": "recycled-goods",
        "name": "Recycled Goods",
        "name_ur": "ری سائیکل اشیاء",
        "is_food": False,
        "motif": "basket",
    },
    {
        "slug": "textiles",
        "name": "Textiles & Embroidery",
        "name_ur": "کپڑا اور کڑھائی",
        "is_food": False,
        "motif": "cloth",
    },
    {
        "slug": "kitchen-garden",
        "name": "Kitchen Garden",
        "name_ur": "گھریلو باغیچہ",
        "is_food": True,
        "motif": "produce",
        # Fresh: sold only in the cooperative's own zone or market.
        "local_only": True,
    },
]

CATEGORIES = [
    {
        "slug": "pickles-preserves",
        "name": "Pickles & Preserves",
        "name_ur": "اچار اور مربے",
        "parent": None,
        "description": (
            "Home-made pickles, chutneys, jams and murabbas, made in small batches from seasonal "
            "fruit and vegetables."
        ),
        "description_ur": (
            "موسمی پھلوں اور سبزیوں سے تھوڑی تھوڑی مقدار میں گھر پر بنے اچار، چٹنیاں، جام اور مربے۔"
        ),
    },
    {
        "slug": "pickles",
        "name": "Pickles",
        "name_ur": "اچار",
        "parent": "pickles-preserves",
        "description": (
            "Mango, lemon, garlic, chilli and mixed pickles cured in mustard oil and spices."
        ),
        "description_ur": (
            "سرسوں کے تیل اور مصالحوں میں تیار کیے گئے آم، لیموں، لہسن، مرچ اور مکس اچار۔"
        ),
    },
    {
        "slug": "chutneys-jams",
        "name": "Chutneys & Jams",
        "name_ur": "چٹنیاں اور جام",
        "parent": "pickles-preserves",
        "description": (
            "Fresh and cooked chutneys and fruit jams for the breakfast and dinner table."
        ),
        "description_ur": (
            "ناشتے اور کھانے کی میز کے لیے تازہ اور پکی ہوئی چٹنیاں اور پھلوں کے جام۔"
        ),
    },
    {
        "slug": "murabbas",
        "name": "Murabbas",
        "name_ur": "مربے",
        "parent": "pickles-preserves",
        "description": (
            "Whole fruit and carrots cooked slowly in sugar syrup, the traditional way."
        ),
        "description_ur": (
            "چینی کے شیرے میں آہستہ آہستہ پکائے گئے ثابت پھل اور گاجریں، پرانے روایتی طریقے سے۔"
        ),
    },
    {
        "slug": "snacks",
        "name": "Snacks & Sweets",
        "name_ur": "نمکین اور مٹھائی",
        "parent": None,
        "description": (
            "Savoury snacks, home-made sweets and dried fruit for tea time and for guests."
        ),
        "description_ur": (
            "شام کی چائے اور مہمانوں کے لیے نمکین، گھر کی بنی مٹھائیاں اور خشک میوے۔"
        ),
    },
    {
        "slug": "savoury-snacks",
        "name": "Savoury Snacks",
        "name_ur": "نمکین",
        "parent": "snacks",
        "description": "Namak pare, nimko, mathri and papad, fried fresh in small batches.",
        "description_ur": "نمک پارے، نمکو، مٹھری اور پاپڑ، تھوڑی مقدار میں تازہ تلے ہوئے۔",
    },
    {
        "slug": "sweets",
        "name": "Home-made Sweets",
        "name_ur": "گھر کی مٹھائی",
        "parent": "snacks",
        "description": (
            "Sohan halwa, besan ladoo, pinni and gur chikki, made with desi ghee and jaggery."
        ),
        "description_ur": "دیسی گھی اور گڑ سے بنا سوہن حلوہ، بیسن کے لڈو، پنیاں اور گڑ کی چکی۔",
    },
    {
        "slug": "dried-fruit-mixes",
        "name": "Dried Fruit & Nuts",
        "name_ur": "خشک میوہ جات",
        "parent": "snacks",
        "description": "Nuts, dried apricots, raisins and mixes, sorted and packed by hand.",
        "description_ur": (
            "ہاتھ سے چن کر پیک کیے گئے گری دار میوے، خشک خوبانیاں، کشمش اور مکس میوہ۔"
        ),
    },
    {
        "slug": "face-masks",
        "name": "Face Masks",
        "name_ur": "فیس ماسک",
        "parent": None,
        "description": "Washable, reusable cloth face masks stitched at home.",
        "description_ur": (
            "گھر پر سلے ہوئے کپڑے کے ماسک، جو دھو کر بار بار استعمال کیے جا سکتے ہیں۔"
        ),
    },
    {
        "slug": "cloth-masks",
        "name": "Plain & Printed Masks",
        "name_ur": "سادہ اور پرنٹ والے ماسک",
        "parent": "face-masks",
        "description": (
            "Two- and three-layer masks in cotton, khaddar, lawn and block-printed fabric."
        ),
        "description_ur": "سوتی، کھدر، لان اور ٹھپے والے کپڑے سے بنے دو اور تین تہوں والے ماسک۔",
    },
    {
        "slug": "embroidered-masks",
        "name": "Embroidered Masks",
        "name_ur": "کڑھائی والے ماسک",
        "parent": "face-masks",
        "description": (
            "Masks finished with hand embroidery, mirror work or patchwork in regional styles."
        ),
        "description_ur": (
            "علاقائی انداز کی ہاتھ کی کڑھائی، شیشے کے کام یا پیوند کاری سے سجے ماسک۔"
        ),
    },
    {
        "slug": "kids-masks",
        "name": "Kids' Masks",
        "name_ur": "بچوں کے ماسک",
        "parent": "face-masks",
        "description": "Smaller, softer masks in bright colours for school-going children.",
        "description_ur": "اسکول جانے والے بچوں کے لیے شوخ رنگوں میں چھوٹے اور نرم ماسک۔",
    },
    {
        "slug": "recycled-goods",
        "name": "Recycled Goods",
        "name_ur": "ری سائیکل اشیاء",
        "parent": None,
        "description": (
            "Useful things made from plastic bags, old newspapers, tyres and cloth scraps."
        ),
        "description_ur": (
            "پلاسٹک کے شاپروں، پرانے اخباروں، ٹائروں اور کپڑے کی کترنوں سے بنی کارآمد چیزیں۔"
        ),
    },
    {
        "slug": "baskets-bags",
        "name": "Baskets & Bags",
        "name_ur": "ٹوکریاں اور تھیلے",
        "parent": "recycled-goods",
        "description": (
            "Baskets, totes and shopping bags woven from recycled plastic and newspaper."
        ),
        "description_ur": "ری سائیکل پلاسٹک اور اخبار سے بُنی ٹوکریاں، تھیلے اور خریداری کے بیگ۔",
    },
    {
        "slug": "paper-bead-jewellery",
        "name": "Paper-Bead Jewellery",
        "name_ur": "کاغذی موتیوں کے زیور",
        "parent": "recycled-goods",
        "description": "Necklaces, earrings and bangles rolled from old newspapers and magazines.",
        "description_ur": "پرانے اخباروں اور رسالوں کو لپیٹ کر بنائے گئے ہار، بالیاں اور چوڑیاں۔",
    },
    {
        "slug": "upcycled-home",
        "name": "Upcycled Home & Garden",
        "name_ur": "گھر اور باغ کی چیزیں",
        "parent": "recycled-goods",
        "description": "Tyre planters, rilli pouches, rugs and other pieces for the home.",
        "description_ur": "ٹائر کے گملے، رلی کے بٹوے، دریاں اور گھر کے لیے دوسری چیزیں۔",
    },
    {
        "slug": "textiles",
        "name": "Textiles & Embroidery",
        "name_ur": "کپڑا اور کڑھائی",
        "parent": None,
        "description": "Hand-embroidered shawls, quilts and home linen in regional traditions.",
        "description_ur": "علاقائی روایات کے مطابق ہاتھ سے کڑھی شالیں، رلیاں اور گھریلو کپڑے۔",
    },
    {
        "slug": "embroidered-shawls",
        "name": "Shawls & Dupattas",
        "name_ur": "شالیں اور دوپٹے",
        "parent": "textiles",
        "description": (
            "Phulkari, kashida and Swati shawls, ajrak, and embroidered or block-printed dupattas."
        ),
        "description_ur": (
            "پھلکاری، کشیدہ کاری اور سواتی شالیں، اجرک، اور کڑھائی یا ٹھپے والے دوپٹے۔"
        ),
    },
    {
        "slug": "cushion-covers",
        "name": "Cushion Covers & Table Linen",
        "name_ur": "کشن کور اور میز پوش",
        "parent": "textiles",
        "description": "Cushion covers, table runners and block-printed fabric for the home.",
        "description_ur": "گھر کے لیے کشن کور، ٹیبل رنر اور ٹھپے کی چھپائی والا کپڑا۔",
    },
    {
        "slug": "rilli-quilts",
        "name": "Rilli Quilts",
        "name_ur": "رلیاں",
        "parent": "textiles",
        "description": "Patchwork and appliqué rilli quilts stitched by hand in Sindh.",
        "description_ur": "سندھ میں ہاتھ سے سلی، ٹکڑوں اور پیوند کاری والی رلیاں۔",
    },
    {
        "slug": "kitchen-garden",
        "name": "Kitchen Garden",
        "name_ur": "گھریلو باغیچہ",
        "parent": None,
        "description": "Vegetables, herbs and desi eggs from courtyards and backyard plots.",
        "description_ur": "گھروں کے صحنوں اور کیاریوں سے سبزیاں، ہرا مصالحہ اور دیسی انڈے۔",
    },
    {
        "slug": "vegetables-herbs",
        "name": "Vegetables & Herbs",
        "name_ur": "سبزیاں اور ہرا مصالحہ",
        "parent": "kitchen-garden",
        "description": (
            "Seasonal vegetables, lemons, mint and coriander, picked the day before delivery."
        ),
        "description_ur": (
            "موسمی سبزیاں، لیموں، پودینہ اور ہرا دھنیا، ترسیل سے ایک دن پہلے توڑے ہوئے۔"
        ),
    },
    {
        "slug": "eggs",
        "name": "Desi Eggs",
        "name_ur": "دیسی انڈے",
        "parent": "kitchen-garden",
        "description": "Eggs from free-range desi hens, collected every morning.",
        "description_ur": "کھلے صحن میں پلی دیسی مرغیوں کے انڈے، جو ہر صبح جمع کیے جاتے ہیں۔",
    },
]

COOPERATIVES = [
    {
        "slug": "noor-kitchen-lahore",
        "name": "Noor Kitchen Cooperative",
        "name_ur": "نور کچن کوآپریٹو",
        "district": "Lahore",
        "city": "Lahore",
        "summary": "Pickles, chutneys and namak pare from a shared kitchen in Shahdara.",
        "summary_ur": "شاہدرہ کے ایک مشترکہ باورچی خانے سے اچار، چٹنیاں اور نمک پارے۔",
        "registration_number": "SWD-LHR-2011-0457",
        "contact_phone": "+923004815273",
        "founded": 2011,
        "specialities": ["pickles-preserves", "snacks"],
        "members": [
            "Nasreen Akhtar",
            "Shazia Bibi",
            "Rukhsana Parveen",
            "Farzana Kausar",
            "Samina Yasmeen",
            "Tahira Naz",
            "Kalsoom Bibi",
        ],
        "leader": {
            "first_name": "Nasreen",
            "last_name": "Akhtar",
            "username": "leader.lahore",
            "email": "leader.lahore@example.org",
        },
        "story_intro": (
            "Noor Kitchen began in 2011 with seven neighbours in Shahdara, one borrowed degchi "
            "and a mango pickle recipe that Nasreen Akhtar's mother had kept for forty years. "
            "Today its pickles, chutneys and snacks reach families all over Lahore."
        ),
        "story_intro_ur": (
            "نور کچن کا آغاز 2011 میں شاہدرہ کی سات پڑوسنوں، ایک ادھار لی ہوئی دیگچی اور آم کے "
            "اچار کی اس ترکیب سے ہوا جو نسرین اختر کی والدہ نے چالیس برس سے سنبھال رکھی تھی۔ آج "
            "اس کے اچار، چٹنیاں اور نمکین پورے لاہور کے گھروں تک پہنچتے ہیں۔"
        ),
        "story": [
            (
                "The first batches were sold to relatives and at the school gate. When a "
                "shopkeeper on the main road asked for twenty jars a week, the women realised "
                "they needed a proper kitchen, clean jars and a fair way of sharing the work and "
                "the money. That year they registered as a cooperative."
            ),
            (
                "Today the group rents a ground-floor kitchen two streets from where most members "
                "live. Mornings are for cutting and drying mangoes, lemons and chillies, and "
                "afternoons for frying namak pare and nimko. Every jar carries a batch number, so "
                "any question from a customer can be traced back to the day it was made."
            ),
            (
                "The income has paid for school fees, a sewing machine for one member's daughter "
                "and, for Shazia, the first bank account in her family. 'My husband used to give "
                "me money for the house,' she says. 'Now sometimes I give him.'"
            ),
        ],
        "story_ur": [
            (
                "پہلی کھیپیں رشتہ داروں کو اور اسکول کے دروازے پر بیچی گئیں۔ جب بڑی سڑک کے ایک "
                "دکاندار نے ہر ہفتے بیس جار مانگے تو خواتین کو احساس ہوا کہ انہیں ایک باقاعدہ "
                "باورچی خانے، صاف جاروں اور کام اور پیسے کی منصفانہ تقسیم کے طریقے کی ضرورت ہے۔ "
                "اسی سال انہوں نے اپنے گروپ کو کوآپریٹو کے طور پر رجسٹر کروایا۔"
            ),
            (
                "آج یہ گروپ نچلی منزل پر ایک باورچی خانہ کرائے پر لیتا ہے جو زیادہ تر اراکین کے "
                "گھروں سے دو گلیاں دور ہے۔ صبح کا وقت آم، لیموں اور مرچیں کاٹنے اور سکھانے کا "
                "ہوتا ہے اور دوپہر کا وقت نمک پارے اور نمکو تلنے کا۔ ہر جار پر بیچ نمبر لکھا ہوتا "
                "ہے، تاکہ اگر کسی گاہک کو کوئی شکایت ہو تو معلوم کیا جا سکے کہ وہ جار کس دن بنا "
                "تھا۔"
            ),
            (
                "اس آمدنی سے بچوں کی اسکول فیسیں ادا ہوئیں، ایک رکن کی بیٹی کے لیے سلائی مشین "
                "آئی، اور شازیہ کے خاندان میں پہلا بینک اکاؤنٹ کھلا۔ وہ کہتی ہیں، “پہلے میرے شوہر "
                "مجھے گھر کے خرچ کے پیسے دیتے تھے، اب کبھی کبھی میں انہیں دیتی ہوں۔”"
            ),
        ],
    },
    {
        "slug": "sitara-recycling-karachi",
        "name": "Sitara Recycling Cooperative",
        "name_ur": "ستارہ ری سائیکلنگ کوآپریٹو",
        "district": "Korangi",
        "city": "Karachi",
        "summary": (
            "Baskets woven from plastic bags and masks stitched from cotton offcuts in Korangi."
        ),
        "summary_ur": "کورنگی میں شاپروں سے بُنی ٹوکریاں اور سوتی کترنوں سے سلے ماسک۔",
        "registration_number": "SWD-KHI-2015-0912",
        "contact_phone": "+923218640517",
        "founded": 2015,
        "specialities": ["recycled-goods", "face-masks"],
        "members": [
            "Zubaida Khatoon",
            "Razia Baloch",
            "Naheed Qureshi",
            "Parveen Shaikh",
            "Shamim Akhtar",
            "Afshan Siddiqui",
            "Rehana Memon",
            "Gulnaz Ansari",
        ],
        "leader": {
            "first_name": "Zubaida",
            "last_name": "Khatoon",
            "username": "leader.karachi",
            "email": "leader.karachi@example.org",
        },
        "story_intro": (
            "Sitara Recycling started in 2015, when Zubaida Khatoon taught her neighbours in "
            "Korangi to crochet baskets from the plastic bags that kept blocking their street "
            "drains. In 2020 the same women began stitching cotton masks, and they have kept both "
            "crafts going ever since."
        ),
        "story_intro_ur": (
            "ستارہ ری سائیکلنگ کا آغاز 2015 میں ہوا، جب زبیدہ خاتون نے کورنگی میں اپنی پڑوسنوں کو "
            "ان شاپروں سے ٹوکریاں بُننا سکھایا جو ان کی گلی کی نالیاں بند کر دیتے تھے۔ 2020 میں "
            "انہی خواتین نے سوتی ماسک سینا شروع کیے، اور تب سے دونوں کام جاری ہیں۔"
        ),
        "story": [
            (
                "Zubaida learned to crochet from her grandmother, and to cut plastic bags into "
                "yarn from a video on her son's phone. The first baskets were lumpy, but they "
                "held ten kilos of onions and they did not tear. Within a year, eight women were "
                "collecting, washing and cutting bags every afternoon."
            ),
            (
                "A large laundry basket uses about three hundred bags. Paper-bead jewellery came "
                "later, rolled from old newspapers from the corner shop, and in 2020 the members "
                "added masks made from cotton offcuts bought by weight from garment factories "
                "nearby."
            ),
            (
                "The cooperative now pays every member each fortnight through a mobile wallet. "
                "Razia used her first savings to put a proper roof on her kitchen, and Naheed is "
                "saving for her daughter's nursing course."
            ),
        ],
        "story_ur": [
            (
                "زبیدہ نے کروشیا اپنی نانی سے سیکھا، اور شاپروں کو کاٹ کر دھاگا بنانا اپنے بیٹے "
                "کے فون پر ایک ویڈیو سے۔ پہلی ٹوکریاں بے ڈھنگی تھیں، مگر ان میں دس کلو پیاز آ "
                "جاتے تھے اور وہ پھٹتی نہیں تھیں۔ ایک سال کے اندر آٹھ خواتین ہر دوپہر شاپر جمع "
                "کرنے، دھونے اور کاٹنے لگیں۔"
            ),
            (
                "کپڑوں کی ایک بڑی ٹوکری میں تقریباً تین سو شاپر لگتے ہیں۔ بعد میں نکڑ کی دکان کے "
                "پرانے اخباروں سے کاغذی موتیوں کے زیور بننے لگے، اور 2020 میں اراکین نے قریبی "
                "گارمنٹ فیکٹریوں سے تول کر خریدی گئی سوتی کترنوں سے ماسک بنانا بھی شروع کر دیے۔"
            ),
            (
                "اب کوآپریٹو ہر پندرہ دن بعد ہر رکن کو موبائل والٹ کے ذریعے ادائیگی کرتا ہے۔ رضیہ "
                "نے اپنی پہلی بچت سے باورچی خانے پر پکی چھت ڈلوائی، اور ناہید اپنی بیٹی کے نرسنگ "
                "کورس کے لیے پیسے جمع کر رہی ہیں۔"
            ),
        ],
    },
    {
        "slug": "hazara-garden-abbottabad",
        "name": "Hazara Garden Cooperative",
        "name_ur": "ہزارہ گارڈن کوآپریٹو",
        "district": "Abbottabad",
        "city": "Abbottabad",
        "summary": (
            "Vegetables, desi eggs, jams and murabbas from village gardens around Abbottabad."
        ),
        "summary_ur": (
            "ایبٹ آباد کے گرد و نواح کے دیہی باغیچوں سے سبزیاں، دیسی انڈے، جام اور مربے۔"
        ),
        "registration_number": "SWD-ABT-2016-0133",
        "contact_phone": "+923459072184",
        "founded": 2016,
        "specialities": ["kitchen-garden", "pickles-preserves"],
        "members": [
            "Saima Jadoon",
            "Rubina Awan",
            "Nighat Abbasi",
            "Ambreen Tanoli",
            "Shagufta Bibi",
            "Haleema Sadia",
            "Mehnaz Qureshi",
        ],
        "leader": {
            "first_name": "Saima",
            "last_name": "Jadoon",
            "username": "leader.abbottabad",
            "email": "leader.abbottabad@example.org",
        },
        "story_intro": (
            "Hazara Garden Cooperative brings together women who grow vegetables and keep hens in "
            "the villages around Abbottabad. What their families cannot eat is sold fresh, or "
            "turned into jams and murabbas before it spoils."
        ),
        "story_intro_ur": (
            "ہزارہ گارڈن کوآپریٹو ایبٹ آباد کے آس پاس کے دیہات کی ان خواتین کو یکجا کرتا ہے جو "
            "سبزیاں اگاتی اور مرغیاں پالتی ہیں۔ جو کچھ گھر میں استعمال نہ ہو سکے وہ تازہ بیچ دیا "
            "جاتا ہے، یا خراب ہونے سے پہلے اس کے جام اور مربے بنا لیے جاتے ہیں۔"
        ),
        "story": [
            (
                "For years, Saima Jadoon watched apricots and plums rot under the trees because "
                "nobody would pay a fair price for them. In 2016 she and six other women pooled "
                "their money for a large cooking pan, a gas cylinder and two hundred glass jars."
            ),
            (
                "Today each member looks after her own plot and her own hens. Twice a week the "
                "produce is brought to one courtyard, where it is sorted, weighed and packed for "
                "Abbottabad and Islamabad, and from June to September the jam pans are never cold."
            ),
            (
                "The money has changed who decides. 'Before, the fruit belonged to the house,' "
                "says Rubina Awan. 'Now the jam is mine, and I decide what the money is for.'"
            ),
        ],
        "story_ur": [
            (
                "برسوں تک صائمہ جدون دیکھتی رہیں کہ خوبانیاں اور آلوچے درختوں کے نیچے گل سڑ جاتے "
                "ہیں، کیونکہ کوئی ان کا مناسب دام نہیں دیتا تھا۔ 2016 میں انہوں نے اور چھ دوسری "
                "خواتین نے مل کر ایک بڑی کڑاہی، گیس کا سلنڈر اور دو سو شیشے کے جار خریدنے کے لیے "
                "پیسے جمع کیے۔"
            ),
            (
                "آج ہر رکن اپنی کیاری اور اپنی مرغیوں کی دیکھ بھال خود کرتی ہے۔ ہفتے میں دو بار "
                "ساری پیداوار ایک صحن میں لائی جاتی ہے، جہاں اسے چھانٹا، تولا اور ایبٹ آباد اور "
                "اسلام آباد بھیجنے کے لیے پیک کیا جاتا ہے، اور جون سے ستمبر تک جام کی کڑاہیاں "
                "چولہے سے نہیں اترتیں۔"
            ),
            (
                "اس آمدنی نے فیصلوں کا اختیار بدل دیا ہے۔ روبینہ اعوان کہتی ہیں، “پہلے پھل گھر کا "
                "ہوتا تھا، اب جام میرا ہے، اور پیسہ کہاں خرچ ہو گا یہ میں طے کرتی ہوں۔”"
            ),
        ],
    },
    {
        "slug": "khanpur-phulkari-haripur",
        "name": "Khanpur Phulkari Cooperative",
        "name_ur": "خانپور پھلکاری کوآپریٹو",
        "district": "Haripur",
        "city": "Haripur",
        "summary": "Hazara phulkari and kitchen-garden produce from villages near Khanpur.",
        "summary_ur": "خانپور کے قریبی دیہات سے ہزارہ کی پھلکاری اور گھریلو کیاریوں کی پیداوار۔",
        "registration_number": "SWD-HRP-2013-0288",
        "contact_phone": "+923335120946",
        "founded": 2013,
        "specialities": ["textiles", "kitchen-garden"],
        "members": [
            "Fouzia Tareen",
            "Shabana Bibi",
            "Nasim Akhtar",
            "Riffat Sultana",
            "Zahida Parveen",
            "Bushra Kayani",
        ],
        "leader": {
            "first_name": "Fouzia",
            "last_name": "Tareen",
            "username": "leader.haripur",
            "email": "leader.haripur@example.org",
        },
        "story_intro": (
            "In the villages around Khanpur, phulkari was once stitched only for a daughter's "
            "dowry. Since 2013 the Khanpur Phulkari Cooperative has turned this old Hazara craft "
            "into a steady income, alongside vegetables and eggs from the members' own courtyards."
        ),
        "story_intro_ur": (
            "خانپور کے آس پاس کے دیہات میں پھلکاری کبھی صرف بیٹیوں کے جہیز کے لیے کاڑھی جاتی تھی۔ "
            "2013 سے خانپور پھلکاری کوآپریٹو نے اس پرانے ہزارہ ہنر کو، اراکین کے اپنے صحنوں کی "
            "سبزیوں اور انڈوں کے ساتھ، ایک مستقل آمدنی میں بدل دیا ہے۔"
        ),
        "story": [
            (
                "Fouzia Tareen learned phulkari from her grandmother, who stitched golden silk "
                "onto hand-woven khaddar without ever drawing a line first. When Fouzia showed a "
                "shawl at a craft fair in Islamabad in 2012, she came home with orders for eleven "
                "more and asked her neighbours to help."
            ),
            (
                "A full phulkari shawl takes about two months, so the members also grow tomatoes, "
                "lemons and okra and keep desi hens. The vegetables pay for the week; the shawls "
                "pay for the bigger things."
            ),
            (
                "Those bigger things have included a solar panel for the shared workroom, so the "
                "women can stitch in good light after dark. The shawls have also paid college "
                "fees for four daughters."
            ),
        ],
        "story_ur": [
            (
                "فوزیہ ترین نے پھلکاری اپنی دادی سے سیکھی، جو ہاتھ سے بُنے کھدر پر سنہری ریشم سے "
                "کڑھائی کرتی تھیں اور پہلے کبھی کوئی لکیر نہیں کھینچتی تھیں۔ 2012 میں جب فوزیہ نے "
                "اسلام آباد کے ایک دستکاری میلے میں ایک شال دکھائی تو وہ گیارہ مزید شالوں کے آرڈر "
                "لے کر لوٹیں اور اپنی پڑوسنوں سے مدد مانگی۔"
            ),
            (
                "ایک پوری پھلکاری شال پر تقریباً دو مہینے لگتے ہیں، اس لیے اراکین ٹماٹر، لیموں "
                "اور بھنڈی بھی اگاتی ہیں اور دیسی مرغیاں بھی پالتی ہیں۔ سبزیوں سے ہفتے کا خرچ "
                "چلتا ہے اور شالوں سے بڑے کام ہوتے ہیں۔"
            ),
            (
                "ان بڑے کاموں میں مشترکہ کمرے کے لیے ایک سولر پینل شامل ہے، تاکہ خواتین اندھیرا "
                "ہونے کے بعد بھی اچھی روشنی میں کڑھائی کر سکیں۔ انہی شالوں کی آمدنی سے چار بیٹیوں "
                "کی کالج کی فیسیں بھی ادا ہوئی ہیں۔"
            ),
        ],
    },
    {
        "slug": "sohni-dastarkhwan-multan",
        "name": "Sohni Dastarkhwan Cooperative",
        "name_ur": "سوہنی دسترخوان کوآپریٹو",
        "district": "Multan",
        "city": "Multan",
        "summary": "Sohan halwa, papad and mango pickle from the city of mangoes.",
        "summary_ur": "آموں کے شہر سے سوہن حلوہ، پاپڑ اور آم کا اچار۔",
        "registration_number": "SWD-MUL-2014-0621",
        "contact_phone": "+923017734290",
        "founded": 2014,
        "specialities": ["snacks", "pickles-preserves"],
        "members": [
            "Kaneez Fatima",
            "Sughran Bibi",
            "Mumtaz Begum",
            "Irshad Bibi",
            "Nusrat Parveen",
            "Sajida Bukhari",
            "Sumaira Hashmi",
            "Rabia Gardezi",
        ],
        "leader": {
            "first_name": "Kaneez",
            "last_name": "Fatima",
            "username": "leader.multan",
            "email": "leader.multan@example.org",
        },
        "story_intro": (
            "Sohni Dastarkhwan is a group of Multan women who cook the food their city is famous "
            "for: sohan halwa, mango pickle and sun-dried papad. They started in 2014 with the "
            "orders from a single wedding."
        ),
        "story_intro_ur": (
            "سوہنی دسترخوان ملتان کی ان خواتین کا گروپ ہے جو وہی چیزیں بناتی ہیں جن کے لیے ان کا "
            "شہر مشہور ہے: سوہن حلوہ، آم کا اچار اور دھوپ میں سکھائے گئے پاپڑ۔ انہوں نے 2014 میں "
            "ایک ہی شادی کے آرڈر سے کام شروع کیا۔"
        ),
        "story": [
            (
                "Kaneez Fatima was asked to make sohan halwa for a cousin's wedding: forty kilos "
                "in four days. She called in every woman on her street who could stir a karahi, "
                "and by the end of the week they had a recipe book, a price list and their next "
                "three orders."
            ),
            (
                "Now the year follows the seasons: raw mangoes for pickle in May, papad drying on "
                "the rooftops in June, and pinni and halwa from October. The cooperative buys "
                "ghee, flour and nuts together, which has lowered costs for everyone."
            ),
            (
                "Several members had never held money of their own before. Last year Sughran Bibi "
                "paid for her own cataract operation, and Mumtaz Begum now trains younger women "
                "in the neighbourhood."
            ),
        ],
        "story_ur": [
            (
                "کنیز فاطمہ سے ایک کزن کی شادی کے لیے سوہن حلوہ بنانے کو کہا گیا: چار دن میں "
                "چالیس کلو۔ انہوں نے اپنی گلی کی ہر اس خاتون کو بلا لیا جو کڑاہی میں کڑچھا چلا "
                "سکتی تھی، اور ہفتے کے آخر تک ان کے پاس ترکیبوں کی کاپی، قیمتوں کی فہرست اور اگلے "
                "تین آرڈر موجود تھے۔"
            ),
            (
                "اب سال موسموں کے ساتھ چلتا ہے: مئی میں اچار کے لیے کچے آم، جون میں چھتوں پر "
                "سوکھتے پاپڑ، اور اکتوبر سے پنیاں اور حلوہ۔ کوآپریٹو گھی، آٹا اور میوہ اکٹھا "
                "خریدتا ہے، جس سے سب کے اخراجات کم ہو گئے ہیں۔"
            ),
            (
                "کئی اراکین کے ہاتھ میں پہلے کبھی اپنا پیسہ نہیں آیا تھا۔ پچھلے سال صغراں بی بی "
                "نے اپنی آنکھ کے موتیے کا آپریشن اپنے پیسوں سے کروایا، اور ممتاز بیگم اب محلے کی "
                "نوجوان خواتین کو تربیت دیتی ہیں۔"
            ),
        ],
    },
    {
        "slug": "rang-rilli-hyderabad",
        "name": "Rang Rilli Cooperative",
        "name_ur": "رنگ رلی کوآپریٹو",
        "district": "Hyderabad",
        "city": "Hyderabad",
        "summary": "Rilli quilts, ajrak and mirror-work masks sewn by hand in Latifabad.",
        "summary_ur": "لطیف آباد میں ہاتھ سے سلی رلیاں، اجرک اور شیشے کے کام والے ماسک۔",
        "registration_number": "SWD-HYD-2012-0374",
        "contact_phone": "+923063618825",
        "founded": 2012,
        "specialities": ["textiles", "face-masks"],
        "members": [
            "Hameeda Khaskheli",
            "Marvi Soomro",
            "Sakina Jamali",
            "Zarina Laghari",
            "Bakhtawar Memon",
            "Naseem Chandio",
            "Saeeda Junejo",
        ],
        "leader": {
            "first_name": "Hameeda",
            "last_name": "Khaskheli",
            "username": "leader.hyderabad",
            "email": "leader.hyderabad@example.org",
        },
        "story_intro": (
            "Rang Rilli Cooperative was started in Latifabad in 2012 by women who had stitched "
            "rillis for their own families all their lives. Today they sell quilts, ajrak and "
            "embroidered masks, and teach the old patterns to young women."
        ),
        "story_intro_ur": (
            "رنگ رلی کوآپریٹو 2012 میں لطیف آباد کی ان خواتین نے شروع کیا جو ساری عمر اپنے "
            "گھرانوں کے لیے رلیاں سیتی آئی تھیں۔ آج وہ رلیاں، اجرک اور کڑھائی والے ماسک بیچتی ہیں "
            "اور نوجوان لڑکیوں کو پرانے نمونے سکھاتی ہیں۔"
        ),
        "story": [
            (
                "A rilli is made from layers of old cloth, joined with thousands of tiny running "
                "stitches and topped with patchwork or cut-work in bold colours. Hameeda "
                "Khaskheli used to sell hers to a middleman for a quarter of what a rilli fetches "
                "now."
            ),
            (
                "The cooperative buys cloth in bulk, keeps a record of every piece and of who "
                "worked on it, and pays each woman for the hours she put in. In 2020 the members "
                "began sewing ajrak and mirror-work masks from offcuts, and these still sell "
                "steadily."
            ),
            (
                "Marvi Soomro, the youngest member, paid for her intermediate exams from her "
                "earnings. She now keeps the cooperative's accounts on a laptop bought from the "
                "shared fund."
            ),
        ],
        "story_ur": [
            (
                "رلی پرانے کپڑے کی تہوں سے بنتی ہے، جنہیں ہزاروں باریک ٹانکوں سے جوڑا جاتا ہے اور "
                "اوپر شوخ رنگوں کے ٹکڑوں یا کٹ ورک سے سجایا جاتا ہے۔ حمیدہ خاصخیلی اپنی رلیاں ایک "
                "بیوپاری کو اس قیمت کے چوتھائی حصے پر بیچا کرتی تھیں جو آج ایک رلی کی ملتی ہے۔"
            ),
            (
                "کوآپریٹو کپڑا تھوک میں خریدتا ہے، ہر ٹکڑے اور اس پر کام کرنے والی ہر خاتون کا "
                "حساب رکھتا ہے، اور ہر ایک کو اس کے لگائے گئے گھنٹوں کے مطابق ادائیگی کرتا ہے۔ "
                "2020 میں اراکین نے بچی ہوئی کترنوں سے اجرک اور شیشے کے کام والے ماسک سینا شروع "
                "کیے، جو اب بھی باقاعدگی سے بکتے ہیں۔"
            ),
            (
                "سب سے کم عمر رکن ماروی سومرو نے اپنی کمائی سے انٹرمیڈیٹ کے امتحانات کی فیس ادا "
                "کی۔ اب وہ مشترکہ فنڈ سے خریدے گئے لیپ ٹاپ پر کوآپریٹو کا حساب کتاب رکھتی ہیں۔"
            ),
        ],
    },
    {
        "slug": "chenab-khaddar-faisalabad",
        "name": "Chenab Khaddar Cooperative",
        "name_ur": "چناب کھدر کوآپریٹو",
        "district": "Faisalabad",
        "city": "Faisalabad",
        "summary": (
            "Khaddar masks, dupattas and block-printed cloth from Faisalabad's weaving colonies."
        ),
        "summary_ur": "فیصل آباد کی پاور لوم بستیوں سے کھدر کے ماسک، دوپٹے اور ٹھپے والا کپڑا۔",
        "registration_number": "SWD-FSD-2018-1045",
        "contact_phone": "+923117409832",
        "founded": 2018,
        "specialities": ["face-masks", "textiles"],
        "members": [
            "Ghazala Rana",
            "Shaheen Akhtar",
            "Nabila Sarwar",
            "Yasmin Cheema",
            "Sadia Ashraf",
            "Humaira Javed",
            "Lubna Tariq",
            "Kiran Shahzad",
        ],
        "leader": {
            "first_name": "Ghazala",
            "last_name": "Rana",
            "username": "leader.faisalabad",
            "email": "leader.faisalabad@example.org",
        },
        "story_intro": (
            "Chenab Khaddar Cooperative was formed in 2018 by women in the weaving colonies of "
            "Faisalabad, where cloth is everywhere but little of its value reaches the women at "
            "home. They turn power-loom offcuts and khaddar into masks, dupattas and "
            "block-printed fabric."
        ),
        "story_intro_ur": (
            "چناب کھدر کوآپریٹو 2018 میں فیصل آباد کی پاور لوم بستیوں کی خواتین نے بنایا، جہاں ہر "
            "طرف کپڑا ہی کپڑا ہے مگر اس کی قیمت کا بہت کم حصہ گھر بیٹھی خواتین تک پہنچتا ہے۔ وہ "
            "پاور لوم کی کترنوں اور کھدر سے ماسک، دوپٹے اور ٹھپے والا کپڑا بناتی ہیں۔"
        ),
        "story": [
            (
                "For twelve years Ghazala Rana stitched piece-work for a garment contractor, paid "
                "a few rupees per collar. In 2018 she and seven neighbours decided to make whole "
                "products instead, and to sell them under their own name."
            ),
            (
                "A retired block-printer from the neighbourhood taught them to print with wooden "
                "blocks and indigo. When masks were suddenly needed in 2020, the group already "
                "had the cloth, the machines and the skills, and it has kept making them since."
            ),
            (
                "Members now earn around three times what piece-work paid, and set their own "
                "hours around children and housework. The cooperative fund has bought two new "
                "sewing machines and a printing table."
            ),
        ],
        "story_ur": [
            (
                "غزالہ رانا بارہ سال تک ایک گارمنٹ ٹھیکیدار کے لیے فی کالر چند روپوں کے عوض سلائی "
                "کرتی رہیں۔ 2018 میں انہوں نے اور سات پڑوسنوں نے فیصلہ کیا کہ اب وہ پوری پوری "
                "چیزیں خود بنائیں گی اور اپنے نام سے بیچیں گی۔"
            ),
            (
                "محلے کے ایک ریٹائرڈ ٹھپہ ساز نے انہیں لکڑی کے ٹھپوں اور نیل سے چھپائی سکھائی۔ "
                "2020 میں جب اچانک ماسکوں کی ضرورت پڑی تو اس گروپ کے پاس کپڑا، مشینیں اور ہنر سب "
                "موجود تھا، اور تب سے وہ ماسک بناتی آ رہی ہیں۔"
            ),
            (
                "اب اراکین ٹھیکے کی سلائی کے مقابلے میں تقریباً تین گنا کماتی ہیں اور بچوں اور "
                "گھر کے کام کاج کے حساب سے اپنے اوقات خود طے کرتی ہیں۔ کوآپریٹو فنڈ سے دو نئی "
                "سلائی مشینیں اور چھپائی کی ایک میز خریدی جا چکی ہے۔"
            ),
        ],
    },
    {
        "slug": "swat-kashida-mingora",
        "name": "Swat Kashida Cooperative",
        "name_ur": "سوات کشیدہ کوآپریٹو",
        "district": "Swat",
        "city": "Mingora",
        "summary": "Swati and kashida shawls and embroidered masks from Mingora.",
        "summary_ur": "مینگورہ سے سواتی اور کشیدہ کاری والی شالیں اور کڑھائی والے ماسک۔",
        "registration_number": "SWD-SWT-2010-0096",
        "contact_phone": "+923419865302",
        "founded": 2010,
        "specialities": ["textiles", "face-masks"],
        "members": [
            "Palwasha Khan",
            "Gul Pari",
            "Zarmina Bibi",
            "Shandana Gul",
            "Mah Jabeen",
            "Bakht Zari",
            "Sumbal Bibi",
            "Nazia Iqbal",
            "Naila Rahim",
        ],
        "leader": {
            "first_name": "Palwasha",
            "last_name": "Khan",
            "username": "leader.swat",
            "email": "leader.swat@example.org",
        },
        "story_intro": (
            "Swat Kashida Cooperative was founded in Mingora in 2010, at a time when many "
            "families in the valley had lost their income and women's embroidery kept homes "
            "going. Its members keep alive the dense geometric stitch that Swat is known for."
        ),
        "story_intro_ur": (
            "سوات کشیدہ کوآپریٹو 2010 میں مینگورہ میں ایسے وقت قائم ہوا جب وادی کے بہت سے گھرانوں "
            "کی آمدنی ختم ہو چکی تھی اور خواتین کی کڑھائی گھروں کا سہارا بنی۔ اس کی اراکین سوات "
            "کی پہچان، گھنی ہندسی کڑھائی، کو زندہ رکھے ہوئے ہیں۔"
        ),
        "story": [
            (
                "Palwasha Khan gathered the first nine women in her own baithak. Most already "
                "knew the Swati stitch from their mothers, worked in magenta and pink silk on "
                "black cotton; what they lacked was a way to reach buyers outside the valley."
            ),
            (
                "Today the cooperative makes shawls, cushion covers and embroidered masks. Each "
                "shawl carries a small label with the name of the woman who stitched it."
            ),
            (
                "For many members this is the first money that is theirs by name. Gul Pari has "
                "paid for her son's training as a motorcycle mechanic, and the group runs a small "
                "embroidery class for girls in the mohalla."
            ),
        ],
        "story_ur": [
            (
                "پلوشہ خان نے پہلی نو خواتین کو اپنی بیٹھک میں جمع کیا۔ ان میں سے زیادہ تر سواتی "
                "ٹانکا اپنی ماؤں سے سیکھ چکی تھیں، جو کالے سوتی کپڑے پر گہرے گلابی اور گلابی ریشم "
                "سے کیا جاتا ہے؛ کمی تھی تو بس وادی سے باہر خریداروں تک پہنچنے کے راستے کی۔"
            ),
            (
                "آج یہ کوآپریٹو شالیں، کشن کور اور کڑھائی والے ماسک بناتا ہے۔ ہر شال پر ایک چھوٹا "
                "سا لیبل لگا ہوتا ہے جس پر اسے کاڑھنے والی خاتون کا نام لکھا ہوتا ہے۔"
            ),
            (
                "بہت سی اراکین کے لیے یہ پہلا پیسہ ہے جو ان کے اپنے نام کا ہے۔ گل پری نے اپنے "
                "بیٹے کی موٹر سائیکل مکینک کی تربیت کا خرچ اٹھایا، اور گروپ محلے کی لڑکیوں کے لیے "
                "کڑھائی کی ایک چھوٹی سی کلاس چلاتا ہے۔"
            ),
        ],
    },
    {
        "slug": "gulbahar-peshawar",
        "name": "Gulbahar Women's Cooperative",
        "name_ur": "گل بہار خواتین کوآپریٹو",
        "district": "Peshawar",
        "city": "Peshawar",
        "summary": "Dried fruit, chikki and paper-bead jewellery from Gulbahar, Peshawar.",
        "summary_ur": "گل بہار، پشاور سے خشک میوہ، چکی اور کاغذی موتیوں کے زیور۔",
        "registration_number": "SWD-PSH-2017-0530",
        "contact_phone": "+923449213876",
        "founded": 2017,
        "specialities": ["snacks", "recycled-goods"],
        "members": [
            "Shaista Afridi",
            "Nazia Khattak",
            "Rahila Bangash",
            "Gul Naz",
            "Farhat Durrani",
            "Saadia Mohmand",
            "Tabassum Bibi",
        ],
        "leader": {
            "first_name": "Shaista",
            "last_name": "Afridi",
            "username": "leader.peshawar",
            "email": "leader.peshawar@example.org",
        },
        "story_intro": (
            "Gulbahar Women's Cooperative began in 2017 in a Peshawar neighbourhood where women "
            "sorted dried fruit for wholesalers at very low rates. Now they sort, roast and pack "
            "it for themselves, and make paper-bead jewellery and woven bags between seasons."
        ),
        "story_intro_ur": (
            "گل بہار خواتین کوآپریٹو 2017 میں پشاور کے ایک ایسے محلے میں شروع ہوا جہاں خواتین بہت "
            "کم اجرت پر تھوک فروشوں کے لیے خشک میوہ چنتی تھیں۔ اب وہ اپنے لیے میوہ چنتی، بھونتی "
            "اور پیک کرتی ہیں، اور موسموں کے بیچ کاغذی موتیوں کے زیور اور بُنے ہوئے بیگ بناتی ہیں۔"
        ),
        "story": [
            (
                "Shaista Afridi worked out that for every hundred rupees the nuts later sold for, "
                "the women who sorted them were paid less than one. She and six others began "
                "buying small amounts directly in the wholesale market and selling mixes to "
                "neighbours and offices."
            ),
            (
                "Winter is the busy season for dried fruit, chikki and til ladoo. In summer, when "
                "demand falls, the members roll paper beads from old magazines and crochet bags "
                "from plastic, so the income does not stop."
            ),
            (
                "Two members have used their savings to open small shops of their own. The "
                "cooperative fund now also pays for a yearly health check-up for every member."
            ),
        ],
        "story_ur": [
            (
                "شائستہ آفریدی نے حساب لگایا کہ جو میوہ بعد میں سو روپے میں بکتا تھا، اسے چننے "
                "والی خواتین کو اس میں سے ایک روپیہ بھی نہیں ملتا تھا۔ انہوں نے اور چھ دوسری "
                "خواتین نے منڈی سے براہِ راست تھوڑا تھوڑا مال خریدنا اور پڑوسیوں اور دفتروں کو "
                "مکس میوہ بیچنا شروع کیا۔"
            ),
            (
                "سردیاں خشک میوے، چکی اور تل کے لڈوؤں کا مصروف موسم ہوتی ہیں۔ گرمیوں میں جب مانگ "
                "کم ہو جاتی ہے تو اراکین پرانے رسالوں سے کاغذی موتی بناتی ہیں اور پلاسٹک سے بیگ "
                "بُنتی ہیں، تاکہ آمدنی رکے نہیں۔"
            ),
            (
                "دو اراکین نے اپنی بچت سے اپنی چھوٹی دکانیں کھول لی ہیں۔ اب کوآپریٹو فنڈ سے ہر "
                "رکن کا سالانہ طبی معائنہ بھی کروایا جاتا ہے۔"
            ),
        ],
    },
    {
        "slug": "rohi-sabz-bahawalpur",
        "name": "Rohi Sabz Cooperative",
        "name_ur": "روہی سبز کوآپریٹو",
        "district": "Bahawalpur",
        "city": "Bahawalpur",
        "summary": "Vegetables, desi eggs and tyre planters from the edge of Cholistan.",
        "summary_ur": "چولستان کے کنارے سے سبزیاں، دیسی انڈے اور ٹائر کے گملے۔",
        "registration_number": "SWD-BWP-2019-0218",
        "contact_phone": "+923326654019",
        "founded": 2019,
        "specialities": ["kitchen-garden", "recycled-goods"],
        "members": [
            "Surraya Abbasi",
            "Naseeban Mai",
            "Allah Rakhi",
            "Ruqayya Bibi",
            "Hajran Bibi",
            "Kulsoom Mai",
            "Sadia Bhatti",
            "Khalida Parveen",
        ],
        "leader": {
            "first_name": "Surraya",
            "last_name": "Abbasi",
            "username": "leader.bahawalpur",
            "email": "leader.bahawalpur@example.org",
        },
        "story_intro": (
            "Rohi Sabz Cooperative brings together women on the edge of the Cholistan desert who "
            "grow vegetables in sandy plots and keep desi hens. Since 2019 they have also made "
            "planters and baskets from old tyres and plastic."
        ),
        "story_intro_ur": (
            "روہی سبز کوآپریٹو چولستان کے صحرا کے کنارے آباد ان خواتین کو یکجا کرتا ہے جو ریتلی "
            "کیاریوں میں سبزیاں اگاتی اور دیسی مرغیاں پالتی ہیں۔ 2019 سے وہ پرانے ٹائروں اور "
            "پلاسٹک سے گملے اور ٹوکریاں بھی بنا رہی ہیں۔"
        ),
        "story": [
            (
                "Water is the hardest part of growing anything here. Surraya Abbasi persuaded the "
                "group to share a single tube-well and lay drip pipes between their plots, which "
                "halved the water they use and let them keep growing through the hot months."
            ),
            (
                "The tyre planters began as a way to grow mint and coriander without losing water "
                "into the sand. First the neighbours asked for them, then shops in Bahawalpur, "
                "and now they are among the cooperative's best sellers."
            ),
            (
                "With a steady income, members no longer have to sell their hens in a bad month. "
                "Naseeban Mai has bought a buffalo, and the group is saving for a small cold "
                "store."
            ),
        ],
        "story_ur": [
            (
                "یہاں کچھ بھی اگانے میں سب سے مشکل کام پانی ہے۔ ثریا عباسی نے گروپ کو ایک ہی ٹیوب "
                "ویل مل کر استعمال کرنے اور اپنی کیاریوں کے درمیان ڈرپ پائپ بچھانے پر آمادہ کیا، "
                "جس سے پانی کا خرچ آدھا رہ گیا اور گرمیوں میں بھی سبزیاں اگانا ممکن ہوا۔"
            ),
            (
                "ٹائر کے گملے اس لیے بنائے گئے تھے کہ پانی ریت میں ضائع کیے بغیر پودینہ اور دھنیا "
                "اگایا جا سکے۔ پہلے پڑوسیوں نے مانگے، پھر بہاولپور کی دکانوں نے، اور اب یہ "
                "کوآپریٹو کی سب سے زیادہ بکنے والی چیزوں میں شامل ہیں۔"
            ),
            (
                "مستقل آمدنی کی وجہ سے اب اراکین کو کسی برے مہینے میں اپنی مرغیاں نہیں بیچنی "
                "پڑتیں۔ نصیباں مائی نے ایک بھینس خریدی ہے، اور گروپ ایک چھوٹے کولڈ اسٹور کے لیے "
                "بچت کر رہا ہے۔"
            ),
        ],
    },
]

PRODUCTS = [
    {
        "upc": "HB-10001",
        "title": "Mango Pickle in Mustard Oil, 500 g",
        "title_ur": "سرسوں کے تیل میں آم کا اچار، 500 گرام",
        "description": (
            "Raw desi mango pieces cured with fennel, nigella and fenugreek seeds in mustard oil. "
            "Made every May and June."
        ),
        "description_ur": (
            "کچے دیسی آم کے ٹکڑے سونف، کلونجی اور میتھی دانے کے ساتھ سرسوں کے تیل میں تیار کیے "
            "گئے۔ ہر سال مئی اور جون میں بنایا جاتا ہے۔"
        ),
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "noor-kitchen-lahore",
        "price": "480.00",
        "stock": 42,
        "colour": "#e67e22",
    },
    {
        "upc": "HB-10002",
        "title": "Mango Pickle, 1 kg Family Jar",
        "title_ur": "آم کا اچار، 1 کلو فیملی جار",
        "description": (
            "The same Noor Kitchen mango pickle in a larger jar, for families who finish one in a "
            "week."
        ),
        "description_ur": (
            "نور کچن کا وہی آم کا اچار بڑے جار میں، ان گھرانوں کے لیے جو ایک ہفتے میں جار ختم کر "
            "دیتے ہیں۔"
        ),
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "noor-kitchen-lahore",
        "price": "890.00",
        "stock": 18,
        "colour": "#d35400",
    },
    {
        "upc": "HB-10003",
        "title": "Lemon Pickle, 400 g",
        "title_ur": "لیموں کا اچار، 400 گرام",
        "description": (
            "Whole desi lemons cured in the sun with salt, turmeric and red chilli until the peel "
            "turns soft. Very good with daal chawal."
        ),
        "description_ur": (
            "ثابت دیسی لیموں نمک، ہلدی اور لال مرچ کے ساتھ دھوپ میں رکھے جاتے ہیں، یہاں تک کہ "
            "چھلکا نرم ہو جائے۔ دال چاول کے ساتھ بہت مزہ دیتا ہے۔"
        ),
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "noor-kitchen-lahore",
        "price": "420.00",
        "stock": 25,
        "colour": "#f1c40f",
    },
    {
        "upc": "HB-10004",
        "title": "Mixed Vegetable Pickle, 500 g",
        "title_ur": "مکس سبزیوں کا اچار، 500 گرام",
        "description": (
            "Carrot, cauliflower and turnip in the Punjabi winter style, sweet and sour with "
            "jaggery and vinegar."
        ),
        "description_ur": (
            "گاجر، گوبھی اور شلجم کا پنجابی سردیوں والا اچار، گڑ اور سرکے سے کھٹ میٹھا۔"
        ),
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "noor-kitchen-lahore",
        "price": "450.00",
        "stock": 30,
        "colour": "#b9770e",
    },
    {
        "upc": "HB-10005",
        "title": "Garlic Pickle, 250 g",
        "title_ur": "لہسن کا اچار، 250 گرام",
        "description": (
            "Peeled garlic cloves in mustard oil with red chilli and vinegar. A small jar with a "
            "strong flavour."
        ),
        "description_ur": (
            "چھلے ہوئے لہسن کے جوے سرسوں کے تیل، لال مرچ اور سرکے میں۔ چھوٹا جار، تیز ذائقہ۔"
        ),
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "noor-kitchen-lahore",
        "price": "380.00",
        "stock": 2,
        "colour": "#d9c9a3",
    },
    {
        "upc": "HB-10006",
        "title": "Stuffed Red Chilli Pickle, 400 g",
        "title_ur": "بھری ہوئی لال مرچ کا اچار، 400 گرام",
        "description": (
            "Fat red chillies filled with mustard seed, fennel and amchur, then left to mature in "
            "oil for three weeks."
        ),
        "description_ur": (
            "موٹی لال مرچیں رائی، سونف اور امچور سے بھر کر تین ہفتے تیل میں رکھی جاتی ہیں تاکہ "
            "ذائقہ پک جائے۔"
        ),
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "noor-kitchen-lahore",
        "price": "460.00",
        "stock": 14,
        "colour": "#c0392b",
    },
    {
        "upc": "HB-10007",
        "title": "Green Chilli Pickle, 250 g",
        "title_ur": "ہری مرچ کا اچار، 250 گرام",
        "description": (
            "Slit green chillies with lemon juice and mustard seed. Hot, sharp and ready to eat."
        ),
        "description_ur": (
            "لیموں کے رس اور رائی کے ساتھ چیری ہوئی ہری مرچیں۔ تیز، چٹپٹا اور فوراً کھانے کے لیے "
            "تیار۔"
        ),
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "noor-kitchen-lahore",
        "price": "320.00",
        "stock": 27,
        "colour": "#27ae60",
    },
    {
        "upc": "HB-10008",
        "title": "Mint Chutney, 250 g",
        "title_ur": "پودینے کی چٹنی، 250 گرام",
        "description": (
            "Fresh mint, coriander and green chilli ground with lemon juice. Keep it in the "
            "fridge and use within ten days."
        ),
        "description_ur": (
            "تازہ پودینہ، ہرا دھنیا اور ہری مرچ لیموں کے رس کے ساتھ پیسی گئی۔ فریج میں رکھیں اور "
            "دس دن کے اندر استعمال کریں۔"
        ),
        "product_type": "pickles-preserves",
        "category": "chutneys-jams",
        "cooperative": "noor-kitchen-lahore",
        "price": "280.00",
        "stock": 0,
        "colour": "#2ecc71",
        # A fresh chutney: kept cold, so sold only in Lahore's zone or market.
        "local_only": True,
    },
    {
        "upc": "HB-10009",
        "title": "Imli Aloo Bukhara Chutney, 300 g",
        "title_ur": "املی آلو بخارے کی چٹنی، 300 گرام",
        "description": (
            "Sweet and sour tamarind and dried plum chutney, the one for samosas and chaat."
        ),
        "description_ur": "املی اور آلو بخارے کی کھٹی میٹھی چٹنی، سموسوں اور چاٹ کے لیے۔",
        "product_type": "pickles-preserves",
        "category": "chutneys-jams",
        "cooperative": "noor-kitchen-lahore",
        "price": "340.00",
        "stock": 22,
        "colour": "#6e2c00",
    },
    {
        "upc": "HB-10010",
        "title": "Carrot Murabba, 500 g",
        "title_ur": "گاجر کا مربہ، 500 گرام",
        "description": "Red winter carrots cooked slowly in sugar syrup with green cardamom.",
        "description_ur": (
            "سردیوں کی لال گاجریں سبز الائچی کے ساتھ چینی کے شیرے میں آہستہ آہستہ پکائی گئیں۔"
        ),
        "product_type": "pickles-preserves",
        "category": "murabbas",
        "cooperative": "noor-kitchen-lahore",
        "price": "520.00",
        "stock": 16,
        "colour": "#e5652e",
    },
    {
        "upc": "HB-10011",
        "title": "Apricot Jam, 400 g",
        "title_ur": "خوبانی کا جام، 400 گرام",
        "description": (
            "Made in July from apricots grown on our members' own trees. No artificial colour or "
            "preservative is added."
        ),
        "description_ur": (
            "جولائی میں ہماری رکن خواتین کے اپنے درختوں کی خوبانیوں سے بنایا گیا۔ کوئی مصنوعی رنگ "
            "یا کیمیکل شامل نہیں۔"
        ),
        "product_type": "pickles-preserves",
        "category": "chutneys-jams",
        "cooperative": "hazara-garden-abbottabad",
        "price": "550.00",
        "stock": 20,
        "colour": "#f39c12",
    },
    {
        "upc": "HB-10012",
        "title": "Plum Jam, 400 g",
        "title_ur": "آلوچے کا جام، 400 گرام",
        "description": (
            "Tart red plums from Abbottabad orchards, cooked in small pans so the fruit keeps its "
            "colour."
        ),
        "description_ur": (
            "ایبٹ آباد کے باغوں کے کھٹے لال آلوچے، چھوٹی کڑاہیوں میں پکائے گئے تاکہ پھل کا رنگ "
            "برقرار رہے۔"
        ),
        "product_type": "pickles-preserves",
        "category": "chutneys-jams",
        "cooperative": "hazara-garden-abbottabad",
        "price": "520.00",
        "stock": 11,
        "colour": "#8e44ad",
    },
    {
        "upc": "HB-10013",
        "title": "Apple Murabba, 500 g",
        "title_ur": "سیب کا مربہ، 500 گرام",
        "description": (
            "Small hill apples cooked whole in syrup with cloves. A winter breakfast favourite."
        ),
        "description_ur": (
            "پہاڑی علاقے کے چھوٹے سیب لونگ کے ساتھ شیرے میں ثابت پکائے گئے۔ سردیوں کے ناشتے کی "
            "پسندیدہ چیز۔"
        ),
        "product_type": "pickles-preserves",
        "category": "murabbas",
        "cooperative": "hazara-garden-abbottabad",
        "price": "540.00",
        "stock": 9,
        "colour": "#d68910",
    },
    {
        "upc": "HB-10014",
        "title": "Amla Murabba, 500 g",
        "title_ur": "آملے کا مربہ، 500 گرام",
        "description": (
            "Amla pricked by hand and soaked before cooking, the way grandmothers make it."
        ),
        "description_ur": (
            "آملے ہاتھ سے گود کر اور بھگو کر پکائے جاتے ہیں، بالکل نانی دادی کے طریقے سے۔"
        ),
        "product_type": "pickles-preserves",
        "category": "murabbas",
        "cooperative": "hazara-garden-abbottabad",
        "price": "560.00",
        "stock": 5,
        "colour": "#a9b93b",
    },
    {
        "upc": "HB-10015",
        "title": "Tomato Chutney, 300 g",
        "title_ur": "ٹماٹر کی چٹنی، 300 گرام",
        "description": (
            "Sweet tomato chutney with garlic, ginger and red chilli flakes, made from the last "
            "tomatoes of summer."
        ),
        "description_ur": (
            "لہسن، ادرک اور کُٹی لال مرچ والی میٹھی ٹماٹر کی چٹنی، گرمیوں کے آخری ٹماٹروں سے بنی۔"
        ),
        "product_type": "pickles-preserves",
        "category": "chutneys-jams",
        "cooperative": "hazara-garden-abbottabad",
        "price": "320.00",
        "stock": 24,
        "colour": "#e74c3c",
    },
    {
        "upc": "HB-10016",
        "title": "Loquat Jam, 400 g",
        "title_ur": "لوکاٹ کا جام، 400 گرام",
        "description": (
            "Hazara loquats, peeled and seeded by hand for a smooth golden jam. Only a few jars "
            "are made each spring."
        ),
        "description_ur": (
            "ہزارہ کے لوکاٹ، ہاتھ سے چھیل کر اور بیج نکال کر بنایا گیا سنہری جام۔ ہر بہار میں صرف "
            "چند جار بنتے ہیں۔"
        ),
        "product_type": "pickles-preserves",
        "category": "chutneys-jams",
        "cooperative": "hazara-garden-abbottabad",
        "price": "530.00",
        "stock": 3,
        "colour": "#f5b041",
    },
    {
        "upc": "HB-10017",
        "title": "Multani Mango Pickle, 1 kg",
        "title_ur": "ملتانی آم کا اچار، 1 کلو",
        "description": (
            "Raw mangoes from Multan's orchards with a generous hand of red chilli and kalonji."
        ),
        "description_ur": "ملتان کے باغوں کے کچے آم، بھرپور لال مرچ اور کلونجی کے ساتھ۔",
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "950.00",
        "stock": 33,
        "colour": "#ca6f1e",
    },
    {
        "upc": "HB-10018",
        "title": "Sweet Mango Chutney, 400 g",
        "title_ur": "آم کی میٹھی چٹنی، 400 گرام",
        "description": (
            "Grated raw mango cooked with sugar, fennel and kalonji until thick and glossy."
        ),
        "description_ur": (
            "کدوکش کیے ہوئے کچے آم چینی، سونف اور کلونجی کے ساتھ گاڑھے اور چمکدار ہونے تک پکائے "
            "گئے۔"
        ),
        "product_type": "pickles-preserves",
        "category": "chutneys-jams",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "450.00",
        "stock": 19,
        "colour": "#f0b027",
    },
    {
        "upc": "HB-10019",
        "title": "Karonda Pickle, 250 g",
        "title_ur": "کروندے کا اچار، 250 گرام",
        "description": (
            "Small sour karonda berries from southern Punjab, pickled with mustard seed and green "
            "chilli."
        ),
        "description_ur": (
            "جنوبی پنجاب کے چھوٹے کھٹے کروندے، رائی اور ہری مرچ کے ساتھ اچار ڈالے گئے۔"
        ),
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "360.00",
        "stock": 8,
        "colour": "#7b1e3a",
    },
    {
        "upc": "HB-10020",
        "title": "Lasoora Pickle, 400 g",
        "title_ur": "لسوڑے کا اچار، 400 گرام",
        "description": (
            "Lasoora picked green in spring and pickled whole, a favourite in Seraiki homes."
        ),
        "description_ur": "بہار میں کچے توڑے گئے لسوڑوں کا ثابت اچار، سرائیکی گھروں کا پسندیدہ۔",
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "400.00",
        "stock": 12,
        "colour": "#9a7d0a",
    },
    {
        "upc": "HB-10021",
        "title": "Mixed Pickle, 500 g",
        "title_ur": "مکس اچار، 500 گرام",
        "description": (
            "Mango, lemon, carrot and green chilli together in one jar, in a spicy Multani masala."
        ),
        "description_ur": "آم، لیموں، گاجر اور ہری مرچ ایک ہی جار میں، تیز ملتانی مصالحے کے ساتھ۔",
        "product_type": "pickles-preserves",
        "category": "pickles",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "470.00",
        "stock": 26,
        "colour": "#b03a2e",
    },
    {
        "upc": "HB-10022",
        "title": "Mango Murabba, 500 g",
        "title_ur": "آم کا مربہ، 500 گرام",
        "description": (
            "Slices of raw mango simmered in syrup with saffron, to last from one mango season to "
            "the next."
        ),
        "description_ur": (
            "کچے آم کی قاشیں زعفران کے ساتھ شیرے میں پکائی گئیں، جو ایک آم کے موسم سے اگلے موسم "
            "تک چلتی ہیں۔"
        ),
        "product_type": "pickles-preserves",
        "category": "murabbas",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "580.00",
        "stock": 10,
        "colour": "#f4a81d",
    },
    {
        "upc": "HB-10023",
        "title": "Namak Pare, 250 g",
        "title_ur": "نمک پارے، 250 گرام",
        "description": (
            "Crisp diamond-shaped namak pare with ajwain, fried in fresh oil every Thursday."
        ),
        "description_ur": "اجوائن والے خستہ نمک پارے، ہر جمعرات کو تازہ تیل میں تلے جاتے ہیں۔",
        "product_type": "snacks",
        "category": "savoury-snacks",
        "cooperative": "noor-kitchen-lahore",
        "price": "220.00",
        "stock": 45,
        "colour": "#e3b96b",
    },
    {
        "upc": "HB-10024",
        "title": "Lahori Nimko Mix, 500 g",
        "title_ur": "لاہوری نمکو مکس، 500 گرام",
        "description": (
            "Sev, fried daal, peanuts and cornflakes with a little chaat masala. Enough for a "
            "family's tea for a week."
        ),
        "description_ur": (
            "سیو، تلی ہوئی دال، مونگ پھلی اور کارن فلیکس، تھوڑے سے چاٹ مصالحے کے ساتھ۔ ایک گھرانے "
            "کی ہفتے بھر کی شام کی چائے کے لیے کافی۔"
        ),
        "product_type": "snacks",
        "category": "savoury-snacks",
        "cooperative": "noor-kitchen-lahore",
        "price": "480.00",
        "stock": 31,
        "colour": "#d4a04c",
    },
    {
        "upc": "HB-10025",
        "title": "Besan Ladoo, 500 g",
        "title_ur": "بیسن کے لڈو، 500 گرام",
        "description": (
            "Gram flour roasted slowly in desi ghee and rolled by hand with cardamom and almonds."
        ),
        "description_ur": (
            "بیسن دیسی گھی میں آہستہ آہستہ بھون کر، الائچی اور بادام کے ساتھ ہاتھ سے بنائے گئے لڈو۔"
        ),
        "product_type": "snacks",
        "category": "sweets",
        "cooperative": "noor-kitchen-lahore",
        "price": "750.00",
        "stock": 0,
        "colour": "#f0b429",
    },
    {
        "upc": "HB-10026",
        "title": "Kalonji Mathri, 250 g",
        "title_ur": "کلونجی والی مٹھری، 250 گرام",
        "description": "Flaky mathri with nigella seeds, best with a cup of doodh patti.",
        "description_ur": "کلونجی والی خستہ مٹھری، دودھ پتی کے ساتھ بہترین۔",
        "product_type": "snacks",
        "category": "savoury-snacks",
        "cooperative": "noor-kitchen-lahore",
        "price": "260.00",
        "stock": 20,
        "colour": "#c9a66b",
    },
    {
        "upc": "HB-10027",
        "title": "Multani Sohan Halwa, 500 g",
        "title_ur": "ملتانی سوہن حلوہ، 500 گرام",
        "description": (
            "Dense, caramelised halwa of sprouted wheat, milk and desi ghee, topped with almonds "
            "and pistachios. Packed in a tin."
        ),
        "description_ur": (
            "گندم کے انکروں، دودھ اور دیسی گھی سے بنا گاڑھا سوہن حلوہ، اوپر بادام اور پستے۔ ٹین "
            "کے ڈبے میں پیک۔"
        ),
        "product_type": "snacks",
        "category": "sweets",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "900.00",
        "stock": 24,
        "colour": "#8b4513",
    },
    {
        "upc": "HB-10028",
        "title": "Sohan Halwa Gift Tin, 1 kg",
        "title_ur": "سوہن حلوہ، 1 کلو تحفے کا ڈبہ",
        "description": (
            "Our Multani sohan halwa in a large tin, the classic gift when visiting family."
        ),
        "description_ur": (
            "ہمارا ملتانی سوہن حلوہ بڑے ڈبے میں، رشتہ داروں کے ہاں جاتے وقت کا روایتی تحفہ۔"
        ),
        "product_type": "snacks",
        "category": "sweets",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "1750.00",
        "stock": 7,
        "colour": "#7a3b10",
    },
    {
        "upc": "HB-10029",
        "title": "Rice Papad, Pack of 20",
        "title_ur": "چاول کے پاپڑ، 20 عدد",
        "description": (
            "Sun-dried rice papad, rolled thin by hand. Fry or roast them at home in a minute."
        ),
        "description_ur": (
            "دھوپ میں سکھائے گئے چاول کے پاپڑ، ہاتھ سے باریک بیلے گئے۔ گھر پر ایک منٹ میں تلیں یا "
            "سینکیں۔"
        ),
        "product_type": "snacks",
        "category": "savoury-snacks",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "300.00",
        "stock": 28,
        "colour": "#f5e6c4",
    },
    {
        "upc": "HB-10030",
        "title": "Black Pepper Daal Papad, Pack of 20",
        "title_ur": "کالی مرچ والے دال کے پاپڑ، 20 عدد",
        "description": (
            "Urad daal papad with crushed black pepper and cumin, dried on rooftops in the Multan "
            "sun."
        ),
        "description_ur": (
            "ماش کی دال کے پاپڑ، کُٹی کالی مرچ اور زیرے کے ساتھ، ملتان کی دھوپ میں چھتوں پر "
            "سکھائے گئے۔"
        ),
        "product_type": "snacks",
        "category": "savoury-snacks",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "320.00",
        "stock": 15,
        "colour": "#e8d19a",
    },
    {
        "upc": "HB-10031",
        "title": "Pinni, 500 g",
        "title_ur": "پنیاں، 500 گرام",
        "description": (
            "Winter pinni of wheat flour, gond, desi ghee and dried fruit. One with tea keeps the "
            "cold away."
        ),
        "description_ur": (
            "گندم کے آٹے، گوند، دیسی گھی اور خشک میوے سے بنی سردیوں کی پنیاں۔ چائے کے ساتھ ایک "
            "پنی سردی بھگا دیتی ہے۔"
        ),
        "product_type": "snacks",
        "category": "sweets",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "850.00",
        "stock": 13,
        "colour": "#a0652d",
    },
    {
        "upc": "HB-10032",
        "title": "Spicy Chana Daal, 400 g",
        "title_ur": "چٹپٹی چنے کی دال، 400 گرام",
        "description": "Crunchy fried chana daal with red chilli, salt and a squeeze of lemon.",
        "description_ur": "لال مرچ، نمک اور لیموں کے رس کے ساتھ کرکری تلی ہوئی چنے کی دال۔",
        "product_type": "snacks",
        "category": "savoury-snacks",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "360.00",
        "stock": 37,
        "colour": "#d9a520",
    },
    {
        "upc": "HB-10033",
        "title": "Gur Peanut Chikki, 250 g",
        "title_ur": "گڑ والی مونگ پھلی کی چکی، 250 گرام",
        "description": "Roasted peanuts set in jaggery and cut into squares. No sugar added.",
        "description_ur": (
            "بھنی ہوئی مونگ پھلی گڑ میں جما کر چوکور ٹکڑوں میں کاٹی گئی۔ چینی شامل نہیں۔"
        ),
        "product_type": "snacks",
        "category": "sweets",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "280.00",
        "stock": 40,
        "colour": "#b7792b",
    },
    {
        "upc": "HB-10034",
        "title": "Almond-Stuffed Dates, 400 g",
        "title_ur": "بادام بھری کھجوریں، 400 گرام",
        "description": (
            "Soft dates from southern Punjab, each one filled by hand with a roasted almond."
        ),
        "description_ur": (
            "جنوبی پنجاب کی نرم کھجوریں، ہر ایک میں ہاتھ سے بھنا ہوا بادام بھرا گیا۔"
        ),
        "product_type": "snacks",
        "category": "dried-fruit-mixes",
        "cooperative": "sohni-dastarkhwan-multan",
        "price": "950.00",
        "stock": 2,
        "colour": "#5d3a1a",
    },
    {
        "upc": "HB-10035",
        "title": "Peshawari Dried Fruit Mix, 250 g",
        "title_ur": "پشاوری خشک میوہ مکس، 250 گرام",
        "description": (
            "Almonds, walnut kernels, green raisins and dried apricots, sorted by hand in Gulbahar."
        ),
        "description_ur": (
            "بادام، اخروٹ کی گری، سبز کشمش اور خشک خوبانیاں، گل بہار میں ہاتھ سے چنی گئیں۔"
        ),
        "product_type": "snacks",
        "category": "dried-fruit-mixes",
        "cooperative": "gulbahar-peshawar",
        "price": "1450.00",
        "stock": 22,
        "colour": "#8d5524",
    },
    {
        "upc": "HB-10036",
        "title": "Dried Fruit Mix, 500 g Family Pack",
        "title_ur": "خشک میوہ مکس، 500 گرام فیملی پیک",
        "description": (
            "The same hand-sorted mix in a resealable family pack for the winter months."
        ),
        "description_ur": (
            "وہی ہاتھ سے چنا ہوا میوہ، سردیوں کے لیے دوبارہ بند ہونے والے فیملی پیک میں۔"
        ),
        "product_type": "snacks",
        "category": "dried-fruit-mixes",
        "cooperative": "gulbahar-peshawar",
        "price": "2750.00",
        "stock": 9,
        "colour": "#7b4a1f",
    },
    {
        "upc": "HB-10037",
        "title": "Dried Apricots, 400 g",
        "title_ur": "خشک خوبانی، 400 گرام",
        "description": "Whole sun-dried apricots from the northern valleys, sweet and chewy.",
        "description_ur": "شمالی وادیوں کی دھوپ میں سکھائی گئی ثابت خوبانیاں، میٹھی اور نرم۔",
        "product_type": "snacks",
        "category": "dried-fruit-mixes",
        "cooperative": "gulbahar-peshawar",
        "price": "950.00",
        "stock": 18,
        "colour": "#e59866",
    },
    {
        "upc": "HB-10038",
        "title": "Roasted Black Chickpeas, 500 g",
        "title_ur": "بھنے ہوئے کالے چنے، 500 گرام",
        "description": "Kala chana roasted in hot sand the old way, then lightly salted.",
        "description_ur": "کالے چنے پرانے طریقے سے گرم ریت میں بھونے گئے، پھر ہلکا نمک لگایا گیا۔",
        "product_type": "snacks",
        "category": "savoury-snacks",
        "cooperative": "gulbahar-peshawar",
        "price": "320.00",
        "stock": 35,
        "colour": "#c8a165",
    },
    {
        "upc": "HB-10039",
        "title": "Walnut Kernels, 250 g",
        "title_ur": "اخروٹ کی گری، 250 گرام",
        "description": (
            "Fresh walnut kernels cracked by hand, light in colour and free of bitterness."
        ),
        "description_ur": "ہاتھ سے توڑی گئی تازہ اخروٹ کی گری، ہلکے رنگ کی اور کڑواہٹ سے پاک۔",
        "product_type": "snacks",
        "category": "dried-fruit-mixes",
        "cooperative": "gulbahar-peshawar",
        "price": "1100.00",
        "stock": 14,
        "colour": "#9c6b3c",
    },
    {
        "upc": "HB-10040",
        "title": "Til Gur Ladoo, 400 g",
        "title_ur": "تل اور گڑ کے لڈو، 400 گرام",
        "description": "Sesame and jaggery ladoo, a Peshawar winter treat.",
        "description_ur": "تل اور گڑ کے لڈو، پشاور کی سردیوں کی سوغات۔",
        "product_type": "snacks",
        "category": "sweets",
        "cooperative": "gulbahar-peshawar",
        "price": "480.00",
        "stock": 26,
        "colour": "#a66a2c",
    },
    {
        "upc": "HB-10041",
        "title": "Dry Fruit Chikki, 250 g",
        "title_ur": "خشک میوے کی چکی، 250 گرام",
        "description": "Almonds, walnuts and peanuts set in jaggery and broken into pieces.",
        "description_ur": "بادام، اخروٹ اور مونگ پھلی گڑ میں جما کر بنائی گئی چکی۔",
        "product_type": "snacks",
        "category": "sweets",
        "cooperative": "gulbahar-peshawar",
        "price": "650.00",
        "stock": 11,
        "colour": "#b9770e",
    },
    {
        "upc": "HB-10042",
        "title": "Peshawari Masala Nimko, 400 g",
        "title_ur": "پشاوری مصالحہ نمکو، 400 گرام",
        "description": (
            "Thick sev, lentils and roasted peanuts with black pepper and dried pomegranate seeds."
        ),
        "description_ur": (
            "موٹی سیو، دالیں اور بھنی ہوئی مونگ پھلی، کالی مرچ اور انار دانے کے ساتھ۔"
        ),
        "product_type": "snacks",
        "category": "savoury-snacks",
        "cooperative": "gulbahar-peshawar",
        "price": "400.00",
        "stock": 29,
        "colour": "#cf8a2e",
    },
    {
        "upc": "HB-10043",
        "title": "Green Raisins, 400 g",
        "title_ur": "سبز کشمش، 400 گرام",
        "description": "Long green raisins, cleaned and dried once more before packing.",
        "description_ur": "لمبی سبز کشمش، پیک کرنے سے پہلے صاف کر کے دوبارہ سکھائی گئی۔",
        "product_type": "snacks",
        "category": "dried-fruit-mixes",
        "cooperative": "gulbahar-peshawar",
        "price": "780.00",
        "stock": 0,
        "colour": "#7d8c2b",
    },
    {
        "upc": "HB-10044",
        "title": "Salted Pistachios, 250 g",
        "title_ur": "نمکین پستے، 250 گرام",
        "description": "Pistachios roasted in their shells with salt and lemon.",
        "description_ur": "چھلکوں سمیت نمک اور لیموں کے ساتھ بھنے ہوئے پستے۔",
        "product_type": "snacks",
        "category": "dried-fruit-mixes",
        "cooperative": "gulbahar-peshawar",
        "price": "1650.00",
        "stock": 6,
        "colour": "#93c572",
    },
    {
        "upc": "HB-10045",
        "title": "Plain Cotton Mask, Three Layers",
        "title_ur": "تین تہوں والا سادہ سوتی ماسک",
        "description": (
            "Three layers of washed cotton with soft ear loops and a nose wire. Can be washed at "
            "60 °C."
        ),
        "description_ur": (
            "دھلے ہوئے سوتی کپڑے کی تین تہیں، نرم ڈوریاں اور ناک پر تار۔ 60 ڈگری پر دھویا جا سکتا "
            "ہے۔"
        ),
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "sitara-recycling-karachi",
        "price": "180.00",
        "stock": 55,
        "colour": "#aab7b8",
    },
    {
        "upc": "HB-10046",
        "title": "Plain Cotton Masks, Pack of 3",
        "title_ur": "سادہ سوتی ماسک، 3 کا پیک",
        "description": "Three plain masks in navy, grey and white for the working week.",
        "description_ur": "کام کے ہفتے کے لیے نیلے، سلیٹی اور سفید رنگ کے تین سادہ ماسک۔",
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "sitara-recycling-karachi",
        "price": "480.00",
        "stock": 48,
        "colour": "#85929e",
    },
    {
        "upc": "HB-10047",
        "title": "Truck Art Printed Mask",
        "title_ur": "ٹرک آرٹ پرنٹ والا ماسک",
        "description": "A bright truck-art print in the colours of Karachi's buses and rickshaws.",
        "description_ur": "کراچی کی بسوں اور رکشوں کے رنگوں میں شوخ ٹرک آرٹ پرنٹ۔",
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "sitara-recycling-karachi",
        "price": "250.00",
        "stock": 33,
        "colour": "#d81b60",
    },
    {
        "upc": "HB-10048",
        "title": "Kids' Cartoon Print Mask",
        "title_ur": "بچوں کا کارٹون پرنٹ ماسک",
        "description": "A smaller two-layer mask for ages 4 to 10, with adjustable ear loops.",
        "description_ur": (
            "4 سے 10 سال کے بچوں کے لیے دو تہوں والا چھوٹا ماسک، جس کی ڈوریاں چھوٹی بڑی کی جا "
            "سکتی ہیں۔"
        ),
        "product_type": "face-masks",
        "category": "kids-masks",
        "cooperative": "sitara-recycling-karachi",
        "price": "160.00",
        "stock": 40,
        "colour": "#3498db",
    },
    {
        "upc": "HB-10049",
        "title": "Kids' Masks, Pack of 3",
        "title_ur": "بچوں کے ماسک، 3 کا پیک",
        "description": (
            "Three kids' masks in different prints, so there is always a clean one for school."
        ),
        "description_ur": (
            "مختلف پرنٹ والے بچوں کے تین ماسک، تاکہ اسکول کے لیے ہمیشہ ایک صاف ماسک موجود ہو۔"
        ),
        "product_type": "face-masks",
        "category": "kids-masks",
        "cooperative": "sitara-recycling-karachi",
        "price": "420.00",
        "stock": 21,
        "colour": "#5dade2",
    },
    {
        "upc": "HB-10050",
        "title": "Cotton Mask with Filter Pocket",
        "title_ur": "فلٹر کی جیب والا سوتی ماسک",
        "description": (
            "A cotton mask with an inner pocket for a replaceable filter. Two filters included."
        ),
        "description_ur": "اندر کی طرف فلٹر کی جیب والا سوتی ماسک۔ ساتھ میں دو فلٹر شامل ہیں۔",
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "sitara-recycling-karachi",
        "price": "260.00",
        "stock": 1,
        "colour": "#34495e",
    },
    {
        "upc": "HB-10051",
        "title": "Ajrak Block-Print Mask",
        "title_ur": "اجرک بلاک پرنٹ ماسک",
        "description": "A deep red and indigo ajrak pattern, printed on cotton by hand.",
        "description_ur": "گہرے سرخ اور نیلے رنگ کا اجرک نمونہ، سوتی کپڑے پر ہاتھ سے چھاپا گیا۔",
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "rang-rilli-hyderabad",
        "price": "240.00",
        "stock": 36,
        "colour": "#8b1e1e",
    },
    {
        "upc": "HB-10052",
        "title": "Sindhi Mirror-Work Mask",
        "title_ur": "سندھی شیشے کے کام والا ماسک",
        "description": "Black cotton mask with tiny mirrors and chain stitch around the edge.",
        "description_ur": "کالے سوتی ماسک کے کنارے کے ساتھ چھوٹے شیشے اور زنجیری ٹانکا۔",
        "product_type": "face-masks",
        "category": "embroidered-masks",
        "cooperative": "rang-rilli-hyderabad",
        "price": "420.00",
        "stock": 17,
        "colour": "#2c2c54",
    },
    {
        "upc": "HB-10053",
        "title": "Rilli Patchwork Mask",
        "title_ur": "رلی پیوند کاری والا ماسک",
        "description": (
            "Made from rilli offcuts, with the small running stitches of a Sindhi quilt."
        ),
        "description_ur": "رلی کی بچی ہوئی کترنوں سے بنا، سندھی رلی جیسے باریک ٹانکوں کے ساتھ۔",
        "product_type": "face-masks",
        "category": "embroidered-masks",
        "cooperative": "rang-rilli-hyderabad",
        "price": "350.00",
        "stock": 12,
        "colour": "#d35400",
    },
    {
        "upc": "HB-10054",
        "title": "Kids' Ajrak Mask",
        "title_ur": "بچوں کا اجرک ماسک",
        "description": "A smaller ajrak mask for children, with soft cotton on both sides.",
        "description_ur": "بچوں کے لیے چھوٹا اجرک ماسک، دونوں طرف نرم سوتی کپڑا۔",
        "product_type": "face-masks",
        "category": "kids-masks",
        "cooperative": "rang-rilli-hyderabad",
        "price": "180.00",
        "stock": 11,
        "colour": "#a93226",
    },
    {
        "upc": "HB-10055",
        "title": "Ajrak Masks, Pack of 3",
        "title_ur": "اجرک ماسک، 3 کا پیک",
        "description": "Three ajrak masks on red, indigo and black grounds.",
        "description_ur": "سرخ، نیلے اور کالے پس منظر والے تین اجرک ماسک۔",
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "rang-rilli-hyderabad",
        "price": "650.00",
        "stock": 19,
        "colour": "#7b241c",
    },
    {
        "upc": "HB-10056",
        "title": "Natural Khaddar Mask",
        "title_ur": "قدرتی رنگ کا کھدر ماسک",
        "description": (
            "A khaddar outer layer with a fine cotton lining; lets the air through in summer."
        ),
        "description_ur": (
            "کھدر کی بیرونی تہہ اور باریک سوتی استر؛ گرمیوں میں ہوا کا گزر اچھا رہتا ہے۔"
        ),
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "200.00",
        "stock": 44,
        "colour": "#c8b89a",
    },
    {
        "upc": "HB-10057",
        "title": "Khaddar Masks, Pack of 3",
        "title_ur": "کھدر ماسک، 3 کا پیک",
        "description": "Three khaddar masks in natural, rust and olive.",
        "description_ur": "قدرتی، زنگی اور زیتونی رنگ کے تین کھدر ماسک۔",
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "540.00",
        "stock": 30,
        "colour": "#a68a64",
    },
    {
        "upc": "HB-10058",
        "title": "Indigo Block-Print Mask",
        "title_ur": "نیل کے ٹھپے والا ماسک",
        "description": "Indigo cotton printed with a small white buti using wooden blocks.",
        "description_ur": "نیلے سوتی کپڑے پر لکڑی کے ٹھپوں سے چھوٹی سفید بوٹی چھاپی گئی۔",
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "230.00",
        "stock": 27,
        "colour": "#2e3a87",
    },
    {
        "upc": "HB-10059",
        "title": "Floral Lawn Mask",
        "title_ur": "پھولدار لان کا ماسک",
        "description": (
            "Light lawn offcuts from Faisalabad mills in floral prints, lined with cotton."
        ),
        "description_ur": (
            "فیصل آباد کی ملوں کی لان کی بچی ہوئی کترنیں، پھولدار پرنٹ میں، سوتی استر کے ساتھ۔"
        ),
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "190.00",
        "stock": 38,
        "colour": "#f1948a",
    },
    {
        "upc": "HB-10060",
        "title": "Kids' Khaddar Mask",
        "title_ur": "بچوں کا کھدر ماسک",
        "description": "A small khaddar mask with a soft cotton lining for children.",
        "description_ur": "بچوں کے لیے نرم سوتی استر والا چھوٹا کھدر ماسک۔",
        "product_type": "face-masks",
        "category": "kids-masks",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "170.00",
        "stock": 3,
        "colour": "#d4ac6e",
    },
    {
        "upc": "HB-10061",
        "title": "Kids' Animal Print Masks, Pack of 3",
        "title_ur": "بچوں کے جانوروں والے پرنٹ کے ماسک، 3 کا پیک",
        "description": "Elephant, parrot and fish prints that children are happy to wear.",
        "description_ur": "ہاتھی، طوطے اور مچھلی والے پرنٹ، جو بچے خوشی سے پہنتے ہیں۔",
        "product_type": "face-masks",
        "category": "kids-masks",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "450.00",
        "stock": 23,
        "colour": "#58d68d",
    },
    {
        "upc": "HB-10062",
        "title": "Cotton Mask with Head Ties",
        "title_ur": "سر پر باندھنے والا سوتی ماسک",
        "description": (
            "Ties behind the head instead of the ears; comfortable for long shifts and with a "
            "hijab."
        ),
        "description_ur": (
            "کانوں کے بجائے سر کے پیچھے باندھا جاتا ہے؛ لمبی ڈیوٹی اور حجاب کے ساتھ آرام دہ۔"
        ),
        "product_type": "face-masks",
        "category": "cloth-masks",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "210.00",
        "stock": 16,
        "colour": "#7f8c8d",
    },
    {
        "upc": "HB-10063",
        "title": "Swati Embroidered Mask, Black",
        "title_ur": "سواتی کڑھائی والا ماسک، کالا",
        "description": "Black cotton mask with geometric Swati embroidery in magenta silk thread.",
        "description_ur": (
            "کالے سوتی ماسک پر گہرے گلابی ریشمی دھاگے سے ہندسی نمونوں والی سواتی کڑھائی۔"
        ),
        "product_type": "face-masks",
        "category": "embroidered-masks",
        "cooperative": "swat-kashida-mingora",
        "price": "450.00",
        "stock": 14,
        "colour": "#8e1459",
    },
    {
        "upc": "HB-10064",
        "title": "Swati Embroidered Mask, White",
        "title_ur": "سواتی کڑھائی والا ماسک، سفید",
        "description": "Off-white cotton with the same Swati pattern in deep red.",
        "description_ur": "ہلکے سفید سوتی کپڑے پر گہرے سرخ رنگ میں وہی سواتی نمونہ۔",
        "product_type": "face-masks",
        "category": "embroidered-masks",
        "cooperative": "swat-kashida-mingora",
        "price": "450.00",
        "stock": 9,
        "colour": "#e8dcd0",
    },
    {
        "upc": "HB-10065",
        "title": "Embroidered Masks, Gift Pack of 3",
        "title_ur": "کڑھائی والے ماسک، 3 کا تحفہ پیک",
        "description": "Three Swati masks in black, white and maroon, packed in a cloth pouch.",
        "description_ur": "کالے، سفید اور عنابی رنگ کے تین سواتی ماسک، کپڑے کی تھیلی میں پیک۔",
        "product_type": "face-masks",
        "category": "embroidered-masks",
        "cooperative": "swat-kashida-mingora",
        "price": "1200.00",
        "stock": 5,
        "colour": "#a0185a",
    },
    {
        "upc": "HB-10066",
        "title": "Kids' Embroidered Flower Mask",
        "title_ur": "بچوں کا کڑھائی والے پھول کا ماسک",
        "description": (
            "A small mask with a single embroidered flower, for children who want one like their "
            "mother's."
        ),
        "description_ur": (
            "کڑھائی کے ایک پھول والا چھوٹا ماسک، ان بچوں کے لیے جو اپنی امی جیسا ماسک چاہتے ہیں۔"
        ),
        "product_type": "face-masks",
        "category": "kids-masks",
        "cooperative": "swat-kashida-mingora",
        "price": "300.00",
        "stock": 4,
        "colour": "#e6739f",
    },
    {
        "upc": "HB-10067",
        "title": "Woven Plastic Market Basket",
        "title_ur": "پلاسٹک سے بُنی سودا سلف کی ٹوکری",
        "description": (
            "A sturdy market basket crocheted from about 80 used shopping bags. Holds 10 kg of "
            "vegetables."
        ),
        "description_ur": (
            "تقریباً 80 استعمال شدہ شاپروں سے کروشیے کے ذریعے بُنی مضبوط ٹوکری۔ اس میں 10 کلو "
            "سبزی آسانی سے آ جاتی ہے۔"
        ),
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "sitara-recycling-karachi",
        "price": "1200.00",
        "stock": 18,
        "colour": "#16a085",
    },
    {
        "upc": "HB-10068",
        "title": "Recycled Plastic Tote Bag",
        "title_ur": "ری سائیکل پلاسٹک کا ٹوٹ بیگ",
        "description": "A light, washable tote woven from cut plastic strips, with cloth handles.",
        "description_ur": (
            "کٹی ہوئی پلاسٹک کی پٹیوں سے بُنا ہلکا اور دھلنے والا ٹوٹ بیگ، کپڑے کے دستوں کے ساتھ۔"
        ),
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "sitara-recycling-karachi",
        "price": "850.00",
        "stock": 26,
        "colour": "#1abc9c",
    },
    {
        "upc": "HB-10069",
        "title": "Round Storage Basket, Medium",
        "title_ur": "گول ٹوکری، درمیانی",
        "description": "A coiled basket in multicoloured plastic for bread, fruit or toys.",
        "description_ur": (
            "روٹی، پھلوں یا کھلونوں کے لیے رنگ برنگے پلاسٹک سے لپیٹ کر بنائی گئی ٹوکری۔"
        ),
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "sitara-recycling-karachi",
        "price": "950.00",
        "stock": 12,
        "colour": "#e67e22",
    },
    {
        "upc": "HB-10070",
        "title": "Laundry Basket with Lid",
        "title_ur": "ڈھکن والی کپڑوں کی ٹوکری",
        "description": (
            "A tall laundry basket with a fitted lid, woven from about 300 plastic bags."
        ),
        "description_ur": (
            "میلے کپڑوں کے لیے ڈھکن والی اونچی ٹوکری، تقریباً 300 شاپروں سے بُنی گئی۔"
        ),
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "sitara-recycling-karachi",
        "price": "2400.00",
        "stock": 4,
        "colour": "#2980b9",
    },
    {
        "upc": "HB-10071",
        "title": "Newspaper Bead Necklace, Multicolour",
        "title_ur": "اخباری موتیوں کا ہار، رنگ برنگا",
        "description": (
            "A long necklace of rolled newspaper beads, varnished so that it lasts for years."
        ),
        "description_ur": (
            "اخبار لپیٹ کر بنائے گئے موتیوں کا لمبا ہار، جس پر وارنش کی گئی ہے تاکہ برسوں چلے۔"
        ),
        "product_type": "recycled-goods",
        "category": "paper-bead-jewellery",
        "cooperative": "sitara-recycling-karachi",
        "price": "550.00",
        "stock": 20,
        "colour": "#e74c3c",
    },
    {
        "upc": "HB-10072",
        "title": "Newspaper Bead Earrings",
        "title_ur": "اخباری موتیوں کی بالیاں",
        "description": "Light drop earrings of paper beads on steel hooks.",
        "description_ur": "اسٹیل کے ہکوں پر کاغذی موتیوں کی ہلکی لٹکن والی بالیاں۔",
        "product_type": "recycled-goods",
        "category": "paper-bead-jewellery",
        "cooperative": "sitara-recycling-karachi",
        "price": "350.00",
        "stock": 34,
        "colour": "#f39c12",
    },
    {
        "upc": "HB-10073",
        "title": "Paper Bead Bangles, Set of 6",
        "title_ur": "کاغذی موتیوں کی چوڑیاں، 6 کا سیٹ",
        "description": "Six bangles of tiny paper beads in matching colours.",
        "description_ur": "ایک جیسے رنگوں کے باریک کاغذی موتیوں کی چھ چوڑیاں۔",
        "product_type": "recycled-goods",
        "category": "paper-bead-jewellery",
        "cooperative": "sitara-recycling-karachi",
        "price": "480.00",
        "stock": 15,
        "colour": "#8e44ad",
    },
    {
        "upc": "HB-10074",
        "title": "Rilli Patchwork Pouch",
        "title_ur": "رلی پیوند کاری کا بٹوا",
        "description": "A zipped pouch made from tailors' offcuts in the rilli patchwork pattern.",
        "description_ur": "درزیوں کی بچی ہوئی کترنوں سے رلی کے نمونے پر بنا زپ والا بٹوا۔",
        "product_type": "recycled-goods",
        "category": "upcycled-home",
        "cooperative": "sitara-recycling-karachi",
        "price": "400.00",
        "stock": 28,
        "colour": "#cb4335",
    },
    {
        "upc": "HB-10075",
        "title": "Juice Carton Pencil Case",
        "title_ur": "جوس کے ڈبوں سے بنا پنسل کیس",
        "description": "A pencil case made from washed juice cartons, stitched with a strong zip.",
        "description_ur": "دھلے ہوئے جوس کے ڈبوں سے بنا پنسل کیس، مضبوط زپ کے ساتھ۔",
        "product_type": "recycled-goods",
        "category": "upcycled-home",
        "cooperative": "sitara-recycling-karachi",
        "price": "300.00",
        "stock": 0,
        "colour": "#f7dc6f",
    },
    {
        "upc": "HB-10076",
        "title": "Paper Bead Necklace, Earth Tones",
        "title_ur": "کاغذی موتیوں کا ہار، مٹیالے رنگ",
        "description": (
            "Beads rolled from old magazines in browns and ochres, strung with a wooden clasp."
        ),
        "description_ur": (
            "پرانے رسالوں سے لپیٹے گئے بھورے اور گیروے رنگ کے موتی، لکڑی کے ہک کے ساتھ پروئے گئے۔"
        ),
        "product_type": "recycled-goods",
        "category": "paper-bead-jewellery",
        "cooperative": "gulbahar-peshawar",
        "price": "600.00",
        "stock": 13,
        "colour": "#8d6e63",
    },
    {
        "upc": "HB-10077",
        "title": "Paper Bead Keyrings, Set of 4",
        "title_ur": "کاغذی موتیوں کے چابی کے چھلے، 4 کا سیٹ",
        "description": "Four keyrings with bright paper beads, a small gift that travels well.",
        "description_ur": (
            "شوخ کاغذی موتیوں والے چار چھلے، ایک چھوٹا سا تحفہ جو آسانی سے کہیں بھی بھیجا جا سکتا "
            "ہے۔"
        ),
        "product_type": "recycled-goods",
        "category": "paper-bead-jewellery",
        "cooperative": "gulbahar-peshawar",
        "price": "300.00",
        "stock": 2,
        "colour": "#f5b041",
    },
    {
        "upc": "HB-10078",
        "title": "Cloth-Scrap Rag Rug, 2 x 3 ft",
        "title_ur": "کترنوں کی دری، 2 × 3 فٹ",
        "description": "A braided rug made from cotton scraps. Machine washable.",
        "description_ur": "سوتی کترنوں کو گوندھ کر بنائی گئی دری۔ مشین میں دھل سکتی ہے۔",
        "product_type": "recycled-goods",
        "category": "upcycled-home",
        "cooperative": "gulbahar-peshawar",
        "price": "1500.00",
        "stock": 7,
        "colour": "#b03a2e",
    },
    {
        "upc": "HB-10079",
        "title": "Woven Plastic Roti Basket",
        "title_ur": "پلاسٹک سے بُنی روٹی کی ٹوکری",
        "description": "A small round basket with a cloth lining to keep rotis warm at the table.",
        "description_ur": "دسترخوان پر روٹیاں گرم رکھنے کے لیے کپڑے کے استر والی چھوٹی گول ٹوکری۔",
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "gulbahar-peshawar",
        "price": "650.00",
        "stock": 22,
        "colour": "#27ae60",
    },
    {
        "upc": "HB-10080",
        "title": "Recycled Plastic Sling Bag",
        "title_ur": "ری سائیکل پلاسٹک کا کندھے والا بیگ",
        "description": "A small crocheted sling bag for phone and keys, with a long strap.",
        "description_ur": "فون اور چابیوں کے لیے کروشیے سے بُنا چھوٹا بیگ، لمبے پٹے کے ساتھ۔",
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "gulbahar-peshawar",
        "price": "750.00",
        "stock": 17,
        "colour": "#6c3483",
    },
    {
        "upc": "HB-10081",
        "title": "Tyre Rubber Planter, Large",
        "title_ur": "ٹائر کا گملا، بڑا",
        "description": (
            "A used car tyre, cut, turned inside out and painted to make a large planter."
        ),
        "description_ur": "پرانے کار کے ٹائر کو کاٹ کر، الٹا کر اور رنگ کر بنایا گیا بڑا گملا۔",
        "product_type": "recycled-goods",
        "category": "upcycled-home",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "1400.00",
        "stock": 10,
        "colour": "#2c3e50",
    },
    {
        "upc": "HB-10082",
        "title": "Tyre Rubber Planter, Small",
        "title_ur": "ٹائر کا گملا، چھوٹا",
        "description": (
            "A motorcycle-tyre planter for mint and coriander on a balcony or window ledge."
        ),
        "description_ur": (
            "بالکونی یا کھڑکی پر پودینے اور دھنیے کے لیے موٹر سائیکل کے ٹائر سے بنا گملا۔"
        ),
        "product_type": "recycled-goods",
        "category": "upcycled-home",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "700.00",
        "stock": 19,
        "colour": "#566573",
    },
    {
        "upc": "HB-10083",
        "title": "Hanging Tyre Planter",
        "title_ur": "لٹکنے والا ٹائر کا گملا",
        "description": "A painted tyre planter on a rope, for verandas and courtyards.",
        "description_ur": "برآمدوں اور صحنوں کے لیے رسی سے لٹکنے والا رنگا ہوا ٹائر کا گملا۔",
        "product_type": "recycled-goods",
        "category": "upcycled-home",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "900.00",
        "stock": 8,
        "colour": "#a04000",
    },
    {
        "upc": "HB-10084",
        "title": "Tyre Rubber Doormat",
        "title_ur": "ٹائر کی ربڑ کا پائیدان",
        "description": "A heavy doormat of woven tyre strips that will not slip or fray.",
        "description_ur": "ٹائر کی پٹیوں سے بُنا بھاری پائیدان، جو نہ پھسلتا ہے نہ ادھڑتا ہے۔",
        "product_type": "recycled-goods",
        "category": "upcycled-home",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "1100.00",
        "stock": 6,
        "colour": "#212f3d",
    },
    {
        "upc": "HB-10085",
        "title": "Woven Plastic Vegetable Basket, Large",
        "title_ur": "پلاسٹک سے بُنی سبزی کی بڑی ٹوکری",
        "description": (
            "A wide, flat-bottomed basket for carrying vegetables from the field to the kitchen."
        ),
        "description_ur": (
            "کھیت سے باورچی خانے تک سبزی لانے کے لیے چوڑی اور چپٹے پیندے والی ٹوکری۔"
        ),
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "1350.00",
        "stock": 11,
        "colour": "#229954",
    },
    {
        "upc": "HB-10086",
        "title": "Cholistani-Style Lidded Basket",
        "title_ur": "چولستانی انداز کی ڈھکن والی ٹوکری",
        "description": (
            "Red and yellow basket in the pattern of Cholistani palm-leaf work, woven from "
            "recycled plastic."
        ),
        "description_ur": (
            "چولستان کے کھجور کے پتوں کے کام والے نمونے پر ری سائیکل پلاسٹک سے بُنی سرخ اور پیلی "
            "ٹوکری۔"
        ),
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "1600.00",
        "stock": 5,
        "colour": "#c0392b",
    },
    {
        "upc": "HB-10087",
        "title": "Rolled Newspaper Fruit Bowl",
        "title_ur": "اخبار سے بنا پھلوں کا پیالہ",
        "description": "A fruit bowl coiled from rolled newspaper tubes and sealed with varnish.",
        "description_ur": (
            "اخبار کی لپٹی ہوئی نلکیوں سے بنا پھلوں کا پیالہ، جس پر وارنش کی گئی ہے۔"
        ),
        "product_type": "recycled-goods",
        "category": "baskets-bags",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "750.00",
        "stock": 14,
        "colour": "#b7950b",
    },
    {
        "upc": "HB-10088",
        "title": "Rilli Scrap Coasters, Set of 6",
        "title_ur": "رلی کی کترنوں کے کوسٹر، 6 کا سیٹ",
        "description": "Quilted coasters made from the offcuts of rilli quilts.",
        "description_ur": "رلیوں کی بچی ہوئی کترنوں سے بنے تہہ دار کوسٹر۔",
        "product_type": "recycled-goods",
        "category": "upcycled-home",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "450.00",
        "stock": 30,
        "colour": "#e74c3c",
    },
    {
        "upc": "HB-10089",
        "title": "Hazara Phulkari Shawl, Red",
        "title_ur": "ہزارہ پھلکاری شال، سرخ",
        "description": (
            "A khaddar shawl covered in phulkari in golden-yellow silk, about two months of work."
        ),
        "description_ur": (
            "کھدر کی شال جس پر سنہری پیلے ریشم سے پھلکاری کا کام کیا گیا ہے؛ تقریباً دو مہینے کی "
            "محنت۔"
        ),
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "12500.00",
        "stock": 3,
        "colour": "#b22222",
    },
    {
        "upc": "HB-10090",
        "title": "Phulkari Dupatta, Orange",
        "title_ur": "پھلکاری دوپٹہ، نارنجی",
        "description": "A lighter cotton dupatta with phulkari borders and scattered butis.",
        "description_ur": "ہلکا سوتی دوپٹہ، پھلکاری کے کناروں اور بکھری ہوئی بوٹیوں کے ساتھ۔",
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "6500.00",
        "stock": 8,
        "colour": "#e67e22",
    },
    {
        "upc": "HB-10091",
        "title": "Phulkari Cushion Cover, 16 inch",
        "title_ur": "پھلکاری کشن کور، 16 انچ",
        "description": (
            "A square of phulkari on khaddar with a zip closure. Cushion filler not included."
        ),
        "description_ur": "کھدر پر پھلکاری کا چوکور کام، زپ کے ساتھ۔ اندر کا کشن شامل نہیں۔",
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "1800.00",
        "stock": 21,
        "colour": "#c0392b",
    },
    {
        "upc": "HB-10092",
        "title": "Phulkari Table Runner",
        "title_ur": "پھلکاری ٹیبل رنر",
        "description": (
            "A six-foot runner with a band of phulkari at each end, for the dining table."
        ),
        "description_ur": (
            "چھ فٹ لمبا رنر، دونوں سروں پر پھلکاری کی پٹی کے ساتھ، کھانے کی میز کے لیے۔"
        ),
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "3200.00",
        "stock": 6,
        "colour": "#d4ac0d",
    },
    {
        "upc": "HB-10093",
        "title": "Phulkari Stole, Maroon",
        "title_ur": "پھلکاری اسٹول، عنابی",
        "description": "A narrow stole with phulkari motifs, easy to wear over a kurta.",
        "description_ur": (
            "پھلکاری کے نقوش والا پتلا اسٹول، جو کرتے کے ساتھ آسانی سے اوڑھا جا سکتا ہے۔"
        ),
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "4500.00",
        "stock": 11,
        "colour": "#800020",
    },
    {
        "upc": "HB-10094",
        "title": "Rilli Quilt, Double Bed",
        "title_ur": "رلی، ڈبل بیڈ",
        "description": (
            "A hand-stitched patchwork rilli in red, black and white, about 90 x 100 inches. "
            "Three women work on one for a month."
        ),
        "description_ur": (
            "سرخ، کالے اور سفید رنگ کی ہاتھ سے سلی پیوند کاری والی رلی، تقریباً 90 × 100 انچ۔ ایک "
            "رلی پر تین خواتین ایک مہینہ کام کرتی ہیں۔"
        ),
        "product_type": "textiles",
        "category": "rilli-quilts",
        "cooperative": "rang-rilli-hyderabad",
        "price": "18500.00",
        "stock": 4,
        "colour": "#a52a2a",
    },
    {
        "upc": "HB-10095",
        "title": "Rilli Quilt, Single Bed",
        "title_ur": "رلی، سنگل بیڈ",
        "description": (
            "A single-bed rilli in the traditional appliqué pattern, soft enough for a child's bed."
        ),
        "description_ur": (
            "روایتی کٹ ورک نمونے میں سنگل بیڈ کی رلی، اتنی نرم کہ بچے کے بستر پر بچھائی جا سکے۔"
        ),
        "product_type": "textiles",
        "category": "rilli-quilts",
        "cooperative": "rang-rilli-hyderabad",
        "price": "12000.00",
        "stock": 7,
        "colour": "#a93226",
    },
    {
        "upc": "HB-10096",
        "title": "Rilli Baby Quilt",
        "title_ur": "بچوں کی رلی",
        "description": "A small rilli for a cradle, in pink, yellow and green patches.",
        "description_ur": "جھولے کے لیے چھوٹی رلی، گلابی، پیلے اور سبز ٹکڑوں سے بنی۔",
        "product_type": "textiles",
        "category": "rilli-quilts",
        "cooperative": "rang-rilli-hyderabad",
        "price": "6500.00",
        "stock": 0,
        "colour": "#e59866",
    },
    {
        "upc": "HB-10097",
        "title": "Rilli Cushion Cover, 18 inch",
        "title_ur": "رلی کشن کور، 18 انچ",
        "description": "A rilli square for a floor or sofa cushion, 18 x 18 inches.",
        "description_ur": "فرشی یا صوفے کے کشن کے لیے رلی کا چوکور غلاف، 18 × 18 انچ۔",
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "rang-rilli-hyderabad",
        "price": "1500.00",
        "stock": 25,
        "colour": "#922b21",
    },
    {
        "upc": "HB-10098",
        "title": "Sindhi Mirror-Work Cushion Cover",
        "title_ur": "سندھی شیشے کے کام والا کشن کور",
        "description": "Deep blue cotton with mirrors and chain stitch in the style of Thar.",
        "description_ur": "گہرے نیلے سوتی کپڑے پر تھر کے انداز میں شیشے اور زنجیری ٹانکا۔",
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "rang-rilli-hyderabad",
        "price": "2200.00",
        "stock": 14,
        "colour": "#1f618d",
    },
    {
        "upc": "HB-10099",
        "title": "Hand Block-Printed Ajrak",
        "title_ur": "ہاتھ سے چھپی اجرک",
        "description": (
            "A full-size ajrak printed with wooden blocks and natural dyes in crimson and indigo."
        ),
        "description_ur": (
            "لکڑی کے ٹھپوں اور قدرتی رنگوں سے قرمزی اور نیلے رنگ میں چھپی پوری اجرک۔"
        ),
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "rang-rilli-hyderabad",
        "price": "3500.00",
        "stock": 18,
        "colour": "#7b241c",
    },
    {
        "upc": "HB-10100",
        "title": "Indigo Block-Printed Fabric, 2.5 m",
        "title_ur": "نیل کے ٹھپے والا کپڑا، 2.5 میٹر",
        "description": (
            "Cotton cambric printed with wooden blocks in indigo and white; enough for a kurta."
        ),
        "description_ur": (
            "لکڑی کے ٹھپوں سے نیلے اور سفید رنگ میں چھپا سوتی کیمبرک؛ ایک کرتے کے لیے کافی۔"
        ),
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "2200.00",
        "stock": 20,
        "colour": "#283593",
    },
    {
        "upc": "HB-10101",
        "title": "Block-Printed Khaddar, 3 m",
        "title_ur": "ٹھپے والا کھدر، 3 میٹر",
        "description": (
            "Warm khaddar with a rust and black block print, for a winter shalwar kameez."
        ),
        "description_ur": "زنگی اور کالے ٹھپے والا گرم کھدر، سردیوں کے شلوار قمیض کے لیے۔",
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "2800.00",
        "stock": 13,
        "colour": "#935116",
    },
    {
        "upc": "HB-10102",
        "title": "Block-Printed Dupatta, Indigo",
        "title_ur": "ٹھپے والا دوپٹہ، نیلا",
        "description": "A soft mal-mal dupatta with an indigo border and small butis.",
        "description_ur": "نیلے کنارے اور چھوٹی بوٹیوں والا نرم ململ کا دوپٹہ۔",
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "1800.00",
        "stock": 29,
        "colour": "#1a237e",
    },
    {
        "upc": "HB-10103",
        "title": "Block-Printed Table Runner",
        "title_ur": "ٹھپے والا ٹیبل رنر",
        "description": "A green and cream runner printed on heavy cotton, six feet long.",
        "description_ur": "موٹے سوتی کپڑے پر چھپا سبز اور کریم رنگ کا رنر، چھ فٹ لمبا۔",
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "2500.00",
        "stock": 9,
        "colour": "#117864",
    },
    {
        "upc": "HB-10104",
        "title": "Block-Printed Cushion Covers, Set of 2",
        "title_ur": "ٹھپے والے کشن کور، 2 کا سیٹ",
        "description": "Two mustard and indigo covers, 16 x 16 inches, with hidden zips.",
        "description_ur": (
            "سرسوں جیسے پیلے اور نیلے رنگ کے دو غلاف، 16 × 16 انچ، چھپی ہوئی زپ کے ساتھ۔"
        ),
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "chenab-khaddar-faisalabad",
        "price": "2400.00",
        "stock": 16,
        "colour": "#b9770e",
    },
    {
        "upc": "HB-10105",
        "title": "Swati Embroidered Shawl, Black",
        "title_ur": "سواتی کڑھائی والی شال، کالی",
        "description": (
            "A black wool shawl with the dense geometric embroidery of Swat in magenta and pink "
            "silk."
        ),
        "description_ur": (
            "کالی اونی شال، جس پر گہرے گلابی اور گلابی ریشم سے سوات کی گھنی ہندسی کڑھائی کی گئی ہے۔"
        ),
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "swat-kashida-mingora",
        "price": "9500.00",
        "stock": 6,
        "colour": "#4a0e2e",
    },
    {
        "upc": "HB-10106",
        "title": "Swati Shawl, Cream Wool",
        "title_ur": "سواتی شال، کریم رنگ کی اون",
        "description": "A cream wool shawl with a wide Swati border in deep red.",
        "description_ur": "کریم رنگ کی اونی شال، گہرے سرخ رنگ کے چوڑے سواتی کنارے کے ساتھ۔",
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "swat-kashida-mingora",
        "price": "8500.00",
        "stock": 5,
        "colour": "#f5e6c8",
    },
    {
        "upc": "HB-10107",
        "title": "Kashida Shawl, Maroon",
        "title_ur": "کشیدہ کاری والی شال، عنابی",
        "description": "Fine kashida vines and flowers in white thread on maroon wool.",
        "description_ur": "عنابی اون پر سفید دھاگے سے کشیدہ کاری کی باریک بیلیں اور پھول۔",
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "swat-kashida-mingora",
        "price": "7500.00",
        "stock": 2,
        "colour": "#6e1423",
    },
    {
        "upc": "HB-10108",
        "title": "Kashida Dupatta, White",
        "title_ur": "کشیدہ کاری والا دوپٹہ، سفید",
        "description": "A white cotton dupatta with white-on-white kashida along all four sides.",
        "description_ur": "سفید سوتی دوپٹہ، جس کے چاروں طرف سفید دھاگے سے کشیدہ کاری کی گئی ہے۔",
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "swat-kashida-mingora",
        "price": "4200.00",
        "stock": 10,
        "colour": "#ecf0f1",
    },
    {
        "upc": "HB-10109",
        "title": "Swati Embroidered Cushion Cover",
        "title_ur": "سواتی کڑھائی والا کشن کور",
        "description": "A black cotton cover with a central Swati medallion, 16 x 16 inches.",
        "description_ur": "کالے سوتی غلاف کے بیچ میں سواتی کڑھائی کا گول نقش، 16 × 16 انچ۔",
        "product_type": "textiles",
        "category": "cushion-covers",
        "cooperative": "swat-kashida-mingora",
        "price": "2000.00",
        "stock": 12,
        "colour": "#a0185a",
    },
    {
        "upc": "HB-10110",
        "title": "Men's Swati Chadar, Grey Wool",
        "title_ur": "مردانہ سواتی چادر، سلیٹی اون",
        "description": (
            "A plain grey wool chadar with a narrow Swati border, for the men of the family."
        ),
        "description_ur": "سلیٹی اون کی سادہ چادر، پتلے سواتی کنارے کے ساتھ، گھر کے مردوں کے لیے۔",
        "product_type": "textiles",
        "category": "embroidered-shawls",
        "cooperative": "swat-kashida-mingora",
        "price": "8000.00",
        "stock": 7,
        "colour": "#5d6d7e",
    },
    {
        "upc": "HB-10111",
        "title": "Desi Eggs, Dozen",
        "title_ur": "دیسی انڈے، ایک درجن",
        "description": (
            "Brown eggs from free-range desi hens, collected on the morning of delivery."
        ),
        "description_ur": (
            "کھلے صحن میں پلی دیسی مرغیوں کے بھورے انڈے، ترسیل والے دن صبح جمع کیے گئے۔"
        ),
        "product_type": "kitchen-garden",
        "category": "eggs",
        "cooperative": "hazara-garden-abbottabad",
        "price": "660.00",
        "stock": 30,
        "colour": "#d7b899",
    },
    {
        "upc": "HB-10112",
        "title": "Desi Eggs, Half Dozen",
        "title_ur": "دیسی انڈے، آدھا درجن",
        "description": "Half a dozen of the same desi eggs, for smaller households.",
        "description_ur": "وہی دیسی انڈے، چھوٹے گھرانوں کے لیے آدھا درجن۔",
        "product_type": "kitchen-garden",
        "category": "eggs",
        "cooperative": "hazara-garden-abbottabad",
        "price": "340.00",
        "stock": 25,
        "colour": "#e0c9a6",
    },
    {
        "upc": "HB-10113",
        "title": "Fresh Mint, Bunch",
        "title_ur": "تازہ پودینہ، ایک گٹھی",
        "description": (
            "A large bunch of mint cut the same morning, enough for raita and a chutney."
        ),
        "description_ur": "اسی صبح کاٹی گئی پودینے کی بڑی گٹھی، رائتے اور چٹنی کے لیے کافی۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "hazara-garden-abbottabad",
        "price": "50.00",
        "stock": 40,
        "colour": "#27ae60",
    },
    {
        "upc": "HB-10114",
        "title": "Fresh Coriander, Bunch",
        "title_ur": "تازہ ہرا دھنیا، ایک گٹھی",
        "description": "Tender coriander with its roots on, so it stays fresh for longer.",
        "description_ur": "جڑوں سمیت نرم ہرا دھنیا، تاکہ زیادہ دن تازہ رہے۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "hazara-garden-abbottabad",
        "price": "40.00",
        "stock": 42,
        "colour": "#229954",
    },
    {
        "upc": "HB-10115",
        "title": "Spinach, 1 kg",
        "title_ur": "پالک، 1 کلو",
        "description": (
            "Winter spinach grown without chemical sprays; the leaves are small and sweet."
        ),
        "description_ur": (
            "بغیر کیمیائی اسپرے کے اگائی گئی سردیوں کی پالک؛ پتے چھوٹے اور میٹھے ہیں۔"
        ),
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "hazara-garden-abbottabad",
        "price": "140.00",
        "stock": 20,
        "colour": "#1e8449",
    },
    {
        "upc": "HB-10116",
        "title": "Sarson Greens, 1 kg",
        "title_ur": "سرسوں کا ساگ، 1 کلو",
        "description": "Young mustard leaves for saag, picked only in the cold months.",
        "description_ur": (
            "ساگ کے لیے سرسوں کے نرم پتے، جو صرف سردیوں کے مہینوں میں توڑے جاتے ہیں۔"
        ),
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "hazara-garden-abbottabad",
        "price": "150.00",
        "stock": 0,
        "colour": "#52be80",
    },
    {
        "upc": "HB-10117",
        "title": "Mixed Vegetable Box, 3 kg",
        "title_ur": "سبزیوں کا مکس ڈبہ، 3 کلو",
        "description": (
            "Whatever the garden gives that week: usually tomatoes, potatoes, peas or beans, "
            "greens and herbs."
        ),
        "description_ur": (
            "اس ہفتے کیاری سے جو بھی نکلے: عام طور پر ٹماٹر، آلو، مٹر یا پھلیاں، ساگ اور ہرا "
            "مصالحہ۔"
        ),
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "hazara-garden-abbottabad",
        "price": "650.00",
        "stock": 12,
        "colour": "#7dcea0",
    },
    {
        "upc": "HB-10118",
        "title": "Green Peas in the Pod, 1 kg",
        "title_ur": "پھلی والے ہرے مٹر، 1 کلو",
        "description": "Sweet peas picked young and tender; shelling them is half the fun.",
        "description_ur": "نرم اور کچے توڑے گئے میٹھے مٹر؛ انہیں چھیلنے کا اپنا ہی مزہ ہے۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "hazara-garden-abbottabad",
        "price": "220.00",
        "stock": 15,
        "colour": "#58d68d",
    },
    {
        "upc": "HB-10119",
        "title": "Desi Tomatoes, 1 kg",
        "title_ur": "دیسی ٹماٹر، 1 کلو",
        "description": "Small, deep-red tomatoes ripened on the plant, with real tomato flavour.",
        "description_ur": "پودے پر پکے ہوئے چھوٹے گہرے سرخ ٹماٹر، اصل ٹماٹر کے ذائقے والے۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "200.00",
        "stock": 28,
        "colour": "#e74c3c",
    },
    {
        "upc": "HB-10120",
        "title": "Desi Lemons, 500 g",
        "title_ur": "دیسی لیموں، 500 گرام",
        "description": "Thin-skinned, juicy desi lemons from courtyard trees.",
        "description_ur": "صحن کے درختوں کے پتلے چھلکے والے رسیلے دیسی لیموں۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "180.00",
        "stock": 22,
        "colour": "#f4d03f",
    },
    {
        "upc": "HB-10121",
        "title": "Okra (Bhindi), 500 g",
        "title_ur": "بھنڈی، 500 گرام",
        "description": "Tender bhindi picked small, before it turns stringy.",
        "description_ur": "نرم بھنڈی، ریشہ دار ہونے سے پہلے چھوٹی حالت میں توڑی گئی۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "150.00",
        "stock": 18,
        "colour": "#6aa84f",
    },
    {
        "upc": "HB-10122",
        "title": "Green Chillies, 250 g",
        "title_ur": "ہری مرچیں، 250 گرام",
        "description": "Medium-hot green chillies for the daily handi.",
        "description_ur": "روزانہ کی ہانڈی کے لیے درمیانی تیز ہری مرچیں۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "80.00",
        "stock": 35,
        "colour": "#28b463",
    },
    {
        "upc": "HB-10123",
        "title": "Desi Eggs, Tray of 30",
        "title_ur": "دیسی انڈے، 30 کی ٹرے",
        "description": "A full tray of desi eggs for large families or for baking.",
        "description_ur": "بڑے گھرانوں یا بیکنگ کے لیے دیسی انڈوں کی پوری ٹرے۔",
        "product_type": "kitchen-garden",
        "category": "eggs",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "1600.00",
        "stock": 1,
        "colour": "#c9a27e",
    },
    {
        "upc": "HB-10124",
        "title": "Lauki (Bottle Gourd), 1 piece",
        "title_ur": "لوکی، ایک عدد",
        "description": "A young, tender lauki of about one kilogram, good for daal or halwa.",
        "description_ur": "تقریباً ایک کلو کی نرم اور کچی لوکی، دال یا حلوے کے لیے بہترین۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "khanpur-phulkari-haripur",
        "price": "90.00",
        "stock": 16,
        "colour": "#a3c585",
    },
    {
        "upc": "HB-10125",
        "title": "Brown Desi Eggs, Two Dozen",
        "title_ur": "بھورے دیسی انڈے، دو درجن",
        "description": "Two dozen eggs from hens that scratch about the courtyard all day.",
        "description_ur": "ان مرغیوں کے دو درجن انڈے جو سارا دن صحن میں دانہ چگتی پھرتی ہیں۔",
        "product_type": "kitchen-garden",
        "category": "eggs",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "1250.00",
        "stock": 8,
        "colour": "#b08968",
    },
    {
        "upc": "HB-10126",
        "title": "Cooking Tomatoes, 2 kg",
        "title_ur": "پکانے والے ٹماٹر، 2 کلو",
        "description": "Ripe, soft tomatoes in a two-kilo bag for masala and curries.",
        "description_ur": "مصالحے اور سالن کے لیے پکے ہوئے نرم ٹماٹر، دو کلو کے تھیلے میں۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "360.00",
        "stock": 24,
        "colour": "#cb4335",
    },
    {
        "upc": "HB-10127",
        "title": "Spinach and Methi Bunches",
        "title_ur": "پالک اور میتھی کی گٹھیاں",
        "description": (
            "One bunch each of spinach and fenugreek, for aloo palak or methi parathas."
        ),
        "description_ur": "پالک اور میتھی کی ایک ایک گٹھی، آلو پالک یا میتھی کے پراٹھوں کے لیے۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "160.00",
        "stock": 14,
        "colour": "#239b56",
    },
    {
        "upc": "HB-10128",
        "title": "Red Onions, 2 kg",
        "title_ur": "لال پیاز، 2 کلو",
        "description": (
            "Red onions grown in sandy soil and cured in the sun so they keep for weeks."
        ),
        "description_ur": (
            "ریتلی زمین میں اگائے گئے لال پیاز، دھوپ میں سکھائے گئے تاکہ ہفتوں چلیں۔"
        ),
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "260.00",
        "stock": 40,
        "colour": "#943126",
    },
    {
        "upc": "HB-10129",
        "title": "Kagzi Lemons, 1 kg",
        "title_ur": "کاغذی لیموں، 1 کلو",
        "description": "Kagzi lemons with paper-thin skins, the juiciest kind for sikanjabeen.",
        "description_ur": "کاغذ جیسے پتلے چھلکے والے کاغذی لیموں، سکنجبین کے لیے سب سے رسیلے۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "320.00",
        "stock": 3,
        "colour": "#f7dc6f",
    },
    {
        "upc": "HB-10130",
        "title": "Karela (Bitter Gourd), 500 g",
        "title_ur": "کریلے، 500 گرام",
        "description": "Small, dark karelas for stuffing or frying with onions.",
        "description_ur": "بھرنے یا پیاز کے ساتھ بھوننے کے لیے چھوٹے گہرے سبز کریلے۔",
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "140.00",
        "stock": 13,
        "colour": "#1d8348",
    },
    {
        "upc": "HB-10131",
        "title": "Chutney Herb Pack",
        "title_ur": "چٹنی کے لیے ہرا مصالحہ",
        "description": (
            "A bunch of mint, a bunch of coriander and four green chillies: everything for a "
            "chutney."
        ),
        "description_ur": (
            "پودینے کی ایک گٹھی، دھنیے کی ایک گٹھی اور چار ہری مرچیں: چٹنی کا سارا سامان۔"
        ),
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "80.00",
        "stock": 33,
        "colour": "#2ecc71",
    },
    {
        "upc": "HB-10132",
        "title": "Tinda (Round Gourd), 1 kg",
        "title_ur": "ٹینڈے، 1 کلو",
        "description": (
            "Small round tinday from our sandy plots, tender enough to cook with the skin on."
        ),
        "description_ur": (
            "ہماری ریتلی کیاریوں کے چھوٹے گول ٹینڈے، اتنے نرم کہ چھلکے سمیت پکائے جا سکیں۔"
        ),
        "product_type": "kitchen-garden",
        "category": "vegetables-herbs",
        "cooperative": "rohi-sabz-bahawalpur",
        "price": "200.00",
        "stock": 17,
        "colour": "#abebc6",
    },
]

PAGES = {
    "home": {
        "title": "Hunar Bazaar",
        "title_ur": "ہنر بازار",
        "hero_title": "Made at home, by the women who own the shop",
        "hero_title_ur": "گھر میں بنا، ان خواتین کے ہاتھوں جو اس دکان کی مالک ہیں",
        "hero_text": (
            "Hunar Bazaar is owned by its member cooperatives of women home-based workers from "
            "across Pakistan. Every pickle, shawl and basket here was made by a woman we know by "
            "name, and most of what you pay goes straight back to her. Order online for home "
            "delivery, or meet the makers at our Sunday market."
        ),
        "hero_text_ur": (
            "ہنر بازار کی مالک پاکستان بھر میں گھر بیٹھ کر کام کرنے والی خواتین کے رکن کوآپریٹو "
            "ہیں۔ یہاں کا ہر اچار، ہر شال اور ہر ٹوکری کسی ایسی خاتون نے بنائی ہے جسے ہم نام سے "
            "جانتے ہیں، اور آپ کی ادا کی گئی رقم کا بڑا حصہ سیدھا اسی کو جاتا ہے۔ گھر پر ترسیل کے "
            "لیے آن لائن آرڈر کریں، یا ہمارے اتوار بازار میں بنانے والی خواتین سے خود ملیں۔"
        ),
        # Counted from the shop when the page is shown (content.figures).
        "figures": ["cooperatives", "makers", "products", "districts"],
    },
    "about": {
        "title": "About Hunar Bazaar",
        "title_ur": "ہنر بازار کا تعارف",
        "intro": (
            "Hunar Bazaar is a marketplace owned and run by cooperatives of women who work from "
            "home. We sell what they make, and we are open about where the money goes."
        ),
        "intro_ur": (
            "ہنر بازار ایک ایسا بازار ہے جس کی ملکیت اور انتظام گھر بیٹھ کر کام کرنے والی خواتین "
            "کے کوآپریٹو کے پاس ہے۔ ہم ان کا بنایا ہوا سامان بیچتے ہیں اور صاف صاف بتاتے ہیں کہ "
            "پیسہ کہاں جاتا ہے۔"
        ),
        "sections": [
            (
                "Who we are",
                "ہم کون ہیں",
                (
                    "Across Pakistan, a great many women work from home: stitching, cooking, "
                    "embroidering and sorting, often for contractors who pay a few rupees a "
                    "piece. Hunar Bazaar was set up by ten of their cooperatives, from Mingora to "
                    "Karachi, so that the women can sell under their own names, set their own "
                    "prices and keep most of the money. Every member cooperative has a seat on "
                    "the network's board."
                ),
                (
                    "پاکستان بھر میں بہت بڑی تعداد میں خواتین گھر بیٹھ کر کام کرتی ہیں: سلائی، "
                    "کھانا پکانا، کڑھائی اور چھانٹی، اکثر ایسے ٹھیکیداروں کے لیے جو فی نگ چند "
                    "روپے دیتے ہیں۔ ہنر بازار کو مینگورہ سے کراچی تک ان کے دس کوآپریٹو نے قائم "
                    "کیا، تاکہ خواتین اپنے نام سے بیچ سکیں، اپنی قیمتیں خود طے کر سکیں اور آمدنی "
                    "کا بڑا حصہ اپنے پاس رکھ سکیں۔ ہر رکن کوآپریٹو کی نیٹ ورک کے بورڈ میں ایک "
                    "نشست ہے۔"
                ),
            ),
            (
                "How every rupee is shared",
                "ہر روپیہ کیسے تقسیم ہوتا ہے",
                (
                    "Of every rupee you pay for a product, 75 paisa go to the women who made it, "
                    "15 paisa to their cooperative's shared fund and 10 paisa to the network for "
                    "packing, delivery, payments and this website. The cooperative fund pays for "
                    "tools, raw materials bought in bulk, training and emergencies, and each "
                    "cooperative's members decide together how to spend it. Delivery charges are "
                    "shown separately and never come out of the makers' share."
                ),
                (
                    "آپ کسی چیز کے لیے جو بھی روپیہ ادا کرتے ہیں، اس میں سے 75 پیسے اسے بنانے "
                    "والی خواتین کو، 15 پیسے ان کے کوآپریٹو کے مشترکہ فنڈ کو، اور 10 پیسے پیکنگ، "
                    "ترسیل، ادائیگیوں اور اس ویب سائٹ کے لیے نیٹ ورک کو جاتے ہیں۔ کوآپریٹو فنڈ سے "
                    "اوزار، تھوک میں خریدا گیا خام مال، تربیت اور ہنگامی اخراجات پورے کیے جاتے "
                    "ہیں، اور اسے کیسے خرچ کرنا ہے یہ ہر کوآپریٹو کی اراکین مل کر طے کرتی ہیں۔ "
                    "ترسیل کے اخراجات الگ دکھائے جاتے ہیں اور کبھی بنانے والی خواتین کے حصے سے "
                    "نہیں کاٹے جاتے۔"
                ),
            ),
            (
                "Becoming a member cooperative",
                "رکن کوآپریٹو کیسے بنیں",
                (
                    "Any registered group of at least six women home-based workers can apply to "
                    "join. We visit the group, agree together on products, quality and hygiene, "
                    "and help with photographs and pricing before the first products go online. "
                    "Write to us, or speak to the coordinator at the Sunday market."
                ),
                (
                    "گھر بیٹھ کر کام کرنے والی کم از کم چھ خواتین کا کوئی بھی رجسٹرڈ گروپ شمولیت "
                    "کی درخواست دے سکتا ہے۔ ہم گروپ سے ملنے آتے ہیں، مصنوعات، معیار اور صفائی کے "
                    "اصول مل کر طے کرتے ہیں، اور پہلی مصنوعات آن لائن آنے سے پہلے تصویروں اور "
                    "قیمتوں میں مدد کرتے ہیں۔ ہمیں لکھیں، یا اتوار بازار میں ہمارے رابطہ کار سے "
                    "بات کریں۔"
                ),
            ),
        ],
    },
    "faq": {
        "title": "Frequently Asked Questions",
        "title_ur": "اکثر پوچھے جانے والے سوالات",
        "intro": (
            "Answers to the questions we hear most often. If yours is not here, write to us or "
            "ask at the Sunday market."
        ),
        "intro_ur": (
            "ان سوالوں کے جواب جو ہم سے سب سے زیادہ پوچھے جاتے ہیں۔ اگر آپ کا سوال یہاں نہیں ہے "
            "تو ہمیں لکھیں یا اتوار بازار میں پوچھ لیں۔"
        ),
        "questions": [
            (
                "How can I pay?",
                "ادائیگی کے کیا طریقے ہیں؟",
                (
                    "In cash when your order reaches you: to the rider at your door, or at the "
                    "stall when you collect it at a Sunday market. Where card payment is offered "
                    "you can also pay by debit or credit card; the payment step of checkout shows "
                    "the ways open to your order."
                ),
                (
                    "آرڈر ملنے پر نقد: گھر پر رائیڈر کو، یا اتوار بازار میں آرڈر لیتے وقت "
                    "اسٹال پر۔ جہاں کارڈ سے ادائیگی کی سہولت ہو وہاں آپ ڈیبٹ یا کریڈٹ کارڈ سے "
                    "بھی ادائیگی کر سکتے ہیں؛ چیک آؤٹ میں ادائیگی کے مرحلے پر وہ طریقے نظر آتے "
                    "ہیں جو آپ کے آرڈر کے لیے دستیاب ہیں۔"
                ),
            ),
            (
                "When will my order arrive?",
                "میرا آرڈر کب پہنچے گا؟",
                (
                    "In the time slot you choose at checkout, in the areas we deliver to; or you "
                    "collect it at a Sunday market. The delivery page lists the areas, their fees "
                    "and the markets. We do not send orders by courier to other cities yet. Fresh "
                    "vegetables, herbs and eggs go only to their cooperative's own delivery zone "
                    "or market."
                ),
                (
                    "جن علاقوں میں ہم ترسیل کرتے ہیں وہاں چیک آؤٹ میں آپ کے چنے ہوئے وقت پر؛ یا آپ "
                    "اسے اتوار بازار سے لے سکتے ہیں۔ ترسیل کے صفحے پر علاقے، ان کی فیس اور بازار "
                    "درج ہیں۔ ابھی ہم دوسرے شہروں میں کوریئر سے آرڈر نہیں بھیجتے۔ تازہ سبزیاں، جڑی "
                    "بوٹیاں اور انڈے صرف اپنے کوآپریٹو کے ترسیلی زون یا بازار تک جاتے ہیں۔"
                ),
            ),
            (
                "How fresh is the food, and how long does it keep?",
                "کھانے کی چیزیں کتنی تازہ ہوتی ہیں اور کب تک چلتی ہیں؟",
                (
                    "Everything is made in small batches, and every pack shows the date it was "
                    "made and a best-before date. Pickles and murabbas keep for up to a year if "
                    "you use a dry spoon; fresh chutneys must be kept in the fridge and eaten "
                    "within ten days; snacks and sweets are best within a month."
                ),
                (
                    "ہر چیز تھوڑی مقدار میں بنائی جاتی ہے، اور ہر پیک پر بنانے کی تاریخ اور "
                    "استعمال کی آخری تاریخ درج ہوتی ہے۔ اگر خشک چمچ استعمال کیا جائے تو اچار اور "
                    "مربے ایک سال تک چلتے ہیں؛ تازہ چٹنیاں فریج میں رکھیں اور دس دن کے اندر کھا "
                    "لیں؛ نمکین اور مٹھائیاں ایک مہینے کے اندر سب سے اچھی لگتی ہیں۔"
                ),
            ),
            (
                "Do your products contain nuts or other allergens?",
                "کیا آپ کی مصنوعات میں میوے یا الرجی پیدا کرنے والی دوسری چیزیں ہوتی ہیں؟",
                (
                    "Many of our sweets and snacks contain nuts, peanuts, sesame, wheat or milk, "
                    "and all our food is made in home kitchens where these are also used. Each "
                    "product page lists the main ingredients; if you have a serious allergy, "
                    "please ask us before you order."
                ),
                (
                    "ہماری بہت سی مٹھائیوں اور نمکین چیزوں میں میوے، مونگ پھلی، تل، گندم یا دودھ "
                    "شامل ہوتا ہے، اور ہمارا سارا کھانا ایسے گھریلو باورچی خانوں میں بنتا ہے جہاں "
                    "یہ چیزیں بھی استعمال ہوتی ہیں۔ ہر پروڈکٹ کے صفحے پر اہم اجزاء درج ہیں؛ اگر "
                    "آپ کو شدید الرجی ہے تو آرڈر سے پہلے ہم سے ضرور پوچھ لیں۔"
                ),
            ),
            (
                "Can I place a custom or bulk order?",
                "کیا اپنی پسند کے مطابق یا بڑی تعداد میں آرڈر دیا جا سکتا ہے؟",
                (
                    "Yes. Our cooperatives take orders for weddings, offices and gifts: sohan "
                    "halwa by the kilo, masks in your colours, shawls stitched to order. Write to "
                    "us with what you need and by when; embroidered pieces can take two months or "
                    "more."
                ),
                (
                    "جی ہاں۔ ہمارے کوآپریٹو شادیوں، دفتروں اور تحفوں کے لیے آرڈر لیتے ہیں: کلو کے "
                    "حساب سے سوہن حلوہ، آپ کے پسندیدہ رنگوں میں ماسک، آرڈر پر کاڑھی گئی شالیں۔ "
                    "ہمیں لکھیں کہ آپ کو کیا اور کب تک چاہیے؛ کڑھائی والی چیزوں میں دو مہینے یا "
                    "اس سے زیادہ لگ سکتے ہیں۔"
                ),
            ),
            (
                "How are the makers paid?",
                "بنانے والی خواتین کو ادائیگی کیسے ہوتی ہے؟",
                (
                    "When an order is delivered, 75% of the product price is credited to the "
                    "women who made it and 15% to their cooperative's fund; the network keeps 10% "
                    "to run the shop. Cooperatives pay their members every two weeks, by bank "
                    "transfer or mobile wallet."
                ),
                (
                    "آرڈر پہنچنے پر پروڈکٹ کی قیمت کا 75 فیصد اسے بنانے والی خواتین کے حساب میں "
                    "اور 15 فیصد ان کے کوآپریٹو کے فنڈ میں جاتا ہے؛ دکان چلانے کے لیے نیٹ ورک 10 "
                    "فیصد رکھتا ہے۔ کوآپریٹو اپنی اراکین کو ہر دو ہفتے بعد بینک ٹرانسفر یا موبائل "
                    "والٹ کے ذریعے ادائیگی کرتے ہیں۔"
                ),
            ),
            (
                "Can I return something?",
                "کیا کوئی چیز واپس کی جا سکتی ہے؟",
                (
                    "Damaged or spoiled items are replaced or refunded if you send us a photo "
                    "within 48 hours. Unused textiles and crafts can be returned within 7 days; "
                    "opened food cannot be returned unless it was spoiled."
                ),
                (
                    "اگر آپ 48 گھنٹوں کے اندر تصویر بھیج دیں تو ٹوٹی یا خراب چیز بدل دی جاتی ہے "
                    "یا رقم واپس کر دی جاتی ہے۔ غیر استعمال شدہ کپڑے اور دستکاری 7 دن کے اندر "
                    "واپس کی جا سکتی ہے؛ کھلی ہوئی کھانے کی چیز صرف خراب ہونے کی صورت میں واپس ہو "
                    "سکتی ہے۔"
                ),
            ),
            (
                "Can I use the site in Urdu?",
                "کیا یہ ویب سائٹ اردو میں بھی ہے؟",
                (
                    "Yes. Use the language switch at the top of any page to read the whole site, "
                    "including product descriptions and the cooperatives' stories, in Urdu or "
                    "English."
                ),
                (
                    "جی ہاں۔ کسی بھی صفحے کے اوپر زبان بدلنے کا بٹن استعمال کریں اور پوری ویب "
                    "سائٹ، بشمول مصنوعات کی تفصیل اور کوآپریٹو کی کہانیوں کے، اردو یا انگریزی میں "
                    "پڑھیں۔"
                ),
            ),
            (
                "Are the masks medical masks?",
                "کیا یہ ماسک طبی ماسک ہیں؟",
                (
                    "No. Our masks are washable cloth masks for everyday use. They are not "
                    "medical or surgical masks and should not be used where a medical mask is "
                    "required."
                ),
                (
                    "نہیں۔ ہمارے ماسک روزمرہ استعمال کے لیے کپڑے کے دھلنے والے ماسک ہیں۔ یہ طبی "
                    "یا سرجیکل ماسک نہیں ہیں، اور جہاں طبی ماسک ضروری ہو وہاں ان کا استعمال نہ "
                    "کریں۔"
                ),
            ),
            (
                "Do the pickles contain preservatives?",
                "کیا اچاروں میں کیمیکل ڈالے جاتے ہیں؟",
                (
                    "No artificial preservatives or colours are added. Our pickles keep because "
                    "of salt, oil, vinegar and sunshine, the way they have always been made at "
                    "home."
                ),
                (
                    "کوئی مصنوعی کیمیکل یا رنگ شامل نہیں کیا جاتا۔ ہمارے اچار نمک، تیل، سرکے اور "
                    "دھوپ کی وجہ سے خراب نہیں ہوتے، بالکل اسی طرح جیسے ہمیشہ سے گھروں میں بنتے "
                    "آئے ہیں۔"
                ),
            ),
        ],
    },
    "cooperatives_index": {
        "title": "Our Cooperatives",
        "title_ur": "ہمارے کوآپریٹو",
        "intro": (
            "Ten cooperatives of women home-based workers, from Mingora in the north to Karachi "
            "in the south, own and supply Hunar Bazaar. Read their stories and see what each "
            "group makes."
        ),
        "intro_ur": (
            "شمال میں مینگورہ سے جنوب میں کراچی تک، گھر بیٹھ کر کام کرنے والی خواتین کے دس "
            "کوآپریٹو ہنر بازار کے مالک بھی ہیں اور اسے سامان بھی فراہم کرتے ہیں۔ ان کی کہانیاں "
            "پڑھیں اور دیکھیں کہ ہر گروپ کیا بناتا ہے۔"
        ),
    },
}
