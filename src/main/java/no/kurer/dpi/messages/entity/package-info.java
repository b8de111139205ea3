/**
 * The channel a message was sent with.
 */
package no.kurer.dpi.messages.entity;
