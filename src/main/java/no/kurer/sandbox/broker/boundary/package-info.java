/**
 * The sandbox Altinn 3 Broker's HTTP face ({@code /sandbox/altinn/broker/api/v1/filetransfer…}) and its fault-mode
 * switch ({@code /sandbox/altinn/broker/faults}).
 */
package no.kurer.sandbox.broker.boundary;
