"""Content pages (Wagtail): home, stories of the cooperatives, plain pages.

The home page and the story pages pull live products from the shop through
``catalogue.browse``; content never duplicates shop data.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from catalogue.browse import products_for_cards

from .blocks import BodyBlock


def _one_per_cooperative_first(products, count):
    """The newest products, taking each cooperative's newest before anyone's second."""
    rounds = {}
    for product in products:
        stockrecord = next(iter(product.stockrecords.all()), None)
        seen = rounds.setdefault(stockrecord.partner_id if stockrecord else None, [])
        seen.append(product)
    picked = []
    while len(picked) < count and any(rounds.values()):
        for queue in rounds.values():
            if queue and len(picked) < count:
                picked.append(queue.pop(0))
    return picked


class HomePage(Page):
    hero_title = models.CharField(_("headline"), max_length=160)
    hero_text = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("headline image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    featured_product_count = models.PositiveSmallIntegerField(
        _("number of products to feature"), default=8
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("featured_product_count"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from cooperatives.models import Cooperative

        context = super().get_context(request, *args, **kwargs)
        context["featured_products"] = _one_per_cooperative_first(
            products_for_cards(available_only=True)[: self.featured_product_count * 6],
            self.featured_product_count,
        )
        # Each cooperative's story in this page's language, else in any.
        stories = {}
        for story in CooperativeStoryPage.objects.live().public():
            if story.cooperative_id not in stories or story.locale_id == self.locale_id:
                stories[story.cooperative_id] = story
        cooperatives = list(Cooperative.objects.filter(status=Cooperative.Status.ACTIVE))
        for cooperative in cooperatives:
            cooperative.story = stories.get(cooperative.pk)
        context["cooperatives"] = cooperatives
        return context


class StandardPage(Page):
    """About, delivery, and other plain pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


class CooperativeIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["content.CooperativeStoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cooperatives index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = (
            CooperativeStoryPage.objects.child_of(self)
            .live()
            .public()
            .select_related("cooperative", "photo")
            .order_by("title")
        )
        return context


class CooperativeStoryPage(Page):
    """One cooperative's story, with its products from the shop below."""

    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        verbose_name=_("cooperative"),
        on_delete=models.PROTECT,
        related_name="story_pages",
    )
    intro = models.TextField(_("introduction"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("cooperative"),
        FieldPanel("intro"),
        FieldPanel("photo"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["content.CooperativeIndexPage"]

    class Meta:
        verbose_name = _("cooperative story")

    def clean(self):
        super().clean()
        others = CooperativeStoryPage.objects.filter(
            cooperative_id=self.cooperative_id, locale_id=self.locale_id
        ).exclude(pk=self.pk)
        if self.cooperative_id and others.exists():
            raise ValidationError(
                {"cooperative": _("This cooperative already has a story in this language.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["products"] = products_for_cards(cooperative=self.cooperative)[:12]
        return context
