package org.grassroots.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.grassroots.common.UserId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.platform.ApiProblem;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Diet;
import org.grassroots.safety.Severity;
import org.grassroots.safety.domain.Member;
import org.grassroots.safety.persistence.HouseholdStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling shopper's household through the API: the same members, allergens and diets as the
 * household page, and the same effect on the shop, the basket and suggestions.
 */
@RestController
@RequestMapping("/api/v1/household")
@Tag(name = "Household", description = "Who the shopper buys for: allergens and diets")
class HouseholdApiController {

    private final HouseholdStore households;
    private final CurrentAccount current;

    HouseholdApiController(HouseholdStore households, CurrentAccount current) {
        this.households = households;
        this.current = current;
    }

    /**
     * One person as the API shows and takes them.
     *
     * @param allergens allergen code (e.g. milk, tree-nuts) to severity: contains, or traces for a
     *     strict allergy that avoids traces too
     * @param diets diet codes, e.g. vegan, gluten-free
     */
    record MemberJson(
            Long id, @NotBlank @Size(max = 60) String name, Map<String, String> allergens, List<String> diets) {

        static MemberJson of(Member m) {
            Map<String, String> allergens = new TreeMap<>();
            m.allergens().forEach((a, s) -> allergens.put(a.code(), s.name().toLowerCase(Locale.ROOT)));
            return new MemberJson(
                    m.id(),
                    m.name(),
                    allergens,
                    m.diets().stream().map(Diet::code).sorted().toList());
        }

        Member member(long id) {
            Map<Allergen, Severity> needs = new EnumMap<>(Allergen.class);
            if (allergens != null) {
                allergens.forEach((code, severity) -> needs.put(
                        Allergen.fromCode(code)
                                .orElseThrow(() -> new UnknownCode("allergens." + code, "unknown allergen")),
                        severity(code, severity)));
            }
            Set<Diet> wanted = EnumSet.noneOf(Diet.class);
            if (diets != null) {
                diets.forEach(code -> wanted.add(Diet.fromCode(code)
                        .orElseThrow(() -> new UnknownCode("diets", "unknown diet '" + code + "'"))));
            }
            return new Member(id, name.strip(), needs, wanted);
        }

        private static Severity severity(String code, String severity) {
            if ("contains".equalsIgnoreCase(severity)) {
                return Severity.CONTAINS;
            }
            if ("traces".equalsIgnoreCase(severity)) {
                return Severity.TRACES;
            }
            throw new UnknownCode("allergens." + code, "use contains or traces");
        }
    }

    record HouseholdJson(List<MemberJson> members) {}

    @Operation(summary = "The calling shopper's household members")
    @GetMapping
    HouseholdJson household() {
        return new HouseholdJson(households.household(current.user()).members().stream()
                .map(MemberJson::of)
                .toList());
    }

    @Operation(summary = "Add a person to the household")
    @PostMapping("/members")
    ResponseEntity<MemberJson> add(@Valid @RequestBody MemberJson body) {
        Member member = body.member(0);
        long id = households.add(current.user(), member);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(MemberJson.of(new Member(id, member.name(), member.allergens(), member.diets())));
    }

    @Operation(summary = "Replace a person's name, allergens and diets")
    @PutMapping("/members/{id}")
    MemberJson update(@PathVariable long id, @Valid @RequestBody MemberJson body) {
        Member member = body.member(id);
        if (!households.update(current.user(), member)) {
            throw ApiProblem.notFound("Household member", id);
        }
        return MemberJson.of(member);
    }

    @Operation(summary = "Remove a person from the household")
    @DeleteMapping("/members/{id}")
    ResponseEntity<Void> remove(@PathVariable long id) {
        UserId user = current.user();
        if (!households.remove(user, id)) {
            throw ApiProblem.notFound("Household member", id);
        }
        return ResponseEntity.noContent().build();
    }
}
