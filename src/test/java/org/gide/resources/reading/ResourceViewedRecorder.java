package org.gide.resources.reading;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gide.resources.ResourceViewed;

/** Records the {@link ResourceViewed} events the item page publishes (tests read them by item id). */
@Component
public class ResourceViewedRecorder {

	private final List<ResourceViewed> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ResourceViewed viewed) {
		events.add(viewed);
	}

	public List<ResourceViewed> of(long itemId) {
		return events.stream().filter(e -> e.itemId() == itemId).toList();
	}

}
