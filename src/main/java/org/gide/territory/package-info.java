/**
 * Reference geography of the département: communes and EPCI imported from the official geographic code (COG),
 * their outlines, and the territories (groups of EPCI and communes) the département works by.
 * <p>
 * Other modules use {@link org.gide.territory.Communes} and {@link org.gide.territory.Territories}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory")
package org.gide.territory;
