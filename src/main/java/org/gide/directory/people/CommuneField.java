package org.gide.directory.people;

import java.util.Optional;

import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.TypedCommune;

/** The commune of a form ({@link TypedCommune}), refused with the people module's messages. */
final class CommuneField {

	private CommuneField() {
	}

	static Optional<Commune> resolve(Communes communes, String typed, String chosenCode) {
		TypedCommune.Resolution resolution = TypedCommune.resolve(communes, typed, chosenCode);
		return switch (resolution.problem()) {
			case NONE -> resolution.commune();
			case UNKNOWN -> throw new PeopleException("commune", "people.commune.unknown", typed.strip());
			case AMBIGUOUS -> throw new PeopleException("commune", "people.commune.ambiguous", typed.strip());
		};
	}

}
