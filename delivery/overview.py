"""What the delivery page tells customers, read from the delivery data.

Zones with their fees and areas, Sunday markets with their days and hours,
the times the weekly slot templates make, how long before a slot orders
close, how far ahead slots are made, the holidays ahead, which products go
only to their own cooperative's zone or market, and the ways to pay: every
figure comes from here, so the page says what checkout does. Editors write
the words around it (``content.delivery_blocks``), never the figures.

The summary of slot templates (``slot_patterns``) is pure: weekdays that
have exactly the same windows are shown together ("Monday to Saturday").
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import WEEKDAYS, Holiday, SlotTemplate
from .reach import cooperative_destinations, delivery_network, reach_sentence

Window = tuple[time, time]


@dataclass(frozen=True)
class SlotPattern:
    """Some weekdays with the same slot windows."""

    weekdays: tuple[int, ...]
    windows: tuple[Window, ...]

    @property
    def days_label(self) -> str:
        return weekdays_label(self.weekdays)


def slot_patterns(templates: Iterable[tuple[int, time, time]]) -> list[SlotPattern]:
    """(weekday, start, end) rows → weekdays grouped by identical windows, Monday first."""
    by_day: dict[int, set[Window]] = defaultdict(set)
    for weekday, start, end in templates:
        by_day[weekday].add((start, end))
    groups: dict[tuple[Window, ...], list[int]] = {}
    for weekday in sorted(by_day):
        groups.setdefault(tuple(sorted(by_day[weekday])), []).append(weekday)
    return sorted(
        (SlotPattern(tuple(days), windows) for windows, days in groups.items()),
        key=lambda pattern: pattern.weekdays,
    )


def weekday_runs(weekdays: Iterable[int]) -> list[tuple[int, int]]:
    """[0, 1, 2, 4, 6] → [(0, 2), (4, 4), (6, 6)]: runs of consecutive weekdays."""
    runs: list[list[int]] = []
    for day in sorted(set(weekdays)):
        if runs and day == runs[-1][1] + 1:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [(first, last) for first, last in runs]


def weekdays_label(weekdays: Iterable[int]) -> str:
    names = dict(WEEKDAYS)
    parts = []
    for first, last in weekday_runs(weekdays):
        if first == last:
            parts.append(str(names[first]))
        elif last == first + 1:
            parts.append(_(", ").join([str(names[first]), str(names[last])]))
        else:
            parts.append(_("%(first)s to %(last)s") % {"first": names[first], "last": names[last]})
    return _(", ").join(parts)


def duration_label(minutes: int) -> str:
    """240 → "4 hours", 90 → "90 minutes", 2880 → "2 days"."""
    if minutes and minutes % (24 * 60) == 0:
        days = minutes // (24 * 60)
        return ngettext("%(n)s day", "%(n)s days", days) % {"n": days}
    if minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("%(n)s hour", "%(n)s hours", hours) % {"n": hours}
    return ngettext("%(n)s minute", "%(n)s minutes", minutes) % {"n": minutes}


def span_label(values: Iterable[int], label=duration_label) -> str:
    """One value → its label; several → "3 hours to 4 hours" (least to most)."""
    values = sorted(set(values))
    if not values:
        return ""
    if len(values) == 1:
        return label(values[0])
    return _("%(least)s to %(most)s") % {"least": label(values[0]), "most": label(values[-1])}


def _minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


@dataclass(frozen=True)
class Timetable:
    """What the slot templates of one zone or market make."""

    patterns: list[SlotPattern]
    slot_length: str  # "2 hours", or "2 hours to 3 hours"
    cutoff: str  # orders close this long before a slot starts
    lead_time: str  # "" or at least this long after ordering

    @property
    def has_slots(self) -> bool:
        return bool(self.patterns)


def timetable(templates: list[SlotTemplate]) -> Timetable:
    return Timetable(
        patterns=slot_patterns((t.weekday, t.start, t.end) for t in templates),
        slot_length=span_label(_minutes(t.start, t.end) for t in templates),
        cutoff=span_label(t.cutoff_minutes for t in templates),
        lead_time=span_label(t.lead_time_hours * 60 for t in templates if t.lead_time_hours),
    )


@dataclass(frozen=True)
class ZoneOverview:
    zone: object
    areas: list[str]
    timetable: Timetable


@dataclass(frozen=True)
class MarketOverview:
    point: object
    timetable: Timetable


@dataclass(frozen=True)
class LocalOverview:
    cooperative: object
    sentence: str


@dataclass(frozen=True)
class DeliveryOverview:
    zones: list[ZoneOverview]
    markets: list[MarketOverview]
    days_ahead: int
    hold_minutes: int
    holidays: list
    local_only_types: list[str]
    local: list[LocalOverview]
    card_on: bool
    cod_max: object  # rupees

    @property
    def local_only_types_label(self) -> str:
        return _(", ").join(self.local_only_types)

    @property
    def delivery_cutoff(self) -> str:
        return _spans(z.timetable.cutoff for z in self.zones)

    @property
    def market_cutoff(self) -> str:
        return _spans(m.timetable.cutoff for m in self.markets)


def _spans(labels: Iterable[str]) -> str:
    labels = [label for label in dict.fromkeys(labels) if label]
    return labels[0] if len(labels) == 1 else ""


def delivery_overview(*, today=None) -> DeliveryOverview:
    """Everything the delivery page shows, from the live data (a few queries)."""
    from oscar.core.loading import get_model

    from catalogue.models import local_only_q
    from cooperatives.models import Cooperative
    from payments.providers import card_provider

    Product = get_model("catalogue", "Product")
    ProductClass = get_model("catalogue", "ProductClass")
    today = today or timezone.localdate()
    network = delivery_network()
    templates = defaultdict(list)
    for template in SlotTemplate.objects.filter(is_active=True).order_by("weekday", "start"):
        place = (
            ("zone", template.zone_id) if template.zone_id else ("point", template.pickup_point_id)
        )
        templates[place].append(template)
    zones = [
        ZoneOverview(
            zone=zone,
            areas=[area.name for area in zone.active_areas],
            timetable=timetable(templates[("zone", zone.pk)]),
        )
        for zone in sorted(network.zones.values(), key=lambda z: (str(z.name), z.pk))
    ]
    markets = [
        MarketOverview(point=point, timetable=timetable(templates[("point", point.pk)]))
        for point in sorted(network.points.values(), key=lambda p: (str(p.name), p.pk))
    ]
    days_ahead = settings.SLOT_DAYS_AHEAD
    holidays = list(
        Holiday.objects.filter(date__gte=today, date__lte=today + timedelta(days=days_ahead))
    )
    local = [
        LocalOverview(
            cooperative=cooperative,
            sentence=reach_sentence(cooperative_destinations(cooperative, network), network),
        )
        for cooperative in Cooperative.objects.filter(
            status=Cooperative.Status.ACTIVE,
            partner__stockrecords__product__in=Product.objects.filter(
                local_only_q(), is_public=True
            ),
        )
        .distinct()
        .order_by("name")
    ]
    return DeliveryOverview(
        zones=zones,
        markets=markets,
        days_ahead=days_ahead,
        hold_minutes=settings.SLOT_HOLD_MINUTES,
        holidays=holidays,
        local_only_types=[
            str(pc.name) for pc in ProductClass.objects.filter(local_only_default=True)
        ],
        local=local,
        card_on=card_provider() is not None,
        cod_max=settings.COD_MAX_ORDER_VALUE,
    )
