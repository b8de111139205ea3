/**
 * Sending with a channel (kanal), statuses, incoming receipts with paging.
 */
package no.kurer.dpi.messages.control;
