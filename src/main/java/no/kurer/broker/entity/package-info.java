/**
 * DPO messages (both directions) with their status history, and the broker file transfers taken from the inbox
 * (the claim that keeps several instances from fetching one file). Tables from migration {@code V5__dpo.sql}; a
 * message is unique per (direction, sender, message id) since {@code V6__dpo_message_key.sql}.
 */
package no.kurer.broker.entity;
