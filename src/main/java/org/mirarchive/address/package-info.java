/**
 * The archive's addresses as the world sees them: the absolute URLs that leave the site in
 * citations, JSON-LD, the API and the sitemap, and each page's canonical address. Every feature
 * may use them; they depend on no feature.
 */
package org.mirarchive.address;
