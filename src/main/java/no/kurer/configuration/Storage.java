package no.kurer.configuration;

import java.nio.file.Path;

/**
 * Where Kurer keeps files: one key for every feature that stores them (DPI document packages, DPO files), each in a
 * folder of its own below it.
 */
public final class Storage {

    public static final Key<String> DIR = Key.text("storage.dir", "./data/files");

    private Storage() {}

    /** The folder of one feature's files, below {@code storage.dir}. */
    public static Path folder(Settings settings, String feature) {
        return Path.of(settings.get(DIR), feature);
    }
}
