/**
 * Sandbox part 3: an Altinn 3 Broker stand-in that keeps its file transfers in the database (tables
 * {@code sandbox_broker_*}) and the files under {@code ${sandbox.dir}/broker}. Like every stand-in it imports nothing
 * outside {@code no.kurer.sandbox} and Kurer reaches it only over HTTP, at {@code altinn.base-url}.
 */
package no.kurer.sandbox.broker;
