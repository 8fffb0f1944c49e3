package org.grassroots.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.platform.ApiProblem;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Assessment;
import org.grassroots.safety.Claim;
import org.grassroots.safety.Declarations;
import org.grassroots.safety.Diet;
import org.grassroots.safety.NutriScore;
import org.grassroots.safety.ProductSafety;
import org.grassroots.safety.SafetyApi;
import org.grassroots.safety.domain.Correction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Food safety through the API: a product's allergens, diets and Nutri-Score with the policy's
 * answer for the caller's household; and a producer's traces, claims and corrections.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Food safety", description = "Allergens, diets, Nutri-Score and producers' declarations")
class SafetyApiController {

    private final SafetyApi safety;
    private final CurrentAccount current;

    SafetyApiController(SafetyApi safety, CurrentAccount current) {
        this.safety = safety;
        this.current = current;
    }

    /** Allergen, diet and claim codes, e.g. milk, tree-nuts, gluten-free, organic. */
    record SafetyJson(
            Map<String, List<String>> contains,
            List<String> traces,
            List<String> diets,
            List<String> claims,
            boolean fromName,
            NutriScore nutriScore,
            HouseholdAnswer forHousehold) {}

    /** The policy's answer for the caller's household; safe for a caller who is not signed in. */
    record HouseholdAnswer(boolean safe, boolean blocked, List<ConcernJson> concerns) {
        static HouseholdAnswer of(Assessment a) {
            return new HouseholdAnswer(
                    a.safe(),
                    a.blocked(),
                    a.concerns().stream()
                            .map(c -> new ConcernJson(
                                    c.member(),
                                    c.allergen() == null ? null : c.allergen().code(),
                                    c.diet() == null ? null : c.diet().code(),
                                    c.because(),
                                    c.blocking(),
                                    c.message()))
                            .toList());
        }
    }

    record ConcernJson(String member, String allergen, String diet, String because, boolean blocking, String message) {}

    @Operation(
            summary = "A product's allergens, traces, diets, claims and Nutri-Score",
            description = "forHousehold is the safety policy's answer for the caller's household: which member, "
                    + "which allergen or diet, which ingredient words.")
    @GetMapping("/products/{id}/safety")
    SafetyJson product(@PathVariable long id) {
        ProductSafety s = safety.productSafety(
                        new ProductId(id), current.signedIn().orElse(null))
                .orElseThrow(() -> ApiProblem.notFound("Product", id));
        Map<String, List<String>> contains = new TreeMap<>();
        s.contains().forEach((a, words) -> contains.put(a.code(), words));
        return new SafetyJson(
                contains,
                codes(s.traces(), Allergen::code),
                codes(s.diets(), Diet::code),
                codes(s.claims(), Claim::code),
                s.fromName(),
                s.nutriScore(),
                HouseholdAnswer.of(s.forHousehold()));
    }

    record DeclarationsJson(List<String> traces, List<String> claims, List<CorrectionJson> corrections) {
        static DeclarationsJson of(Declarations d) {
            return new DeclarationsJson(
                    codes(d.traces(), Allergen::code),
                    codes(d.claims(), Claim::code),
                    d.corrections().stream()
                            .map(c -> new CorrectionJson(c.allergen().code(), c.present(), c.reason(), c.at()))
                            .toList());
        }
    }

    record CorrectionJson(String allergen, boolean present, String reason, Instant at) {}

    record DeclarationRequest(List<String> traces, List<String> claims) {}

    record CorrectionRequest(
            @NotBlank String allergen,
            @NotNull Boolean present,

            @NotBlank @Size(min = Correction.REASON_MIN, max = Correction.REASON_MAX)
            String reason) {}

    @Operation(summary = "The traces, claims and allergen corrections the calling producer declared for a product")
    @GetMapping("/producer/products/{id}/declarations")
    DeclarationsJson declarations(@PathVariable long id) {
        return DeclarationsJson.of(
                safety.declarations(current.producer().id(), new ProductId(id)).orElseThrow(notYours(id)));
    }

    @Operation(summary = "Replace a product's \"may contain\" traces and its claims (organic, halal, kosher)")
    @PutMapping("/producer/products/{id}/declarations")
    DeclarationsJson declare(@PathVariable long id, @RequestBody DeclarationRequest body) {
        Set<Allergen> traces = EnumSet.noneOf(Allergen.class);
        Set<Claim> claims = EnumSet.noneOf(Claim.class);
        for (String code : body.traces() == null ? List.<String>of() : body.traces()) {
            traces.add(Allergen.fromCode(code)
                    .orElseThrow(() -> new UnknownCode("traces", "unknown allergen '" + code + "'")));
        }
        for (String code : body.claims() == null ? List.<String>of() : body.claims()) {
            claims.add(
                    Claim.fromCode(code).orElseThrow(() -> new UnknownCode("claims", "unknown claim '" + code + "'")));
        }
        EnterpriseId producer = current.producer().id();
        ProductId product = new ProductId(id);
        if (!safety.declare(producer, product, traces, claims)) {
            throw notYours(id).get();
        }
        return DeclarationsJson.of(safety.declarations(producer, product).orElseThrow(notYours(id)));
    }

    @Operation(
            summary = "Correct a detected allergen: the product does, or does not, contain it",
            description = "The reason is required and kept. The newest correction per allergen applies.")
    @PostMapping("/producer/products/{id}/allergen-corrections")
    ResponseEntity<DeclarationsJson> correct(@PathVariable long id, @Valid @RequestBody CorrectionRequest body) {
        Allergen allergen = Allergen.fromCode(body.allergen())
                .orElseThrow(() -> new UnknownCode("allergen", "unknown allergen '" + body.allergen() + "'"));
        EnterpriseId producer = current.producer().id();
        ProductId product = new ProductId(id);
        if (!safety.correct(
                producer, current.user(), product, new Correction(allergen, body.present(), body.reason()))) {
            throw notYours(id).get();
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DeclarationsJson.of(safety.declarations(producer, product).orElseThrow(notYours(id))));
    }

    private static Supplier<ApiProblem> notYours(long id) {
        return () -> ApiProblem.notFound("Product in your catalog", id);
    }

    private static <T> List<String> codes(Collection<T> values, Function<T, String> code) {
        return values.stream().map(code).sorted().toList();
    }
}
