package org.mirarchive.instances;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Follows the changes to the archive's content that this instance commits: a bean of this type is
 * told of every transaction that changes content, just before it commits, on the transaction's
 * own connection (which sees the transaction's changes), and says what to do once it has committed.
 */
public interface CommitFollower {

	/** Nothing to do after the commit. */
	Runnable NOTHING = () -> {
	};

	/**
	 * A transaction that changed content is about to commit.
	 *
	 * @param change what it changed
	 * @param connection the transaction's connection: for reading, and for anything that should
	 * happen if and only if the transaction commits; never to be closed or committed
	 * @return what to do once the transaction has committed (not if it rolls back)
	 */
	Runnable beforeCommit(ContentChange change, Connection connection) throws SQLException;

}
