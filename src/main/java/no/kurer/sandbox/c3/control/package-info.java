/**
 * The sandbox corner 3's logic, in plain classes: {@link no.kurer.sandbox.c3.control.Receiver} (the C1–C2 REST
 * interface of seed {@code 003}, reused between corner 2 and corner 3: token check by
 * {@link no.kurer.sandbox.c3.control.BearerTokenVerifier}, JWS-with-x5c check by
 * {@link no.kurer.sandbox.c3.control.MeldingVerifier}, package digest against {@code dokumentpakkefingeravtrykk},
 * duplicates, {@link no.kurer.sandbox.c3.control.Faults}), and the receipts: {@link
 * no.kurer.sandbox.c3.control.KvitteringFactory} (every DPI receipt type per Digdir's schemas, signed with
 * {@code x5c}; tests use it to craft receipts), {@link no.kurer.sandbox.c3.control.Kvitteringer} (mottakskvittering,
 * then leveringskvittering, after a delay) and {@link no.kurer.sandbox.c3.control.KvitteringDelivery}
 * ({@code POST /dpi/c3/kvittering/…} with corner 3's own token from {@link
 * no.kurer.sandbox.c3.control.C3AccessTokens}, retried with backoff). Each refusal is a
 * {@link no.kurer.sandbox.c3.control.C3Refusal} subclass carrying its HTTP status.
 */
package no.kurer.sandbox.c3.control;
