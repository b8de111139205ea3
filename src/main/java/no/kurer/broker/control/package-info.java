/**
 * DPO logic: the broker client ({@link no.kurer.broker.control.BrokerApi}, a MicroProfile Rest Client, wrapped by
 * {@link no.kurer.broker.control.Broker}, which {@link no.kurer.broker.control.BrokerConnection} makes for the live
 * {@code altinn.base-url}; its failures are {@link no.kurer.broker.control.BrokerRefused} or
 * {@link no.kurer.broker.control.BrokerUnreachable}, with a problem type per failure), packaging
 * ({@link no.kurer.broker.control.DpoPackage}: {@code sbd.zip} with {@code sbd.json} + {@code asic.zip}, as Digdir's
 * integration point), the payload ({@link no.kurer.broker.control.DpoPayload}: an ASiC-E with a CAdES signature,
 * {@link no.kurer.broker.control.AsicEWriter} and {@link no.kurer.broker.control.AsicEVerifier}, CMS-encrypted to the
 * receiver's enterprise certificate, {@link no.kurer.broker.control.CmsEnvelope}, chosen by
 * {@link no.kurer.broker.control.DpoReceivers}: the override file {@link no.kurer.broker.control.ReceiverCertificates},
 * else the receiver's DPO record in Digdir's service registry, which also decides at create whether the receiver takes
 * DPO at all), sending ({@link no.kurer.broker.control.Sending}, its
 * messages in {@link no.kurer.broker.control.Outbox}), receiving ({@link no.kurer.broker.control.Receiving}, its files
 * in {@link no.kurer.broker.control.IncomingTransfers}; it trusts the broker's authenticated sender over the SBD's
 * claim, {@link no.kurer.broker.control.IncomingFileRules}, and inflates nothing past
 * {@link no.kurer.broker.control.EntryLimits}; the payload is decrypted straight from the downloaded file's
 * {@code asic.zip} entry, with no encrypted copy extracted first), the incoming messages the local system reads
 * ({@link no.kurer.broker.control.Inbox}) and the system user token ({@link no.kurer.broker.control.BrokerTokens}).
 * Files stream end to end and are never held whole in memory: a {@code PUT} goes to the file store through
 * {@link no.kurer.broker.control.LimitedInputStream}, which refuses it with
 * {@link no.kurer.broker.control.MessageTooLarge} as soon as the message's files pass {@code dpo.max-message-bytes};
 * sealing writes the ASiC-E straight into the CMS stream and that into the {@code sbd.zip} entry; the broker upload
 * streams from the file (chunked), the download to a file; the local system reads the decrypted payload from the
 * file store ({@code DpoStreamingIT}: 400 MiB through a 128 MiB heap).
 * Every broker call keeps to Altinn's published rate limits ({@link no.kurer.broker.control.BrokerPacing},
 * {@link no.kurer.broker.control.BrokerCall}); a 429 is an outage, never a failed attempt. The collaborators are CDI
 * beans; {@link no.kurer.broker.control.DpoConfiguration} holds only the role's settings, each a
 * {@link no.kurer.configuration.Key} read when it is used. PROTOCOLS.md, "Altinn 3 Broker"; the payload format is
 * Digdir's integration point's ({@code AsicHandlerImpl}, {@code AltinnPackage}).
 */
package no.kurer.broker.control;
