package no.kurer.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table against the keys Kurer reads: every {@code public static final Key} constant of a
 * production class is a row of the table, and every row names keys that Kurer reads, as a {@link Key} constant or, for
 * the keys the server reads from Kurer's descriptors ({@code ${MPCONFIG=db.url:…}} in {@code web.xml} and
 * {@code persistence.xml}), there. Keys of the sandbox ({@code sandbox.*}), which may not use Kurer's code, are checked
 * against the sandbox's {@code @ConfigProperty} names instead.
 * <p>
 * A row's first cell names its keys in backticks; {@code `a.b.c` / `.d`} is {@code a.b.c} and {@code a.b.d}, and
 * {@code `x/mp-rest/connectTimeout` / `readTimeout`} is {@code x/mp-rest/connectTimeout} and
 * {@code x/mp-rest/readTimeout}. A key with a placeholder, {@code dpi.route.<receiver orgno>}, stands for every key
 * with that prefix; a {@link Key} constant stands for such a family when its name has a placeholder too, or ends in a
 * dot ({@code dpi.route.}). An enum whose constants each carry a {@link Key} (the broker calls' rate limits) names
 * those keys too.
 */
class ConfigurationTableTest {

    private static final Path PROJECT = project();
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern MPCONFIG = Pattern.compile("\\$\\{MPCONFIG=([^:}]+)");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
    private static final byte[] KEY_DESCRIPTOR = "Lno/kurer/configuration/Key;".getBytes(StandardCharsets.UTF_8);
    private static final String SANDBOX = "sandbox.";

    @Test
    void everyKeyConstantIsInTheReadmesConfigurationTable() throws IOException {
        Set<String> undocumented = new TreeSet<>(keyConstants());
        undocumented.removeAll(documented());

        assertTrue(
                undocumented.isEmpty(),
                "Key constants missing from the README's configuration table (add a row "
                        + "under \"## Configuration\"): " + undocumented);
    }

    @Test
    void everyKeyIsNamedByOneConstant() throws IOException {
        Map<String, List<String>> byName = new TreeMap<>();
        allConstants()
                .forEach((key, where) -> byName.computeIfAbsent(key.name(), n -> new ArrayList<>())
                        .add(where));
        byName.values().removeIf(places -> places.size() < 2);
        assertTrue(byName.isEmpty(), "Keys declared more than once (refer to the one constant instead): " + byName);
    }

    /**
     * The defaults file ({@code META-INF/microprofile-config.properties}) sets no key whose constant has a default:
     * that default is named once, in the constant. The file keeps what has no default in the code (Maskinporten's and
     * Altinn's production addresses, the database, the sandbox profile).
     */
    @Test
    void theDefaultsFileRepeatsNoDefaultOfAConstant() throws IOException {
        Properties file = new Properties();
        try (var in =
                Files.newInputStream(PROJECT.resolve("src/main/resources/META-INF/microprofile-config.properties"))) {
            file.load(in);
        }
        Map<String, String> repeated = new TreeMap<>();
        allConstants().keySet().forEach(key -> {
            if (key.fallback() != null && file.containsKey(key.name())) {
                repeated.put(key.name(), file.getProperty(key.name()) + " (constant: " + key.fallback() + ")");
            }
        });
        assertTrue(repeated.isEmpty(), "defaults repeated in microprofile-config.properties: " + repeated);
    }

    /** Every {@code static final Key} constant of the production classes, with where it is declared. */
    private static Map<Key<?>, String> allConstants() throws IOException {
        Map<Key<?>, String> constants = new IdentityHashMap<>();
        Path classes = PROJECT.resolve("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (mentionsKey(Files.readAllBytes(file))) {
                    String name = classes.relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), ".");
                    constants.putAll(constantsOf(name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return constants;
    }

    private static Map<Key<?>, String> constantsOf(String className) {
        Map<Key<?>, String> constants = new IdentityHashMap<>();
        try {
            for (Field field :
                    Class.forName(className, false, Key.class.getClassLoader()).getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == Key.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                    field.setAccessible(true);
                    constants.put((Key<?>) field.get(null), className + "." + field.getName());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read the Key constants of " + className, e);
        }
        return constants;
    }

    @Test
    void everyKeyInTheReadmesConfigurationTableIsRead() throws IOException {
        Set<String> unread = new TreeSet<>(documented());
        unread.removeIf(key -> key.startsWith(SANDBOX));
        unread.removeAll(keyConstants());
        unread.removeAll(descriptorKeys());

        assertTrue(
                unread.isEmpty(),
                "Keys in the README's configuration table that no Key constant (nor a descriptor's "
                        + "${MPCONFIG=…}) names: " + unread);
    }

    @Test
    void theSandboxKeysAreTheSandboxRowsOfTheTable() throws IOException {
        Set<String> documented = new TreeSet<>(documented());
        documented.removeIf(key -> !key.startsWith(SANDBOX));
        Set<String> undocumented = new TreeSet<>(sandboxKeys());
        undocumented.removeAll(documented);
        documented.removeAll(sandboxKeys());

        assertTrue(
                undocumented.isEmpty(), "sandbox keys missing from the README's configuration table: " + undocumented);
        assertTrue(
                documented.isEmpty(),
                "sandbox keys in the README's table that the sandbox does not read: " + documented);
    }

    @Test
    void aRowsShortFormsAreExpanded() {
        assertEquals(
                List.of("maskinporten.keystore.path", "maskinporten.keystore.password", "maskinporten.keystore.alias"),
                keysOfRow("| `maskinporten.keystore.path` / `.password` / `.alias` | PKCS#12 | — | yes |"));
        assertEquals(
                List.of("altinn-authentication/mp-rest/connectTimeout", "altinn-authentication/mp-rest/readTimeout"),
                keysOfRow(
                        "| `altinn-authentication/mp-rest/connectTimeout` / `readTimeout` | timeouts | `5000` | no |"));
        assertEquals(
                List.of("dpi.transport", "dpi.transport.*"),
                keysOfRow("| `dpi.transport` / `dpi.transport.<receiver orgno>` | how | `rest` / — | yes |"));
    }

    /** The keys the README's configuration table documents, placeholders as {@code prefix*}. */
    static Set<String> documented() throws IOException {
        List<String> lines = Files.readAllLines(PROJECT.resolve("README.md"));
        int heading = lines.indexOf("## Configuration");
        assertTrue(heading >= 0, "README.md has a \"## Configuration\" section");
        int header = heading;
        while (!lines.get(header).startsWith("| key |")) {
            header++;
        }
        Set<String> keys = new TreeSet<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            keys.addAll(keysOfRow(lines.get(i)));
        }
        return keys;
    }

    static List<String> keysOfRow(String row) {
        String first = row.substring(1, row.indexOf('|', 1));
        List<String> keys = new ArrayList<>();
        String previous = "";
        Matcher quoted = QUOTED.matcher(first);
        while (quoted.find()) {
            String key = quoted.group(1).strip();
            if (key.startsWith(".")) {
                key = previous.substring(0, previous.lastIndexOf('.')) + key;
            } else if (!key.contains(".") && !key.contains("/")) {
                key = previous.substring(0, Math.max(previous.lastIndexOf('.'), previous.lastIndexOf('/')) + 1) + key;
            }
            previous = key;
            keys.add(family(key));
        }
        return keys;
    }

    /** {@code dpi.route.<receiver orgno>} and {@code dpi.route.} both as {@code dpi.route.*}. */
    private static String family(String key) {
        int placeholder = key.indexOf('<');
        return placeholder >= 0 ? key.substring(0, placeholder) + "*" : key.endsWith(".") ? key + "*" : key;
    }

    /** The names of every {@code public static final Key} constant of Kurer's compiled production classes. */
    static Set<String> keyConstants() throws IOException {
        Path classes = PROJECT.resolve("target/classes");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (mentionsKey(Files.readAllBytes(file))) {
                    String name = classes.relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), ".");
                    names.addAll(keysOf(name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return names;
    }

    private static Set<String> keysOf(String className) {
        Set<String> names = new TreeSet<>();
        try {
            for (Field field :
                    Class.forName(className, false, Key.class.getClassLoader()).getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == Key.class
                        && Modifier.isPublic(modifiers)
                        && Modifier.isStatic(modifiers)
                        && Modifier.isFinal(modifiers)) {
                    names.add(family(((Key<?>) field.get(null)).name()));
                } else if (field.getType() == Key.class
                        && field.getDeclaringClass().isEnum()
                        && !Modifier.isStatic(modifiers)) {
                    // an enum whose constants each name their own key, e.g. BrokerCall's broker.rate.<call>
                    field.setAccessible(true);
                    for (Object constant : field.getDeclaringClass().getEnumConstants()) {
                        names.add(family(((Key<?>) field.get(constant)).name()));
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read the Key constants of " + className, e);
        }
        return names;
    }

    private static boolean mentionsKey(byte[] bytes) {
        outer:
        for (int i = 0; i <= bytes.length - KEY_DESCRIPTOR.length; i++) {
            for (int j = 0; j < KEY_DESCRIPTOR.length; j++) {
                if (bytes[i + j] != KEY_DESCRIPTOR[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The keys the server reads from Kurer's descriptors when it deploys it ({@code db.*}). */
    static Set<String> descriptorKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path descriptor : List.of(
                PROJECT.resolve("src/main/webapp/WEB-INF/web.xml"),
                PROJECT.resolve("src/main/resources/META-INF/persistence.xml"))) {
            Matcher key = MPCONFIG.matcher(Files.readString(descriptor));
            while (key.find()) {
                keys.add(key.group(1).strip());
            }
        }
        return keys;
    }

    /** The {@code sandbox.*} keys the sandbox's classes read. */
    static Set<String> sandboxKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(PROJECT.resolve("src/main/java/no/kurer/sandbox"))) {
            for (Path source :
                    sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = CONFIG_PROPERTY.matcher(Files.readString(source));
                while (key.find()) {
                    if (key.group(1).startsWith(SANDBOX)) {
                        keys.add(key.group(1));
                    }
                }
            }
        }
        return keys;
    }

    /** The project directory: two levels above {@code target/classes}, where {@link Key} was compiled to. */
    private static Path project() {
        try {
            return Path.of(Key.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent()
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
