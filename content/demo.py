"""Loading the demo: cooperatives, members, products, pages and users.

Every step looks for what exists (by slug, UPC or username) before creating,
so running it again changes nothing and duplicates nothing.
"""

import json
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site as DjangoSite
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from oscar.core.loading import get_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from catalogue.setup import shipping_country_ensure
from cooperatives.models import Cooperative, Member, ProductMaker
from cooperatives.services import cooperative_create, cooperative_leader_add

from . import demo_data as data
from .demo_delivery import DELIVERY_PAGE, delivery_load
from .demo_food import food_details
from .demo_images import product_picture, story_picture
from .demo_orders import demo_orders
from .models import CooperativeIndexPage, CooperativeStoryPage, HomePage, StandardPage
from .streams import list_block_items

DEMO_PASSWORD = "hunar-demo-2026"  # noqa: S105 - printed and in the README, demo only

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
FoodDetails = get_model("catalogue", "FoodDetails")
StockRecord = get_model("partner", "StockRecord")
User = get_user_model()
WagtailImage = get_image_model()

Progress = Callable[[str], None]


def demo_load(*, progress: Progress = print) -> list[tuple[str, str, str]]:
    """Load everything; returns (role, username, email) of the demo users."""
    progress("Sites, languages and the shipping country…")
    _site()
    shipping_country_ensure()
    locales = _locales()
    progress("Product types and categories…")
    types = _product_types()
    categories = _categories()
    progress(f"  {len(types)} product types, {len(categories)} categories")
    progress("Cooperatives, members and leaders…")
    cooperatives, leaders = _cooperatives(progress)
    progress("Products, stock and pictures…")
    _products(types, categories, cooperatives, progress)
    progress("Delivery zones, Sunday markets and slots…")
    delivery_load(progress=progress)
    progress("Pages in English and Urdu…")
    _pages(locales, cooperatives, progress)
    progress("Customer and staff accounts…")
    users = _users()
    progress("Orders…")
    demo_orders(progress=progress)
    return users + leaders


def _site():
    DjangoSite.objects.update_or_create(
        pk=1, defaults={"domain": "127.0.0.1:8000", "name": "Hunar Bazaar"}
    )


def _locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "ur")}


@transaction.atomic
def _product_types():
    types = {}
    for item in data.PRODUCT_TYPES:
        product_class, _ = ProductClass.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name_en": item["name"],
                "name_ur": item["name_ur"],
                "requires_shipping": True,
                "track_stock": True,
                "is_food": item["is_food"],
                "local_only_default": item.get("local_only", False),
            },
        )
        types[item["slug"]] = (product_class, item)
    return types


@transaction.atomic
def _categories():
    categories = {}
    for item in data.CATEGORIES:
        parent = categories.get(item["parent"])
        siblings = parent.get_children() if parent else Category.get_root_nodes()
        category = siblings.filter(slug=item["slug"]).first()
        if category is None:
            fields = {
                "name_en": item["name"],
                "name_ur": item["name_ur"],
                "slug": item["slug"],
                "description_en": f"<p>{escape(item['description'])}</p>",
                "description_ur": f"<p>{escape(item['description_ur'])}</p>",
            }
            category = parent.add_child(**fields) if parent else Category.add_root(**fields)
        categories[item["slug"]] = category
    return categories


def _cooperatives(progress: Progress):
    cooperatives = {}
    leaders = []
    for index, item in enumerate(data.COOPERATIVES):
        with transaction.atomic():
            cooperative = Cooperative.objects.filter(slug=item["slug"]).first()
            if cooperative is None:
                cooperative = cooperative_create(
                    name=item["name"],
                    name_ur=item["name_ur"],
                    slug=item["slug"],
                    district=item["district"],
                    city=item["city"],
                    summary=item["summary"],
                    summary_ur=item["summary_ur"],
                    registration_number=item["registration_number"],
                    contact_phone=item["contact_phone"],
                    mail_language="ur",
                )
            for position, name in enumerate(item["members"]):
                Member.objects.get_or_create(
                    cooperative=cooperative,
                    name=name,
                    defaults={
                        "phone": f"+92301{index:02d}{position:05d}",
                        "cnic_last_digits": f"{(index * 37 + position * 91) % 10000:04d}",
                        "consents_to_story": position % 3 != 2,
                    },
                )
            leader_data = item["leader"]
            leader = _user(
                username=leader_data["username"],
                email=leader_data["email"],
                first_name=leader_data["first_name"],
                last_name=leader_data["last_name"],
            )
            cooperative_leader_add(cooperative=cooperative, user=leader)
        cooperatives[item["slug"]] = (cooperative, item)
        leaders.append((f"leader, {cooperative.city}", leader.username, leader.email))
    progress(f"  {len(cooperatives)} cooperatives, {Member.objects.count()} members")
    return cooperatives, leaders


