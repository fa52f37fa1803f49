package org.gide.resources.item;

import org.gide.resources.ResourceType;

/** The public paths of resources (docs/resources.md § 4). */
public final class ResourcePaths {

	private ResourcePaths() {
	}

	/** The listing of a type: {@code /ressources/{type}}. */
	public static String listing(ResourceType type) {
		return "/ressources/" + type.slug();
	}

	/** The canonical page of an item: {@code /ressources/{type}/{id}-{slug}}. */
	public static String page(ResourceType type, long id, String slug) {
		return listing(type) + "/" + id + "-" + slug;
	}

}
