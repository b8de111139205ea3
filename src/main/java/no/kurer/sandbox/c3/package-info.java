/**
 * The sandbox corner 3 ("hjørne 3"): organisation {@code sandbox.c3.orgno} (924918004), serving the
 * sandbox mailbox provider (987464291). It receives the messages Kurer forwards over the C1–C2 REST
 * interface that seed {@code 003} lets corner 2 reuse towards corner 3 ({@code POST}/{@code PUT
 * /sandbox/c3/sendmelding/{meldingsid}}), and then delivers a mottakskvittering and a leveringskvittering
 * to Kurer's {@code POST /dpi/c3/kvittering/{avsender_orgno}/{conversationid}/{meldingsid}}, signed by the
 * mailbox provider as Digdir's receipt schemas describe. Fault modes (refuse, answer slowly) serve tests.
 *
 * <p>Like all of the sandbox it imports nothing outside {@code no.kurer.sandbox} and talks to Kurer only
 * over HTTP.
 */
package no.kurer.sandbox.c3;
