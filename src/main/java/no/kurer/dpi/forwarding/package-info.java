/**
 * Forwarding to corner 3 (seed 003, sections 3–6; issue "C2 access point, part 2", items 1–3 and package retention):
 * an outbox of accepted messages, worked by a non-persistent EJB timer on every instance. Each message is claimed
 * through the database ({@code claimed_by}/{@code claimed_until}) so that several instances on one database never forward
 * it twice, handed to the corner 3 that {@link no.kurer.dpi.forwarding.control.Routing} names over a
 * {@link no.kurer.dpi.forwarding.control.Transport} (first: the C1–C2 REST interface, {@code POST}/{@code PUT
 * /sendmelding/{meldingsid}}, with Kurer's own Maskinporten token), and retried with exponential backoff until
 * {@code dpi.forward.max-attempts}, after which it is FEILET and {@link no.kurer.dpi.forwarding.entity.MeldingFeilet} is
 * fired. Once corner 3 has accepted a package, its file is deleted.
 */
package no.kurer.dpi.forwarding;
