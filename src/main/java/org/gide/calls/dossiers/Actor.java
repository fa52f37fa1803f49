package org.gide.calls.dossiers;

/** The signed-in person acting on dossiers: account id, email, display name, and whether an agent (or admin). */
public record Actor(long id, String email, String name, boolean agent) {
}
