package no.kurer.sandbox.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitializeFormTest {

    @Test
    void bindsAltinnsFormNamesToTheInitializeBody() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("Metadata.FileName", List.of("sbd.zip"));
        fields.put("metadata.resourceid", List.of("eformidling-dpo-meldingsutveksling"));
        fields.put("Metadata.SendersFileTransferReference", List.of("ref-1"));
        fields.put("Metadata.Sender", List.of("0192:999888771"));
        fields.put("Metadata.Recipients", List.of("0192:910753614"));
        fields.put("Metadata.Recipients[1]", List.of("urn:altinn:organization:identifier-no:991825827"));
        fields.put("Metadata.PropertyList[CaseNo]", List.of("42"));
        fields.put("Metadata.Checksum", List.of("d41d8cd98f00b204e9800998ecf8427e"));
        fields.put("Metadata.DisableVirusScan", List.of("true"));
        fields.put("Unrelated", List.of("x"));
        JsonNode cut = InitializeForm.metadata(fields);
        assertEquals("sbd.zip", cut.path("fileName").asText());
        assertEquals(
                "eformidling-dpo-meldingsutveksling", cut.path("resourceId").asText());
        assertEquals("ref-1", cut.path("sendersFileTransferReference").asText());
        assertEquals("0192:999888771", cut.path("sender").asText());
        assertEquals(2, cut.path("recipients").size());
        assertEquals(
                "urn:altinn:organization:identifier-no:991825827",
                cut.path("recipients").path(1).asText());
        assertEquals("42", cut.path("propertyList").path("CaseNo").asText());
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", cut.path("checksum").asText());
        assertTrue(cut.path("disableVirusScan").asBoolean());
        assertEquals(8, cut.size(), cut.toString()); // nothing made of "Unrelated"
    }
}
