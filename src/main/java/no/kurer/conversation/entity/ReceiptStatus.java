package no.kurer.conversation.entity;

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

    /** The statuses after which nothing more is expected: they make the conversation {@code finished}. */
    public boolean finishes() {
        return this == LEVERT || this == LEST || this == FEIL || this == LEVETID_UTLOPT || this == INNKOMMENDE_LEVERT;
    }
}
