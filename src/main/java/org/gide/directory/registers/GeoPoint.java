package org.gide.directory.registers;

/** A WGS84 position in decimal degrees (RGF93 and WGS84 agree to well under a metre). */
public record GeoPoint(double latitude, double longitude) {
}
