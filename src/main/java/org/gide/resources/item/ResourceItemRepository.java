package org.gide.resources.item;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes {@link ResourceItem}s; other parts go through part A's {@code ResourceItems}. */
interface ResourceItemRepository extends JpaRepository<ResourceItem, Long> {

	Optional<ResourceItem> findByDeliverableId(long deliverableId);

}
