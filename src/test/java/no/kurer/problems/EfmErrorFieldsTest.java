package no.kurer.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EfmErrorFieldsTest {

    @Test
    void underApiAProblemAlsoCarriesEfmsErrorFields() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", 400);
        EfmErrorFields.add(json, 400, "Duplicate filename", "/api/messages/out/m-1");
        JsonObject body = json.build();
        assertEquals("Bad Request", body.getString("error"));
        assertEquals("Duplicate filename", body.getString("message"));
        assertEquals("/api/messages/out/m-1", body.getString("path"));
        OffsetDateTime.parse(body.getString("timestamp"));
    }

    @Test
    void elsewhereTheProblemIsLeftAsItIs() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", 404);
        EfmErrorFields.add(json, 404, "No such resource.", "/dpi/messages/out/m-1");
        EfmErrorFields.add(json, 404, "No such resource.", "/apix");
        assertFalse(json.build().containsKey("error"));
    }
}
