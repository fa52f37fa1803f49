package org.gide.calls.call;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.gide.calls.CallResults;
import org.gide.calls.call.CallCatalogue.CallView;
import org.gide.calls.call.CallCatalogue.CriterionView;
import org.gide.calls.call.CallCatalogue.WorkshopView;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;

/** The public pages of calls: the list of published calls, a call's page and its documents. Drafts are 404. */
@Controller
class CallPublicController {

	private final CallCatalogue catalogue;

	private final CallService calls;

	private final Territories territories;

	private final ObjectProvider<CallResults> results;

	CallPublicController(CallCatalogue catalogue, CallService calls, Territories territories,
			ObjectProvider<CallResults> results) {
		this.catalogue = catalogue;
		this.calls = calls;
		this.territories = territories;
		this.results = results;
	}

	@GetMapping("/appels")
	String list(Model model) {
		Instant now = calls.now();
		List<CallView> all = catalogue.publicCalls(now);
		model.addAttribute("open", all.stream().filter(c -> c.isOpen(now)).toList());
		model.addAttribute("others", all.stream().filter(c -> !c.isOpen(now)).toList());
		model.addAttribute("territoryNames", territoryNames());
		model.addAttribute("now", now);
		return "calls/call/public-list";
	}

	@GetMapping("/appels/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		CallView call = visible(slug);
		Instant now = calls.now();
		List<CriterionView> criteria = catalogue.criteria(call.id());
		List<WorkshopView> workshops = catalogue.workshops(call.id());
		model.addAttribute("call", call);
		// Stored sanitized; sanitized again before th:utext prints it.
		model.addAttribute("descriptionHtml", org.gide.web.RichText.sanitize(call.descriptionHtml()));
		model.addAttribute("open", call.isOpen(now));
		model.addAttribute("notYetOpen", call.status() == CallCatalogue.Status.PUBLISHED && call.opensAt() != null
				&& call.opensAt().isAfter(now));
		model.addAttribute("criteria", criteria);
		model.addAttribute("total", criteria.stream().mapToInt(CriterionView::weight).sum());
		model.addAttribute("upcoming", workshops.stream().filter(w -> !w.cancelled() && !w.startsAt().isBefore(now)).toList());
		model.addAttribute("past", reversed(workshops.stream().filter(w -> w.held(now)).toList()));
		model.addAttribute("documents", catalogue.documents(call.id()));
		model.addAttribute("territoryNames", territoryNames());
		model.addAttribute("directions", calls.directionNames(call.id()));
		CallResults provider = results.getIfAvailable();
		List<CallResults.Laureate> laureates = provider == null ? List.of() : provider.laureates(call.id());
		model.addAttribute("laureates", laureates == null ? List.of() : laureates);
		return "calls/call/public-call";
	}

	@GetMapping("/appels/{slug:[a-z0-9-]+}/documents/{documentId:\\d+}")
	ResponseEntity<Resource> document(@PathVariable String slug, @PathVariable long documentId) {
		CallView call = visible(slug);
		CallCatalogue.DocumentView document = calls.document(call.id(), documentId);
		Path path = calls.file(document).orElseThrow(() -> new CallNotFound("file of document " + documentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.contentLength(document.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new java.util.ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private CallView visible(String slug) {
		return catalogue.findBySlug(slug).filter(CallView::isPublic).orElseThrow(() -> new CallNotFound("call " + slug));
	}

	private Map<String, String> territoryNames() {
		return territories.list()
			.stream()
			.collect(Collectors.toMap(TerritorySummary::slug, TerritorySummary::nom, (a, b) -> a));
	}

}
