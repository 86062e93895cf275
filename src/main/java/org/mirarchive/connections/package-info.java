/**
 * The whole archive's graph of connections ({@code /connections}): every entry in rings by how
 * many connections away from the MIR it is, drawn ({@code picture.GraphPicture}) and written out
 * as lists, ring by ring; bounded to the entries nearest the MIR in a large archive.
 */
package org.mirarchive.connections;
