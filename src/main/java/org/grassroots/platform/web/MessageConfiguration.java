package org.grassroots.platform.web;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The pages' texts, from {@code messages.properties}, formatted without a shared lock.
 *
 * <p>Spring's message sources keep one {@link MessageFormat} per message and format under a lock
 * on it, since a MessageFormat is not thread-safe. Every shop page formats the same few messages
 * with arguments ("Signed in as …", "Page 2 of 50"), so under load the threads queued on those
 * locks: a profile of the benchmark's list phase found them blocked 28 s in 14 s
 * (docs/benchmarks.md). Each use now formats with its own copy of the parsed pattern; copying is
 * far cheaper than waiting, and cheaper than parsing again.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    /** Replaces Spring Boot's message source, which is made only when no bean has this name. */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new UnsharedFormats();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static final class UnsharedFormats extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : (MessageFormat) shared.clone();
        }
    }
}
