package no.kurer.dpi.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DPI business message types, named as the member of {@code standardBusinessDocument} that carries the message
 * (which is also the SBDH {@code documentIdentification.type}).
 */
public enum Meldingstype {
    DIGITAL("digital", false),
    UTSKRIFT("utskrift", false),
    FLYTTET("flyttet", false),
    LEVERINGSKVITTERING("leveringskvittering", true),
    MOTTAKSKVITTERING("mottakskvittering", true),
    AAPNINGSKVITTERING("aapningskvittering", true),
    VARSLINGFEILETKVITTERING("varslingfeiletkvittering", true),
    RETURPOSTKVITTERING("returpostkvittering", true),
    FEIL("feil", true);

    private final String wireName;
    private final boolean kvittering;

    Meldingstype(String wireName, boolean kvittering) {
        this.wireName = wireName;
        this.kvittering = kvittering;
    }

    /** The name as the protocol spells it, e.g. {@code digital}. */
    public String wireName() {
        return wireName;
    }

    /** Receipts (and {@code feil}) travel from the mailbox back to the sender; they carry no document package. */
    public boolean isKvittering() {
        return kvittering;
    }

    public static Optional<Meldingstype> of(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
