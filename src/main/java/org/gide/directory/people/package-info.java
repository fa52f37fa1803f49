/**
 * People and their organisations: administrators of an organisation, claims (by a mail at the organisation's
 * domain or by an agent's moderation), editing by administrators and agents with the field-level history, logos,
 * and organisations proposed by the public with their moderation queue. See {@code docs/organisations-people.md}.
 */
package org.gide.directory.people;
