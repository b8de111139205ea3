package no.kurer.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.kurer.certificates.control.CertificateOrgno;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.control.EnterpriseKeystore;
import no.kurer.maskinporten.control.KurerKeys;
import no.kurer.maskinporten.control.UnreadableKey;

/**
 * Each organisation's enterprise certificate and key, which sign what it sends and decrypt what is sent to it. The
 * organisation of {@code systemuser.org} uses Kurer's own ({@code maskinporten.keystore.*}, as before); every other
 * has a key store of its own, {@code <organisations.keystore.dir>/<orgno>.p12} (PKCS#12, password
 * {@code organisations.keystore.password}, its one key entry), whose certificate must name that orgno. Read when first
 * needed and again when the file changes, so an administrator installs or renews one without a restart.
 */
@ApplicationScoped
public class OrganisationKeys {

    public static final Key<String> DIR = Key.text("organisations.keystore.dir");
    public static final Key<String> PASSWORD = Key.text("organisations.keystore.password");

    @Inject
    Settings settings;

    @Inject
    KurerKeys kurer;

    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    /** @throws NoOrganisationKey when the organisation has no usable key */
    public EnterpriseKeystore keystore(String orgno) {
        if (settings.find(Settings.DPO_ORGANISATION).filter(orgno::equals).isPresent()) {
            return kurer.enterpriseKeystore();
        }
        Path file = file(orgno).orElseThrow(() -> new NoOrganisationKey(orgno, DIR.name() + " is not set"));
        FileTime modified = modified(file);
        Loaded cached = loaded.get(orgno);
        if (cached != null && cached.file().equals(file) && cached.modified().equals(modified)) {
            return cached.keystore();
        }
        EnterpriseKeystore keystore;
        try {
            keystore = EnterpriseKeystore.load(
                    file, settings.find(PASSWORD).orElse("").toCharArray(), null);
        } catch (UnreadableKey e) {
            throw new NoOrganisationKey(orgno, "cannot use " + file + " (" + e.detail() + ")");
        }
        String named;
        try {
            named = CertificateOrgno.of(keystore.chain().get(0));
        } catch (RuntimeException e) {
            throw new NoOrganisationKey(orgno, "the certificate in " + file + " names no organisation");
        }
        if (!orgno.equals(named)) {
            throw new NoOrganisationKey(orgno, "the certificate in " + file + " is for " + named);
        }
        loaded.put(orgno, new Loaded(file, modified, keystore));
        return keystore;
    }

    /** Whether the organisation's key can be used now, and why not (for the admin page). */
    public Optional<String> problem(String orgno) {
        try {
            keystore(orgno);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Optional<Path> file(String orgno) {
        return settings.find(DIR).map(dir -> Path.of(dir).resolve(orgno + ".p12"));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // loading says why
        }
    }

    private record Loaded(Path file, FileTime modified, EnterpriseKeystore keystore) {}
}
