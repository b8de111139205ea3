/**
 * Digdir's production C2 API ({@code reference/dpi/docs/api/openapi_spec.yaml}): {@code /dpi/messages/out}
 * (send, statuses) and {@code /dpi/messages/in} (the sender's unread receipts, mark read), on the same intake, store and
 * isolation as the seed's API, so Digdir's integration point works against Kurer unchanged.
 */
package no.kurer.dpi.messages;
