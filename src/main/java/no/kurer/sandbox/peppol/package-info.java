/**
 * The sandbox's PEPPOL side (issue "C2 access point, part 3", item 5): a local SMP (Peppol SMP 1.0, signed by a
 * sandbox-CA certificate) answering for the sandbox organisations, and a corner 3 that receives AS4 user messages
 * carrying Digdir's {@code Innbyggerpost}, answers each with an AS4 receipt, and sends the DPI receipts back to Kurer
 * over AS4. Like all of the sandbox it imports nothing outside {@code no.kurer.sandbox} and talks to Kurer only over HTTP.
 */
package no.kurer.sandbox.peppol;
