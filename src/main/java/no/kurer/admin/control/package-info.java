/**
 * What the admin page reads (issue 17): the C2 letters, outbox and receipts ({@code Letters}, over the DPI store's
 * {@code MeldingOverview}, which also counts the activity per minute), the last hour's refusals in memory ({@code Refusals}) and the failed incoming DPO files
 * ({@code FailedDpoFiles}). Queries only, over the features' entities, but for "retry now", one guarded update that
 * never touches a claimed letter.
 */
package no.kurer.admin.control;
