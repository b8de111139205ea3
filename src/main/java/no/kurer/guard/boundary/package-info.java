/** Servlet filters that guard every endpoint that takes a request body; see {@link no.kurer.guard}. */
package no.kurer.guard.boundary;
