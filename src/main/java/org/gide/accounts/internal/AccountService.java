package org.gide.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gide.accounts.AccountSummary;
import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.gide.mail.Mailer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything that changes an account. Form-level methods return the broken rules as a map from field name to
 * message key: empty means done; non-empty means nothing was changed.
 */
@Service
@Transactional
public class AccountService implements Accounts {

	static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	static final Duration FIRST_ADMIN_VALIDITY = Duration.ofHours(24);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final AccountRepository accounts;

	private final TokenRepository tokens;

	private final ThrottleRepository throttles;

	private final AuditRepository audit;

	private final DirectionRepository directions;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final Mailer mailer;

	private final Clock clock;

	/** Checked against when the email is unknown, so that a login takes as long whether or not the account exists. */
	private final String dummyHash;

	AccountService(AccountRepository accounts, TokenRepository tokens, ThrottleRepository throttles,
			AuditRepository audit, DirectionRepository directions, PasswordPolicy policy, PasswordEncoder encoder,
			Mailer mailer, ObjectProvider<Clock> clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.throttles = throttles;
		this.audit = audit;
		this.directions = directions;
		this.policy = policy;
		this.encoder = encoder;
		this.mailer = mailer;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.dummyHash = encoder.encode(Tokens.random());
	}

	Instant now() {
		return clock.instant();
	}

	// ---- Public API ----

	@Override
	public long createVerifiedAccount(String email, String displayName, String rawPassword, Set<Role> roles) {
		if (accounts.existsByEmail(Account.normalize(email))) {
			throw new IllegalArgumentException("Email already taken: " + email);
		}
		policy.check(rawPassword, email).ifPresent(rule -> {
			throw new IllegalArgumentException("Password rejected: " + rule);
		});
		Account account = new Account(email, displayName, encoder.encode(rawPassword), now());
		account.verify();
		roles.forEach(account::grant);
		return accounts.save(account).getId();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByEmail(String email) {
		return accounts.findByEmail(Account.normalize(email)).map(Account::summary);
	}

	// ---- Registration and verification ----

	public record Registration(String email, String displayName, String password, String confirmation) {
	}

	Map<String, String> register(Registration form, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		String email = Account.normalize(form.email());
		if (email.isEmpty()) {
			errors.put("email", "accounts.email.required");
		}
		else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			errors.put("email", "accounts.email.invalid");
		}
		else if (accounts.existsByEmail(email)) {
			// Said plainly: the registration form is the one place where this cannot be hidden usefully.
			errors.put("email", "accounts.email.taken");
		}
		checkName(form.displayName(), errors);
		checkNewPassword(form.password(), form.confirmation(), email, "password", errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		Account account = accounts.save(new Account(email, form.displayName(), encoder.encode(form.password()), now()));
		sendVerification(account, locale);
		return errors;
	}

	private void checkName(String name, Map<String, String> errors) {
		if (name == null || name.isBlank()) {
			errors.put("displayName", "accounts.displayName.required");
		}
		else if (name.strip().length() > 100) {
			errors.put("displayName", "accounts.displayName.tooLong");
		}
	}

	private void checkNewPassword(String password, String confirmation, String email, String field,
			Map<String, String> errors) {
		policy.check(password, email).ifPresent(rule -> errors.put(field, rule));
		if (!errors.containsKey(field) && !Objects.equals(password, confirmation)) {
			errors.put("confirmation", "accounts.password.mismatch");
		}
	}

	private void sendVerification(Account account, Locale locale) {
		tokens.deleteUnused(account.getId(), AccountToken.Purpose.VERIFY_EMAIL);
		String token = issue(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY);
		// Mail texts exist in French only for now: subject and body stay in the same language.
		mailer.send(account.getEmail(), Locale.FRENCH, "accounts.mail.verify.subject", null, "accounts-verify",
				Map.of("name", account.getDisplayName(), "token", token));
	}

	private String issue(Account account, AccountToken.Purpose purpose, Duration validity) {
		String token = Tokens.random();
		tokens.save(new AccountToken(account.getId(), purpose, Tokens.hash(token), now().plus(validity)));
		return token;
	}

	/** Sends a new link if this email belongs to an unverified account; says nothing either way. */
	void resendVerification(String email, Locale locale) {
		accounts.findByEmail(Account.normalize(email))
			.filter(account -> !account.isVerified())
			.ifPresent(account -> sendVerification(account, locale));
	}

	/** The state of a link token; VALID is returned only for a token of that purpose, once. */
	private Optional<AccountToken> token(String raw, AccountToken.Purpose purpose) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(Tokens.hash(raw)).filter(t -> t.getPurpose() == purpose);
	}

