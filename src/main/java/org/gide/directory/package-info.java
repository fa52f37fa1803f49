/**
 * Directory of the organisations of the social and solidarity economy (ESS): identity values (SIREN, SIRET, RNA,
 * legal category), the ESS family and sector classifications (editable data under {@code directory/}), inclusion
 * types and reserved public markets, and the {@link org.gide.directory.Organisations} service.
 * <p>
 * Public API: the types of this package. Everything under {@code internal} is private. Communes, EPCI and
 * territories are resolved through {@link org.gide.territory.Communes} at read time. See {@code docs/directory.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = { "territory", "web" })
package org.gide.directory;
