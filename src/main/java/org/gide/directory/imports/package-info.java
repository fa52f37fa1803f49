/**
 * Imports into the directory: SIRENE stock files, the RNA and the département's own CSV lists, staged, reviewed by an
 * agent and applied in chunks (idempotent upserts keyed by SIRET / RNA, protected fields never overwritten); duplicate
 * detection and merge. Built on the streaming readers of {@code org.gide.directory.registers}. See
 * {@code docs/imports.md}.
 */
package org.gide.directory.imports;
