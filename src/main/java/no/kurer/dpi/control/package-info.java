/**
 * The sender side of the C2 access point (seed 003, "Sende post"), by concern: {@code intake} accepts a send and ties it
 * to the caller's token, {@code forretningsmelding} reads and verifies the signed message against Digdir's schemas,
 * {@code store} streams document packages to the file store, and {@code checks} verifies a stored package's structure
 * (CMS, ASiC-E). {@link no.kurer.dpi.control.Meldinger} keeps the {@code dpi_message} table.
 */
package no.kurer.dpi.control;
