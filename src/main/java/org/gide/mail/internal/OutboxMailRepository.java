package org.gide.mail.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	List<OutboxMail> findTop50ByStatusOrderByIdAsc(OutboxMail.Status status);

	Page<OutboxMail> findAllByOrderByIdDesc(Pageable pageable);

	@Modifying
	@Query("delete from OutboxMail m where m.createdAt < :before and m.status <> org.gide.mail.internal.OutboxMail.Status.PENDING")
	int deleteOlderThan(Instant before);

}
