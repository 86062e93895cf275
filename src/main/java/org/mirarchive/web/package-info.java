/**
 * What every page shares: the home page, the layout, error pages, locale and the beans that
 * put domain values into words.
 */
package org.mirarchive.web;
