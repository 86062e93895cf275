/**
 * The works the archive cites: their bibliographic records (notes, sections), the short quoted
 * passages of the article, how a place in a work is named, a ready-made citation of each work,
 * and the lists and counts of works. Depends on no feature but how the archive cites.
 */
package org.mirarchive.work;
