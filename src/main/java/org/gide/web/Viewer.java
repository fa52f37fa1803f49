package org.gide.web;

/** Implemented by the authenticated principal so that the layout can greet the user by name. */
public interface Viewer {

	String displayName();

}
