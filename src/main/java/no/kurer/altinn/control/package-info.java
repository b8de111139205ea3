/**
 * The Altinn token exchange ({@link no.kurer.altinn.control.AltinnTokens}) and the failures of every Altinn call as
 * problems: {@link no.kurer.altinn.control.AltinnRefused} (Altinn said no, 502) and
 * {@link no.kurer.altinn.control.AltinnUnreachable} (no answer, 503, or an error or nonsense, 502), each with a problem
 * type per API and failure.
 */
package no.kurer.altinn.control;
