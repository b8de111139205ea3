package no.kurer.broker.entity;

/** Which way a DPO message goes through the broker, seen from the organisation Kurer acts for. */
public enum Direction {
    OUT,
    IN
}
