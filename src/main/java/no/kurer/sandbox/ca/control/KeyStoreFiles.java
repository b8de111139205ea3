package no.kurer.sandbox.ca.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;

/** PKCS#12 files holding one key entry each, under the fixed sandbox password {@value #PASSWORD}. */
final class KeyStoreFiles {

    static final String PASSWORD = "sandbox";

    private KeyStoreFiles() {}

    static Optional<EnterpriseIdentity> read(Path file, String alias) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            PrivateKey key = (PrivateKey) store.getKey(alias, PASSWORD.toCharArray());
            Certificate[] chain = store.getCertificateChain(alias);
            if (key == null || chain == null) {
                throw new IllegalStateException(file + " holds no key entry '" + alias + "'");
            }
            List<X509Certificate> certificates =
                    Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            return Optional.of(new EnterpriseIdentity(alias, key, certificates));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    static void write(Path file, EnterpriseIdentity identity) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(identity.orgno(), identity.privateKey(), PASSWORD.toCharArray(), identity.chainArray());
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, PASSWORD.toCharArray());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }
}
