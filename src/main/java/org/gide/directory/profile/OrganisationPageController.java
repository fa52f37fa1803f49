package org.gide.directory.profile;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;

/**
 * An organisation's public page ({@code /annuaire/{id}}, optionally followed by a slug of its name, which is not
 * checked: links stay valid when the name changes) and its JSON. Closed organisations stay visible with the date
 * they closed; an unknown id is a 404.
 */
@Controller
class OrganisationPageController {

	private final Organisations organisations;

	private final String publicUrl;

	private final String tilesUrl;

	private final String attribution;

	private final String attributionUrl;

	OrganisationPageController(Organisations organisations, @Value("${gide.public-url:http://localhost:8080}") String publicUrl,
			@Value("${gide.map.tiles.url:}") String tilesUrl, @Value("${gide.map.tiles.attribution:}") String attribution,
			@Value("${gide.map.tiles.attribution-url:}") String attributionUrl) {
		this.organisations = organisations;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.tilesUrl = tilesUrl;
		this.attribution = attribution;
		this.attributionUrl = attributionUrl;
	}

	@GetMapping({ "/annuaire/{id:\\d+}", "/annuaire/{id:\\d+}-{slug}" })
	String page(@PathVariable long id, Model model) {
		OrganisationDetails organisation = find(id);
		String pageUrl = publicUrl + path(organisation);
		model.addAttribute("organisation", organisation);
		model.addAttribute("o", organisation);
		model.addAttribute("jsonLd", JsonLd.of(organisation, pageUrl, publicUrl));
		model.addAttribute("tilesUrl", tilesUrl);
		model.addAttribute("attribution", attribution);
		model.addAttribute("attributionUrl", attributionUrl);
		model.addAttribute("updatedOn", organisation.updatedAt().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate());
		model.addAttribute("markets", organisation.reservedMarkets().stream().sorted().toList());
		return "directory/organisation";
	}

	@GetMapping(value = "/api/organisations/{id:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	OrganisationJson json(@PathVariable long id) {
		OrganisationDetails organisation = find(id);
		return OrganisationJson.of(organisation, publicUrl + path(organisation));
	}

	private OrganisationDetails find(long id) {
		return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The canonical path: id and a slug of the name. */
	static String path(OrganisationDetails organisation) {
		String slug = slug(organisation.name());
		return "/annuaire/" + organisation.id() + (slug.isEmpty() ? "" : "-" + slug);
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
	}

}
