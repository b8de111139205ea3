package no.kurer.broker.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JceAsymmetricKeyWrapper;

/**
 * CMS EnvelopedData around the DPO payload, streamed both ways, as Digdir's integration point writes it
 * ({@code CmsAlgorithm.RSAES_OAEP} in {@code AsicHandlerImpl}, the same profile as DPI's dokumentpakke): the content
 * key transported with RSAES-OAEP (default parameters: SHA-1, MGF1-SHA-1) to the receiver's enterprise certificate
 * (issuer and serial number), the content encrypted with AES-256-CBC. Decryption accepts whatever key transport and
 * content cipher Bouncy Castle knows (also PKCS#1 v1.5, which Digdir's integration point falls back to with some
 * keystores).
 */
public final class CmsEnvelope {

    /** The JDK's provider of AES, hardware-accelerated where the CPU can (Bouncy Castle's AES is plain Java). */
    private static final Provider JDK_AES =
            Optional.ofNullable(Security.getProvider("SunJCE")).orElse(AsicEWriter.BC);

    private CmsEnvelope() {}

    /** A stream whose bytes arrive in {@code out} encrypted to {@code recipient}; closing it ends the CMS structure. */
    public static OutputStream encrypt(OutputStream out, X509Certificate recipient) throws IOException {
        try {
            var oaep = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, new RSAESOAEPparams());
            var wrapper = new JceAsymmetricKeyWrapper(oaep, recipient.getPublicKey()).setProvider(AsicEWriter.BC);
            var generator = new CMSEnvelopedDataStreamGenerator();
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient, wrapper));
            // the JDK's AES (hardware-accelerated), Bouncy Castle for OAEP key transport
            return generator.open(
                    out,
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC)
                            .setProvider(JDK_AES)
                            .build());
        } catch (CMSException | CertificateEncodingException e) {
            throw new IllegalStateException(
                    "cannot encrypt to " + recipient.getSubjectX500Principal() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts {@code encrypted} to {@code target} with Kurer's key.
     *
     * @throws CorruptPackage {@link CorruptPackage#notForUs} when no recipient info names {@code ours}
     * @throws CorruptPackage  when it is not CMS EnvelopedData, is truncated or does not decrypt
     */
    public static void decrypt(Path encrypted, PrivateKey key, X509Certificate ours, Path target) {
        try (InputStream in = Files.newInputStream(encrypted)) {
            decrypt(in, key, ours, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + encrypted, e);
        }
    }

    /**
     * Decrypts the CMS EnvelopedData read from {@code encrypted} (which the caller closes) to {@code target}. A
     * {@link CorruptPackage} or {@link UncheckedIOException} that the stream itself throws passes through as it is.
     *
     * @throws CorruptPackage {@link CorruptPackage#notForUs} when no recipient info names {@code ours}
     * @throws CorruptPackage  when it is not CMS EnvelopedData, is truncated or does not decrypt
     */
    public static void decrypt(InputStream encrypted, PrivateKey key, X509Certificate ours, Path target) {
        try {
            CMSEnvelopedDataParser parser = new CMSEnvelopedDataParser(new BufferedInputStream(encrypted, 64 * 1024));
            RecipientInformation recipient = parser.getRecipientInfos().get(new JceKeyTransRecipientId(ours));
            if (recipient == null) {
                throw CorruptPackage.notForUs("asic.zip is encrypted to "
                        + parser.getRecipientInfos().size()
                        + " recipient(s), none of them this integration point's certificate ("
                        + ours.getSubjectX500Principal().getName() + ", serial " + ours.getSerialNumber() + ").");
            }
            CMSTypedStream content = recipient.getContentStream(new JceKeyTransEnvelopedRecipient(key)
                    .setProvider(AsicEWriter.BC)
                    .setContentProvider(JDK_AES));
            try (InputStream plain = content.getContentStream()) {
                Files.copy(plain, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (CMSException e) {
            throw new CorruptPackage("asic.zip is not CMS EnvelopedData that decrypts with this integration point's "
                    + "key: " + e.getMessage());
        } catch (CorruptPackage | UncheckedIOException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorruptPackage("asic.zip is not a complete CMS EnvelopedData: " + e.getMessage());
        }
    }
}
