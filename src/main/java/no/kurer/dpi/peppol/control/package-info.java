/** SMP lookup with its cache, the Innbyggerpost payload, AS4 sending and receiving with phase4, and the per-receiver choice of transport. */
package no.kurer.dpi.peppol.control;
