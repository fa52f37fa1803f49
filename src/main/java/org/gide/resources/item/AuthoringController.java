package org.gide.resources.item;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.directory.OrganisationMemberships;
import org.gide.directory.OrganisationNames;
import org.gide.directory.Sector;
import org.gide.files.RefusedFile;
import org.gide.resources.ResourceType;
import org.gide.territory.Territories;

/**
 * Authoring of resources (docs/resources.md § 1, § 4, § 9): choosing a type and proposing an item, one's
 * contributions, editing the content, attaching and removing files, deleting a draft, and the files' download.
 * Rights are checked by {@link ResourceItems} and {@link ResourceAttachments}; an item the visitor may not work on
 * answers 404.
 */
@Controller
class AuthoringController {

	private static final Set<String> FORM_FIELDS = Set.of("organisation", "coAuthors", "coAuthorQuery", "title",
			"summary", "body", "licence", "sectors", "territories", "tags", "expiresOn", "sourceName", "linkUrl",
			"contactEmail", "authorNames", "articleKind", "purpose", "audience", "usage", "origin", "commonsResource",
			"commonsCommunity", "commonsRules", "commonsGovernance", "experimentName", "evaluationMethod", "results",
			"learnings", "pitfalls", "offerKind", "contract", "workingTime", "communeCode", "funder", "amountMin",
			"amountMax", "eligibility", "institution", "degree", "academicYear", "supervisor");

	private final ResourceItems items;

	private final ResourceAttachments attachments;

	private final ResourceActors actors;

	private final OrganisationMemberships memberships;

	private final OrganisationNames organisationNames;

	private final Territories territories;

	AuthoringController(ResourceItems items, ResourceAttachments attachments, ResourceActors actors,
			OrganisationMemberships memberships, OrganisationNames organisationNames, Territories territories) {
		this.items = items;
		this.attachments = attachments;
		this.actors = actors;
		this.memberships = memberships;
		this.organisationNames = organisationNames;
		this.territories = territories;
	}

	private ResourceActor actor() {
		return actors.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	static String editPath(long id) {
		return "/ressources/contributions/" + id + "/modifier";
	}

	static String workspacePath(long id) {
		return "/ressources/contributions/" + id;
	}

	// — proposing

	@GetMapping("/ressources/proposer")
	String propose(@RequestParam(required = false) String type, Model model) {
		ResourceActor actor = actor();
		ResourceType chosen = proposable(type);
		if (chosen == null) {
			return choice(model);
		}
		ResourceForm form = new ResourceForm();
		List<OrganisationMemberships.Administered> mine = memberships.administeredBy(actor.accountId());
		if (mine.size() == 1) {
			form.setOrganisation(mine.get(0).organisationId());
		}
		return form(model, actor, chosen, form, null);
	}

	@PostMapping("/ressources/proposer")
	String create(@RequestParam(required = false) String type, @ModelAttribute("form") ResourceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ResourceActor actor = actor();
		ResourceType chosen = proposable(type);
		if (chosen == null) {
			return choice(model);
		}
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (!actor.committee() && actor.administeredOrganisationIds().isEmpty()) {
			return form(model, actor, chosen, form, null);
		}
		try {
			ResourceItem item = items.create(chosen, form, actor);
			redirect.addFlashAttribute("flash", "resources.authoring.created");
			return "redirect:" + editPath(item.getId());
		}
		catch (ResourceRefused refused) {
			reject(errors, refused);
			return form(model, actor, chosen, form, null);
		}
	}

	private static ResourceType proposable(String slug) {
		return slug == null ? null
				: ResourceType.ofSlug(slug).filter(ResourceFields.proposable()::contains).orElse(null);
	}

	private String choice(Model model) {
		model.addAttribute("types", ResourceFields.proposable());
		return "resources/item/choose";
	}

	// — one's contributions

	@GetMapping("/ressources/mes-contributions")
	String contributions(Model model) {
		ResourceActor actor = actor();
		model.addAttribute("items", items.contributionsOf(actor)
			.stream()
			.map(i -> new Row(i, ResourceItems.mayEdit(actor, i),
					i.getContributingOrganisationId() == null ? ""
							: organisationNames.name(i.getContributingOrganisationId()).orElse("")))
			.toList());
		model.addAttribute("administers", !actor.administeredOrganisationIds().isEmpty() || actor.committee());
		return "resources/item/contributions";
	}

	/** A line of the contributions' table. */
	record Row(ResourceItem item, boolean editable, String organisation) {

		public String editPath() {
			return AuthoringController.editPath(item.getId());
		}

		public String workspacePath() {
			return AuthoringController.workspacePath(item.getId());
		}

	}

	// — editing

	@GetMapping("/ressources/contributions/{id:\\d+}/modifier")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		ResourceActor actor = actor();
		ResourceItem item = items.workable(id, actor);
		if (!ResourceItems.mayEdit(actor, item)) {
			redirect.addFlashAttribute("flash", "resources.authoring.locked");
			return "redirect:" + workspacePath(id);
		}
		return form(model, actor, item.getType(), items.formOf(item), item);
	}

