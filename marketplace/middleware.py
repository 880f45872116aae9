"""Oscar's dashboard is for the network's staff only.

In Oscar's partner mode a partner user (a cooperative leader) sees every line
of an order that holds one of her products — other cooperatives' lines
included — can change the order's status and can open the customer's
address. Oscar's dashboard also hands out ``partner.dashboard_access`` when
staff link a user to a partner. Rather than follow each of Oscar's views,
every URL in its ``dashboard`` namespace but the sign-in page answers 403 to
anyone who is not staff; leaders work in the cooperative dashboard instead.
"""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

OPEN_VIEWS = {"dashboard:login", "dashboard:logout"}


class OscarDashboardStaffOnlyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or "dashboard" not in match.namespaces:
            return None
        if match.view_name in OPEN_VIEWS:
            return None
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not user.is_staff:
            raise PermissionDenied
        return None
