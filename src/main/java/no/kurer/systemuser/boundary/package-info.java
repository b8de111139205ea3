/** The EJB timer that moves onboardings along ({@code systemuser.poll.interval}). The admin API is in {@code no.kurer.admin}. */
package no.kurer.systemuser.boundary;
