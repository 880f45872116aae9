import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .providers import ProviderError, SignatureInvalid, card_provider
from .services import provider_event_receive

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """Verify the signature on the raw body, then store and process the event once."""
    provider = card_provider()
    if provider is None:
        return HttpResponse(status=404)
    try:
        event = provider.event_verify(request.body, request.headers.get("Stripe-Signature", ""))
    except SignatureInvalid:
        return HttpResponseBadRequest("invalid signature")
    try:
        provider_event_receive(event=event)
    except ProviderError:
        logger.warning("event %s not processed yet", event.id, exc_info=True)
        return HttpResponse("retry later", status=503)
    return HttpResponse("ok")
