/** The organisations an administrator added, as stored ({@code organisation}, migration V13). */
package no.kurer.organisation.entity;
