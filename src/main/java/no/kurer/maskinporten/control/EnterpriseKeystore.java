package no.kurer.maskinporten.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.jose4j.jws.JsonWebSignature;

/**
 * Kurer's own enterprise certificate ("virksomhetssertifikat") from a PKCS#12 file: the private key and its
 * certificate chain, leaf first. Signs Maskinporten grants ({@code x5c}) and anything else Kurer signs as itself.
 */
public class EnterpriseKeystore implements GrantKey {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public EnterpriseKeystore(PrivateKey privateKey, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("an enterprise keystore needs at least the certificate");
        }
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    /**
     * @param alias the key entry to use, or {@code null} for the first private key entry
     * @throws UnreadableKey when the file is missing, the password wrong or there is no such key entry
     */
    public static EnterpriseKeystore load(Path file, char[] password, String alias) {
        if (!Files.isReadable(file)) {
            throw new UnreadableKey(MaskinportenSettings.KEYSTORE_PATH.name(), file, "no readable file there");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String entry = alias != null
                    ? alias
                    : firstKeyEntry(store)
                            .orElseThrow(() -> new UnreadableKey(
                                    MaskinportenSettings.KEYSTORE_PATH.name(), file, "it holds no private key"));
            if (!store.isKeyEntry(entry)) {
                throw new UnreadableKey(
                        MaskinportenSettings.KEYSTORE_ALIAS.name(),
                        file,
                        "it has no private key entry '" + entry + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            Certificate[] certificates = store.getCertificateChain(entry);
            if (certificates == null || certificates.length == 0) {
                throw new UnreadableKey(
                        MaskinportenSettings.KEYSTORE_PATH.name(), file, "entry '" + entry + "' has no certificate");
            }
            return new EnterpriseKeystore(
                    key,
                    Arrays.stream(certificates).map(X509Certificate.class::cast).toList());
        } catch (IOException e) {
            throw new UnreadableKey(
                    MaskinportenSettings.KEYSTORE_PASSWORD.name(),
                    file,
                    "it cannot be opened (wrong password or not PKCS#12): " + e.getMessage());
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new UnreadableKey(MaskinportenSettings.KEYSTORE_PATH.name(), file, e.getMessage());
        }
    }

    private static Optional<String> firstKeyEntry(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return Optional.of(alias);
            }
        }
        return Optional.empty();
    }

    @Override
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** Leaf first, as {@code x5c} and XAdES/CMS signers want it. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The organisation number in the certificate's subject: {@code serialNumber}, else {@code organizationIdentifier}
     * without its {@code NTRNO-} prefix.
     *
     * @throws IllegalStateException when the certificate carries none (not an enterprise certificate)
     */
    public String orgno() {
        X500Name subject =
                X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
        return attribute(subject, BCStyle.SERIALNUMBER)
                .filter(EnterpriseKeystore::isOrgno)
                .or(() -> attribute(subject, BCStyle.ORGANIZATION_IDENTIFIER)
                        .filter(value -> value.startsWith("NTRNO-"))
                        .map(value -> value.substring(6))
                        .filter(EnterpriseKeystore::isOrgno))
                .orElseThrow(() -> new IllegalStateException("the certificate " + subject
                        + " carries no organisation number; is it an enterprise certificate?"));
    }

    @Override
    public void identify(JsonWebSignature grant) {
        grant.setCertificateChainHeaderValue(chain.toArray(X509Certificate[]::new));
    }

    private static Optional<String> attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0
                ? Optional.empty()
                : Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }

    private static boolean isOrgno(String value) {
        return value.matches("\\d{9}");
    }
}
