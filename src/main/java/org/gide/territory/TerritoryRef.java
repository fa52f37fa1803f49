package org.gide.territory;

/** A territory by its slug (as in {@code /territoires/{slug}}) and name. */
public record TerritoryRef(String slug, String nom) {
}
