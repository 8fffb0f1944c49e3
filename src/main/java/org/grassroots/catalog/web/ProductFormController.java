package org.grassroots.catalog.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Category;
import org.grassroots.catalog.NewProduct;
import org.grassroots.catalog.NewVariant;
import org.grassroots.catalog.ProductDetails;
import org.grassroots.catalog.ProductEdit;
import org.grassroots.catalog.VariantNotFoundException;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A producer adds a product with its first pack size, edits its description and ingredients, or
 * its nutrition panel.
 */
@Controller
@RequestMapping("/producer/products")
class ProductFormController {

    private final CatalogApi catalog;
    private final CurrentAccount account;

    ProductFormController(CatalogApi catalog, CurrentAccount account) {
        this.catalog = catalog;
        this.account = account;
    }

    @GetMapping("/new")
    String newProduct(Model model) {
        return page(model, ProductForm.blank(), null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ProductForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Enterprise producer = account.producer();
        form.checkDescription(categorySlugs(), errors);
        form.checkPackSize(errors);
        if (errors.hasErrors()) {
            return page(model, form, null);
        }
        try {
            catalog.addProduct(new NewProduct(
                    producer.id(),
                    form.name().strip(),
                    form.category(),
                    text(form.description()),
                    text(form.ingredients()),
                    text(form.storage()),
                    form.shelfLife(),
                    form.season(),
                    null,
                    List.of(new NewVariant(
                            form.sku().strip(),
                            null,
                            form.unitKind(),
                            form.baseUnitValue(),
                            Money.of(form.priceMinor(), "GBP"),
                            form.onHand(),
                            form.madeToOrder()))));
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMessage()).contains("product_producer_name_uk")) {
                errors.rejectValue("name", "product.form.name.taken");
            } else {
                errors.rejectValue("sku", "product.form.sku.taken");
            }
            return page(model, form, null);
        }
        redirect.addFlashAttribute("productSaved", form.name().strip());
        return "redirect:/producer/products";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ProductDetails product = owned(id);
        ProductForm form = new ProductForm(
                product.name(),
                product.category(),
                product.description(),
                product.ingredients(),
                product.storage(),
                product.shelfLifeDays() == null ? "" : product.shelfLifeDays().toString(),
                product.season().allYear()
                        ? ""
                        : Integer.toString(product.season().from().getValue()),
                product.season().allYear()
                        ? ""
                        : Integer.toString(product.season().to().getValue()),
                null,
                null,
                null,
                null,
                null,
                null);
        return page(model, form, product);
    }

    /** Where the product form with errors leaves the browser: opened again, the product's form. */
    @GetMapping("/{id}")
    String formAddress(@PathVariable long id) {
        return "redirect:/producer/products/" + id + "/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ProductForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProductDetails product = owned(id);
        form.checkDescription(categorySlugs(), errors);
        if (errors.hasErrors()) {
            return page(model, form, product);
        }
        try {
            catalog.updateProduct(
                    account.producer().id(),
                    product.id(),
                    new ProductEdit(
                            form.name().strip(),
                            form.category(),
                            text(form.description()),
                            text(form.ingredients()),
                            text(form.storage()),
                            form.shelfLife(),
                            form.season()));
        } catch (DuplicateKeyException e) {
            errors.rejectValue("name", "product.form.name.taken");
            return page(model, form, product);
        }
        redirect.addFlashAttribute("productSaved", form.name().strip());
        return "redirect:/producer/products";
    }

    @GetMapping("/{id}/nutrition")
    String nutrition(@PathVariable long id, Model model) {
        ProductDetails product = owned(id);
        return nutritionPage(model, NutritionForm.of(product.nutrition()), product);
    }

    @PostMapping("/{id}/nutrition")
    String saveNutrition(
            @PathVariable long id,
            @ModelAttribute("form") NutritionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProductDetails product = owned(id);
        form.check(errors);
        if (errors.hasErrors()) {
            return nutritionPage(model, form, product);
        }
        catalog.updateNutrition(account.producer().id(), product.id(), form.facts());
        redirect.addFlashAttribute("productSaved", product.name());
        return "redirect:/producer/products";
    }

    private String nutritionPage(Model model, NutritionForm form, ProductDetails product) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("product", product);
        return "producer/nutrition-form";
    }

    private ProductDetails owned(long id) {
        return catalog.productOf(account.producer().id(), new ProductId(id))
                .orElseThrow(() -> VariantNotFoundException.forProduct(new ProductId(id)));
    }

    private Set<String> categorySlugs() {
        return catalog.categories().stream().map(Category::slug).collect(Collectors.toSet());
    }

    private String page(Model model, ProductForm form, ProductDetails product) {
        // Replacing a bound form in the model would drop its BindingResult, and with it the errors.
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("product", product);
        model.addAttribute(
                "categories",
                catalog.categories().stream().filter(c -> !c.topLevel()).toList());
        return "producer/product-form";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
