package no.kurer.serviceregistry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilityTest {

    @Test
    void aRecordBecomesItsProcessServiceAndDocumentTypesNamedAfterTheirStandards() {
        var record = new ServiceRecord(
                "910753614",
                "DPO",
                "urn:no:difi:profile:arkivmelding:response:ver1.0",
                List.of("urn:no:difi:arkivmelding:xsd::arkivmelding_kvittering", "urn:no:difi:eformidling:xsd::status"),
                "PEM",
                "eformidling-dpo-meldingsutveksling");

        assertEquals(
                new Capability(
                        "urn:no:difi:profile:arkivmelding:response:ver1.0",
                        "DPO",
                        List.of(
                                new Capability.DocumentType(
                                        "arkivmelding_kvittering",
                                        "urn:no:difi:arkivmelding:xsd::arkivmelding_kvittering"),
                                new Capability.DocumentType("status", "urn:no:difi:eformidling:xsd::status"))),
                Capability.of(record));
    }
}
