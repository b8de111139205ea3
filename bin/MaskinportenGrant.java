import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a Maskinporten JWT grant with an enterprise certificate ({@code x5c}), as a client does before
 * {@code POST /token}. JDK only; run it from the project directory:
 *
 * <pre>
 * java bin/MaskinportenGrant.java --identity identity.json \
 *     --audience http://localhost:8080/sandbox/maskinporten/ --client-id my-client \
 *     --scope digitalpostinnbygger:send --resource http://localhost:8080/dpi
 * </pre>
 *
 * The key and certificate come from {@code --identity} (the sandbox CA's answer to
 * {@code POST /sandbox/ca/enterprise-certificates}) or {@code --keystore file.p12 --password pw [--alias a]}.
 * With {@code --sign file.json} it signs that JSON instead (e.g. a forretningsmelding), with the same header.
 * Prints the compact JWS.
 */
public class MaskinportenGrant {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (options.containsKey("help") || (!options.containsKey("identity") && !options.containsKey("keystore"))) {
            System.err.println("""
                    usage: java bin/MaskinportenGrant.java (--identity <sandbox CA answer.json> | --keystore <file.p12> --password <pw> [--alias <a>])
                               (--audience <Maskinporten issuer> --client-id <client id> --scope <scopes> [--resource <API audience>]
                                [--consumer-org <orgno>] [--lifetime <seconds, at most 120>]
                               | --sign <payload.json>)""");
            System.exit(2);
        }
        Identity identity = options.containsKey("identity") ? fromSandboxAnswer(Path.of(options.get("identity")))
                : fromKeystore(options);
        String payload = options.containsKey("sign") ? Files.readString(Path.of(options.get("sign"))).strip()
                : grant(options);
        System.out.println(sign(payload, identity));
    }

    /** The grant's claims: iss, aud, iat, exp (at most 120 s later), jti, scope, and resource and consumer_org when given. */
    static String grant(Map<String, String> options) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", required(options, "client-id"));
        claims.put("aud", required(options, "audience"));
        claims.put("iat", now);
        claims.put("exp", now + Long.parseLong(options.getOrDefault("lifetime", "120")));
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("scope", required(options, "scope"));
        if (options.containsKey("resource")) {
            claims.put("resource", options.get("resource"));
        }
        if (options.containsKey("consumer-org")) {
            claims.put("consumer_org", options.get("consumer-org"));
        }
        StringBuilder json = new StringBuilder("{");
        claims.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(quote(name)).append(':')
                .append(value instanceof Long ? value.toString() : quote(value.toString())));
        return json.append('}').toString();
    }

    /** Compact JWS, RS256, header {@code x5c} = the certificate chain (base64 DER, leaf first). */
    static String sign(String payload, Identity identity) throws GeneralSecurityException {
        StringBuilder x5c = new StringBuilder();
        for (String certificate : identity.chain()) {
            x5c.append(x5c.length() > 0 ? "," : "").append(quote(certificate));
        }
        String header = "{\"alg\":\"RS256\",\"x5c\":[" + x5c + "]}";
        String input = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(identity.key());
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + base64Url(rsa.sign());
    }

    record Identity(PrivateKey key, List<String> chain) {
    }

    /** {@code {"certificateChain":["<base64 DER>",…],"privateKey":"-----BEGIN PRIVATE KEY-----\n…"}} */
    static Identity fromSandboxAnswer(Path file) throws IOException, GeneralSecurityException {
        String json = Files.readString(file);
        Matcher key = Pattern.compile("\"privateKey\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        Matcher chain = Pattern.compile("\"certificateChain\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        if (!key.find() || !chain.find()) {
            throw new IllegalArgumentException(file + " has no privateKey and certificateChain (the sandbox CA's answer)");
        }
        String pem = key.group(1).replace("\\n", "\n").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey privateKey = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        List<String> certificates = new ArrayList<>();
        Matcher each = Pattern.compile("\"([A-Za-z0-9+/=\\\\]+)\"").matcher(chain.group(1));
        while (each.find()) {
            certificates.add(each.group(1).replace("\\/", "/"));
        }
        return new Identity(privateKey, certificates);
    }

    static Identity fromKeystore(Map<String, String> options) throws IOException, GeneralSecurityException {
        char[] password = required(options, "password").toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(options.get("keystore"))) {
            store.load(in, password);
        }
        String alias = options.get("alias");
        if (alias == null) {
            alias = java.util.Collections.list(store.aliases()).stream().filter(a -> {
                try {
                    return store.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new IllegalArgumentException("no key in " + options.get("keystore")));
        }
        List<String> chain = new ArrayList<>();
        for (Certificate certificate : store.getCertificateChain(alias)) {
            chain.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
        }
        return new Identity((PrivateKey) store.getKey(alias, password), chain);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            String name = args[i].substring(2);
            options.put(name, name.equals("help") ? "" : args[++i]);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
            case '"' -> quoted.append("\\\"");
            case '\\' -> quoted.append("\\\\");
            default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
