from django.contrib import admin

from .models import Payment, ProviderEvent, Refund


class ReadOnly(admin.ModelAdmin):
    """Money rows are written by the services only."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Payment)
class PaymentAdmin(ReadOnly):
    list_display = [
        "order_number",
        "attempt",
        "method",
        "status",
        "amount_paisa",
        "amount_captured_paisa",
        "amount_refunded_paisa",
        "created_at",
    ]
    list_filter = ["method", "status"]
    search_fields = ["order_number", "intent_id"]


@admin.register(Refund)
class RefundAdmin(ReadOnly):
    list_display = ["payment", "amount_paisa", "provider_refund_id", "by", "created_at"]


@admin.register(ProviderEvent)
class ProviderEventAdmin(ReadOnly):
    list_display = ["event_id", "type", "deliveries", "received_at", "processed_at", "error"]
    list_filter = ["type"]
    search_fields = ["event_id"]
