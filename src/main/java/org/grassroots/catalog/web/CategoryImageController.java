package org.grassroots.catalog.web;

import java.time.Duration;
import java.util.Map;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Category;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** A generated SVG per category, used wherever a product has no photo of its own. */
@RestController
class CategoryImageController {

    private static final Map<String, String> COLOURS = Map.of(
            "produce", "#5d8f4e",
            "dairy-eggs", "#c9a43a",
            "meat-fish", "#9c3d3d",
            "bakery", "#b07a3c",
            "pantry", "#7d6a9a");

    private final CatalogApi catalog;

    CategoryImageController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @GetMapping(value = "/images/category/{slug}.svg", produces = "image/svg+xml")
    ResponseEntity<String> image(@PathVariable String slug) {
        Category category = catalog.categories().stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElse(new Category(slug, null, "Grassroots"));
        String colour =
                COLOURS.getOrDefault(category.parent() == null ? category.slug() : category.parent(), "#5f6b63");
        String name = HtmlUtils.htmlEscape(category.name());
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180" role="img" aria-label="%2$s">
                  <rect width="320" height="180" fill="%1$s"/>
                  <circle cx="260" cy="40" r="70" fill="#ffffff" opacity="0.12"/>
                  <circle cx="40" cy="170" r="60" fill="#ffffff" opacity="0.10"/>
                  <path d="M160 128c0-30 8-47 34-60-26 0-38 13-38 26-4-17-17-30-38-30 17 9 30 26 30 64z"
                        fill="#ffffff" opacity="0.85"/>
                  <text x="160" y="160" text-anchor="middle" font-family="system-ui, sans-serif" font-size="16"
                        fill="#ffffff" opacity="0.95">%2$s</text>
                </svg>
                """.formatted(colour, name);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(svg);
    }
}
