package org.gide.directory.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

	Optional<Claim> findByTokenHash(String tokenHash);

	/** The claim, locked until the end of the transaction: two clicks on one link or two agents decide once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.tokenHash = :tokenHash")
	Optional<Claim> lockByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.id = :id")
	Optional<Claim> lockById(long id);

	List<Claim> findByStatusAndMethodOrderByCreatedAt(Claim.Status status, Claim.Method method);

	boolean existsByOrganisationIdAndAccountIdAndMethodAndStatus(long organisationId, long accountId,
			Claim.Method method, Claim.Status status);

	long countByAccountIdAndMethodAndCreatedAtAfter(long accountId, Claim.Method method, Instant after);

	@Modifying
	@Query("update Claim c set c.organisationId = :kept where c.organisationId = :removed and c.status = :status")
	int moveWithStatus(long removed, long kept, Claim.Status status);

}
