package no.kurer.sandbox.c3.entity;

/**
 * The receipt types of DPI, each with its wire name (the SBDH {@code documentIdentification.type} and the
 * body's member name) and its document standard (Digdir's {@code identifiers.md}).
 */
public enum Kvitteringstype {
    MOTTAKSKVITTERING("mottakskvittering"),
    LEVERINGSKVITTERING("leveringskvittering"),
    AAPNINGSKVITTERING("aapningskvittering"),
    VARSLINGFEILETKVITTERING("varslingfeiletkvittering"),
    RETURPOSTKVITTERING("returpostkvittering"),
    FEIL("feil");

    private final String wireName;

    Kvitteringstype(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** e.g. {@code urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:leveringskvittering::1.0} */
    public String standard() {
        return "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:"
                + wireName + "::1.0";
    }

    /** Digdir's schema file in {@code reference/dpi/schemas}. */
    public String schemaFile() {
        return "innbyggerpost_dpi_" + wireName + "_1_0.schema.json";
    }
}
