/**
 * Harvesting: the archive's OAI-PMH 2.0 data provider at {@code /oai}. Every published entry and
 * every cited work is a record in Dublin Core ({@code oai_dc}), in one set per kind of entry and one
 * for the works; a withdrawn entry is a deleted record. The protocol (verbs, arguments, errors,
 * resumption tokens) is xoai's ({@code io.gdcc.xoai}), a token also carrying the record its list
 * stopped at ({@code ResumptionTokens}); the records come a list's length at
 * a time, after that record, from the archive's own repositories. Further formats plug in as {@link org.mirarchive.harvest.HarvestFormat} beans.
 */
package org.mirarchive.harvest;
