/**
 * Receipts (kvitteringer) between corner 3 and the sender, seed 003 section "Kvitteringer": corner 3 delivers
 * signed receipts to {@code POST /dpi/c3/kvittering/{avsender_orgno}/{conversationid}/{meldingsid}}; they are verified
 * (JWS, certificate chain, Digdir's schemas in {@code reference/dpi/schemas}), tied to the message they answer and stored
 * once; the sender (or the data processor that sent for it) polls them with {@code GET /dpi/kvittering/…} or Digdir's
 * production API ({@code no.kurer.dpi.messages}). Kurer adds its own {@code feil} receipt when a message finally fails,
 * and purges finished messages and old receipts after {@code dpi.retention.days}.
 */
package no.kurer.dpi.kvittering;
