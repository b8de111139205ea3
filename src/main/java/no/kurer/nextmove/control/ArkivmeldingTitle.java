package no.kurer.nextmove.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an outgoing {@code arkivmelding.xml} says about its letter, as Digdir's integration point reads it for the
 * conversation: the title is the first journalpost's {@code offentligTittel}, the reference the first saksmappe's
 * {@code systemID} and the journalpost's {@code journalpostnummer} joined by a hyphen (only when there is a
 * journalpostnummer). Read as a stream, with no DTD and no external entities; what is missing or unreadable is
 * simply absent (efm fails the upload there, Kurer keeps the file and leaves the fields empty).
 *
 * @param title at most 255 characters, or null
 * @param reference at most 255 characters, or null
 */
public record ArkivmeldingTitle(String title, String reference) {

    static final ArkivmeldingTitle NONE = new ArkivmeldingTitle(null, null);
    private static final int COLUMN = 255;
    private static final int PROLOG = 200;
    private static final Pattern ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final List<String> FOLDER_ID = List.of("arkivmelding", "mappe", "systemID");
    private static final List<String> TITLE = List.of("arkivmelding", "mappe", "basisregistrering", "offentligTittel");
    private static final List<String> NUMBER =
            List.of("arkivmelding", "mappe", "basisregistrering", "journalpostnummer");

    /** Reads the file; NONE if it cannot be read or is no arkivmelding. */
    public static ArkivmeldingTitle of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        } catch (IOException e) {
            return NONE;
        }
    }

    static ArkivmeldingTitle of(InputStream in) {
        Reader text;
        try {
            text = decoded(new BufferedInputStream(in));
        } catch (IOException | IllegalArgumentException unknownEncoding) {
            return NONE;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String folderId = null;
        String title = null;
        String number = null;
        int folders = 0;
        int registrations = 0;
        Deque<String> path = new ArrayDeque<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(text);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    path.removeLast();
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                path.addLast(xml.getLocalName());
                List<String> at = List.copyOf(path);
                if (at.size() == 2 && at.get(1).equals("mappe")) {
                    folders++;
                } else if (at.size() == 3 && at.get(2).equals("basisregistrering")) {
                    registrations++;
                }
                if (folders != 1 || registrations > 1) {
                    continue; // only the first saksmappe and its first journalpost, as efm reads them
                }
                if (at.equals(FOLDER_ID) && folderId == null) {
                    folderId = text(xml);
                    path.removeLast();
                } else if (at.equals(TITLE) && title == null) {
                    title = text(xml);
                    path.removeLast();
                } else if (at.equals(NUMBER) && number == null) {
                    number = text(xml);
                    path.removeLast();
                }
            }
        } catch (XMLStreamException e) {
            return NONE;
        }
        String reference = folderId != null && number != null ? folderId + "-" + number : null;
        return new ArkivmeldingTitle(clip(title), clip(reference));
    }

    /**
     * The file as characters in the encoding its prolog declares (UTF-8 when it declares none), bytes that are no
     * characters refused: decoded here rather than by the JDK's parser, which prints a "[Fatal Error]" line to the
     * server's standard error for each file that is not in its encoding (random bytes named arkivmelding.xml).
     *
     * @throws IllegalArgumentException for an encoding the JDK does not know
     */
    private static Reader decoded(BufferedInputStream in) throws IOException {
        in.mark(PROLOG);
        byte[] head = in.readNBytes(PROLOG);
        in.reset();
        boolean bom =
                head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        if (bom) {
            in.skipNBytes(3); // UTF-8's byte order mark, which a Reader would pass on as a character
        }
        String prolog = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), StandardCharsets.ISO_8859_1);
        Matcher declared = ENCODING.matcher(prolog);
        Charset charset = declared.find() ? Charset.forName(declared.group(1)) : StandardCharsets.UTF_8;
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The element's text (leaves the reader on its end tag). */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        return xml.getElementText().strip();
    }

    private static String clip(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() <= COLUMN ? value : value.substring(0, COLUMN);
    }
}
