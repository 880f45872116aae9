from dataclasses import dataclass, field
from typing import Protocol


class ProviderError(Exception):
    """The provider could not be reached or answered with an error."""


class CardDeclined(ProviderError):
    def __init__(self, message, intent: "IntentState | None" = None):
        super().__init__(message)
        self.message = message
        self.intent = intent


class SignatureInvalid(Exception):
    pass


@dataclass(frozen=True)
class IntentState:
    """What the provider says about one payment, in its own words."""

    id: str
    status: str  # requires_payment_method, requires_action, requires_capture, succeeded, canceled…
    amount_paisa: int
    currency: str
    amount_received_paisa: int = 0
    client_secret: str = ""
    failure_message: str = ""
    metadata: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RefundState:
    id: str
    amount_paisa: int
    status: str


@dataclass(frozen=True)
class WebhookEvent:
    id: str
    type: str
    object_id: str
    payload: dict


class CardProvider(Protocol):
    name: str

    def intent_create(
        self,
        *,
        idempotency_key: str,
        amount_paisa: int,
        currency: str,
        payment_method: str,
        metadata: dict,
    ) -> IntentState: ...

    def intent_retrieve(self, intent_id: str) -> IntentState: ...

    def intent_capture(self, intent_id: str, *, idempotency_key: str) -> IntentState: ...

    def intent_void(self, intent_id: str, *, idempotency_key: str) -> IntentState: ...

    def refund_create(
        self, intent_id: str, *, amount_paisa: int, idempotency_key: str
    ) -> RefundState: ...

    def refunds_list(self, intent_id: str) -> list[RefundState]: ...

    def event_verify(self, payload: bytes, signature: str) -> WebhookEvent: ...
