package org.gide.resources.workflow;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.directory.OrganisationNames;
import org.gide.resources.item.ResourceActor;
import org.gide.resources.item.ResourceActors;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.item.ResourceNotFound;
import org.gide.resources.item.ResourceRevision;

/**
 * The workspace of a contribution (state, possible actions, log, comments), its revisions and their differences,
 * and the editorial committee's queue and actions (docs/resources.md § 3 and § 4, part B). Refusals are shown on
 * the workspace with what was typed; a stale version changes nothing and says so.
 */
@Controller
class WorkflowController {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** The committee's action routes: {@code /comite-editorial/ressources/{id}/<segment>}. */
	private static final Map<String, EditorialAction> COMMITTEE_ACTIONS = Map.of("demander-modifications",
			EditorialAction.REQUEST_CHANGES, "approuver", EditorialAction.APPROVE, "programmer",
			EditorialAction.SCHEDULE, "publier", EditorialAction.PUBLISH, "depublier", EditorialAction.UNPUBLISH,
			"refuser", EditorialAction.DECLINE);

	private final ResourceItems items;

	private final ResourceActors actors;

	private final EditorialWorkflow workflow;

	private final EditorialComments comments;

	private final EditorialQueue queue;

	private final OrganisationNames organisationNames;

	private final MessageSource messages;

	WorkflowController(ResourceItems items, ResourceActors actors, EditorialWorkflow workflow,
			EditorialComments comments, EditorialQueue queue, OrganisationNames organisationNames,
			MessageSource messages) {
		this.items = items;
		this.actors = actors;
		this.workflow = workflow;
		this.comments = comments;
		this.queue = queue;
		this.organisationNames = organisationNames;
		this.messages = messages;
	}

	/** The path of the form performing an action on an item. */
	static String actionPath(long itemId, EditorialAction action) {
		return switch (action) {
			case SUBMIT -> "/ressources/contributions/" + itemId + "/soumettre";
			case WITHDRAW -> "/ressources/contributions/" + itemId + "/retirer";
			case REQUEST_CHANGES -> "/comite-editorial/ressources/" + itemId + "/demander-modifications";
			case APPROVE -> "/comite-editorial/ressources/" + itemId + "/approuver";
			case SCHEDULE -> "/comite-editorial/ressources/" + itemId + "/programmer";
			case PUBLISH -> "/comite-editorial/ressources/" + itemId + "/publier";
			case UNPUBLISH -> "/comite-editorial/ressources/" + itemId + "/depublier";
			case DECLINE -> "/comite-editorial/ressources/" + itemId + "/refuser";
			case CREATE -> throw new IllegalArgumentException("CREATE has no form");
		};
	}

	private ResourceActor actor(long itemId) {
		return actors.current().orElseThrow(() -> new ResourceNotFound(itemId));
	}

	// — workspace

	@GetMapping("/ressources/contributions/{id}")
	String workspace(@PathVariable long id, Model model) {
		ResourceActor actor = actor(id);
		ResourceItem item = items.workable(id, actor);
		return workspace(model, item, actor, new Errors());
	}

	@PostMapping("/ressources/contributions/{id}/soumettre")
	String submit(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(name = "reason", defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		return act(id, version, EditorialAction.SUBMIT, reason, null, model, redirect);
	}

	@PostMapping("/ressources/contributions/{id}/retirer")
	String withdraw(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(name = "reason", defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		return act(id, version, EditorialAction.WITHDRAW, reason, null, model, redirect);
	}

	@PostMapping("/ressources/contributions/{id}/commentaires")
	String comment(@PathVariable long id, @RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
		ResourceActor actor = actor(id);
		items.workable(id, actor);
		if (body == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No comment field");
		}
		try {
			comments.add(id, actor, body);
		}
		catch (EditorialRefusal refusal) {
			Errors errors = new Errors();
			errors.commentError = message(refusal.messageKey(), refusal.args());
			errors.commentInput = body;
			return workspace(model, items.workable(id, actor), actor, errors);
		}
		redirect.addFlashAttribute("flash", message("resources.workflow.done.comment"));
		return "redirect:/ressources/contributions/" + id + "#commentaires";
	}

	@PostMapping("/comite-editorial/ressources/{id}/{segment:demander-modifications|approuver|programmer|publier|depublier|refuser}")
	String decide(@PathVariable long id, @PathVariable String segment, @RequestParam(required = false) Long version,
			@RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "scheduledFor", required = false) String scheduledFor, Model model,
			RedirectAttributes redirect) {
		EditorialAction action = COMMITTEE_ACTIONS.get(segment);
		items.workable(id, actor(id));
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No version");
		}
		Instant at = null;
		if (action == EditorialAction.SCHEDULE && scheduledFor != null && !scheduledFor.isBlank()) {
			try {
				at = LocalDateTime.parse(scheduledFor.strip()).atZone(PARIS).toInstant();
			}
			catch (DateTimeException e) {
				ResourceActor actor = actor(id);
				Errors errors = new Errors();
				errors.action = action;
				errors.field = "scheduledFor";
				errors.fieldMessage = message("resources.workflow.error.date-invalid");
				errors.reasonInput = reason;
				errors.dateInput = scheduledFor;
				return workspace(model, items.workable(id, actor), actor, errors);
			}
		}
		return act(id, version, action, reason, at, model, redirect, scheduledFor);
	}

	private String act(long id, Long version, EditorialAction action, String reason, Instant scheduledFor,
			Model model, RedirectAttributes redirect) {
		return act(id, version, action, reason, scheduledFor, model, redirect, null);
	}

