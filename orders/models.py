# Oscar's order models, unchanged for now; the fork exists so that later
# changes (per-cooperative fulfilment, delivery slots) are our migrations.
from oscar.apps.order.models import *  # noqa: F403
