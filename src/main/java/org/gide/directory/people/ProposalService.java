package org.gide.directory.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.AddressGeocoder;
import org.gide.directory.Author;
import org.gide.directory.ChangeOrigin;
import org.gide.directory.GeoPrecision;
import org.gide.directory.InvalidValueException;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.OrganisationRefusedException;
import org.gide.directory.OrganisationSource;
import org.gide.directory.Organisations;
import org.gide.directory.RnaNumber;
import org.gide.directory.Siret;
import org.gide.directory.internal.Organisation;
import org.gide.directory.internal.OrganisationRepository;
import org.gide.mail.Mailer;
import org.gide.territory.Commune;
import org.gide.territory.Communes;

/** Proposals of missing organisations by the public, and their moderation by agents. */
@Service
@Transactional
class ProposalService {

	/** The fields an agent chooses between when merging a proposal into an existing organisation. */
	static final List<String> MERGEABLE = List.of("name", "acronym", "siret", "rna", "description", "address",
			"postalCode", "communeCode", "publicWebsite", "publicEmail", "publicPhone");

	private final ProposalRepository proposals;

	private final Organisations organisations;

	private final OrganisationRepository entities;

	private final Communes communes;

	private final Mailer mailer;

	private final JdbcTemplate jdbc;

	private final AddressGeocoder geocoder;

	ProposalService(ProposalRepository proposals, Organisations organisations, OrganisationRepository entities,
			Communes communes, Mailer mailer, JdbcTemplate jdbc, AddressGeocoder geocoder) {
		this.geocoder = geocoder;
		this.proposals = proposals;
		this.organisations = organisations;
		this.entities = entities;
		this.communes = communes;
		this.mailer = mailer;
		this.jdbc = jdbc;
	}

	/** A refused proposal: every problem, by field; {@code existing} is the organisation already holding the SIRET/RNA. */
	static class Refused extends RuntimeException {

		final List<PeopleException> problems;

		final transient OrganisationDetails existing;

		Refused(List<PeopleException> problems, OrganisationDetails existing) {
			super("Proposal refused");
			this.problems = List.copyOf(problems);
			this.existing = existing;
		}

	}

	/** A candidate for a merge: an organisation found by name, SIRET or RNA. */
	record Candidate(long id, String name, String siret, String rna, String communeCode, long version) {
	}

