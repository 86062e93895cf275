/**
 * Curators' accounts and how the archive knows who is asking: accounts with a role (editor,
 * reviewer, administrator), form login with CSRF and a session for curators only, personal API
 * tokens for {@code Authorization: Bearer}, login throttling, and the audit log of every
 * authentication. Readers pass through without an account, a session or a cookie. Depends on no
 * other feature.
 */
package org.mirarchive.account;
