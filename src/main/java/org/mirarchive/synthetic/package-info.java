/**
 * The synthetic test archive: an invented archive of any size, in the seed's proportions and
 * marked as synthetic everywhere, run in its own database under the {@code synthetic} profile to
 * measure the archive at scale. It never touches the real archive.
 */
package org.mirarchive.synthetic;
