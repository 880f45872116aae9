"""Paying for orders: cash on delivery and cards, refunds, provider events.

Cards (see providers/stripe.py) are authorised before the order is placed and
captured after it commits, so money is taken only for an order that exists;
an authorisation whose order could not be placed is released. Each card
attempt is a ``Payment`` row created before the provider is called; its
idempotency key is ``hb-<order number>-<attempt>``, and every later call for
it (capture, release, refund n) extends that key. A double click, a resubmit
or a retried task therefore repeats the same request and the provider answers
it with the first result.

Provider events are an inbox: stored once by id, then each handler fetches the
payment's current state from the provider and applies it forwards only
(payments.states). Replays and events out of order converge on the same state.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.money import from_paisa, to_paisa

from .models import Payment, ProviderEvent, Refund
from .providers import CardDeclined, ProviderError, card_provider
from .states import status_after

logger = logging.getLogger(__name__)
S = Payment.Status
OrderNote = get_model("order", "OrderNote")


class PaymentRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def rupees(amount_paisa: int) -> str:
    return f"Rs {from_paisa(amount_paisa):,.2f}".replace(".00", "")


# --- which methods, and what an order still owes --------------------------------


def payment_methods(*, total_incl_tax) -> list[dict]:
    """The methods offered for an order of this total, each with why not if not."""
    methods = []
    cod_max = settings.COD_MAX_ORDER_VALUE
    cash_ok = to_paisa(total_incl_tax) <= to_paisa(cod_max)
    methods.append(
        {
            "code": Payment.Method.CASH,
            "label": Payment.Method.CASH.label,
            "available": cash_ok,
            "reason": ""
            if cash_ok
            else _("Cash on delivery is for orders up to %(max)s.")
            % {"max": rupees(cod_max * 100)},
        }
    )
    if card_provider() is not None:
        methods.append(
            {"code": Payment.Method.CARD, "label": Payment.Method.CARD.label, "available": True}
        )
    return methods


def order_payment(order) -> Payment | None:
    """The payment that pays for the order (cash due, or the card authorised/paid)."""
    return (
        Payment.objects.filter(order=order, status__in=[S.DUE, S.AUTHORISED, S.PAID])
        .order_by("-attempt")
        .first()
    )


def order_note(order, message: str):
    if order is not None:
        OrderNote.objects.create(order=order, note_type="System", message=message)


# --- cash --------------------------------------------------------------------


def cash_payment_create(*, order, amount_paisa: int) -> Payment:
    """Cash to collect on delivery (in the order's transaction)."""
    payment = Payment.objects.create(
        order_number=order.number,
        order=order,
        method=Payment.Method.CASH,
        idempotency_key=f"hb-{order.number}-cash",
        amount_paisa=amount_paisa,
        currency=order.currency,
        status=S.DUE,
    )
    order_note(
        order, _("Cash on delivery: %(amount)s to collect.") % {"amount": rupees(amount_paisa)}
    )
    return payment


# --- cards ---------------------------------------------------------------------


def _key(order_number: str, attempt: int) -> str:
    return f"hb-{order_number}-{attempt}"


def _apply(payment: Payment, state) -> Payment:
    """Apply the provider's state to a locked payment row (forwards only)."""
    before = payment.status
    payment.intent_id = payment.intent_id or state.id
    payment.status = status_after(
        payment.status, state.status, has_failure=bool(state.failure_message)
    )
    if payment.status == S.FAILED and state.failure_message:
        payment.failure_message = state.failure_message[:255]
    if payment.status == S.PAID:
        payment.amount_captured_paisa = max(
            payment.amount_captured_paisa, state.amount_received_paisa
        )
    payment.save()
    if payment.status != before and payment.order_id:
        if payment.status == S.PAID:
            order_note(
                payment.order,
                _("Card payment of %(amount)s received (Stripe %(id)s).")
                % {"amount": rupees(payment.amount_captured_paisa), "id": payment.intent_id},
            )
        elif payment.status == S.VOIDED:
            order_note(payment.order, _("Card authorisation released; nothing was charged."))
    return payment


def card_payment_authorise(*, order_number: str, amount_paisa: int, payment_method: str) -> Payment:
    """Authorise the card for this order number, or return the authorisation
    already made for it (a resubmit, a double click, a crash before the order
    was placed). Manages its own transactions: the attempt's row is committed
    before the provider is called, and the provider is called while that row
    is locked, so two requests for one order never both call it.

    Raises CardDeclined (the attempt is recorded as declined; the next call is
    a new attempt with a new key), ProviderError or PaymentRefused.
    """
    provider = card_provider()
    if provider is None:
        raise PaymentRefused(_("Card payments are not available."))
    if not payment_method:
        raise PaymentRefused(_("Please enter your card details."))
    payment = _card_attempt(provider, order_number, amount_paisa)
    if payment.status != S.STARTED:
        return payment
    declined = None
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment.pk)
        if payment.status != S.STARTED or payment.intent_id:
            return payment  # another request for this order finished it meanwhile
        try:
            state = provider.intent_create(
                idempotency_key=payment.idempotency_key,
                amount_paisa=amount_paisa,
                currency="PKR",
                payment_method=payment_method,
                metadata={"order_number": order_number, "attempt": str(payment.attempt)},
            )
        except CardDeclined as error:
            declined = error
            payment.status = S.FAILED
            payment.failure_message = error.message[:255]
            if error.intent is not None:
                payment.intent_id = error.intent.id
            payment.save()
        else:
            _apply(payment, state)
    if declined is not None:
        raise declined
    return payment


