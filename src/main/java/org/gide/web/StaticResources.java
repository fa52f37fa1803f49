package org.gide.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, served only under their own folders ({@code spring.web.resources.add-mappings: false} turns off
 * Spring Boot's catch-all {@code /**} handler). Besides keeping page URLs out of the classpath, this matters for
 * speed: every link a template writes passes through the resource URL provider, which, with a catch-all handler,
 * looked each page link up in the jar (four classpath folders per link, uncached when nothing is found) — most of an
 * organisation page's time and nearly all of the search page's. Resolved static URLs are cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl revalidate = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		for (String folder : new String[] { "css", "js", "images" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(revalidate)
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