def _products(types, categories, cooperatives, progress: Progress):
    created = 0
    total = len(data.PRODUCTS)
    for number, item in enumerate(data.PRODUCTS, start=1):
        product_class, type_data = types[item["product_type"]]
        cooperative, _ = cooperatives[item["cooperative"]]
        with transaction.atomic():
            product = Product.objects.filter(upc=item["upc"]).first()
            if product is None:
                product = Product.objects.create(
                    upc=item["upc"],
                    title_en=item["title"],
                    title_ur=item["title_ur"],
                    description_en=item["description"],
                    description_ur=item["description_ur"],
                    product_class=product_class,
                    structure=Product.STANDALONE,
                    is_public=True,
                    local_only=item.get("local_only"),
                )
                created += 1
            ProductCategory.objects.get_or_create(
                product=product, category=categories[item["category"]]
            )
            StockRecord.objects.get_or_create(
                product=product,
                partner=cooperative.partner,
                defaults={
                    "partner_sku": item["upc"],
                    "price": Decimal(item["price"]),
                    "num_in_stock": item["stock"],
                },
            )
            _food_details(product, item, number)
            _makers(product, cooperative, number)
            if not product.images.exists():
                picture = product_picture(
                    motif=type_data["motif"], colour=item["colour"], seed=item["upc"]
                )
                ProductImage.objects.create(
                    product=product,
                    original=ContentFile(picture, name=f"{item['upc'].lower()}.jpg"),
                    caption=item["title"],
                    display_order=0,
                )
        if number % 20 == 0 or number == total:
            progress(f"  {number}/{total} products ({created} new)")


def _food_details(product, item, number):
    food = food_details(item)
    if food is None or FoodDetails.objects.filter(product=product).exists():
        return
    ingredients, ingredients_ur, allergens, allergens_ur, shelf_life = food
    made_on = timezone.localdate() - timedelta(days=min(number % 5, shelf_life - 1))
    FoodDetails.objects.create(
        product=product,
        ingredients_en=ingredients,
        ingredients_ur=ingredients_ur,
        allergens_en=allergens,
        allergens_ur=allergens_ur or None,
        made_on=made_on,
        shelf_life_days=shelf_life,
        batch=f"{made_on:%y%m%d}-{number:03d}",
    )


def _makers(product, cooperative, number):
    """One or two makers per product, the second with half the first's share."""
    if ProductMaker.objects.filter(product=product).exists():
        return
    members = list(cooperative.members.order_by("pk"))
    if not members:
        return
    first = members[number % len(members)]
    ProductMaker.objects.create(product=product, member=first, weight=2)
    if number % 2 == 0 and len(members) > 1:
        second = members[(number + 3) % len(members)]
        if second != first:
            ProductMaker.objects.create(product=product, member=second, weight=1)


def _rich(paragraphs):
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _sections_body(sections, urdu):
    blocks = []
    for heading, heading_ur, paragraph, paragraph_ur in sections:
        blocks.append({"type": "heading", "value": heading_ur if urdu else heading})
        blocks.append({"type": "paragraph", "value": _rich([paragraph_ur if urdu else paragraph])})
    return json.dumps(blocks)


def _faq_body(questions, urdu):
    items = [
        {"question": q_ur if urdu else q, "answer": _rich([a_ur if urdu else a])}
        for q, q_ur, a, a_ur in questions
    ]
    return json.dumps([{"type": "questions", "value": list_block_items(items)}])


def _figures_body(figures):
    items = [{"figure": figure, "label": ""} for figure in figures]
    return json.dumps([{"type": "figures", "value": list_block_items(items)}])


def _wagtail_image(title, content, filename):
    image = WagtailImage.objects.filter(title=title).first()
    if image is None:
        image = WagtailImage(title=title)
        image.file = ImageFile(ContentFile(content), name=filename)
        image.save()
    return image


def _publish(page):
    page.save_revision().publish()
    return page


def _child(parent, slug, factory):
    page = parent.get_children().filter(slug=slug).specific().first()
    if page is None:
        page = factory()
        parent.add_child(instance=page)
        _publish(page)
    return page


