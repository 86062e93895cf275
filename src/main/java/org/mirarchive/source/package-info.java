/**
 * The works the archive cites: their bibliographic records, the source pages, and a
 * ready-made citation of each work.
 */
package org.mirarchive.source;
