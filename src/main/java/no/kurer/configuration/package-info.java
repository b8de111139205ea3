/**
 * Configuration through MicroProfile Config only (system properties, environment variables, the server console).
 * A missing required key never stops deployment: {@code /health/ready} names it and the endpoints that need it answer
 * 503 naming it (DESIGN.md, "Contracts").
 */
package no.kurer.configuration;
