/**
 * The sandbox broker's rules (PROTOCOLS.md, "Altinn 3 Broker"): token check (the system user's organisation, or the
 * plain sandbox token's consumer until the sandbox Maskinporten issues system user tokens), sender/recipient checks,
 * statuses, the 100-result cap, DownloadStarted on download, confirm only after it, and fault modes.
 */
package no.kurer.sandbox.broker.control;
