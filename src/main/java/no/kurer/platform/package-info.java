/**
 * What every feature stands on: the datasource (H2 by default, PostgreSQL when configured), Flyway migrations at start,
 * the MicroProfile Health checks behind {@code /health/ready} and {@code /health/live}, when Kurer has
 * {@link no.kurer.platform.Started}, and the one shape of every timer: a {@link no.kurer.platform.RoundTimer} that runs a
 * {@link no.kurer.platform.Round} of background work (not before the start, never overlapping, no remote call inside a
 * transaction) every interval of {@link no.kurer.platform.Intervals}, read live.
 */
package no.kurer.platform;
