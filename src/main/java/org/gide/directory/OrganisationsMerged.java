package org.gide.directory;

/**
 * Published inside the transaction that merges a duplicate ({@code removedId}) into the organisation that is kept
 * ({@code keptId}), before the duplicate is deleted: whatever refers to the duplicate (its administrators, pending
 * claims, history) moves to the kept one in the same transaction ({@code @EventListener}, not after commit), so a
 * failure anywhere undoes the whole merge. An {@link OrganisationsChanged} naming both ids follows after commit.
 */
public record OrganisationsMerged(long keptId, long removedId) {
}
