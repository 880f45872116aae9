// Card entry on the order preview: Stripe.js turns the card into a
// PaymentMethod id; the server authorises it, places the order, then
// captures. If the bank asks the customer to confirm (3-D Secure), the
// server sends the page back with data-card-action and we resubmit after it.
(function () {
  "use strict";
  var form = document.getElementById("place_order_form");
  if (!form || !window.Stripe) { return; }
  var stripe = window.Stripe(form.dataset.stripeKey);
  var card = stripe.elements().create("card");
  card.mount("#card-element");
  var errors = document.getElementById("card-errors");
  var button = document.getElementById("place-order");
  var busy = false;

  function fail(message) {
    errors.textContent = message;
    button.disabled = false;
    busy = false;
  }

  if (form.dataset.cardAction) {
    button.disabled = true;
    busy = true;
    stripe.confirmCardPayment(form.dataset.cardAction).then(function () {
      // Whatever the outcome, the server asks Stripe for it.
      form.submit();
    });
  }

  form.addEventListener("submit", function (event) {
    if (form.payment_method_id.value) { return; }
    event.preventDefault();
    if (busy) { return; }
    busy = true;
    button.disabled = true;
    errors.textContent = "";
    stripe.createPaymentMethod({ type: "card", card: card }).then(function (result) {
      if (!result || result.error) {
        fail((result && result.error && result.error.message) || form.dataset.cardError || "");
        return;
      }
      form.payment_method_id.value = result.paymentMethod.id;
      form.submit();
    });
  });
})();
