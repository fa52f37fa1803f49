package org.gide.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.directory.internal.Organisation;
import org.gide.directory.internal.OrganisationRepository;
import org.gide.support.IntegrationTest;
import org.gide.territory.EpciRef;
import org.gide.territory.TerritoryRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** The Organisations service against the real (embedded) PostgreSQL, with the Gard's communes imported. */
class OrganisationsTest extends IntegrationTest {

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MessageSource messages;

	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void removeWhatTheTestCreated() {
		jdbc.update("delete from organisation where id = any (?)", (Object) created.toArray(Long[]::new));
	}

	private OrganisationDetails create(OrganisationDraft draft) {
		OrganisationDetails details = organisations.create(draft);
		created.add(details.id());
		return details;
	}

	private static OrganisationDraft scopInAles(String siret) {
		return OrganisationDraft.named("Scop des Cévennes")
			.acronym("SDC")
			.siret(siret)
			.legalCategory("5458")
			.naf("4322a")
			.address("1 place de l’Hôtel de ville", "30100", "30007")
			.position(44.1249, 4.0812, GeoPrecision.ADDRESS)
			.employeeBand("11")
			.inclusionType("EI")
			.publicContact("scop-cevennes.example", "contact@scop-cevennes.example", "04 66 00 00 00")
			.source(OrganisationSource.MANUAL, null);
	}

	@Test
	void createsAnOrganisationWhoseCommuneResolvesToItsEpciAndTerritory() {
		String siret = Identifiers.siret(30_000_001L);

		OrganisationDetails scop = create(scopInAles(siret.substring(0, 9) + " " + siret.substring(9)));

		assertThat(scop.siret().value()).isEqualTo(siret);
		assertThat(scop.siren().value()).isEqualTo(siret.substring(0, 9));
		assertThat(scop.essFamily()).isEqualTo(EssFamily.COOPERATIVE);
		assertThat(scop.cooperativeKind()).isEqualTo(CooperativeKind.SCOP);
		assertThat(scop.legalCategoryLabel()).isEqualTo("SARL coopérative ouvrière de production (SCOP)");
		assertThat(scop.naf().value()).isEqualTo("43.22A");
		assertThat(scop.sector()).isEqualTo(Sector.INDUSTRIE_CONSTRUCTION);
		assertThat(scop.reservedMarkets()).containsExactlyInAnyOrder(ReservedMarket.L2113_13, ReservedMarket.L2113_15);
		assertThat(scop.employer()).isTrue();
		assertThat(scop.commune().nom()).isEqualTo("Alès");
		assertThat(scop.epci()).isEqualTo(new EpciRef("200066918", "CA Alès Agglomération"));
		assertThat(scop.territoire()).isEqualTo(new TerritoryRef("ales-et-ceze", "Alès et Cèze"));
		assertThat(scop.publicContact().website()).isEqualTo("https://scop-cevennes.example");
		assertThat(scop.version()).isZero();
		assertThat(scop.createdAt()).isNotNull().isEqualTo(scop.updatedAt());
		assertThat(organisations.find(scop.id())).contains(scop);
		assertThat(organisations.findBySiret(siret)).map(OrganisationDetails::id).contains(scop.id());
	}

	@Test
	void anAssociationIsFoundByItsRnaNumberWrittenAnyHow() {
		OrganisationDetails association = create(OrganisationDraft.named("Foyer rural de Saint-Hippolyte")
			.rna("W302009999")
			.legalCategory("9220")
			.naf("94.99Z")
			.volunteers(25)
			.address(null, null, "30263"));

		assertThat(organisations.findByRna("w 302 009 999")).map(OrganisationDetails::id).contains(association.id());
		assertThat(association.essFamily()).isEqualTo(EssFamily.ASSOCIATION);
		assertThat(association.sector()).isEqualTo(Sector.NON_CLASSE);
		assertThat(association.employer()).isNull();
		assertThat(association.geoPrecision()).isEqualTo(GeoPrecision.UNKNOWN);
		assertThat(association.territoire().slug()).isEqualTo("cevennes-et-aigoual");
		assertThat(organisations.findByRna("W30200999")).isEmpty();
		assertThat(organisations.findBySiret("123")).isEmpty();
	}

	@Test
	void creatingTheSameOrganisationTwiceBySiretIsIdempotent() {
		String siret = Identifiers.siret(30_000_002L);
		OrganisationDetails first = create(scopInAles(siret).source(OrganisationSource.SIRENE, siret));
		int before = count();

		OrganisationDetails again = organisations.create(scopInAles(siret).name("SCOP DES CÉVENNES")
			.source(OrganisationSource.SIRENE, siret));
		OrganisationDetails sameName = organisations.create(scopInAles(siret).source(OrganisationSource.CSV, "l12"));

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(sameName.id()).isEqualTo(first.id());
		assertThat(again.name()).as("unchanged").isEqualTo("Scop des Cévennes");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anotherOrganisationClaimingATakenSiretIsRefusedNamingTheHolder() {
		String siret = Identifiers.siret(30_000_003L);
		create(scopInAles(siret));
		int before = count();

		InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
				() -> create(OrganisationDraft.named("Autre structure").siret(siret)));

		assertThat(refused.field()).isEqualTo("siret");
		assertThat(refused.code()).isEqualTo("directory.error.siret.taken");
		assertThat(refused.args()).containsExactly(siret, "Scop des Cévennes");
		assertThat(messages.getMessage(refused.code(), refused.args(), Locale.FRENCH))
			.isEqualTo("Le SIRET " + siret + " est déjà celui de l’organisation « Scop des Cévennes ».");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aTakenRnaNumberIsRefused() {
		create(OrganisationDraft.named("Association A").rna("W302008888"));

		InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
				() -> create(OrganisationDraft.named("Association B").rna("w302008888")));

		assertThat(refused.code()).isEqualTo("directory.error.rna.taken");
	}

