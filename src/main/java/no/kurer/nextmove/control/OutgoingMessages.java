package no.kurer.nextmove.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kurer.broker.control.DpoFiles;
import no.kurer.broker.control.Outbox;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;
import no.kurer.conversation.control.DpoConversations;

/**
 * The outgoing side of the NextMove API over {@link Outbox}: efm's defaults at create, its refusals at upload
 * (a second file of a name, a second main document) and at send (a file the arkivmelding refers to is missing). An
 * uploaded arkivmelding.xml gives the conversation its {@code messageTitle} and {@code messageReference}.
 */
@ApplicationScoped
public class OutgoingMessages {

    static final String ARKIVMELDING_XML = "arkivmelding.xml";
    private static final Pattern REFERENCE =
            Pattern.compile("<(?:\\w+:)?referanseDokumentfil>\\s*([^<]+?)\\s*</(?:\\w+:)?referanseDokumentfil>");

    @Inject
    Outbox outbox;

    @Inject
    DpoFiles files;

    @Inject
    OutgoingRecords records;

    @Inject
    DpoConversations conversations;

    Clock clock = Clock.systemUTC();

    /**
     * A new message from one of {@code senders} (the orgnos the caller may send as).
     *
     * @throws UnknownDocumentType, and what {@link Outbox#create} throws (MessageIdUsed for a repeat)
     */
    public DpoMessage create(String sbdJson, Set<String> senders) {
        return outbox.create(SbdDefaults.complete(sbdJson, clock), senders);
    }

    /** As {@link #upload(String, String, long, InputStream, Set)}, the body's length not known beforehand. */
    public long upload(String messageId, String fileName, InputStream body, Set<String> senders) {
        return upload(messageId, fileName, -1, body, senders);
    }

    /**
     * @param declaredLength the body's {@code Content-Length}, -1 when not known
     * @throws SecondMainDocument, DuplicateFileName, and what {@link Outbox#addFile} throws
     */
    public long upload(String messageId, String fileName, long declaredLength, InputStream body, Set<String> senders) {
        DpoMessage message = outbox.find(messageId, senders);
        Set<String> present = names(files.outgoingFiles(message.id()));
        if (present.contains(fileName)) {
            if (fileName.equals(MainDocument.of(message.sbd()))) {
                throw new SecondMainDocument(messageId, fileName);
            }
            throw new DuplicateFileName(messageId, fileName);
        }
        long size = outbox.addFile(message, fileName, declaredLength, body);
        if (fileName.equals(ARKIVMELDING_XML)) {
            files.outgoingFiles(message.id()).stream()
                    .filter(f -> f.getFileName().toString().equals(ARKIVMELDING_XML))
                    .findFirst()
                    .map(ArkivmeldingTitle::of)
                    .ifPresent(about -> conversations.described(message, about.title(), about.reference()));
        }
        return size;
    }

    /** @throws MissingReferencedFile, and what {@link Outbox#send} throws */
    public DpoMessage send(String messageId, Set<String> senders) {
        DpoMessage message = outbox.find(messageId, senders);
        List<Path> content = files.outgoingFiles(message.id());
        Set<String> present = names(content);
        for (Path file : content) {
            if (file.getFileName().toString().equals(ARKIVMELDING_XML) && message.state() == DpoState.CREATED) {
                Set<String> missing = new TreeSet<>(references(read(file)));
                missing.removeAll(present);
                if (!missing.isEmpty()) {
                    throw new MissingReferencedFile(messageId, missing);
                }
            }
        }
        return outbox.send(message);
    }

    /** The outgoing message {@code messageId} of one of {@code senders}; @throws UnknownDpoMessage */
    public DpoMessage find(String messageId, Set<String> senders) {
        return outbox.find(messageId, senders);
    }

    /** Deletes an unsent message with its files; @throws MessageAlreadySent */
    public void delete(String messageId, Set<String> senders) {
        DpoMessage message = outbox.find(messageId, senders);
        if (message.state() != DpoState.CREATED) {
            throw new MessageAlreadySent(messageId, message.state().name());
        }
        List<Path> content = files.outgoingFiles(message.id());
        records.remove(message.id());
        for (Path file : content) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
        }
    }

    /** The file names an arkivmelding.xml refers to ({@code referanseDokumentfil}). */
    static Set<String> references(String arkivmelding) {
        Set<String> names = new TreeSet<>();
        Matcher m = REFERENCE.matcher(arkivmelding);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> names(List<Path> content) {
        Set<String> names = new TreeSet<>();
        content.forEach(f -> names.add(f.getFileName().toString()));
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new String(readBytes(file), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
