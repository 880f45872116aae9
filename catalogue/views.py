"""Catalogue pages: browse, category, search and product detail.

Oscar loads ``CatalogueView`` and ``ProductCategoryView`` from this module
(``get_class("catalogue.views", ...)``) in place of its haystack views; the
search URL is routed to ``ProductSearchView`` in ``marketplace.urls``.
"""

from urllib.parse import unquote

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView
from oscar.core.loading import get_model

from .browse import product_search, search_query_interpret, search_suggestions
from .forms import ProductFilterForm

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
FoodDetails = get_model("catalogue", "FoodDetails")


class ProductListView(ListView):
    template_name = "catalogue/product_list.html"
    context_object_name = "products"
    paginate_by = settings.OSCAR_PRODUCTS_PER_PAGE
    category = None

    def get_form(self):
        if not hasattr(self, "_form"):
            self._form = ProductFilterForm(self.request.GET or None)
        return self._form

    def get_queryset(self):
        filters = self.get_form().filters()
        self.filters = filters
        self.query = filters["query"]
        self.search = search_query_interpret(filters["query"])
        return product_search(
            search=self.search,
            sort=filters["sort"],
            cooperative=filters["cooperative"],
            cooperatives=filters["cooperatives"],
            category=self.category or filters["category"],
            price_min=filters["price_min"],
            price_max=filters["price_max"],
            language=get_language(),
        )

    def get_summary(self):
        return _("All products")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.get_form()
        filtered = form.has_filters() or self.category is not None
        context.update(
            form=form,
            query=self.query,
            cooperative=self.filters["cooperative"],
            filters=self.filters,
            has_filters=form.has_filters(),
            category=self.category,
            summary=self.get_summary(),
            top_categories=Category.get_root_nodes().filter(is_public=True),
        )
        if not context["paginator"].count and self.search:
            context["suggestions"] = search_suggestions(search=self.search, filtered=filtered)
        return context


class CatalogueView(ProductListView):
    pass


class ProductSearchView(ProductListView):
    def get_summary(self):
        if self.query:
            return _("Products matching “%(query)s”") % {"query": self.query}
        return super().get_summary()


class ProductCategoryView(ProductListView):
    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404
        expected = self.category.get_absolute_url()
        if unquote(expected) != unquote(request.path):
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(expected + (f"?{query}" if query else ""))
        return super().get(request, *args, **kwargs)

    def get_summary(self):
        return self.category.name


class ProductDetailView(OscarProductDetailView):
    def get_queryset(self):
        return Product.objects.select_related("product_class", "parent").prefetch_related(
            "images",
            Prefetch(
                "stockrecords",
                queryset=StockRecord.objects.select_related("partner__cooperative"),
            ),
            "categories",
        )

    def cooperative(self):
        stockrecord = next(iter(self.object.stockrecords.all()), None)
        return getattr(stockrecord.partner, "cooperative", None) if stockrecord else None

    def is_viewable(self, product, request):
        """Shoppers see a product its cooperative shows, of a cooperative the
        network has approved (a paused one's page says it is not taking
        orders); staff and the cooperative's own leaders see every one of its
        products, with why it is not on sale."""
        cooperative = self.cooperative()
        awaiting = cooperative is not None and cooperative.is_awaiting_approval
        if request.user.is_staff or (super().is_viewable(product, request) and not awaiting):
            return True
        return (
            cooperative is not None
            and request.user.is_authenticated
            and cooperative.partner.users.filter(pk=request.user.pk).exists()
        )

    def get_context_data(self, **kwargs):
        from content.models import CooperativeStoryPage

        context = super().get_context_data(**kwargs)
        cooperative = self.cooperative()
        context["cooperative"] = cooperative
        context["maker_names"] = self.maker_names()
        context["food"] = FoodDetails.objects.filter(product=self.object).first()
        context["story_page"] = (
            CooperativeStoryPage.objects.live()
            .public()
            .filter(cooperative=cooperative, locale__language_code=get_language())
            .first()
            if cooperative
            else None
        )
        return context

    def maker_names(self):
        """First names of the makers who agreed to be named; no one else's."""
        from cooperatives.models import ProductMaker

        makers = (
            ProductMaker.objects.filter(
                product=self.object, member__consents_to_story=True, member__is_active=True
            )
            .select_related("member")
            .order_by("-weight", "member__name")
        )
        return [maker.member.first_name for maker in makers]
