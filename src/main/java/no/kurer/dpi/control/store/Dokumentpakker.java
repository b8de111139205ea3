package no.kurer.dpi.control.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import no.kurer.configuration.Settings;
import no.kurer.configuration.Storage;
import no.kurer.dpi.control.IntakeSettings;
import no.kurer.dpi.control.checks.AsicECheck;
import no.kurer.dpi.control.checks.CmsCheck;
import no.kurer.dpi.control.checks.DokumentpakkeType;
import no.kurer.dpi.control.checks.InvalidDokumentpakke;

/**
 * Receives a dokumentpakke into the file store ({@code storage.dir}): streamed, size-limited
 * ({@code dpi.max-document-bytes}), its SHA-256 compared with the forretningsmelding's fingerprint, and its structure
 * checked. A package that fails any check is deleted before the refusal is answered.
 */
@ApplicationScoped
public class Dokumentpakker {

    static final long SWALLOW_BYTES = 16L * 1024 * 1024;

    @Inject
    Settings settings;

    @Inject
    IntakeSettings intake;

    private final CmsCheck cms = new CmsCheck();
    private final AsicECheck asicE = new AsicECheck();

    /** A package that passed every check, stored in the file store under the name {@code file}. */
    public record Received(String file, String mediaType, long size) {}

    public Received receive(
            String meldingsid, String expectedFingerprint, String contentType, Long contentLength, InputStream body) {
        DokumentpakkeType type = DokumentpakkeType.of(contentType);
        long maxBytes = intake.maxDocumentBytes();
        if (contentLength != null && contentLength > maxBytes) {
            throw InvalidDokumentpakke.tooLarge(maxBytes);
        }
        PackageStore store = store();
        String name = meldingsid + "-" + UUID.randomUUID();
        StoredPackage stored;
        try {
            stored = store.receive(body, maxBytes, name);
        } catch (InvalidDokumentpakke refused) {
            if (refused.tooLarge()) {
                swallow(body);
            }
            throw refused;
        }
        try {
            if (!stored.matches(expectedFingerprint)) {
                throw InvalidDokumentpakke.fingerprintMismatch(expectedFingerprint, stored.sha256Base64());
            }
            type.check(cms, asicE).check(stored.path());
        } catch (RuntimeException refused) {
            store.delete(stored);
            throw refused;
        }
        return new Received(name, type.mediaType(), stored.size());
    }

    /**
     * Reads and drops what a client still sends after the limit, up to {@link #SWALLOW_BYTES}, so that an ordinary
     * HTTP client that is still writing its body gets to read the 413 instead of a broken connection.
     */
    private static void swallow(InputStream body) {
        try {
            long skipped = 0;
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (skipped < SWALLOW_BYTES && (read = body.read(buffer)) >= 0) {
                skipped += read;
            }
        } catch (IOException clientGone) {
            // nothing to answer then
        }
    }

    public void discard(Received received) {
        PackageStore store = store();
        store.discard(store.pathFor(received.file()));
    }

    private PackageStore store() {
        return new PackageStore(Storage.folder(settings, "dokumentpakker"));
    }
}
