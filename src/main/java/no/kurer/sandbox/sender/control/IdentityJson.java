package no.kurer.sandbox.sender.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;

/** Reads {@code {"certificateChain":[base64 DER…],"privateKey":"<PKCS#8 PEM>"}} from the sandbox CA. */
public final class IdentityJson {

    private IdentityJson() {}

    public static EnterpriseIdentity read(String orgno, JsonNode json) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> chain = new ArrayList<>();
            for (JsonNode der : json.path("certificateChain")) {
                chain.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(der.asText()))));
            }
            String pem = json.path("privateKey")
                    .asText()
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return new EnterpriseIdentity(orgno, key, chain);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the sandbox CA answered an unreadable identity", e);
        }
    }
}
