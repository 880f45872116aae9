"""Settings for Hunar Bazaar, read from the environment (see .env.example).

A fresh machine needs nothing: SQLite, Celery in eager mode, local-memory
cache. Setting ``DATABASE_URL`` switches to PostgreSQL, ``REDIS_URL`` to a
Redis broker and cache.
"""

from pathlib import Path

import environ
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  (Oscar's settings, overridden below)

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)

if DEBUG:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="insecure-key-for-local-development-only")
else:
    # No fallback: a production process without a key must not start.
    SECRET_KEY = env.str("DJANGO_SECRET_KEY")

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Our apps first so that their templates and static files win.
    "marketplace",
    "cooperatives.apps.CooperativesConfig",
    "notifications.apps.NotificationsConfig",
    "delivery.apps.DeliveryConfig",
    "payments.apps.PaymentsConfig",
    "content.apps.ContentConfig",
    # modeltranslation must come before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
    # Oscar, with our thin forks in place of the apps we change (checkout,
    # shipping, catalogue, partner, basket, order, customer).
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "shipping.apps.ShippingConfig",
    "catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "partner.apps.PartnerConfig",
    "basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "orders.apps.OrderConfig",
    "customer.apps.CustomerConfig",
    "oscar.apps.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "oscar.apps.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "oscar.apps.dashboard.orders.apps.OrdersDashboardConfig",
    "oscar.apps.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "haystack",
    "treebeard",
    "sorl.thumbnail",
    "django_tables2",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "marketplace.middleware.OscarDashboardStaffOnlyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "marketplace.urls"
WSGI_APPLICATION = "marketplace.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.media",
                "django.template.context_processors.static",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.core.context_processors.metadata",
                "marketplace.context_processors.site_navigation",
            ],
        },
    }
]

# --- Database ---------------------------------------------------------------
# SQLite by default. IMMEDIATE transactions take the write lock at BEGIN, so
# parallel writers queue (up to the timeout) instead of failing with
# "database is locked" half-way through a transaction.
SQLITE_PATH = BASE_DIR / "db.sqlite3"
# Search forgives a typing slip when a title holds a word at least this
# similar to the typed one (pg_trgm's strict word similarity, 0 to 1; "pikle"
# to "pickle" is 0.44). PostgreSQL's operator reads it from the connection.
SEARCH_WORD_SIMILARITY = 0.4
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{SQLITE_PATH}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
    # A file-backed test database, so that pytest --reuse-db skips the
    # ~320 migrations on every run after the first.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = (
        f"-c pg_trgm.strict_word_similarity_threshold={SEARCH_WORD_SIMILARITY} "
        + options.get("options", "")
    ).strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, sessions, Celery ------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="hb"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
# With no broker, tasks run in the calling process: a fresh machine needs
# no worker. Set CELERY_BROKER_URL / REDIS_URL to run a real worker.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "Asia/Karachi"
CELERY_BEAT_SCHEDULE = {
    # Messages whose task was lost (broker down at commit) or whose send failed.
    "outbox-flush": {"task": "notifications.outbox_flush", "schedule": 60.0},
    # Dated delivery and pickup slots for the coming days (idempotent).
    "slots-generate": {"task": "delivery.slots_generate", "schedule": 60.0 * 60},
    # Housekeeping: expired holds already count for nothing.
    "holds-purge": {"task": "delivery.holds_purge", "schedule": 60.0 * 60},
    # Card payments: capture what was authorised for a placed order, release
    # what was authorised for none (both safe to run twice).
    "payments-settle": {"task": "payments.payments_settle", "schedule": 5 * 60.0},
}

# --- Languages --------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ur", _("Urdu"))]
# ``locale`` holds the project's own strings (``make messages`` extracts them);
# ``locale-libraries`` the Urdu that the libraries do not ship: django-oscar's
# shopper-facing templates, forms and e-mails, and the sign-in, password and
# form-validation messages missing from Django's own Urdu. The first path wins
# where a string is in both.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-libraries"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Karachi"
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# --- Static and media -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Uploaded images: at most 10 MB and 40 megapixels (decompression bombs).
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# --- Security ---------------------------------------------------------------
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 60 * 60 * 24 * 30)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN.
SILENCED_SYSTEM_CHECKS = [
    # HSTS preload is a one-way decision left to whoever runs the domain.
    "security.W021",
]

