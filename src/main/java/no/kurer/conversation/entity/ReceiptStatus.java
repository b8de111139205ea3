package no.kurer.conversation.entity;

import java.util.Optional;

/**
 * The eFormidling statuses of a conversation, as Digdir's integration point names them (its {@code ReceiptStatus}).
 * Each is recorded at most once per conversation. {@code ANNET} is never produced for DPO.
 */
public enum ReceiptStatus {
    OPPRETTET,
    SENDT,
    MOTTATT,
    LEVERT,
    LEST,
    FEIL,
    ANNET,
    INNKOMMENDE_MOTTATT,
    INNKOMMENDE_LEVERT,
    LEVETID_UTLOPT;

    /**
     * The status this one presupposes: a message is sent before its receiver has it (MOTTATT), and has it before it is
     * delivered (LEVERT). The receiver's status messages travel over the broker independently and may arrive in any
     * order; a conversation records the presupposed status first when it is missing, so its statuses always read in
     * the order they happened.
     */
    public Optional<ReceiptStatus> presupposes() {
        return switch (this) {
            case MOTTATT -> Optional.of(SENDT);
            case LEVERT -> Optional.of(MOTTATT);
            case INNKOMMENDE_LEVERT -> Optional.of(INNKOMMENDE_MOTTATT);
            default -> Optional.empty();
        };
    }

    /** The statuses after which nothing more is expected: they make the conversation {@code finished}. */
    public boolean finishes() {
        return this == LEVERT || this == LEST || this == FEIL || this == LEVETID_UTLOPT || this == INNKOMMENDE_LEVERT;
    }
}
