/**
 * Typed, dated and cited relations between entries (founder, leader, member, kinship, alliance,
 * part of, based in, happened at, took part in), and how they read from either end.
 */
package org.mirarchive.relation;
