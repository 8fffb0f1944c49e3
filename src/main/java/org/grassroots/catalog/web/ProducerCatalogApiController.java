package org.grassroots.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ImportReport;
import org.grassroots.catalog.Stock;
import org.grassroots.catalog.Variant;
import org.grassroots.catalog.VariantNotFoundException;
import org.grassroots.common.VariantId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.platform.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A producer's own catalog through the API: variants, price and stock, CSV import. */
@RestController
@RequestMapping("/api/v1/producer")
@Tag(name = "Producer", description = "The calling producer's own catalog")
class ProducerCatalogApiController {

    private final CatalogApi catalog;
    private final CurrentAccount account;

    ProducerCatalogApiController(CatalogApi catalog, CurrentAccount account) {
        this.catalog = catalog;
        this.account = account;
    }

    @Operation(summary = "All variants of the calling producer")
    @GetMapping("/variants")
    List<Variant> variants() {
        return catalog.variantsOf(producer().id());
    }

    record VariantChange(
            @NotNull @DecimalMin("0.00") @Digits(integer = 7, fraction = 2)
            BigDecimal price,

            @NotNull @Min(0) Integer onHand,
            boolean onDemand) {}

    @Operation(summary = "Set price and stock of one of the producer's variants")
    @PatchMapping("/variants/{id}")
    Variant update(@PathVariable long id, @Valid @RequestBody VariantChange change) {
        Enterprise producer = producer();
        VariantId variant = new VariantId(id);
        catalog.updateVariant(
                producer.id(),
                variant,
                change.price().movePointRight(2).longValueExact(),
                new Stock(change.onDemand() ? 0 : change.onHand(), change.onDemand()));
        return catalog.variants(List.of(variant)).get(0);
    }

    @Operation(
            summary = "Import products from CSV (create or update by SKU)",
            description = "The body is the CSV itself (text/csv). Every row is checked first; with any problem "
                    + "nothing is written and the answer is 422 with every problem by row and column.")
    @PostMapping(
            value = "/catalog",
            consumes = {"text/csv", "text/plain"})
    ResponseEntity<Object> importCsv(@RequestBody String csv) {
        ImportReport report = catalog.importCsv(producer().id(), new StringReader(csv), "GBP");
        if (report.succeeded()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, "Nothing was imported: fix every row listed in 'errors'.");
        problem.setProperty(
                "errors",
                report.problems().stream()
                        .map(p -> Map.of("row", p.row(), "field", p.field(), "reason", p.reason()))
                        .toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(VariantNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(VariantNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiErrors.problem(HttpStatus.NOT_FOUND, "id", "No such variant in your catalog."));
    }

    private Enterprise producer() {
        return account.producer();
    }
}
