package org.gide.calls.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.calls.Theme;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationMemberships;
import org.gide.directory.Organisations;
import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.Epci;
import org.gide.territory.Territories;

/** The needs of territories: list, map, page, posting, editing, closing, joining and leaving. */
@Controller
class NeedController {

	static final int PAGE_SIZE = 20;

	private final Needs needs;

	private final Visitor.Current current;

	private final OrganisationMemberships memberships;

	private final Organisations organisations;

	private final Communes communes;

	private final Territories territories;

	private final NeedsMap map;

	private final MessageSource messages;

	NeedController(Needs needs, Visitor.Current current, OrganisationMemberships memberships,
			Organisations organisations, Communes communes, Territories territories, NeedsMap map,
			MessageSource messages) {
		this.messages = messages;
		this.needs = needs;
		this.current = current;
		this.memberships = memberships;
		this.organisations = organisations;
		this.communes = communes;
		this.territories = territories;
		this.map = map;
	}

	private Visitor visitor() {
		return current.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	private String organisationName(long id) {
		return organisations.find(id).map(OrganisationDetails::name).orElse("#" + id);
	}

	private String communeName(String code) {
		return code == null ? null : communes.find(code).map(Commune::nom).orElse(code);
	}

	// — list

	/** A row of the list as the page shows it. */
	record ListRow(Needs.Row row, String organisation, String commune, String epci) {
	}

	@GetMapping("/besoins")
	String list(@RequestParam(required = false) String epci, @RequestParam(required = false) String territoire,
			@RequestParam(required = false) String theme, @RequestParam(name = "sans-reponse", required = false) String unanswered,
			@RequestParam(required = false) String etat, @RequestParam(required = false) String page, Model model) {
		NeedFilter filter = NeedFilter.parse(epci, territoire, theme, unanswered, etat, page);
		Needs.Page result = needs.list(filter, PAGE_SIZE);
		Map<String, String> epciNames = territories.epcis().stream().collect(Collectors.toMap(Epci::code, Epci::nom));
		List<ListRow> rows = result.rows()
			.stream()
			.map(r -> new ListRow(r, organisationName(r.need().organisationId()), communeName(r.need().communeCode()),
					r.need().epciCode() == null ? null : epciNames.getOrDefault(r.need().epciCode(), r.need().epciCode())))
			.toList();
		model.addAttribute("filter", filter);
		model.addAttribute("result", result);
		model.addAttribute("rows", rows);
		model.addAttribute("epcis", territories.epcis());
		model.addAttribute("territories", territories.list());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("states", NeedFilter.State.values());
		model.addAttribute("previous", result.page() > 1 ? filter.queryString(result.page() - 1) : null);
		model.addAttribute("next", result.page() < result.pages() ? filter.queryString(result.page() + 1) : null);
		model.addAttribute("canPost", current.get().isPresent());
		return "calls/needs/list";
	}

	// — map

	/** An EPCI row of the table beside the map. */
	record EpciRow(String code, String nom, int open, int answered, int unanswered, int preparing, int step) {
	}

	@GetMapping("/besoins/carte")
	String map(Model model) {
		Map<String, Needs.EpciCount> counts = needs.countsByEpci()
			.stream()
			.collect(Collectors.toMap(Needs.EpciCount::epciCode, c -> c));
		List<EpciRow> rows = new ArrayList<>();
		Map<String, Integer> stepByEpci = new HashMap<>();
		int open = 0;
		int answered = 0;
		for (Epci epci : territories.epcis()) {
			Needs.EpciCount count = counts.getOrDefault(epci.code(), new Needs.EpciCount(epci.code(), 0, 0, 0));
			int step = NeedsMap.step(count.unanswered());
			stepByEpci.put(epci.code(), step);
			rows.add(new EpciRow(epci.code(), epci.nom(), count.open(), count.answered(), count.unanswered(),
					count.preparing(), step));
			open += count.open();
			answered += count.answered();
		}
		rows.sort(Comparator.comparing(EpciRow::unanswered).reversed().thenComparing(EpciRow::nom));
		NeedsMap.Drawing drawing = map.drawing();
		Map<String, String> fills = new LinkedHashMap<>();
		drawing.communes()
			.forEach(s -> fills.put(s.code(), NeedsMap.COLOURS[s.epci() == null ? 0 : stepByEpci.getOrDefault(s.epci().code(), 0)]));
		model.addAttribute("rows", rows);
		model.addAttribute("drawing", drawing);
		model.addAttribute("fills", fills);
		model.addAttribute("colours", NeedsMap.COLOURS);
		model.addAttribute("open", open);
		model.addAttribute("answered", answered);
		model.addAttribute("unanswered", open - answered);
		return "calls/needs/map";
	}

	// — one need

	record SupporterRow(long organisationId, String name, String comment, java.time.Instant joinedAt,
			boolean removable) {
	}

	@GetMapping("/besoins/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		Need need = needs.load(id);
		Optional<Visitor> visitor = current.get();
		List<OrganisationMemberships.Administered> mine = visitor.map(v -> memberships.administeredBy(v.id()))
			.orElse(List.of());
		Set<Long> mineIds = mine.stream().map(OrganisationMemberships.Administered::organisationId).collect(Collectors.toSet());
		List<Needs.Supporter> supporters = needs.supporters(id);
		Set<Long> supporting = supporters.stream().map(Needs.Supporter::organisationId).collect(Collectors.toSet());
		boolean agent = visitor.map(Visitor::agent).orElse(false);
		List<SupporterRow> supporterRows = supporters.stream()
			.map(s -> new SupporterRow(s.organisationId(), organisationName(s.organisationId()), s.comment(),
					s.joinedAt(), agent || mineIds.contains(s.organisationId())))
			.toList();
		List<OrganisationMemberships.Administered> canJoinAs = mine.stream()
			.filter(o -> o.organisationId() != need.organisationId() && !supporting.contains(o.organisationId()))
			.toList();
		List<Needs.Answer> answers = needs.answers(id);
		Optional<Commune> commune = need.communeCode() == null ? Optional.empty() : communes.find(need.communeCode());
		model.addAttribute("need", need);
		model.addAttribute("commune", commune.orElse(null));
		model.addAttribute("territory", need.communeCode() == null ? null : territories.ofCommune(need.communeCode()).orElse(null));
		model.addAttribute("organisation", organisationName(need.organisationId()));
		model.addAttribute("supporters", supporterRows);
		model.addAttribute("canJoinAs", canJoinAs);
		model.addAttribute("signedIn", visitor.isPresent());
		model.addAttribute("administersNone", visitor.isPresent() && mine.isEmpty());
		model.addAttribute("canEdit", visitor.map(v -> needs.canEdit(need, v)).orElse(false));
		model.addAttribute("submitted", answers.stream().filter(Needs.Answer::submitted).toList());
		model.addAttribute("drafts", answers.stream().filter(a -> !a.submitted()).toList());
		model.addAttribute("agent", agent);
		model.addAttribute("openCalls", need.open() ? needs.openCalls(need) : List.of());
		return "calls/needs/show";
	}

	// — posting

	@GetMapping("/besoins/nouveau")
	String newForm(Model model) {
		Visitor visitor = visitor();
		NeedForm form = new NeedForm();
		List<OrganisationMemberships.Administered> mine = memberships.administeredBy(visitor.id());
		if (mine.size() == 1) {
			form.setOrganisation(mine.get(0).organisationId());
		}
		return form(model, form, null, mine);
	}

	@PostMapping("/besoins/nouveau")
	String post(@ModelAttribute("form") NeedForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Visitor visitor = visitor();
		List<OrganisationMemberships.Administered> mine = memberships.administeredBy(visitor.id());
		if (mine.isEmpty()) {
			throw new AccessDeniedException("Account " + visitor.id() + " administers no organisation");
		}
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			long id = needs.post(form, visitor);
			redirect.addFlashAttribute("flash", "calls.needs.posted");
			return "redirect:/besoins/" + id;
		}
		catch (NeedRefused refused) {
			reject(errors, refused);
			return form(model, form, null, mine);
		}
	}

