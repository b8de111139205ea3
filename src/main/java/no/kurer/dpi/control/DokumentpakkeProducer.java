package no.kurer.dpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the plain dokumentpakke classes injectable; packages live in {@code storage.dir}/dokumentpakker. */
@ApplicationScoped
public class DokumentpakkeProducer {

    static final String SUBDIRECTORY = "dokumentpakker";

    @Inject
    @ConfigProperty(name = "storage.dir", defaultValue = "./data/files")
    String storageDir;

    @Produces
    public PackageStore packageStore() {
        return new PackageStore(Path.of(storageDir, SUBDIRECTORY));
    }

    @Produces
    public CmsCheck cmsCheck() {
        return new CmsCheck();
    }

    @Produces
    public AsicECheck asicECheck() {
        return new AsicECheck();
    }
}
