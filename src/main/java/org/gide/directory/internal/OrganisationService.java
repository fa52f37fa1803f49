package org.gide.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.Author;
import org.gide.directory.EmployeeBand;
import org.gide.directory.EssFamilies;
import org.gide.directory.InclusionType;
import org.gide.directory.InvalidValueException;
import org.gide.directory.LegalCategory;
import org.gide.directory.NafCode;
import org.gide.directory.OrganisationConflictException;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.OrganisationRefusedException;
import org.gide.directory.Organisations;
import org.gide.directory.OrganisationsChanged;
import org.gide.directory.PublicContact;
import org.gide.directory.RnaNumber;
import org.gide.directory.Siren;
import org.gide.directory.Siret;
import org.gide.territory.Commune;
import org.gide.territory.Communes;

/**
 * Writes organisations through their entity (which holds the rules) and reads them as
 * {@link OrganisationDetails}, the commune, EPCI and territory resolved by the territory module.
 */
@Service
@Transactional
class OrganisationService implements Organisations {

	private final OrganisationRepository organisations;

	private final Communes communes;

	private final ApplicationEventPublisher events;

	private final OrganisationHistory history;

	OrganisationService(OrganisationRepository organisations, Communes communes, ApplicationEventPublisher events,
			OrganisationHistory history) {
		this.organisations = organisations;
		this.communes = communes;
		this.events = events;
		this.history = history;
	}

	@Override
	public OrganisationDetails create(OrganisationDraft draft, Author author) {
		// Named for real by apply, which collects a missing or too long name with the other problems.
		Organisation organisation = new Organisation("?", draft.getSource(), draft.getSourceKey());
		apply(draft, organisation);
		if (organisation.getSiret() != null) {
			Optional<Organisation> holder = organisations.findBySiret(organisation.getSiret().value());
			if (holder.isPresent()) {
				if (sameOrganisation(holder.get(), organisation)) {
					return details(holder.get());
				}
				throw new InvalidValueException("siret", "directory.error.siret.taken",
						organisation.getSiret().value(), holder.get().getName());
			}
		}
		if (organisation.getRna() != null) {
			organisations.findByRna(organisation.getRna().value()).ifPresent(holder -> {
				throw new InvalidValueException("rna", "directory.error.rna.taken", holder.getRna().value(),
						holder.getName());
			});
		}
		Organisation saved = save(organisation);
		history.record(saved.getId(), author, Map.of(), snapshot(saved));
		return details(saved);
	}

