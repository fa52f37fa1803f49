package org.gide.directory.registers;

/**
 * A problem found on one row of a register file.
 *
 * @param line physical line of the file where the row starts (the header is line 1)
 * @param reason the reason, in French (« SIRET invalide (clé de contrôle) »)
 * @param excerpt the beginning of the row's raw text (at most 200 characters)
 * @param rejected {@code true} when the row was dropped, {@code false} for a warning on a kept row (the faulty
 * value was left empty)
 */
public record RowIssue(long line, String reason, String excerpt, boolean rejected) {
}
