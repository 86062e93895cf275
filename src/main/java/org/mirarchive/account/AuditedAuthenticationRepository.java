package org.mirarchive.account;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The audit log of authentications. */
public interface AuditedAuthenticationRepository extends JpaRepository<AuditedAuthentication, Long> {

	List<AuditedAuthentication> findByUsernameOrderByIdAsc(String username);

}
