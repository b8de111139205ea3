/**
 * What Kurer is doing, for Prometheus: Micrometer's Prometheus registry inside the WAR (the same on Payara and WildFly),
 * scraped at {@code /admin/metrics} behind the admin role. Call sites count with one static line
 * ({@link no.kurer.metrics.control.Meters}), so classes CDI does not build (the broker client, the corner 3
 * transports, {@link no.kurer.platform.Round}) count as CDI beans do; refusals are counted from the
 * {@link no.kurer.problems.Refusal} event. What only the database knows (messages by state, the oldest letter waiting,
 * unread receipts, system users) is counted by {@link no.kurer.metrics.control.DatabaseCounts} at most once per
 * {@code metrics.database-interval-seconds}, however many scrapes ask. With {@code metrics.enabled=false} nothing is
 * recorded and the URL answers 404. The metrics and the alerts built on them: docs/monitoring/.
 */
package no.kurer.metrics;
