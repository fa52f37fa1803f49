package org.gide.directory.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findBySiret(String siret);

	Optional<Organisation> findByRna(String rna);

}
