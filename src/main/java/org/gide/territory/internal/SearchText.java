package org.gide.territory.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one normalisation shared by stored names and queries, so that search needs no database extension: lower
 * case, no accents, hyphens and apostrophes as spaces, and the abbreviations people type (st, ste, s/).
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte", "sts", "saints",
			"stes", "saintes");

	private SearchText() {
	}

	/** Words of a text, normalised; abbreviations expanded. */
	public static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("s/", "sur ");
		String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		List<String> words = new ArrayList<>();
		for (String word : SEPARATORS.split(plain)) {
			if (!word.isEmpty()) {
				words.add(ABBREVIATIONS.getOrDefault(word, word));
			}
		}
		return words;
	}

	/** The stored form: words surrounded by single spaces, so that {@code like '% word%'} is a word-prefix match. */
	public static String key(String text) {
		List<String> words = words(text);
		return words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
	}

}
