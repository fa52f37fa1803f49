package org.gide.territory.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TerritoryRepository extends JpaRepository<Territory, Long> {

	Optional<Territory> findBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

}
