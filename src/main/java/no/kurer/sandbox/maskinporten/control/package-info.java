/**
 * The sandbox Maskinporten authorization server: JWT bearer grants ({@code private_key_jwt}) signed
 * with an enterprise certificate from the sandbox CA ({@code x5c}) are verified as Maskinporten does
 * (docs.digdir.no, {@code reference/PROTOCOLS.md}) and answered with RS256 access tokens carrying
 * {@code consumer}, {@code supplier}, {@code scope} and the audience from {@code resource}.
 *
 * <p>Client authentication is a {@link no.kurer.sandbox.maskinporten.control.ClientAuthentication}
 * per grant kind, so registered keys ({@code kid}) and system users can be added beside {@code x5c}.
 * The sandbox grants every {@code consumer_org} (real Maskinporten asks Altinn for a delegation).
 */
package no.kurer.sandbox.maskinporten.control;
