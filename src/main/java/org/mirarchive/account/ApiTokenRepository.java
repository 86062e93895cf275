package org.mirarchive.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The API tokens, found by the hash of a token given. */
public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@EntityGraph(attributePaths = "account")
	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountOrderByCreatedDescIdDesc(Account account);

}
