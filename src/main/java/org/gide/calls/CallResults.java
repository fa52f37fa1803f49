package org.gide.calls;

import java.util.List;

/**
 * The published results of a call: its laureates (implemented by the committee part, shown by the call's public
 * page and the laureates part). Empty until an agent publishes the results.
 */
public interface CallResults {

	/** A laureate dossier: its title, its cooperating organisations' names (lead first) and the motivation. */
	record Laureate(long dossierId, String title, List<String> organisations, String motivation) {
	}

	List<Laureate> laureates(long callId);

}
