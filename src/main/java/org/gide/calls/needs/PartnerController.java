package org.gide.calls.needs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gide.calls.Theme;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;
import org.gide.territory.Commune;

/**
 * The partner finder's page ({@code /partenaires}): a GET form (commune, themes, organisations already in the
 * dossier in {@code exclure}, optionally the lead organisation in {@code chef}) and the ranked suggestions with
 * their reasons. Works without JavaScript; the dossiers part links here with its dossier's values.
 */
@Controller
class PartnerController {

	private final PartnerFinder finder;

	private final Needs needs;

	private final Organisations organisations;

	private final MessageSource messages;

	PartnerController(PartnerFinder finder, Needs needs, Organisations organisations, MessageSource messages) {
		this.finder = finder;
		this.needs = needs;
		this.organisations = organisations;
		this.messages = messages;
	}

	/** A suggestion as the page shows it: reasons already written in the visitor's language. */
	record Row(PartnerSuggestion suggestion, List<String> reasons) {
	}

	record Excluded(long id, String name) {
	}

	@GetMapping("/partenaires")
	String page(@RequestParam(defaultValue = "") String commune, @RequestParam(defaultValue = "") String communeCode,
			@RequestParam(name = "theme", required = false) List<String> themeCodes,
			@RequestParam(name = "exclure", required = false) List<String> excludedIds,
			@RequestParam(name = "chef", required = false) String lead, Model model, Locale locale) {
		Set<Theme> themes = new LinkedHashSet<>();
		if (themeCodes != null) {
			themeCodes.forEach(code -> Theme.fromCode(code).ifPresent(themes::add));
		}
		Set<Long> excluded = new LinkedHashSet<>();
		if (excludedIds != null) {
			for (String value : excludedIds) {
				for (String part : value.split("[,\\s]+")) {
					if (part.matches("\\d{1,18}")) {
						excluded.add(Long.parseLong(part));
					}
				}
			}
		}
		Long leadId = lead != null && lead.strip().matches("\\d{1,18}") ? Long.valueOf(lead.strip()) : null;
		String error = null;
		Optional<Commune> place = Optional.empty();
		boolean asked = !commune.isBlank() || !communeCode.isBlank() || leadId != null;
		if (!commune.isBlank() || !communeCode.isBlank()) {
			try {
				place = needs.commune(commune, communeCode);
			}
			catch (NeedRefused refused) {
				error = refused.problems.get(0).code();
			}
		}
		List<Row> rows = new ArrayList<>();
		if (asked && error == null) {
			PartnerQuery query = new PartnerQuery(place.map(Commune::code).orElse(null), place.isPresent() ? null : leadId,
					themes, excluded, PartnerQuery.DEFAULT_LIMIT);
			if (place.isPresent() && leadId != null) {
				// The commune places the search; the lead is still left out and its sector counts as covered.
				Set<Long> withLead = new LinkedHashSet<>(excluded);
				withLead.add(leadId);
				query = new PartnerQuery(place.get().code(), null, themes, withLead, PartnerQuery.DEFAULT_LIMIT);
			}
			for (PartnerSuggestion suggestion : finder.suggest(query)) {
				rows.add(new Row(suggestion,
						suggestion.reasons().stream().map(r -> messages.getMessage(r, locale)).toList()));
			}
			if (rows.isEmpty() && finder.place(query).isEmpty()) {
				error = "calls.needs.partners.noPlace";
			}
		}
		List<Excluded> excludedRows = excluded.stream()
			.map(id -> new Excluded(id, organisations.find(id).map(OrganisationDetails::name).orElse("#" + id)))
			.toList();
		model.addAttribute("commune", place.map(Commune::nom).orElse(commune));
		model.addAttribute("communeCode", place.map(Commune::code).orElse(""));
		model.addAttribute("selected", themes);
		model.addAttribute("themes", Theme.values());
		model.addAttribute("excluded", excludedRows);
		model.addAttribute("lead", leadId);
		model.addAttribute("leadName", leadId == null ? null : organisations.find(leadId).map(OrganisationDetails::name).orElse(null));
		model.addAttribute("asked", asked);
		model.addAttribute("error", error);
		model.addAttribute("rows", rows);
		return "calls/needs/partners";
	}

}
