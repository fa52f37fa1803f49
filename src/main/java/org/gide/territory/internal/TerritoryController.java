package org.gide.territory.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.gide.territory.Territories;

/** Public pages of the territories. */
@Controller
class TerritoryController {

	private final Territories territories;

	TerritoryController(Territories territories) {
		this.territories = territories;
	}

	@GetMapping("/territoires")
	String list(Model model) {
		model.addAttribute("territories", territories.list());
		return "territory/territories";
	}

	@GetMapping("/territoires/{slug}")
	String territory(@PathVariable String slug, Model model) {
		model.addAttribute("territory", territories.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("communes", territories.communesOf(slug));
		return "territory/territory";
	}

}
