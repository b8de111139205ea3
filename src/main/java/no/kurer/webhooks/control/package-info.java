/**
 * Subscriptions (validation, filter, ping), turning status events into deliveries, and the round that sends them to
 * the subscribers with bounded retries.
 */
package no.kurer.webhooks.control;
