package org.gide.directory.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.gide.directory.ReservedMarket;
import org.gide.directory.internal.Organisation;
import org.gide.territory.Commune;
import org.gide.territory.Communes;

/**
 * How an {@link Organisation} becomes a document of the search index, kept out of the entity. Text fields use the
 * {@link FrenchAnalysis}; facets are keyword fields with doc values (aggregable); the commune's name, EPCI and
 * territory are resolved through the territory module when the document is written (so a territory edited later
 * needs a reindex, see docs/search.md); everything the result page and the exports show is projectable so that a
 * search never loads entities from the database. Referenced by name from
 * {@code hibernate.search.mapping.configurer}.
 */
@Component("organisationSearchMapping")
public class OrganisationSearchMapping implements HibernateOrmSearchMappingConfigurer {

	private final ObjectProvider<Communes> communes;

	/** Communes by code while indexing: a mass indexing would otherwise ask the database once per organisation. */
	private final Map<String, Optional<Commune>> communeCache = new ConcurrentHashMap<>();

	public OrganisationSearchMapping(ObjectProvider<Communes> communes) {
		this.communes = communes;
	}

	/** Forgets resolved communes (before a mass indexing, after territories changed). */
	public void forgetCommunes() {
		communeCache.clear();
	}

	Optional<Commune> commune(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return communeCache.computeIfAbsent(code, c -> communes.getObject().find(c));
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		TypeMappingStep organisation = mapping.type(Organisation.class);
		organisation.indexed().index("organisation");
		organisation.property("name")
			.fullTextField(IndexFields.NAME)
			.analyzer(FrenchAnalysis.FRENCH)
			.projectable(Projectable.YES)
			.keywordField(IndexFields.NAME_SORT)
			.normalizer(FrenchAnalysis.SORT)
			.sortable(Sortable.YES)
			.searchable(Searchable.NO);
		organisation.property("acronym")
			.fullTextField(IndexFields.ACRONYM)
			.analyzer(FrenchAnalysis.FRENCH)
			.projectable(Projectable.YES);
		organisation.property("description").fullTextField(IndexFields.DESCRIPTION).analyzer(FrenchAnalysis.FRENCH);
		organisation.property("goodsServices")
			.fullTextField(IndexFields.GOODS_SERVICES)
			.analyzer(FrenchAnalysis.FRENCH);
		organisation.property("resourceServices")
			.fullTextField(IndexFields.RESOURCE_SERVICES)
			.analyzer(FrenchAnalysis.FRENCH);
		// Public identity and contact, stored for the result page and the exports only.
		for (String[] stored : new String[][] { { "siret", IndexFields.SIRET }, { "rna", IndexFields.RNA },
				{ "address", IndexFields.ADDRESS }, { "postalCode", IndexFields.POSTAL_CODE },
				{ "publicWebsite", IndexFields.WEBSITE }, { "publicEmail", IndexFields.EMAIL },
				{ "publicPhone", IndexFields.PHONE } }) {
			organisation.property(stored[0])
				.keywordField(stored[1])
				.projectable(Projectable.YES)
				.searchable(Searchable.NO);
		}
		organisation.binder(new FacetsBinder(this));
	}

	/** Facets, place and state: what derives from several properties or from the territory module. */
	static final class FacetsBinder implements TypeBinder {

		private final OrganisationSearchMapping mapping;

		FacetsBinder(OrganisationSearchMapping mapping) {
			this.mapping = mapping;
		}

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies()
				.use("essFamily")
				.use("sector")
				.use("communeCode")
				.use("inclusionType")
				.use("reservedL2113_12")
				.use("reservedL2113_13")
				.use("reservedL2113_15")
				.use("resourceActor")
				.use("active")
				.use("latitude")
				.use("longitude")
				.use("updatedAt");
			IndexSchemaElement schema = context.indexSchemaElement();
			Fields fields = new Fields(keyword(schema, IndexFields.FAMILY), keyword(schema, IndexFields.SECTOR),
					keyword(schema, IndexFields.EPCI), keyword(schema, IndexFields.TERRITORY),
					keyword(schema, IndexFields.COMMUNE), keyword(schema, IndexFields.INCLUSION),
					schema.field(IndexFields.MARKET, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
						.multiValued()
						.toReference(),
					keyword(schema, IndexFields.RESOURCE),
					schema.field(IndexFields.ACTIVE, f -> f.asBoolean()).toReference(),
					schema.field(IndexFields.COMMUNE_NAME,
							f -> f.asString().analyzer(FrenchAnalysis.FRENCH).projectable(Projectable.YES))
						.toReference(),
					schema.field(IndexFields.LOCATION, f -> f.asGeoPoint().projectable(Projectable.YES).sortable(Sortable.YES))
						.toReference(),
					schema.field(IndexFields.UPDATED, f -> f.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
						.toReference());
			context.bridge(Organisation.class, new FacetsBridge(mapping, fields));
		}

		private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name) {
			return schema.field(name, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
				.toReference();
		}

	}

	record Fields(IndexFieldReference<String> family, IndexFieldReference<String> sector,
			IndexFieldReference<String> epci, IndexFieldReference<String> territory,
			IndexFieldReference<String> commune, IndexFieldReference<String> inclusion,
			IndexFieldReference<String> market, IndexFieldReference<String> resource,
			IndexFieldReference<Boolean> active, IndexFieldReference<String> communeName,
			IndexFieldReference<GeoPoint> location, IndexFieldReference<Long> updated) {
	}

	static final class FacetsBridge implements TypeBridge<Organisation> {

		private final OrganisationSearchMapping mapping;

		private final Fields fields;

		FacetsBridge(OrganisationSearchMapping mapping, Fields fields) {
			this.mapping = mapping;
			this.fields = fields;
		}

		@Override
		public void write(DocumentElement target, Organisation organisation, TypeBridgeWriteContext context) {
			if (organisation.getEssFamily() != null) {
				target.addValue(fields.family(), lower(organisation.getEssFamily()));
			}
			if (organisation.getSector() != null) {
				target.addValue(fields.sector(), lower(organisation.getSector()));
			}
			if (organisation.getInclusionType() != null) {
				target.addValue(fields.inclusion(), lower(organisation.getInclusionType()));
			}
			for (ReservedMarket market : organisation.getReservedMarkets()) {
				target.addValue(fields.market(), lower(market));
			}
			target.addValue(fields.resource(), organisation.isResourceActor() ? IndexFields.YES : "non");
			target.addValue(fields.active(), organisation.isActive());
			if (organisation.getCommuneCode() != null) {
				target.addValue(fields.commune(), organisation.getCommuneCode());
				mapping.commune(organisation.getCommuneCode()).ifPresent(commune -> {
					target.addValue(fields.communeName(), commune.nom());
					if (commune.epci() != null) {
						target.addValue(fields.epci(), commune.epci().code());
					}
					if (commune.territoire() != null) {
						target.addValue(fields.territory(), commune.territoire().slug());
					}
				});
			}
			if (organisation.getLatitude() != null && organisation.getLongitude() != null) {
				target.addValue(fields.location(), GeoPoint.of(organisation.getLatitude(), organisation.getLongitude()));
			}
			if (organisation.getUpdatedAt() != null) {
				target.addValue(fields.updated(), organisation.getUpdatedAt().toEpochMilli());
			}
		}

		private static String lower(Enum<?> value) {
			return value.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
