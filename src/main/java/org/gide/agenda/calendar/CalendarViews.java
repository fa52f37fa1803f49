package org.gide.agenda.calendar;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.calls.Theme;
import org.gide.directory.OrganisationNames;
import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;

/**
 * Turns {@link CalendarEvent}s into what the templates show (French or English dates in Paris time, organisers'
 * and territories' names, places, prices), and the filters' options.
 */
@Component
class CalendarViews {

	/** One option of a filter's select. */
	record Option(String value, String label, boolean selected) {
	}

	/** An event as a line of a list. */
	record Item(CalendarEvent event, String kindLabel, String dayLabel, String timeLabel, String where,
			List<String> organisers, String territory, String themes, String price, String places) {
	}

	/** The events of one Paris day. */
	record Day(LocalDate date, String label, List<Item> items) {
	}

	private final MessageSource messages;

	private final OrganisationNames organisations;

	private final Territories territories;

	private final Communes communes;

	CalendarViews(MessageSource messages, OrganisationNames organisations, Territories territories, Communes communes) {
		this.messages = messages;
		this.organisations = organisations;
		this.territories = territories;
		this.communes = communes;
	}

	/** Names looked up once per page. */
	final class Names {

		private final Map<Long, String> organisationNames = new HashMap<>();

		private final Map<String, String> communeNames = new HashMap<>();

		private final Map<Long, String> territoryNames = new HashMap<>();

		Names() {
			for (TerritorySummary territory : territories.list()) {
				territoryNames.put(territory.id(), territory.nom());
			}
		}

		String organisation(long id) {
			return organisationNames.computeIfAbsent(id, key -> organisations.name(key).orElse(""));
		}

		String commune(String code) {
			if (code == null) {
				return null;
			}
			return communeNames.computeIfAbsent(code, key -> communes.find(key).map(Commune::nom).orElse(null));
		}

		String territory(Long id) {
			return id == null ? null : territoryNames.get(id);
		}

	}

	Names names() {
		return new Names();
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	static String dayLabel(LocalDate day, Locale locale) {
		String label = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(day);
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	static String monthLabel(YearMonth month, Locale locale) {
		String label = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	Item item(CalendarEvent event, Names names, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		String start = time.format(event.startsAt().atZone(AgendaQuery.PARIS));
		String end = time.format(event.endsAt().atZone(AgendaQuery.PARIS));
		String timeLabel = event.startDay().equals(event.endDay())
				? message("agenda.calendar.time.same-day", locale, start, end)
				: message("agenda.calendar.time.days", locale, dayLabel(event.startDay(), locale), start,
						dayLabel(event.endDay(), locale), end);
		List<String> organiserNames = new ArrayList<>();
		for (Long id : event.organiserIds()) {
			String name = names.organisation(id);
			if (!name.isBlank()) {
				organiserNames.add(name);
			}
		}
		if (organiserNames.isEmpty() && event.organisedByDepartment()) {
			organiserNames.add(message("agenda.calendar.department", locale));
		}
		List<String> themeLabels = new ArrayList<>();
		for (String code : event.themes()) {
			themeLabels.add(themeLabel(code, locale));
		}
		return new Item(event, message(event.kind().labelKey(), locale), dayLabel(event.startDay(), locale), timeLabel,
				where(event, names, locale), organiserNames, names.territory(event.territoryId()),
				String.join(", ", themeLabels), price(event, locale), places(event, locale));
	}

	String where(CalendarEvent event, Names names, Locale locale) {
		List<String> parts = new ArrayList<>();
		String commune = names.commune(event.communeCode());
		if (event.place() != null && !event.place().isBlank()) {
			parts.add(commune != null && !event.place().contains(commune) ? event.place() + ", " + commune
					: event.place());
		}
		else if (commune != null) {
			parts.add(commune);
		}
		if (event.onlineUrl() != null) {
			parts.add(message("agenda.calendar.online", locale));
		}
		return String.join(" · ", parts);
	}

	String price(CalendarEvent event, Locale locale) {
		BigDecimal price = event.priceEuros();
		if (price == null || price.signum() == 0) {
			return message("agenda.calendar.price.free", locale);
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance("EUR"));
		String amount = format.format(price).replace('\u202f', ' ').replace('\u00a0', ' ');
		return event.priceNote() == null || event.priceNote().isBlank() ? amount : amount + " (" + event.priceNote() + ")";
	}

	String places(CalendarEvent event, Locale locale) {
		return event.capacity() == null ? message("agenda.calendar.places.unlimited", locale)
				: message("agenda.calendar.places", locale, event.capacity());
	}

	String themeLabel(String code, Locale locale) {
		return Theme.fromCode(code)
			.map(theme -> messages.getMessage(theme.labelKey(), null, code, locale))
			.orElse(code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1).replace('_', ' '));
	}

	/** The events grouped by their first Paris day, in order. */
	List<Day> days(List<CalendarEvent> events, Locale locale) {
		Names names = names();
		Map<LocalDate, List<Item>> byDay = new LinkedHashMap<>();
		for (CalendarEvent event : events) {
			byDay.computeIfAbsent(event.startDay(), d -> new ArrayList<>()).add(item(event, names, locale));
		}
		List<Day> days = new ArrayList<>();
		byDay.forEach((day, items) -> days.add(new Day(day, dayLabel(day, locale), items)));
		return days;
	}

	List<Option> kinds(AgendaQuery query, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (EventKind kind : EventKind.values()) {
			options.add(new Option(kind.slug(), message(kind.labelKey(), locale), kind == query.kind()));
		}
		return options;
	}

	List<Option> themes(AgendaQuery query, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (Theme theme : Theme.values()) {
			options.add(new Option(theme.code(), message(theme.labelKey(), locale), theme.code().equals(query.theme())));
		}
		if (query.theme() != null && Theme.fromCode(query.theme()).isEmpty()) {
			options.add(new Option(query.theme(), themeLabel(query.theme(), locale), true));
		}
		return options;
	}

	List<Option> territories(AgendaQuery query) {
		List<Option> options = new ArrayList<>();
		for (TerritorySummary territory : territories.list()) {
			options.add(new Option(String.valueOf(territory.id()), territory.nom(),
					Long.valueOf(territory.id()).equals(query.territoryId())));
		}
		return options;
	}

	List<Option> audiences(AgendaQuery query, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (Audience audience : Audience.values()) {
			options.add(new Option(audience.name().toLowerCase(Locale.ROOT), message(audience.labelKey(), locale),
					audience == query.audience()));
		}
		return options;
	}

	/** The months from {@code first} to {@code last}, and the selected one if outside. */
	List<Option> months(AgendaQuery query, YearMonth first, YearMonth last, Locale locale) {
		List<Option> options = new ArrayList<>();
		if (query.month() != null && query.month().isBefore(first)) {
			options.add(new Option(query.month().toString(), monthLabel(query.month(), locale), true));
		}
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			options.add(new Option(month.toString(), monthLabel(month, locale), month.equals(query.month())));
		}
		if (query.month() != null && query.month().isAfter(last)) {
			options.add(new Option(query.month().toString(), monthLabel(query.month(), locale), true));
		}
		return options;
	}

	/** The organiser filter's name, if one is set. */
	String organiserName(AgendaQuery query) {
		return query.organiserId() == null ? null : organisations.name(query.organiserId()).orElse(null);
	}

}
