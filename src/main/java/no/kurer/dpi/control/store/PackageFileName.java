package no.kurer.dpi.control.store;

import java.nio.charset.StandardCharsets;

/**
 * Turns a package name (normally a meldingsid) into a file name of {@code [A-Za-z0-9._-]} only.
 * Letters, digits, {@code -} and a non-leading {@code .} are kept; every other byte of the UTF-8 name,
 * {@code _} included, becomes {@code _xx}. Distinct names so get distinct files, and none is hidden,
 * {@code ..}, or a path outside the store.
 */
final class PackageFileName {

    static final int MAX_LENGTH = 200;

    private PackageFileName() {}

    static String of(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A dokumentpakke needs a name");
        }
        StringBuilder encoded = new StringBuilder();
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            char c = (char) (bytes[i] & 0xff);
            boolean plain = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || (c == '.' && i > 0);
            encoded.append(plain ? String.valueOf(c) : String.format("_%02x", (int) c));
        }
        if (encoded.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Dokumentpakke name longer than " + MAX_LENGTH + " characters encoded");
        }
        return encoded.toString();
    }
}
