package org.mirarchive.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The curators' accounts. */
public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

}
