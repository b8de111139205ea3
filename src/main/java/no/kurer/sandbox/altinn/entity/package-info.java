/** What the Altinn Authentication stand-in keeps: registered systems and system user requests, as Altinn names them. */
package no.kurer.sandbox.altinn.entity;
