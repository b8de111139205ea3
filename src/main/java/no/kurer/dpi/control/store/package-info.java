/**
 * The dokumentpakke file store ({@code storage.dir}): a package is streamed to disk, bounded by
 * {@code dpi.max-document-bytes}, verified against the forretningsmelding's {@code dokumentpakkefingeravtrykk} and its
 * structural checks, and renamed into place only when complete.
 */
package no.kurer.dpi.control.store;
