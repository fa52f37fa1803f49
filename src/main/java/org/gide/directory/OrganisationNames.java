package org.gide.directory;

import java.util.List;
import java.util.Optional;

/**
 * Finds organisations by what a person types to name them (other modules use it to pick a partner organisation):
 * a SIRET, an RNA number, or part of the name or acronym, accents and case ignored.
 */
public interface OrganisationNames {

	/** One organisation found, with what tells it apart from its namesakes. */
	record Match(long id, String name, String siret, String rna, String communeCode) {
	}

	/** Up to {@code limit} active organisations matching the text, best first; empty for blank text. */
	List<Match> find(String text, int limit);

	/** The name of an organisation, if it exists. */
	Optional<String> name(long id);

}
