package org.grassroots.market.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.catalog.ProductCard;
import org.grassroots.common.EnterpriseId;
import org.grassroots.market.application.Shopfront;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The shelf's product cards as HTML, each rendered once per distinct content (product, price,
 * stock, producer, distance, signed in or not, language) and shared by every shopper who sees the
 * same card. Rendering two dozen cards through Thymeleaf was most of a shop page's cost
 * (docs/benchmarks.md). A card's add-to-cart form carries the viewer's CSRF token: it is cut out of
 * the cached HTML and put back per request. Templates read live in development
 * ({@code spring.thymeleaf.cache=false}) turn the cache off.
 */
@Component
class ProductCards {

    private static final String CARD = "market/fragments :: card";
    private static final String TOKEN_SLOT = "\u0000csrf\u0000";

    private final ThymeleafViewResolver views;
    private final boolean caching;
    private final Cache<Key, String> cache = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    ProductCards(ThymeleafViewResolver views, @Value("${spring.thymeleaf.cache:true}") boolean caching) {
        this.views = views;
        this.caching = caching;
    }

    /** Everything a card's HTML depends on. */
    private record Key(
            ProductCard card,
            String producer,
            Double km,
            Double kmFromShopper,
            String hubSlug,
            Long cycleId,
            boolean signedIn,
            Locale locale) {}

    /** The cards of a shelf page, in order, ready to be written unescaped into the page. */
    List<String> html(
            List<ProductCard> cards,
            Map<EnterpriseId, Shopfront.ProducerDistance> producers,
            String hubSlug,
            Long cycleId,
            boolean signedIn,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String token = csrf == null ? null : csrf.getToken();
        return cards.stream()
                .map(card -> {
                    Shopfront.ProducerDistance producer = producers.get(card.producer());
                    Key key = new Key(
                            card,
                            producer == null ? null : producer.producer().name(),
                            producer == null ? null : producer.km(),
                            producer == null ? null : producer.kmFromShopper(),
                            hubSlug,
                            cycleId,
                            signedIn,
                            locale);
                    if (!caching) {
                        return render(key, producer, request, response);
                    }
                    // Rendered outside the cache's lock, which would also hold up other cards in
                    // the same hash bin; two shoppers seeing a new card at once both render it.
                    String html = cache.getIfPresent(key);
                    if (html == null) {
                        html = withoutToken(render(key, producer, request, response), token);
                        cache.put(key, html);
                    }
                    return token == null ? html : html.replace(TOKEN_SLOT, token);
                })
                .toList();
    }

    private static String withoutToken(String html, String token) {
        return token == null ? html : html.replace(token, TOKEN_SLOT);
    }

    private String render(
            Key key, Shopfront.ProducerDistance producer, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> model = new HashMap<>();
        model.put("card", key.card());
        model.put("producer", producer == null ? null : producer.producer());
        model.put("km", key.km());
        model.put("kmFromShopper", key.kmFromShopper());
        model.put("hubSlug", key.hubSlug());
        model.put("cycleId", key.cycleId());
        model.put("signedIn", key.signedIn());
        StringWriter out = new StringWriter();
        try {
            View view = views.resolveViewName(CARD, key.locale());
            view.render(model, request, new Capture(response, out));
        } catch (Exception e) {
            throw new IllegalStateException("Could not render a product card", e);
        }
        return out.toString();
    }

    /** A response whose body goes to a string, leaving the real response's headers alone. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Capture(HttpServletResponse response, StringWriter out) {
            super(response);
            this.writer = new PrintWriter(out);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public void setLocale(Locale locale) {}

        @Override
        public void flushBuffer() {
            writer.flush();
        }
    }
}
