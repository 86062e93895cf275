package org.mirarchive.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The curators' accounts. */
public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	List<Account> findAllByOrderByUsernameAsc();

	/**
	 * The enabled accounts of a role (administrators), locked until the transaction ends: two administrators demoting
	 * each other at the same moment are taken one after the other, and the second sees the first's
	 * change, so that the archive always keeps one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = :role and a.enabled = true")
	List<Account> lockEnabled(@Param("role") Role role);

}