	@PostMapping("/ressources/contributions/{id:\\d+}/modifier")
	String save(@PathVariable long id, @ModelAttribute("form") ResourceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ResourceActor actor = actor();
		ResourceItem item = items.workable(id, actor);
		if (errors.hasErrors() || form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			items.saveContent(id, form.getVersion(), form, actor);
			redirect.addFlashAttribute("flash", "resources.authoring.saved");
			return "redirect:" + editPath(id);
		}
		catch (ResourceRefused refused) {
			reject(errors, refused);
			return form(model, actor, item.getType(), form, item);
		}
		catch (StaleResource stale) {
			model.addAttribute("conflict", true);
			form.setVersion(stale.currentVersion());
			return form(model, actor, item.getType(), form, items.workable(id, actor));
		}
		catch (ResourceLocked locked) {
			redirect.addFlashAttribute("flash", "resources.authoring.locked");
			return "redirect:" + workspacePath(id);
		}
	}

	@PostMapping("/ressources/contributions/{id:\\d+}/suppression")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		ResourceActor actor = actor();
		items.workable(id, actor);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			attachments.deleteItem(id, version, actor);
			redirect.addFlashAttribute("flash", "resources.authoring.deleted");
			return "redirect:/ressources/mes-contributions";
		}
		catch (StaleResource stale) {
			redirect.addFlashAttribute("flash", "resources.authoring.stale");
			return "redirect:" + editPath(id);
		}
		catch (ResourceLocked locked) {
			redirect.addFlashAttribute("flash", "resources.authoring.not-deletable");
			return "redirect:" + workspacePath(id);
		}
	}

	// — attachments

	@PostMapping("/ressources/contributions/{id:\\d+}/pieces")
	String attach(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(name = "attachmentTitle", required = false) String title,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		ResourceActor actor = actor();
		ResourceItem item = items.workable(id, actor);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String error;
		Object[] args;
		String field = "file";
		try {
			attachments.add(id, version, title, file, actor);
			redirect.addFlashAttribute("flash", "resources.authoring.attached");
			return "redirect:" + editPath(id) + "#pieces";
		}
		catch (RefusedFile refused) {
			error = refused.messageKey();
			args = refused.arguments();
		}
		catch (ResourceRefused refused) {
			ResourceRefused.Problem problem = refused.problems().get(0);
			error = problem.code();
			args = problem.args();
			field = problem.field();
		}
		catch (StaleResource stale) {
			redirect.addFlashAttribute("flash", "resources.authoring.stale");
			return "redirect:" + editPath(id);
		}
		catch (ResourceLocked locked) {
			redirect.addFlashAttribute("flash", "resources.authoring.locked");
			return "redirect:" + workspacePath(id);
		}
		item = items.workable(id, actor);
		model.addAttribute("uploadError", new UploadError(field, error, args));
		model.addAttribute("attachmentTitle", title == null ? "" : title);
		return form(model, actor, item.getType(), items.formOf(item), item);
	}

	/** Why the last upload was refused, shown next to its field. */
	record UploadError(String field, String code, Object[] args) {
	}

	@PostMapping("/ressources/contributions/{id:\\d+}/pieces/{attachment:\\d+}/suppression")
	String detach(@PathVariable long id, @PathVariable long attachment, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		ResourceActor actor = actor();
		items.workable(id, actor);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			attachments.remove(id, attachment, version, actor);
			redirect.addFlashAttribute("flash", "resources.authoring.detached");
			return "redirect:" + editPath(id) + "#pieces";
		}
		catch (StaleResource stale) {
			redirect.addFlashAttribute("flash", "resources.authoring.stale");
			return "redirect:" + editPath(id);
		}
		catch (ResourceLocked locked) {
			redirect.addFlashAttribute("flash", "resources.authoring.locked");
			return "redirect:" + workspacePath(id);
		}
	}

	@GetMapping("/ressources/pieces/{attachment:\\d+}")
	ResponseEntity<Resource> download(@PathVariable long attachment) throws IOException {
		ResourceAttachments.Download file = attachments.download(attachment, actors.current())
			.orElseThrow(() -> new ResourceNotFound(attachment));
		ContentDisposition disposition = (file.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(file.published() ? CacheControl.noCache() : CacheControl.noStore())
			.contentLength(Files.size(file.path()))
			.body(new FileSystemResource(file.path()));
	}

	// — the form page

	private String form(Model model, ResourceActor actor, ResourceType type, ResourceForm form, ResourceItem item) {
		List<OrganisationMemberships.Administered> mine = memberships.administeredBy(actor.accountId());
		Map<Long, String> organisations = new LinkedHashMap<>();
		mine.forEach(o -> organisations.put(o.organisationId(), o.name()));
		if (item != null && item.getContributingOrganisationId() != null) {
			organisations.putIfAbsent(item.getContributingOrganisationId(),
					organisationNames.name(item.getContributingOrganisationId()).orElse("#" + item.getContributingOrganisationId()));
		}
		Map<Long, String> coAuthors = new LinkedHashMap<>();
		form.getCoAuthors().forEach(o -> organisationNames.name(o).ifPresent(n -> coAuthors.put(o, n)));
		model.addAttribute("form", form);
		model.addAttribute("type", type);
		model.addAttribute("item", item);
		model.addAttribute("fields", ResourceFields.of(type));
		model.addAttribute("organisations", organisations);
		model.addAttribute("committee", actor.committee());
		model.addAttribute("coAuthorNames", coAuthors);
		model.addAttribute("licences", Licence.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("territories", territories.list());
		model.addAttribute("action", item == null ? "/ressources/proposer?type=" + type.slug() : editPath(item.getId()));
		if (item != null) {
			model.addAttribute("attachments", attachments.list(item.getId()));
			model.addAttribute("accepted", attachments.accepted());
			model.addAttribute("maxMegabytes", attachments.maxMegabytes());
			model.addAttribute("deletable", ResourceItems.mayDelete(actor, item));
			model.addAttribute("workspace", workspacePath(item.getId()));
			model.addAttribute("maxAttachments", ResourceAttachments.MAX_PER_ITEM);
		}
		boolean noOrganisation = item == null && !actor.committee() && mine.isEmpty();
		return noOrganisation ? "resources/item/no-organisation" : "resources/item/form";
	}

	private static void reject(BindingResult errors, ResourceRefused refused) {
		for (ResourceRefused.Problem p : refused.problems()) {
			if (p.field() != null && FORM_FIELDS.contains(p.field())) {
				errors.rejectValue(p.field(), p.code(), p.args(), p.code());
			}
			else {
				errors.reject(p.code(), p.args(), p.code());
			}
		}
	}

}
