package no.kurer.broker.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import no.kurer.problems.Problem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks a decrypted DPO payload as Digdir's integration point writes it ({@link AsicEWriter}): {@code mimetype} first
 * with the ASiC-E type, unique entry names, one {@code META-INF/asicmanifest*.xml} whose {@code SigReference} names a
 * CMS signature ({@code .p7s}) that is valid over the manifest's bytes, every {@code DataObjectReference}'s digest
 * matching its entry, every entry outside {@code META-INF/} covered by the manifest, and the signer's certificate
 * trusted (the {@code signerOrgno} function: chain to {@code certificates.trusted-cas}, organisation number out)
 * and the expected sender. Files are digested streaming from the zip.
 */
public class AsicEVerifier {

    static final int MAX_XML = 10 * 1024 * 1024;
    static final int MAX_SIGNATURE = 1024 * 1024;

    private final CadesSignature cades;

    /**
     * @param signerOrgno the organisation number of a trusted signer, given its certificate first and the others the
     *                    signature carries; throws a {@link Problem} when the chain is not trusted
     */
    public AsicEVerifier(Function<List<X509Certificate>, String> signerOrgno) {
        this.cades = new CadesSignature(signerOrgno);
    }

    /**
     * @return the signed files' names (outside {@code META-INF/}, without {@code mimetype}), in manifest order
     * @throws CorruptPackage          when the structure is not an ASiC-E
     * @throws CorruptPackage         {@link CorruptPackage#invalidSignature} when the signature, a digest or the signer
     *                                 does not hold
     */
    public List<String> verify(Path asic, String expectedSender) {
        try (ZipFile zip = new ZipFile(asic.toFile())) {
            Map<String, ZipEntry> entries = entries(zip);
            ZipEntry manifestEntry = asicManifest(entries);
            byte[] manifestBytes = read(zip, manifestEntry, MAX_XML);
            Element manifest = parse(manifestBytes);
            String signatureName = signatureReference(manifest);
            ZipEntry signature = entries.get(signatureName);
            if (signature == null) {
                throw CorruptPackage.invalidSignature("The ASiC manifest's SigReference names " + signatureName
                        + ", which the container does not hold.");
            }
            String signer = cades.signer(manifestBytes, read(zip, signature, MAX_SIGNATURE));
            if (!signer.equals(expectedSender)) {
                throw CorruptPackage.invalidSignature("The payload is signed by organisation " + signer
                        + ", but the standard business document's sender is " + expectedSender + ".");
            }
            return ManifestDigests.check(zip, entries, manifest);
        } catch (ZipException e) {
            throw new CorruptPackage("The decrypted payload is not a readable ASiC-E zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the decrypted payload " + asic, e);
        }
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Set<String> lower = new HashSet<>();
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            if (!lower.add(entry.getName().toLowerCase(Locale.ROOT))) {
                throw new CorruptPackage("The ASiC-E holds the entry '" + entry.getName() + "' more than once.");
            }
            entries.put(entry.getName(), entry);
        }
        ZipEntry first = entries.isEmpty() ? null : entries.values().iterator().next();
        if (first == null || !first.getName().equals("mimetype")) {
            throw new CorruptPackage("The decrypted payload is not an ASiC-E: its first entry is not 'mimetype'.");
        }
        try (InputStream in = zip.getInputStream(first)) {
            String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
            if (!type.equals(AsicEWriter.MIMETYPE)) {
                throw new CorruptPackage("The payload's mimetype is '" + type + "', not " + AsicEWriter.MIMETYPE + ".");
            }
        } catch (IOException e) {
            throw new CorruptPackage("The payload's mimetype entry cannot be read: " + e.getMessage());
        }
        return entries;
    }

    private static ZipEntry asicManifest(Map<String, ZipEntry> entries) {
        List<ZipEntry> manifests = entries.values().stream()
                .filter(e -> {
                    String name = e.getName().toLowerCase(Locale.ROOT);
                    return name.startsWith("meta-inf/asicmanifest") && name.endsWith(".xml");
                })
                .toList();
        if (manifests.size() != 1) {
            throw CorruptPackage.invalidSignature(
                    "The ASiC-E must hold one CAdES manifest (META-INF/asicmanifest.xml); " + "it holds "
                            + manifests.size() + ".");
        }
        return manifests.get(0);
    }

    private static String signatureReference(Element manifest) {
        NodeList references = manifest.getElementsByTagNameNS(AsicEWriter.ETSI_NS, "SigReference");
        if (references.getLength() != 1) {
            throw CorruptPackage.invalidSignature(
                    "The ASiC manifest must have one SigReference; it has " + references.getLength() + ".");
        }
        return ((Element) references.item(0)).getAttribute("URI");
    }

    private static byte[] read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new CorruptPackage("The payload's " + entry.getName() + " is larger than " + limit + " bytes.");
            }
            return bytes;
        }
    }

    private static Element parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Element root = document.getDocumentElement();
            if (!AsicEWriter.ETSI_NS.equals(root.getNamespaceURI()) || !"ASiCManifest".equals(root.getLocalName())) {
                throw CorruptPackage.invalidSignature("META-INF/asicmanifest.xml is not an ETSI ASiCManifest.");
            }
            return root;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException | IOException e) {
            throw CorruptPackage.invalidSignature(
                    "META-INF/asicmanifest.xml is not well-formed XML: " + e.getMessage());
        }
    }
}
