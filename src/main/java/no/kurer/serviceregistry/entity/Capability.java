package no.kurer.serviceregistry.entity;

import java.util.List;

/**
 * What a receiver takes, as Digdir's integration point answers {@code GET /api/capabilities/{receiverIdentifier}}: one
 * per service record, its process, service and document types.
 */
public record Capability(String process, String serviceIdentifier, List<DocumentType> documentTypes) {

    public Capability {
        documentTypes = List.copyOf(documentTypes);
    }

    /** The capability a service record gives. */
    public static Capability of(ServiceRecord record) {
        return new Capability(
                record.process(),
                record.service(),
                record.documentTypes().stream().map(DocumentType::of).toList());
    }

    /**
     * A document type: its {@code standard} and the {@code type} (the business message's name) it stands for, the part
     * after {@code ::} ({@code urn:no:difi:arkivmelding:xsd::arkivmelding} → {@code arkivmelding}).
     */
    public record DocumentType(String type, String standard) {

        public static DocumentType of(String standard) {
            int at = standard.lastIndexOf("::");
            return new DocumentType(at < 0 ? standard : standard.substring(at + 2), standard);
        }
    }
}
