package no.kurer.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import no.kurer.certificates.control.TrustedCas;
import no.kurer.maskinporten.control.EnterpriseKeystore;
import no.kurer.organisation.control.OrganisationKeys;

/**
 * The DPO payload ({@code asic.zip} in the broker file) as Digdir's integration point sends it: an ASiC-E signed with
 * CAdES by the sender's enterprise certificate ({@link AsicEWriter}), CMS-encrypted to the receiver's
 * ({@link CmsEnvelope}). {@link #seal} writes it for a receiver; {@link #open} decrypts one sent to Kurer and checks it
 * ({@link AsicEVerifier}). Everything streams through files.
 */
@ApplicationScoped
public class DpoPayload {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Supplier<EnterpriseKeystore> own;
    private Function<String, EnterpriseKeystore> keys;
    private AsicEVerifier verifier;

    protected DpoPayload() {
        // for CDI
    }

    /**
     * Each organisation's enterprise certificate ({@link OrganisationKeys}, read when it is used) signs what it sends
     * and decrypts what is sent to it ({@link #as}); signers of incoming payloads must chain to the CAs of
     * {@link TrustedCas} ({@code certificates.trusted-cas}).
     */
    @Inject
    public DpoPayload(OrganisationKeys keys, TrustedCas trustedCas) {
        this(
                () -> {
                    throw new IllegalStateException("a DPO payload is sealed or opened as an organisation: as(orgno)");
                },
                chain -> trustedCas.certificates().verify(chain, Instant.now()));
        this.keys = keys::keystore;
    }

    /**
     * @param key         Kurer's enterprise key: signs outgoing payloads and decrypts incoming ones
     * @param chain       its certificate first
     * @param signerOrgno the trusted organisation number of a signer (see {@link AsicEVerifier})
     */
    public DpoPayload(
            PrivateKey key, List<X509Certificate> chain, Function<List<X509Certificate>, String> signerOrgno) {
        this(fixed(new EnterpriseKeystore(key, chain)), signerOrgno);
    }

    private DpoPayload(Supplier<EnterpriseKeystore> own, Function<List<X509Certificate>, String> signerOrgno) {
        this(own, new AsicEVerifier(signerOrgno));
    }

    private DpoPayload(Supplier<EnterpriseKeystore> own, AsicEVerifier verifier) {
        this.own = own;
        this.verifier = verifier;
    }

    /** The payload as {@code orgno} seals and opens it: with that organisation's key ({@link OrganisationKeys}). */
    public DpoPayload as(String orgno) {
        if (keys == null) {
            return this; // one fixed key (tests of the protocol alone)
        }
        Function<String, EnterpriseKeystore> byOrgno = keys;
        return new DpoPayload(() -> byOrgno.apply(orgno), verifier);
    }

    private static Supplier<EnterpriseKeystore> fixed(EnterpriseKeystore keystore) {
        return () -> keystore;
    }

    /** Writes the signed, encrypted payload for {@code files} to {@code out}, which stays open. */
    public void seal(
            OutputStream out,
            String sender,
            String receiver,
            List<Path> files,
            String mainDocument,
            X509Certificate receiverCertificate)
            throws IOException {
        EnterpriseKeystore keystore = own.get();
        try (OutputStream encrypted = CmsEnvelope.encrypt(new KeepOpen(out), receiverCertificate)) {
            new AsicEWriter(keystore.privateKey(), keystore.chain())
                    .write(encrypted, sender, receiver, files, mainDocument);
        }
    }

    /**
     * Decrypts {@code encrypted} into {@code target} (an ASiC-E) and checks it was signed by {@code expectedSender}.
     * On any failure nothing is left at {@code target}.
     *
     * @return the signed files' names
     * @throws CorruptPackage (also {@link CorruptPackage#notForUs}, {@link CorruptPackage#invalidSignature})
     */
    public List<String> open(Path encrypted, Path target, String expectedSender) {
        try (InputStream in = Files.newInputStream(encrypted)) {
            return open(in, target, expectedSender);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the DPO payload " + encrypted, e);
        }
    }

    /**
     * As {@link #open(Path, Path, String)}, decrypting straight from {@code encrypted} (for example the
     * {@code asic.zip} entry of the broker file, see {@link DpoPackage#open}), which the caller closes.
     */
    public List<String> open(InputStream encrypted, Path target, String expectedSender) {
        EnterpriseKeystore keystore = own.get();
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            CmsEnvelope.decrypt(
                    encrypted, keystore.privateKey(), keystore.chain().get(0), temp);
            List<String> files = verifier.verify(temp, expectedSender);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the DPO payload for " + target, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover temporary file; the next attempt replaces it
            }
        }
    }

    /**
     * The main document as the business message names it ({@code "<type>":{"hoveddokument":"<name>"}} in the SBD),
     * when one of {@code files} has that name; else null (the first file).
     */
    public static String mainDocument(String sbdJson, List<Path> files) {
        try {
            JsonNode root = JSON.readTree(sbdJson);
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
                String named = field.getValue().path("hoveddokument").asText("");
                if (!named.isBlank()
                        && files.stream()
                                .anyMatch(f -> f.getFileName().toString().equals(named))) {
                    return named;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: the first file
        }
        return null;
    }
}
