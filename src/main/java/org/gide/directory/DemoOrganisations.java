package org.gide.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo content ({@code gide.demo.enabled}, on with {@code ./mvnw spring-boot:run}): a few dozen fictitious
 * organisations of every family, sector and kind of inclusion structure, in communes all over the Gard, from
 * {@code directory/demo-organisations.csv}. Created once (recognised by their source key {@code demo:<line>}), placed
 * by the address service (or their commune's centre), through {@link Organisations} like any other.
 */
@Component
class DemoOrganisations {

	static final String FILE = "directory/demo-organisations.csv";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

	private final Organisations organisations;

	private final AddressGeocoder geocoder;

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	DemoOrganisations(Organisations organisations, AddressGeocoder geocoder, JdbcTemplate jdbc,
			@Value("${gide.demo.enabled:false}") boolean enabled) {
		this.organisations = organisations;
		this.geocoder = geocoder;
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void createOnce() {
		if (!enabled) {
			return;
		}
		List<OrganisationDraft> drafts = drafts();
		if (drafts.isEmpty() || exists(drafts.get(0).getSourceKey())) {
			return;
		}
		List<AddressGeocoder.Located> places = geocoder.locateAll(drafts.stream()
			.map(d -> new AddressGeocoder.Address(d.getAddress(), d.getPostalCode(), d.getCommuneCode()))
			.toList());
		int created = 0;
		for (int i = 0; i < drafts.size(); i++) {
			OrganisationDraft draft = drafts.get(i);
			AddressGeocoder.Located place = places.get(i);
			draft.position(place.latitude(), place.longitude(), place.precision());
			if (!exists(draft.getSourceKey())) {
				organisations.create(draft);
				created++;
			}
		}
		log.info("Demo content: {} organisations created in the directory", created);
	}

	private boolean exists(String sourceKey) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from organisation where source = 'MANUAL' and source_key = ?)", Boolean.class,
				sourceKey));
	}

	/** The demo file as drafts; a malformed line is a bug of the file, found by the tests. */
	static List<OrganisationDraft> drafts() {
		List<OrganisationDraft> drafts = new ArrayList<>();
		List<MappingFile.Line> lines = MappingFile.read(MappingFile.classpath(FILE));
		for (MappingFile.Line line : lines.subList(1, lines.size())) {
			if (line.cells().size() != 16) {
				throw new IllegalStateException(FILE + " line " + line.number() + ": 16 columns expected");
			}
			OrganisationDraft draft = OrganisationDraft.named(line.cell(0))
				.acronym(line.cell(1))
				.legalCategory(line.cell(2))
				.naf(line.cell(3))
				.description(line.cell(4))
				.address(line.cell(5), line.cell(6), line.cell(7))
				.employeeBand(line.cell(8))
				.inclusionType(line.cell(9))
				.resourceActor("oui".equals(line.cell(10)), line.cell(11))
				.goodsServices(line.cell(12))
				.declaredCooperativeKind(line.cell(13).isEmpty() ? null : CooperativeKind.valueOf(line.cell(13)))
				.esus("oui".equals(line.cell(14)))
				.creationDate(line.cell(15).isEmpty() ? null : LocalDate.parse(line.cell(15)))
				.source(OrganisationSource.MANUAL, "demo:" + line.number());
			drafts.add(draft);
		}
		return drafts;
	}

}
