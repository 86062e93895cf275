package org.mirarchive.web;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Sizes Thymeleaf's caches of parsed templates and expressions for the archive's templates.
 *
 * <p>Thymeleaf keeps at most 500 parsed expressions by default, held by soft references; the
 * templates hold about 2,000 attribute expressions and as many inner ones, so under a mix of
 * pages the cache forgot expressions that the next page needed again, and each was parsed again
 * and, with the SpEL compiler on, compiled again into a new class: measured under a mixed load,
 * the compiler's class loaders were created and collected without end and the metaspace grew to
 * 155 MB. With room for every expression, each is parsed and compiled once. Held strongly, since
 * a small heap would otherwise drop them under pressure, only to build them again at once.
 */
final class TemplateCaches implements BeanPostProcessor {

	/** Room for every expression the templates hold, with a margin; each entry is small. */
	static final int EXPRESSIONS = 10_000;

	/** Room for every template (about 80) and every fragment selection of them. */
	static final int TEMPLATES = 1_000;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			engine.setCacheManager(cacheManager());
		}
		return bean;
	}

	static StandardCacheManager cacheManager() {
		StandardCacheManager caches = new StandardCacheManager();
		caches.setExpressionCacheMaxSize(EXPRESSIONS);
		caches.setExpressionCacheUseSoftReferences(false);
		caches.setTemplateCacheMaxSize(TEMPLATES);
		caches.setTemplateCacheUseSoftReferences(false);
		return caches;
	}

}
