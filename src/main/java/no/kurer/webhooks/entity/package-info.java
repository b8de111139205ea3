/** {@code webhook_subscription} and {@code webhook_delivery} (migration V12). */
package no.kurer.webhooks.entity;
