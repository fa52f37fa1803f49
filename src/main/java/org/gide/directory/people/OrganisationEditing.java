package org.gide.directory.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import org.gide.directory.CooperativeKind;
import org.gide.directory.AddressGeocoder;
import org.gide.directory.GeoPrecision;
import org.gide.directory.InvalidValueException;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.OrganisationRefusedException;
import org.gide.directory.Organisations;
import org.gide.directory.internal.DraftValidation;
import org.gide.directory.internal.Organisation;
import org.gide.directory.internal.OrganisationRepository;
import org.gide.territory.Commune;
import org.gide.territory.Communes;

/**
 * Edits an organisation from its form: only the fields the form shows change (the others are kept from the stored
 * organisation), register identity only by agents, the commune's centre as position when the place changed (no
 * address geocoder yet), and the history records who changed what.
 */
@Service
class OrganisationEditing {

	/** Fields only agents may change (register identity). */
	static final List<String> REGISTER_FIELDS = List.of("siren", "siret", "rna", "legalCategory");

	private final Organisations organisations;

	private final OrganisationRepository entities;

	private final Communes communes;

	private final LogoStore logos;

	private final AddressGeocoder geocoder;

	OrganisationEditing(Organisations organisations, OrganisationRepository entities, Communes communes,
			LogoStore logos, AddressGeocoder geocoder) {
		this.organisations = organisations;
		this.entities = entities;
		this.communes = communes;
		this.logos = logos;
		this.geocoder = geocoder;
	}

	/** The form refused: every problem by form field. */
	static class Refused extends RuntimeException {

		final List<PeopleException> problems;

		Refused(List<PeopleException> problems) {
			super("Edit refused");
			this.problems = List.copyOf(problems);
		}

	}

	/** A value someone else saved meanwhile that differs from the one in the visitor's form. */
	record Difference(String field, String theirs, String yours) {
	}

	Organisation load(long id) {
		return entities.findById(id).orElseThrow(() -> new OrganisationNotFound(id));
	}

	OrganisationForm form(Organisation o) {
		OrganisationForm form = new OrganisationForm();
		form.setVersion(o.getVersion());
		values(o).forEach((field, value) -> set(form, field, value));
		form.setEsus(o.isEsus());
		form.setResourceActor(o.isResourceActor());
		return form;
	}

	/** The stored values of the form's text fields. */
	Map<String, String> values(Organisation o) {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("name", o.getName());
		v.put("acronym", o.getAcronym());
		v.put("siren", o.getSiren() == null ? null : o.getSiren().value());
		v.put("siret", o.getSiret() == null ? null : o.getSiret().value());
		v.put("rna", o.getRna() == null ? null : o.getRna().value());
		v.put("legalCategory", o.getLegalCategory() == null ? null : o.getLegalCategory().code());
		v.put("declaredCooperativeKind",
				o.getDeclaredCooperativeKind() == null ? null : o.getDeclaredCooperativeKind().name());
		v.put("creationDate", o.getCreationDate() == null ? null : o.getCreationDate().toString());
		v.put("description", o.getDescription());
		v.put("naf", o.getNaf() == null ? null : o.getNaf().value());
		v.put("address", o.getAddress());
		v.put("postalCode", o.getPostalCode());
		v.put("commune", o.getCommuneCode() == null ? null
				: communes.find(o.getCommuneCode()).map(Commune::nom).orElse(o.getCommuneCode()));
		v.put("communeCode", o.getCommuneCode());
		v.put("employeeBand", o.getEmployeeBand() == null ? null : o.getEmployeeBand().code());
		v.put("volunteers", o.getVolunteers() == null ? null : o.getVolunteers().toString());
		v.put("inclusionType", o.getInclusionType() == null ? null : o.getInclusionType().name());
		v.put("goodsServices", o.getGoodsServices());
		v.put("resourceServices", o.getResourceServices());
		v.put("publicWebsite", o.getPublicWebsite());
		v.put("publicEmail", o.getPublicEmail());
		v.put("publicPhone", o.getPublicPhone());
		return v;
	}

