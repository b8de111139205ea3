package no.kurer.dpi.peppol.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The C2→C3 business message of Digdir's {@code innbyggerpost.xsd}: {@code <Innbyggerpost>} with the signed
 * forretningsmelding as received from the sender and the dokumentpakke in base64, in namespace
 * {@code http://digdir.no/dpi/innbyggerpost}. It travels as the payload of a Peppol SBD.
 * <p>
 * The package is read into the DOM whole (base64, a third larger): AS4 as phase4 sends it signs and encrypts one
 * payload in memory. Packages are limited by {@code dpi.max-document-bytes}.
 */
public final class Innbyggerpost {

    public static final String NS = "http://digdir.no/dpi/innbyggerpost";

    private Innbyggerpost() {}

    public static Element element(String signertForretningsmelding, Path dokumentpakke) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element root = doc.createElementNS(NS, "Innbyggerpost");
            doc.appendChild(root);
            Element melding = doc.createElementNS(NS, "SignertForretningsmelding");
            melding.setTextContent(signertForretningsmelding);
            root.appendChild(melding);
            Element pakke = doc.createElementNS(NS, "Dokumentpakke");
            pakke.setTextContent(base64(dokumentpakke));
            root.appendChild(pakke);
            return root;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(Path file) {
        StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, size(file) * 4 / 3 + 4));
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] buffer = new byte[3 * 64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int filled = 0;
            for (int n = in.read(buffer, filled, buffer.length - filled);
                    n >= 0;
                    n = in.read(buffer, filled, buffer.length - filled)) {
                filled += n;
                if (filled == buffer.length) {
                    text.append(encoder.encodeToString(buffer));
                    filled = 0;
                }
            }
            text.append(encoder.encodeToString(Arrays.copyOf(buffer, filled)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored dokumentpakke " + file, e);
        }
        return text.toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
