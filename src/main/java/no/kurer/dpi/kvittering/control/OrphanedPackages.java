package no.kurer.dpi.kvittering.control;

import java.time.Duration;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.control.store.PackageStore;

/**
 * Sweeps the dokumentpakke store of files a crash left behind: half-written uploads ({@code .upload-*.part}) and
 * packages written whose message was never committed. Only files older than the given age are touched, so an
 * upload in progress (here or at another instance sharing the store) is safe.
 */
public class OrphanedPackages {

    /** Far longer than any upload takes between writing its file and committing its message. */
    public static final Duration AGE = Duration.ofDays(1);

    private final Meldinger meldinger;
    private final PackageStore packages;

    public OrphanedPackages(Meldinger meldinger, PackageStore packages) {
        this.meldinger = meldinger;
        this.packages = packages;
    }

    /** @return how many files were deleted */
    public int sweep(Duration age) {
        int uploads = packages.removeAbandonedUploads(age);
        return uploads + packages.removeUnreferenced(age, meldinger.referencedPackages());
    }
}
