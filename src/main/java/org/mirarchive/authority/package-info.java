/**
 * The archive's people and organizations as authority records in EAC-CPF 2.0 (Encoded Archival
 * Context – Corporate Bodies, Persons, and Families): every form of the name, the dates of
 * existence, the cited statements, the relations to other agents, works, places and events, the
 * works cited, and the record's maintenance history from the entry's revisions.
 * {@link org.mirarchive.authority.EacCpfRecords} writes one to any {@code XMLStreamWriter}, so
 * that a harvesting interface can carry it as a metadata format. Stands on the entries' records
 * ({@code entry}); their revisions come through {@link org.mirarchive.authority.MaintenanceHistory},
 * which the history implements. Written with the JDK's StAX.
 */
package org.mirarchive.authority;
