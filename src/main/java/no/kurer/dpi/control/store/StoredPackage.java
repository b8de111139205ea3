package no.kurer.dpi.control.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/** A dokumentpakke durably stored by {@link PackageStore}: where it is, how many bytes, and its SHA-256. */
public record StoredPackage(Path path, long size, byte[] sha256) {

    public StoredPackage {
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    /** The digest as the forretningsmelding's {@code dokumentpakkefingeravtrykk.digestValue} spells it. */
    public String sha256Base64() {
        return Base64.getEncoder().encodeToString(sha256);
    }

    /** Whether the package's SHA-256 equals the given base64 digest, compared in constant time. */
    public boolean matches(String base64Digest) {
        if (base64Digest == null) {
            return false;
        }
        byte[] expected;
        try {
            expected = Base64.getDecoder().decode(base64Digest.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(sha256, expected);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredPackage that
                && path.equals(that.path)
                && size == that.size
                && Arrays.equals(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * path.hashCode() + Long.hashCode(size)) + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "StoredPackage[path=" + path + ", size=" + size + ", sha256=" + sha256Base64() + "]";
    }
}
