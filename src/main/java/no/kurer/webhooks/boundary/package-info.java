/** {@code /api/subscriptions}, {@code /admin/webhooks} and the webhook round's timer. */
package no.kurer.webhooks.boundary;