	/** @return the message key of the outcome */
	String verify(String raw) {
		Optional<AccountToken> token = token(raw, AccountToken.Purpose.VERIFY_EMAIL);
		if (token.isEmpty()) {
			return "accounts.link.invalid";
		}
		AccountToken.State state = token.get().state(now());
		if (state != AccountToken.State.VALID) {
			return state == AccountToken.State.USED ? "accounts.link.used" : "accounts.link.expired";
		}
		token.get().use(now());
		accounts.findById(token.get().getAccountId()).ifPresent(Account::verify);
		return "accounts.verify.done";
	}

	// ---- Password reset ----

	/** Mails a reset link if the account exists; the caller always shows the same answer. */
	void requestReset(String email, Locale locale) {
		accounts.findByEmail(Account.normalize(email)).ifPresent(account -> {
			tokens.deleteUnused(account.getId(), AccountToken.Purpose.RESET_PASSWORD);
			String token = issue(account, AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
			mailer.send(account.getEmail(), Locale.FRENCH, "accounts.mail.reset.subject", null, "accounts-reset",
					Map.of("name", account.getDisplayName(), "token", token));
		});
	}

	/** Null if the reset link can be used, else the message key saying why not. */
	@Transactional(readOnly = true)
	String resetLinkProblem(String raw) {
		Optional<AccountToken> token = token(raw, AccountToken.Purpose.RESET_PASSWORD);
		if (token.isEmpty()) {
			return "accounts.link.invalid";
		}
		return switch (token.get().state(now())) {
			case VALID -> null;
			case USED -> "accounts.link.used";
			case EXPIRED -> "accounts.link.expired";
		};
	}

	Map<String, String> resetPassword(String raw, String password, String confirmation) {
		Map<String, String> errors = new LinkedHashMap<>();
		String problem = resetLinkProblem(raw);
		if (problem != null) {
			errors.put("jeton", problem);
			return errors;
		}
		AccountToken token = token(raw, AccountToken.Purpose.RESET_PASSWORD).orElseThrow();
		Account account = accounts.findById(token.getAccountId()).orElseThrow();
		checkNewPassword(password, confirmation, account.getEmail(), "password", errors);
		if (errors.isEmpty()) {
			token.use(now());
			account.changePassword(encoder.encode(password));
			// Following the link proves the mailbox is theirs.
			account.verify();
			throttles.deleteById(account.getEmail());
		}
		return errors;
	}

	// ---- Login ----

	enum LoginStatus {
		OK, BAD_CREDENTIALS, UNVERIFIED, LOCKED
	}

	record LoginResult(LoginStatus status, Account account, Instant lockedUntil) {
	}

	/** Checks a login and records the failure streak of the submitted email (account or not). */
	LoginResult login(String rawEmail, String password) {
		String email = Account.normalize(rawEmail);
		Instant now = now();
		LoginThrottle throttle = throttles.findById(email).orElse(null);
		if (throttle != null && throttle.lockedAt(now)) {
			return new LoginResult(LoginStatus.LOCKED, null, throttle.getLockedUntil());
		}
		Account account = accounts.findByEmail(email).filter(Account::hasUsablePassword).orElse(null);
		boolean matches = encoder.matches(password == null ? "" : password,
				account == null ? dummyHash : account.getPasswordHash());
		if (account == null || !matches) {
			if (throttle == null) {
				throttle = new LoginThrottle(email);
			}
			throttle.fail(now);
			throttles.save(throttle);
			return throttle.lockedAt(now) ? new LoginResult(LoginStatus.LOCKED, null, throttle.getLockedUntil())
					: new LoginResult(LoginStatus.BAD_CREDENTIALS, null, null);
		}
		if (throttle != null) {
			throttles.delete(throttle);
		}
		if (!account.isVerified()) {
			return new LoginResult(LoginStatus.UNVERIFIED, null, null);
		}
		return new LoginResult(LoginStatus.OK, account, null);
	}

	// ---- Profile ----

	/** @throws ResponseStatusException 404 for an unknown id (an admin following a stale link). */
	@Transactional(readOnly = true)
	Account account(long id) {
		return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Map<String, String> rename(long id, String name) {
		Map<String, String> errors = new LinkedHashMap<>();
		checkName(name, errors);
		if (errors.isEmpty()) {
			account(id).rename(name);
		}
		return errors;
	}

	Map<String, String> changePassword(long id, String current, String password, String confirmation) {
		Map<String, String> errors = new LinkedHashMap<>();
		Account account = account(id);
		if (!account.hasUsablePassword() || current == null || !encoder.matches(current, account.getPasswordHash())) {
			errors.put("current", "accounts.password.currentWrong");
			return errors;
		}
		checkNewPassword(password, confirmation, account.getEmail(), "password", errors);
		if (errors.isEmpty()) {
			account.changePassword(encoder.encode(password));
		}
		return errors;
	}

	/** RGPD erasure: the account, its roles and tokens go; the audit log keeps ids but loses the email. */
	Map<String, String> delete(long id, String password) {
		Map<String, String> errors = new LinkedHashMap<>();
		Account account = account(id);
		if (!account.hasUsablePassword() || password == null || !encoder.matches(password, account.getPasswordHash())) {
			errors.put("deletePassword", "accounts.password.currentWrong");
			return errors;
		}
		if (account.getRoles().contains(Role.ADMIN) && accounts.countWithRole(Role.ADMIN) <= 1) {
			errors.put("deletePassword", "accounts.delete.lastAdmin");
			return errors;
		}
		erase(account, account);
		return errors;
	}

	private void erase(Account account, Account actor) {
		String label = anonymousLabel(account.getId());
		audit.save(new AuditEntry(now(), actor, AuditEntry.Action.ACCOUNT_DELETED, account, null));
		audit.flush();
		audit.anonymiseActor(account.getId(), label);
		audit.anonymiseTarget(account.getId(), label);
		tokens.deleteByAccount(account.getId());
		throttles.findById(account.getEmail()).ifPresent(throttles::delete);
		accounts.delete(account);
	}

	static String anonymousLabel(long id) {
		return "compte supprimé n° " + id;
	}

	// ---- Administration ----

	enum RightsOutcome {
		SAVED, CONFLICT, LAST_ADMIN
	}

	RightsOutcome updateRights(long actorId, long targetId, long expectedVersion, Set<Role> wanted, Long directionId) {
		Account target = account(targetId);
		if (target.getVersion() != expectedVersion) {
			return RightsOutcome.CONFLICT;
		}
		Account actor = account(actorId);
		Set<Role> roles = EnumSet.of(Role.MEMBER);
		roles.addAll(wanted);
		Set<Role> before = target.getRoles();
		if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && accounts.countWithRole(Role.ADMIN) <= 1) {
			return RightsOutcome.LAST_ADMIN;
		}
		for (Role role : Role.values()) {
			if (roles.contains(role) && !before.contains(role)) {
				target.grant(role);
				audit.save(new AuditEntry(now(), actor, AuditEntry.Action.ROLE_GRANTED, target, role.name()));
			}
			else if (!roles.contains(role) && before.contains(role)) {
				target.revoke(role);
				audit.save(new AuditEntry(now(), actor, AuditEntry.Action.ROLE_REVOKED, target, role.name()));
			}
		}
		Direction direction = directionId == null ? null : directions.findById(directionId).orElse(null);
		Long currentId = target.getDirection() == null ? null : target.getDirection().getId();
		Long newId = direction == null ? null : direction.getId();
		if (!Objects.equals(currentId, newId)) {
			String details = (target.getDirection() == null ? "—" : target.getDirection().getName()) + " → "
					+ (direction == null ? "—" : direction.getName());
			target.assignTo(direction);
			audit.save(new AuditEntry(now(), actor, AuditEntry.Action.DIRECTION_CHANGED, target, details));
		}
		// Flushing here makes a concurrent commit surface as an optimistic-lock failure inside this transaction.
		accounts.saveAndFlush(target);
		return RightsOutcome.SAVED;
	}

	// ---- Directions (audited too: they define where agents belong) ----

	/** Null when done, else the message key of the problem with the name. */
	String createDirection(long actorId, String name) {
		String problem = directionNameProblem(name);
		if (problem == null) {
			directions.save(new Direction(name));
			audit.save(new AuditEntry(now(), account(actorId), AuditEntry.Action.DIRECTION_CREATED, null, name.strip()));
		}
		return problem;
	}

	String renameDirection(long actorId, long id, String name) {
		String problem = directionNameProblem(name);
		if (problem == null) {
			Direction direction = direction(id);
			String details = direction.getName() + " → " + name.strip();
			direction.rename(name);
			audit.save(new AuditEntry(now(), account(actorId), AuditEntry.Action.DIRECTION_RENAMED, null, details));
		}
		return problem;
	}

	void setDirectionActive(long actorId, long id, boolean active) {
		Direction direction = direction(id);
		if (direction.isActive() != active) {
			direction.setActive(active);
			audit.save(new AuditEntry(now(), account(actorId),
					active ? AuditEntry.Action.DIRECTION_ACTIVATED : AuditEntry.Action.DIRECTION_DEACTIVATED, null,
					direction.getName()));
		}
	}

	private Direction direction(long id) {
		return directions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String directionNameProblem(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			return "accounts.admin.directions.nameRequired";
		}
		return directions.existsByNameIgnoreCase(name.strip()) ? "accounts.admin.directions.nameTaken" : null;
	}

	// ---- Bootstrap and retention ----

	/** The first administrator: verified, no usable password, a 24 h link to choose one. Null if admins exist. */
	String createFirstAdmin(String email) {
		if (accounts.countWithRole(Role.ADMIN) > 0) {
			return null;
		}
		Account account = accounts.findByEmail(Account.normalize(email))
			.orElseGet(() -> accounts.save(new Account(email, "Administrateur", null, now())));
		account.verify();
		account.grant(Role.ADMIN);
		String token = issue(account, AccountToken.Purpose.RESET_PASSWORD, FIRST_ADMIN_VALIDITY);
		mailer.send(account.getEmail(), Locale.FRENCH, "accounts.mail.firstAdmin.subject", null,
				"accounts-first-admin", Map.of("name", account.getDisplayName(), "token", token));
		return token;
	}

	/** Creates the demo account if missing; returns its generated password, or null if it already existed. */
	String createDemoAccount(String email, String displayName, Role role) {
		if (accounts.existsByEmail(Account.normalize(email))) {
			return null;
		}
		String password = Tokens.random().substring(0, 20);
		Account account = new Account(email, displayName, encoder.encode(password), now());
		account.verify();
		account.markDemo();
		account.grant(role);
		accounts.save(account);
		return password;
	}

	/** Retention: unverified accounts after 30 days, link tokens once expired, login failures after a day. */
	void purge() {
		tokens.deleteExpiredBefore(now());
		throttles.deleteIdleSince(now().minus(Duration.ofDays(1)));
		accounts.deleteUnverifiedCreatedBefore(now().minus(Duration.ofDays(30)));
		// The audit log is kept five years (see the personal data page), then forgotten.
		audit.deleteOlderThan(now().atZone(java.time.ZoneOffset.UTC).minusYears(5).toInstant());
	}

}