	private String form(Model model, NeedForm form, Need need, List<OrganisationMemberships.Administered> mine) {
		model.addAttribute("form", form);
		model.addAttribute("need", need);
		model.addAttribute("organisations", mine);
		model.addAttribute("themes", Theme.values());
		if (need != null) {
			model.addAttribute("organisationName", organisationName(need.organisationId()));
		}
		return need == null && mine.isEmpty() ? "calls/needs/no-organisation" : "calls/needs/form";
	}

	private static void reject(BindingResult errors, NeedRefused refused) {
		for (NeedRefused.Problem p : refused.problems) {
			if (p.field() != null && List.of("organisation", "title", "description", "evidence", "commune", "themes")
				.contains(p.field())) {
				errors.rejectValue(p.field(), p.code(), p.args(), p.code());
			}
			else {
				errors.reject(p.code(), p.args(), p.code());
			}
		}
	}

	// — editing, closing

	private NeedForm formOf(Need need) {
		NeedForm form = new NeedForm();
		form.setOrganisation(need.organisationId());
		form.setTitle(need.title());
		form.setDescription(need.description());
		form.setEvidence(need.evidence());
		form.setCommuneCode(need.communeCode());
		form.setCommune(communeName(need.communeCode()));
		form.setThemes(need.themes().stream().map(Theme::code).toList());
		form.setVersion(need.version());
		return form;
	}

