/**
 * Webhooks: NextMove's {@code /api/subscriptions} (NEXTMOVE.md §4, issue 16 item 2). A local system subscribes an
 * endpoint, optionally filtered ({@code status=FEIL,LEVETID_UTLOPT&direction=INCOMING&serviceIdentifier=DPO}); Kurer
 * pings it before it keeps the subscription and refuses it (400) when the ping fails, unreachable included, where
 * Digdir's integration point only logs a connection error.
 *
 * <p>Each {@code conversation.control.StatusRecorded} event becomes one {@code webhook_delivery} row per matching
 * subscription, written in the transaction that recorded the status ({@code control.StatusEvents}). The
 * {@code boundary.WebhookTimer} round claims due rows through their {@code platform.WorkClaim} (one instance sends each
 * event), POSTs the event as efm writes it ({@code control.EventBody}) outside any transaction, and retries with
 * {@code platform.Backoff} up to {@code webhooks.max-attempts}, then marks it FAILED (counted by
 * {@code kurer_webhooks_deliveries_failed_total}). Only a subscription's oldest waiting delivery is due, so each
 * subscriber gets its events in order. {@code GET /admin/webhooks} shows the counts to the administrator.
 */
package no.kurer.webhooks;
