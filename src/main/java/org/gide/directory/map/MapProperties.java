package org.gide.directory.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The base map: {@code gide.map.tiles.url} is a Leaflet tile URL template ({z}, {x}, {y}, and {s} for
 * subdomains), blank for no base map (the commune outlines are always drawn); its host is added to the
 * Content-Security-Policy's img-src. {@code attribution} and {@code attribution-url} credit the tiles.
 */
@ConfigurationProperties("gide.map.tiles")
record MapProperties(String url, String attribution, String attributionUrl, Integer maxZoom) {

	MapProperties {
		url = url == null ? "" : url.strip();
		attribution = attribution == null ? "" : attribution;
		attributionUrl = attributionUrl == null ? "" : attributionUrl;
		maxZoom = maxZoom == null ? 19 : maxZoom;
	}

}
