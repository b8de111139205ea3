package no.kurer.broker.control;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The digests an ASiC manifest lists for the files of its container ({@link AsicEVerifier}), streamed from the zip. */
final class ManifestDigests {

    private static final Map<String, String> DIGESTS = Map.of(
            AsicEWriter.SHA256,
            "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512",
            "SHA-512");

    private ManifestDigests() {}

    /**
     * Checks every {@code DataObjectReference}'s digest against its entry, and that every entry outside
     * {@code META-INF/} is covered; returns the covered names in manifest order.
     */
    static List<String> check(ZipFile zip, Map<String, ZipEntry> entries, Element manifest) throws IOException {
        NodeList references = manifest.getElementsByTagNameNS(AsicEWriter.ETSI_NS, "DataObjectReference");
        List<String> covered = new ArrayList<>();
        for (int i = 0; i < references.getLength(); i++) {
            Element reference = (Element) references.item(i);
            String name = reference.getAttribute("URI");
            ZipEntry entry = entries.get(name);
            if (entry == null || name.startsWith("META-INF/") || name.equals("mimetype")) {
                throw CorruptPackage.invalidSignature(
                        "The ASiC manifest references '" + name + "', which is not a file of the container.");
            }
            String algorithm = DIGESTS.get(text(reference, "DigestMethod", "Algorithm"));
            if (algorithm == null) {
                throw CorruptPackage.invalidSignature(
                        "The ASiC manifest's digest method for '" + name + "' is not SHA-256, SHA-384 or SHA-512.");
            }
            byte[] expected;
            try {
                expected = Base64.getMimeDecoder()
                        .decode(text(reference, "DigestValue", null).strip());
            } catch (IllegalArgumentException e) {
                throw CorruptPackage.invalidSignature("The ASiC manifest's digest for '" + name + "' is not base64.");
            }
            if (!MessageDigest.isEqual(expected, digest(zip, entry, algorithm))) {
                throw CorruptPackage.invalidSignature(
                        "The file '" + name + "' is not what was signed: its digest differs from the ASiC manifest's.");
            }
            if (covered.contains(name)) {
                throw CorruptPackage.invalidSignature("The ASiC manifest references '" + name + "' twice.");
            }
            covered.add(name);
        }
        for (String name : entries.keySet()) {
            if (!name.equals("mimetype")
                    && !name.startsWith("META-INF/")
                    && !name.endsWith("/")
                    && !covered.contains(name)) {
                throw CorruptPackage.invalidSignature("The file '" + name + "' is not covered by the signature.");
            }
        }
        return covered;
    }

    private static String text(Element parent, String name, String attribute) {
        NodeList found = parent.getElementsByTagNameNS(AsicEWriter.DSIG_NS, name);
        if (found.getLength() != 1) {
            throw CorruptPackage.invalidSignature("A DataObjectReference of the ASiC manifest has no " + name + ".");
        }
        Element element = (Element) found.item(0);
        return attribute == null ? element.getTextContent() : element.getAttribute(attribute);
    }

    private static byte[] digest(ZipFile zip, ZipEntry entry, String algorithm) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new CorruptPackage("The entry '" + entry.getName() + "' of the payload cannot be inflated.");
        }
        return digest.digest();
    }
}
