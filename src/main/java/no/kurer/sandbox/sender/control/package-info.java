/**
 * A sandbox corner 1 (avsender): builds what a real sender sends to a corner 2 (seed {@code 003},
 * Digdir's DPI formats in {@code reference/dpi/}) and sends it to Kurer over HTTP only.
 *
 * <p>The factories are building blocks for tests as well: {@link
 * no.kurer.sandbox.sender.control.ForretningsmeldingFactory} (the {@code digital} forretningsmelding
 * as a JWS with {@code x5c}, every field overridable) and {@link
 * no.kurer.sandbox.sender.control.DokumentpakkeFactory} (an ASiC-E with an XAdES signature,
 * CMS-encrypted to the mailbox provider).
 */
package no.kurer.sandbox.sender.control;
