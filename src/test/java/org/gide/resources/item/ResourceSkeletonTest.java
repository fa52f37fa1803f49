package org.gide.resources.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.workflow.ActorRole;
import org.gide.resources.workflow.EditorialAction;
import org.gide.resources.workflow.ResourceState;
import org.gide.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The day-one skeleton of the resource centre: V70 applies, {@link ResourceItem} maps every column of
 * {@code resource_item} (Hibernate validates the mapping at start-up), the table's checks refuse what the design
 * forbids, the entity is optimistically locked, and every enum has its label in French and English.
 */
class ResourceSkeletonTest extends IntegrationTest {

	private static final AtomicLong DELIVERABLES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	private ResourceItemRepository items;

	@Autowired
	private ResourceItems resourceItems;

	@Autowired
	private MessageSource messages;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	private ResourceItem item(ResourceType type) {
		ResourceItem item = new ResourceItem(type, "une-ressource", "Une ressource", Licence.CC_BY_SA, null,
				"Test", now);
		item.setSummary("Résumé");
		item.setBody("<p>Corps</p>");
		return item;
	}

	/** A valid item of each type, with its specific fields. */
	private ResourceItem valid(ResourceType type) {
		ResourceItem item = item(type);
		switch (type) {
			case NEWS -> {
				item.setSourceName("Le Journal du Gard");
				item.setLinkUrl("https://exemple.fr/article");
			}
			case ARTICLE -> {
				item.setArticleKind(ResourceItem.ArticleKind.RESEARCH);
				item.setAuthorNames("A. Martin, B. Durand");
			}
			case METHOD -> {
				item.setPurpose("<p>Animer</p>");
				item.setAudience("<p>Associations</p>");
				item.setUsage("<p>Mode d’emploi</p>");
				item.setOrigin(ResourceItem.Origin.FROM_EXPERIMENT);
			}
			case COMMONS -> {
				item.setCommonsResource("Un jardin");
				item.setCommonsCommunity("Les voisins");
				item.setCommonsRules("Ouvert à tous");
				item.setCommonsGovernance("Assemblée mensuelle");
				item.setOrigin(ResourceItem.Origin.CREATED);
			}
			case DELIVERABLE -> {
				item.setDeliverableId(DELIVERABLES.incrementAndGet());
				item.setCallId(1L);
				item.setDossierId(2L);
				item.setLinkUrl("https://exemple.fr/livrable.pdf");
			}
			case IMPACT_STUDY -> {
				item.setExperimentName("Cantine partagée");
				item.setDossierId(3L);
				item.setEvaluationMethod("Entretiens");
				item.setResults("Des résultats");
				item.setLearnings("Des apprentissages");
				item.setPitfalls("Des écueils");
			}
			case OFFER -> {
				item.setOfferKind(ResourceItem.OfferKind.CIVIC_SERVICE);
				item.setContract("Service civique 8 mois");
				item.setWorkingTime("24 h");
				item.setCommuneCode("30189");
				item.setContactEmail("contact@exemple.fr");
				item.setExpiresAt(now.plus(30, ChronoUnit.DAYS));
			}
			case FUNDING_CALL -> {
				item.setFunder("Fondation");
				item.setExpiresAt(now.plus(60, ChronoUnit.DAYS));
				item.setAmountMin(new BigDecimal("1000.00"));
				item.setAmountMax(new BigDecimal("15000.50"));
				item.setEligibility("Associations du Gard");
				item.setLinkUrl("https://exemple.fr/appel");
			}
			case STUDENT_WORK -> {
				item.setInstitution("Université de Nîmes");
				item.setDegree("Master ESS");
				item.setAcademicYear("2025-2026");
				item.setAuthorNames("C. Petit");
				item.setSupervisor("D. Grand");
			}
		}
		return item;
	}

	@Test
	void anItemOfEachTypeIsSavedAndReadBack() {
		for (ResourceType type : ResourceType.values()) {
			ResourceItem saved = items.saveAndFlush(valid(type));
			ResourceItem read = items.findById(saved.getId()).orElseThrow();
			assertThat(read).isNotSameAs(saved).usingRecursiveComparison().isEqualTo(saved);
			assertThat(read.getState()).isEqualTo(ResourceState.DRAFT);
			assertThat(read.getVersion()).isZero();
			assertThat(read.getCreatedAt()).isEqualTo(now);
			assertThat(read.path()).isEqualTo("/ressources/" + type.slug() + "/" + read.getId() + "-une-ressource");
		}
	}

	@Test
	void theTaxonomyIsKeptInItsTablesAndTheFirstOrganisationContributes() {
		ResourceItem item = valid(ResourceType.METHOD);
		item.setOrganisationIds(List.of(30L, 10L, 30L, 20L));
		item.setSectors(Set.of(Sector.AGRICULTURE, Sector.ACTION_SOCIALE));
		item.setTerritoryIds(Set.of(4L));
		item.setTags(Set.of("circuits courts", "alimentation"));
		long id = resourceItems.store(item).getId();

		ResourceItem read = resourceItems.find(id).orElseThrow();
		assertThat(read.getOrganisationIds()).containsExactly(30L, 10L, 20L);
		assertThat(read.getContributingOrganisationId()).isEqualTo(30L);
		assertThat(read.getSectors()).containsExactlyInAnyOrder(Sector.AGRICULTURE, Sector.ACTION_SOCIALE);
		assertThat(read.getTerritoryIds()).containsExactly(4L);
		assertThat(read.getTags()).containsExactlyInAnyOrder("circuits courts", "alimentation");

		read.setOrganisationIds(List.of(20L));
		read.setTags(Set.of("alimentation"));
		resourceItems.store(read);
		ResourceItem again = resourceItems.find(id).orElseThrow();
		assertThat(again.getOrganisationIds()).containsExactly(20L);
		assertThat(again.getContributingOrganisationId()).isEqualTo(20L);
		assertThat(again.getTags()).containsExactly("alimentation");
		assertThat(again.getVersion()).isEqualTo(1);
	}

