/**
 * Structural checks of a stored dokumentpakke by its media type: a CMS envelope ({@code application/cms}) or an ASiC-E
 * zip ({@code application/vnd.etsi.asic-e+zip}: the {@code mimetype} entry first and stored, safe entry names, local
 * headers that agree with the central directory).
 */
package no.kurer.dpi.control.checks;
