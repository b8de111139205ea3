package no.kurer.sandbox.maskinporten.control;

/**
 * Who signed a grant: the organisation its key belongs to and how it proved it
 * ({@code client_amr}, e.g. {@code virksomhetssertifikat}).
 */
public record AuthenticatedClient(String orgno, String clientAmr) {}
