/**
 * The NextMove API under {@code /api}, as Digdir's integration point (efm-integrasjonspunkt v4) serves it to a public
 * body's own systems: see {@code ../shared/reference/NEXTMOVE.md}. Lists answer with {@code boundary.Page}.
 */
package no.kurer.nextmove;
