package org.gide.territory.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.EpciRef;
import org.gide.territory.TerritoryRef;

/** Commune search (server-rendered, enhanced by an autocomplete), commune pages, and the JSON suggestions. */
@Controller
class CommuneController {

	private final Communes communes;

	CommuneController(Communes communes) {
		this.communes = communes;
	}

	@GetMapping("/communes")
	String search(@RequestParam(required = false) String q, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("results", query.isEmpty() ? List.of() : communes.search(query, 50));
		return "territory/communes";
	}

	@GetMapping("/communes/{code}")
	String commune(@PathVariable String code, Model model) {
		model.addAttribute("commune", communes.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "territory/commune";
	}

	/** One autocomplete suggestion. */
	record Suggestion(String code, String nom, List<String> codesPostaux, Integer population, EpciRef epci,
			TerritoryRef territoire) {

		static Suggestion of(Commune c) {
			return new Suggestion(c.code(), c.nom(), c.codesPostaux(), c.population(), c.epci(), c.territoire());
		}

	}

	@GetMapping(value = "/api/communes", produces = "application/json")
	@ResponseBody
	ResponseEntity<List<Suggestion>> suggestions(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "10") int limit) {
		List<Suggestion> found = communes.search(q, Math.max(1, Math.min(limit, 50)))
			.stream()
			.map(Suggestion::of)
			.toList();
		// Reference data changes once a year: let browsers and proxies keep answers for a while.
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(found);
	}

}
