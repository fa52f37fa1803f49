package org.gide.resources.item;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way the other parts of the module read and write {@link ResourceItem}s (the repository stays private to
 * this package). Every write goes through JPA so that Hibernate Search follows (docs/resources.md § 5).
 * Part A adds the content operations ({@code create}, {@code saveContent} with revisions, {@code upsertDeliverable});
 * the workflow (part B) locks the row with {@link #lock(long)} and changes only the state columns.
 */
@Service
public class ResourceItems {

	private final ResourceItemRepository repository;

	private final EntityManager entityManager;

	ResourceItems(ResourceItemRepository repository, EntityManager entityManager) {
		this.repository = repository;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public Optional<ResourceItem> find(long id) {
		return repository.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<ResourceItem> findByDeliverable(long deliverableId) {
		return repository.findByDeliverableId(deliverableId);
	}

	/** The item locked for update ({@code select … for update}) in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<ResourceItem> lock(long id) {
		return Optional.ofNullable(entityManager.find(ResourceItem.class, id, LockModeType.PESSIMISTIC_WRITE));
	}

	/**
	 * Persists the item as it is (new or changed) and flushes, so that constraint violations surface here. For
	 * tests' fixtures and the parts' own writes; forms go through part A's content operations.
	 */
	@Transactional
	public ResourceItem store(ResourceItem item) {
		return repository.saveAndFlush(item);
	}

}
