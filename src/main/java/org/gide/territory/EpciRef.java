package org.gide.territory;

/** An EPCI by its SIREN and name. */
public record EpciRef(String code, String nom) {
}
