/**
 * What every feature stands on: the datasource (H2 by default, PostgreSQL when configured), Flyway migrations at start,
 * and the MicroProfile Health checks behind {@code /health/ready} and {@code /health/live}.
 */
package no.kurer.platform;
