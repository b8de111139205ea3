package no.kurer.maskinporten.control;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import no.kurer.configuration.MissingConfiguration;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * A key registered on Kurer's Maskinporten client (self-service "egne public nøkler"): grants name it by {@code kid}.
 * Read from a private JWK (JSON) or an unencrypted PEM private key (PKCS#8 or PKCS#1).
 */
public class RegisteredKey implements GrantKey {

    private final PrivateKey privateKey;
    private final String kid;

    public RegisteredKey(PrivateKey privateKey, String kid) {
        if (kid == null || kid.isBlank()) {
            throw new IllegalArgumentException("a registered key needs its kid");
        }
        this.privateKey = privateKey;
        this.kid = kid;
    }

    /**
     * @param kid the registered key id, or {@code null} to take the JWK's own {@code kid}
     * @throws MissingConfiguration naming {@code maskinporten.jwk.kid} when neither has one
     * @throws UnreadableKey when the file cannot be read as a private key
     */
    public static RegisteredKey load(Path file, String kid) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UnreadableKey(MaskinportenSettings.JWK_PATH.name(), file, "no readable file there");
        }
        if (text.strip().startsWith("{")) {
            try {
                PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(text);
                if (jwk.getPrivateKey() == null) {
                    throw new UnreadableKey(MaskinportenSettings.JWK_PATH.name(), file, "the JWK has no private part");
                }
                String keyId = kid != null ? kid : jwk.getKeyId();
                if (keyId == null || keyId.isBlank()) {
                    throw new MissingConfiguration(MaskinportenSettings.JWK_KID.name());
                }
                return new RegisteredKey(jwk.getPrivateKey(), keyId);
            } catch (JoseException e) {
                throw new UnreadableKey(MaskinportenSettings.JWK_PATH.name(), file, "not a JWK: " + e.getMessage());
            }
        }
        if (kid == null || kid.isBlank()) {
            throw new MissingConfiguration(MaskinportenSettings.JWK_KID.name());
        }
        return new RegisteredKey(pem(file, text), kid);
    }

    private static PrivateKey pem(Path file, String text) {
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object parsed = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (parsed instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (parsed instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            throw new UnreadableKey(
                    MaskinportenSettings.JWK_PATH.name(), file, "neither a JWK nor an unencrypted PEM private key");
        } catch (IOException e) {
            throw new UnreadableKey(
                    MaskinportenSettings.JWK_PATH.name(), file, "not a PEM private key: " + e.getMessage());
        }
    }

    @Override
    public PrivateKey privateKey() {
        return privateKey;
    }

    public String kid() {
        return kid;
    }

    @Override
    public void identify(JsonWebSignature grant) {
        grant.setKeyIdHeaderValue(kid);
    }
}
