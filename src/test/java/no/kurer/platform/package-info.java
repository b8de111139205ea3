/**
 * Platform checks: Kurer's Flyway migrations ({@code db/migration}) and its JPA mappings ({@code no.kurer.dpi.entity})
 * run unchanged on both databases Kurer supports, H2 in a file (the default) and PostgreSQL (production), as
 * DESIGN.md's "Persistence" section promises. One contract ({@link no.kurer.platform.PersistenceContract}) runs
 * against each database.
 */
package no.kurer.platform;