	private Need editable(long id) {
		Need need = needs.load(id);
		if (!needs.canEdit(need, visitor())) {
			throw new AccessDeniedException("May not edit need " + id);
		}
		return need;
	}

	@GetMapping("/besoins/{id:\\d+}/modifier")
	String editForm(@PathVariable long id, Model model) {
		Need need = editable(id);
		return form(model, formOf(need), need, List.of());
	}

	@PostMapping("/besoins/{id:\\d+}/modifier")
	String edit(@PathVariable long id, @ModelAttribute("form") NeedForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		Need need = editable(id);
		if (errors.hasErrors() || form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			needs.edit(id, form, visitor());
			redirect.addFlashAttribute("flash", "calls.needs.saved");
			return "redirect:/besoins/" + id;
		}
		catch (NeedRefused refused) {
			reject(errors, refused);
			return form(model, form, need, List.of());
		}
		catch (NeedConflict conflict) {
			Need now = needs.load(id);
			model.addAttribute("conflict", needs.differences(now, form)
				.stream()
				.map(d -> "themes".equals(d.field())
						? new Needs.Difference(d.field(), themeLabels(d.theirs(), locale), themeLabels(d.yours(), locale))
						: d)
				.toList());
			form.setVersion(now.version());
			return form(model, form, now, List.of());
		}
	}

	/** "alimentation, culture" → "Alimentation, Culture" in the visitor's language. */
	private String themeLabels(String codes, Locale locale) {
		return java.util.Arrays.stream(codes.split(",\\s*"))
			.map(Theme::fromCode)
			.flatMap(Optional::stream)
			.map(t -> messages.getMessage(t.labelKey(), null, locale))
			.collect(Collectors.joining(", "));
	}

	@PostMapping("/besoins/{id:\\d+}/cloture")
	String close(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return status(id, version, Need.Status.CLOSED, "calls.needs.closed", redirect);
	}

	@PostMapping("/besoins/{id:\\d+}/reouverture")
	String reopen(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return status(id, version, Need.Status.OPEN, "calls.needs.reopened", redirect);
	}

	private String status(long id, Long version, Need.Status status, String done, RedirectAttributes redirect) {
		editable(id);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			needs.setStatus(id, version, status, visitor());
			redirect.addFlashAttribute("flash", done);
		}
		catch (NeedConflict conflict) {
			redirect.addFlashAttribute("error", "calls.needs.error.conflict");
		}
		return "redirect:/besoins/" + id;
	}

	// — joining, leaving

	@PostMapping("/besoins/{id:\\d+}/rejoindre")
	String join(@PathVariable long id, @RequestParam(required = false) Long organisation,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		Visitor visitor = visitor();
		needs.load(id);
		if (organisation == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			boolean joined = needs.join(id, organisation, comment, visitor);
			redirect.addFlashAttribute("flash", joined ? "calls.needs.joined" : "calls.needs.alreadyJoined");
		}
		catch (NeedRefused refused) {
			NeedRefused.Problem problem = refused.problems.get(0);
			redirect.addFlashAttribute("error", problem.code());
			redirect.addFlashAttribute("errorArgs", problem.args());
		}
		return "redirect:/besoins/" + id;
	}

	@PostMapping("/besoins/{id:\\d+}/quitter")
	String leave(@PathVariable long id, @RequestParam(required = false) Long organisation, RedirectAttributes redirect) {
		Visitor visitor = visitor();
		needs.load(id);
		if (organisation == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		boolean left = needs.leave(id, organisation, visitor);
		redirect.addFlashAttribute("flash", left ? "calls.needs.left" : "calls.needs.notSupporter");
		return "redirect:/besoins/" + id;
	}

}
