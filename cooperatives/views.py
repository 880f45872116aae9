"""A cooperative's own dashboard: thin views over ``cooperatives.listings``.

A leader reaches only the cooperatives she leads (``partner.users``); staff
reach every cooperative. Anything else — another cooperative's slug, product,
photo or member id — is answered with 404, the same as a missing one, so ids
reveal nothing. Anonymous visitors are sent to sign in.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from oscar.core.loading import get_model

from catalogue.photos import PhotoField

from . import listings
from .forms import MakerFormSet, MemberForm, ProductForm, StockForm, StockUploadForm
from .models import Member, ProductMaker
from .services import cooperatives_led_by

Line = get_model("order", "Line")
FoodDetails = get_model("catalogue", "FoodDetails")
StockChange = get_model("partner", "StockChange")


class CooperativeView(LoginRequiredMixin, View):
    """Resolves ``self.cooperative`` from the URL for a user allowed to act for it."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.cooperative = (
            cooperatives_led_by(request.user).filter(slug=kwargs.get("cooperative")).first()
        )
        if self.cooperative is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def render(self, template, status=200, **context):
        context.setdefault("cooperative", self.cooperative)
        context.setdefault("manage_section", getattr(self, "section", "products"))
        return render(self.request, template, context, status=status)

    def listing(self, product_id):
        try:
            return listings.listing_get(cooperative=self.cooperative, product_id=product_id)
        except listings.ListingNotFound as error:
            raise Http404 from error

    def to_products(self):
        return redirect("manage:products", cooperative=self.cooperative.slug)

    def to_product(self, product):
        return redirect("manage:product-edit", cooperative=self.cooperative.slug, pk=product.pk)


class ManageIndexView(LoginRequiredMixin, View):
    def get(self, request):
        cooperatives = list(cooperatives_led_by(request.user))
        if len(cooperatives) == 1:
            return redirect("manage:products", cooperative=cooperatives[0].slug)
        if not cooperatives:
            raise Http404
        return render(request, "manage/index.html", {"cooperatives": cooperatives})


class ProductListView(CooperativeView):
    def get(self, request, cooperative):
        products = listings.listings_of(self.cooperative)
        query = request.GET.get("q", "").strip()[:100]
        if query:
            products = products.filter(title_en__icontains=query) | products.filter(
                title_ur__icontains=query
            )
        page = Paginator(products, 30).get_page(request.GET.get("page"))
        for product in page:
            product.stock = next(iter(product.stockrecords.all()), None)
        return self.render("manage/products.html", page=page, query=query)


