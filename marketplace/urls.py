"""URLs: specific routes first, then the shop under /shop/, Wagtail last.

Shop and content pages sit inside ``i18n_patterns``: English at the root,
Urdu under /ur/.
"""

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from catalogue.views import ProductSearchView
from orders.views import OrderTrackView

from .views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    # Provider webhooks: outside the language prefixes, no CSRF (signed instead).
    path("payments/", include("payments.urls")),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

urlpatterns += i18n_patterns(
    # Oscar's own search URL ("search:search") resolves here first: browsing
    # and search are answered by the database, not by haystack.
    path("shop/search/", ProductSearchView.as_view(), name="product-search"),
    path("manage/", include("cooperatives.urls")),
    path("delivery/", include("delivery.urls")),
    path("staff/orders/", include("orders.urls")),
    path("track/", OrderTrackView.as_view(), name="order-track"),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