	/** Validates and stores a proposal, or refuses it listing every problem. */
	Proposal submit(ProposalForm form, Long accountId) {
		List<PeopleException> problems = new ArrayList<>();
		OrganisationDetails existing = null;
		String name = form.getName() == null ? "" : form.getName().strip();
		if (name.isEmpty()) {
			problems.add(new PeopleException("name", "directory.error.name.required"));
		}
		else if (name.length() > Organisation.NAME_MAX) {
			problems.add(new PeopleException("name", "directory.error.name.long", Organisation.NAME_MAX));
		}
		if (form.getAcronym() != null && form.getAcronym().strip().length() > Organisation.ACRONYM_MAX) {
			problems.add(new PeopleException("acronym", "directory.error.acronym.long", Organisation.ACRONYM_MAX));
		}
		String contact = form.getContactEmail() == null ? "" : form.getContactEmail().strip();
		if (contact.isEmpty()) {
			problems.add(new PeopleException("contactEmail", "people.proposal.error.contact.required"));
		}
		else if (!contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || contact.length() > 254) {
			problems.add(new PeopleException("contactEmail", "directory.error.email.format", contact));
		}
		String siret = null;
		if (!blank(form.getSiret())) {
			try {
				siret = Siret.of(form.getSiret()).value();
				Optional<OrganisationDetails> holder = organisations.findBySiret(siret);
				if (holder.isPresent()) {
					existing = holder.get();
					problems.add(new PeopleException("siret", "people.proposal.error.exists", holder.get().name()));
				}
			}
			catch (InvalidValueException e) {
				problems.add(new PeopleException("siret", e.code(), e.args()));
			}
		}
		String rna = null;
		if (!blank(form.getRna())) {
			try {
				rna = RnaNumber.of(form.getRna()).value();
				Optional<OrganisationDetails> holder = organisations.findByRna(rna);
				if (holder.isPresent()) {
					existing = holder.get();
					problems.add(new PeopleException("rna", "people.proposal.error.exists", holder.get().name()));
				}
			}
			catch (InvalidValueException e) {
				problems.add(new PeopleException("rna", e.code(), e.args()));
			}
		}
		String communeCode = null;
		try {
			communeCode = CommuneField.resolve(communes, form.getCommune(), form.getCommuneCode())
				.map(Commune::code)
				.orElse(null);
		}
		catch (PeopleException e) {
			problems.add(e);
		}
		// The entity's own rules check the postcode, website and email, as they will when it is accepted.
		Organisation probe = new Organisation("?", OrganisationSource.MANUAL, null);
		try {
			probe.locate(form.getAddress(), form.getPostalCode(), null, null, null, null);
		}
		catch (InvalidValueException e) {
			problems.add(new PeopleException(e.field(), e.code(), e.args()));
		}
		try {
			probe.setPublicContact(form.getPublicWebsite(), form.getPublicEmail(), form.getPublicPhone());
		}
		catch (InvalidValueException e) {
			problems.add(new PeopleException(e.field(), e.code(), e.args()));
		}
		if (form.getDescription() != null && form.getDescription().length() > 10_000) {
			problems.add(new PeopleException("description", "people.error.text.long", 10_000));
		}
		if (form.getMessage() != null && form.getMessage().length() > 4_000) {
			problems.add(new PeopleException("message", "people.error.text.long", 4_000));
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems, existing);
		}
		return proposals.save(new Proposal(contact, accountId, form, siret, rna, probe.getPublicWebsite(),
				communeCode));
	}

	@Transactional(readOnly = true)
	List<Proposal> pending() {
		return proposals.findByStatusOrderByCreatedAt(Proposal.Status.PENDING);
	}

	@Transactional(readOnly = true)
	Optional<Proposal> find(long id) {
		return proposals.findById(id);
	}

	@Transactional(readOnly = true)
	Optional<Commune> commune(String code) {
		return code == null ? Optional.empty() : communes.find(code);
	}

	/** Organisations whose name contains the words, or with this SIRET or RNA number: at most 20. */
	@Transactional(readOnly = true)
	List<Candidate> candidates(String text) {
		String query = text == null ? "" : text.strip();
		if (query.isEmpty()) {
			return List.of();
		}
		String digits = query.replaceAll("[\\s.]", "");
		String pattern = "%" + query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return jdbc.query("select id, name, siret, rna, commune_code, version from organisation "
				+ "where siret = ? or siren = ? or rna = upper(?) or lower(name) like ? or lower(acronym) like ? "
				+ "order by (siret = ? or rna = upper(?)) desc nulls last, name limit 20",
				(rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getLong(6)),
				digits, digits, digits, pattern, pattern, digits, digits);
	}

	/** Creates the organisation proposed; its history says PROPOSAL, authored by the agent. */
	OrganisationDetails accept(long id, Person agent) {
		Proposal proposal = pendingProposal(id);
		OrganisationDraft draft = OrganisationDraft.named(proposal.getName())
			.acronym(proposal.getAcronym())
			.siret(proposal.getSiret())
			.rna(proposal.getRna())
			.description(proposal.getDescription())
			.publicContact(proposal.getPublicWebsite(), proposal.getPublicEmail(), proposal.getPublicPhone());
		place(draft, proposal.getAddress(), proposal.getPostalCode(), proposal.getCommuneCode());
		OrganisationDetails created = create(draft, Author.account(agent.id(), agent.name(), ChangeOrigin.PROPOSAL));
		proposal.accepted(created.id(), agent.id(), Instant.now());
		proposals.saveAndFlush(proposal);
		mailer.send(proposal.getContactEmail(), Locale.FRENCH, "people.mail.proposalAccepted.subject",
				new Object[] { created.name() }, "directory-proposal-accepted",
				Map.of("organisation", created.name(), "organisationId", created.id()));
		return created;
	}

	/**
	 * Merges the proposal into an existing organisation, keeping per field the value the agent chose
	 * ({@code "proposal"} or anything else for the existing one), if it is still at {@code version}.
	 */
	OrganisationDetails merge(long id, long targetId, long version, Map<String, String> choices, Person agent) {
		Proposal proposal = pendingProposal(id);
		Organisation target = entities.findById(targetId).orElseThrow(() -> new OrganisationNotFound(targetId));
		OrganisationDraft draft = Drafts.of(target);
		Map<String, String> values = current(target);
		boolean placeChanged = false;
		for (String field : MERGEABLE) {
			if ("proposal".equals(choices.get(field)) && proposal.value(field) != null) {
				values.put(field, proposal.value(field));
				placeChanged |= field.equals("communeCode") || field.equals("address");
			}
		}
		draft.name(values.get("name"))
			.acronym(values.get("acronym"))
			.siret(values.get("siret"))
			.rna(values.get("rna"))
			.description(values.get("description"))
			.publicContact(values.get("publicWebsite"), values.get("publicEmail"), values.get("publicPhone"));
		if (values.get("siret") != null && target.getSiren() != null
				&& !values.get("siret").startsWith(target.getSiren().value())) {
			draft.siren(null);
		}
		if (placeChanged) {
			place(draft, values.get("address"), values.get("postalCode"), values.get("communeCode"));
		}
		else {
			draft.address(values.get("address"), values.get("postalCode"), values.get("communeCode"));
		}
		OrganisationDetails merged;
		try {
			merged = organisations.update(targetId, version, draft,
					Author.account(agent.id(), agent.name(), ChangeOrigin.PROPOSAL));
		}
		catch (OrganisationRefusedException e) {
			throw new Refused(e.problems().stream().map(p -> new PeopleException(p.field(), p.code(), p.args())).toList(),
					null);
		}
		catch (InvalidValueException e) {
			throw new Refused(List.of(new PeopleException(e.field(), e.code(), e.args())), null);
		}
		proposal.merged(targetId, agent.id(), Instant.now());
		proposals.saveAndFlush(proposal);
		mailer.send(proposal.getContactEmail(), Locale.FRENCH, "people.mail.proposalMerged.subject",
				new Object[] { merged.name() }, "directory-proposal-merged",
				Map.of("proposed", proposal.getName(), "organisation", merged.name(), "organisationId", merged.id()));
		return merged;
	}

	void reject(long id, Person agent, String reason) {
		Proposal proposal = pendingProposal(id);
		proposal.rejected(reason, agent.id(), Instant.now());
		proposals.saveAndFlush(proposal);
		mailer.send(proposal.getContactEmail(), Locale.FRENCH, "people.mail.proposalRejected.subject",
				new Object[] { proposal.getName() }, "directory-proposal-rejected",
				Map.of("organisation", proposal.getName(), "reason", proposal.getReason()));
	}

	@Transactional(readOnly = true)
	long version(long organisationId) {
		return entities.findById(organisationId).orElseThrow(() -> new OrganisationNotFound(organisationId)).getVersion();
	}

	/** The existing organisation's values of the mergeable fields. */
	@Transactional(readOnly = true)
	Map<String, String> current(long organisationId) {
		return current(entities.findById(organisationId).orElseThrow(() -> new OrganisationNotFound(organisationId)));
	}

	private static Map<String, String> current(Organisation o) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", o.getName());
		values.put("acronym", o.getAcronym());
		values.put("siret", o.getSiret() == null ? null : o.getSiret().value());
		values.put("rna", o.getRna() == null ? null : o.getRna().value());
		values.put("description", o.getDescription());
		values.put("address", o.getAddress());
		values.put("postalCode", o.getPostalCode());
		values.put("communeCode", o.getCommuneCode());
		values.put("publicWebsite", o.getPublicWebsite());
		values.put("publicEmail", o.getPublicEmail());
		values.put("publicPhone", o.getPublicPhone());
		return values;
	}

	/** The address, placed by the address service (or at the commune's centre when it cannot). */
	private void place(OrganisationDraft draft, String address, String postalCode, String communeCode) {
		draft.address(address, postalCode, communeCode);
		AddressGeocoder.Located place = geocoder.locate(new AddressGeocoder.Address(address, postalCode, communeCode));
		draft.position(place.latitude(), place.longitude(),
				place.precision() == GeoPrecision.UNKNOWN ? null : place.precision());
	}

	private OrganisationDetails create(OrganisationDraft draft, Author author) {
		try {
			return organisations.create(draft, author);
		}
		catch (OrganisationRefusedException e) {
			throw new Refused(e.problems().stream().map(p -> new PeopleException(p.field(), p.code(), p.args())).toList(),
					null);
		}
		catch (InvalidValueException e) {
			throw new Refused(List.of(new PeopleException(e.field(), e.code(), e.args())), null);
		}
	}

	private Proposal pendingProposal(long id) {
		Proposal proposal = proposals.lockById(id)
			.orElseThrow(() -> new PeopleException("proposal", "people.moderation.error.gone"));
		if (proposal.getStatus() != Proposal.Status.PENDING) {
			throw new PeopleException("proposal", "people.moderation.error.decided");
		}
		return proposal;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
