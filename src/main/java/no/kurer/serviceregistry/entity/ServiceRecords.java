package no.kurer.serviceregistry.entity;

import java.util.List;
import java.util.Optional;

/** What the registry knows of an organisation for one process: its name and its service records. */
public record ServiceRecords(String identifier, String organizationName, List<ServiceRecord> records) {

    public ServiceRecords {
        records = List.copyOf(records);
    }

    /**
     * The record that decides the channel, as Digdir's integration point decides it: the first one whose document
     * types hold the document's standard, if that record is DPO.
     */
    public Optional<ServiceRecord> dpo(String documentType) {
        return records.stream()
                .filter(r -> r.documentTypes().contains(documentType))
                .findFirst()
                .filter(r -> r.takes("DPO", documentType));
    }
}