AUTHENTICATION_BACKENDS = [
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = reverse_lazy("customer:login")
LOGIN_REDIRECT_URL = reverse_lazy("customer:summary")

# e.g. smtp+tls://user:password@smtp.example.org:587 ; default prints mail.
vars().update(env.email_url("DJANGO_EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="Hunar Bazaar <shop@localhost>")

# --- Oscar ------------------------------------------------------------------
OSCAR_SHOP_NAME = "Hunar Bazaar"
OSCAR_SHOP_TAGLINE = _("Made by women's cooperatives")
OSCAR_HOMEPAGE = reverse_lazy("wagtail_serve", args=[""])
OSCAR_DEFAULT_CURRENCY = "PKR"
OSCAR_CURRENCY_FORMAT = {"PKR": {"format": "Rs\u00a0#,##0.##", "currency_digits": False}}
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_PRODUCTS_PER_PAGE = 24
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"
# Many customers do not know their postcode; a rider needs the phone number.
OSCAR_REQUIRED_ADDRESS_FIELDS = ("first_name", "line1", "line4", "country", "phone_number")
# An order's status is derived from its cooperatives' parts (orders.fulfilment)
# and mirrored here; Oscar's own status pipeline is not used.
OSCAR_INITIAL_ORDER_STATUS = "Placed"
OSCAR_INITIAL_LINE_STATUS = "Placed"
OSCAR_ORDER_STATUS_PIPELINE = {}
# Browsing and search are answered by the database (catalogue.search); the
# haystack index Oscar ships with is not used, so keep it from doing work.
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
THUMBNAIL_PRESERVE_FORMAT = False
THUMBNAIL_FORMAT = "JPEG"
THUMBNAIL_QUALITY = 78
THUMBNAIL_PROGRESSIVE = True
THUMBNAIL_DEBUG = False
# Widths served in srcset for product photos.
PRODUCT_IMAGE_WIDTHS = (160, 320, 640)

# --- Delivery slots ---------------------------------------------------------
SLOT_HOLD_MINUTES = env.int("SLOT_HOLD_MINUTES", default=15)
SLOT_DAYS_AHEAD = env.int("SLOT_DAYS_AHEAD", default=14)

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Hunar Bazaar"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "csv", "txt", "odt"]

# --- Stripe (optional; card payments are off unless a key is set) -----------
STRIPE_SECRET_KEY = env.str("STRIPE_SECRET_KEY", default="")
STRIPE_PUBLISHABLE_KEY = env.str("STRIPE_PUBLISHABLE_KEY", default="")
STRIPE_WEBHOOK_SECRET = env.str("STRIPE_WEBHOOK_SECRET", default="")
STRIPE_API_BASE = env.str("STRIPE_API_BASE", default="")
# Where the browser loads Stripe.js from (only changed to test against a local peer).
STRIPE_JS_URL = env.str("STRIPE_JS_URL", default="https://js.stripe.com/v3/")
# Seconds a signed webhook stays acceptable (Stripe's own default tolerance).
STRIPE_WEBHOOK_TOLERANCE = env.int("STRIPE_WEBHOOK_TOLERANCE", default=300)

# --- Payments ------------------------------------------------------------------
# Cash on delivery is always offered, up to this order total (rupees).
COD_MAX_ORDER_VALUE = env.int("COD_MAX_ORDER_VALUE", default=50_000)
# A card authorisation left without an order (customer closed the page) is
# released after this many minutes.
PAYMENT_AUTHORISATION_MINUTES = env.int("PAYMENT_AUTHORISATION_MINUTES", default=30)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "PIL": {"level": "WARNING"},
        # One line per background task and per stock alert run is noise.
        "django_tasks": {"level": "WARNING"},
        "oscar.alerts": {"level": "WARNING"},
        # Wagtail logs every page edit; its admin keeps the same history.
        "wagtail": {"level": "WARNING"},
    },
}
