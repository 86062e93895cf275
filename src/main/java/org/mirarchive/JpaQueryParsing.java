package org.mirarchive;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Has the repositories' declared queries parsed once, by Hibernate, when the archive starts.
 * Spring Data parses each JPQL query a second time with its own grammar, to add sorting and
 * derive count queries; the archive's queries never ask that of it (they return lists, paged by
 * an unsorted {@code Pageable}), and that second parse took about half a second of every start
 * on 2 cores, before the first page could be served. Spring Data's plain enhancer reads them
 * without parsing.
 */
@Component
class JpaQueryParsing implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
			repositories.setQueryEnhancerSelectorSource(query -> QueryEnhancerFactories.fallback());
		}
		return bean;
	}

}
