package org.grassroots.shopper.web;

import org.grassroots.shopper.ShopperApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shopper's control over the personal shopper: on or off, the data it uses, deleting what it learned. */
@Controller
@RequestMapping("/account/shopper")
class ShopperSettingsController {

    private final ShopperApi shopper;
    private final ShopperRequests requests;

    ShopperSettingsController(ShopperApi shopper, ShopperRequests requests) {
        this.shopper = shopper;
        this.requests = requests;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("profile", shopper.profile(requests.shopper()));
        return "shopper/settings";
    }

    @PostMapping("/personalization")
    String personalize(@RequestParam boolean on, RedirectAttributes redirect) {
        shopper.personalize(requests.shopper(), on);
        redirect.addFlashAttribute("notice", on ? "shopper.settings.turnedOn" : "shopper.settings.turnedOff");
        return "redirect:/account/shopper";
    }

    @PostMapping("/profile/delete")
    String delete(RedirectAttributes redirect) {
        shopper.deleteProfile(requests.shopper());
        redirect.addFlashAttribute("notice", "shopper.settings.deleted");
        return "redirect:/account/shopper";
    }
}
