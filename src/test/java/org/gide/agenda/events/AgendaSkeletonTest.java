package org.gide.agenda.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.support.IntegrationTest;

/**
 * The day-one skeleton of the agenda: V80 applies, {@link AgendaEvent} maps every column of {@code agenda_event}
 * (Hibernate validates the mapping at start-up) with its organisers, the table's checks refuse what the design
 * forbids, the entity is optimistically locked, and every enum has its label in French and English.
 */
class AgendaSkeletonTest extends IntegrationTest {

	private static final AtomicLong WORKSHOPS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	private AgendaEventRepository repository;

	@Autowired
	private AgendaEvents events;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MessageSource messages;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	private AgendaEvent valid(EventKind kind) {
		Instant start = now.plus(10, ChronoUnit.DAYS);
		AgendaEvent event = new AgendaEvent(kind, "un-evenement", "Un événement", start,
				start.plus(2, ChronoUnit.HOURS), 1L, now);
		event.setPlace("Maison de l’ESS, Nîmes");
		switch (kind) {
			case TERRITORIAL_MEETING -> {
				event.setTerritoryId(jdbc.queryForObject("select min(id) from territory", Long.class));
				event.setMeetingFormat(MeetingFormat.THEMATIC);
				event.setThemes(List.of("alimentation"));
			}
			case CALL_WORKSHOP -> {
				event.setCallWorkshopId(WORKSHOPS.incrementAndGet());
				event.setCallId(7L);
			}
			case TRAINING -> {
				event.setCapacity(12);
				event.setRegistrationDeadline(start.minus(2, ChronoUnit.DAYS));
				event.setPriceEuros(new BigDecimal("30.00"));
				event.setPriceNote("Gratuit pour les bénévoles");
				event.setNewTraining(true);
			}
			case AWARENESS -> event.setAudiences(Set.of(Audience.AGENTS_ELECTED));
			case PERMANENCE -> {
				event.setOnlineUrl("https://visio.exemple.fr/permanence");
				event.setOccurrenceDate(LocalDate.now());
			}
		}
		return event;
	}

	@Test
	void anEventOfEachKindIsSavedAndReadBack() {
		for (EventKind kind : EventKind.values()) {
			AgendaEvent saved = events.store(valid(kind));
			AgendaEvent read = events.find(saved.getId()).orElseThrow();
			assertThat(read).isNotSameAs(saved).usingRecursiveComparison().isEqualTo(saved);
			assertThat(read.getState()).isEqualTo(EventState.DRAFT);
			assertThat(read.getVersion()).isZero();
			assertThat(read.path()).isEqualTo("/agenda/evenements/" + read.getId() + "-un-evenement");
		}
	}

	@Test
	void audiencesThemesAndOrganisersAreKeptAndATrainingOfSeveralIsMutualised() {
		AgendaEvent training = valid(EventKind.TRAINING);
		training.setAudiences(Set.of(Audience.YOUNG_PEOPLE, Audience.ESS_ORGANISATIONS));
		training.setThemes(List.of("gouvernance", "finance", "gouvernance"));
		training.setOrganiserIds(List.of(30L, 10L, 30L));
		long id = events.store(training).getId();
		AgendaEvent read = events.find(id).orElseThrow();
		assertThat(read.getAudiences()).containsExactly(Audience.ESS_ORGANISATIONS, Audience.YOUNG_PEOPLE);
		assertThat(read.getThemes()).containsExactly("gouvernance", "finance");
		assertThat(read.getOrganiserIds()).containsExactly(30L, 10L);
		assertThat(read.mutualised()).isTrue();
		read.setOrganiserIds(List.of(10L));
		events.store(read);
		assertThat(events.find(id).orElseThrow().mutualised()).isFalse();
	}

	@Test
	void theTableRefusesWhatTheDesignForbids() {
		refused(EventKind.TERRITORIAL_MEETING, e -> e.setTerritoryId(null));
		refused(EventKind.TERRITORIAL_MEETING, e -> e.setMeetingFormat(null));
		refused(EventKind.CALL_WORKSHOP, e -> e.setCallWorkshopId(null));
		refused(EventKind.TRAINING, e -> e.setCallWorkshopId(WORKSHOPS.incrementAndGet()));
		refused(EventKind.TRAINING, e -> e.setEndsAt(e.getStartsAt()));
		refused(EventKind.TRAINING, e -> e.setPlace(""));
		refused(EventKind.TRAINING, e -> e.setCapacity(0));
		refused(EventKind.TRAINING, e -> e.setRegistrationDeadline(e.getStartsAt().plusSeconds(60)));
		refused(EventKind.TRAINING, e -> e.setState(EventState.CANCELLED));
		refused(EventKind.TRAINING, e -> e.setOnlineUrl("javascript:alert(1)"));
		refused(EventKind.TRAINING, e -> e.setSlug("Pas un slug"));
		AgendaEvent cancelled = valid(EventKind.TRAINING);
		cancelled.setState(EventState.CANCELLED);
		cancelled.setCancelledReason("Formatrice malade");
		assertThat(events.store(cancelled).getId()).isNotNull();
		AgendaEvent first = events.store(valid(EventKind.CALL_WORKSHOP));
		AgendaEvent twin = valid(EventKind.CALL_WORKSHOP);
		twin.setCallWorkshopId(first.getCallWorkshopId());
		assertThatThrownBy(() -> repository.saveAndFlush(twin)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(events.findByCallWorkshop(first.getCallWorkshopId())).get()
			.extracting(AgendaEvent::getId)
			.isEqualTo(first.getId());
	}

	@Test
	void aStaleVersionChangesNothing() {
		long id = events.store(valid(EventKind.PERMANENCE)).getId();
		AgendaEvent mine = events.find(id).orElseThrow();
		AgendaEvent theirs = events.find(id).orElseThrow();
		theirs.setTitle("Leur titre");
		events.store(theirs);
		mine.setTitle("Mon titre");
		assertThatThrownBy(() -> events.store(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(events.find(id).orElseThrow().getTitle()).isEqualTo("Leur titre");
	}

	@Test
	void everyLabelIsInFrenchAndEnglish() throws IOException {
		Properties fr = bundle("i18n/agenda.properties");
		Properties en = bundle("i18n/agenda_en.properties");
		Stream.of(Stream.of(EventKind.values()).map(EventKind::labelKey),
				Stream.of(Audience.values()).map(Audience::labelKey),
				Stream.of(EventState.values()).map(EventState::labelKey),
				Stream.of(MeetingFormat.values()).map(MeetingFormat::labelKey))
			.flatMap(s -> s)
			.forEach(key -> {
				assertThat(fr.getProperty(key)).as("fr " + key).isNotBlank();
				assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
			});
		assertThat(fr.keySet()).isEqualTo(en.keySet());
		assertThat(messages.getMessage(EventKind.TERRITORIAL_MEETING.labelKey(), null, Locale.FRENCH))
			.isEqualTo("Rencontre territoriale");
		assertThat(EventKind.ofSlug("formations")).contains(EventKind.TRAINING);
	}

	private void refused(EventKind kind, Consumer<AgendaEvent> change) {
		AgendaEvent event = valid(kind);
		change.accept(event);
		assertThatThrownBy(() -> repository.saveAndFlush(event)).as(kind + " refused")
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AgendaSkeletonTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
