/**
 * DPO logic: the broker client ({@link no.kurer.broker.control.BrokerApi}, a MicroProfile Rest Client, wrapped by
 * {@link no.kurer.broker.control.Broker}), packaging ({@link no.kurer.broker.control.DpoPackage}: {@code sbd.zip} with
 * {@code sbd.json} + {@code asic.zip}, as Digdir's integration point), sending
 * ({@link no.kurer.broker.control.Sending}), receiving ({@link no.kurer.broker.control.Receiving}) and the system
 * user token ({@link no.kurer.broker.control.BrokerTokens}). PROTOCOLS.md, "Altinn 3 Broker".
 */
package no.kurer.broker.control;
