package org.gide.agenda.events;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.calls.Theme;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationNames;
import org.gide.directory.Organisations;
import org.gide.territory.Communes;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;
import org.gide.web.RichText;

/**
 * The fields of the event form, one table for every kind ({@link #of(EventKind)}), their validation into field
 * errors (French messages of {@code i18n/agenda-events}, keys {@code agenda.events.error.*}), and the two ways
 * between a form and an {@link AgendaEvent}: {@link #apply} and {@link #fill}. The Thymeleaf fragment
 * {@code agenda/events/fields :: fields} renders them inside a form whose object is an {@link EventForm}, with the
 * model prepared by {@link #addChoices}. Part A2 (series) reuses all of it, without the dates
 * ({@link #validateShared}; model attribute {@code withoutDates}).
 */
@Component
public class EventFields {

	/** Where events are placed in time: forms speak Paris time. */
	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** The longest event (start to end). */
	public static final Duration LONGEST = Duration.ofDays(14);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final Pattern HTTPS = Pattern.compile("^https://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SIRET_LIKE = Pattern.compile("^[0-9 ]{14,20}$");

	/** How a field is entered. */
	public enum Input {
		TEXT, TEXTAREA, RICH, CHECKBOXES, SELECT, DATETIME, NUMBER, AMOUNT, URL, COMMUNE, CHECKBOX
	}

	/**
	 * One field of the form: its {@link EventForm} property, how it is entered, the kinds that show it and those
	 * that require it. Label key {@code agenda.events.field.<name>}, hint {@code agenda.events.field.<name>.hint}.
	 */
	public record Field(String name, Input input, Set<EventKind> kinds, Set<EventKind> requiredFor, int maxLength) {

		public String labelKey() {
			return "agenda.events.field." + name;
		}

		public String hintKey() {
			return "agenda.events.field." + name + ".hint";
		}

		public boolean shownFor(EventKind kind) {
			return kinds.contains(kind);
		}

		public boolean requiredFor(EventKind kind) {
			return requiredFor.contains(kind);
		}

	}

	private static final Set<EventKind> ALL = EnumSet.allOf(EventKind.class);

	private static final Set<EventKind> NONE = EnumSet.noneOf(EventKind.class);

	private static Field field(String name, Input input, Set<EventKind> kinds, Set<EventKind> required, int max) {
		return new Field(name, input, kinds, required, max);
	}

	/** Every field in form order; {@link #of(EventKind)} keeps those of a kind. */
	public static final List<Field> FIELDS = List.of(
			field("title", Input.TEXT, ALL, ALL, 200),
			field("summary", Input.TEXTAREA, ALL, NONE, 600),
			field("description", Input.RICH, ALL, NONE, 20000),
			field("meetingFormat", Input.SELECT, EnumSet.of(EventKind.TERRITORIAL_MEETING),
					EnumSet.of(EventKind.TERRITORIAL_MEETING), 0),
			field("newTraining", Input.CHECKBOX, EnumSet.of(EventKind.TRAINING), NONE, 0),
			field("audiences", Input.CHECKBOXES, EnumSet.complementOf(EnumSet.of(EventKind.AWARENESS)),
					EnumSet.complementOf(EnumSet.of(EventKind.AWARENESS)), 0),
			field("themes", Input.CHECKBOXES, ALL, NONE, 0),
			field("organisers", Input.CHECKBOXES, ALL, NONE, 0),
			field("coOrganisers", Input.TEXTAREA, ALL, NONE, 2000),
			field("organisedByDepartment", Input.CHECKBOX, ALL, NONE, 0),
			field("startsAt", Input.DATETIME, ALL, ALL, 16),
			field("endsAt", Input.DATETIME, ALL, ALL, 16),
			field("territory", Input.SELECT, ALL, EnumSet.of(EventKind.TERRITORIAL_MEETING), 0),
			field("communeCode", Input.COMMUNE, ALL, NONE, 5),
			field("place", Input.TEXT, ALL, NONE, 300),
			field("onlineUrl", Input.URL, ALL, NONE, 500),
			field("registration", Input.SELECT, ALL, ALL, 0),
			field("capacity", Input.NUMBER, ALL, NONE, 6),
			field("registrationDeadline", Input.DATETIME, ALL, NONE, 16),
			field("price", Input.AMOUNT, ALL, NONE, 10),
			field("priceNote", Input.TEXT, ALL, NONE, 200),
			field("accessibility", Input.TEXTAREA, ALL, NONE, 2000));

	private final Organisations organisations;

	private final OrganisationNames organisationNames;

	private final Communes communes;

	private final Territories territories;

	EventFields(Organisations organisations, OrganisationNames organisationNames, Communes communes,
			Territories territories) {
		this.organisations = organisations;
		this.organisationNames = organisationNames;
		this.communes = communes;
		this.territories = territories;
	}

	/** The fields of a kind, in form order. */
	public static List<Field> of(EventKind kind) {
		return FIELDS.stream().filter(f -> f.shownFor(kind)).toList();
	}

	/** The field of this name. */
	public static Field named(String name) {
		return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}

	// — validation

	/**
	 * Checks every field of the kind, dates included, and rejects each problem on its field (French message key
	 * {@code agenda.events.error.*}). Co-organisers typed by name or SIRET that resolve to one organisation are moved
	 * into {@link EventForm#getOrganisers()}; each unresolved one is named in an error on {@code coOrganisers}.
	 * Organisers the person may not choose are refused (non-agents keep at least one organisation they administer as
	 * a resource actor; {@code kept} are the event's current organisers, always allowed). True when valid.
	 */
	public boolean validate(EventKind kind, EventForm form, EventManager manager, List<Long> kept, Errors errors) {
		validateShared(kind, form, manager, kept, errors);
		validateDates(form, errors);
		return !errors.hasErrors();
	}

	/** As {@link #validate}, without the start, the end and the registration deadline (recurring series). */
	public boolean validateShared(EventKind kind, EventForm form, EventManager manager, List<Long> kept,
			Errors errors) {
		String title = form.getTitle().strip();
		if (title.isEmpty()) {
			errors.rejectValue("title", "agenda.events.error.title.required");
		}
		else if (title.length() > 200) {
			errors.rejectValue("title", "agenda.events.error.too-long", new Object[] { 200 }, null);
		}
		if (form.getSummary().strip().length() > 600) {
			errors.rejectValue("summary", "agenda.events.error.too-long", new Object[] { 600 }, null);
		}
		if (form.getDescription().length() > 20000) {
			errors.rejectValue("description", "agenda.events.error.too-long", new Object[] { 20000 }, null);
		}
		if (kind == EventKind.TERRITORIAL_MEETING) {
			if (form.getMeetingFormat().isBlank()) {
				errors.rejectValue("meetingFormat", "agenda.events.error.meetingFormat.required");
			}
			else if (Arrays.stream(MeetingFormat.values()).noneMatch(f -> f.name().equals(form.getMeetingFormat()))) {
				errors.rejectValue("meetingFormat", "agenda.events.error.invalid");
			}
		}
		if (kind != EventKind.AWARENESS) {
			if (form.getAudiences().isEmpty()) {
				errors.rejectValue("audiences", "agenda.events.error.audiences.required");
			}
			else if (!form.getAudiences().stream().allMatch(a -> Arrays.stream(Audience.values()).anyMatch(v -> v.name().equals(a)))) {
				errors.rejectValue("audiences", "agenda.events.error.invalid");
			}
		}
		if (!form.getThemes().stream().allMatch(t -> Theme.fromCode(t).map(v -> v.code().equals(t)).orElse(false))) {
			errors.rejectValue("themes", "agenda.events.error.invalid");
		}
		validateOrganisers(form, manager, kept, errors);
		validatePlace(kind, form, errors);
		validateRegistration(form, errors);
		return !errors.hasErrors();
	}

	private void validateOrganisers(EventForm form, EventManager manager, List<Long> kept, Errors errors) {
		if (form.isOrganisedByDepartment() && !manager.agent()) {
			form.setOrganisedByDepartment(false);
		}
		Set<Long> chosen = new LinkedHashSet<>(form.getOrganisers());
		Set<Long> allowed = new LinkedHashSet<>(manager.resourceActors());
		allowed.addAll(kept);
		if (!manager.agent() && !allowed.containsAll(chosen)) {
			errors.rejectValue("organisers", "agenda.events.error.organisers.not-yours");
		}
		List<String> unresolved = new ArrayList<>();
		List<String> remaining = new ArrayList<>();
		String coOrganisers = form.getCoOrganisers();
		if (coOrganisers.length() > 2000) {
			errors.rejectValue("coOrganisers", "agenda.events.error.too-long", new Object[] { 2000 }, null);
			return;
		}
		for (String typed : coOrganisers.split("[\\n;]")) {
			String text = typed.strip();
			if (text.isEmpty()) {
				continue;
			}
			Optional<Long> found = resolve(text);
			if (found.isPresent()) {
				chosen.add(found.get());
			}
			else {
				unresolved.add(text);
				remaining.add(text);
			}
		}
		form.setOrganisers(new ArrayList<>(chosen));
		form.setCoOrganisers(String.join("\n", remaining));
		if (!unresolved.isEmpty()) {
			errors.rejectValue("coOrganisers", "agenda.events.error.coOrganisers.unresolved",
					new Object[] { String.join(" ; ", unresolved) }, null);
		}
		if (chosen.size() > 20) {
			errors.rejectValue("organisers", "agenda.events.error.organisers.too-many", new Object[] { 20 }, null);
		}
		if (manager.agent()) {
			if (chosen.isEmpty() && !form.isOrganisedByDepartment() && unresolved.isEmpty()) {
				errors.rejectValue("organisers", "agenda.events.error.organisers.required-agent");
			}
		}
		else if (chosen.stream().noneMatch(allowed::contains)) {
			errors.rejectValue("organisers", "agenda.events.error.organisers.required");
		}
	}

	/** One organisation named by a SIRET or by a name matching exactly one organisation (or exactly by name). */
	private Optional<Long> resolve(String text) {
		if (SIRET_LIKE.matcher(text).matches()) {
			return organisations.findBySiret(text).map(OrganisationDetails::id);
		}
		List<OrganisationNames.Match> matches = organisationNames.find(text, 5);
		if (matches.size() == 1) {
			return Optional.of(matches.get(0).id());
		}
		String wanted = normalise(text);
		List<OrganisationNames.Match> exact = matches.stream().filter(m -> normalise(m.name()).equals(wanted)).toList();
		return exact.size() == 1 ? Optional.of(exact.get(0).id()) : Optional.empty();
	}

	private static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

	private void validatePlace(EventKind kind, EventForm form, Errors errors) {
		if (form.getTerritory() == null) {
			if (kind == EventKind.TERRITORIAL_MEETING) {
				errors.rejectValue("territory", "agenda.events.error.territory.required");
			}
		}
		else if (territories.list().stream().noneMatch(t -> t.id() == form.getTerritory())) {
			errors.rejectValue("territory", "agenda.events.error.invalid");
		}
		String commune = form.getCommuneCode().strip();
		if (!commune.isEmpty() && (!commune.matches("[0-9][0-9AB][0-9]{3}") || communes.find(commune).isEmpty())) {
			errors.rejectValue("communeCode", "agenda.events.error.communeCode.unknown");
		}
		String place = form.getPlace().strip();
		String url = form.getOnlineUrl().strip();
		if (place.length() > 300) {
			errors.rejectValue("place", "agenda.events.error.too-long", new Object[] { 300 }, null);
		}
		if (!url.isEmpty()) {
			if (url.length() > 500) {
				errors.rejectValue("onlineUrl", "agenda.events.error.too-long", new Object[] { 500 }, null);
			}
			else if (!HTTPS.matcher(url).matches()) {
				errors.rejectValue("onlineUrl", "agenda.events.error.onlineUrl.https");
			}
		}
		if (place.isEmpty() && url.isEmpty()) {
			errors.rejectValue("place", "agenda.events.error.place.required");
		}
	}

	private void validateRegistration(EventForm form, Errors errors) {
		if (!form.getRegistration().equals("NONE") && !form.getRegistration().equals("OPEN")) {
			errors.rejectValue("registration", "agenda.events.error.invalid");
		}
		String capacity = form.getCapacity().strip();
		if (!capacity.isEmpty()) {
			Integer value = parseInt(capacity);
			if (value == null || value <= 0) {
				errors.rejectValue("capacity", "agenda.events.error.capacity.positive");
			}
			else if (value > 100000) {
				errors.rejectValue("capacity", "agenda.events.error.capacity.max", new Object[] { 100000 }, null);
			}
		}
		String price = form.getPrice().strip();
		if (!price.isEmpty()) {
			BigDecimal value = parsePrice(price);
			if (value == null) {
				errors.rejectValue("price", "agenda.events.error.price.invalid");
			}
		}
		if (form.getPriceNote().strip().length() > 200) {
			errors.rejectValue("priceNote", "agenda.events.error.too-long", new Object[] { 200 }, null);
		}
		if (form.getAccessibility().strip().length() > 2000) {
			errors.rejectValue("accessibility", "agenda.events.error.too-long", new Object[] { 2000 }, null);
		}
	}

	private void validateDates(EventForm form, Errors errors) {
		Instant start = null;
		Instant end = null;
		if (form.getStartsAt().isBlank()) {
			errors.rejectValue("startsAt", "agenda.events.error.startsAt.required");
		}
		else if ((start = parseLocal(form.getStartsAt())) == null) {
			errors.rejectValue("startsAt", "agenda.events.error.date.invalid");
		}
		if (form.getEndsAt().isBlank()) {
			errors.rejectValue("endsAt", "agenda.events.error.endsAt.required");
		}
		else if ((end = parseLocal(form.getEndsAt())) == null) {
			errors.rejectValue("endsAt", "agenda.events.error.date.invalid");
		}
		if (start != null && end != null) {
			if (!end.isAfter(start)) {
				errors.rejectValue("endsAt", "agenda.events.error.endsAt.after-start");
			}
			else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
				errors.rejectValue("endsAt", "agenda.events.error.endsAt.too-long", new Object[] { LONGEST.toDays() },
						null);
			}
		}
		if (!form.getRegistrationDeadline().isBlank()) {
			Instant deadline = parseLocal(form.getRegistrationDeadline());
			if (deadline == null) {
				errors.rejectValue("registrationDeadline", "agenda.events.error.date.invalid");
			}
			else if (start != null && deadline.isAfter(start)) {
				errors.rejectValue("registrationDeadline", "agenda.events.error.registrationDeadline.after-start");
			}
		}
	}

