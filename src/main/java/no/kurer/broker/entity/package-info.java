/**
 * DPO messages (both directions) with their status history, and the broker file transfers taken from the inbox
 * (the claim that keeps several instances from fetching one file). Tables from migration {@code V5__dpo.sql}.
 */
package no.kurer.broker.entity;
