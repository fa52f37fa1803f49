package org.gide.directory.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.AddressGeocoder;
import org.gide.directory.AddressGeocoder.Address;
import org.gide.directory.AddressGeocoder.Located;
import org.gide.directory.GeoPrecision;
import org.gide.support.AddressServiceStub;
import org.gide.support.AddressServiceStub.Answer;
import org.gide.support.IntegrationTest;
import org.gide.territory.Communes;

class BanGeocoderTest extends IntegrationTest {

	private static final AddressServiceStub SERVICE = AddressServiceStub.instance();

	@Autowired
	AddressGeocoder geocoder;

	@Autowired
	Communes communes;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		SERVICE.reset();
	}

	@Test
	void placesAStreetNumberAndAsksOnlyOnceForTheSameAddress() {
		SERVICE.teach("12 rue de la republique 30100",
				new Answer(44.1281, 4.0822, 0.91, "housenumber", "30007", "12 Rue de la République 30100 Alès"));

		Located first = geocoder.locate(new Address("12, rue de la République", "30100", "30007"));
		Located again = geocoder.locate(new Address("12 RUE DE LA REPUBLIQUE", "30100", "30007"));

		assertThat(first.precision()).isEqualTo(GeoPrecision.ADDRESS);
		assertThat(first.latitude()).isEqualTo(44.1281);
		assertThat(first.longitude()).isEqualTo(4.0822);
		assertThat(first.fromService()).isTrue();
		assertThat(again).isEqualTo(first);
		assertThat(SERVICE.requests()).containsExactly("GET q=12, rue de la République 30100 citycode=30007");
		assertThat(jdbc.queryForObject("select count(*) from geocode_cache where query_key like '12 rue de la republique%'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void fallsBackToTheCommuneCentreWhenTheAnswerIsWeakElsewhereOrOnlyTheCommune() {
		SERVICE.teach("chemin incertain", new Answer(44.0, 4.0, 0.31, "street", "30189", "Chemin Incertain"));
		SERVICE.teach("route d'ailleurs", new Answer(43.6, 3.9, 0.95, "street", "34172", "Route d'Ailleurs"));
		SERVICE.teach("nimes centre", new Answer(43.84, 4.36, 0.88, "municipality", "30189", "Nîmes"));
		var nimes = communes.find("30189").orElseThrow();

		for (String street : List.of("Chemin incertain", "Route d'ailleurs", "Nimes centre", "Nulle part 99")) {
			Located located = geocoder.locate(new Address(street, "30000", "30189"));

			assertThat(located.precision()).as(street).isEqualTo(GeoPrecision.COMMUNE_CENTROID);
			assertThat(located.latitude()).isEqualTo(nimes.centreLat());
			assertThat(located.longitude()).isEqualTo(nimes.centreLon());
			assertThat(located.fromService()).isFalse();
		}
		assertThat(jdbc.queryForObject("select count(*) from geocode_cache where label in ('Chemin Incertain',"
				+ " 'Route d''Ailleurs', 'Nîmes')", Integer.class)).as("weak answers are not cached").isZero();
	}

	@Test
	void withoutStreetOrCommuneNothingIsAsked() {
		assertThat(geocoder.locate(new Address(" ", null, "30189")).precision())
			.isEqualTo(GeoPrecision.COMMUNE_CENTROID);
		assertThat(geocoder.locate(new Address(null, null, null))).isEqualTo(Located.unknown());
		assertThat(geocoder.locate(new Address("", "75001", "75101")).precision())
			.as("a commune outside the département has no known centre")
			.isEqualTo(GeoPrecision.UNKNOWN);
		assertThat(SERVICE.requests()).isEmpty();
	}

	@Test
	void locatesManyAddressesInOneBatchKeepingTheirOrder() {
		List<Address> addresses = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			SERVICE.teach(i + " avenue du lot " + i,
					new Answer(43.8 + i / 1000.0, 4.3, 0.8, i % 2 == 0 ? "housenumber" : "street", "30189", "Lot " + i));
			addresses.add(new Address(i + " avenue du lot " + i, "30900", "30189"));
		}
		addresses.add(new Address("inconnue au bataillon", "30900", "30189"));
		addresses.add(new Address("3 avenue du lot 3", "30900", "30189"));

		List<Located> located = geocoder.locateAll(addresses);

		assertThat(SERVICE.requests()).containsExactly("CSV 13 rows");
		assertThat(located).hasSize(14);
		for (int i = 1; i <= 12; i++) {
			assertThat(located.get(i - 1).latitude()).isEqualTo(43.8 + i / 1000.0);
			assertThat(located.get(i - 1).precision())
				.isEqualTo(i % 2 == 0 ? GeoPrecision.ADDRESS : GeoPrecision.STREET);
		}
		assertThat(located.get(12).precision()).isEqualTo(GeoPrecision.COMMUNE_CENTROID);
		assertThat(located.get(13)).isEqualTo(located.get(2));
	}

	@Test
	void aFailingServiceIsLeftAloneForAWhileAndTheCommuneCentreIsUsed() {
		SERVICE.teach("9 boulevard gambetta", new Answer(43.83, 4.36, 0.9, "housenumber", "30189", "9 Bd Gambetta"));
		MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
		BanGeocoder geocoder = new BanGeocoder(
				new GeocodingProperties(URI.create(SERVICE.url()), true, Duration.ofSeconds(2), 0.5, 1000, 5,
						Duration.ofSeconds(60), Duration.ofDays(365)),
				communes, jdbc, provider(clock));
		SERVICE.failWith(503);

		Located during = geocoder.locate(new Address("9 boulevard Gambetta", "30000", "30189"));
		Located stillPaused = geocoder.locate(new Address("9 boulevard Gambetta", "30000", "30189"));

		assertThat(during.precision()).isEqualTo(GeoPrecision.COMMUNE_CENTROID);
		assertThat(stillPaused.precision()).isEqualTo(GeoPrecision.COMMUNE_CENTROID);
		assertThat(SERVICE.requests()).hasSize(1);

		SERVICE.reset();
		clock.advance(Duration.ofSeconds(61));
		assertThat(geocoder.locate(new Address("9 boulevard Gambetta", "30000", "30189")).precision())
			.isEqualTo(GeoPrecision.ADDRESS);
	}

	@Test
	void anUnreachableServiceFallsBackWithoutWaitingLong() {
		BanGeocoder geocoder = new BanGeocoder(
				new GeocodingProperties(URI.create("http://127.0.0.1:9/geocodage"), true, Duration.ofSeconds(2), 0.5,
						1000, 5, Duration.ofSeconds(60), Duration.ofDays(365)),
				communes, jdbc, provider(Clock.systemUTC()));

		List<Located> located = geocoder.locateAll(List.of(new Address("1 rue Fermée", "30100", "30007"),
				new Address("2 rue Fermée", "30100", "30007")));

		assertThat(located).extracting(Located::precision)
			.containsOnly(GeoPrecision.COMMUNE_CENTROID);
	}

	private static org.springframework.beans.factory.ObjectProvider<Clock> provider(Clock clock) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("clock", clock);
		return beans.getBeanProvider(Clock.class);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