def _card_attempt(provider, order_number, amount_paisa) -> Payment:
    """The attempt to use: the live one for this order if its amount still
    holds, else a new row (committed, with its key) in state STARTED."""
    for _retry in range(3):
        try:
            with transaction.atomic():
                return _card_attempt_locked(provider, order_number, amount_paisa)
        except IntegrityError:
            continue  # a concurrent request created the same attempt first
    raise ProviderError("could not record the payment attempt")


def _card_attempt_locked(provider, order_number, amount_paisa) -> Payment:
    latest = (
        Payment.objects.select_for_update()
        .filter(order_number=order_number, method=Payment.Method.CARD)
        .order_by("-attempt")
        .first()
    )
    if latest is not None and latest.status == S.REQUIRES_ACTION and latest.intent_id:
        _apply(latest, provider.intent_retrieve(latest.intent_id))
        if latest.status == S.FAILED:
            raise CardDeclined(latest.failure_message or _("Your card was declined."))
    if latest is not None and latest.status in (S.AUTHORISED, S.PAID, S.REQUIRES_ACTION):
        if latest.amount_paisa == amount_paisa or latest.order_id:
            return latest
        card_payment_void(payment=latest)  # the basket changed since: let it go
    if latest is not None and latest.status == S.STARTED and not latest.intent_id:
        # An earlier request stopped before the provider answered: same
        # attempt, same key, so the provider gives back what it did then.
        latest.amount_paisa = amount_paisa
        latest.save(update_fields=["amount_paisa", "updated_at"])
        return latest
    attempt = latest.attempt + 1 if latest else 1
    return Payment.objects.create(
        order_number=order_number,
        method=Payment.Method.CARD,
        attempt=attempt,
        idempotency_key=_key(order_number, attempt),
        amount_paisa=amount_paisa,
        status=S.STARTED,
    )


def card_payment_attach(*, payment: Payment, order) -> Payment:
    """Tie the authorised payment to the order just placed (same transaction)."""
    payment.order = order
    payment.save(update_fields=["order", "updated_at"])
    order_note(
        order,
        _("Card authorised for %(amount)s (Stripe %(id)s).")
        % {"amount": rupees(payment.amount_paisa), "id": payment.intent_id},
    )
    return payment