	private String act(long id, Long version, EditorialAction action, String reason, Instant scheduledFor,
			Model model, RedirectAttributes redirect, String dateInput) {
		ResourceActor actor = actor(id);
		// Rights first (404 for an item the actor may not work on), then the form (400 without its version).
		items.workable(id, actor);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No version");
		}
		Errors errors = new Errors();
		errors.action = action;
		errors.reasonInput = reason;
		errors.dateInput = dateInput;
		try {
			workflow.apply(id, version, action, actor, reason, scheduledFor);
		}
		catch (StaleResourceException stale) {
			errors.global = message("resources.workflow.error.stale");
			return workspace(model, items.workable(id, actor), actor, errors);
		}
		catch (EditorialRefusal refusal) {
			String text = message(refusal.messageKey(), refusal.args());
			if (refusal.field() != null) {
				errors.field = refusal.field();
				errors.fieldMessage = text;
			}
			else {
				errors.global = text;
				errors.missing = refusal.missingFields();
			}
			return workspace(model, items.workable(id, actor), actor, errors);
		}
		redirect.addFlashAttribute("flash", message("resources.workflow.done." + action.name()));
		return "redirect:/ressources/contributions/" + id;
	}

	/** What a refused action leaves on the page: messages and what the user typed. */
	static final class Errors {

		EditorialAction action;

		String global;

		List<String> missing = List.of();

		String field;

		String fieldMessage;

		String reasonInput;

		String dateInput;

		String commentError;

		String commentInput;

		public EditorialAction getAction() {
			return action;
		}

		public String getGlobal() {
			return global;
		}

		public List<String> getMissing() {
			return missing;
		}

		public String getField() {
			return field;
		}

		public String getFieldMessage() {
			return fieldMessage;
		}

		public String getReasonInput() {
			return reasonInput;
		}

		public String getDateInput() {
			return dateInput;
		}

		public String getCommentError() {
			return commentError;
		}

		public String getCommentInput() {
			return commentInput;
		}

		/** The field error of this action's form, if any. */
		public String errorOf(EditorialAction formAction, String formField) {
			return formAction == action && formField.equals(field) ? fieldMessage : null;
		}

		/** What the user typed in this action's form (kept after a refusal). */
		public String inputOf(EditorialAction formAction, String formField) {
			if (formAction != action) {
				return null;
			}
			return "scheduledFor".equals(formField) ? dateInput : reasonInput;
		}

	}

	private String workspace(Model model, ResourceItem item, ResourceActor actor, Errors errors) {
		Set<EditorialAction> possible = workflow.possibleActions(item, actor);
		Map<EditorialAction, String> paths = new EnumMap<>(EditorialAction.class);
		possible.forEach(a -> paths.put(a, actionPath(item.getId(), a)));
		List<String> organisations = new ArrayList<>();
		for (Long organisation : item.getOrganisationIds()) {
			organisationNames.name(organisation).ifPresent(organisations::add);
		}
		model.addAttribute("item", item);
		model.addAttribute("actor", actor);
		model.addAttribute("actions", paths);
		model.addAttribute("mayEdit", ResourceItems.mayEdit(actor, item));
		model.addAttribute("organisations", organisations);
		model.addAttribute("missing", RequiredFields.missing(item));
		model.addAttribute("transitions", workflow.transitions(item.getId()));
		model.addAttribute("comments", comments.of(item.getId()));
		model.addAttribute("revisions", items.revisions(item.getId()).size());
		model.addAttribute("errors", errors);
		model.addAttribute("zone", PARIS);
		model.addAttribute("minDate", LocalDateTime.now(PARIS).withSecond(0).withNano(0).toString());
		return "resources/workflow/workspace";
	}

	// — revisions

	@GetMapping("/ressources/contributions/{id}/revisions")
	String revisions(@PathVariable long id, Model model) {
		ResourceActor actor = actor(id);
		ResourceItem item = items.workable(id, actor);
		List<ResourceRevision> revisions = new ArrayList<>(items.revisions(id));
		java.util.Collections.reverse(revisions);
		model.addAttribute("item", item);
		model.addAttribute("revisions", revisions);
		model.addAttribute("zone", PARIS);
		return "resources/workflow/revisions";
	}

	@GetMapping("/ressources/contributions/{id}/revisions/{number}")
	String difference(@PathVariable long id, @PathVariable int number,
			@RequestParam(name = "avec", required = false) Integer with, Model model) {
		ResourceActor actor = actor(id);
		ResourceItem item = items.workable(id, actor);
		ResourceRevision shown = items.revision(id, number).orElseThrow(() -> new ResourceNotFound(id));
		int other = with == null ? Math.max(1, number - 1) : with;
		ResourceRevision compared = items.revision(id, other).orElseThrow(() -> new ResourceNotFound(id));
		ResourceRevision older = compared.number() <= shown.number() ? compared : shown;
		ResourceRevision newer = older == compared ? shown : compared;
		model.addAttribute("item", item);
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("diffs", RevisionDiff.between(older, newer));
		model.addAttribute("numbers", items.revisions(id).stream().map(ResourceRevision::number).toList());
		model.addAttribute("zone", PARIS);
		return "resources/workflow/difference";
	}

	// — committee

	@GetMapping("/comite-editorial")
	String queue(Model model) {
		model.addAttribute("waiting", queue.waiting());
		model.addAttribute("decisions", queue.recentDecisions(20));
		model.addAttribute("zone", PARIS);
		return "resources/workflow/queue";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key }, args), locale());
	}

	private static Locale locale() {
		return org.springframework.context.i18n.LocaleContextHolder.getLocale();
	}

}