def _translate(page, locale, fields):
    """The Urdu copy of ``page``, created from ``fields`` if it is missing."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save()
        _publish(translation)
    return translation


@transaction.atomic
def _pages(locales, cooperatives, progress: Progress):
    en, ur = locales["en"], locales["ur"]
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=en).first()
    if home is None:
        # Wagtail's placeholder welcome page holds the slug "home".
        for page in root.get_children().filter(slug="home"):
            if page.specific_class is Page:
                page.delete()
        root.refresh_from_db()
        home_data = data.PAGES["home"]
        all_colours = [item["colour"] for item in data.PRODUCTS[::9]]
        hero = _wagtail_image(
            "Cooperative crafts", story_picture(colours=all_colours, seed="hero"), "hero.jpg"
        )
        home = HomePage(
            title=home_data["title"],
            slug="home",
            locale=en,
            hero_title=home_data["hero_title"],
            hero_text=home_data["hero_text"],
            hero_image=hero,
            body=_figures_body(home_data["figures"]),
        )
        root.add_child(instance=home)
        _publish(home)
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    home_data = data.PAGES["home"]
    _translate(
        home,
        ur,
        {
            "title": home_data["title_ur"],
            "hero_title": home_data["hero_title_ur"],
            "hero_text": home_data["hero_text_ur"],
            "body": _figures_body(home_data["figures"]),
        },
    )

    def standard(key, slug):
        page_data = data.PAGES[key]
        page = _child(
            home,
            slug,
            lambda: StandardPage(
                title=page_data["title"],
                slug=slug,
                intro=page_data["intro"],
                show_in_menus=True,
                body=_sections_body(page_data["sections"], urdu=False),
            ),
        )
        _translate(
            page,
            ur,
            {
                "title": page_data["title_ur"],
                "intro": page_data["intro_ur"],
                "body": _sections_body(page_data["sections"], urdu=True),
            },
        )

    standard("about", "about")
    index_data = data.PAGES["cooperatives_index"]
    index = _child(
        home,
        "cooperatives",
        lambda: CooperativeIndexPage(
            title=index_data["title"],
            slug="cooperatives",
            intro=index_data["intro"],
            show_in_menus=True,
        ),
    )
    _translate(index, ur, {"title": index_data["title_ur"], "intro": index_data["intro_ur"]})
    for slug, (cooperative, item) in cooperatives.items():
        colours = [p["colour"] for p in data.PRODUCTS if p["cooperative"] == slug][:5] or [
            "#8a2c52"
        ]
        photo = _wagtail_image(
            f"{item['name']}: at work", story_picture(colours=colours, seed=slug), f"{slug}.jpg"
        )
        story = _child(
            index,
            slug,
            lambda item=item, cooperative=cooperative, photo=photo: CooperativeStoryPage(
                title=item["name"],
                slug=item["slug"],
                cooperative=cooperative,
                intro=item["story_intro"],
                photo=photo,
                body=json.dumps([{"type": "paragraph", "value": _rich(item["story"])}]),
            ),
        )
        _translate(
            story,
            ur,
            {
                "title": item["name_ur"],
                "intro": item["story_intro_ur"],
                "body": json.dumps([{"type": "paragraph", "value": _rich(item["story_ur"])}]),
            },
        )
    _delivery_page(home, ur)
    faq_data = data.PAGES["faq"]
    faq = _child(
        home,
        "faq",
        lambda: StandardPage(
            title=faq_data["title"],
            slug="faq",
            intro=faq_data["intro"],
            show_in_menus=True,
            body=_faq_body(faq_data["questions"], urdu=False),
        ),
    )
    _translate(
        faq,
        ur,
        {
            "title": faq_data["title_ur"],
            "intro": faq_data["intro_ur"],
            "body": _faq_body(faq_data["questions"], urdu=True),
        },
    )
    progress(f"  {Page.objects.live().filter(depth__gte=2).count()} live pages")


def _delivery_body(urdu):
    blocks = []
    for kind, *values in DELIVERY_PAGE["body"]:
        if kind == "live":
            blocks.append({"type": "delivery_information", "value": {"part": values[0]}})
        else:
            text = values[1] if urdu else values[0]
            blocks.append({"type": kind, "value": text if kind == "heading" else _rich([text])})
    return json.dumps(blocks)


def _delivery_page(home, ur):
    """Delivery and payment: the editor's words around the live delivery figures."""
    page = _child(
        home,
        "delivery",
        lambda: StandardPage(
            title=DELIVERY_PAGE["title"],
            slug="delivery",
            intro=DELIVERY_PAGE["intro"],
            show_in_menus=True,
            body=_delivery_body(urdu=False),
        ),
    )
    _translate(
        page,
        ur,
        {
            "title": DELIVERY_PAGE["title_ur"],
            "intro": DELIVERY_PAGE["intro_ur"],
            "body": _delivery_body(urdu=True),
        },
    )


def _user(*, username, email, first_name="", last_name="", is_staff=False, is_superuser=False):
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username)
        user.set_password(DEMO_PASSWORD)
    user.email = email
    user.first_name = first_name
    user.last_name = last_name
    user.is_staff = is_staff
    user.is_superuser = is_superuser
    user.save()
    return user


@transaction.atomic
def _users():
    customer = _user(
        username="customer", email="customer@example.org", first_name="Sana", last_name="Iqbal"
    )
    admin = _user(
        username="staff.amina",
        email="amina@example.org",
        first_name="Amina",
        last_name="Rauf",
        is_staff=True,
        is_superuser=True,
    )
    staff = _user(
        username="staff.bilal",
        email="bilal@example.org",
        first_name="Bilal",
        last_name="Ahmed",
        is_staff=True,
    )
    rider = _user(
        username="rider.lahore",
        email="rider.lahore@example.org",
        first_name="Kashif",
        last_name="Mehmood",
    )
    from django.contrib.auth.models import Permission

    rider.user_permissions.add(
        Permission.objects.get(codename="view_run_sheet", content_type__app_label="delivery")
    )
    # Wagtail's editors' group gives the second staff member the CMS.
    editors = Group.objects.filter(name="Moderators").first()
    if editors is not None:
        staff.groups.add(editors)
    return [
        ("customer", customer.username, customer.email),
        ("staff (administrator)", admin.username, admin.email),
        ("staff (editor, dashboard)", staff.username, staff.email),
        ("rider (run sheets)", rider.username, rider.email),
    ]
