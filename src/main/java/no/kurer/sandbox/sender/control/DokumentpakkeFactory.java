package no.kurer.sandbox.sender.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JceAsymmetricKeyWrapper;

/**
 * Builds a dokumentpakke as Digdir's examples do: an ASiC-E zip ({@code mimetype} first and STORED,
 * the SDP {@code manifest.xml}, the documents, {@code META-INF/manifest.xml} and an XAdES
 * {@code META-INF/signatures.xml}), then CMS EnvelopedData to the mailbox provider's certificate
 * (RSAES-OAEP with SHA-1/MGF1-SHA-1 defaults, AES-256-CBC), as {@code dokumentpakke_sikkerhet.md}
 * requires.
 *
 * <pre>{@code
 * byte[] cms = new DokumentpakkeFactory("991825827", clock)
 *         .document("brev.txt", "text/plain", "Hei".getBytes(UTF_8), "Brev")
 *         .cms(signer, mailboxCertificate);
 * }</pre>
 */
public class DokumentpakkeFactory {

    public static final String ASIC_E = "application/vnd.etsi.asic-e+zip";
    static final String SDP_NS = "http://begrep.difi.no/sdp/schema_v10";

    /** Bouncy Castle as an instance, not registered in the server's JCA provider list. */
    private static final Provider BC = new BouncyCastleProvider();

    private final String avsender;
    private final Clock clock;
    private final List<AsicFile> documents = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private String postkasseadresse = "sandbox.innbygger#0001";

    public DokumentpakkeFactory(String avsenderOrgno, Clock clock) {
        this.avsender = avsenderOrgno;
        this.clock = clock;
    }

    /** Adds a document; the first one is the hoveddokument, later ones are vedlegg. */
    public DokumentpakkeFactory document(String name, String mimeType, byte[] content, String title) {
        documents.add(new AsicFile(name, mimeType, content));
        titles.add(title);
        return this;
    }

    public DokumentpakkeFactory postkasseadresse(String postkasseadresse) {
        this.postkasseadresse = postkasseadresse;
        return this;
    }

    /** The signed ASiC-E container (not encrypted). */
    public byte[] asice(EnterpriseIdentity signer) {
        if (documents.isEmpty()) {
            document("melding.txt", "text/plain", "Hei fra sandkassen".getBytes(StandardCharsets.UTF_8), "Melding");
        }
        List<AsicFile> signed = new ArrayList<>();
        signed.add(new AsicFile("manifest.xml", "application/xml", sdpManifest()));
        signed.addAll(documents);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            stored(zip, "mimetype", ASIC_E.getBytes(StandardCharsets.US_ASCII));
            for (AsicFile file : signed) {
                deflated(zip, file.name(), file.content());
            }
            deflated(zip, "META-INF/manifest.xml", asicManifest(signed));
            deflated(zip, "META-INF/signatures.xml", XadesSignature.sign(signed, signer, clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The ASiC-E signed by {@code signer}, encrypted to {@code recipient} (CMS EnvelopedData, DER). */
    public byte[] cms(EnterpriseIdentity signer, X509Certificate recipient) {
        return encrypt(asice(signer), recipient);
    }

    public static byte[] encrypt(byte[] content, X509Certificate recipient) {
        try {
            var oaep = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, new RSAESOAEPparams());
            var wrapper = new JceAsymmetricKeyWrapper(oaep, recipient.getPublicKey()).setProvider(BC);
            var generator = new CMSEnvelopedDataGenerator();
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient, wrapper));
            var encryptor = new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC)
                    .setProvider(BC)
                    .build();
            return generator
                    .generate(new CMSProcessableByteArray(content), encryptor)
                    .getEncoded();
        } catch (CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot encrypt the document package", e);
        }
    }

    private byte[] sdpManifest() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<manifest xmlns=\"")
                .append(SDP_NS)
                .append("\">")
                .append("<mottaker><person><postkasseadresse>")
                .append(escape(postkasseadresse))
                .append("</postkasseadresse></person></mottaker>")
                .append("<avsender><organisasjon authority=\"iso6523-actorid-upis\">0192:")
                .append(escape(avsender))
                .append("</organisasjon></avsender>");
        for (int i = 0; i < documents.size(); i++) {
            String element = i == 0 ? "hoveddokument" : "vedlegg";
            xml.append('<')
                    .append(element)
                    .append(" href=\"")
                    .append(escape(documents.get(i).name()))
                    .append("\" mime=\"")
                    .append(escape(documents.get(i).mimeType()))
                    .append("\">")
                    .append("<tittel lang=\"no\">")
                    .append(escape(titles.get(i)))
                    .append("</tittel></")
                    .append(element)
                    .append('>');
        }
        return xml.append("</manifest>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] asicManifest(List<AsicFile> files) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\n")
                .append("  <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"")
                .append(ASIC_E)
                .append("\"/>\n");
        for (AsicFile file : files) {
            xml.append("  <manifest:file-entry manifest:full-path=\"")
                    .append(escape(file.name()))
                    .append("\" manifest:media-type=\"")
                    .append(escape(file.mimeType()))
                    .append("\"/>\n");
        }
        return xml.append("</manifest:manifest>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
