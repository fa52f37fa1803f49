package org.gide.directory;

import java.util.Set;

/**
 * Published when organisations were created, changed, merged or deleted, so that read models kept elsewhere (the
 * search index, the map's point store, the observatory's figures) follow. Listeners take it after commit
 * ({@code @TransactionalEventListener(phase = AFTER_COMMIT, fallbackExecution = true)}) and re-read the ids from the
 * database: an id that no longer exists was deleted. {@code everything} means too many to list (a whole import):
 * rebuild from the database.
 */
public record OrganisationsChanged(Set<Long> ids, boolean everything) {

	public OrganisationsChanged {
		ids = Set.copyOf(ids);
	}

	public static OrganisationsChanged of(long... ids) {
		return new OrganisationsChanged(java.util.Arrays.stream(ids).boxed().collect(java.util.stream.Collectors.toSet()),
				false);
	}

	public static OrganisationsChanged all() {
		return new OrganisationsChanged(Set.of(), true);
	}

}
