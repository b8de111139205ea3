/** Values of the sandbox certificate authority: enterprise identities (key + chain). */
package no.kurer.sandbox.ca.entity;
