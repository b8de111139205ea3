/**
 * {@code POST /sandbox/sender/{avsender-orgno}/digitalpost}: makes the sandbox act as a corner 1
 * and send one digital post to Kurer's C2 API (seed {@code 003}), answering every HTTP call it made, the
 * forretningsmelding and the dokumentpakke; {@code POST /sandbox/sender/{avsender-orgno}/token}: that sender's
 * Maskinporten token for {@code dpi.audience}, to read its receipts with.
 */
package no.kurer.sandbox.sender.boundary;
