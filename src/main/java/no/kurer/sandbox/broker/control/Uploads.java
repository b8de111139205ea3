package no.kurer.sandbox.broker.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Streams an upload to a file through a temporary file, computing its MD5 on the way. */
public final class Uploads {

    public record Stored(long size, String md5) {}

    private Uploads() {}

    public static Stored store(InputStream body, Path file) throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (InputStream in = new DigestInputStream(body, md5)) {
            long size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            return new Stored(size, HexFormat.of().formatHex(md5.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
