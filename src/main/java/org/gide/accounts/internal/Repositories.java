package org.gide.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gide.accounts.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query("select count(a) from Account a join a.roles r where r = :role")
	long countWithRole(Role role);

	@Query("""
			select distinct a from Account a left join a.roles r
			where (:query = '' or lower(a.email) like concat('%', :query, '%') or lower(a.displayName) like concat('%', :query, '%'))
			and (:role is null or r = :role)
			order by a.email""")
	Page<Account> search(String query, Role role, Pageable pageable);

	@Modifying
	@Query("delete from Account a where a.verified = false and a.createdAt < :before")
	int deleteUnverifiedCreatedBefore(Instant before);

	List<Account> findByDemoTrue();

}

interface DirectionRepository extends JpaRepository<Direction, Long> {

	List<Direction> findAllByOrderByName();

	List<Direction> findByActiveTrueOrderByName();

	boolean existsByNameIgnoreCase(String name);

}

interface TokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHash(String hash);

	@Modifying
	@Query("delete from AccountToken t where t.accountId = :accountId")
	void deleteByAccount(Long accountId);

	@Modifying
	@Query("delete from AccountToken t where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
	void deleteUnused(Long accountId, AccountToken.Purpose purpose);

	@Modifying
	@Query("delete from AccountToken t where t.expiresAt < :before")
	int deleteExpiredBefore(Instant before);

}

interface ThrottleRepository extends JpaRepository<LoginThrottle, String> {

	@Modifying
	@Query("delete from LoginThrottle t where t.lastFailureAt < :before and (t.lockedUntil is null or t.lockedUntil < :before)")
	int deleteIdleSince(Instant before);

}

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

	Page<AuditEntry> findAllByOrderByAtDescIdDesc(Pageable pageable);

	@Modifying
	@Query("update AuditEntry e set e.actorEmail = :label where e.actorId = :id")
	void anonymiseActor(Long id, String label);

	@Modifying
	@Query("update AuditEntry e set e.targetEmail = :label where e.targetId = :id")
	void anonymiseTarget(Long id, String label);

	@Modifying
	@Query("delete from AuditEntry e where e.at < :before")
	int deleteOlderThan(java.time.Instant before);

}
