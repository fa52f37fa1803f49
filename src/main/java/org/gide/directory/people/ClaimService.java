package org.gide.directory.people;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.internal.Organisation;
import org.gide.directory.internal.OrganisationRepository;
import org.gide.mail.Mailer;

/** Claims of organisations: by a mail at the organisation's domain, or by an agent's moderation. */
@Service
@Transactional
class ClaimService {

	/** At most this many verification mails per account per day, so the form cannot be used to spam a domain. */
	static final int MAILS_PER_DAY = 5;

	private final ClaimRepository claims;

	private final OrganisationRepository organisations;

	private final OrganisationAdmins admins;

	private final Mailer mailer;

	private final Duration tokenTtl;

	ClaimService(ClaimRepository claims, OrganisationRepository organisations, OrganisationAdmins admins,
			Mailer mailer, @Value("${gide.directory.claims.token-ttl:PT48H}") Duration tokenTtl) {
		this.claims = claims;
		this.organisations = organisations;
		this.admins = admins;
		this.mailer = mailer;
		this.tokenTtl = tokenTtl;
	}

	/** A pending claim with the name of its organisation, for the moderation queue. */
	record PendingClaim(long id, long organisationId, String organisationName, String claimant, String email,
			String message, Instant createdAt) {
	}

	/** What the landing page of a mailed link shows. */
	record Landing(Claim.LinkState state, long organisationId, String organisationName, String claimant) {
	}

	@Transactional(readOnly = true)
	Set<String> domains(long organisationId) {
		return ClaimDomains.of(organisation(organisationId));
	}

	@Transactional(readOnly = true)
	boolean hasPendingModeration(long organisationId, long accountId) {
		return claims.existsByOrganisationIdAndAccountIdAndMethodAndStatus(organisationId, accountId,
				Claim.Method.MODERATION, Claim.Status.PENDING);
	}

	/** Mails a single-use link to an address at the organisation's domain; returns that address. */
	String startByEmail(long organisationId, Person claimant, String typed, String chosenDomain) {
		Organisation organisation = organisation(organisationId);
		Set<String> domains = ClaimDomains.of(organisation);
		if (domains.isEmpty()) {
			throw new PeopleException("adresse", "people.claim.error.noDomain");
		}
		String address = ClaimDomains.address(typed, chosenDomain, domains);
		Instant now = Instant.now();
		if (claims.countByAccountIdAndMethodAndCreatedAtAfter(claimant.id(), Claim.Method.EMAIL,
				now.minus(1, ChronoUnit.DAYS)) >= MAILS_PER_DAY) {
			throw new PeopleException("adresse", "people.claim.error.tooMany", MAILS_PER_DAY);
		}
		String token = Tokens.random();
		claims.save(Claim.byEmail(organisationId, claimant, address, Tokens.hash(token), now.plus(tokenTtl)));
		mailer.send(address, Locale.FRENCH, "people.mail.claimLink.subject", new Object[] { organisation.getName() },
				"directory-claim-link", Map.of("organisation", organisation.getName(), "claimant", claimant.name(),
						"claimantEmail", claimant.email(), "token", token, "hours", tokenTtl.toHours()));
		return address;
	}

	void startByModeration(long organisationId, Person claimant, String message) {
		organisation(organisationId);
		if (hasPendingModeration(organisationId, claimant.id())) {
			throw new PeopleException("message", "people.claim.error.alreadyPending");
		}
		if (message != null && message.length() > 4000) {
			throw new PeopleException("message", "people.claim.error.message.long", 4000);
		}
		claims.save(Claim.byModeration(organisationId, claimant, message));
	}

	@Transactional(readOnly = true)
	Optional<Landing> landing(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return claims.findByTokenHash(Tokens.hash(token.strip()))
			.map(claim -> new Landing(claim.linkState(Instant.now()), claim.getOrganisationId(),
					organisations.findById(claim.getOrganisationId()).map(Organisation::getName).orElse("?"),
					claim.getAccountLabel()));
	}

	/**
	 * Confirms a mailed link: the claimant becomes an administrator. Returns the state the link was in (only
	 * {@code VALID} changed anything).
	 */
	Optional<Landing> confirm(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		Optional<Claim> found = claims.lockByTokenHash(Tokens.hash(token.strip()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Claim claim = found.get();
		Instant now = Instant.now();
		Claim.LinkState state = claim.linkState(now);
		Organisation organisation = organisation(claim.getOrganisationId());
		if (state == Claim.LinkState.VALID) {
			claim.confirm(now);
			claims.saveAndFlush(claim);
			admins.grant(claim.getOrganisationId(), claim.getAccountId(), claim.getAccountEmail(),
					claim.getAccountLabel(), null);
			mailAccepted(claim, organisation);
		}
		return Optional.of(new Landing(state, organisation.getId(), organisation.getName(), claim.getAccountLabel()));
	}

	@Transactional(readOnly = true)
	List<PendingClaim> pending() {
		return claims.findByStatusAndMethodOrderByCreatedAt(Claim.Status.PENDING, Claim.Method.MODERATION)
			.stream()
			.map(c -> new PendingClaim(c.getId(), c.getOrganisationId(),
					organisations.findById(c.getOrganisationId()).map(Organisation::getName).orElse("?"),
					c.getAccountLabel(), c.getAccountEmail(), c.getMessage(), c.getCreatedAt()))
			.toList();
	}

	/** Returns the organisation's name. */
	String accept(long claimId, Person agent) {
		Claim claim = pendingClaim(claimId);
		Organisation organisation = organisation(claim.getOrganisationId());
		claim.accept(agent.id(), Instant.now());
		claims.saveAndFlush(claim);
		admins.grant(claim.getOrganisationId(), claim.getAccountId(), claim.getAccountEmail(),
				claim.getAccountLabel(), agent.id());
		mailAccepted(claim, organisation);
		return organisation.getName();
	}

	String reject(long claimId, Person agent, String reason) {
		Claim claim = pendingClaim(claimId);
		if (reason == null || reason.isBlank()) {
			throw new PeopleException("raison", "people.moderation.error.reason.required");
		}
		Organisation organisation = organisation(claim.getOrganisationId());
		claim.reject(agent.id(), reason, Instant.now());
		claims.saveAndFlush(claim);
		mailer.send(claim.getAccountEmail(), Locale.FRENCH, "people.mail.claimRejected.subject",
				new Object[] { organisation.getName() }, "directory-claim-rejected",
				Map.of("name", claim.getAccountLabel(), "organisation", organisation.getName(), "reason",
						claim.getReason(), "organisationId", organisation.getId()));
		return organisation.getName();
	}

	/** Pending claims of a merged duplicate follow it to the organisation kept. */
	void move(long removed, long kept) {
		claims.moveWithStatus(removed, kept, Claim.Status.PENDING);
	}

	private void mailAccepted(Claim claim, Organisation organisation) {
		mailer.send(claim.getAccountEmail(), Locale.FRENCH, "people.mail.claimAccepted.subject",
				new Object[] { organisation.getName() }, "directory-claim-accepted",
				Map.of("name", claim.getAccountLabel(), "organisation", organisation.getName(), "organisationId",
						organisation.getId()));
	}

	private Claim pendingClaim(long claimId) {
		Claim claim = claims.lockById(claimId)
			.orElseThrow(() -> new PeopleException("claim", "people.moderation.error.gone"));
		if (!claim.pending()) {
			throw new PeopleException("claim", "people.moderation.error.decided");
		}
		return claim;
	}

	private Organisation organisation(long id) {
		return organisations.findById(id).orElseThrow(() -> new OrganisationNotFound(id));
	}

}
