"""Oscar's basket pages, saying each refusal once, in words a shopper can act on.

What may be bought is decided by the purchase strategy (``partner.strategy``);
these views only word its answers:

- A product that cannot go in the basket (not for sale, more than are left)
  is refused with one message naming it. Oscar also re-shows the product
  page's form bound to the refused quantity, repeating the error under an
  "Oops! We found some errors" banner; here the form starts afresh.
- A line that cannot be bought as it stands (hidden since it was added, its
  cooperative paused, fewer left now) gets a warning on the basket page
  saying what to do; every checkout step sends the shopper back here until
  it is changed (``checkout.session``).
- A quantity that cannot be bought is said next to its line, without a
  general "your basket has got some issues" notice above it as well.
"""

from django.contrib import messages
from oscar.apps.basket import views as oscar_views
from oscar.core import ajax
from oscar.core.utils import is_ajax, redirect_to_referrer

from partner.strategy import add_refusal, basket_line_refusal


class BasketView(oscar_views.BasketView):
    def get_basket_warnings(self, basket):
        warnings = []
        for line in basket.all_lines():
            # Oscar's own warning otherwise: a price changed since it was added.
            warning = basket_line_refusal(line) or line.get_warning()
            if warning:
                warnings.append(warning)
        return warnings

    def formset_invalid(self, formset):
        has_deletion = any(formset._should_delete_form(form) for form in formset.forms)
        if has_deletion:
            # As Oscar does: a line removed alongside an error is removed now.
            self.remove_deleted_forms(formset)
            if all(form.is_valid() for form in formset.forms):
                return self.formset_valid(formset)
        if is_ajax(self.request):
            context = self.get_context_data(formset=formset, basket=self.request.basket)
            return self.json_response(context, ajax.FlashMessages())
        # The page again, each error next to its line (Oscar's template).
        return super(oscar_views.BasketView, self).formset_invalid(formset)


class BasketAddView(oscar_views.BasketAddView):
    def form_invalid(self, form):
        reasons = [error for errors in form.errors.values() for error in errors]
        messages.error(self.request, add_refusal(form.product.get_title(), reasons))
        return redirect_to_referrer(self.request, "basket:summary")


class SavedView(oscar_views.SavedView):
    """Items saved for later, moved back to the basket."""

    def formset_invalid(self, formset):
        for form in formset.forms:
            reasons = [error for errors in form.errors.values() for error in errors]
            if reasons:
                messages.error(
                    self.request, add_refusal(form.instance.product.get_title(), reasons)
                )
        return redirect_to_referrer(self.request, "basket:summary")