def card_payment_capture(*, payment_id: int) -> Payment:
    """Take the authorised money for a placed order. Safe to call again."""
    provider = card_provider()
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment_id)
        if payment.status != S.AUTHORISED or payment.order_id is None:
            return payment
        state = provider.intent_capture(
            payment.intent_id, idempotency_key=payment.idempotency_key + "-capture"
        )
        return _apply(payment, state)


def card_payment_capture_on_commit(payment_id: int):
    def capture():
        try:
            card_payment_capture(payment_id=payment_id)
        except ProviderError:
            # The order stands; the settle job captures it on its next run.
            logger.warning("capture of payment %s failed; will retry", payment_id, exc_info=True)

    transaction.on_commit(capture)


def card_payment_void(*, payment: Payment) -> Payment:
    """Release an authorisation that has no order (locked row, or locks it)."""
    if payment.status not in (S.STARTED, S.REQUIRES_ACTION, S.AUTHORISED) or not payment.intent_id:
        return payment
    provider = card_provider()
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment.pk)
        if payment.order_id is not None and payment.status == S.AUTHORISED:
            return payment
        try:
            state = provider.intent_void(
                payment.intent_id, idempotency_key=payment.idempotency_key + "-void"
            )
        except ProviderError:
            state = provider.intent_retrieve(payment.intent_id)
        return _apply(payment, state)


def payments_settle(*, now=None) -> dict:
    """Capture authorised payments of placed orders; release stale ones of none."""
    now = now or timezone.now()
    captured = released = 0
    for pk in Payment.objects.filter(status=S.AUTHORISED, order__isnull=False).values_list(
        "pk", flat=True
    ):
        try:
            if card_payment_capture(payment_id=pk).status == S.PAID:
                captured += 1
        except ProviderError:
            logger.warning("capture of payment %s failed", pk, exc_info=True)
    stale = now - timedelta(minutes=settings.PAYMENT_AUTHORISATION_MINUTES)
    for payment in Payment.objects.filter(
        status__in=[S.AUTHORISED, S.REQUIRES_ACTION],
        order__isnull=True,
        intent_id__isnull=False,
        updated_at__lt=stale,
    ):
        try:
            if card_payment_void(payment=payment).status == S.VOIDED:
                released += 1
        except ProviderError:
            logger.warning("release of payment %s failed", payment.pk, exc_info=True)
    return {"captured": captured, "released": released}


# --- refunds -------------------------------------------------------------------


def card_refund_issue(*, payment_id: int, amount_paisa: int, by, reason: str) -> Refund:
    """Refund part or all of a card payment; more than is left is refused."""
    if amount_paisa <= 0:
        raise PaymentRefused(_("A refund must be more than zero."))
    provider = card_provider()
    if provider is None:
        raise PaymentRefused(_("Card payments are not configured; refund it by hand."))
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment_id)
        if payment.method != Payment.Method.CARD or payment.status != S.PAID:
            raise PaymentRefused(_("Only a card payment that was taken can be refunded."))
        if amount_paisa > payment.refundable_paisa:
            raise PaymentRefused(
                _("%(asked)s is more than the %(left)s left to refund on this payment.")
                % {"asked": rupees(amount_paisa), "left": rupees(payment.refundable_paisa)}
            )
        number = payment.refunds.count() + 1
        key = f"{payment.idempotency_key}-refund-{number}"
        state = provider.refund_create(
            payment.intent_id, amount_paisa=amount_paisa, idempotency_key=key
        )
        refund, _created = Refund.objects.get_or_create(
            provider_refund_id=state.id,
            defaults={
                "payment": payment,
                "idempotency_key": key,
                "amount_paisa": state.amount_paisa,
                "reason": reason[:255],
                "by": by,
            },
        )
        _refunded_total(payment)
        order_note(
            payment.order,
            _("Refunded %(amount)s to the card (Stripe %(id)s): %(reason)s")
            % {"amount": rupees(refund.amount_paisa), "id": state.id, "reason": reason},
        )
        return refund