	@Override
	public OrganisationDetails update(long id, long expectedVersion, OrganisationDraft draft, Author author) {
		Organisation organisation = organisations.findById(id)
			.orElseThrow(() -> new OrganisationConflictException("Organisation " + id + " was deleted", null));
		if (organisation.getVersion() != expectedVersion) {
			throw new OrganisationConflictException(
					"Organisation " + id + " is at version " + organisation.getVersion() + ", not " + expectedVersion,
					null);
		}
		// Uniqueness is checked before the entity changes: a query would otherwise flush it first.
		if (Siret.isValid(draft.getSiret())) {
			Siret siret = Siret.of(draft.getSiret());
			organisations.findBySiret(siret.value())
				.filter(holder -> !holder.getId().equals(organisation.getId()))
				.ifPresent(holder -> {
					throw new InvalidValueException("siret", "directory.error.siret.taken", siret.value(),
							holder.getName());
				});
		}
		if (RnaNumber.isValid(draft.getRna())) {
			RnaNumber rna = RnaNumber.of(draft.getRna());
			organisations.findByRna(rna.value())
				.filter(holder -> !holder.getId().equals(organisation.getId()))
				.ifPresent(holder -> {
					throw new InvalidValueException("rna", "directory.error.rna.taken", rna.value(),
							holder.getName());
				});
		}
		Map<String, String> before = snapshot(organisation);
		apply(draft, organisation);
		Organisation saved = save(organisation);
		history.record(saved.getId(), author, before, snapshot(saved));
		return details(saved);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> protectedFields(long id) {
		return history.protectedFields(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationDetails> find(long id) {
		return organisations.findById(id).map(this::details);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationDetails> findBySiret(String siret) {
		if (!Siret.isValid(siret)) {
			return Optional.empty();
		}
		return organisations.findBySiret(Siret.of(siret).value()).map(this::details);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationDetails> findByRna(String rna) {
		if (!RnaNumber.isValid(rna)) {
			return Optional.empty();
		}
		return organisations.findByRna(RnaNumber.of(rna).value()).map(this::details);
	}

	/** Flushes now so that a constraint or a concurrent writer is reported here, as a directory exception. */
	private Organisation save(Organisation organisation) {
		try {
			Organisation saved = organisations.saveAndFlush(organisation);
			events.publishEvent(OrganisationsChanged.of(saved.getId()));
			return saved;
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new OrganisationConflictException("Organisation " + organisation.getId()
					+ " was changed by another writer", e);
		}
		catch (DataIntegrityViolationException e) {
			String message = String.valueOf(e.getMostSpecificCause().getMessage());
			if (message.contains("organisation_siret_unique")) {
				throw new InvalidValueException("siret", "directory.error.siret.taken",
						organisation.getSiret().value(), "?");
			}
			if (message.contains("organisation_rna_unique")) {
				throw new InvalidValueException("rna", "directory.error.rna.taken", organisation.getRna().value(),
						"?");
			}
			throw e;
		}
	}

	private static boolean sameOrganisation(Organisation stored, Organisation candidate) {
		boolean sameSource = stored.getSource() == candidate.getSource() && candidate.getSourceKey() != null
				&& candidate.getSourceKey().equals(stored.getSourceKey());
		return sameSource || nameKey(stored.getName()).equals(nameKey(candidate.getName()));
	}

	private static String nameKey(String name) {
		return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * Validates every raw value of the draft, then sets them; the entity re-derives what depends on them. All
	 * problems are collected before anything is refused, so a form can show them together.
	 */
	static void apply(OrganisationDraft draft, Organisation organisation) {
		List<InvalidValueException> problems = new ArrayList<>();
		Siren siren = parse(problems, draft.getSiren(), Siren::of);
		Siret siret = parse(problems, draft.getSiret(), Siret::of);
		RnaNumber rna = parse(problems, draft.getRna(), RnaNumber::of);
		LegalCategory category = parse(problems, draft.getLegalCategory(), LegalCategory::of);
		NafCode naf = parse(problems, draft.getNaf(), NafCode::of);
		EmployeeBand band = parse(problems, draft.getEmployeeBand(), raw -> EmployeeBand.fromCode(raw).orElse(null));
		InclusionType inclusion = parse(problems, draft.getInclusionType(),
				raw -> InclusionType.fromCode(raw).orElse(null));

		check(problems, () -> organisation.rename(draft.getName(), draft.getAcronym()));
		if (problems.stream().noneMatch(p -> p.field().startsWith("sire"))) {
			check(problems, () -> organisation.identify(siren, siret, rna));
		}
		organisation.setLegalCategory(category);
		organisation.setEssFlags(draft.getSireneEss(), draft.isEsus());
		organisation.declareCooperativeKind(draft.getDeclaredCooperativeKind());
		organisation.setNaf(naf);
		organisation.describe(draft.getDescription(), draft.getCreationDate(), draft.getGoodsServices());
		check(problems, () -> organisation.locate(draft.getAddress(), draft.getPostalCode(), draft.getCommuneCode(),
				draft.getLatitude(), draft.getLongitude(), draft.getGeoPrecision()));
		check(problems, () -> organisation.setWorkforce(band, draft.getVolunteers()));
		organisation.setInclusionType(inclusion);
		organisation.setResourceActor(draft.isResourceActor(), draft.getResourceServices());
		check(problems, () -> organisation.setPublicContact(draft.getPublicWebsite(), draft.getPublicEmail(),
				draft.getPublicPhone()));
		organisation.setLogoPath(draft.getLogoPath());
		if (draft.isClosed()) {
			organisation.close(draft.getClosedOn());
		}
		else {
			organisation.reopen();
		}
		if (!problems.isEmpty()) {
			throw problems.size() == 1 ? problems.get(0) : new OrganisationRefusedException(problems);
		}
	}

	/**
	 * The organisation's own (not derived) values under their {@link OrganisationDraft} property names, as text:
	 * what the history compares and records. Absent values are left out when null.
	 */
	static Map<String, String> snapshot(Organisation o) {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "name", o.getName());
		put(values, "acronym", o.getAcronym());
		put(values, "siren", o.getSiren() == null ? null : o.getSiren().value());
		put(values, "siret", o.getSiret() == null ? null : o.getSiret().value());
		put(values, "rna", o.getRna() == null ? null : o.getRna().value());
		put(values, "legalCategory", o.getLegalCategory() == null ? null : o.getLegalCategory().code());
		put(values, "sireneEss", o.getSireneEss());
		put(values, "esus", o.isEsus() ? Boolean.TRUE : null);
		put(values, "declaredCooperativeKind", o.getDeclaredCooperativeKind());
		put(values, "creationDate", o.getCreationDate());
		put(values, "description", o.getDescription());
		put(values, "naf", o.getNaf() == null ? null : o.getNaf().value());
		put(values, "address", o.getAddress());
		put(values, "postalCode", o.getPostalCode());
		put(values, "communeCode", o.getCommuneCode());
		put(values, "latitude", o.getLatitude());
		put(values, "longitude", o.getLongitude());
		put(values, "geoPrecision", o.getLatitude() == null ? null : o.getGeoPrecision());
		put(values, "employeeBand", o.getEmployeeBand() == null ? null : o.getEmployeeBand().code());
		put(values, "volunteers", o.getVolunteers());
		put(values, "inclusionType", o.getInclusionType());
		put(values, "goodsServices", o.getGoodsServices());
		put(values, "resourceActor", o.isResourceActor() ? Boolean.TRUE : null);
		put(values, "resourceServices", o.getResourceServices());
		put(values, "publicWebsite", o.getPublicWebsite());
		put(values, "publicEmail", o.getPublicEmail());
		put(values, "publicPhone", o.getPublicPhone());
		put(values, "logoPath", o.getLogoPath());
		put(values, "closed", o.isActive() ? null : Boolean.TRUE);
		put(values, "closedOn", o.getClosedOn());
		return values;
	}

	private static void put(Map<String, String> values, String field, Object value) {
		values.put(field, value == null ? null : String.valueOf(value));
	}

	private static <T> T parse(List<InvalidValueException> problems, String raw, Function<String, T> parser) {
		if (blank(raw)) {
			return null;
		}
		try {
			return parser.apply(raw);
		}
		catch (InvalidValueException e) {
			problems.add(e);
			return null;
		}
	}

	private static void check(List<InvalidValueException> problems, Runnable change) {
		try {
			change.run();
		}
		catch (InvalidValueException e) {
			problems.add(e);
		}
	}

	private OrganisationDetails details(Organisation o) {
		Commune commune = o.getCommuneCode() == null ? null : communes.find(o.getCommuneCode()).orElse(null);
		LegalCategory category = o.getLegalCategory();
		String categoryLabel = EssFamilies.standard()
			.entryFor(category)
			.filter(entry -> Objects.equals(entry.code(), category.code()))
			.map(EssFamilies.Entry::label)
			.orElse(null);
		return new OrganisationDetails(o.getId(), o.getName(), o.getAcronym(), o.getSiren(), o.getSiret(), o.getRna(),
				category, categoryLabel, o.getEssFamily(), o.getCooperativeKind(), o.getSireneEss(), o.isEsus(),
				o.getCreationDate(), o.getDescription(), o.getNaf(), o.getSector(), o.getAddress(), o.getPostalCode(),
				o.getCommuneCode(), commune, o.getLatitude(), o.getLongitude(), o.getGeoPrecision(),
				o.getEmployeeBand(), o.getVolunteers(), o.getInclusionType(), o.getReservedMarkets(),
				o.getGoodsServices(), o.isResourceActor(), o.getResourceServices(),
				new PublicContact(o.getPublicWebsite(), o.getPublicEmail(), o.getPublicPhone()), o.getLogoPath(),
				o.getSource(), o.getSourceKey(), o.isActive(), o.getClosedOn(), o.getVersion(), o.getCreatedAt(),
				o.getUpdatedAt());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
