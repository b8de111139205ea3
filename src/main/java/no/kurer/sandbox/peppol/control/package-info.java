/** SMP documents and their signature, the AS4 identities the sandbox CA issues, the AS4 corner 3's processing. */
package no.kurer.sandbox.peppol.control;
