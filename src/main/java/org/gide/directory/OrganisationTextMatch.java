package org.gide.directory;

import java.util.BitSet;

/**
 * The full-text part of a {@link DirectoryQuery} for read models that filter organisations themselves (the map's
 * clusters): which organisations the text matches, with the same French analysis as the search page (accents,
 * plurals, elision). Implemented by the search index.
 */
public interface OrganisationTextMatch {

	/** The ids of the organisations the text matches, as bits set at their id. */
	BitSet matching(String text);

}
