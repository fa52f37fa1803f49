package org.gide.directory.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

	Optional<Claim> findByTokenHash(String tokenHash);

	List<Claim> findByStatusAndMethodOrderByCreatedAt(Claim.Status status, Claim.Method method);

	boolean existsByOrganisationIdAndAccountIdAndMethodAndStatus(long organisationId, long accountId,
			Claim.Method method, Claim.Status status);

	long countByAccountIdAndMethodAndCreatedAtAfter(long accountId, Claim.Method method, Instant after);

	@Modifying
	@Query("update Claim c set c.organisationId = :kept where c.organisationId = :removed and c.status = :status")
	int moveWithStatus(long removed, long kept, Claim.Status status);

}