def _refunded_total(payment: Payment):
    total = payment.refunds.aggregate(total=Sum("amount_paisa"))["total"] or 0
    Payment.objects.filter(pk=payment.pk).update(amount_refunded_paisa=total)
    payment.amount_refunded_paisa = total


# --- provider events (webhooks) ------------------------------------------------


def _payment_for_intent(intent_id: str, metadata: dict) -> Payment | None:
    payment = Payment.objects.select_for_update().filter(intent_id=intent_id).first()
    if payment is None and metadata.get("order_number"):
        # The request that created it stopped before recording the intent's id.
        payment = (
            Payment.objects.select_for_update()
            .filter(
                order_number=metadata["order_number"],
                attempt=int(metadata.get("attempt") or 0),
                method=Payment.Method.CARD,
                intent_id__isnull=True,
            )
            .first()
        )
    return payment


def payment_intent_sync(*, intent_id: str):
    """Bring our payment in line with the provider's current state of it."""
    provider = card_provider()
    state = provider.intent_retrieve(intent_id)
    payment = _payment_for_intent(intent_id, state.metadata)
    if payment is None:
        logger.info("event for an unknown payment %s ignored", intent_id)
        return None
    return _apply(payment, state)


def payment_refunds_sync(*, intent_id: str):
    """Record refunds made outside this site (and confirm ours) from the provider."""
    payment = payment_intent_sync(intent_id=intent_id)
    if payment is None:
        return None
    for state in card_provider().refunds_list(intent_id):
        if state.status in ("failed", "canceled"):
            continue
        Refund.objects.get_or_create(
            provider_refund_id=state.id,
            defaults={
                "payment": payment,
                "amount_paisa": state.amount_paisa,
                "reason": _("Refunded at Stripe"),
            },
        )
    before = payment.amount_refunded_paisa
    _refunded_total(payment)
    if payment.amount_refunded_paisa != before:
        order_note(
            payment.order,
            _("Refunds on the card now total %(amount)s.")
            % {"amount": rupees(payment.amount_refunded_paisa)},
        )
    return payment


def _intent_event(event):
    return payment_intent_sync(intent_id=event["data"]["object"]["id"])


def _charge_refunded(event):
    intent_id = event["data"]["object"].get("payment_intent")
    if intent_id:
        return payment_refunds_sync(intent_id=intent_id)
    return None


EVENT_HANDLERS = {
    "payment_intent.succeeded": _intent_event,
    "payment_intent.payment_failed": _intent_event,
    "payment_intent.canceled": _intent_event,
    "payment_intent.amount_capturable_updated": _intent_event,
    "charge.refunded": _charge_refunded,
}


def provider_event_receive(*, event) -> ProviderEvent:
    """Store a verified event once by id and process it once. Raises if the
    handler fails (the error is kept on the row; the provider will retry)."""
    try:
        with transaction.atomic():
            row, created = ProviderEvent.objects.get_or_create(
                provider="stripe",
                event_id=event.id,
                defaults={"type": event.type, "payload": event.payload},
            )
    except IntegrityError:
        row, created = ProviderEvent.objects.get(provider="stripe", event_id=event.id), False
    if not created:
        ProviderEvent.objects.filter(pk=row.pk).update(deliveries=F("deliveries") + 1)
    try:
        with transaction.atomic():
            row = ProviderEvent.objects.select_for_update().get(pk=row.pk)
            if row.processed_at is not None:
                return row
            handler = EVENT_HANDLERS.get(row.type)
            if handler is not None:
                handler(row.payload)
            row.processed_at = timezone.now()
            row.error = ""
            row.save(update_fields=["processed_at", "error"])
            return row
    except Exception as error:
        ProviderEvent.objects.filter(pk=row.pk).update(error=repr(error)[:2000])
        raise