	/** What differs between the organisation as stored now and the visitor's form (their values are kept). */
	List<Difference> differences(Organisation current, OrganisationForm form) {
		List<Difference> differences = new ArrayList<>();
		values(current).forEach((field, theirs) -> {
			if (field.equals("communeCode")) {
				return;
			}
			String yours = get(form, field);
			if (!Objects.equals(normal(theirs), normal(yours))) {
				differences.add(new Difference(field, theirs, yours));
			}
		});
		if (current.isEsus() != form.isEsus()) {
			differences.add(new Difference("esus", String.valueOf(current.isEsus()), String.valueOf(form.isEsus())));
		}
		if (current.isResourceActor() != form.isResourceActor()) {
			differences.add(new Difference("resourceActor", String.valueOf(current.isResourceActor()),
					String.valueOf(form.isResourceActor())));
		}
		return differences;
	}

	/**
	 * Saves the form if the organisation is still at the form's version.
	 * @throws Refused with every invalid field (nothing written)
	 * @throws org.gide.directory.OrganisationConflictException when someone saved meanwhile
	 */
	OrganisationDetails save(long id, OrganisationForm form, MultipartFile logo, Person person,
			boolean administrator) {
		Organisation stored = load(id);
		List<PeopleException> problems = new ArrayList<>();
		OrganisationDraft draft = Drafts.of(stored);
		draft.name(form.getName()).acronym(form.getAcronym());
		if (person.agent()) {
			draft.siren(form.getSiren()).siret(form.getSiret()).rna(form.getRna())
				.legalCategory(form.getLegalCategory());
		}
		draft.esus(form.isEsus());
		try {
			draft.declaredCooperativeKind(blank(form.getDeclaredCooperativeKind()) ? null
					: CooperativeKind.valueOf(form.getDeclaredCooperativeKind()));
		}
		catch (IllegalArgumentException e) {
			problems.add(new PeopleException("declaredCooperativeKind", "people.error.choice"));
		}
		try {
			draft.creationDate(blank(form.getCreationDate()) ? null : LocalDate.parse(form.getCreationDate().strip()));
		}
		catch (DateTimeParseException e) {
			problems.add(new PeopleException("creationDate", "people.error.date", form.getCreationDate()));
		}
		if (form.getDescription() != null && form.getDescription().length() > 10_000) {
			problems.add(new PeopleException("description", "people.error.text.long", 10_000));
		}
		draft.description(form.getDescription()).naf(form.getNaf()).goodsServices(form.getGoodsServices());
		draft.employeeBand(form.getEmployeeBand()).inclusionType(form.getInclusionType());
		try {
			draft.volunteers(blank(form.getVolunteers()) ? null : Integer.valueOf(form.getVolunteers().strip()));
		}
		catch (NumberFormatException e) {
			problems.add(new PeopleException("volunteers", "people.error.number", form.getVolunteers()));
		}
		draft.resourceActor(form.isResourceActor(), form.getResourceServices());
		draft.publicContact(form.getPublicWebsite(), form.getPublicEmail(), form.getPublicPhone());
		placeFromForm(stored, form, draft, problems);
		if (form.isRemoveLogo()) {
			draft.logoPath(null);
		}
		if (!problems.isEmpty()) {
			// Report the directory's own refusals of the other fields too, so the form shows every problem at once.
			DraftValidation.problems(draft).stream().map(OrganisationEditing::onForm)
				.filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
				.forEach(problems::add);
			throw new Refused(problems);
		}
		if (logo != null && !logo.isEmpty()) {
			try {
				draft.logoPath(logos.store(id, logo));
			}
			catch (PeopleException e) {
				throw new Refused(List.of(e));
			}
		}
		try {
			return organisations.update(id, form.getVersion(), draft, person.author(administrator));
		}
		catch (OrganisationRefusedException e) {
			throw new Refused(e.problems().stream().map(OrganisationEditing::onForm).toList());
		}
		catch (InvalidValueException e) {
			throw new Refused(List.of(onForm(e)));
		}
	}

