package org.gide.directory.people;

import java.util.List;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	List<Proposal> findByStatusOrderByCreatedAt(Proposal.Status status);

	/** The proposal, locked until the end of the transaction: two agents cannot both decide it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Proposal p where p.id = :id")
	Optional<Proposal> lockById(long id);

}
