/**
 * Configuration through MicroProfile Config only (system properties, environment variables, the server console).
 * A missing required key never stops deployment: {@code /health/ready} names it and the endpoints that need it answer
 * 503 naming it (DESIGN.md, "Contracts").
 * <p>
 * Each feature names its keys, with their defaults, once: as {@link no.kurer.configuration.Key} constants of one small
 * typed settings class of its own (e.g. {@code maskinporten.control.MaskinportenSettings}), whose getters read them
 * live through {@link no.kurer.configuration.Settings}. The role switches and the trust anchors' keys, which readiness
 * needs, are constants of {@code Settings} itself. {@code ConfigurationTableTest} checks the README's table against
 * them.
 */
package no.kurer.configuration;
