package org.gide.calls.dossiers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.gide.files.RefusedFile;

/** Puts refusals, conflicts and unmet rules into a page's model as messages in the visitor's language. */
@Component
class Feedback {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final MessageSource messages;

	Feedback(MessageSource messages) {
		this.messages = messages;
	}

	String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}

	/** {@code errors}: field → message; {@code problems}: every message, for the summary at the top of the form. */
	void refused(Model model, DossierRefused refused) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> all = new ArrayList<>();
		for (DossierRefused.Problem problem : refused.problems()) {
			String text = message(problem.key(), problem.args());
			all.add(text);
			if (problem.field() != null) {
				fields.putIfAbsent(problem.field(), text);
			}
		}
		model.addAttribute("errors", fields);
		model.addAttribute("problems", all);
	}

	void refusedFile(Model model, String field, RefusedFile refused) {
		String text = message(refused.messageKey(), refused.arguments());
		model.addAttribute("errors", Map.of(field, text));
		model.addAttribute("problems", List.of(text));
	}

	/** "Ce dossier a été modifié par X le 3 mars à 14 h 32 pendant que vous écriviez…" */
	void stale(Model model, StaleDossier stale) {
		Locale locale = LocaleContextHolder.getLocale();
		var at = stale.savedAt().atZone(PARIS);
		String day = at.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		String time = locale.getLanguage().equals("fr") ? at.format(DateTimeFormatter.ofPattern("H 'h' mm"))
				: at.format(DateTimeFormatter.ofPattern("HH:mm"));
		model.addAttribute("conflict", message("dossiers.conflict", stale.author(), day, time));
	}

	List<String> unmet(List<Dossier.UnmetRule> rules) {
		return rules.stream().map(r -> message(r.key(), r.args())).toList();
	}

	/** No errors nor problems unless a refusal put some. */
	static void defaults(Model model) {
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
	}

}
