package org.mirarchive.work;

/** What kind of work a source is; decides how it is cited. */
public enum SourceKind {
	ARTICLE, PHOTOGRAPH, ENCYCLOPEDIA_ARTICLE, WEB_PAGE, BOOK, LAW, REPORT
}
