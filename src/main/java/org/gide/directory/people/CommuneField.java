package org.gide.directory.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gide.territory.Commune;
import org.gide.territory.Communes;

/**
 * The commune of a form: the code the combobox chose (when it still matches the typed name), otherwise what was
 * typed, without JavaScript: an INSEE code, or a name that designates one commune.
 */
final class CommuneField {

	private CommuneField() {
	}

	static Optional<Commune> resolve(Communes communes, String typed, String chosenCode) {
		String text = typed == null ? "" : typed.strip();
		if (chosenCode != null && !chosenCode.isBlank()) {
			Optional<Commune> chosen = communes.find(chosenCode.strip());
			if (chosen.isPresent() && (text.isEmpty() || sameName(chosen.get(), text))) {
				return chosen;
			}
		}
		if (text.isEmpty()) {
			return Optional.empty();
		}
		if (text.matches("\\d[\\dABab]\\d{3}")) {
			Optional<Commune> byCode = communes.find(text.toUpperCase(Locale.ROOT));
			if (byCode.isPresent()) {
				return byCode;
			}
		}
		List<Commune> found = communes.search(text, 5);
		List<Commune> exact = found.stream().filter(c -> sameName(c, text)).toList();
		if (exact.size() == 1) {
			return Optional.of(exact.get(0));
		}
		if (found.size() == 1) {
			return Optional.of(found.get(0));
		}
		throw new PeopleException("commune", found.isEmpty() ? "people.commune.unknown" : "people.commune.ambiguous",
				text);
	}

	private static boolean sameName(Commune commune, String text) {
		return normal(commune.nom()).equals(normal(text)) || commune.code().equalsIgnoreCase(text);
	}

	private static String normal(String value) {
		return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT)
			.strip();
	}

}
