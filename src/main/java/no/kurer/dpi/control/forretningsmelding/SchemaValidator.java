package no.kurer.dpi.control.forretningsmelding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kurer.dpi.entity.Meldingstype;

/**
 * Validates forretningsmelding payloads against Digdir's DPI JSON schemas (draft-07), copied to
 * {@code dpi/schemas/} on the classpath. The schemas refer to each other by their {@code https://docs.digdir.no/schemas/…}
 * {@code $id}s; those are served from the classpath copies and any other remote reference is refused, so validation
 * never touches the network. Loads every schema once; safe to share between threads.
 */
public class SchemaValidator {

    static final String DIRECTORY = "/dpi/schemas/";
    private static final List<String> SHARED = List.of("sbdh.schema.json", "commons.schema.json");

    private final Map<Meldingstype, JsonSchema> schemas = new EnumMap<>(Meldingstype.class);

    public SchemaValidator() {
        var mapper = new ObjectMapper();
        var byId = new HashMap<String, String>();
        for (var file : SHARED) {
            add(mapper, file, byId);
        }
        var idOfType = new EnumMap<Meldingstype, String>(Meldingstype.class);
        for (var type : Meldingstype.values()) {
            idOfType.put(type, add(mapper, fileOf(type), byId));
        }
        var factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V7,
                builder -> builder.schemaLoaders(loaders -> loaders.add(iri -> fromClasspath(iri, byId))));
        var config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .build();
        idOfType.forEach((type, id) -> {
            var schema = factory.getSchema(SchemaLocation.of(id), config);
            schema.initializeValidators();
            schemas.put(type, schema);
        });
    }

    static String fileOf(Meldingstype type) {
        return "innbyggerpost_dpi_" + type.wireName() + "_1_0.schema.json";
    }

    /**
     * @param type the message type as the payload names it, e.g. {@code digital}
     * @return the violations, each a message with the JSON path it concerns; empty when the payload is valid
     * @throws InvalidForretningsmelding when DPI defines no such type
     */
    public List<String> validate(String type, JsonNode payload) {
        return validate(
                Meldingstype.of(type)
                        .orElseThrow(() -> InvalidForretningsmelding.unknownType("'" + type
                                + "' is not a DPI message type; expected one of " + List.of(Meldingstype.values()))),
                payload);
    }

    public List<String> validate(Meldingstype type, JsonNode payload) {
        return schemas.get(type).validate(payload).stream()
                .sorted(Comparator.comparing(
                                (ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }

    private static String add(ObjectMapper mapper, String file, Map<String, String> byId) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("DPI schema missing from the classpath: " + DIRECTORY + file);
            }
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var id = mapper.readTree(text).path("$id").asText();
            byId.put(id, text);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DPI schema " + file, e);
        }
    }

    /**
     * Serves the Digdir schemas from memory; refuses every other remote IRI instead of fetching it. Loaders added to
     * the factory run before its defaults (classpath, then URI), so the URI loader never sees an http(s) IRI.
     */
    static InputStreamSource fromClasspath(AbsoluteIri iri, Map<String, String> byId) {
        var text = byId.get(iri.toString());
        if (text != null) {
            return () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
        var scheme = iri.getScheme();
        if ("http".equals(scheme) || "https".equals(scheme)) {
            throw new IllegalStateException("DPI schemas refer to " + iri + ", which is not bundled; not fetching it");
        }
        return null;
    }
}
