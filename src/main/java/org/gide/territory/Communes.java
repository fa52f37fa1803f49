package org.gide.territory;

import java.util.List;
import java.util.Optional;

/** The communes of the configured département, with their EPCI and territory. */
public interface Communes {

	/** The commune of this INSEE code (active or not), if it was ever imported. */
	Optional<Commune> find(String code);

	/**
	 * Active communes matching a query, accent-insensitive: every word prefixes a word of the name ("st" means
	 * saint), or the query prefixes an INSEE or postal code. Exact and prefix matches first, then by population.
	 */
	List<Commune> search(String query, int limit);

	/** Every active commune, by name. */
	List<Commune> all();

}
