/** What the sandbox corner 3 knows: the receipt types of Digdir's DPI, and what it received per meldingsid. */
package no.kurer.sandbox.c3.entity;