	@Test
	void theDatabaseItselfRefusesADuplicateSiretOrASiretOfAnotherSiren() {
		String siret = Identifiers.siret(30_000_004L);
		create(scopInAles(siret));

		assertThatThrownBy(() -> jdbc.update("""
				insert into organisation (name, siren, siret, ess_family, sector, source)
				values ('Doublon', ?, ?, 'NOT_ESS', 'NON_CLASSE', 'MANUAL')""", siret.substring(0, 9), siret))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("organisation_siret_unique");
		assertThatThrownBy(() -> jdbc.update("""
				insert into organisation (name, siren, siret, ess_family, sector, source)
				values ('Incohérent', '552100554', ?, 'NOT_ESS', 'NON_CLASSE', 'MANUAL')""",
				Identifiers.siret(30_000_005L)))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("organisation_siret_siren");
	}

	@Test
	void anInvalidDraftIsRefusedBeforeAnythingIsWritten() {
		int before = count();

		InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
				() -> create(OrganisationDraft.named("Erreur de clé").siret("73282932000075")));

		assertThat(refused.code()).isEqualTo("directory.error.siret.key");
		assertThat(messages.getMessage(refused.code(), refused.args(), Locale.FRENCH))
			.isEqualTo("Le SIRET « 73282932000075 » n’existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres.");
		assertThat(messages.getMessage(refused.code(), refused.args(), Locale.ENGLISH))
			.startsWith("The SIRET “73282932000075” does not exist");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void everyProblemOfADraftIsReportedAtOnce() {
		int before = count();

		OrganisationRefusedException refused = catchThrowableOfType(OrganisationRefusedException.class,
				() -> create(OrganisationDraft.named(" ")
					.siret("73282932000075")
					.rna("302001234")
					.naf("88.99")
					.address(null, "3010", "30007")
					.employeeBand("13")
					.publicContact(null, "contact@", null)));

		assertThat(refused.problems()).extracting(InvalidValueException::field, InvalidValueException::code)
			.containsExactlyInAnyOrder(tuple("siret", "directory.error.siret.key"),
					tuple("rna", "directory.error.rna.format"), tuple("naf", "directory.error.naf.format"),
					tuple("employeeBand", "directory.error.employeeBand.unknown"),
					tuple("name", "directory.error.name.required"),
					tuple("postalCode", "directory.error.postalCode.format"),
					tuple("publicEmail", "directory.error.email.format"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anUpdateReDerivesAndBumpsTheVersionAndAStaleVersionIsAConflict() {
		String siret = Identifiers.siret(30_000_006L);
		OrganisationDetails v0 = create(scopInAles(siret));

		OrganisationDetails v1 = organisations.update(v0.id(), v0.version(),
				scopInAles(siret).legalCategory("5499").esus(true).naf("88.10A"));

		assertThat(v1.version()).isEqualTo(v0.version() + 1);
		assertThat(v1.essFamily()).isEqualTo(EssFamily.ESS_COMPANY);
		assertThat(v1.sector()).isEqualTo(Sector.ACTION_SOCIALE);
		assertThat(v1.updatedAt()).isAfterOrEqualTo(v0.updatedAt());

		assertThatThrownBy(() -> organisations.update(v0.id(), v0.version(), scopInAles(siret).name("Écrasé")))
			.isInstanceOf(OrganisationConflictException.class);
		assertThat(organisations.find(v0.id()).orElseThrow().name()).isEqualTo("Scop des Cévennes");
		assertThat(organisations.find(v0.id()).orElseThrow().version()).isEqualTo(v1.version());
	}

	@Test
	void aConcurrentWriterIsDetectedByTheVersionColumn() {
		OrganisationDetails created = create(OrganisationDraft.named("Régie de quartier").legalCategory("9220"));

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			Organisation mine = repository.findById(created.id()).orElseThrow();
			// Someone else commits first, in another transaction (another thread).
			CompletableFuture.runAsync(() -> organisations.update(created.id(), created.version(),
					OrganisationDraft.named("Régie de quartier d’Alès").legalCategory("9220"))).join();
			mine.rename("Régie de quartier de Nîmes", null);
			repository.saveAndFlush(mine);
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);

		assertThat(organisations.find(created.id()).orElseThrow().name()).isEqualTo("Régie de quartier d’Alès");
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from organisation", Integer.class);
	}

}
