/** PEPPOL identifiers of DPI and what an SMP says about a receiver's endpoint. */
package no.kurer.dpi.peppol.entity;
