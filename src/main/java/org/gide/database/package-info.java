/**
 * The embedded PostgreSQL used when no external database is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.gide.database;
