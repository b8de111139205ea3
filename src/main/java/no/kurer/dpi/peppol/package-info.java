/**
 * PEPPOL AS4 between corner 2 and corner 3 (seed 003, sections 4–5; issue "C2 access point, part 3"): the receiver
 * {@code 0192:<orgno>} and Digdir's DPI document type and process are looked up in an SMP (Peppol SMP 1.0 XML,
 * signature checked; the SMP found through the SML's DNS, or one fixed SMP), the signed forretningsmelding and the
 * dokumentpakke are put in one Peppol SBD ({@code Innbyggerpost} of Digdir's {@code innbyggerpost.xsd}) and sent with
 * phase4 as a signed and encrypted AS4 user message whose receipt signal is checked; receipts from corner 3 arrive the
 * same way at {@code /as4} and go into the receipt store the REST path feeds. Which receivers use AS4 is configuration
 * ({@code dpi.transport}, {@code dpi.transport.<orgno>}); REST stays the default.
 */
package no.kurer.dpi.peppol;
