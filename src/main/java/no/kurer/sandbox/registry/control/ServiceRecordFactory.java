package no.kurer.sandbox.registry.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The records the stand-in answers, shaped as Digdir's service registry shapes them: an {@code infoRecord} and the
 * {@code serviceRecords} of the asked process. A sandbox organisation with an enterprise certificate gets a DPO record
 * for every arkivmelding process; {@link #NO_DPO_ORGNO} gets only a DPV record; any other organisation is unknown.
 */
public class ServiceRecordFactory {

    /** A sandbox receiver that the registry knows, but only for DPV: a send to it over DPO must be refused. */
    public static final String NO_DPO_ORGNO = "910075918";

    /** Digdir, which runs the registry and signs its answers. */
    public static final String DIGDIR_ORGNO = "991825827";

    static final String ARKIVMELDING = "urn:no:difi:arkivmelding:xsd::arkivmelding";
    static final String KVITTERING = "urn:no:difi:arkivmelding:xsd::arkivmelding_kvittering";
    static final String RESPONSE_PROCESS = "urn:no:difi:profile:arkivmelding:response:ver1.0";
    private static final String PROCESS_PATTERN = "urn:no:difi:profile:arkivmelding:[A-Za-z]+:ver1\\.0";

    private final Function<String, Optional<String>> certificateOf;
    private final String dpoResource;

    /** @param certificateOf the PEM certificate of a sandbox organisation, if it has one */
    public ServiceRecordFactory(Function<String, Optional<String>> certificateOf, String dpoResource) {
        this.certificateOf = certificateOf;
        this.dpoResource = dpoResource;
    }

    /** The organisation's records for the process, or empty when the registry does not know the organisation. */
    public Optional<Map<String, Object>> identifier(String orgno, String process) {
        if (NO_DPO_ORGNO.equals(orgno)) {
            return Optional.of(answer(
                    orgno,
                    "Sandbox DPV-mottaker",
                    process == null ? List.of() : List.of(record(orgno, null, process, "DPV", List.of(ARKIVMELDING)))));
        }
        Optional<String> certificate = certificateOf.apply(orgno);
        if (certificate.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> records = process == null || !process.matches(PROCESS_PATTERN)
                ? List.of()
                : List.of(record(
                        orgno,
                        certificate.get(),
                        process,
                        "DPO",
                        List.of(process.equals(RESPONSE_PROCESS) ? KVITTERING : ARKIVMELDING)));
        return Optional.of(answer(orgno, "Sandbox-organisasjon " + orgno, records));
    }

    private static Map<String, Object> answer(String orgno, String name, List<Map<String, Object>> records) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("identifier", orgno);
        info.put("organizationName", name);
        info.put("entityType", Map.of("name", "ORGL"));
        info.put("postadresse", null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("infoRecord", info);
        answer.put("serviceRecords", records);
        return answer;
    }

    private Map<String, Object> record(
            String orgno, String pem, String process, String service, List<String> documentTypes) {
        Map<String, Object> serviceJson = new LinkedHashMap<>();
        serviceJson.put("identifier", service);
        serviceJson.put("endpointUrl", null);
        serviceJson.put("serviceCode", null);
        serviceJson.put("serviceEditionCode", null);
        serviceJson.put("securityLevel", 3);
        serviceJson.put("resource", "DPO".equals(service) ? dpoResource : null);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("organisationNumber", orgno);
        record.put("pemCertificate", pem);
        record.put("process", process);
        record.put("documentTypes", documentTypes);
        record.put("service", serviceJson);
        return record;
    }
}
