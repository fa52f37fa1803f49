package org.gide.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import org.gide.support.IntegrationTest;

class DemoOrganisationsTest extends IntegrationTest {

	@Autowired
	AddressGeocoder geocoder;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	/** Rolled back: other tests count organisations. */
	@Test
	@Transactional
	void theDemoFileCoversEveryFamilyAndSectorAndEveryLineIsAcceptedOnce() {
		List<OrganisationDraft> drafts = DemoOrganisations.drafts();
		int before = count();

		DemoOrganisations demo = new DemoOrganisations(organisations, geocoder, jdbc, true);
		demo.createOnce();
		demo.createOnce();

		assertThat(count() - before).isEqualTo(drafts.size());
		List<OrganisationDetails> created = jdbc
			.queryForList("select id from organisation where source_key like 'demo:%'", Long.class)
			.stream()
			.map(id -> organisations.find(id).orElseThrow())
			.toList();
		Set<EssFamily> families = created.stream().map(OrganisationDetails::essFamily).collect(Collectors.toSet());
		assertThat(families).containsAll(EnumSet.of(EssFamily.ASSOCIATION, EssFamily.COOPERATIVE, EssFamily.MUTUELLE,
				EssFamily.FONDATION, EssFamily.ESS_COMPANY));
		assertThat(created.stream().map(OrganisationDetails::sector).collect(Collectors.toSet()))
			.containsAll(EnumSet.complementOf(EnumSet.of(Sector.NON_CLASSE)));
		assertThat(created).allSatisfy(o -> {
			assertThat(o.commune()).as(o.name()).isNotNull();
			assertThat(o.latitude()).as(o.name()).isNotNull();
			assertThat(o.geoPrecision()).isIn(GeoPrecision.COMMUNE_CENTROID, GeoPrecision.ADDRESS,
					GeoPrecision.STREET);
		});
		assertThat(created).extracting(OrganisationDetails::inclusionType)
			.contains(InclusionType.ACI, InclusionType.EI, InclusionType.ETTI, InclusionType.AI, InclusionType.EA,
					InclusionType.ESAT);
		assertThat(created).filteredOn(o -> o.name().startsWith("Crèche parentale"))
			.singleElement()
			.extracting(OrganisationDetails::essFamily)
			.isEqualTo(EssFamily.ASSOCIATION);
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from organisation where source_key like 'demo:%'", Integer.class);
	}

}
