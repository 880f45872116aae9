"""Member cooperatives and the women who make things.

A cooperative is an Oscar ``Partner`` plus what the network needs to know
about it. Its leaders are the partner's users (``partner.users``), so Oscar's
own partner-scoped stock and order machinery applies to them. Members are
the makers; most have no login, and their phone numbers are never shown
outside the cooperative and the network's staff.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from .validators import iban_normalise, pk_mobile_normalise, validate_pk_iban, validate_pk_phone


class PayoutMethod(models.TextChoices):
    BANK = "bank", _("Bank account (IBAN)")
    JAZZCASH = "jazzcash", _("JazzCash wallet")
    EASYPAISA = "easypaisa", _("Easypaisa wallet")
    RAAST = "raast", _("Raast ID")
    CASH = "cash", _("Cash")


class Cooperative(models.Model):
    class Status(models.TextChoices):
        #: New to the network: its leaders can prepare listings, but nothing of
        #: it is shown or sold in the shop until staff set it Active.
        AWAITING_APPROVAL = "awaiting", _("Awaiting approval")
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Paused")
        LEFT = "left", _("Left the network")

    partner = models.OneToOneField(
        "partner.Partner",
        on_delete=models.PROTECT,
        related_name="cooperative",
        verbose_name=_("shop partner"),
    )
    name = models.CharField(_("name"), max_length=128)
    slug = models.SlugField(_("slug"), max_length=128, unique=True)
    summary = models.CharField(_("one-line summary"), max_length=255, blank=True)
    district = models.CharField(_("district"), max_length=64)
    city = models.CharField(_("city"), max_length=64)
    registration_number = models.CharField(_("registration number"), max_length=64, blank=True)
    contact_phone = PhoneNumberField(
        _("contact phone"), region="PK", blank=True, validators=[validate_pk_phone]
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_(
            "Only an active cooperative's products are shown and sold. Awaiting approval: "
            "its leaders can prepare their products until staff approve it by setting Active."
        ),
    )
    payout_method = models.CharField(
        _("payout method"), max_length=16, choices=PayoutMethod.choices, default="cash"
    )
    payout_account_title = models.CharField(
        _("account title"), max_length=128, blank=True, help_text=_("The name on the account.")
    )
    payout_account = models.CharField(
        _("account"),
        max_length=34,
        blank=True,
        help_text=_("IBAN for a bank account; the mobile number for a wallet or Raast ID."),
    )
    mail_language = models.CharField(
        _("language of mail to its leaders"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("New-order and low-stock notices are written in it."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("cooperative")
        verbose_name_plural = _("cooperatives")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        account = (self.payout_account or "").strip()
        if self.payout_method == PayoutMethod.CASH:
            self.payout_account = ""
            return
        if not account:
            raise ValidationError({"payout_account": _("Give the account for this payout method.")})
        if not self.payout_account_title.strip():
            raise ValidationError({"payout_account_title": _("Give the name on the account.")})
        if self.payout_method == PayoutMethod.BANK:
            validate_pk_iban(account)
            self.payout_account = iban_normalise(account)
        else:
            try:
                self.payout_account = pk_mobile_normalise(account)
            except ValidationError as error:
                raise ValidationError({"payout_account": error.messages}) from error

    @property
    def location(self):
        """ "City, District", or just the city where the district has its name."""
        if self.district and self.district != self.city:
            return f"{self.city}, {self.district}"
        return self.city

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    @property
    def is_awaiting_approval(self):
        return self.status == self.Status.AWAITING_APPROVAL

    def get_products_url(self):
        return reverse("catalogue:index") + f"?cooperative={self.slug}"


class Member(models.Model):
    cooperative = models.ForeignKey(
        Cooperative,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("cooperative"),
    )
    name = models.CharField(_("full name"), max_length=128)
    phone = PhoneNumberField(_("phone"), region="PK", blank=True, validators=[validate_pk_phone])
    cnic_last_digits = models.CharField(
        _("last 4 digits of CNIC"),
        max_length=4,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{4}$", _("Enter exactly four digits."))],
    )
    consents_to_story = models.BooleanField(
        _("agrees to show her first name and photo in stories"), default=False
    )
    is_active = models.BooleanField(_("active"), default=True)
    joined_on = models.DateField(_("joined on"), null=True, blank=True)

    class Meta:
        ordering = ["cooperative", "name"]
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return self.name

    @property
    def first_name(self):
        return self.name.split()[0] if self.name.strip() else ""


class ProductMaker(models.Model):
    """A member who made (part of) a product; weights share the makers' part."""

    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="makers"
    )
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="products_made")
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("Her part of the work: 1 for an equal share, 2 for twice as much, …"),
    )

    class Meta:
        ordering = ["product", "-weight", "member__name"]
        constraints = [
            models.UniqueConstraint(fields=["product", "member"], name="one_share_per_maker"),
            models.CheckConstraint(condition=models.Q(weight__gte=1), name="maker_weight_positive"),
        ]
        verbose_name = _("maker")
        verbose_name_plural = _("makers")

    def __str__(self):
        return f"{self.member} × {self.weight}"


def leader_mail_language(partner) -> str:
    """The language a shop partner's leaders read their notices in: its
    cooperative's mail language (the site's default for a partner with none)."""
    cooperative = getattr(partner, "cooperative", None)
    return cooperative.mail_language if cooperative else settings.LANGUAGE_CODE
