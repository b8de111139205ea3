/**
 * eFormidling conversations and their statuses (OPPRETTET … LEVERT, LEVETID_UTLOPT), as Digdir's integration point
 * records them (NEXTMOVE.md §3): one status at most once per conversation, announced by the {@code StatusRecorded}
 * event; and the eFormidling status messages over the broker (§3, §6).
 *
 * <p><b>Conversations.</b> One per DPO message and direction ({@code efm_conversation}, keyed like {@code dpo_message}
 * by direction, sender and message id), with its expiry (the SBD's {@code expectedResponseDateTime}, else
 * {@code dpo.default-ttl-hours} from its creation or arrival) and {@code finished}. Statuses are rows of
 * {@code efm_message_status}, unique per (conversation, status): the database, not a check in memory, is what makes a
 * status once-only between instances. The DPO code calls {@code control.DpoConversations} at each step, one call per
 * hook and inside its own transaction (create, send, a state change, an incoming letter stored, a letter taken by the
 * local system), and {@code control.IncomingDocuments} before storing an incoming file: a {@code status} or
 * {@code arkivmelding_kvittering} updates the outgoing conversation it answers and is never stored as a letter; a
 * letter expired on arrival gets LEVETID_UTLOPT and is not kept. {@code boundary.ExpiryTimer} records LEVETID_UTLOPT
 * for the rest, each conversation claimed by a conditional update ({@code finished} false → true).
 *
 * <p><b>Status messages out.</b> MOTTATT (after storing) and LEVERT (after the local system took it) reuse the
 * original's conversation id <em>and</em> message id, both of them. {@code dpo_message} holds a message once per
 * (direction, sender, message id) since V6, so a status message kept there would clash with the letter when Kurer
 * sends to itself and with its own MOTTATT when LEVERT follows, and it would show in the outbox lists as a letter. So
 * they have a table of their own, {@code dpo_status_out}, unique per (receiver, message id, status), queued in the
 * transaction that stored or delivered the letter (never lost) and sent by the broker round
 * ({@code control.StatusMessageSending}) with the broker's claim, backoff and attempt bound. A status message needs no
 * package of files: {@code sbd.zip} holds {@code sbd.json} alone, written to a temporary file and uploaded; Kurer does
 * not follow its transfer after the upload.
 *
 * <p><b>NextMove.</b> {@code boundary.StatusesResource} and {@code boundary.ConversationsResource} serve
 * {@code /api/statuses} and {@code /api/conversations} (§2.3, §2.4) as Pages; the status queue is always empty, as
 * efm's is by default.
 */
package no.kurer.conversation;
