"""Where a product may go: fresh produce stays within its cooperative's own zone or market.

A product is *local only* when its own setting says so, or, with no setting
of its own, when its type's default does (``Product.is_local_only``; the
kitchen-garden type of vegetables, herbs and eggs, for example). A
local-only product is sold only for delivery in its cooperative's own
zones and for pickup at its cooperative's own markets. Everything else may
go to any active zone or market.

**The cooperative's own zones and markets.** A cooperative has a city and a
district and no address in any zone; zones and pickup points name the
places they serve. So the link is the place name, the name staff typed
(compared without regard to case or spacing, in the site's language
whatever the reader's):

* its zones are the active delivery zones that serve its town: the zone's
  city, or the name of one of the zone's active areas, is the cooperative's
  city or its district (Haripur's cooperative is local to the "Abbottabad
  and Haripur" zone, which has an area named Haripur);
* its markets are the active pickup points in its town, or in the city of
  one of its zones.

A cooperative whose town no zone or market serves has nowhere to send its
local-only products: their pages say so and no checkout destination
accepts them.

**Where it is checked.** The product page and the basket say where each
local-only item can go; the delivery step offers only the areas and markets
that every line of the basket can reach and says which line rules out the
rest; the later checkout steps and the placing of the order check the
chosen destination again (``basket_destination_check``), so nothing the
browser posts gets a perishable to a place it cannot go.

The rule itself is pure (``local_destinations``, ``Destinations``,
``destination_blockers``) and tested with worked examples; the functions
below it read the database and word the answer for the customer.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from django.utils.translation import gettext as _

T = TypeVar("T")


# --- the rule (pure) ---------------------------------------------------------


@dataclass(frozen=True)
class ZonePlaces:
    """What the rule needs to know of a delivery zone."""

    id: int
    city: str
    areas: tuple[str, ...] = ()


@dataclass(frozen=True)
class PointPlace:
    """What the rule needs to know of a pickup point."""

    id: int
    city: str


@dataclass(frozen=True)
class Destinations:
    """Where something may go: anywhere, or only these zones and pickup points."""

    zones: frozenset[int] = frozenset()
    points: frozenset[int] = frozenset()
    anywhere: bool = False

    def allows(self, *, zone_id: int | None = None, point_id: int | None = None) -> bool:
        if self.anywhere:
            return True
        if zone_id is not None:
            return zone_id in self.zones
        return point_id is not None and point_id in self.points

    def __and__(self, other: "Destinations") -> "Destinations":
        """Where both may go."""
        if self.anywhere:
            return other
        if other.anywhere:
            return self
        return Destinations(zones=self.zones & other.zones, points=self.points & other.points)

    @property
    def is_nowhere(self) -> bool:
        return not (self.anywhere or self.zones or self.points)


ANYWHERE = Destinations(anywhere=True)


def place_key(name: str | None) -> str:
    """A place name as compared: "  Dera  Ghazi khan " and "Dera Ghazi Khan" are one."""
    return " ".join((name or "").split()).casefold()


def local_destinations(
    *, towns: Iterable[str], zones: Iterable[ZonePlaces], points: Iterable[PointPlace]
) -> Destinations:
    """A cooperative's own zones and markets, from its town names (city, district)."""
    keys = {place_key(town) for town in towns} - {""}
    own_zones = [
        zone
        for zone in zones
        if place_key(zone.city) in keys or keys & {place_key(area) for area in zone.areas}
    ]
    market_towns = keys | {place_key(zone.city) for zone in own_zones}
    return Destinations(
        zones=frozenset(zone.id for zone in own_zones),
        points=frozenset(point.id for point in points if place_key(point.city) in market_towns),
    )


def common_destinations(reaches: Iterable[Destinations]) -> Destinations:
    """Where every one of them may go."""
    common = ANYWHERE
    for reach in reaches:
        common &= reach
    return common


def destination_blockers(
    lines: Iterable[tuple[T, Destinations]],
    *,
    zone_id: int | None = None,
    point_id: int | None = None,
) -> list[T]:
    """The lines that cannot go to this zone (or pickup point)."""
    return [line for line, reach in lines if not reach.allows(zone_id=zone_id, point_id=point_id)]


# --- reading the delivery data -----------------------------------------------


def _stored(obj, name: str) -> str:
    # The value in the site's language, not the reader's: "Haripur" must
    # meet "Haripur" on an Urdu page too.
    return getattr(obj, f"{name}_en", None) or getattr(obj, name)


@dataclass
class Network:
    """The active zones (with their active areas) and pickup points, read once."""

    zones: dict = field(default_factory=dict)
    points: dict = field(default_factory=dict)

    def zone_places(self) -> list[ZonePlaces]:
        return [
            ZonePlaces(
                id=zone.pk,
                city=_stored(zone, "city"),
                areas=tuple(_stored(area, "name") for area in zone.active_areas),
            )
            for zone in self.zones.values()
        ]

    def point_places(self) -> list[PointPlace]:
        return [PointPlace(id=p.pk, city=_stored(p, "city")) for p in self.points.values()]


