/**
 * The Altinn token exchange ({@link no.kurer.altinn.control.AltinnTokens}) and its failures as problems:
 * {@link no.kurer.altinn.control.AltinnExchangeRefused} (Altinn said no, 502),
 * {@link no.kurer.altinn.control.AltinnExchangeFailed} (Altinn answered with an error or nonsense, 502) and
 * {@link no.kurer.altinn.control.AltinnUnreachable} (no answer, 503).
 */
package no.kurer.altinn.control;
