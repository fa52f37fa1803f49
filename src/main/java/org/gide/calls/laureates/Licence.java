package org.gide.calls.laureates;

import java.util.Optional;

/**
 * The open licences a deliverable may be published under. Name and official address of each are in the bundle:
 * {@code laureates.licence.<NAME>.name} and {@code .url}.
 */
public enum Licence {

	CC_BY, CC_BY_SA, LICENCE_OUVERTE, CC0, ODBL, GPL;

	public String nameKey() {
		return "laureates.licence." + name() + ".name";
	}

	public String urlKey() {
		return "laureates.licence." + name() + ".url";
	}

	static Optional<Licence> fromCode(String code) {
		for (Licence licence : values()) {
			if (licence.name().equals(code)) {
				return Optional.of(licence);
			}
		}
		return Optional.empty();
	}

}
