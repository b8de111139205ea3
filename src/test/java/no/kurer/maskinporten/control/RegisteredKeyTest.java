package no.kurer.maskinporten.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.sandbox.ca.control.Pem;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisteredKeyTest {

    @TempDir
    static Path dir;

    static KeyPair keys;

    @BeforeAll
    static void generate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void pkcs8PemWithConfiguredKid() throws Exception {
        Path file = Files.writeString(dir.resolve("pkcs8.pem"), Pem.privateKey(keys.getPrivate()));

        RegisteredKey cut = RegisteredKey.load(file, "kid-1");

        assertEquals("kid-1", cut.kid());
        assertEquals(keys.getPrivate(), cut.privateKey());
    }

    @Test
    void pkcs1PemAsOpensslWritesIt() throws Exception {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(keys); // -----BEGIN RSA PRIVATE KEY-----
        }
        assertTrue(pem.toString().contains("BEGIN RSA PRIVATE KEY"));
        Path file = Files.writeString(dir.resolve("pkcs1.pem"), pem.toString());

        assertEquals(keys.getPrivate(), RegisteredKey.load(file, "kid-2").privateKey());
    }

    @Test
    void jwkBringsItsOwnKidUnlessConfigured() throws Exception {
        RsaJsonWebKey jwk = RsaJwkGenerator.generateJwk(2048);
        jwk.setKeyId("from-jwk");
        Path file = Files.writeString(dir.resolve("key.json"), jwk.toJson(OutputControlLevel.INCLUDE_PRIVATE));

        assertEquals("from-jwk", RegisteredKey.load(file, null).kid());
        assertEquals("configured", RegisteredKey.load(file, "configured").kid());
    }

    @Test
    void publicOnlyJwkIsUnreadable() throws Exception {
        RsaJsonWebKey jwk = RsaJwkGenerator.generateJwk(2048);
        jwk.setKeyId("public");
        Path file = Files.writeString(dir.resolve("public.json"), jwk.toJson(OutputControlLevel.PUBLIC_ONLY));

        var unreadable = assertThrows(UnreadableKey.class, () -> RegisteredKey.load(file, null));

        assertTrue(unreadable.detail().contains("'maskinporten.jwk.path'"), unreadable.detail());
    }

    @Test
    void pemWithoutKidNamesTheKidKey() throws Exception {
        Path file = Files.writeString(dir.resolve("nokid.pem"), Pem.privateKey(keys.getPrivate()));

        var missing = assertThrows(MissingConfiguration.class, () -> RegisteredKey.load(file, null));

        assertTrue(missing.detail().contains("'maskinporten.jwk.kid'"), missing.detail());
    }

    @Test
    void certificateIsNotAPrivateKey() throws Exception {
        Path file = Files.writeString(
                dir.resolve("cert.pem"),
                Pem.certificate(
                        new no.kurer.sandbox.ca.control.SandboxCertificateAuthority(dir.resolve("ca")).certificate()));

        assertThrows(UnreadableKey.class, () -> RegisteredKey.load(file, "kid"));
    }
}
