/**
 * The Altinn Authentication stand-in's rules: who may register which system (the token's organisation, the id
 * {@code <orgno>_<name>}), requests that repeat return the existing one, approval and rejection, time-outs, the
 * token exchange, and a fault mode that answers 5xx. {@code AgentSystemUsers}: agent requests and client delegations;
 * {@code ChangeRequests}: changes of a standard system user's access packages.
 */
package no.kurer.sandbox.altinn.control;
