"""Blocks editors put in a page's body.

List blocks (figures, questions) are stored in Wagtail's list format: each
item is ``{"type": "item", "value": …, "id": …}``. An item without its id is
read as the older bare-value format, which is how the home page once showed
raw dicts; ``content.streams`` writes and repairs bodies in this format.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from .delivery_blocks import DeliveryInformationBlock
from .figures import FIGURES


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=255)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "help"
        template = "content/blocks/question.html"


class ShopFigureBlock(blocks.StructBlock):
    """A number counted from the shop (never typed), with what it counts."""

    figure = blocks.ChoiceBlock(
        label=_("Figure"), choices=list(FIGURES.items()), default="cooperatives"
    )
    label = blocks.CharBlock(
        label=_("What it counts"),
        max_length=120,
        required=False,
        help_text=_("Leave empty for the usual words, e.g. “women makers”."),
    )

    class Meta:
        icon = "pick"
        template = "content/blocks/figure.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), form_classname="title", template="content/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"))
    image = ImageBlock(label=_("Image"))
    quote = blocks.BlockQuoteBlock(label=_("Quote"))
    figures = blocks.ListBlock(
        ShopFigureBlock(),
        label=_("Figures from the shop"),
        template="content/blocks/figures.html",
    )
    questions = blocks.ListBlock(
        QuestionBlock(), label=_("Questions and answers"), template="content/blocks/questions.html"
    )
    delivery_information = DeliveryInformationBlock()
