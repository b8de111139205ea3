/**
 * {@code POST /sandbox/sender/{avsender-orgno}/digitalpost}: makes the sandbox act as a corner 1
 * and send one digital post to Kurer's C2 API (seed {@code 003}), answering every HTTP call it made.
 */
package no.kurer.sandbox.sender.boundary;
