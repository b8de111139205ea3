/**
 * Maskinporten tokens in both directions.
 * <p>
 * Incoming: {@link no.kurer.maskinporten.control.TokenValidator} checks a {@code Authorization: Bearer} header the
 * way a resource server must (PROTOCOLS.md, Maskinporten): RS256/RS384/RS512 only, signature against the key the
 * header's {@code kid} names in Maskinporten's JWKS, exact issuer, audience (a present {@code aud} must name the
 * expected one; a missing one is refused only when the caller requires it, since Digdir's own DPI client sends tokens
 * without {@code aud}: PROTOCOLS.md), expiry with a small clock skew, scope, and a {@code consumer}. {@link no.kurer.maskinporten.control.JwksCache} keeps those keys and refreshes
 * them on an unknown {@code kid} at a bounded rate, so random key ids cannot make Kurer hammer Maskinporten.
 * Failures are {@link no.kurer.maskinporten.control.InvalidToken} (401) and
 * {@link no.kurer.maskinporten.control.InsufficientScope} (403), each with the RFC 6750
 * {@code WWW-Authenticate} header that DESIGN.md asks for.
 * <p>
 * Outgoing: {@link no.kurer.maskinporten.control.MaskinportenClient} implements
 * {@link no.kurer.maskinporten.control.AccessTokens}: JWT bearer grants built by
 * {@link no.kurer.maskinporten.control.GrantBuilder}, signed with Kurer's enterprise certificate ({@code x5c},
 * {@link no.kurer.maskinporten.control.EnterpriseKeystore}) or a registered key ({@code kid},
 * {@link no.kurer.maskinporten.control.RegisteredKey}) as {@link no.kurer.maskinporten.control.KurerKeys} finds them
 * configured ({@link no.kurer.maskinporten.control.KeysCheck} makes readiness DOWN when a configured one cannot be
 * read); tokens cached per request with one request in flight ({@link no.kurer.maskinporten.control.TokenCache});
 * refusals as {@link no.kurer.maskinporten.control.MaskinportenRefused} naming the cause, and
 * {@link no.kurer.maskinporten.control.MaskinportenUnreachable} when it does not answer or answers nonsense.
 * <p>
 * Token shapes: seed 003 (DPI token with {@code consumer}/{@code supplier}), seed 004 (system user
 * {@code authorization_details}), seed 002 ({@code urn:altinn:samtykke}), and Digdir's
 * {@code reference/dpi/examples/maskinportentoken_*.json}.
 */
package no.kurer.maskinporten.control;
