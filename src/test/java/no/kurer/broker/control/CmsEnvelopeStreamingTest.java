package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Random;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CMS envelope streams both ways: encrypted bytes leave while the plain ones are still being written, and
 * decrypted bytes reach the file while the encrypted ones are still being read, so neither side holds the payload.
 */
class CmsEnvelopeStreamingTest {

    static final int SIZE = 32 << 20;

    @TempDir
    Path dir;

    @Test
    void encryptingAndDecryptingStreamAndGiveBackEveryByte() throws Exception {
        EnterpriseIdentity kurer = new SandboxCertificateAuthority(dir.resolve("ca")).issue("999888771", "Kurer");
        Path encrypted = dir.resolve("asic.zip.cms");
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        long leftBeforeClose;
        try (OutputStream file = Files.newOutputStream(encrypted)) {
            CountingOutputStream counted = new CountingOutputStream(file);
            OutputStream cms = CmsEnvelope.encrypt(counted, kurer.certificate());
            write(new DigestOutputStream(cms, sent));
            leftBeforeClose = counted.count();
            cms.close();
        }
        assertTrue(leftBeforeClose > SIZE - (1 << 20), "encrypted bytes left before the end: " + leftBeforeClose);

        Path plain = dir.resolve("asic.zip");
        long encryptedSize = Files.size(encrypted);
        long[] writtenAtThreeQuarters = {-1};
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new FilterInputStream(Files.newInputStream(encrypted)) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read += Math.max(0, n);
                if (writtenAtThreeQuarters[0] < 0 && read > encryptedSize * 3 / 4) {
                    writtenAtThreeQuarters[0] = Files.size(plain);
                }
                return n;
            }
        }) {
            CmsEnvelope.decrypt(in, kurer.privateKey(), kurer.certificate(), plain);
        }
        assertTrue(
                writtenAtThreeQuarters[0] > SIZE / 2,
                "decrypted bytes written before the end was read: " + writtenAtThreeQuarters[0]);
        try (InputStream back = new DigestInputStream(Files.newInputStream(plain), received)) {
            back.transferTo(OutputStream.nullOutputStream());
        }
        assertArrayEquals(sent.digest(), received.digest());
    }

    private static void write(OutputStream out) throws IOException {
        byte[] block = new byte[1 << 20];
        new Random(3).nextBytes(block);
        for (int i = 0; i < SIZE / block.length; i++) {
            block[0] = (byte) i;
            out.write(block);
        }
    }
}
