from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=255)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "help"
        template = "content/blocks/question.html"


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=32, help_text=_("e.g. 50,000+"))
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)

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
        FigureBlock(), label=_("Figures"), template="content/blocks/figures.html"
    )
    questions = blocks.ListBlock(
        QuestionBlock(), label=_("Questions and answers"), template="content/blocks/questions.html"
    )
