/**
 * Search that forgives what readers type: {@code /search} over every entry and source, the
 * search box in every page's header, and the OpenSearch description that lets a browser add the
 * archive as a search engine. The index is kept by Hibernate Search (embedded Lucene by default,
 * or an Elasticsearch/OpenSearch cluster by configuration; see {@code docs/deployment.md}); the
 * rules for turning what a reader typed into words and snippets are plain classes here. Results
 * come a list page at a time under every list's rule ({@code org.mirarchive.model.Paging}).
 */
package org.mirarchive.search;
