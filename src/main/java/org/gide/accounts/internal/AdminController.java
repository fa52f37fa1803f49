package org.gide.accounts.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gide.accounts.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration (ADMIN only, see {@link AccountsSecurity}): users and their rights, audit log, directions. */
@Controller
class AdminController {

	static final int PAGE_SIZE = 20;

	private final AccountService service;

	private final AccountRepository accounts;

	private final AuditRepository audit;

	private final DirectionRepository directions;

	private final boolean outbox;

	AdminController(AccountService service, AccountRepository accounts, AuditRepository audit,
			DirectionRepository directions,
			@org.springframework.beans.factory.annotation.Value("${gide.mail.outbox-viewer:false}") boolean outbox) {
		this.outbox = outbox;
		this.service = service;
		this.accounts = accounts;
		this.audit = audit;
		this.directions = directions;
	}

	/** An account as the screens show it. */
	public record UserView(long id, String email, String displayName, List<Role> roles, String direction,
			Long directionId, boolean verified, boolean demo, Instant createdAt, long version) {

		static UserView of(Account a) {
			return new UserView(a.getId(), a.getEmail(), a.getDisplayName(), List.copyOf(a.getRoles()),
					a.getDirection() == null ? null : a.getDirection().getName(),
					a.getDirection() == null ? null : a.getDirection().getId(), a.isVerified(), a.isDemo(),
					a.getCreatedAt(), a.getVersion());
		}

		public boolean has(Role role) {
			return roles.contains(role);
		}

	}

	@GetMapping("/admin")
	String home(Model model) {
		// The mail module only serves its outbox viewer when enabled.
		model.addAttribute("outbox", outbox);
		return "accounts/admin/home";
	}

	@GetMapping("/admin/utilisateurs")
	String users(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "role", required = false) Role role, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<UserView> users = accounts
			.search(query.strip().toLowerCase(java.util.Locale.ROOT), role, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map(UserView::of);
		model.addAttribute("users", users);
		model.addAttribute("q", query);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		return "accounts/admin/users";
	}

	@GetMapping("/admin/utilisateurs/{id}")
	String user(@PathVariable long id, Model model) {
		return userPage(service.account(id), model);
	}

	private String userPage(Account account, Model model) {
		model.addAttribute("user", UserView.of(account));
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.MEMBER).toList());
		model.addAttribute("directions", directions.findAllByOrderByName());
		return "accounts/admin/user";
	}

	@PostMapping("/admin/utilisateurs/{id}")
	String updateRights(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestParam long version,
			@RequestParam(name = "roles", required = false) List<Role> roles,
			@RequestParam(name = "direction", required = false) Long direction, Model model,
			RedirectAttributes redirect) {
		Set<Role> wanted = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		AccountService.RightsOutcome outcome;
		try {
			outcome = service.updateRights(me.id(), id, version, wanted, direction);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			outcome = AccountService.RightsOutcome.CONFLICT;
		}
		if (outcome == AccountService.RightsOutcome.SAVED) {
			redirect.addFlashAttribute("flash", "accounts.admin.user.saved");
			return "redirect:/admin/utilisateurs/" + id;
		}
		model.addAttribute("error",
				outcome == AccountService.RightsOutcome.CONFLICT ? "common.conflict" : "accounts.admin.lastAdmin");
		return userPage(service.account(id), model);
	}

	@GetMapping("/admin/journal")
	String journal(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", audit.findAllByOrderByAtDescIdDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "accounts/admin/journal";
	}

	@GetMapping("/admin/directions")
	String directions(Model model) {
		model.addAttribute("directions", directions.findAllByOrderByName());
		return "accounts/admin/directions";
	}

	@PostMapping("/admin/directions")
	String createDirection(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String name,
			Model model, RedirectAttributes redirect) {
		String problem = service.createDirection(me.id(), name);
		if (problem != null) {
			model.addAttribute("errors", java.util.Map.of("name", problem));
			model.addAttribute("name", name);
			return directions(model);
		}
		redirect.addFlashAttribute("flash", "accounts.admin.directions.created");
		return "redirect:/admin/directions";
	}

	@PostMapping("/admin/directions/{id}")
	String renameDirection(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		String problem = service.renameDirection(me.id(), id, name);
		redirect.addFlashAttribute(problem == null ? "flash" : "error",
				problem == null ? "accounts.admin.directions.renamed" : problem);
		return "redirect:/admin/directions";
	}

	@PostMapping("/admin/directions/{id}/activation")
	String activateDirection(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam boolean active, RedirectAttributes redirect) {
		service.setDirectionActive(me.id(), id, active);
		redirect.addFlashAttribute("flash",
				active ? "accounts.admin.directions.activated" : "accounts.admin.directions.deactivated");
		return "redirect:/admin/directions";
	}

}
