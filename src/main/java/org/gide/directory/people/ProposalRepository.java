package org.gide.directory.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	List<Proposal> findByStatusOrderByCreatedAt(Proposal.Status status);

}
