/**
 * The integration point's DPO role (seed {@code 000_0c595682fb4eac54.txt}, second diagram; PROTOCOLS.md, "Altinn 3
 * Broker"): the public body's own systems hand Kurer a standard business document and files (the NextMove API, {@code /api/…}); Kurer
 * packages them as Digdir's integration point does ({@code sbd.zip} holding {@code sbd.json} and {@code asic.zip}, a
 * CAdES-signed ASiC-E encrypted to the receiver's enterprise certificate),
 * sends them through the Altinn 3 Broker with a system user token, and polls the broker inbox for files to it.
 */
package no.kurer.broker;
