from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from .models import (
    CashCollection,
    CashHandover,
    DeliveryZone,
    Holiday,
    PickupPoint,
    ServedArea,
    Slot,
    SlotBooking,
    SlotTemplate,
)


class ServedAreaInline(TranslationTabularInline):
    model = ServedArea
    extra = 1


class SlotTemplateInline(admin.TabularInline):
    model = SlotTemplate
    extra = 1
    fields = (
        "weekday",
        "start",
        "end",
        "capacity",
        "cutoff_minutes",
        "lead_time_hours",
        "is_active",
    )


@admin.register(DeliveryZone)
class DeliveryZoneAdmin(TranslationAdmin):
    list_display = ("name", "city", "fee", "is_active")
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = [ServedAreaInline, SlotTemplateInline]


@admin.register(PickupPoint)
class PickupPointAdmin(TranslationAdmin):
    list_display = ("name", "city", "weekday", "opens", "closes", "is_active")
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = [SlotTemplateInline]


@admin.register(Holiday)
class HolidayAdmin(TranslationAdmin):
    list_display = ("date", "name")


class SlotBookingInline(admin.TabularInline):
    model = SlotBooking
    extra = 0
    fields = ("order", "follows", "created_at", "released_at")
    readonly_fields = fields
    can_delete = False


@admin.register(Slot)
class SlotAdmin(admin.ModelAdmin):
    list_display = ("__str__", "capacity", "cutoff_at", "is_active")
    list_filter = ("zone", "pickup_point", "is_active")
    date_hierarchy = "starts_at"
    fields = ("zone", "pickup_point", "starts_at", "ends_at", "capacity", "cutoff_at", "is_active")
    readonly_fields = ("zone", "pickup_point", "starts_at", "ends_at")
    inlines = [SlotBookingInline]


class _ReadOnlyMoney(admin.ModelAdmin):
    """Cash rows are written by delivery.cash only, never edited."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CashCollection)
class CashCollectionAdmin(_ReadOnlyMoney):
    list_display = [
        "order",
        "rider",
        "outcome",
        "amount_due_paisa",
        "amount_collected_paisa",
        "recorded_at",
        "handover",
    ]
    list_filter = ["outcome"]


@admin.register(CashHandover)
class CashHandoverAdmin(_ReadOnlyMoney):
    list_display = [
        "rider",
        "received_by",
        "amount_expected_paisa",
        "amount_counted_paisa",
        "created_at",
    ]
