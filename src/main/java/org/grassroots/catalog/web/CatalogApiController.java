package org.grassroots.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Category;
import org.grassroots.catalog.ProductDetails;
import org.grassroots.common.ProductId;
import org.grassroots.platform.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog: categories and product details. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog", description = "Categories and products")
class CatalogApiController {

    private final CatalogApi catalog;

    CatalogApiController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "The category taxonomy, top-level categories first within each group")
    @GetMapping("/categories")
    List<Category> categories() {
        return catalog.categories();
    }

    @Operation(summary = "A product with its variants, stock and nutrition per 100 g")
    @GetMapping("/products/{id}")
    ProductDetails product(@PathVariable long id) {
        return catalog.product(new ProductId(id)).orElseThrow(() -> ApiProblem.notFound("Product", id));
    }
}
