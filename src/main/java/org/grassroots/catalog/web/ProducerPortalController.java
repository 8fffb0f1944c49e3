package org.grassroots.catalog.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ImportProblem;
import org.grassroots.catalog.ImportReport;
import org.grassroots.catalog.Stock;
import org.grassroots.catalog.Variant;
import org.grassroots.catalog.VariantNotFoundException;
import org.grassroots.common.Money;
import org.grassroots.common.VariantId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A producer's own catalog: prices and stock, edited in place, and CSV import. A producer only
 * ever sees and changes its own variants; the SQL itself is scoped to the producer.
 */
@Controller
@RequestMapping("/producer")
class ProducerPortalController {

    private final CatalogApi catalog;
    private final CurrentAccount account;

    ProducerPortalController(CatalogApi catalog, CurrentAccount account) {
        this.catalog = catalog;
        this.account = account;
    }

    /** The producer area's own address opens its first page. */
    @GetMapping
    String home() {
        return "redirect:/producer/products";
    }

    @GetMapping("/products")
    String products(Model model) {
        Enterprise producer = producer();
        model.addAttribute("producer", producer);
        model.addAttribute("variants", catalog.variantsOf(producer.id()));
        return "producer/products";
    }

    /** Saves one row of the products table: price and stock. htmx swaps the row; plain forms redirect. */
    @PostMapping("/variants/{id}")
    String updateVariant(
            @PathVariable long id,
            @RequestParam String price,
            @RequestParam(defaultValue = "") String onHand,
            @RequestParam(defaultValue = "false") boolean onDemand,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        Enterprise producer = producer();
        VariantId variantId = new VariantId(id);
        String error = null;
        try {
            Money money = Money.parse(price, "GBP");
            int stock = onDemand ? 0 : Integer.parseInt(onHand.strip());
            if (stock < 0) {
                throw new IllegalArgumentException("negative stock");
            }
            catalog.updateVariant(producer.id(), variantId, money.minorUnits(), new Stock(stock, onDemand));
        } catch (NumberFormatException e) {
            error = "Stock must be a whole number, or tick 'made to order'.";
        } catch (IllegalArgumentException e) {
            error = "Enter a price like 3.25 and a stock of 0 or more.";
        }
        if (htmx == null) {
            if (error != null) {
                redirect.addFlashAttribute("error", error);
            }
            return "redirect:/producer/products";
        }
        Variant variant = catalog.variantsOf(producer.id()).stream()
                .filter(v -> v.id().equals(variantId))
                .findFirst()
                .orElseThrow(() -> VariantNotFoundException.forProducer(variantId));
        model.addAttribute("v", variant);
        model.addAttribute("rowError", error);
        model.addAttribute("saved", error == null);
        return "producer/products :: row";
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("producer", producer());
        return "producer/import";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        Enterprise producer = producer();
        model.addAttribute("producer", producer);
        ImportReport report;
        if (file == null || file.isEmpty()) {
            report = ImportReport.refused(0, List.of(new ImportProblem(0, "file", "Choose a CSV file to import.")));
        } else {
            try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                report = catalog.importCsv(producer.id(), reader, "GBP");
            }
        }
        model.addAttribute("report", report);
        model.addAttribute("filename", file == null ? "" : file.getOriginalFilename());
        return "producer/import";
    }

    private Enterprise producer() {
        return account.producer();
    }
}