class ProductEditView(CooperativeView):
    def get_product(self, pk):
        return self.listing(pk) if pk is not None else None

    def initial(self, product):
        if product is None:
            return {}
        stock = listings.listing_stockrecord(cooperative=self.cooperative, product=product)
        initial = {
            "title_en": product.title_en,
            "title_ur": product.title_ur,
            "description_en": product.description_en,
            "description_ur": product.description_ur,
            "product_class": product.product_class,
            "category": product.categories.first(),
            "price": stock.price,
            "num_in_stock": stock.num_in_stock,
            "low_stock_threshold": stock.low_stock_threshold,
            "made_to_order_days": product.made_to_order_days,
            "local_only": ProductForm.local_only_initial(product.local_only),
        }
        food = FoodDetails.objects.filter(product=product).first()
        if food is not None:
            initial.update({name: getattr(food, name) for name in ProductForm.FOOD_FIELDS})
        return initial

    def makers_initial(self, product):
        if product is None:
            return []
        return [
            {"member": maker.member, "weight": maker.weight}
            for maker in ProductMaker.objects.filter(product=product).select_related("member")
        ]

    def get(self, request, cooperative, pk=None):
        product = self.get_product(pk)
        form = ProductForm(cooperative=self.cooperative, initial=self.initial(product))
        makers = MakerFormSet(
            prefix="makers",
            initial=self.makers_initial(product),
            form_kwargs={"cooperative": self.cooperative},
        )
        return self.render(
            "manage/product_form.html",
            form=form,
            makers=makers,
            product=product,
            photo_field=PhotoField(required=False),
        )

    def post(self, request, cooperative, pk=None):
        product = self.get_product(pk)
        form = ProductForm(request.POST, cooperative=self.cooperative)
        makers = MakerFormSet(
            request.POST, prefix="makers", form_kwargs={"cooperative": self.cooperative}
        )
        if form.is_valid() and makers.is_valid():
            try:
                product = listings.listing_save(
                    cooperative=self.cooperative,
                    user=request.user,
                    data=form.cleaned_data,
                    makers=makers.makers(),
                    product=product,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Saved “%(title)s”.") % {"title": product.title_en})
                return self.to_product(product)
        return self.render(
            "manage/product_form.html",
            form=form,
            makers=makers,
            product=product,
            photo_field=PhotoField(required=False),
            status=400,
        )


class ProductActiveView(CooperativeView):
    def post(self, request, cooperative, pk):
        active = request.POST.get("active") == "1"
        product = self.listing(pk)
        listings.listing_set_active(
            cooperative=self.cooperative, product_id=product.pk, active=active
        )
        if active:
            messages.success(
                request, _("“%(title)s” is in the shop again.") % {"title": product.title_en}
            )
        else:
            messages.success(
                request,
                _("“%(title)s” is hidden from the shop.") % {"title": product.title_en},
            )
        return self.to_products()


class ProductStockView(CooperativeView):
    def post(self, request, cooperative, pk):
        product = self.listing(pk)
        form = StockForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return self.to_product(product)
        listings.listing_stock_set(
            cooperative=self.cooperative,
            product_id=product.pk,
            quantity=form.cleaned_data["num_in_stock"],
            user=request.user,
            note=form.cleaned_data["note"],
        )
        messages.success(request, _("Stock updated."))
        return self.to_product(product)


class ProductPhotoAddView(CooperativeView):
    def post(self, request, cooperative, pk):
        product = self.listing(pk)
        field = PhotoField()
        try:
            photo = field.clean(request.FILES.get("photo"))
            listings.listing_photo_add(
                cooperative=self.cooperative, product_id=product.pk, photo=photo
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return self.to_product(product)
        except ValueError as error:
            messages.error(request, str(error))
            return self.to_product(product)
        messages.success(request, _("Photo added."))
        return self.to_product(product)


class ProductPhotoDeleteView(CooperativeView):
    def post(self, request, cooperative, pk, image_pk):
        product = self.listing(pk)
        try:
            listings.listing_photo_delete(
                cooperative=self.cooperative, product_id=product.pk, image_id=image_pk
            )
        except listings.ListingNotFound as error:
            raise Http404 from error
        messages.success(request, _("Photo removed."))
        return self.to_product(product)


class StockHistoryView(CooperativeView):
    section = "stock"

    def get(self, request, cooperative):
        changes = (
            StockChange.objects.filter(stockrecord__partner=self.cooperative.partner)
            .select_related("stockrecord__product", "changed_by")
            .order_by("-created_at", "-pk")
        )
        product_id = request.GET.get("product")
        product = None
        if product_id and product_id.isdigit():
            product = self.listing(int(product_id))
            changes = changes.filter(stockrecord__product=product)
        page = Paginator(changes, 50).get_page(request.GET.get("page"))
        return self.render("manage/stock_history.html", page=page, product=product)


class StockExportView(CooperativeView):
    section = "stock"

    def get(self, request, cooperative):
        from .stock_csv import stock_csv_export

        content = stock_csv_export(listings.listings_export_rows(cooperative=self.cooperative))
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{self.cooperative.slug}-stock.csv"'
        )
        return response


class StockImportView(CooperativeView):
    section = "csv"

    MAX_UPLOAD = 2_000_000

    def get(self, request, cooperative):
        return self.render("manage/stock_import.html", form=StockUploadForm())

    def post(self, request, cooperative):
        form = StockUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render("manage/stock_import.html", form=form)
        upload = form.cleaned_data["file"]
        if upload.size > self.MAX_UPLOAD:
            form.add_error("file", _("This file is too large for a stock list (at most 2 MB)."))
            return self.render("manage/stock_import.html", form=form)
        rows, errors = listings.listings_stock_import(
            cooperative=self.cooperative, user=request.user, data=upload.read()
        )
        if errors:
            return self.render(
                "manage/stock_import.html", form=StockUploadForm(), errors=errors, rejected=True
            )
        messages.success(
            request, _("Stock list applied: %(count)s products updated.") % {"count": len(rows)}
        )
        return redirect("manage:stock-history", cooperative=self.cooperative.slug)


class OrderLinesView(CooperativeView):
    """The cooperative's parts of orders: its lines only, and what to do next."""

    section = "orders"

    def get(self, request, cooperative):
        from orders.cancellation import lines_with_quantity_left
        from orders.fulfilment import COOPERATIVE_MOVES, TRANSITIONS
        from orders.models import OrderPart

        parts = (
            OrderPart.objects.filter(partner=self.cooperative.partner)
            .select_related("order", "order__shipping_address")
            .order_by("-order__date_placed", "-pk")
        )
        page = Paginator(parts, 30).get_page(request.GET.get("page"))
        lines = lines_with_quantity_left(
            Line.objects.filter(
                partner=self.cooperative.partner, order__in=[part.order_id for part in page]
            )
        ).order_by("pk")
        by_order = {}
        for line in lines:
            by_order.setdefault(line.order_id, []).append(line)
        for part in page:
            part.own_lines = by_order.get(part.order_id, [])
            part.next_moves = [
                OrderPart.Status(status)
                for status in sorted(TRANSITIONS[part.status] & COOPERATIVE_MOVES)
                if status != OrderPart.Status.CANCELLED
            ]
            part.can_cancel = OrderPart.Status.CANCELLED in TRANSITIONS[part.status]
        return self.render("manage/order_lines.html", page=page)


class OrderPartMoveView(CooperativeView):
    section = "orders"

    def post(self, request, cooperative, part_id):
        from orders.fulfilment import MoveRefused, order_part_move
        from orders.models import OrderPart

        part = OrderPart.objects.filter(pk=part_id, partner=self.cooperative.partner).first()
        if part is None:
            raise Http404
        try:
            order_part_move(
                part_id=part.pk,
                to_status=request.POST.get("to", ""),
                user=request.user,
                reason=request.POST.get("reason", ""),
            )
        except (MoveRefused, ValueError) as refused:
            messages.error(request, getattr(refused, "message", _("This change is not possible.")))
        except KeyError:
            messages.error(request, _("This change is not possible."))
        else:
            messages.success(
                request, _("Order %(number)s updated.") % {"number": part.order.number}
            )
        return redirect("manage:order-lines", cooperative=self.cooperative.slug)


class MemberListView(CooperativeView):
    section = "members"

    def get(self, request, cooperative):
        members = self.cooperative.members.order_by("-is_active", "name")
        return self.render("manage/members.html", members=members)


class MemberEditView(CooperativeView):
    section = "members"

    def get_member(self, pk):
        if pk is None:
            return Member(cooperative=self.cooperative)
        return get_object_or_404(Member, pk=pk, cooperative=self.cooperative)

    def get(self, request, cooperative, pk=None):
        member = self.get_member(pk)
        return self.render(
            "manage/member_form.html", form=MemberForm(instance=member), member=member
        )

    def post(self, request, cooperative, pk=None):
        member = self.get_member(pk)
        form = MemberForm(request.POST, instance=member)
        if form.is_valid():
            member = form.save(commit=False)
            member.cooperative = self.cooperative
            member.save()
            messages.success(request, _("Saved %(name)s.") % {"name": member.name})
            return redirect(
                reverse("manage:members", kwargs={"cooperative": self.cooperative.slug})
            )
        return self.render("manage/member_form.html", form=form, member=member)
