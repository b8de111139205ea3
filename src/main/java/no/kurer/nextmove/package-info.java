/**
 * The NextMove API under {@code /api}, as Digdir's integration point (efm-integrasjonspunkt v4) serves it to a public
 * body's own systems: see the README's "The NextMove API" section and efm-integrasjonspunkt's {@code nextmove/v2}
 * controllers. Lists answer with {@code boundary.Page}.
 *
 * <p>{@code boundary.MessagesOutResource} ({@code /api/messages/out}) and {@code boundary.MessagesInResource}
 * ({@code /api/messages/in}) are thin: {@code control.OutgoingMessages} adds efm's defaults ({@code SbdDefaults}) and
 * refusals on top of {@code broker.control.Outbox}; {@code control.IncomingMessages} locks ({@code Locks}, one
 * conditional UPDATE of {@code dpo_message.locked_until}, so two instances never hold one message) and hands out
 * through {@code broker.control.Inbox}: its delete is {@code Inbox.markRead}, where the eFormidling statuses hook in.
 * {@code boundary.NextMoveAuthentication} is the HTTP Basic check (role {@code nextmove}) as a servlet filter, so that
 * {@code nextmove.authentication=off} can switch it off, which a web.xml constraint cannot. Problems under {@code /api}
 * carry efm's error fields as well ({@code problems.EfmErrorFields}).
 */
package no.kurer.nextmove;
