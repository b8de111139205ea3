package no.kurer.dpi.entity;

/** Digdir's message statuses, as the production C2 API reports them. */
public enum Status {
    OPPRETTET,
    SENDT,
    FEILET
}
