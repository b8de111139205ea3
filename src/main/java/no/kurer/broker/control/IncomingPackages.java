package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kurer.broker.entity.IncomingTransfer;
import no.kurer.broker.entity.Sbd;
import no.kurer.problems.Problem;

/**
 * A downloaded broker file taken in ({@link Receiving}): unpacked within {@link EntryLimits}, its SBD read and held to
 * {@link IncomingFileRules}, its payload decrypted and its signature checked, then stored. A corrupt file is kept
 * FAILED with its raw file for the administrator; a refused one is kept FAILED with nothing of it left in the file
 * store.
 */
@ApplicationScoped
public class IncomingPackages {

    @Inject
    IncomingTransfers transfers;

    @Inject
    DpoConfiguration config;

    @Inject
    DpoFiles files;

    @Inject
    DpoPayload payload;

    @Inject
    StandardBusinessDocuments documents;

    /**
     * Keeps the downloaded broker file {@code file} from {@code organisation}'s inbox: as an incoming message (or a duplicate of one held), or as a FAILED
     * one when it is corrupt or refused; the caller confirms it then. Opens the payload straight from the
     * {@code asic.zip} entry of the downloaded file: inflated within the entry limits, decrypted and verified on the
     * way to the file store (see {@link DpoPayload#open(InputStream, Path, String)}), with no encrypted copy written
     * in between.
     */
    void keep(String id, String organisation, String sender, Path file) {
        Sbd sbd;
        Path asic = files.incomingAsic(id);
        try (DpoPackage.Opened opened = DpoPackage.open(file, config.entryLimits())) {
            try {
                sbd = documents.incoming(opened.sbdJson());
                IncomingFileRules.check(sbd, sender, organisation, opened.payload() != null);
                if (opened.payload() == null) {
                    asic = null;
                } else {
                    payload.as(organisation).open(opened.payload(), asic, sbd.sender());
                }
                opened.drain();
            } catch (CorruptPackage | InvalidSbd e) {
                throw refusedFirst(opened, (Problem) e);
            }
        } catch (RefusedDpoFile e) {
            Path dir = files.incomingAsic(id).getParent();
            deleteQuietly(asic);
            deleteQuietly(dir);
            deleteQuietly(file);
            transfers.keepFailed(id, sender, null, e.detail());
            return;
        } catch (CorruptPackage | InvalidSbd e) {
            deleteQuietly(asic);
            transfers.keepFailed(id, sender, file, ((Problem) e).detail());
            return;
        } catch (IOException e) {
            deleteQuietly(asic);
            throw new UncheckedIOException("cannot close the broker file " + file, e);
        }
        try {
            if (transfers.store(id, sbd, asic) != IncomingTransfer.Outcome.STORED && asic != null) {
                deleteQuietly(asic);
            }
        } catch (RuntimeException e) {
            deleteQuietly(asic);
            throw e;
        }
        deleteQuietly(file);
    }

    /**
     * A payload that inflates past its limits is refused as such, whatever else is wrong with the file (as when the
     * entry was extracted before anything else was read); otherwise {@code failure} stands.
     */
    private static Problem refusedFirst(DpoPackage.Opened opened, Problem failure) {
        if (failure instanceof RefusedDpoFile) {
            return failure;
        }
        try {
            opened.drain();
        } catch (RefusedDpoFile refused) {
            return refused;
        } catch (CorruptPackage | UncheckedIOException ignored) {
            // the failure already found says enough
        }
        return failure;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // left for the administrator; nothing reads it
        }
    }
}
