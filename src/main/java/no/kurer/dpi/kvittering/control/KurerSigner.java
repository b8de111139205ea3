package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import no.kurer.configuration.Settings;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Kurer's own enterprise certificate as a {@link KvitteringSigner}: the PKCS#12 of {@code maskinporten.keystore.path}
 * ({@code .password}, optional {@code .alias}), read when first needed.
 * To be replaced by the maskinporten feature's {@code EnterpriseKeystore} when that is merged (same keys).
 */
@ApplicationScoped
public class KurerSigner implements KvitteringSigner {

    @Inject
    Settings settings;

    private volatile KvitteringSigner loaded;

    @Override
    public String orgno() {
        return signer().orgno();
    }

    @Override
    public String sign(String payloadJson) {
        return signer().sign(payloadJson);
    }

    private KvitteringSigner signer() {
        KvitteringSigner current = loaded;
        if (current == null) {
            current = load(Path.of(settings.required("maskinporten.keystore.path")),
                    settings.optional("maskinporten.keystore.password").orElse("").toCharArray(),
                    settings.optional("maskinporten.keystore.alias").orElse(null));
            loaded = current;
        }
        return current;
    }

    static KvitteringSigner load(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String entry = alias != null ? alias : Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(file + " holds no private key"));
            var chain = Arrays.stream(store.getCertificateChain(entry)).map(X509Certificate.class::cast).toList();
            return new JwsSigner((PrivateKey) store.getKey(entry, password), chain, orgno(chain.get(0)));
        } catch (Exception e) {
            throw new IllegalStateException("Kurer's enterprise key " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (Exception e) {
            return false;
        }
    }

    private static String orgno(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (var type : new org.bouncycastle.asn1.ASN1ObjectIdentifier[] {BCStyle.SERIALNUMBER, BCStyle.ORGANIZATION_IDENTIFIER}) {
            var rdns = subject.getRDNs(type);
            if (rdns.length > 0) {
                String value = IETFUtils.valueToString(rdns[0].getFirst().getValue()).replaceFirst("^NTRNO-", "");
                if (value.matches("\\d{9}")) {
                    return value;
                }
            }
        }
        throw new IllegalStateException("the certificate " + subject + " carries no organisation number");
    }
}
