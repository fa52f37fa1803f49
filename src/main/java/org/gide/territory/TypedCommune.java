package org.gide.territory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The commune a form's commune field designates: the code the combobox chose (when it still matches the typed
 * name), otherwise what was typed, so that the field works without JavaScript: an INSEE code, or a name that
 * designates one commune (accents, case and apostrophes ignored).
 */
public final class TypedCommune {

	/** What the field designates: a commune, nothing (left empty), or a problem with the typed text. */
	public record Resolution(Optional<Commune> commune, Problem problem) {
	}

	/** Why typed text designates no commune. */
	public enum Problem {

		NONE, UNKNOWN, AMBIGUOUS

	}

	private TypedCommune() {
	}

	public static Resolution resolve(Communes communes, String typed, String chosenCode) {
		String text = typed == null ? "" : typed.strip();
		if (chosenCode != null && !chosenCode.isBlank()) {
			Optional<Commune> chosen = communes.find(chosenCode.strip());
			if (chosen.isPresent() && (text.isEmpty() || sameName(chosen.get(), text))) {
				return found(chosen.get());
			}
		}
		if (text.isEmpty()) {
			return new Resolution(Optional.empty(), Problem.NONE);
		}
		if (text.matches("\\d[\\dABab]\\d{3}")) {
			Optional<Commune> byCode = communes.find(text.toUpperCase(Locale.ROOT));
			if (byCode.isPresent()) {
				return found(byCode.get());
			}
		}
		List<Commune> found = communes.search(text, 5);
		List<Commune> exact = found.stream().filter(c -> sameName(c, text)).toList();
		if (exact.size() == 1) {
			return found(exact.get(0));
		}
		if (found.size() == 1) {
			return found(found.get(0));
		}
		return new Resolution(Optional.empty(), found.isEmpty() ? Problem.UNKNOWN : Problem.AMBIGUOUS);
	}

	private static Resolution found(Commune commune) {
		return new Resolution(Optional.of(commune), Problem.NONE);
	}

	private static boolean sameName(Commune commune, String text) {
		return normal(commune.nom()).equals(normal(text)) || commune.code().equalsIgnoreCase(text);
	}

	private static String normal(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT)
			.strip();
	}

}
