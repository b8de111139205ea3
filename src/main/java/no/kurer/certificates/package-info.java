/**
 * Trust in Norwegian enterprise certificates (virksomhetssertifikater, Buypass and Commfides), shared by DPI and DPO:
 * which CAs are trusted ({@code certificates.trusted-cas}, falling back to {@code certificates.trusted-cas}), path
 * building to them, and the organisation number a certificate names. Neither role's package is imported here, and a
 * DPO-only deployment needs no {@code dpi.*} key for it.
 */
package no.kurer.certificates;
