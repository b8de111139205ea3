/**
 * Reading a forretningsmelding: the bounded compact JWS of a request body, its RS256/RS384/RS512 signature with the
 * enterprise certificate in {@code x5c}, and its payload checked against Digdir's JSON schema for its type. Receipts
 * from corner 3 are read the same way.
 */
package no.kurer.dpi.control.forretningsmelding;