	// — form ↔ event

	/**
	 * Copies a valid form onto the event (validate first): every shared field, the dates when the form has them,
	 * the slug from the title. The kind's rules are applied: awareness sessions are for agents and elected officials,
	 * only meetings have a format, only trainings may be « nouvelle formation ». State and version are untouched.
	 */
	public void apply(EventKind kind, EventForm form, AgendaEvent event) {
		event.setTitle(form.getTitle().strip());
		event.setSlug(slug(form.getTitle()));
		event.setSummary(form.getSummary().strip());
		event.setDescription(RichText.sanitize(form.getDescription()));
		if (kind == EventKind.AWARENESS) {
			event.setAudiences(EnumSet.of(Audience.AGENTS_ELECTED));
		}
		else {
			event.setAudiences(form.getAudiences().stream().map(Audience::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class))));
		}
		event.setThemes(form.getThemes());
		event.setOrganiserIds(form.getOrganisers());
		event.setOrganisedByDepartment(form.isOrganisedByDepartment());
		event.setTerritoryId(form.getTerritory());
		String commune = form.getCommuneCode().strip();
		event.setCommuneCode(commune.isEmpty() ? null : commune);
		event.setPlace(form.getPlace().strip());
		String url = form.getOnlineUrl().strip();
		event.setOnlineUrl(url.isEmpty() ? null : url);
		if (!form.getStartsAt().isBlank()) {
			event.setStartsAt(parseLocal(form.getStartsAt()));
		}
		if (!form.getEndsAt().isBlank()) {
			event.setEndsAt(parseLocal(form.getEndsAt()));
		}
		event.setRegistrationDeadline(form.getRegistrationDeadline().isBlank() ? null
				: parseLocal(form.getRegistrationDeadline()));
		event.setCapacity(form.getCapacity().isBlank() ? null : parseInt(form.getCapacity().strip()));
		event.setRegistration(AgendaEvent.Registration.valueOf(form.getRegistration()));
		event.setPriceEuros(form.getPrice().isBlank() ? null : parsePrice(form.getPrice().strip()));
		event.setPriceNote(form.getPriceNote().strip());
		event.setAccessibility(form.getAccessibility().strip());
		event.setMeetingFormat(kind == EventKind.TERRITORIAL_MEETING ? MeetingFormat.valueOf(form.getMeetingFormat())
				: null);
		event.setNewTraining(kind == EventKind.TRAINING && form.isNewTraining());
	}

	/** The form of a saved event, with its version. */
	public EventForm fill(AgendaEvent event) {
		EventForm form = new EventForm();
		form.setVersion(event.getVersion());
		form.setTitle(event.getTitle());
		form.setSummary(event.getSummary());
		form.setDescription(event.getDescription());
		form.setAudiences(event.getAudiences().stream().map(Enum::name).toList());
		form.setThemes(event.getThemes());
		form.setOrganisers(event.getOrganiserIds());
		form.setOrganisedByDepartment(event.isOrganisedByDepartment());
		form.setTerritory(event.getTerritoryId());
		form.setCommuneCode(event.getCommuneCode());
		form.setPlace(event.getPlace());
		form.setOnlineUrl(event.getOnlineUrl());
		form.setStartsAt(formatLocal(event.getStartsAt()));
		form.setEndsAt(formatLocal(event.getEndsAt()));
		form.setRegistrationDeadline(formatLocal(event.getRegistrationDeadline()));
		form.setCapacity(event.getCapacity() == null ? "" : event.getCapacity().toString());
		form.setRegistration(event.getRegistration().name());
		form.setPrice(event.getPriceEuros() == null ? "" : event.getPriceEuros().toPlainString());
		form.setPriceNote(event.getPriceNote());
		form.setAccessibility(event.getAccessibility());
		form.setMeetingFormat(event.getMeetingFormat() == null ? "" : event.getMeetingFormat().name());
		form.setNewTraining(event.isNewTraining());
		return form;
	}

	/**
	 * What the fragment {@code agenda/events/fields :: fields} needs besides the form: the kind and its fields, the
	 * audiences, themes, formats, territories, and the organisations that may be ticked (the person's resource
	 * actors, the event's organisers and those already resolved), with whether the person is an agent.
	 */
	public void addChoices(Model model, EventKind kind, EventManager manager, EventForm form) {
		Map<Long, String> choosable = new LinkedHashMap<>();
		form.getOrganisers().forEach(id -> choosable.put(id, organisationNames.name(id).orElse("#" + id)));
		manager.resourceActors().stream().sorted().forEach(id -> choosable.putIfAbsent(id,
				organisationNames.name(id).orElse("#" + id)));
		model.addAttribute("kind", kind);
		model.addAttribute("eventFields", of(kind).stream().collect(Collectors.toMap(Field::name, f -> f,
				(a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("audienceChoices", kind == EventKind.AWARENESS ? List.of() : List.of(Audience.values()));
		model.addAttribute("themeChoices", List.of(Theme.values()));
		model.addAttribute("formatChoices", List.of(MeetingFormat.values()));
		model.addAttribute("territoryChoices", territories.list());
		model.addAttribute("organiserChoices", choosable);
		model.addAttribute("agent", manager.agent());
	}

	/** The territories, by name (for pages that show an event's territory). */
	public Optional<TerritorySummary> territory(Long id) {
		return id == null ? Optional.empty() : territories.list().stream().filter(t -> t.id() == id).findFirst();
	}

	// — parsing

	/** A {@code datetime-local} value read in Paris time; null if it is not one. */
	public static Instant parseLocal(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > 16) {
			text = text.substring(0, 16);
		}
		try {
			return LocalDateTime.parse(text, LOCAL).atZone(PARIS).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** An instant as a {@code datetime-local} value in Paris time; "" for null. */
	public static String formatLocal(Instant instant) {
		return instant == null ? "" : LOCAL.format(instant.atZone(PARIS).truncatedTo(ChronoUnit.MINUTES));
	}

	private static Integer parseInt(String text) {
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static BigDecimal parsePrice(String text) {
		try {
			BigDecimal value = new BigDecimal(text.replace(" ", "").replace(',', '.').replace("€", ""));
			if (value.signum() < 0 || value.scale() > 2 || value.compareTo(new BigDecimal("999999.99")) > 0) {
				return null;
			}
			return value.setScale(2);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The slug of a title: lower-case ASCII words joined by hyphens (« evenement » when nothing is left). */
	public static String slug(String title) {
		String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("œ", "oe")
			.replace("Œ", "oe")
			.replace("æ", "ae")
			.replace("Æ", "ae")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[’'()]", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > 100) {
			ascii = ascii.substring(0, 100).replaceAll("-+$", "");
		}
		return ascii.isEmpty() ? "evenement" : ascii;
	}

}
