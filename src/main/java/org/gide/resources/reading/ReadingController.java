package org.gide.resources.reading;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

import org.gide.resources.ResourceType;
import org.gide.resources.ResourceViewed;
import org.gide.resources.item.ResourceActor;
import org.gide.resources.item.ResourceActors;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ResourceState;

/**
 * The public reading of the resource centre (docs/resources.md § 4, part C): the global search {@code /ressources},
 * the listing of each type {@code /ressources/{type}} (GET forms whose URL holds the whole query; htmx only
 * enhances) and the item page {@code /ressources/{type}/{id}-{slug}}, with 301s to the canonical address. An item
 * that is not PUBLISHED is a 404 unless the visitor may work on it (its authors' administrators, the committee), who
 * then sees a preview. A public page view of a PUBLISHED item by anyone else publishes {@link ResourceViewed}.
 */
@Controller
class ReadingController {

	/** The type slugs, as a path pattern (so that {@code /ressources/proposer}, {@code /pieces}… are not types). */
	static final String TYPES = "actualites|articles|methodes-et-outils|communs|livrables|etudes-d-impact|offres"
			+ "|appels-a-projets|travaux-etudiants";

	private final ResourceSearch search;

	private final ResourceItems items;

	private final ResourceActors actors;

	private final ReadingViews views;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<Clock> clock;

	ReadingController(ResourceSearch search, ResourceItems items, ResourceActors actors, ReadingViews views,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.search = search;
		this.items = items;
		this.actors = actors;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * These pages hold no form that posts, so the layout leaves out the CSRF token for anonymous readers: reading
	 * the resource centre creates no session and sets no cookie (docs/resources.md § 6).
	 */
	@ModelAttribute("cookieless")
	boolean cookieless() {
		return true;
	}

	private Instant now() {
		return clock.getIfAvailable(Clock::systemUTC).instant();
	}

	@GetMapping("/ressources")
	String search(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		ResourceQuery query = ResourceQuery.from(request.getParameterMap());
		return listing(null, query, request, response, model, locale);
	}

	@GetMapping("/ressources/{type:" + TYPES + "}")
	String listing(@PathVariable String type, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		ResourceType resourceType = ResourceType.ofSlug(type).orElseThrow(ResourceNotFound::new);
		ResourceQuery parsed = ResourceQuery.from(request.getParameterMap());
		ResourceQuery query = new ResourceQuery(parsed.q(), Set.of(resourceType), parsed.sectors(),
				parsed.territories(), parsed.tags(), parsed.organisations(), parsed.page());
		return listing(resourceType, query, request, response, model, locale);
	}

	private String listing(ResourceType type, ResourceQuery query, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		ResourceSearch.Result result = search.search(query, now());
		ReadingViews.ListingPage page = views.listing(type, result, locale);
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Push-Url", page.canonicalUrl());
			response.setHeader(HttpHeaders.VARY, "HX-Request");
		}
		model.addAttribute("page", page);
		return "resources/reading/listing";
	}

	@GetMapping("/ressources/{type:" + TYPES + "}/{id:\\d+}")
	RedirectView withoutSlug(@PathVariable String type, @PathVariable long id) {
		return permanent(visible(id).item().path());
	}

	@GetMapping("/ressources/{type:" + TYPES + "}/{id:\\d+}-{slug}")
	Object page(@PathVariable String type, @PathVariable long id, @PathVariable String slug,
			HttpServletRequest request, Model model, Locale locale) {
		Visible visible = visible(id);
		ResourceItem item = visible.item();
		if (!item.getType().slug().equals(type) || !item.getSlug().equals(slug)) {
			return permanent(item.path());
		}
		Instant now = now();
		model.addAttribute("page", views.item(item, visible.preview(), now, locale));
		if (!visible.preview() && !visible.worksOn() && "GET".equals(request.getMethod())) {
			String purpose = Optional.ofNullable(request.getHeader("Sec-Purpose"))
				.orElse(request.getHeader("Purpose"));
			events.publishEvent(new ResourceViewed(id, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
					purpose, now));
		}
		return "resources/reading/item";
	}

	/** The item if this visitor may see it: published (everyone), else preview for those who may work on it. */
	private Visible visible(long id) {
		ResourceItem item = items.find(id).orElseThrow(ResourceNotFound::new);
		Optional<ResourceActor> actor = actors.current();
		boolean worksOn = actor.isPresent() && ResourceActors.mayWorkOn(actor.get(), item);
		if (item.getState() == ResourceState.PUBLISHED) {
			return new Visible(item, false, worksOn);
		}
		if (worksOn) {
			return new Visible(item, true, true);
		}
		throw new ResourceNotFound();
	}

	private record Visible(ResourceItem item, boolean preview, boolean worksOn) {
	}

	private static RedirectView permanent(String path) {
		RedirectView redirect = new RedirectView(path);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

}
