from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.admin import *  # noqa: F403

from .browse import synonym_words
from .models import SearchSynonym


class SearchSynonymForm(forms.ModelForm):
    class Meta:
        model = SearchSynonym
        fields = ["words"]
        widgets = {"words": forms.Textarea(attrs={"rows": 3})}

    def clean_words(self):
        words = synonym_words(self.cleaned_data["words"])
        if len(words) < 2:
            raise forms.ValidationError(
                _("Give at least two words, separated by commas, that mean the same.")
            )
        return ", ".join(words)


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
    form = SearchSynonymForm
    list_display = ["words"]
    search_fields = ["words"]
