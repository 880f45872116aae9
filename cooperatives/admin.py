from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Cooperative, Member


class MemberInline(admin.TabularInline):
    model = Member
    extra = 0
    fields = ("name", "phone", "cnic_last_digits", "consents_to_story", "is_active", "joined_on")


@admin.register(Cooperative)
class CooperativeAdmin(TranslationAdmin):
    list_display = ("name", "city", "district", "status")
    list_filter = ("status", "district")
    search_fields = ("name_en", "name_ur", "city", "district", "registration_number")
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = [MemberInline]
    raw_id_fields = ("partner",)

    def get_changeform_initial_data(self, request):
        # A cooperative added here joins the network: it is approved (set
        # Active) once staff have checked it, not on creation.
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("status", Cooperative.Status.AWAITING_APPROVAL)
        return initial


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ("name", "cooperative", "is_active", "consents_to_story")
    list_filter = ("cooperative", "is_active")
    search_fields = ("name",)