def delivery_network() -> Network:
    from django.db.models import Prefetch

    from .models import DeliveryZone, PickupPoint, ServedArea

    zones = DeliveryZone.objects.filter(is_active=True).prefetch_related(
        Prefetch(
            "areas",
            queryset=ServedArea.objects.filter(is_active=True).order_by("name"),
            to_attr="active_areas",
        )
    )
    return Network(
        zones={zone.pk: zone for zone in zones},
        points={point.pk: point for point in PickupPoint.objects.filter(is_active=True)},
    )


def cooperative_destinations(cooperative, network: Network) -> Destinations:
    if cooperative is None:
        return Destinations()
    return local_destinations(
        towns=[_stored(cooperative, "city"), _stored(cooperative, "district")],
        zones=network.zone_places(),
        points=network.point_places(),
    )


def _cooperative(stockrecord):
    partner = getattr(stockrecord, "partner", None)
    return getattr(partner, "cooperative", None) if partner is not None else None


def product_destinations(product, *, network: Network | None = None, stockrecord=None):
    """Where this product may go (``ANYWHERE`` unless it is local only)."""
    if not product.is_local_only:
        return ANYWHERE
    if stockrecord is None:
        stockrecord = next(iter(product.stockrecords.all()), None)
    return cooperative_destinations(_cooperative(stockrecord), network or delivery_network())


@dataclass(frozen=True)
class LineReach:
    line: object
    destinations: Destinations
    sentence: str  # where it can go, for the customer

    @property
    def title(self) -> str:
        return self.line.product.get_title() if self.line.product_id else self.line.description


def basket_reach(basket, *, network: Network | None = None) -> list[LineReach]:
    """The basket's local-only lines, with where each can go."""
    lines = [
        line
        for line in (basket.all_lines() if basket is not None and basket.pk else [])
        if line.product_id and line.product.is_local_only
    ]
    if not lines:
        return []
    network = network or delivery_network()
    reaches = []
    for line in lines:
        destinations = product_destinations(
            line.product, network=network, stockrecord=line.stockrecord
        )
        reaches.append(LineReach(line, destinations, reach_sentence(destinations, network)))
    return reaches


@dataclass(frozen=True)
class BasketReach:
    """The basket's local-only lines, and where all of the basket can go."""

    lines: list[LineReach]
    common: Destinations

    @property
    def nowhere_for_all(self) -> bool:
        return bool(self.lines) and self.common.is_nowhere


def basket_reach_summary(basket) -> BasketReach:
    """No query of the delivery data unless the basket holds a local-only line."""
    lines = basket_reach(basket)
    return BasketReach(lines, common_destinations(line.destinations for line in lines))


def _names_or(names: list[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    # Translators: the last of several names: "A, B or C" (names holds "A, B")
    return _("%(names)s or %(last)s") % {"names": _(", ").join(names[:-1]), "last": names[-1]}


def reach_sentence(destinations: Destinations, network: Network) -> str:
    """Where it can go, in a sentence: "Delivered only in Bahawalpur, or picked up at …"."""
    zones = [
        str(network.zones[pk].name) for pk in sorted(destinations.zones) if pk in network.zones
    ]
    points = [
        str(network.points[pk].name) for pk in sorted(destinations.points) if pk in network.points
    ]
    if destinations.anywhere:
        return ""
    if zones and points:
        return _("Delivered only in %(zones)s, or picked up at %(markets)s.") % {
            "zones": _names_or(zones),
            "markets": _names_or(points),
        }
    if zones:
        return _("Delivered only in %(zones)s.") % {"zones": _names_or(zones)}
    if points:
        return _("Only for pickup at %(markets)s.") % {"markets": _names_or(points)}
    return _(
        "Sold only near where it is made, and its cooperative has no delivery or market at present."
    )


class DestinationRefused(Exception):
    """Something in the basket cannot go to the chosen place; ``message`` says what."""

    def __init__(self, message: str, blockers: list[LineReach]):
        self.message = message
        self.blockers = blockers
        super().__init__(message)


def basket_destination_check(
    *, basket, zone=None, pickup_point=None, network: Network | None = None
) -> None:
    """Refuse (``DestinationRefused``) a destination a line of the basket cannot reach."""
    if (zone is None) == (pickup_point is None):
        raise ValueError("a zone or a pickup point (one of them)")
    reaches = basket_reach(basket, network=network)
    blockers = destination_blockers(
        [(reach, reach.destinations) for reach in reaches],
        zone_id=zone.pk if zone is not None else None,
        point_id=pickup_point.pk if pickup_point is not None else None,
    )
    if not blockers:
        return
    place = zone.name if zone is not None else pickup_point.name
    message = " ".join(
        _("“%(product)s” cannot go to %(place)s. %(where)s")
        % {"product": reach.title, "place": place, "where": reach.sentence}
        for reach in blockers
    )
    raise DestinationRefused(message, blockers)
