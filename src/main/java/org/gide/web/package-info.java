/**
 * Shared web layer: layout, security headers and filter chain, locale, error pages, static pages. No business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.gide.web;
