package no.kurer.sandbox.maskinporten.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The stand-in's RSA token signing key, kept as a private JWK in {@code <dir>/maskinporten-jwk.json}
 * so tokens stay verifiable across restarts. Its {@code kid} is the RFC 7638 thumbprint.
 */
public class MaskinportenSigningKey {

    private final RsaJsonWebKey key;

    public MaskinportenSigningKey(RsaJsonWebKey key) {
        this.key = key;
    }

    public static MaskinportenSigningKey loadOrCreate(Path dir) {
        Path file = dir.resolve("maskinporten-jwk.json");
        try {
            if (Files.exists(file)) {
                return new MaskinportenSigningKey(
                        (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(Files.readString(file)));
            }
            MaskinportenSigningKey created = generate();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "maskinporten-jwk", ".tmp");
            Files.writeString(temporary, created.key.toJson(OutputControlLevel.INCLUDE_PRIVATE));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the sandbox Maskinporten key in " + file, e);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot read the sandbox Maskinporten key in " + file, e);
        }
    }

    public static MaskinportenSigningKey generate() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(key.calculateBase64urlEncodedThumbprint("SHA-256"));
            key.setUse("sig");
            key.setAlgorithm("RS256");
            return new MaskinportenSigningKey(key);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    public RsaJsonWebKey key() {
        return key;
    }

    /** The JWKS document served at {@code {issuer}jwk}: public parts only. */
    public String publicJwks() {
        return new JsonWebKeySet(key).toJson(OutputControlLevel.PUBLIC_ONLY);
    }
}
