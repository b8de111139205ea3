/**
 * DPO logic: the broker client ({@link no.kurer.broker.control.BrokerApi}, a MicroProfile Rest Client, wrapped by
 * {@link no.kurer.broker.control.Broker}), packaging ({@link no.kurer.broker.control.DpoPackage}: {@code sbd.zip} with
 * {@code sbd.json} + {@code asic.zip}, as Digdir's integration point), the payload
 * ({@link no.kurer.broker.control.DpoPayload}: an ASiC-E with a CAdES signature, {@link no.kurer.broker.control.AsicEWriter}
 * and {@link no.kurer.broker.control.AsicEVerifier}, CMS-encrypted to the receiver's enterprise certificate,
 * {@link no.kurer.broker.control.CmsEnvelope}, found in {@link no.kurer.broker.control.ReceiverCertificates}), sending
 * ({@link no.kurer.broker.control.Sending}), receiving ({@link no.kurer.broker.control.Receiving}, which trusts the
 * broker's authenticated sender over the SBD's claim, {@link no.kurer.broker.control.IncomingFileRules}, and inflates
 * nothing past {@link no.kurer.broker.control.EntryLimits}; the payload is decrypted straight from the downloaded
 * file's {@code asic.zip} entry, with no encrypted copy extracted first) and the system user
 * token ({@link no.kurer.broker.control.BrokerTokens}). Every broker call keeps to Altinn's published rate limits
 * ({@link no.kurer.broker.control.BrokerPacing}, {@link no.kurer.broker.control.BrokerCall}); a 429 is an outage, never
 * a failed attempt. PROTOCOLS.md, "Altinn 3 Broker"; the payload format is Digdir's
 * integration point's ({@code AsicHandlerImpl}, {@code AltinnPackage}).
 */
package no.kurer.broker.control;
