/** Forwarding attempts as recorded, routes, and the event fired when a message finally fails. */
package no.kurer.dpi.forwarding.entity;
