package org.grassroots.safety.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.common.UserId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Diet;
import org.grassroots.safety.Severity;
import org.grassroots.safety.domain.Member;
import org.grassroots.safety.persistence.HouseholdStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shopper's household: who they buy for, each person's allergens (and how strictly they avoid
 * them) and diets. Everything the shop shows, suggests or lets into the basket follows it.
 */
@Controller
@RequestMapping("/account/household")
class HouseholdController {

    private final HouseholdStore households;
    private final CurrentAccount current;

    HouseholdController(HouseholdStore households, CurrentAccount current) {
        this.households = households;
        this.current = current;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("members", households.household(user()).members());
        model.addAttribute("allergens", Allergen.values());
        model.addAttribute("diets", Diet.values());
        model.addAttribute("severities", Severity.values());
        return "safety/household";
    }

    /** Adds a member (no id) or changes one; the form sends {@code allergen.<code>} = CONTAINS or TRACES. */
    @PostMapping("/members")
    @Transactional
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) List<String> diet,
            @RequestParam MultiValueMap<String, String> all,
            Model model,
            RedirectAttributes redirect) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            redirect.addFlashAttribute("errorField", "name");
            redirect.addFlashAttribute("error", "Give the person a name of 1 to 60 characters.");
            redirect.addFlashAttribute("errorMember", id);
            return "redirect:/account/household";
        }
        Map<Allergen, Severity> allergens = new EnumMap<>(Allergen.class);
        for (Allergen a : Allergen.values()) {
            String value = all.getFirst("allergen." + a.code());
            if ("CONTAINS".equals(value) || "TRACES".equals(value)) {
                allergens.put(a, Severity.valueOf(value));
            }
        }
        Set<Diet> diets = EnumSet.noneOf(Diet.class);
        if (diet != null) {
            diet.forEach(code -> Diet.fromCode(code).ifPresent(diets::add));
        }
        Member member = new Member(id == null ? 0 : id, trimmed, allergens, diets);
        if (id == null) {
            households.add(user(), member);
        } else if (!households.update(user(), member)) {
            throw new AccessDeniedException("Not a member of your household");
        }
        redirect.addFlashAttribute("notice", "Saved " + trimmed + ".");
        return "redirect:/account/household";
    }

    @PostMapping("/members/{id}/delete")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        households.remove(user(), id);
        redirect.addFlashAttribute("notice", "Removed.");
        return "redirect:/account/household";
    }

    private UserId user() {
        return current.user();
    }
}
