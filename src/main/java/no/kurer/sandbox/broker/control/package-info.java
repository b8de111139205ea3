/**
 * The sandbox broker's rules (PROTOCOLS.md, "Altinn 3 Broker", checked against Altinn/altinn-broker's handlers): token
 * check (the system user's organisation, or the plain sandbox token's consumer until the sandbox Maskinporten issues
 * system user tokens), sender/recipient checks, statuses, the search's filters and 100-result cap
 * ({@link no.kurer.sandbox.broker.control.TransferSearch}), the multipart initialize-and-upload
 * ({@link no.kurer.sandbox.broker.control.MultipartForm}, {@link no.kurer.sandbox.broker.control.InitializeForm}),
 * resource settings and expiry ({@link no.kurer.sandbox.broker.control.ResourceSettings}), DownloadStarted on
 * download, confirm only after it and only while Published, and fault modes.
 */
package no.kurer.sandbox.broker.control;
