package org.gide.agenda.reports;

import org.gide.directory.Sector;

/** An organisation present at a meeting, with its sector as the directory gives it (null if it no longer exists). */
public record PresentOrganisation(long id, String name, Sector sector) {
}
