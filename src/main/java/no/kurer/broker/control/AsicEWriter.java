package no.kurer.broker.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Writes the DPO payload's ASiC-E as Digdir's integration point does (difi {@code commons-asic} with CAdES, through
 * {@code move-common}'s {@code CreateCMSEncryptedAsice}), streamed: {@code mimetype} (STORED, first), the eFormidling
 * {@code manifest.xml} (receiver, sender, main document), the files, {@code META-INF/asicmanifest.xml} (ETSI ASiC
 * manifest: a {@code SigReference} to the signature and a SHA-256 {@code DataObjectReference} per file),
 * {@code META-INF/signature-<uuid>.p7s} (detached CMS SignedData over the ASiC manifest, SHA-256 with RSA, the signer's
 * chain included) and the OASIS {@code META-INF/manifest.xml}. File digests are computed on the way into the zip, so no
 * file is read twice or held in memory.
 */
public class AsicEWriter {

    public static final String MIMETYPE = "application/vnd.etsi.asic-e+zip";
    public static final String ETSI_NS = "http://uri.etsi.org/02918/v1.2.1#";
    public static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    static final String EFORMIDLING_MANIFEST = "manifest.xml";
    static final String ASIC_MANIFEST = "META-INF/asicmanifest.xml";
    static final String OASIS_MANIFEST = "META-INF/manifest.xml";
    static final Provider BC = new BouncyCastleProvider();
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("xml", "application/xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain"),
            Map.entry("json", "application/json"),
            Map.entry("html", "text/html"),
            Map.entry("zip", "application/zip"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"));

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Supplier<String> signatureIds;

    /** @param chain the signer's certificate first, then any intermediates (included in the signature) */
    public AsicEWriter(PrivateKey key, List<X509Certificate> chain) {
        this(key, chain, () -> UUID.randomUUID().toString());
    }

    AsicEWriter(PrivateKey key, List<X509Certificate> chain, Supplier<String> signatureIds) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.signatureIds = signatureIds;
    }

    /**
     * Writes the container for {@code files} (in order) to {@code out}, which stays open.
     *
     * @param mainDocument the file the eFormidling manifest names {@code hoveddokument}; null for the first
     */
    public void write(OutputStream out, String senderOrgno, String receiverOrgno, List<Path> files, String mainDocument)
            throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an ASiC-E needs at least one file");
        }
        String main =
                mainDocument != null ? mainDocument : files.get(0).getFileName().toString();
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out));
        stored(zip, "mimetype", MIMETYPE.getBytes(StandardCharsets.US_ASCII));
        List<Reference> references = new ArrayList<>();
        byte[] manifest = eformidlingManifest(senderOrgno, receiverOrgno, main, mimeType(main));
        references.add(deflated(zip, EFORMIDLING_MANIFEST, "text/xml", manifest));
        zip.setLevel(Deflater.BEST_SPEED); // documents (PDF, images) barely compress; speed matters for large ones
        for (Path file : files) {
            String name = file.getFileName().toString();
            MessageDigest sha256 = sha256();
            zip.putNextEntry(new ZipEntry(name));
            Files.copy(file, new DigestOutputStream(zip, sha256));
            zip.closeEntry();
            references.add(new Reference(name, mimeType(name), sha256.digest()));
        }
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        String signatureName = "META-INF/signature-" + signatureIds.get() + ".p7s";
        byte[] asicManifest = asicManifest(signatureName, references);
        deflated(zip, ASIC_MANIFEST, "text/xml", asicManifest);
        deflated(zip, signatureName, "application/x-pkcs7-signature", sign(asicManifest));
        deflated(zip, OASIS_MANIFEST, "text/xml", oasisManifest(references));
        zip.close();
    }

    /** Detached CMS SignedData over {@code data}, as commons-asic's CAdES signer writes it. */
    byte[] sign(byte[] data) {
        try {
            String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            var signer = new JcaContentSignerBuilder(algorithm).setProvider(BC).build(key);
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(BC)
                            .build())
                    .build(signer, chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
        } catch (OperatorCreationException | CMSException | GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot sign the ASiC manifest: " + e.getMessage(), e);
        }
    }

    /** The MIME type the manifests give a file, by its extension. */
    public static String mimeType(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static byte[] eformidlingManifest(String sender, String receiver, String main, String mainType) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest>\n"
                        + "   <mottaker>\n      <organisasjon authority=\"iso6523-actorid-upis\">0192:"
                        + escape(receiver)
                        + "</organisasjon>\n   </mottaker>\n"
                        + "   <avsender>\n      <organisasjon authority=\"iso6523-actorid-upis\">0192:" + escape(sender)
                        + "</organisasjon>\n   </avsender>\n"
                        + "   <hoveddokument href=\"" + escape(main) + "\" mime=\"" + escape(mainType) + "\">\n"
                        + "      <tittel lang=\"no\">Hoveddokument</tittel>\n   </hoveddokument>\n</manifest>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] asicManifest(String signatureName, List<Reference> references) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<ASiCManifest xmlns=\"")
                .append(ETSI_NS)
                .append("\" xmlns:ns2=\"")
                .append(DSIG_NS)
                .append("\">\n    <SigReference URI=\"")
                .append(escape(signatureName))
                .append("\" MimeType=\"application/x-pkcs7-signature\"/>\n");
        for (Reference reference : references) {
            xml.append("    <DataObjectReference URI=\"")
                    .append(escape(reference.name()))
                    .append("\" MimeType=\"")
                    .append(escape(reference.mimeType()))
                    .append("\">\n        <ns2:DigestMethod Algorithm=\"")
                    .append(SHA256)
                    .append("\"/>\n        <ns2:DigestValue>")
                    .append(Base64.getEncoder().encodeToString(reference.digest()))
                    .append("</ns2:DigestValue>\n    </DataObjectReference>\n");
        }
        return xml.append("</ASiCManifest>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] oasisManifest(List<Reference> references) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<ns1:manifest xmlns:ns1=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\n")
                .append("    <ns1:file-entry ns1:full-path=\"/\" ns1:media-type=\"")
                .append(MIMETYPE)
                .append("\"/>\n");
        for (Reference reference : references) {
            xml.append("    <ns1:file-entry ns1:full-path=\"")
                    .append(escape(reference.name()))
                    .append("\" ns1:media-type=\"")
                    .append(escape(reference.mimeType()))
                    .append("\"/>\n");
        }
        return xml.append("</ns1:manifest>\n").toString().getBytes(StandardCharsets.UTF_8);
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

    private static Reference deflated(ZipOutputStream zip, String name, String mimeType, byte[] content)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
        return new Reference(name, mimeType, sha256().digest(content));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private record Reference(String name, String mimeType, byte[] digest) {}
}