	@Test
	void theTableRefusesWhatTheDesignForbids() {
		refused(ResourceType.OFFER, i -> i.setExpiresAt(null));
		refused(ResourceType.FUNDING_CALL, i -> i.setExpiresAt(null));
		refused(ResourceType.NEWS, i -> i.setExpiresAt(now));
		refused(ResourceType.DELIVERABLE, i -> i.setDeliverableId(null));
		refused(ResourceType.NEWS, i -> i.setDeliverableId(DELIVERABLES.incrementAndGet()));
		refused(ResourceType.ARTICLE, i -> i.setArticleKind(null));
		refused(ResourceType.OFFER, i -> i.setContactEmail(null));
		refused(ResourceType.OFFER, i -> i.setOfferKind(null));
		refused(ResourceType.FUNDING_CALL, i -> i.setLinkUrl(null));
		refused(ResourceType.FUNDING_CALL, i -> i.setFunder(null));
		refused(ResourceType.FUNDING_CALL, i -> i.setAmountMin(new BigDecimal("20000")));
		refused(ResourceType.FUNDING_CALL, i -> i.setAmountMin(new BigDecimal("-1")));
		refused(ResourceType.NEWS, i -> i.setLinkUrl("javascript:alert(1)"));
		refused(ResourceType.STUDENT_WORK, i -> i.setAcademicYear("2025/26"));
		refused(ResourceType.NEWS, i -> i.setSlug("Pas Un Slug"));
		refused(ResourceType.NEWS, i -> i.setTitle("  "));
		refused(ResourceType.NEWS, i -> i.setScheduledFor(now));
		refused(ResourceType.NEWS, i -> i.setState(ResourceState.SCHEDULED));
		refused(ResourceType.NEWS, i -> i.setState(ResourceState.PUBLISHED));
		// the same offer with a link instead of an email, and a scheduled item with its date, are accepted
		ResourceItem offer = valid(ResourceType.OFFER);
		offer.setContactEmail(null);
		offer.setLinkUrl("https://exemple.fr/offre");
		assertThat(items.saveAndFlush(offer).getId()).isNotNull();
		ResourceItem scheduled = valid(ResourceType.NEWS);
		scheduled.setState(ResourceState.SCHEDULED);
		scheduled.setScheduledFor(now.plus(1, ChronoUnit.DAYS));
		assertThat(items.saveAndFlush(scheduled).getId()).isNotNull();
		ResourceItem published = valid(ResourceType.NEWS);
		published.setState(ResourceState.PUBLISHED);
		published.setPublishedAt(now);
		published.setLastPublishedAt(now);
		assertThat(items.saveAndFlush(published).getId()).isNotNull();
	}

	@Test
	void aDeliverableIsOneItem() {
		ResourceItem first = valid(ResourceType.DELIVERABLE);
		items.saveAndFlush(first);
		ResourceItem second = valid(ResourceType.DELIVERABLE);
		second.setDeliverableId(first.getDeliverableId());
		assertThatThrownBy(() -> items.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(items.findByDeliverableId(first.getDeliverableId())).get()
			.extracting(ResourceItem::getId)
			.isEqualTo(first.getId());
	}

	@Test
	void aStaleVersionChangesNothing() {
		long id = items.saveAndFlush(valid(ResourceType.ARTICLE)).getId();
		ResourceItem mine = items.findById(id).orElseThrow();
		ResourceItem theirs = items.findById(id).orElseThrow();
		theirs.setTitle("Leur titre");
		items.saveAndFlush(theirs);
		assertThat(items.findById(id).orElseThrow().getVersion()).isEqualTo(1);
		mine.setTitle("Mon titre");
		assertThatThrownBy(() -> items.saveAndFlush(mine))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(items.findById(id).orElseThrow().getTitle()).isEqualTo("Leur titre");
	}

	@Test
	void everyLabelIsInFrenchAndEnglish() throws IOException {
		Properties fr = bundle("i18n/resources.properties");
		Properties en = bundle("i18n/resources_en.properties");
		Stream.of(Stream.of(ResourceType.values()).map(ResourceType::labelKey),
				Stream.of(ResourceState.values()).map(ResourceState::labelKey),
				Stream.of(EditorialAction.values()).map(EditorialAction::labelKey),
				Stream.of(ActorRole.values()).map(ActorRole::labelKey),
				Stream.of(Licence.values()).map(Licence::labelKey))
			.flatMap(s -> s)
			.forEach(key -> {
				assertThat(fr.getProperty(key)).as("fr " + key).isNotBlank();
				assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
			});
		assertThat(fr.keySet()).isEqualTo(en.keySet());
		assertThat(messages.getMessage(ResourceType.METHOD.labelKey(), null, Locale.FRENCH))
			.isEqualTo("Méthode ou outil");
		assertThat(messages.getMessage(ResourceType.METHOD.labelKey(), null, Locale.ENGLISH))
			.isEqualTo("Method or tool");
		for (String part : new String[] { "workflow", "reading", "following", "measures" }) {
			bundle("i18n/resources-" + part + ".properties");
			bundle("i18n/resources-" + part + "_en.properties");
		}
	}

	private void refused(ResourceType type, Consumer<ResourceItem> change) {
		ResourceItem item = valid(type);
		change.accept(item);
		assertThatThrownBy(() -> items.saveAndFlush(item)).as(type + " refused")
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static Properties bundle(String path) throws IOException {
		try (InputStream in = ResourceSkeletonTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
