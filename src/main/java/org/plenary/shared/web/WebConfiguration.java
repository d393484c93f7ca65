package org.plenary.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.ObjectMapper;

/**
 * The interface languages: the six official languages of the United Nations, in their order (Arabic, Chinese,
 * English, French, Russian, Spanish). {@code ?lang=fr} switches, and a cookie remembers the choice for a year;
 * without it the signed-in account's language decides, else the browser's preference (see {@link InterfaceLanguage}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.of("ar"), Locale.of("zh"), Locale.ENGLISH, Locale.FRENCH,
            Locale.of("ru"), Locale.of("es"));

    private final ObjectProvider<ReadableKeys> readableKeys;

    WebConfiguration(ObjectProvider<ReadableKeys> readableKeys) {
        this.readableKeys = readableKeys;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new InterfaceLanguage();
    }

    /** Outermost, so that it sees the failures of every other filter. */
    @Bean
    FilterRegistrationBean<BusyDatabase> busyDatabase(ObjectMapper json) {
        FilterRegistrationBean<BusyDatabase> registration = new FilterRegistrationBean<>(new BusyDatabase(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before Spring Security, whose CSRF check reads the parameters. */
    @Bean
    FilterRegistrationBean<OversizedUploads> oversizedUploads() {
        FilterRegistrationBean<OversizedUploads> registration = new FilterRegistrationBean<>(new OversizedUploads());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // Not on the API: reading a parameter there would parse a multipart upload before its size is checked.
        registry.addInterceptor(change).excludePathPatterns("/api/**");
        registry.addInterceptor(new AdministrationPages()).addPathPatterns(AdministrationPages.PATHS);
        registry.addInterceptor(new ControlCharactersInUrls());
        registry.addInterceptor(new ReadableAddresses(readableKeys));
    }
}
