/**
 * Readers of the official registers the directory of ESS organisations is built from: the INSEE SIRENE stock files
 * ({@link org.gide.directory.registers.SireneReader}) and the Répertoire national des associations
 * ({@link org.gide.directory.registers.RnaReader}). Pure Java, streaming, no Spring bean, no database: each reader
 * turns a file into plain records and a {@link org.gide.directory.registers.RegisterReport} of the rows it left out
 * or rejected, with their line numbers and French reasons. Also {@link org.gide.directory.registers.Lambert93}
 * (Lambert-93 to WGS84). Formats and rules: {@code docs/registers.md}.
 */
package org.gide.directory.registers;
