/**
 * The seed 003 sender API: the two-step send ({@code /dpi/sendmelding/{meldingsid}}) and the one-call send
 * ({@code /dpi/send/...}). Every DPI resource that a sender or corner 3 calls is authenticated once, before the method
 * runs, by a name-bound filter ({@link no.kurer.dpi.boundary.SenderToken}, {@link no.kurer.dpi.boundary.Corner3Token}).
 */
package no.kurer.dpi.boundary;
