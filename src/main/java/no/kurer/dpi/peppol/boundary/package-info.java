/** What starts PEPPOL work from outside: the AS4 endpoint where corner 3 delivers receipts. */
package no.kurer.dpi.peppol.boundary;
