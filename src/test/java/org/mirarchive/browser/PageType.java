package org.mirarchive.browser;

/** One page of each type the archive serves, for the tests that go through them all. */
enum PageType {

	HOME("/"),
	PEOPLE("/people"),
	ORGANIZATIONS("/organizations"),
	EVENTS("/events"),
	PLACES("/places"),
	WORKS("/works"),
	SOURCES("/sources"),
	PERSON("/people/miguel-enriquez"),
	ORGANIZATION("/organizations/mir"),
	EVENT("/events/coup-of-11-september-1973"),
	PLACE("/places/santiago"),
	WORK("/works/mir-mission-statement"),
	SOURCE("/sources/chiles-mir-the-revolutionary-left-movement"),
	SOURCE_CITED_IN_NOTES("/sources/wikipedia-carlos-prats"),
	HISTORY("/people/miguel-enriquez/history"),
	REVISION("/organizations/mir/revisions/1"),
	TIMELINE("/timeline"),
	ABOUT_THE_SOURCE("/about-the-source"),
	GLOSSARY("/glossary"),
	READING_PATHS("/paths"),
	READING_PATH("/paths/the-article-step-by-step"),
	SENTENCE_CITATION("/organizations/mir/cite/statement-mir-insurgent-group"),
	CONNECTIONS("/connections"),
	SEARCH_RESULTS("/search?q=enriquez"),
	NOT_FOUND("/people/nobody"),
	LOGIN("/login");

	final String path;

	PageType(String path) {
		this.path = path;
	}

	/** The page's name in file names: "search-results". */
	String fileName() {
		return name().toLowerCase().replace('_', '-');
	}

}
