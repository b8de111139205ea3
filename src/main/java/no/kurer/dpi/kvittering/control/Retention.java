package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.configuration.Settings;
import no.kurer.configuration.Storage;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.control.store.PackageStore;

/**
 * Retention (issue 3, item 7): after {@code dpi.retention.days}, finished messages (SENDT or FEILET, or a package
 * never uploaded) are purged down to a tiny row, and receipts are deleted. A message waiting to be forwarded is
 * never touched. Each run also deletes package files a crash left behind ({@link OrphanedPackages}).
 */
@ApplicationScoped
public class Retention {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    Settings settings;

    @Inject
    KvitteringSettings kvitteringSettings;

    @Inject
    Meldinger meldinger;

    @Inject
    Kvitteringer kvitteringer;

    /** @return how many messages this instance purged */
    public int purge() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime cutoff = now.minus(kvitteringSettings.retention());
        int receipts = kvitteringer.deleteExpired(cutoff);
        int purged = 0;
        for (String meldingsid : meldinger.dueForPurge(cutoff, BATCH)) {
            var claimed = meldinger.purge(meldingsid, now);
            if (claimed.isPresent()) {
                purged++;
                claimed.get().ifPresent(this::deletePackage);
            }
        }
        if (receipts + purged > 0) {
            int r = receipts;
            int p = purged;
            LOG.info(() -> "Retention: purged " + p + " messages and " + r + " receipts older than " + cutoff);
        }
        sweepOrphans();
        return purged;
    }

    private void sweepOrphans() {
        try {
            int swept = new OrphanedPackages(meldinger, packages()).sweep(OrphanedPackages.AGE);
            if (swept > 0) {
                LOG.info(() -> "Retention: deleted " + swept + " package files no message refers to");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention could not sweep orphaned package files; the next run tries again", e);
        }
    }

    private PackageStore packages() {
        return new PackageStore(Storage.folder(settings, "dokumentpakker"));
    }

    private void deletePackage(String file) {
        try {
            var packages = packages();
            packages.discard(packages.pathFor(file));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention could not delete package file " + file, e);
        }
    }
}
