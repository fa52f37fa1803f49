package org.gide.directory.geocoding;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address service: {@code url} is the base of an addok-compatible API ({@code /search} and {@code /search/csv}),
 * the IGN Géoplateforme's by default, which serves the BAN since api-adresse.data.gouv.fr was retired.
 *
 * @param enabled false: never call the service (every address falls back to its commune's centre)
 * @param timeout for one request (a batch gets this per 1,000 addresses, plus the same again)
 * @param minScore answers scored below are not trusted
 * @param batchSize addresses per CSV batch request
 * @param batchFrom from this many addresses to locate at once, use the CSV batch instead of one request each
 * @param pauseAfterFailure after a network failure or an error status, don't call the service for this long
 * @param cacheFor how long an accepted answer is reused
 */
@ConfigurationProperties("gide.geocoding")
record GeocodingProperties(@DefaultValue("https://data.geopf.fr/geocodage") URI url,
		@DefaultValue("true") boolean enabled, @DefaultValue("3s") Duration timeout,
		@DefaultValue("0.5") double minScore, @DefaultValue("1000") int batchSize, @DefaultValue("5") int batchFrom,
		@DefaultValue("60s") Duration pauseAfterFailure, @DefaultValue("365d") Duration cacheFor) {
}
