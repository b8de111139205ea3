/**
 * What starts PEPPOL work from outside: the AS4 endpoint where corner 3 delivers receipts, and the limit on the size of
 * what it reads ({@code dpi.as4.max-body-bytes}).
 */
package no.kurer.dpi.peppol.boundary;