	private void placeFromForm(Organisation stored, OrganisationForm form, OrganisationDraft draft,
			List<PeopleException> problems) {
		Optional<Commune> commune;
		try {
			commune = CommuneField.resolve(communes, form.getCommune(), form.getCommuneCode());
		}
		catch (PeopleException e) {
			problems.add(e);
			draft.address(form.getAddress(), form.getPostalCode(), stored.getCommuneCode());
			return;
		}
		String code = commune.map(Commune::code).orElse(null);
		draft.address(form.getAddress(), form.getPostalCode(), code);
		boolean moved = !Objects.equals(code, stored.getCommuneCode())
				|| !Objects.equals(normal(form.getAddress()), normal(stored.getAddress()));
		if (moved || stored.getLatitude() == null) {
			AddressGeocoder.Located place = geocoder
				.locate(new AddressGeocoder.Address(form.getAddress(), form.getPostalCode(), code));
			draft.position(place.latitude(), place.longitude(),
					place.precision() == GeoPrecision.UNKNOWN ? null : place.precision());
		}
	}

	/** The directory's field names, as the form names them. */
	private static PeopleException onForm(InvalidValueException e) {
		String field = switch (e.field()) {
			case "communeCode", "latitude" -> "commune";
			default -> e.field();
		};
		return new PeopleException(field, e.code(), e.args());
	}

	private static String get(OrganisationForm form, String field) {
		return switch (field) {
			case "name" -> form.getName();
			case "acronym" -> form.getAcronym();
			case "siren" -> form.getSiren();
			case "siret" -> form.getSiret();
			case "rna" -> form.getRna();
			case "legalCategory" -> form.getLegalCategory();
			case "declaredCooperativeKind" -> form.getDeclaredCooperativeKind();
			case "creationDate" -> form.getCreationDate();
			case "description" -> form.getDescription();
			case "naf" -> form.getNaf();
			case "address" -> form.getAddress();
			case "postalCode" -> form.getPostalCode();
			case "commune" -> form.getCommune();
			case "communeCode" -> form.getCommuneCode();
			case "employeeBand" -> form.getEmployeeBand();
			case "volunteers" -> form.getVolunteers();
			case "inclusionType" -> form.getInclusionType();
			case "goodsServices" -> form.getGoodsServices();
			case "resourceServices" -> form.getResourceServices();
			case "publicWebsite" -> form.getPublicWebsite();
			case "publicEmail" -> form.getPublicEmail();
			case "publicPhone" -> form.getPublicPhone();
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static void set(OrganisationForm form, String field, String value) {
		switch (field) {
			case "name" -> form.setName(value);
			case "acronym" -> form.setAcronym(value);
			case "siren" -> form.setSiren(value);
			case "siret" -> form.setSiret(value);
			case "rna" -> form.setRna(value);
			case "legalCategory" -> form.setLegalCategory(value);
			case "declaredCooperativeKind" -> form.setDeclaredCooperativeKind(value);
			case "creationDate" -> form.setCreationDate(value);
			case "description" -> form.setDescription(value);
			case "naf" -> form.setNaf(value);
			case "address" -> form.setAddress(value);
			case "postalCode" -> form.setPostalCode(value);
			case "commune" -> form.setCommune(value);
			case "communeCode" -> form.setCommuneCode(value);
			case "employeeBand" -> form.setEmployeeBand(value);
			case "volunteers" -> form.setVolunteers(value);
			case "inclusionType" -> form.setInclusionType(value);
			case "goodsServices" -> form.setGoodsServices(value);
			case "resourceServices" -> form.setResourceServices(value);
			case "publicWebsite" -> form.setPublicWebsite(value);
			case "publicEmail" -> form.setPublicEmail(value);
			case "publicPhone" -> form.setPublicPhone(value);
			default -> throw new IllegalArgumentException(field);
		}
	}

	private static String normal(String value) {
		return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
