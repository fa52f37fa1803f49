package org.gide.resources.reading;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.gide.directory.SearchAnalyzers;
import org.gide.directory.Sector;
import org.gide.resources.item.ResourceItem;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;
import org.gide.web.RichText;

/**
 * How a {@link ResourceItem} becomes a document of the {@code resource} index (docs/resources.md § 5), kept out of
 * the entity. Every item is indexed whatever its state; {@link ResourceSearch} filters PUBLISHED and unexpired
 * ones. Text fields use the directory's French analysis by name ({@link SearchAnalyzers}); facets are keyword
 * fields with doc values; territories are indexed by slug, resolved through the territory module when the document
 * is written. Everything a listing, a feed or the sitemap shows is projectable (no database read). Referenced by
 * name from {@code hibernate.search.mapping.configurer}.
 */
@Component("resourceSearchMapping")
public class ResourceSearchMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "resource";

	static final String TITLE = "title";

	static final String TITLE_SORT = "title_sort";

	static final String SUMMARY = "summary";

	static final String TEXT = "text";

	static final String BODY = "body_html";

	static final String SLUG = "slug";

	static final String TYPE = "type";

	static final String STATE = "state";

	static final String SECTOR = "sector";

	static final String TERRITORY = "territory";

	static final String TAG = "tag";

	static final String ORGANISATION = "organisation";

	/** The authoring organisations' ids in order, comma-separated (multi-valued fields do not keep an order). */
	static final String ORGANISATION_ORDER = "organisation_order";

	static final String PUBLISHED = "published";

	static final String LAST_PUBLISHED = "last_published";

	static final String EXPIRES = "expires";

	static final String UPDATED = "updated";

	private final ObjectProvider<Territories> territories;

	/** Territory slugs by id while indexing; forgotten before a rebuild. */
	private volatile Map<Long, String> territorySlugs;

	public ResourceSearchMapping(ObjectProvider<Territories> territories) {
		this.territories = territories;
	}

	/** Forgets resolved territories (before a mass indexing, after territories changed). */
	public void forgetTerritories() {
		territorySlugs = null;
	}

	String territorySlug(long id) {
		Map<Long, String> slugs = territorySlugs;
		if (slugs == null || !slugs.containsKey(id)) {
			slugs = territories.getObject()
				.list()
				.stream()
				.collect(Collectors.toUnmodifiableMap(TerritorySummary::id, TerritorySummary::slug));
			territorySlugs = slugs;
		}
		return slugs.get(id);
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep item = context.programmaticMapping().type(ResourceItem.class);
		item.indexed().index(INDEX);
		item.property("title")
			.fullTextField(TITLE)
			.analyzer(SearchAnalyzers.FRENCH)
			.projectable(Projectable.YES)
			.keywordField(TITLE_SORT)
			.normalizer(SearchAnalyzers.SORT)
			.sortable(Sortable.YES)
			.searchable(Searchable.NO);
		item.property("summary").fullTextField(SUMMARY).analyzer(SearchAnalyzers.FRENCH).projectable(Projectable.YES);
		item.binder(new ItemBinder(this));
	}

	/** Everything derived from several properties, the collections or the territory module. */
	static final class ItemBinder implements TypeBinder {

		private final ResourceSearchMapping mapping;

		ItemBinder(ResourceSearchMapping mapping) {
			this.mapping = mapping;
		}

		@Override
		public void bind(TypeBindingContext context) {
			for (String property : new String[] { "slug", "body", "state", "publishedAt", "lastPublishedAt",
					"expiresAt", "updatedAt", "organisationIds", "sectors", "territoryIds", "tags", "sourceName",
					"authorNames", "purpose", "audience", "usage", "commonsResource", "commonsCommunity",
					"commonsRules", "commonsGovernance", "experimentName", "evaluationMethod", "results",
					"learnings", "pitfalls", "contract", "funder", "eligibility", "institution", "degree",
					"supervisor" }) {
				context.dependencies().use(property);
			}
			IndexSchemaElement schema = context.indexSchemaElement();
			Fields fields = new Fields(
					schema.field(TEXT, f -> f.asString().analyzer(SearchAnalyzers.FRENCH)).toReference(),
					schema.field(BODY, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
						.toReference(),
					schema.field(SLUG, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
						.toReference(),
					keyword(schema, TYPE, false), keyword(schema, STATE, false), keyword(schema, SECTOR, true),
					keyword(schema, TERRITORY, true), keyword(schema, TAG, true), keyword(schema, ORGANISATION, true),
					schema.field(ORGANISATION_ORDER,
							f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
						.toReference(),
					instant(schema, PUBLISHED), instant(schema, LAST_PUBLISHED), instant(schema, EXPIRES),
					instant(schema, UPDATED));
			context.bridge(ResourceItem.class, new ItemBridge(mapping, fields));
		}

		private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name, boolean multi) {
			var step = schema.field(name, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES));
			return multi ? step.multiValued().toReference() : step.toReference();
		}

		private static IndexFieldReference<Instant> instant(IndexSchemaElement schema, String name) {
			return schema.field(name, f -> f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
				.toReference();
		}

	}

	record Fields(IndexFieldReference<String> text, IndexFieldReference<String> body,
			IndexFieldReference<String> slug, IndexFieldReference<String> type, IndexFieldReference<String> state,
			IndexFieldReference<String> sector, IndexFieldReference<String> territory, IndexFieldReference<String> tag,
			IndexFieldReference<String> organisation, IndexFieldReference<String> organisationOrder,
			IndexFieldReference<Instant> published, IndexFieldReference<Instant> lastPublished,
			IndexFieldReference<Instant> expires, IndexFieldReference<Instant> updated) {
	}

	static final class ItemBridge implements TypeBridge<ResourceItem> {

		private final ResourceSearchMapping mapping;

		private final Fields fields;

		ItemBridge(ResourceSearchMapping mapping, Fields fields) {
			this.mapping = mapping;
			this.fields = fields;
		}

		@Override
		public void write(DocumentElement target, ResourceItem item, TypeBridgeWriteContext context) {
			target.addValue(fields.text(), text(item));
			target.addValue(fields.body(), item.getBody() == null ? "" : item.getBody());
			target.addValue(fields.slug(), item.getSlug());
			target.addValue(fields.type(), item.getType().slug());
			target.addValue(fields.state(), item.getState().name());
			for (Sector sector : item.getSectors()) {
				target.addValue(fields.sector(), sector.name().toLowerCase(Locale.ROOT));
			}
			for (Long territoryId : item.getTerritoryIds()) {
				String slug = territoryId == null ? null : mapping.territorySlug(territoryId);
				if (slug != null) {
					target.addValue(fields.territory(), slug);
				}
			}
			for (String tag : item.getTags()) {
				target.addValue(fields.tag(), tag);
			}
			StringJoiner order = new StringJoiner(",");
			for (Long organisationId : item.getOrganisationIds()) {
				if (organisationId != null) {
					target.addValue(fields.organisation(), organisationId.toString());
					order.add(organisationId.toString());
				}
			}
			target.addValue(fields.organisationOrder(), order.toString());
			addInstant(target, fields.published(), item.getPublishedAt());
			addInstant(target, fields.lastPublished(), item.getLastPublishedAt());
			addInstant(target, fields.expires(), item.getExpiresAt());
			addInstant(target, fields.updated(), item.getUpdatedAt());
		}

		private static void addInstant(DocumentElement target, IndexFieldReference<Instant> field, Instant value) {
			if (value != null) {
				target.addValue(field, value);
			}
		}

		/** The body and the type's specific texts, as plain text. */
		private static String text(ResourceItem item) {
			StringJoiner text = new StringJoiner("\n");
			for (String value : new String[] { item.getBody(), item.getSourceName(), item.getAuthorNames(),
					item.getPurpose(), item.getAudience(), item.getUsage(), item.getCommonsResource(),
					item.getCommonsCommunity(), item.getCommonsRules(), item.getCommonsGovernance(),
					item.getExperimentName(), item.getEvaluationMethod(), item.getResults(), item.getLearnings(),
					item.getPitfalls(), item.getContract(), item.getFunder(), item.getEligibility(),
					item.getInstitution(), item.getDegree(), item.getSupervisor() }) {
				if (value != null && !value.isBlank()) {
					text.add(value.indexOf('<') >= 0 ? RichText.plainText(value) : value);
				}
			}
			return text.toString();
		}

	}

}
